//! GitHub Actions workflow commands: each finding becomes an inline annotation on the line.

use super::{FileReport, Summary};
use crate::dsl::model::Severity;

/// Workflow command values escape `%`, CR and LF; properties also escape `:` and `,`.
fn escape(text: &str, property: bool) -> String {
    let mut out = text
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    if property {
        out = out.replace(':', "%3A").replace(',', "%2C");
    }
    out
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "notice",
    }
}

pub fn render(reports: &[FileReport]) -> String {
    let mut out = String::new();
    for report in reports {
        let file = escape(&report.path, true);
        for p in &report.problems {
            let (line, col) = p
                .span
                .as_ref()
                .map_or((1, 1), |s| report.line_column(s.start));
            out.push_str(&format!(
                "::{} file={file},line={line},col={col},title={}::{}\n",
                level(p.severity),
                escape(&p.code, true),
                escape(&format!("{} — {}", p.message, p.help), false)
            ));
        }
        for f in &report.findings {
            let (line, col) = f
                .span
                .as_ref()
                .map_or((1, 1), |s| report.line_column(s.start));
            let (end_line, end_col) = f
                .span
                .as_ref()
                .map_or((line, col), |s| report.line_column(s.end));
            let title = escape(&format!("{} ({} {})", f.rule, f.notice, f.citation()), true);
            out.push_str(&format!(
                "::{} file={file},line={line},col={col},endLine={end_line},endColumn={end_col},title={title}::{}\n",
                level(f.severity),
                escape(&format!("{} — {}", f.message, f.help), false)
            ));
        }
    }
    let s = Summary::of(reports);
    out.push_str(&format!(
        "redline: {} errors, {} warnings, {} notes in {} files\n",
        s.errors, s.warnings, s.notes, s.files
    ));
    out
}
