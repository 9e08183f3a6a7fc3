//! Rules + a record → findings.
//!
//! Each text field is normalized and scanned once per notice; every rule then reads the matches.
//! A rule fires when its `when` holds and its `unless` does not; each term occurrence that made
//! `when` hold becomes a finding, so the filer sees every place to change.

use std::ops::Range;

use jiff::civil::Date;

use super::finding::{Cue, FactRead, Finding, Related};
use super::record::Fact;
use super::record::{Record, Subject};
use crate::dsl::ast::{CompareOp, GrantKind};
use crate::dsl::model::{Condition, CueSet, Cues, Has, Inference, Notice, Rule, RuleSet};
use crate::lang::Lang;
use crate::text::fold::SENTENCE_MARK;
use crate::text::normalize::Normalized;
use crate::text::terms::{SetBits, TermMatch};
use crate::vocabulary::schema;
use crate::vocabulary::Context;

/// Applies a rule set to records, as of one day and in one language.
pub struct Evaluator<'a> {
    rules: &'a RuleSet,
    /// Grants that expire before this day do not count.
    today: Date,
    /// Findings of one rule in one text field; the rest are counted on the last one reported.
    max_per_field: usize,
    /// The language of messages, help, citations and exceptions.
    lang: Lang,
}

/// Findings of one rule in one text field before the rest are only counted: a page that repeats
/// an offer ten thousand times needs its first hundred shown, not all.
pub const MAX_FINDINGS_PER_FIELD: usize = 100;

/// One text field after scanning: its normalized form and every term match in it.
struct Scanned {
    normalized: Normalized,
    matches: Vec<TermMatch>,
    /// For each match, what the text does with it (see [`Context`]) and the cue that said so.
    mentions: Vec<Mention>,
}

/// The context of one mention and the cue that decided it.
#[derive(Clone, Debug)]
pub struct Mention {
    /// What the text does with the mention.
    pub context: Context,
    /// The cue's bytes in the field's value; `None` when no cue spoke (an offer by default).
    pub cue: Option<Range<usize>>,
    /// The cue is the page's, not the sentence's: a page with no voice of its own (news, a
    /// regulation) lends its context to mentions no cue reaches.
    pub by_page: bool,
    /// Decided by the page's structure (a blockquote), not by words: it gives way when the page
    /// offers in its own voice elsewhere (a testimonial on a product page is still the offer).
    pub weak: bool,
}

impl Scanned {
    /// The mention of a match found in this field.
    fn mention_of(&self, found: &TermMatch) -> Option<&Mention> {
        self.matches
            .iter()
            .position(|m| m.set == found.set && m.normalized == found.normalized)
            .map(|i| &self.mentions[i])
    }
}

impl Mention {
    const OFFERED: Mention = Mention {
        context: Context::Offered,
        cue: None,
        by_page: false,
        weak: false,
    };
}

impl Scanned {
    /// The matches of `sets` that count: offered mentions, or every mention when `literal`.
    fn counted(&self, sets: &[usize], literal: bool) -> Vec<&TermMatch> {
        self.matches
            .iter()
            .zip(&self.mentions)
            .filter(|(m, mention)| {
                (literal || mention.context == Context::Offered) && sets.contains(&m.set)
            })
            .map(|(m, _)| m)
            .collect()
    }

    /// Decides each match's context from the cues around it, after ConText: a cue before a
    /// mention reaches forward, a cue after it reaches back, neither past a sentence end or an
    /// `end` word (`但`, `however`); a cue inside a `pseudo` phrase is none; the nearest cue that
    /// reaches a mention decides. A sentence ending in a question mark asks what it names.
    /// Sorted cue positions and binary search keep this linear in the text, whatever its shape.
    fn mark_contexts(&mut self, cues: &Cues, text: &str, quoted: &[Range<usize>]) {
        self.mentions.clear();
        self.mentions.resize(self.matches.len(), Mention::OFFERED);
        let bytes = self.normalized.as_bytes();
        let ends: Vec<usize> = memchr::memchr_iter(SENTENCE_MARK, bytes).collect();
        let sentence = |at: usize| ends.partition_point(|e| *e < at);
        let pseudo: Vec<&Range<usize>> = self
            .matches
            .iter()
            .filter(|m| cues.pseudo.contains(&m.set))
            .map(|m| &m.normalized)
            .collect();
        let inside_pseudo =
            |r: &Range<usize>| pseudo.iter().any(|p| p.start <= r.start && r.end <= p.end);
        let mut stops: Vec<usize> = self
            .matches
            .iter()
            .filter(|m| cues.end.contains(&m.set))
            .map(|m| m.normalized.start)
            .collect();
        stops.sort_unstable();
        // (position, cue set, match index), by position.
        let mut before: Vec<(usize, CueSet, usize)> = Vec::new();
        let mut after: Vec<(usize, CueSet, usize)> = Vec::new();
        for (i, m) in self.matches.iter().enumerate() {
            let Some(cue) = cues.sets.iter().find(|c| c.set == m.set) else {
                continue;
            };
            if inside_pseudo(&m.normalized) {
                continue;
            }
            if cue.after {
                after.push((m.normalized.start, *cue, i));
            } else {
                before.push((m.normalized.end, *cue, i));
            }
        }
        before.sort_by_key(|c| c.0);
        after.sort_by_key(|c| c.0);
        let questions = self.questions(text, &ends);
        for i in 0..self.matches.len() {
            let m = &self.matches[i];
            if cues.contains(m.set) {
                continue;
            }
            let (start, end) = (m.normalized.start, m.normalized.end);
            let here = sentence(start);
            // A cue before the mention, in its sentence, with no stop between them.
            let last_stop = stops[..stops.partition_point(|p| *p < start)]
                .last()
                .copied();
            let reach_from = last_stop
                .unwrap_or(0)
                .max(here.checked_sub(1).map_or(0, |s| ends[s]));
            let from_before = before[..before.partition_point(|c| c.0 <= start)]
                .last()
                .filter(|c| c.0 >= reach_from && sentence(c.0.saturating_sub(1)) == here)
                .map(|c| (start - c.0, c.1, c.2));
            // A cue after it, before the next stop or sentence end.
            let next_stop = stops
                .get(stops.partition_point(|p| *p < end))
                .copied()
                .unwrap_or(usize::MAX)
                .min(ends.get(here).copied().unwrap_or(usize::MAX));
            let from_after = after
                .get(after.partition_point(|c| c.0 < end))
                .filter(|c| c.0 < next_stop)
                .map(|c| (c.0 - end, c.1, c.2));
            let nearest = match (from_before, from_after) {
                (Some(b), Some(a)) => Some(if a.0 < b.0 { a } else { b }),
                (b, a) => b.or(a),
            };
            let question = questions.get(here).cloned().flatten();
            self.mentions[i] = match nearest {
                // A question that names an offer asks about it: "是否为客户提供…兑换？".
                Some((_, cue, _)) if cue.context == Context::Offered && question.is_some() => {
                    Mention {
                        context: Context::Asked,
                        cue: question,
                        by_page: false,
                        weak: false,
                    }
                }
                Some((_, cue, at)) => Mention {
                    context: cue.context,
                    cue: Some(self.matches[at].original.clone()),
                    by_page: false,
                    weak: false,
                },
                None => match question {
                    Some(mark) => Mention {
                        context: Context::Asked,
                        cue: Some(mark),
                        by_page: false,
                        weak: false,
                    },
                    None => match quoted.iter().find(|q| q.contains(&m.original.start)) {
                        // The quotation's opening words stand for it.
                        Some(quote) => Mention {
                            context: Context::Quoted,
                            cue: Some(quote.start..opening(text, quote)),
                            by_page: false,
                            weak: true,
                        },
                        None => Mention::OFFERED,
                    },
                },
            };
        }
    }

    /// For each sentence, the question mark that ends it in the original text, if one does.
    fn questions(&self, text: &str, ends: &[usize]) -> Vec<Option<Range<usize>>> {
        let mut out: Vec<Option<Range<usize>>> = ends
            .iter()
            .map(|&end| {
                let at = self.normalized.original_at(end);
                text.get(at..)
                    .and_then(|rest| rest.chars().next())
                    .filter(|c| matches!(c, '?' | '？'))
                    .map(|c| at..at + c.len_utf8())
            })
            .collect();
        out.push(None);
        out
    }
}

/// The end of a quotation's opening words: its first line, at most ten characters.
fn opening(text: &str, quote: &Range<usize>) -> usize {
    let quoted = &text[quote.clone()];
    let line = quoted.find('\n').unwrap_or(quoted.len());
    let end = quoted[..line]
        .char_indices()
        .nth(10)
        .map_or(line, |(at, _)| at);
    quote.start + end
}

/// A page whose own voice never offers (no offered cue anywhere), and where at least one mention
/// in five is set aside by a cue, lends its reporting, quoting or warning to the mentions no cue
/// reached: news, research and regulations do not offer what they name (the proportion was set on
/// tests/corpus/documents/; a page with a cue or two in a footer keeps its own voice). Questions and disclaimers do not lend
/// (an exchange's FAQ asks, a product page disclaims in passing). The most frequent lending
/// context decides, its first cue standing for the page.
fn lend_page_context(scanned: &mut [Scanned], cues: &Cues, page_words: &[bool]) {
    let offers = scanned.iter().any(|slot| {
        slot.mentions
            .iter()
            .any(|m| m.context == Context::Offered && m.cue.is_some())
    });
    if offers {
        // The page speaks for itself: what it quotes is its own offer too.
        for slot in scanned.iter_mut() {
            for mention in slot.mentions.iter_mut().filter(|m| m.weak) {
                *mention = Mention::OFFERED;
            }
        }
        return;
    }
    let mut counts: Vec<(Context, usize, usize, Range<usize>)> = Vec::new();
    let (mut cued, mut uncued) = (0usize, 0usize);
    for (field, slot) in scanned.iter().enumerate() {
        for (m, mention) in slot.matches.iter().zip(&slot.mentions) {
            // Cues are not mentions, nor are the words only a filing's facts are read from.
            if cues.contains(m.set) || !page_words.get(m.set).copied().unwrap_or(true) {
                continue;
            }
            let Some(cue) = &mention.cue else {
                uncued += 1;
                continue;
            };
            match mention.context {
                Context::Offered => return,
                Context::Reported | Context::Quoted | Context::Warned => {
                    match counts.iter_mut().find(|c| c.0 == mention.context) {
                        Some(c) => c.1 += 1,
                        None => counts.push((mention.context, 1, field, cue.clone())),
                    }
                }
                Context::Negated | Context::Asked => {}
            }
            cued += 1;
        }
    }
    if cued * 4 < uncued {
        return;
    }
    let Some((context, _, field, cue)) = counts.into_iter().max_by_key(|c| c.1) else {
        return;
    };
    for (index, slot) in scanned.iter_mut().enumerate() {
        for mention in slot.mentions.iter_mut() {
            if mention.context == Context::Offered && mention.cue.is_none() {
                *mention = Mention {
                    context,
                    // A cue in another field cannot be shown in this one's bytes.
                    cue: (index == field).then(|| cue.clone()),
                    by_page: true,
                    weak: false,
                };
            }
        }
    }
}

/// Reusable buffers, so that a batch audit does not allocate per row.
#[derive(Default)]
pub struct Scratch {
    scanned: Vec<Scanned>,
    present: SetBits,
}

/// Why `when` held: the places to show the user.
#[derive(Clone, Debug)]
enum Witness {
    Term {
        field: usize,
        found: TermMatch,
        near: Option<TermMatch>,
    },
    Fact(usize),
}

impl<'a> Evaluator<'a> {
    /// An evaluator of `rules` as of `today`, writing in English, with at most
    /// [`MAX_FINDINGS_PER_FIELD`] findings of a rule per text field.
    pub fn new(rules: &'a RuleSet, today: Date) -> Evaluator<'a> {
        Evaluator {
            rules,
            today,
            max_per_field: MAX_FINDINGS_PER_FIELD,
            lang: Lang::En,
        }
    }

    /// The rules this evaluator applies.
    pub fn rules(&self) -> &'a RuleSet {
        self.rules
    }

    /// Writes messages, help and citations in `lang`.
    pub fn with_lang(mut self, lang: Lang) -> Evaluator<'a> {
        self.lang = lang;
        self
    }

    /// Reports at most `max` findings of a rule per text field (at least one).
    pub fn with_max_findings_per_field(mut self, max: usize) -> Evaluator<'a> {
        self.max_per_field = max.max(1);
        self
    }

    /// The findings of every loaded rule on `record`; [`Evaluator::check_into`] reuses its buffers
    /// across records.
    pub fn check(&self, record: &Record) -> Vec<Finding> {
        let mut findings = Vec::new();
        self.check_into(record, &mut Scratch::default(), &mut findings);
        findings
    }

    /// Appends the findings of every loaded rule on `record` to `out`.
    ///
    /// First a cheap pass finds which term sets may occur at all; a rule whose condition cannot
    /// hold with those sets is skipped, and the exact pass (normalized text, offsets, whole
    /// words, false friends) runs only when some rule may fire. Most rows of an audit stop at
    /// the cheap pass.
    pub fn check_into(&self, record: &Record, scratch: &mut Scratch, out: &mut Vec<Finding>) {
        for notice in &self.rules.notices {
            let infers = notice.infers[record.subject.index()];
            // A page's unstated facts are read from its words first.
            let mut read = None;
            let mut scanned = false;
            if record.subject == Subject::Document && infers {
                Scope::scan(notice, record, &mut scratch.scanned);
                scanned = true;
                read = self.read_facts(notice, record, &scratch.scanned);
            }
            scratch.present.clear();
            let prefilter = &notice.prefilters[record.subject.index()];
            for text in &record.texts {
                prefilter.presence(&text.value, &mut scratch.present);
            }
            // A filing's, once some term may occur: most rows of an audit have none and skip
            // the reading (the prefilter reads the same texts, whatever facts are read).
            if record.subject == Subject::Registration && infers && !scratch.present.is_empty() {
                Scope::scan(notice, record, &mut scratch.scanned);
                scanned = true;
                read = self.read_facts(notice, record, &scratch.scanned);
            }
            let record = read.as_ref().unwrap_or(record);
            let present = &scratch.present;
            let possible = |rule: &&Rule| {
                rule.subjects.contains(&record.subject)
                    && !(rule.needs_terms && present.is_empty())
                    && self.possible(&rule.when, record, present)
            };
            // Most rows of an audit stop here: no rule can hold.
            if !notice.rules.iter().any(|rule| possible(&rule)) {
                continue;
            }
            if !scanned {
                Scope::scan(notice, record, &mut scratch.scanned);
            }
            // One scope for the record: what it scanned and set aside is the same for every rule.
            let scope = Scope::new(notice, record, &scratch.scanned);
            let first = out.len();
            for rule in notice.rules.iter().filter(possible) {
                self.apply(notice, rule, &scope, out);
            }
            supersede(notice, &mut out[first..]);
        }
    }

    /// Whether `condition` can hold given the sets that may occur; facts and grants are exact.
    fn possible(&self, condition: &Condition, record: &Record, present: &SetBits) -> bool {
        match condition {
            Condition::Any(parts) => parts.iter().any(|p| self.possible(p, record, present)),
            Condition::All(parts) => parts.iter().all(|p| self.possible(p, record, present)),
            // `not X` may hold whatever X's terms: only the exact pass can tell.
            Condition::Not(_) => true,
            // A `has` the prefilter does not check (another part of its `and` is checked).
            Condition::Has(has) if has.anchor.is_empty() => true,
            Condition::Has(has) => has.anchor.iter().any(|s| present.contains(*s)),
            Condition::Grant { .. } | Condition::Compare { .. } => {
                self.fact_holds(condition, record)
            }
        }
    }

    /// The findings of one rule alone, as `redline test` needs for a rule's examples.
    pub fn check_rule(&self, notice: &Notice, rule: &Rule, record: &Record) -> Vec<Finding> {
        let mut scanned = Vec::new();
        Scope::scan(notice, record, &mut scanned);
        let read = self.read_facts(notice, record, &scanned);
        let record = read.as_ref().unwrap_or(record);
        let scope = Scope::new(notice, record, &scanned);
        let mut out = Vec::new();
        self.apply(notice, rule, &scope, &mut out);
        out
    }

    /// The record with the facts its front matter does not state read from its words, in the
    /// order the `infer` blocks are written (a fact already present, stated or read, stays);
    /// `None` when nothing was read.
    fn read_facts(&self, notice: &Notice, record: &Record, scanned: &[Scanned]) -> Option<Record> {
        let mut read: Vec<Fact> = Vec::new();
        let scope = Scope {
            every_mention: true,
            ..Scope::new(notice, record, scanned)
        };
        for inference in &notice.inferences {
            if !inference.subjects.contains(&record.subject) {
                continue;
            }
            let known = |name: &str| {
                record.fact(name).is_some_and(|f| !f.assumed) || read.iter().any(|f| f.name == name)
            };
            if known(&inference.fact) {
                continue;
            }
            let Some(witnesses) = self.eval(&inference.when, &scope) else {
                continue;
            };
            let place = witnesses.iter().find_map(|w| match w {
                Witness::Term { field, found, .. } => Some((*field, found.original.clone())),
                Witness::Fact(_) => None,
            });
            let (from, span) = match place {
                Some((field, range)) => {
                    let text = &record.texts[field];
                    (
                        text.value[range.clone()].to_string(),
                        text.origin.to_file(range),
                    )
                }
                None => (String::new(), None),
            };
            read.push(Fact {
                assumed: false,
                name: inference.fact.clone(),
                value: inference.value.clone(),
                span,
                read_from: Some((from, inference.id.clone())),
            });
        }
        if read.is_empty() {
            return None;
        }
        let mut with_facts = record.clone();
        // What the words say replaces what was only assumed.
        with_facts
            .facts
            .retain(|f| !(f.assumed && read.iter().any(|r| r.name == f.name)));
        with_facts.facts.extend(read);
        Some(with_facts)
    }

    /// Whether an `infer` block reads its fact from `record` (for its examples).
    pub fn infers(&self, notice: &Notice, inference: &Inference, record: &Record) -> bool {
        let mut scanned = Vec::new();
        Scope::scan(notice, record, &mut scanned);
        self.read_facts(notice, record, &scanned).is_some_and(|r| {
            r.facts.iter().any(|f| {
                f.read_from
                    .as_ref()
                    .is_some_and(|(_, by)| *by == inference.id)
            })
        })
    }

    fn apply(&self, notice: &Notice, rule: &Rule, scope: &Scope, out: &mut Vec<Finding>) {
        if !rule.subjects.contains(&scope.record.subject) {
            return;
        }
        // Offered mentions count (every mention for a literal rule). What the rule would also have
        // found among the other mentions is set aside, and reported as such.
        let counted = Scope {
            every_mention: rule.literal,
            ..*scope
        };
        self.apply_in(notice, rule, &counted, false, out);
        if !rule.literal && scope.contexts_differ {
            let every = Scope {
                every_mention: true,
                ..*scope
            };
            self.apply_in(notice, rule, &every, true, out);
        }
    }

    /// Reports the rule's places in `scope`; with `set_aside`, only the places whose mention is
    /// not offered, marked as set aside.
    fn apply_in(
        &self,
        notice: &Notice,
        rule: &Rule,
        scope: &Scope,
        set_aside: bool,
        out: &mut Vec<Finding>,
    ) {
        let Some(witnesses) = self.eval(&rule.when, scope) else {
            return;
        };
        let mut exceptions = Vec::new();
        if let Some(unless) = &rule.unless {
            if self.eval(unless, scope).is_some() {
                return;
            }
            self.explain(unless, scope, &mut exceptions);
        }
        let record = scope.record;
        let base = Finding {
            rule: rule.id.clone(),
            notice: notice.id.clone(),
            citation: crate::lang::citation(&notice.cite, rule.article, rule.paragraph, self.lang),
            article: rule.article,
            paragraph: rule.paragraph,
            severity: rule.severity,
            record: record.index,
            field: None,
            span: record.span.clone(),
            value_range: None,
            matched: None,
            term: None,
            related: None,
            message: String::new(),
            help: String::new(),
            exceptions,
            context: None,
            cue: None,
            facts_read: {
                let used = rule.when.facts();
                record
                    .facts
                    .iter()
                    .filter(|f| used.contains(&f.name.as_str()))
                    .filter_map(|f| {
                        f.read_from.as_ref().map(|(from, by)| FactRead {
                            fact: f.name.clone(),
                            value: f.value.clone(),
                            from: from.clone(),
                            by: by.clone(),
                            span: f.span.clone(),
                        })
                    })
                    .collect()
            },
            set_aside: false,
            superseded_by: None,
            mention: None,
            omitted: 0,
        };
        let mut findings: Vec<Finding> = Vec::new();
        for place in term_places(&witnesses, self.max_per_field) {
            let text = &record.texts[place.field];
            let found = place.found;
            let mut finding = base.clone();
            finding.field = Some(text.name.clone());
            finding.span = text.origin.to_file(found.original.clone());
            finding.value_range = Some(found.original.clone());
            finding.matched = Some(text.value[found.original.clone()].to_string());
            finding.term = Some(notice.phrases[found.phrase].text.clone());
            finding.related = place.near.map(|other| Related {
                field: text.name.clone(),
                span: text.origin.to_file(other.original.clone()),
                matched: text.value[other.original.clone()].to_string(),
                term: notice.phrases[other.phrase].text.clone(),
            });
            finding.omitted = place.omitted;
            let scanned = &scope.scanned[place.field];
            // What a governing rule shares with a general one: the words on a page; the whole
            // scope item in a filing (one item is one activity: 比特币矿机托管 is mining, not
            // also virtual-currency business).
            let mention: Vec<Range<usize>> = if record.subject == Subject::Registration {
                let item = scanned.normalized.sentence_around(found.normalized.clone());
                vec![scanned.normalized.original_range(&text.value, item)]
            } else {
                std::iter::once(found.original.clone())
                    .chain(place.near.map(|n| n.original.clone()))
                    .collect()
            };
            finding.mention = Some((place.field, mention));
            // A literal rule reads the words as written: their context decides nothing.
            let mention = scanned
                .mention_of(found)
                .filter(|m| m.context != Context::Offered || place.near.is_none())
                .or_else(|| place.near.and_then(|near| scanned.mention_of(near)))
                .filter(|_| !rule.literal);
            if let Some(mention) = mention {
                finding.context = Some(mention.context);
                finding.cue = mention.cue.clone().map(|cue| Cue {
                    text: text.value[cue.clone()].to_string(),
                    span: text.origin.to_file(cue),
                    by_page: mention.by_page,
                });
            }
            finding.set_aside = set_aside;
            if set_aside && finding.context.is_none_or(|c| c == Context::Offered) {
                continue;
            }
            findings.push(finding);
        }
        if set_aside {
            for mut finding in findings {
                finding.message = fill(rule.message.get(self.lang), &finding, self.lang);
                finding.help = fill(rule.help.get(self.lang), &finding, self.lang);
                out.push(finding);
            }
            return;
        }
        // A fact explains a finding only when no term does.
        if findings.is_empty() {
            let mut seen = std::collections::HashSet::new();
            for witness in &witnesses {
                let Witness::Fact(index) = witness else {
                    continue;
                };
                if seen.insert(*index) {
                    let fact = &record.facts[*index];
                    let mut finding = base.clone();
                    finding.field = Some(fact.name.clone());
                    finding.span = fact.span.clone().or(finding.span);
                    finding.matched = Some(fact.value.clone());
                    findings.push(finding);
                }
            }
        }
        if findings.is_empty() {
            findings.push(base);
        }
        for mut finding in findings {
            finding.message = fill(rule.message.get(self.lang), &finding, self.lang);
            finding.help = fill(rule.help.get(self.lang), &finding, self.lang);
            out.push(finding);
        }
    }

    /// `Some(witnesses)` when the condition holds.
    fn eval(&self, condition: &Condition, scope: &Scope) -> Option<Vec<Witness>> {
        match condition {
            Condition::Any(parts) => {
                let mut all = None::<Vec<Witness>>;
                for part in parts {
                    if let Some(w) = self.eval(part, scope) {
                        all.get_or_insert_with(Vec::new).extend(w);
                    }
                }
                all
            }
            Condition::All(parts) => {
                // In `A and B` the first condition that found terms is what the finding is about;
                // the others only qualify it (`text has vc-any … and text has domestic-users`).
                let mut subject: Option<Vec<Witness>> = None;
                let mut facts = Vec::new();
                for part in parts {
                    let witnesses = self.eval(part, scope)?;
                    if subject.is_none()
                        && witnesses.iter().any(|w| matches!(w, Witness::Term { .. }))
                    {
                        subject = Some(witnesses);
                    } else {
                        facts.extend(
                            witnesses
                                .into_iter()
                                .filter(|w| matches!(w, Witness::Fact(_))),
                        );
                    }
                }
                Some(subject.unwrap_or(facts))
            }
            Condition::Not(inner) => match self.eval(inner, scope) {
                Some(_) => None,
                None => Some(Vec::new()),
            },
            Condition::Has(has) => {
                let found = scope.has(has);
                (!found.is_empty()).then_some(found)
            }
            Condition::Grant { .. } => self.fact_holds(condition, scope.record).then(Vec::new),
            Condition::Compare { fact, op, .. } => {
                let holds = self.fact_holds(condition, scope.record);
                let found = scope.record.facts.iter().position(|f| f.name == *fact);
                // `!=` holds by the fact's absence or another value: nothing to point at.
                let points = *op != CompareOp::Ne;
                holds.then(|| {
                    found
                        .filter(|_| points)
                        .map(Witness::Fact)
                        .into_iter()
                        .collect()
                })
            }
        }
    }

    /// A grant or fact condition, which needs no text.
    fn fact_holds(&self, condition: &Condition, record: &Record) -> bool {
        match condition {
            Condition::Grant { kind, keys, .. } => record.grants.iter().any(|g| {
                g.kind == *kind
                    && keys.contains(&g.name)
                    && g.expires.is_none_or(|d| d >= self.today)
            }),
            Condition::Compare { fact, op, values } => {
                let listed = record.fact(fact).is_some_and(|f| values.contains(&f.value));
                match op {
                    CompareOp::Eq | CompareOp::In => listed,
                    CompareOp::Ne => !listed,
                }
            }
            _ => unreachable!("only grants and comparisons are facts"),
        }
    }

    /// Says, for each exception that did not hold, what was missing.
    fn explain(&self, condition: &Condition, scope: &Scope, out: &mut Vec<String>) {
        match condition {
            Condition::Any(parts) | Condition::All(parts) => {
                for part in parts {
                    self.explain(part, scope, out);
                }
            }
            Condition::Not(_) | Condition::Has(_) => {}
            Condition::Grant { kind, name, keys } => {
                if self.eval(condition, scope).is_some() {
                    return;
                }
                let keyword = kind.keyword();
                let expired = scope
                    .record
                    .grants
                    .iter()
                    .find(|g| g.kind == *kind && keys.contains(&g.name) && g.expires.is_some());
                let zh_kind = match kind {
                    GrantKind::Approval => "批准",
                    GrantKind::Consent => "同意",
                    GrantKind::Filing => "备案",
                };
                out.push(match expired.and_then(|g| g.expires.map(|d| (g, d))) {
                    Some((grant, date)) => {
                        let id = grant
                            .id
                            .as_ref()
                            .map(|id| format!(" ({id})"))
                            .unwrap_or_default();
                        match self.lang {
                            Lang::En => format!("{keyword} \"{name}\"{id} expired on {date}"),
                            Lang::Zh => format!("{zh_kind}“{name}”{id}已于 {date} 到期"),
                        }
                    }
                    None => match self.lang {
                        Lang::En => format!("no {keyword} \"{name}\" is on file"),
                        Lang::Zh => format!("未记录{zh_kind}“{name}”"),
                    },
                });
            }
            Condition::Compare { fact, values, .. } => {
                if self.eval(condition, scope).is_some() {
                    return;
                }
                let wanted = values.join(self.lang.pick(" or ", " 或 "));
                out.push(match (scope.record.fact(fact), self.lang) {
                    (Some(f), Lang::En) => format!("{fact} is `{}`, not {wanted}", f.value),
                    (Some(f), Lang::Zh) => format!(
                        "{}（{fact}）为 `{}`，而非 {wanted}",
                        schema::label(fact, Lang::Zh),
                        f.value
                    ),
                    (None, Lang::En) => format!("{fact} is not stated (needs {wanted})"),
                    (None, Lang::Zh) => format!(
                        "未写明{}（{fact}），须为 {wanted}",
                        schema::label(fact, Lang::Zh)
                    ),
                });
            }
        }
    }
}

/// A record with its text fields scanned for one notice's terms.
#[derive(Clone, Copy)]
struct Scope<'s> {
    record: &'s Record,
    notice: &'s Notice,
    scanned: &'s [Scanned],
    /// Count every mention, whatever its context: a `literal` rule, or the second look that
    /// finds what a rule set aside.
    every_mention: bool,
    /// Some mention is not offered: a rule that does not hold may have set something aside.
    contexts_differ: bool,
}

impl<'s> Scope<'s> {
    /// Normalizes and scans every text field of `record` into `scanned`, reusing its buffers.
    fn scan(notice: &Notice, record: &Record, scanned: &mut Vec<Scanned>) {
        while scanned.len() < record.texts.len() {
            scanned.push(Scanned {
                normalized: Normalized::default(),
                matches: Vec::new(),
                mentions: Vec::new(),
            });
        }
        for (text, slot) in record.texts.iter().zip(scanned.iter_mut()) {
            slot.normalized.normalize(&text.value);
            slot.matches.clear();
            notice
                .matcher
                .find(&text.value, &slot.normalized, &mut slot.matches);
            if !text.quoted.is_empty() || slot.matches.iter().any(|m| notice.cues.contains(m.set)) {
                slot.mark_contexts(&notice.cues, &text.value, &text.quoted);
            } else {
                slot.mentions.clear();
                slot.mentions.resize(slot.matches.len(), Mention::OFFERED);
            }
        }
        if record.subject == Subject::Document {
            lend_page_context(
                &mut scanned[..record.texts.len()],
                &notice.cues,
                &notice.page_words,
            );
        }
    }

    fn new(notice: &'s Notice, record: &'s Record, scanned: &'s [Scanned]) -> Scope<'s> {
        Scope {
            record,
            notice,
            scanned: &scanned[..record.texts.len()],
            every_mention: false,
            contexts_differ: scanned[..record.texts.len()]
                .iter()
                .any(|s| s.mentions.iter().any(|m| m.context != Context::Offered)),
        }
    }

    fn has(&self, has: &Has) -> Vec<Witness> {
        let mut out = Vec::new();
        for (index, text) in self.record.texts.iter().enumerate() {
            let chosen = if has.fields.is_empty() {
                !text.derived
            } else {
                has.fields.contains(&text.name)
            };
            if !chosen {
                continue;
            }
            let scanned = &self.scanned[index];
            let counted = scanned.counted(&has.sets, self.every_mention);
            // Across the sets of one condition, too, only the longest match counts: `蚂蚁矿机` is
            // one finding, not two with the `矿机` inside it.
            let outermost = outermost(&counted, |m| (0, &m.normalized));
            // The other side of a `near`, ordered by where it starts so that each match looks
            // only at the partners close enough to it.
            let partners: Vec<&TermMatch> = match &has.near {
                None => Vec::new(),
                Some(near) => {
                    let mut partners = scanned.counted(&near.sets, self.every_mention);
                    partners.sort_by_key(|m| m.normalized.start);
                    partners
                }
            };
            let in_name = |m: &TermMatch| {
                text.names
                    .iter()
                    .any(|n| n.start <= m.original.start && m.original.end <= n.end)
            };
            for (found, _) in counted.iter().zip(&outermost).filter(|(_, keep)| **keep) {
                let found = *found;
                if in_name(found) {
                    continue;
                }
                let near = match &has.near {
                    None => None,
                    Some(near) => match self.partner(scanned, found, &partners, near.distance) {
                        Some(other) => Some(other.clone()),
                        None => continue,
                    },
                };
                out.push(Witness::Term {
                    field: index,
                    found: found.clone(),
                    near,
                });
            }
        }
        out
    }

    /// The closest of `partners` (sorted by start) within `distance` characters of `found`.
    /// A character is at most four bytes, so only partners starting within `4 × distance` bytes
    /// (plus the longest phrase) of `found` can be that close: the search is a window, not a scan.
    fn partner<'m>(
        &self,
        scanned: &Scanned,
        found: &TermMatch,
        partners: &[&'m TermMatch],
        distance: usize,
    ) -> Option<&'m TermMatch> {
        let reach = distance.saturating_mul(4);
        let lowest = found
            .normalized
            .start
            .saturating_sub(reach.saturating_add(self.notice.matcher.longest_phrase()));
        let highest = found.normalized.end.saturating_add(reach);
        let first = partners.partition_point(|m| m.normalized.start < lowest);
        partners[first..]
            .iter()
            .take_while(|m| m.normalized.start <= highest)
            // A phrase is not its own partner: "perpetual futures" is not near its "perpetual".
            .filter(|other| {
                other.normalized.start < found.normalized.start
                    || other.normalized.end > found.normalized.end
            })
            .filter_map(|other| {
                self.gap(scanned, found, other)
                    .filter(|gap| *gap <= distance)
                    .map(|gap| (gap, *other))
            })
            .min_by_key(|(gap, _)| *gap)
            .map(|(_, other)| other)
    }

    /// Characters between two matches, or `None` when a sentence end separates them (in a
    /// business scope, the end of an item: one item is one activity, whatever its commas and
    /// 、 join — 以充电桩收益权为支撑，在新加坡发行链上数字凭证; 提供充值、提现快捷支付通道).
    fn gap(&self, scanned: &Scanned, a: &TermMatch, b: &TermMatch) -> Option<usize> {
        let (first, second) = if a.normalized.start <= b.normalized.start {
            (a, b)
        } else {
            (b, a)
        };
        if second.normalized.start <= first.normalized.end {
            return Some(0);
        }
        let between = first.normalized.end..second.normalized.start;
        if scanned.normalized.ends_sentence(between.clone()) {
            return None;
        }
        Some(scanned.normalized.char_count(between))
    }
}

/// One place a rule's condition found a term, to become a finding.
struct Place<'w> {
    field: usize,
    found: &'w TermMatch,
    near: Option<&'w TermMatch>,
    /// Places in the same field left out after this one, past the cap.
    omitted: usize,
}

/// The places to report from a rule's witnesses: each place once; of nested places the outer one
/// (branches of an `or` can find `稳定币` inside `离岸人民币稳定币`); and at most `cap` per text
/// field, the last one kept counting those left out. Nesting is decided per text field (two scope
/// items are two fields), by one sort and one sweep.
fn term_places(witnesses: &[Witness], cap: usize) -> Vec<Place<'_>> {
    let mut places: Vec<Place> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for witness in witnesses {
        if let Witness::Term { field, found, near } = witness {
            if seen.insert((*field, found.original.clone())) {
                places.push(Place {
                    field: *field,
                    found,
                    near: near.as_ref(),
                    omitted: 0,
                });
            }
        }
    }
    let keep = outermost(&places, |p| (p.field, &p.found.original));
    let mut kept_per_field: std::collections::HashMap<usize, (usize, usize)> = Default::default();
    let mut out: Vec<Place> = Vec::new();
    for (place, keep) in places.into_iter().zip(keep) {
        if !keep {
            continue;
        }
        let (kept, last) = kept_per_field.entry(place.field).or_insert((0, usize::MAX));
        if *kept < cap {
            *kept += 1;
            *last = out.len();
            out.push(place);
        } else if let Some(last) = out.get_mut(*last) {
            last.omitted += 1;
        }
    }
    out
}

/// For each item, whether it is outermost: no other item of its group (a text field, for places)
/// contains its range (of two equal ranges, the first counts). Sorted by group, then start with
/// the longest first, an item lies inside another exactly when one before it in its group reaches
/// as far, so one sweep decides all of them.
fn outermost<T>(items: &[T], place: impl Fn(&T) -> (usize, &Range<usize>)) -> Vec<bool> {
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by_key(|i| {
        let (group, range) = place(&items[*i]);
        (group, range.start, std::cmp::Reverse(range.end))
    });
    let mut keep = vec![false; items.len()];
    let mut reach: Option<(usize, usize)> = None;
    for i in order {
        let (group, range) = place(&items[i]);
        keep[i] = reach.is_none_or(|(g, r)| g != group || r < range.end);
        reach = Some(match reach {
            Some((g, r)) if g == group => (g, r.max(range.end)),
            _ => (group, range.end),
        });
    }
    keep
}

/// Sets aside each finding of a rule that another rule holding on the same mention supersedes:
/// the mention gets its governing article, and the general one is kept for review only.
fn supersede(notice: &Notice, findings: &mut [Finding]) {
    let supersedes = |rule: &str| {
        notice
            .rules
            .iter()
            .find(|r| r.id == rule)
            .map_or(&[][..], |r| &r.supersedes[..])
    };
    if findings
        .iter()
        .all(|f| f.set_aside || supersedes(&f.rule).is_empty())
    {
        return;
    }
    let shares = |a: &Finding, b: &Finding| match (&a.mention, &b.mention) {
        (Some((text_a, spans_a)), Some((text_b, spans_b))) => {
            text_a == text_b
                && spans_a
                    .iter()
                    .any(|x| spans_b.iter().any(|y| x.start < y.end && y.start < x.end))
        }
        _ => false,
    };
    let governing: Vec<usize> = (0..findings.len())
        .filter(|&i| !findings[i].set_aside && !supersedes(&findings[i].rule).is_empty())
        .collect();
    for i in 0..findings.len() {
        if findings[i].set_aside {
            continue;
        }
        let by = governing.iter().find(|&&g| {
            supersedes(&findings[g].rule).contains(&findings[i].rule)
                && shares(&findings[g], &findings[i])
        });
        if let Some(&g) = by {
            findings[i].superseded_by = Some(findings[g].rule.clone());
            findings[i].set_aside = true;
        }
    }
}

/// The placeholders of a template that a finding has no value for: `{near_match}` in a rule
/// without `near` would show as an empty pair of quotes.
pub fn unfilled(template: &str, finding: &Finding) -> Vec<&'static str> {
    let related = finding.related.is_some();
    [
        "{match}",
        "{term}",
        "{near_match}",
        "{near_term}",
        "{field}",
    ]
    .into_iter()
    .filter(|p| template.contains(p))
    .filter(|p| match *p {
        "{match}" => finding.matched.is_none(),
        "{term}" => finding.term.is_none(),
        "{field}" => finding.field.is_none(),
        _ => !related,
    })
    .collect()
}

/// Fills a message template's placeholders from a finding.
fn fill(template: &str, finding: &Finding, lang: Lang) -> String {
    let related = finding.related.as_ref();
    template
        .replace(
            "{field}",
            &finding.field.as_deref().map_or_else(
                || lang.pick("record", "该记录").to_string(),
                |f| schema::label(f, lang).to_string(),
            ),
        )
        .replace("{match}", finding.matched.as_deref().unwrap_or(""))
        .replace("{term}", finding.term.as_deref().unwrap_or(""))
        .replace("{near_match}", related.map_or("", |r| r.matched.as_str()))
        .replace("{near_term}", related.map_or("", |r| r.term.as_str()))
}
