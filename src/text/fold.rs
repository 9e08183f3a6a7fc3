//! What each character becomes before matching.
//!
//! `build.rs` decides the fold of every character (NFKC, lower case, traditional → simplified,
//! Latin look-alikes); this module adds the classes that matter to matching and packs both into a
//! table indexed by code point, so the normalizer does one lookup per character.

use std::sync::LazyLock;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/fold_table.rs"));
}

/// What a character contributes to the normalized text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// Contributes its folded bytes (`pool[start..start + len]`).
    Keep {
        /// Offset of the folded bytes in the table's pool; `u32::MAX` when the character folds
        /// to itself.
        start: u32,
        /// Length of the folded bytes.
        len: u8,
    },
    /// Contributes nothing: spaces, punctuation and invisible characters inside a phrase.
    Skip,
    /// Ends a clause: a comma or list separator (`,` `，` `、`). Never inside a term.
    Clause,
    /// Ends a sentence or scope item (`;` `；` `。` `!` `?`, line breaks).
    Sentence,
    /// A full stop, which ends a sentence only when followed by white space or the end of text
    /// (`R.W.A` is one word, `crypto. Asset` two sentences).
    Dot,
}

/// The byte the normalized text carries where a clause ends.
pub const CLAUSE_MARK: u8 = 0x1F;
/// The byte the normalized text carries where a sentence ends.
pub const SENTENCE_MARK: u8 = 0x1E;

/// The fold and class of every character, built once from the fold list `build.rs` generates;
/// use it through [`TABLE`].
pub struct FoldTable {
    /// One bit per BMP character: set when it is not simply kept as it is. Nearly every
    /// simplified Chinese character folds to itself, so this 8 KiB map, which stays in the
    /// fastest cache, answers most lookups without touching the 512 KiB table below.
    changes: Box<[u64; 1024]>,
    bmp: Vec<Class>,
    pool: Vec<u8>,
    /// Folds of characters beyond the Basic Multilingual Plane, classified the same way.
    astral: Vec<(char, Class)>,
}

/// The fold table, built on first use.
pub static TABLE: LazyLock<FoldTable> = LazyLock::new(FoldTable::build);

/// A character kept as it is.
const IDENTITY: Class = Class::Keep {
    start: u32::MAX,
    len: 0,
};

fn is_default_ignorable(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x034F | 0x061C | 0x115F..=0x1160 | 0x17B4..=0x17B5 | 0x180B..=0x180F
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0x3164 | 0xFE00..=0xFE0F
        | 0xFEFF | 0xFFA0 | 0xFFF0..=0xFFF8 | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A
        | 0xE0000..=0xE0FFF)
}

fn is_separator_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(c as u32,
            0x00A1..=0x00BF | 0x2010..=0x2027 | 0x2030..=0x205E | 0x2190..=0x23FF
            | 0x2500..=0x27BF | 0x2E00..=0x2E7F | 0x3001..=0x3003 | 0x3008..=0x3020
            | 0x30FB | 0xFE10..=0xFE6F | 0xFF61..=0xFF65)
}

/// The class of one already-folded character.
fn class_of_folded(c: char) -> Option<Class> {
    match c {
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' | ';' | '。'
        | '!' | '?' => Some(Class::Sentence),
        ',' | '、' => Some(Class::Clause),
        '.' => Some(Class::Dot),
        c if c.is_whitespace() || c.is_control() || is_default_ignorable(c) => Some(Class::Skip),
        c if is_separator_punctuation(c) => Some(Class::Skip),
        _ => None,
    }
}

impl FoldTable {
    fn build() -> FoldTable {
        let mut table = FoldTable {
            changes: Box::new([0; 1024]),
            bmp: Vec::with_capacity(0x10000),
            pool: Vec::new(),
            astral: Vec::new(),
        };
        let folds = generated::FOLDS;
        let mut next_fold = 0;
        for code in 0u32..0x10000 {
            let Some(c) = char::from_u32(code) else {
                table.bmp.push(Class::Skip);
                continue;
            };
            let class = match folds.get(next_fold) {
                Some((from, to)) if *from == c => {
                    next_fold += 1;
                    table.classify(to)
                }
                // A character that folds to itself is kept as it stands in the original text.
                _ => class_of_folded(c).unwrap_or(Class::Keep {
                    start: u32::MAX,
                    len: 0,
                }),
            };
            if class != IDENTITY {
                table.changes[code as usize / 64] |= 1 << (code % 64);
            }
            table.bmp.push(class);
        }
        for (from, to) in &folds[next_fold..] {
            let class = table.classify(to);
            table.astral.push((*from, class));
        }
        table
    }

    /// Classifies a folded string: a lone boundary or separator keeps its class; otherwise the
    /// kept characters go to the pool (a multi-character fold such as `⑴` → `(1)` keeps `1`).
    fn classify(&mut self, folded: &str) -> Class {
        let mut chars = folded.chars();
        if let (Some(only), None) = (chars.next(), chars.clone().next()) {
            if let Some(class) = class_of_folded(only) {
                return class;
            }
        }
        let start = self.pool.len();
        for c in folded.chars() {
            if class_of_folded(c).is_none() {
                self.pool
                    .extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
            }
        }
        let len = self.pool.len() - start;
        if len == 0 {
            return Class::Skip;
        }
        let start = u32::try_from(start).expect("the fold pool stays far below 4 GiB");
        Class::Keep {
            start,
            len: u8::try_from(len).expect("no fold is longer than 255 bytes"),
        }
    }

    /// The class of a character of the original text.
    #[inline]
    pub fn class(&self, c: char) -> Class {
        let code = c as usize;
        if code < 0x10000 {
            if self.changes[code / 64] & (1 << (code % 64)) == 0 {
                return IDENTITY;
            }
            return self.bmp[code];
        }
        match self.astral.binary_search_by_key(&c, |(from, _)| *from) {
            Ok(index) => self.astral[index].1,
            Err(_) => Class::Keep {
                start: u32::MAX,
                len: 0,
            },
        }
    }

    /// The folded bytes of a `Keep` class; `None` means the character folds to itself.
    #[inline]
    pub fn kept(&self, start: u32, len: u8) -> Option<&[u8]> {
        if start == u32::MAX {
            return None;
        }
        Some(&self.pool[start as usize..start as usize + len as usize])
    }
}

/// Han characters (CJK ideographs): letters for matching, but never part of a Latin word.
pub fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// Whether a character continues a Latin-style word, for whole-word phrases such as `RWA`.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !is_han(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(c: char) -> String {
        match TABLE.class(c) {
            Class::Keep { start, len } => match TABLE.kept(start, len) {
                Some(bytes) => String::from_utf8(bytes.to_vec()).unwrap(),
                None => c.to_string(),
            },
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn generated_table_is_not_empty() {
        assert!(generated::FOLDS.len() > 5000);
    }

    #[test]
    fn full_width_and_case_fold_to_ascii_lower() {
        assert_eq!(fold('Ｒ'), "r");
        assert_eq!(fold('W'), "w");
        assert_eq!(fold('a'), "a");
    }

    #[test]
    fn traditional_folds_to_simplified() {
        assert_eq!(fold('幣'), "币");
        assert_eq!(fold('資'), "资");
        assert_eq!(fold('穩'), "稳");
        assert_eq!(fold('币'), "币");
    }

    #[test]
    fn japanese_variants_fold_like_the_traditional_form() {
        assert_eq!(fold('産'), "产");
        assert_eq!(fold('穏'), "稳");
        assert_eq!(fold('貨'), "货");
    }

    #[test]
    fn characters_drawn_like_han_fold_to_it() {
        assert_eq!(fold('ロ'), "口"); // katakana ro
        assert_eq!(fold('カ'), "力"); // katakana ka
        assert_eq!(fold('⼯'), "工"); // Kangxi radical
    }

    #[test]
    fn cyrillic_and_greek_lookalikes_fold_to_latin() {
        assert_eq!(fold('А'), "a"); // Cyrillic capital A
        assert_eq!(fold('р'), "p"); // Cyrillic small er
        assert_eq!(fold('Α'), "a"); // Greek capital alpha
        assert_eq!(fold('Я'), "я");
    }

    #[test]
    fn latin_letters_are_not_merged_by_skeletons() {
        assert_eq!(fold('m'), "m");
        assert_eq!(fold('l'), "l");
        assert_eq!(fold('1'), "1");
        assert_eq!(fold('0'), "0");
    }

    #[test]
    fn separators_and_boundaries_are_classified() {
        assert_eq!(TABLE.class(' '), Class::Skip);
        assert_eq!(TABLE.class('\u{200B}'), Class::Skip);
        assert_eq!(TABLE.class('-'), Class::Skip);
        assert_eq!(TABLE.class('·'), Class::Skip);
        assert_eq!(TABLE.class('；'), Class::Sentence);
        assert_eq!(TABLE.class('。'), Class::Sentence);
        assert_eq!(TABLE.class('\n'), Class::Sentence);
        assert_eq!(TABLE.class('，'), Class::Clause);
        assert_eq!(TABLE.class('、'), Class::Clause);
        assert_eq!(TABLE.class('.'), Class::Dot);
        assert_eq!(TABLE.class('\u{0301}'), Class::Skip); // combining acute accent
    }

    #[test]
    fn han_is_not_a_word_character() {
        assert!(is_word_char('a'));
        assert!(is_word_char('Я'));
        assert!(!is_word_char('币'));
        assert!(!is_word_char('-'));
    }
}
