//! Oracles shared by several targets.
#![allow(dead_code)]

use std::ops::Range;

use redline::eval::record::Origin;
use redline::input::Loaded;

/// `range` is a non-inverted, char-aligned range of `source`.
pub fn check_range(source: &str, range: &Range<usize>, what: &str) {
    assert!(
        range.start <= range.end && source.get(range.clone()).is_some(),
        "{what}: span {range:?} is not a char-aligned range of the {}-byte source",
        source.len()
    );
}

/// Every span `input::load` reported lies inside `source` on character boundaries, and a text
/// field's origin agrees with its value: a verbatim value is its source bytes, a mapped one maps
/// every character, in order, onto whole characters of the source.
pub fn check_loaded(source: &str, loaded: &Loaded) {
    for problem in &loaded.problems {
        if let Some(span) = &problem.span {
            check_range(source, span, &format!("problem {}", problem.code));
        }
    }
    for record in &loaded.records {
        if let Some(span) = &record.span {
            check_range(source, span, "record");
        }
        for fact in &record.facts {
            if let Some(span) = &fact.span {
                check_range(source, span, &format!("fact {}", fact.name));
            }
        }
        for grant in &record.grants {
            if let Some(span) = &grant.span {
                check_range(source, span, "grant");
            }
        }
        for text in &record.texts {
            let what = format!("text field {}", text.name);
            match &text.origin {
                Origin::Verbatim(at) => {
                    let range = *at..at + text.value.len();
                    check_range(source, &range, &what);
                    assert_eq!(&source[range], text.value, "{what} is not verbatim");
                }
                Origin::Whole(span) => check_range(source, span, &what),
                Origin::Mapped(map) => {
                    // eval/record.rs: each character maps to the file range that wrote it (a
                    // reference `&#31283;` for `稳`); the value reads in file order, and the
                    // characters one reference decodes to share its range.
                    assert_eq!(map.len(), text.value.len(), "{what}: map length");
                    let mut previous: Option<Range<usize>> = None;
                    for (i, c) in text.value.char_indices() {
                        let written = map.to_file(i..i + c.len_utf8());
                        let Some(r) = written.clone().filter(|r| r.start < r.end) else {
                            panic!("{what}: {c:?} at byte {i} maps to {written:?}");
                        };
                        check_range(source, &r, &format!("{what}: {c:?} at byte {i}"));
                        if let Some(p) = &previous {
                            assert!(
                                *p == r || r.start >= p.end,
                                "{what}: {c:?} at byte {i} maps to {r:?}, before or across {p:?} of the character ahead"
                            );
                        }
                        previous = Some(r);
                    }
                }
                Origin::Detached => {}
            }
        }
    }
}
