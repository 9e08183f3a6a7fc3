//! Documents read as a reviewer reads them: only what the page itself offers is a finding;
//! negations, warnings, reports, quotations and questions are set aside and shown with their cue.

use std::path::Path;
use std::process::{Command, Output};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn redline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_redline"))
        .args(args)
        .current_dir(root())
        .env("LC_ALL", "C")
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .output()
        .expect("the redline binary runs")
}

fn json(args: &[&str]) -> serde_json::Value {
    let mut all = args.to_vec();
    all.extend(["--format", "json", "--today", "2026-11-23"]);
    serde_json::from_slice(&redline(&all).stdout).expect("JSON")
}

/// The rule of each finding in a JSON report, in order.
fn rules_of(report: &serde_json::Value) -> Vec<&str> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect()
}

fn contexts(list: &serde_json::Value) -> Vec<(String, String)> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["context"].as_str().unwrap_or("").to_string(),
                f["cue"]["text"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

#[test]
fn the_notice_itself_breaches_nothing() {
    let notice = root().join("../shared/notice/yinfa-2026-42.en.txt");
    let run = redline(&["check", notice.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&run.stdout);
    assert_eq!(run.status.code(), Some(0), "{text}");
    assert!(text.contains("no findings"), "{text}");
}

#[test]
fn negated_reported_quoted_asked_and_warned_mentions_are_set_aside_with_their_cues() {
    let file = "tests/fixtures/documents/contexts.md";
    let run = redline(&["check", file, "--show-set-aside", "--today", "2026-11-23"]);
    assert_eq!(run.status.code(), Some(0));
    insta::assert_snapshot!("contexts_set_aside", String::from_utf8_lossy(&run.stdout));
    let value = json(&["check", file]);
    assert!(value["findings"].as_array().unwrap().is_empty());
    let seen: Vec<String> = contexts(&value["set_aside"])
        .into_iter()
        .map(|(context, _)| context)
        .collect();
    for wanted in ["negated", "reported", "quoted", "asked", "warned"] {
        assert!(seen.iter().any(|c| c == wanted), "{wanted} in {seen:?}");
    }
}

#[test]
fn an_offer_is_found_across_a_wrapped_line_and_its_cue_explained() {
    let file = "tests/fixtures/documents/offer-and-warning.md";
    let value = json(&["check", file]);
    let findings = value["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    // 人民币 and 兑换 sit on two lines of one paragraph: one sentence, as it renders.
    assert!(findings.iter().any(|f| f["related"]["matched"] == "兑换"));
    assert!(contexts(&value["findings"])
        .iter()
        .all(|(context, _)| context == "offered"));
    // The link's URL (`/btc/usdt`) is not text; the warning in the blockquote is set aside.
    assert!(findings.iter().all(|f| f["line"] != 6), "{findings:?}");
    assert!(contexts(&value["set_aside"])
        .iter()
        .any(|(context, cue)| context == "warned" && cue == "请勿"));
}

#[test]
fn a_banks_own_disclaimers_and_warnings_are_no_findings() {
    let value = json(&["check", "tests/fixtures/documents/officer.md"]);
    assert_eq!(value["summary"]["errors"], 0, "{value}");
    assert!(value["summary"]["set_aside"].as_u64().unwrap() > 0);
}

#[test]
fn in_a_scope_an_exclusion_counts_except_for_article_8() {
    let dir = tempfile::tempdir().unwrap();
    let filing = dir.path().join("pay.yaml");
    std::fs::write(
        &filing,
        "企业名称: 某某支付有限公司\n企业类型: 支付机构\n经营范围:\n  - 银行卡收单（不含虚拟货币相关业务）\n  - 互联网支付\n",
    )
    .unwrap();
    let value = json(&["check", filing.to_str().unwrap()]);
    assert_eq!(
        rules_of(&value),
        vec!["scope-banned-term"],
        "the banned word stays an art. 8 error; the excluded business is no art. 6 finding"
    );
}

/// A bank's account for a coin dealer is art. 6: the art. 1 finding on the same mention is set
/// aside in its favour and says which rule governs; the registered name the page shows is read
/// by art. 8's name rule, and its words offer nothing.
#[test]
fn the_governing_article_supersedes_the_general_one_on_the_same_mention() {
    let report = json(&["check", "tests/fixtures/governing/bank-dealer-accounts.md"]);
    let rules = rules_of(&report);
    assert!(rules.contains(&"fi-vc-services"), "{rules:?}");
    assert!(rules.contains(&"name-banned-term"), "{rules:?}");
    assert!(!rules.contains(&"vc-business"), "{rules:?}");
    assert!(!rules.contains(&"vc-as-money"), "{rules:?}");
    let superseded: Vec<&str> = report["set_aside"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["superseded_by"].as_str())
        .collect();
    assert!(
        superseded.contains(&"fi-vc-services"),
        "{}",
        report["set_aside"]
    );
}

/// `supersedes` names rules of the same file, never the rule itself, never in a cycle.
#[test]
fn supersedes_is_checked_when_the_rules_load() {
    let rule = |id: &str, supersedes: &str| {
        format!(
            "rule {id} {{ article 1 severity error on document {supersedes} summary \"s\" zh \"s\" message \"m\" zh \"m\" help \"h\" zh \"h\" when text has t example fail {{ body: \"abc\" }} example pass {{ body: \"x\" }} }}\n"
        )
    };
    let file = |rules: &str| {
        format!("notice n {{ title \"t\" cite \"c\" issued 2026-02-06 articles 1 }}\nterms t {{ en \"abc\" }}\n{rules}")
    };
    let codes = |text: String| -> Vec<&'static str> {
        match redline::dsl::compile_source("t.rl", &text) {
            Ok(_) => Vec::new(),
            Err(errors) => errors.iter().map(|e| e.code).collect(),
        }
    };
    assert!(codes(file(&(rule("a", "supersedes b") + &rule("b", "")))).is_empty());
    assert!(codes(file(&rule("a", "supersedes bb"))).contains(&"redline::rules::unknown-rule"));
    assert!(codes(file(&rule("a", "supersedes a"))).contains(&"redline::rules::bad-supersedes"));
    assert!(codes(file(
        &(rule("a", "supersedes b") + &rule("b", "supersedes a"))
    ))
    .contains(&"redline::rules::bad-supersedes"));
}
