//! Containment of faults: a bug met on one row or one file costs that row or file, never the run.
//!
//! [`contain`] runs a piece of work and turns a panic inside it into an error value carrying the
//! panic's message. Front ends install [`report_and_exit`] as the process's panic hook: a panic
//! inside [`contain`] stays quiet there (the caller reports it as a row or file problem), and any
//! other panic prints one line with a bug-report hint and exits 2, never a backtrace.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};

thread_local! {
    /// Whether this thread is inside [`contain`], so the hook leaves the panic to it.
    static CONTAINED: Cell<bool> = const { Cell::new(false) };
}

/// The stable code of an internal fault.
pub const INTERNAL: &str = "redline::internal";

/// Runs `work`; a panic inside it comes back as `Err(message)`.
pub fn contain<T>(work: impl FnOnce() -> T) -> Result<T, String> {
    let outer = CONTAINED.with(|c| c.replace(true));
    let result = panic::catch_unwind(AssertUnwindSafe(work));
    CONTAINED.with(|c| c.set(outer));
    result.map_err(|payload| message(payload.as_ref()))
}

fn message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "an internal fault".to_string())
}

/// A panic hook for front ends: silent inside [`contain`], otherwise one line and exit code 2.
pub fn report_and_exit(info: &panic::PanicHookInfo<'_>) {
    if CONTAINED.with(Cell::get) {
        return;
    }
    let place = info
        .location()
        .map(|l| format!(" at {}:{}", l.file(), l.line()))
        .unwrap_or_default();
    eprintln!(
        "error[{INTERNAL}]: redline stopped on an internal fault ({}{place}). This is a bug in redline, not in your input: please report it with the command and the file that caused it.",
        message(info.payload())
    );
    std::process::exit(2);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_contained_panic_is_a_value() {
        let result: Result<(), String> = contain(|| panic!("row 7 broke"));
        assert_eq!(result.unwrap_err(), "row 7 broke");
        assert_eq!(contain(|| 4), Ok(4));
    }
}
