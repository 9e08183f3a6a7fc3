//! The `redline` command line: argument parsing and exit codes only; the work is in the library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use jiff::civil::Date;
use redline::commands::{self, check::CheckOptions, Examples, RuleSource, EXIT_UNUSABLE};
use redline::report::Format;

const ABOUT: &str = "Checks registrations, product documents and entity lists against Yinfa [2026] No. 42 \
(virtual currency and real-world-asset tokenization), with diagnostics that point at the exact bytes to change.";

const AFTER_HELP: &str = "\
Exit codes: 0 no error finding · 1 at least one error finding · 2 an input, a rule file or the command line could not be used.

Examples:
  redline check examples/registrations/          lint every filing in a folder
  redline check filing.yaml --format json        machine-readable findings
  redline check docs/ --format github            annotations on a pull request
  redline explain name-banned-term               what a rule checks and why
  redline rules --coverage                       every article and what enforces it
  redline test --rules my-rules/                 run the examples in your own rule files";

#[derive(Parser)]
#[command(name = "redline", version, about = ABOUT, after_help = AFTER_HELP, max_term_width = 100)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args, Clone)]
struct RulesArg {
    /// Rule file or directory of `.rl` files to use instead of the built-in notice (repeatable).
    #[arg(long = "rules", value_name = "PATH")]
    rules: Vec<PathBuf>,
}

impl RulesArg {
    fn source(&self) -> RuleSource {
        RuleSource {
            paths: self.rules.clone(),
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

#[derive(Subcommand)]
enum Command {
    /// Lint registration files (.yaml .yml .json) and product documents (.md .html .txt).
    ///
    /// Directories are searched recursively, honouring .gitignore. A registration file holds one
    /// entity, a list of entities, `entities: [...]`, or several YAML documents. A document may
    /// start with YAML front matter giving `publisher`, `jurisdiction`, `audience` and approvals.
    /// Silence a finding with a comment on its line or the line before:
    /// `# redline-ignore RULE: reason` (the reason is required).
    Check {
        /// Files or directories to check.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        rules: RulesArg,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        #[command(flatten)]
        today: TodayArg,
    },
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
    /// Run every rule's pass/fail examples; exit 1 naming each example that fails.
    Test {
        #[command(flatten)]
        rules: RulesArg,
        #[command(flatten)]
        today: TodayArg,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ListFormat {
    Text,
    Json,
}

fn main() -> ExitCode {
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
    let code = match cli.command {
        Command::Check {
            paths,
            rules,
            format,
            today,
        } => commands::check::run(&CheckOptions {
            paths,
            rules: rules.source(),
            format,
            today: today.date(),
        }),
        Command::Rules {
            rules,
            format,
            coverage,
        } => match commands::load_rules(&rules.source(), commands::today(), Examples::Enforce) {
            Some(loaded) => commands::rules::run(&loaded, format == ListFormat::Json, coverage),
            None => EXIT_UNUSABLE,
        },
        Command::Explain { rule, rules } => {
            match commands::load_rules(&rules.source(), commands::today(), Examples::Enforce) {
                Some(loaded) => match commands::explain::render(&loaded, &rule) {
                    Ok(page) => {
                        print!("{page}");
                        commands::EXIT_CLEAN
                    }
                    Err(message) => {
                        eprintln!("error[redline::cli::unknown-rule]: {message}");
                        EXIT_UNUSABLE
                    }
                },
                None => EXIT_UNUSABLE,
            }
        }
        Command::Test { rules, today } => {
            match commands::load_rules(&rules.source(), today.date(), Examples::Report) {
                Some(loaded) => commands::test::run(&loaded, today.date()),
                None => EXIT_UNUSABLE,
            }
        }
    };
    ExitCode::from(code)
}
