//! Validated, compiled rules: what the evaluator runs. Built only by the validator
//! (`dsl::validate`).

use std::ops::Range;
use std::sync::Arc;

use miette::NamedSource;
use serde::Serialize;

use super::ast::{CompareOp, GrantKind};
use crate::lang::{Lang, Text};
use crate::text::terms::{Prefilter, TermMatcher};
use crate::vocabulary::tree::Tree;
use crate::vocabulary::{Context, Subject};

pub use crate::vocabulary::Severity;

/// Every loaded notice with its rules.
pub struct RuleSet {
    /// The notices in load order; rule ids are unique across them.
    pub notices: Vec<Notice>,
}

impl RuleSet {
    /// Every rule of every notice with the notice it belongs to, in load and file order.
    pub fn rules(&self) -> impl Iterator<Item = (&Notice, &Rule)> {
        self.notices
            .iter()
            .flat_map(|n| n.rules.iter().map(move |r| (n, r)))
    }

    /// The rule with id `id`, and its notice.
    pub fn find_rule(&self, id: &str) -> Option<(&Notice, &Rule)> {
        self.rules().find(|(_, r)| r.id == id)
    }
}

/// One rule file compiled: the notice's header, its vocabulary, its rules and the articles no rule
/// checks.
pub struct Notice {
    /// The id after `notice` (`yinfa-2026-42`); findings name their notice by it.
    pub id: String,
    /// The notice's full title; empty when the header gives none.
    pub title: Text,
    /// How findings cite the notice (`Yinfa [2026] No. 42`, `银发〔2026〕42号`); the id when the
    /// header gives no `cite`.
    pub cite: Text,
    /// The `issued` date as written (`YYYY-MM-DD`, checked to be a date), when the header gives
    /// one.
    pub issued: Option<String>,
    /// How many articles the notice has; every rule and provision cites one of `1..=articles`.
    pub articles: u32,
    /// The earlier notices this one repeals, as the header names them.
    pub repeals: Vec<String>,
    /// The rule file's name and text, for diagnostics that point into it.
    pub source: NamedSource<Arc<str>>,
    /// Every `terms` set in file order, then the cue sets of `context` blocks; conditions and
    /// matches refer to a set by its index here.
    pub term_sets: Vec<TermSet>,
    /// Every phrase of every set as written, in file order; term sets and matches refer to a
    /// phrase by its index here.
    pub phrases: Vec<Phrase>,
    /// The set whose phrases mark a sentence in a document as disclaiming what it names.
    pub cues: Cues,
    /// How a document's facts are read from its words when its front matter is silent.
    pub inferences: Vec<Inference>,
    /// For each subject (indexed as [`Subject::ALL`]), whether some inference reads it: a row of
    /// an audit asks this every time.
    pub infers: [bool; 2],
    /// The kinds of approval, consent and filing the rules name, with their aliases.
    pub grants: Vec<GrantDef>,
    /// By set index: whether a page's words in the set count as mentions when a page lends its
    /// context; sets only a filing's inferences read (a registered address's places) do not.
    pub page_words: Vec<bool>,
    /// Every set's phrases and false friends in one automaton: one pass over a text finds the
    /// matches of all sets.
    pub matcher: TermMatcher,
    /// For each subject (indexed as [`Subject::ALL`]), the phrases of the anchor sets of the rules
    /// that check it: the cheap pass that lets most records skip exact matching. An entity list's
    /// rows never pay for the vocabulary only pages need.
    pub prefilters: [Prefilter; 2],
    /// The rules in file order.
    pub rules: Vec<Rule>,
    /// The `provision` lines: articles no rule checks, each with the reason.
    pub provisions: Vec<Provision>,
}

/// A kind of approval, consent or filing (`grant rwa { … }`): what it is, and the other names
/// filers write it under.
#[derive(Debug)]
pub struct GrantDef {
    /// The name rules use (`rwa`, `vc-issuance`).
    pub name: String,
    /// What it is, for `redline rules` and the docs.
    pub about: Text,
    /// The other names as written (`issuance`, `发行批准`).
    pub aliases: Vec<String>,
    /// The name and the aliases as a filing's `kind:` is compared with them.
    pub keys: Vec<String>,
}

/// The cue sets of a notice's `context` blocks: which set marks which context, on which side of
/// a mention; phrases that only look like cues; and the words that end a cue's reach.
#[derive(Debug, Default)]
pub struct Cues {
    /// One set per context and side.
    pub sets: Vec<CueSet>,
    /// `context pseudo`: a cue inside one of these is no cue (`不仅`, `not only`).
    pub pseudo: Vec<usize>,
    /// `context end`: a cue's reach stops at these (`但`, `however`).
    pub end: Vec<usize>,
}

impl Cues {
    /// Whether a set is a cue set of any kind rather than a set rules match.
    pub fn contains(&self, set: usize) -> bool {
        self.sets.iter().any(|c| c.set == set)
            || self.pseudo.contains(&set)
            || self.end.contains(&set)
    }
}

/// `infer ID { sets FACT = VALUE when … }`: a document fact read from the page's own words.
pub struct Inference {
    /// The block's name, for `redline test` and `explain`.
    pub id: String,
    /// The fact it sets (`publisher`, `jurisdiction` …).
    pub fact: String,
    /// The value it sets, canonical.
    pub value: String,
    /// What it reads: documents unless the block says `on registration`.
    pub subjects: Vec<Subject>,
    /// The words that establish it.
    pub when: Condition,
    /// `fail`: the fact is read from the example; `pass`: it is not.
    pub examples: Vec<Example>,
    /// Where the block is written.
    pub span: Range<usize>,
}

/// The cues of one context on one side of a mention.
#[derive(Debug, Clone, Copy)]
pub struct CueSet {
    /// The context these cues put a mention in.
    pub context: Context,
    /// The cue follows the mention (`…is illegal`, `…吗？`); else it precedes it.
    pub after: bool,
    /// The compiled term set of the cues.
    pub set: usize,
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
    /// The kinds as a rule file writes them, for a did-you-mean on a wrong one.
    pub const NAMES: &'static [&'static str] = &["authorities", "consequence", "definition"];

    /// The kind as a rule file and the coverage table write it.
    pub fn name(self) -> &'static str {
        match self {
            ProvisionKind::Authorities => "authorities",
            ProvisionKind::Consequence => "consequence",
            ProvisionKind::Definition => "definition",
        }
    }
}

/// A `provision` line: an article (or one paragraph of it) that no rule checks, and why.
pub struct Provision {
    /// The article, numbered as the notice numbers it.
    pub article: u32,
    /// The paragraph, when the provision covers only one.
    pub paragraph: Option<u32>,
    /// Why no rule checks it.
    pub kind: ProvisionKind,
    /// What the article says, in plain words, for the coverage table.
    pub summary: Text,
}

/// A `terms` set (or a cue set) with its includes resolved.
pub struct TermSet {
    /// The name rules refer to it by; `LABEL·before` / `LABEL·after` for a cue set.
    pub name: String,
    /// Indexes into [`Notice::phrases`], includes resolved.
    pub phrases: Vec<usize>,
    /// The `except` phrases of the set and of the sets it includes, as written: a match of the set
    /// inside one of them does not count.
    pub excepts: Vec<String>,
}

/// One phrase of a term set.
pub struct Phrase {
    /// As written in the rule file: the canonical term a finding reports.
    pub text: String,
    /// The language it is listed under (`en` or `zh`).
    pub lang: Lang,
    /// Written after `word`: it matches only where no letter or digit stands right before or after
    /// it.
    pub whole_word: bool,
}

/// One compiled rule: what it applies to, when it reports, what it says, and the examples that
/// prove it.
pub struct Rule {
    /// The rule's id: the stable code its findings carry, and that suppressions and baselines name.
    pub id: String,
    /// The article the rule enforces.
    pub article: u32,
    /// The paragraph of that article, when the rule names one.
    pub paragraph: Option<u32>,
    /// How serious its findings are.
    pub severity: Severity,
    /// The kinds of input it applies to (`on registration, document`).
    pub subjects: Vec<Subject>,
    /// The provision in plain words, for `redline explain`.
    pub summary: Text,
    /// What a finding says; placeholders such as `{match}` are filled per finding.
    pub message: Text,
    /// What to do about a finding; placeholders are filled as in `message`.
    pub help: Text,
    /// Every mention counts, whatever its context: a banned word in a name is banned even after
    /// "不含". Otherwise only offered mentions count.
    pub literal: bool,
    /// Rules this one is more specific than: where both hold on the same mention, theirs is set
    /// aside and this one's article governs (a bank's account for a coin dealer is art. 6, not
    /// art. 1).
    pub supersedes: Vec<String>,
    /// The condition that makes the rule report.
    pub when: Condition,
    /// The notice's own exceptions: while they hold, the rule reports nothing.
    pub unless: Option<Condition>,
    /// The examples proving the rule, in the order written.
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
    /// The facts the condition compares, each once.
    pub fn facts(&self) -> Vec<&str> {
        fn walk<'c>(condition: &'c Condition, out: &mut Vec<&'c str>) {
            match condition {
                Condition::Any(parts) | Condition::All(parts) => {
                    parts.iter().for_each(|p| walk(p, out));
                }
                Condition::Not(inner) => walk(inner, out),
                Condition::Compare { fact, .. } if !out.contains(&fact.as_str()) => out.push(fact),
                _ => {}
            }
        }
        let mut out = Vec::new();
        walk(self, &mut out);
        out
    }

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

/// A `when` or `unless` condition, compiled: fields checked against the schema, term sets resolved
/// to indexes, fact values made canonical.
#[derive(Debug)]
pub enum Condition {
    /// `a or b`: holds when any part holds; every part that holds is reported.
    Any(Vec<Condition>),
    /// `a and b`: holds when every part holds.
    All(Vec<Condition>),
    /// `not c`: holds when the inner condition does not.
    Not(Box<Condition>),
    /// `FIELD has SETS`: a phrase of the sets occurs in text.
    Has(Has),
    /// `approval "KIND"`, `consent "KIND"` or `filing "KIND"`: the record holds such a grant that
    /// has not expired.
    Grant {
        /// Which of the three grants.
        kind: GrantKind,
        /// What the grant must be for, canonical with `-` between words (`rwa`, `rmb-stablecoin`).
        name: String,
        /// The kind's name and aliases as a filing's `kind:` is compared with them (from its
        /// `grant` block): `issuance` and `发行批准` are `vc-issuance`.
        keys: Vec<String>,
    },
    /// `FIELD = VALUE`, `FIELD != VALUE` or `FIELD in [A, B]`: a fact compared with values.
    Compare {
        /// The fact's field, a dotted path for a nested one (`parent.jurisdiction`).
        fact: String,
        /// How the fact is compared.
        op: CompareOp,
        /// The values to compare with: canonical for an enumerated fact, trimmed free text
        /// otherwise.
        values: Vec<String>,
    },
}

/// `FIELD has SETS [near(N) SETS]`, compiled.
#[derive(Debug)]
pub struct Has {
    /// Text fields to look in; empty means every text field of the record.
    pub fields: Vec<String>,
    /// The term sets whose phrases count, as indexes into [`Notice::term_sets`].
    pub sets: Vec<usize>,
    /// `near(N) OTHER`: a phrase of `other` within `distance` characters in the same sentence.
    pub near: Option<Near>,
    /// The sets the prefilter checks: the condition cannot hold unless one of them occurs. For
    /// `near`, one side suffices; the side with the longer (rarer) phrases is chosen. Empty when
    /// the prefilter does not check this `has` (another part of its `and` is checked instead).
    pub anchor: Vec<usize>,
}

/// The `near(N) SETS` part of a `has`: a second phrase close to the first.
#[derive(Debug)]
pub struct Near {
    /// The most characters of normalized text that may separate the two phrases.
    pub distance: usize,
    /// The term sets the second phrase comes from, as indexes into [`Notice::term_sets`].
    pub sets: Vec<usize>,
}

/// An `example` of a rule: a record it must report (`fail`) or must not (`pass`).
pub struct Example {
    /// `fail`: the rule must report the record; `pass`: it must not.
    pub expect_finding: bool,
    /// What the example is: a registration or a document.
    pub subject: Subject,
    /// The example's fields as written; the evaluator builds the record from them.
    pub tree: Tree,
    /// `says "…"`: text that some finding's message or failed exception must hold (in English).
    pub says: Option<String>,
    /// Where the example is written in the rule file, for a diagnostic when it fails.
    pub span: Range<usize>,
}
