//! Inputs: each format becomes records with spans into the original bytes, plus the problems
//! met on the way. Nothing here knows about rules.

pub mod document;
pub mod html;
pub mod markdown;
pub mod registration;
pub mod table;

use std::ops::Range;
use std::path::Path;

use crate::eval::build::{Problem, ProblemKind, MAX_PROBLEMS_SHOWN};
use crate::eval::record::Record;
use crate::vocabulary::Severity;

/// A problem with an input: an error makes the file unusable (exit 2), a warning does not.
#[derive(Clone, Debug)]
pub struct InputProblem {
    /// The stable code that names the problem (`redline::input::unknown-field`).
    pub code: String,
    /// `Error` when the file cannot be used, `Warning` when it is checked anyway.
    pub severity: Severity,
    /// What is wrong, in English.
    pub message: String,
    /// Byte range in the file it points at; `None` when it is about the file as a whole.
    pub span: Option<Range<usize>>,
    /// What to do about it, in English.
    pub help: String,
    /// The message and help in Chinese, for `--lang zh`.
    pub zh: Option<Box<(String, String)>>,
}

impl InputProblem {
    /// The same problem told in Chinese too.
    pub fn in_chinese(mut self, message: impl Into<String>, help: impl Into<String>) -> Self {
        self.zh = Some(Box::new((message.into(), help.into())));
        self
    }

    /// The message in `lang`; English when it was not told in Chinese.
    pub fn message_in(&self, lang: crate::lang::Lang) -> &str {
        match (&self.zh, lang) {
            (Some(zh), crate::lang::Lang::Zh) => &zh.0,
            _ => &self.message,
        }
    }

    /// The help in `lang`; English when it was not told in Chinese.
    pub fn help_in(&self, lang: crate::lang::Lang) -> &str {
        match (&self.zh, lang) {
            (Some(zh), crate::lang::Lang::Zh) => &zh.1,
            _ => &self.help,
        }
    }

    /// An error, told in English only; [`InputProblem::in_chinese`] adds the Chinese.
    pub fn error(
        code: &str,
        message: impl Into<String>,
        span: Option<Range<usize>>,
        help: impl Into<String>,
    ) -> InputProblem {
        InputProblem {
            code: code.to_string(),
            severity: Severity::Error,
            message: message.into(),
            span,
            help: help.into(),
            zh: None,
        }
    }

    /// A record-level problem: the value is kept unchecked or checked as written, so it warns.
    pub fn from_build(problem: Problem) -> InputProblem {
        let severity = match problem.kind {
            ProblemKind::UnknownField | ProblemKind::UnknownValue | ProblemKind::UnknownGrant => {
                Severity::Warning
            }
            ProblemKind::WrongShape | ProblemKind::BadDate => Severity::Error,
        };
        InputProblem {
            code: format!("redline::input::{}", problem.kind.code()),
            severity,
            message: problem.message,
            span: problem.span,
            help: problem.help,
            zh: problem.zh.map(Box::new),
        }
    }
}

/// What one file yielded.
#[derive(Debug, Default)]
pub struct Loaded {
    /// The records, in file order.
    pub records: Vec<Record>,
    /// What was wrong with the file or with its records.
    pub problems: Vec<InputProblem>,
}

/// The kinds of file `redline check` reads, by extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// Registrations in YAML: one entity, a list, `entities: [...]`, or several documents.
    Yaml,
    /// Registrations in JSON, in the same shapes as YAML.
    Json,
    /// A document in Markdown, with optional YAML front matter.
    Markdown,
    /// A document in HTML, with optional YAML front matter.
    Html,
    /// A document in plain text, with optional YAML front matter.
    Text,
}

impl FileKind {
    /// The kind a file's extension names, if it names one.
    pub fn of(path: &Path) -> Option<FileKind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "yaml" | "yml" => FileKind::Yaml,
            "json" => FileKind::Json,
            "md" | "markdown" => FileKind::Markdown,
            "html" | "htm" => FileKind::Html,
            "txt" => FileKind::Text,
            _ => return None,
        })
    }
}

/// Turns a file's text into records.
pub fn load(kind: FileKind, source: &str) -> Loaded {
    let mut loaded = match kind {
        FileKind::Yaml => registration::load(source, false),
        FileKind::Json => registration::load(source, true),
        FileKind::Text => document::load(source, FileKind::Text),
        // Markdown holds inline HTML and character references as readily as HTML does.
        FileKind::Markdown | FileKind::Html => document::load(source, kind),
    };
    loaded.problems = capped(std::mem::take(&mut loaded.problems));
    loaded
}

/// The first [`MAX_PROBLEMS_SHOWN`] problems of each code, and for each code with more, one
/// problem that counts the rest: a file of 100,000 unknown keys gets a readable report.
fn capped(problems: Vec<InputProblem>) -> Vec<InputProblem> {
    let mut counts: std::collections::HashMap<String, usize> = Default::default();
    let mut kept = Vec::new();
    let mut extra: Vec<InputProblem> = Vec::new();
    for problem in problems {
        let count = counts.entry(problem.code.clone()).or_default();
        *count += 1;
        if *count <= MAX_PROBLEMS_SHOWN {
            kept.push(problem);
        } else if *count == MAX_PROBLEMS_SHOWN + 1 {
            extra.push(problem);
        }
    }
    for mut first_omitted in extra {
        let more = counts[&first_omitted.code] - MAX_PROBLEMS_SHOWN;
        first_omitted.message = format!(
            "{more} more problem(s) like those above, starting here: {}",
            first_omitted.message
        );
        kept.push(first_omitted);
    }
    kept
}
