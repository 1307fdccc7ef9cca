//! The `gatehouse` binary's library: config loading and compilation, the `serve` command with
//! hot reload, and the CLI's other commands. `main.rs` only parses arguments.
#![deny(missing_docs)]

pub mod audit_cli;
pub mod config;
pub mod logging;
pub mod reload;
pub mod scan_cli;
pub mod scan_server;
pub mod serve;
pub mod telemetry;

/// `eprintln!` for the one-shot commands, without its panic when stderr is a closed pipe
/// (`gatehouse check bad.yaml 2>&1 | head -1`): the rest of the output is dropped quietly, as
/// other Unix tools do. (Restoring the default SIGPIPE instead would also kill `serve` when it
/// writes to a stdio server that has just exited.)
#[macro_export]
macro_rules! complain {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

/// `println!` for the one-shot commands, without its panic on a closed stdout (see `complain!`).
#[macro_export]
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}
