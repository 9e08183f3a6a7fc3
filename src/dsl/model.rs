//! Validated, compiled rules: what the evaluator runs. Built only by [`super::validate`].

use std::ops::Range;
use std::sync::Arc;

use miette::NamedSource;
use serde::Serialize;

use super::ast::{CompareOp, GrantKind};
use crate::lang::{Lang, Text};
use crate::text::terms::{Prefilter, TermMatcher};
use crate::vocabulary::tree::Tree;
use crate::vocabulary::Subject;

pub use crate::vocabulary::Severity;

/// Every loaded notice with its rules.
pub struct RuleSet {
    pub notices: Vec<Notice>,
}

impl RuleSet {
    pub fn rules(&self) -> impl Iterator<Item = (&Notice, &Rule)> {
        self.notices
            .iter()
            .flat_map(|n| n.rules.iter().map(move |r| (n, r)))
    }

    pub fn find_rule(&self, id: &str) -> Option<(&Notice, &Rule)> {
        self.rules().find(|(_, r)| r.id == id)
    }
}

pub struct Notice {
    pub id: String,
    pub title: Text,
    pub cite: Text,
    pub issued: Option<String>,
    pub articles: u32,
    pub repeals: Vec<String>,
    pub source: NamedSource<Arc<str>>,
    pub term_sets: Vec<TermSet>,
    pub phrases: Vec<Phrase>,
    /// The set whose phrases mark a sentence in a document as disclaiming what it names.
    pub negation: Option<usize>,
    pub matcher: TermMatcher,
    /// The anchor sets' phrases, for the cheap pass that lets most records skip exact matching.
    pub prefilter: Prefilter,
    pub rules: Vec<Rule>,
    pub provisions: Vec<Provision>,
}

/// Why no rule checks an article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ProvisionKind {
    /// Binds only the authorities; no entity can breach it.
    Authorities,
    /// States what follows from a breach of other articles.
    Consequence,
    /// Defines words the other articles use.
    Definition,
}

impl ProvisionKind {
    pub const NAMES: &'static [&'static str] = &["authorities", "consequence", "definition"];

    pub fn name(self) -> &'static str {
        match self {
            ProvisionKind::Authorities => "authorities",
            ProvisionKind::Consequence => "consequence",
            ProvisionKind::Definition => "definition",
        }
    }
}

pub struct Provision {
    pub article: u32,
    pub paragraph: Option<u32>,
    pub kind: ProvisionKind,
    pub summary: Text,
}

pub struct TermSet {
    pub name: String,
    /// Indexes into [`Notice::phrases`], includes resolved.
    pub phrases: Vec<usize>,
    pub excepts: Vec<String>,
}

pub struct Phrase {
    /// As written in the rule file: the canonical term a finding reports.
    pub text: String,
    pub lang: Lang,
    pub whole_word: bool,
}

pub struct Rule {
    pub id: String,
    pub article: u32,
    pub paragraph: Option<u32>,
    pub severity: Severity,
    pub subjects: Vec<Subject>,
    pub summary: Text,
    pub message: Text,
    pub help: Text,
    pub when: Condition,
    pub unless: Option<Condition>,
    pub examples: Vec<Example>,
    /// Where the rule is written, for diagnostics about it (a failing example).
    pub span: Range<usize>,
    /// `when` cannot hold unless some term set occurs: a record with none skips the rule.
    pub needs_terms: bool,
}

impl Rule {
    /// `art. 8 ¶1` / `第八条第一款`.
    pub fn article_label(&self, lang: Lang) -> String {
        crate::lang::article(self.article, self.paragraph, lang)
    }
}

impl Condition {
    /// Whether the condition can only hold when some `has` finds a term.
    pub fn needs_terms(&self) -> bool {
        match self {
            Condition::Has(_) => true,
            Condition::All(parts) => parts.iter().any(Condition::needs_terms),
            Condition::Any(parts) => parts.iter().all(Condition::needs_terms),
            Condition::Not(_) | Condition::Grant { .. } | Condition::Compare { .. } => false,
        }
    }
}

#[derive(Debug)]
pub enum Condition {
    Any(Vec<Condition>),
    All(Vec<Condition>),
    Not(Box<Condition>),
    Has(Has),
    Grant {
        kind: GrantKind,
        name: String,
    },
    Compare {
        fact: String,
        op: CompareOp,
        values: Vec<String>,
    },
}

#[derive(Debug)]
pub struct Has {
    /// Text fields to look in; empty means every text field of the record.
    pub fields: Vec<String>,
    pub sets: Vec<usize>,
    /// `near(N) OTHER`: a phrase of `other` within `distance` characters in the same sentence.
    pub near: Option<Near>,
    /// The sets the prefilter checks: the condition cannot hold unless one of them occurs. For
    /// `near`, one side suffices; the side with the longer (rarer) phrases is chosen.
    pub anchor: Vec<usize>,
}

#[derive(Debug)]
pub struct Near {
    pub distance: usize,
    pub sets: Vec<usize>,
}

pub struct Example {
    /// `fail`: the rule must report the record; `pass`: it must not.
    pub expect_finding: bool,
    /// What the example is: a registration or a document.
    pub subject: Subject,
    /// The example's fields as written; the evaluator builds the record from them.
    pub tree: Tree,
    pub span: Range<usize>,
}
