//! Spreadsheets (XLSX, XLSM, XLSB, XLS, ODS) as a stream of rows.
//!
//! A workbook is a zip of XML parts that can inflate a thousandfold, and a sheet's cells can sit
//! anywhere in a grid of a million rows by sixteen thousand columns. So, before any part is
//! parsed, every zip entry is inflated once into a counter and the workbook is refused past
//! [`TableLimits::max_inflated`]; XLSX and XLSB sheets are then read cell by cell (never as a
//! dense grid) on a thread of their own that hands rows over in batches; a cell outside Excel's
//! bounds is refused rather than allocated for. XLS (bounded by its own format, 65,536 × 256)
//! and ODS are read through calamine's grid after the same inflation check.

use std::io::{self, Cursor, Read};

use super::exact_numbers;
use std::path::PathBuf;
use std::sync::mpsc;

use calamine::{Data, Reader};

use super::{Batch, Batches, RawRow, TableLimits};

/// Where a workbook's bytes come from.
pub enum Spreadsheet {
    /// A file to read.
    Path(PathBuf),
    /// Bytes already in memory, such as an upload.
    Bytes(Vec<u8>),
}

impl Spreadsheet {
    fn bytes(self) -> Result<Vec<u8>, String> {
        match self {
            Spreadsheet::Bytes(bytes) => Ok(bytes),
            Spreadsheet::Path(path) => {
                std::fs::read(&path).map_err(|e| format!("cannot read the spreadsheet: {e}"))
            }
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Xlsx,
    Xlsb,
    Ods,
    Xls,
}

/// Which workbook format the bytes are, from their container and its parts.
fn kind_of(bytes: &[u8]) -> Result<Kind, String> {
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Ok(Kind::Xls);
    }
    if !bytes.starts_with(b"PK") {
        return Err("not a spreadsheet (neither a zip workbook nor an XLS file)".into());
    }
    let archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| format!("the workbook's zip container is broken: {e}"))?;
    let has = |name: &str| archive.file_names().any(|n| n.is_ok_and(|n| n == name));
    if has("xl/workbook.bin") {
        Ok(Kind::Xlsb)
    } else if has("xl/workbook.xml") {
        Ok(Kind::Xlsx)
    } else if has("content.xml") {
        Ok(Kind::Ods)
    } else {
        Err("the zip holds no workbook (no xl/workbook.xml, xl/workbook.bin or content.xml)".into())
    }
}

/// Inflates every entry into a counter: the workbook is refused once all parts together pass
/// `limit` bytes, whatever sizes the zip declares. Worksheet parts are read through
/// [`CellRefs`] on the way, so a cell reference beyond Excel's bounds is refused here, before
/// any reader computes with it.
fn check_inflated_size(bytes: &[u8], limit: u64) -> Result<(), String> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| format!("the workbook's zip container is broken: {e}"))?;
    let mut total: u64 = 0;
    for index in 0..archive.len() {
        let mut entry = archive
            .by_index(index)
            .map_err(|e| format!("the workbook's part {index} cannot be read: {e}"))?;
        let is_sheet = entry
            .name()
            .is_ok_and(|n| n.starts_with("xl/worksheets/") && n.ends_with(".xml"));
        let allowed = limit - total;
        let mut refs = CellRefs::default();
        let mut sink: Box<dyn io::Write> = if is_sheet {
            Box::new(&mut refs)
        } else {
            Box::new(io::sink())
        };
        let inflated = io::copy(&mut (&mut entry).take(allowed + 1), &mut sink)
            .map_err(|e| format!("the workbook's part {index} cannot be inflated: {e}"))?;
        drop(sink);
        if let Some(bad) = refs.out_of_bounds {
            return Err(format!(
                "a cell reference `{bad}` lies beyond Excel's bounds (XFD1048576); the sheet is refused"
            ));
        }
        total += inflated;
        if total > limit {
            return Err(format!(
                "the workbook inflates to more than {} MiB (limit `max-inflated-bytes`); it is refused rather than read",
                limit >> 20
            ));
        }
    }
    Ok(())
}

/// Reads a worksheet's XML as it streams by and keeps the first cell reference (`r="…"`,
/// `ref="…"` inside a tag) that Excel could not hold: more than three column letters or seven
/// row digits, or past XFD and row 1,048,576.
#[derive(Default)]
struct CellRefs {
    in_tag: bool,
    quote: Option<u8>,
    /// The last bytes seen inside a tag, outside quotes, to spot ` r=` and ` ref=`.
    recent: u32,
    /// Inside the value of a reference attribute: the value so far.
    value: Option<Vec<u8>>,
    out_of_bounds: Option<String>,
}

impl CellRefs {
    fn byte(&mut self, b: u8) {
        if let Some(value) = &mut self.value {
            if b == self.quote.unwrap_or(b'"') {
                let value = self.value.take().unwrap_or_default();
                self.quote = None;
                if !value.split(|c| *c == b':').all(within_excel) {
                    self.out_of_bounds = Some(String::from_utf8_lossy(&value).into_owned());
                }
            } else if value.len() < 40 {
                value.push(b);
            }
            return;
        }
        if let Some(q) = self.quote {
            if b == q {
                self.quote = None;
            }
            return;
        }
        match b {
            b'<' => self.in_tag = true,
            b'>' => self.in_tag = false,
            b'"' | b'\'' if self.in_tag => {
                // ` r="` or ` ref="` opens a reference; any other attribute value is skipped.
                let key = self.recent & 0x00FF_FFFF;
                let is_ref = (self.recent & 0xFFFF) == u32::from_be_bytes([0, 0, b' ', b'r'])
                    || key == u32::from_be_bytes([0, b'r', b'e', b'f']);
                self.quote = Some(b);
                if is_ref {
                    self.value = Some(Vec::new());
                }
            }
            _ => {}
        }
        if self.in_tag && b != b'=' {
            self.recent = (self.recent << 8) | u32::from(b);
        }
    }
}

impl io::Write for CellRefs {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        if self.out_of_bounds.is_none() {
            bytes.iter().for_each(|b| self.byte(*b));
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Whether one cell reference (`A1`, `$XFD$1048576`, a bare column or row) fits Excel's grid.
fn within_excel(reference: &[u8]) -> bool {
    let reference: Vec<u8> = reference.iter().copied().filter(|b| *b != b'$').collect();
    let letters = reference
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let digits = &reference[letters..];
    if letters > 3 || digits.len() > 7 || !digits.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let column = reference[..letters].iter().fold(0u32, |n, b| {
        n * 26 + u32::from(b.to_ascii_uppercase() - b'A') + 1
    });
    let row = digits
        .iter()
        .fold(0u32, |n, b| n * 10 + u32::from(b - b'0'));
    column <= 16_384 && row <= 1_048_576
}

/// A workbook checked and ready to read: its bytes, its format and its sheets' names.
pub struct Workbook {
    bytes: std::sync::Arc<[u8]>,
    kind: Kind,
    limits: TableLimits,
    /// The sheets' names, in workbook order.
    pub sheets: Vec<String>,
}

impl Workbook {
    /// Reads the workbook's bytes, refuses it past the inflation limit, and lists its sheets.
    pub fn open(spreadsheet: Spreadsheet, limits: &TableLimits) -> Result<Workbook, String> {
        let bytes = spreadsheet.bytes()?;
        let kind = kind_of(&bytes)?;
        if kind != Kind::Xls {
            check_inflated_size(&bytes, limits.max_inflated)?;
        }
        let broken = |e: &dyn std::fmt::Display| format!("cannot read the spreadsheet: {e}");
        let data = Cursor::new(&bytes[..]);
        let sheets = match kind {
            Kind::Xlsx => calamine::open_workbook_from_rs::<calamine::Xlsx<_>, _>(data)
                .map_err(|e| broken(&e))?
                .sheet_names(),
            Kind::Xlsb => calamine::open_workbook_from_rs::<calamine::Xlsb<_>, _>(data)
                .map_err(|e| broken(&e))?
                .sheet_names(),
            Kind::Ods => calamine::open_workbook_from_rs::<calamine::Ods<_>, _>(data)
                .map_err(|e| broken(&e))?
                .sheet_names(),
            Kind::Xls => calamine::open_workbook_from_rs::<calamine::Xls<_>, _>(data)
                .map_err(|e| broken(&e))?
                .sheet_names(),
        };
        if sheets.is_empty() {
            return Err("the workbook has no sheet".into());
        }
        Ok(Workbook {
            bytes: bytes.into(),
            kind,
            limits: *limits,
            sheets,
        })
    }

    /// The rows of sheet `index` as they are read: its header, then batches of data rows.
    pub(super) fn stream(
        &self,
        index: usize,
        batch_rows: usize,
    ) -> Result<(Vec<String>, Batches<'static>), String> {
        let name = self.sheets.get(index).cloned().ok_or("no such sheet")?;
        let (bytes, kind, limits) = (self.bytes.clone(), self.kind, self.limits);
        let (header_tx, header_rx) = mpsc::sync_channel::<Result<Vec<String>, String>>(1);
        let (batch_tx, batch_rx) = mpsc::sync_channel::<Result<Batch, String>>(2);
        std::thread::Builder::new()
            .name("redline-sheet".into())
            .spawn(move || {
                let mut rows = Rows::new(header_tx, batch_tx, limits, batch_rows);
                let result = crate::guard::contain(|| read_sheet(&bytes, kind, &name, &mut rows))
                    .unwrap_or_else(|fault| {
                        Err(format!("the spreadsheet reader failed ({fault})"))
                    });
                rows.finish(result);
            })
            .map_err(|e| format!("cannot start the spreadsheet reader: {e}"))?;
        let headers = header_rx
            .recv()
            .map_err(|_| "the spreadsheet reader stopped unexpectedly".to_string())??;
        Ok((headers, Box::new(batch_rx.into_iter())))
    }
}

/// Collects cells into rows and rows into batches, sending each batch as it fills. The first row
/// with any text is the header.
struct Rows {
    header: Option<mpsc::SyncSender<Result<Vec<String>, String>>>,
    batches: mpsc::SyncSender<Result<Batch, String>>,
    limits: TableLimits,
    batch_rows: usize,
    current: Vec<String>,
    current_row: Option<u32>,
    /// The sheet row (1-based) that holds the header; before it, title rows are passed over.
    /// `None`: the first row with any text.
    header_row: Option<u32>,
    batch: Batch,
    next_row: u64,
    /// The reader on the other end has gone: stop reading.
    closed: bool,
}

impl Rows {
    fn new(
        header: mpsc::SyncSender<Result<Vec<String>, String>>,
        batches: mpsc::SyncSender<Result<Batch, String>>,
        limits: TableLimits,
        batch_rows: usize,
    ) -> Rows {
        Rows {
            header: Some(header),
            batches,
            limits,
            batch_rows,
            current: Vec::new(),
            current_row: None,
            header_row: limits.header_row,
            batch: Batch {
                first_row: 1,
                ..Batch::default()
            },
            next_row: 1,
            closed: false,
        }
    }

    /// A cell at (row, column), in reading order.
    fn cell(&mut self, row: u32, column: u32, text: String) -> Result<(), String> {
        if row >= self.limits.max_sheet_rows || column >= self.limits.max_sheet_columns {
            return Err(format!(
                "a cell lies at row {}, column {}: beyond the sheet bounds of {} rows and {} columns",
                u64::from(row) + 1,
                u64::from(column) + 1,
                self.limits.max_sheet_rows,
                self.limits.max_sheet_columns
            ));
        }
        if self.current_row != Some(row) {
            self.end_row();
            self.current_row = Some(row);
        }
        if text.is_empty() {
            return Ok(());
        }
        let column = column as usize;
        if self.current.len() <= column {
            self.current.resize(column + 1, String::new());
        }
        self.current[column] = text;
        Ok(())
    }

    fn end_row(&mut self) {
        let Some(row) = self.current_row else {
            return;
        };
        let cells = std::mem::take(&mut self.current);
        if cells.iter().all(|c| c.trim().is_empty()) {
            return;
        }
        let sheet_row = u64::from(row) + 1;
        match self.header.take() {
            Some(header) if self.header_row.is_some_and(|h| sheet_row < u64::from(h)) => {
                // A title row above the header.
                self.header = Some(header);
            }
            Some(header) => {
                let _ = header.send(Ok(cells));
            }
            None => {
                self.batch.rows.push(RawRow::Cells(cells));
                self.batch.sheet_rows.push(sheet_row);
                self.next_row += 1;
                if self.batch.rows.len() == self.batch_rows {
                    let full = std::mem::replace(
                        &mut self.batch,
                        Batch {
                            first_row: self.next_row,
                            ..Batch::default()
                        },
                    );
                    self.closed |= self.batches.send(Ok(full)).is_err();
                }
            }
        }
    }

    fn finish(mut self, result: Result<(), String>) {
        match result {
            Ok(()) => {
                self.end_row();
                if let Some(header) = self.header.take() {
                    let _ = header.send(Err("the sheet is empty".into()));
                    return;
                }
                if !self.batch.rows.is_empty() {
                    let batch = std::mem::take(&mut self.batch);
                    let _ = self.batches.send(Ok(batch));
                }
            }
            Err(message) => match self.header.take() {
                Some(header) => {
                    let _ = header.send(Err(message));
                }
                None => {
                    // Rows read so far are checked; then the file is reported unusable.
                    self.end_row();
                    if !self.batch.rows.is_empty() {
                        let batch = std::mem::take(&mut self.batch);
                        let _ = self.batches.send(Ok(batch));
                    }
                    let _ = self.batches.send(Err(message));
                }
            },
        }
    }
}

fn text_of(value: Data) -> String {
    match value {
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

/// Feeds every cell a streaming cell reader yields into `rows`, until the reader ends or the
/// other end of the batches has gone.
/// `exact` gives the digits the file writes for a whole number an `f64` may have changed.
fn drain<'a, E: std::fmt::Display>(
    mut next_cell: impl FnMut() -> Result<Option<calamine::Cell<calamine::DataRef<'a>>>, E>,
    rows: &mut Rows,
    mut exact: impl FnMut(u32, u32) -> Option<String>,
) -> Result<(), String> {
    while let Some(cell) = next_cell().map_err(|e| format!("cannot read the spreadsheet: {e}"))? {
        let (row, column) = cell.get_position();
        let value = Data::from(cell.get_value().clone());
        let text = match value {
            Data::Float(f) if exact_numbers::may_have_lost_digits(f) => {
                exact(row, column).unwrap_or_else(|| text_of(value))
            }
            other => text_of(other),
        };
        rows.cell(row, column, text)?;
        if rows.closed {
            break;
        }
    }
    Ok(())
}

fn read_sheet(bytes: &[u8], kind: Kind, name: &str, rows: &mut Rows) -> Result<(), String> {
    let broken = |e: &dyn std::fmt::Display| format!("cannot read the spreadsheet: {e}");
    let data = Cursor::new(bytes);
    match kind {
        Kind::Xlsx => {
            let mut book: calamine::Xlsx<_> =
                calamine::open_workbook_from_rs(data).map_err(|e| broken(&e))?;
            let mut cells = book.worksheet_cells_reader(name).map_err(|e| broken(&e))?;
            // A second pass over the same sheet, in step, for the digits of long numbers.
            let mut archive = exact_numbers::sheet_part(bytes, name).and_then(|part| {
                let archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
                Some((archive, part))
            });
            let mut exact = match &mut archive {
                Some((archive, part)) => archive
                    .by_name(part)
                    .ok()
                    .map(|entry| exact_numbers::ExactNumbers::new(io::BufReader::new(entry))),
                None => None,
            };
            drain(
                || cells.next_cell(),
                rows,
                |row, column| exact.as_mut().and_then(|e| e.at(row, column)),
            )?;
        }
        Kind::Xlsb => {
            // XLSB stores numbers as binary doubles: the file holds no more digits than calamine.
            let mut book: calamine::Xlsb<_> =
                calamine::open_workbook_from_rs(data).map_err(|e| broken(&e))?;
            let mut cells = book.worksheet_cells_reader(name).map_err(|e| broken(&e))?;
            drain(|| cells.next_cell(), rows, |_, _| None)?;
        }
        Kind::Ods | Kind::Xls => {
            let range = if kind == Kind::Ods {
                let mut book: calamine::Ods<_> =
                    calamine::open_workbook_from_rs(data).map_err(|e| broken(&e))?;
                book.worksheet_range(name).map_err(|e| broken(&e))?
            } else {
                let mut book: calamine::Xls<_> =
                    calamine::open_workbook_from_rs(data).map_err(|e| broken(&e))?;
                book.worksheet_range(name).map_err(|e| broken(&e))?
            };
            let (first_row, first_column) = range.start().unwrap_or((0, 0));
            for (offset, row) in range.rows().enumerate() {
                for (column, value) in row.iter().enumerate() {
                    rows.cell(
                        first_row.saturating_add(offset as u32),
                        first_column.saturating_add(column as u32),
                        text_of(value.clone()),
                    )?;
                }
                if rows.closed {
                    break;
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(xml: &str) -> Option<String> {
        let mut refs = CellRefs::default();
        io::Write::write_all(&mut refs, xml.as_bytes()).unwrap();
        refs.out_of_bounds
    }

    #[test]
    fn references_beyond_the_grid_are_caught_in_tags_only() {
        assert_eq!(
            scan(r#"<dimension ref="A1:XFD1048576"/><c r="XFD1048576" t="s">"#),
            None
        );
        assert_eq!(
            scan(r#"<c r="AAAAAAAAAAA1">"#).as_deref(),
            Some("AAAAAAAAAAA1")
        );
        assert_eq!(
            scan(r#"<row r="99999999999">"#).as_deref(),
            Some("99999999999")
        );
        assert_eq!(
            scan(r#"<dimension ref="A1:XFE1"/>"#).as_deref(),
            Some("A1:XFE1")
        );
        assert_eq!(
            scan(r#"<c r="A1" t="inlineStr"><is><t> r="ZZZZZZ9"</t></is></c>"#),
            None
        );
        assert_eq!(scan(r#"<c s="1" r="B2" attr='x r="y"'>"#), None);
    }
}
