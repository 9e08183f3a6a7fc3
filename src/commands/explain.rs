//! `redline explain RULE`: prints the library's page for a rule, or says there is no such rule.

use crate::lang::Lang;
use crate::rules::Rules;

/// Prints the page; 0, or 2 for an unknown rule.
pub fn run(
    rules: &Rules,
    id: &str,
    lang: Lang,
    disabled: &std::collections::BTreeMap<String, String>,
) -> u8 {
    match crate::explain::page(rules, id, lang, disabled) {
        Ok(page) => {
            print!("{page}");
            super::EXIT_CLEAN
        }
        Err(message) => {
            eprintln!("error[redline::cli::unknown-rule]: {message}");
            super::EXIT_UNUSABLE
        }
    }
}
