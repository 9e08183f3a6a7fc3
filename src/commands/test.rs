//! `redline test`: runs every rule's examples and names each one that fails.

use std::io::{IsTerminal, Write};

use jiff::civil::Date;

use crate::eval::examples;
use crate::report::diagnostic::Diag;
use crate::report::human::render_diagnostic;
use crate::rules::Rules;

/// Returns the report and whether every example passed.
pub fn render(rules: &Rules, today: Date, color: bool) -> (String, bool) {
    let outcomes = rules.run_examples(today, examples::Languages::Both);
    let mut out = String::new();
    let mut rule_count = 0;
    let mut last_rule = "";
    for outcome in &outcomes {
        if outcome.rule != last_rule {
            rule_count += 1;
            last_rule = outcome.rule;
        }
    }
    let failures = examples::failures(rules, &outcomes);
    for failure in &failures {
        out.push_str(&render_diagnostic(&Diag::from(failure), color));
    }
    for outcome in outcomes.iter().filter(|o| !o.untranslated.is_empty()) {
        out.push_str(&format!(
            "warning[redline::rules::untranslated]: rule `{}`: {} ha{} no Chinese text; `--lang zh` shows the English (add `zh \"…\"` after it)\n",
            outcome.rule,
            outcome.untranslated.join(", "),
            if outcome.untranslated.len() == 1 { "s" } else { "ve" }
        ));
    }
    let failed = failures.len();
    let passed = outcomes.len() - failed;
    let inferences: usize = rules.notices.iter().map(|n| n.inferences.len()).sum();
    let rule_count = rule_count - inferences;
    let counted = if inferences == 0 {
        format!("{rule_count} rules")
    } else {
        format!("{rule_count} rules, {inferences} inferences")
    };
    out.push_str(&format!(
        "{counted}, {} examples\n{passed} passed, {failed} failed\n",
        outcomes.len()
    ));
    (out, failed == 0)
}

pub fn run(rules: &Rules, today: Date) -> u8 {
    let (text, ok) = render(rules, today, super::colour(std::io::stdout().is_terminal()));
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    if ok {
        super::EXIT_CLEAN
    } else {
        super::EXIT_FINDINGS
    }
}
