//! `conformance-fixture`: runs the MCP conformance fixture server.
//!
//! ```text
//! conformance-fixture --stdio
//! conformance-fixture --http 127.0.0.1:3001
//! ```
//!
//! Logs go to stderr (filter with `RUST_LOG`), so stdout carries only MCP
//! messages in `--stdio` mode.

use std::{net::SocketAddr, process::ExitCode};

const USAGE: &str = "usage: conformance-fixture --stdio | --http <ADDR:PORT>";

/// The transport chosen on the command line.
enum Mode {
    Stdio,
    Http(SocketAddr),
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Mode, String> {
    let mode = match args.next().as_deref() {
        Some("--stdio") => Mode::Stdio,
        Some("--http") => {
            let addr = args.next().ok_or("--http needs an address")?;
            let addr = addr
                .parse()
                .map_err(|e| format!("invalid address {addr:?}: {e}"))?;
            Mode::Http(addr)
        }
        Some("-h" | "--help") | None => return Err(USAGE.to_owned()),
        Some(other) => return Err(format!("unknown argument {other:?}\n{USAGE}")),
    };
    match args.next() {
        Some(extra) => Err(format!("unexpected argument {extra:?}\n{USAGE}")),
        None => Ok(mode),
    }
}

fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .init();
}

#[tokio::main]
async fn main() -> ExitCode {
    let mode = match parse_args(std::env::args().skip(1)) {
        Ok(mode) => mode,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    init_logging();
    let result = match mode {
        Mode::Stdio => conformance_fixture::serve_stdio().await,
        Mode::Http(addr) => conformance_fixture::serve_http(addr).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("conformance-fixture: {error}");
            ExitCode::FAILURE
        }
    }
}
