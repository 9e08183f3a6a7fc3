//! Running the examples every rule carries: a `fail` example must be reported by its rule, a
//! `pass` example must not be.

use jiff::civil::Date;

use super::evaluate::Evaluator;
use super::finding::Finding;
use crate::dsl::error::RuleError;
use crate::dsl::model::RuleSet;

pub struct Outcome<'r> {
    pub notice: &'r str,
    pub rule: &'r str,
    /// 1-based among the rule's examples.
    pub number: usize,
    pub expect_finding: bool,
    pub findings: Vec<Finding>,
    pub span: std::ops::Range<usize>,
}

impl Outcome<'_> {
    pub fn passed(&self) -> bool {
        self.expect_finding != self.findings.is_empty()
    }
}

pub fn run(rules: &RuleSet, today: Date) -> Vec<Outcome<'_>> {
    let evaluator = Evaluator::new(rules, today);
    let mut out = Vec::new();
    for notice in &rules.notices {
        for rule in &notice.rules {
            for (i, example) in rule.examples.iter().enumerate() {
                out.push(Outcome {
                    notice: &notice.id,
                    rule: &rule.id,
                    number: i + 1,
                    expect_finding: example.expect_finding,
                    findings: evaluator.check_rule(notice, rule, &example.record),
                    span: example.span.clone(),
                });
            }
        }
    }
    out
}

/// Failing examples as diagnostics at the example in the rule file.
pub fn failures(rules: &RuleSet, outcomes: &[Outcome]) -> Vec<RuleError> {
    outcomes
        .iter()
        .filter(|o| !o.passed())
        .map(|o| {
            let notice = rules.notices.iter().find(|n| n.id == o.notice).expect("outcomes come from these notices");
            let (message, label, help) = if o.expect_finding {
                (
                    format!("rule `{}`: example {} should fail but the rule reports nothing", o.rule, o.number),
                    "not reported".to_string(),
                    "the rule's terms or conditions miss this case: widen them, or mark the example `pass`".to_string(),
                )
            } else {
                let finding = &o.findings[0];
                (
                    format!("rule `{}`: example {} should pass but the rule reports it", o.rule, o.number),
                    format!("reported: {}", finding.message),
                    "a false positive: add the phrase to the set's `except` list, or narrow the condition".to_string(),
                )
            };
            RuleError::new(&notice.source, "redline::rules::example-failed", o.span.clone(), message, label).with_help(help)
        })
        .collect()
}
