//! Inputs that once took time growing with the square of their size, or crashed the human report,
//! generated at full size and run through the binary: each must finish well inside a generous
//! bound with the findings expected. (Growth itself is measured by `benches/growth.sh`.)

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Far above what each input takes in a debug build on a 2-core machine; before the fix each of
/// them took from 8 s to minutes.
const BOUND: Duration = Duration::from_secs(5);

fn run(args: &[&str], file: &Path) -> Output {
    let started = Instant::now();
    let output = Command::new(env!("CARGO_BIN_EXE_redline"))
        .env("LC_ALL", "C")
        .env("COLUMNS", "100")
        .args(args)
        .arg(file)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs");
    let took = started.elapsed();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(took < BOUND, "{} took {took:?}", file.display());
    output
}

fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).expect("the report is JSON")
}

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn a_name_of_100k_repeated_phrases_is_linear_and_capped() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "name.yaml",
        &format!("name: {}\n", "比特币".repeat(100_000)),
    );
    let report = json(&run(&["check", "--format", "json"], &file));
    let findings = report["findings"].as_array().unwrap();
    let banned: Vec<_> = findings
        .iter()
        .filter(|f| f["rule"] == "name-banned-term")
        .collect();
    assert_eq!(
        banned.len(),
        100,
        "one rule reports at most 100 places in a field"
    );
    assert_eq!(banned.last().unwrap()["omitted"], 99_900);
}

#[test]
fn a_page_repeating_an_offer_on_10k_lines_is_linear() {
    let dir = tempfile::tempdir().unwrap();
    let line = "本平台提供比特币与人民币兑换服务，立即注册即可交易。\n";
    let file = write(dir.path(), "page.md", &line.repeat(10_000));
    let output = run(&["check", "--format", "json"], &file);
    assert_eq!(output.status.code(), Some(1));
    assert!(!json(&output)["findings"].as_array().unwrap().is_empty());
    // The human report of the same page, with its excerpts, is linear too.
    let human = run(&["check"], &file);
    assert!(String::from_utf8_lossy(&human.stdout).contains("more places of this rule"));
}

#[test]
fn a_scope_of_100k_items_and_100k_unknown_keys_are_linear() {
    let dir = tempfile::tempdir().unwrap();
    let items: String = (0..100_000).map(|i| format!("  - 软件开发{i}\n")).collect();
    let scope = write(
        dir.path(),
        "scope.yaml",
        &format!("name: 某某科技有限公司\nbusiness_scope:\n{items}  - 虚拟货币兑换\n"),
    );
    let report = json(&run(&["check", "--format", "json"], &scope));
    assert!(report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["matched"] == "虚拟货币"));
    let keys: String = (0..100_000).map(|i| format!("k{i}: v\n")).collect();
    let unknown = write(
        dir.path(),
        "keys.yaml",
        &format!("name: 稳定币科技有限公司\n{keys}"),
    );
    let output = run(&["check", "--format", "json"], &unknown);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn a_page_of_200k_script_blocks_is_linear() {
    let dir = tempfile::tempdir().unwrap();
    let html = format!(
        "<p>本平台提供稳定币兑换</p>{}",
        "<script>var a = '<p>RWA</p>';</script>".repeat(200_000)
    );
    let file = write(dir.path(), "page.html", &html);
    let report = json(&run(&["check", "--format", "json"], &file));
    let matched: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["matched"].as_str())
        .collect();
    assert!(
        matched.contains(&"稳定币") && !matched.contains(&"RWA"),
        "{matched:?}"
    );
}

#[test]
fn a_finding_far_into_one_long_line_renders() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!(
        "{}本平台提供比特币兑换服务。{}\n",
        "说明".repeat(60_000),
        "其他".repeat(100)
    );
    let file = write(dir.path(), "long.txt", &text);
    let output = run(&["check"], &file);
    assert_eq!(output.status.code(), Some(1));
    let shown = String::from_utf8_lossy(&output.stdout);
    assert!(shown.contains("long.txt:1:120006"), "{shown}");
    assert!(
        shown.lines().all(|l| l.chars().count() < 400),
        "excerpts are windows"
    );
}

#[test]
fn a_csv_with_cr_only_line_ends_reads_every_row() {
    let dir = tempfile::tempdir().unwrap();
    let mut csv = String::from("企业名称,经营范围\r");
    for i in 0..100_000 {
        let scope = if i % 1000 == 0 {
            "虚拟货币兑换"
        } else {
            "软件开发"
        };
        csv.push_str(&format!("某某{i}科技有限公司,{scope}\r"));
    }
    let file = write(dir.path(), "mac.csv", &csv);
    let summary = dir.path().join("summary.json");
    let output = run(
        &[
            "audit",
            "-o",
            dir.path().join("out.jsonl").to_str().unwrap(),
            "--summary",
            summary.to_str().unwrap(),
        ],
        &file,
    );
    assert_eq!(output.status.code(), Some(1));
    let summary: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(summary).unwrap()).unwrap();
    assert_eq!(summary["rows_read"], 100_000);
    assert_eq!(summary["rows_flagged"], 100);
}
