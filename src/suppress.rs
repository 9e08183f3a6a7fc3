//! Inline suppressions: a comment `redline-ignore RULE[, RULE]: reason` silences those rules on
//! its own line and the next. The reason is required, so every silenced finding has a written
//! justification a reviewer can read; a suppression without one silences nothing and warns.
//!
//! YAML: `# redline-ignore rule-id: reason`; Markdown/HTML: `<!-- redline-ignore rule-id: reason -->`.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::dsl::model::Severity;
use crate::eval::finding::Finding;
use crate::input::InputProblem;
use crate::report::source::LineIndex;

static PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"redline-ignore[ \t]+([A-Za-z0-9_-]+(?:[ \t]*,[ \t]*[A-Za-z0-9_-]+)*)[ \t]*(?:[:：][ \t]*([^\n]*?))?[ \t]*(?:-->|\*/)?[ \t]*(?:\n|$)")
        .expect("the suppression pattern is valid")
});

struct Entry {
    line: usize,
    rules: Vec<String>,
    reason: Option<String>,
    span: Range<usize>,
}

#[derive(Default)]
pub struct Suppressions {
    entries: Vec<Entry>,
    /// The source's lines, when it holds any suppression.
    lines: Option<LineIndex>,
}

impl Suppressions {
    pub fn scan(source: &str) -> Suppressions {
        if !source.contains("redline-ignore") {
            return Suppressions::default();
        }
        let lines = LineIndex::new(source);
        let entries = PATTERN
            .captures_iter(source)
            .map(|c| {
                let whole = c.get(0).expect("group 0 always matches");
                Entry {
                    line: lines.line_of(whole.start()),
                    rules: c[1].split(',').map(|r| r.trim().to_string()).collect(),
                    reason: c
                        .get(2)
                        .map(|r| r.as_str().trim().to_string())
                        .filter(|r| !r.is_empty()),
                    span: whole.start()..whole.end() - usize::from(whole.as_str().ends_with('\n')),
                }
            })
            .collect();
        Suppressions {
            entries,
            lines: Some(lines),
        }
    }

    /// Whether a reasoned suppression covers the finding's line (its own or the line before).
    pub fn covers(&self, finding: &Finding) -> bool {
        let (Some(span), Some(lines)) = (&finding.span, &self.lines) else {
            return false;
        };
        let line = lines.line_of(span.start);
        self.entries.iter().any(|e| {
            e.reason.is_some()
                && (e.line == line || e.line + 1 == line)
                && e.rules.contains(&finding.rule)
        })
    }

    pub fn problems(&self) -> impl Iterator<Item = InputProblem> + '_ {
        self.entries.iter().filter(|e| e.reason.is_none()).map(|e| InputProblem {
            code: "redline::suppress::no-reason".into(),
            severity: Severity::Warning,
            message: format!("suppression of {} has no reason, so it silences nothing", e.rules.join(", ")),
            span: Some(e.span.clone()),
            help: "write why the finding does not apply: `redline-ignore RULE: approved by CSRC, filing 2026-001`".into(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_are_required() {
        let s = Suppressions::scan(
            "a: 1 # redline-ignore r1, r2: approved\n# redline-ignore r3\nb: 2\n",
        );
        assert_eq!(s.entries.len(), 2);
        assert_eq!(s.entries[0].rules, vec!["r1", "r2"]);
        assert_eq!(s.entries[0].reason.as_deref(), Some("approved"));
        assert!(s.entries[1].reason.is_none());
        assert_eq!(s.problems().count(), 1);
    }

    #[test]
    fn a_full_width_colon_gives_a_reason_too() {
        // What a Chinese input method types after the rule id.
        let s = Suppressions::scan("name: x # redline-ignore name-banned-term：名称已获核准\n");
        assert_eq!(s.entries[0].rules, vec!["name-banned-term"]);
        assert_eq!(s.entries[0].reason.as_deref(), Some("名称已获核准"));
    }

    #[test]
    fn html_comments_are_read() {
        let s = Suppressions::scan("<!-- redline-ignore ad-rule: quoted from the notice -->\n");
        assert_eq!(
            s.entries[0].reason.as_deref(),
            Some("quoted from the notice")
        );
    }
}
