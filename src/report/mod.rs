//! Reports: findings and input problems of checked files, rendered for people (miette), for
//! programs (JSON, SARIF) and for CI annotations (GitHub). Reporters never re-read a file: the
//! source text travels with the findings.

pub mod audit;
pub mod diagnostic;
pub mod github;
pub mod human;
pub mod json;
pub mod sarif;
pub mod source;

use std::sync::{Arc, OnceLock};

use crate::dsl::model::Severity;
use crate::eval::finding::Finding;
use crate::input::InputProblem;
use source::{Excerpt, LineIndex};

/// One checked file with everything found in it.
pub struct FileReport {
    pub path: String,
    pub source: Arc<str>,
    pub records: usize,
    pub findings: Vec<Finding>,
    pub problems: Vec<InputProblem>,
    /// The source's line starts, computed once when a reporter first asks.
    lines: OnceLock<Arc<LineIndex>>,
}

impl FileReport {
    pub fn new(
        path: String,
        source: Arc<str>,
        records: usize,
        findings: Vec<Finding>,
        problems: Vec<InputProblem>,
    ) -> FileReport {
        FileReport {
            path,
            source,
            records,
            findings,
            problems,
            lines: OnceLock::new(),
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        self.lines().line_column(&self.source, offset)
    }

    pub fn lines(&self) -> &Arc<LineIndex> {
        self.lines
            .get_or_init(|| Arc::new(LineIndex::new(&self.source)))
    }

    /// The source as miette shows it, sharing this report's line index.
    pub fn excerpt(&self) -> Excerpt {
        Excerpt::with_lines(&self.path, self.source.clone(), self.lines().clone())
    }
}

/// 1-based line and column (in characters) of a byte offset, for a text read once.
pub fn line_column(source: &str, offset: usize) -> (usize, usize) {
    LineIndex::new(source).line_column(source, offset)
}

#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Summary {
    pub files: usize,
    pub records: usize,
    pub errors: usize,
    pub warnings: usize,
    pub notes: usize,
    /// Input problems that made a file unusable.
    pub input_errors: usize,
    pub input_warnings: usize,
}

impl Summary {
    pub fn of(reports: &[FileReport]) -> Summary {
        let mut summary = Summary {
            files: reports.len(),
            ..Summary::default()
        };
        for report in reports {
            summary.records += report.records;
            for finding in &report.findings {
                match finding.severity {
                    Severity::Error => summary.errors += 1,
                    Severity::Warning => summary.warnings += 1,
                    Severity::Note => summary.notes += 1,
                }
            }
            for problem in &report.problems {
                match problem.severity {
                    Severity::Error => summary.input_errors += 1,
                    _ => summary.input_warnings += 1,
                }
            }
        }
        summary
    }

    /// 2: an input was unusable; 1: a finding at or above `fail_on`; else 0.
    pub fn exit_code(&self, fail_on: FailOn) -> u8 {
        if self.input_errors > 0 {
            2
        } else if fail_on.fails(self.errors as u64, self.warnings as u64) {
            1
        } else {
            0
        }
    }
}

/// Which findings make a run fail (exit 1). An input that cannot be used always exits 2.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    /// Error findings (the default).
    #[default]
    Error,
    /// Error and warning findings.
    Warning,
    /// No finding: report only.
    Never,
}

impl FailOn {
    pub fn fails(self, errors: u64, warnings: u64) -> bool {
        match self {
            FailOn::Error => errors > 0,
            FailOn::Warning => errors + warnings > 0,
            FailOn::Never => false,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Annotated source excerpts for people (colour only on a terminal).
    Human,
    /// One JSON document: findings, input problems and a summary.
    Json,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
    /// GitHub Actions workflow commands (`::error file=…`), shown inline on pull requests.
    Github,
}

pub fn render(format: Format, reports: &[FileReport], color: bool) -> String {
    match format {
        Format::Human => human::render(reports, color),
        Format::Json => json::render(reports),
        Format::Sarif => sarif::render(reports),
        Format::Github => github::render(reports),
    }
}
