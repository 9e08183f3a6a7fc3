//! `redline rules`: the loaded rules, and with `--coverage` every article of each notice with the
//! rules that enforce it or the reason none can. Rules switched off in redline.toml are listed as
//! such, with the reason given there.

use std::collections::BTreeMap;

use comfy_table::{presets::UTF8_FULL_CONDENSED, ColumnConstraint, ContentArrangement, Table};

use crate::dsl::model::RuleSet;
use crate::lang::Lang;
use crate::provisions;
use crate::report::human::terminal_width;

/// How `redline rules` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ListFormat {
    /// A table for the terminal.
    Text,
    /// JSON for programs.
    Json,
    /// A Markdown table, as in docs/provisions.md.
    Markdown,
}

/// What to show and how.
pub struct ListOptions<'a> {
    pub format: ListFormat,
    pub lang: Lang,
    /// Rule id → why redline.toml switches it off.
    pub disabled: &'a BTreeMap<String, String>,
}

fn table(headers: &[&str]) -> Table {
    let mut table = Table::new();
    table
        .load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(terminal_width() as u16)
        .set_header(headers.iter().copied());
    // Ids and article numbers are read whole; the prose columns wrap.
    if let Some(first) = table.column_mut(0) {
        first.set_constraint(ColumnConstraint::ContentWidth);
    }
    table
}

pub fn render_list(rules: &RuleSet, options: &ListOptions) -> String {
    let lang = options.lang;
    let off = |id: &str| options.disabled.get(id);
    if options.format == ListFormat::Json {
        let list = crate::explain::listing(rules, lang, options.disabled);
        return serde_json::to_string_pretty(&list).expect("JSON values always serialize") + "\n";
    }
    let mut out = String::new();
    for notice in &rules.notices {
        let count = notice.rules.len();
        out.push_str(&match lang {
            Lang::En => format!(
                "{} — {} ({count} rule{})\n",
                notice.cite.get(lang),
                notice.title.get(lang),
                if count == 1 { "" } else { "s" }
            ),
            Lang::Zh => format!(
                "{}《{}》（{count} 条规则）\n",
                notice.cite.get(lang),
                notice.title.get(lang)
            ),
        });
        if options.format == ListFormat::Markdown {
            out.push_str(
                "\n| rule | article | severity | checks | status |\n|---|---|---|---|---|\n",
            );
        }
        let mut shown = table(&[
            lang.pick("rule", "规则"),
            lang.pick("article", "条款"),
            lang.pick("severity", "级别"),
            lang.pick("checks", "检查对象"),
            lang.pick("status", "状态"),
        ]);
        for rule in &notice.rules {
            let subjects: Vec<&str> = rule.subjects.iter().map(|s| s.label(lang)).collect();
            let status = match off(&rule.id) {
                Some(reason) => format!("{}{reason}", lang.pick("disabled: ", "已停用：")),
                None => lang.pick("on", "启用").to_string(),
            };
            let cells = [
                rule.id.clone(),
                rule.article_label(lang),
                rule.severity.label(lang).to_string(),
                subjects.join(lang.pick(", ", "、")),
                status,
            ];
            if options.format == ListFormat::Markdown {
                out.push_str(&format!("| {} |\n", cells.join(" | ").replace('\n', " ")));
            } else {
                shown.add_row(cells);
            }
        }
        if options.format == ListFormat::Text {
            out.push_str(&format!("{shown}\n"));
        }
        out.push_str(&render_grants(notice, options));
    }
    out
}

/// The grant kinds a notice's exceptions read: what each is and the names filers may write.
fn render_grants(notice: &crate::dsl::model::Notice, options: &ListOptions) -> String {
    if notice.grants.is_empty() {
        return String::new();
    }
    let lang = options.lang;
    let mut out = String::from(lang.pick(
        "\nGrant kinds (`kind:` of approvals, consents, filings; an alias counts as the kind)\n",
        "\n批准、同意、备案的种类（`kind:` 可写种类名或其别名）\n",
    ));
    if options.format == ListFormat::Markdown {
        out.push_str("\n| kind | what it is | aliases |\n|---|---|---|\n");
        for grant in &notice.grants {
            out.push_str(&format!(
                "| `{}` | {} | {} |\n",
                grant.name,
                grant.about.get(lang),
                grant
                    .aliases
                    .iter()
                    .map(|a| format!("`{a}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        return out;
    }
    let mut shown = table(&[
        lang.pick("kind", "种类"),
        lang.pick("what it is", "含义"),
        lang.pick("aliases", "别名"),
    ]);
    for grant in &notice.grants {
        shown.add_row([
            grant.name.clone(),
            grant.about.get(lang).to_string(),
            grant.aliases.join(", "),
        ]);
    }
    out.push_str(&format!("{shown}\n"));
    out
}

pub fn render_coverage(rules: &RuleSet, options: &ListOptions) -> String {
    let rows = provisions::coverage(rules, options.lang);
    match options.format {
        ListFormat::Json => {
            serde_json::to_string_pretty(&rows).expect("JSON values always serialize") + "\n"
        }
        ListFormat::Markdown => provisions::markdown(&rows),
        ListFormat::Text => {
            let lang = options.lang;
            let mut shown = table(&[
                lang.pick("article", "条"),
                lang.pick("status", "状态"),
                lang.pick("rules", "规则"),
                lang.pick("notes", "说明"),
            ]);
            let several = rules.notices.len() > 1;
            for row in &rows {
                let article = if several {
                    format!("{} {}", row.notice, row.article)
                } else {
                    row.article.to_string()
                };
                let names: Vec<String> = row
                    .rules
                    .iter()
                    .map(|id| match options.disabled.get(id) {
                        Some(_) => format!("{id} ({})", lang.pick("disabled", "已停用")),
                        None => id.clone(),
                    })
                    .collect();
                shown.add_row([
                    article,
                    provisions::status_label(&row.status, lang).to_string(),
                    if names.is_empty() {
                        "—".into()
                    } else {
                        names.join("\n")
                    },
                    row.note.clone(),
                ]);
            }
            format!("{shown}\n")
        }
    }
}

pub fn run(rules: &RuleSet, options: &ListOptions, coverage: bool) -> u8 {
    use std::io::Write;
    let text = if coverage {
        render_coverage(rules, options)
    } else {
        render_list(rules, options)
    };
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    super::EXIT_CLEAN
}
