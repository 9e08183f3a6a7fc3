//! Reports: findings and input problems of checked files, rendered for people (miette), for
//! programs (JSON, SARIF) and for CI annotations (GitHub). Reporters never re-read a file: the
//! source text travels with the findings.

pub mod audit;
pub mod diagnostic;
pub mod github;
pub mod human;
pub mod json;
pub mod junit;
pub mod sarif;
pub mod source;
pub mod xlsx;

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use crate::dsl::model::{RuleSet, Severity};
use crate::eval::finding::Finding;
use crate::input::InputProblem;
use crate::lang::Lang;
use source::{Excerpt, LineIndex};

/// One checked file with everything found in it.
pub struct FileReport {
    /// The file's path as given (or the name standard input was read under).
    pub path: String,
    /// The file's text, which spans point into; empty when it could not be read.
    pub source: Arc<str>,
    /// How many registrations or documents the file held.
    pub records: usize,
    /// The findings to report: suppressed and baselined ones are already left out.
    pub findings: Vec<Finding>,
    /// What was wrong with the file, its records or its suppression comments.
    pub problems: Vec<InputProblem>,
    /// Findings a `redline-ignore` comment silenced, each with the comment's reason.
    pub suppressed: Vec<Suppressed>,
    /// Findings left out because the baseline already holds them.
    pub baselined: usize,
    /// Mentions a rule would have reported had the page offered them: negated, warned against,
    /// reported, quoted or asked. Never findings; listed so a reviewer can audit the judgement.
    pub set_aside: Vec<Finding>,
    /// A note about a folder (what it held that was not checked), not a file: not counted
    /// among the files.
    pub about_folder: bool,
    /// The source's line starts, computed once when a reporter first asks.
    lines: OnceLock<Arc<LineIndex>>,
}

impl FileReport {
    /// A report with nothing suppressed or baselined yet.
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
            suppressed: Vec::new(),
            baselined: 0,
            set_aside: Vec::new(),
            about_folder: false,
            lines: OnceLock::new(),
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        self.lines().line_column(&self.source, offset)
    }

    /// The source's line index, computed on first use and shared.
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

/// A finding silenced in the file itself, and why.
pub struct Suppressed {
    /// The finding as it would have been reported.
    pub finding: Finding,
    /// The reason the comment gives.
    pub reason: String,
}

/// Everything a reporter needs besides the reports: how to write, and the rules behind them
/// (their summaries describe rules in SARIF; the disabled ones are named in summaries).
pub struct Context<'a> {
    /// The language to write in.
    pub lang: Lang,
    /// Whether human output is coloured.
    pub color: bool,
    /// Columns to wrap human output to.
    pub width: usize,
    /// The loaded rules.
    pub rules: &'a RuleSet,
    /// Rule id → why redline.toml switches it off.
    pub disabled: &'a BTreeMap<String, String>,
    /// Show the mentions set aside one by one in the human report, not only their count.
    pub show_set_aside: bool,
}

/// The totals of a run.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Summary {
    /// Files checked; notes about folders are not counted.
    pub files: usize,
    /// Registrations and documents read.
    pub records: usize,
    /// Error findings.
    pub errors: usize,
    /// Warning findings.
    pub warnings: usize,
    /// Note findings.
    pub notes: usize,
    /// Input problems that made a file unusable.
    pub input_errors: usize,
    /// Input problems that did not stop a file from being checked.
    pub input_warnings: usize,
    /// Findings silenced by `redline-ignore` comments.
    pub suppressed: usize,
    /// Each reason given for silencing, with the rules and how many findings it silenced.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suppressions: Vec<SuppressionCount>,
    /// Findings the baseline already held, not reported again.
    pub baselined: usize,
    /// Mentions set aside because the page does not offer them (negated, warned, reported,
    /// quoted, asked).
    pub set_aside: usize,
}

/// How many findings of one rule one suppression reason silenced.
#[derive(Clone, Debug, serde::Serialize)]
pub struct SuppressionCount {
    /// The rule's id.
    pub rule: String,
    /// The reason the comments give.
    pub reason: String,
    /// How many findings it silenced.
    pub findings: usize,
}

impl Summary {
    /// The totals over `reports`.
    pub fn of(reports: &[FileReport]) -> Summary {
        let mut summary = Summary {
            files: reports.iter().filter(|r| !r.about_folder).count(),
            ..Summary::default()
        };
        let mut reasons: BTreeMap<(&str, &str), usize> = BTreeMap::new();
        for report in reports {
            summary.records += report.records;
            summary.suppressed += report.suppressed.len();
            summary.baselined += report.baselined;
            summary.set_aside += report.set_aside.len();
            for s in &report.suppressed {
                *reasons.entry((&s.finding.rule, &s.reason)).or_default() += 1;
            }
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
        summary.suppressions = reasons
            .into_iter()
            .map(|((rule, reason), findings)| SuppressionCount {
                rule: rule.to_string(),
                reason: reason.to_string(),
                findings,
            })
            .collect();
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
    /// Whether a run with these counts of error and warning findings fails.
    pub fn fails(self, errors: u64, warnings: u64) -> bool {
        match self {
            FailOn::Error => errors > 0,
            FailOn::Warning => errors + warnings > 0,
            FailOn::Never => false,
        }
    }
}

/// How a report is written (`--format`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Annotated source excerpts for people (colour only on a terminal).
    Human,
    /// One JSON document: findings, input problems and a summary.
    Json,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
    /// GitHub Actions workflow commands (`::error file=…`), shown inline on pull requests; with
    /// `$GITHUB_STEP_SUMMARY` set, a Markdown table of the run is added to the job's summary.
    Github,
    /// JUnit XML: one test case per file, one failure per error finding, for CI test reports.
    Junit,
}

/// The reports rendered in `format`, ready to write out.
pub fn render(format: Format, reports: &[FileReport], context: &Context) -> String {
    match format {
        Format::Human => human::render(reports, context),
        Format::Json => json::render(reports, context),
        Format::Sarif => sarif::render(reports, context),
        Format::Github => github::render(reports, context),
        Format::Junit => junit::render(reports, context),
    }
}
