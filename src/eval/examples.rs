//! Running the examples every rule carries: a `fail` example must be reported by its rule, a
//! `pass` example must not be.

use jiff::civil::Date;

use super::evaluate::{unfilled, Evaluator};
use super::finding::Finding;
use crate::dsl::error::RuleError;
use crate::dsl::model::{Rule, RuleSet};
use crate::lang::Lang;

pub struct Outcome<'r> {
    pub notice: &'r str,
    pub rule: &'r str,
    /// 1-based among the rule's examples.
    pub number: usize,
    pub expect_finding: bool,
    pub findings: Vec<Finding>,
    /// What a person would read that cannot be shown: a placeholder with no value.
    pub rendering: Vec<String>,
    /// Texts of the rule with no Chinese (said on its first example): shown in English.
    pub untranslated: Vec<&'static str>,
    pub span: std::ops::Range<usize>,
}

impl Outcome<'_> {
    pub fn passed(&self) -> bool {
        self.expect_finding != self.findings.is_empty() && self.rendering.is_empty()
    }
}

/// Runs every example. With `Languages::Both`, each finding is also rendered in Chinese and
/// English, and an untranslated text or an empty placeholder fails its example.
pub fn run(rules: &RuleSet, today: Date, languages: Languages) -> Vec<Outcome<'_>> {
    let evaluator = Evaluator::new(rules, today);
    let mut out = Vec::new();
    for notice in &rules.notices {
        for rule in &notice.rules {
            for (i, example) in rule.examples.iter().enumerate() {
                let findings = evaluator.check_rule(notice, rule, &example.record);
                let (rendering, untranslated) = match languages {
                    Languages::Both => (
                        rendering_problems(rule, &findings),
                        if i == 0 {
                            untranslated(rule)
                        } else {
                            Vec::new()
                        },
                    ),
                    Languages::Any => (Vec::new(), Vec::new()),
                };
                out.push(Outcome {
                    notice: &notice.id,
                    rule: &rule.id,
                    number: i + 1,
                    expect_finding: example.expect_finding,
                    findings,
                    rendering,
                    untranslated,
                    span: example.span.clone(),
                });
            }
        }
    }
    out
}

/// Whether examples are also rendered in both languages (`redline test`) or merely run, as
/// loading rules does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Languages {
    Both,
    Any,
}

/// The rule's texts that have no Chinese version.
fn untranslated(rule: &Rule) -> Vec<&'static str> {
    [
        ("summary", &rule.summary),
        ("message", &rule.message),
        ("help", &rule.help),
    ]
    .into_iter()
    .filter(|(_, text)| text.zh.is_none())
    .map(|(key, _)| key)
    .collect()
}

/// What cannot be shown of a rule's message and help with an example's findings, in either
/// language.
fn rendering_problems(rule: &Rule, findings: &[Finding]) -> Vec<String> {
    let mut problems = Vec::new();
    for finding in findings {
        for lang in [Lang::En, Lang::Zh] {
            for (key, text) in [("message", &rule.message), ("help", &rule.help)] {
                for placeholder in unfilled(text.get(lang), finding) {
                    problems.push(format!(
                        "`{key}` ({}) shows {placeholder} empty: this finding has no value for it",
                        lang.pick("English", "Chinese")
                    ));
                }
            }
        }
    }
    problems.dedup();
    problems
}

/// Failing examples as diagnostics at the example in the rule file.
pub fn failures(rules: &RuleSet, outcomes: &[Outcome]) -> Vec<RuleError> {
    outcomes
        .iter()
        .filter(|o| !o.passed())
        .map(|o| {
            let notice = rules.notices.iter().find(|n| n.id == o.notice).expect("outcomes come from these notices");
            let (message, label, help) = if o.expect_finding != o.findings.is_empty() {
                (
                    format!("rule `{}`: example {} does not render: {}", o.rule, o.number, o.rendering.join("; ")),
                    "renders badly".to_string(),
                    "use only placeholders this rule's findings fill: `{near_match}` and `{near_term}` need a `near` condition".to_string(),
                )
            } else if o.expect_finding {
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
