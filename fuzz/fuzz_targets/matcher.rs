//! Normalization and term matching against the built-in rules' phrases, on arbitrary UTF-8.
//! Checks, for every match: `original` is a non-empty, char-aligned range of the text; the phrase
//! belongs to the match's term set; a whole-word phrase has no word character on either side
//! (terms.rs `is_whole_word`); and the normalized form of the matched original bytes contains the
//! phrase's normalized form.
//!
//! Why "contains" and not "equals": `original_range` widens a match to whole original
//! characters, and one character can fold to several (`ﬁ` → `fi`, `㎏` → `kg`), so a match may
//! begin or end inside one character's fold. Re-normalizing the slice alone is otherwise exact:
//! the slice starts and ends on characters that contribute bytes, a full stop inside it is
//! followed by the same character as in the whole text, and a match never spans a boundary mark.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use redline::dsl::model::RuleSet;
use redline::text::fold::is_word_char;
use redline::text::normalize::{normalize_phrase, Normalized};

static RULES: LazyLock<RuleSet> = LazyLock::new(redline::dsl::builtin);

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let normalized = Normalized::of(text);
    let mut out = Vec::new();
    for notice in &RULES.notices {
        out.clear();
        notice.matcher.find(text, &normalized, &mut out);
        for m in &out {
            let range = m.original.clone();
            assert!(
                range.start < range.end && text.get(range.clone()).is_some(),
                "match {m:?} is not a non-empty char-aligned range of the {}-byte text",
                text.len()
            );
            let phrase = &notice.phrases[m.phrase];
            assert!(
                notice.term_sets[m.set].phrases.contains(&m.phrase),
                "phrase {:?} reported for set {}, which does not hold it",
                phrase.text,
                notice.term_sets[m.set].name
            );
            if phrase.whole_word {
                let before = text[..range.start].chars().next_back();
                let after = text[range.end..].chars().next();
                assert!(
                    !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char),
                    "whole-word phrase {:?} matched inside a word at {range:?}",
                    phrase.text
                );
            }
            let wanted = normalize_phrase(&phrase.text).expect("compiled phrases normalize");
            let found = Normalized::of(&text[range.clone()]);
            assert!(
                found
                    .as_bytes()
                    .windows(wanted.len())
                    .any(|w| w == wanted.as_bytes()),
                "match of {:?} at {range:?} reads {:?}, normalized {:?}",
                phrase.text,
                &text[range.clone()],
                String::from_utf8_lossy(found.as_bytes())
            );
        }
    }
});
