//! Errors in a rule file: each one a diagnostic at the exact span, with a stable code.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use miette::NamedSource;

use super::model::Severity;
use crate::report::diagnostic::Diag;
use crate::report::source::Excerpt;

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

impl RuleError {
    /// The error as a diagnostic to show.
    pub fn diagnostic(&self) -> Diag {
        Diag {
            code: self.code.to_string(),
            message: self.message.clone(),
            severity: Severity::Error,
            help: self.help.clone(),
            labels: vec![(self.span.clone(), self.label.clone(), true)],
            source: Excerpt::new(self.source.name(), self.source.inner().clone()),
        }
    }
}

/// Every problem found in the loaded rule files; loading fails if there is at least one.
#[derive(Debug)]
pub struct RuleErrors(pub Vec<RuleError>);

impl fmt::Display for RuleErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} problem(s) in the rule files", self.0.len())
    }
}

impl std::error::Error for RuleErrors {}

/// The closest of `candidates` to `word`, when it is close enough to be a likely typo.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|candidate| (strsim::jaro_winkler(word, candidate), candidate))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| candidate)
}

/// A help line offering the closest candidate, or listing them all when none is close.
pub fn suggestion(word: &str, what: &str, candidates: &[&str]) -> String {
    match did_you_mean(word, candidates.iter().copied()) {
        Some(best) => format!("did you mean `{best}`?"),
        None => format!("known {what}: {}", candidates.join(", ")),
    }
}
