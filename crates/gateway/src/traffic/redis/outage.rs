//! What a call gets when Redis cannot be asked: through unchecked (`on_error: open`) or refused
//! (`closed`), counted in the metrics, and told in the log at most once per
//! [`WARN_EVERY`] (with the number of calls decided since the last line), never per call.

use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use super::super::StoreFailures;
use crate::error::GatewayError;
use crate::settings::OnStoreError;

/// The least time between two warnings.
pub(super) const WARN_EVERY: Duration = Duration::from_secs(10);

/// Decides calls while Redis is unreachable, and says so now and then.
pub(super) struct Outage {
    on_error: OnStoreError,
    /// How the server is named in logs (no password).
    server: String,
    failures: StoreFailures,
    last_warning: Mutex<Option<Instant>>,
    unreported: AtomicU64,
}

impl Outage {
    /// Decide per `on_error`, counting into `failures`.
    pub fn new(on_error: OnStoreError, server: String, failures: StoreFailures) -> Self {
        Self {
            on_error,
            server,
            failures,
            last_warning: Mutex::new(None),
            unreported: AtomicU64::new(0),
        }
    }

    /// The answer to a call Redis could not decide, for `reason`.
    pub fn decide(&self, reason: &str) -> Result<(), GatewayError> {
        let outcome = match self.on_error {
            OnStoreError::Open => {
                self.failures.let_through.inc();
                Ok(())
            }
            OnStoreError::Closed => {
                self.failures.refused.inc();
                Err(GatewayError::LimitStoreUnavailable)
            }
        };
        self.warn(reason);
        outcome
    }

    fn warn(&self, reason: &str) {
        self.unreported.fetch_add(1, Ordering::Relaxed);
        let mut last = self.last_warning.lock().unwrap_or_else(|p| p.into_inner());
        if last.is_some_and(|at| at.elapsed() < WARN_EVERY) {
            return;
        }
        *last = Some(Instant::now());
        let calls = self.unreported.swap(0, Ordering::Relaxed);
        match self.on_error {
            OnStoreError::Open => tracing::warn!(
                redis = %self.server, reason, calls,
                "limits and quotas cannot be checked in Redis; calls are let through unchecked (limit_redis.on_error: open)"
            ),
            OnStoreError::Closed => tracing::warn!(
                redis = %self.server, reason, calls,
                "limits and quotas cannot be checked in Redis; calls are refused (limit_redis.on_error: closed)"
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_lets_through_closed_refuses_and_both_are_counted() {
        let failures = StoreFailures::default();
        let open = Outage::new(OnStoreError::Open, "redis://x".into(), failures.clone());
        assert!(open.decide("down").is_ok());
        let closed = Outage::new(OnStoreError::Closed, "redis://x".into(), failures.clone());
        let refused = closed.decide("down").unwrap_err();
        assert!(matches!(refused, GatewayError::LimitStoreUnavailable));
        assert!(refused.retry_after().is_some());
        closed.decide("down").unwrap_err();
        assert_eq!(failures.let_through.get(), 1);
        assert_eq!(failures.refused.get(), 2);
    }

    #[test]
    fn one_warning_covers_the_calls_of_its_interval() {
        let outage = Outage::new(
            OnStoreError::Open,
            "redis://x".into(),
            StoreFailures::default(),
        );
        outage.decide("down").unwrap();
        assert_eq!(
            outage.unreported.load(Ordering::Relaxed),
            0,
            "the first is told"
        );
        for _ in 0..5 {
            outage.decide("down").unwrap();
        }
        assert_eq!(
            outage.unreported.load(Ordering::Relaxed),
            5,
            "within the interval: counted, not told"
        );
    }
}
