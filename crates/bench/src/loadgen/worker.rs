//! One load-generator worker: a closed loop of `echo` calls on its own session.

use std::sync::Arc;
use std::time::{Duration, Instant};

use hdrhistogram::Histogram;

use super::client::{Client, EchoCall};
use super::error::CallError;
use super::report::new_histogram;
use super::target::Target;

/// Pause after a failure to connect or initialize, so a dead peer is not spun on.
const SETUP_BACKOFF: Duration = Duration::from_millis(20);

/// The time window of a run.
#[derive(Debug, Clone, Copy)]
pub struct Window {
    /// Requests started before this are warm-up and not recorded.
    pub measure_from: Instant,
    /// No request is started at or after this.
    pub end: Instant,
}

/// What one worker measured.
pub struct WorkerStats {
    /// Latencies of successful measured requests, in microseconds.
    pub hist: Histogram<u64>,
    /// Failed measured requests (including failed reconnects).
    pub errors: u64,
    /// The first error seen, for diagnosis.
    pub first_error: Option<String>,
}

impl WorkerStats {
    fn fail(&mut self, err: &CallError, measured: bool) {
        if measured {
            self.errors += 1;
        }
        if self.first_error.is_none() {
            self.first_error = Some(err.to_string());
        }
    }
}

/// Runs one worker until `window.end`; each call may take `timeout`, and a failed one is
/// followed by `error_pause`.
pub async fn run_worker(
    target: Arc<Target>,
    call: Arc<EchoCall>,
    window: Window,
    (timeout, error_pause): (Duration, Duration),
) -> WorkerStats {
    let mut client = Client::new(target);
    let mut stats = WorkerStats {
        hist: new_histogram(),
        errors: 0,
        first_error: None,
    };
    loop {
        let start = Instant::now();
        if start >= window.end {
            return stats;
        }
        let measured = start >= window.measure_from;
        let ready = tokio::time::timeout(timeout, client.ensure_ready()).await;
        if let Err(err) = ready.unwrap_or(Err(CallError::Timeout)) {
            client.recover_from(&err);
            stats.fail(&err, measured);
            tokio::time::sleep(SETUP_BACKOFF).await;
            continue;
        }
        let start = Instant::now();
        let measured = start >= window.measure_from;
        let outcome = tokio::time::timeout(timeout, client.call_echo(&call)).await;
        match outcome.unwrap_or(Err(CallError::Timeout)) {
            Ok(latency) if measured => {
                let micros = u64::try_from(latency.as_micros()).unwrap_or(u64::MAX);
                stats.hist.saturating_record(micros.max(1));
            }
            Ok(_) => {}
            Err(err) => {
                client.recover_from(&err);
                stats.fail(&err, measured);
                if !error_pause.is_zero() {
                    tokio::time::sleep(error_pause).await;
                }
            }
        }
    }
}
