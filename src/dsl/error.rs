//! Errors in a rule file: each one a diagnostic at the exact span, with a stable code.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use miette::NamedSource;

/// One problem in a rule file.
#[derive(Debug, Clone)]
pub struct RuleError {
    /// The stable code that names the kind of problem (`redline::rules::unknown-terms`).
    pub code: &'static str,
    /// What is wrong, in one sentence.
    pub message: String,
    /// A few words shown at the span itself.
    pub label: String,
    /// Byte range in the rule file that the problem points at.
    pub span: Range<usize>,
    /// What to do about it, when there is something to say.
    pub help: Option<String>,
    /// The rule file's name and text, to show the span in.
    pub source: NamedSource<Arc<str>>,
}

impl RuleError {
    /// A problem at `span` of `source`, without help; see [`RuleError::with_help`].
    pub fn new(
        source: &NamedSource<Arc<str>>,
        code: &'static str,
        span: Range<usize>,
        message: impl Into<String>,
        label: impl Into<String>,
    ) -> RuleError {
        RuleError {
            code,
            message: message.into(),
            label: label.into(),
            span,
            help: None,
            source: source.clone(),
        }
    }

    /// The same problem with a line of help.
    pub fn with_help(mut self, help: impl Into<String>) -> RuleError {
        self.help = Some(help.into());
        self
    }
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for RuleError {}

/// Every problem found in the loaded rule files; loading fails if there is at least one.
#[derive(Debug)]
pub struct RuleErrors(pub Vec<RuleError>);

impl fmt::Display for RuleErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} problem(s) in the rule files", self.0.len())
    }
}

impl std::error::Error for RuleErrors {}

pub use crate::vocabulary::suggest::{did_you_mean, suggestion};
