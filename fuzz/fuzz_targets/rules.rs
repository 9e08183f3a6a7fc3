//! Rule-language compilation: parsing (pest) and validation of arbitrary UTF-8 rule files.
//! Checks: `compile_source` never panics, hangs or exhausts memory; errors are fine.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = redline::dsl::compile_source("fuzz.rl", text);
});
