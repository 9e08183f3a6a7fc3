//! Scoring a labelled corpus: what redline cites on each file against what a reviewer cites,
//! per article. Shared by the corpus tests of pages and of filings.

use std::collections::{BTreeMap, BTreeSet};

/// Articles whose rules warn (they ask for prudence rather than forbid): a reviewer's citation
/// of them is met by a warning.
pub const WARNING_ARTICLES: [u32; 2] = [15, 19];

/// File name → (articles the reviewer cites, the file's genre or category).
pub type Labels = BTreeMap<String, (BTreeSet<u32>, String)>;

/// The figures of one labelled corpus.
pub struct Figures {
    pub files: usize,
    pub clean: usize,
    pub recall: f64,
    pub precision: f64,
    pub per_article: BTreeMap<u32, (usize, usize, usize)>,
    /// Clean files (no article cited) that draw an error.
    pub clean_with_errors: Vec<String>,
    pub table: String,
}

impl Figures {
    #[allow(dead_code)]
    pub fn recall_of(&self, article: u32) -> f64 {
        let (t, _, m) = self.per_article.get(&article).copied().unwrap_or_default();
        ratio(t, m)
    }

    #[allow(dead_code)]
    pub fn precision_of(&self, article: u32) -> f64 {
        let (t, f, _) = self.per_article.get(&article).copied().unwrap_or_default();
        ratio(t, f)
    }
}

pub fn ratio(a: usize, b: usize) -> f64 {
    if a + b == 0 {
        1.0
    } else {
        a as f64 / (a + b) as f64
    }
}

/// The JSON report of `redline check` over every file of `dir`, as of the corpora's day; a file
/// redline cannot read fails the test.
pub fn check_folder(dir: &std::path::Path) -> serde_json::Value {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_redline"))
        .args(["check", ".", "--format", "json", "--today", "2026-11-23"])
        .current_dir(dir)
        .env("LC_ALL", "C")
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        report["summary"]["input_errors"], 0,
        "{}",
        report["problems"]
    );
    report
}

/// Compares the JSON report of `redline check` over a corpus folder with its labels, and prints
/// the per-article table.
pub fn score(folder: &str, labels: &Labels, report: &serde_json::Value) -> Figures {
    let mut cited: BTreeMap<String, BTreeSet<u32>> = BTreeMap::new();
    let mut erred: BTreeSet<String> = BTreeSet::new();
    for finding in report["findings"].as_array().unwrap() {
        let article = finding["article"].as_u64().unwrap() as u32;
        let error = finding["severity"] == "error";
        if !error && !WARNING_ARTICLES.contains(&article) {
            continue;
        }
        let path = finding["file"].as_str().unwrap();
        let file = path.rsplit('/').next().unwrap_or(path).to_string();
        if error {
            erred.insert(file.clone());
        }
        cited.entry(file).or_default().insert(article);
    }

    let mut per_article: BTreeMap<u32, (usize, usize, usize)> = BTreeMap::new();
    let mut clean_with_errors = Vec::new();
    for (name, (cites, genre)) in labels {
        let found = cited.get(name).cloned().unwrap_or_default();
        if cites.is_empty() && erred.contains(name) {
            clean_with_errors.push(format!("{name} ({genre}): {found:?}"));
        }
        for article in cites.union(&found) {
            let counts = per_article.entry(*article).or_default();
            match (found.contains(article), cites.contains(article)) {
                (true, true) => counts.0 += 1,
                (true, false) => counts.1 += 1,
                _ => counts.2 += 1,
            }
        }
    }
    let mut table = String::from("art. | found | wrong | missed | recall | precision\n");
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    for (article, (t, f, m)) in &per_article {
        table.push_str(&format!(
            "{article:>4} | {t:>5} | {f:>5} | {m:>6} | {:>6.2} | {:>9.2}\n",
            ratio(*t, *m),
            ratio(*t, *f)
        ));
        tp += t;
        fp += f;
        fn_ += m;
    }
    let recall = ratio(tp, fn_);
    let precision = ratio(tp, fp);
    table.push_str(&format!(
        " all | {tp:>5} | {fp:>5} | {fn_:>6} | {recall:>6.2} | {precision:>9.2}\n"
    ));
    let clean = labels.values().filter(|(c, _)| c.is_empty()).count();
    println!("{folder}: {} files, {clean} clean\n{table}", labels.len());
    println!("clean files with an error: {clean_with_errors:#?}");
    Figures {
        files: labels.len(),
        clean,
        recall,
        precision,
        per_article,
        clean_with_errors,
        table,
    }
}
