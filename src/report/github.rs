//! GitHub Actions workflow commands: each finding becomes an inline annotation on the line.

use super::{Context, FileReport, Summary};
use crate::vocabulary::Severity;

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

/// One workflow command per input problem and finding, then the summary line.
pub fn render(reports: &[FileReport], context: &Context) -> String {
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
                escape(
                    &format!(
                        "{} — {}",
                        p.message_in(context.lang),
                        p.help_in(context.lang)
                    ),
                    false
                )
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
            let title = escape(&format!("{} ({})", f.rule, f.citation), true);
            out.push_str(&format!(
                "::{} file={file},line={line},col={col},endLine={end_line},endColumn={end_col},title={title}::{}\n",
                level(f.severity),
                escape(&format!("{} — {}", f.message, f.help), false)
            ));
        }
    }
    out.push_str("redline: ");
    out.push_str(&super::human::summary_line(
        &Summary::of(reports),
        context.lang,
    ));
    out
}

/// The run as Markdown for the job's summary page (`$GITHUB_STEP_SUMMARY`): the totals, then a
/// table of the findings with links-free locations.
pub fn step_summary(reports: &[FileReport], context: &Context) -> String {
    let lang = context.lang;
    let cell = |text: &str| text.replace('|', "\\|").replace(['\r', '\n'], " ");
    let mut out = format!(
        "### redline\n\n{}\n",
        super::human::summary_line(&Summary::of(reports), lang).trim_end()
    );
    let rows: Vec<String> = reports
        .iter()
        .flat_map(|report| {
            report.findings.iter().map(move |f| {
                let (line, _) = f
                    .span
                    .as_ref()
                    .map_or((1, 1), |s| report.line_column(s.start));
                format!(
                    "| {} | `{}:{line}` | `{}` | {} | {} |\n",
                    f.severity.label(lang),
                    cell(&report.path),
                    f.rule,
                    cell(&f.citation),
                    cell(&f.message)
                )
            })
        })
        .collect();
    if !rows.is_empty() {
        out.push_str(&format!(
            "\n| {} | {} | {} | {} | {} |\n|---|---|---|---|---|\n",
            lang.pick("level", "级别"),
            lang.pick("where", "位置"),
            lang.pick("rule", "规则"),
            lang.pick("article", "条款"),
            lang.pick("message", "说明"),
        ));
        for row in rows {
            out.push_str(&row);
        }
    }
    out
}
