//! `redline check PATH...`: registrations and documents, one report.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use jiff::civil::Date;

use super::{load_rules, Examples, RuleSource, EXIT_UNUSABLE};
use crate::baseline::{self, Baseline};
use crate::dsl::model::Severity;
use crate::eval::evaluate::Evaluator;
use crate::guard;
use crate::input::table::TableFormat;
use crate::input::{self, FileKind, InputProblem};
use crate::lang::Lang;
use crate::limits::Limits;
use crate::report::{self, FailOn, FileReport, Format, Summary};
use crate::suppress;

pub struct CheckOptions {
    pub paths: Vec<PathBuf>,
    /// What standard input (`-`) is called in reports; its extension gives its kind.
    pub stdin_filename: Option<String>,
    /// Globs of paths to skip when walking directories (from `redline.toml`), and the folder
    /// they are relative to: the one holding that redline.toml.
    pub exclude: Vec<String>,
    pub exclude_root: PathBuf,
    pub rules: RuleSource,
    pub format: Format,
    /// Which findings make the run exit 1.
    pub fail_on: FailOn,
    pub today: Date,
    pub limits: Limits,
    pub lang: Lang,
    /// Leave out findings this baseline holds.
    pub baseline: Option<PathBuf>,
    /// Record every finding here as the new baseline.
    pub write_baseline: Option<PathBuf>,
}

/// An evaluator and what suppression comments may name.
pub struct Checker<'r> {
    pub evaluator: Evaluator<'r>,
    /// Every loaded rule's id, and those redline.toml disables (which comments may still name).
    pub known: Vec<&'r str>,
    pub disabled: Vec<&'r str>,
}

impl<'r> Checker<'r> {
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

pub fn run(options: &CheckOptions) -> u8 {
    let Some(rules) = load_rules(&options.rules, options.today, Examples::Enforce) else {
        return EXIT_UNUSABLE;
    };
    let mut baseline = match options.baseline.as_deref().map(Baseline::read).transpose() {
        Ok(baseline) => baseline,
        Err(message) => {
            eprintln!("error[redline::baseline::unreadable]: {message}");
            return EXIT_UNUSABLE;
        }
    };
    let evaluator = Evaluator::new(&rules, options.today)
        .with_max_findings_per_field(options.limits.max_findings_per_field)
        .with_lang(options.lang);
    let checker = Checker::new(evaluator, &rules, &options.rules.disable);
    let mut excluded = Exclude::new(&options.exclude, &options.exclude_root);
    // redline's own baseline is never a filing, wherever it sits.
    excluded.files = [&options.baseline, &options.write_baseline]
        .into_iter()
        .flatten()
        .map(|p| resolved(p))
        .collect();
    let targets = collect_files(&options.paths, &excluded);
    let checkable = targets
        .iter()
        .any(|t| matches!(t, Target::File(..) | Target::Stdin | Target::Excluded));
    let mut reports: Vec<FileReport> = targets
        .into_iter()
        .filter_map(|target| Some(match target {
            Target::Stdin => check_stdin(&checker, options),
            Target::File(path, kind) => {
                // A fault met in one file costs that file: it is reported, and the rest are checked.
                guard::contain(|| check_file(&checker, &path, kind, &options.limits))
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
            )
            .in_chinese(
                "没有找到可检查的登记材料或文档",
                "请指定 .yaml .yml .json .md .html .txt 文件或包含它们的文件夹",
            )],
        ));
    }
    if let Some(baseline) = &mut baseline {
        let stale = baseline.apply(&mut reports);
        if stale > 0 {
            eprintln!(
                "note[redline::baseline::stale]: {stale} finding(s) recorded in the baseline were not found again (fixed, or their sentence changed); refresh it with --write-baseline"
            );
        }
    }
    let mut fail_on = options.fail_on;
    if let Some(path) = &options.write_baseline {
        match baseline::write(path, &reports) {
            Ok(count) => {
                eprintln!(
                    "redline: wrote {count} finding(s) to the baseline {}",
                    path.display()
                );
                // Recording today's findings is the point of the run, not a failure.
                fail_on = FailOn::Never;
            }
            Err(message) => {
                eprintln!("error[redline::baseline::unwritable]: {message}");
                return EXIT_UNUSABLE;
            }
        }
    }
    let context = report::Context {
        lang: options.lang,
        color: options.format == Format::Human && super::colour(std::io::stdout().is_terminal()),
        width: report::human::terminal_width(),
        rules: &rules,
        disabled: &options.rules.disable,
    };
    let text = report::render(options.format, &reports, &context);
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    if options.format == Format::Github {
        write_step_summary(&reports, &context);
    }
    Summary::of(&reports).exit_code(fail_on)
}

/// On GitHub Actions, adds the run to the job's summary page; elsewhere does nothing.
fn write_step_summary(reports: &[FileReport], context: &report::Context) {
    let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) else {
        return;
    };
    let markdown = report::github::step_summary(reports, context);
    let written = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .and_then(|mut file| file.write_all(markdown.as_bytes()));
    if let Err(error) = written {
        eprintln!(
            "warning[redline::github::step-summary]: cannot write the step summary {}: {error}",
            Path::new(&path).display()
        );
    }
}

/// `exclude` globs of redline.toml, matched (as .gitignore lines are) against paths relative to
/// the folder holding that file, whichever path was named on the command line.
#[derive(Clone)]
struct Exclude {
    globs: Option<std::sync::Arc<ignore::gitignore::Gitignore>>,
    root: PathBuf,
    /// Files never read as inputs (resolved): the baselines of this run.
    files: Vec<PathBuf>,
}

impl Exclude {
    fn new(globs: &[String], root: &Path) -> Exclude {
        let root = resolved(root);
        let mut builder = ignore::gitignore::GitignoreBuilder::new(&root);
        for glob in globs {
            // Patterns were validated when redline.toml was read.
            let _ = builder.add_line(None, glob);
        }
        let globs = (!globs.is_empty())
            .then(|| builder.build().ok())
            .flatten()
            .map(std::sync::Arc::new);
        Exclude {
            globs,
            root,
            files: Vec::new(),
        }
    }

    fn matches(&self, path: &Path, is_dir: bool) -> bool {
        if self.globs.is_none() && self.files.is_empty() {
            return false;
        }
        let absolute = resolved(path);
        if !is_dir && self.files.contains(&absolute) {
            return true;
        }
        let Some(globs) = &self.globs else {
            return false;
        };
        // Paths outside the configured project are not the project's to exclude.
        let Ok(relative) = absolute.strip_prefix(&self.root) else {
            return false;
        };
        !relative.as_os_str().is_empty() && globs.matched(relative, is_dir).is_ignore()
    }
}

/// A path with `.`, `..` and symbolic links resolved, so that `../vendor` and `vendor` from
/// different folders compare equal; as given, made absolute, when it cannot be resolved.
fn resolved(path: &Path) -> PathBuf {
    std::fs::canonicalize(path)
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_path_buf())
}

enum Target {
    Stdin,
    File(PathBuf, FileKind),
    Unusable(PathBuf, InputProblem),
    /// A file named on the command line that redline.toml excludes.
    Excluded,
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
    let mut parts_zh = Vec::new();
    if !tables.is_empty() {
        parts_zh.push(format!("{} 个名录文件（{}）", tables.len(), names(tables)));
    }
    if !others.is_empty() {
        parts_zh.push(format!("{} 个其他文件（{}）", others.len(), names(others)));
    }
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
    Some(
        InputProblem {
            code: "redline::input::skipped".into(),
            severity: Severity::Warning,
            message: format!("not checked: {}", parts.join("; ")),
            span: None,
            help: "`check` reads registrations (.yaml .yml .json) and documents (.md .html .txt); audit entity lists (.csv .tsv .jsonl .xlsx) with `redline audit`".into(),
            zh: None,
        }
        .in_chinese(
            format!("未检查：{}", parts_zh.join("；")),
            "`check` 检查登记材料（.yaml .yml .json）和文档（.md .html .txt）；名录文件（.csv .tsv .jsonl .xlsx）请用 `redline audit` 检查",
        ),
    )
}

/// Files named directly, and the checkable files below named directories (honouring
/// `.gitignore`), in a stable order.
fn collect_files(paths: &[PathBuf], excluded: &Exclude) -> Vec<Target> {
    let mut targets = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            targets.push(Target::Stdin);
        } else if path.is_dir() {
            let mut walk = ignore::WalkBuilder::new(path);
            let excluded = excluded.clone();
            walk.filter_entry(move |entry| {
                !excluded.matches(entry.path(), entry.file_type().is_some_and(|t| t.is_dir()))
            });
            let mut found: Vec<(PathBuf, FileKind)> = Vec::new();
            let mut tables = Vec::new();
            let mut others = Vec::new();
            for entry in walk.build().filter_map(Result::ok) {
                if !entry.file_type().is_some_and(|t| t.is_file()) {
                    continue;
                }
                let path = entry.into_path();
                if path
                    .file_name()
                    .is_some_and(|n| n == crate::config::FILE_NAME)
                {
                    continue;
                }
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
                )
                .in_chinese(
                    format!("`{}` 不存在", path.display()),
                    "请检查路径；`redline check` 接受文件和文件夹",
                ),
            ));
        } else {
            match FileKind::of(path) {
                // Named files obey `exclude` too: pre-commit names every staged file.
                Some(_) if excluded.matches(path, false) => targets.push(Target::Excluded),
                Some(kind) => targets.push(Target::File(path.clone(), kind)),
                None => targets.push(Target::Unusable(
                    path.clone(),
                    InputProblem::error(
                        "redline::input::unsupported",
                        format!("`{}` is not a kind of file `check` reads", path.display()),
                        None,
                        "`check` reads registrations (.yaml .yml .json) and documents (.md .html .txt); entity lists (.csv .tsv .jsonl .xlsx) go to `redline audit`",
                    )
                    .in_chinese(
                        format!("`check` 不读取 `{}` 这类文件", path.display()),
                        "`check` 检查登记材料（.yaml .yml .json）和文档（.md .html .txt）；名录文件（.csv .tsv .jsonl .xlsx）请用 `redline audit` 检查",
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

/// Standard input, named by `--stdin-filename` (whose extension gives its kind) or, unnamed,
/// of the kind its text shows: markup, JSON, a YAML map, or else a plain-text document.
fn check_stdin(evaluator: &Checker, options: &CheckOptions) -> FileReport {
    let name = options
        .stdin_filename
        .clone()
        .unwrap_or_else(|| "stdin".into());
    let max = options.limits.max_file_bytes;
    let (bytes, problem) = match read_at_most(std::io::stdin().lock(), max) {
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
        return unusable(Path::new(&name), problem);
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
            return unusable(Path::new(&name), problem);
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
        return unusable(Path::new(&name), problem);
    }
    let kind = FileKind::of(Path::new(&name)).unwrap_or_else(|| kind_of_text(&text));
    check_source(evaluator, &name, Arc::from(text), kind)
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
    for record in &loaded.records {
        findings.extend(checker.evaluator.check(record));
    }
    let mut problems = loaded.problems;
    let suppressions = suppress::Suppressions::scan(&source);
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
    report
}
