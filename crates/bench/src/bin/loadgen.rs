//! `loadgen`: closed-loop Streamable HTTP load generator calling `echo`.
//!
//! Prints one line per run (or one JSON object with `--json`); exits with status
//! 1 if every request failed.

use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use gatehouse_bench::loadgen::{self, Config, Target};

/// Command line of `loadgen`.
#[derive(Parser, Debug)]
#[command(
    version,
    about = "Streamable HTTP load generator for MCP servers and gateways"
)]
struct Args {
    /// MCP endpoint URL (plain http), e.g. http://127.0.0.1:8080/mcp.
    #[arg(long)]
    url: String,
    /// Concurrent workers, each with its own connection and session.
    #[arg(long, default_value_t = 1)]
    concurrency: usize,
    /// Measured duration in seconds.
    #[arg(long, default_value_t = 10.0)]
    duration: f64,
    /// Warm-up in seconds before measuring.
    #[arg(long, default_value_t = 1.0)]
    warmup: f64,
    /// Per-request timeout in seconds.
    #[arg(long, default_value_t = 10.0)]
    timeout: f64,
    /// Text sent to the echo tool.
    #[arg(long, default_value = "hello gatehouse")]
    text: String,
    /// Name printed with the results.
    #[arg(long, default_value = "run")]
    label: String,
    /// Milliseconds a worker waits after a failed call (0: retry at once, a tight loop).
    #[arg(long, default_value_t = 0)]
    error_pause_ms: u64,
    /// Runtime threads (default: min(concurrency, CPUs); 1 = current-thread).
    #[arg(long)]
    threads: Option<usize>,
    /// Print the result as one JSON object.
    #[arg(long)]
    json: bool,
    /// Speak MCP 2026-07-28: no session, `_meta` and `Mcp-Method`/`Mcp-Name` on every call.
    #[arg(long)]
    modern: bool,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let target = match Target::parse(&args.url) {
        Ok(target) => Target {
            modern: args.modern,
            ..target
        },
        Err(err) => {
            eprintln!("loadgen: {err}");
            return ExitCode::from(2);
        }
    };
    let cpus = std::thread::available_parallelism().map_or(1, usize::from);
    let threads = args.threads.unwrap_or(args.concurrency.min(cpus));
    let config = Config {
        target,
        concurrency: args.concurrency.max(1),
        duration: Duration::from_secs_f64(args.duration),
        warmup: Duration::from_secs_f64(args.warmup),
        timeout: Duration::from_secs_f64(args.timeout),
        text: args.text,
        label: args.label,
        error_pause: Duration::from_millis(args.error_pause_ms),
    };
    let report = match loadgen::run_blocking(&config, threads) {
        Ok(report) => report,
        Err(err) => {
            eprintln!("loadgen: cannot start runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    if args.json {
        println!("{}", report.to_json());
    } else {
        println!("{report}");
    }
    if let Some(err) = &report.first_error {
        eprintln!("loadgen: first error: {err}");
    }
    if report.requests == 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
