//! The labelled corpus (`tests/corpus/registrations.jsonl`, made by `make_corpus.py`): every
//! violating registration is reported by the rules it breaches, and no clean one — ordinary
//! filings and false friends — draws a single error.

use std::collections::BTreeMap;

use redline::eval::build::{build_record, Key, Tree};
use redline::eval::record::{Origin, Subject};
use redline::Evaluator;

fn tree(value: &serde_json::Value) -> Tree {
    match value {
        serde_json::Value::Object(map) => Tree::Map {
            entries: map
                .iter()
                .map(|(k, v)| {
                    (
                        Key {
                            name: k.clone(),
                            span: None,
                        },
                        tree(v),
                    )
                })
                .collect(),
            span: None,
        },
        serde_json::Value::Array(items) => Tree::List {
            items: items.iter().map(tree).collect(),
            span: None,
        },
        serde_json::Value::String(s) => Tree::Scalar {
            value: s.clone(),
            origin: Origin::Detached,
            span: None,
        },
        serde_json::Value::Null => Tree::Null { span: None },
        other => Tree::Scalar {
            value: other.to_string(),
            origin: Origin::Detached,
            span: None,
        },
    }
}

#[derive(Default)]
struct Tally {
    records: usize,
    recalled: usize,
    /// Records reported by the category's rule that should not have been.
    false_alarms: usize,
    reported: usize,
}

#[test]
fn corpus_recall_and_precision() {
    let rules = redline::dsl::builtin();
    let evaluator = Evaluator::new(&rules, jiff::civil::date(2026, 11, 23));
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/corpus/registrations.jsonl"
    ))
    .unwrap();
    let entries: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(
        entries.len() >= 300,
        "the corpus holds at least 300 registrations"
    );

    let mut by_rule: BTreeMap<String, Tally> = BTreeMap::new();
    let mut missed = Vec::new();
    let mut false_errors = Vec::new();
    let (mut clean, mut violating) = (0, 0);
    for entry in &entries {
        let (record, problems) = build_record(Subject::Registration, 1, &tree(&entry["record"]));
        assert!(problems.is_empty(), "{}: {problems:?}", entry["id"]);
        let findings = evaluator.check(&record);
        let fired: Vec<&str> = findings.iter().map(|f| f.rule.as_str()).collect();
        let expect: Vec<&str> = entry["expect"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e.as_str().unwrap())
            .collect();
        let is_clean = entry["clean"].as_bool().unwrap();
        if is_clean {
            clean += 1;
            for finding in findings
                .iter()
                .filter(|f| f.severity == redline::dsl::model::Severity::Error)
            {
                false_errors.push(format!(
                    "{}: {} on “{}”",
                    entry["id"],
                    finding.rule,
                    finding.matched.clone().unwrap_or_default()
                ));
            }
        } else {
            violating += 1;
        }
        for rule in &expect {
            let tally = by_rule.entry(rule.to_string()).or_default();
            tally.records += 1;
            if fired.contains(rule) {
                tally.recalled += 1;
            } else {
                missed.push(format!(
                    "{}: {rule} missed {}",
                    entry["id"], entry["record"]
                ));
            }
        }
        for rule in fired.iter().collect::<std::collections::BTreeSet<_>>() {
            let tally = by_rule.entry(rule.to_string()).or_default();
            tally.reported += 1;
            if is_clean {
                tally.false_alarms += 1;
            }
        }
    }

    println!("{clean} clean and {violating} violating registrations");
    println!(
        "{:<34} {:>8} {:>9} {:>8} {:>10}",
        "rule", "labelled", "recalled", "recall", "precision"
    );
    for (rule, t) in &by_rule {
        let recall = if t.records == 0 {
            f64::NAN
        } else {
            t.recalled as f64 / t.records as f64
        };
        let precision = if t.reported == 0 {
            f64::NAN
        } else {
            (t.reported - t.false_alarms) as f64 / t.reported as f64
        };
        println!(
            "{rule:<34} {:>8} {:>9} {:>7.1}% {:>9.1}%",
            t.records,
            t.recalled,
            recall * 100.0,
            precision * 100.0
        );
    }
    assert!(
        clean * 2 >= entries.len() - 2,
        "about half the corpus is clean"
    );
    assert!(
        false_errors.is_empty(),
        "errors on clean registrations:\n{}",
        false_errors.join("\n")
    );
    let labelled: usize = by_rule.values().map(|t| t.records).sum();
    let recalled: usize = by_rule.values().map(|t| t.recalled).sum();
    assert!(
        recalled * 100 >= labelled * 99,
        "recall {recalled}/{labelled} is under 99%:\n{}",
        missed.join("\n")
    );
}
