//! `redline audit FILE...`: entity lists at national scale.
//!
//! Rows stream through in batches: a round of batches is read, checked in parallel, and written in
//! input order before the next round is read, so memory is bounded by the round and the output is
//! the same whatever the number of threads. Every row read ends as clean, flagged or an error.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Mutex};
use std::time::Instant;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use jiff::civil::Date;

use super::{load_rules, Examples, RuleSource, EXIT_UNUSABLE};
use crate::dsl::error::did_you_mean;
use crate::eval::evaluate::{Evaluator, Scratch};
use crate::eval::finding::Finding;
use crate::eval::record::{parse_date, Grant, GrantKind, Record, Subject};
use crate::eval::schema::{self, FieldKind};
use crate::input::table::{self, Batch, Columns, RawRow, RowProblem, RowReader, TableFormat};
use crate::report::audit::{AuditFormat, AuditRecord, AuditSummary, CSV_HEADER};

pub struct AuditOptions {
    pub inputs: Vec<PathBuf>,
    pub input_format: Option<TableFormat>,
    pub encoding: Option<String>,
    /// `(field, header)` choices from `--name-col`, `--scope-col`, `--col FIELD=HEADER` ….
    pub columns: Vec<(String, String)>,
    pub format: AuditFormat,
    pub output: Option<PathBuf>,
    pub summary: Option<PathBuf>,
    pub all: bool,
    pub rules: RuleSource,
    pub today: Date,
    pub threads: Option<usize>,
    pub max_cell: usize,
}

/// Rows per batch, and batches in flight per worker: enough to keep every core busy, few enough
/// that memory stays a few megabytes per worker.
const BATCH_ROWS: usize = 4096;
const IN_FLIGHT_PER_WORKER: usize = 3;

pub fn run(options: &AuditOptions) -> u8 {
    let fail = |message: String| {
        eprintln!("{message}");
        EXIT_UNUSABLE
    };
    for (field, _) in &options.columns {
        if schema::field(field).is_none_or(|f| !f.subjects.contains(&Subject::Registration)) {
            let names = schema::names_for(Subject::Registration);
            let hint = did_you_mean(field, names.iter().copied()).map_or_else(
                || format!("fields: {}", names.join(", ")),
                |b| format!("did you mean `{b}`?"),
            );
            return fail(format!("error[redline::cli::unknown-field]: --col names an unknown field `{field}`; {hint}"));
        }
    }
    let forced = match options.encoding.as_deref().map(|name| (name, table::encoding_by_name(name))) {
        Some((name, None)) => return fail(format!("error[redline::cli::unknown-encoding]: `{name}` is not an encoding redline knows; try utf-8, gb18030, gbk, big5, utf-16le, utf-16be")),
        Some((_, found)) => found,
        None => None,
    };
    let Some(rules) = load_rules(&options.rules, options.today, Examples::Enforce) else {
        return EXIT_UNUSABLE;
    };
    let evaluator = Evaluator::new(&rules, options.today);
    // One worker per core unless told otherwise; reading and writing share the cores too.
    let workers = options
        .threads
        .filter(|n| *n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));

    let mut sink = match Sink::open(options.output.as_deref()) {
        Ok(sink) => sink,
        Err(error) => {
            return fail(format!(
                "error[redline::audit::output]: cannot write the output: {error}"
            ))
        }
    };
    if options.format == AuditFormat::Csv {
        let _ = sink.write_all(CSV_HEADER.as_bytes());
    }
    let started = Instant::now();
    let mut summary = AuditSummary::default();
    for input in &options.inputs {
        summary.files += 1;
        let name = input.display().to_string();
        let job = Job {
            options,
            evaluator: &evaluator,
            file: &name,
            forced,
            workers,
        };
        if let Err(message) = job.run(input, &mut sink, &mut summary) {
            eprintln!("error[redline::audit::unusable]: {name}: {message}");
            summary.unusable_files.push(name);
        }
    }
    summary.seconds = started.elapsed().as_secs_f64();
    if let Err(error) = sink.finish() {
        return fail(format!(
            "error[redline::audit::output]: cannot write the output: {error}"
        ));
    }
    eprint!("{}", summary.human());
    if let Some(path) = &options.summary {
        let text = serde_json::to_string_pretty(&summary).expect("the summary serializes");
        if let Err(error) = std::fs::write(path, text + "\n") {
            return fail(format!(
                "error[redline::audit::output]: cannot write {}: {error}",
                path.display()
            ));
        }
    }
    summary.exit_code()
}

/// Where records go: stdout, or a temporary file renamed over `--output` once complete, so a
/// reader never sees half an audit.
enum Sink {
    Stdout(io::BufWriter<io::Stdout>),
    File(io::BufWriter<tempfile::NamedTempFile>, PathBuf),
}

impl Sink {
    fn open(path: Option<&Path>) -> io::Result<Sink> {
        Ok(match path {
            None => Sink::Stdout(io::BufWriter::with_capacity(1 << 20, io::stdout())),
            Some(path) => {
                let dir = path
                    .parent()
                    .filter(|p| !p.as_os_str().is_empty())
                    .unwrap_or(Path::new("."));
                Sink::File(
                    io::BufWriter::with_capacity(1 << 20, tempfile::NamedTempFile::new_in(dir)?),
                    path.to_path_buf(),
                )
            }
        })
    }

    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        match self {
            Sink::Stdout(w) => w.write_all(bytes),
            Sink::File(w, _) => w.write_all(bytes),
        }
    }

    fn finish(self) -> io::Result<()> {
        match self {
            Sink::Stdout(mut w) => w.flush(),
            Sink::File(w, path) => {
                let file = w.into_inner().map_err(|e| e.into_error())?;
                file.persist(&path).map(|_| ()).map_err(|e| e.error)
            }
        }
    }
}

/// One input file's audit.
struct Job<'a> {
    options: &'a AuditOptions,
    evaluator: &'a Evaluator<'a>,
    file: &'a str,
    forced: Option<&'static Encoding>,
    workers: usize,
}

/// How a batch's raw rows become cells.
#[derive(Clone, Copy)]
enum RowFormat {
    Delimited {
        delimiter: u8,
        encoding: &'static Encoding,
        transcoded: bool,
    },
    Jsonl,
    Cells,
}

impl Job<'_> {
    fn run(&self, input: &Path, sink: &mut Sink, summary: &mut AuditSummary) -> Result<(), String> {
        let is_stdin = input.as_os_str() == "-";
        let format = match self.options.input_format.or_else(|| TableFormat::of(input)) {
            Some(format) => format,
            None if is_stdin => TableFormat::Csv,
            None => {
                return Err(
                    "unknown table format; name it with --input-format csv|tsv|jsonl|excel".into(),
                )
            }
        };
        let size = if is_stdin {
            None
        } else {
            std::fs::metadata(input).ok().map(|m| m.len())
        };
        let progress = progress_bar(size);
        if format == TableFormat::Excel {
            if is_stdin {
                return Err(
                    "spreadsheets cannot be read from standard input; pass the file".into(),
                );
            }
            let (headers, batches) = read_spreadsheet(input)?;
            let columns = self.columns(&headers, &progress)?;
            let mut batches = batches.into_iter().map(Ok);
            return self.pump(
                &mut batches,
                &columns,
                &headers,
                RowFormat::Cells,
                sink,
                summary,
                &progress,
            );
        }
        let mut reader: Box<dyn Read + Send> = if is_stdin {
            Box::new(io::stdin())
        } else {
            Box::new(std::fs::File::open(input).map_err(|e| format!("cannot open: {e}"))?)
        };
        let mut sample = vec![0; 64 * 1024];
        let filled =
            read_full(&mut reader, &mut sample).map_err(|e| format!("cannot read: {e}"))?;
        sample.truncate(filled);
        let at_eof = filled < 64 * 1024;
        let (detected, bom) = table::detect_encoding(&sample, at_eof);
        let encoding = self.forced.unwrap_or(detected);
        let bom = if self.forced.is_some_and(|f| f != detected) {
            0
        } else {
            bom
        };
        let rest = io::Cursor::new(sample.split_off(bom)).chain(reader);
        let (reader, encoding, transcoded): (Box<dyn Read + Send>, &'static Encoding, bool) =
            if encoding == UTF_16LE || encoding == UTF_16BE {
                let decoded = encoding_rs_io::DecodeReaderBytesBuilder::new()
                    .encoding(Some(encoding))
                    .bom_override(true)
                    .build(rest);
                (Box::new(decoded), UTF_8, true)
            } else {
                (Box::new(rest), encoding, false)
            };
        progress.set_message(format!("{} {}", format_name(format), encoding.name()));
        // JSON Lines are split on line breaks alone (a JSON string holds no raw line break).
        let delimiter = match format {
            TableFormat::Tsv => b'\t',
            TableFormat::Jsonl => b'\n',
            _ => b',',
        };
        let mut rows = RowReader::new(reader, delimiter, self.options.max_cell);
        let (headers, row_format) = match format {
            TableFormat::Jsonl => {
                // The first line names the keys and is a data row too.
                let first = rows
                    .peek_line()
                    .map_err(|e| format!("cannot read: {e}"))?
                    .ok_or("the file is empty")?;
                (json_keys(&first)?, RowFormat::Jsonl)
            }
            _ => {
                let line = rows
                    .header_line()
                    .map_err(|e| format!("cannot read: {e}"))?
                    .ok_or("the file is empty")?;
                let text = table::decode(&line, encoding).map_err(|at| format!("the header has an undecodable byte at {at} (encoding {}); force one with --encoding", encoding.name()))?;
                let mut ranges = Vec::new();
                let mut unescaped = Vec::new();
                table::split_cells(&text, delimiter, &mut ranges, &mut unescaped);
                let headers = cells_of(&text, &ranges, &unescaped);
                (
                    headers,
                    RowFormat::Delimited {
                        delimiter,
                        encoding,
                        transcoded,
                    },
                )
            }
        };
        let columns = self.columns(&headers, &progress)?;
        let mut batches = std::iter::from_fn(|| {
            rows.next_batch(BATCH_ROWS)
                .map_err(|e| format!("cannot read: {e}"))
                .transpose()
        });
        self.pump(
            &mut batches,
            &columns,
            &headers,
            row_format,
            sink,
            summary,
            &progress,
        )
    }

    fn columns(&self, headers: &[String], progress: &ProgressBar) -> Result<Columns, String> {
        let columns = Columns::resolve(headers, &self.options.columns)?;
        progress.suspend(|| eprintln!("{}: columns {}", self.file, columns.describe()));
        Ok(columns)
    }

    /// Streams batches through a pipeline: this thread's reader feeds a bounded channel, the
    /// workers check batches as they come, and results are written back in input order. At most
    /// `IN_FLIGHT_PER_WORKER × workers` batches are in memory at once, however large the input.
    #[allow(clippy::too_many_arguments)]
    fn pump(
        &self,
        batches: impl Iterator<Item = Result<Batch, String>> + Send,
        columns: &Columns,
        headers: &[String],
        format: RowFormat,
        sink: &mut Sink,
        summary: &mut AuditSummary,
        progress: &ProgressBar,
    ) -> Result<(), String> {
        let workers = self.workers;
        let in_flight = workers * IN_FLIGHT_PER_WORKER;
        let (batch_tx, batch_rx) = mpsc::sync_channel::<(u64, Batch)>(in_flight);
        let batch_rx = Mutex::new(batch_rx);
        let (done_tx, done_rx) = mpsc::channel::<(u64, usize, Vec<u8>, AuditSummary)>();
        // A permit per batch in flight: taken by the reader, given back once the batch is written.
        let (permit_tx, permit_rx) = mpsc::sync_channel::<()>(in_flight);
        for _ in 0..in_flight {
            permit_tx
                .send(())
                .expect("the permit channel has room for every permit");
        }
        let started = Instant::now();
        std::thread::scope(|scope| {
            let reader = scope.spawn(move || -> Result<(), String> {
                for (sequence, batch) in batches.enumerate() {
                    let batch = batch?;
                    if permit_rx.recv().is_err() || batch_tx.send((sequence as u64, batch)).is_err()
                    {
                        break;
                    }
                }
                Ok(())
            });
            for _ in 0..workers {
                let (batch_rx, done_tx) = (&batch_rx, done_tx.clone());
                scope.spawn(move || loop {
                    let next = batch_rx
                        .lock()
                        .map_err(|_| ())
                        .and_then(|rx| rx.recv().map_err(|_| ()));
                    let Ok((sequence, batch)) = next else { break };
                    let (output, counts) = self.check_batch(&batch, columns, headers, format);
                    if done_tx
                        .send((sequence, batch.buffer.len(), output, counts))
                        .is_err()
                    {
                        break;
                    }
                });
            }
            drop(done_tx);
            let mut pending = BTreeMap::new();
            let mut next = 0u64;
            let mut write_error = None;
            for (sequence, bytes, output, counts) in done_rx {
                pending.insert(sequence, (bytes, output, counts));
                while let Some((bytes, output, counts)) = pending.remove(&next) {
                    if write_error.is_none() {
                        write_error = sink.write_all(&output).err();
                    }
                    summary.merge(&counts);
                    next += 1;
                    // The reader may have finished and dropped its end; nothing waits then.
                    let _ = permit_tx.send(());
                    progress.inc(bytes as u64);
                }
                let rate = summary.rows_read as f64 / started.elapsed().as_secs_f64().max(1e-9);
                progress.set_message(format!("{} rows, {:.0} rows/s", summary.rows_read, rate));
            }
            progress.finish_and_clear();
            if let Some(error) = write_error {
                return Err(format!("cannot write the output: {error}"));
            }
            reader
                .join()
                .unwrap_or_else(|_| Err("the reader stopped unexpectedly".into()))
        })
    }

    fn check_batch(
        &self,
        batch: &Batch,
        columns: &Columns,
        headers: &[String],
        format: RowFormat,
    ) -> (Vec<u8>, AuditSummary) {
        let mut out = Vec::new();
        let mut counts = AuditSummary::default();
        let mut scratch = Scratch::default();
        let mut findings: Vec<Finding> = Vec::new();
        let mut row_cells = RowCells::default();
        let mut record = Record::new(Subject::Registration, 0);
        let output = self.options.format;
        for (offset, raw) in batch.rows.iter().enumerate() {
            let row = batch.first_row + offset as u64;
            counts.rows_read += 1;
            let cells =
                match row_cells.read(raw, &batch.buffer, format, headers, self.options.max_cell) {
                    Ok(cells) => cells,
                    Err(problem) => {
                        counts.rows_with_errors += 1;
                        *counts.by_error.entry(problem.code.to_string()).or_default() += 1;
                        let id = row_cells.id_hint(raw, &batch.buffer, format, columns);
                        AuditRecord::error(
                            self.file,
                            row,
                            id.as_deref(),
                            problem.code,
                            &problem.message,
                        )
                        .write(output, &mut out);
                        continue;
                    }
                };
            fill_row_record(&mut record, row, &cells, columns);
            let id = columns
                .index_of("id")
                .and_then(|i| cells.get(i))
                .map(String::as_str)
                .filter(|s| !s.is_empty());
            findings.clear();
            self.evaluator
                .check_into(&record, &mut scratch, &mut findings);
            if findings.is_empty() {
                counts.rows_clean += 1;
                if self.options.all {
                    AuditRecord::clean(self.file, row, id).write(output, &mut out);
                }
                continue;
            }
            counts.rows_flagged += 1;
            for finding in &findings {
                counts.findings += 1;
                *counts
                    .by_severity
                    .entry(finding.severity.name().to_string())
                    .or_default() += 1;
                *counts.by_rule.entry(finding.rule.clone()).or_default() += 1;
                *counts.by_article.entry(finding.article).or_default() += 1;
                let value = finding
                    .field
                    .as_ref()
                    .and_then(|f| record.texts.iter().find(|t| t.name == *f))
                    .map(|t| t.value.as_str());
                AuditRecord::finding(self.file, row, id, finding, value).write(output, &mut out);
            }
        }
        (out, counts)
    }
}

/// Decodes and splits rows, reusing its buffers.
#[derive(Default)]
struct RowCells {
    ranges: Vec<std::ops::Range<usize>>,
    unescaped: Vec<(usize, String)>,
}

impl RowCells {
    fn read(
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
                let text = table::decode(bytes, encoding).map_err(|at| {
                    let column = bytes[..at].iter().filter(|b| **b == delimiter).count() + 1;
                    RowProblem {
                        code: "redline::audit::undecodable",
                        message: format!(
                            "byte 0x{:02X} in column {column} is not valid {}",
                            bytes[at],
                            encoding.name()
                        ),
                    }
                })?;
                if transcoded && text.contains('\u{FFFD}') {
                    return Err(RowProblem {
                        code: "redline::audit::undecodable",
                        message: "the row holds bytes that are not valid UTF-16".into(),
                    });
                }
                table::split_cells(&text, delimiter, &mut self.ranges, &mut self.unescaped);
                let cells = cells_of(&text, &self.ranges, &self.unescaped);
                if cells.len() != width {
                    return Err(RowProblem {
                        code: "redline::audit::column-count",
                        message: format!("the row has {} columns, the header {width}", cells.len()),
                    });
                }
                cells
            }
            (RawRow::Bytes(range), _) => {
                let bytes = &buffer[range.clone()];
                let text = std::str::from_utf8(bytes).map_err(|e| RowProblem {
                    code: "redline::audit::undecodable",
                    message: format!(
                        "byte {} of the line is not valid UTF-8 (JSON Lines are UTF-8)",
                        e.valid_up_to()
                    ),
                })?;
                json_cells(text, headers)?
            }
        };
        if let Some((i, cell)) = cells.iter().enumerate().find(|(_, c)| c.len() > max_cell) {
            return Err(RowProblem {
                code: "redline::audit::cell-too-large",
                message: format!(
                    "column {} holds {} bytes, more than --max-cell-bytes {max_cell}",
                    i + 1,
                    cell.len()
                ),
            });
        }
        Ok(cells)
    }

    /// The row's id, when it can be read at all, so an error record still names the entity.
    fn id_hint(
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
                table::split_cells(&text, delimiter, &mut self.ranges, &mut self.unescaped);
                let cell = self.ranges.get(index)?.clone();
                let id = text.get(cell)?.trim().to_string();
                (!id.is_empty() && id.is_ascii()).then_some(id)
            }
            _ => None,
        }
    }
}

fn cells_of(
    text: &str,
    ranges: &[std::ops::Range<usize>],
    unescaped: &[(usize, String)],
) -> Vec<String> {
    let mut cells: Vec<String> = ranges.iter().map(|r| text[r.clone()].to_string()).collect();
    for (index, value) in unescaped {
        cells[*index] = value.clone();
    }
    cells
}

fn json_keys(line: &[u8]) -> Result<Vec<String>, String> {
    let object: serde_json::Map<String, serde_json::Value> = serde_json::from_slice(line)
        .map_err(|e| format!("the first line is not a JSON object: {e}"))?;
    Ok(object.keys().cloned().collect())
}

/// A JSON line's values in the order of the first line's keys; keys it lacks are empty.
fn json_cells(text: &str, keys: &[String]) -> Result<Vec<String>, RowProblem> {
    let object: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(text).map_err(|e| RowProblem {
            code: "redline::audit::bad-json",
            message: format!("not a JSON object: {e}"),
        })?;
    Ok(keys
        .iter()
        .map(|k| object.get(k).map(json_text).unwrap_or_default())
        .collect())
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

/// Fills `record` with a row: text fields, facts and grants from the mapped columns. The record
/// is reused from row to row so its buffers are too.
fn fill_row_record(record: &mut Record, row: u64, cells: &[String], columns: &Columns) {
    record.index = row as usize;
    record.facts.clear();
    record.grants.clear();
    let mut texts = 0;
    for (field, index, _) in &columns.mapped {
        let Some(value) = cells.get(*index).filter(|v| !v.trim().is_empty()) else {
            continue;
        };
        let Some(info) = schema::field(field) else {
            continue;
        };
        match info.kind {
            FieldKind::Text => {
                record.set_text(texts, info.name, value);
                texts += 1;
            }
            FieldKind::Fact => record.set_fact(info.name, value, None),
            FieldKind::Grants => {
                let kind = match info.name {
                    "consents" => GrantKind::Consent,
                    "filings" => GrantKind::Filing,
                    _ => GrantKind::Approval,
                };
                // `rwa;vc-issuance:2027-06-30` — kinds, each with an optional expiry date.
                for item in value
                    .split([',', ';', '；', '、', '，'])
                    .map(str::trim)
                    .filter(|i| !i.is_empty())
                {
                    let (name, expires) = match item.split_once(':') {
                        Some((name, date)) => (name, parse_date(date)),
                        None => (item, None),
                    };
                    let name = crate::eval::record::canonical_fact(name).replace('_', "-");
                    record.grants.push(Grant {
                        kind,
                        name,
                        id: None,
                        authority: None,
                        expires,
                        span: None,
                    });
                }
            }
        }
    }
    record.texts.truncate(texts);
    if record.fact("jurisdiction").is_none() {
        record.set_fact("jurisdiction", "domestic", None);
    }
}

fn read_spreadsheet(path: &Path) -> Result<(Vec<String>, Vec<Batch>), String> {
    use calamine::Reader;
    let mut workbook = calamine::open_workbook_auto(path)
        .map_err(|e| format!("cannot open the spreadsheet: {e}"))?;
    let range = workbook
        .worksheet_range_at(0)
        .ok_or("the workbook has no sheet")?
        .map_err(|e| format!("cannot read the first sheet: {e}"))?;
    let mut rows = range.rows();
    let headers: Vec<String> = rows
        .next()
        .ok_or("the sheet is empty")?
        .iter()
        .map(|c| c.to_string())
        .collect();
    let mut batches = Vec::new();
    let mut next_row = 1u64;
    let mut current = Batch {
        first_row: 1,
        ..Batch::default()
    };
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| c.to_string()).collect();
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        current.rows.push(RawRow::Cells(cells));
        next_row += 1;
        if current.rows.len() == BATCH_ROWS {
            batches.push(std::mem::replace(
                &mut current,
                Batch {
                    first_row: next_row,
                    ..Batch::default()
                },
            ));
        }
    }
    if !current.rows.is_empty() {
        batches.push(current);
    }
    Ok((headers, batches))
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

fn format_name(format: TableFormat) -> &'static str {
    match format {
        TableFormat::Csv => "CSV",
        TableFormat::Tsv => "TSV",
        TableFormat::Jsonl => "JSONL",
        TableFormat::Excel => "spreadsheet",
    }
}

/// A progress bar on stderr when it is a terminal; hidden otherwise.
fn progress_bar(size: Option<u64>) -> ProgressBar {
    if !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = match size {
        Some(size) => ProgressBar::with_draw_target(Some(size), ProgressDrawTarget::stderr()),
        None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
    };
    let template = if size.is_some() {
        "{bar:30} {bytes}/{total_bytes} {elapsed} {msg}"
    } else {
        "{spinner} {bytes} {elapsed} {msg}"
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar
}
