//! What each subcommand does, given its options. `main.rs` parses the command line into these
//! options and turns the returned code into the exit status.

pub mod audit;
pub mod check;
pub mod explain;
pub mod rules;
pub mod serve;
pub mod test;

use std::io::{IsTerminal, Write};

use jiff::civil::Date;

use crate::report::diagnostic::Diag;
use crate::report::human::render_diagnostic;
use crate::rules::{LoadError, Rules};

/// Exit status: no error finding.
pub const EXIT_CLEAN: u8 = 0;
/// Exit status: at least one error-severity finding (or failing example).
pub const EXIT_FINDINGS: u8 = 1;
/// Exit status: an input, a rule file or the command line could not be used.
pub const EXIT_UNUSABLE: u8 = 2;

pub use crate::rules::RuleSource;

/// Whether to colour output for a stream: only a terminal, and never when `NO_COLOR` is set to
/// anything (no-color.org).
pub fn colour(is_terminal: bool) -> bool {
    is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

pub fn today() -> Date {
    jiff::Zoned::now().date()
}

/// Loads the rules, printing every problem and returning `None` when they cannot be used. Unless
/// `examples` is `Examples::Report` (for `redline test`, which reports them itself), a rule file
/// whose own examples fail is rejected.
pub fn load_rules(source: &RuleSource, today: Date, examples: Examples) -> Option<Rules> {
    let color = colour(std::io::stderr().is_terminal());
    let rules = match Rules::load(source) {
        Ok(rules) => rules,
        Err(LoadError::Invalid(errors)) => {
            print_rule_errors(&errors, color);
            return None;
        }
        Err(LoadError::UnknownDisabled(message)) => {
            eprintln!("{message}");
            return None;
        }
        Err(error @ LoadError::Unreadable(_)) => {
            eprintln!("error[redline::rules::unreadable]: {error}");
            return None;
        }
        Err(LoadError::NoRuleFiles) => {
            eprintln!(
                "error[redline::rules::none]: no `.rl` rule files under the given --rules paths"
            );
            return None;
        }
    };
    if examples == Examples::Enforce {
        let failures = rules.failing_examples(today);
        if !failures.is_empty() {
            print_rule_errors(&failures, color);
            return None;
        }
    }
    Some(rules)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Examples {
    /// Refuse rules whose examples fail.
    Enforce,
    /// Load them anyway; the caller reports the examples.
    Report,
}

fn print_rule_errors(errors: &[crate::dsl::error::RuleError], color: bool) {
    let mut stderr = std::io::stderr().lock();
    for error in errors {
        let _ = stderr.write_all(render_diagnostic(&Diag::from(error), color).as_bytes());
    }
    let _ = writeln!(
        stderr,
        "{} problem(s) in the rule files; nothing was checked",
        errors.len()
    );
}
