//! What one rule file may ask of redline: its size, how deeply its expressions nest, and the
//! bounds of its numbers and term sets. Rule files come from other teams and are run unvetted;
//! each bound, when passed, is a diagnostic at the place that passes it, never a stack overflow
//! or a hang.

use std::sync::Arc;

use miette::NamedSource;

use super::error::RuleError;

/// Bytes of one rule file. The shipped notice is about 40 KB.
pub const MAX_FILE_BYTES: usize = 4 << 20;
/// Open brackets and `not`s in force at any point: parsing, validation and evaluation recurse once
/// per level.
pub const MAX_NESTING: usize = 64;
/// Articles of one notice.
pub const MAX_ARTICLES: u32 = 1000;
/// Characters a `near(N)` may reach.
pub const MAX_NEAR: u32 = 10_000;
/// Characters of one phrase: a term, not a paragraph.
pub const MAX_PHRASE_CHARS: usize = 200;
/// Term sets one include chain may pass through.
pub const MAX_INCLUDE_DEPTH: usize = 32;

/// Measures the file before it is parsed: its size, and its deepest nesting of brackets and
/// `not`s, read by a small lexer that skips strings and comments.
pub fn check(source: &NamedSource<Arc<str>>) -> Result<(), Box<RuleError>> {
    let text = source.inner().as_ref();
    if text.len() > MAX_FILE_BYTES {
        return Err(Box::new(
            RuleError::new(
                source,
                "redline::rules::too-large",
                0..0,
                format!(
                    "the rule file holds {} bytes, more than the {} MiB a rule file may hold",
                    text.len(),
                    MAX_FILE_BYTES >> 20
                ),
                "too large",
            )
            .with_help("split the notice's rules over several files, or shorten its term lists"),
        ));
    }
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut nots = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = memchr::memchr(b'\n', &bytes[i..]).map_or(bytes.len(), |k| i + k);
                continue;
            }
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                nots = 0;
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                depth = depth.saturating_sub(1);
                nots = 0;
            }
            c if c.is_ascii_alphabetic() => {
                let start = i;
                while i < bytes.len()
                    && (bytes[i].is_ascii_alphanumeric() || matches!(bytes[i], b'_' | b'-'))
                {
                    i += 1;
                }
                if &bytes[start..i] == b"not" {
                    nots += 1;
                } else {
                    nots = 0;
                }
                if depth + nots > MAX_NESTING {
                    return Err(Box::new(too_deep(source, start..i)));
                }
                continue;
            }
            c if c.is_ascii_whitespace() => {}
            _ => nots = 0,
        }
        if depth + nots > MAX_NESTING {
            return Err(Box::new(too_deep(source, i..i + 1)));
        }
        i += 1;
    }
    Ok(())
}

fn too_deep(source: &NamedSource<Arc<str>>, span: std::ops::Range<usize>) -> RuleError {
    RuleError::new(
        source,
        "redline::rules::too-deep",
        span,
        format!("expressions nest more than {MAX_NESTING} levels deep here"),
        "too deep",
    )
    .with_help(
        "write the condition flatter: `not not X` is `X`, and `a or (b or c)` is `a or b or c`",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checked(text: &str) -> Result<(), &'static str> {
        check(&NamedSource::new("t.rl", Arc::from(text))).map_err(|e| e.code)
    }

    #[test]
    fn nesting_is_measured_outside_strings_and_comments() {
        assert_eq!(
            checked(&format!("when {}x{}", "(".repeat(64), ")".repeat(64))),
            Ok(())
        );
        assert_eq!(
            checked(&format!("when {}x{}", "(".repeat(65), ")".repeat(65))),
            Err("redline::rules::too-deep")
        );
        assert_eq!(checked(&"not ".repeat(65)), Err("redline::rules::too-deep"));
        assert_eq!(
            checked(&format!(
                "// {}\nzh \"{}\"",
                "(".repeat(100),
                "(".repeat(100)
            )),
            Ok(())
        );
        assert_eq!(checked(&"not x and ".repeat(1000)), Ok(()));
    }
}
