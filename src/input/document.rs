//! Product documents: Markdown, HTML or plain text, with optional YAML front matter giving facts
//! about the publisher and audience (`publisher`, `jurisdiction`, `audience`, approvals …).
//!
//! The prose is checked where it stands: HTML markup is blanked out byte for byte (block tags
//! become line breaks), so offsets in the prose are offsets in the file.

use super::registration;
use super::{InputProblem, Loaded};
use crate::eval::build::{build_record, Tree};
use crate::eval::record::{Origin, Record, Subject};

pub fn load(source: &str, html: bool) -> Loaded {
    let mut loaded = Loaded::default();
    let (front, body_start) = front_matter(source);
    let mut record = Record::new(Subject::Document, 1);
    record.span = Some(0..source.len().min(1));
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
    let prose = if html {
        blank_markup(body)
    } else {
        body.to_string()
    };
    record.push_text("body", prose, Origin::Verbatim(body_start));
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
                Origin::Mapped(map) => {
                    Origin::Mapped(map.into_iter().map(|m| m + by as u32).collect())
                }
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

const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "td",
    "th",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "blockquote",
    "title",
    "button",
    "option",
];

/// HTML with tags, comments, scripts and styles replaced by spaces of the same byte length; a
/// block-level tag leaves a line break so sentences do not run together across elements.
pub fn blank_markup(html: &str) -> String {
    let bytes = html.as_bytes();
    let mut out = bytes.to_vec();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        let rest = &html[i..];
        let lower: String = rest
            .chars()
            .take(10)
            .collect::<String>()
            .to_ascii_lowercase();
        let end = if rest.starts_with("<!--") {
            rest.find("-->").map_or(bytes.len(), |e| i + e + 3)
        } else if lower.starts_with("<script") || lower.starts_with("<style") {
            let close = if lower.starts_with("<script") {
                "</script"
            } else {
                "</style"
            };
            let after = rest
                .to_ascii_lowercase()
                .find(close)
                .map_or(rest.len(), |e| e);
            rest[after..]
                .find('>')
                .map_or(bytes.len(), |e| i + after + e + 1)
        } else {
            match rest.find('>') {
                Some(e) => i + e + 1,
                None => bytes.len(),
            }
        };
        let name: String = rest[1..]
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        out[i..end].fill(b' ');
        if BLOCK_TAGS.contains(&name.as_str()) {
            out[i] = b'\n';
        }
        i = end;
    }
    String::from_utf8(out)
        .expect("only whole tags, which start and end on ASCII bytes, were blanked")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_blanked_in_place() {
        let html = "<p>我们提供<b>稳定币</b>兑换</p><script>var x='RWA';</script>";
        let blank = blank_markup(html);
        assert_eq!(blank.len(), html.len());
        assert!(!blank.contains("RWA"));
        assert_eq!(blank.find("稳定币"), html.find("稳定币"));
        assert!(blank.starts_with('\n'));
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
        let range = body.origin.to_file(&body.value, at..at + 4).unwrap();
        assert_eq!(&source[range], "USDT");
    }
}
