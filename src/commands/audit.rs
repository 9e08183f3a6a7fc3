//! `redline audit FILE...`: entity lists at national scale.
//!
//! A table is opened by `input::table` (text tables decoded row by row, a workbook's sheets read
//! cell by cell on a thread of their own) and its rows stream through a pipeline in batches: a
//! reader feeds a bounded channel, workers check batches as they come (a fault on one row makes
//! that row an error record), and an ordered writer puts results back in input order. Memory is
//! bounded by the batches in flight and the output is the same whatever the number of threads.
//! Every row read ends as clean, flagged or an error.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Mutex};
use std::time::Instant;

use encoding_rs::Encoding;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use jiff::civil::Date;

use super::{load_rules, Examples, RuleSource, EXIT_UNUSABLE};
use crate::dsl::error::did_you_mean;
use crate::eval::evaluate::{Evaluator, Scratch};
use crate::eval::finding::Finding;
use crate::eval::record::{parse_date, Grant, GrantKind, Record, Subject};
use crate::guard;
use crate::input::table::{
    self, Batch, Columns, RowDecoder, RowFormat, RowProblem, Spreadsheet, Table, TableFormat,
    TableLimits, Workbook,
};
use crate::limits::Limits;
use crate::report::audit::{AuditFormat, AuditRecord, AuditSummary, CSV_HEADER};
use crate::report::FailOn;
use crate::vocabulary::schema::{self, FieldKind};

pub struct AuditOptions {
    pub inputs: Vec<PathBuf>,
    /// The language of messages and the summary.
    pub lang: crate::lang::Lang,
    pub input_format: Option<TableFormat>,
    pub encoding: Option<String>,
    /// `(field, header)` choices from `--name-col`, `--scope-col`, `--col FIELD=HEADER` ….
    pub columns: Vec<(String, String)>,
    /// `(fact, value)` every row holds unless a column says otherwise (`--set FIELD=VALUE`).
    pub set: Vec<(String, String)>,
    pub format: AuditFormat,
    pub output: Option<PathBuf>,
    pub summary: Option<PathBuf>,
    pub all: bool,
    pub rules: RuleSource,
    pub today: Date,
    pub threads: Option<usize>,
    pub limits: Limits,
    /// Which findings make the run exit 1.
    pub fail_on: FailOn,
    /// The one sheet of a workbook to audit (default: every sheet).
    pub sheet: Option<String>,
    /// The sheet row holding the header, when title rows stand above it.
    pub header_row: Option<u32>,
}

/// Rows per batch, and batches in flight per worker: enough to keep every core busy, few enough
/// that memory stays a few megabytes per worker.
const BATCH_ROWS: usize = 4096;
const IN_FLIGHT_PER_WORKER: usize = 3;
const MAX_WORKERS: usize = 256;

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
    for (field, value) in &options.set {
        let Some(info) = schema::field(field)
            .filter(|f| f.subjects.contains(&Subject::Registration) && f.kind == FieldKind::Fact)
        else {
            let facts: Vec<&str> = schema::FIELDS
                .iter()
                .filter(|f| {
                    f.kind == FieldKind::Fact && f.subjects.contains(&Subject::Registration)
                })
                .map(|f| f.name)
                .collect();
            let hint = did_you_mean(field, facts.iter().copied()).map_or_else(
                || format!("facts: {}", facts.join(", ")),
                |b| format!("did you mean `{b}`?"),
            );
            return fail(format!("error[redline::cli::unknown-field]: --set names `{field}`, which is not a fact of a registration; {hint}"));
        };
        if let Some(values) = info.values {
            if !values.contains(&schema::canonical_value(values, value).as_str()) {
                return fail(format!("error[redline::cli::unknown-value]: --set {field}={value}: not a known {field}; known values: {}", values.join(", ")));
            }
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
    let evaluator = Evaluator::new(&rules, options.today)
        .with_max_findings_per_field(options.limits.max_findings_per_field)
        .with_lang(options.lang);
    // One worker per core unless told otherwise; reading and writing share the cores too. More
    // workers than MAX_WORKERS only cost memory (each holds batches in flight).
    let workers = options
        .threads
        .filter(|n| *n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .min(MAX_WORKERS);

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
    eprint!("{}", summary.human(options.lang));
    if let Some(path) = &options.summary {
        let text = serde_json::to_string_pretty(&summary).expect("the summary serializes");
        if let Err(error) = std::fs::write(path, text + "\n") {
            return fail(format!(
                "error[redline::audit::output]: cannot write {}: {error}",
                path.display()
            ));
        }
    }
    summary.exit_code(options.fail_on)
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

/// One input file's audit (or one sheet's).
#[derive(Clone, Copy)]
struct Job<'a> {
    options: &'a AuditOptions,
    evaluator: &'a Evaluator<'a>,
    file: &'a str,
    forced: Option<&'static Encoding>,
    workers: usize,
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
        let limits = TableLimits {
            header_row: self.options.header_row,
            ..self.options.limits.table()
        };
        if format == TableFormat::Excel {
            if is_stdin {
                return Err(
                    "spreadsheets cannot be read from standard input; pass the file".into(),
                );
            }
            return self.run_workbook(input, &limits, sink, summary, &progress);
        }
        let reader: Box<dyn Read + Send> = if is_stdin {
            Box::new(io::stdin())
        } else {
            Box::new(std::fs::File::open(input).map_err(|e| format!("cannot open: {e}"))?)
        };
        let table = Table::open_text(reader, format, self.forced, &limits, BATCH_ROWS)?;
        let encoding = table.encoding.map_or("", |e| e.name());
        progress.set_message(format!("{} {encoding}", format_name(format)));
        let read_as = format!("{encoding} ({})", table.certainty);
        progress.suspend(|| {
            eprintln!(
                "{}: {}{read_as}",
                self.file,
                self.options.lang.pick("encoding ", "编码：")
            )
        });
        summary.encodings.insert(self.file.to_string(), read_as);
        let columns = self.columns(&table.headers, &progress)?;
        self.pump(table, &columns, sink, summary, &progress)
    }

    /// Every sheet of a workbook, each as a table of its own, labelled `FILE#SHEET` when there are
    /// several. A sheet with no name or scope column (a cover sheet, notes) is skipped with a
    /// word on stderr; a workbook where no sheet has one is unusable.
    fn run_workbook(
        &self,
        input: &Path,
        limits: &TableLimits,
        sink: &mut Sink,
        summary: &mut AuditSummary,
        progress: &ProgressBar,
    ) -> Result<(), String> {
        let workbook = Workbook::open(Spreadsheet::Path(input.to_path_buf()), limits)?;
        if let Some(wanted) = &self.options.sheet {
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
            if self
                .options
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
                file: &label,
                ..*self
            };
            let table = match Table::open_sheet(&workbook, index, BATCH_ROWS) {
                Ok(table) => table,
                Err(message) if message == "the sheet is empty" => continue,
                Err(message) => return Err(format!("sheet `{sheet}`: {message}")),
            };
            let columns = match Columns::resolve(&table.headers, &self.options.columns) {
                Ok(columns) => columns,
                Err(why) => {
                    skipped.push(format!("sheet `{sheet}`: {why}"));
                    continue;
                }
            };
            progress.suspend(|| {
                eprintln!(
                    "{label}: {}{}",
                    self.options.lang.pick("columns ", "列："),
                    columns.describe(self.options.lang)
                )
            });
            audited += 1;
            job.pump(table, &columns, sink, summary, progress)?;
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
            progress.suspend(|| {
                eprintln!(
                    "{}: {}{why}",
                    self.file,
                    self.options.lang.pick("skipped ", "已跳过：")
                )
            });
        }
        Ok(())
    }

    fn columns(&self, headers: &[String], progress: &ProgressBar) -> Result<Columns, String> {
        let columns = Columns::resolve(headers, &self.options.columns)?;
        progress.suspend(|| {
            eprintln!(
                "{}: {}{}",
                self.file,
                self.options.lang.pick("columns ", "列："),
                columns.describe(self.options.lang)
            )
        });
        Ok(columns)
    }

    /// Streams batches through a pipeline: this thread's reader feeds a bounded channel, the
    /// workers check batches as they come, and results are written back in input order. At most
    /// `IN_FLIGHT_PER_WORKER × workers` batches are in memory at once, however large the input.
    fn pump(
        &self,
        table: Table<'_>,
        columns: &Columns,
        sink: &mut Sink,
        summary: &mut AuditSummary,
        progress: &ProgressBar,
    ) -> Result<(), String> {
        let Table {
            headers,
            format,
            batches,
            ..
        } = table;
        let headers = &headers[..];
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
        let mut decoder = RowDecoder::default();
        let mut record = Record::new(Subject::Registration, 0);
        let output = self.options.format;
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
                    self.options.limits.max_cell_bytes,
                )?;
                fill_row_record(&mut record, row, &cells, columns, &self.options.set);
                findings.clear();
                self.evaluator
                    .check_into(&record, &mut scratch, &mut findings);
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
                if self.options.all {
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
    for (fact, value) in set {
        if record.fact(fact).is_none() {
            record.set_fact(fact, value, None);
        }
    }
    if record.fact("jurisdiction").is_none() {
        record.set_fact("jurisdiction", "domestic", None);
    }
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
