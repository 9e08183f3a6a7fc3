//! The text of an HTML page as a reader sees it, with a map from every byte of that text back to
//! the file.
//!
//! Tags, comments, doctype and processing instructions are dropped; `script` and `style` are
//! dropped with their contents; a block-level tag becomes a line break, so that text of separate
//! elements never runs together into one sentence, while an inline tag leaves nothing, as it
//! renders (`稳<b>定</b>币` reads 稳定币). Character references (`&#31283;`, `&#x7a33;`, `&amp;`,
//! every HTML5 name) are decoded, each mapped to the whole reference, so a term written as
//! references is found and reported on the bytes that wrote it. Tokenizing is html5gum's (WHATWG
//! tokenizer states, with the byte span of every token); one pass, no step looks back.

use crate::eval::record::ByteMap;
use crate::text::fold::is_han;

/// Elements that start a new line when rendered.
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "button",
    "caption",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "option",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "td",
    "th",
    "title",
    "tr",
    "ul",
];

/// Elements whose contents are never shown as text.
const HIDDEN_TAGS: &[&str] = &["script", "style", "template", "noscript"];

/// The visible text of `html` and, for each of its bytes, the offset in `html` plus `base` it was
/// written at (see [`crate::eval::record::Origin::Mapped`]).
pub fn prose(html: &str, base: usize) -> (String, ByteMap) {
    let (text, map, _) = prose_and_quotes(html, base);
    (text, map)
}

/// As [`prose`], with the byte ranges of the text that `<blockquote>` and `<q>` hold.
///
/// The page is tokenized by html5gum, a WHATWG-conformant tokenizer that reports the byte span of
/// every tag and text run (comments, doctypes, `<!-->`, script and style data, unclosed
/// constructs are its business); each text run is then copied as it renders from its own bytes,
/// references decoded one by one, so that every character maps to the bytes that wrote it.
pub fn prose_and_quotes(html: &str, base: usize) -> (String, ByteMap, Vec<std::ops::Range<usize>>) {
    use html5gum::{DefaultEmitter, Token, Tokenizer};
    let mut quotes = Vec::new();
    let mut open_quotes: Vec<usize> = Vec::new();
    let mut text = String::with_capacity(html.len());
    let mut map = ByteMap::with_capacity(html.len());
    // Inside an element whose contents are never shown (script, style …): its name.
    let mut hidden: Option<String> = None;
    let mut emitter = DefaultEmitter::<usize>::new_with_span();
    emitter.naively_switch_states(true);
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                let at = tag.span.start;
                if hidden.is_some() {
                    continue;
                }
                if HIDDEN_TAGS.contains(&name.as_str()) {
                    if !tag.self_closing {
                        hidden = Some(name);
                    }
                    continue;
                }
                if matches!(name.as_str(), "blockquote" | "q") {
                    open_quotes.push(text.len());
                }
                if BLOCK_TAGS.contains(&name.as_str()) {
                    text.push('\n');
                    map.push_char(base + at, 1, 1);
                }
                // What a reader is shown of a tag: an image's alt text, a title tooltip, the
                // page's meta description; each its own sentence.
                let written = &html[at..tag.span.end.min(html.len())];
                for (offset, value) in shown_attributes(written) {
                    text.push('\n');
                    map.push_char(base + at, 1, 1);
                    push_rendered(&mut text, &mut map, value, base + at + offset);
                    text.push('\n');
                    map.push_char(base + at, 1, 1);
                }
            }
            Token::EndTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                if let Some(open) = &hidden {
                    if *open == name {
                        hidden = None;
                    }
                    continue;
                }
                if matches!(name.as_str(), "blockquote" | "q") {
                    if let Some(start) = open_quotes.pop() {
                        if open_quotes.is_empty() && start < text.len() {
                            quotes.push(start..text.len());
                        }
                    }
                }
                if BLOCK_TAGS.contains(&name.as_str()) {
                    text.push('\n');
                    map.push_char(base + tag.span.start, 1, 1);
                }
            }
            Token::String(run) if hidden.is_none() => {
                let span = run.span.start..run.span.end.min(html.len());
                push_text(&mut text, &mut map, &html[span.clone()], base + span.start);
            }
            // Comments, doctypes, parse errors and hidden data are not shown.
            _ => {}
        }
    }
    (text, map, quotes)
}

/// A run of text as it renders, from its own bytes: references decoded, each mapped to the whole
/// reference; line breaks rendered as spaces.
fn push_text(text: &mut String, map: &mut ByteMap, written: &str, base: usize) {
    let bytes = written.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let next = memchr::memchr(b'&', &bytes[i..]).map_or(bytes.len(), |k| i + k);
        if next > i {
            push_rendered(text, map, &written[i..next], base + i);
            i = next;
            continue;
        }
        match reference(&written[i..]) {
            Some((decoded, length)) => {
                for c in decoded.chars() {
                    map.push_char(base + i, c.len_utf8(), length);
                    text.push(c);
                }
                i += length;
            }
            None => {
                text.push('&');
                map.push_char(base + i, 1, 1);
                i += 1;
            }
        }
    }
}

/// Text as it renders: a CR or LF is a space, or nothing between two Chinese characters.
fn push_rendered(text: &mut String, map: &mut ByteMap, written: &str, at: usize) {
    let mut rest = written;
    let mut offset = at;
    while let Some(k) = rest.find(['\n', '\r']) {
        text.push_str(&rest[..k]);
        map.push_verbatim(offset, &rest[..k]);
        let before = text.chars().next_back();
        let after = rest[k + 1..]
            .trim_start_matches(['\n', '\r', ' ', '\t'])
            .chars()
            .next();
        let han = before.is_some_and(is_han) && after.is_some_and(is_han);
        if !han && !text.ends_with([' ', '\n']) {
            text.push(' ');
            map.push_char(offset + k, 1, 1);
        }
        offset += k + 1;
        rest = &rest[k + 1..];
        if han {
            // The indentation of the next line is not between the two characters either.
            let trimmed = rest.trim_start_matches([' ', '\t']);
            offset += rest.len() - trimmed.len();
            rest = trimmed;
        }
    }
    text.push_str(rest);
    map.push_verbatim(offset, rest);
}

/// Attribute values a reader is shown, with their offsets in the tag: `alt` and `title` of any
/// element, and `content` of a `<meta>` that describes the page.
fn shown_attributes(tag: &str) -> Vec<(usize, &str)> {
    static ATTRIBUTE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r#"(?i)\s([a-z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')"#)
            .expect("the attribute pattern is valid")
    });
    if tag.starts_with("</") || tag.starts_with("<!") {
        return Vec::new();
    }
    let lower = tag.get(..6).unwrap_or(tag).to_ascii_lowercase();
    let is_meta = lower.starts_with("<meta");
    let describes = is_meta && {
        let t = tag.to_ascii_lowercase();
        t.contains("description") || t.contains("og:title") || t.contains("keywords")
    };
    let mut out = Vec::new();
    for captures in ATTRIBUTE.captures_iter(tag) {
        let name = captures[1].to_ascii_lowercase();
        let wanted = match name.as_str() {
            "alt" | "title" => true,
            "content" => describes,
            _ => false,
        };
        if let Some(value) = captures.get(2).or(captures.get(3)).filter(|_| wanted) {
            if !value.as_str().trim().is_empty() {
                out.push((value.start(), value.as_str()));
            }
        }
    }
    out
}

/// A character reference at the start of `rest`: its text and how many bytes wrote it.
fn reference(rest: &str) -> Option<(String, usize)> {
    let bytes = rest.as_bytes();
    let body = if bytes.get(1) == Some(&b'#') {
        let hex = matches!(bytes.get(2), Some(b'x' | b'X'));
        let digits = if hex { 3 } else { 2 };
        let count = bytes[digits..]
            .iter()
            .take_while(|b| {
                if hex {
                    b.is_ascii_hexdigit()
                } else {
                    b.is_ascii_digit()
                }
            })
            .count();
        if count == 0 {
            return None;
        }
        digits + count
    } else {
        let count = bytes[1..]
            .iter()
            .take(40)
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if count == 0 {
            return None;
        }
        1 + count
    };
    let written = if bytes.get(body) == Some(&b';') {
        body + 1
    } else {
        body
    };
    let token = &rest[..written];
    let decoded = htmlize::unescape(token);
    (decoded != token).then(|| {
        // A reference without its `;` decodes only as far as the spec allows; keep the rest.
        let decoded = decoded.into_owned();
        (decoded, written)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(html: &str) -> String {
        prose(html, 0).0
    }

    #[test]
    fn markup_is_dropped_and_blocks_end_lines() {
        assert_eq!(
            shown("<p>我们提供<b>稳定币</b>兑换</p>"),
            "\n我们提供稳定币兑换\n"
        );
        assert_eq!(
            shown("<script>var x='RWA';</script>a<STYLE>b{}</style >c"),
            "ac"
        );
        assert_eq!(shown("a<!-- RWA -->b"), "ab");
        assert_eq!(shown("<!-->a<!--->b"), "ab");
        assert_eq!(shown("1 < 2 &c"), "1 < 2 &c");
        // A title is shown as a tooltip: its own sentence.
        assert_eq!(shown("<a title=\"x>y\">link</a>"), "\nx>y\nlink");
        assert_eq!(
            shown("<meta name=\"description\" content=\"比特币\"><img alt='USDT' src=x>"),
            "\n比特币\n\nUSDT\n"
        );
        assert_eq!(
            shown("<p>提供比特币与人民币\n  兑换</p>"),
            "\n提供比特币与人民币兑换\n"
        );
        assert_eq!(shown("<p>We offer\nbitcoin</p>"), "\nWe offer bitcoin\n");
    }

    #[test]
    fn quotations_are_marked() {
        let (text, _, quotes) = prose_and_quotes(
            "<p>我们说</p><blockquote><p>买<q>USDT</q></p></blockquote>尾",
            0,
        );
        assert_eq!(quotes.len(), 1);
        assert_eq!(text[quotes[0].clone()].trim(), "买USDT");
    }

    #[test]
    fn references_are_decoded_and_mapped_to_their_bytes() {
        let html = "<p>&#31283;&#x5B9A;&#24065;&amp;&ZeroWidthSpace;</p>";
        let (text, map) = prose(html, 10);
        assert_eq!(text, "\n稳定币&\u{200B}\n");
        assert_eq!(map.len(), text.len());
        let at = text.find('稳').unwrap();
        let end = text.find('币').unwrap() + '币'.len_utf8();
        let reference = html.find("&#31283;").unwrap() + 10..html.find("&amp;").unwrap() + 10;
        assert_eq!(map.to_file(at..end), Some(reference));
        let (text, map) = prose("\u{2}&#66;itcoin", 0);
        assert_eq!(map.to_file(0..text.len()), Some(0..12));
        assert_eq!(
            map.to_file(1..2),
            Some(1..6),
            "an ASCII character written as a reference"
        );
    }

    #[test]
    fn unclosed_markup_runs_to_the_end_in_one_pass() {
        assert_eq!(shown("a<!-- never closed RWA"), "a");
        assert_eq!(shown("a<script>RWA"), "a");
        let many = "<script>x</script>".repeat(50_000);
        assert!(shown(&many).is_empty());
    }
}
