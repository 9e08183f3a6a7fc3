//! The shipped notice meets the bar every rule is held to.

use redline::text::fold::is_han;

#[test]
fn every_shipped_rule_cites_an_article_and_proves_itself_in_both_languages() {
    let rules = redline::rules::Rules::builtin();
    let mut problems = Vec::new();
    for (notice, rule) in rules.rules() {
        assert!(rule.article >= 1 && rule.article <= notice.articles);
        let fails = rule.examples.iter().filter(|e| e.expect_finding).count();
        let passes = rule.examples.len() - fails;
        if fails < 3 || passes < 3 {
            problems.push(format!(
                "{}: {fails} fail and {passes} pass examples (3 each needed)",
                rule.id
            ));
        }
        let texts = || {
            rules
                .examples()
                .of(&rule.id)
                .iter()
                .flat_map(|r| r.texts.iter().map(|t| t.value.as_str()))
        };
        if !texts().any(|t| t.chars().any(is_han)) {
            problems.push(format!("{}: no Chinese example", rule.id));
        }
        if !texts().any(|t| {
            t.split_whitespace()
                .filter(|w| w.chars().all(|c| c.is_ascii_alphabetic()))
                .count()
                >= 2
        }) {
            problems.push(format!("{}: no English example", rule.id));
        }
        for text in [&rule.summary, &rule.message, &rule.help] {
            assert!(!text.en.is_empty(), "{}", rule.id);
            // Every text a user reads is written in Chinese too, and reads as Chinese.
            let zh = text.zh.as_deref().unwrap_or("");
            if !zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) {
                problems.push(format!("{}: no Chinese text for “{}”", rule.id, text.en));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
