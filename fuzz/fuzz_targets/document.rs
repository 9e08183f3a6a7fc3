//! Product documents: `input::load` with Markdown, HTML or plain text (first byte % 3 picks; the
//! rest is the file), including YAML front matter and HTML prose extraction (input/html.rs).
//! Checks: never panics; every reported span lies inside the source on char boundaries; a
//! verbatim text field equals its source bytes and a mapped one (HTML/Markdown body, folded YAML)
//! maps every character, in order, onto whole characters of the source (see common::check_loaded).
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
    let kind = [FileKind::Markdown, FileKind::Html, FileKind::Text][selector as usize % 3];
    common::check_loaded(text, &load(kind, text));
});
