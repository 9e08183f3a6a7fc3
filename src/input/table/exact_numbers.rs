//! Long whole numbers in an XLSX sheet, digit for digit as the file writes them.
//!
//! calamine reads every numeric cell as an `f64`, which holds 15–17 significant digits: an
//! 18-digit unified social credit code stored as a number (as programs exporting 64-bit integers
//! write it) would come back with its last digits changed — an audit record naming the wrong
//! entity. This reader walks the same sheet XML in step with calamine's cell reader (both go in
//! document order, so it holds one cell at a time) and returns the digits as written for a cell
//! calamine read as a whole number too long for an `f64`.

use std::io::{BufRead, BufReader, Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// Numbers from this size on may have lost digits in an `f64`.
const EXACT_LIMIT: f64 = 9_007_199_254_740_992.0; // 2^53

/// Whether calamine's value for a cell may differ from the digits the file holds.
pub fn may_have_lost_digits(value: f64) -> bool {
    value.fract() == 0.0 && value.abs() >= EXACT_LIMIT
}

/// A cursor over one worksheet's cells: position and, for untyped or numeric cells, the text of
/// their `<v>`.
pub struct ExactNumbers<R: BufRead> {
    xml: Reader<R>,
    buf: Vec<u8>,
    /// The row being read (0-based) and the column of the last cell seen in it.
    row: u32,
    column: Option<u32>,
    ended: bool,
}

/// The zip part of the sheet named `sheet`, from the workbook's own list of sheets and its
/// relationships.
pub fn sheet_part(bytes: &[u8], sheet: &str) -> Option<String> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let mut id = None;
    each_element(archive.by_name("xl/workbook.xml").ok()?, |e| {
        if e.local_name().as_ref() == b"sheet" && attribute(e, b"name").as_deref() == Some(sheet) {
            id = attribute(e, b"r:id");
        }
    });
    let id = id?;
    let mut target = None;
    each_element(archive.by_name("xl/_rels/workbook.xml.rels").ok()?, |e| {
        if e.local_name().as_ref() == b"Relationship" && attribute(e, b"Id").as_deref() == Some(&id)
        {
            target = attribute(e, b"Target");
        }
    });
    let target = target?;
    Some(match target.strip_prefix('/') {
        Some(absolute) => absolute.to_string(),
        None => format!("xl/{target}"),
    })
}

fn each_element(part: impl Read, mut visit: impl FnMut(&BytesStart)) {
    let mut xml = Reader::from_reader(BufReader::new(part));
    let mut buf = Vec::new();
    loop {
        match xml.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) => visit(&e),
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
        buf.clear();
    }
}

fn attribute(element: &BytesStart, key: &[u8]) -> Option<String> {
    element
        .attributes()
        .with_checks(false)
        .flatten()
        .find(|a| a.key.as_ref() == key)
        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
}

/// `B12` → (11, 1), 0-based row and column.
fn position(reference: &str) -> Option<(u32, u32)> {
    let letters = reference
        .bytes()
        .take_while(u8::is_ascii_alphabetic)
        .count();
    let column = reference[..letters].bytes().try_fold(0u32, |n, b| {
        n.checked_mul(26)?
            .checked_add(u32::from(b.to_ascii_uppercase() - b'A') + 1)
    })?;
    let row: u32 = reference[letters..].parse().ok()?;
    Some((row.checked_sub(1)?, column.checked_sub(1)?))
}

impl<R: BufRead> ExactNumbers<R> {
    pub fn new(sheet_xml: R) -> ExactNumbers<R> {
        ExactNumbers {
            xml: Reader::from_reader(sheet_xml),
            buf: Vec::new(),
            row: 0,
            column: None,
            ended: false,
        }
    }

    /// The digits the file writes for the cell at (`row`, `column`), when it writes a whole
    /// number of more than 15 digits there; `None` otherwise (and for cells already passed).
    pub fn at(&mut self, row: u32, column: u32) -> Option<String> {
        while !self.ended {
            let Some((here, numeric)) = self.next_cell() else {
                self.ended = true;
                return None;
            };
            if here < (row, column) {
                continue;
            }
            if here > (row, column) || !numeric {
                return None;
            }
            let text = self.value_text()?;
            let digits = text.strip_prefix('-').unwrap_or(&text);
            let whole = digits.len() > 15 && digits.bytes().all(|b| b.is_ascii_digit());
            return whole.then_some(text);
        }
        None
    }

    /// Advances to the next `<c>`: its position, and whether it holds a number.
    fn next_cell(&mut self) -> Option<((u32, u32), bool)> {
        loop {
            self.buf.clear();
            let event = self.xml.read_event_into(&mut self.buf).ok()?;
            let (Event::Start(e) | Event::Empty(e)) = event else {
                if matches!(event, Event::Eof) {
                    return None;
                }
                continue;
            };
            match e.local_name().as_ref() {
                b"row" => {
                    let next = match &self.column {
                        None if self.row == 0 => 0,
                        _ => self.row + 1,
                    };
                    self.row = attribute(&e, b"r")
                        .and_then(|r| r.parse::<u32>().ok())
                        .and_then(|r| r.checked_sub(1))
                        .unwrap_or(next);
                    self.column = None;
                }
                b"c" => {
                    let (row, column) = attribute(&e, b"r")
                        .and_then(|r| position(&r))
                        .unwrap_or((self.row, self.column.map_or(0, |c| c + 1)));
                    self.row = row;
                    self.column = Some(column);
                    let numeric = matches!(attribute(&e, b"t").as_deref(), None | Some("n"));
                    return Some(((row, column), numeric));
                }
                _ => {}
            }
        }
    }

    /// The text of the current cell's `<v>`, if it has one.
    fn value_text(&mut self) -> Option<String> {
        let mut in_value = false;
        loop {
            self.buf.clear();
            match self.xml.read_event_into(&mut self.buf).ok()? {
                Event::Start(e) if e.local_name().as_ref() == b"v" => in_value = true,
                Event::Text(t) if in_value => {
                    return Some(String::from_utf8_lossy(&t).trim().to_string());
                }
                Event::End(e) if e.local_name().as_ref() == b"c" => return None,
                Event::Eof => return None,
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(xml: &str) -> ExactNumbers<&[u8]> {
        ExactNumbers::new(xml.as_bytes())
    }

    #[test]
    fn long_numbers_come_back_as_written() {
        let xml = r#"<worksheet><sheetData>
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>
            <row r="2"><c r="A2"><v>913100001234567890</v></c><c r="B2" t="s"><v>2</v></c></row>
            <row r="3"><c r="A3"><v>9.13100001234567E+17</v></c></row>
            <row r="5"><c r="A5" t="n"><v>-913100001234567891</v></c></row>
        </sheetData></worksheet>"#;
        let mut numbers = cells(xml);
        assert_eq!(numbers.at(1, 0).as_deref(), Some("913100001234567890"));
        assert_eq!(
            numbers.at(2, 0),
            None,
            "Excel's own rounding cannot be undone"
        );
        assert_eq!(numbers.at(4, 0).as_deref(), Some("-913100001234567891"));
        assert_eq!(numbers.at(9, 0), None);
    }

    #[test]
    fn cells_without_references_are_counted() {
        let xml = r#"<sheetData><row><c t="s"><v>0</v></c><c><v>123456789012345678</v></c></row></sheetData>"#;
        assert_eq!(cells(xml).at(0, 1).as_deref(), Some("123456789012345678"));
    }

    #[test]
    fn only_numbers_an_f64_may_have_changed_are_looked_up() {
        assert!(may_have_lost_digits(913_100_001_234_567_890.0));
        assert!(!may_have_lost_digits(1_234_567.0));
        assert!(!may_have_lost_digits(1_234_567.5));
        assert_eq!(position("AB12"), Some((11, 27)));
        assert_eq!(position("A0"), None);
    }
}
