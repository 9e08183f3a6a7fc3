//! The text of a Markdown page as it renders, read with pulldown-cmark, with a map from every
//! byte of that text back to the file.
//!
//! Each block (paragraph, heading, list item, table cell, blockquote) ends a sentence, so `near`
//! never joins two list items or two cells. A line wrapped inside a paragraph joins as it renders:
//! nothing between two Chinese characters, a space elsewhere. Code (fenced, indented or inline) is
//! not prose and is skipped; a link contributes its text, never its URL; an image its alt text.
//! HTML inside the Markdown is read as [`super::html`] reads a page. Escapes and character
//! references are decoded, each character mapped to the bytes that wrote it.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::text::fold::is_han;
use crate::vocabulary::tree::ByteMap;

/// Rendered prose of `markdown`, and for each of its bytes the offset in the file (`base` is
/// where `markdown` starts in it).
pub fn prose(markdown: &str, base: usize) -> (String, ByteMap) {
    let (text, map, _) = prose_and_quotes(markdown, base);
    (text, map)
}

/// As [`prose`], with the byte ranges of the prose that blockquotes hold.
pub fn prose_and_quotes(
    markdown: &str,
    base: usize,
) -> (String, ByteMap, Vec<std::ops::Range<usize>>) {
    let mut quotes = Vec::new();
    let mut quote_starts = Vec::new();
    let mut out = Prose {
        text: String::with_capacity(markdown.len()),
        map: ByteMap::with_capacity(markdown.len()),
        soft_break: None,
    };
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TASKLISTS;
    let mut in_code = 0usize;
    for (event, range) in Parser::new_ext(markdown, options).into_offset_iter() {
        let at = base + range.start;
        match event {
            Event::Start(Tag::CodeBlock(_)) => in_code += 1,
            Event::Start(Tag::BlockQuote(_)) => quote_starts.push(out.text.len()),
            Event::End(TagEnd::BlockQuote(_)) => {
                out.end_sentence(last_char(markdown, base, &range));
                if let Some(start) = quote_starts.pop() {
                    // Nested quotes lie inside the outer one: the outermost range says it all.
                    if quote_starts.is_empty() && start < out.text.len() {
                        quotes.push(start..out.text.len());
                    }
                }
            }
            Event::End(TagEnd::CodeBlock) => {
                in_code = in_code.saturating_sub(1);
                out.end_sentence(last_char(markdown, base, &range));
            }
            _ if in_code > 0 => {}
            Event::Text(text) => {
                let written = &markdown[range.clone()];
                if written == text.as_ref() {
                    out.push_verbatim(at, &text);
                } else if range.is_empty() {
                    // Text the parser supplies without writing (whitespace it keeps between
                    // inline HTML): it stands on the character where it is supplied.
                    let (at, written) = first_char(markdown, base, &range);
                    out.push_mapped(at, &text, written);
                } else {
                    // An escape or a reference: each character stands for the whole span.
                    out.push_mapped(at, &text, range.len());
                }
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                let (text, map) = super::html::prose(&html, at);
                out.push_prose(&text, map);
            }
            Event::SoftBreak => out.soft_break = Some(first_char(markdown, base, &range)),
            Event::HardBreak => out.end_sentence(first_char(markdown, base, &range)),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::TableHead
                | TagEnd::TableRow
                | TagEnd::FootnoteDefinition
                | TagEnd::DefinitionListTitle
                | TagEnd::DefinitionListDefinition,
            ) => out.end_sentence(last_char(markdown, base, &range)),
            // Inline code, rules, footnote marks and task boxes are not prose.
            _ => {}
        }
    }
    (out.text, out.map, quotes)
}

/// Where a character in the file is: its offset and length, so that a line break standing for an
/// event maps onto whole characters of the file.
type Place = (usize, usize);

/// The first character of an event's span.
fn first_char(markdown: &str, base: usize, range: &std::ops::Range<usize>) -> Place {
    let len = markdown[range.start..]
        .chars()
        .next()
        .map_or(0, char::len_utf8);
    (base + range.start, len)
}

/// The last character of an event's span (a block ends there).
fn last_char(markdown: &str, base: usize, range: &std::ops::Range<usize>) -> Place {
    match markdown[range.clone()].char_indices().next_back() {
        Some((at, c)) => (base + range.start + at, c.len_utf8()),
        None => first_char(markdown, base, range),
    }
}

struct Prose {
    text: String,
    map: ByteMap,
    /// A line break inside a paragraph, waiting to see the next character.
    soft_break: Option<Place>,
}

impl Prose {
    /// Joins a wrapped line: nothing between Chinese characters, a space otherwise.
    fn join(&mut self, next: Option<char>) {
        let Some((at, written)) = self.soft_break.take() else {
            return;
        };
        let before = self.text.chars().next_back();
        if !(before.is_some_and(is_han) && next.is_some_and(is_han)) {
            self.text.push(' ');
            self.map.push_char(at, 1, written);
        }
    }

    fn push_verbatim(&mut self, at: usize, text: &str) {
        self.join(text.chars().next());
        self.text.push_str(text);
        self.map.push_verbatim(at, text);
    }

    fn push_mapped(&mut self, at: usize, text: &str, written: usize) {
        self.join(text.chars().next());
        for c in text.chars() {
            self.text.push(c);
            self.map.push_char(at, c.len_utf8(), written);
        }
    }

    fn push_prose(&mut self, text: &str, map: ByteMap) {
        self.join(text.chars().next());
        self.text.push_str(text);
        self.map.append(map);
    }

    /// A line break in the text: the end of a sentence, as a block's end reads.
    fn end_sentence(&mut self, (at, written): Place) {
        self.soft_break = None;
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
            self.map.push_char(at, 1, written);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(markdown: &str) -> String {
        prose(markdown, 0).0
    }

    #[test]
    fn wrapped_lines_join_as_they_render() {
        assert_eq!(
            shown("提供比特币与人民币\n兑换服务。\n"),
            "提供比特币与人民币兑换服务。\n"
        );
        assert_eq!(
            shown("We offer bitcoin\nexchange.\n"),
            "We offer bitcoin exchange.\n"
        );
    }

    #[test]
    fn blocks_end_sentences_and_code_and_urls_are_not_prose() {
        let page = "# 标题\n\n- 第一项\n- 第二项\n\n[比特币行情](https://x.example/btc)\n\n```\nUSDT\n```\n\n`code`\n";
        assert_eq!(shown(page), "标题\n第一项\n第二项\n比特币行情\n");
    }

    #[test]
    fn table_cells_are_separate() {
        let table = "| a | b |\n|---|---|\n| 某平台 | 提供比特币兑换 |\n";
        assert_eq!(shown(table), "a\nb\n某平台\n提供比特币兑换\n");
    }

    #[test]
    fn spans_map_back_to_the_file() {
        let page = "前言\n\n本平台提供&#31283;定币兑换。\n";
        let (text, map) = prose(page, 10);
        let start = text.find('稳').unwrap();
        let file = map.to_file(start..start + '稳'.len_utf8()).unwrap();
        assert_eq!(&page[file.start - 10..file.end - 10], "&#31283;");
        let at = text.find("兑换").unwrap();
        let file = map.to_file(at..at + "兑换".len()).unwrap();
        assert_eq!(&page[file.start - 10..file.end - 10], "兑换");
    }
}
