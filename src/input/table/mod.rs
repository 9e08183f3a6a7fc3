//! Entity lists: CSV, TSV, JSONL and spreadsheets, read as batches of raw rows.
//!
//! Delimited text is split into rows on its raw bytes and each row is decoded on its own: in
//! UTF-8, GB18030/GBK and Big5 no byte of a multi-byte character is a line break, a quote, a comma
//! or a tab, so splitting before decoding is exact, and an undecodable byte condemns its own row
//! only. UTF-16 is transcoded to UTF-8 first. The splitter is our own rather than the csv crate's
//! because a CSV reader takes an unterminated quote to run to the end of the file, swallowing
//! every later row; here a quoted cell is bounded and the row after it is read normally.

mod cells;
mod columns;
mod delimited;
mod encoding;
mod exact_numbers;
mod sheet;

use std::io::{self, Read};
use std::ops::Range;
use std::path::Path;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

pub use cells::RowDecoder;
pub use columns::Columns;
pub use delimited::{split_cells, RowReader};
pub use encoding::{certainty, decode, detect_encoding, encoding_by_name};
pub use sheet::{Spreadsheet, Workbook};

/// The kinds of table `redline audit` reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum TableFormat {
    /// Comma-separated values with a header row.
    Csv,
    /// Tab-separated values with a header row.
    Tsv,
    /// JSON Lines: one object per line, the first line's keys naming the columns.
    Jsonl,
    /// XLSX, XLSM, XLS or ODS (read whole into memory, as these formats require).
    Excel,
}

impl TableFormat {
    /// The format a file's extension names (`.txt` is read as TSV), if it names one.
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
    /// The stable code that names the problem (`redline::audit::unterminated-quote`).
    pub code: &'static str,
    /// What is wrong with the row, in English.
    pub message: String,
}

impl RowProblem {
    /// A problem with the stable code `code`.
    pub fn new(code: &'static str, message: impl Into<String>) -> RowProblem {
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
    /// The data row number of the batch's first row.
    pub first_row: u64,
    /// The raw bytes that [`RawRow::Bytes`] ranges point into.
    pub buffer: Vec<u8>,
    /// The rows in table order.
    pub rows: Vec<RawRow>,
    /// A spreadsheet's own row number for each row (as Excel shows it); empty for text tables,
    /// whose rows are numbered on from `first_row`.
    pub sheet_rows: Vec<u64>,
}

impl Batch {
    /// The number a user knows row `offset` of this batch by: its row in the sheet, or its data
    /// row in a text table.
    pub fn row_number(&self, offset: usize) -> u64 {
        self.sheet_rows
            .get(offset)
            .copied()
            .unwrap_or(self.first_row + offset as u64)
    }
}

/// What one table may ask of memory. Each limit, when reached, is a diagnostic with a stable code
/// (an error row, or an unusable file), never an abort.
#[derive(Clone, Copy, Debug)]
pub struct TableLimits {
    /// Bytes of one cell (`--max-cell-bytes`); a row is cut after 64 cells' worth.
    pub max_cell: usize,
    /// Rows and columns of one sheet: Excel's own bounds.
    pub max_sheet_rows: u32,
    /// Columns of one sheet: Excel's own bound.
    pub max_sheet_columns: u32,
    /// Bytes a spreadsheet's compressed parts may inflate to, all parts together.
    pub max_inflated: u64,
    /// The sheet row (1-based) holding a spreadsheet's header, when title rows stand above it;
    /// `None`: the first row with any text.
    pub header_row: Option<u32>,
}

impl Default for TableLimits {
    fn default() -> TableLimits {
        TableLimits {
            max_cell: 64 << 10,
            max_sheet_rows: 1_048_576,
            max_sheet_columns: 16_384,
            max_inflated: 512 << 20,
            header_row: None,
        }
    }
}

/// How a table's raw rows become cells.
#[derive(Clone, Copy, Debug)]
pub enum RowFormat {
    /// CSV, TSV: each row decoded on its own, then split into cells.
    Delimited {
        /// The byte between cells: `,` or a tab.
        delimiter: u8,
        /// The encoding each row is decoded from; UTF-8 once UTF-16 has been transcoded.
        encoding: &'static Encoding,
        /// UTF-16 was transcoded to UTF-8 before splitting; a U+FFFD marks a bad unit.
        transcoded: bool,
    },
    /// JSON Lines: each row one object, its values read by the header's keys.
    Jsonl,
    /// Cells already decoded (spreadsheets).
    Cells,
}

/// The rows of a table, batch by batch; an error ends the table (the file could not be read on).
pub type Batches<'a> = Box<dyn Iterator<Item = Result<Batch, String>> + Send + 'a>;

/// An opened table: its header, how its rows are written, and its rows as they are read.
pub struct Table<'a> {
    /// The header's cells in column order; for JSON Lines, the first object's keys.
    pub headers: Vec<String>,
    /// How the raw rows become cells.
    pub format: RowFormat,
    /// The text encoding read (none for spreadsheets), and how sure that reading is.
    pub encoding: Option<&'static Encoding>,
    /// How sure the encoding reading is, in words for the user; empty for spreadsheets.
    pub certainty: String,
    /// The data rows, read as they are asked for.
    pub batches: Batches<'a>,
}

/// Sample read to detect a text table's encoding.
const SAMPLE: usize = 64 * 1024;

impl<'a> Table<'a> {
    /// Opens delimited text or JSON Lines: detects the encoding (unless `forced`), transcodes
    /// UTF-16, reads the header, and leaves the rows to stream in batches of `batch_rows`.
    pub fn open_text(
        mut reader: Box<dyn Read + Send + 'a>,
        format: TableFormat,
        forced: Option<&'static Encoding>,
        limits: &TableLimits,
        batch_rows: usize,
    ) -> Result<Table<'a>, String> {
        let mut sample = vec![0; SAMPLE];
        let filled =
            read_full(&mut reader, &mut sample).map_err(|e| format!("cannot read: {e}"))?;
        sample.truncate(filled);
        let at_eof = filled < SAMPLE;
        let (detected, bom) = detect_encoding(&sample, at_eof);
        let encoding = forced.unwrap_or(detected);
        let bom = if forced.is_some_and(|f| f != detected) {
            0
        } else {
            bom
        };
        let certainty = match forced {
            Some(_) => "forced with --encoding".to_string(),
            None => certainty(&sample, at_eof, encoding, bom),
        };
        let rest = io::Cursor::new(sample.split_off(bom)).chain(reader);
        let (reader, encoding, transcoded): (Box<dyn Read + Send + 'a>, &'static Encoding, bool) =
            if encoding == UTF_16LE || encoding == UTF_16BE {
                let decoded = encoding_rs_io::DecodeReaderBytesBuilder::new()
                    .encoding(Some(encoding))
                    .bom_override(true)
                    .build(rest);
                (Box::new(decoded), UTF_8, true)
            } else {
                (Box::new(rest), encoding, false)
            };
        // JSON Lines are split on line breaks alone (a JSON string holds no raw line break).
        let delimiter = match format {
            TableFormat::Tsv => b'\t',
            TableFormat::Jsonl => b'\n',
            _ => b',',
        };
        let mut rows = RowReader::new(reader, delimiter, limits.max_cell);
        let (headers, row_format) = match format {
            TableFormat::Jsonl => {
                // The first line names the keys and is a data row too.
                let first = rows
                    .peek_line()
                    .map_err(|e| format!("cannot read: {e}"))?
                    .ok_or("the file is empty")?
                    .map_err(|problem| problem.message)?;
                (cells::json_keys(&first)?, RowFormat::Jsonl)
            }
            _ => {
                let line = rows
                    .header_line()
                    .map_err(|e| format!("cannot read: {e}"))?
                    .ok_or("the file is empty")?
                    .map_err(|problem| format!("the header cannot be read: {}", problem.message))?;
                let text = decode(&line, encoding).map_err(|at| {
                    format!(
                        "the header has an undecodable byte at {at} (encoding {}); force one with --encoding",
                        encoding.name()
                    )
                })?;
                if transcoded && text.contains('\u{FFFD}') {
                    return Err("the header holds bytes that are not valid UTF-16".into());
                }
                let mut ranges = Vec::new();
                let mut unescaped = Vec::new();
                split_cells(&text, delimiter, &mut ranges, &mut unescaped).map_err(|at| {
                    let column = text[..at].bytes().filter(|b| *b == delimiter).count() + 1;
                    format!("the header's column {column} opens a quote that is never closed")
                })?;
                let headers = cells::cells_of(&text, &ranges, &unescaped);
                let format = RowFormat::Delimited {
                    delimiter,
                    encoding,
                    transcoded,
                };
                (headers, format)
            }
        };
        let batches = std::iter::from_fn(move || {
            rows.next_batch(batch_rows)
                .map_err(|e| format!("cannot read: {e}"))
                .transpose()
        });
        Ok(Table {
            headers,
            format: row_format,
            encoding: Some(encoding),
            certainty,
            batches: Box::new(batches),
        })
    }

    /// Opens sheet `index` of a workbook. Its rows are read on a thread of their own and handed
    /// over in batches, so memory holds a few batches, not the sheet.
    pub fn open_sheet(
        workbook: &Workbook,
        index: usize,
        batch_rows: usize,
    ) -> Result<Table<'static>, String> {
        let (headers, batches) = workbook.stream(index, batch_rows)?;
        Ok(Table {
            headers,
            format: RowFormat::Cells,
            encoding: None,
            certainty: String::new(),
            batches,
        })
    }
}

fn read_full(reader: &mut dyn Read, buffer: &mut [u8]) -> io::Result<usize> {
    let mut filled = 0;
    while filled < buffer.len() {
        match reader.read(&mut buffer[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(filled)
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
        split_cells(row, b',', &mut ranges, &mut unescaped).unwrap();
        assert_eq!(ranges.len(), 4);
        assert_eq!(&row[ranges[0].clone()], "a");
        assert_eq!(unescaped, vec![(1, "b,\"c\"".to_string())]);
        assert_eq!(&row[ranges[2].clone()], "");
        assert_eq!(&row[ranges[3].clone()], "d");
    }

    #[test]
    fn a_quote_that_never_closes_is_located_not_cut() {
        let (mut ranges, mut unescaped) = (Vec::new(), Vec::new());
        assert_eq!(
            split_cells("id,name,\"经营范围", b',', &mut ranges, &mut unescaped),
            Err(8)
        );
        assert_eq!(split_cells("\"", b',', &mut ranges, &mut unescaped), Err(0));
    }

    #[test]
    fn rows_may_end_with_a_lone_carriage_return() {
        assert_eq!(
            rows("a,b\rc,d\r\re,\"f\rg\"\r"),
            vec![Ok("a,b".into()), Ok("c,d".into()), Ok("e,\"f\rg\"".into())]
        );
        assert_eq!(rows("a,b\r\nc,d"), vec![Ok("a,b".into()), Ok("c,d".into())]);
    }

    #[test]
    fn single_byte_encodings_may_triple_in_utf8() {
        let euros = "€".repeat(500);
        let (gb, _, _) = encoding_rs::GB18030.encode(&euros);
        assert_eq!(decode(&gb, encoding_rs::GB18030).unwrap(), euros);
        let latin = vec![0xE9; 10_000];
        let decoded = decode(&latin, encoding_rs::WINDOWS_1252).unwrap();
        assert_eq!(decoded.chars().count(), 10_000);
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
