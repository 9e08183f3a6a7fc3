//! A rule explained in fixed sections, like a linter's rule page — what it checks,
//! the words it looks for, what it reports, what to do, examples and the citation.

use std::collections::BTreeMap;

use crate::dsl::error::did_you_mean;
use crate::dsl::model::{Condition, Notice, Rule, RuleSet};
use crate::eval::record::Record;
use crate::lang::{self, Lang};
use crate::rules::Rules;
use crate::vocabulary::Subject;

fn example_text(record: &Record, lang: Lang) -> String {
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
            .map(|d| format!(" ({}{d})", lang.pick("expires ", "有效期至 ")))
            .unwrap_or_default();
        lines.push(format!(
            "    {}: {}{expiry}",
            grant.kind.field(),
            grant.name
        ));
    }
    lines.join("\n")
}

/// Every rule in a line of JSON each, as `redline rules --format json` lists them and the server
/// serves them: id, notice, article, paragraph, citation, severity, subjects, summary, and why
/// redline.toml disables it (or null).
pub fn listing(
    rules: &RuleSet,
    lang: Lang,
    disabled: &BTreeMap<String, String>,
) -> Vec<serde_json::Value> {
    rules
        .rules()
        .map(|(n, r)| {
            serde_json::json!({
                "id": r.id, "notice": n.id, "article": r.article, "paragraph": r.paragraph,
                "citation": lang::citation(&n.cite, r.article, r.paragraph, lang),
                "severity": r.severity, "subjects": r.subjects, "summary": r.summary.get(lang),
                "disabled": disabled.get(&r.id),
            })
        })
        .collect()
}

/// The page for rule `id`, or a did-you-mean message.
pub fn page(
    rules: &Rules,
    id: &str,
    lang: Lang,
    disabled: &BTreeMap<String, String>,
) -> Result<String, String> {
    let Some((notice, rule)) = rules.find_rule(id) else {
        let ids: Vec<&str> = rules.rules().map(|(_, r)| r.id.as_str()).collect();
        return Err(match (did_you_mean(id, ids.iter().copied()), lang) {
            (Some(best), Lang::En) => {
                format!("no rule `{id}`; did you mean `{best}`? (`redline rules` lists them all)")
            }
            (None, Lang::En) => format!("no rule `{id}`; `redline rules` lists them all"),
            (Some(best), Lang::Zh) => {
                format!("没有规则 `{id}`；是否应为 `{best}`？（`redline rules` 列出全部规则）")
            }
            (None, Lang::Zh) => format!("没有规则 `{id}`；`redline rules` 列出全部规则"),
        });
    };
    let records = rules.examples().of(id);
    Ok(render(notice, rule, records, lang, disabled.get(id)))
}

/// The term sets a condition looks for, in the order written, each once.
fn sets_of(condition: &Condition, out: &mut Vec<usize>) {
    match condition {
        Condition::Any(parts) | Condition::All(parts) => {
            parts.iter().for_each(|p| sets_of(p, out));
        }
        Condition::Not(_) | Condition::Grant { .. } | Condition::Compare { .. } => {}
        Condition::Has(has) => {
            let near = has.near.iter().flat_map(|n| n.sets.iter());
            for set in has.sets.iter().chain(near) {
                if !out.contains(set) {
                    out.push(*set);
                }
            }
        }
    }
}

fn render(
    notice: &Notice,
    rule: &Rule,
    records: &[Record],
    lang: Lang,
    disabled: Option<&String>,
) -> String {
    let subjects: Vec<&str> = rule.subjects.iter().map(|s| s.label(lang)).collect();
    let citation = lang::citation(&notice.cite, rule.article, rule.paragraph, lang);
    let severity = rule.severity.label(lang);
    let mut out = match lang {
        Lang::En => format!("{} ({citation}, {severity})\n\n", rule.id),
        Lang::Zh => format!("{}（{citation}，{severity}）\n\n", rule.id),
    };
    if let Some(reason) = disabled {
        out.push_str(&match lang {
            Lang::En => format!("Disabled by redline.toml: {reason}\n\n"),
            Lang::Zh => format!("已在 redline.toml 中停用：{reason}\n\n"),
        });
    }
    out.push_str(&format!(
        "## {}\n{}\n{}{}{}\n\n",
        lang.pick("What it checks", "检查内容"),
        rule.summary.get(lang),
        lang.pick("Applies to: ", "适用于："),
        subjects.join(lang.pick(", ", "、")),
        lang.pick(".", "。"),
    ));
    let mut sets = Vec::new();
    sets_of(&rule.when, &mut sets);
    if !sets.is_empty() {
        out.push_str(&format!(
            "## {}\n",
            lang.pick("Words it looks for", "检查的词语")
        ));
        for set in sets {
            let set = &notice.term_sets[set];
            let mut phrases: Vec<&str> = Vec::new();
            for &p in &set.phrases {
                let text = notice.phrases[p].text.as_str();
                if !phrases.contains(&text) {
                    phrases.push(text);
                }
            }
            // The words first; the set's name is for readers of the rule file.
            out.push_str(&format!(
                "- {}{}\n",
                phrases.join(lang.pick(", ", "、")),
                match lang {
                    Lang::En => format!(" (term set `{}`)", set.name),
                    Lang::Zh => format!("（词集 `{}`）", set.name),
                }
            ));
            if !set.excepts.is_empty() {
                out.push_str(&format!(
                    "  {}{}\n",
                    lang.pick("not when part of: ", "以下词语中的不计："),
                    set.excepts.join(lang.pick(", ", "、"))
                ));
            }
        }
        out.push_str(lang.pick(
            "Each phrase also matches its traditional, full-width, spaced and look-alike spellings.\n\n",
            "每个词语也匹配其繁体、全角、夹杂空格或形近字母的写法。\n\n",
        ));
    }
    let facts = rule.when.facts();
    if !facts.is_empty() {
        out.push_str(&format!(
            "## {}\n",
            lang.pick("Facts it rests on", "所依据的事实")
        ));
        for fact in facts {
            // Who reads the fact when it is not stated: a page's words, a filing's name,
            // address and parent's name.
            let readers = |subject: Subject| -> Vec<String> {
                notice
                    .inferences
                    .iter()
                    .filter(|i| i.fact == fact && i.subjects.contains(&subject))
                    .map(|i| {
                        let mut sets = Vec::new();
                        sets_of(&i.when, &mut sets);
                        let words: Vec<&str> = sets
                            .iter()
                            .map(|s| notice.term_sets[*s].name.as_str())
                            .collect();
                        format!(
                            "`{}` = {} ({} {})",
                            i.id,
                            i.value,
                            lang.pick("from", "依据"),
                            words.join(", ")
                        )
                    })
                    .collect()
            };
            let (page, filing) = (readers(Subject::Document), readers(Subject::Registration));
            let mut ways = Vec::new();
            if !page.is_empty() {
                ways.push(match lang {
                    Lang::En => format!("on a page, read from its words by {}", page.join("; ")),
                    Lang::Zh => format!("页面未写明时从页面文字读取：{}", page.join("；")),
                });
            }
            if !filing.is_empty() {
                ways.push(match lang {
                    Lang::En => format!(
                        "in a filing, read from its name, address or parent's name by {}",
                        filing.join("; ")
                    ),
                    Lang::Zh => format!(
                        "登记材料未写明时从名称、住所或母公司名称读取：{}",
                        filing.join("；")
                    ),
                });
            }
            out.push_str(&match (lang, ways.is_empty()) {
                (Lang::En, true) => format!("- {fact}: stated in the front matter or filing\n"),
                (Lang::Zh, true) => format!("- {fact}：由前置信息或登记材料写明\n"),
                (Lang::En, false) => format!(
                    "- {fact}: stated in the front matter or filing, else {}\n",
                    ways.join("; ")
                ),
                (Lang::Zh, false) => {
                    format!("- {fact}：以前置信息或登记材料为准；{}\n", ways.join("；"))
                }
            });
        }
        out.push('\n');
    }
    out.push_str(&format!(
        "## {}\n{}\n\n## {}\n{}\n",
        lang.pick("What it reports", "报告内容"),
        lang::in_general(rule.message.get(lang), lang),
        lang.pick("What to do", "处理建议"),
        lang::in_general(rule.help.get(lang), lang)
    ));
    for (title, fail) in [
        (lang.pick("Example that fails", "违规示例"), true),
        (lang.pick("Compliant example", "合规示例"), false),
    ] {
        let examples: Vec<&Record> = rule
            .examples
            .iter()
            .zip(records)
            .filter(|(e, _)| e.expect_finding == fail)
            .map(|(_, record)| record)
            .collect();
        if let Some(first) = examples.first() {
            let count = match lang {
                Lang::En => format!("{} in the rule file", examples.len()),
                Lang::Zh => format!("（规则文件中共 {} 个）", examples.len()),
            };
            out.push_str(&format!(
                "\n## {title}{}{count}{}\n{}\n",
                lang.pick(" (", ""),
                lang.pick(")", ""),
                example_text(first, lang)
            ));
        }
    }
    out.push_str(&match lang {
        Lang::En => format!(
            "\n## Reference\n{} — {}, issued {}; {}.\n",
            notice.cite.get(lang),
            notice.title.get(lang),
            notice.issued.as_deref().unwrap_or("?"),
            rule.article_label(lang)
        ),
        Lang::Zh => format!(
            "\n## 依据\n{}《{}》（{} 印发）{}。\n",
            notice.cite.get(lang),
            notice.title.get(lang),
            notice.issued.as_deref().unwrap_or("?"),
            rule.article_label(lang)
        ),
    });
    out
}
