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
    if let Some(utf16) = utf16_without_mark(sample) {
        return (utf16, 0);
    }
    if mostly_utf8(sample, at_eof) {
        return (UTF_8, 0);
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(sample, at_eof);
    // Told the text is Chinese, chardetng leans to GBK, which also decodes most Big5 bytes; when
    // unhinted it recognises Big5 itself, that is the better reading.
    let guess = detector.guess(Some(b"cn"), true);
    if guess != encoding_rs::GBK {
        (guess, 0)
    } else if detector.guess(None, true) == encoding_rs::BIG5 {
        (encoding_rs::BIG5, 0)
    } else {
        (encoding_rs::GB18030, 0)
    }
}

/// UTF-16 without a byte-order mark (Excel's "Unicode text"): the ASCII in it (delimiters, line
/// breaks, digits) puts its NUL bytes mostly on one side of each pair, which no other text does.
/// Chinese text has fewer NULs and some on the other side (`一` is U+4E00), so the reading must
/// also decode cleanly and hold a line break.
fn utf16_without_mark(sample: &[u8]) -> Option<&'static Encoding> {
    let nuls = sample.iter().filter(|b| **b == 0).count();
    if sample.len() < 4 || nuls < 2 || nuls * 32 < sample.len() {
        return None;
    }
    let odd = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|b| **b == 0)
        .count();
    let even = nuls - odd;
    let candidate = if odd * 4 >= nuls * 3 {
        UTF_16LE
    } else if even * 4 >= nuls * 3 {
        UTF_16BE
    } else {
        return None;
    };
    // A sample may end inside a character: judge only whole pairs.
    let (text, malformed) = candidate.decode_without_bom_handling(&sample[..sample.len() & !1]);
    (!malformed && text.contains('\n')).then_some(candidate)
}

/// How sure the reading of a sample as `encoding` is, in words for the user: a mark, a clean
/// decode, a few stray bytes, or a statistical guess and whether it was a confident one.
pub fn certainty(sample: &[u8], at_eof: bool, encoding: &'static Encoding, bom: usize) -> String {
    if bom > 0 {
        return "byte-order mark".into();
    }
    if encoding == UTF_16LE || encoding == UTF_16BE {
        return "detected: no byte-order mark, NUL pattern of UTF-16".into();
    }
    if encoding == UTF_8 {
        let (valid, invalid) = utf8_counts(sample, at_eof);
        return match invalid {
            0 if valid == 0 => "detected: plain ASCII so far".into(),
            0 => "detected: valid UTF-8".into(),
            n => format!("detected: UTF-8 with {n} stray byte sequence(s) in the first 64 KiB; their rows are errors"),
        };
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(sample, at_eof);
    let (_, confident) = detector.guess_assess(Some(b"cn"), true);
    if confident {
        "detected from byte statistics, confident".into()
    } else {
        "detected from byte statistics, NOT confident: check the output, or force it with --encoding".into()
    }
}

/// Whether the sample is UTF-8, allowing a few stray bytes (a broken export, a pasted symbol):
/// legacy Chinese encodings almost never form valid multi-byte UTF-8 sequences, so eight valid
/// sequences for every invalid one settles it. The stray bytes then fail their own rows only.
fn mostly_utf8(sample: &[u8], at_eof: bool) -> bool {
    let (valid, invalid) = utf8_counts(sample, at_eof);
    invalid == 0 || valid >= invalid * 8
}

/// Multi-byte UTF-8 sequences in the sample that are valid, and those that are not.
fn utf8_counts(sample: &[u8], at_eof: bool) -> (usize, usize) {
    let mut valid = 0usize;
    let mut invalid = 0usize;
    let mut rest = sample;
    loop {
        match std::str::from_utf8(rest) {
            Ok(text) => {
                valid += text.bytes().filter(|b| *b >= 0xC0).count();
                break;
            }
            Err(e) => {
                let (good, after) = rest.split_at(e.valid_up_to());
                valid += good.iter().filter(|b| **b >= 0xC0).count();
                match e.error_len() {
                    // A character cut in half at the end of the sample is not an error.
                    None if !at_eof => break,
                    None => {
                        invalid += 1;
                        break;
                    }
                    Some(len) => {
                        invalid += 1;
                        rest = &after[len..];
                    }
                }
            }
        }
    }
    (valid, invalid)
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
