//! Checking registrations and documents: a file's bytes of a given kind become a report of
//! findings and input problems; suppression comments are applied on the way. No printing and no
//! exit codes here: the command line and other front ends decide what to show.

pub mod discover;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::eval::evaluate::Evaluator;
use crate::eval::finding::Finding;
use crate::guard;
use crate::input::{self, FileKind, InputProblem};
use crate::limits::Limits;
use crate::report::FileReport;
use crate::suppress;
use crate::vocabulary::Severity;
pub use discover::{collect_files, Exclude, Target};

/// An evaluator and what suppression comments may name.
pub struct Checker<'r> {
    /// Applies the rules to each file's records.
    pub evaluator: Evaluator<'r>,
    /// Every loaded rule's id, and those redline.toml disables (which comments may still name).
    pub known: Vec<&'r str>,
    /// The ids redline.toml disables: a comment that names only these is not reported as unused.
    pub disabled: Vec<&'r str>,
}

impl<'r> Checker<'r> {
    /// A checker running `evaluator`; the ids of `rules` and of `disabled` (redline.toml's rule id
    /// → reason) are those suppression comments may name.
    pub fn new(
        evaluator: Evaluator<'r>,
        rules: &'r crate::dsl::model::RuleSet,
        disabled: &'r std::collections::BTreeMap<String, String>,
    ) -> Checker<'r> {
        let disabled: Vec<&str> = disabled.keys().map(String::as_str).collect();
        let known = rules
            .rules()
            .map(|(_, r)| r.id.as_str())
            .chain(disabled.iter().copied())
            .collect();
        Checker {
            evaluator,
            known,
            disabled,
        }
    }
}

/// Checks every file `targets` names, in order; standard input is read from `stdin` under
/// `stdin_name`. A fault met in one file costs that file only. When nothing at all could be
/// checked, that is itself reported: an empty run is no clean result.
pub fn check_targets(
    checker: &Checker,
    targets: Vec<Target>,
    limits: &Limits,
    stdin_name: &str,
    stdin: &mut dyn std::io::Read,
    named: &[PathBuf],
) -> Vec<FileReport> {
    let checkable = targets
        .iter()
        .any(|t| matches!(t, Target::File(..) | Target::Stdin | Target::Excluded));
    let mut reports: Vec<FileReport> = targets
        .into_iter()
        .filter_map(|target| Some(match target {
            Target::Stdin => check_stream(checker, stdin_name, &mut *stdin, limits),
            Target::File(path, kind) => {
                // A fault met in one file costs that file: it is reported, and the rest are checked.
                guard::contain(|| check_file(checker, &path, kind, limits))
                    .unwrap_or_else(|fault| {
                        unusable(
                            &path,
                            InputProblem::error(
                                guard::INTERNAL,
                                format!("redline failed on this file ({fault})"),
                                None,
                                "this is a bug in redline, not in the file: please report it with the file",
                            ),
                        )
                    })
            }
            Target::Unusable(path, problem) => unusable(&path, problem),
            Target::Excluded => return None,
            Target::Skipped(path, problem) => {
                let mut note = unusable(&path, problem);
                note.about_folder = true;
                note
            }
        }))
        .collect();
    if !checkable
        && !reports
            .iter()
            .any(|r| r.problems.iter().any(|p| p.severity == Severity::Error))
    {
        // Nothing checked is not a clean result.
        let named: Vec<String> = named.iter().map(|p| p.display().to_string()).collect();
        reports.push(FileReport::new(
            named.join(", "),
            Arc::from(""),
            0,
            Vec::new(),
            vec![InputProblem::error(
                "redline::input::nothing-checked",
                "no registration or document was found to check",
                None,
                "name .yaml .yml .json .md .html .txt files or folders holding them",
            )
            .in_chinese(
                "没有找到可检查的登记材料或文档",
                "请指定 .yaml .yml .json .md .html .txt 文件或包含它们的文件夹",
            )],
        ));
    }
    reports
}

/// Standard input (or any stream) under `name`, whose extension gives its kind; unnamed, of the
/// kind its text shows: markup, JSON, a YAML map, or else a plain-text document.
pub fn check_stream(
    checker: &Checker,
    name: &str,
    reader: impl std::io::Read,
    limits: &Limits,
) -> FileReport {
    let max = limits.max_file_bytes;
    let (bytes, problem) = match read_at_most(reader, max) {
        Err(error) => (Vec::new(), Some(format!("cannot read standard input: {error}"))),
        Ok(None) => (Vec::new(), Some(format!(
            "standard input holds more than {max} bytes, the most a registration or document may hold"
        ))),
        Ok(Some(bytes)) => (bytes, None),
    };
    if let Some(message) = problem {
        let problem = InputProblem::error(
            "redline::input::unreadable",
            message,
            None,
            "pipe a registration or a document, or name a file",
        );
        return unusable(Path::new(name), problem);
    }
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(_) => {
            let problem = InputProblem::error(
                "redline::input::encoding",
                "standard input is not UTF-8",
                None,
                "pipe registrations and documents as UTF-8",
            );
            return unusable(Path::new(name), problem);
        }
    };
    if text.trim().is_empty() {
        // An empty pipe is what a failed step upstream leaves: never a clean result.
        let problem = InputProblem::error(
            "redline::input::empty",
            "standard input is empty",
            None,
            "pipe a registration or a document; check that the command feeding redline succeeded",
        )
        .in_chinese(
            "标准输入为空",
            "请通过管道传入登记材料或文档，并确认上游命令已成功执行",
        );
        return unusable(Path::new(name), problem);
    }
    let kind = kind_of(name, &text);
    check_source(checker, name, Arc::from(text), kind)
}

/// The report of a file that could not be checked.
pub fn unusable(path: &Path, problem: InputProblem) -> FileReport {
    FileReport::new(
        path.display().to_string(),
        Arc::from(""),
        0,
        Vec::new(),
        vec![problem],
    )
}

/// Reads and checks the file at `path` as `kind`; a file too large, unreadable or not UTF-8
/// gives a report of why, not an error.
pub fn check_file(evaluator: &Checker, path: &Path, kind: FileKind, limits: &Limits) -> FileReport {
    let read = std::fs::File::open(path).and_then(|f| read_at_most(f, limits.max_file_bytes));
    let bytes = match read {
        Ok(Some(bytes)) => bytes,
        Ok(None) => {
            return unusable(
                path,
                InputProblem::error(
                    "redline::input::too-large",
                    format!(
                        "`{}` is larger than {} bytes, the most a registration or document may hold",
                        path.display(),
                        limits.max_file_bytes
                    ),
                    None,
                    "split the file, or raise `max-file-bytes` under [limits] in redline.toml; entity lists go to `redline audit`, which streams them",
                ),
            )
        }
        Err(error) => {
            return unusable(
                path,
                InputProblem::error(
                    "redline::input::unreadable",
                    format!("cannot read `{}`: {error}", path.display()),
                    None,
                    "check the file's permissions",
                ),
            )
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let at = error.utf8_error().valid_up_to();
            let source: Arc<str> = Arc::from(String::from_utf8_lossy(error.as_bytes()).as_ref());
            return FileReport::new(
                path.display().to_string(),
                source,
                0,
                Vec::new(),
                vec![InputProblem::error("redline::input::encoding", "this file is not UTF-8", Some(at..at), "save registrations and documents as UTF-8; GB18030 entity lists go to `redline audit`, which decodes them")
                    .in_chinese("该文件不是 UTF-8 编码", "请将登记材料和文档另存为 UTF-8；GB18030 编码的名录文件请用 `redline audit` 检查，它能自动识别编码")],
            );
        }
    };
    let source: Arc<str> = Arc::from(text);
    check_source(evaluator, &path.display().to_string(), source, kind)
}

/// The kind of a text named `name`: its extension's, else the kind the text shows itself to be.
pub fn kind_of(name: &str, text: &str) -> FileKind {
    FileKind::of(Path::new(name)).unwrap_or_else(|| kind_of_text(text))
}

/// The kind a text shows itself to be, for input that comes without a file name.
fn kind_of_text(text: &str) -> FileKind {
    let start = text.trim_start_matches('\u{FEFF}').trim_start();
    let first_line = |text: &'_ str| -> String {
        text.lines()
            .find(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty())
            .unwrap_or("")
            .to_string()
    };
    // A document's front matter looks like YAML: what follows its closing `---` says it is a page.
    let body = start.strip_prefix("---").and_then(|rest| {
        let close = rest.find("\n---")?;
        let after = rest[close + 4..].trim_start_matches('-').trim();
        (!after.is_empty()).then_some(after)
    });
    match body {
        // Several YAML documents, not front matter and a page.
        Some(body) if is_yaml_key(&first_line(body)) => FileKind::Yaml,
        Some(body) if body.starts_with('<') => FileKind::Html,
        Some(_) => FileKind::Markdown,
        None if start.starts_with('<') => FileKind::Html,
        None if start.starts_with('{') || start.starts_with('[') => FileKind::Json,
        None if start.starts_with("---") || is_yaml_key(&first_line(start)) => FileKind::Yaml,
        None => FileKind::Markdown,
    }
}

/// Whether a line opens a YAML map: `key: value` or `key:` at the left margin.
fn is_yaml_key(line: &str) -> bool {
    let line = line.trim_end();
    !line.starts_with([' ', '\t', '-'])
        && line
            .find(':')
            .is_some_and(|at| line[at + 1..].is_empty() || line[at + 1..].starts_with([' ', '\t']))
}

/// Everything `reader` holds, or `None` when it holds more than `max` bytes (read no further
/// than that): a file and standard input are bounded alike.
fn read_at_most(reader: impl std::io::Read, max: u64) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    reader.take(max.saturating_add(1)).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= max).then_some(bytes))
}

/// Checks text already in memory, as if read from `path`.
pub fn check_source(checker: &Checker, path: &str, source: Arc<str>, kind: FileKind) -> FileReport {
    let loaded = input::load(kind, &source);
    let mut findings = Vec::new();
    let mut problems = loaded.problems;
    for record in &loaded.records {
        findings.extend(checker.evaluator.check(record));
        let unknown = crate::eval::grants::unknown_kinds(checker.evaluator.rules(), record);
        problems.extend(unknown.into_iter().map(InputProblem::from_build));
    }
    let suppressions = suppress::Suppressions::scan(&source);
    let (set_aside, findings): (Vec<Finding>, Vec<Finding>) =
        findings.into_iter().partition(|f| f.set_aside);
    let (findings, suppressed, comments) =
        suppressions.apply(findings, &checker.known, &checker.disabled);
    problems.extend(comments);
    let mut report = FileReport::new(
        path.to_string(),
        source,
        loaded.records.len(),
        findings,
        problems,
    );
    report.suppressed = suppressed;
    report.set_aside = set_aside;
    report
}
