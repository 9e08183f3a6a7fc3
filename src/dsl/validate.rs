//! Static checks and compilation: AST → [`Notice`]. Every problem is collected (not just the
//! first) as a diagnostic at its span; a rule that would silently match nothing is an error.

use std::collections::HashMap;
use std::sync::Arc;

use miette::NamedSource;

use super::ast::*;
use super::error::{did_you_mean, suggestion, RuleError};
use super::limits::{MAX_ARTICLES, MAX_INCLUDE_DEPTH, MAX_NEAR, MAX_PHRASE_CHARS};
use super::model::*;
use crate::lang::Text;
use crate::text::normalize::{normalize_phrase, PhraseProblem};
use crate::text::terms::{PhraseSpec, Prefilter, TermMatcher};
use crate::vocabulary::schema::{self, FieldKind, ALL_TEXT};
use crate::vocabulary::tree::{Key, Origin, Tree};
use crate::vocabulary::{canonical_fact, Subject};

const NOTICE_KEYS: &[&str] = &["title", "cite", "issued", "articles", "repeals"];
const TERMS_KEYS: &[&str] = &["en", "zh", "word", "include", "except"];
const RULE_KEYS: &[&str] = &[
    "article", "severity", "on", "summary", "message", "help", "when", "unless", "example",
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

    let (term_sets, phrases, negation, specs) =
        compile_terms(&mut v, &file.term_sets, &file.negations);
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

    let mut provisions = Vec::new();
    for provision in &file.provisions {
        if provision.article.value == 0 || provision.article.value > articles {
            v.error(
                "redline::rules::bad-article",
                provision.article.span.clone(),
                format!("the notice has no article {}", provision.article.value),
                format!("articles run from 1 to {articles}"),
                "",
            );
            continue;
        }
        let kind = match provision.kind.name.as_str() {
            "authorities" => ProvisionKind::Authorities,
            "consequence" => ProvisionKind::Consequence,
            "definition" => ProvisionKind::Definition,
            other => {
                v.error(
                    "redline::rules::unknown-provision",
                    provision.kind.span.clone(),
                    format!("unknown provision kind `{other}`"),
                    "not a reason an article goes unchecked",
                    suggestion(other, "kinds", ProvisionKind::NAMES),
                );
                continue;
            }
        };
        provisions.push(Provision {
            article: provision.article.value,
            paragraph: provision.paragraph.as_ref().map(|p| p.value),
            kind,
            summary: provision.summary.text(),
        });
    }

    // Every article is either enforced by a rule or declared unenforceable with a reason (checked
    // once the rest is sound, so that a mistyped article is not reported twice).
    let sound = v.errors.is_empty();
    for article in (1..=articles).filter(|_| sound) {
        let ruled = rules.iter().any(|r| r.article == article)
            || file.rules.iter().any(|r| {
                r.articles
                    .first()
                    .is_some_and(|a| a.article.value == article)
            });
        if !ruled && !provisions.iter().any(|p| p.article == article) {
            v.error(
                "redline::rules::uncovered-article",
                header.id.span.clone(),
                format!("article {article} has no rule and no `provision` saying why"),
                "an article is unaccounted for",
                format!("add a rule citing `article {article}`, or `provision {article} authorities \"…\"` (or consequence, definition)"),
            );
        }
    }

    if !v.errors.is_empty() {
        return Err(v.errors);
    }
    let mut anchors = Vec::new();
    for rule in &mut rules {
        choose_anchors(&mut rule.when, &specs, &mut anchors);
        rule.needs_terms = rule.when.needs_terms();
    }
    let matcher = TermMatcher::new(&specs);
    let prefilter = Prefilter::new(&specs, &anchors);
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
        negation,
        matcher,
        prefilter,
        rules,
        provisions,
    })
}

/// Picks, for every `has` in `condition`, the sets the prefilter checks, and collects them. A
/// plain `has A` needs A; `has A near B` needs both, so checking one is enough and the side with
/// the longer phrases (which occur more rarely) is checked: `vc-any`, not `vc-activity`.
fn choose_anchors(condition: &mut Condition, specs: &[PhraseSpec], anchors: &mut Vec<usize>) {
    let mean_length = |sets: &[usize]| {
        let lengths: Vec<usize> = specs
            .iter()
            .filter(|p| !p.except && sets.contains(&p.set))
            .map(|p| p.normalized.chars().count())
            .collect();
        lengths.iter().sum::<usize>() as f64 / lengths.len().max(1) as f64
    };
    match condition {
        Condition::Any(parts) | Condition::All(parts) => parts
            .iter_mut()
            .for_each(|p| choose_anchors(p, specs, anchors)),
        Condition::Not(inner) => choose_anchors(inner, specs, anchors),
        Condition::Has(has) => {
            has.anchor = match &has.near {
                Some(near) if mean_length(&near.sets) > mean_length(&has.sets) => near.sets.clone(),
                _ => has.sets.clone(),
            };
            for set in &has.anchor {
                if !anchors.contains(set) {
                    anchors.push(*set);
                }
            }
        }
        Condition::Grant { .. } | Condition::Compare { .. } => {}
    }
}

fn compile_terms(
    v: &mut Validator,
    sets: &[TermSetAst],
    negations: &[TermSetAst],
) -> (Vec<TermSet>, Vec<Phrase>, Option<usize>, Vec<PhraseSpec>) {
    for extra in negations.iter().skip(1) {
        v.error(
            "redline::rules::duplicate-terms",
            extra.name.span.clone(),
            "a rule file has one `negation` block",
            "second negation block",
            "merge the phrases into one block",
        );
    }
    let all: Vec<&TermSetAst> = sets.iter().chain(negations.iter().take(1)).collect();
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
            if !index.contains_key(include.name.as_str()) || include.name == "negation" {
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
    let negation = (!negations.is_empty()).then_some(sets.len());
    (term_sets, phrases, negation, specs)
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

fn compile_rule(
    v: &mut Validator,
    rule: &RuleAst,
    articles: u32,
    sets: &HashMap<&str, usize>,
) -> Option<Rule> {
    let errors_before = v.errors.len();
    let id = &rule.id;
    v.unknown_keys(&rule.unknown, "a rule", RULE_KEYS);
    // A key the author misspelled is reported as unknown, not also as missing.
    let misspelled: Vec<&str> = rule
        .unknown
        .iter()
        .filter_map(|u| did_you_mean(&u.key.name, RULE_KEYS.iter().copied()))
        .collect();
    let missing = |v: &mut Validator, key: &str, example: &str| {
        if misspelled.contains(&key) {
            return;
        }
        v.error(
            "redline::rules::missing-key",
            id.span.clone(),
            format!("rule `{}` has no `{key}`", id.name),
            format!("add `{key}`"),
            format!("e.g. `{example}`"),
        );
    };
    let once = |v: &mut Validator, spans: Vec<Span>, key: &str| {
        for span in spans.into_iter().skip(1) {
            v.error(
                "redline::rules::repeated-key",
                span,
                format!("`{key}` is given twice in rule `{}`", id.name),
                "second one",
                "keep one",
            );
        }
    };
    once(
        v,
        rule.articles.iter().map(|a| a.span.clone()).collect(),
        "article",
    );
    once(
        v,
        rule.severities.iter().map(|s| s.span.clone()).collect(),
        "severity",
    );
    once(
        v,
        rule.summaries.iter().map(|s| s.en.span.clone()).collect(),
        "summary",
    );
    once(
        v,
        rule.messages.iter().map(|s| s.en.span.clone()).collect(),
        "message",
    );
    once(
        v,
        rule.helps.iter().map(|s| s.en.span.clone()).collect(),
        "help",
    );

    let (article, paragraph) = match rule.articles.first() {
        None => {
            missing(v, "article", "article 8 paragraph 1");
            (0, None)
        }
        Some(a) => {
            if a.article.value == 0 || a.article.value > articles {
                v.error(
                    "redline::rules::bad-article",
                    a.article.span.clone(),
                    format!("the notice has no article {}", a.article.value),
                    format!("articles run from 1 to {articles}"),
                    "cite the article the rule enforces",
                );
            }
            if let Some(p) = &a.paragraph {
                if p.value == 0 {
                    v.error(
                        "redline::rules::bad-article",
                        p.span.clone(),
                        "paragraphs are counted from 1",
                        "paragraph 0",
                        "",
                    );
                }
            }
            (a.article.value, a.paragraph.as_ref().map(|p| p.value))
        }
    };

    let severity = match rule.severities.first() {
        None => {
            missing(v, "severity", "severity error");
            Severity::Error
        }
        Some(s) => match s.name.as_str() {
            "error" => Severity::Error,
            "warning" => Severity::Warning,
            "note" => Severity::Note,
            other => {
                v.error(
                    "redline::rules::unknown-severity",
                    s.span.clone(),
                    format!("unknown severity `{other}`"),
                    "not a severity",
                    suggestion(other, "severities", SEVERITIES),
                );
                Severity::Error
            }
        },
    };

    let mut subjects = Vec::new();
    for s in &rule.subjects {
        match Subject::ALL.iter().find(|k| k.name() == s.name) {
            Some(subject) if !subjects.contains(subject) => subjects.push(*subject),
            Some(_) => {}
            None => v.error(
                "redline::rules::unknown-subject",
                s.span.clone(),
                format!("unknown subject `{}`", s.name),
                "not something redline checks",
                suggestion(&s.name, "subjects", SUBJECTS),
            ),
        }
    }
    if rule.subjects.is_empty() {
        missing(v, "on", "on registration, document");
    }

    let summary = rule.summaries.first().map(Localized::text);
    if summary.is_none() {
        missing(
            v,
            "summary",
            "summary \"what the provision requires, in plain words\"",
        );
    }
    let message = rule.messages.first();
    let help = rule.helps.first();
    if message.is_none() {
        missing(v, "message", "message \"{field} contains “{match}”\"");
    }
    if help.is_none() {
        missing(v, "help", "help \"what the filer should change\"");
    }
    for text in message.iter().chain(help.iter()).flat_map(|t| t.strings()) {
        check_placeholders(v, text);
    }

    // Without a subject no field can be checked; the subject error says all there is to say.
    if subjects.is_empty() {
        return None;
    }
    let when = match rule.whens.as_slice() {
        [] => {
            missing(v, "when", "when name has vc-terms");
            None
        }
        [first, rest @ ..] => {
            for extra in rest {
                v.error(
                    "redline::rules::repeated-key",
                    expr_span(extra),
                    "a rule has one `when`",
                    "second `when`",
                    "join the conditions with `and` or `or`",
                );
            }
            compile_expr(v, first, &subjects, sets)
        }
    };
    let unless = match rule.unlesses.as_slice() {
        [] => None,
        [first, rest @ ..] => {
            for extra in rest {
                v.error(
                    "redline::rules::repeated-key",
                    expr_span(extra),
                    "a rule has one `unless`",
                    "second `unless`",
                    "join the exceptions with `and` or `or`",
                );
            }
            compile_expr(v, first, &subjects, sets)
        }
    };

    let mut examples = Vec::new();
    for example in &rule.examples {
        if let Some(example) = compile_example(v, example, &subjects) {
            examples.push(example);
        }
    }
    for (verdict, expect) in [("fail", true), ("pass", false)] {
        if !rule.examples.is_empty()
            && !examples.iter().any(|e| e.expect_finding == expect)
            && v.errors.len() == errors_before
        {
            v.error(
                "redline::rules::missing-example",
                id.span.clone(),
                format!("rule `{}` has no `example {verdict}`", id.name),
                "every rule proves itself",
                "add `example fail { … }` and `example pass { … }`",
            );
        }
    }
    if rule.examples.is_empty() {
        v.error(
            "redline::rules::missing-example",
            id.span.clone(),
            format!("rule `{}` has no examples", id.name),
            "every rule proves itself",
            "add `example fail { … }` and `example pass { … }`, run by `redline test`",
        );
    }

    if v.errors.len() > errors_before {
        return None;
    }
    Some(Rule {
        id: id.name.clone(),
        article,
        paragraph,
        severity,
        subjects,
        summary: summary.unwrap_or_default(),
        message: message.map(Localized::text).unwrap_or_default(),
        help: help.map(Localized::text).unwrap_or_default(),
        when: when?,
        unless,
        examples,
        span: rule.span.clone(),
        needs_terms: false,
    })
}

fn check_placeholders(v: &mut Validator, text: &StrLit) {
    let mut rest = text.value.as_str();
    let mut offset = 0;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        let name = &rest[open + 1..open + close];
        if !PLACEHOLDERS.contains(&name) {
            // The literal's span includes its opening quote; escapes shift positions only after them.
            let start = text.span.start + 1 + offset + open;
            let span = start..(start + close + 1).min(text.span.end);
            v.error(
                "redline::rules::unknown-placeholder",
                span,
                format!("unknown placeholder `{{{name}}}`"),
                "not filled in",
                suggestion(name, "placeholders", PLACEHOLDERS),
            );
        }
        offset += open + close + 1;
        rest = &rest[open + close + 1..];
    }
}

fn expr_span(expr: &Expr) -> Span {
    match expr {
        Expr::Or(parts) | Expr::And(parts) => {
            let first = parts.first().map(expr_span).unwrap_or(0..0);
            let last = parts.last().map(expr_span).unwrap_or(0..0);
            first.start..last.end
        }
        Expr::Not(inner) => expr_span(inner),
        Expr::Has { span, .. } | Expr::Grant { span, .. } | Expr::Compare { span, .. } => {
            span.clone()
        }
    }
}

fn compile_expr(
    v: &mut Validator,
    expr: &Expr,
    subjects: &[Subject],
    sets: &HashMap<&str, usize>,
) -> Option<Condition> {
    Some(match expr {
        Expr::Or(parts) => Condition::Any(
            parts
                .iter()
                .map(|p| compile_expr(v, p, subjects, sets))
                .collect::<Option<_>>()?,
        ),
        Expr::And(parts) => Condition::All(
            parts
                .iter()
                .map(|p| compile_expr(v, p, subjects, sets))
                .collect::<Option<_>>()?,
        ),
        Expr::Not(inner) => Condition::Not(Box::new(compile_expr(v, inner, subjects, sets)?)),
        Expr::Has {
            fields,
            terms,
            near,
            ..
        } => {
            let mut names = Vec::new();
            let mut ok = true;
            for field in fields {
                if field.name == ALL_TEXT {
                    continue;
                }
                ok &= check_field(v, field, subjects, FieldKind::Text);
                names.push(field.name.clone());
            }
            if fields.iter().any(|f| f.name == ALL_TEXT) {
                names.clear();
            }
            let sets_a = term_refs(v, terms, sets);
            let near = match near {
                Some((distance, _)) if distance.value > MAX_NEAR => {
                    v.error(
                        "redline::rules::bad-near",
                        distance.span.clone(),
                        format!("`near` reaches at most {MAX_NEAR} characters"),
                        "too far",
                        "terms that far apart are not about one another; use a smaller distance, or `and`",
                    );
                    return None;
                }
                Some((distance, other)) => Some(Near {
                    distance: distance.value as usize,
                    sets: term_refs(v, other, sets)?,
                }),
                None => None,
            };
            if !ok {
                return None;
            }
            Condition::Has(Has {
                fields: names,
                sets: sets_a?,
                near,
                anchor: Vec::new(),
            })
        }
        Expr::Grant { kind, name, .. } => Condition::Grant {
            kind: *kind,
            name: canonical_fact(&name.value).replace('_', "-"),
        },
        Expr::Compare {
            field, op, values, ..
        } => {
            if !check_field(v, field, subjects, FieldKind::Fact) {
                return None;
            }
            let info = schema::field(&field.name)?;
            if *op != CompareOp::In && values.len() > 1 {
                v.error(
                    "redline::rules::malformed",
                    field.span.clone(),
                    "`=` and `!=` compare with one value",
                    "use `in [...]` for several",
                    "",
                );
            }
            let mut canonical = Vec::new();
            for value in values {
                let c = if info.values.is_some() {
                    canonical_fact(&value.name)
                } else {
                    value.name.trim().to_string()
                };
                if let Some(allowed) = info.values {
                    if !allowed.contains(&c.as_str()) {
                        v.error(
                            "redline::rules::unknown-value",
                            value.span.clone(),
                            format!("`{}` is never a value of `{}`", value.name, field.name),
                            "the condition could never hold",
                            suggestion(&c, "values", allowed),
                        );
                        return None;
                    }
                }
                canonical.push(c);
            }
            Condition::Compare {
                fact: field.name.clone(),
                op: *op,
                values: canonical,
            }
        }
    })
}

fn check_field(v: &mut Validator, field: &Ident, subjects: &[Subject], want: FieldKind) -> bool {
    let candidates: Vec<&str> = schema::FIELDS
        .iter()
        .filter(|f| f.kind == want && f.subjects.iter().any(|s| subjects.contains(s)))
        .map(|f| f.name)
        .collect();
    match schema::field(&field.name) {
        Some(info) if info.kind == want && info.subjects.iter().any(|s| subjects.contains(s)) => {
            true
        }
        Some(info) if info.kind != want => {
            let (what, how) = match want {
                FieldKind::Text => ("text", "`has` looks for phrases in text fields"),
                _ => ("a fact", "`=`, `!=` and `in` compare facts; use `has` on text, `approval \"…\"` for grants"),
            };
            v.error(
                "redline::rules::field-kind",
                field.span.clone(),
                format!("`{}` is not {what}", field.name),
                how,
                suggestion(&field.name, "fields", &candidates),
            );
            false
        }
        Some(info) => {
            let on: Vec<&str> = info.subjects.iter().map(|s| s.name()).collect();
            v.error(
                "redline::rules::unknown-field",
                field.span.clone(),
                format!("`{}` is not a field of what this rule checks", field.name),
                format!("only on {}", on.join(", ")),
                suggestion(&field.name, "fields", &candidates),
            );
            false
        }
        None => {
            let mut candidates = candidates;
            if want == FieldKind::Text {
                candidates.insert(0, ALL_TEXT);
            }
            v.error(
                "redline::rules::unknown-field",
                field.span.clone(),
                format!("unknown field `{}`", field.name),
                "no input has this field",
                suggestion(&field.name, "fields", &candidates),
            );
            false
        }
    }
}

fn term_refs(v: &mut Validator, refs: &[Ident], sets: &HashMap<&str, usize>) -> Option<Vec<usize>> {
    let known: Vec<&str> = sets.keys().copied().filter(|k| *k != "negation").collect();
    let mut out = Vec::new();
    for r in refs {
        match sets.get(r.name.as_str()) {
            Some(i) if r.name != "negation" => out.push(*i),
            _ => {
                let mut sorted = known.clone();
                sorted.sort_unstable();
                v.error(
                    "redline::rules::unknown-terms",
                    r.span.clone(),
                    format!("unknown term set `{}`", r.name),
                    "not defined in this file",
                    suggestion(&r.name, "term sets", &sorted),
                );
                return None;
            }
        }
    }
    Some(out)
}

fn compile_example(
    v: &mut Validator,
    example: &ExampleAst,
    subjects: &[Subject],
) -> Option<Example> {
    let expect_finding = match example.verdict.name.as_str() {
        "fail" => true,
        "pass" => false,
        other => {
            v.error(
                "redline::rules::bad-example",
                example.verdict.span.clone(),
                format!("an example is `fail` or `pass`, not `{other}`"),
                "unknown verdict",
                suggestion(other, "verdicts", &["fail", "pass"]),
            );
            return None;
        }
    };
    let subject = match &example.subject {
        None => *subjects.first()?,
        Some(s) => match subjects.iter().find(|k| k.name() == s.name) {
            Some(subject) => *subject,
            None => {
                let on: Vec<&str> = subjects.iter().map(|s| s.name()).collect();
                v.error(
                    "redline::rules::bad-example",
                    s.span.clone(),
                    format!("this rule does not check a {}", s.name),
                    format!("the rule is on {}", on.join(", ")),
                    suggestion(&s.name, "subjects", &on),
                );
                return None;
            }
        },
    };
    let tree = Tree::Map {
        entries: example
            .fields
            .iter()
            .map(|(k, val)| (key(k), tree(v.source, val)))
            .collect(),
        span: Some(example.span.clone()),
    };
    Some(Example {
        expect_finding,
        subject,
        tree,
        span: example.span.clone(),
    })
}

fn key(ident: &Ident) -> Key {
    Key {
        name: ident.name.clone(),
        span: Some(ident.span.clone()),
    }
}

fn tree(source: &NamedSource<Arc<str>>, value: &Value) -> Tree {
    match value {
        Value::Str(s) => {
            // Point findings in examples at the string's own bytes when it has no escapes.
            let raw = &source.inner()[s.span.start + 1..s.span.end - 1];
            let origin = if raw == s.value {
                Origin::Verbatim(s.span.start + 1)
            } else {
                Origin::Whole(s.span.clone())
            };
            Tree::Scalar {
                value: s.value.clone(),
                origin,
                span: Some(s.span.clone()),
            }
        }
        Value::Word(w) => Tree::Scalar {
            value: w.name.clone(),
            origin: Origin::Verbatim(w.span.start),
            span: Some(w.span.clone()),
        },
        Value::List(items, span) => Tree::List {
            items: items.iter().map(|i| tree(source, i)).collect(),
            span: Some(span.clone()),
        },
        Value::Object(entries, span) => Tree::Map {
            entries: entries
                .iter()
                .map(|(k, val)| (key(k), tree(source, val)))
                .collect(),
            span: Some(span.clone()),
        },
    }
}
