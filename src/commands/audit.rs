//! `redline audit FILE...`: checks the options, loads the rules, runs the library's audit on
//! each file (`crate::audit`), shows its notes and a progress bar on stderr, writes the records
//! whole, prints the summary and chooses the exit code.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use jiff::civil::Date;

use super::{load_rules, Examples, RuleSource, EXIT_UNUSABLE};
use crate::audit::{Audit, AuditSettings, Events, Input, Note, MAX_WORKERS};
use crate::eval::evaluate::Evaluator;
use crate::input::table::{self, TableFormat};
use crate::lang::Lang;
use crate::limits::Limits;
use crate::report::audit::{AuditFormat, AuditSummary, CSV_HEADER};
use crate::report::xlsx;
use crate::report::FailOn;
use crate::vocabulary::schema::{self, FieldKind};
use crate::vocabulary::suggest::did_you_mean;
use crate::vocabulary::Subject;

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
    let settings = AuditSettings {
        input_format: options.input_format,
        encoding: forced,
        columns: options.columns.clone(),
        set: options.set.clone(),
        format: options.format,
        all: options.all,
        sheet: options.sheet.clone(),
        header_row: options.header_row,
        limits: options.limits,
        workers,
        lang: options.lang,
    };
    let progress = Progress {
        bar: progress_bar(None),
        lang: options.lang,
    };
    let audit = Audit {
        settings: &settings,
        evaluator: &evaluator,
        events: &progress,
    };

    // A workbook is written from the records once they are all in: they are spooled to a
    // temporary file beside it meanwhile, so memory stays flat however many there are.
    let workbook = match (options.format, &options.output) {
        (AuditFormat::Xlsx, Some(path)) => Some(path.clone()),
        (AuditFormat::Xlsx, None) => {
            return fail(
                "error[redline::audit::xlsx-needs-output]: an Excel report is a file: name it with -o report.xlsx"
                    .to_string(),
            )
        }
        _ => None,
    };
    let sink = Sink::open(options.output.as_deref());
    let mut sink = match sink {
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
        let source = if input.as_os_str() == "-" {
            Input::Stream(Box::new(io::stdin()))
        } else {
            Input::Path(input.clone())
        };
        if let Err(message) = audit.run(&name, source, &mut sink, &mut summary) {
            eprintln!("error[redline::audit::unusable]: {name}: {message}");
            summary.unusable_files.push(name);
        }
    }
    summary.seconds = started.elapsed().as_secs_f64();
    let written = match &workbook {
        Some(path) => sink.spooled().and_then(|spool| {
            let judged = xlsx::Judged {
                today: options.today,
                rules: &rules,
                lang: options.lang,
            };
            write_workbook(spool, &summary, &judged, path)
        }),
        None => sink.finish().map_err(|e| e.to_string()),
    };
    if let Err(error) = written {
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

/// Writes the workbook beside `path` and renames it over `path` once complete.
fn write_workbook(
    spool: tempfile::NamedTempFile,
    summary: &AuditSummary,
    judged: &xlsx::Judged,
    path: &Path,
) -> Result<(), String> {
    let reader = io::BufReader::new(spool.reopen().map_err(|e| e.to_string())?);
    let target = tempfile::Builder::new()
        .suffix(".xlsx")
        .tempfile_in(directory_of(path))
        .map_err(|e| e.to_string())?;
    xlsx::write(reader, summary, judged, target.path())?;
    target
        .persist(path)
        .map(|_| ())
        .map_err(|e| e.error.to_string())
}

/// The directory a file is written in ("." for a bare name).
fn directory_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

impl Sink {
    /// A temporary file beside `path` that holds the records until they are complete: then it
    /// is renamed over `path`, or read into the workbook written there.
    fn spool(path: &Path) -> io::Result<Sink> {
        Ok(Sink::File(
            io::BufWriter::with_capacity(
                1 << 20,
                tempfile::NamedTempFile::new_in(directory_of(path))?,
            ),
            path.to_path_buf(),
        ))
    }

    /// The spooled records, flushed, for the workbook.
    fn spooled(self) -> Result<tempfile::NamedTempFile, String> {
        match self {
            Sink::File(w, _) => w.into_inner().map_err(|e| e.into_error().to_string()),
            Sink::Stdout(_) => Err("no records were spooled".to_string()),
        }
    }

    fn open(path: Option<&Path>) -> io::Result<Sink> {
        Ok(match path {
            None => Sink::Stdout(io::BufWriter::with_capacity(1 << 20, io::stdout())),
            Some(path) => Sink::spool(path)?,
        })
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
impl Write for Sink {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Stdout(w) => w.write(bytes),
            Sink::File(w, _) => w.write(bytes),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(w) => w.flush(),
            Sink::File(w, _) => w.flush(),
        }
    }
}

/// The audit's notes on stderr, around a progress bar drawn only on a terminal.
struct Progress {
    bar: ProgressBar,
    lang: Lang,
}

impl Events for Progress {
    fn opened(&self, _file: &str, size: Option<u64>) {
        self.bar.reset();
        match size {
            Some(size) => self.bar.set_length(size),
            None => self.bar.unset_length(),
        }
    }

    fn note(&self, file: &str, note: Note) {
        let lang = self.lang;
        let (label, text) = match note {
            Note::Encoding(text) => (lang.pick("encoding ", "编码："), text),
            Note::Columns(text) => (lang.pick("columns ", "列："), text),
            Note::Skipped(text) => (lang.pick("skipped ", "已跳过："), text),
        };
        self.bar.suspend(|| eprintln!("{file}: {label}{text}"));
    }

    fn advanced(&self, bytes: u64, rows: u64, rate: f64) {
        self.bar.inc(bytes);
        self.bar
            .set_message(format!("{rows} rows, {rate:.0} rows/s"));
    }

    fn finished(&self) {
        self.bar.finish_and_clear();
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
