//! What a compliance officer and a CI owner meet first: Chinese output, the formats and habits of
//! linters in CI (JUnit, SARIF, GitHub summaries, baselines, suppressions, excludes), and human
//! output that reads well. Each test runs the binary as a user would.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const TODAY: &str = "2026-11-23";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs redline in `dir` with an English locale, no colour and 100 columns, unless `env` says
/// otherwise.
fn redline_in(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_redline"));
    command
        .args(args)
        .current_dir(dir)
        .env("LC_ALL", "C")
        .env_remove("LANG")
        .env_remove("LC_MESSAGES")
        .env_remove("GITHUB_STEP_SUMMARY")
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100");
    for (key, value) in env {
        command.env(key, value);
    }
    command.output().expect("the redline binary runs")
}

fn redline(args: &[&str]) -> Output {
    redline_in(root(), args, &[])
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn examples() -> Vec<String> {
    let mut files = Vec::new();
    for dir in ["examples/registrations", "examples/documents"] {
        for entry in std::fs::read_dir(root().join(dir)).unwrap() {
            files.push(format!(
                "{dir}/{}",
                entry.unwrap().file_name().to_string_lossy()
            ));
        }
    }
    files.sort();
    files
}

// ─── Chinese output ─────────────────────────────────────────────────────────────────────────

#[test]
fn every_example_reads_in_chinese() {
    for file in examples() {
        let run = redline(&["--lang", "zh", "check", &file, "--today", TODAY]);
        assert!(run.stderr.is_empty(), "{file}: {}", stderr(&run));
        let text = stdout(&run);
        insta::assert_snapshot!(
            format!("zh_{}", file.replace(['/', '.'], "_")),
            format!("exit {}\n{text}", run.status.code().unwrap())
        );
        if run.status.code() == Some(1) {
            assert!(text.contains("银发〔2026〕42号 第"), "{file}: {text}");
        }
    }
}

#[test]
fn the_language_comes_from_the_flag_then_redline_toml_then_the_locale() {
    let file = "examples/registrations/02-stablecoin-name.yaml";
    let chinese = |out: &Output| stdout(out).contains("银发〔2026〕42号 第八条");
    let by_locale = redline_in(root(), &["check", file], &[("LC_ALL", "zh_CN.UTF-8")]);
    assert!(chinese(&by_locale), "{}", stdout(&by_locale));
    let by_lang = redline_in(
        root(),
        &["check", file],
        &[("LANG", "zh_TW.UTF-8"), ("LC_ALL", "")],
    );
    assert!(chinese(&by_lang), "an empty LC_ALL falls through to LANG");
    let flag_wins = redline_in(
        root(),
        &["--lang", "en", "check", file],
        &[("LC_ALL", "zh_CN.UTF-8")],
    );
    assert!(stdout(&flag_wins).contains("the name contains the banned term"));

    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("redline.toml"), "lang = \"zh\"\n").unwrap();
    std::fs::copy(root().join(file), dir.path().join("f.yaml")).unwrap();
    let by_config = redline_in(dir.path(), &["check", "f.yaml"], &[]);
    assert!(chinese(&by_config), "{}", stdout(&by_config));
    let flag_over_config = redline_in(dir.path(), &["--lang", "en", "check", "f.yaml"], &[]);
    assert!(!chinese(&flag_over_config));
}

#[test]
fn json_carries_the_citation_in_the_chosen_language() {
    let run = redline(&[
        "--lang",
        "zh",
        "check",
        "examples/registrations/03-traditional-crypto-scope.yaml",
        "--format",
        "json",
        "--today",
        TODAY,
    ]);
    let value: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    let finding = &value["findings"][0];
    assert!(finding["citation"]
        .as_str()
        .unwrap()
        .starts_with("银发〔2026〕42号 第八条"));
    assert!(finding["message"].as_str().unwrap().contains("经营范围"));
    assert_eq!(
        finding["article"], 8,
        "the numbers stay numbers for programs"
    );
}

#[test]
fn explain_and_coverage_speak_chinese() {
    let explain = redline(&["--lang", "zh", "explain", "vc-mining"]);
    insta::assert_snapshot!("zh_explain_vc_mining", stdout(&explain));
    let coverage = redline(&["--lang", "zh", "rules", "--coverage"]);
    let text = stdout(&coverage);
    assert!(
        text.contains("约束主管部门") && text.contains("第九条"),
        "{text}"
    );
    assert!(
        !text.contains("|---|"),
        "a terminal table, not raw Markdown"
    );
}

#[test]
fn audit_summarises_in_chinese() {
    let run = redline(&[
        "--lang",
        "zh",
        "audit",
        "examples/entities/registry-export-utf8.csv",
        "--today",
        TODAY,
    ]);
    let err = stderr(&run);
    assert!(err.contains("每一行均已计入"), "{err}");
    assert!(stdout(&run).contains("名称中含有"), "{}", stdout(&run));
}

#[test]
fn redline_test_renders_every_rule_in_both_languages() {
    let run = redline(&["test", "--today", TODAY]);
    assert_eq!(run.status.code(), Some(0), "{}", stdout(&run));
    assert!(!stdout(&run).contains("untranslated"));

    // An English-only rule still runs, and `redline test` says what is missing; a placeholder
    // the finding cannot fill fails the example.
    let dir = tempfile::tempdir().unwrap();
    let rules = r#"
notice n { title "T" cite "C" issued 2026-02-06 articles 1 }
terms t { en "bitcoin" }
rule r {
  article 1
  severity error
  on document
  summary "S"
  message "found {match} near {near_match}" zh "发现“{match}”"
  help "H"
  when text has t
  example fail { body: "bitcoin" }
  example pass { body: "nothing" }
}
"#;
    std::fs::write(dir.path().join("r.rl"), rules).unwrap();
    let run = redline_in(dir.path(), &["test", "--rules", "r.rl"], &[]);
    let text = stdout(&run);
    assert_eq!(run.status.code(), Some(1), "{text}");
    assert!(text.contains("{near_match}"), "{text}");
    assert!(
        text.contains("redline::rules::untranslated") && text.contains("summary, help"),
        "{text}"
    );
}

// ─── CI formats ─────────────────────────────────────────────────────────────────────────────

#[test]
fn junit_has_a_case_per_file_and_a_failure_per_error() {
    let run = redline(&[
        "check",
        "examples/registrations/",
        "--format",
        "junit",
        "--today",
        TODAY,
    ]);
    assert_eq!(run.status.code(), Some(1));
    let xml = stdout(&run);
    insta::assert_snapshot!("junit_registrations", xml);
    let cases = xml.matches("<testcase ").count();
    assert_eq!(cases, 10, "one test case per file");
    let json = redline(&[
        "check",
        "examples/registrations/",
        "--format",
        "json",
        "--today",
        TODAY,
    ]);
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(
        xml.matches("<failure ").count() as u64,
        value["summary"]["errors"].as_u64().unwrap(),
        "one failure per error finding"
    );
}

#[test]
fn github_format_writes_the_step_summary() {
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join("summary.md");
    std::fs::write(&summary, "earlier step\n").unwrap();
    let run = redline_in(
        root(),
        &[
            "check",
            "examples/registrations/02-stablecoin-name.yaml",
            "--format",
            "github",
            "--today",
            TODAY,
        ],
        &[("GITHUB_STEP_SUMMARY", summary.to_str().unwrap())],
    );
    assert_eq!(run.status.code(), Some(1));
    let markdown = std::fs::read_to_string(&summary).unwrap();
    assert!(
        markdown.starts_with("earlier step\n"),
        "appended, not overwritten"
    );
    insta::assert_snapshot!("github_step_summary", markdown);
}

/// The SARIF 2.1.0 schema, as shipped in the serde-sarif crate (a dev-dependency).
fn sarif_schema() -> serde_json::Value {
    let metadata = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1"])
        .current_dir(root())
        .output()
        .expect("cargo metadata runs");
    let metadata: serde_json::Value = serde_json::from_slice(&metadata.stdout).unwrap();
    let manifest = metadata["packages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "serde-sarif")
        .expect("serde-sarif is a dev-dependency")["manifest_path"]
        .as_str()
        .unwrap()
        .to_string();
    let schema = PathBuf::from(manifest).with_file_name("src/schema.json");
    serde_json::from_str(&std::fs::read_to_string(schema).unwrap()).unwrap()
}

fn assert_valid_sarif(validator: &jsonschema::Validator, text: &str, what: &str) {
    let value: serde_json::Value = serde_json::from_str(text).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what}: {}", errors.join("\n"));
    let _: serde_sarif::sarif::Sarif =
        serde_json::from_value(value).unwrap_or_else(|e| panic!("{what}: {e}"));
}

#[test]
fn sarif_validates_with_suppressions_and_non_ascii_file_names() {
    // The published schema's pattern for `language` has a stray `]` that the validator refuses
    // as a regex; redline writes no `language`, so the intended pattern stands in.
    let mut schema = sarif_schema();
    fn mend(value: &mut serde_json::Value) {
        match value {
            serde_json::Value::Object(map) => {
                if map.get("pattern").and_then(|p| p.as_str())
                    == Some("^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$")
                {
                    map.insert("pattern".into(), "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$".into());
                }
                map.values_mut().for_each(mend);
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(mend),
            _ => {}
        }
    }
    mend(&mut schema);
    let validator = jsonschema::validator_for(&schema).unwrap();
    for path in ["examples/registrations/", "examples/documents/"] {
        let run = redline(&["check", path, "--format", "sarif", "--today", TODAY]);
        assert_valid_sarif(&validator, &stdout(&run), path);
    }

    let dir = tempfile::tempdir().unwrap();
    let name = "备案 #1.yaml";
    std::fs::write(
        dir.path().join(name),
        "# redline-ignore scope-banned-term：已获核准，文号 2026-001\nbusiness_scope: 虚拟货币钱包开发\nname: 深圳市比特币科技有限公司\n",
    )
    .unwrap();
    let run = redline_in(dir.path(), &["check", name, "--format", "sarif"], &[]);
    let text = stdout(&run);
    assert_valid_sarif(&validator, &text, name);
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let run0 = &value["runs"][0];
    assert_eq!(run0["columnKind"], "unicodeCodePoints");
    let results = run0["results"].as_array().unwrap();
    let location = &results[0]["locations"][0]["physicalLocation"]["artifactLocation"];
    assert_eq!(
        location["uri"], "%E5%A4%87%E6%A1%88%20%231.yaml",
        "space and # are escaped"
    );
    assert_eq!(location["uriBaseId"], "SRCROOT");
    assert!(run0["originalUriBaseIds"]["SRCROOT"]["uri"]
        .as_str()
        .unwrap()
        .starts_with("file:///"));
    // Rules are described by their summaries, not by one finding's text.
    let rules = run0["tool"]["driver"]["rules"].as_array().unwrap();
    let banned = rules
        .iter()
        .find(|r| r["id"] == "name-banned-term")
        .unwrap();
    assert!(banned["fullDescription"]["text"]
        .as_str()
        .unwrap()
        .contains("registered name"));
    assert!(!banned["help"]["text"].as_str().unwrap().contains("比特币"));
    let suppressed: Vec<&serde_json::Value> = results
        .iter()
        .filter(|r| r.get("suppressions").is_some())
        .collect();
    assert_eq!(suppressed.len(), 1, "{text}");
    assert_eq!(suppressed[0]["ruleId"], "scope-banned-term");
    assert_eq!(
        suppressed[0]["suppressions"][0]["justification"],
        "已获核准，文号 2026-001"
    );
}

// ─── Baselines ──────────────────────────────────────────────────────────────────────────────

#[test]
fn a_baseline_keeps_old_findings_quiet_when_text_moves_and_reports_new_ones() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.md");
    std::fs::write(&page, "# 产品\n\n本平台提供比特币与人民币兑换服务。\n").unwrap();
    let check = |extra: &[&str]| {
        let mut args = vec!["check", "page.md", "--format", "json"];
        args.extend_from_slice(extra);
        let run = redline_in(dir.path(), &args, &[]);
        let value: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
        (run.status.code().unwrap(), value)
    };
    let (code, before) = check(&[]);
    assert_eq!(code, 1);
    let found = before["summary"]["errors"].as_u64().unwrap();
    assert!(found > 0);

    let (code, _) = check(&["--write-baseline", "baseline.json"]);
    assert_eq!(code, 0, "writing a baseline records, it does not fail");
    let (code, after) = check(&["--baseline", "baseline.json"]);
    assert_eq!(code, 0);
    assert_eq!(after["summary"]["baselined"], found);

    // Lines added above and the text re-indented: the same findings.
    std::fs::write(
        &page,
        "# 产品\n\n新的介绍段落。\n\n另一段。\n\n  本平台提供比特币与人民币兑换服务。\n",
    )
    .unwrap();
    let (code, moved) = check(&["--baseline", "baseline.json"]);
    assert_eq!(code, 0, "{moved}");

    // A new sentence with the same words is a new finding.
    std::fs::write(
        &page,
        "# 产品\n\n本平台提供比特币与人民币兑换服务。\n\n会员另可享受泰达币场外兑换服务。\n",
    )
    .unwrap();
    let (code, new) = check(&["--baseline", "baseline.json"]);
    assert_eq!(code, 1);
    assert_eq!(new["summary"]["baselined"], found);
    assert!(new["findings"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["line"] == 5));
}

#[test]
fn a_baseline_holds_wherever_the_project_is_checked_from() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("docs")).unwrap();
    std::fs::write(
        dir.path().join("docs/page.md"),
        "本平台提供比特币与人民币兑换服务。\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("docs/other.md"), "会员可用泰达币支付。\n").unwrap();
    let write = redline_in(
        dir.path(),
        &["check", "docs", "--write-baseline", "b.json"],
        &[],
    );
    assert_eq!(write.status.code(), Some(0), "{}", stderr(&write));
    let baseline = dir.path().join("b.json");
    let baseline = baseline.to_str().unwrap();
    let page = dir.path().join("docs/page.md");
    for (cwd, path, with) in [
        (dir.path().to_path_buf(), "./docs/page.md", "b.json"),
        (dir.path().join("docs"), "page.md", "../b.json"),
        (PathBuf::from("/"), page.to_str().unwrap(), baseline),
    ] {
        let run = redline_in(&cwd, &["check", path, "--baseline", with], &[]);
        assert_eq!(
            run.status.code(),
            Some(0),
            "{path} from {cwd:?}: {}",
            stdout(&run)
        );
        assert!(
            stderr(&run).is_empty(),
            "other.md was not checked, so not stale: {}",
            stderr(&run)
        );
    }
    // The baseline itself lies in the checked folder and is not read as a filing.
    let whole = redline_in(dir.path(), &["check", ".", "--baseline", "b.json"], &[]);
    assert_eq!(whole.status.code(), Some(0), "{}", stdout(&whole));

    // A finding fixed since: the baseline is said to be stale.
    std::fs::write(dir.path().join("docs/other.md"), "会员可用人民币支付。\n").unwrap();
    let fixed = redline_in(dir.path(), &["check", "docs", "--baseline", "b.json"], &[]);
    assert_eq!(fixed.status.code(), Some(0));
    assert!(
        stderr(&fixed).contains("redline::baseline::stale"),
        "{}",
        stderr(&fixed)
    );
}

#[test]
fn empty_standard_input_is_not_a_clean_result() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_redline"))
        .args(["check", "-"])
        .env("LC_ALL", "C")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdin.take());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stdout(&output).contains("redline::input::empty"));
}

#[test]
fn a_broken_baseline_is_an_error_not_a_clean_run() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("b.json"), "{\"findings\": 3}").unwrap();
    std::fs::write(dir.path().join("f.yaml"), "name: 比特币有限公司\n").unwrap();
    let run = redline_in(
        dir.path(),
        &["check", "f.yaml", "--baseline", "b.json"],
        &[],
    );
    assert_eq!(run.status.code(), Some(2));
    assert!(stderr(&run).contains("redline::baseline::unreadable"));
}

// ─── Suppressions and disabled rules ────────────────────────────────────────────────────────

#[test]
fn suppressions_are_counted_with_their_reasons_and_mistakes_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("f.yaml"),
        "# redline-ignore name-banned-term: 名称已获核准\nname: 深圳市比特币科技有限公司\n\
         # redline-ignore scope-banned-terms: typo in the id\nbusiness_scope: 软件开发\n\
         # redline-ignore vc-business: nothing here to silence\nentity_type: enterprise\n",
    )
    .unwrap();
    let run = redline_in(dir.path(), &["check", "f.yaml", "--format", "json"], &[]);
    let value: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(value["summary"]["suppressed"], 1);
    assert_eq!(
        value["summary"]["suppressions"][0]["reason"],
        "名称已获核准"
    );
    assert_eq!(value["suppressed"][0]["rule"], "name-banned-term");
    let codes: Vec<&str> = value["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        codes,
        vec![
            "redline::suppress::unknown-rule",
            "redline::suppress::unused"
        ]
    );
    assert!(value["problems"][0]["message"]
        .as_str()
        .unwrap()
        .contains("did you mean `scope-banned-term`"));

    let human = redline_in(dir.path(), &["check", "f.yaml"], &[]);
    let text = stdout(&human);
    assert!(
        text.contains("1 suppressed") && text.contains("name-banned-term: 名称已获核准"),
        "{text}"
    );
}

#[test]
fn a_suppression_after_content_covers_its_own_line_only() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("f.yaml"),
        "business_scope: 软件开发  # redline-ignore name-banned-term: 仅限本行\nname: 深圳市比特币科技有限公司\n",
    )
    .unwrap();
    let run = redline_in(dir.path(), &["check", "f.yaml", "--format", "json"], &[]);
    let value: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(value["summary"]["suppressed"], 0);
    assert_eq!(value["findings"][0]["rule"], "name-banned-term");
}

#[test]
fn disabled_rules_are_marked_in_rules_explain_and_summaries() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("redline.toml"),
        "[disable]\nregistration-suspicious-term = \"the registry desk reviews these by hand\"\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("f.yaml"), "name: 数字资产管理有限公司\n").unwrap();
    let rules = stdout(&redline_in(dir.path(), &["rules", "--format", "json"], &[]));
    let list: serde_json::Value = serde_json::from_str(&rules).unwrap();
    let rule = list
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "registration-suspicious-term")
        .unwrap();
    assert_eq!(rule["disabled"], "the registry desk reviews these by hand");
    let table = stdout(&redline_in(dir.path(), &["rules"], &[]));
    let row = table
        .lines()
        .find(|l| l.contains("registration-suspicious-term"))
        .unwrap();
    assert!(row.contains("disabled:"), "{table}");
    let explain = stdout(&redline_in(
        dir.path(),
        &["explain", "registration-suspicious-term"],
        &[],
    ));
    assert!(explain.contains("Disabled by redline.toml: the registry desk"));
    let check = stdout(&redline_in(dir.path(), &["check", "f.yaml"], &[]));
    assert!(
        check.contains("disabled by redline.toml: registration-suspicious-term"),
        "{check}"
    );
}

// ─── Exclude ────────────────────────────────────────────────────────────────────────────────

#[test]
fn exclude_globs_are_relative_to_the_redline_toml_that_declares_them() {
    let dir = tempfile::tempdir().unwrap();
    let filing = "name: 深圳市稳定币科技有限公司\n";
    for sub in ["filings", "filings/vendor", "filings/own"] {
        std::fs::create_dir_all(dir.path().join(sub)).unwrap();
    }
    std::fs::write(dir.path().join("filings/vendor/v.yaml"), filing).unwrap();
    std::fs::write(dir.path().join("filings/own/o.yaml"), filing).unwrap();
    std::fs::write(
        dir.path().join("redline.toml"),
        "exclude = [\"filings/vendor/\"]\n",
    )
    .unwrap();
    let files = |cwd: &Path, path: &str| {
        let run = redline_in(cwd, &["check", path, "--format", "json"], &[]);
        let value: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
        value["summary"]["files"].as_u64().unwrap()
    };
    // The same project checked from its root, from inside it, and by absolute path.
    assert_eq!(files(dir.path(), "filings"), 1);
    assert_eq!(files(dir.path(), "."), 1);
    assert_eq!(files(&dir.path().join("filings"), "."), 1);
    assert_eq!(files(&dir.path().join("filings/vendor"), ".."), 1);
    let absolute = dir.path().join("filings");
    assert_eq!(
        files(Path::new("/"), absolute.to_str().unwrap()),
        2,
        "from outside the project no redline.toml applies"
    );
    let run = redline_in(
        Path::new("/"),
        &[
            "--config",
            dir.path().join("redline.toml").to_str().unwrap(),
            "check",
            absolute.to_str().unwrap(),
            "--format",
            "json",
        ],
        &[],
    );
    let value: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(
        value["summary"]["files"], 1,
        "named with --config it applies"
    );
}

// ─── Human output ───────────────────────────────────────────────────────────────────────────

#[test]
fn human_output_names_files_orders_findings_and_counts_in_words() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.yaml"),
        "name: 深圳市比特币科技有限公司\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("notes.csv"), "name\n比特币\n").unwrap();
    let run = redline_in(dir.path(), &["check", "."], &[]);
    let text = stdout(&run);
    assert!(text.contains("1 error in 1 file (1 record)"), "{text}");
    assert!(
        text.contains("./: not checked: 1 entity list(s) (./notes.csv)")
            || text.contains(".: not checked"),
        "a problem with no place names its file: {text}"
    );

    // Findings come in the order of the file, one blank line apart.
    let page = "比特币支付首单立减。\n\n本平台提供泰达币与人民币兑换。\n";
    std::fs::write(dir.path().join("p.md"), page).unwrap();
    let text = stdout(&redline_in(dir.path(), &["check", "p.md"], &[]));
    let lines: Vec<usize> = text
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("╭─[p.md:"))
        .map(|rest| rest.split(':').next().unwrap().parse().unwrap())
        .collect();
    let mut sorted = lines.clone();
    sorted.sort();
    assert_eq!(lines, sorted, "{text}");
    assert!(text.contains("\n\n"), "{text}");
}

#[test]
fn human_output_wraps_to_the_terminal() {
    let file = "examples/registrations/04-rwa-platform-en.yaml";
    let narrow = redline_in(
        root(),
        &["check", file, "--today", TODAY],
        &[("COLUMNS", "60")],
    );
    let widest = stdout(&narrow)
        .lines()
        .map(|l| l.chars().count())
        .max()
        .unwrap();
    assert!(widest <= 60 + 20, "lines stay near 60 columns: {widest}");
    let wide = redline_in(
        root(),
        &["check", file, "--today", TODAY],
        &[("COLUMNS", "160")],
    );
    assert!(stdout(&wide).lines().count() < stdout(&narrow).lines().count());
}

#[test]
fn serde_option_names_never_reach_a_user() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [
        ("a.yaml", "name: [1, 2\n"),
        ("b.yaml", "approvals: 3\nname: 公司\n"),
        ("c.json", "{\"name\": {\"x\": 1}}"),
        ("d.yaml", "name: 公司\nentity_type: [bank]\n"),
    ] {
        std::fs::write(dir.path().join(name), text).unwrap();
        let run = redline_in(dir.path(), &["check", name], &[]);
        let text = stdout(&run) + &stderr(&run);
        for internal in [
            "serde",
            "deny_unknown_fields",
            "expected struct",
            "variant",
            "Option<",
        ] {
            assert!(!text.contains(internal), "{name}: `{internal}` in\n{text}");
        }
    }
}

// ─── CI integration files ───────────────────────────────────────────────────────────────────

/// A YAML file of the repository as JSON values.
fn yaml(path: &str) -> serde_json::Value {
    let text = std::fs::read_to_string(root().join(path)).unwrap();
    serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_pre_commit_hooks_run_redline_check_on_the_files_they_select() {
    let hooks = yaml(".pre-commit-hooks.yaml");
    let hooks = hooks.as_array().unwrap();
    assert_eq!(hooks.len(), 2);
    for (hook, example) in hooks.iter().zip([
        "examples/registrations/02-stablecoin-name.yaml",
        "examples/documents/exchange-landing.html",
    ]) {
        let files = regex::Regex::new(hook["files"].as_str().unwrap()).unwrap();
        assert!(files.is_match(example), "{hook}");
        let entry: Vec<&str> = hook["entry"].as_str().unwrap().split(' ').collect();
        assert_eq!(entry[0], "redline");
        let mut args = entry[1..].to_vec();
        args.push(example);
        let run = redline(&args);
        assert_eq!(run.status.code(), Some(1), "{}", stdout(&run));
    }
}

#[test]
fn the_example_workflow_runs_valid_commands() {
    let workflow = yaml("examples/ci/redline.yml");
    let steps = workflow["jobs"]["redline"]["steps"].as_array().unwrap();
    let commands: Vec<&str> = steps
        .iter()
        .filter_map(|s| s["run"].as_str())
        .filter(|run| run.starts_with("redline "))
        .collect();
    assert_eq!(commands.len(), 2);
    for command in commands {
        // The workflow's folders stand for a project's; the examples stand in for them here.
        let line = command
            .replace(
                "filings/ site/",
                "examples/registrations/ examples/documents/",
            )
            .replace("${{ steps.baseline.outputs.args }}", "");
        let line = line.split(" > ").next().unwrap();
        let args: Vec<&str> = line.split_whitespace().skip(1).collect();
        let run = redline(&args);
        let code = run.status.code().unwrap();
        assert!(code <= 1, "{line}: exit {code}\n{}", stderr(&run));
        if line.contains("--fail-on never") {
            assert_eq!(code, 0, "{line}");
        }
    }
    assert!(workflow["permissions"]["security-events"] == "write");
}
