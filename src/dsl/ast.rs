//! The rule language as written: every node keeps the byte range it came from, so the validator
//! can point at the exact place in the rule file.

use std::ops::Range;

pub type Span = Range<usize>;

#[derive(Clone, Debug)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

/// A string literal with escapes resolved; `span` covers the quotes.
#[derive(Clone, Debug)]
pub struct StrLit {
    pub value: String,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Number {
    pub value: u32,
    pub span: Span,
}

/// A line whose key the grammar does not know, kept for a did-you-mean diagnostic.
#[derive(Clone, Debug)]
pub struct UnknownItem {
    pub key: Ident,
    pub span: Span,
}

#[derive(Debug, Default)]
pub struct RuleFile {
    pub notices: Vec<NoticeAst>,
    pub term_sets: Vec<TermSetAst>,
    pub negations: Vec<TermSetAst>,
    pub contexts: Vec<ContextAst>,
    pub inferences: Vec<InferAst>,
    pub grants: Vec<GrantDefAst>,
    pub rules: Vec<RuleAst>,
    pub provisions: Vec<ProvisionAst>,
}

/// `grant ID { about "…"  aliases "…" }`: a kind of approval, consent or filing, with the names
/// filers write it under.
#[derive(Debug)]
pub struct GrantDefAst {
    pub id: Ident,
    pub about: Option<Localized>,
    pub aliases: Vec<StrLit>,
    pub unknown: Vec<UnknownItem>,
}

/// An article (or paragraph) that no rule checks, with the reason: `authorities`,
/// `consequence` or `definition`.
#[derive(Debug)]
pub struct ProvisionAst {
    pub article: Number,
    pub paragraph: Option<Number>,
    pub kind: Ident,
    pub summary: Localized,
}

#[derive(Debug)]
pub struct NoticeAst {
    pub id: Ident,
    pub title: Option<Localized>,
    pub cite: Option<Localized>,
    pub issued: Option<Ident>,
    pub articles: Option<Number>,
    pub repeals: Vec<StrLit>,
    pub unknown: Vec<UnknownItem>,
}

pub use crate::lang::Lang;

/// A text for people: English, then optionally `zh "…"`.
#[derive(Clone, Debug)]
pub struct Localized {
    pub en: StrLit,
    pub zh: Option<StrLit>,
}

impl Localized {
    pub fn text(&self) -> crate::lang::Text {
        crate::lang::Text {
            en: self.en.value.clone(),
            zh: self.zh.as_ref().map(|z| z.value.clone()),
        }
    }

    /// Both strings, for checks that apply to each.
    pub fn strings(&self) -> impl Iterator<Item = &StrLit> {
        std::iter::once(&self.en).chain(self.zh.as_ref())
    }
}

#[derive(Clone, Debug)]
pub struct PhraseAst {
    pub lang: Lang,
    pub whole_word: bool,
    pub text: StrLit,
}

/// `infer ID { sets FACT = VALUE  when …  example … }`: a document's fact read from its words.
#[derive(Debug)]
pub struct InferAst {
    pub id: Ident,
    /// `(fact, value)` of each `sets` line.
    pub sets: Vec<(Ident, Ident)>,
    /// `on registration, document`; documents when absent.
    pub subjects: Vec<Ident>,
    pub whens: Vec<Expr>,
    pub examples: Vec<ExampleAst>,
    pub unknown: Vec<UnknownItem>,
    pub span: Span,
}

/// `context LABEL { before … after … }`: cues of one context, by the side of the mention they
/// stand on.
#[derive(Debug)]
pub struct ContextAst {
    pub label: Ident,
    pub groups: Vec<CueGroupAst>,
    pub unknown: Vec<UnknownItem>,
}

/// Phrases of one language on one side: `after en "is illegal"`.
#[derive(Debug)]
pub struct CueGroupAst {
    /// The cue follows the mention it applies to (`…is illegal`); else it precedes it.
    pub after: bool,
    pub phrases: Vec<PhraseAst>,
}

#[derive(Debug)]
pub struct TermSetAst {
    pub name: Ident,
    pub phrases: Vec<PhraseAst>,
    pub includes: Vec<Ident>,
    pub excepts: Vec<StrLit>,
    pub unknown: Vec<UnknownItem>,
}

#[derive(Debug)]
pub struct ArticleAst {
    pub article: Number,
    pub paragraph: Option<Number>,
    pub span: Span,
}

#[derive(Debug)]
pub struct RuleAst {
    pub id: Ident,
    pub articles: Vec<ArticleAst>,
    pub severities: Vec<Ident>,
    pub subjects: Vec<Ident>,
    pub summaries: Vec<Localized>,
    pub messages: Vec<Localized>,
    pub helps: Vec<Localized>,
    /// Spans of `literal` keys.
    pub literals: Vec<Span>,
    /// The rules named by `supersedes` keys.
    pub supersedes: Vec<Ident>,
    pub whens: Vec<Expr>,
    pub unlesses: Vec<Expr>,
    pub examples: Vec<ExampleAst>,
    pub unknown: Vec<UnknownItem>,
    pub span: Span,
}

pub use crate::vocabulary::{CompareOp, GrantKind};

#[derive(Debug)]
pub enum Expr {
    Or(Vec<Expr>),
    And(Vec<Expr>),
    Not(Box<Expr>),
    Has {
        fields: Vec<Ident>,
        terms: Vec<Ident>,
        near: Option<(Number, Vec<Ident>)>,
        span: Span,
    },
    Grant {
        kind: GrantKind,
        name: StrLit,
        span: Span,
    },
    Compare {
        field: Ident,
        op: CompareOp,
        values: Vec<Ident>,
        span: Span,
    },
}

#[derive(Debug)]
pub struct ExampleAst {
    pub verdict: Ident,
    pub subject: Option<Ident>,
    pub fields: Vec<(Ident, Value)>,
    /// `says "…"`: text a finding's message or failed exception must hold.
    pub says: Option<StrLit>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum Value {
    Str(StrLit),
    Word(Ident),
    List(Vec<Value>, Span),
    Object(Vec<(Ident, Value)>, Span),
}
