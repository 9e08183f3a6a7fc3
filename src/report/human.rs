//! The human report: one miette diagnostic per finding, labelled on the exact bytes to change,
//! in file order and wrapped to the terminal, then a one-line summary.

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme};

use super::diagnostic::Diag;
use super::{Context, FileReport, Summary};
use crate::eval::finding::Finding;
use crate::lang::Lang;

/// Columns to wrap to: `COLUMNS` when set, else the terminal's width, else 100.
pub fn terminal_width() -> usize {
    let from_env = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok());
    let from_terminal = || {
        terminal_size::terminal_size_of(std::io::stdout())
            .map(|(terminal_size::Width(w), _)| usize::from(w))
    };
    from_env
        .or_else(from_terminal)
        .unwrap_or(100)
        .clamp(40, 400)
}

/// The miette handler every human diagnostic goes through: Unicode, coloured when asked, wrapped
/// to `width` columns, no links.
pub fn handler(color: bool, width: usize) -> GraphicalReportHandler {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    GraphicalReportHandler::new_themed(theme)
        .with_width(width)
        .with_links(false)
}

/// Renders any diagnostic the way the rest of the human report looks.
pub fn render_diagnostic(diagnostic: &dyn Diagnostic, color: bool) -> String {
    render_wrapped(diagnostic, color, terminal_width())
}

fn render_wrapped(diagnostic: &dyn Diagnostic, color: bool, width: usize) -> String {
    let mut out = String::new();
    if handler(color, width)
        .render_report(&mut out, diagnostic)
        .is_err()
    {
        out = format!("{diagnostic}\n");
    }
    out
}

/// Letters and digits only, lower case: what a reader sees as the same word.
fn plain(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn label(finding: &Finding, lang: Lang) -> String {
    match (&finding.term, &finding.matched) {
        // “Crypto Asset” reads as itself; “加密資產” or “ＲＷＡ” are worth translating.
        (Some(term), Some(matched)) if plain(term) != plain(matched) => match lang {
            Lang::En => format!("“{matched}” reads as “{term}”"),
            Lang::Zh => format!("“{matched}”即“{term}”"),
        },
        (Some(_), Some(matched)) => format!("“{matched}”"),
        (Some(term), None) => format!("“{term}”"),
        (None, Some(value)) => format!("{} = {value}", finding.field.as_deref().unwrap_or("value")),
        (None, None) => lang.pick("this record", "该记录").to_string(),
    }
}

fn finding_help(finding: &Finding, lang: Lang, report: &FileReport) -> String {
    let mut help = finding.help.clone();
    for read in &finding.facts_read {
        let at = read
            .span
            .as_ref()
            .map(|s| {
                let (line, column) = report.line_column(s.start);
                format!(" {}{line}:{column}", lang.pick("at ", "位于 "))
            })
            .unwrap_or_default();
        help.push_str(&match lang {
            Lang::En => format!(
                "\n{} read as {} from “{}”{at}",
                read.fact, read.value, read.from
            ),
            Lang::Zh => format!(
                "\n{}（{}）据“{}”认定为 {}{at}",
                crate::vocabulary::schema::label(&read.fact, lang),
                read.fact,
                read.from,
                read.value
            ),
        });
    }
    for exception in &finding.exceptions {
        help.push_str(lang.pick("\nexception not met: ", "\n例外条件不满足："));
        help.push_str(exception);
    }
    if finding.omitted > 0 {
        help.push_str(&match lang {
            Lang::En => format!(
                "\n{} more place{} of this rule in the same field {} not shown one by one",
                finding.omitted,
                if finding.omitted == 1 { "" } else { "s" },
                if finding.omitted == 1 { "is" } else { "are" }
            ),
            Lang::Zh => format!("\n同一字段中另有 {} 处同类问题未逐一列出", finding.omitted),
        });
    }
    help
}

/// The human report: each file's input problems, then its findings in file order, each an
/// annotated excerpt; then the summary.
pub fn render(reports: &[FileReport], context: &Context) -> String {
    let lang = context.lang;
    let mut out = String::new();
    let mut push = |diagnostic: &Diag| {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&render_wrapped(diagnostic, context.color, context.width));
    };
    for report in reports {
        let source = report.excerpt();
        for problem in &report.problems {
            // A problem with no place in the file still says which file it is about.
            let message = match &problem.span {
                Some(_) => problem.message_in(lang).to_string(),
                None => format!("{}: {}", report.path, problem.message_in(lang)),
            };
            push(&Diag {
                code: problem.code.clone(),
                message,
                severity: problem.severity,
                help: Some(problem.help_in(lang).to_string()).filter(|h| !h.is_empty()),
                labels: problem
                    .span
                    .iter()
                    .map(|s| (s.clone(), lang.pick("here", "此处").to_string(), true))
                    .collect(),
                source: source.clone(),
            });
        }
        let mut findings: Vec<&Finding> = report.findings.iter().collect();
        if context.show_set_aside {
            findings.extend(&report.set_aside);
        }
        findings.sort_by_key(|f| f.span.as_ref().map_or(0, |s| s.start));
        for finding in findings {
            let mut labels = Vec::new();
            if let Some(span) = &finding.span {
                labels.push((span.clone(), label(finding, lang), true));
            }
            if let (Some(context), Some(cue)) = (finding.context, &finding.cue) {
                if let Some(span) = &cue.span {
                    let text = match (lang, cue.by_page) {
                        (Lang::En, false) => format!("{} by “{}”", context.label(lang), cue.text),
                        (Lang::En, true) => {
                            format!(
                                "{} (the page's voice, from “{}”)",
                                context.label(lang),
                                cue.text
                            )
                        }
                        (Lang::Zh, false) => format!("“{}”表明{}", cue.text, context.label(lang)),
                        (Lang::Zh, true) => {
                            format!("全页语境为{}（见“{}”）", context.label(lang), cue.text)
                        }
                    };
                    labels.push((span.clone(), text, false));
                }
            }
            if let Some(span) = finding.related.as_ref().and_then(|r| r.span.as_ref()) {
                let term = &finding.related.as_ref().expect("span came from it").term;
                let text = match lang {
                    Lang::En => format!("near “{term}”"),
                    Lang::Zh => format!("邻近“{term}”"),
                };
                labels.push((span.clone(), text, false));
            }
            let (code, message, severity) = match (finding.set_aside, finding.context) {
                (true, _) if let Some(by) = &finding.superseded_by => (
                    format!("{} · {}", finding.rule, lang.pick("set aside", "已排除")),
                    match lang {
                        Lang::En => format!("not a finding: `{by}` governs this mention"),
                        Lang::Zh => format!("不计为问题：该处由更具体的规则“{by}”认定"),
                    },
                    crate::vocabulary::Severity::Note,
                ),
                (true, Some(context)) => (
                    format!("{} · {}", finding.rule, lang.pick("set aside", "已排除")),
                    match lang {
                        Lang::En => format!(
                            "not a finding: the page does not offer this ({})",
                            context.label(lang)
                        ),
                        Lang::Zh => format!(
                            "不计为问题：该处并非本页提供的业务（{}）",
                            context.label(lang)
                        ),
                    },
                    crate::vocabulary::Severity::Note,
                ),
                _ => (
                    format!("{} · {}", finding.rule, finding.citation),
                    finding.message.clone(),
                    finding.severity,
                ),
            };
            push(&Diag {
                code,
                message,
                severity,
                help: Some(finding_help(finding, lang, report)),
                labels,
                source: source.clone(),
            });
        }
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out.push_str(&summary_text(&Summary::of(reports), context));
    out
}

/// `1 error, 2 warnings in 3 files (4 records)` / `1 个错误、2 个警告，共 3 个文件（4 条记录）`,
/// then what was silenced or switched off, and why.
pub fn summary_text(summary: &Summary, context: &Context) -> String {
    let lang = context.lang;
    let mut out = summary_line(summary, lang);
    for s in &summary.suppressions {
        out.push_str(&match lang {
            Lang::En => format!("  suppressed {} × {}: {}\n", s.findings, s.rule, s.reason),
            Lang::Zh => format!("  已忽略 {} 处 {}：{}\n", s.findings, s.rule, s.reason),
        });
    }
    for (rule, reason) in context.disabled {
        out.push_str(&match lang {
            Lang::En => format!("  disabled by redline.toml: {rule}: {reason}\n"),
            Lang::Zh => format!("  已在 redline.toml 中停用 {rule}：{reason}\n"),
        });
    }
    out
}

/// The summary's first line: findings by severity, files and records, then input problems and
/// suppressed or baselined findings.
pub fn summary_line(summary: &Summary, lang: Lang) -> String {
    let mut line = match lang {
        Lang::En => {
            let plural =
                |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
            let counts: Vec<String> = [
                (summary.errors, "error"),
                (summary.warnings, "warning"),
                (summary.notes, "note"),
            ]
            .into_iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, word)| plural(n, word))
            .collect();
            let found = if counts.is_empty() {
                "no findings".to_string()
            } else {
                counts.join(", ")
            };
            let mut line = format!(
                "{found} in {} ({})",
                plural(summary.files, "file"),
                plural(summary.records, "record"),
            );
            if summary.input_errors > 0 {
                // Findings counted over inputs that could not all be read are no verdict.
                line = format!(
                    "inputs could not all be read ({}); {line}",
                    plural(summary.input_errors, "input error")
                );
            }
            if summary.input_warnings > 0 {
                line.push_str(&format!(
                    "; {}",
                    plural(summary.input_warnings, "input warning")
                ));
            }
            if summary.suppressed > 0 {
                line.push_str(&format!("; {} suppressed", summary.suppressed));
            }
            if summary.baselined > 0 {
                line.push_str(&format!("; {} already in the baseline", summary.baselined));
            }
            if summary.set_aside > 0 {
                line.push_str(&format!(
                    "; {} set aside (not offered by the page; --show-set-aside)",
                    plural(summary.set_aside, "mention")
                ));
            }
            line
        }
        Lang::Zh => {
            let counts: Vec<String> = [
                (summary.errors, "错误"),
                (summary.warnings, "警告"),
                (summary.notes, "提示"),
            ]
            .into_iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, word)| format!("{n} 个{word}"))
            .collect();
            let found = if counts.is_empty() {
                "未发现问题".to_string()
            } else {
                counts.join("、")
            };
            let mut line = format!(
                "{found}，共 {} 个文件（{} 条记录）",
                summary.files, summary.records
            );
            if summary.input_errors > 0 {
                line = format!(
                    "部分输入无法读取（{} 处输入错误）；{line}",
                    summary.input_errors
                );
            }
            if summary.input_warnings > 0 {
                line.push_str(&format!("；输入警告 {} 处", summary.input_warnings));
            }
            if summary.suppressed > 0 {
                line.push_str(&format!("；已忽略 {} 处", summary.suppressed));
            }
            if summary.baselined > 0 {
                line.push_str(&format!("；{} 处已在基线中", summary.baselined));
            }
            if summary.set_aside > 0 {
                line.push_str(&format!(
                    "；{} 处提及因非本页提供而排除（--show-set-aside）",
                    summary.set_aside
                ));
            }
            line
        }
    };
    line.push('\n');
    line
}
