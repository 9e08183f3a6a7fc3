//! The `redline` command line: argument parsing and exit codes only; the work is in the library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use jiff::civil::Date;
use redline::commands::rules::{ListFormat, ListOptions};
use redline::commands::{
    self, audit::AuditOptions, check::CheckOptions, Examples, RuleSource, EXIT_UNUSABLE,
};
use redline::config::Config;
use redline::input::table::TableFormat;
use redline::lang::Lang;
use redline::limits::Limits;
use redline::report::audit::AuditFormat;
use redline::report::{FailOn, Format};

const ABOUT: &str = "Checks registrations, product documents and entity lists against Yinfa [2026] No. 42 \
(virtual currency and real-world-asset tokenization), with diagnostics that point at the exact bytes to change.";

const AFTER_HELP: &str = "\
Exit codes: 0 no error finding · 1 at least one error finding · 2 an input, a rule file or the command line could not be used.

Examples:
  redline check examples/registrations/          lint every filing in a folder
  redline check filing.yaml --format json        machine-readable findings
  redline check docs/ --format github            annotations on a pull request
  redline audit entities.csv -o findings.jsonl   audit an entity list (GB18030 is detected)
  redline explain name-banned-term               what a rule checks and why
  redline rules --coverage                       every article and what enforces it
  redline test --rules my-rules/                 run the examples in your own rule files";

#[derive(Parser)]
#[command(name = "redline", version, about = ABOUT, after_help = AFTER_HELP, max_term_width = 100)]
struct Cli {
    /// Project defaults (rules, format, exclude, disabled rules); default: the nearest
    /// redline.toml in this directory or a parent.
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Language of messages, help, citations and summaries: zh (中文) or en [default: `lang`
    /// in redline.toml, else from LC_ALL / LC_MESSAGES / LANG].
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    lang: Option<Lang>,
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args, Clone)]
struct FailOnArg {
    /// Which findings make the run exit 1: error (default), warning (errors and warnings), or
    /// never (report only; an input that cannot be read still exits 2).
    #[arg(long, value_enum, value_name = "LEVEL", default_value = "error")]
    fail_on: FailOn,
}

#[derive(clap::Args, Clone)]
struct RulesArg {
    /// Rule file or directory of `.rl` files to use instead of the built-in notice (repeatable).
    #[arg(long = "rules", value_name = "PATH")]
    rules: Vec<PathBuf>,
}

impl RulesArg {
    /// The rule files named on the command line, else those of redline.toml.
    fn source(&self, config: &Config) -> RuleSource {
        let paths = if self.rules.is_empty() {
            config.rules.clone()
        } else {
            self.rules.clone()
        };
        RuleSource {
            paths,
            disable: Default::default(),
        }
    }

    /// As `source`, with the rules redline.toml disables switched off (for check and audit).
    fn checking(&self, config: &Config) -> RuleSource {
        RuleSource {
            disable: config.disable.clone(),
            ..self.source(config)
        }
    }
}

#[derive(clap::Args, Clone)]
struct TodayArg {
    /// Judge approvals, consents and filings as of this day (YYYY-MM-DD) instead of today.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    today: Option<Date>,
}

impl TodayArg {
    fn date(&self) -> Date {
        self.today.unwrap_or_else(commands::today)
    }
}

fn parse_date(text: &str) -> Result<Date, String> {
    text.parse::<Date>()
        .map_err(|_| format!("`{text}` is not a date; write YYYY-MM-DD"))
}

#[derive(clap::Args)]
struct AuditArgs {
    /// Tables to audit; `-` reads standard input (CSV unless --input-format says otherwise).
    #[arg(required = true, value_name = "FILE")]
    inputs: Vec<PathBuf>,
    /// The table format, when the file name does not tell.
    #[arg(long, value_enum)]
    input_format: Option<TableFormat>,
    /// Force the encoding (utf-8, gb18030, gbk, big5, utf-16le, utf-16be …).
    #[arg(long, value_name = "NAME")]
    encoding: Option<String>,
    /// Column (header or 1-based number) holding the registered name.
    #[arg(long, value_name = "HEADER")]
    name_col: Option<String>,
    /// Column holding the English name.
    #[arg(long, value_name = "HEADER")]
    name_en_col: Option<String>,
    /// Column holding the business scope.
    #[arg(long, value_name = "HEADER")]
    scope_col: Option<String>,
    /// Column holding the identifier (unified social credit code).
    #[arg(long, value_name = "HEADER")]
    id_col: Option<String>,
    /// Any other field from a column: `--col entity_type=机构类型`, `--col approvals=批准文件`.
    #[arg(long = "col", value_name = "FIELD=HEADER", value_parser = parse_col)]
    cols: Vec<(String, String)>,
    /// A fact every row holds unless a column says otherwise: `--set jurisdiction=overseas`,
    /// `--set entity_type=payment_institution` (repeatable).
    #[arg(long = "set", value_name = "FIELD=VALUE", value_parser = parse_col)]
    set: Vec<(String, String)>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = AuditFormat::Jsonl)]
    format: AuditFormat,
    /// Write records here (atomically, when complete) instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
    /// Also write the summary as JSON to this file.
    #[arg(long, value_name = "FILE")]
    summary: Option<PathBuf>,
    /// Write a record for every clean row too.
    #[arg(long)]
    all: bool,
    #[command(flatten)]
    fail_on: FailOnArg,
    /// Audit only this sheet of a workbook (default: every sheet with a name or scope column).
    #[arg(long, value_name = "NAME")]
    sheet: Option<String>,
    /// The row of a spreadsheet that holds the header, when title rows stand above it
    /// (default: the first row with any text). Rows are reported by their numbers in the sheet.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    header_row: Option<u32>,
    /// Worker threads (default: one per core). Output is identical for any number.
    #[arg(long, short = 'j', value_name = "N")]
    threads: Option<usize>,
    /// A cell larger than this many bytes makes its row an error [default: 65536, or
    /// `max-cell-bytes` under [limits] in redline.toml].
    #[arg(long, value_name = "BYTES")]
    max_cell_bytes: Option<usize>,
    #[command(flatten)]
    rules: RulesArg,
    #[command(flatten)]
    today: TodayArg,
}

#[derive(Subcommand)]
enum Command {
    /// Lint registration files (.yaml .yml .json) and product documents (.md .html .txt).
    ///
    /// Directories are searched recursively, honouring .gitignore. A registration file holds one
    /// entity, a list of entities, `entities: [...]`, or several YAML documents. A document may
    /// start with YAML front matter giving `publisher`, `jurisdiction`, `audience` and approvals.
    /// Silence a finding with a comment at the end of its line, or alone on the line before:
    /// `# redline-ignore RULE: reason` in YAML, `<!-- redline-ignore RULE: reason -->` in
    /// Markdown and HTML; several rules separated by commas; the reason is required (a
    /// full-width `：` works too). redline.toml's `exclude` applies to named files as well.
    Check {
        /// Files or directories to check; `-` reads standard input.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// The name standard input is reported under; its extension says what kind of file it is
        /// (default: `stdin`, the kind read from the text itself).
        #[arg(long, value_name = "NAME")]
        stdin_filename: Option<String>,
        #[command(flatten)]
        rules: RulesArg,
        /// Output format [default: human, or redline.toml's `format`].
        #[arg(long, value_enum)]
        format: Option<Format>,
        #[command(flatten)]
        fail_on: FailOnArg,
        /// Report only findings this baseline does not hold (see --write-baseline).
        #[arg(long, value_name = "FILE")]
        baseline: Option<PathBuf>,
        /// Record every finding of this run in FILE and exit 0 unless an input is unusable;
        /// later runs with `--baseline FILE` report only new findings. Findings are recognised
        /// by rule, file, matched words and their sentence, not by line, so moved text stays known.
        #[arg(long, value_name = "FILE")]
        write_baseline: Option<PathBuf>,
        /// Also show each mention a rule set aside because the page does not offer it (negated,
        /// warned against, reported, quoted or asked), with the cue that decided it.
        #[arg(long)]
        show_set_aside: bool,
        #[command(flatten)]
        today: TodayArg,
    },
    /// Audit entity lists (CSV, TSV, JSONL, XLSX/XLS/ODS) row by row, streaming, on every core.
    ///
    /// Columns are found by their headers (企业名称, 名称, 经营范围, 统一社会信用代码, name,
    /// business_scope, …) unless named with the --*-col options; the choice is printed. The
    /// encoding (UTF-8 with or without BOM, GB18030/GBK, UTF-16, Big5 …) is detected unless forced.
    /// Each finding, each row that cannot be read (wrong column count, unterminated quote,
    /// undecodable bytes, oversized cell) and, with --all, each clean row becomes one output record;
    /// rows read = clean + flagged + errors, always. A summary goes to stderr.
    /// Memory stays bounded however many rows stream through; spreadsheets are the exception, as
    /// XLSX/XLS/ODS are read whole. Exit 2 when a file or a row could not be read, else 1 for an
    /// error finding, else 0.
    Audit(Box<AuditArgs>),
    /// List the loaded rules: id, notice, article, paragraph, severity, subjects.
    Rules {
        #[command(flatten)]
        rules: RulesArg,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
        /// Show every article of each notice with the rules enforcing it, or why none can.
        #[arg(long)]
        coverage: bool,
    },
    /// Explain one rule: what it checks, the provision, what to do, examples, citation.
    Explain {
        /// The rule id, as shown in findings and by `redline rules`.
        rule: String,
        #[command(flatten)]
        rules: RulesArg,
    },
    /// Start a local web page for people who do not use a terminal: check a pasted or dropped
    /// filing or page, audit an entity list (progress bar; Excel and CSV reports), browse the
    /// rules — and the JSON API it uses (`/api/openapi.json`).
    ///
    /// Listens on 127.0.0.1:7878 unless told otherwise. Only requests that name this server in
    /// `Host`, and changes that come from its own page, are answered: another website cannot
    /// drive it through your browser.
    Serve {
        /// Where to listen; anything but loopback lets other machines in (a warning says so).
        #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:7878")]
        listen: std::net::SocketAddr,
        /// The most megabytes one upload may hold.
        #[arg(long, value_name = "MB", default_value_t = 200)]
        max_upload: usize,
        /// Audits that may run at once.
        #[arg(long, value_name = "N", default_value_t = 2)]
        max_audits: usize,
        /// Also answer requests naming the server as HOST:PORT (how other machines reach it
        /// with --listen 0.0.0.0:7878, e.g. 192.168.1.20:7878); repeatable.
        #[arg(long, value_name = "HOST:PORT")]
        allow_host: Vec<String>,
        #[command(flatten)]
        rules: RulesArg,
        #[command(flatten)]
        today: TodayArg,
    },
    /// Run every rule's pass/fail examples; exit 1 naming each example that fails.
    Test {
        #[command(flatten)]
        rules: RulesArg,
        #[command(flatten)]
        today: TodayArg,
    },
}

fn parse_col(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((field, header)) if !field.trim().is_empty() && !header.is_empty() => {
            Ok((field.trim().to_string(), header.to_string()))
        }
        _ => Err(format!(
            "`{text}` is not FIELD=HEADER, e.g. entity_type=机构类型"
        )),
    }
}

fn main() -> ExitCode {
    std::panic::set_hook(Box::new(redline::guard::report_and_exit));
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            use clap::error::ErrorKind;
            if matches!(
                error.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) {
                let _ = error.print();
                return ExitCode::from(
                    if error.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                        EXIT_UNUSABLE
                    } else {
                        0
                    },
                );
            }
            let rendered = error.render().to_string();
            eprint!(
                "error[redline::cli::usage]: {}",
                rendered.trim_start_matches("error: ")
            );
            return ExitCode::from(EXIT_UNUSABLE);
        }
    };
    let config = match Config::load(cli.config.as_deref()) {
        Ok(config) => config,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(EXIT_UNUSABLE);
        }
    };
    let lang = cli.lang.or(config.lang).unwrap_or_else(Lang::from_env);
    let code = match cli.command {
        Command::Check {
            paths,
            stdin_filename,
            rules,
            format,
            fail_on,
            baseline,
            write_baseline,
            show_set_aside,
            today,
        } => commands::check::run(&CheckOptions {
            paths,
            stdin_filename,
            fail_on: fail_on.fail_on,
            exclude: config.exclude.clone(),
            exclude_root: config.dir.clone(),
            lang,
            baseline,
            write_baseline,
            show_set_aside,
            rules: rules.checking(&config),
            format: format.or(config.format).unwrap_or(Format::Human),
            today: today.date(),
            limits: config.limits,
        }),
        Command::Audit(args) => {
            let AuditArgs {
                inputs,
                input_format,
                encoding,
                name_col,
                name_en_col,
                scope_col,
                id_col,
                cols,
                set,
                format,
                output,
                summary,
                all,
                fail_on,
                sheet,
                header_row,
                threads,
                max_cell_bytes,
                rules,
                today,
            } = *args;
            let named = [
                ("name", name_col),
                ("name_en", name_en_col),
                ("business_scope", scope_col),
                ("id", id_col),
            ];
            let mut columns: Vec<(String, String)> = named
                .into_iter()
                .filter_map(|(field, header)| header.map(|h| (field.to_string(), h)))
                .collect();
            columns.extend(cols);
            commands::audit::run(&AuditOptions {
                inputs,
                lang,
                input_format,
                encoding,
                columns,
                set,
                format,
                output,
                summary,
                all,
                fail_on: fail_on.fail_on,
                sheet,
                header_row,
                rules: rules.checking(&config),
                today: today.date(),
                threads,
                limits: Limits {
                    max_cell_bytes: max_cell_bytes.unwrap_or(config.limits.max_cell_bytes),
                    ..config.limits
                },
            })
        }
        Command::Rules {
            rules,
            format,
            coverage,
        } => {
            match commands::load_rules(&rules.source(&config), commands::today(), Examples::Enforce)
            {
                Some(loaded) => commands::rules::run(
                    &loaded,
                    &ListOptions {
                        format,
                        lang,
                        disabled: &config.disable,
                    },
                    coverage,
                ),
                None => EXIT_UNUSABLE,
            }
        }
        Command::Explain { rule, rules } => {
            match commands::load_rules(&rules.source(&config), commands::today(), Examples::Enforce)
            {
                Some(loaded) => commands::explain::run(&loaded, &rule, lang, &config.disable),
                None => EXIT_UNUSABLE,
            }
        }
        Command::Serve {
            listen,
            max_upload,
            max_audits,
            allow_host,
            rules,
            today,
        } => match commands::load_rules(&rules.source(&config), today.date(), Examples::Enforce) {
            Some(loaded) => commands::serve::run(
                loaded,
                redline::serve::ServeOptions {
                    listen,
                    max_upload: max_upload.saturating_mul(1 << 20),
                    max_audits,
                    today: today.date(),
                    allow_hosts: allow_host,
                },
            ),
            None => EXIT_UNUSABLE,
        },
        Command::Test { rules, today } => {
            match commands::load_rules(&rules.source(&config), today.date(), Examples::Report) {
                Some(loaded) => commands::test::run(&loaded, today.date()),
                None => EXIT_UNUSABLE,
            }
        }
    };
    ExitCode::from(code)
}
