//! A filing's approvals, consents and filings against the grant kinds the rules declare: a kind
//! no rule knows under any name is said, never silently read as "no approval".

use super::build::{Problem, ProblemKind};
use super::record::Record;
use crate::dsl::model::RuleSet;
use crate::vocabulary::suggest::did_you_mean;

/// A warning for each grant of `record` whose kind no notice of `rules` declares, by name or
/// alias, with the closest kind when one is close.
pub fn unknown_kinds(rules: &RuleSet, record: &Record) -> Vec<Problem> {
    if record.grants.is_empty() {
        return Vec::new();
    }
    let declared: Vec<(&str, &str)> = rules
        .notices
        .iter()
        .flat_map(|n| &n.grants)
        .flat_map(|g| g.keys.iter().map(|k| (k.as_str(), g.name.as_str())))
        .collect();
    let mut names: Vec<&str> = declared.iter().map(|(_, name)| *name).collect();
    names.dedup();
    let mut problems = Vec::new();
    for grant in &record.grants {
        if declared.iter().any(|(key, _)| *key == grant.name) {
            continue;
        }
        let field = grant.kind.field();
        let closest = did_you_mean(&grant.name, declared.iter().map(|(key, _)| *key))
            .and_then(|key| declared.iter().find(|(k, _)| *k == key))
            .map(|(_, name)| *name);
        let (help, help_zh) = match closest {
            Some(name) => (
                format!(
                    "did you mean `kind: {name}`? `redline rules` lists every kind and its aliases"
                ),
                format!("是否应为 `kind: {name}`？`redline rules` 列出全部种类及其别名"),
            ),
            None => (
                format!(
                    "the kinds rules read: {}; `redline rules` lists them with their aliases",
                    names.join(", ")
                ),
                format!(
                    "规则读取的种类：{}；`redline rules` 列出全部种类及其别名",
                    names.join("、")
                ),
            ),
        };
        problems.push(Problem {
            kind: ProblemKind::UnknownGrant,
            span: grant.span.clone(),
            message: format!(
                "`{}` in `{field}` is not a kind any rule reads: no exception rests on it",
                grant.name
            ),
            help,
            zh: Some((
                format!(
                    "`{field}` 中的 `{}` 不是规则可识别的种类，不能据此适用任何例外",
                    grant.name
                ),
                help_zh,
            )),
        });
    }
    problems
}
