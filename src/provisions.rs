//! Coverage of each notice: every article with the rules that enforce it, or the reason no rule
//! can. `docs/provisions.md` is this table, kept in sync by a test.

use serde::Serialize;

use crate::dsl::model::{ProvisionKind, RuleSet};
use crate::lang::{self, Lang};

/// One row of the coverage table: an article and what covers it.
#[derive(Debug, Serialize)]
pub struct ArticleRow {
    /// The id of the notice.
    pub notice: String,
    /// The article, as the notice numbers it.
    pub article: u32,
    /// The ids of the rules that enforce it, in file order.
    pub rules: Vec<String>,
    /// `enforced`, or the provision kind: `authorities`, `consequence`, `definition`.
    pub status: String,
    /// What covers it, in the run's language: the articles and paragraphs its rules cite, then each
    /// provision's kind and summary.
    pub note: String,
}

/// Every article of every loaded notice, its notes written in `lang`.
pub fn coverage(rules: &RuleSet, lang: Lang) -> Vec<ArticleRow> {
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
                .map(|p| {
                    let kind = kind_label(p.kind, lang);
                    let summary = p.summary.get(lang);
                    match p.paragraph {
                        Some(par) => match lang {
                            Lang::En => format!("¶{par} ({kind}): {summary}"),
                            Lang::Zh => format!("第{}款（{kind}）：{summary}", lang::numeral(par)),
                        },
                        None => format!("{kind}{}{summary}", lang.pick(": ", "：")),
                    }
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
                let mut paragraphs: Vec<String> =
                    enforcing.iter().map(|r| r.article_label(lang)).collect();
                paragraphs.dedup();
                notes.insert(0, paragraphs.join(lang.pick(", ", "、")));
            }
            rows.push(ArticleRow {
                notice: notice.id.clone(),
                article,
                rules: enforcing.iter().map(|r| r.id.clone()).collect(),
                status,
                note: notes.join(lang.pick("; ", "；")),
            });
        }
    }
    rows
}

/// Why no rule checks an article, in words.
pub fn kind_label(kind: ProvisionKind, lang: Lang) -> &'static str {
    match kind {
        ProvisionKind::Authorities => lang.pick("authorities", "职责条款"),
        ProvisionKind::Consequence => lang.pick("consequence", "法律后果"),
        ProvisionKind::Definition => lang.pick("definition", "定义"),
    }
}

/// A row's status in words.
pub fn status_label(status: &str, lang: Lang) -> &str {
    match (status, lang) {
        ("enforced", Lang::Zh) => "已检查",
        ("authorities", Lang::Zh) => "约束主管部门",
        ("consequence", Lang::Zh) => "法律后果",
        ("definition", Lang::Zh) => "定义",
        ("uncovered", Lang::Zh) => "未覆盖",
        (other, _) => other,
    }
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
