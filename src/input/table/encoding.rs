//! Which encoding a text table is in, and decoding one row at a time.

use std::borrow::Cow;

use encoding_rs::{DecoderResult, Encoding, UTF_16BE, UTF_16LE, UTF_8};

/// The encoding named by `--encoding`.
pub fn encoding_by_name(name: &str) -> Option<&'static Encoding> {
    match name.to_ascii_lowercase().replace('_', "-").as_str() {
        "utf-16" | "utf16" | "unicode" => Some(UTF_16LE),
        "gbk" | "gb2312" | "cp936" | "gb18030" => Some(encoding_rs::GB18030),
        other => Encoding::for_label(other.as_bytes()),
    }
}

/// The encoding of a text table, from its byte-order mark or its first bytes, and the length of
/// the mark to skip.
pub fn detect_encoding(sample: &[u8], at_eof: bool) -> (&'static Encoding, usize) {
    if let Some((encoding, bom)) = Encoding::for_bom(sample) {
        return (encoding, bom);
    }
    // Excel's "Unicode text" without a mark still shows itself by NULs in every other byte.
    let nuls_even = sample.iter().step_by(2).filter(|b| **b == 0).count();
    let nuls_odd = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|b| **b == 0)
        .count();
    if sample.len() >= 4 && nuls_odd * 3 > sample.len() / 2 {
        return (UTF_16LE, 0);
    }
    if sample.len() >= 4 && nuls_even * 3 > sample.len() / 2 {
        return (UTF_16BE, 0);
    }
    match std::str::from_utf8(sample) {
        Ok(_) => return (UTF_8, 0),
        // A sample that merely cuts a character in half at its end is still UTF-8.
        Err(e) if e.error_len().is_none() && !at_eof => return (UTF_8, 0),
        Err(_) => {}
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(sample, at_eof);
    let guess = detector.guess(Some(b"cn"), true);
    if guess == encoding_rs::GBK {
        (encoding_rs::GB18030, 0)
    } else {
        (guess, 0)
    }
}

/// Decodes one row, or says where the first undecodable byte is.
pub fn decode<'a>(bytes: &'a [u8], encoding: &'static Encoding) -> Result<Cow<'a, str>, usize> {
    if encoding == UTF_8 {
        // SIMD validation for the common case; the standard library says where an error is.
        return match simdutf8::basic::from_utf8(bytes) {
            Ok(text) => Ok(Cow::Borrowed(text)),
            Err(_) => std::str::from_utf8(bytes)
                .map(Cow::Borrowed)
                .map_err(|e| e.valid_up_to()),
        };
    }
    if bytes.is_ascii() {
        return Ok(Cow::Borrowed(
            std::str::from_utf8(bytes).expect("ASCII is UTF-8"),
        ));
    }
    let mut decoder = encoding.new_decoder_without_bom_handling();
    // A single-byte encoding can triple a row's length in UTF-8 (0x80 in GBK is `€`, three bytes),
    // so the output is sized by the decoder's own bound, and grows if that bound is ever short.
    let bound = decoder
        .max_utf8_buffer_length_without_replacement(bytes.len())
        .unwrap_or(bytes.len().saturating_mul(3));
    let mut out = String::with_capacity(bound);
    let mut read = 0;
    loop {
        let (result, consumed) =
            decoder.decode_to_string_without_replacement(&bytes[read..], &mut out, true);
        read += consumed;
        match result {
            DecoderResult::InputEmpty => return Ok(Cow::Owned(out)),
            DecoderResult::Malformed(bad, after) => {
                return Err(read - after as usize - bad as usize)
            }
            DecoderResult::OutputFull => out.reserve(out.capacity().max(64)),
        }
    }
}
