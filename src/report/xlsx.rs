//! An audit as an Excel workbook, for the people who read audits in Excel: the findings (the
//! cell's text with the matched words highlighted), a summary by article and rule, the rows that
//! could not be checked, and what was judged against what. Records arrive spooled as JSON lines
//! (see [`super::audit::AuditFormat::Xlsx`]) and are written row by row in constant memory, so a
//! workbook of a million findings costs disk, not memory.

use std::io::BufRead;
use std::path::Path;

use rust_xlsxwriter::{Color, Format, FormatBorder, Workbook, Worksheet, XlsxError};
use serde::Deserialize;

use super::audit::AuditSummary;
use crate::dsl::model::RuleSet;
use crate::lang::{self, Lang};

/// Excel keeps at most this many characters in a cell.
const MAX_CELL_CHARS: usize = 32_767;
/// Excel's last row (1-based, the header included).
const MAX_ROWS: u32 = 1_048_576;

/// What the workbook states it judged: the rules, the day, the inputs' encodings.
pub struct Judged<'a> {
    /// The day findings were judged as of (grants expiring before it did not count).
    pub today: jiff::civil::Date,
    /// The rules the audit ran.
    pub rules: &'a RuleSet,
    /// The language of headers, messages and help.
    pub lang: Lang,
}

/// One spooled audit record, as [`super::audit::AuditRecord`] writes it for the workbook.
#[derive(Deserialize)]
struct Spooled {
    file: String,
    row: u64,
    id: Option<String>,
    name: Option<String>,
    status: String,
    rule: Option<String>,
    article: Option<u32>,
    paragraph: Option<u32>,
    severity: Option<String>,
    field: Option<String>,
    matched: Option<String>,
    start: Option<usize>,
    end: Option<usize>,
    code: Option<String>,
    message: Option<String>,
    text: Option<String>,
}

/// Writes the workbook to `path` from the spooled records and the run's summary.
pub fn write(
    spool: impl BufRead,
    summary: &AuditSummary,
    judged: &Judged,
    path: &Path,
) -> Result<(), String> {
    let mut book = Workbook::new();
    if let Some(dir) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        // The sheets stream to temporary files beside the output, not to a small /tmp.
        book.set_tempdir(dir).map_err(describe)?;
    }
    let styles = Styles::new();
    let lang = judged.lang;
    // Sheet order as a reader wants it: findings first.
    book.add_worksheet_with_constant_memory();
    book.add_worksheet_with_constant_memory();
    {
        let findings = book.worksheet_from_index(0).map_err(describe)?;
        findings
            .set_name(lang.pick("Findings", "发现"))
            .map_err(describe)?;
        header(findings, &styles, &FINDING_COLUMNS, lang)?;
        let errors = book.worksheet_from_index(1).map_err(describe)?;
        errors
            .set_name(lang.pick("Rows not checked", "未能检查的行"))
            .map_err(describe)?;
        header(errors, &styles, &ERROR_COLUMNS, lang)?;
    }
    let (mut finding_row, mut error_row) = (1u32, 1u32);
    let mut cut = 0u64;
    for line in spool.lines() {
        let line = line.map_err(|e| format!("cannot read the spooled records: {e}"))?;
        let record: Spooled = serde_json::from_str(&line)
            .map_err(|e| format!("a spooled record is not readable: {e}"))?;
        match record.status.as_str() {
            "finding" if finding_row < MAX_ROWS => {
                let sheet = book.worksheet_from_index(0).map_err(describe)?;
                finding(sheet, finding_row, &record, judged, &styles)?;
                finding_row += 1;
            }
            "error" if error_row < MAX_ROWS => {
                let sheet = book.worksheet_from_index(1).map_err(describe)?;
                error(sheet, error_row, &record)?;
                error_row += 1;
            }
            "finding" | "error" => cut += 1,
            _ => {}
        }
    }
    for (index, columns, rows) in [
        (0, FINDING_COLUMNS.len(), finding_row),
        (1, ERROR_COLUMNS.len(), error_row),
    ] {
        let sheet = book.worksheet_from_index(index).map_err(describe)?;
        sheet
            .autofilter(0, 0, rows.saturating_sub(1).max(1), columns as u16 - 1)
            .map_err(describe)?;
    }
    summary_sheet(book.add_worksheet(), summary, judged, &styles, cut)?;
    about_sheet(book.add_worksheet(), summary, judged, &styles)?;
    book.save(path).map_err(describe)
}

fn describe(error: XlsxError) -> String {
    format!("cannot write the workbook: {error}")
}

/// A column: its header in English and Chinese, and its width in characters (wide enough for
/// Chinese text, which Excel measures at about two characters a glyph).
struct Column {
    en: &'static str,
    zh: &'static str,
    width: f64,
}

const fn col(en: &'static str, zh: &'static str, width: f64) -> Column {
    Column { en, zh, width }
}

const FINDING_COLUMNS: [Column; 12] = [
    col("file", "文件", 18.0),
    col("row", "行", 7.0),
    col("id", "统一社会信用代码", 22.0),
    col("name", "名称", 30.0),
    col("field", "字段", 14.0),
    col("text (match highlighted)", "原文（命中处标红）", 60.0),
    col("rule", "规则", 24.0),
    col("article", "条款", 28.0),
    col("severity", "级别", 9.0),
    col("matched", "命中词", 16.0),
    col("message", "说明", 50.0),
    col("help", "处理建议", 60.0),
];

const ERROR_COLUMNS: [Column; 5] = [
    col("file", "文件", 18.0),
    col("row", "行", 7.0),
    col("id", "统一社会信用代码", 22.0),
    col("code", "代码", 28.0),
    col("what is wrong", "问题", 70.0),
];

struct Styles {
    header: Format,
    plain: Format,
    hit: Format,
    wrap: Format,
    label: Format,
}

impl Styles {
    fn new() -> Styles {
        Styles {
            header: Format::new()
                .set_bold()
                .set_background_color(Color::RGB(0xE8EEF7))
                .set_border_bottom(FormatBorder::Thin),
            plain: Format::default(),
            hit: Format::new()
                .set_bold()
                .set_font_color(Color::RGB(0xC00000)),
            wrap: Format::new().set_text_wrap(),
            label: Format::new().set_bold(),
        }
    }
}

fn header(
    sheet: &mut Worksheet,
    styles: &Styles,
    columns: &[Column],
    lang: Lang,
) -> Result<(), String> {
    for (i, column) in columns.iter().enumerate() {
        let i = i as u16;
        sheet.set_column_width(i, column.width).map_err(describe)?;
        sheet
            .write_string_with_format(0, i, lang.pick(column.en, column.zh), &styles.header)
            .map_err(describe)?;
    }
    sheet.set_freeze_panes(1, 0).map_err(describe)?;
    Ok(())
}

/// A row of column titles in the header style.
fn titles<const N: usize>(
    sheet: &mut Worksheet,
    row: u32,
    texts: [&str; N],
    styles: &Styles,
) -> Result<(), String> {
    for (i, text) in texts.into_iter().enumerate() {
        sheet
            .write_string_with_format(row, i as u16, text, &styles.header)
            .map_err(describe)?;
    }
    Ok(())
}

/// At most Excel's cell length, cut on a character boundary.
fn cell(text: &str) -> &str {
    match text.char_indices().nth(MAX_CELL_CHARS) {
        Some((at, _)) => &text[..at],
        None => text,
    }
}

fn finding(
    sheet: &mut Worksheet,
    row: u32,
    record: &Spooled,
    judged: &Judged,
    styles: &Styles,
) -> Result<(), String> {
    let lang = judged.lang;
    let found = record
        .rule
        .as_deref()
        .and_then(|id| judged.rules.find_rule(id));
    let citation = match (found, record.article) {
        (Some((notice, _)), Some(article)) => {
            lang::citation(&notice.cite, article, record.paragraph, lang)
        }
        (None, Some(article)) => article.to_string(),
        _ => String::new(),
    };
    let help = found.map_or(String::new(), |(_, rule)| rule.help.get(lang).to_string());
    let texts = [
        (0, record.file.as_str()),
        (2, record.id.as_deref().unwrap_or("")),
        (3, record.name.as_deref().unwrap_or("")),
        (4, record.field.as_deref().unwrap_or("")),
        (6, record.rule.as_deref().unwrap_or("")),
        (7, citation.as_str()),
        (8, record.severity.as_deref().unwrap_or("")),
        (9, record.matched.as_deref().unwrap_or("")),
        (10, record.message.as_deref().unwrap_or("")),
        (11, help.as_str()),
    ];
    for (col, text) in texts {
        sheet.write_string(row, col, cell(text)).map_err(describe)?;
    }
    sheet
        .write_number(row, 1, record.row as f64)
        .map_err(describe)?;
    highlighted(sheet, row, 5, record, styles)
}

/// The field's text with the matched characters highlighted; the matched words alone when the
/// text is not known.
fn highlighted(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    record: &Spooled,
    styles: &Styles,
) -> Result<(), String> {
    let text = cell(record.text.as_deref().unwrap_or(""));
    let byte_at = |chars: usize| {
        text.char_indices()
            .nth(chars)
            .map_or(text.len(), |(at, _)| at)
    };
    let parts = match (record.start, record.end) {
        (Some(start), Some(end)) if start < end && end <= text.chars().count() => {
            let (from, to) = (byte_at(start), byte_at(end));
            [
                (&styles.plain, &text[..from]),
                (&styles.hit, &text[from..to]),
                (&styles.plain, &text[to..]),
            ]
        }
        _ => {
            let matched = record.matched.as_deref().unwrap_or(text);
            return sheet
                .write_string_with_format(row, col, cell(matched), &styles.wrap)
                .map(|_| ())
                .map_err(describe);
        }
    };
    // Excel refuses empty segments.
    let segments: Vec<(&Format, &str)> = parts.into_iter().filter(|(_, s)| !s.is_empty()).collect();
    sheet
        .write_rich_string_with_format(row, col, &segments, &styles.wrap)
        .map(|_| ())
        .map_err(describe)
}

fn error(sheet: &mut Worksheet, row: u32, record: &Spooled) -> Result<(), String> {
    let texts = [
        (0, record.file.as_str()),
        (2, record.id.as_deref().unwrap_or("")),
        (3, record.code.as_deref().unwrap_or("")),
        (4, record.message.as_deref().unwrap_or("")),
    ];
    for (col, text) in texts {
        sheet.write_string(row, col, cell(text)).map_err(describe)?;
    }
    sheet
        .write_number(row, 1, record.row as f64)
        .map_err(describe)?;
    Ok(())
}

/// Rows read and how they came out, then findings by article and by rule.
fn summary_sheet(
    sheet: &mut Worksheet,
    summary: &AuditSummary,
    judged: &Judged,
    styles: &Styles,
    cut: u64,
) -> Result<(), String> {
    let lang = judged.lang;
    sheet
        .set_name(lang.pick("Summary", "汇总"))
        .map_err(describe)?;
    sheet.set_column_width(0, 34).map_err(describe)?;
    sheet.set_column_width(1, 36).map_err(describe)?;
    sheet.set_column_width(2, 12).map_err(describe)?;
    let mut row = 0u32;
    let mut line = |sheet: &mut Worksheet, label: &str, value: u64| -> Result<(), String> {
        sheet
            .write_string_with_format(row, 0, label, &styles.label)
            .map_err(describe)?;
        sheet.write_number(row, 2, value as f64).map_err(describe)?;
        row += 1;
        Ok(())
    };
    line(sheet, lang.pick("rows read", "读取行数"), summary.rows_read)?;
    line(sheet, lang.pick("clean", "未发现问题"), summary.rows_clean)?;
    line(sheet, lang.pick("flagged", "有发现"), summary.rows_flagged)?;
    line(
        sheet,
        lang.pick("not checked (errors)", "未能检查"),
        summary.rows_with_errors,
    )?;
    line(sheet, lang.pick("findings", "发现数"), summary.findings)?;
    if cut > 0 {
        line(
            sheet,
            lang.pick("records past Excel's last row", "超出 Excel 行数上限的记录"),
            cut,
        )?;
    }
    row += 1;
    titles(
        sheet,
        row,
        [
            lang.pick("article", "条款"),
            lang.pick("citation", "引用"),
            lang.pick("findings", "发现数"),
        ],
        styles,
    )?;
    row += 1;
    let cite = |article: u32| {
        judged
            .rules
            .notices
            .first()
            .map_or(article.to_string(), |n| {
                lang::citation(&n.cite, article, None, lang)
            })
    };
    for (article, count) in &summary.by_article {
        sheet
            .write_number(row, 0, *article as f64)
            .map_err(describe)?;
        sheet
            .write_string(row, 1, cite(*article))
            .map_err(describe)?;
        sheet
            .write_number(row, 2, *count as f64)
            .map_err(describe)?;
        row += 1;
    }
    row += 1;
    titles(
        sheet,
        row,
        [
            lang.pick("rule", "规则"),
            lang.pick("citation", "引用"),
            lang.pick("findings", "发现数"),
        ],
        styles,
    )?;
    row += 1;
    for (rule, count) in &summary.by_rule {
        let citation = judged
            .rules
            .find_rule(rule)
            .map_or(String::new(), |(n, r)| {
                lang::citation(&n.cite, r.article, r.paragraph, lang)
            });
        sheet.write_string(row, 0, rule).map_err(describe)?;
        sheet.write_string(row, 1, citation).map_err(describe)?;
        sheet
            .write_number(row, 2, *count as f64)
            .map_err(describe)?;
        row += 1;
    }
    Ok(())
}

/// The rules' version, the day judged, each input's encoding, and the program.
fn about_sheet(
    sheet: &mut Worksheet,
    summary: &AuditSummary,
    judged: &Judged,
    styles: &Styles,
) -> Result<(), String> {
    let lang = judged.lang;
    sheet
        .set_name(lang.pick("About", "说明"))
        .map_err(describe)?;
    sheet.set_column_width(0, 30).map_err(describe)?;
    sheet.set_column_width(1, 80).map_err(describe)?;
    let mut rows: Vec<(String, String)> = Vec::new();
    for notice in &judged.rules.notices {
        rows.push((
            lang.pick("rules", "规则").to_string(),
            format!(
                "{} — {} ({}, {} {})",
                notice.cite.get(lang),
                notice.title.get(lang),
                notice.id,
                notice.rules.len(),
                lang.pick("rules", "条规则"),
            ),
        ));
    }
    rows.push((
        lang.pick("judged as of", "判断日期").to_string(),
        judged.today.to_string(),
    ));
    for (file, encoding) in &summary.encodings {
        rows.push((
            format!("{} {file}", lang.pick("encoding of", "编码：")),
            encoding.clone(),
        ));
    }
    rows.push((
        lang.pick("written by", "生成工具").to_string(),
        format!("redline {}", env!("CARGO_PKG_VERSION")),
    ));
    for (row, (label, value)) in rows.iter().enumerate() {
        sheet
            .write_string_with_format(row as u32, 0, label, &styles.label)
            .map_err(describe)?;
        sheet.write_string(row as u32, 1, value).map_err(describe)?;
    }
    Ok(())
}
