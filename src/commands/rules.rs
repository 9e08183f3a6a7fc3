//! `redline rules`: the loaded rules, and with `--coverage` every article of each notice with the
//! rules that enforce it or the reason none can.

use std::io::Write;

use serde_json::json;

use crate::dsl::model::RuleSet;
use crate::provisions;

pub fn render_list(rules: &RuleSet, json_format: bool) -> String {
    if json_format {
        let list: Vec<_> = rules
            .rules()
            .map(|(n, r)| {
                json!({
                    "id": r.id, "notice": n.id, "article": r.article, "paragraph": r.paragraph,
                    "severity": r.severity, "subjects": r.subjects, "summary": r.summary,
                })
            })
            .collect();
        return serde_json::to_string_pretty(&list).expect("JSON values always serialize") + "\n";
    }
    let mut out = String::new();
    for notice in &rules.notices {
        out.push_str(&format!(
            "{} — {} ({} rules)\n",
            notice.cite,
            notice.title,
            notice.rules.len()
        ));
        for rule in &notice.rules {
            let subjects: Vec<&str> = rule.subjects.iter().map(|s| s.name()).collect();
            out.push_str(&format!(
                "  {:<34} {:<10} {:<8} {}\n",
                rule.id,
                rule.citation(),
                rule.severity.name(),
                subjects.join(", ")
            ));
        }
    }
    out
}

pub fn render_coverage(rules: &RuleSet, json_format: bool) -> String {
    let table = provisions::coverage(rules);
    if json_format {
        return serde_json::to_string_pretty(&table).expect("JSON values always serialize") + "\n";
    }
    provisions::markdown(&table)
}

pub fn run(rules: &RuleSet, json_format: bool, coverage: bool) -> u8 {
    let text = if coverage {
        render_coverage(rules, json_format)
    } else {
        render_list(rules, json_format)
    };
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    super::EXIT_CLEAN
}
