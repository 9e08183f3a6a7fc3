//! Builds a [`Record`] from a keyed tree, whoever wrote the tree: a YAML or JSON filing, or a
//! rule's `example { … }`. Problems are returned with their spans for the caller to report in
//! its own voice.

use std::ops::Range;

use super::record::{parse_date, Grant, GrantKind, Origin, Record, Subject};
use crate::vocabulary::grant_key;
use crate::vocabulary::schema::{self, FieldKind};
use crate::vocabulary::suggest::{did_you_mean, suggestion};

pub use crate::vocabulary::tree::{Key, Tree};

/// What can be wrong with a field while a record is built.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// A key the schema does not know for this subject; its value is not checked.
    UnknownField,
    /// A value of the wrong form: a map where text is expected, a list for a single fact.
    WrongShape,
    /// A value an enumerated fact does not take; the fact is kept anyway.
    UnknownValue,
    /// A grant's expiry that is not a `YYYY-MM-DD` date.
    BadDate,
    /// A grant whose kind no rule declares (found when the record meets the rules).
    UnknownGrant,
}

impl ProblemKind {
    /// The kind as the last part of a diagnostic code (`unknown-field`).
    pub fn code(self) -> &'static str {
        match self {
            ProblemKind::UnknownField => "unknown-field",
            ProblemKind::WrongShape => "wrong-shape",
            ProblemKind::UnknownValue => "unknown-value",
            ProblemKind::BadDate => "bad-date",
            ProblemKind::UnknownGrant => "unknown-grant",
        }
    }
}

/// Problems of one kind a report shows one by one in a file; inputs count the rest.
pub const MAX_PROBLEMS_SHOWN: usize = 100;

/// A problem met while building a record, for the caller to report in its own voice.
#[derive(Clone, Debug)]
pub struct Problem {
    /// Which kind of problem: it gives the code, and an input's severity.
    pub kind: ProblemKind,
    /// Byte range in the tree's source that the problem points at, when known.
    pub span: Option<Range<usize>>,
    /// What is wrong, in English.
    pub message: String,
    /// What to do about it, in English.
    pub help: String,
    /// The message and help in Chinese.
    pub zh: Option<(String, String)>,
}

/// Builds the record for one entity (`tree` must be a map) and the problems found on the way.
pub fn build_record(subject: Subject, index: usize, tree: &Tree) -> (Record, Vec<Problem>) {
    let mut record = Record::new(subject, index);
    record.span = tree.span();
    let mut problems = Vec::new();
    match tree {
        Tree::Map { entries, .. } => {
            for (key, value) in entries {
                // `企业名称:` is `name:`, as a registry export's header would be.
                let name = match schema::field(&key.name) {
                    Some(_) => key.name.as_str(),
                    None => schema::field_by_alias(&key.name).unwrap_or(&key.name),
                };
                add_field(&mut record, &mut problems, name, key, value);
            }
        }
        other => problems.push(Problem {
            kind: ProblemKind::WrongShape,
            span: other.span(),
            message: format!("a {} must be a map of fields", subject.name()),
            help: "write one `field: value` per line, e.g. `name: 深圳市某某科技有限公司`".into(),
            zh: Some((
                "每条记录须由“字段: 值”组成".into(),
                "每行写一个“字段: 值”，例如 `企业名称: 深圳市某某科技有限公司`".into(),
            )),
        }),
    }
    // A filing prepared for China's enterprise registry is domestic unless it says otherwise.
    if subject == Subject::Registration {
        record.assume_fact("jurisdiction", "domestic");
    }
    if subject == Subject::Document {
        super::registered::add_shown(&mut record);
    }
    (record, problems)
}

fn add_field(
    record: &mut Record,
    problems: &mut Vec<Problem>,
    path: &str,
    key: &Key,
    value: &Tree,
) {
    let subject = record.subject;
    let known = schema::field(path).filter(|f| f.subjects.contains(&subject));
    let is_group = schema::names_for(subject)
        .iter()
        .any(|n| n.starts_with(&format!("{path}.")));
    match (known, value) {
        (_, Tree::Null { .. }) => {}
        (None, Tree::Map { entries, .. }) if is_group => {
            for (inner_key, inner) in entries {
                add_field(
                    record,
                    problems,
                    &format!("{path}.{}", inner_key.name),
                    inner_key,
                    inner,
                );
            }
        }
        (None, _) => {
            let names = if path.contains('.') {
                schema::names_for(subject)
            } else {
                schema::top_level_names(subject)
            };
            // Past the problems a report shows one by one, a suggestion is work nobody reads.
            let suggested = if problems.len() < MAX_PROBLEMS_SHOWN {
                did_you_mean(path, names.iter().copied())
            } else {
                None
            };
            let (help, help_zh) = match suggested {
                Some(best) => (
                    format!("did you mean `{best}`? This field is not checked as written."),
                    format!("是否应为 `{best}`？按现在的写法，该字段不会被检查。"),
                ),
                None => (
                    format!("known fields of a {}: {}", subject.name(), names.join(", ")),
                    format!(
                        "可识别的字段：{}（也可用中文字段名，如 企业名称、经营范围）",
                        names.join("、")
                    ),
                ),
            };
            problems.push(Problem {
                kind: ProblemKind::UnknownField,
                span: key.span.clone(),
                message: format!("unknown field `{path}`"),
                zh: Some((format!("无法识别的字段 `{path}`，其内容未被检查"), help_zh)),
                help,
            });
        }
        (Some(info), value) => match info.kind {
            FieldKind::Text | FieldKind::Clue => match texts_of(value) {
                Some(texts) => {
                    for (text, origin) in texts {
                        record.push_text(info.name, text, origin);
                        // A clue is read only where a rule names it (`text` skips it).
                        if let Some(field) = record.texts.last_mut() {
                            field.derived = info.kind == FieldKind::Clue;
                        }
                    }
                }
                None => problems.push(shape(value, info.name, "text")),
            },
            FieldKind::Fact => match value {
                Tree::Scalar {
                    value: text, span, ..
                } => {
                    if let Some(values) = info.values {
                        let canonical = schema::canonical_value(values, text);
                        if !values.contains(&canonical.as_str()) {
                            problems.push(Problem {
                                kind: ProblemKind::UnknownValue,
                                span: span.clone(),
                                message: format!("`{text}` is not a known {}", info.name),
                                help: suggestion(&canonical, "values", values),
                                zh: Some((
                                    format!(
                                        "`{text}` 不是可识别的{}",
                                        crate::vocabulary::schema::label(
                                            info.name,
                                            crate::lang::Lang::Zh
                                        )
                                    ),
                                    format!("可选值：{}", values.join("、")),
                                )),
                            });
                        }
                    }
                    record.set_fact(info.name, text, span.clone());
                }
                other => problems.push(shape(other, info.name, "a single value")),
            },
            FieldKind::Grants => {
                let kind = match info.name {
                    "consents" => GrantKind::Consent,
                    "filings" => GrantKind::Filing,
                    _ => GrantKind::Approval,
                };
                let items: Vec<&Tree> = match value {
                    Tree::List { items, .. } => items.iter().collect(),
                    single => vec![single],
                };
                for item in items {
                    match grant(kind, item, problems) {
                        Some(grant) => record.grants.push(grant),
                        None => problems.push(shape(
                            item,
                            info.name,
                            "`{kind, id, authority, expires}` or a kind name",
                        )),
                    }
                }
            }
        },
    }
}

/// A text field's value: a string, or a list of strings (a business scope written as items).
fn texts_of(value: &Tree) -> Option<Vec<(String, Origin)>> {
    match value {
        Tree::Scalar { value, origin, .. } => Some(vec![(value.clone(), origin.clone())]),
        Tree::List { items, .. } => items
            .iter()
            .map(|item| match item {
                Tree::Scalar { value, origin, .. } => Some((value.clone(), origin.clone())),
                _ => None,
            })
            .collect(),
        _ => None,
    }
}

fn grant(kind: GrantKind, item: &Tree, problems: &mut Vec<Problem>) -> Option<Grant> {
    let mut grant = Grant {
        kind,
        name: String::new(),
        id: None,
        authority: None,
        expires: None,
        span: item.span(),
    };
    match item {
        Tree::Scalar { value, .. } => grant.name = grant_key(value),
        Tree::Map { entries, .. } => {
            for (key, value) in entries {
                let Tree::Scalar {
                    value: text, span, ..
                } = value
                else {
                    continue;
                };
                match key.name.as_str() {
                    "kind" => grant.name = grant_key(text),
                    "id" => grant.id = Some(text.clone()),
                    "authority" => grant.authority = Some(text.clone()),
                    "expires" => match parse_date(text) {
                        Some(date) => grant.expires = Some(date),
                        None => problems.push(Problem {
                            kind: ProblemKind::BadDate,
                            span: span.clone(),
                            message: format!("`{text}` is not a date"),
                            help: "write the expiry as YYYY-MM-DD, e.g. 2027-06-30".into(),
                            zh: Some((
                                format!("`{text}` 不是日期"),
                                "有效期请写作 YYYY-MM-DD，例如 2027-06-30".into(),
                            )),
                        }),
                    },
                    other => problems.push(Problem {
                        kind: ProblemKind::UnknownField,
                        span: key.span.clone(),
                        message: format!("unknown {} field `{other}`", kind.keyword()),
                        help: suggestion(other, "fields", &["kind", "id", "authority", "expires"]),
                        zh: Some((
                            format!("无法识别的字段 `{other}`"),
                            "可用字段：kind、id、authority、expires".into(),
                        )),
                    }),
                }
            }
        }
        _ => return None,
    }
    if grant.name.is_empty() {
        return None;
    }
    Some(grant)
}

fn shape(value: &Tree, field: &str, expected: &str) -> Problem {
    Problem {
        kind: ProblemKind::WrongShape,
        span: value.span(),
        message: format!("`{field}` must be {expected}"),
        help: format!("write `{field}` as {expected}"),
        zh: Some((
            format!("`{field}` 的写法不对（应为 {expected}）"),
            format!("请将 `{field}` 写作 {expected}"),
        )),
    }
}
