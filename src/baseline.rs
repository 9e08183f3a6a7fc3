//! Baselines: adopt redline on a project with findings already in it, and fail only on new ones.
//!
//! `--write-baseline FILE` records a fingerprint of every finding; `--baseline FILE` leaves out
//! findings whose fingerprint it holds (each recorded finding excuses one, so a second copy of
//! the same text is new). A fingerprint is taken from the rule, the file, the matched words and
//! the sentence around them, all with case and spacing folded, never from line numbers: a
//! finding stays known when text above it is added or removed, and becomes new when its own
//! sentence changes. Files are named relative to the baseline's own folder, so the same project
//! checked from another folder, or by absolute paths, meets the same fingerprints.

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::eval::finding::Finding;
use crate::report::FileReport;

const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct File {
    redline_baseline: u32,
    findings: Vec<Entry>,
}

/// One recorded finding; all but the fingerprint are for the reader of the file.
#[derive(Serialize, Deserialize)]
struct Entry {
    fingerprint: String,
    rule: String,
    file: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    matched: Option<String>,
}

/// The recorded fingerprints, each with how many findings it still excuses and its file.
#[derive(Debug, Default)]
pub struct Baseline {
    known: HashMap<String, (usize, String)>,
    /// The folder the baseline's file names are relative to.
    base: std::path::PathBuf,
}

/// Characters that end the sentence a finding's fingerprint covers.
fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';' | '\n' | '\r')
}

/// Case and spacing folded away: reflowed or re-indented text keeps its fingerprint.
fn folded(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A report's file as the baseline names it: relative to the baseline's folder when it lies
/// under it, else absolute; a name that is no file (standard input) as written.
fn file_key(path: &str, base: &Path) -> String {
    let resolved = std::fs::canonicalize(path);
    let key = match (&resolved, std::fs::canonicalize(base)) {
        (Ok(file), Ok(base)) => file
            .strip_prefix(&base)
            .map(Path::to_path_buf)
            .unwrap_or_else(|_| file.clone()),
        (Ok(file), Err(_)) => file.clone(),
        _ => Path::new(path.trim_start_matches("./")).to_path_buf(),
    };
    key.to_string_lossy().replace('\\', "/")
}

/// The folder a baseline file's paths are relative to.
fn folder_of(baseline: &Path) -> &Path {
    match baseline.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// A finding's fingerprint within its report; `base` is the baseline's folder.
pub fn fingerprint(report: &FileReport, finding: &Finding, base: &Path) -> String {
    let source = &report.source;
    let sentence = finding.span.as_ref().map_or("", |span| {
        let start = source[..span.start].rfind(ends_sentence).map_or(0, |at| {
            at + source[at..].chars().next().map_or(1, char::len_utf8)
        });
        let end = source[span.end..]
            .find(ends_sentence)
            .map_or(source.len(), |at| span.end + at);
        &source[start..end]
    });
    let file = file_key(&report.path, base);
    let mut hash = Sha256::new();
    for part in [
        finding.rule.as_str(),
        &file,
        &folded(finding.matched.as_deref().unwrap_or("")),
        &folded(sentence),
    ] {
        hash.update(part.as_bytes());
        hash.update([0]);
    }
    hash.finalize()
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl Baseline {
    /// Reads a baseline that `--write-baseline` wrote; a file of another version is refused.
    pub fn read(path: &Path) -> Result<Baseline, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read the baseline {}: {e}", path.display()))?;
        let file: File = serde_json::from_str(&text).map_err(|e| {
            format!(
                "{} is not a redline baseline ({e}); write one with --write-baseline",
                path.display()
            )
        })?;
        if file.redline_baseline != VERSION {
            return Err(format!(
                "{} is a version {} baseline; this redline reads version {VERSION}",
                path.display(),
                file.redline_baseline
            ));
        }
        let mut known = HashMap::new();
        for entry in file.findings {
            known.entry(entry.fingerprint).or_insert((0, entry.file)).0 += 1;
        }
        Ok(Baseline {
            known,
            base: folder_of(path).to_path_buf(),
        })
    }

    /// Leaves out of each report the findings the baseline holds, counting them; returns how
    /// many recorded findings of the files checked were not met again (fixed, or their text
    /// changed). Files not checked this time are not judged.
    pub fn apply(&mut self, reports: &mut [FileReport]) -> usize {
        let mut checked = std::collections::HashSet::new();
        for report in reports {
            checked.insert(file_key(&report.path, &self.base));
            let findings = std::mem::take(&mut report.findings);
            for finding in findings {
                let print = fingerprint(report, &finding, &self.base);
                match self.known.get_mut(&print) {
                    Some((left, _)) if *left > 0 => {
                        *left -= 1;
                        report.baselined += 1;
                    }
                    _ => report.findings.push(finding),
                }
            }
        }
        self.known
            .values()
            .filter(|(_, file)| checked.contains(file))
            .map(|(left, _)| left)
            .sum()
    }
}

/// Writes every finding of `reports` as a baseline, returning how many.
pub fn write(path: &Path, reports: &[FileReport]) -> Result<usize, String> {
    let base = folder_of(path);
    let findings: Vec<Entry> = reports
        .iter()
        .flat_map(|report| {
            report.findings.iter().map(move |f| Entry {
                fingerprint: fingerprint(report, f, base),
                rule: f.rule.clone(),
                file: file_key(&report.path, base),
                matched: f.matched.clone(),
            })
        })
        .collect();
    let count = findings.len();
    let text = serde_json::to_string_pretty(&File {
        redline_baseline: VERSION,
        findings,
    })
    .expect("a baseline always serializes");
    std::fs::write(path, text + "\n")
        .map_err(|e| format!("cannot write the baseline {}: {e}", path.display()))?;
    Ok(count)
}
