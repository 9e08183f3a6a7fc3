//! What the evaluator sees of one registration or document: text fields, facts and grants, each
//! with the place in the input it came from. The evaluator never knows the input format.

use std::ops::Range;

use jiff::civil::Date;

pub use crate::vocabulary::tree::{ByteMap, Origin};
pub use crate::vocabulary::{canonical_fact, GrantKind, Subject};

/// A text field rules look for phrases in: a name, a business scope item, a title, a body.
#[derive(Clone, Debug)]
pub struct TextField {
    /// The schema's name for it (`name`, `business_scope`, `body`); the items of a business scope
    /// written as a list are fields of the same name.
    pub name: String,
    /// The text as the input gave it, decoded but not normalized.
    pub value: String,
    /// Where each byte of `value` sits in the input file.
    pub origin: Origin,
    /// Byte ranges of `value` that the page quotes (a blockquote): what it says there is, unless
    /// the page speaks in its own voice elsewhere, someone else's words.
    pub quoted: Vec<std::ops::Range<usize>>,
    /// A copy of part of another field (a registered name or scope shown on a page): only the
    /// rules that name its field read it, so the page's words are not counted twice.
    pub derived: bool,
    /// Byte ranges of `value` that write a registered name the page shows (its own company's):
    /// a name is no offer, so only the rules that read names count the words inside it.
    pub names: Vec<std::ops::Range<usize>>,
}

/// A single value a rule compares: `entity_type`, `jurisdiction`, `parent.name` …
#[derive(Clone, Debug)]
pub struct Fact {
    /// A dotted path such as `entity_type` or `parent.jurisdiction`.
    pub name: String,
    /// Canonical for an enumerated fact (`financial_institution`), trimmed free text otherwise.
    pub value: String,
    /// Byte range of the value in the input file, when it came from one.
    pub span: Option<Range<usize>>,
    /// Read from the page's words (an `infer` block), not stated: the words, and the block.
    pub read_from: Option<(String, String)>,
    /// Neither stated nor read but assumed, as a registry assumes a filing is domestic: what
    /// the record's own words say (an `infer` block) replaces it.
    pub assumed: bool,
}

/// An approval, consent or filing the entity holds.
#[derive(Clone, Debug)]
pub struct Grant {
    /// Approval, consent or filing: the field that listed it.
    pub kind: GrantKind,
    /// What it is for, as rules name it (`rwa`, `rmb-stablecoin`).
    pub name: String,
    /// Its number or reference as written (`CSRC-2026-1`), if given.
    pub id: Option<String>,
    /// Who granted it, as written, if given.
    pub authority: Option<String>,
    /// The last day it is valid; `None` when it does not expire.
    pub expires: Option<Date>,
    /// Byte range of the grant in the input file, when it came from one.
    pub span: Option<Range<usize>>,
}

/// One registration or document as rules see it, whatever the input format.
#[derive(Clone, Debug)]
pub struct Record {
    /// Registration or document: which rules apply to it.
    pub subject: Subject,
    /// 1-based position in its file (entity in a registration file, data row in a table).
    pub index: usize,
    /// The text fields, in the order read.
    pub texts: Vec<TextField>,
    /// The facts, one per name.
    pub facts: Vec<Fact>,
    /// The approvals, consents and filings it shows.
    pub grants: Vec<Grant>,
    /// Where the whole record sits in its file, for findings that have no narrower place.
    pub span: Option<Range<usize>>,
}

impl Record {
    /// An empty record, at 1-based position `index` in its file.
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

    /// The fact called `name` (a dotted path for a nested one), if the record has it.
    pub fn fact(&self, name: &str) -> Option<&Fact> {
        self.facts.iter().find(|f| f.name == name)
    }

    /// Sets a fact, reusing its buffer. Enumerated facts (`entity_type`, `jurisdiction` …) are
    /// stored canonically; free-text facts such as `id` are kept as written, only trimmed.
    pub fn set_fact(&mut self, name: &str, value: &str, span: Option<Range<usize>>) {
        let enumerated = crate::vocabulary::schema::field(name).and_then(|f| f.values);
        let fact = match self.facts.iter().position(|f| f.name == name) {
            Some(index) => &mut self.facts[index],
            None => {
                self.facts.push(Fact {
                    read_from: None,
                    name: name.to_string(),
                    value: String::new(),
                    span: None,
                    assumed: false,
                });
                self.facts.last_mut().expect("just pushed")
            }
        };
        fact.value.clear();
        if let Some(values) = enumerated {
            fact.value
                .push_str(&crate::vocabulary::schema::canonical_value(values, value));
        } else {
            fact.value.push_str(value.trim());
        }
        fact.span = span;
        fact.assumed = false;
    }

    /// Assumes `name` is `value` unless the record states it: what its words say may replace
    /// the assumption.
    pub fn assume_fact(&mut self, name: &str, value: &str) {
        if self.fact(name).is_none() {
            self.set_fact(name, value, None);
            if let Some(fact) = self.facts.iter_mut().find(|f| f.name == name) {
                fact.assumed = true;
            }
        }
    }

    /// Sets the `slot`-th text field, reusing its buffers (a batch audit fills one record per row).
    pub fn set_text(&mut self, slot: usize, name: &str, value: &str) {
        if slot == self.texts.len() {
            self.texts.push(TextField {
                name: String::new(),
                value: String::new(),
                origin: Origin::Detached,
                quoted: Vec::new(),
                derived: false,
                names: Vec::new(),
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

    /// Adds a text field read from an input, with where its bytes were written.
    pub fn push_text(&mut self, name: &str, value: String, origin: Origin) {
        self.texts.push(TextField {
            name: name.to_string(),
            value,
            origin,
            quoted: Vec::new(),
            derived: false,
            names: Vec::new(),
        });
    }
}

/// Reads a grant's expiry date (`YYYY-MM-DD`).
pub fn parse_date(text: &str) -> Option<Date> {
    text.trim().parse::<Date>().ok()
}
