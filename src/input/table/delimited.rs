//! Delimited text (CSV, TSV, JSON Lines) split into rows on its raw bytes, and rows into cells.

use std::io::{self, Read};
use std::ops::Range;

use super::{Batch, RawRow, RowProblem};

/// Splits delimited text (already in an ASCII-compatible encoding) into rows.
pub struct RowReader<R> {
    reader: R,
    buffer: Vec<u8>,
    /// Bytes of `buffer` already handed out.
    consumed: usize,
    eof: bool,
    delimiter: u8,
    /// What ends a row: `\n` (with or without `\r` before it), or `\r` alone in files written
    /// by old Mac and Excel versions. Decided from the first line break, `None` until then.
    line_end: Option<u8>,
    max_cell: usize,
    next_row: u64,
}

const READ_SIZE: usize = 1 << 20;

impl<R: Read> RowReader<R> {
    /// Reads rows from `reader`, cells split on `delimiter`; a quoted cell still open after
    /// `max_cell` bytes makes its row an error.
    pub fn new(reader: R, delimiter: u8, max_cell: usize) -> RowReader<R> {
        RowReader {
            reader,
            buffer: Vec::with_capacity(2 * READ_SIZE),
            consumed: 0,
            eof: false,
            delimiter,
            line_end: None,
            max_cell,
            next_row: 1,
        }
    }

    /// Decides what ends a row from the first line break in the buffer: a `\r` not followed by
    /// `\n` means the file's rows end with `\r` alone.
    fn decide_line_end(&mut self) -> Option<u8> {
        if self.line_end.is_none() {
            let data = &self.buffer[self.consumed..];
            self.line_end = match memchr::memchr2(b'\n', b'\r', data) {
                Some(k) if data[k] == b'\r' => match data.get(k + 1) {
                    Some(b'\n') => Some(b'\n'),
                    Some(_) => Some(b'\r'),
                    None if self.eof => Some(b'\r'),
                    None => None,
                },
                Some(_) => Some(b'\n'),
                None if self.eof => Some(b'\n'),
                None => None,
            };
        }
        self.line_end
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

    /// The next row as raw bytes (the header), or why it cannot be delimited.
    pub fn header_line(&mut self) -> io::Result<Option<Result<Vec<u8>, RowProblem>>> {
        loop {
            if let Some((range, problem)) = self.split_one() {
                return Ok(Some(match problem {
                    Some(problem) => Err(problem),
                    None => Ok(self.buffer[range].to_vec()),
                }));
            }
            if self.eof {
                return Ok(None);
            }
            self.fill()?;
        }
    }

    /// The first row's bytes, left in place to be read again as data. Only before any row has
    /// been taken: nothing is consumed yet, so refilling the buffer never drops the row.
    pub fn peek_line(&mut self) -> io::Result<Option<Result<Vec<u8>, RowProblem>>> {
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
            sheet_rows: Vec::new(),
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
        let line_end = self.decide_line_end()?;
        loop {
            let data = &self.buffer[self.consumed..];
            if data.is_empty() {
                return None;
            }
            if line_end == b'\r' && data[0] == b'\n' {
                self.consumed += 1; // the `\n` of a `\r\n` among `\r` line ends
                continue;
            }
            let base = self.consumed;
            let scan = scan_row(data, self.delimiter, line_end, self.max_cell, self.eof);
            match scan {
                Scan::Row { end, next } => {
                    self.consumed += next;
                    let mut end = end;
                    if end > 0 && data[end - 1] == b'\r' {
                        end -= 1;
                    }
                    if data[..end]
                        .iter()
                        .all(|b| matches!(b, b' ' | b'\t' | b'\r'))
                    {
                        continue; // a blank line holds no row
                    }
                    return Some((base..base + end, None));
                }
                Scan::Unterminated { row_end, next } => {
                    self.consumed += next;
                    let shown = String::from_utf8_lossy(&data[..row_end.min(60)]).into_owned();
                    let problem = RowProblem::new(
                        "redline::audit::unterminated-quote",
                        format!("a quoted cell opened on this row is not closed within {} bytes: {shown}…", self.max_cell),
                    );
                    return Some((base..base + row_end, Some(problem)));
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
        row_end: usize,
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
fn scan_row(data: &[u8], delimiter: u8, line_end: u8, max_cell: usize, eof: bool) -> Scan {
    let mut i = 0;
    let mut cell_start = true;
    loop {
        if cell_start && data.get(i) == Some(&b'"') {
            // Quoted cell: find its closing quote.
            let mut j = i + 1;
            loop {
                match memchr::memchr(b'"', &data[j..]) {
                    Some(k) if j + k - i > max_cell => return unterminated(data, line_end, eof),
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
                    None if data.len() - i > max_cell || eof => {
                        return unterminated(data, line_end, eof)
                    }
                    None => return Scan::NeedMore,
                }
            }
            cell_start = false;
            continue;
        }
        match memchr::memchr2(delimiter, line_end, &data[i..]) {
            Some(k) if data[i + k] == line_end => {
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
            None if data.len() > max_cell.saturating_mul(MAX_ROW_CELLS) => {
                return Scan::TooLong {
                    end: max_cell.saturating_mul(MAX_ROW_CELLS),
                }
            }
            None => return Scan::NeedMore,
        }
    }
}

fn unterminated(data: &[u8], line_end: u8, eof: bool) -> Scan {
    match memchr::memchr(line_end, data) {
        Some(k) => Scan::Unterminated {
            row_end: k,
            next: k + 1,
        },
        None if eof => Scan::Unterminated {
            row_end: data.len(),
            next: data.len(),
        },
        None => Scan::NeedMore,
    }
}

/// The cells of one decoded delimited row, or the byte offset of a quote that opens a cell and
/// never closes where the cell ends (the row reader bounds unclosed quotes, so a data row fails
/// here when its quoted cell ran over lines to a quote with more text after it).
pub fn split_cells(
    row: &str,
    delimiter: u8,
    out: &mut Vec<Range<usize>>,
    unescaped: &mut Vec<(usize, String)>,
) -> Result<(), usize> {
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
                    None => return Err(i),
                }
            }
            // Text after the closing quote, up to the delimiter, belongs to the cell too
            // (`"abc"def`), unless the quoted part ran over lines: then the quote that "closed"
            // it belonged to a later row, and the rows between were swallowed.
            let end = memchr::memchr(delimiter, &bytes[j..]).map_or(bytes.len(), |k| j + k);
            if end > j && memchr::memchr2(b'\n', b'\r', &bytes[i..j]).is_some() {
                return Err(i);
            }
            value.push_str(&row[j..end]);
            if escaped || end > j {
                unescaped.push((out.len(), value));
                out.push(i..end);
            } else {
                out.push(i + 1..j - 1);
            }
            if end == bytes.len() {
                return Ok(());
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
                    return Ok(());
                }
            }
        }
    }
}
