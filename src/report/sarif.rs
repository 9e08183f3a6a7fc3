//! SARIF 2.1.0: one run; every loaded rule described from its summary and help; a result per
//! finding (suppressed ones carry the comment's justification) and per input problem.
//!
//! Columns count Unicode characters (`columnKind: unicodeCodePoints`), as the human and JSON
//! reports do. File locations are percent-encoded URIs relative to `SRCROOT`, the directory
//! redline ran in, so `#`, spaces and Chinese file names survive.

use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};
use serde_json::{json, Value};

use super::{Context, FileReport};
use crate::eval::finding::Finding;
use crate::lang;
use crate::vocabulary::Severity;

/// What a URI path segment may not hold unescaped (RFC 3986 pchar).
const SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

const BASE_ID: &str = "SRCROOT";

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

/// A report's path as an artifact location: relative paths against `SRCROOT`, absolute ones as
/// `file:` URIs.
pub fn artifact(path: &str) -> Value {
    let as_path = std::path::Path::new(path);
    if as_path.is_absolute() {
        if let Ok(url) = url::Url::from_file_path(as_path) {
            return json!({ "uri": url.as_str() });
        }
    }
    let relative = path.strip_prefix("./").unwrap_or(path);
    let uri: Vec<String> = relative
        .split(['/', std::path::MAIN_SEPARATOR])
        .map(|segment| utf8_percent_encode(segment, SEGMENT).to_string())
        .collect();
    json!({ "uri": uri.join("/"), "uriBaseId": BASE_ID })
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

/// The first sentence of a summary, for `shortDescription`.
fn first_sentence(text: &str) -> &str {
    let end = [". ", "。", "；", "; "]
        .iter()
        .filter_map(|mark| text.find(mark).map(|at| at + mark.len()))
        .min()
        .unwrap_or(text.len());
    text[..end].trim_end()
}

fn rules(context: &Context) -> (Vec<Value>, Vec<String>) {
    let lang = context.lang;
    let mut described = Vec::new();
    let mut ids = Vec::new();
    for (notice, rule) in context.rules.rules() {
        let citation = lang::citation(&notice.cite, rule.article, rule.paragraph, lang);
        let summary = rule.summary.get(lang);
        described.push(json!({
            "id": rule.id,
            "name": rule.id,
            "shortDescription": { "text": first_sentence(summary) },
            "fullDescription": { "text": format!("{citation}{}{summary}", lang.pick(": ", "：")) },
            "help": { "text": lang::in_general(rule.help.get(lang), lang) },
            "defaultConfiguration": { "level": level(rule.severity) },
            "properties": {
                "notice": notice.id, "citation": citation,
                "article": rule.article, "paragraph": rule.paragraph,
                "tags": [notice.id, format!("article-{}", rule.article)],
            },
        }));
        ids.push(rule.id.clone());
    }
    (described, ids)
}

fn result(report: &FileReport, f: &Finding, ids: &[String]) -> Value {
    let mut result = json!({
        "ruleId": f.rule,
        "level": level(f.severity),
        "message": { "text": format!("{} — {}", f.message, f.help) },
        "locations": [{ "physicalLocation": {
            "artifactLocation": artifact(&report.path),
            "region": region(report, f.span.as_ref()),
        }}],
        "properties": {
            "citation": f.citation, "record": f.record, "field": f.field,
            "matched": f.matched, "term": f.term, "exceptions": f.exceptions,
        },
    });
    if let Some(index) = ids.iter().position(|id| *id == f.rule) {
        result["ruleIndex"] = json!(index);
    }
    result
}

/// The SARIF log: one run, its rules described, a result per finding (suppressed ones included)
/// and per input problem.
pub fn render(reports: &[FileReport], context: &Context) -> String {
    let (rules, ids) = rules(context);
    let mut results = Vec::new();
    for report in reports {
        for f in &report.findings {
            results.push(result(report, f, &ids));
        }
        for s in &report.suppressed {
            let mut suppressed = result(report, &s.finding, &ids);
            suppressed["suppressions"] = json!([{
                "kind": "inSource",
                "justification": s.reason,
            }]);
            results.push(suppressed);
        }
        for p in &report.problems {
            results.push(json!({
                "ruleId": p.code,
                "level": level(p.severity),
                "message": { "text": format!("{} — {}", p.message_in(context.lang), p.help_in(context.lang)) },
                "locations": [{ "physicalLocation": {
                    "artifactLocation": artifact(&report.path),
                    "region": region(report, p.span.as_ref()),
                }}],
            }));
        }
    }
    let mut run = json!({
        "tool": { "driver": {
            "name": "redline",
            "version": env!("CARGO_PKG_VERSION"),
            "informationUri": "https://crates.io/crates/redline",
            "rules": rules,
        }},
        "columnKind": "unicodeCodePoints",
        "results": results,
    });
    if let Some(root) = std::env::current_dir()
        .ok()
        .and_then(|dir| url::Url::from_directory_path(dir).ok())
    {
        run["originalUriBaseIds"] = json!({ BASE_ID: { "uri": root.as_str() } });
    }
    let document = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [run],
    });
    let mut text = serde_json::to_string_pretty(&document).expect("JSON values always serialize");
    text.push('\n');
    text
}
