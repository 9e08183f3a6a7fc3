//! One diagnostic shape for everything redline reports to a person: findings, input problems and
//! rule-file errors. Each layer keeps its own error type and converts at the boundary.

use std::fmt;
use std::ops::Range;

use miette::{Diagnostic, LabeledSpan, SourceCode};

use super::source::Excerpt;

use crate::vocabulary::Severity;

/// A diagnostic with a stable code, labelled spans in one source, and a help line.
pub struct Diag {
    /// Shown before the message: an input problem's code, or `rule · citation` for a finding.
    pub code: String,
    /// What is wrong.
    pub message: String,
    /// How serious it is; a note shows as miette's advice.
    pub severity: Severity,
    /// What to do about it, when there is something to say.
    pub help: Option<String>,
    /// (span, label, primary)
    pub labels: Vec<(Range<usize>, String, bool)>,
    /// The text the spans point into, named by its file.
    pub source: Excerpt,
}
impl fmt::Display for Diag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Debug for Diag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Diag {}

impl Diagnostic for Diag {
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
            let span = self.source.label_span(span);
            if *primary {
                LabeledSpan::new_primary_with_span(Some(text.clone()), span.clone())
            } else {
                LabeledSpan::new_with_span(Some(text.clone()), span.clone())
            }
        })))
    }
}

impl From<&crate::dsl::error::RuleError> for Diag {
    /// A rule-file error, shown like every other diagnostic.
    fn from(error: &crate::dsl::error::RuleError) -> Diag {
        Diag {
            code: error.code.to_string(),
            message: error.message.clone(),
            severity: Severity::Error,
            help: error.help.clone(),
            labels: vec![(error.span.clone(), error.label.clone(), true)],
            source: Excerpt::new(error.source.name(), error.source.inner().clone()),
        }
    }
}
