//! Which requests may be retried, and the retry budget that keeps retries from multiplying load
//! on a struggling server: retries may add at most `budget_percent` to first attempts (plus a
//! small floor so that a quiet server can still be retried).

use std::sync::atomic::{AtomicU64, Ordering};

use protocol::methods;

/// Retries allowed regardless of the ratio, so a quiet server can still be retried.
const FLOOR: u64 = 3;

/// Counts first attempts and retries.
pub struct RetryBudget {
    percent: u64,
    firsts: AtomicU64,
    retries: AtomicU64,
}

impl RetryBudget {
    /// A budget of `percent` retries per 100 first attempts.
    pub fn new(percent: u32) -> Self {
        Self {
            percent: u64::from(percent),
            firsts: AtomicU64::new(0),
            retries: AtomicU64::new(0),
        }
    }

    /// Count a first attempt.
    pub fn first_attempt(&self) {
        self.firsts.fetch_add(1, Ordering::Relaxed);
    }

    /// Take one retry from the budget, if any is left.
    pub fn try_retry(&self) -> bool {
        let allowed = self.firsts.load(Ordering::Relaxed) * self.percent / 100 + FLOOR;
        let taken = self.retries.fetch_add(1, Ordering::Relaxed);
        if taken < allowed {
            return true;
        }
        self.retries.fetch_sub(1, Ordering::Relaxed);
        false
    }
}

/// Whether a request with `method` is safe to repeat by its nature (lists and reads).
/// `tools/call` is decided per tool by the caller.
pub fn idempotent_method(method: &str) -> bool {
    matches!(
        method,
        methods::TOOLS_LIST
            | methods::PROMPTS_LIST
            | methods::PROMPTS_GET
            | methods::RESOURCES_LIST
            | methods::RESOURCE_TEMPLATES_LIST
            | methods::RESOURCES_READ
            | methods::COMPLETION_COMPLETE
            | methods::PING
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_budget_caps_retries_relative_to_first_attempts() {
        let budget = RetryBudget::new(10);
        for _ in 0..100 {
            budget.first_attempt();
        }
        let granted = (0..50).filter(|_| budget.try_retry()).count();
        assert_eq!(granted, 10 + FLOOR as usize);
    }

    #[test]
    fn calls_are_not_idempotent_by_method() {
        assert!(idempotent_method(methods::TOOLS_LIST));
        assert!(!idempotent_method(methods::TOOLS_CALL));
    }
}
