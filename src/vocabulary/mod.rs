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

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Note,
    Warning,
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
    Registration,
    Document,
}

impl Subject {
    pub const ALL: [Subject; 2] = [Subject::Registration, Subject::Document];

    /// `registration` / `登记材料`, as people read it.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Subject::Registration => lang.pick("registration", "登记材料"),
            Subject::Document => lang.pick("document", "文档"),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Subject::Registration => "registration",
            Subject::Document => "document",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GrantKind {
    Approval,
    Consent,
    Filing,
}

impl GrantKind {
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareOp {
    Eq,
    Ne,
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
