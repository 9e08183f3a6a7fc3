//! What the evaluator sees of one registration or document: text fields, facts and grants, each
//! with the place in the input it came from. The evaluator never knows the input format.

use std::ops::Range;

use jiff::civil::Date;
use serde::Serialize;

pub use crate::dsl::ast::GrantKind;

/// The kinds of input a rule can apply to. Rows of an entity list are registrations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Subject {
    Registration,
    Document,
}

impl Subject {
    pub const ALL: [Subject; 2] = [Subject::Registration, Subject::Document];

    pub fn name(self) -> &'static str {
        match self {
            Subject::Registration => "registration",
            Subject::Document => "document",
        }
    }
}

/// How the bytes of a field's value sit in the input file.
#[derive(Clone, Debug, Default)]
pub enum Origin {
    /// Not from a file (a rule's example, a table cell reported by offsets within the cell).
    #[default]
    Detached,
    /// The value is written verbatim in the file starting at this byte offset.
    Verbatim(usize),
    /// Where each character of the value was written (folded YAML, block scalars, HTML text with
    /// character references): `&#31283;` decoded to `稳` maps to the whole reference.
    Mapped(ByteMap),
    /// The value could not be aligned with its source (escapes); findings cover the whole value.
    Whole(Range<usize>),
}

impl Origin {
    /// The file byte range of the value's bytes `range`, if the value came from a file.
    pub fn to_file(&self, range: Range<usize>) -> Option<Range<usize>> {
        match self {
            Origin::Detached => None,
            Origin::Verbatim(base) => Some(base + range.start..base + range.end),
            Origin::Mapped(map) => map.to_file(range),
            Origin::Whole(span) => Some(span.clone()),
        }
    }
}

/// For each byte of a value, the file range of the character it belongs to, as it was written
/// there: a character may take more bytes in the file than in the value (`&#31283;` for `稳`).
#[derive(Clone, Debug, Default)]
pub struct ByteMap {
    starts: Vec<u32>,
    ends: Vec<u32>,
}

impl ByteMap {
    pub fn with_capacity(bytes: usize) -> ByteMap {
        ByteMap {
            starts: Vec::with_capacity(bytes),
            ends: Vec::with_capacity(bytes),
        }
    }

    /// Adds a character of `len` bytes in the value, written as `written` bytes of the file from
    /// offset `at`.
    pub fn push_char(&mut self, at: usize, len: usize, written: usize) {
        self.starts.extend(std::iter::repeat_n(at as u32, len));
        self.ends
            .extend(std::iter::repeat_n((at + written) as u32, len));
    }

    /// Adds text written verbatim in the file from offset `at`.
    pub fn push_verbatim(&mut self, at: usize, text: &str) {
        for (i, c) in text.char_indices() {
            self.push_char(at + i, c.len_utf8(), c.len_utf8());
        }
    }

    /// The file range that wrote the value's bytes `range`.
    pub fn to_file(&self, range: Range<usize>) -> Option<Range<usize>> {
        let start = *self.starts.get(range.start)? as usize;
        let end = *self.ends.get(range.end.checked_sub(1)?)? as usize;
        Some(start..end)
    }

    /// The same map for a value `by` bytes further into the file.
    pub fn shifted(self, by: usize) -> ByteMap {
        let shift = |v: Vec<u32>| v.into_iter().map(|m| m + by as u32).collect();
        ByteMap {
            starts: shift(self.starts),
            ends: shift(self.ends),
        }
    }

    pub fn len(&self) -> usize {
        self.starts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }
}

#[derive(Clone, Debug)]
pub struct TextField {
    pub name: String,
    pub value: String,
    pub origin: Origin,
}

#[derive(Clone, Debug)]
pub struct Fact {
    /// A dotted path such as `entity_type` or `parent.jurisdiction`.
    pub name: String,
    pub value: String,
    pub span: Option<Range<usize>>,
}

/// An approval, consent or filing the entity holds.
#[derive(Clone, Debug)]
pub struct Grant {
    pub kind: GrantKind,
    /// What it is for, as rules name it (`rwa`, `rmb-stablecoin`).
    pub name: String,
    pub id: Option<String>,
    pub authority: Option<String>,
    pub expires: Option<Date>,
    pub span: Option<Range<usize>>,
}

#[derive(Clone, Debug)]
pub struct Record {
    pub subject: Subject,
    /// 1-based position in its file (entity in a registration file, data row in a table).
    pub index: usize,
    pub texts: Vec<TextField>,
    pub facts: Vec<Fact>,
    pub grants: Vec<Grant>,
    /// Where the whole record sits in its file, for findings that have no narrower place.
    pub span: Option<Range<usize>>,
}

impl Record {
    pub fn new(subject: Subject, index: usize) -> Record {
        Record {
            subject,
            index,
            texts: Vec::new(),
            facts: Vec::new(),
            grants: Vec::new(),
            span: None,
        }
    }

    pub fn fact(&self, name: &str) -> Option<&Fact> {
        self.facts.iter().find(|f| f.name == name)
    }

    /// Sets a fact, reusing its buffer. Enumerated facts (`entity_type`, `jurisdiction` …) are
    /// stored canonically; free-text facts such as `id` are kept as written, only trimmed.
    pub fn set_fact(&mut self, name: &str, value: &str, span: Option<Range<usize>>) {
        let enumerated = super::schema::field(name).and_then(|f| f.values);
        let fact = match self.facts.iter().position(|f| f.name == name) {
            Some(index) => &mut self.facts[index],
            None => {
                self.facts.push(Fact {
                    name: name.to_string(),
                    value: String::new(),
                    span: None,
                });
                self.facts.last_mut().expect("just pushed")
            }
        };
        fact.value.clear();
        if let Some(values) = enumerated {
            fact.value
                .push_str(&super::schema::canonical_value(values, value));
        } else {
            fact.value.push_str(value.trim());
        }
        fact.span = span;
    }

    /// Sets the `slot`-th text field, reusing its buffers (a batch audit fills one record per row).
    pub fn set_text(&mut self, slot: usize, name: &str, value: &str) {
        if slot == self.texts.len() {
            self.texts.push(TextField {
                name: String::new(),
                value: String::new(),
                origin: Origin::Detached,
            });
        }
        let field = &mut self.texts[slot];
        if field.name != name {
            field.name.clear();
            field.name.push_str(name);
        }
        field.value.clear();
        field.value.push_str(value);
    }

    pub fn push_text(&mut self, name: &str, value: String, origin: Origin) {
        self.texts.push(TextField {
            name: name.to_string(),
            value,
            origin,
        });
    }
}

/// Fact values compare case- and spacing-insensitively: `Financial Institution`,
/// `financial-institution` and `financial_institution` are one value.
pub fn canonical_fact(value: &str) -> String {
    let canonical = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_';
    if value.chars().all(canonical) {
        return value.to_string();
    }
    value
        .trim()
        .chars()
        .map(|c| {
            if c == ' ' || c == '-' {
                '_'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

/// Reads a grant's expiry date (`YYYY-MM-DD`).
pub fn parse_date(text: &str) -> Option<Date> {
    text.trim().parse::<Date>().ok()
}
