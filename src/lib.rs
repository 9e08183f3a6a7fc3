#![warn(missing_docs)]
//! redline checks registrations, product documents and entity lists against rules written in its
//! own language; the shipped rules encode Yinfa \[2026\] No. 42 on virtual currency and real-world
//! asset tokenization.
//!
//! The pipeline runs one way: input → records → normalized text → term matches → rule evaluation
//! → findings → report. `docs/architecture.md` tells the layers and the rule at each boundary.
//!
//! The library is what the command line, a server and other programs share; it never prints,
//! exits or reads standard input by itself:
//!
//! - [`rules::Rules::load`] / [`rules::Rules::builtin`]: rules compiled, examples built, disabled
//!   rules set aside — one value;
//! - [`check::Checker`] with [`check::check_source`] / [`check::check_stream`] /
//!   [`check::check_file`]: a registration's or document's bytes → a [`FileReport`];
//! - [`audit::Audit`]: an entity list, streamed row by row on every core → records in input
//!   order, with a running summary;
//! - [`explain::page`] and [`provisions::coverage`]: a rule explained, every article covered;
//! - [`report`]: a report rendered as text, JSON, SARIF, GitHub commands or JUnit.
//!
//! ```
//! use redline::check::{check_source, Checker};
//! use redline::rules::Rules;
//! use redline::{Evaluator, FileKind};
//!
//! let rules = Rules::builtin();
//! let today = jiff::civil::date(2026, 11, 23);
//! let checker = Checker::new(Evaluator::new(&rules, today), &rules, rules.disabled());
//! let filing = "name: 深圳市穩定幣科技有限公司\n";
//! let report = check_source(&checker, "filing.yaml", filing.into(), FileKind::Yaml);
//! let finding = &report.findings[0];
//! assert_eq!(finding.rule, "name-banned-term");
//! assert_eq!(finding.term.as_deref(), Some("稳定币"));
//! assert_eq!(&report.source[finding.span.clone().unwrap()], "穩定幣");
//! ```

pub mod audit;
pub mod baseline;
pub mod check;
#[doc(hidden)]
pub mod commands;
pub mod config;
pub mod dsl;
pub mod eval;
pub mod explain;
pub mod guard;
pub mod input;
pub mod lang;
pub mod limits;
pub mod provisions;
pub mod report;
pub mod rules;
pub mod serve;
pub mod suppress;
pub mod text;
pub mod vocabulary;

pub use eval::evaluate::Evaluator;
pub use eval::finding::Finding;
pub use input::FileKind;
pub use report::FileReport;

/// Checks one file's text with `rules`, as of today: the shortest way in.
pub fn check_str(
    rules: &dsl::model::RuleSet,
    path: &str,
    source: &str,
    kind: FileKind,
) -> FileReport {
    let today = jiff::Zoned::now().date();
    let no_disabled = Default::default();
    let checker = check::Checker::new(Evaluator::new(rules, today), rules, &no_disabled);
    check::check_source(&checker, path, std::sync::Arc::from(source), kind)
}
