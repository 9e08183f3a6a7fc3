//! What an input hands over, before any rule sees it: a keyed tree of values, each knowing where
//! its bytes sit in the file. YAML and JSON filings, front matter and a rule's `example { … }`
//! all become such a tree; the evaluator builds records from it.

use std::ops::Range;

/// A value as an input format hands it over.
#[derive(Clone, Debug)]
pub enum Tree {
    /// A single value: a string, or a number or boolean turned into text.
    Scalar {
        /// The value as text, escapes resolved.
        value: String,
        /// Where each byte of `value` was written.
        origin: Origin,
        /// Byte range of the whole scalar in its source (quotes included), when known.
        span: Option<Range<usize>>,
    },
    /// A sequence of values.
    List {
        /// The items in the order written.
        items: Vec<Tree>,
        /// Byte range of the whole list in its source, when known.
        span: Option<Range<usize>>,
    },
    /// Keys with their values.
    Map {
        /// The entries in the order written.
        entries: Vec<(Key, Tree)>,
        /// Byte range of the whole map in its source, when known.
        span: Option<Range<usize>>,
    },
    /// No value: `null`, `~`, or nothing after the key.
    Null {
        /// Byte range of the null in its source, when known.
        span: Option<Range<usize>>,
    },
}

/// A map key and where it was written.
#[derive(Clone, Debug)]
pub struct Key {
    /// The key as written.
    pub name: String,
    /// Byte range of the key in its source, when known.
    pub span: Option<Range<usize>>,
}

impl Tree {
    /// Byte range of the whole value in its source (the input file, or the rule file for an
    /// example), when known.
    pub fn span(&self) -> Option<Range<usize>> {
        match self {
            Tree::Scalar { span, .. }
            | Tree::List { span, .. }
            | Tree::Map { span, .. }
            | Tree::Null { span } => span.clone(),
        }
    }
}

/// How the bytes of a field's value sit in the input file.
#[derive(Clone, Debug, Default)]
pub enum Origin {
    /// Not placed in a file: a table cell, whose findings are reported by offsets within it.
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
    /// Where the value's bytes `range` sit, as the origin of a value of its own.
    pub fn slice(&self, range: Range<usize>) -> Origin {
        match self {
            Origin::Detached => Origin::Detached,
            Origin::Verbatim(base) => Origin::Verbatim(base + range.start),
            Origin::Mapped(map) => Origin::Mapped(map.slice(range)),
            Origin::Whole(span) => Origin::Whole(span.clone()),
        }
    }

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
    /// An empty map with room for a value of `bytes` bytes.
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

    /// Adds the bytes of another map after these.
    pub fn append(&mut self, mut other: ByteMap) {
        self.starts.append(&mut other.starts);
        self.ends.append(&mut other.ends);
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

    /// The map of the value's bytes `range`, as a value of its own.
    pub fn slice(&self, range: Range<usize>) -> ByteMap {
        ByteMap {
            starts: self.starts[range.clone()].to_vec(),
            ends: self.ends[range].to_vec(),
        }
    }

    /// The same map for a value `by` bytes further into the file.
    pub fn shifted(self, by: usize) -> ByteMap {
        let shift = |v: Vec<u32>| v.into_iter().map(|m| m + by as u32).collect();
        ByteMap {
            starts: shift(self.starts),
            ends: shift(self.ends),
        }
    }

    /// How many bytes of the value are mapped.
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    /// Whether no byte is mapped.
    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }
}
