//! The boundaries of docs/architecture.md, held by a test: which module may name which, and that
//! the library leaves printing and exiting to the command line.

use std::path::{Path, PathBuf};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every source file under `src/` with its code before any `#[cfg(test)]` module, as a path
/// relative to `src/`.
fn library_code() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or("").to_string();
            let name = path
                .strip_prefix(&src)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (name, code)
        })
        .collect()
}

fn violations(scope: impl Fn(&str) -> bool, forbidden: &[&str]) -> Vec<String> {
    library_code()
        .into_iter()
        .filter(|(name, _)| scope(name))
        .flat_map(|(name, code)| {
            forbidden
                .iter()
                .filter(|word| code.contains(*word))
                .map(|word| format!("{name} names `{word}`"))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn the_rule_language_never_names_the_evaluator_inputs_or_reports() {
    let found = violations(
        |name| name.starts_with("dsl/"),
        &[
            "crate::eval",
            "crate::input",
            "crate::report",
            "crate::check",
            "crate::audit",
        ],
    );
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_shared_vocabulary_names_none_of_the_layers_above_it() {
    let found = violations(
        |name| name.starts_with("vocabulary/") || name.starts_with("text/") || name == "lang.rs",
        &[
            "crate::dsl",
            "crate::eval",
            "crate::input",
            "crate::report",
            "crate::commands",
        ],
    );
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn no_library_module_names_the_command_line_or_prints() {
    let library = |name: &str| !name.starts_with("commands/") && name != "main.rs";
    let mut found = violations(library, &["crate::commands"]);
    // The panic hook reports a fault on stderr and exits 2 by design; main.rs installs it.
    found.extend(violations(
        |name| library(name) && name != "guard.rs",
        &[
            "println!",
            "eprintln!",
            "print!(",
            "eprint!(",
            "std::io::stdin",
            "std::process::exit",
        ],
    ));
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_server_is_a_way_in_that_nothing_below_it_names() {
    let found = violations(
        |name| {
            !name.starts_with("serve/")
                && !name.starts_with("commands/")
                && name != "main.rs"
                && name != "lib.rs"
        },
        &["crate::serve"],
    );
    assert!(found.is_empty(), "{}", found.join("\n"));
}
