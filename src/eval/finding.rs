//! A finding: what a rule reports about one place in one record.

use std::ops::Range;

use serde::Serialize;

use crate::dsl::model::Severity;

#[derive(Clone, Debug, Serialize)]
pub struct Finding {
    pub rule: String,
    pub notice: String,
    /// The notice and article in the run's language: `Yinfa [2026] No. 42, art. 8 ¶1`,
    /// `银发〔2026〕42号 第八条第一款`.
    pub citation: String,
    pub article: u32,
    pub paragraph: Option<u32>,
    pub severity: Severity,
    /// 1-based position of the record in its file.
    pub record: usize,
    pub field: Option<String>,
    /// Byte range in the input file, when the record came from one.
    #[serde(skip)]
    pub span: Option<Range<usize>>,
    /// Byte range within the field's value.
    #[serde(skip)]
    pub value_range: Option<Range<usize>>,
    /// The text as the user wrote it.
    pub matched: Option<String>,
    /// The rule file's phrase that it matched.
    pub term: Option<String>,
    /// The second place a `near` condition found.
    pub related: Option<Related>,
    pub message: String,
    pub help: String,
    /// The notice's exceptions that were considered and why each did not apply.
    pub exceptions: Vec<String>,
    /// Further places of this rule in the same field, past the per-field limit, not reported
    /// one by one.
    #[serde(skip_serializing_if = "is_zero")]
    pub omitted: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

#[derive(Clone, Debug, Serialize)]
pub struct Related {
    pub field: String,
    #[serde(skip)]
    pub span: Option<Range<usize>>,
    pub matched: String,
    pub term: String,
}
