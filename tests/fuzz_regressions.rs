//! Every input a fuzz target ever broke (`fuzz/regressions/TARGET/`), run again through the same
//! library code with the same oracles, so a fixed fault stays fixed without a fuzzer installed.
//! The fuzz targets read a first byte as a choice; here each input is simply run every way.

use std::path::{Path, PathBuf};

use redline::input::table::{RowDecoder, Spreadsheet, Table, TableFormat, TableLimits, Workbook};
use redline::FileKind;

fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let bytes = std::fs::read(&path).unwrap();
            (path, bytes)
        })
        .collect()
}

/// Every text of `bytes` a target may see: the whole file, and the file without its selector byte.
fn texts(bytes: &[u8]) -> Vec<String> {
    [bytes, bytes.get(1..).unwrap_or_default()]
        .iter()
        .filter_map(|b| std::str::from_utf8(b).ok().map(str::to_string))
        .collect()
}

fn assert_span(source: &str, span: &std::ops::Range<usize>, what: &Path) {
    assert!(
        span.start <= span.end
            && span.end <= source.len()
            && source.is_char_boundary(span.start)
            && source.is_char_boundary(span.end),
        "{}: span {span:?} is not a place in the source",
        what.display()
    );
}

#[test]
fn documents_and_registrations_load_with_sound_spans() {
    for target in ["document", "registration"] {
        for (path, bytes) in inputs(target) {
            for text in texts(&bytes) {
                for kind in [
                    FileKind::Yaml,
                    FileKind::Json,
                    FileKind::Markdown,
                    FileKind::Html,
                    FileKind::Text,
                ] {
                    let loaded = redline::input::load(kind, &text);
                    for record in &loaded.records {
                        if let Some(span) = &record.span {
                            assert_span(&text, span, &path);
                        }
                    }
                    for problem in &loaded.problems {
                        if let Some(span) = &problem.span {
                            assert_span(&text, span, &path);
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn findings_point_at_the_bytes_that_wrote_them() {
    let rules = redline::dsl::builtin();
    for target in ["evaluator", "matcher"] {
        for (path, bytes) in inputs(target) {
            for text in texts(&bytes) {
                for kind in [FileKind::Yaml, FileKind::Markdown, FileKind::Html] {
                    let report = redline::check_str(&rules, "fuzz", &text, kind);
                    for finding in &report.findings {
                        if let Some(span) = &finding.span {
                            assert_span(&report.source, span, &path);
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn rule_files_compile_or_say_why() {
    for (_, bytes) in inputs("rules") {
        for text in texts(&bytes) {
            let _ = redline::dsl::compile_source("fuzz.rl", &text);
        }
    }
}

#[test]
fn tables_account_for_every_row() {
    let limits = TableLimits::default();
    for (path, bytes) in inputs("table") {
        for format in [TableFormat::Csv, TableFormat::Tsv, TableFormat::Jsonl] {
            for data in [&bytes[..], bytes.get(1..).unwrap_or_default()] {
                let reader = Box::new(std::io::Cursor::new(data.to_vec()));
                let Ok(table) = Table::open_text(reader, format, None, &limits, 64) else {
                    continue;
                };
                let mut decoder = RowDecoder::default();
                for batch in table.batches {
                    let Ok(batch) = batch else { break };
                    for raw in &batch.rows {
                        if let Ok(cells) = decoder.cells(
                            raw,
                            &batch.buffer,
                            table.format,
                            &table.headers,
                            limits.max_cell,
                        ) {
                            assert!(
                                cells.iter().all(|c| c.len() <= limits.max_cell),
                                "{}",
                                path.display()
                            );
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn spreadsheets_are_read_or_refused() {
    let limits = TableLimits {
        max_inflated: 8 << 20,
        ..TableLimits::default()
    };
    for (path, bytes) in inputs("spreadsheet") {
        let Ok(workbook) = Workbook::open(Spreadsheet::Bytes(bytes), &limits) else {
            continue;
        };
        for index in 0..workbook.sheets.len() {
            if let Ok(table) = Table::open_sheet(&workbook, index, 64) {
                let mut next = 1;
                for batch in table.batches.flatten() {
                    assert_eq!(batch.first_row, next, "{}", path.display());
                    next += batch.rows.len() as u64;
                }
            }
        }
    }
}
