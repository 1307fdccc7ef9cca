//! `gatehouse scan FILE.jsonl`: vet tool definitions, results and arguments offline with the
//! same detectors the gateway runs inline (`guard::scan::scan_line` defines the line format).

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::ExitCode;

use guard::{Actions, Guard};

/// Scan every line of `file` (`-`: stdin); one verdict line per case on stdout. A line that is
/// not a valid case gets an error line naming its number on stderr, and the exit code is 1.
pub fn run(file: &Path) -> ExitCode {
    let input: Box<dyn BufRead> = if file.as_os_str() == "-" {
        Box::new(BufReader::new(std::io::stdin()))
    } else {
        match std::fs::File::open(file) {
            Ok(f) => Box::new(BufReader::new(f)),
            Err(e) => {
                crate::complain!("error: cannot read {}: {e}", file.display());
                return ExitCode::FAILURE;
            }
        }
    };
    let guard = match Guard::new() {
        Ok(guard) => guard,
        Err(e) => {
            crate::complain!("error: cannot build the detectors: {e}");
            return ExitCode::FAILURE;
        }
    };
    let actions = Actions::default();
    let mut out = std::io::stdout().lock();
    let mut failed = false;
    // Lines are split as bytes, so that one line that is not UTF-8 is an error of its own and
    // the lines after it are still scanned.
    for (number, line) in input.split(b'\n').enumerate() {
        let line = match line.map(String::from_utf8) {
            Ok(Ok(line)) => line,
            Ok(Err(_)) => {
                crate::complain!("error: line {}: not valid UTF-8", number + 1);
                failed = true;
                continue;
            }
            Err(e) => {
                crate::complain!("error: reading line {}: {e}", number + 1);
                return ExitCode::FAILURE;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        match guard::scan::scan_line(&guard, &actions, &line) {
            Ok(verdict) => {
                if writeln!(out, "{verdict}").is_err() {
                    return ExitCode::FAILURE;
                }
            }
            Err(e) => {
                crate::complain!("error: line {}: {e}", number + 1);
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
