//! Provisions: the articles no rule can check, each with its reason, and the check that every
//! article of the notice is either enforced by a rule or declared so.

use super::Validator;
use crate::dsl::ast::*;
use crate::dsl::error::suggestion;
use crate::dsl::model::*;

/// The `provision` lines, their articles and kinds checked.
pub(super) fn compile_provisions(
    v: &mut Validator,
    written: &[ProvisionAst],
    articles: u32,
) -> Vec<Provision> {
    let mut provisions = Vec::new();
    for provision in written {
        if provision.article.value == 0 || provision.article.value > articles {
            v.error(
                "redline::rules::bad-article",
                provision.article.span.clone(),
                format!("the notice has no article {}", provision.article.value),
                format!("articles run from 1 to {articles}"),
                "",
            );
            continue;
        }
        let kind = match provision.kind.name.as_str() {
            "authorities" => ProvisionKind::Authorities,
            "consequence" => ProvisionKind::Consequence,
            "definition" => ProvisionKind::Definition,
            other => {
                v.error(
                    "redline::rules::unknown-provision",
                    provision.kind.span.clone(),
                    format!("unknown provision kind `{other}`"),
                    "not a reason an article goes unchecked",
                    suggestion(other, "kinds", ProvisionKind::NAMES),
                );
                continue;
            }
        };
        provisions.push(Provision {
            article: provision.article.value,
            paragraph: provision.paragraph.as_ref().map(|p| p.value),
            kind,
            summary: provision.summary.text(),
        });
    }

    provisions
}

/// Every article is either enforced by a rule or declared unenforceable with a reason (checked
/// once the rest is sound, so that a mistyped article is not reported twice).
pub(super) fn check_coverage(
    v: &mut Validator,
    header: &NoticeAst,
    articles: u32,
    rules: &[Rule],
    written: &[RuleAst],
    provisions: &[Provision],
) {
    let sound = v.errors.is_empty();
    for article in (1..=articles).filter(|_| sound) {
        let ruled = rules.iter().any(|r| r.article == article)
            || written.iter().any(|r| {
                r.articles
                    .first()
                    .is_some_and(|a| a.article.value == article)
            });
        if !ruled && !provisions.iter().any(|p| p.article == article) {
            v.error(
                "redline::rules::uncovered-article",
                header.id.span.clone(),
                format!("article {article} has no rule and no `provision` saying why"),
                "an article is unaccounted for",
                format!("add a rule citing `article {article}`, or `provision {article} authorities \"…\"` (or consequence, definition)"),
            );
        }
    }
}
