//! Grant kinds: the approvals, consents and filings the rules name are vocabulary, each with
//! what it is and the names filers write it under; a rule may only name a declared kind.

use std::collections::HashMap;

use super::Validator;
use crate::dsl::ast::*;
use crate::dsl::error::suggestion;
use crate::dsl::model::*;
use crate::vocabulary::grant_key;

const GRANT_KEYS: &[&str] = &["about", "aliases"];

/// The `grant` blocks, checked: each says what it is, and no name or alias means two kinds.
pub(super) fn compile_grants(v: &mut Validator, written: &[GrantDefAst]) -> Vec<GrantDef> {
    let mut grants = Vec::new();
    let mut owner: HashMap<String, String> = HashMap::new();
    for grant in written {
        v.unknown_keys(&grant.unknown, "a grant", GRANT_KEYS);
        let Some(about) = &grant.about else {
            v.error(
                "redline::rules::missing-key",
                grant.id.span.clone(),
                format!("grant `{}` does not say what it is", grant.id.name),
                "add `about \"…\" zh \"…\"`",
                "`about` is what `redline rules` and the docs show filers",
            );
            continue;
        };
        let mut keys = Vec::new();
        let names = std::iter::once((&grant.id.name, &grant.id.span))
            .chain(grant.aliases.iter().map(|a| (&a.value, &a.span)));
        for (name, span) in names {
            let key = grant_key(name);
            if key.is_empty() {
                v.error(
                    "redline::rules::malformed",
                    span.clone(),
                    "an alias needs at least one letter",
                    "empty",
                    "",
                );
                continue;
            }
            match owner.get(&key) {
                Some(other) if *other != grant.id.name => v.error(
                    "redline::rules::duplicate-grant",
                    span.clone(),
                    format!("`{name}` already names grant `{other}`"),
                    "names two grant kinds",
                    "a filing's kind must mean one thing: drop this alias from one of them",
                ),
                _ => {
                    owner.insert(key.clone(), grant.id.name.clone());
                    if !keys.contains(&key) {
                        keys.push(key);
                    }
                }
            }
        }
        grants.push(GrantDef {
            name: grant.id.name.clone(),
            about: about.text(),
            aliases: grant.aliases.iter().map(|a| a.value.clone()).collect(),
            keys,
        });
    }
    grants
}

/// Every `approval "…"`, `consent "…"` and `filing "…"` in a rule names a declared kind by its
/// own name (aliases are for filers, not rules).
pub(super) fn check_grant_names(v: &mut Validator, rules: &[RuleAst], grants: &[GrantDef]) {
    let names: Vec<&str> = grants.iter().map(|g| g.name.as_str()).collect();
    for rule in rules {
        for expr in rule.whens.iter().chain(&rule.unlesses) {
            check_expr(v, expr, &names);
        }
    }
}

fn check_expr(v: &mut Validator, expr: &Expr, names: &[&str]) {
    match expr {
        Expr::Or(parts) | Expr::And(parts) => parts.iter().for_each(|p| check_expr(v, p, names)),
        Expr::Not(inner) => check_expr(v, inner, names),
        Expr::Grant { name, .. } => {
            if !names.contains(&name.value.as_str()) {
                v.error(
                    "redline::rules::unknown-grant",
                    name.span.clone(),
                    format!("no `grant {}` is declared", name.value),
                    "not a grant kind",
                    if names.is_empty() {
                        "declare it: `grant NAME { about \"…\" aliases \"…\" }`".to_string()
                    } else {
                        suggestion(&name.value, "grant kinds", names)
                    },
                );
            }
        }
        Expr::Has { .. } | Expr::Compare { .. } => {}
    }
}

/// Gives every grant condition the keys of its kind, so that a filing's alias counts.
pub(super) fn attach_keys(condition: &mut Condition, grants: &[GrantDef]) {
    match condition {
        Condition::Any(parts) | Condition::All(parts) => {
            parts.iter_mut().for_each(|p| attach_keys(p, grants))
        }
        Condition::Not(inner) => attach_keys(inner, grants),
        Condition::Grant { name, keys, .. } => {
            if let Some(grant) = grants.iter().find(|g| g.name == *name) {
                keys.clone_from(&grant.keys);
            }
        }
        Condition::Has(_) | Condition::Compare { .. } => {}
    }
}
