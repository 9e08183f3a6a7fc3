//! Inline suppressions: a comment `redline-ignore RULE[, RULE]: reason` silences those rules on
//! its own line, and, when it stands alone on that line, on the next. The reason is required, so every silenced finding has a written
//! justification a reviewer can read; a suppression without one silences nothing and warns.
//!
//! YAML: `# redline-ignore rule-id: reason`; Markdown/HTML: `<!-- redline-ignore rule-id: reason -->`.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::dsl::error::did_you_mean;
use crate::eval::finding::Finding;
use crate::input::InputProblem;
use crate::report::source::LineIndex;
use crate::report::Suppressed;
use crate::vocabulary::Severity;

static PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"redline-ignore[ \t]+([A-Za-z0-9_-]+(?:[ \t]*,[ \t]*[A-Za-z0-9_-]+)*)[ \t]*(?:[:：][ \t]*([^\n]*?))?[ \t]*(?:-->|\*/)?[ \t]*(?:\n|$)")
        .expect("the suppression pattern is valid")
});

struct Entry {
    line: usize,
    /// The comment stands alone on its line (it covers the next line too); after content it
    /// covers only its own line.
    alone: bool,
    rules: Vec<String>,
    reason: Option<String>,
    span: Range<usize>,
}

/// The `redline-ignore` comments of one file, with the lines they cover.
#[derive(Default)]
pub struct Suppressions {
    entries: Vec<Entry>,
    /// The source's lines, when it holds any suppression.
    lines: Option<LineIndex>,
}

impl Suppressions {
    /// Finds every `redline-ignore` comment in `source`.
    pub fn scan(source: &str) -> Suppressions {
        if !source.contains("redline-ignore") {
            return Suppressions::default();
        }
        let lines = LineIndex::new(source);
        let entries = PATTERN
            .captures_iter(source)
            .map(|c| {
                let whole = c.get(0).expect("group 0 always matches");
                let line_start = source[..whole.start()].rfind('\n').map_or(0, |at| at + 1);
                let before = source[line_start..whole.start()].trim();
                Entry {
                    line: lines.line_of(whole.start()),
                    alone: before.is_empty() || matches!(before, "#" | "//" | "<!--" | "/*"),
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

    /// The reasoned suppression covering the finding's line (its own or the line before).
    fn covering(&self, finding: &Finding) -> Option<usize> {
        let (Some(span), Some(lines)) = (&finding.span, &self.lines) else {
            return None;
        };
        let line = lines.line_of(span.start);
        self.entries.iter().position(|e| {
            e.reason.is_some()
                && (e.line == line || (e.alone && e.line + 1 == line))
                && e.rules.contains(&finding.rule)
        })
    }

    /// Splits findings into those reported and those silenced (with the reason), and says what
    /// is wrong with the comments themselves: no reason, a rule no loaded notice has (with a
    /// did-you-mean), or a suppression that silenced nothing. `known` are the ids of every rule
    /// loaded, including those redline.toml disables; `disabled` those it disables.
    pub fn apply(
        &self,
        findings: Vec<Finding>,
        known: &[&str],
        disabled: &[&str],
    ) -> (Vec<Finding>, Vec<Suppressed>, Vec<InputProblem>) {
        let mut used = vec![false; self.entries.len()];
        let mut kept = Vec::new();
        let mut silenced = Vec::new();
        for finding in findings {
            match self.covering(&finding) {
                Some(entry) => {
                    used[entry] = true;
                    let reason = self.entries[entry].reason.clone().unwrap_or_default();
                    silenced.push(Suppressed { finding, reason });
                }
                None => kept.push(finding),
            }
        }
        let mut problems: Vec<InputProblem> = self.without_reason().collect();
        for (entry, used) in self.entries.iter().zip(used) {
            let unknown: Vec<&String> = entry
                .rules
                .iter()
                .filter(|r| !known.contains(&r.as_str()))
                .collect();
            for rule in &unknown {
                let best = did_you_mean(rule, known.iter().copied());
                let hint = best.map_or_else(String::new, |b| format!("; did you mean `{b}`?"));
                let hint_zh = best.map_or_else(String::new, |b| format!("，是否应为 `{b}`？"));
                problems.push(
                    InputProblem {
                        code: "redline::suppress::unknown-rule".into(),
                        severity: Severity::Warning,
                        message: format!(
                            "suppression names `{rule}`, which no loaded notice has{hint}"
                        ),
                        span: Some(entry.span.clone()),
                        help: "`redline rules` lists the rule ids; a finding's code is its rule id"
                            .into(),
                        zh: None,
                    }
                    .in_chinese(
                        format!("忽略注释中的规则 `{rule}` 不存在{hint_zh}"),
                        "`redline rules` 列出全部规则编号；每条检查结果的代码即其规则编号",
                    ),
                );
            }
            let all_off = entry.rules.iter().all(|r| disabled.contains(&r.as_str()));
            if !used && entry.reason.is_some() && unknown.is_empty() && !all_off {
                problems.push(
                    InputProblem {
                        code: "redline::suppress::unused".into(),
                        severity: Severity::Warning,
                        message: format!(
                            "suppression of {} silences nothing on this line or the next",
                            entry.rules.join(", ")
                        ),
                        span: Some(entry.span.clone()),
                        help:
                            "remove it, or move it onto the line of the finding or the line before"
                                .into(),
                        zh: None,
                    }
                    .in_chinese(
                        format!(
                            "对 {} 的忽略注释在本行和下一行都没有可忽略的结果",
                            entry.rules.join("、")
                        ),
                        "请删除该注释，或将其移到检查结果所在行或其上一行",
                    ),
                );
            }
        }
        (kept, silenced, problems)
    }

    fn without_reason(&self) -> impl Iterator<Item = InputProblem> + '_ {
        self.entries.iter().filter(|e| e.reason.is_none()).map(|e| {
            InputProblem {
                code: "redline::suppress::no-reason".into(),
                severity: Severity::Warning,
                message: format!("suppression of {} has no reason, so it silences nothing", e.rules.join(", ")),
                span: Some(e.span.clone()),
                help: "write why the finding does not apply: `redline-ignore RULE: approved by CSRC, filing 2026-001`".into(),
                zh: None,
            }
            .in_chinese(
                format!("对 {} 的忽略注释没有写明理由，因此不起作用", e.rules.join("、")),
                "请写明该结果为何不适用，例如 `redline-ignore 规则编号：已获批准，文号 2026-001`",
            )
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
        assert_eq!(s.without_reason().count(), 1);
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
