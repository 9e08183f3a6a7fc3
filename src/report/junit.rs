//! JUnit XML, as CI systems read test reports: one test case per checked file, one `failure` per
//! error finding, one `error` per input problem that made the file unusable. Warnings and notes
//! go to the case's `system-out`, so the report shows them without failing the build.

use quick_xml::escape::escape;

use super::{Context, FileReport, Summary};
use crate::vocabulary::Severity;

/// The JUnit XML report: one test case per checked file.
pub fn render(reports: &[FileReport], context: &Context) -> String {
    let lang = context.lang;
    let summary = Summary::of(reports);
    let failures = summary.errors;
    let errors = reports
        .iter()
        .flat_map(|r| &r.problems)
        .filter(|p| p.severity == Severity::Error)
        .count();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<testsuites name=\"redline\" tests=\"{}\" failures=\"{failures}\" errors=\"{errors}\">\n",
        reports.len()
    ));
    out.push_str(&format!(
        "  <testsuite name=\"redline\" tests=\"{}\" failures=\"{failures}\" errors=\"{errors}\">\n",
        reports.len()
    ));
    for report in reports {
        let path = escape(report.path.as_str());
        out.push_str(&format!(
            "    <testcase classname=\"redline\" name=\"{path}\" file=\"{path}\">\n"
        ));
        let mut notes = Vec::new();
        for p in &report.problems {
            let (line, column) = p
                .span
                .as_ref()
                .map_or((1, 1), |s| report.line_column(s.start));
            let text = format!(
                "{}:{line}:{column}: {}\n{}",
                report.path,
                p.message_in(lang),
                p.help_in(lang)
            );
            if p.severity == Severity::Error {
                out.push_str(&format!(
                    "      <error type=\"{}\" message=\"{}\">{}</error>\n",
                    escape(p.code.as_str()),
                    escape(p.message_in(lang)),
                    escape(text.as_str())
                ));
            } else {
                notes.push(format!("{} [{}]", text, p.code));
            }
        }
        for f in &report.findings {
            let (line, column) = f
                .span
                .as_ref()
                .map_or((1, 1), |s| report.line_column(s.start));
            let text = format!(
                "{}:{line}:{column}: {} ({})\n{}",
                report.path, f.message, f.citation, f.help
            );
            if f.severity == Severity::Error {
                out.push_str(&format!(
                    "      <failure type=\"{}\" message=\"{}\">{}</failure>\n",
                    escape(f.rule.as_str()),
                    escape(f.message.as_str()),
                    escape(text.as_str())
                ));
            } else {
                notes.push(format!("{} [{}, {}]", text, f.rule, f.severity.name()));
            }
        }
        if !notes.is_empty() {
            out.push_str(&format!(
                "      <system-out>{}</system-out>\n",
                escape(notes.join("\n\n").as_str())
            ));
        }
        out.push_str("    </testcase>\n");
    }
    out.push_str("  </testsuite>\n</testsuites>\n");
    out
}
