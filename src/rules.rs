//! Loading rules, as every front end does it: the built-in notice or rule files, compiled by the
//! rule language, their examples built into records by the evaluator, and the rules
//! redline.toml switches off set aside with their reasons. [`Rules`] is the one compiled value
//! that checking, auditing, explaining and coverage take.

use std::collections::BTreeMap;
use std::ops::Deref;
use std::path::PathBuf;

use jiff::civil::Date;

use crate::dsl::error::{RuleError, RuleErrors};
use crate::dsl::model::RuleSet;
use crate::eval::examples::{self, ExampleRecords, Languages, Outcome};

/// Where rules come from: the built-in notice, or rule files and directories instead; and the
/// rules switched off (rule id → reason).
#[derive(Clone, Debug, Default)]
pub struct RuleSource {
    /// `.rl` files or directories of them; empty for the built-in notice.
    pub paths: Vec<PathBuf>,
    /// Rule id → why it is switched off.
    pub disable: BTreeMap<String, String>,
}

/// Why rules could not be loaded.
#[derive(Debug)]
pub enum LoadError {
    /// A rule file or directory could not be read.
    Unreadable(String),
    /// The paths hold no `.rl` file.
    NoRuleFiles,
    /// Problems in the rule files, each a diagnostic at its place.
    Invalid(Vec<RuleError>),
    /// redline.toml disables a rule no notice has.
    UnknownDisabled(String),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Unreadable(error) => write!(f, "cannot read the rule files: {error}"),
            LoadError::NoRuleFiles => f.write_str("no `.rl` rule files under the given paths"),
            LoadError::Invalid(errors) => {
                write!(f, "{} problem(s) in the rule files", errors.len())
            }
            LoadError::UnknownDisabled(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for LoadError {}

/// The compiled rules of every loaded notice, with their examples as records and the rules
/// switched off. Dereferences to the [`RuleSet`] the evaluator runs.
pub struct Rules {
    set: RuleSet,
    examples: ExampleRecords,
    disabled: BTreeMap<String, String>,
}

impl Deref for Rules {
    type Target = RuleSet;

    fn deref(&self) -> &RuleSet {
        &self.set
    }
}

impl Rules {
    /// The notice compiled into redline (Yinfa \[2026\] No. 42).
    pub fn builtin() -> Rules {
        Rules::load(&RuleSource::default()).expect("the built-in rules compile; a test holds it")
    }

    /// Compiles the rules `source` names and builds their examples; nothing is checked yet.
    pub fn load(source: &RuleSource) -> Result<Rules, LoadError> {
        let compiled = if source.paths.is_empty() {
            crate::dsl::compile_all(crate::dsl::BUILTIN.iter().copied())
        } else {
            let files = crate::dsl::read_rule_files(&source.paths)
                .map_err(|e| LoadError::Unreadable(e.to_string()))?;
            if files.is_empty() {
                return Err(LoadError::NoRuleFiles);
            }
            crate::dsl::compile_all(files.iter().map(|(n, t)| (n.as_str(), t.as_str())))
        };
        let mut set = compiled.map_err(|RuleErrors(errors)| LoadError::Invalid(errors))?;
        let examples = examples::build(&set).map_err(LoadError::Invalid)?;
        crate::config::disable(&mut set, &source.disable).map_err(LoadError::UnknownDisabled)?;
        Ok(Rules {
            set,
            examples,
            disabled: source.disable.clone(),
        })
    }

    /// The compiled rules.
    pub fn set(&self) -> &RuleSet {
        &self.set
    }

    /// Every rule's examples as records.
    pub fn examples(&self) -> &ExampleRecords {
        &self.examples
    }

    /// Rule id → why redline.toml switches it off.
    pub fn disabled(&self) -> &BTreeMap<String, String> {
        &self.disabled
    }

    /// Runs every example as of `today`; `Languages::Both` also renders each finding in Chinese
    /// and English, as `redline test` does.
    pub fn run_examples(&self, today: Date, languages: Languages) -> Vec<Outcome<'_>> {
        examples::run(&self.set, &self.examples, today, languages)
    }

    /// The examples that fail, as diagnostics at the example in the rule file.
    pub fn failing_examples(&self, today: Date) -> Vec<RuleError> {
        let outcomes = self.run_examples(today, Languages::Any);
        examples::failures(&self.set, &outcomes)
    }
}
