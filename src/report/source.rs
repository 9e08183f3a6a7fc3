//! A checked file's text as reports show it: line and column of any byte, found by binary search
//! over line starts computed once, and excerpts around a span for miette that never grow with the
//! file. miette's own `SourceCode` for strings walks from the start of the text on every call, so
//! a report of many findings in a long file would cost the square of its length, and a label far
//! into one very long line overflows its padding; an [`Excerpt`] answers both in bounded work.

use std::ops::Range;
use std::sync::Arc;

use miette::{MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};

/// Where each line of a text starts. A line ends at `\n`, `\r\n` or a lone `\r` (old Mac and
/// Excel exports), as editors count them.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Finds the line starts of `text`, in one pass.
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        for at in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') {
                continue; // the `\n` after it ends the line
            }
            starts.push(at + 1);
        }
        LineIndex { starts }
    }

    /// 0-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|s| *s <= offset) - 1
    }

    /// The byte range of 0-based `line`, without its line break.
    pub fn line_range(&self, text: &str, line: usize) -> Range<usize> {
        let start = self.starts[line];
        let end = self.starts.get(line + 1).map_or(text.len(), |next| {
            let mut end = *next;
            let bytes = text.as_bytes();
            if end > start && bytes[end - 1] == b'\n' {
                end -= 1;
            }
            if end > start && bytes[end - 1] == b'\r' {
                end -= 1;
            }
            end
        });
        start..end.max(start)
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_column(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = floor_char(text, offset.min(text.len()));
        let line = self.line_of(offset);
        let column = text[self.starts[line]..offset].chars().count();
        (line + 1, column + 1)
    }

    /// Where the line after 0-based `line` starts (the end of the text after the last line).
    pub fn next_line_start(&self, text: &str, line: usize) -> usize {
        self.starts.get(line + 1).copied().unwrap_or(text.len())
    }

    /// How many lines the text has; an empty text has one.
    pub fn lines(&self) -> usize {
        self.starts.len()
    }
}

/// The largest character boundary at or before `at`.
pub fn floor_char(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The smallest character boundary at or after `at`.
pub fn ceil_char(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// Bytes of a line shown on each side of a label when the excerpt would be too long to read.
const SIDE: usize = 120;
/// An excerpt longer than this many bytes is cut down to the label's own lines, each clipped.
const MAX_EXCERPT: usize = 2048;
/// The longest label shown: a finding about a whole record is labelled on its first bytes.
pub const MAX_LABEL: usize = 240;

/// A file's text named for miette, with its line index.
#[derive(Clone, Debug)]
pub struct Excerpt {
    name: String,
    text: Arc<str>,
    lines: Arc<LineIndex>,
}

impl Excerpt {
    /// An excerpt of `text` under `name`, with its line index computed now.
    pub fn new(name: impl Into<String>, text: Arc<str>) -> Excerpt {
        let lines = Arc::new(LineIndex::new(&text));
        Excerpt::with_lines(name, text, lines)
    }

    /// An excerpt of `text` under `name` that shares a line index already computed.
    pub fn with_lines(name: impl Into<String>, text: Arc<str>, lines: Arc<LineIndex>) -> Excerpt {
        Excerpt {
            name: name.into(),
            text,
            lines,
        }
    }

    /// The text's line index.
    pub fn lines(&self) -> &LineIndex {
        &self.lines
    }

    /// The whole text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// `span` as a label can show it: within the text, on character boundaries, and no longer
    /// than [`MAX_LABEL`] bytes.
    pub fn label_span(&self, span: &Range<usize>) -> Range<usize> {
        let text = &*self.text;
        let start = floor_char(text, span.start);
        let end = ceil_char(text, span.end.max(start).min(start + MAX_LABEL));
        start..end
    }
}

impl SourceCode for Excerpt {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let text = &*self.text;
        let start = span.offset();
        let end = start + span.len();
        if end > text.len() {
            return Err(MietteError::OutOfBounds);
        }
        let first = self.lines.line_of(start);
        let last = self.lines.line_of(end.saturating_sub(1).max(start));
        let shown = if before == 0 && after == 0 {
            // The label itself, for the header's line:column.
            start..end
        } else {
            let context_first = first.saturating_sub(before);
            let context_last = (last + after).min(self.lines.lines() - 1);
            // Context lines are shown with their line breaks, as miette's own excerpts are.
            let whole = self.lines.line_range(text, context_first).start
                ..self.lines.next_line_start(text, context_last);
            if whole.len() <= MAX_EXCERPT {
                whole
            } else {
                // Too long to read: the label's lines only, cut to a window around it.
                let first_line = self.lines.line_range(text, first);
                let last_line = self.lines.line_range(text, last);
                floor_char(text, start.saturating_sub(SIDE).max(first_line.start))
                    ..ceil_char(text, (end + SIDE).min(last_line.end.max(end)))
            }
        };
        let line = self.lines.line_of(shown.start);
        let column = text[self.lines.line_range(text, line).start..shown.start]
            .chars()
            .count();
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            &text.as_bytes()[shown.clone()],
            (shown.start, shown.len()).into(),
            line,
            column,
            self.lines.line_of(shown.end) - line + 1,
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_end_at_lf_crlf_and_lone_cr() {
        let text = "a\nb\r\nc\rd";
        let index = LineIndex::new(text);
        assert_eq!(index.lines(), 4);
        assert_eq!(index.line_column(text, text.find('d').unwrap()), (4, 1));
        assert_eq!(index.line_range(text, 1), 2..3);
        assert_eq!(index.line_column(text, text.find('c').unwrap()), (3, 1));
    }

    #[test]
    fn columns_count_characters() {
        let text = "名称：稳定币";
        let index = LineIndex::new(text);
        assert_eq!(index.line_column(text, text.find('稳').unwrap()), (1, 4));
    }

    #[test]
    fn excerpts_of_long_lines_are_windows() {
        let text: Arc<str> = Arc::from(format!("{}稳定币{}", "字".repeat(50_000), "x".repeat(10)));
        let excerpt = Excerpt::new("page.txt", text.clone());
        let at = text.find('稳').unwrap();
        let contents = excerpt.read_span(&(at, 9).into(), 1, 1).unwrap();
        assert!(contents.data().len() <= 2 * SIDE + 9 + 3);
        assert_eq!(contents.line(), 0);
        let header = excerpt.read_span(&(at, 9).into(), 0, 0).unwrap();
        assert_eq!(header.column(), 50_000);
    }
}
