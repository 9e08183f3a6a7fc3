//! Baselines: adopt redline on a project with findings already in it, and fail only on new ones.
//!
//! `--write-baseline FILE` records a fingerprint of every finding; `--baseline FILE` leaves out
//! findings whose fingerprint it holds (each recorded finding excuses one, so a second copy of
//! the same text is new). A fingerprint is taken from the rule, the file, the matched words and
//! the sentence around them, all with case and spacing folded, never from line numbers: a
//! finding stays known when text above it is added or removed, and becomes new when its own
//! sentence changes.

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

/// The recorded fingerprints, each with how many findings it still excuses.
#[derive(Debug, Default)]
pub struct Baseline {
    known: HashMap<String, usize>,
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

/// A finding's fingerprint within its report.
pub fn fingerprint(report: &FileReport, finding: &Finding) -> String {
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
    let file = report.path.trim_start_matches("./").replace('\\', "/");
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
            *known.entry(entry.fingerprint).or_default() += 1;
        }
        Ok(Baseline { known })
    }

    /// Leaves out of each report the findings the baseline holds, counting them.
    pub fn apply(&mut self, reports: &mut [FileReport]) {
        for report in reports {
            let findings = std::mem::take(&mut report.findings);
            for finding in findings {
                let print = fingerprint(report, &finding);
                match self.known.get_mut(&print) {
                    Some(left) if *left > 0 => {
                        *left -= 1;
                        report.baselined += 1;
                    }
                    _ => report.findings.push(finding),
                }
            }
        }
    }
}

/// Writes every finding of `reports` as a baseline, returning how many.
pub fn write(path: &Path, reports: &[FileReport]) -> Result<usize, String> {
    let findings: Vec<Entry> = reports
        .iter()
        .flat_map(|report| {
            report.findings.iter().map(move |f| Entry {
                fingerprint: fingerprint(report, f),
                rule: f.rule.clone(),
                file: report.path.clone(),
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
