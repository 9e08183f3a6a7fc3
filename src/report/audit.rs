//! Records of a batch audit: one line per finding, per unreadable row, and (with `--all`) per
//! clean row, as JSON Lines or CSV (or spooled for an Excel workbook); and the run's summary.

use crate::lang::Lang;
use std::collections::BTreeMap;

use serde::Serialize;

use crate::eval::finding::Finding;
use crate::vocabulary::Severity;

/// How audit records are written (`redline audit --format`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum AuditFormat {
    /// One JSON object per line.
    Jsonl,
    /// Comma-separated values with a header row.
    Csv,
    /// An Excel workbook (`-o report.xlsx`): findings with the matched words highlighted in the
    /// cell's text, a summary by article and rule, the rows that could not be checked, and what
    /// was judged against what.
    Xlsx,
}

/// One output record. Fields that do not apply are null (JSON) or empty (CSV).
#[derive(Serialize)]
pub struct AuditRecord<'a> {
    /// The table's name as given; `FILE#SHEET` for one sheet of a workbook with several.
    pub file: &'a str,
    /// 1-based data row (the header is not a row).
    pub row: u64,
    /// The row's `id` (such as a unified social credit code), when a column holds one.
    pub id: Option<&'a str>,
    /// The entity's name as the row gives it, so a reader need not go back to the input.
    pub name: Option<&'a str>,
    /// `finding`, `error` (the row could not be checked) or `clean`.
    pub status: &'static str,
    /// For a finding: the id of the rule.
    pub rule: Option<&'a str>,
    /// For a finding: the article the rule enforces.
    pub article: Option<u32>,
    /// For a finding: the paragraph of that article, when the rule names one.
    pub paragraph: Option<u32>,
    /// For a finding: its severity.
    pub severity: Option<Severity>,
    /// For a finding: the text field or fact it points at.
    pub field: Option<&'a str>,
    /// For a finding: the text as the row wrote it.
    pub matched: Option<&'a str>,
    /// For a finding: the rule file's phrase that it matched.
    pub term: Option<&'a str>,
    /// Character offsets within the field's value.
    pub start: Option<usize>,
    /// Where the match ends, in characters within the field's value (exclusive).
    pub end: Option<usize>,
    /// For an error row, its stable code.
    pub code: Option<&'a str>,
    /// For a finding, its message; for an error row, what is wrong.
    pub message: Option<&'a str>,
    /// For a finding, the whole text of the field it points at (the workbook shows it with the
    /// match highlighted; JSON Lines and CSV leave it out).
    #[serde(skip)]
    pub text: Option<&'a str>,
}

/// A record as spooled for the workbook: the record and the field's whole text.
#[derive(Serialize)]
struct Spooled<'r, 'a> {
    #[serde(flatten)]
    record: &'r AuditRecord<'a>,
    text: Option<&'a str>,
}

/// The CSV output's first bytes: a UTF-8 byte-order mark, so that Excel opens the Chinese text as
/// UTF-8, and the header.
pub const CSV_HEADER: &str = "\u{FEFF}file,row,id,name,status,rule,article,paragraph,severity,field,matched,term,start,end,code,message\n";

/// A cell as a spreadsheet may safely show it: text that Excel or LibreOffice would take for a
/// formula (`=`, `+`, `-`, `@`, a tab or a carriage return first) gets a leading `'`, as OWASP
/// recommends against CSV injection. The registry text is not trusted.
fn formula_safe(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{text}"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

impl<'a> AuditRecord<'a> {
    fn base(file: &'a str, row: u64, id: Option<&'a str>, status: &'static str) -> AuditRecord<'a> {
        AuditRecord {
            file,
            row,
            id,
            name: None,
            status,
            rule: None,
            article: None,
            paragraph: None,
            severity: None,
            field: None,
            matched: None,
            term: None,
            start: None,
            end: None,
            code: None,
            message: None,
            text: None,
        }
    }

    /// The record with the entity's name.
    pub fn named(mut self, name: Option<&'a str>) -> AuditRecord<'a> {
        self.name = name;
        self
    }

    /// The record of a row with no findings (written only with `--all`).
    pub fn clean(file: &'a str, row: u64, id: Option<&'a str>) -> AuditRecord<'a> {
        AuditRecord::base(file, row, id, "clean")
    }

    /// The record of a row that could not be checked: its stable code and what is wrong.
    pub fn error(
        file: &'a str,
        row: u64,
        id: Option<&'a str>,
        code: &'a str,
        message: &'a str,
    ) -> AuditRecord<'a> {
        AuditRecord {
            code: Some(code),
            message: Some(message),
            ..AuditRecord::base(file, row, id, "error")
        }
    }

    /// A finding, with its place as character offsets within the field (`value` is the field).
    pub fn finding(
        file: &'a str,
        row: u64,
        id: Option<&'a str>,
        finding: &'a Finding,
        value: Option<&'a str>,
    ) -> AuditRecord<'a> {
        let (start, end) = match (&finding.value_range, value) {
            (Some(range), Some(value)) => {
                let start = value[..range.start].chars().count();
                (
                    Some(start),
                    Some(start + value[range.clone()].chars().count()),
                )
            }
            _ => (None, None),
        };
        AuditRecord {
            rule: Some(&finding.rule),
            article: Some(finding.article),
            paragraph: finding.paragraph,
            severity: Some(finding.severity),
            field: finding.field.as_deref(),
            matched: finding.matched.as_deref(),
            term: finding.term.as_deref(),
            start,
            end,
            message: Some(&finding.message),
            text: value,
            ..AuditRecord::base(file, row, id, "finding")
        }
    }

    /// Appends the record to `out`: one JSON line, or one CSV row whose cells cannot be taken for
    /// formulas.
    pub fn write(&self, format: AuditFormat, out: &mut Vec<u8>) {
        match format {
            AuditFormat::Jsonl => {
                serde_json::to_writer(&mut *out, self).expect("writing JSON to memory cannot fail");
                out.push(b'\n');
            }
            AuditFormat::Xlsx => {
                let spooled = Spooled {
                    record: self,
                    text: self.text,
                };
                serde_json::to_writer(&mut *out, &spooled)
                    .expect("writing JSON to memory cannot fail");
                out.push(b'\n');
            }
            AuditFormat::Csv => {
                let text = |value: Option<&str>| formula_safe(value.unwrap_or("")).into_owned();
                let number = |value: Option<u64>| value.map_or(String::new(), |n| n.to_string());
                let fields = [
                    formula_safe(self.file).into_owned(),
                    self.row.to_string(),
                    text(self.id),
                    text(self.name),
                    self.status.to_string(),
                    text(self.rule),
                    number(self.article.map(u64::from)),
                    number(self.paragraph.map(u64::from)),
                    self.severity
                        .map_or(String::new(), |s| s.name().to_string()),
                    text(self.field),
                    text(self.matched),
                    text(self.term),
                    number(self.start.map(|n| n as u64)),
                    number(self.end.map(|n| n as u64)),
                    text(self.code),
                    text(self.message),
                ];
                let mut writer = csv::WriterBuilder::new()
                    .has_headers(false)
                    .from_writer(&mut *out);
                writer
                    .write_record(&fields)
                    .expect("writing CSV to memory cannot fail");
                writer.flush().expect("writing CSV to memory cannot fail");
            }
        }
    }
}

/// Writes spooled workbook records (see [`AuditFormat::Xlsx`]) as the CSV report: the same header
/// and cells as `--format csv`.
pub fn csv_from_spool(
    spool: impl std::io::BufRead,
    out: &mut impl std::io::Write,
) -> Result<(), String> {
    out.write_all(CSV_HEADER.as_bytes())
        .map_err(|e| e.to_string())?;
    let mut writer = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(out);
    for line in spool.lines() {
        let line = line.map_err(|e| e.to_string())?;
        let record: serde_json::Value = serde_json::from_str(&line).map_err(|e| e.to_string())?;
        let cells: Vec<String> = CSV_HEADER
            .trim_start_matches('\u{FEFF}')
            .trim_end()
            .split(',')
            .map(|key| match &record[key] {
                serde_json::Value::Null => String::new(),
                serde_json::Value::String(text) => formula_safe(text).into_owned(),
                other => other.to_string(),
            })
            .collect();
        writer.write_record(&cells).map_err(|e| e.to_string())?;
    }
    writer.flush().map_err(|e| e.to_string())
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// Counts of a run (or of one batch, merged into the run's).
#[derive(Clone, Debug, Default, Serialize)]
pub struct AuditSummary {
    /// Tables the run was given, counted by the caller.
    pub files: usize,
    /// Data rows read.
    pub rows_read: u64,
    /// Rows checked with no finding.
    pub rows_clean: u64,
    /// Rows with at least one finding.
    pub rows_flagged: u64,
    /// Rows that could not be checked.
    pub rows_with_errors: u64,
    /// Findings reported.
    pub findings: u64,
    /// Places past the per-field limit of findings, counted rather than reported one by one.
    #[serde(skip_serializing_if = "is_zero")]
    pub findings_omitted: u64,
    /// Findings by severity name (`error`, `warning`, `note`).
    pub by_severity: BTreeMap<String, u64>,
    /// Findings by rule id.
    pub by_rule: BTreeMap<String, u64>,
    /// Findings by article.
    pub by_article: BTreeMap<u32, u64>,
    /// Rows not checked, by error code.
    pub by_error: BTreeMap<String, u64>,
    /// Files that could not be read at all.
    pub unusable_files: Vec<String>,
    /// The encoding each text table was read in, and how sure that reading is.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub encodings: BTreeMap<String, String>,
    /// Wall-clock seconds of the run, set by the caller; at 0 the summary gives no rate.
    pub seconds: f64,
}

impl AuditSummary {
    /// Adds a batch's row and finding counts; `files`, `unusable_files`, `encodings` and `seconds`
    /// are the caller's to set.
    pub fn merge(&mut self, other: &AuditSummary) {
        self.rows_read += other.rows_read;
        self.rows_clean += other.rows_clean;
        self.rows_flagged += other.rows_flagged;
        self.rows_with_errors += other.rows_with_errors;
        self.findings += other.findings;
        self.findings_omitted += other.findings_omitted;
        for (into, from) in [
            (&mut self.by_severity, &other.by_severity),
            (&mut self.by_rule, &other.by_rule),
            (&mut self.by_error, &other.by_error),
        ] {
            for (k, v) in from {
                *into.entry(k.clone()).or_default() += v;
            }
        }
        for (k, v) in &other.by_article {
            *self.by_article.entry(*k).or_default() += v;
        }
    }

    /// Every row read is clean, flagged, or an error — never lost.
    pub fn accounted(&self) -> bool {
        self.rows_read == self.rows_clean + self.rows_flagged + self.rows_with_errors
    }

    /// 2 when a file or a row could not be read, 1 for a finding at or above `fail_on`, else 0.
    pub fn exit_code(&self, fail_on: super::FailOn) -> u8 {
        let count =
            |severity: Severity| self.by_severity.get(severity.name()).copied().unwrap_or(0);
        if !self.unusable_files.is_empty() || self.rows_with_errors > 0 {
            2
        } else if fail_on.fails(count(Severity::Error), count(Severity::Warning)) {
            1
        } else {
            0
        }
    }

    /// The summary for people, in `lang`.
    pub fn human(&self, lang: Lang) -> String {
        let list = |map: Vec<String>| map.join(lang.pick(", ", "，"));
        let mut out = match lang {
            Lang::En => format!(
                "redline audit: {} rows read in {} file{}: {} clean + {} flagged + {} with errors{}\n",
                self.rows_read,
                self.files,
                if self.files == 1 { "" } else { "s" },
                self.rows_clean,
                self.rows_flagged,
                self.rows_with_errors,
                if self.accounted() { " (every row accounted for)" } else { " (ACCOUNTING MISMATCH)" },
            ),
            Lang::Zh => format!(
                "redline audit：{} 个文件共读取 {} 行：无问题 {} + 有发现 {} + 无法检查 {}{}\n",
                self.files,
                self.rows_read,
                self.rows_clean,
                self.rows_flagged,
                self.rows_with_errors,
                if self.accounted() { "（每一行均已计入）" } else { "（行数不符！）" },
            ),
        };
        if self.findings > 0 {
            let severities: Vec<String> = self
                .by_severity
                .iter()
                .map(|(k, v)| match lang {
                    Lang::En => format!("{v} {k}"),
                    Lang::Zh => {
                        let name = match k.as_str() {
                            "error" => "错误",
                            "warning" => "警告",
                            "note" => "提示",
                            other => other,
                        };
                        format!("{name} {v}")
                    }
                })
                .collect();
            out.push_str(&format!(
                "{}{} ({})\n",
                lang.pick("findings: ", "发现："),
                self.findings,
                list(severities)
            ));
            if self.findings_omitted > 0 {
                out.push_str(&match lang {
                    Lang::En => format!(
                        "and {} more places past the limit of findings per field, counted only\n",
                        self.findings_omitted
                    ),
                    Lang::Zh => format!(
                        "另有 {} 处超出每字段发现上限，仅计数\n",
                        self.findings_omitted
                    ),
                });
            }
            let rules: Vec<String> = self
                .by_rule
                .iter()
                .map(|(k, v)| format!("{k} {v}"))
                .collect();
            out.push_str(&format!(
                "{}{}\n",
                lang.pick("by rule: ", "按规则："),
                list(rules)
            ));
            let articles: Vec<String> = self
                .by_article
                .iter()
                .map(|(k, v)| {
                    format!(
                        "{}{}{v}",
                        crate::lang::article(*k, None, lang),
                        lang.pick(": ", "：")
                    )
                })
                .collect();
            out.push_str(&format!(
                "{}{}\n",
                lang.pick("by article: ", "按条款："),
                list(articles)
            ));
        }
        if !self.by_error.is_empty() {
            let errors: Vec<String> = self
                .by_error
                .iter()
                .map(|(k, v)| format!("{k} {v}"))
                .collect();
            out.push_str(&format!(
                "{}{}\n",
                lang.pick("rows not checked: ", "未能检查的行："),
                list(errors)
            ));
        }
        for file in &self.unusable_files {
            out.push_str(&format!(
                "{}{file}\n",
                lang.pick("unusable: ", "无法读取：")
            ));
        }
        if self.seconds > 0.0 {
            out.push_str(&format!(
                "{:.2} s, {:.0} {}\n",
                self.seconds,
                self.rows_read as f64 / self.seconds,
                lang.pick("rows/s", "行/秒")
            ));
        }
        out
    }
}
