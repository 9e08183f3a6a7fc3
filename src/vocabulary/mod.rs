//! The words the rule language and the evaluator share, owned by neither: the kinds of input a
//! rule applies to, the fields a record may carry (the schema), severities, grants and
//! comparisons, and the keyed tree inputs hand over. The rule language compiles against this
//! vocabulary without knowing how records are built; the evaluator builds and judges records
//! in the same words. This module imports neither of them.

pub mod schema;
pub mod suggest;
pub mod tree;

use serde::Serialize;

use crate::lang::Lang;

/// How serious a finding or an input problem is, ordered from `Note` up to `Error`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// For information; never fails a run.
    Note,
    /// Worth acting on; a finding of it fails a run only when warnings are set to fail.
    Warning,
    /// A breach of the notice, or an input that cannot be used: such a finding fails a run unless
    /// findings are set never to fail; such an input problem always does.
    Error,
}

impl Severity {
    /// `error` / `错误`, as people read it.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Severity::Error => lang.pick("error", "错误"),
            Severity::Warning => lang.pick("warning", "警告"),
            Severity::Note => lang.pick("note", "提示"),
        }
    }

    /// The keyword a rule file writes after `severity`, also used in reports for programs.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// The kinds of input a rule can apply to. Rows of an entity list are registrations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Subject {
    /// A filing for the enterprise registry: names and business scope, with facts about the entity.
    Registration,
    /// A product document or web page: title and body, with facts about its publisher and audience.
    Document,
}

impl Subject {
    /// Every subject.
    pub const ALL: [Subject; 2] = [Subject::Registration, Subject::Document];

    /// The subject's place in [`Subject::ALL`], for tables kept per subject.
    pub fn index(self) -> usize {
        self as usize
    }

    /// `registration` / `登记材料`, as people read it.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Subject::Registration => lang.pick("registration", "登记材料"),
            Subject::Document => lang.pick("document", "文档"),
        }
    }

    /// The keyword a rule file writes after `on`.
    pub fn name(self) -> &'static str {
        match self {
            Subject::Registration => "registration",
            Subject::Document => "document",
        }
    }
}

/// The kinds of permission a record can show it holds, each listed in a field of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GrantKind {
    /// An approval by an authority, listed under `approvals`.
    Approval,
    /// A consent, listed under `consents`.
    Consent,
    /// A filing made with an authority, listed under `filings`.
    Filing,
}

impl GrantKind {
    /// The keyword a rule's condition starts with: `approval "rwa"`.
    pub fn keyword(self) -> &'static str {
        match self {
            GrantKind::Approval => "approval",
            GrantKind::Consent => "consent",
            GrantKind::Filing => "filing",
        }
    }

    /// The registration field that lists grants of this kind.
    pub fn field(self) -> &'static str {
        match self {
            GrantKind::Approval => "approvals",
            GrantKind::Consent => "consents",
            GrantKind::Filing => "filings",
        }
    }
}

/// How a rule's condition compares a fact with values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareOp {
    /// `=`: the fact has the value.
    Eq,
    /// `!=`: the fact is absent or has another value.
    Ne,
    /// `in [A, B]`: the fact has one of the values.
    In,
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

/// A grant's kind as filings and rules are compared by it: canonical like a fact, with `-`
/// between words (`RWA Approval`, `rwa_approval` and `rwa-approval` are one kind).
pub fn grant_key(written: &str) -> String {
    canonical_fact(written).replace('_', "-")
}

/// What a document does with a term it mentions, after the ConText family of algorithms: only an
/// offered mention can make a document rule fire; the others are set aside, and shown as such.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Context {
    /// The page's own voice offers or does it (`我们提供`, `sign up`, or no other cue).
    Offered,
    /// Disclaimed or refused (`不提供`, `we do not`, `blocks mainland users`).
    Negated,
    /// A warning or prohibition addressed to the reader (`请勿`, `谨防`, `beware`).
    Warned,
    /// Someone else's act told as news, research or a case (`据报道`, `警方查明`, `analysts`).
    Reported,
    /// The text of a regulation, a speech or a policy (`《通知》规定`, `the notice provides`).
    Quoted,
    /// A question or a checklist item (`是否…？`, `whether`).
    Asked,
}

impl Context {
    /// Every context, as rule files name them.
    pub const ALL: [Context; 6] = [
        Context::Offered,
        Context::Negated,
        Context::Warned,
        Context::Reported,
        Context::Quoted,
        Context::Asked,
    ];

    /// The name rule files and reports use: `offered`, `negated` ….
    pub fn name(self) -> &'static str {
        match self {
            Context::Offered => "offered",
            Context::Negated => "negated",
            Context::Warned => "warned",
            Context::Reported => "reported",
            Context::Quoted => "quoted",
            Context::Asked => "asked",
        }
    }

    /// The context in words, as people read it.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Context::Offered => lang.pick("offered", "提供"),
            Context::Negated => lang.pick("negated", "否定"),
            Context::Warned => lang.pick("warned against", "警示"),
            Context::Reported => lang.pick("reported", "报道"),
            Context::Quoted => lang.pick("quoted", "引述"),
            Context::Asked => lang.pick("asked", "提问"),
        }
    }
}
