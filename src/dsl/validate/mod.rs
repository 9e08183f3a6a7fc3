//! Static checks and compilation: AST → [`Notice`]. Every problem is collected (not just the
//! first) as a diagnostic at its span; a rule that would silently match nothing is an error.

use std::collections::HashMap;
use std::sync::Arc;

use miette::NamedSource;

use super::ast::*;
use super::error::{suggestion, RuleError};
use super::limits::MAX_ARTICLES;
use super::model::*;
use crate::lang::Text;
use crate::text::terms::{PhraseSpec, Prefilter, TermMatcher};
use crate::vocabulary::Subject;

mod examples;
mod grants;
mod inferences;
mod provisions;
mod rules;
mod terms;

use rules::compile_rule;
use terms::compile_terms;

/// Where each context's cue sets sit among the compiled sets.
fn cues_of(term_sets: &[TermSet]) -> Cues {
    let mut cues = Cues::default();
    for (index, set) in term_sets.iter().enumerate() {
        let Some((label, side)) = set.name.split_once('·') else {
            continue;
        };
        match label {
            "pseudo" => cues.pseudo.push(index),
            "end" => cues.end.push(index),
            _ => {
                if let Some(context) = crate::vocabulary::Context::ALL
                    .into_iter()
                    .find(|c| c.name() == label)
                {
                    cues.sets.push(CueSet {
                        context,
                        after: side == "after",
                        set: index,
                    });
                }
            }
        }
    }
    cues
}

const NOTICE_KEYS: &[&str] = &["title", "cite", "issued", "articles", "repeals"];
const TERMS_KEYS: &[&str] = &["en", "zh", "word", "include", "except"];
const RULE_KEYS: &[&str] = &[
    "article",
    "severity",
    "on",
    "summary",
    "message",
    "help",
    "literal",
    "supersedes",
    "when",
    "unless",
    "example",
];
const SEVERITIES: &[&str] = &["error", "warning", "note"];
const SUBJECTS: &[&str] = &["registration", "document"];
/// Placeholders a message or help line may use.
pub const PLACEHOLDERS: &[&str] = &["field", "match", "term", "near_match", "near_term"];

struct Validator<'a> {
    source: &'a NamedSource<Arc<str>>,
    errors: Vec<RuleError>,
    /// Problems already reported: one problem is said once, however it is reached.
    reported: std::collections::HashSet<(&'static str, Span, String)>,
}

/// Problems reported from one file; past this many, the file is hopeless and more would drown the
/// first ones.
const MAX_ERRORS: usize = 100;

impl Validator<'_> {
    fn error(
        &mut self,
        code: &'static str,
        span: Span,
        message: impl Into<String>,
        label: impl Into<String>,
        help: impl Into<String>,
    ) {
        let message = message.into();
        if self.errors.len() >= MAX_ERRORS
            || !self.reported.insert((code, span.clone(), message.clone()))
        {
            return;
        }
        let help = help.into();
        let error = RuleError::new(self.source, code, span, message, label);
        self.errors.push(if help.is_empty() {
            error
        } else {
            error.with_help(help)
        });
    }

    fn unknown_keys(&mut self, items: &[UnknownItem], block: &str, known: &[&str]) {
        for item in items {
            let key = &item.key.name;
            if known.contains(&key.as_str()) {
                self.error(
                    "redline::rules::malformed",
                    item.span.clone(),
                    format!("`{key}` is not written the way {block} expects"),
                    "cannot read this",
                    format!("see docs/rules.md for the form of `{key}`"),
                );
            } else {
                self.error(
                    "redline::rules::unknown-key",
                    item.key.span.clone(),
                    format!("unknown key `{key}` in {block}"),
                    "not a key of this block",
                    suggestion(key, "keys", known),
                );
            }
        }
    }
}

/// Validates one parsed rule file and compiles it into a notice.
pub fn compile(source: &NamedSource<Arc<str>>, file: RuleFile) -> Result<Notice, Vec<RuleError>> {
    let mut v = Validator {
        source,
        errors: Vec::new(),
        reported: Default::default(),
    };
    let text_len = source.inner().len();

    let mut notices = file.notices.into_iter();
    let header = notices.next();
    for extra in notices {
        v.error(
            "redline::rules::duplicate-notice",
            extra.id.span.clone(),
            "a rule file holds one notice",
            "second notice header",
            "put each notice in its own file",
        );
    }
    let Some(header) = header else {
        v.error(
            "redline::rules::missing-notice",
            0..text_len.min(1),
            "the rule file has no `notice` header",
            "rules need a notice to cite",
            "start the file with `notice ID { title \"…\" cite \"…\" issued YYYY-MM-DD articles N }`",
        );
        return Err(v.errors);
    };
    v.unknown_keys(&header.unknown, "a notice header", NOTICE_KEYS);
    let articles = match &header.articles {
        Some(n) if n.value > MAX_ARTICLES => {
            v.error(
                "redline::rules::bad-article",
                n.span.clone(),
                format!("a notice has at most {MAX_ARTICLES} articles"),
                "too many articles",
                "give the number of articles the notice really has",
            );
            0
        }
        Some(n) if n.value > 0 => n.value,
        Some(n) => {
            v.error(
                "redline::rules::bad-article",
                n.span.clone(),
                "a notice has at least one article",
                "must be 1 or more",
                "",
            );
            0
        }
        None => {
            v.error(
                "redline::rules::missing-key",
                header.id.span.clone(),
                "the notice does not say how many articles it has",
                "add `articles N`",
                "`articles N` lets redline check every rule's article number",
            );
            0
        }
    };
    if let Some(issued) = &header.issued {
        if jiff::civil::Date::strptime("%Y-%m-%d", &issued.name).is_err() {
            v.error(
                "redline::rules::bad-date",
                issued.span.clone(),
                format!("`{}` is not a calendar date", issued.name),
                "not a date",
                "write YYYY-MM-DD",
            );
        }
    }

    let cue_asts = terms::cue_sets(&mut v, &file.contexts, &file.negations);
    let (term_sets, phrases, specs) = compile_terms(&mut v, &file.term_sets, &cue_asts);
    let cues = cues_of(&term_sets);
    let set_index: HashMap<&str, usize> = term_sets
        .iter()
        .enumerate()
        .map(|(i, s)| (s.name.as_str(), i))
        .collect();

    let mut rules = Vec::new();
    let mut seen: HashMap<String, Span> = HashMap::new();
    for rule in &file.rules {
        if let Some(first) = seen.get(&rule.id.name) {
            v.error(
                "redline::rules::duplicate-rule",
                rule.id.span.clone(),
                format!("rule `{}` is defined twice", rule.id.name),
                "second definition",
                format!(
                    "the first is at byte {}; rule ids are stable codes and must be unique",
                    first.start
                ),
            );
            continue;
        }
        seen.insert(rule.id.name.clone(), rule.id.span.clone());
        if let Some(rule) = compile_rule(&mut v, rule, articles, &set_index) {
            rules.push(rule);
        }
    }

    rules::check_supersedes(&mut v, &file.rules);
    let grants = grants::compile_grants(&mut v, &file.grants);
    grants::check_grant_names(&mut v, &file.rules, &grants);
    for rule in &mut rules {
        grants::attach_keys(&mut rule.when, &grants);
        if let Some(unless) = &mut rule.unless {
            grants::attach_keys(unless, &grants);
        }
    }

    let inferences: Vec<Inference> = file
        .inferences
        .iter()
        .filter_map(|infer| inferences::compile_inference(&mut v, infer, &set_index))
        .collect();

    let provisions = provisions::compile_provisions(&mut v, &file.provisions, articles);
    provisions::check_coverage(&mut v, &header, articles, &rules, &file.rules, &provisions);

    if !v.errors.is_empty() {
        return Err(v.errors);
    }
    let mut anchors: [Vec<usize>; 2] = Default::default();
    for rule in &mut rules {
        let mut own = Vec::new();
        choose_anchors(&mut rule.when, &specs, &mut own);
        rule.needs_terms = rule.when.needs_terms();
        for (subject, anchors) in Subject::ALL.iter().zip(&mut anchors) {
            if !rule.subjects.contains(subject) {
                continue;
            }
            for set in &own {
                if !anchors.contains(set) {
                    anchors.push(*set);
                }
            }
        }
    }
    // Sets only a filing's inferences read (a registered address's places, a name's legal
    // form) are no mention of the business on a page.
    let mut filing_only = vec![false; term_sets.len()];
    let mut elsewhere = vec![false; term_sets.len()];
    for inference in &inferences {
        if inference.subjects.contains(&Subject::Document) {
            mark_read(&inference.when, &mut elsewhere);
        } else {
            mark_read(&inference.when, &mut filing_only);
        }
    }
    for rule in &rules {
        mark_read(&rule.when, &mut elsewhere);
    }
    let page_words: Vec<bool> = filing_only
        .iter()
        .zip(&elsewhere)
        .map(|(filing, other)| !filing || *other)
        .collect();
    let matcher = TermMatcher::new(&specs);
    let prefilters = anchors.map(|anchors| Prefilter::new(&specs, &anchors));
    let infers =
        Subject::ALL.map(|subject| inferences.iter().any(|i| i.subjects.contains(&subject)));
    Ok(Notice {
        id: header.id.name.clone(),
        title: header.title.map(|t| t.text()).unwrap_or_default(),
        cite: header
            .cite
            .map(|c| c.text())
            .unwrap_or_else(|| Text::en(header.id.name.clone())),
        issued: header.issued.map(|i| i.name),
        articles,
        repeals: header.repeals.into_iter().map(|r| r.value).collect(),
        source: source.clone(),
        term_sets,
        phrases,
        cues,
        inferences,
        infers,
        grants,
        page_words,
        matcher,
        prefilters,
        rules,
        provisions,
    })
}

/// Picks the sets the prefilter checks for `condition`, and collects them. A plain `has A` needs
/// A; `has A near B` needs both, so checking one is enough and the side with the longer phrases
/// (which occur more rarely) is checked: `vc-any`, not `vc-activity`. Likewise `X and Y` needs
/// both, so only the rarer part that needs terms is checked; `X or Y` checks every part. A `has`
/// left without anchors is not checked by the prefilter (it may hold whatever occurs), and
/// neither is anything under `not`.
fn choose_anchors(condition: &mut Condition, specs: &[PhraseSpec], anchors: &mut Vec<usize>) {
    match condition {
        Condition::Any(parts) => parts
            .iter_mut()
            .for_each(|p| choose_anchors(p, specs, anchors)),
        Condition::All(parts) => {
            let rarest = parts
                .iter_mut()
                .filter(|p| p.needs_terms())
                .max_by(|a, b| rarity(a, specs).total_cmp(&rarity(b, specs)));
            if let Some(part) = rarest {
                choose_anchors(part, specs, anchors);
            }
        }
        Condition::Has(has) => {
            has.anchor = match &has.near {
                Some(near) if mean_length(&near.sets, specs) > mean_length(&has.sets, specs) => {
                    near.sets.clone()
                }
                _ => has.sets.clone(),
            };
            for set in &has.anchor {
                if !anchors.contains(set) {
                    anchors.push(*set);
                }
            }
        }
        Condition::Not(_) | Condition::Grant { .. } | Condition::Compare { .. } => {}
    }
}

/// Marks the sets `condition`'s `has` reads (either side of a `near`).
fn mark_read(condition: &Condition, reported: &mut [bool]) {
    match condition {
        Condition::Any(parts) | Condition::All(parts) => {
            parts.iter().for_each(|p| mark_read(p, reported))
        }
        Condition::Not(inner) => mark_read(inner, reported),
        Condition::Has(has) => {
            let near = has.near.iter().flat_map(|n| &n.sets);
            for set in has.sets.iter().chain(near) {
                if let Some(slot) = reported.get_mut(*set) {
                    *slot = true;
                }
            }
        }
        Condition::Grant { .. } | Condition::Compare { .. } => {}
    }
}

/// How rarely the anchors [`choose_anchors`] would pick for a condition that needs terms occur:
/// the mean length of their phrases, the shortest part of an `or` counting for it.
fn rarity(condition: &Condition, specs: &[PhraseSpec]) -> f64 {
    match condition {
        Condition::Has(has) => has
            .near
            .as_ref()
            .map_or(0.0, |near| mean_length(&near.sets, specs))
            .max(mean_length(&has.sets, specs)),
        Condition::Any(parts) => parts
            .iter()
            .map(|p| rarity(p, specs))
            .fold(f64::INFINITY, f64::min),
        Condition::All(parts) => parts
            .iter()
            .filter(|p| p.needs_terms())
            .map(|p| rarity(p, specs))
            .fold(0.0, f64::max),
        Condition::Not(_) | Condition::Grant { .. } | Condition::Compare { .. } => 0.0,
    }
}

/// The mean length, in folded characters, of the phrases of `sets`.
fn mean_length(sets: &[usize], specs: &[PhraseSpec]) -> f64 {
    let lengths: Vec<usize> = specs
        .iter()
        .filter(|p| !p.except && sets.contains(&p.set))
        .map(|p| p.normalized.chars().count())
        .collect();
    lengths.iter().sum::<usize>() as f64 / lengths.len().max(1) as f64
}
