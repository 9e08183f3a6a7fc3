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

/// The cheap pass that lets most rows skip exact matching may only skip what cannot hold: every
/// `fail` example of every rule is still reported (or set aside by a governing rule) when the
/// whole rule set checks it, prefilter included.
#[test]
fn the_prefilter_never_hides_what_a_rule_reports() {
    let rules = redline::rules::Rules::builtin();
    let today = jiff::civil::date(2026, 11, 23);
    let evaluator = redline::eval::evaluate::Evaluator::new(rules.set(), today);
    let mut missed = Vec::new();
    for (notice, rule) in rules.rules() {
        let records = rules.examples().of(&rule.id);
        for (example, record) in rule.examples.iter().zip(records) {
            let alone = evaluator
                .check_rule(notice, rule, record)
                .into_iter()
                .any(|f| !f.set_aside);
            if example.expect_finding && alone {
                let together = evaluator.check(record);
                if !together.iter().any(|f| f.rule == rule.id) {
                    missed.push(format!("{} at {:?}", rule.id, example.span));
                }
            }
        }
    }
    assert!(
        missed.is_empty(),
        "skipped by the prefilter:\n{}",
        missed.join("\n")
    );
}
