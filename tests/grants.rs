//! Grant kinds are vocabulary: rules may only name a declared kind, a kind has one meaning, a
//! filing may write a kind by any alias, and a kind no rule reads is said, never silently
//! taken for "no approval".

use std::process::Command;

fn file(grants: &str, unless: &str) -> String {
    format!(
        "notice n {{ title \"t\" cite \"c\" issued 2026-02-06 articles 1 }}\n\
         terms t {{ en \"abc\" }}\n{grants}\n\
         rule a {{ article 1 severity error on registration summary \"s\" zh \"s\" message \"m\" zh \"m\" \
         help \"h\" zh \"h\" when business_scope has t {unless} \
         example fail {{ business_scope: \"abc\" }} example pass {{ business_scope: \"x\" }} }}\n"
    )
}

fn codes(text: String) -> Vec<&'static str> {
    match redline::dsl::compile_source("t.rl", &text) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(|e| e.code).collect(),
    }
}

const GRANT: &str = "grant lic { about \"a licence\" zh \"许可\" aliases \"licence\" \"许可证\" }";

#[test]
fn rules_name_only_declared_grant_kinds() {
    assert!(codes(file(GRANT, "unless approval \"lic\"")).is_empty());
    assert!(
        codes(file(GRANT, "unless approval \"lics\"")).contains(&"redline::rules::unknown-grant")
    );
    assert!(codes(file("", "unless approval \"lic\"")).contains(&"redline::rules::unknown-grant"));
    // An alias is for filers: a rule names the kind itself.
    assert!(codes(file(GRANT, "unless approval \"licence\""))
        .contains(&"redline::rules::unknown-grant"));
}

#[test]
fn a_grant_kind_says_what_it_is_and_means_one_thing() {
    let other = "grant other { about \"another\" aliases \"Licence\" }";
    assert!(
        codes(file(&format!("{GRANT}\n{other}"), "")).contains(&"redline::rules::duplicate-grant")
    );
    assert!(codes(file("grant lic { aliases \"licence\" }", ""))
        .contains(&"redline::rules::missing-key"));
    assert!(
        codes(file("grant lic { about \"a\" alias \"licence\" }", ""))
            .contains(&"redline::rules::unknown-key")
    );
}

fn check(yaml: &str) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("filing.yaml");
    std::fs::write(&path, yaml).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_redline"))
        .args([
            "check",
            path.to_str().unwrap(),
            "--format",
            "json",
            "--today",
            "2026-11-23",
        ])
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

fn rules_of(report: &serde_json::Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == "error")
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect()
}

const ISSUER: &str = "name: Nebula Chain Foundation Ltd.\njurisdiction: overseas\n\
    parent: { name: 杭州星云科技有限公司, jurisdiction: domestic }\n\
    business_scope: 在新加坡发行平台代币\n";

#[test]
fn a_filing_writes_a_kind_by_any_alias() {
    for kind in [
        "vc-issuance",
        "issuance",
        "Token Issuance",
        "发行批准",
        "代币发行批准",
    ] {
        let report = check(&format!(
            "{ISSUER}approvals: [{{ kind: \"{kind}\", expires: 2030-01-01 }}]\n"
        ));
        assert!(
            !rules_of(&report).contains(&"vc-issuance-abroad".to_string()),
            "`{kind}` is the issuance approval: {report:#}"
        );
        assert!(
            report["problems"].as_array().unwrap().is_empty(),
            "{kind}: {report:#}"
        );
    }
}

#[test]
fn an_unknown_kind_is_a_warning_with_the_closest_kind_and_no_exception() {
    let report = check(&format!(
        "{ISSUER}approvals: [{{ kind: isuance-approvl, id: X-1 }}]\n"
    ));
    assert!(rules_of(&report).contains(&"vc-issuance-abroad".to_string()));
    let problems = report["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 1, "{report:#}");
    assert_eq!(problems[0]["code"], "redline::input::unknown-grant");
    assert_eq!(problems[0]["severity"], "warning");
    assert!(problems[0]["help"]
        .as_str()
        .unwrap()
        .contains("vc-issuance"));
}

#[test]
fn each_exception_says_which_condition_failed() {
    let exceptions = |yaml: &str| -> Vec<String> {
        check(yaml)["findings"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|f| f["exceptions"].as_array().cloned().unwrap_or_default())
            .map(|e| e.as_str().unwrap_or_default().to_string())
            .collect()
    };
    let rwa = "name: 苏州联链数字科技有限公司\nbusiness_scope: 商铺租金收益权通证化发行\n";
    let missing = exceptions(rwa);
    assert!(
        missing.iter().any(|e| e.contains("no approval \"rwa\"")),
        "{missing:?}"
    );
    let other = exceptions(&format!(
        "{rwa}approvals: [{{ kind: RWA批准, expires: 2030-01-01 }}]\ninfrastructure: other\n"
    ));
    assert!(
        other
            .iter()
            .any(|e| e.contains("infrastructure is `other`")),
        "{other:?}"
    );
    let expired = exceptions(&format!(
        "{rwa}approvals: [{{ kind: rwa, id: R-1, expires: 2026-06-30 }}]\ninfrastructure: designated\n"
    ));
    assert!(
        expired.iter().any(|e| e.contains("expired on 2026-06-30")),
        "{expired:?}"
    );
    let consent_only = exceptions(
        "name: Harbourlight Assets Limited\njurisdiction: overseas\nunderlying: domestic\n\
         business_scope: Tokenisation of rental income of shopping malls in Chengdu\n\
         consents: [{ kind: cross-border-rwa, expires: 2029-12-31 }]\n",
    );
    assert!(
        consent_only
            .iter()
            .any(|e| e.contains("no filing \"rwa-overseas\"")),
        "{consent_only:?}"
    );
    assert!(
        !consent_only.iter().any(|e| e.contains("consent")),
        "{consent_only:?}"
    );
}

#[test]
fn an_example_can_say_which_condition_failed_and_redline_test_holds_it() {
    let rules = |says: &str| {
        format!(
            "notice n {{ title \"t\" cite \"c\" issued 2026-02-06 articles 1 }}\n\
             terms t {{ en \"abc\" }}\n{GRANT}\n\
             rule a {{ article 1 severity error on registration summary \"s\" zh \"s\" message \"m\" zh \"m\" \
             help \"h\" zh \"h\" when business_scope has t unless approval \"lic\" \
             example fail {{ business_scope: \"abc\", approvals: [{{ kind: \"许可证\", expires: 2025-01-31 }}] }} says \"{says}\" \
             example pass {{ business_scope: \"abc\", approvals: [{{ kind: licence }}] }} }}\n"
        )
    };
    let test = |text: String| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.rl");
        std::fs::write(&path, text).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_redline"))
            .args(["test", "--rules", path.to_str().unwrap()])
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned()
                + &String::from_utf8_lossy(&out.stdout),
        )
    };
    let (code, _) = test(rules("approval \\\"lic\\\" expired on 2025-01-31"));
    assert_eq!(code, Some(0));
    let (code, out) = test(rules("no approval"));
    assert_ne!(code, Some(0), "{out}");
    assert!(out.contains("no finding says “no approval”"), "{out}");
}
