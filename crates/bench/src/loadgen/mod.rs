//! The Streamable HTTP load generator.
//!
//! Each worker owns one keep-alive connection and one MCP session and loops
//! `tools/call echo` as fast as responses come back (a closed loop). Latency is
//! measured from sending the request to having the matching JSON-RPC response,
//! whether it came as `application/json` or inside a `text/event-stream`.

pub mod client;
pub mod conn;
pub mod error;
pub mod report;
pub mod sse;
pub mod target;
pub mod worker;

use std::sync::Arc;
use std::time::{Duration, Instant};

pub use client::{Client, EchoCall};
pub use error::CallError;
pub use report::Report;
pub use target::Target;

use report::new_histogram;
use worker::{Window, run_worker};

/// Parameters of one run.
#[derive(Debug, Clone)]
pub struct Config {
    /// Endpoint to load.
    pub target: Target,
    /// Number of concurrent workers.
    pub concurrency: usize,
    /// Measured duration.
    pub duration: Duration,
    /// Unmeasured warm-up before the measured duration.
    pub warmup: Duration,
    /// Per-request timeout.
    pub timeout: Duration,
    /// Text sent to `echo`.
    pub text: String,
    /// Name printed with the results.
    pub label: String,
    /// How long a worker waits after a failed call before the next (zero: a tight loop).
    pub error_pause: Duration,
}

/// Runs the load on the current Tokio runtime and returns the merged report.
pub async fn run(config: &Config) -> Report {
    let target = Arc::new(config.target.clone());
    let call = Arc::new(EchoCall::new(&config.text, config.target.modern));
    let measure_from = Instant::now() + config.warmup;
    let window = Window {
        measure_from,
        end: measure_from + config.duration,
    };
    let workers: Vec<_> = (0..config.concurrency.max(1))
        .map(|_| {
            let worker = run_worker(
                Arc::clone(&target),
                Arc::clone(&call),
                window,
                (config.timeout, config.error_pause),
            );
            tokio::spawn(worker)
        })
        .collect();
    let mut hist = new_histogram();
    let mut errors = 0;
    let mut first_error = None;
    for worker in workers {
        let stats = worker.await.expect("load worker panicked");
        hist.add(&stats.hist).expect("histograms share bounds");
        errors += stats.errors;
        first_error = first_error.or(stats.first_error);
    }
    let elapsed = Instant::now().saturating_duration_since(measure_from);
    Report::new(
        &config.label,
        config.concurrency,
        elapsed,
        &hist,
        errors,
        first_error,
    )
}

/// Runs the load on a new runtime with `threads` worker threads (1 means a
/// current-thread runtime).
pub fn run_blocking(config: &Config, threads: usize) -> std::io::Result<Report> {
    Ok(runtime(threads)?.block_on(run(config)))
}

/// Opens a session against `target` and makes one `echo` call.
pub async fn probe(target: Target) -> Result<(), CallError> {
    let modern = target.modern;
    let mut client = Client::new(Arc::new(target));
    client.ensure_ready().await?;
    client
        .call_echo(&EchoCall::new("probe", modern))
        .await
        .map(drop)
}

/// Builds a Tokio runtime with `threads` workers (1 means current-thread).
pub fn runtime(threads: usize) -> std::io::Result<tokio::runtime::Runtime> {
    if threads <= 1 {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
    } else {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(threads)
            .enable_all()
            .build()
    }
}
