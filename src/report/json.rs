//! The JSON report: one document with every finding, every input problem and a summary.

use serde_json::{json, Value};

use super::{Context, FileReport, Summary};
use crate::eval::finding::Finding;
use crate::lang::Lang;

/// A report's findings as JSON objects, with line and column of each.
pub fn findings(report: &FileReport) -> Vec<Value> {
    report.findings.iter().map(|f| finding(report, f)).collect()
}

/// The mentions set aside: what a rule would have reported had the page offered it.
pub fn set_aside(report: &FileReport) -> Vec<Value> {
    report
        .set_aside
        .iter()
        .map(|f| finding(report, f))
        .collect()
}

/// The findings `redline-ignore` comments silenced, each with its reason.
pub fn suppressed(report: &FileReport) -> Vec<Value> {
    report
        .suppressed
        .iter()
        .map(|s| {
            let mut value = finding(report, &s.finding);
            value["reason"] = json!(s.reason);
            value
        })
        .collect()
}

/// `value` with the place of `span` in the report's file: `line`, `column` (1-based, characters),
/// `start`, `end` (bytes); all null when the value has no place in a file.
fn located(report: &FileReport, span: Option<&std::ops::Range<usize>>, mut value: Value) -> Value {
    let (line, column) = span.map(|s| report.line_column(s.start)).unzip();
    value["line"] = json!(line);
    value["column"] = json!(column);
    value["start"] = json!(span.map(|s| s.start));
    value["end"] = json!(span.map(|s| s.end));
    value
}

fn finding(report: &FileReport, f: &Finding) -> Value {
    let mut value = located(
        report,
        f.span.as_ref(),
        json!({
            "rule": f.rule,
            "notice": f.notice,
            "citation": f.citation,
            "article": f.article,
            "paragraph": f.paragraph,
            "severity": f.severity,
            "file": report.path,
            "record": f.record,
            "field": f.field,
            "matched": f.matched,
            "term": f.term,
            "related": f.related.as_ref().map(|r| json!({
                "field": r.field,
                "matched": r.matched,
                "term": r.term,
                "start": r.span.as_ref().map(|s| s.start),
                "end": r.span.as_ref().map(|s| s.end),
            })),
            "message": f.message,
            "help": f.help,
            "exceptions": f.exceptions,
        }),
    );
    if f.omitted > 0 {
        value["omitted"] = json!(f.omitted);
    }
    if let Some(rule) = &f.superseded_by {
        value["superseded_by"] = json!(rule);
    }
    if !f.facts_read.is_empty() {
        let read: Vec<Value> = f
            .facts_read
            .iter()
            .map(|r| {
                let fact = json!({ "fact": r.fact, "value": r.value, "from": r.from, "by": r.by });
                located(report, r.span.as_ref(), fact)
            })
            .collect();
        value["facts_read"] = json!(read);
    }
    if let Some(context) = f.context {
        value["context"] = json!(context);
        value["cue"] = match &f.cue {
            Some(cue) => {
                let shown = json!({ "text": cue.text, "by_page": cue.by_page });
                located(report, cue.span.as_ref(), shown)
            }
            None => Value::Null,
        };
    }
    value
}

/// A report's input problems as JSON objects, told in `lang`.
pub fn problems(report: &FileReport, lang: Lang) -> Vec<Value> {
    report
        .problems
        .iter()
        .map(|p| {
            let problem = json!({
                "code": p.code,
                "severity": p.severity,
                "file": report.path,
                "message": p.message_in(lang),
                "help": p.help_in(lang),
            });
            located(report, p.span.as_ref(), problem)
        })
        .collect()
}

/// The JSON report: every finding, input problem and suppressed finding, and the summary, as one
/// pretty-printed document.
pub fn render(reports: &[FileReport], context: &Context) -> String {
    let mut summary = json!(Summary::of(reports));
    if !context.disabled.is_empty() {
        summary["disabled"] = json!(context.disabled);
    }
    let document = json!({
        "findings": reports.iter().flat_map(findings).collect::<Vec<_>>(),
        "problems": reports.iter().flat_map(|r| problems(r, context.lang)).collect::<Vec<_>>(),
        "suppressed": reports.iter().flat_map(suppressed).collect::<Vec<_>>(),
        "set_aside": reports.iter().flat_map(set_aside).collect::<Vec<_>>(),
        "summary": summary,
    });
    let mut text = serde_json::to_string_pretty(&document).expect("JSON values always serialize");
    text.push('\n');
    text
}
