//! Property: wherever a term is found, however it was disguised and wherever it sits in a YAML
//! filing, the reported span is the exact original bytes, and those bytes normalize to the term.

use std::sync::LazyLock;

use proptest::prelude::*;
use redline::dsl::model::RuleSet;
use redline::text::normalize::{normalize_phrase, Normalized};
use redline::FileKind;

/// A banned term and disguises a filer might apply to it.
const TERMS: &[&str] = &[
    "稳定币",
    "加密资产",
    "虚拟货币",
    "crypto asset",
    "stablecoin",
    "RWA",
    "比特币",
];
const TRADITIONAL: &[(char, char)] = &[
    ('稳', '穩'),
    ('币', '幣'),
    ('资', '資'),
    ('产', '產'),
    ('虚', '虛'),
    ('拟', '擬'),
    ('货', '貨'),
];
const INSIDE: &[&str] = &["", " ", "\u{200B}", "\u{200D}", "-", "·", "\u{00AD}", "_"];

static RULES: LazyLock<RuleSet> = LazyLock::new(redline::dsl::builtin);

fn disguise(
    term: &str,
    separators: &[usize],
    traditional: bool,
    wide: bool,
    upper: bool,
) -> String {
    let mut out = String::new();
    for (i, c) in term.chars().enumerate() {
        let c = if traditional {
            TRADITIONAL
                .iter()
                .find(|(s, _)| *s == c)
                .map_or(c, |(_, t)| *t)
        } else {
            c
        };
        let c = if upper { c.to_ascii_uppercase() } else { c };
        let c = if wide && c.is_ascii_graphic() {
            char::from_u32(c as u32 + 0xFEE0).unwrap()
        } else {
            c
        };
        if i > 0 {
            out.push_str(INSIDE[separators[i % separators.len()] % INSIDE.len()]);
        }
        out.push(c);
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn reported_spans_are_the_original_bytes_of_the_term(
        term in prop::sample::select(TERMS),
        separators in prop::collection::vec(0usize..8, 1..6),
        traditional in any::<bool>(),
        wide in any::<bool>(),
        upper in any::<bool>(),
        prefix in "[一-龥a-z ]{0,6}",
        suffix in "[一-龥 ]{0,6}",
        field in prop::sample::select(&["name", "business_scope", "name_en"][..]),
        style in 0usize..3,
    ) {
        let written = disguise(term, &separators, traditional, wide, upper);
        // A Latin prefix glued to a whole-word term is, rightly, another word.
        let prefix = if term == "RWA" { format!("{prefix} ") } else { prefix };
        let value = format!("{prefix}{written}{suffix}");
        let yaml = match style {
            0 => format!("{field}: \"{value}\"\n"),
            1 => format!("{field}: |\n  软件开发；\n  {value}\n"),
            _ => format!("{field}: '{value}'\n"),
        };
        let report = redline::check_str(&RULES, "p.yaml", &yaml, FileKind::Yaml);
        let wanted = normalize_phrase(term).unwrap();
        let hit = report.findings.iter().find(|f| f.term.as_deref().and_then(|t| normalize_phrase(t).ok()) == Some(wanted.clone()));
        prop_assert!(hit.is_some(), "no finding for {written:?} in {yaml:?}: {:?}", report.findings);
        for finding in &report.findings {
            let span = finding.span.clone().expect("findings in a file have spans");
            let bytes = &yaml[span];
            prop_assert_eq!(Some(bytes), finding.matched.as_deref());
            let term = finding.term.as_deref().unwrap();
            let normalized = String::from_utf8(Normalized::of(bytes).as_bytes().to_vec()).unwrap();
            prop_assert_eq!(normalized, normalize_phrase(term).unwrap(), "{:?} does not read as {:?}", bytes, term);
        }
    }
}
