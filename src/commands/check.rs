//! `redline check PATH...`: registrations and documents, one report.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use jiff::civil::Date;

use super::{load_rules, Examples, RuleSource, EXIT_UNUSABLE};
use crate::dsl::model::Severity;
use crate::eval::evaluate::Evaluator;
use crate::guard;
use crate::input::table::TableFormat;
use crate::input::{self, FileKind, InputProblem};
use crate::limits::Limits;
use crate::report::{self, FileReport, Format, Summary};
use crate::suppress;

pub struct CheckOptions {
    pub paths: Vec<PathBuf>,
    /// Globs of paths to skip when walking directories (from `redline.toml`).
    pub exclude: Vec<String>,
    pub rules: RuleSource,
    pub format: Format,
    pub today: Date,
    pub limits: Limits,
}

pub fn run(options: &CheckOptions) -> u8 {
    let Some(rules) = load_rules(&options.rules, options.today, Examples::Enforce) else {
        return EXIT_UNUSABLE;
    };
    let evaluator = Evaluator::new(&rules, options.today)
        .with_max_findings_per_field(options.limits.max_findings_per_field);
    let targets = collect_files(&options.paths, &options.exclude);
    let checkable = targets.iter().any(|t| matches!(t, Target::File(..)));
    let mut reports: Vec<FileReport> = targets
        .into_iter()
        .map(|target| match target {
            Target::File(path, kind) => {
                // A fault met in one file costs that file: it is reported, and the rest are checked.
                guard::contain(|| check_file(&evaluator, &path, kind, &options.limits))
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
            Target::Unusable(path, problem) | Target::Skipped(path, problem) => {
                unusable(&path, problem)
            }
        })
        .collect();
    if !checkable
        && !reports
            .iter()
            .any(|r| r.problems.iter().any(|p| p.severity == Severity::Error))
    {
        // Nothing checked is not a clean result.
        let named: Vec<String> = options
            .paths
            .iter()
            .map(|p| p.display().to_string())
            .collect();
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
            )],
        ));
    }
    let color = options.format == Format::Human && std::io::stdout().is_terminal();
    let text = report::render(options.format, &reports, color);
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    Summary::of(&reports).exit_code()
}

enum Target {
    File(PathBuf, FileKind),
    Unusable(PathBuf, InputProblem),
    /// Files in a directory that `check` does not read, said once per directory.
    Skipped(PathBuf, InputProblem),
}

/// What a directory held that `check` does not read: entity lists (for `audit`) and anything else.
fn skipped(tables: &[PathBuf], others: &[PathBuf]) -> Option<InputProblem> {
    if tables.is_empty() && others.is_empty() {
        return None;
    }
    let names = |paths: &[PathBuf]| {
        let mut shown: Vec<String> = paths
            .iter()
            .take(5)
            .map(|p| p.display().to_string())
            .collect();
        if paths.len() > 5 {
            shown.push(format!("and {} more", paths.len() - 5));
        }
        shown.join(", ")
    };
    let mut parts = Vec::new();
    if !tables.is_empty() {
        parts.push(format!(
            "{} entity list(s) ({})",
            tables.len(),
            names(tables)
        ));
    }
    if !others.is_empty() {
        parts.push(format!(
            "{} other file(s) ({})",
            others.len(),
            names(others)
        ));
    }
    Some(InputProblem {
        code: "redline::input::skipped".into(),
        severity: Severity::Warning,
        message: format!("not checked: {}", parts.join("; ")),
        span: None,
        help: "`check` reads registrations (.yaml .yml .json) and documents (.md .html .txt); audit entity lists (.csv .tsv .jsonl .xlsx) with `redline audit`".into(),
    })
}

/// Files named directly, and the checkable files below named directories (honouring
/// `.gitignore`), in a stable order.
fn collect_files(paths: &[PathBuf], exclude: &[String]) -> Vec<Target> {
    let mut targets = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut overrides = ignore::overrides::OverrideBuilder::new(path);
            for glob in exclude {
                // Patterns were validated when redline.toml was read.
                let _ = overrides.add(&format!("!{glob}"));
            }
            let mut walk = ignore::WalkBuilder::new(path);
            if let Ok(overrides) = overrides.build() {
                walk.overrides(overrides);
            }
            let mut found: Vec<(PathBuf, FileKind)> = Vec::new();
            let mut tables = Vec::new();
            let mut others = Vec::new();
            for entry in walk.build().filter_map(Result::ok) {
                if !entry.file_type().is_some_and(|t| t.is_file()) {
                    continue;
                }
                let path = entry.into_path();
                match FileKind::of(&path) {
                    Some(kind) => found.push((path, kind)),
                    None if TableFormat::of(&path).is_some() => tables.push(path),
                    None => others.push(path),
                }
            }
            found.sort_by(|a, b| a.0.cmp(&b.0));
            targets.extend(found.into_iter().map(|(p, k)| Target::File(p, k)));
            if let Some(skipped) = skipped(&tables, &others) {
                targets.push(Target::Skipped(path.clone(), skipped));
            }
        } else if !path.exists() {
            targets.push(Target::Unusable(
                path.clone(),
                InputProblem::error(
                    "redline::input::not-found",
                    format!("`{}` does not exist", path.display()),
                    None,
                    "check the path; `redline check` takes files and directories",
                ),
            ));
        } else {
            match FileKind::of(path) {
                Some(kind) => targets.push(Target::File(path.clone(), kind)),
                None => targets.push(Target::Unusable(
                    path.clone(),
                    InputProblem::error(
                        "redline::input::unsupported",
                        format!("`{}` is not a kind of file `check` reads", path.display()),
                        None,
                        "`check` reads registrations (.yaml .yml .json) and documents (.md .html .txt); entity lists (.csv .tsv .jsonl .xlsx) go to `redline audit`",
                    ),
                )),
            }
        }
    }
    targets
}

fn unusable(path: &Path, problem: InputProblem) -> FileReport {
    FileReport::new(
        path.display().to_string(),
        Arc::from(""),
        0,
        Vec::new(),
        vec![problem],
    )
}

pub fn check_file(
    evaluator: &Evaluator,
    path: &Path,
    kind: FileKind,
    limits: &Limits,
) -> FileReport {
    let bytes = match read_bounded(path, limits.max_file_bytes) {
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
                vec![InputProblem::error("redline::input::encoding", "this file is not UTF-8", Some(at..at), "save registrations and documents as UTF-8; GB18030 entity lists go to `redline audit`, which decodes them")],
            );
        }
    };
    let source: Arc<str> = Arc::from(text);
    check_source(evaluator, &path.display().to_string(), source, kind)
}

/// The file's bytes, or `None` when it holds more than `max` (read no further than that).
fn read_bounded(path: &Path, max: u64) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(max.saturating_add(1))
        .read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= max).then_some(bytes))
}

/// Checks text already in memory, as if read from `path`.
pub fn check_source(
    evaluator: &Evaluator,
    path: &str,
    source: Arc<str>,
    kind: FileKind,
) -> FileReport {
    let loaded = input::load(kind, &source);
    let mut findings = Vec::new();
    for record in &loaded.records {
        findings.extend(evaluator.check(record));
    }
    let mut problems = loaded.problems;
    let suppressions = suppress::Suppressions::scan(&source);
    findings.retain(|f| !suppressions.covers(f));
    problems.extend(suppressions.problems());
    FileReport::new(
        path.to_string(),
        source,
        loaded.records.len(),
        findings,
        problems,
    )
}
