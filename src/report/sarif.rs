//! SARIF 2.1.0: one run, the rules that reported as its driver's rules, a result per finding.

use serde_json::{json, Value};

use super::FileReport;
use crate::dsl::model::Severity;

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

fn region(report: &FileReport, span: Option<&std::ops::Range<usize>>) -> Value {
    match span {
        Some(span) => {
            let (start_line, start_column) = report.line_column(span.start);
            let (end_line, end_column) = report.line_column(span.end);
            json!({
                "startLine": start_line, "startColumn": start_column,
                "endLine": end_line, "endColumn": end_column,
                "byteOffset": span.start, "byteLength": span.end - span.start,
            })
        }
        None => json!({ "startLine": 1 }),
    }
}

pub fn render(reports: &[FileReport]) -> String {
    let mut rules: Vec<Value> = Vec::new();
    let mut rule_ids: Vec<String> = Vec::new();
    let mut results = Vec::new();
    for report in reports {
        for f in &report.findings {
            let index = match rule_ids.iter().position(|r| *r == f.rule) {
                Some(i) => i,
                None => {
                    rule_ids.push(f.rule.clone());
                    rules.push(json!({
                        "id": f.rule,
                        "shortDescription": { "text": format!("{} {}", f.notice, f.citation()) },
                        "help": { "text": f.help },
                        "properties": { "notice": f.notice, "article": f.article, "paragraph": f.paragraph },
                    }));
                    rule_ids.len() - 1
                }
            };
            results.push(json!({
                "ruleId": f.rule,
                "ruleIndex": index,
                "level": level(f.severity),
                "message": { "text": format!("{} — {}", f.message, f.help) },
                "locations": [{ "physicalLocation": {
                    "artifactLocation": { "uri": report.path },
                    "region": region(report, f.span.as_ref()),
                }}],
                "properties": { "record": f.record, "field": f.field, "matched": f.matched, "term": f.term, "exceptions": f.exceptions },
            }));
        }
        for p in &report.problems {
            results.push(json!({
                "ruleId": p.code,
                "level": level(p.severity),
                "message": { "text": format!("{} — {}", p.message, p.help) },
                "locations": [{ "physicalLocation": {
                    "artifactLocation": { "uri": report.path },
                    "region": region(report, p.span.as_ref()),
                }}],
            }));
        }
    }
    let document = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "redline",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://crates.io/crates/redline",
                "rules": rules,
            }},
            "results": results,
        }],
    });
    let mut text = serde_json::to_string_pretty(&document).expect("JSON values always serialize");
    text.push('\n');
    text
}
