//! Registration files: `input::load` with YAML or JSON (first byte even: YAML, odd: JSON; the
//! rest is the file). Checks: never panics; every reported span lies inside the source on char
//! boundaries; a verbatim text field equals its source bytes (see common::check_loaded).
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use redline::input::{load, FileKind};

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let kind = if selector % 2 == 0 {
        FileKind::Yaml
    } else {
        FileKind::Json
    };
    common::check_loaded(text, &load(kind, text));
});
