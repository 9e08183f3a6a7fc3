//! A raw row made into cells: decoded, split and unquoted (delimited text), parsed (JSON Lines),
//! or taken as read (spreadsheets). A row that cannot be made into cells says why.

use std::ops::Range;

use super::{decode, split_cells, Columns, RawRow, RowFormat, RowProblem};

/// Decodes and splits rows, reusing its buffers from row to row.
#[derive(Default)]
pub struct RowDecoder {
    ranges: Vec<Range<usize>>,
    unescaped: Vec<(usize, String)>,
}

impl RowDecoder {
    /// The row's cells, one per header, or why it cannot be checked.
    pub fn cells(
        &mut self,
        raw: &RawRow,
        buffer: &[u8],
        format: RowFormat,
        headers: &[String],
        max_cell: usize,
    ) -> Result<Vec<String>, RowProblem> {
        let width = headers.len();
        let cells = match (raw, format) {
            (RawRow::Broken(problem), _) => return Err(problem.clone()),
            (RawRow::Cells(cells), _) => cells.clone(),
            (
                RawRow::Bytes(range),
                RowFormat::Delimited {
                    delimiter,
                    encoding,
                    transcoded,
                },
            ) => {
                let bytes = &buffer[range.clone()];
                let text = decode(bytes, encoding).map_err(|at| {
                    let column = bytes[..at].iter().filter(|b| **b == delimiter).count() + 1;
                    RowProblem::new(
                        "redline::audit::undecodable",
                        format!(
                            "byte 0x{:02X} in column {column} is not valid {}",
                            bytes[at],
                            encoding.name()
                        ),
                    )
                })?;
                if transcoded && text.contains('\u{FFFD}') {
                    return Err(RowProblem::new(
                        "redline::audit::undecodable",
                        "the row holds bytes that are not valid UTF-16",
                    ));
                }
                split_cells(&text, delimiter, &mut self.ranges, &mut self.unescaped).map_err(
                    |at| {
                        let column = text[..at].bytes().filter(|b| *b == delimiter).count() + 1;
                        RowProblem::new(
                            "redline::audit::unterminated-quote",
                            format!("column {column} opens a quote that does not close where the cell ends; the rows it runs over are taken as this one"),
                        )
                    },
                )?;
                let cells = cells_of(&text, &self.ranges, &self.unescaped);
                if cells.len() != width {
                    return Err(RowProblem::new(
                        "redline::audit::column-count",
                        format!("the row has {} columns, the header {width}", cells.len()),
                    ));
                }
                cells
            }
            (RawRow::Bytes(range), _) => {
                let bytes = &buffer[range.clone()];
                let text = std::str::from_utf8(bytes).map_err(|e| {
                    RowProblem::new(
                        "redline::audit::undecodable",
                        format!(
                            "byte {} of the line is not valid UTF-8 (JSON Lines are UTF-8)",
                            e.valid_up_to()
                        ),
                    )
                })?;
                json_cells(text, headers)?
            }
        };
        if let Some((i, cell)) = cells.iter().enumerate().find(|(_, c)| c.len() > max_cell) {
            return Err(RowProblem::new(
                "redline::audit::cell-too-large",
                format!(
                    "column {} holds {} bytes, more than --max-cell-bytes {max_cell}",
                    i + 1,
                    cell.len()
                ),
            ));
        }
        Ok(cells)
    }

    /// The row's id, when it can be read at all, so an error record still names the entity.
    pub fn id_hint(
        &mut self,
        raw: &RawRow,
        buffer: &[u8],
        format: RowFormat,
        columns: &Columns,
    ) -> Option<String> {
        let index = columns.index_of("id")?;
        match (raw, format) {
            (RawRow::Cells(cells), _) => cells.get(index).cloned(),
            (RawRow::Bytes(range), RowFormat::Delimited { delimiter, .. }) => {
                let text = String::from_utf8_lossy(&buffer[range.clone()]).into_owned();
                split_cells(&text, delimiter, &mut self.ranges, &mut self.unescaped).ok()?;
                let cell = self.ranges.get(index)?.clone();
                let id = text.get(cell)?.trim().to_string();
                (!id.is_empty() && id.is_ascii()).then_some(id)
            }
            _ => None,
        }
    }
}

pub(super) fn cells_of(
    text: &str,
    ranges: &[Range<usize>],
    unescaped: &[(usize, String)],
) -> Vec<String> {
    let mut cells: Vec<String> = ranges.iter().map(|r| text[r.clone()].to_string()).collect();
    for (index, value) in unescaped {
        cells[*index] = value.clone();
    }
    cells
}

pub(super) fn json_keys(line: &[u8]) -> Result<Vec<String>, String> {
    let object: serde_json::Map<String, serde_json::Value> = serde_json::from_slice(line)
        .map_err(|e| format!("the first line is not a JSON object: {e}"))?;
    Ok(object.keys().cloned().collect())
}

/// A JSON line's values in the order of the first line's keys; keys it lacks are empty. A key
/// written twice is checked with both values. A key the first line lacks that names a text to
/// check makes the row an error: the columns were fixed by the first line, so it would go
/// unchecked.
fn json_cells(text: &str, keys: &[String]) -> Result<Vec<String>, RowProblem> {
    let Pairs(pairs) = serde_json::from_str(text).map_err(|e| {
        RowProblem::new(
            "redline::audit::bad-json",
            format!("not a JSON object: {e}"),
        )
    })?;
    let mut cells = vec![String::new(); keys.len()];
    for (key, value) in &pairs {
        match keys.iter().position(|k| k == key) {
            Some(index) => {
                let cell = &mut cells[index];
                if !cell.is_empty() {
                    cell.push('；');
                }
                cell.push_str(&json_text(value));
            }
            None if super::columns::text_field_of(key).is_some() => {
                return Err(RowProblem::new(
                    "redline::audit::unknown-key",
                    format!("key `{key}` is not among the first line's keys ({}), which fix the columns; it would go unchecked. Give every line the same keys", keys.join(", ")),
                ))
            }
            None => {}
        }
    }
    Ok(cells)
}

/// A JSON object's members in the order written, duplicates kept.
struct Pairs(Vec<(String, serde_json::Value)>);

impl<'de> serde::Deserialize<'de> for Pairs {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Pairs, D::Error> {
        struct Members;
        impl<'de> serde::de::Visitor<'de> for Members {
            type Value = Pairs;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Pairs, A::Error> {
                let mut pairs = Vec::new();
                while let Some(pair) = map.next_entry()? {
                    pairs.push(pair);
                }
                Ok(Pairs(pairs))
            }
        }
        deserializer.deserialize_map(Members)
    }
}

fn json_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => String::new(),
        serde_json::Value::Array(items) => {
            items.iter().map(json_text).collect::<Vec<_>>().join("；")
        }
        other => other.to_string(),
    }
}
