//! Examples: a verdict, a subject the rule checks, and the fields as written, kept as a keyed
//! tree. Building them into records is the evaluator's work (`eval::examples`).

use std::sync::Arc;

use miette::NamedSource;

use super::Validator;
use crate::dsl::ast::*;
use crate::dsl::error::suggestion;
use crate::dsl::model::*;
use crate::vocabulary::tree::{Key, Origin, Tree};
use crate::vocabulary::Subject;

pub(super) fn compile_example(
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
    if let (Some(says), false) = (&example.says, expect_finding) {
        v.error(
            "redline::rules::bad-example",
            says.span.clone(),
            "a `pass` example reports nothing, so it says nothing",
            "`says` on a pass example",
            "put `says \"…\"` on a `fail` example",
        );
    }
    Some(Example {
        expect_finding,
        subject,
        tree,
        says: example.says.as_ref().map(|s| s.value.clone()),
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
