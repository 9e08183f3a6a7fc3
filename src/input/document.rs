//! Product documents: Markdown, HTML or plain text, with optional YAML front matter giving facts
//! about the publisher and audience (`publisher`, `jurisdiction`, `audience`, approvals …).
//!
//! Plain text is checked where it stands; HTML and Markdown are read as the text a reader sees
//! ([`super::html`]: tags dropped, references decoded), with a map back to the file, so every
//! finding points at the file's bytes.

use super::registration;
use super::{InputProblem, Loaded};
use crate::eval::build::{build_record, Tree};
use crate::eval::record::{ByteMap, Origin, Record, Subject};
use crate::text::fold::is_han;

/// Loads a document of `kind` (Markdown, HTML or plain text).
pub fn load(source: &str, kind: super::FileKind) -> Loaded {
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
    let (prose, map, quoted) = match kind {
        super::FileKind::Markdown => super::markdown::prose_and_quotes(body, body_start),
        super::FileKind::Html => super::html::prose_and_quotes(body, body_start),
        _ => {
            let (prose, map) = plain(body, body_start);
            (prose, map, Vec::new())
        }
    };
    record.push_text("body", prose, Origin::Mapped(map));
    if let Some(body) = record.texts.last_mut() {
        body.quoted = quoted;
    }
    // A registered name or scope the page shows is also read as one (art. 8).
    crate::eval::registered::add_shown(&mut record);
    loaded.records.push(record);
    loaded
}

/// Plain text as a reader takes it: a line wrapped inside a paragraph joins the next one (with
/// nothing between Chinese characters, a space elsewhere); a line that ends a sentence, a short
/// line (a heading), a blank line or a list item keeps its break.
fn plain(text: &str, base: usize) -> (String, ByteMap) {
    let mut out = String::with_capacity(text.len());
    let mut map = ByteMap::with_capacity(text.len());
    let mut offset = 0;
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    for (i, line) in lines.iter().enumerate() {
        let content = line.trim_end_matches(['\n', '\r']);
        out.push_str(content);
        map.push_verbatim(base + offset, content);
        if content.len() < line.len() {
            let next = lines.get(i + 1).map_or("", |l| l.trim());
            let ends_sentence = content
                .trim_end()
                .ends_with(['。', '！', '？', '；', '：', '.', '!', '?', ';', ':']);
            let list_item = next.starts_with(['-', '*', '•', '·', '（', '('])
                || next.chars().next().is_some_and(|c| c.is_ascii_digit())
                || next.starts_with([
                    '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '第',
                ]);
            let wrapped = !ends_sentence
                && !next.is_empty()
                && !list_item
                && content.trim().chars().count() >= 20;
            let at = base + offset + content.len();
            if !wrapped {
                out.push('\n');
                map.push_char(at, 1, line.len() - content.len());
            } else {
                let joined_han = content.chars().next_back().is_some_and(is_han)
                    && next.chars().next().is_some_and(is_han);
                if !joined_han {
                    out.push(' ');
                    map.push_char(at, 1, line.len() - content.len());
                }
            }
        }
        offset += line.len();
    }
    (out, map)
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
        let loaded = load(source, crate::input::FileKind::Html);
        let body = &loaded.records[0].texts[0];
        let at = body.value.find('稳').unwrap();
        let end = body.value.find('币').unwrap() + '币'.len_utf8();
        let range = body.origin.to_file(at..end).unwrap();
        assert_eq!(&source[range], "&#31283;定币");
    }

    #[test]
    fn front_matter_gives_facts_and_body_keeps_offsets() {
        let source = "---\npublisher: internet_platform\naudience: domestic\n---\n# 标题\n本平台推广USDT。\n";
        let loaded = load(source, crate::input::FileKind::Markdown);
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        let record = &loaded.records[0];
        assert_eq!(record.fact("publisher").unwrap().value, "internet_platform");
        let body = &record.texts.last().unwrap();
        let at = body.value.find("USDT").unwrap();
        let range = body.origin.to_file(at..at + 4).unwrap();
        assert_eq!(&source[range], "USDT");
    }
}
