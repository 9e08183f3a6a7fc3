//! `redline check PATH...`: options in, rules and baseline loaded, the library checks the
//! files, the report is printed in the chosen format, and the exit code chosen.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use jiff::civil::Date;

use super::{load_rules, Examples, RuleSource, EXIT_UNUSABLE};
use crate::baseline::{self, Baseline};
use crate::check::discover::resolved;
use crate::check::{check_targets, collect_files, Checker, Exclude};
use crate::eval::evaluate::Evaluator;
use crate::lang::Lang;
use crate::limits::Limits;
use crate::report::{self, FailOn, FileReport, Format, Summary};

pub struct CheckOptions {
    pub paths: Vec<PathBuf>,
    /// What standard input (`-`) is called in reports; its extension gives its kind.
    pub stdin_filename: Option<String>,
    /// Globs of paths to skip when walking directories (from `redline.toml`), and the folder
    /// they are relative to: the one holding that redline.toml.
    pub exclude: Vec<String>,
    pub exclude_root: PathBuf,
    pub rules: RuleSource,
    pub format: Format,
    /// Which findings make the run exit 1.
    pub fail_on: FailOn,
    pub today: Date,
    pub limits: Limits,
    pub lang: Lang,
    /// Leave out findings this baseline holds.
    pub baseline: Option<PathBuf>,
    /// Record every finding here as the new baseline.
    pub write_baseline: Option<PathBuf>,
    /// Show, one by one, the mentions a rule set aside because the page does not offer them.
    pub show_set_aside: bool,
}

pub fn run(options: &CheckOptions) -> u8 {
    let Some(rules) = load_rules(&options.rules, options.today, Examples::Enforce) else {
        return EXIT_UNUSABLE;
    };
    let mut baseline = match options.baseline.as_deref().map(Baseline::read).transpose() {
        Ok(baseline) => baseline,
        Err(message) => {
            eprintln!("error[redline::baseline::unreadable]: {message}");
            return EXIT_UNUSABLE;
        }
    };
    let evaluator = Evaluator::new(&rules, options.today)
        .with_max_findings_per_field(options.limits.max_findings_per_field)
        .with_lang(options.lang);
    let checker = Checker::new(evaluator, &rules, &options.rules.disable);
    let mut excluded = Exclude::new(&options.exclude, &options.exclude_root);
    // redline's own baseline is never a filing, wherever it sits.
    excluded.files = [&options.baseline, &options.write_baseline]
        .into_iter()
        .flatten()
        .map(|p| resolved(p))
        .collect();
    let targets = collect_files(&options.paths, &excluded);
    let stdin_name = options.stdin_filename.as_deref().unwrap_or("stdin");
    let mut reports = check_targets(
        &checker,
        targets,
        &options.limits,
        stdin_name,
        &mut std::io::stdin().lock(),
        &options.paths,
    );
    if let Some(baseline) = &mut baseline {
        let stale = baseline.apply(&mut reports);
        if stale > 0 {
            eprintln!(
                "note[redline::baseline::stale]: {stale} finding(s) recorded in the baseline were not found again (fixed, or their sentence changed); refresh it with --write-baseline"
            );
        }
    }
    let mut fail_on = options.fail_on;
    if let Some(path) = &options.write_baseline {
        match baseline::write(path, &reports) {
            Ok(count) => {
                eprintln!(
                    "redline: wrote {count} finding(s) to the baseline {}",
                    path.display()
                );
                // Recording today's findings is the point of the run, not a failure.
                fail_on = FailOn::Never;
            }
            Err(message) => {
                eprintln!("error[redline::baseline::unwritable]: {message}");
                return EXIT_UNUSABLE;
            }
        }
    }
    let context = report::Context {
        lang: options.lang,
        color: options.format == Format::Human && super::colour(std::io::stdout().is_terminal()),
        width: report::human::terminal_width(),
        rules: &rules,
        disabled: &options.rules.disable,
        show_set_aside: options.show_set_aside,
    };
    let text = report::render(options.format, &reports, &context);
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    if options.format == Format::Github {
        write_step_summary(&reports, &context);
    }
    Summary::of(&reports).exit_code(fail_on)
}

/// On GitHub Actions, adds the run to the job's summary page; elsewhere does nothing.
fn write_step_summary(reports: &[FileReport], context: &report::Context) {
    let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) else {
        return;
    };
    let markdown = report::github::step_summary(reports, context);
    let written = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .and_then(|mut file| file.write_all(markdown.as_bytes()));
    if let Err(error) = written {
        eprintln!(
            "warning[redline::github::step-summary]: cannot write the step summary {}: {error}",
            Path::new(&path).display()
        );
    }
}
