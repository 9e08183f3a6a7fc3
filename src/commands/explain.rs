//! `redline explain RULE`: a rule in fixed sections, like a linter's rule page.

use crate::dsl::error::did_you_mean;
use crate::dsl::model::{Rule, RuleSet};
use crate::eval::record::Record;

fn example_text(record: &Record) -> String {
    let mut lines = Vec::new();
    for text in &record.texts {
        lines.push(format!("    {}: {}", text.name, text.value));
    }
    for fact in &record.facts {
        lines.push(format!("    {}: {}", fact.name, fact.value));
    }
    for grant in &record.grants {
        let expiry = grant
            .expires
            .map(|d| format!(" (expires {d})"))
            .unwrap_or_default();
        lines.push(format!(
            "    {}: {}{expiry}",
            grant.kind.field(),
            grant.name
        ));
    }
    lines.join("\n")
}

pub fn render(rules: &RuleSet, id: &str) -> Result<String, String> {
    let Some((notice, rule)) = rules.find_rule(id) else {
        let ids: Vec<&str> = rules.rules().map(|(_, r)| r.id.as_str()).collect();
        return Err(match did_you_mean(id, ids.iter().copied()) {
            Some(best) => {
                format!("no rule `{id}`; did you mean `{best}`? (`redline rules` lists them all)")
            }
            None => format!("no rule `{id}`; `redline rules` lists them all"),
        });
    };
    Ok(page(notice, rule))
}

fn page(notice: &crate::dsl::model::Notice, rule: &Rule) -> String {
    let subjects: Vec<&str> = rule.subjects.iter().map(|s| s.name()).collect();
    let mut out = format!(
        "{} ({} {}, {})\n\n",
        rule.id,
        notice.cite,
        rule.citation(),
        rule.severity.name()
    );
    out.push_str(&format!(
        "## What it checks\n{}\nApplies to: {}.\n\n",
        rule.summary,
        subjects.join(", ")
    ));
    out.push_str(&format!(
        "## What it reports\n{}\n\n## What to do\n{}\n",
        rule.message, rule.help
    ));
    for (title, fail) in [
        ("## Example that fails", true),
        ("## Compliant example", false),
    ] {
        let examples: Vec<_> = rule
            .examples
            .iter()
            .filter(|e| e.expect_finding == fail)
            .collect();
        if let Some(first) = examples.first() {
            out.push_str(&format!(
                "\n{title} ({} in the rule file)\n{}\n",
                examples.len(),
                example_text(&first.record)
            ));
        }
    }
    out.push_str(&format!(
        "\n## Reference\n{} — {}, issued {}; {}.\n",
        notice.cite,
        notice.title,
        notice.issued.as_deref().unwrap_or("?"),
        rule.citation()
    ));
    out
}
