//! Term sets: phrases checked and normalized, `include`s resolved (cycles and depth refused),
//! `except` lists kept; the cue sets of `context` blocks (and the older `negation` block) are
//! compiled beside them, under names no rule can write.

use std::collections::HashMap;

use super::Validator;
use super::TERMS_KEYS;
use crate::dsl::ast::*;
use crate::dsl::error::suggestion;
use crate::dsl::limits::{MAX_INCLUDE_DEPTH, MAX_PHRASE_CHARS};
use crate::dsl::model::*;
use crate::text::normalize::{normalize_phrase, PhraseProblem};
use crate::text::terms::PhraseSpec;
use crate::vocabulary::Context;

pub(super) fn compile_terms(
    v: &mut Validator,
    sets: &[TermSetAst],
    cues: &[TermSetAst],
) -> (Vec<TermSet>, Vec<Phrase>, Vec<PhraseSpec>) {
    let all: Vec<&TermSetAst> = sets.iter().chain(cues.iter()).collect();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (i, set) in all.iter().enumerate() {
        if index.insert(set.name.name.as_str(), i).is_some() {
            v.error(
                "redline::rules::duplicate-terms",
                set.name.span.clone(),
                format!("term set `{}` is defined twice", set.name.name),
                "second definition",
                "rename one of them, or merge their phrases",
            );
        }
    }
    let known: Vec<&str> = sets.iter().map(|s| s.name.name.as_str()).collect();

    // Phrases of every set, in the order written; includes are resolved below.
    let mut phrases: Vec<Phrase> = Vec::new();
    let mut own: Vec<Vec<(usize, String)>> = Vec::new();
    for set in &all {
        v.unknown_keys(&set.unknown, "a term set", TERMS_KEYS);
        let mut normalized = Vec::new();
        for phrase in &set.phrases {
            if let Some(norm) = checked_phrase(v, &phrase.text) {
                normalized.push((phrases.len(), norm));
                phrases.push(Phrase {
                    text: phrase.text.value.clone(),
                    lang: phrase.lang,
                    whole_word: phrase.whole_word,
                });
            }
        }
        for include in &set.includes {
            if !index.contains_key(include.name.as_str()) || is_cue_set(&include.name) {
                v.error(
                    "redline::rules::unknown-terms",
                    include.span.clone(),
                    format!("unknown term set `{}`", include.name),
                    "not defined in this file",
                    suggestion(&include.name, "term sets", &known),
                );
            }
        }
        if set.phrases.is_empty() && set.includes.is_empty() {
            v.error(
                "redline::rules::empty-terms",
                set.name.span.clone(),
                format!("term set `{}` has no phrases", set.name.name),
                "matches nothing",
                "add phrases: `en \"…\"` or `zh \"…\"`",
            );
        }
        own.push(normalized);
    }

    // Resolve includes depth-first; a cycle is reported once, at the include that closes it.
    let mut resolved: Vec<Option<Vec<usize>>> = vec![None; all.len()];
    for start in 0..all.len() {
        let mut stack = vec![start];
        resolve(v, &all, &index, &mut resolved, &mut stack);
    }

    let mut specs = Vec::new();
    let mut term_sets = Vec::new();
    for (i, set) in all.iter().enumerate() {
        let members = resolved[i].clone().unwrap_or_default();
        let mut phrase_ids = Vec::new();
        let mut excepts = Vec::new();
        for member in &members {
            for (phrase, normalized) in &own[*member] {
                phrase_ids.push(*phrase);
                specs.push(PhraseSpec {
                    set: i,
                    phrase: *phrase,
                    normalized: normalized.clone(),
                    whole_word: phrases[*phrase].whole_word,
                    except: false,
                });
            }
            for except in &all[*member].excepts {
                if let Some(normalized) = checked_phrase(v, except) {
                    specs.push(PhraseSpec {
                        set: i,
                        phrase: usize::MAX,
                        normalized,
                        whole_word: false,
                        except: true,
                    });
                    excepts.push(except.value.clone());
                }
            }
        }
        term_sets.push(TermSet {
            name: set.name.name.clone(),
            phrases: phrase_ids,
            excepts,
        });
    }
    (term_sets, phrases, specs)
}

/// Cue sets are named `LABEL·before` / `LABEL·after`: no identifier a rule writes has a `·`.
pub(crate) fn is_cue_set(name: &str) -> bool {
    name.contains('·')
}

/// The cue sets of a file's `context` blocks, one per label and side, and its `negation` block
/// as the `negated` cues before a mention; unknown labels and repeated blocks are errors.
pub(super) fn cue_sets(
    v: &mut Validator,
    contexts: &[ContextAst],
    negations: &[TermSetAst],
) -> Vec<TermSetAst> {
    use std::collections::BTreeMap;
    let mut grouped: BTreeMap<String, TermSetAst> = BTreeMap::new();
    let mut seen: HashMap<&str, &Ident> = HashMap::new();
    let labels: Vec<&str> = Context::ALL
        .iter()
        .map(|c| c.name())
        .chain(["pseudo", "end"])
        .collect();
    let mut add = |name: String, at: &Ident, phrases: Vec<PhraseAst>| {
        grouped
            .entry(name.clone())
            .or_insert_with(|| TermSetAst {
                name: Ident {
                    name,
                    span: at.span.clone(),
                },
                phrases: Vec::new(),
                includes: Vec::new(),
                excepts: Vec::new(),
                unknown: Vec::new(),
            })
            .phrases
            .extend(phrases);
    };
    for context in contexts {
        let label = context.label.name.as_str();
        v.unknown_keys(
            &context.unknown,
            "a context block",
            &["before", "after", "en", "zh", "word"],
        );
        if !labels.contains(&label) {
            v.error(
                "redline::rules::unknown-context",
                context.label.span.clone(),
                format!("unknown context `{label}`"),
                "not a context",
                suggestion(label, "contexts", &labels),
            );
            continue;
        }
        if let Some(first) = seen.insert(label, &context.label) {
            v.error(
                "redline::rules::duplicate-terms",
                context.label.span.clone(),
                format!("context `{label}` is defined twice"),
                "second block",
                format!("merge it into the first, at byte {}", first.span.start),
            );
            continue;
        }
        for group in &context.groups {
            let side = if group.after { "after" } else { "before" };
            add(
                format!("{label}·{side}"),
                &context.label,
                group.phrases.clone(),
            );
        }
    }
    for negation in negations {
        add(
            "negated·before".into(),
            &negation.name,
            negation.phrases.clone(),
        );
    }
    grouped.into_values().collect()
}

/// The sets a set stands for: itself and, transitively, what it includes. An include chain
/// longer than [`MAX_INCLUDE_DEPTH`] is refused where it passes the bound, so neither the stack nor
/// the closure grows without limit.
fn resolve(
    v: &mut Validator,
    all: &[&TermSetAst],
    index: &HashMap<&str, usize>,
    resolved: &mut Vec<Option<Vec<usize>>>,
    stack: &mut Vec<usize>,
) -> Vec<usize> {
    let current = *stack.last().expect("resolve starts with one set");
    if let Some(done) = &resolved[current] {
        return done.clone();
    }
    let mut members = vec![current];
    let mut member = vec![false; all.len()];
    member[current] = true;
    for include in &all[current].includes {
        let Some(&target) = index.get(include.name.as_str()) else {
            continue;
        };
        if stack.contains(&target) {
            v.error(
                "redline::rules::include-cycle",
                include.span.clone(),
                format!(
                    "term set `{}` includes itself through `{}`",
                    all[current].name.name, include.name
                ),
                "closes a cycle",
                "remove one of the includes",
            );
            continue;
        }
        if stack.len() >= MAX_INCLUDE_DEPTH {
            v.error(
                "redline::rules::include-depth",
                include.span.clone(),
                format!("includes run more than {MAX_INCLUDE_DEPTH} term sets deep here"),
                "too deep",
                "include the sets you need directly rather than through a long chain",
            );
            continue;
        }
        stack.push(target);
        for found in resolve(v, all, index, resolved, stack) {
            if !member[found] {
                member[found] = true;
                members.push(found);
            }
        }
        stack.pop();
    }
    resolved[current] = Some(members.clone());
    members
}

fn checked_phrase(v: &mut Validator, text: &StrLit) -> Option<String> {
    if text.value.chars().count() > MAX_PHRASE_CHARS {
        v.error(
            "redline::rules::bad-phrase",
            text.span.clone(),
            format!("a phrase holds at most {MAX_PHRASE_CHARS} characters"),
            "too long",
            "a phrase is a term or a short expression; split a longer text into the terms it uses",
        );
        return None;
    }
    match normalize_phrase(&text.value) {
        Ok(normalized) => Some(normalized),
        Err(PhraseProblem::Empty) => {
            v.error(
                "redline::rules::bad-phrase",
                text.span.clone(),
                "this phrase is empty once spaces and punctuation are removed",
                "matches nothing",
                "write the words themselves; spacing and punctuation variants are matched anyway",
            );
            None
        }
        Err(PhraseProblem::Boundary) => {
            v.error(
                "redline::rules::bad-phrase",
                text.span.clone(),
                "this phrase contains a sentence or list separator",
                "text never matches across `，、；。` or line breaks",
                "split it into two phrases, or use `near(N)` in the rule",
            );
            None
        }
    }
}
