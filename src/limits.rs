//! What one input may ask of memory and time, with defaults that no real filing, page or
//! registry export comes near. Each is set in `redline.toml` under `[limits]`; passing one is a
//! diagnostic with a stable code (an unusable file or an error row), never an abort. Rule files
//! have fixed bounds of their own ([`crate::dsl::limits`]): those protect the stack, not a budget.
//!
//! ```toml
//! [limits]
//! max-file-bytes = 33554432        # a registration or document `check` reads whole (32 MiB)
//! max-cell-bytes = 65536           # one cell of an entity list; `--max-cell-bytes` wins
//! max-findings-per-field = 100     # findings of one rule in one field; the rest are counted
//! max-inflated-bytes = 536870912   # what a workbook's zip parts may inflate to (512 MiB)
//! max-sheet-rows = 1048576         # Excel's own bounds
//! max-sheet-columns = 16384
//! ```

use serde::Deserialize;

use crate::input::table::TableLimits;

/// What one input may ask of memory and time: the `[limits]` table of redline.toml.
#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct Limits {
    /// Bytes of a registration or document, which `check` reads whole; a larger file is unusable.
    pub max_file_bytes: u64,
    /// Bytes of one cell of an entity list; `--max-cell-bytes` wins.
    pub max_cell_bytes: usize,
    /// Findings of one rule in one text field before the rest are only counted.
    pub max_findings_per_field: usize,
    /// Bytes a workbook's compressed parts may inflate to, all parts together.
    pub max_inflated_bytes: u64,
    /// Rows of one sheet.
    pub max_sheet_rows: u32,
    /// Columns of one sheet.
    pub max_sheet_columns: u32,
}

impl Default for Limits {
    fn default() -> Limits {
        let table = TableLimits::default();
        Limits {
            max_file_bytes: 32 << 20,
            max_cell_bytes: table.max_cell,
            max_findings_per_field: crate::eval::evaluate::MAX_FINDINGS_PER_FIELD,
            max_inflated_bytes: table.max_inflated,
            max_sheet_rows: table.max_sheet_rows,
            max_sheet_columns: table.max_sheet_columns,
        }
    }
}

impl Limits {
    /// The limits that bound reading a table.
    pub fn table(&self) -> TableLimits {
        TableLimits {
            max_cell: self.max_cell_bytes,
            max_sheet_rows: self.max_sheet_rows,
            max_sheet_columns: self.max_sheet_columns,
            max_inflated: self.max_inflated_bytes,
            header_row: None,
        }
    }
}
