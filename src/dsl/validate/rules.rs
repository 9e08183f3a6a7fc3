//! Rules: keys present once, article and severity known, subjects, placeholders, and the `when`
//! and `unless` conditions compiled against the vocabulary's fields and the notice's term sets.

use std::collections::HashMap;

use super::Validator;
use super::PLACEHOLDERS;
use super::{examples::compile_example, RULE_KEYS, SEVERITIES, SUBJECTS};
use crate::dsl::ast::*;
use crate::dsl::error::{did_you_mean, suggestion};
use crate::dsl::limits::MAX_NEAR;
use crate::dsl::model::*;
use crate::vocabulary::schema::{self, FieldKind, ALL_TEXT};
use crate::vocabulary::{canonical_fact, Subject};

pub(super) fn compile_rule(
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

    let subjects = subjects_of(v, &rule.subjects);
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
    if rule.whens.is_empty() {
        missing(v, "when", "when name has vc-terms");
    }
    let when = one_condition(v, &rule.whens, ("a rule", "when"), &subjects, sets);
    let unless = one_condition(v, &rule.unlesses, ("a rule", "unless"), &subjects, sets);

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
        literal: !rule.literals.is_empty(),
        supersedes: rule.supersedes.iter().map(|r| r.name.clone()).collect(),
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

pub(super) fn expr_span(expr: &Expr) -> Span {
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

/// The one `key` condition a block may write (`when`, `unless`), compiled; each further one is a
/// `repeated-key` error. `None` when none is written or it does not compile.
pub(super) fn one_condition(
    v: &mut Validator,
    written: &[Expr],
    (block, key): (&str, &str),
    subjects: &[Subject],
    sets: &HashMap<&str, usize>,
) -> Option<Condition> {
    let (first, rest) = written.split_first()?;
    let joined = if key == "unless" {
        "exceptions"
    } else {
        "conditions"
    };
    for extra in rest {
        v.error(
            "redline::rules::repeated-key",
            expr_span(extra),
            format!("{block} has one `{key}`"),
            format!("second `{key}`"),
            format!("join the {joined} with `and` or `or`"),
        );
    }
    compile_expr(v, first, subjects, sets)
}

pub(super) fn compile_expr(
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
        Expr::Grant { kind, name, .. } => {
            let name = crate::vocabulary::grant_key(&name.value);
            Condition::Grant {
                kind: *kind,
                keys: vec![name.clone()],
                name,
            }
        }
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

/// The subjects an `on` line names, each once; an unknown one is an error at its name.
pub(super) fn subjects_of(v: &mut Validator, names: &[Ident]) -> Vec<Subject> {
    let mut subjects = Vec::new();
    for s in names {
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
    subjects
}

pub(super) fn check_field(
    v: &mut Validator,
    field: &Ident,
    subjects: &[Subject],
    want: FieldKind,
) -> bool {
    // `has` reads text and clues alike.
    let fits =
        |kind: FieldKind| kind == want || (want == FieldKind::Text && kind == FieldKind::Clue);
    let candidates: Vec<&str> = schema::FIELDS
        .iter()
        .filter(|f| fits(f.kind) && f.subjects.iter().any(|s| subjects.contains(s)))
        .map(|f| f.name)
        .collect();
    match schema::field(&field.name) {
        Some(info) if fits(info.kind) && info.subjects.iter().any(|s| subjects.contains(s)) => true,
        Some(info) if !fits(info.kind) => {
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
    let known: Vec<&str> = sets
        .keys()
        .copied()
        .filter(|k| !super::terms::is_cue_set(k))
        .collect();
    let mut out = Vec::new();
    for r in refs {
        match sets.get(r.name.as_str()) {
            Some(i) if !super::terms::is_cue_set(&r.name) => out.push(*i),
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

/// Every rule a `supersedes` key names exists, is another rule, and does not supersede it back
/// (directly or through others): which article governs must be decided one way.
pub(super) fn check_supersedes(v: &mut Validator, rules: &[RuleAst]) {
    let ids: Vec<&str> = rules.iter().map(|r| r.id.name.as_str()).collect();
    for rule in rules {
        for named in &rule.supersedes {
            if named.name == rule.id.name {
                v.error(
                    "redline::rules::bad-supersedes",
                    named.span.clone(),
                    format!("rule `{}` supersedes itself", rule.id.name),
                    "the rule's own id",
                    "name the more general rules this one replaces on the same mention",
                );
            } else if !ids.contains(&named.name.as_str()) {
                v.error(
                    "redline::rules::unknown-rule",
                    named.span.clone(),
                    format!("no rule `{}` to supersede", named.name),
                    "not a rule of this file",
                    suggestion(&named.name, "rules", &ids),
                );
            }
        }
    }
    // A cycle: some rule reaches itself by following `supersedes`.
    let next = |id: &str| -> Vec<&str> {
        rules
            .iter()
            .filter(|r| r.id.name == id)
            .flat_map(|r| r.supersedes.iter().map(|n| n.name.as_str()))
            .collect()
    };
    for rule in rules {
        let mut seen = vec![rule.id.name.as_str()];
        let mut frontier = next(&rule.id.name);
        while let Some(id) = frontier.pop() {
            if id == rule.id.name {
                v.error(
                    "redline::rules::bad-supersedes",
                    rule.id.span.clone(),
                    format!(
                        "rule `{}` supersedes itself through other rules",
                        rule.id.name
                    ),
                    "in a cycle of `supersedes`",
                    "the specific rule supersedes the general one, never both ways",
                );
                break;
            }
            if !seen.contains(&id) {
                seen.push(id);
                frontier.extend(next(id));
            }
        }
    }
}
