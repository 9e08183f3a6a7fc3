//! `infer` blocks: a record's fact read from its own words (a document's unless `on` says). One `sets FACT = VALUE` naming a
//! document fact and one of its values, one `when`, and examples of both verdicts (`fail`: the
//! fact is read; `pass`: it is not).

use std::collections::HashMap;

use super::examples::compile_example;
use super::rules::{check_field, one_condition, subjects_of};
use super::Validator;
use crate::dsl::ast::*;
use crate::dsl::error::suggestion;
use crate::dsl::model::*;
use crate::vocabulary::schema::{self, FieldKind};
use crate::vocabulary::Subject;

const INFER_KEYS: &[&str] = &["sets", "on", "when", "example"];

pub(super) fn compile_inference(
    v: &mut Validator,
    infer: &InferAst,
    sets: &HashMap<&str, usize>,
) -> Option<Inference> {
    v.unknown_keys(&infer.unknown, "an infer block", INFER_KEYS);
    let mut subjects = subjects_of(v, &infer.subjects);
    if subjects.is_empty() {
        subjects.push(Subject::Document);
    }
    let (fact, value) = match infer.sets.as_slice() {
        [] => {
            v.error(
                "redline::rules::missing-key",
                infer.id.span.clone(),
                format!("infer `{}` sets no fact", infer.id.name),
                "add `sets FACT = VALUE`",
                "e.g. `sets publisher = financial_institution`",
            );
            return None;
        }
        [(fact, value), rest @ ..] => {
            for (extra, _) in rest {
                v.error(
                    "redline::rules::repeated-key",
                    extra.span.clone(),
                    "an infer block sets one fact",
                    "second `sets`",
                    "write a second infer block for the other fact",
                );
            }
            (fact, value)
        }
    };
    if !check_field(v, fact, &subjects, FieldKind::Fact) {
        return None;
    }
    let info = schema::field(&fact.name)?;
    let value_text = match info.values {
        Some(values) => {
            let canonical = schema::canonical_value(values, &value.name);
            if !values.contains(&canonical.as_str()) {
                v.error(
                    "redline::rules::unknown-value",
                    value.span.clone(),
                    format!("`{}` is not a value of `{}`", value.name, fact.name),
                    "not a known value",
                    suggestion(&value.name, "values", values),
                );
                return None;
            }
            canonical
        }
        None => value.name.clone(),
    };
    if infer.whens.is_empty() {
        v.error(
            "redline::rules::missing-key",
            infer.id.span.clone(),
            format!("infer `{}` has no `when`", infer.id.name),
            "add `when …`",
            "say which words establish the fact: `when text has bank-voice`",
        );
        return None;
    }
    let when = one_condition(v, &infer.whens, ("an infer block", "when"), &subjects, sets)?;
    let examples: Vec<Example> = infer
        .examples
        .iter()
        .filter_map(|example| compile_example(v, example, &subjects))
        .collect();
    for (verdict, expect) in [("fail", true), ("pass", false)] {
        if !examples.iter().any(|e| e.expect_finding == expect) {
            v.error(
                "redline::rules::missing-example",
                infer.id.span.clone(),
                format!("infer `{}` has no `{verdict}` example", infer.id.name),
                "every inference proves itself both ways",
                format!(
                    "add `example {verdict} {{ body: \"…\" }}` ({verdict}: the fact is {})",
                    if expect { "read" } else { "not read" }
                ),
            );
        }
    }
    Some(Inference {
        id: infer.id.name.clone(),
        fact: fact.name.clone(),
        value: value_text,
        subjects,
        when,
        examples,
        span: infer.span.clone(),
    })
}
