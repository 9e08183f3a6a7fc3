//! The whole `check` pipeline (`redline::check_str` with the built-in rules) on YAML, Markdown or
//! HTML (first byte % 3 picks; the rest is the file).
//! Checks: never panics; every finding's span (and its `related` span) lies within
//! `report.source` on char boundaries; and for a finding on a text field, `source[span]` is the
//! matched text. How exact that can be depends on the field's `Origin` (eval/record.rs), which
//! is recomputed here with `input::load` (what check_str runs first):
//! - `Verbatim`: equal.
//! - `Mapped`, a Markdown/HTML body (input/html.rs: tags dropped, references decoded, each
//!   character mapped to the bytes that wrote it): the span's bytes read as HTML again
//!   (`html::prose`) are the matched text.
//! - `Mapped`, a folded/block YAML scalar: the span runs from the first matched character to the
//!   last and `matched` is a subsequence of it (line folding turns `\n` into ` `; `align` skips
//!   indentation and indicators), not an equal string.
//! - `Whole` (escaped scalars): the span is the whole scalar by design; not compared.
//! Findings on facts (no `value_range`) only get the span check.
#![no_main]

mod common;

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use redline::dsl::model::RuleSet;
use redline::eval::record::Origin;
use redline::FileKind;

static RULES: LazyLock<RuleSet> = LazyLock::new(redline::dsl::builtin);

/// `needle`'s characters appear in order in `hay`, `\n` standing for a folded ` `.
fn subsequence(needle: &str, hay: &str) -> bool {
    let mut hay = hay.chars();
    needle
        .chars()
        .all(|c| hay.any(|h| h == c || (c == ' ' && h == '\n')))
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let kind = [FileKind::Yaml, FileKind::Markdown, FileKind::Html][selector as usize % 3];
    let report = redline::check_str(&RULES, "fuzz.md", text, kind);
    let source: &str = &report.source;
    let loaded = redline::input::load(kind, source);
    for finding in &report.findings {
        let Some(span) = &finding.span else { continue };
        common::check_range(source, span, &format!("finding {}", finding.rule));
        if let Some(related) = &finding.related {
            if let Some(s) = &related.span {
                common::check_range(source, s, &format!("finding {} related", finding.rule));
            }
        }
        let (Some(matched), Some(field), Some(value_range)) =
            (&finding.matched, &finding.field, &finding.value_range)
        else {
            continue; // a fact, or the record as a whole
        };
        let record = &loaded.records[finding.record - 1];
        // The text field the finding is on: same name, same matched bytes, same file span.
        let text_field = record
            .texts
            .iter()
            .filter(|t| t.name == *field && t.value.get(value_range.clone()) == Some(matched))
            .find(|t| t.origin.to_file(value_range.clone()).as_ref() == Some(span))
            .unwrap_or_else(|| {
                panic!(
                    "finding {} names no text field {field} with {matched:?} at {span:?}",
                    finding.rule
                )
            });
        let written = &source[span.clone()];
        match &text_field.origin {
            Origin::Verbatim(_) => assert_eq!(
                written, matched,
                "{}: span {span:?} does not hold the matched text",
                finding.rule
            ),
            // A document body read as HTML: the span's bytes, read as HTML again, are the match.
            Origin::Mapped(_) if kind != FileKind::Yaml && field == "body" => {
                let (prose, _) = redline::input::html::prose(written, 0);
                assert_eq!(
                    prose, *matched,
                    "{}: span {span:?} reads {written:?}",
                    finding.rule
                );
            }
            Origin::Mapped(_) => {
                let same = |w: Option<char>, m: Option<char>| {
                    w.zip(m)
                        .is_some_and(|(w, m)| w == m || (m == ' ' && w == '\n'))
                };
                assert!(
                    subsequence(matched, written)
                        && same(written.chars().next(), matched.chars().next())
                        && same(written.chars().next_back(), matched.chars().next_back()),
                    "{}: mapped span {span:?} reads {written:?}, matched {matched:?}",
                    finding.rule
                );
            }
            Origin::Whole(_) | Origin::Detached => {}
        }
    }
});
