//! redline checks registrations, product documents and entity lists against rules written in its
//! own language; the shipped rules encode Yinfa [2026] No. 42 on virtual currency and real-world
//! asset tokenization.
//!
//! The pipeline runs one way: input → records → normalized text → term matches → rule evaluation
//! → findings → report.
//!
//! ```
//! use redline::{check_str, FileKind};
//! let rules = redline::dsl::builtin();
//! let report = check_str(&rules, "filing.yaml", "name: 深圳市穩定幣科技有限公司\n", FileKind::Yaml);
//! assert_eq!(report.findings[0].term.as_deref(), Some("稳定币"));
//! assert_eq!(&report.source[report.findings[0].span.clone().unwrap()], "穩定幣");
//! ```

pub mod baseline;
pub mod commands;
pub mod config;
pub mod dsl;
pub mod eval;
pub mod guard;
pub mod input;
pub mod lang;
pub mod limits;
pub mod provisions;
pub mod report;
pub mod rules;
pub mod suppress;
pub mod text;
pub mod vocabulary;

pub use eval::evaluate::Evaluator;
pub use eval::finding::Finding;
pub use input::FileKind;
pub use report::FileReport;

/// Checks one file's text with `rules`, as of today.
pub fn check_str(
    rules: &dsl::model::RuleSet,
    path: &str,
    source: &str,
    kind: FileKind,
) -> FileReport {
    let evaluator = Evaluator::new(rules, commands::today());
    let no_disabled = Default::default();
    let checker = commands::check::Checker::new(evaluator, rules, &no_disabled);
    commands::check::check_source(&checker, path, std::sync::Arc::from(source), kind)
}
