//! Which files a list of paths names: files as given, the checkable files under folders
//! (honouring .gitignore), redline.toml's `exclude` globs, and a note of what a folder held that
//! `check` does not read.

use std::path::{Path, PathBuf};

use crate::input::table::TableFormat;
use crate::input::{FileKind, InputProblem};
use crate::vocabulary::Severity;

/// `exclude` globs of redline.toml, matched (as .gitignore lines are) against paths relative to
/// the folder holding that file, whichever path was named on the command line.
#[derive(Clone)]
pub struct Exclude {
    globs: Option<std::sync::Arc<ignore::gitignore::Gitignore>>,
    root: PathBuf,
    /// Files never read as inputs (resolved): the baselines of this run.
    pub files: Vec<PathBuf>,
}

impl Exclude {
    /// The globs of a redline.toml found in folder `root`.
    pub fn new(globs: &[String], root: &Path) -> Exclude {
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

    /// Whether `path` is excluded.
    pub fn matches(&self, path: &Path, is_dir: bool) -> bool {
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
pub fn resolved(path: &Path) -> PathBuf {
    std::fs::canonicalize(path)
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_path_buf())
}

/// What one path given to `check` stands for, once [`collect_files`] has walked it.
pub enum Target {
    /// Standard input (`-`).
    Stdin,
    /// A file to check, and what kind it is.
    File(PathBuf, FileKind),
    /// A path that cannot be checked, and why.
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
pub fn collect_files(paths: &[PathBuf], excluded: &Exclude) -> Vec<Target> {
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
