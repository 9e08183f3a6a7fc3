//! Auditing entity lists at national scale, as a library: the command line, a server and other
//! programs call [`Audit::run`] for each table and receive records and a running summary.
//!
//! A table is opened by `input::table` (text tables decoded row by row, a workbook's sheets read
//! cell by cell on a thread of their own) and its rows stream through a pipeline in batches: a
//! reader feeds a bounded channel, workers check batches as they come (a fault on one row makes
//! that row an error record), and an ordered writer puts results back in input order. Memory is
//! bounded by the batches in flight and the output is the same whatever the number of threads.
//! Every row read ends as clean, flagged or an error. What the audit has to say on the way (the
//! encoding and columns it read, a sheet it skipped, how far it got) goes to [`Events`]; nothing
//! here prints.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Mutex};
use std::time::Instant;

use encoding_rs::Encoding;

use crate::eval::evaluate::{Evaluator, Scratch};
use crate::eval::finding::Finding;
use crate::eval::record::{parse_date, Grant, GrantKind, Record, Subject};
use crate::guard;
use crate::input::table::{
    Batch, Columns, RowDecoder, RowFormat, RowProblem, Spreadsheet, Table, TableFormat,
    TableLimits, Workbook,
};
use crate::lang::Lang;
use crate::limits::Limits;
use crate::report::audit::{AuditFormat, AuditRecord, AuditSummary};
use crate::vocabulary::schema::{self, FieldKind};
use crate::vocabulary::suggest::did_you_mean;

/// How an audit reads its tables and what it writes.
pub struct AuditSettings {
    /// The table format when the file name does not tell (standard input is CSV unless named).
    pub input_format: Option<TableFormat>,
    /// The encoding to read text tables in, instead of detecting it.
    pub encoding: Option<&'static Encoding>,
    /// `(field, header)` choices of columns.
    pub columns: Vec<(String, String)>,
    /// `(fact, value)` every row holds unless a column says otherwise.
    pub set: Vec<(String, String)>,
    /// The records' format.
    pub format: AuditFormat,
    /// A record for every clean row too.
    pub all: bool,
    /// The one sheet of a workbook to audit (default: every sheet).
    pub sheet: Option<String>,
    /// The sheet row holding the header, when title rows stand above it.
    pub header_row: Option<u32>,
    /// Bounds on one input.
    pub limits: Limits,
    /// Threads checking rows; at most MAX_WORKERS.
    pub workers: usize,
    /// The language of messages.
    pub lang: Lang,
}

/// Rows per batch, and batches in flight per worker: enough to keep every core busy, few enough
/// that memory stays a few megabytes per worker.
const BATCH_ROWS: usize = 4096;
const IN_FLIGHT_PER_WORKER: usize = 3;
/// The most threads an audit checks rows on: more would only cost memory, each holding batches
/// in flight.
pub const MAX_WORKERS: usize = 256;

/// One audit run's settings and evaluator: give it tables, one after another.
pub struct Audit<'a> {
    /// How tables are read and records written.
    pub settings: &'a AuditSettings,
    /// The rules, the day and the language rows are checked in.
    pub evaluator: &'a Evaluator<'a>,
    /// What it reports on the way: the encoding and columns read, sheets skipped, progress.
    pub events: &'a dyn Events,
}

/// What an audit says while it runs, for a front end to show (the command line prints to
/// stderr and draws a progress bar; a server streams them to the page).
pub trait Events: Sync {
    /// A table was opened: its name and size in bytes, when known.
    fn opened(&self, file: &str, size: Option<u64>);
    /// A line for the person running the audit: the encoding read, the columns chosen, a sheet
    /// skipped and why.
    fn note(&self, file: &str, note: Note);
    /// `bytes` more of the input were read; `rows` rows so far, at `rate` rows a second.
    fn advanced(&self, bytes: u64, rows: u64, rate: f64);
    /// The table is done.
    fn finished(&self);
}

/// Something an audit has to say about a table.
pub enum Note {
    /// The encoding it was read in, and how sure that reading is.
    Encoding(String),
    /// Which column each field comes from.
    Columns(String),
    /// A sheet not audited, and why.
    Skipped(String),
}

/// Where a table comes from: a file, or a stream (standard input) of a text format.
pub enum Input {
    /// A file; its extension tells the format unless the settings name one.
    Path(PathBuf),
    /// A stream, read as the settings' format (CSV unless named).
    Stream(Box<dyn Read + Send>),
}

struct Job<'a> {
    audit: &'a Audit<'a>,
    file: &'a str,
}

impl Audit<'_> {
    /// Audits one table, writing records to `out` and counting into `summary`. An error is a
    /// table that could not be read at all; rows that cannot be read are error records instead.
    pub fn run(
        &self,
        name: &str,
        input: Input,
        out: &mut dyn Write,
        summary: &mut AuditSummary,
    ) -> Result<(), String> {
        let job = Job {
            audit: self,
            file: name,
        };
        let result = job.run(input, out, summary);
        self.events.finished();
        result
    }
}

impl Job<'_> {
    fn run(
        &self,
        input: Input,
        sink: &mut dyn Write,
        summary: &mut AuditSummary,
    ) -> Result<(), String> {
        let settings = self.audit.settings;
        let (format, size) = match &input {
            Input::Path(path) => match settings.input_format.or_else(|| TableFormat::of(path)) {
                Some(format) => (format, std::fs::metadata(path).ok().map(|m| m.len())),
                None => {
                    return Err(
                        "unknown table format; name it with --input-format csv|tsv|jsonl|excel"
                            .into(),
                    )
                }
            },
            Input::Stream(_) => (settings.input_format.unwrap_or(TableFormat::Csv), None),
        };
        self.audit.events.opened(self.file, size);
        let limits = TableLimits {
            header_row: settings.header_row,
            ..settings.limits.table()
        };
        let reader: Box<dyn Read + Send> = match input {
            Input::Path(path) if format == TableFormat::Excel => {
                return self.run_workbook(&path, &limits, sink, summary);
            }
            Input::Stream(_) if format == TableFormat::Excel => {
                return Err(
                    "spreadsheets cannot be read from standard input; pass the file".into(),
                );
            }
            Input::Path(path) => {
                Box::new(std::fs::File::open(path).map_err(|e| format!("cannot open: {e}"))?)
            }
            Input::Stream(reader) => reader,
        };
        let table = Table::open_text(reader, format, settings.encoding, &limits, BATCH_ROWS)?;
        let encoding = table.encoding.map_or("", |e| e.name());
        let read_as = format!("{encoding} ({})", table.certainty);
        self.audit
            .events
            .note(self.file, Note::Encoding(read_as.clone()));
        summary.encodings.insert(self.file.to_string(), read_as);
        let columns = self.columns(&table.headers)?;
        self.pump(table, &columns, sink, summary)
    }

    /// Every sheet of a workbook, each as a table of its own, labelled `FILE#SHEET` when there are
    /// several. A sheet with no name or scope column (a cover sheet, notes) is skipped with a
    /// word on stderr; a workbook where no sheet has one is unusable.
    fn run_workbook(
        &self,
        input: &Path,
        limits: &TableLimits,
        sink: &mut dyn Write,
        summary: &mut AuditSummary,
    ) -> Result<(), String> {
        let settings = self.audit.settings;
        let workbook = Workbook::open(Spreadsheet::Path(input.to_path_buf()), limits)?;
        if let Some(wanted) = &settings.sheet {
            if !workbook.sheets.contains(wanted) {
                let hint = did_you_mean(wanted, workbook.sheets.iter().map(String::as_str))
                    .map_or_else(String::new, |b| format!("did you mean `{b}`? "));
                return Err(format!(
                    "no sheet `{wanted}`; {hint}the workbook has: {}",
                    workbook.sheets.join(", ")
                ));
            }
        }
        let mut audited = 0;
        let mut skipped = Vec::new();
        for (index, sheet) in workbook.sheets.iter().enumerate() {
            if settings
                .sheet
                .as_ref()
                .is_some_and(|wanted| wanted != sheet)
            {
                continue;
            }
            let label = if workbook.sheets.len() > 1 {
                format!("{}#{sheet}", self.file)
            } else {
                self.file.to_string()
            };
            let job = Job {
                audit: self.audit,
                file: &label,
            };
            let table = match Table::open_sheet(&workbook, index, BATCH_ROWS) {
                Ok(table) => table,
                Err(message) if message == "the sheet is empty" => continue,
                Err(message) => return Err(format!("sheet `{sheet}`: {message}")),
            };
            let columns = match Columns::resolve(&table.headers, &settings.columns) {
                Ok(columns) => columns,
                Err(why) => {
                    skipped.push(format!("sheet `{sheet}`: {why}"));
                    continue;
                }
            };
            self.audit
                .events
                .note(&label, Note::Columns(columns.describe(settings.lang)));
            audited += 1;
            job.pump(table, &columns, sink, summary)?;
        }
        if audited == 0 {
            return Err(match skipped.is_empty() {
                true => "every sheet is empty".to_string(),
                false => format!(
                    "{}. If a title row stands above the header, name the header's row with --header-row N",
                    skipped.join("; ")
                ),
            });
        }
        for why in skipped {
            self.audit.events.note(self.file, Note::Skipped(why));
        }
        Ok(())
    }

    fn columns(&self, headers: &[String]) -> Result<Columns, String> {
        let settings = self.audit.settings;
        let columns = Columns::resolve(headers, &settings.columns)?;
        self.audit
            .events
            .note(self.file, Note::Columns(columns.describe(settings.lang)));
        Ok(columns)
    }

    /// Streams batches through a pipeline: this thread's reader feeds a bounded channel, the
    /// workers check batches as they come, and results are written back in input order. At most
    /// `IN_FLIGHT_PER_WORKER × workers` batches are in memory at once, however large the input.
    fn pump(
        &self,
        table: Table<'_>,
        columns: &Columns,
        sink: &mut dyn Write,
        summary: &mut AuditSummary,
    ) -> Result<(), String> {
        let Table {
            headers,
            format,
            batches,
            ..
        } = table;
        let headers = &headers[..];
        let workers = self.audit.settings.workers.clamp(1, MAX_WORKERS);
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
                    let rate = summary.rows_read as f64 / started.elapsed().as_secs_f64().max(1e-9);
                    self.audit
                        .events
                        .advanced(bytes as u64, summary.rows_read, rate);
                }
            }
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
        let mut decoder = RowDecoder::default();
        let mut record = Record::new(Subject::Registration, 0);
        let output = self.audit.settings.format;
        for (offset, raw) in batch.rows.iter().enumerate() {
            let row = batch.row_number(offset);
            counts.rows_read += 1;
            // A fault on one row costs that row: it becomes an error record, and the audit goes
            // on with fresh buffers.
            let checked = guard::contain(|| {
                let cells =
                    decoder.cells(
                    raw,
                    &batch.buffer,
                    format,
                    headers,
                    self.audit.settings.limits.max_cell_bytes,
                )?;
                fill_row_record(&mut record, row, &cells, columns, &self.audit.settings.set);
                findings.clear();
                self.audit.evaluator
                    .check_into(&record, &mut scratch, &mut findings);
                // A list audits registrations as written; what a rule set aside is no finding.
                findings.retain(|f| !f.set_aside);
                Ok(cells)
            })
            .unwrap_or_else(|fault| {
                scratch = Scratch::default();
                decoder = RowDecoder::default();
                Err(RowProblem::new(
                    guard::INTERNAL,
                    format!("redline failed on this row ({fault}); this is a bug in redline, please report it"),
                ))
            });
            let cells = match checked {
                Ok(cells) => cells,
                Err(problem) => {
                    counts.rows_with_errors += 1;
                    *counts.by_error.entry(problem.code.to_string()).or_default() += 1;
                    let id = decoder.id_hint(raw, &batch.buffer, format, columns);
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
            let cell = |field: &str| {
                columns
                    .index_of(field)
                    .and_then(|i| cells.get(i))
                    .map(|c| c.trim())
                    .filter(|s| !s.is_empty())
            };
            let (id, name) = (cell("id"), cell("name").or_else(|| cell("name_en")));
            if findings.is_empty() {
                counts.rows_clean += 1;
                if self.audit.settings.all {
                    AuditRecord::clean(self.file, row, id)
                        .named(name)
                        .write(output, &mut out);
                }
                continue;
            }
            counts.rows_flagged += 1;
            for finding in &findings {
                counts.findings += 1;
                counts.findings_omitted += finding.omitted as u64;
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
                AuditRecord::finding(self.file, row, id, finding, value)
                    .named(name)
                    .write(output, &mut out);
            }
        }
        (out, counts)
    }
}

/// Fills `record` with a row: text fields, facts and grants from the mapped columns. The record
/// is reused from row to row so its buffers are too.
fn fill_row_record(
    record: &mut Record,
    row: u64,
    cells: &[String],
    columns: &Columns,
    set: &[(String, String)],
) {
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
            FieldKind::Text | FieldKind::Clue => {
                record.set_text(texts, info.name, value);
                record.texts[texts].derived = info.kind == FieldKind::Clue;
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
                    let name = crate::vocabulary::grant_key(name);
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
    for (fact, value) in set {
        if record.fact(fact).is_none() {
            record.set_fact(fact, value, None);
        }
    }
    record.assume_fact("jurisdiction", "domestic");
}
