//! Spreadsheets (XLSX, XLSB, XLS, ODS) from bytes: container sniffing, the inflation bound
//! (8 MiB here), sheet listing, and the streaming cell reader and its thread, for every sheet.
//! Checks: never panics (a panic on the reader thread aborts too, even where `guard::contain`
//! would turn it into an error for the CLI), never hangs or exhausts memory; batches are
//! numbered without gaps, non-empty, hold at most the requested rows, and carry cells only.
#![no_main]

use libfuzzer_sys::fuzz_target;
use redline::input::table::{RawRow, Spreadsheet, Table, TableLimits, Workbook};

const BATCH_ROWS: usize = 64;

fuzz_target!(|data: &[u8]| {
    let limits = TableLimits {
        max_inflated: 8 << 20,
        ..TableLimits::default()
    };
    let Ok(workbook) = Workbook::open(Spreadsheet::Bytes(data.to_vec()), &limits) else {
        return;
    };
    for index in 0..workbook.sheets.len() {
        let Ok(table) = Table::open_sheet(&workbook, index, BATCH_ROWS) else {
            continue;
        };
        let mut next_row = 1u64;
        for batch in table.batches {
            let Ok(batch) = batch else { break };
            assert_eq!(batch.first_row, next_row, "rows are numbered without gaps");
            assert!(!batch.rows.is_empty() && batch.rows.len() <= BATCH_ROWS);
            next_row += batch.rows.len() as u64;
            assert!(batch.rows.iter().all(|r| matches!(r, RawRow::Cells(_))));
        }
    }
});
