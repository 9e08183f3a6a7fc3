//! Entity lists: CSV, TSV, JSONL and spreadsheets, read as batches of raw rows.
//!
//! Delimited text is split into rows on its raw bytes and each row is decoded on its own: in
//! UTF-8, GB18030/GBK and Big5 no byte of a multi-byte character is a line break, a quote, a comma
//! or a tab, so splitting before decoding is exact, and an undecodable byte condemns its own row
//! only. UTF-16 is transcoded to UTF-8 first. The splitter is our own rather than the csv crate's
//! because a CSV reader takes an unterminated quote to run to the end of the file, swallowing
//! every later row; here a quoted cell is bounded and the row after it is read normally.

use std::borrow::Cow;
use std::io::{self, Read};
use std::ops::Range;
use std::path::Path;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

/// The kinds of table `redline audit` reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum TableFormat {
    Csv,
    Tsv,
    Jsonl,
    /// XLSX, XLSM, XLS or ODS (read whole into memory, as these formats require).
    Excel,
}

impl TableFormat {
    pub fn of(path: &Path) -> Option<TableFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "csv" => TableFormat::Csv,
            "tsv" | "tab" => TableFormat::Tsv,
            "jsonl" | "ndjson" => TableFormat::Jsonl,
            "xlsx" | "xlsm" | "xlsb" | "xls" | "ods" => TableFormat::Excel,
            "txt" => TableFormat::Tsv,
            _ => return None,
        })
    }
}

/// Why a row could not be checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    pub code: &'static str,
    pub message: String,
}

impl RowProblem {
    fn new(code: &'static str, message: impl Into<String>) -> RowProblem {
        RowProblem {
            code,
            message: message.into(),
        }
    }
}

/// One data row as read, not yet decoded.
#[derive(Clone, Debug)]
pub enum RawRow {
    /// Bytes of a delimited row (CSV/TSV) or a JSON line, in the batch's buffer.
    Bytes(Range<usize>),
    /// Cells already decoded (spreadsheets).
    Cells(Vec<String>),
    /// A row the splitter could not delimit.
    Broken(RowProblem),
}

/// Consecutive data rows, numbered from `first_row` (1-based, header excluded).
#[derive(Debug, Default)]
pub struct Batch {
    pub first_row: u64,
    pub buffer: Vec<u8>,
    pub rows: Vec<RawRow>,
}

// ── Encodings ──────────────────────────────────────────────────────────────────────────────

/// The encoding named by `--encoding`.
pub fn encoding_by_name(name: &str) -> Option<&'static Encoding> {
    match name.to_ascii_lowercase().replace('_', "-").as_str() {
        "utf-16" | "utf16" | "unicode" => Some(UTF_16LE),
        "gbk" | "gb2312" | "cp936" | "gb18030" => Some(encoding_rs::GB18030),
        other => Encoding::for_label(other.as_bytes()),
    }
}

/// The encoding of a text table, from its byte-order mark or its first bytes, and the length of
/// the mark to skip.
pub fn detect_encoding(sample: &[u8], at_eof: bool) -> (&'static Encoding, usize) {
    if let Some((encoding, bom)) = Encoding::for_bom(sample) {
        return (encoding, bom);
    }
    // Excel's "Unicode text" without a mark still shows itself by NULs in every other byte.
    let nuls_even = sample.iter().step_by(2).filter(|b| **b == 0).count();
    let nuls_odd = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|b| **b == 0)
        .count();
    if sample.len() >= 4 && nuls_odd * 3 > sample.len() / 2 {
        return (UTF_16LE, 0);
    }
    if sample.len() >= 4 && nuls_even * 3 > sample.len() / 2 {
        return (UTF_16BE, 0);
    }
    match std::str::from_utf8(sample) {
        Ok(_) => return (UTF_8, 0),
        // A sample that merely cuts a character in half at its end is still UTF-8.
        Err(e) if e.error_len().is_none() && !at_eof => return (UTF_8, 0),
        Err(_) => {}
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(sample, at_eof);
    let guess = detector.guess(Some(b"cn"), true);
    if guess == encoding_rs::GBK {
        (encoding_rs::GB18030, 0)
    } else {
        (guess, 0)
    }
}

/// Decodes one row, or says where the first undecodable byte is.
pub fn decode<'a>(bytes: &'a [u8], encoding: &'static Encoding) -> Result<Cow<'a, str>, usize> {
    if encoding == UTF_8 {
        // SIMD validation for the common case; the standard library says where an error is.
        return match simdutf8::basic::from_utf8(bytes) {
            Ok(text) => Ok(Cow::Borrowed(text)),
            Err(_) => std::str::from_utf8(bytes)
                .map(Cow::Borrowed)
                .map_err(|e| e.valid_up_to()),
        };
    }
    if bytes.is_ascii() {
        return Ok(Cow::Borrowed(
            std::str::from_utf8(bytes).expect("ASCII is UTF-8"),
        ));
    }
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(bytes.len() * 3 / 2 + 8);
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut out, true);
    match result {
        encoding_rs::DecoderResult::InputEmpty => Ok(Cow::Owned(out)),
        encoding_rs::DecoderResult::Malformed(bad, after) => {
            Err(read - after as usize - bad as usize)
        }
        encoding_rs::DecoderResult::OutputFull => unreachable!("the output string grows as needed"),
    }
}

// ── Delimited rows ─────────────────────────────────────────────────────────────────────────

/// Splits delimited text (already in an ASCII-compatible encoding) into rows.
pub struct RowReader<R> {
    reader: R,
    buffer: Vec<u8>,
    /// Bytes of `buffer` already handed out.
    consumed: usize,
    eof: bool,
    delimiter: u8,
    max_cell: usize,
    next_row: u64,
}

const READ_SIZE: usize = 1 << 20;

impl<R: Read> RowReader<R> {
    pub fn new(reader: R, delimiter: u8, max_cell: usize) -> RowReader<R> {
        RowReader {
            reader,
            buffer: Vec::with_capacity(2 * READ_SIZE),
            consumed: 0,
            eof: false,
            delimiter,
            max_cell,
            next_row: 1,
        }
    }

    fn fill(&mut self) -> io::Result<()> {
        if self.consumed > 0 {
            self.buffer.drain(..self.consumed);
            self.consumed = 0;
        }
        let start = self.buffer.len();
        self.buffer.resize(start + READ_SIZE, 0);
        let mut filled = start;
        while filled < self.buffer.len() {
            match self.reader.read(&mut self.buffer[filled..]) {
                Ok(0) => {
                    self.eof = true;
                    break;
                }
                Ok(n) => filled += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        self.buffer.truncate(filled);
        Ok(())
    }

    /// The next line as raw bytes (the header), without splitting quotes.
    pub fn header_line(&mut self) -> io::Result<Option<Vec<u8>>> {
        loop {
            if let Some(span) = self.split_one() {
                let (range, _) = span;
                return Ok(Some(self.buffer[range].to_vec()));
            }
            if self.eof {
                return Ok(None);
            }
            self.fill()?;
        }
    }

    /// The first row's bytes, left in place to be read again as data. Only before any row has
    /// been taken: nothing is consumed yet, so refilling the buffer never drops the row.
    pub fn peek_line(&mut self) -> io::Result<Option<Vec<u8>>> {
        debug_assert_eq!(self.consumed, 0, "peek_line reads the first row only");
        let line = self.header_line()?;
        self.consumed = 0;
        Ok(line)
    }

    /// Up to `max_rows` data rows.
    pub fn next_batch(&mut self, max_rows: usize) -> io::Result<Option<Batch>> {
        let mut batch = Batch {
            first_row: self.next_row,
            buffer: Vec::with_capacity(max_rows * 320),
            rows: Vec::with_capacity(max_rows),
        };
        while batch.rows.len() < max_rows {
            match self.split_one() {
                Some((range, problem)) => {
                    let row = match problem {
                        Some(problem) => RawRow::Broken(problem),
                        None => {
                            let start = batch.buffer.len();
                            batch.buffer.extend_from_slice(&self.buffer[range]);
                            RawRow::Bytes(start..batch.buffer.len())
                        }
                    };
                    batch.rows.push(row);
                    self.next_row += 1;
                }
                None if self.eof => break,
                None => self.fill()?,
            }
        }
        Ok((!batch.rows.is_empty()).then_some(batch))
    }

    /// Splits one row off the unconsumed buffer: its byte range (without the line break), or a
    /// problem. `None` when the buffer holds no complete row yet (or nothing at all at EOF).
    fn split_one(&mut self) -> Option<(Range<usize>, Option<RowProblem>)> {
        loop {
            let data = &self.buffer[self.consumed..];
            if data.is_empty() {
                return None;
            }
            let base = self.consumed;
            match scan_row(data, self.delimiter, self.max_cell, self.eof) {
                Scan::Row { end, next } => {
                    self.consumed += next;
                    let mut end = end;
                    if end > 0 && data[end - 1] == b'\r' {
                        end -= 1;
                    }
                    if data[..end].iter().all(|b| *b == b' ' || *b == b'\t') {
                        continue; // a blank line holds no row
                    }
                    return Some((base..base + end, None));
                }
                Scan::Unterminated { line_end, next } => {
                    self.consumed += next;
                    let shown = String::from_utf8_lossy(&data[..line_end.min(60)]).into_owned();
                    let problem = RowProblem::new(
                        "redline::audit::unterminated-quote",
                        format!("a quoted cell opened on this row is not closed within {} bytes: {shown}…", self.max_cell),
                    );
                    return Some((base..base + line_end, Some(problem)));
                }
                Scan::TooLong { end } => {
                    self.consumed += end;
                    let problem = RowProblem::new(
                        "redline::audit::row-too-long",
                        format!("no line break within {end} bytes; the row is cut there"),
                    );
                    return Some((base..base + end, Some(problem)));
                }
                Scan::NeedMore => return None,
            }
        }
    }
}

enum Scan {
    /// A row ends at `end`; the next one starts at `next`.
    Row {
        end: usize,
        next: usize,
    },
    /// A quoted cell never closes; the row is taken to end at its first line break.
    Unterminated {
        line_end: usize,
        next: usize,
    },
    /// No line break within the longest row we accept: the row is cut there.
    TooLong {
        end: usize,
    },
    NeedMore,
}

/// Rows longer than this many cells' worth of bytes are cut, so memory stays bounded even for
/// a file with no line breaks.
const MAX_ROW_CELLS: usize = 64;

/// Finds the end of the row starting at `data[0]`. A quote opens a quoted cell only at the start
/// of a cell (so `15"屏` is text); inside, `""` is a quote and line breaks belong to the cell.
fn scan_row(data: &[u8], delimiter: u8, max_cell: usize, eof: bool) -> Scan {
    let mut i = 0;
    let mut cell_start = true;
    loop {
        if cell_start && data.get(i) == Some(&b'"') {
            // Quoted cell: find its closing quote.
            let mut j = i + 1;
            loop {
                match memchr::memchr(b'"', &data[j..]) {
                    Some(k) if j + k - i > max_cell => return unterminated(data, eof),
                    Some(k) => {
                        let q = j + k;
                        if data.get(q + 1) == Some(&b'"') {
                            j = q + 2;
                            continue;
                        }
                        if q + 1 == data.len() && !eof {
                            return Scan::NeedMore;
                        }
                        i = q + 1;
                        break;
                    }
                    None if data.len() - i > max_cell || eof => return unterminated(data, eof),
                    None => return Scan::NeedMore,
                }
            }
            cell_start = false;
            continue;
        }
        match memchr::memchr2(delimiter, b'\n', &data[i..]) {
            Some(k) if data[i + k] == b'\n' => {
                return Scan::Row {
                    end: i + k,
                    next: i + k + 1,
                }
            }
            Some(k) => {
                i += k + 1;
                cell_start = true;
            }
            None if eof => {
                return Scan::Row {
                    end: data.len(),
                    next: data.len(),
                }
            }
            None if data.len() > max_cell * MAX_ROW_CELLS => {
                return Scan::TooLong {
                    end: max_cell * MAX_ROW_CELLS,
                }
            }
            None => return Scan::NeedMore,
        }
    }
}

fn unterminated(data: &[u8], eof: bool) -> Scan {
    match memchr::memchr(b'\n', data) {
        Some(k) => Scan::Unterminated {
            line_end: k,
            next: k + 1,
        },
        None if eof => Scan::Unterminated {
            line_end: data.len(),
            next: data.len(),
        },
        None => Scan::NeedMore,
    }
}

/// The cells of one decoded delimited row.
pub fn split_cells(
    row: &str,
    delimiter: u8,
    out: &mut Vec<Range<usize>>,
    unescaped: &mut Vec<(usize, String)>,
) {
    out.clear();
    unescaped.clear();
    let bytes = row.as_bytes();
    let mut i = 0;
    loop {
        if bytes.get(i) == Some(&b'"') {
            let mut j = i + 1;
            let mut value = String::new();
            let mut escaped = false;
            loop {
                match memchr::memchr(b'"', &bytes[j..]) {
                    Some(k) if bytes.get(j + k + 1) == Some(&b'"') => {
                        value.push_str(&row[j..j + k + 1]);
                        j += k + 2;
                        escaped = true;
                    }
                    Some(k) => {
                        value.push_str(&row[j..j + k]);
                        j += k + 1;
                        break;
                    }
                    None => {
                        value.push_str(&row[j..]);
                        j = bytes.len();
                        break;
                    }
                }
            }
            // Text after the closing quote, up to the delimiter, belongs to the cell too.
            let end = memchr::memchr(delimiter, &bytes[j..]).map_or(bytes.len(), |k| j + k);
            value.push_str(&row[j..end]);
            if escaped || end > j {
                unescaped.push((out.len(), value));
                out.push(i..end);
            } else {
                out.push(i + 1..j - 1);
            }
            if end == bytes.len() {
                return;
            }
            i = end + 1;
        } else {
            match memchr::memchr(delimiter, &bytes[i..]) {
                Some(k) => {
                    out.push(i..i + k);
                    i += k + 1;
                }
                None => {
                    out.push(i..bytes.len());
                    return;
                }
            }
        }
    }
}

// ── Columns ────────────────────────────────────────────────────────────────────────────────

/// Header names recognised without `--col`, in Chinese and English (compared without case,
/// spaces, underscores or hyphens).
const KNOWN_HEADERS: &[(&str, &[&str])] = &[
    (
        "name",
        &[
            "企业名称",
            "名称",
            "公司名称",
            "主体名称",
            "市场主体名称",
            "单位名称",
            "商户名称",
            "客户名称",
            "企业(机构)名称",
            "name",
            "companyname",
            "enterprisename",
            "entityname",
            "company",
            "merchantname",
            "customername",
        ],
    ),
    (
        "name_en",
        &[
            "英文名称",
            "企业英文名称",
            "外文名称",
            "nameen",
            "englishname",
            "enname",
        ],
    ),
    (
        "business_scope",
        &[
            "经营范围",
            "业务范围",
            "主营业务",
            "经营项目",
            "businessscope",
            "scope",
            "scopeofbusiness",
            "business",
        ],
    ),
    (
        "id",
        &[
            "统一社会信用代码",
            "社会信用代码",
            "信用代码",
            "注册号",
            "工商注册号",
            "统一代码",
            "creditcode",
            "uscc",
            "unifiedsocialcreditcode",
            "id",
            "registrationnumber",
            "regno",
        ],
    ),
    ("entity_type", &["主体类型", "机构类型", "entitytype"]),
    ("jurisdiction", &["注册地", "jurisdiction"]),
];

fn header_key(header: &str) -> String {
    header
        .trim()
        .trim_start_matches('\u{FEFF}')
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-' | '（' | '）' | '(' | ')'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Which column feeds which record field.
#[derive(Clone, Debug, Default)]
pub struct Columns {
    /// (field, column index, header as written)
    pub mapped: Vec<(String, usize, String)>,
}

impl Columns {
    /// Maps headers to fields: explicit `FIELD=HEADER` choices first, then known names.
    pub fn resolve(headers: &[String], explicit: &[(String, String)]) -> Result<Columns, String> {
        let mut mapped: Vec<(String, usize, String)> = Vec::new();
        for (field, header) in explicit {
            let index = headers
                .iter()
                .position(|h| h == header || header_key(h) == header_key(header))
                .or_else(|| {
                    header
                        .parse::<usize>()
                        .ok()
                        .filter(|n| *n >= 1 && *n <= headers.len())
                        .map(|n| n - 1)
                })
                .ok_or_else(|| {
                    format!(
                        "no column `{header}` for {field}; the header has: {}",
                        headers.join(", ")
                    )
                })?;
            mapped.retain(|(f, _, _)| f != field);
            mapped.push((field.clone(), index, headers[index].clone()));
        }
        for (field, names) in KNOWN_HEADERS {
            if mapped.iter().any(|(f, _, _)| f == field) {
                continue;
            }
            let keys: Vec<String> = names.iter().map(|n| header_key(n)).collect();
            let found = headers.iter().enumerate().find(|(i, h)| {
                keys.contains(&header_key(h)) && !mapped.iter().any(|(_, j, _)| j == i)
            });
            if let Some((index, header)) = found {
                mapped.push((field.to_string(), index, header.clone()));
            }
        }
        if !mapped
            .iter()
            .any(|(f, _, _)| matches!(f.as_str(), "name" | "name_en" | "business_scope"))
        {
            return Err(format!(
                "no column holds a name or business scope; the header has: {}. Name them with --name-col, --scope-col or --col FIELD=HEADER",
                headers.join(", ")
            ));
        }
        Ok(Columns { mapped })
    }

    pub fn describe(&self) -> String {
        self.mapped
            .iter()
            .map(|(field, _, header)| format!("{field} ← {header}"))
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub fn index_of(&self, field: &str) -> Option<usize> {
        self.mapped
            .iter()
            .find(|(f, _, _)| f == field)
            .map(|(_, i, _)| *i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<Result<String, &'static str>> {
        let mut reader = RowReader::new(text.as_bytes(), b',', 64);
        let mut out = Vec::new();
        while let Some(batch) = reader.next_batch(2).unwrap() {
            for row in batch.rows {
                out.push(match row {
                    RawRow::Bytes(r) => Ok(String::from_utf8(batch.buffer[r].to_vec()).unwrap()),
                    RawRow::Broken(p) => Err(p.code),
                    RawRow::Cells(_) => unreachable!(),
                });
            }
        }
        out
    }

    #[test]
    fn quoted_cells_may_hold_line_breaks_and_commas() {
        assert_eq!(
            rows("a,\"b\nc\",d\r\ne,f\n\n"),
            vec![Ok("a,\"b\nc\",d".to_string()), Ok("e,f".to_string())]
        );
    }

    #[test]
    fn an_unterminated_quote_costs_one_row_only() {
        let text = format!("a,\"{}\nnext,row\nlast,row", "x".repeat(100));
        assert_eq!(
            rows(&text),
            vec![
                Err("redline::audit::unterminated-quote"),
                Ok("next,row".into()),
                Ok("last,row".into())
            ]
        );
        assert_eq!(
            rows("a,\"open\nb,c"),
            vec![Err("redline::audit::unterminated-quote"), Ok("b,c".into())]
        );
    }

    #[test]
    fn a_quote_inside_a_cell_is_text() {
        assert_eq!(
            rows("屏幕15\"以上,b\nc,d"),
            vec![Ok("屏幕15\"以上,b".into()), Ok("c,d".into())]
        );
    }

    #[test]
    fn cells_are_unquoted() {
        let (mut ranges, mut unescaped) = (Vec::new(), Vec::new());
        let row = "a,\"b,\"\"c\"\"\",,\"d\"";
        split_cells(row, b',', &mut ranges, &mut unescaped);
        assert_eq!(ranges.len(), 4);
        assert_eq!(&row[ranges[0].clone()], "a");
        assert_eq!(unescaped, vec![(1, "b,\"c\"".to_string())]);
        assert_eq!(&row[ranges[2].clone()], "");
        assert_eq!(&row[ranges[3].clone()], "d");
    }

    #[test]
    fn encodings_are_detected() {
        let (gb, _, _) = encoding_rs::GB18030
            .encode("企业名称,经营范围\n深圳市某某科技有限公司,软件开发；虚拟货币兑换\n");
        assert_eq!(detect_encoding(&gb, true).0, encoding_rs::GB18030);
        assert_eq!(detect_encoding("名称\n".as_bytes(), true).0, UTF_8);
        assert_eq!(detect_encoding(b"\xEF\xBB\xBFname\n", true), (UTF_8, 3));
        assert_eq!(detect_encoding(b"\xFF\xFEn\x00a\x00", true), (UTF_16LE, 2));
    }

    #[test]
    fn undecodable_bytes_are_located() {
        assert_eq!(decode(b"ab\xFFc", UTF_8), Err(2));
        let (gb, _, _) = encoding_rs::GB18030.encode("稳定币");
        assert_eq!(decode(&gb, encoding_rs::GB18030).unwrap(), "稳定币");
        assert!(decode(b"a\x81\x20", encoding_rs::GB18030).is_err());
    }

    #[test]
    fn headers_are_recognised_in_both_languages() {
        let headers: Vec<String> = ["序号", "企业名称", "统一社会信用代码", "经营范围"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let columns = Columns::resolve(&headers, &[]).unwrap();
        assert_eq!(columns.index_of("name"), Some(1));
        assert_eq!(columns.index_of("id"), Some(2));
        assert_eq!(columns.index_of("business_scope"), Some(3));
        let english: Vec<String> = ["Company Name", "Business_Scope"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            Columns::resolve(&english, &[])
                .unwrap()
                .index_of("business_scope"),
            Some(1)
        );
        assert!(Columns::resolve(&["a".to_string()], &[]).is_err());
    }
}
