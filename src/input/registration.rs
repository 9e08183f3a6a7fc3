//! Registration files, YAML or JSON: one entity, a list of entities, `entities: [...]`, or several
//! YAML documents. Both go through serde-saphyr (JSON is YAML's subset) so that every value keeps
//! the byte range it was written at.

use std::ops::Range;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;

use super::{InputProblem, Loaded};
use crate::eval::build::{build_record, Key, Tree};
use crate::eval::record::{ByteMap, Origin, Subject};

/// A YAML node as serde-saphyr hands it over, spans included.
enum Node {
    Scalar(String),
    Seq(Vec<Spanned<Node>>),
    Map(Vec<(Spanned<String>, Spanned<Node>)>),
    Null,
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Node, D::Error> {
        struct NodeVisitor;
        impl<'de> Visitor<'de> for NodeVisitor {
            type Value = Node;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a YAML value")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Node, E> {
                Ok(Node::Scalar(v.to_string()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Node, E> {
                Ok(Node::Scalar(v))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Node, E> {
                Ok(Node::Scalar(v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Node, E> {
                Ok(Node::Scalar(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Node, E> {
                Ok(Node::Scalar(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Node, E> {
                Ok(Node::Scalar(v.to_string()))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Node, E> {
                Ok(Node::Null)
            }
            fn visit_none<E: de::Error>(self) -> Result<Node, E> {
                Ok(Node::Null)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Node::Seq(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
                let mut entries = Vec::new();
                while let Some(key) = map.next_key()? {
                    entries.push((key, map.next_value()?));
                }
                Ok(Node::Map(entries))
            }
        }
        deserializer.deserialize_any(NodeVisitor)
    }
}

/// Reads the registrations in `source`: YAML, or JSON when `is_json` (checked as JSON first, for
/// errors in JSON's own terms).
pub fn load(source: &str, is_json: bool) -> Loaded {
    let mut loaded = Loaded::default();
    if is_json {
        // serde_json says what is wrong in JSON's own terms; serde-saphyr then keeps the spans.
        // A byte-order mark is no JSON, but editors on Windows write one; it is read past.
        let json = source.strip_prefix('\u{FEFF}').unwrap_or(source);
        if let Err(error) = serde_json::from_str::<serde::de::IgnoredAny>(json) {
            let at = source.len() - json.len() + offset_of(json, error.line(), error.column());
            loaded.problems.push(
                InputProblem::error(
                    "redline::input::json",
                    format!("this JSON does not parse: {error}"),
                    Some(at..at),
                    "fix the JSON syntax at the marked place",
                )
                .in_chinese(
                    format!("JSON 格式有误，无法读取：{error}"),
                    "请修正标记处的 JSON 语法",
                ),
            );
            return loaded;
        }
    }
    let trees = match parse_trees(source) {
        Ok(trees) => trees,
        Err(problem) => {
            loaded.problems.push(problem);
            return loaded;
        }
    };
    let mut entities = Vec::new();
    for tree in trees {
        match tree {
            Tree::List { items, .. } => entities.extend(items),
            Tree::Map { ref entries, .. }
                if entries.len() == 1
                    && matches!(entries[0].0.name.as_str(), "entities" | "registrations") =>
            {
                match &entries[0].1 {
                    Tree::List { items, .. } => entities.extend(items.iter().cloned()),
                    other => entities.push(other.clone()),
                }
            }
            Tree::Null { .. } => {}
            other => entities.push(other),
        }
    }
    for (position, entity) in entities.iter().enumerate() {
        let (record, problems) = build_record(Subject::Registration, position + 1, entity);
        if record.texts.is_empty() && matches!(entity, Tree::Map { .. }) {
            // Nothing to check is not the same as nothing found: say so rather than pass.
            loaded.problems.push(
                InputProblem::error(
                    "redline::input::no-text",
                    "this registration has no name, English name or business scope to check",
                    record.span.clone(),
                    "write `name:` (企业名称) and `business_scope:` (经营范围); a filing is checked by its name and scope",
                )
                .in_chinese(
                    "该登记材料没有可检查的名称、英文名称或经营范围",
                    "请填写 `企业名称:` 和 `经营范围:`；登记材料按名称和经营范围检查",
                ),
            );
        }
        loaded.records.push(record);
        loaded
            .problems
            .extend(problems.into_iter().map(InputProblem::from_build));
    }
    if loaded.records.is_empty() && loaded.problems.is_empty() {
        loaded.problems.push(
            InputProblem::error(
                "redline::input::empty",
                "the file holds no registration",
                None,
                "write at least `name:` and `business_scope:`",
            )
            .in_chinese("文件中没有登记材料", "至少填写 `企业名称:` 和 `经营范围:`"),
        );
    }
    loaded
}

/// Every YAML document in `source` as a tree with spans.
pub fn parse_trees(source: &str) -> Result<Vec<Tree>, InputProblem> {
    let documents: Vec<Spanned<Node>> = serde_saphyr::from_multiple(source).map_err(|error| {
        let at = error
            .location()
            .map(|l| offset_of(source, l.line() as usize, l.column() as usize));
        let message = error.to_string();
        let first_line = message.lines().next().unwrap_or(&message).to_string();
        InputProblem::error(
            "redline::input::yaml",
            format!("this YAML does not parse: {first_line}"),
            at.map(|a| a..a),
            "fix the YAML syntax at the marked place",
        )
        .in_chinese(
            format!("YAML 格式有误，无法读取：{first_line}"),
            "请修正标记处的 YAML 语法（冒号后需有空格，缩进须一致）",
        )
    })?;
    Ok(documents.iter().map(|d| to_tree(source, d)).collect())
}

fn span_of<T>(spanned: &Spanned<T>) -> Option<Range<usize>> {
    let span = spanned.referenced.span();
    let start = span.byte_offset()? as usize;
    let len = span.byte_len()? as usize;
    Some(start..start + len)
}

fn to_tree(source: &str, node: &Spanned<Node>) -> Tree {
    let span = span_of(node);
    match &node.value {
        Node::Scalar(value) => {
            let origin = span
                .as_ref()
                .map_or(Origin::Detached, |s| align(source, s.clone(), value));
            Tree::Scalar {
                value: value.clone(),
                origin,
                span,
            }
        }
        Node::Seq(items) => Tree::List {
            items: items.iter().map(|i| to_tree(source, i)).collect(),
            span,
        },
        Node::Map(entries) => Tree::Map {
            entries: entries
                .iter()
                .map(|(k, v)| {
                    (
                        Key {
                            name: k.value.clone(),
                            span: span_of(k),
                        },
                        to_tree(source, v),
                    )
                })
                .collect(),
            span,
        },
        Node::Null => Tree::Null { span },
    }
}

/// Where each byte of a scalar's value was written. Plain and quoted scalars are verbatim;
/// folded and block scalars are aligned character by character (skipping indentation and line
/// folding); a scalar with escapes falls back to its whole span.
fn align(source: &str, span: Range<usize>, value: &str) -> Origin {
    let Some(raw) = source.get(span.clone()) else {
        return Origin::Whole(span);
    };
    if raw == value {
        return Origin::Verbatim(span.start);
    }
    let quoted = (raw.starts_with('"') || raw.starts_with('\'')) && raw.len() >= 2;
    if quoted && &raw[1..raw.len() - 1] == value {
        return Origin::Verbatim(span.start + 1);
    }
    if raw.starts_with('"') && raw.contains('\\') {
        return Origin::Whole(span);
    }
    let mut map = ByteMap::with_capacity(value.len());
    let mut cursor = raw.char_indices().peekable();
    for c in value.chars() {
        let found = loop {
            match cursor.next() {
                Some((i, s)) if s == c || (c == ' ' && s == '\n') => break Some(i),
                Some((_, s)) if s.is_whitespace() || "\"'|>-+0123456789".contains(s) => continue,
                _ => break None,
            }
        };
        let Some(at) = found else {
            return Origin::Whole(span);
        };
        map.push_char(span.start + at, c.len_utf8(), c.len_utf8());
    }
    Origin::Mapped(map)
}

/// Byte offset of a 1-based line and column (columns count characters).
pub fn offset_of(source: &str, line: usize, column: usize) -> usize {
    let line_start: usize = source
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let rest = &source[line_start.min(source.len())..];
    line_start
        + rest
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(rest.len(), |(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::record::Record;

    fn value_at(source: &str, record: &Record, field: &str, needle: &str) -> String {
        let text = record.texts.iter().find(|t| t.name == field).unwrap();
        let start = text.value.find(needle).unwrap();
        let range = text.origin.to_file(start..start + needle.len()).unwrap();
        source[range].to_string()
    }

    #[test]
    fn spans_point_into_plain_quoted_and_block_scalars() {
        let source = "name: \"深圳市稳定币科技\"\nname_en: Plain Crypto Ltd\nbusiness_scope: |\n  软件开发；\n  加密資產托管\n";
        let loaded = load(source, false);
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        let record = &loaded.records[0];
        assert_eq!(value_at(source, record, "name", "稳定币"), "稳定币");
        assert_eq!(value_at(source, record, "name_en", "Crypto"), "Crypto");
        assert_eq!(
            value_at(source, record, "business_scope", "加密資產"),
            "加密資產"
        );
    }

    #[test]
    fn folded_plain_scalars_map_across_lines() {
        let source = "business_scope: 软件开发 加密\n  资产托管\n";
        let record = &load(source, false).records[0];
        assert_eq!(
            value_at(source, record, "business_scope", "加密 资产"),
            "加密\n  资产"
        );
    }

    #[test]
    fn lists_documents_and_entities_keys_all_yield_records() {
        assert_eq!(load("- name: a\n- name: b\n", false).records.len(), 2);
        assert_eq!(load("---\nname: a\n---\nname: b\n", false).records.len(), 2);
        assert_eq!(
            load("entities:\n  - name: a\n  - name: b\n  - name: c\n", false)
                .records
                .len(),
            3
        );
        assert_eq!(load("[{\"name\": \"a\"}]", true).records.len(), 1);
    }

    #[test]
    fn unknown_fields_are_reported_with_a_suggestion() {
        let loaded = load("name: a\nbussiness_scope: b\n", false);
        assert_eq!(loaded.problems.len(), 1);
        assert!(loaded.problems[0].help.contains("business_scope"));
    }

    #[test]
    fn syntax_errors_are_problems_not_panics() {
        assert!(!load("name: [a,\nb: c", false).problems.is_empty());
        assert!(!load("{\"name\": }", true).problems.is_empty());
    }

    #[test]
    fn offsets_count_characters_in_columns() {
        assert_eq!(offset_of("ab\n稳定c", 2, 3), 3 + 6);
    }
}
