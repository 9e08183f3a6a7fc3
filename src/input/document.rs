//! Product documents: Markdown, HTML or plain text, with optional YAML front matter giving facts
//! about the publisher and audience (`publisher`, `jurisdiction`, `audience`, approvals …).
//!
//! Plain text is checked where it stands; HTML and Markdown are read as the text a reader sees
//! ([`super::html`]: tags dropped, references decoded), with a map back to the file, so every
//! finding points at the file's bytes.

use super::registration;
use super::{InputProblem, Loaded};
use crate::eval::build::{build_record, Tree};
use crate::eval::record::{Origin, Record, Subject};

/// Loads a document; `markup` says whether its text holds HTML tags and character references
/// (HTML and Markdown) or is plain text.
pub fn load(source: &str, markup: bool) -> Loaded {
    let mut loaded = Loaded::default();
    let (front, body_start) = front_matter(source);
    let mut record = Record::new(Subject::Document, 1);
    // The record is labelled on its first character, whole.
    record.span = Some(0..source.chars().next().map_or(0, char::len_utf8));
    if let Some((yaml_start, yaml)) = front {
        match registration::parse_trees(yaml) {
            Ok(trees) => {
                for mut tree in trees {
                    shift(&mut tree, yaml_start);
                    let (front_record, problems) = build_record(Subject::Document, 1, &tree);
                    record.texts.extend(front_record.texts);
                    record.facts.extend(front_record.facts);
                    record.grants.extend(front_record.grants);
                    loaded
                        .problems
                        .extend(problems.into_iter().map(InputProblem::from_build));
                }
            }
            Err(mut problem) => {
                problem.span = problem
                    .span
                    .map(|s| s.start + yaml_start..s.end + yaml_start);
                loaded.problems.push(problem);
                return loaded;
            }
        }
    }
    let body = &source[body_start..];
    if markup {
        let (prose, map) = super::html::prose(body, body_start);
        record.push_text("body", prose, Origin::Mapped(map));
    } else {
        record.push_text("body", body.to_string(), Origin::Verbatim(body_start));
    }
    loaded.records.push(record);
    loaded
}

/// `---\n…\n---\n` at the very start: the YAML's offset and text, and where the body starts.
fn front_matter(source: &str) -> (Option<(usize, &str)>, usize) {
    let Some(rest) = source
        .strip_prefix("---\n")
        .or_else(|| source.strip_prefix("---\r\n"))
    else {
        return (None, 0);
    };
    let start = source.len() - rest.len();
    let mut offset = start;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            return (Some((start, &source[start..offset])), offset + line.len());
        }
        offset += line.len();
    }
    (None, 0)
}

fn shift(tree: &mut Tree, by: usize) {
    let move_span = |span: &mut Option<std::ops::Range<usize>>| {
        if let Some(s) = span {
            *s = s.start + by..s.end + by;
        }
    };
    match tree {
        Tree::Scalar { origin, span, .. } => {
            move_span(span);
            *origin = match std::mem::take(origin) {
                Origin::Verbatim(at) => Origin::Verbatim(at + by),
                Origin::Mapped(map) => Origin::Mapped(map.shifted(by)),
                Origin::Whole(s) => Origin::Whole(s.start + by..s.end + by),
                Origin::Detached => Origin::Detached,
            };
        }
        Tree::List { items, span } => {
            move_span(span);
            items.iter_mut().for_each(|i| shift(i, by));
        }
        Tree::Map { entries, span } => {
            move_span(span);
            for (key, value) in entries {
                move_span(&mut key.span);
                shift(value, by);
            }
        }
        Tree::Null { span } => move_span(span),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_findings_point_into_the_file() {
        let source = "<p>本平台提供<b>&#31283;定币</b>兑换</p>";
        let loaded = load(source, true);
        let body = &loaded.records[0].texts[0];
        let at = body.value.find('稳').unwrap();
        let end = body.value.find('币').unwrap() + '币'.len_utf8();
        let range = body.origin.to_file(at..end).unwrap();
        assert_eq!(&source[range], "&#31283;定币");
    }

    #[test]
    fn front_matter_gives_facts_and_body_keeps_offsets() {
        let source = "---\npublisher: internet_platform\naudience: domestic\n---\n# 标题\n本平台推广USDT。\n";
        let loaded = load(source, false);
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        let record = &loaded.records[0];
        assert_eq!(record.fact("publisher").unwrap().value, "internet_platform");
        let body = &record.texts.last().unwrap();
        let at = body.value.find("USDT").unwrap();
        let range = body.origin.to_file(at..at + 4).unwrap();
        assert_eq!(&source[range], "USDT");
    }
}
