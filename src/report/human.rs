//! The human report: one miette diagnostic per finding, labelled on the exact bytes to change.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceCode,
};

use super::{FileReport, Summary};
use crate::dsl::model::Severity;

/// A finding or input problem, shaped for miette.
struct Shown {
    code: String,
    message: String,
    severity: Severity,
    help: Option<String>,
    labels: Vec<(Range<usize>, String, bool)>,
    source: NamedSource<Arc<str>>,
}

impl fmt::Display for Shown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Debug for Shown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Shown {}

impl Diagnostic for Shown {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(&self.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Note => miette::Severity::Advice,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().map(|(span, text, primary)| {
            if *primary {
                LabeledSpan::new_primary_with_span(Some(text.clone()), span.clone())
            } else {
                LabeledSpan::new_with_span(Some(text.clone()), span.clone())
            }
        })))
    }
}

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
        let source = NamedSource::new(report.path.clone(), report.source.clone());
        for problem in &report.problems {
            let shown = Shown {
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
            let shown = Shown {
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
