//! Text tables (CSV, TSV, JSON Lines) through encoding detection, transcoding, row splitting and
//! per-row decoding in every supported encoding. First byte: `% 3` picks the format, `/ 3 % 11`
//! a forced encoding (0 = autodetect); the rest is the file.
//! Checks: never panics; rows are numbered without gaps across batches (`first_row`), no batch
//! exceeds the requested size, every raw row's range lies in its batch buffer, every row handed
//! out is decoded or errored (nothing lost), and a decoded row has one cell per header, none
//! longer than `max_cell`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use redline::input::table::{RawRow, RowDecoder, Table, TableFormat, TableLimits};

const FORMATS: [TableFormat; 3] = [TableFormat::Csv, TableFormat::Tsv, TableFormat::Jsonl];
const BATCH_ROWS: usize = 64;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else {
        return;
    };
    let encodings: [Option<&'static encoding_rs::Encoding>; 11] = [
        None,
        Some(encoding_rs::UTF_8),
        Some(encoding_rs::GB18030),
        Some(encoding_rs::GBK),
        Some(encoding_rs::BIG5),
        Some(encoding_rs::UTF_16LE),
        Some(encoding_rs::UTF_16BE),
        Some(encoding_rs::WINDOWS_1251),
        Some(encoding_rs::WINDOWS_1252),
        Some(encoding_rs::SHIFT_JIS),
        Some(encoding_rs::EUC_KR),
    ];
    let format = FORMATS[selector as usize % 3];
    let forced = encodings[selector as usize / 3 % 11];
    let limits = TableLimits::default();
    let reader = Box::new(std::io::Cursor::new(bytes.to_vec()));
    let Ok(mut table) = Table::open_text(reader, format, forced, &limits, BATCH_ROWS) else {
        return;
    };
    let mut decoder = RowDecoder::default();
    let (mut handed_out, mut decoded, mut errored) = (0u64, 0u64, 0u64);
    let mut next_row = 1u64;
    while let Some(batch) = table.batches.next() {
        let Ok(batch) = batch else { break };
        assert_eq!(batch.first_row, next_row, "rows are numbered without gaps");
        assert!(
            batch.rows.len() <= BATCH_ROWS,
            "batch of {} rows",
            batch.rows.len()
        );
        next_row += batch.rows.len() as u64;
        for raw in &batch.rows {
            handed_out += 1;
            if let RawRow::Bytes(range) = raw {
                assert!(range.start <= range.end && range.end <= batch.buffer.len());
            }
            match decoder.cells(
                raw,
                &batch.buffer,
                table.format,
                &table.headers,
                limits.max_cell,
            ) {
                Ok(cells) => {
                    decoded += 1;
                    assert_eq!(cells.len(), table.headers.len(), "one cell per header");
                    assert!(cells.iter().all(|c| c.len() <= limits.max_cell));
                }
                Err(_) => errored += 1,
            }
        }
    }
    assert_eq!(handed_out, decoded + errored, "a row was lost");
});
