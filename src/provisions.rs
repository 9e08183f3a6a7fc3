//! Coverage of each notice: every article with the rules that enforce it, or the reason no rule
//! can. `docs/provisions.md` is this table, kept in sync by a test.

use serde::Serialize;

use crate::dsl::model::RuleSet;

#[derive(Debug, Serialize)]
pub struct ArticleRow {
    pub notice: String,
    pub article: u32,
    pub rules: Vec<String>,
    /// `enforced`, or the provision kind: `authorities`, `consequence`, `definition`.
    pub status: String,
    pub note: String,
}

pub fn coverage(rules: &RuleSet) -> Vec<ArticleRow> {
    let mut rows = Vec::new();
    for notice in &rules.notices {
        for article in 1..=notice.articles {
            let enforcing: Vec<&crate::dsl::model::Rule> = notice
                .rules
                .iter()
                .filter(|r| r.article == article)
                .collect();
            let provisions: Vec<_> = notice
                .provisions
                .iter()
                .filter(|p| p.article == article)
                .collect();
            let mut notes: Vec<String> = provisions
                .iter()
                .map(|p| match p.paragraph {
                    Some(par) => format!("¶{par} ({}): {}", p.kind.name(), p.summary),
                    None => format!("{}: {}", p.kind.name(), p.summary),
                })
                .collect();
            let status = if !enforcing.is_empty() {
                "enforced".to_string()
            } else {
                provisions
                    .first()
                    .map_or("uncovered".to_string(), |p| p.kind.name().to_string())
            };
            if !enforcing.is_empty() {
                let mut paragraphs: Vec<String> = enforcing.iter().map(|r| r.citation()).collect();
                paragraphs.dedup();
                notes.insert(0, paragraphs.join(", "));
            }
            rows.push(ArticleRow {
                notice: notice.id.clone(),
                article,
                rules: enforcing.iter().map(|r| r.id.clone()).collect(),
                status,
                note: notes.join("; "),
            });
        }
    }
    rows
}

/// The coverage table as the Markdown of `docs/provisions.md`.
pub fn markdown(rows: &[ArticleRow]) -> String {
    let mut out =
        String::from("| notice | art. | status | rules | notes |\n|---|---|---|---|---|\n");
    for row in rows {
        let rules = if row.rules.is_empty() {
            "—".to_string()
        } else {
            row.rules
                .iter()
                .map(|r| format!("`{r}`"))
                .collect::<Vec<_>>()
                .join("<br>")
        };
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            row.notice,
            row.article,
            row.status,
            rules,
            row.note.replace('|', "\\|")
        ));
    }
    out
}
