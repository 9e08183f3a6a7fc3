//! Product pages nobody here wrote the rules for: `tests/corpus/documents/` holds pages written
//! from the notice alone (see its README), each labelled with the articles a careful reviewer
//! cites against the page's own conduct. This test reports recall and precision per article and
//! fails when they fall below the figures the project has reached, or when more clean pages
//! (news, research, warnings, disclaimers, quotations, questions, look-alikes) draw an error.

mod labelled;

use std::collections::{BTreeMap, BTreeSet};

use labelled::Figures;
use std::path::Path;

/// Figures reached (documents read in context; publisher, jurisdiction, parent and where the
/// assets sit read from the page's own words; the governing article chosen): the test fails below
/// them. The corpus cites art. 8 beside art. 7 on internet ad pages, where redline cites the
/// governing art. 7 alone; art. 19 is still missed.
const MIN_RECALL: f64 = 0.65;
const MIN_PRECISION: f64 = 0.62;
const MIN_RECALL_ART_1: f64 = 0.75;
const MIN_RECALL_ART_2: f64 = 0.65;
const MIN_RECALL_ART_6: f64 = 0.85;
const MIN_RECALL_ART_9: f64 = 0.85;
const MIN_RECALL_ART_13: f64 = 0.60;
const MIN_RECALL_ART_14: f64 = 0.85;
const MIN_RECALL_ART_15: f64 = 0.60;
/// Clean pages that still draw an error: a news headline naming RWA with no reporting cue, a
/// forum question, a bank's notice closing USDT accounts, a licensed pilot whose approval is
/// stated only in its text (docs/rules.md says approvals come from front matter).
const MAX_CLEAN_WITH_ERRORS: usize = 4;

struct Page {
    cites: BTreeSet<u32>,
    genre: String,
}

/// Splits `---\ncites: [...]\ngenre: ...\n---\n` from the page.
fn labelled(text: &str) -> (Page, &str) {
    let rest = text.strip_prefix("---\n").expect("front matter");
    let end = rest.find("\n---\n").expect("front matter closes");
    let front = &rest[..end];
    let line = |key: &str| {
        front
            .lines()
            .find_map(|l| l.strip_prefix(key))
            .unwrap_or_else(|| panic!("`{key}` in the front matter"))
            .trim()
            .to_string()
    };
    let cites = line("cites:")
        .trim_matches(['[', ']'])
        .split(',')
        .filter_map(|n| n.trim().parse().ok())
        .collect();
    (
        Page {
            cites,
            genre: line("genre:"),
        },
        &rest[end + 5..],
    )
}

#[test]
fn product_pages_are_judged_as_a_reviewer_judges_them() {
    let figures = measure("tests/corpus/documents");
    assert!(figures.files >= 80, "{} pages", figures.files);
    assert!(figures.clean >= 30, "{} clean pages", figures.clean);
    let table = &figures.table;
    // Clean pages (news, research, warnings, disclaimers, quotations, questions, look-alikes)
    // draw no error, but for the few named at MAX_CLEAN_WITH_ERRORS.
    assert!(
        figures.clean_with_errors.len() <= MAX_CLEAN_WITH_ERRORS,
        "clean pages with errors: {:#?}\n{table}",
        figures.clean_with_errors
    );
    assert!(figures.recall >= MIN_RECALL, "recall\n{table}");
    assert!(figures.precision >= MIN_PRECISION, "precision\n{table}");
    assert!(figures.recall_of(1) >= MIN_RECALL_ART_1, "{table}");
    assert!(figures.recall_of(2) >= MIN_RECALL_ART_2, "{table}");
    assert!(figures.recall_of(6) >= MIN_RECALL_ART_6, "{table}");
    assert!(figures.recall_of(14) >= MIN_RECALL_ART_14, "{table}");
    assert!(figures.recall_of(9) >= MIN_RECALL_ART_9, "{table}");
    assert!(figures.recall_of(13) >= MIN_RECALL_ART_13, "{table}");
    assert!(figures.recall_of(15) >= MIN_RECALL_ART_15, "{table}");
}

/// Pages written after the cues were tuned, by a writer who saw neither the rules nor the main
/// corpus (tests/corpus/holdout/README.md): their figures are reported, and held from falling
/// below what they were when written (13 of 20 clean pages drew an error before documents were
/// read in context; 4 do now; recall 0.33 → 0.48, precision 0.21 → 0.40).
#[test]
fn hold_out_pages_keep_their_figures() {
    let figures = measure("tests/corpus/holdout");
    let table = &figures.table;
    assert!(
        figures.clean_with_errors.len() <= 4,
        "{:#?}\n{table}",
        figures.clean_with_errors
    );
    assert!(figures.recall >= 0.60, "recall\n{table}");
    assert!(figures.precision >= 0.43, "precision\n{table}");
}

/// Checks every page of a labelled corpus and compares what redline cites with the labels.
fn measure(folder: &str) -> Figures {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let work = tempfile::tempdir().unwrap();
    let mut pages = BTreeMap::new();
    for entry in std::fs::read_dir(&corpus).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !(name.ends_with(".md") || name.ends_with(".html")) || name == "README.md" {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let (page, body) = labelled(&text);
        // The labels are the reviewer's, not the page's: the page is checked without them.
        std::fs::write(work.path().join(&name), body).unwrap();
        pages.insert(name, page);
    }
    let report = labelled::check_folder(work.path());
    for finding in report["findings"].as_array().unwrap() {
        // A registered name or scope the page shows is read literally, as a filing is.
        assert!(
            finding["context"].is_string() || finding["field"] != "body",
            "every finding in a page's text says its context: {finding}"
        );
    }
    let labels = pages
        .into_iter()
        .map(|(name, page)| (name, (page.cites, page.genre)))
        .collect();
    labelled::score(folder, &labels, &report)
}
