//! Errors in a rule file: each one a diagnostic at the exact span, with a stable code.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use miette::NamedSource;

/// One problem in a rule file.
#[derive(Debug, Clone)]
pub struct RuleError {
    pub code: &'static str,
    pub message: String,
    pub label: String,
    pub span: Range<usize>,
    pub help: Option<String>,
    pub source: NamedSource<Arc<str>>,
}

impl RuleError {
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
