//! pest parse tree → AST. Syntax errors become one diagnostic at pest's position.

use std::sync::Arc;

use miette::NamedSource;
use pest::iterators::Pair;
use pest::Parser as _;
use pest_derive::Parser;

use super::ast::*;
use super::error::RuleError;

#[derive(Parser)]
#[grammar = "../grammar/redline.pest"]
struct RuleParser;

type P<'a> = Pair<'a, Rule>;

pub fn parse(source: &NamedSource<Arc<str>>) -> Result<RuleFile, Box<RuleError>> {
    let text = source.inner().as_ref();
    // The parser and every later pass recurse once per level of nesting: a file is measured
    // before it is parsed, so that no rule file can exhaust the stack or the clock.
    super::limits::check(source)?;
    let mut pairs =
        RuleParser::parse(Rule::file, text).map_err(|e| Box::new(syntax_error(source, &e)))?;
    let file = pairs.next().expect("the file rule always yields one pair");
    let mut out = RuleFile::default();
    for item in file.into_inner() {
        match item.as_rule() {
            Rule::notice => out.notices.push(notice(item)),
            Rule::terms => out.term_sets.push(term_set(item)),
            Rule::negation => {
                let span = span(&item);
                let name = Ident {
                    name: "negation".into(),
                    span: span.start..span.start + 8,
                };
                out.negations.push(term_set_body(name, item.into_inner()));
            }
            Rule::rule => out.rules.push(rule(item)),
            Rule::provision => out.provisions.push(provision(item)),
            Rule::context => out.contexts.push(context(item)),
            Rule::infer => out.inferences.push(infer(item)),
            Rule::grant_def => out.grants.push(grant_def(item)),
            _ => {}
        }
    }
    Ok(out)
}

fn syntax_error(source: &NamedSource<Arc<str>>, error: &pest::error::Error<Rule>) -> RuleError {
    use pest::error::{ErrorVariant, InputLocation};
    let span = match error.location {
        InputLocation::Pos(pos) => pos..pos,
        InputLocation::Span((start, end)) => start..end,
    };
    let expected = match &error.variant {
        ErrorVariant::ParsingError {
            positives,
            negatives,
        } => {
            let mut names: Vec<&str> = positives.iter().filter_map(|r| describe(*r)).collect();
            names.sort_unstable();
            names.dedup();
            if names.is_empty() && negatives.contains(&Rule::keyword) {
                "a name here, but this is a keyword".to_string()
            } else if names.is_empty() {
                "the rule language's syntax".to_string()
            } else {
                names.join(" or ")
            }
        }
        ErrorVariant::CustomError { message } => message.clone(),
    };
    RuleError::new(
        source,
        "redline::rules::syntax",
        span,
        "the rule file does not parse here",
        format!("expected {expected}"),
    )
    .with_help("see docs/rules.md for the rule language; every block is `keyword name { … }`")
}

/// A reader's name for what the grammar expected.
fn describe(expected: Rule) -> Option<&'static str> {
    Some(match expected {
        Rule::ident | Rule::path => "a name",
        Rule::string | Rule::string_body => "a quoted string",
        Rule::integer => "a number",
        Rule::date => "a date (YYYY-MM-DD)",
        Rule::item | Rule::notice | Rule::terms | Rule::negation | Rule::rule | Rule::provision => {
            "`notice`, `terms`, `context`, `infer`, `grant`, `provision` or `rule`"
        }
        Rule::EOI => "end of file",
        Rule::expr | Rule::conj | Rule::unary | Rule::has | Rule::grant | Rule::compare => {
            "a condition (`FIELD has TERMS`, `FIELD = VALUE`, `approval \"KIND\"`)"
        }
        Rule::has_kw => "`has`",
        Rule::operator => "`=`, `!=` or `in`",
        Rule::term_ref | Rule::set_name => "a term set name",
        Rule::object => "`{`",
        Rule::value | Rule::value_list => "a value",
        Rule::phrase | Rule::phrase_group => "a phrase",
        Rule::lang => "`en` or `zh`",
        Rule::near => "`near(N)`",
        Rule::article | Rule::severity | Rule::subjects | Rule::summary | Rule::message | Rule::help | Rule::when | Rule::unless | Rule::example => {
            "a rule key (`article`, `severity`, `on`, `summary`, `when`, `unless`, `message`, `help`, `example`)"
        }
        _ => return None,
    })
}

fn span(pair: &P) -> Span {
    let s = pair.as_span();
    s.start()..s.end()
}

fn ident(pair: P) -> Ident {
    Ident {
        name: pair.as_str().to_string(),
        span: span(&pair),
    }
}

fn number(pair: P) -> Number {
    // The grammar admits only digits; a number too large for u32 reads as u32::MAX, which every
    // bound in validation refuses.
    Number {
        value: pair.as_str().parse().unwrap_or(u32::MAX),
        span: span(&pair),
    }
}

fn string(pair: P) -> StrLit {
    let span = span(&pair);
    let body = pair.into_inner().next().map_or("", |b| b.as_str());
    StrLit {
        value: unescape(body),
        span,
    }
}

fn localized(pair: P) -> Localized {
    let mut inner = pair.into_inner();
    let en = string(inner.next().expect("a localized text starts with a string"));
    let zh = inner.next().map(|zh| string(first(zh)));
    Localized { en, zh }
}

fn unescape(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('u') => {
                let rest: String = chars.clone().take_while(|c| *c != '}').collect();
                let code = rest
                    .strip_prefix('{')
                    .and_then(|hex| u32::from_str_radix(hex, 16).ok());
                match code.and_then(char::from_u32) {
                    Some(decoded) => {
                        out.push(decoded);
                        chars.nth(rest.chars().count());
                    }
                    None => out.push_str("\\u"),
                }
            }
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

fn unknown(pair: P) -> UnknownItem {
    let span = span(&pair);
    let key = ident(
        pair.into_inner()
            .next()
            .expect("unknown_item starts with a key"),
    );
    UnknownItem { key, span }
}

fn notice(pair: P) -> NoticeAst {
    let mut inner = pair.into_inner();
    let id = ident(inner.next().expect("notice has an id"));
    let mut notice = NoticeAst {
        id,
        title: None,
        cite: None,
        issued: None,
        articles: None,
        repeals: Vec::new(),
        unknown: Vec::new(),
    };
    for item in inner {
        let kind = item.as_rule();
        if kind == Rule::unknown_item {
            notice.unknown.push(unknown(item));
            continue;
        }
        let value = item
            .into_inner()
            .next()
            .expect("notice items carry a value");
        match kind {
            Rule::title => notice.title = Some(localized(value)),
            Rule::cite => notice.cite = Some(localized(value)),
            Rule::issued => notice.issued = Some(ident(value)),
            Rule::articles => notice.articles = Some(number(value)),
            Rule::repeals => notice.repeals.push(string(value)),
            _ => {}
        }
    }
    notice
}

fn provision(pair: P) -> ProvisionAst {
    let mut inner = pair.into_inner();
    let article = number(inner.next().expect("provision has an article"));
    let mut next = inner.next().expect("provision has a kind");
    let paragraph = if next.as_rule() == Rule::integer {
        let paragraph = number(next);
        next = inner.next().expect("provision has a kind");
        Some(paragraph)
    } else {
        None
    };
    let kind = ident(next);
    let summary = localized(inner.next().expect("provision has a summary"));
    ProvisionAst {
        article,
        paragraph,
        kind,
        summary,
    }
}

fn term_set(pair: P) -> TermSetAst {
    let mut inner = pair.into_inner();
    let name = ident(inner.next().expect("terms has a name"));
    term_set_body(name, inner)
}

fn term_set_body<'a>(name: Ident, items: impl Iterator<Item = P<'a>>) -> TermSetAst {
    let mut set = TermSetAst {
        name,
        phrases: Vec::new(),
        includes: Vec::new(),
        excepts: Vec::new(),
        unknown: Vec::new(),
    };
    for item in items {
        match item.as_rule() {
            Rule::phrase_group => {
                let mut inner = item.into_inner();
                let lang = match inner.next().map(|l| l.as_str()) {
                    Some("zh") => Lang::Zh,
                    _ => Lang::En,
                };
                for phrase in inner {
                    let mut parts = phrase.into_inner().peekable();
                    let whole_word = parts.peek().is_some_and(|p| p.as_rule() == Rule::word);
                    if whole_word {
                        parts.next();
                    }
                    let text = string(parts.next().expect("a phrase has a string"));
                    set.phrases.push(PhraseAst {
                        lang,
                        whole_word,
                        text,
                    });
                }
            }
            Rule::include => set.includes.extend(term_ref(
                item.into_inner().next().expect("include names sets"),
            )),
            Rule::except => set.excepts.extend(item.into_inner().map(string)),
            Rule::unknown_item => set.unknown.push(unknown(item)),
            _ => {}
        }
    }
    set
}

fn infer(pair: P) -> InferAst {
    let span = span(&pair);
    let mut inner = pair.into_inner();
    let id = ident(inner.next().expect("infer has an id"));
    let mut infer = InferAst {
        id,
        sets: Vec::new(),
        subjects: Vec::new(),
        whens: Vec::new(),
        examples: Vec::new(),
        unknown: Vec::new(),
        span,
    };
    for item in inner {
        match item.as_rule() {
            Rule::sets => {
                let mut parts = item.into_inner();
                let fact = ident(parts.next().expect("sets names a fact"));
                let value = atom(parts.next().expect("sets gives a value"));
                infer.sets.push((fact, value));
            }
            Rule::subjects => infer.subjects.extend(item.into_inner().map(ident)),
            Rule::when => infer.whens.push(expr(first(item))),
            Rule::example => infer.examples.push(example(item)),
            Rule::unknown_item => infer.unknown.push(unknown(item)),
            _ => {}
        }
    }
    infer
}

fn grant_def(pair: P) -> GrantDefAst {
    let mut inner = pair.into_inner();
    let id = ident(inner.next().expect("grant has an id"));
    let mut grant = GrantDefAst {
        id,
        about: None,
        aliases: Vec::new(),
        unknown: Vec::new(),
    };
    for item in inner {
        match item.as_rule() {
            Rule::about => grant.about = Some(localized(first(item))),
            Rule::aliases => grant.aliases.extend(item.into_inner().map(string)),
            Rule::unknown_item => grant.unknown.push(unknown(item)),
            _ => {}
        }
    }
    grant
}

fn context(pair: P) -> ContextAst {
    let mut inner = pair.into_inner();
    let label = ident(inner.next().expect("context has a label"));
    let mut context = ContextAst {
        label,
        groups: Vec::new(),
        unknown: Vec::new(),
    };
    // `before` / `after` holds for the groups that follow, until the other is written.
    let mut after = false;
    for item in inner {
        if item.as_rule() == Rule::unknown_item {
            context.unknown.push(unknown(item));
            continue;
        }
        let mut parts = item.into_inner().peekable();
        if let Some(side) = parts.next_if(|p| p.as_rule() == Rule::side) {
            after = side.as_str() == "after";
        }
        let lang = match parts.next().map(|l| l.as_str()) {
            Some("zh") => Lang::Zh,
            _ => Lang::En,
        };
        let phrases = parts.map(|phrase| phrase_of(phrase, lang)).collect();
        context.groups.push(CueGroupAst { after, phrases });
    }
    context
}

/// One phrase of a group: `word "RWA"` or `"虚拟货币"`.
fn phrase_of(phrase: P, lang: Lang) -> PhraseAst {
    let mut parts = phrase.into_inner().peekable();
    let whole_word = parts.next_if(|p| p.as_rule() == Rule::word).is_some();
    let text = string(parts.next().expect("a phrase has a string"));
    PhraseAst {
        lang,
        whole_word,
        text,
    }
}

fn term_ref(pair: P) -> Vec<Ident> {
    pair.into_inner().map(|name| ident(first(name))).collect()
}

fn rule(pair: P) -> RuleAst {
    let span = span(&pair);
    let mut inner = pair.into_inner();
    let id = ident(inner.next().expect("rule has an id"));
    let mut rule = RuleAst {
        id,
        articles: Vec::new(),
        severities: Vec::new(),
        subjects: Vec::new(),
        summaries: Vec::new(),
        messages: Vec::new(),
        helps: Vec::new(),
        literals: Vec::new(),
        supersedes: Vec::new(),
        whens: Vec::new(),
        unlesses: Vec::new(),
        examples: Vec::new(),
        unknown: Vec::new(),
        span,
    };
    for item in inner {
        let item_span = span_of(&item);
        match item.as_rule() {
            Rule::article => {
                let mut numbers = item.into_inner();
                let article = number(numbers.next().expect("article has a number"));
                let paragraph = numbers.next().map(number);
                rule.articles.push(ArticleAst {
                    article,
                    paragraph,
                    span: item_span,
                });
            }
            Rule::severity => rule.severities.push(ident(first(item))),
            Rule::subjects => rule.subjects.extend(item.into_inner().map(ident)),
            Rule::summary => rule.summaries.push(localized(first(item))),
            Rule::message => rule.messages.push(localized(first(item))),
            Rule::help => rule.helps.push(localized(first(item))),
            Rule::literal => rule.literals.push(item_span),
            Rule::supersedes => rule
                .supersedes
                .extend(item.into_inner().map(|name| ident(first(name)))),
            Rule::when => rule.whens.push(expr(first(item))),
            Rule::unless => rule.unlesses.push(expr(first(item))),
            Rule::example => rule.examples.push(example(item)),
            Rule::unknown_item => rule.unknown.push(unknown(item)),
            _ => {}
        }
    }
    rule
}

fn span_of(pair: &P) -> Span {
    span(pair)
}

fn first(pair: P) -> P {
    pair.into_inner()
        .next()
        .expect("the grammar requires a value here")
}

fn expr(pair: P) -> Expr {
    match pair.as_rule() {
        Rule::expr => {
            let mut parts: Vec<Expr> = pair
                .into_inner()
                .filter(|p| p.as_rule() != Rule::or_kw)
                .map(expr)
                .collect();
            if parts.len() == 1 {
                parts.pop().expect("one part")
            } else {
                Expr::Or(parts)
            }
        }
        Rule::conj => {
            let mut parts: Vec<Expr> = pair
                .into_inner()
                .filter(|p| p.as_rule() != Rule::and_kw)
                .map(expr)
                .collect();
            if parts.len() == 1 {
                parts.pop().expect("one part")
            } else {
                Expr::And(parts)
            }
        }
        Rule::unary => {
            let mut inner = pair.into_inner();
            let head = inner.next().expect("unary has content");
            if head.as_rule() == Rule::not_kw {
                Expr::Not(Box::new(expr(inner.next().expect("not has an operand"))))
            } else {
                expr(head)
            }
        }
        Rule::has => {
            let span = span(&pair);
            let mut inner = pair.into_inner();
            let selector = inner.next().expect("has has a selector");
            let fields = selector.into_inner().flat_map(|s| match s.as_rule() {
                Rule::any_of => s.into_inner().map(ident).collect::<Vec<_>>(),
                _ => vec![ident(s)],
            });
            let fields = fields.collect();
            inner.next(); // `has`
            let terms = term_ref(inner.next().expect("has names term sets"));
            let near = inner.next().map(|near| {
                let distance = number(first(near));
                let other = term_ref(inner.next().expect("near names term sets"));
                (distance, other)
            });
            Expr::Has {
                fields,
                terms,
                near,
                span,
            }
        }
        Rule::grant => {
            let span = span(&pair);
            let mut inner = pair.into_inner();
            let kind = match inner.next().map(|k| k.as_str()) {
                Some("consent") => GrantKind::Consent,
                Some("filing") => GrantKind::Filing,
                _ => GrantKind::Approval,
            };
            Expr::Grant {
                kind,
                name: string(inner.next().expect("grant has a kind string")),
                span,
            }
        }
        Rule::compare => {
            let span = span(&pair);
            let mut inner = pair.into_inner();
            let field = ident(inner.next().expect("compare has a field"));
            let op = match inner.next().map(|o| o.as_str()) {
                Some("!=") => CompareOp::Ne,
                Some("=") => CompareOp::Eq,
                _ => CompareOp::In,
            };
            let value = inner.next().expect("compare has a value");
            let values = match value.as_rule() {
                Rule::value_list => value.into_inner().map(atom).collect(),
                _ => vec![atom(value)],
            };
            Expr::Compare {
                field,
                op,
                values,
                span,
            }
        }
        _ => unreachable!(
            "the grammar has no other expression forms: {:?}",
            pair.as_rule()
        ),
    }
}

fn atom(pair: P) -> Ident {
    match pair.as_rule() {
        Rule::string => {
            let s = string(pair);
            Ident {
                name: s.value,
                span: s.span,
            }
        }
        _ => ident(pair),
    }
}

fn example(pair: P) -> ExampleAst {
    let span = span(&pair);
    let mut inner = pair.into_inner();
    let verdict = ident(inner.next().expect("example has a verdict"));
    let mut next = inner.next().expect("example has a body");
    let subject = if next.as_rule() == Rule::ident {
        let subject = ident(next);
        next = inner.next().expect("example has a body");
        Some(subject)
    } else {
        None
    };
    // The example ends with its object or its `says`, not with the blanks after them.
    let mut span = span;
    span.end = next.as_span().end();
    let fields = pairs(next);
    let says = inner.next().map(|says| {
        span.end = says.as_span().end();
        string(first(says))
    });
    ExampleAst {
        verdict,
        subject,
        fields,
        says,
        span,
    }
}

fn pairs(object: P) -> Vec<(Ident, Value)> {
    object
        .into_inner()
        .map(|pair| {
            let mut inner = pair.into_inner();
            let key = ident(inner.next().expect("pair has a key"));
            (key, value(inner.next().expect("pair has a value")))
        })
        .collect()
}

fn value(pair: P) -> Value {
    let pair = if pair.as_rule() == Rule::value {
        first(pair)
    } else {
        pair
    };
    match pair.as_rule() {
        Rule::string => Value::Str(string(pair)),
        Rule::list => {
            let span = span(&pair);
            Value::List(pair.into_inner().map(value).collect(), span)
        }
        Rule::object => {
            let span = span(&pair);
            Value::Object(pairs(pair), span)
        }
        _ => Value::Word(ident(pair)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_text(text: &str) -> Result<RuleFile, Box<RuleError>> {
        parse(&NamedSource::new("test.rl", Arc::from(text)))
    }

    #[test]
    fn parses_a_complete_rule() {
        let file = parse_text(
            r#"
            notice n { title "T" cite "C" issued 2026-02-06 articles 19 }
            terms a { en "stablecoin" word "RWA" zh "稳定币" include b except "x" }
            terms b { zh "人民币" }
            rule r {
              article 1 paragraph 3
              severity error
              on registration, document
              when text has a near(30) b and not (jurisdiction = overseas or approval "x")
              message "found {match}"
              example fail { name: "稳定币", approvals: [{ kind: "x", expires: 2020-01-01 }] }
            }
            "#,
        )
        .unwrap();
        assert_eq!(file.rules.len(), 1);
        let rule = &file.rules[0];
        assert_eq!(rule.articles[0].paragraph.as_ref().unwrap().value, 3);
        assert!(matches!(rule.whens[0], Expr::And(ref parts) if parts.len() == 2));
        assert_eq!(file.term_sets[0].phrases.len(), 3);
        assert!(file.term_sets[0].phrases[1].whole_word);
    }

    #[test]
    fn unknown_keys_are_kept_for_the_validator() {
        let file = parse_text("rule r { severty error }").unwrap();
        assert_eq!(file.rules[0].unknown[0].key.name, "severty");
    }

    #[test]
    fn string_escapes_are_resolved() {
        assert_eq!(unescape(r#"a\"b\u{7a33}\\"#), "a\"b稳\\");
    }

    #[test]
    fn a_syntax_error_points_into_the_file() {
        let error = parse_text("rule r { when name has }").unwrap_err();
        assert_eq!(error.code, "redline::rules::syntax");
        assert!(error.span.start > 10);
    }
}
