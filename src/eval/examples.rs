//! The examples every rule carries, built into records and run: a `fail` example must be
//! reported by its rule, a `pass` example must not be. The rule language hands over each
//! example's fields as written; building them into records, and saying what is wrong with
//! them, is the evaluator's side of the line.

use jiff::civil::Date;

use std::collections::HashMap;

use super::build::build_record;
use super::evaluate::{unfilled, Evaluator};
use super::finding::Finding;
use super::grants::unknown_kinds;
use super::record::Record;
use crate::dsl::error::RuleError;
use crate::dsl::model::{Example, Notice, Rule, RuleSet};
use crate::lang::Lang;

/// What running one example of a rule gave.
pub struct Outcome<'r> {
    /// The id of the rule's notice.
    pub notice: &'r str,
    /// The id of the rule.
    pub rule: &'r str,
    /// 1-based among the rule's examples.
    pub number: usize,
    /// Whether the example is `fail`: the rule must report it (an `infer` block must read its
    /// fact from it).
    pub expect_finding: bool,
    /// For an `infer` block's example: whether its fact was read.
    pub inferred: Option<bool>,
    /// What the rule reported on the example.
    pub findings: Vec<Finding>,
    /// What a person would read that cannot be shown: a placeholder with no value.
    pub rendering: Vec<String>,
    /// Texts of the rule with no Chinese (said on its first example): shown in English.
    pub untranslated: Vec<&'static str>,
    /// The example's `says "…"` that no finding's message or failed exception holds.
    pub unsaid: Option<String>,
    /// Where the example is written in the rule file.
    pub span: std::ops::Range<usize>,
}

impl Outcome<'_> {
    /// Whether the rule did what the example says, and every finding could be shown in full.
    pub fn passed(&self) -> bool {
        match self.inferred {
            Some(read) => read == self.expect_finding,
            None => {
                self.expect_finding != self.findings.is_empty()
                    && self.rendering.is_empty()
                    && self.unsaid.is_none()
            }
        }
    }
}

/// Every rule's examples as records, in the order written.
#[derive(Debug, Default)]
pub struct ExampleRecords {
    by_rule: HashMap<String, Vec<Record>>,
}

impl ExampleRecords {
    /// The records of rule `id`'s examples.
    pub fn of(&self, id: &str) -> &[Record] {
        self.by_rule.get(id).map_or(&[], Vec::as_slice)
    }
}

/// Builds every example into a record; a field the schema does not know, a value of the wrong
/// shape or a date that is none is an error at the example, in the rule file.
pub fn build(rules: &RuleSet) -> Result<ExampleRecords, Vec<RuleError>> {
    let mut built = ExampleRecords::default();
    let mut errors = Vec::new();
    for notice in &rules.notices {
        for rule in &notice.rules {
            let records = build_all(rules, notice, &rule.examples, &mut errors);
            built.by_rule.insert(rule.id.clone(), records);
        }
        for inference in &notice.inferences {
            let records = build_all(rules, notice, &inference.examples, &mut errors);
            built.by_rule.insert(inference_key(&inference.id), records);
        }
    }
    if errors.is_empty() {
        Ok(built)
    } else {
        Err(errors)
    }
}

/// Builds examples into records, each problem an error at the example in the rule file.
fn build_all(
    rules: &RuleSet,
    notice: &Notice,
    examples: &[Example],
    errors: &mut Vec<RuleError>,
) -> Vec<Record> {
    let mut records = Vec::with_capacity(examples.len());
    for example in examples {
        let (record, mut problems) = build_record(example.subject, 1, &example.tree);
        // An example's grant of a kind no rule reads would pass or fail for the wrong reason.
        problems.extend(unknown_kinds(rules, &record));
        for problem in problems {
            errors.push(
                RuleError::new(
                    &notice.source,
                    "redline::rules::bad-example",
                    problem.span.unwrap_or(example.span.clone()),
                    format!("example: {}", problem.message),
                    problem.kind.code(),
                )
                .with_help(problem.help),
            );
        }
        records.push(record);
    }
    records
}

/// Where an `infer` block's example records are kept beside the rules'.
fn inference_key(id: &str) -> String {
    format!("infer {id}")
}

/// Runs every example. With `Languages::Both`, each finding is also rendered in Chinese and
/// English, and an empty placeholder fails its example.
pub fn run<'r>(
    rules: &'r RuleSet,
    records: &ExampleRecords,
    today: Date,
    languages: Languages,
) -> Vec<Outcome<'r>> {
    let evaluator = Evaluator::new(rules, today);
    let mut out = Vec::new();
    for notice in &rules.notices {
        // An `infer` block's `fail` example must have its fact read; a `pass` one must not.
        for inference in &notice.inferences {
            let built = records.of(&inference_key(&inference.id));
            for (i, (example, record)) in inference.examples.iter().zip(built).enumerate() {
                let read = evaluator.infers(notice, inference, record);
                out.push(Outcome {
                    notice: &notice.id,
                    rule: &inference.id,
                    number: i + 1,
                    expect_finding: example.expect_finding,
                    inferred: Some(read),
                    findings: Vec::new(),
                    rendering: Vec::new(),
                    untranslated: Vec::new(),
                    unsaid: None,
                    span: example.span.clone(),
                });
            }
        }
        for rule in &notice.rules {
            let built = records.of(&rule.id);
            for (i, (example, record)) in rule.examples.iter().zip(built).enumerate() {
                let mut findings = evaluator.check_rule(notice, rule, record);
                findings.retain(|f| !f.set_aside);
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
                // The reason a finding gives: its message, or why an exception did not apply.
                let unsaid = example.says.clone().filter(|says| {
                    !findings.iter().any(|f| {
                        f.message.contains(says.as_str())
                            || f.exceptions.iter().any(|e| e.contains(says.as_str()))
                    })
                });
                out.push(Outcome {
                    notice: &notice.id,
                    rule: &rule.id,
                    number: i + 1,
                    expect_finding: example.expect_finding,
                    inferred: None,
                    findings,
                    rendering,
                    untranslated,
                    unsaid,
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
    /// Also render every finding in English and Chinese: an empty placeholder fails its example
    /// (`redline test`).
    Both,
    /// Only run the examples, as loading rules does.
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
            let (message, label, help) = if let Some(read) = o.inferred {
                let (message, label) = if read {
                    (format!("infer `{}`: example {} should pass but its fact is read", o.rule, o.number), "read")
                } else {
                    (format!("infer `{}`: example {} should fail but its fact is not read", o.rule, o.number), "not read")
                };
                (message, label.to_string(), "widen or narrow the words in its `when`".to_string())
            } else if let (Some(says), false) = (&o.unsaid, o.findings.is_empty()) {
                let reasons: Vec<&str> = o.findings[0]
                    .exceptions
                    .iter()
                    .map(String::as_str)
                    .chain(std::iter::once(o.findings[0].message.as_str()))
                    .collect();
                (
                    format!("rule `{}`: example {} is reported, but no finding says “{says}”", o.rule, o.number),
                    format!("says: {}", reasons.join("; ")),
                    "the reason differs from what the example expects: fix the example's `says`, or the rule".to_string(),
                )
            } else if o.expect_finding != o.findings.is_empty() {
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
