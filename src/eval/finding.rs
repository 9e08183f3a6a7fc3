//! A finding: what a rule reports about one place in one record.

use std::ops::Range;

use serde::Serialize;

use crate::vocabulary::Severity;

/// What a rule reports about one place in one record: the rule and article, where, what was found
/// and what to do.
#[derive(Clone, Debug, Serialize)]
pub struct Finding {
    /// The id of the rule that reported it: a stable code that suppressions and baselines name.
    pub rule: String,
    /// The id of the notice the rule belongs to.
    pub notice: String,
    /// The notice and article in the run's language: `Yinfa [2026] No. 42, art. 8 ¶1`,
    /// `银发〔2026〕42号 第八条第一款`.
    pub citation: String,
    /// The article the rule enforces.
    pub article: u32,
    /// The paragraph of that article, when the rule names one.
    pub paragraph: Option<u32>,
    /// The rule's severity.
    pub severity: Severity,
    /// 1-based position of the record in its file.
    pub record: usize,
    /// The text field or fact it points at (`business_scope`, `parent.jurisdiction`); `None` when
    /// nothing narrower than the record explains it.
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
    /// What was found, placeholders filled, in the run's language.
    pub message: String,
    /// What to do about it, in the run's language.
    pub help: String,
    /// The notice's exceptions that were considered and why each did not apply.
    pub exceptions: Vec<String>,
    /// What the document does with the mention (offered, negated, warned, reported, quoted,
    /// asked); `None` outside text fields.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<crate::vocabulary::Context>,
    /// The words that decided the context, when some did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cue: Option<Cue>,
    /// Facts the rule rests on that were read from the page's words, not stated in its front
    /// matter, with the words that established each.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub facts_read: Vec<FactRead>,
    /// The rule would have held had this mention been offered: it is set aside, not reported
    /// as a finding, and shown so a reviewer can audit the judgement.
    #[serde(skip)]
    pub set_aside: bool,
    /// The more specific rule that governs this mention instead (`supersedes`): the finding is
    /// set aside in its favour.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub superseded_by: Option<String>,
    /// Which of the record's texts the mention is in, and where in it: the mention a rule that
    /// supersedes another must share.
    #[serde(skip)]
    pub mention: Option<(usize, Vec<Range<usize>>)>,
    /// Further places of this rule in the same field, past the per-field limit, not reported
    /// one by one.
    #[serde(skip_serializing_if = "is_zero")]
    pub omitted: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// A fact read from a page's words: `publisher = financial_institution` from “本行”.
#[derive(Clone, Debug, Serialize)]
pub struct FactRead {
    /// The fact (`publisher`, `jurisdiction` …).
    pub fact: String,
    /// The value read.
    pub value: String,
    /// The words that established it, as written.
    pub from: String,
    /// The `infer` block that read it.
    pub by: String,
    /// Where the words are in the input file.
    #[serde(skip)]
    pub span: Option<Range<usize>>,
}

/// The words that decided a mention's context.
#[derive(Clone, Debug, Serialize)]
pub struct Cue {
    /// The cue as written (`不提供`, `据报道`, `？`).
    pub text: String,
    /// Its bytes in the input file, when the record came from one.
    #[serde(skip)]
    pub span: Option<Range<usize>>,
    /// The page's context lent to a mention no cue reached (news, a regulation).
    pub by_page: bool,
}

/// The second phrase a `near` condition found, near the finding's own.
#[derive(Clone, Debug, Serialize)]
pub struct Related {
    /// The text field it is in: the finding's own.
    pub field: String,
    /// Byte range in the input file, when the record came from one.
    #[serde(skip)]
    pub span: Option<Range<usize>>,
    /// The text as the user wrote it.
    pub matched: String,
    /// The rule file's phrase that it matched.
    pub term: String,
}
