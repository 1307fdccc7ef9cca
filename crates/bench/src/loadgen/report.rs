//! Latency statistics of one run and their text and JSON renderings.

use std::fmt;
use std::time::Duration;

use hdrhistogram::Histogram;
use serde::Serialize;

/// Creates the latency histogram used everywhere (microseconds, 1 µs to 1 h).
pub fn new_histogram() -> Histogram<u64> {
    Histogram::new_with_bounds(1, 3_600_000_000, 3).expect("valid histogram bounds")
}

/// The result of one load-generator run.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Free-form name of the run.
    pub label: String,
    /// Number of concurrent workers (one connection and session each).
    pub concurrency: usize,
    /// Measured wall time in seconds (after warm-up).
    pub duration_s: f64,
    /// Successful requests in the measured window.
    pub requests: u64,
    /// Failed requests in the measured window.
    pub errors: u64,
    /// Successful requests per second.
    pub rps: f64,
    /// Median latency in milliseconds.
    pub p50_ms: f64,
    /// 90th percentile latency in milliseconds.
    pub p90_ms: f64,
    /// 99th percentile latency in milliseconds.
    pub p99_ms: f64,
    /// Largest latency in milliseconds.
    pub max_ms: f64,
    /// The first error seen, if any, for diagnosis.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_error: Option<String>,
}

impl Report {
    /// Builds a report from a merged histogram of latencies in microseconds.
    pub fn new(
        label: &str,
        concurrency: usize,
        elapsed: Duration,
        hist: &Histogram<u64>,
        errors: u64,
        first_error: Option<String>,
    ) -> Self {
        let ms = |us: u64| us as f64 / 1000.0;
        let secs = elapsed.as_secs_f64().max(1e-9);
        let empty = hist.is_empty();
        let q = |quantile: f64| {
            if empty {
                0.0
            } else {
                ms(hist.value_at_quantile(quantile))
            }
        };
        Self {
            label: label.to_string(),
            concurrency,
            duration_s: secs,
            requests: hist.len(),
            errors,
            rps: hist.len() as f64 / secs,
            p50_ms: q(0.5),
            p90_ms: q(0.9),
            p99_ms: q(0.99),
            max_ms: if empty { 0.0 } else { ms(hist.max()) },
            first_error,
        }
    }

    /// The report as one line of JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("report serializes")
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:<12} c={:<4} rps={:>10.1}  p50={:>7.3}ms  p90={:>7.3}ms  p99={:>7.3}ms  max={:>8.3}ms  errors={}",
            self.label,
            self.concurrency,
            self.rps,
            self.p50_ms,
            self.p90_ms,
            self.p99_ms,
            self.max_ms,
            self.errors
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_computes_rate_and_percentiles() {
        let mut h = new_histogram();
        for us in 1..=1000 {
            h.record(us).unwrap();
        }
        let r = Report::new("x", 2, Duration::from_secs(2), &h, 3, None);
        assert_eq!(r.requests, 1000);
        assert!((r.rps - 500.0).abs() < 1e-6);
        assert!((r.p50_ms - 0.5).abs() < 0.01);
        assert!((r.max_ms - 1.0).abs() < 0.01);
        assert!(r.to_string().contains("errors=3"));
        assert!(r.to_json().contains("\"p99_ms\""));
    }
}
