//! All phrases of a rule file in one automaton.
//!
//! The matcher knows term sets and phrases, never rules: it answers "where in this text does a
//! phrase of set S occur", after the set's false friends (`except`) and whole-word requirements
//! have been applied.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, MatchKind};

use super::fold::{is_word_char, Class, TABLE};
use super::normalize::Normalized;

/// One phrase of a term set, already normalized.
#[derive(Clone, Debug)]
pub struct PhraseSpec {
    /// The set it belongs to (an index into the caller's list of sets).
    pub set: usize,
    /// An identifier the caller uses to name the phrase in findings.
    pub phrase: usize,
    /// The phrase after [`normalize_phrase`](super::normalize::normalize_phrase): what the
    /// automaton looks for.
    pub normalized: String,
    /// Match only where the original text has no letter or digit right before or after.
    pub whole_word: bool,
    /// A false friend: a match of this set lying inside it does not count.
    pub except: bool,
}

#[derive(Clone, Copy, Debug)]
struct Owner {
    set: u32,
    phrase: u32,
    whole_word: bool,
    except: bool,
}

/// Where a phrase of a set was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TermMatch {
    /// The set it belongs to (the index the caller gave in [`PhraseSpec::set`]).
    pub set: usize,
    /// The phrase it matched (the caller's identifier from [`PhraseSpec::phrase`]).
    pub phrase: usize,
    /// Byte range in the normalized text.
    pub normalized: Range<usize>,
    /// Byte range in the original text.
    pub original: Range<usize>,
}

/// Every phrase of a rule file, false friends included, in one automaton: one pass over a
/// normalized text finds every set's matches.
pub struct TermMatcher {
    automaton: AhoCorasick,
    owners: Vec<Vec<Owner>>,
    /// The longest normalized phrase, in bytes.
    longest: usize,
}

/// Some sets' phrases as an automaton stepped by hand, for [`Prefilter::presence`], behind an
/// n-gram test that rules out most texts before the automaton sees them.
pub struct Prefilter {
    ngrams: Ngrams,
    automaton: aho_corasick::nfa::contiguous::NFA,
    /// For each pattern, the sets it belongs to.
    sets: Vec<Vec<u32>>,
}

/// Which sets may occur in a text: a set's bit is on when one of its phrases occurs in the
/// folded text. Whole-word and `except` checks are left to [`TermMatcher::find`], so a bit that
/// is off is certain and a bit that is on is only possible.
#[derive(Clone, Debug, Default)]
pub struct SetBits(Vec<u64>);

impl SetBits {
    /// Turns every bit off, keeping the buffer for the next text.
    pub fn clear(&mut self) {
        self.0.iter_mut().for_each(|w| *w = 0);
    }

    /// Marks `set` as possibly present.
    pub fn insert(&mut self, set: usize) {
        let word = set / 64;
        if self.0.len() <= word {
            self.0.resize(word + 1, 0);
        }
        self.0[word] |= 1 << (set % 64);
    }

    /// Whether `set` may occur.
    pub fn contains(&self, set: usize) -> bool {
        self.0
            .get(set / 64)
            .is_some_and(|w| w & (1 << (set % 64)) != 0)
    }

    /// Whether no set may occur at all.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|w| *w == 0)
    }
}

impl Prefilter {
    /// A prefilter for the phrases of `phrases` that belong to `sets` (false friends left out:
    /// they only ever remove matches).
    pub fn new(phrases: &[PhraseSpec], sets: &[usize]) -> Prefilter {
        let mut patterns: Vec<&str> = Vec::new();
        let mut owners: Vec<Vec<u32>> = Vec::new();
        let mut index: HashMap<&str, usize> = HashMap::new();
        for spec in phrases
            .iter()
            .filter(|p| !p.except && sets.contains(&p.set))
        {
            let id = *index.entry(spec.normalized.as_str()).or_insert_with(|| {
                patterns.push(spec.normalized.as_str());
                owners.push(Vec::new());
                patterns.len() - 1
            });
            if !owners[id].contains(&(spec.set as u32)) {
                owners[id].push(spec.set as u32);
            }
        }
        let automaton = aho_corasick::nfa::contiguous::Builder::new()
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .expect("normalized phrases always build an automaton");
        let ngrams = Ngrams::new(&patterns);
        Prefilter {
            ngrams,
            automaton,
            sets: owners,
        }
    }

    /// Adds to `bits` the sets whose phrases may occur in `text`, folding each character as
    /// [`Normalized`] does but feeding the automaton directly: no normalized copy, no offset map.
    /// This is the fast path that lets most rows of an audit skip exact matching.
    pub fn presence(&self, text: &str, bits: &mut SetBits) {
        if !self.ngrams.may_occur(text) {
            return;
        }
        let table = &*TABLE;
        let start = self
            .automaton
            .start_state(Anchored::No)
            .expect("an unanchored automaton has a start state");
        let mut state = start;
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let byte = bytes[i];
            let (c, len) = if byte < 0x80 {
                (byte as char, 1)
            } else {
                let c = text[i..]
                    .chars()
                    .next()
                    .expect("i is on a character boundary");
                (c, c.len_utf8())
            };
            match table.class(c) {
                Class::Keep {
                    start: pool,
                    len: fold_len,
                } => {
                    let folded = table.kept(pool, fold_len).unwrap_or(&bytes[i..i + len]);
                    for b in folded {
                        state = self.step(state, *b, bits);
                    }
                }
                // A full stop may end a sentence; assuming it does not can only find more.
                Class::Skip | Class::Dot => {}
                Class::Clause | Class::Sentence => state = start,
            }
            i += len;
        }
    }

    #[inline(always)]
    fn step(&self, state: StateID, byte: u8, bits: &mut SetBits) -> StateID {
        let next = self.automaton.next_state(Anchored::No, state, byte);
        if self.automaton.is_match(next) {
            for i in 0..self.automaton.match_len(next) {
                for set in &self.sets[self.automaton.match_pattern(next, i).as_usize()] {
                    bits.insert(*set as usize);
                }
            }
        }
        next
    }
}

/// The first one to four folded characters of every phrase. A phrase can only occur where its
/// leading n-gram does, so a text with no such n-gram cannot contain any phrase. Lookups go to
/// bitmaps small enough to stay in the fastest cache; a bitmap hit is confirmed in an exact set,
/// so hash collisions cost a lookup, not a false "look closer".
struct Ngrams {
    /// Indexed by n - 1: phrases of one, two, three, and four or more characters.
    maps: [Box<[u64; 1024]>; 4],
    /// Which of the maps hold anything: a text is never checked against an empty one.
    used: [bool; 4],
    exact: HashSet<(usize, [u32; 4])>,
}

impl Ngrams {
    fn new(phrases: &[&str]) -> Ngrams {
        let mut maps = [(); 4].map(|_| Box::new([0u64; 1024]));
        let mut used = [false; 4];
        let mut exact = HashSet::new();
        for phrase in phrases {
            let chars: Vec<u32> = phrase.chars().take(4).map(|c| c as u32).collect();
            let n = chars.len();
            if n == 0 {
                continue;
            }
            let mut gram = [0u32; 4];
            gram[4 - n..].copy_from_slice(&chars);
            let key = Self::key(&gram, n);
            maps[n - 1][key / 64] |= 1 << (key % 64);
            used[n - 1] = true;
            exact.insert((n, gram));
        }
        Ngrams { maps, used, exact }
    }

    /// A character's hash; an n-gram's key combines the hashes of its characters.
    #[inline(always)]
    fn mix(c: u32) -> u32 {
        c.wrapping_mul(0x9E37_79B1)
    }

    /// The key of an n-gram ending in a character with hash `m`, after `m1`, `m2`, `m3`.
    #[inline(always)]
    fn keys(m: u32, m1: u32, m2: u32, m3: u32) -> [u32; 4] {
        let k2 = m ^ m1.rotate_left(7);
        let k3 = k2 ^ m2.rotate_left(14);
        [m, k2, k3, k3 ^ m3.rotate_left(21)]
    }

    fn key(gram: &[u32; 4], n: usize) -> usize {
        let [a, b, c, d] = gram.map(Self::mix);
        (Self::keys(d, c, b, a)[n - 1] >> 16) as usize
    }

    #[inline(always)]
    fn bit(&self, n: usize, key: u32) -> bool {
        let key = (key >> 16) as usize;
        self.maps[n - 1][key / 64] & (1 << (key % 64)) != 0
    }

    /// Confirms a bitmap hit: the last `n` characters of `gram` begin some phrase.
    #[cold]
    fn confirm(&self, n: usize, gram: &[u32; 4]) -> bool {
        let mut exact = [0u32; 4];
        exact[4 - n..].copy_from_slice(&gram[4 - n..]);
        !exact[4 - n..].contains(&0) && self.exact.contains(&(n, exact))
    }

    /// Whether some phrase's leading n-gram occurs in the folded text.
    fn may_occur(&self, text: &str) -> bool {
        let table = &*TABLE;
        let mut window = Window::default();
        for c in text.chars() {
            let found = match table.class(c) {
                Class::Keep { start, len } => match table.kept(start, len) {
                    None => window.push(self, c as u32),
                    Some(folded) => {
                        let folded = std::str::from_utf8(folded).expect("folds are UTF-8");
                        folded.chars().any(|f| window.push(self, f as u32))
                    }
                },
                Class::Skip | Class::Dot => false,
                // A boundary enters the window as 0, which no phrase contains.
                Class::Clause | Class::Sentence => window.push(self, 0),
            };
            if found {
                return true;
            }
        }
        false
    }
}

/// The last four folded characters of the current clause (0: none) and their hashes.
#[derive(Clone, Copy, Default)]
struct Window {
    gram: [u32; 4],
    m1: u32,
    m2: u32,
    m3: u32,
}

impl Window {
    /// Adds a character; whether some phrase's leading n-gram now ends the window.
    #[inline(always)]
    fn push(&mut self, ngrams: &Ngrams, c: u32) -> bool {
        self.gram = [self.gram[1], self.gram[2], self.gram[3], c];
        let m = Ngrams::mix(c);
        let [k1, k2, k3, k4] = Ngrams::keys(m, self.m1, self.m2, self.m3);
        (self.m3, self.m2, self.m1) = (self.m2, self.m1, m);
        (ngrams.used[0] && ngrams.bit(1, k1) && ngrams.confirm(1, &self.gram))
            || (ngrams.used[1] && ngrams.bit(2, k2) && ngrams.confirm(2, &self.gram))
            || (ngrams.used[2] && ngrams.bit(3, k3) && ngrams.confirm(3, &self.gram))
            || (ngrams.used[3] && ngrams.bit(4, k4) && ngrams.confirm(4, &self.gram))
    }
}

impl TermMatcher {
    /// Builds the automaton over `phrases`; phrases with the same normalized form share one
    /// pattern.
    pub fn new(phrases: &[PhraseSpec]) -> TermMatcher {
        let mut patterns: Vec<&str> = Vec::new();
        let mut owners: Vec<Vec<Owner>> = Vec::new();
        let mut index: HashMap<&str, usize> = HashMap::new();
        for spec in phrases {
            let id = *index.entry(spec.normalized.as_str()).or_insert_with(|| {
                patterns.push(spec.normalized.as_str());
                owners.push(Vec::new());
                patterns.len() - 1
            });
            owners[id].push(Owner {
                set: spec.set as u32,
                phrase: spec.phrase as u32,
                whole_word: spec.whole_word,
                except: spec.except,
            });
        }
        // A contiguous NFA, not a DFA: as fast on the few texts that reach the exact pass, and a
        // few megabytes smaller for a vocabulary of this size.
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&patterns)
            .or_else(|_| {
                AhoCorasick::builder()
                    .match_kind(MatchKind::Standard)
                    .build(&patterns)
            })
            .expect("normalized phrases always build an automaton");
        let longest = patterns.iter().map(|p| p.len()).max().unwrap_or(0);
        TermMatcher {
            automaton,
            owners,
            longest,
        }
    }

    /// The byte length of the longest normalized phrase: no match is longer.
    pub fn longest_phrase(&self) -> usize {
        self.longest
    }

    /// Appends to `out` every match in `original`, whose normalized form is `normalized`.
    pub fn find(&self, original: &str, normalized: &Normalized, out: &mut Vec<TermMatch>) {
        let first = out.len();
        let mut excepts: Vec<(usize, Range<usize>)> = Vec::new();
        for hit in self.automaton.find_overlapping_iter(normalized.as_bytes()) {
            for owner in &self.owners[hit.pattern().as_usize()] {
                let range = hit.start()..hit.end();
                if owner.except {
                    excepts.push((owner.set as usize, range));
                    continue;
                }
                let original_range = normalized.original_range(original, range.clone());
                if owner.whole_word && !is_whole_word(original, &original_range) {
                    continue;
                }
                out.push(TermMatch {
                    set: owner.set as usize,
                    phrase: owner.phrase as usize,
                    normalized: range,
                    original: original_range,
                });
            }
        }
        if out.len() == first {
            return;
        }
        let mut found = out.split_off(first);
        // Sorted by set, then start, longest first: a match lies inside an earlier one of its set
        // exactly when that one reaches at least as far. One sweep, so the cost grows with the
        // number of matches, not its square.
        found.sort_by_key(|m| {
            (
                m.set,
                m.normalized.start,
                std::cmp::Reverse(m.normalized.end),
            )
        });
        excepts.sort_by_key(|(set, range)| (*set, range.start));
        let mut next_except = 0;
        // The furthest end of the false friends of the current set that start at or before the
        // candidate, and of the kept or shadowed matches before it.
        let mut except_reach: Option<(usize, usize)> = None;
        let mut match_reach: Option<(usize, usize)> = None;
        for candidate in found {
            let set = candidate.set;
            let start = candidate.normalized.start;
            while let Some((except_set, range)) = excepts.get(next_except) {
                if (*except_set, range.start) > (set, start) {
                    break;
                }
                if *except_set == set {
                    except_reach = Some(match except_reach {
                        Some((s, end)) if s == set => (set, end.max(range.end)),
                        _ => (set, range.end),
                    });
                }
                next_except += 1;
            }
            let end = candidate.normalized.end;
            let excepted = matches!(except_reach, Some((s, reach)) if s == set && reach >= end);
            // Within a set only the longest match counts: `虚拟货币` is one finding, not two
            // with `虚拟币`-like fragments inside it.
            let shadowed = matches!(match_reach, Some((s, reach)) if s == set && reach >= end);
            match_reach = Some(match match_reach {
                Some((s, reach)) if s == set => (set, reach.max(end)),
                _ => (set, end),
            });
            if !excepted && !shadowed {
                out.push(candidate);
            }
        }
        out[first..].sort_by_key(|m| (m.original.start, m.set, m.original.end));
    }
}

fn is_whole_word(original: &str, range: &Range<usize>) -> bool {
    let before = original[..range.start].chars().next_back();
    let after = original[range.end..].chars().next();
    !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::normalize_phrase;

    fn spec(set: usize, phrase: usize, text: &str, whole_word: bool, except: bool) -> PhraseSpec {
        PhraseSpec {
            set,
            phrase,
            normalized: normalize_phrase(text).unwrap(),
            whole_word,
            except,
        }
    }

    fn matched<'a>(matcher: &TermMatcher, text: &'a str) -> Vec<(usize, &'a str)> {
        let mut out = Vec::new();
        matcher.find(text, &Normalized::of(text), &mut out);
        out.into_iter()
            .map(|m| (m.set, &text[m.original]))
            .collect()
    }

    #[test]
    fn whole_words_skip_longer_words() {
        let matcher = TermMatcher::new(&[spec(0, 0, "RWA", true, false)]);
        assert_eq!(matched(&matcher, "Rwanda coffee"), vec![]);
        assert_eq!(matched(&matcher, "RWA platform"), vec![(0, "RWA")]);
        assert_eq!(matched(&matcher, "开展RWA业务"), vec![(0, "RWA")]);
        assert_eq!(matched(&matcher, "R-W-A tokens"), vec![(0, "R-W-A")]);
    }

    #[test]
    fn excepted_false_friends_do_not_count() {
        let matcher = TermMatcher::new(&[
            spec(0, 0, "人民币", false, false),
            spec(0, 1, "数字人民币", false, true),
        ]);
        assert_eq!(matched(&matcher, "数字人民币钱包"), vec![]);
        assert_eq!(matched(&matcher, "锚定人民币"), vec![(0, "人民币")]);
    }

    #[test]
    fn longest_match_in_a_set_wins_but_sets_are_independent() {
        let matcher = TermMatcher::new(&[
            spec(0, 0, "货币", false, false),
            spec(0, 1, "虚拟货币", false, false),
            spec(1, 2, "货币", false, false),
        ]);
        assert_eq!(
            matched(&matcher, "虚拟货币"),
            vec![(0, "虚拟货币"), (1, "货币")]
        );
    }

    #[test]
    fn presence_finds_what_find_finds() {
        let specs = [
            spec(0, 0, "加密资产", false, false),
            spec(1, 1, "RWA", true, false),
            spec(2, 2, "swap", false, false),
        ];
        let matcher = Prefilter::new(&specs, &[0, 1]);
        let mut bits = SetBits::default();
        matcher.presence("香港加密 資產托管", &mut bits);
        assert!(bits.contains(0) && !bits.contains(1) && !bits.contains(2));
        bits.clear();
        matcher.presence("通信加密；资产评估 ＲＷＡ", &mut bits);
        assert!(!bits.contains(0) && bits.contains(1));
    }

    #[test]
    fn matches_never_cross_a_boundary() {
        let matcher = TermMatcher::new(&[spec(0, 0, "加密资产", false, false)]);
        assert_eq!(matched(&matcher, "通信加密；资产评估"), vec![]);
        assert_eq!(matched(&matcher, "通信加密、资产评估"), vec![]);
        assert_eq!(matched(&matcher, "加密 資產托管"), vec![(0, "加密 資產")]);
    }
}
