//! Normalized text with a map back to the original bytes.
//!
//! Matching runs on the folded form of a text (see [`super::fold`]) with separators removed and
//! boundaries marked, so `加密 資產`, `Crypto-Asset` and `ＲＷＡ` all read as their phrase. Every
//! normalized byte remembers the original character it came from, so a match is reported on the
//! exact bytes the user wrote.

use std::ops::Range;

use super::fold::{Class, CLAUSE_MARK, SENTENCE_MARK, TABLE};

/// A text's normalized form. Buffers are reused across texts by [`Normalized::normalize`].
#[derive(Clone, Debug, Default)]
pub struct Normalized {
    bytes: Vec<u8>,
    /// For each normalized byte, the original byte offset of the character that produced it.
    origin: Vec<u32>,
}

impl Normalized {
    /// The normalized form of `text`, in fresh buffers.
    pub fn of(text: &str) -> Normalized {
        let mut normalized = Normalized::default();
        normalized.normalize(text);
        normalized
    }

    /// Replaces the contents with the normalized form of `text`.
    pub fn normalize(&mut self, text: &str) {
        self.bytes.clear();
        self.origin.clear();
        let table = &*TABLE;
        let mut chars = text.char_indices().peekable();
        while let Some((offset, c)) = chars.next() {
            let offset = offset as u32;
            match table.class(c) {
                Class::Keep { start, len } => match table.kept(start, len) {
                    Some(folded) => self.push(folded, offset),
                    None => self.push(c.encode_utf8(&mut [0; 4]).as_bytes(), offset),
                },
                Class::Skip => {}
                Class::Clause => self.mark(CLAUSE_MARK, offset),
                Class::Sentence => self.mark(SENTENCE_MARK, offset),
                Class::Dot => {
                    if chars.peek().is_none_or(|(_, next)| next.is_whitespace()) {
                        self.mark(SENTENCE_MARK, offset);
                    }
                }
            }
        }
    }

    #[inline]
    fn push(&mut self, folded: &[u8], offset: u32) {
        self.bytes.extend_from_slice(folded);
        self.origin
            .extend(std::iter::repeat_n(offset, folded.len()));
    }

    #[inline]
    fn mark(&mut self, mark: u8, offset: u32) {
        // Runs of boundaries say no more than one; a sentence end outranks a clause end.
        if let Some(last) = self.bytes.last_mut() {
            if is_mark(*last) {
                *last = (*last).min(mark);
                return;
            }
        }
        self.bytes.push(mark);
        self.origin.push(offset);
    }

    /// The normalized text: UTF-8, with [`CLAUSE_MARK`] and [`SENTENCE_MARK`] bytes where clauses
    /// and sentences end.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The original byte range covering normalized bytes `range`: from the first contributing
    /// character to the end of the last one.
    pub fn original_range(&self, original: &str, range: Range<usize>) -> Range<usize> {
        let start = self.origin[range.start] as usize;
        let last = self.origin[range.end - 1] as usize;
        let last_len = original[last..].chars().next().map_or(0, char::len_utf8);
        start..last + last_len
    }

    /// The original byte offset of the character that produced normalized byte `at`.
    pub fn original_at(&self, at: usize) -> usize {
        self.origin[at] as usize
    }

    /// Whether a sentence (in a business scope, an item) ends inside normalized `range`.
    pub fn ends_sentence(&self, range: Range<usize>) -> bool {
        self.bytes[range].contains(&SENTENCE_MARK)
    }

    /// The normalized range of the sentence around normalized position `at`.
    pub fn sentence_around(&self, at: Range<usize>) -> Range<usize> {
        let is_end = |b: &u8| *b == SENTENCE_MARK;
        let start = self.bytes[..at.start]
            .iter()
            .rposition(is_end)
            .map_or(0, |i| i + 1);
        let end = self.bytes[at.end..]
            .iter()
            .position(is_end)
            .map_or(self.bytes.len(), |i| at.end + i);
        start..end
    }

    /// How far apart two places are, for `near`: the characters in normalized `range`, where
    /// three Latin letters or digits count as one (spaces are gone once normalized, and an
    /// English word of five or six letters says about as much as two Chinese characters).
    /// Boundary marks count as one.
    pub fn char_count(&self, range: Range<usize>) -> usize {
        let bytes = &self.bytes[range];
        let latin = bytes.iter().filter(|b| b.is_ascii_alphanumeric()).count();
        let others = bytes
            .iter()
            .filter(|b| (**b & 0xC0) != 0x80 && !b.is_ascii_alphanumeric())
            .count();
        others + latin.div_ceil(3)
    }
}

/// Whether a normalized byte is a boundary mark (no UTF-8 byte is).
fn is_mark(byte: u8) -> bool {
    (SENTENCE_MARK..=CLAUSE_MARK).contains(&byte)
}

/// The normalized form of a phrase as a string, or `None` when it keeps a boundary inside it.
pub fn normalize_phrase(phrase: &str) -> Result<String, PhraseProblem> {
    let normalized = Normalized::of(phrase);
    let bytes = normalized.as_bytes();
    let trimmed = bytes
        .iter()
        .rposition(|b| !is_mark(*b))
        .map_or(&bytes[..0], |end| &bytes[..=end]);
    if trimmed.is_empty() {
        return Err(PhraseProblem::Empty);
    }
    if trimmed.iter().any(|b| is_mark(*b)) {
        return Err(PhraseProblem::Boundary);
    }
    Ok(String::from_utf8(trimmed.to_vec()).expect("folds are whole UTF-8 characters"))
}

/// Why a phrase could never match, as [`normalize_phrase`] finds it.
#[derive(Debug, PartialEq, Eq)]
pub enum PhraseProblem {
    /// Nothing is left once spaces and punctuation are removed.
    Empty,
    /// The phrase has a sentence or list separator inside it, which text never matches across.
    Boundary,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(text: &str) -> String {
        String::from_utf8(Normalized::of(text).as_bytes().to_vec())
            .unwrap()
            .replace(SENTENCE_MARK as char, "|")
            .replace(CLAUSE_MARK as char, "/")
    }

    #[test]
    fn separators_inside_words_vanish() {
        assert_eq!(norm("Crypto-Asset"), "cryptoasset");
        assert_eq!(norm("加密 資產"), "加密资产");
        assert_eq!(norm("稳\u{200B}定\u{200D}币"), "稳定币");
        assert_eq!(norm("R.W.A"), "rwa");
        assert_eq!(norm("ＲＷＡ"), "rwa");
    }

    #[test]
    fn boundaries_are_marked() {
        assert_eq!(norm("通信加密；资产评估"), "通信加密|资产评估");
        assert_eq!(norm("软件开发、加密，资产"), "软件开发/加密/资产");
        assert_eq!(norm("a，；b"), "a|b");
        assert_eq!(norm("We trade. Crypto"), "wetrade|crypto");
        assert_eq!(norm("a;\n b"), "a|b");
    }

    #[test]
    fn original_range_covers_the_written_bytes() {
        let text = "深圳市穩 定幣科技";
        let normalized = Normalized::of(text);
        let found = std::str::from_utf8(normalized.as_bytes())
            .unwrap()
            .find("稳定币")
            .unwrap();
        let range = normalized.original_range(text, found..found + "稳定币".len());
        assert_eq!(&text[range], "穩 定幣");
    }

    #[test]
    fn phrases_refuse_boundaries_and_emptiness() {
        assert_eq!(normalize_phrase("Crypto Asset"), Ok("cryptoasset".into()));
        assert_eq!(normalize_phrase(" - "), Err(PhraseProblem::Empty));
        assert_eq!(normalize_phrase("加密；资产"), Err(PhraseProblem::Boundary));
    }

    #[test]
    fn sentence_around_stops_at_sentence_marks_only() {
        let normalized = Normalized::of("我们不提供兑换，仅咨询。加密货币");
        let bytes = normalized.as_bytes();
        let at = bytes.len() - "加密货币".len();
        let sentence = normalized.sentence_around(at..bytes.len());
        assert_eq!(std::str::from_utf8(&bytes[sentence]).unwrap(), "加密货币");
    }
}
