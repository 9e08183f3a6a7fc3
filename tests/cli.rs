//! The `redline` binary as a user runs it: output snapshots and exit codes.

use std::path::Path;
use std::process::Command;

/// Findings judge approvals against this day, so snapshots do not age.
const TODAY: &str = "2026-11-23";

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn redline(args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_redline"))
        .env("LC_ALL", "C")
        .env("COLUMNS", "100")
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .output()
        .expect("the redline binary runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn files_in(dir: &str) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files: Vec<String> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| format!("{dir}/{}", e.unwrap().file_name().to_string_lossy()))
        .collect();
    files.sort();
    files
}

fn snapshot_name(path: &str) -> String {
    path.replace(['/', '.'], "_")
}

#[test]
fn every_example_file_has_human_and_json_snapshots() {
    for dir in ["examples/registrations", "examples/documents"] {
        for file in files_in(dir) {
            let human = redline(&["check", &file, "--today", TODAY]);
            assert!(human.stderr.is_empty(), "{file}: {}", human.stderr);
            insta::assert_snapshot!(
                format!("human_{}", snapshot_name(&file)),
                format!("exit {}\n{}", human.code, human.stdout)
            );
            let json = redline(&["check", &file, "--today", TODAY, "--format", "json"]);
            let value: serde_json::Value =
                serde_json::from_str(&json.stdout).expect("--format json prints JSON");
            assert_eq!(
                json.code, human.code,
                "{file}: formats disagree on the exit code"
            );
            insta::assert_json_snapshot!(format!("json_{}", snapshot_name(&file)), value);
        }
    }
}

#[test]
fn the_readme_command_finds_errors_and_exits_1() {
    let run = redline(&["check", "examples/registrations/", "--today", TODAY]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("name-banned-term"));
    assert!(run.stdout.contains("稳定币"));
}

#[test]
fn a_clean_filing_exits_0() {
    let run = redline(&[
        "check",
        "examples/registrations/01-clean-software-company.yaml",
    ]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(run.stdout.contains("no findings in 1 file (1 record)"));
}

#[test]
fn json_findings_carry_the_documented_fields() {
    let run = redline(&[
        "check",
        "examples/registrations/05-evasive-spellings.yaml",
        "--format",
        "json",
        "--today",
        TODAY,
    ]);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let source = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples/registrations/05-evasive-spellings.yaml"),
    )
    .unwrap();
    let findings = value["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    for finding in findings {
        for key in [
            "rule",
            "notice",
            "article",
            "paragraph",
            "severity",
            "file",
            "record",
            "field",
            "line",
            "column",
            "start",
            "end",
            "matched",
            "term",
            "message",
            "help",
        ] {
            assert!(finding.get(key).is_some(), "missing {key} in {finding}");
        }
        let (start, end) = (
            finding["start"].as_u64().unwrap() as usize,
            finding["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            &source[start..end],
            finding["matched"].as_str().unwrap(),
            "start/end are the matched bytes"
        );
    }
    assert!(value["summary"]["errors"].as_u64().unwrap() > 0);
}

#[test]
fn sarif_and_github_formats_render() {
    let sarif = redline(&[
        "check",
        "examples/registrations/02-stablecoin-name.yaml",
        "--format",
        "sarif",
        "--today",
        TODAY,
    ]);
    let value: serde_json::Value = serde_json::from_str(&sarif.stdout).unwrap();
    assert_eq!(value["version"], "2.1.0");
    assert_eq!(value["runs"][0]["results"].as_array().unwrap().len(), 2);
    insta::assert_snapshot!(
        "github_stablecoin_name",
        redline(&[
            "check",
            "examples/registrations/02-stablecoin-name.yaml",
            "--format",
            "github",
            "--today",
            TODAY
        ])
        .stdout
    );
}

#[test]
fn every_rule_file_error_is_a_diagnostic_with_exit_2() {
    for file in files_in("tests/fixtures/bad-rules") {
        let run = redline(&["rules", "--rules", &file]);
        assert_eq!(run.code, 2, "{file}: {}{}", run.stdout, run.stderr);
        assert!(
            run.stderr.contains("redline::rules::"),
            "{file}: no stable code in {}",
            run.stderr
        );
        assert!(!run.stderr.contains("panicked"), "{file}");
        insta::assert_snapshot!(format!("rule_error_{}", snapshot_name(&file)), run.stderr);
    }
}

#[test]
fn a_failing_example_fails_redline_test_and_blocks_check() {
    let file = "tests/fixtures/bad-rules/failing-example.rl";
    let check = redline(&[
        "check",
        "examples/registrations/02-stablecoin-name.yaml",
        "--rules",
        file,
    ]);
    assert_eq!(check.code, 2);
    assert!(check.stderr.contains("redline::rules::example-failed"));
    let test = redline(&["test", "--rules", file]);
    assert_eq!(
        test.code, 1,
        "`redline test` reports failing examples with exit 1"
    );
    assert!(test.stdout.contains("rule `r`: example 1 should fail"));
    assert!(test.stdout.contains("1 passed, 1 failed"));
}

#[test]
fn bad_inputs_are_diagnostics_not_panics() {
    for file in files_in("tests/fixtures/bad-inputs") {
        let run = redline(&["check", &file, "--today", TODAY]);
        assert!(!run.stderr.contains("panicked"), "{file}");
        assert!(run.stdout.contains("redline::"), "{file}: {}", run.stdout);
        insta::assert_snapshot!(
            format!("input_{}", snapshot_name(&file)),
            format!("exit {}\n{}", run.code, run.stdout)
        );
    }
}

#[test]
fn unusable_inputs_exit_2() {
    assert_eq!(
        redline(&["check", "tests/fixtures/bad-inputs/broken.yaml"]).code,
        2
    );
    assert_eq!(
        redline(&["check", "tests/fixtures/bad-inputs/broken.json"]).code,
        2
    );
    assert_eq!(redline(&["check", "no/such/file.yaml"]).code, 2);
    assert_eq!(redline(&["check", "Cargo.toml"]).code, 2);
}

#[test]
fn a_suppression_needs_a_reason() {
    let run = redline(&[
        "check",
        "tests/fixtures/bad-inputs/suppressions.yaml",
        "--format",
        "json",
    ]);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let fields: Vec<&str> = value["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        fields,
        vec!["name"],
        "the reasoned suppression silences name_en only"
    );
    assert_eq!(value["problems"][0]["code"], "redline::suppress::no-reason");
}

#[test]
fn wrong_flags_are_usage_errors_with_exit_2() {
    let run = redline(&["check", "--formt", "json", "examples/"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.starts_with("error[redline::cli::usage]"),
        "{}",
        run.stderr
    );
    let run = redline(&["check", "examples/", "--today", "yesterday"]);
    assert_eq!(run.code, 2);
    insta::assert_snapshot!("usage_bad_date", run.stderr);
}

#[test]
fn explain_has_fixed_sections() {
    let run = redline(&["explain", "scope-banned-term"]);
    assert_eq!(run.code, 0);
    for section in [
        "## What it checks",
        "## What it reports",
        "## What to do",
        "## Example that fails",
        "## Compliant example",
        "## Reference",
    ] {
        assert!(run.stdout.contains(section), "{section}");
    }
    insta::assert_snapshot!("explain_scope_banned_term", run.stdout);
    let typo = redline(&["explain", "scope-baned-term"]);
    assert_eq!(typo.code, 2);
    assert!(typo.stderr.contains("did you mean `scope-banned-term`"));
}

#[test]
fn rules_lists_every_rule() {
    let run = redline(&["rules", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let rules = value.as_array().unwrap();
    assert!(rules.len() >= 15);
    for rule in rules {
        assert!(rule["article"].as_u64().unwrap() >= 1);
        assert_eq!(rule["notice"], "yinfa-2026-42");
    }
    insta::assert_snapshot!("rules_list", redline(&["rules"]).stdout);
}

#[test]
fn redline_test_passes_on_the_shipped_rules() {
    let run = redline(&["test", "--today", TODAY]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(run.stdout.contains(" 0 failed"));
}

#[test]
fn coverage_matches_docs_provisions() {
    let run = redline(&["rules", "--coverage", "--format", "markdown"]);
    assert_eq!(run.code, 0);
    for article in 1..=19 {
        assert!(
            run.stdout
                .contains(&format!("| yinfa-2026-42 | {article} |")),
            "article {article} missing"
        );
    }
    assert!(!run.stdout.contains("uncovered"));
    let docs =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/provisions.md"))
            .unwrap();
    assert!(
        docs.contains(&run.stdout),
        "docs/provisions.md is out of date: paste `redline rules --coverage --format markdown` into it"
    );
}

#[test]
fn redline_toml_sets_defaults_and_disables_rules_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let filing = "name: 深圳市稳定币科技有限公司\nbusiness_scope: 数字资产管理咨询\n";
    std::fs::create_dir(dir.path().join("filings")).unwrap();
    std::fs::create_dir(dir.path().join("filings/vendor")).unwrap();
    std::fs::write(dir.path().join("filings/a.yaml"), filing).unwrap();
    std::fs::write(dir.path().join("filings/vendor/b.yaml"), filing).unwrap();
    std::fs::write(
        dir.path().join("redline.toml"),
        "format = \"json\"\nexclude = [\"filings/vendor/**\"]\n[disable]\nregistration-suspicious-term = \"the registry desk reviews these by hand\"\n",
    )
    .unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_redline"))
            .env("LC_ALL", "C")
            .env("COLUMNS", "100")
            .args(args)
            .current_dir(dir.path())
            .output()
            .expect("the redline binary runs")
    };
    let output = run(&["check", "filings"]);
    let value: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("redline.toml's format is json");
    let rules: Vec<&str> = value["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(
        rules,
        vec!["name-banned-term"],
        "the suspicious-term rule is disabled and vendor/ is excluded"
    );
    assert_eq!(value["summary"]["files"], 1);
    // The command line still wins.
    assert!(
        String::from_utf8_lossy(&run(&["check", "filings", "--format", "human"]).stdout)
            .contains("name-banned-term ·")
    );

    std::fs::write(
        dir.path().join("redline.toml"),
        "[disable]\nvc-minning = \"typo\"\n",
    )
    .unwrap();
    let output = run(&["check", "filings"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("did you mean `vc-mining`?"));
    std::fs::write(dir.path().join("redline.toml"), "formt = \"json\"\n").unwrap();
    let output = run(&["check", "filings"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("redline::config::invalid"));
}

#[test]
fn a_folder_with_nothing_to_check_says_what_it_skipped_and_exits_2() {
    let run = redline(&["check", "examples/entities", "--today", TODAY]);
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(
        run.stdout.contains("redline::input::skipped"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("redline audit"), "{}", run.stdout);
    assert!(
        run.stdout.contains("redline::input::nothing-checked"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_filing_in_chinese_keys_and_values_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("filing.yaml");
    std::fs::write(
        &path,
        "企业名称: 深圳市比特币科技有限公司\n企业类型: 个体工商户\n注册地: 境内\n经营范围: 软件开发\n",
    )
    .unwrap();
    let run = redline(&[
        "check",
        "--format",
        "json",
        path.to_str().unwrap(),
        "--today",
        TODAY,
    ]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert!(
        report["problems"].as_array().unwrap().is_empty(),
        "{}",
        run.stdout
    );
    assert_eq!(report["findings"][0]["matched"], "比特币");
}

#[test]
fn a_filing_with_nothing_to_check_is_not_a_clean_pass() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("filing.yaml");
    std::fs::write(&path, "id: 91440300MA5GAAAA1K\nentity_type: enterprise\n").unwrap();
    let run = redline(&["check", path.to_str().unwrap(), "--today", TODAY]);
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(
        run.stdout.contains("redline::input::no-text"),
        "{}",
        run.stdout
    );
}

#[test]
fn standard_input_is_checked_under_its_given_name_or_its_own_kind() {
    use std::io::Write as _;
    let run = |args: &[&str], input: &str| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_redline"))
            .env("LC_ALL", "C")
            .env("COLUMNS", "100")
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("NO_COLOR", "1")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        let output = child.wait_with_output().unwrap();
        let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        (output.status.code(), report)
    };
    for path in files_in("examples/registrations")
        .into_iter()
        .chain(files_in("examples/documents"))
    {
        let text =
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(&path)).unwrap();
        let file = redline(&["check", "--format", "json", &path, "--today", TODAY]);
        let (code, piped) = run(&["check", "--format", "json", "-", "--today", TODAY], &text);
        let direct: serde_json::Value = serde_json::from_str(&file.stdout).unwrap();
        assert_eq!(code, Some(file.code), "{path}");
        assert_eq!(
            piped["summary"], direct["summary"],
            "{path} read from standard input"
        );
    }
    let (code, report) = run(
        &[
            "check",
            "--format",
            "json",
            "--stdin-filename",
            "landing.md",
            "-",
        ],
        "本平台提供比特币兑换服务。\n",
    );
    assert_eq!(code, Some(1));
    assert_eq!(report["findings"][0]["file"], "landing.md");
}

#[test]
fn fail_on_chooses_which_findings_fail_the_run() {
    let errors = "examples/registrations/02-stablecoin-name.yaml";
    assert_eq!(redline(&["check", errors, "--today", TODAY]).code, 1);
    assert_eq!(
        redline(&["check", "--fail-on", "never", errors, "--today", TODAY]).code,
        0
    );
    assert_eq!(
        redline(&["check", "--fail-on", "warning", errors, "--today", TODAY]).code,
        1
    );
    let unreadable = "tests/fixtures/bad-inputs/not-utf8.yaml";
    assert_eq!(
        redline(&["check", "--fail-on", "never", unreadable, "--today", TODAY]).code,
        2
    );
}

#[test]
fn audit_csv_opens_in_excel_and_cannot_inject_formulas() {
    let run = redline(&[
        "audit",
        "--format",
        "csv",
        "tests/bad-input/csv/formula-injection.csv",
        "--today",
        TODAY,
    ]);
    assert!(
        run.stdout.starts_with("\u{FEFF}file,row,id,"),
        "a UTF-8 byte-order mark first"
    );
    assert!(run.stdout.contains(",'=cmd|"), "{}", run.stdout);
    assert!(!run.stdout.contains(",=cmd"), "{}", run.stdout);
}
