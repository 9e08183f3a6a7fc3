//! The human report: one miette diagnostic per finding, labelled on the exact bytes to change.

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme};

use super::diagnostic::Diag;
use super::{FileReport, Summary};

pub fn handler(color: bool) -> GraphicalReportHandler {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    GraphicalReportHandler::new_themed(theme)
        .with_width(100)
        .with_links(false)
}

/// Renders any diagnostic the way the rest of the human report looks.
pub fn render_diagnostic(diagnostic: &dyn Diagnostic, color: bool) -> String {
    let mut out = String::new();
    if handler(color).render_report(&mut out, diagnostic).is_err() {
        out = format!("{diagnostic}\n");
    }
    out
}

pub fn render(reports: &[FileReport], color: bool) -> String {
    let mut out = String::new();
    for report in reports {
        let source = report.excerpt();
        for problem in &report.problems {
            let shown = Diag {
                code: problem.code.clone(),
                message: problem.message.clone(),
                severity: problem.severity,
                help: Some(problem.help.clone()).filter(|h| !h.is_empty()),
                labels: problem
                    .span
                    .iter()
                    .map(|s| (s.clone(), "here".to_string(), true))
                    .collect(),
                source: source.clone(),
            };
            out.push_str(&render_diagnostic(&shown, color));
        }
        for finding in &report.findings {
            let mut labels = Vec::new();
            if let Some(span) = &finding.span {
                let label = match (&finding.term, &finding.matched) {
                    (Some(term), Some(matched)) if term != matched => {
                        format!("“{matched}” reads as “{term}”")
                    }
                    (Some(term), _) => format!("“{term}”"),
                    (None, Some(value)) => {
                        format!("{} = {value}", finding.field.as_deref().unwrap_or("value"))
                    }
                    (None, None) => "this record".to_string(),
                };
                labels.push((span.clone(), label, true));
            }
            if let Some(related) = &finding.related {
                if let Some(span) = &related.span {
                    labels.push((span.clone(), format!("near “{}”", related.term), false));
                }
            }
            let mut help = finding.help.clone();
            for exception in &finding.exceptions {
                help.push_str(&format!("\nexception not met: {exception}"));
            }
            if finding.omitted > 0 {
                help.push_str(&format!(
                    "\n{} more place(s) of this rule in the same field are not shown one by one",
                    finding.omitted
                ));
            }
            let shown = Diag {
                code: format!(
                    "{} · {} {}",
                    finding.rule,
                    finding.notice,
                    finding.citation()
                ),
                message: finding.message.clone(),
                severity: finding.severity,
                help: Some(help),
                labels,
                source: source.clone(),
            };
            out.push_str(&render_diagnostic(&shown, color));
        }
    }
    out.push_str(&summary_line(&Summary::of(reports)));
    out
}

pub fn summary_line(summary: &Summary) -> String {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let mut line = format!(
        "{}, {}, {} in {} ({})",
        plural(summary.errors, "error"),
        plural(summary.warnings, "warning"),
        plural(summary.notes, "note"),
        plural(summary.files, "file"),
        plural(summary.records, "record"),
    );
    if summary.input_errors + summary.input_warnings > 0 {
        line.push_str(&format!(
            "; {} and {} in the inputs",
            plural(summary.input_errors, "unusable input"),
            plural(summary.input_warnings, "input warning")
        ));
    }
    line.push('\n');
    line
}
