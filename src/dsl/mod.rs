//! The rule language: parse (pest → AST), validate (static checks, compilation), and the
//! compiled model the evaluator runs.

pub(crate) mod ast;
pub mod error;
pub mod limits;
pub mod model;
pub(crate) mod parse;
pub(crate) mod validate;

use std::path::Path;
use std::sync::Arc;

use miette::NamedSource;

use error::{RuleError, RuleErrors};
use model::{Notice, RuleSet};

/// The shipped rule files, compiled into the binary.
pub const BUILTIN: &[(&str, &str)] = &[(
    "rules/yinfa-2026-42.rl",
    include_str!("../../rules/yinfa-2026-42.rl"),
)];

/// Parses and validates one rule file.
pub fn compile_source(name: &str, text: &str) -> Result<Notice, Vec<RuleError>> {
    let source = NamedSource::new(name, Arc::<str>::from(text));
    let file = parse::parse(&source).map_err(|e| vec![*e])?;
    validate::compile(&source, file)
}

/// Compiles several rule files into one set; notice ids must be unique across them.
pub fn compile_all<'a>(
    files: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Result<RuleSet, RuleErrors> {
    let mut notices: Vec<Notice> = Vec::new();
    let mut errors = Vec::new();
    for (name, text) in files {
        match compile_source(name, text) {
            Ok(notice) => {
                if notices.iter().any(|n| n.id == notice.id) {
                    let source = notice.source.clone();
                    let at = text
                        .find(&notice.id)
                        .map_or(0..0, |i| i..i + notice.id.len());
                    errors.push(
                        RuleError::new(
                            &source,
                            "redline::rules::duplicate-notice",
                            at,
                            format!("notice `{}` is loaded twice", notice.id),
                            "already loaded",
                        )
                        .with_help("load each notice once; `--rules` replaces the built-in rules"),
                    );
                } else {
                    notices.push(notice);
                }
            }
            Err(mut e) => errors.append(&mut e),
        }
    }
    let mut seen = std::collections::HashSet::new();
    for notice in &notices {
        for rule in &notice.rules {
            if !seen.insert(rule.id.clone()) {
                let at = rule.span.start..rule.span.start + 4;
                errors.push(
                    RuleError::new(
                        &notice.source,
                        "redline::rules::duplicate-rule",
                        at,
                        format!("rule `{}` is defined in two notices", rule.id),
                        "second definition",
                    )
                    .with_help("rule ids are stable codes across all loaded notices; rename one"),
                );
            }
        }
    }
    if errors.is_empty() {
        Ok(RuleSet { notices })
    } else {
        Err(RuleErrors(errors))
    }
}

/// The built-in rules. They are checked by the test suite, so failing to compile is a bug.
pub fn builtin() -> RuleSet {
    match compile_all(BUILTIN.iter().copied()) {
        Ok(rules) => rules,
        Err(errors) => panic!("the built-in rules do not compile: {errors:?}"),
    }
}

/// Reads rule files (`.rl`) from files and directories. A file is read up to one byte past the
/// size a rule file may have, so that an oversized one is refused by [`limits::check`] without
/// being read whole.
pub fn read_rule_files(paths: &[impl AsRef<Path>]) -> std::io::Result<Vec<(String, String)>> {
    let mut files = Vec::new();
    for path in paths {
        let path = path.as_ref();
        if path.is_dir() {
            let mut entries: Vec<_> = std::fs::read_dir(path)?
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "rl"))
                .collect();
            entries.sort();
            for entry in entries {
                files.push((entry.display().to_string(), read_bounded(&entry)?));
            }
        } else {
            files.push((path.display().to_string(), read_bounded(path)?));
        }
    }
    Ok(files)
}

fn read_bounded(path: &Path) -> std::io::Result<String> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(limits::MAX_FILE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() > limits::MAX_FILE_BYTES {
        return Ok(String::from_utf8_lossy(&bytes).into_owned());
    }
    String::from_utf8(bytes).map_err(|e| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!(
                "{} is not UTF-8 (byte {} is not valid); save rule files as UTF-8",
                path.display(),
                e.utf8_error().valid_up_to()
            ),
        )
    })
}
