//! Token-bucket (GCRA) rate limits keyed by caller, server and tool, with the governor crate.
//! Over a limit a call is refused with a retry-after hint, or waits its turn when a queue is
//! configured (each key has its own bounded queue, so one runaway agent cannot fill it for all).

use std::num::NonZeroU32;
use std::time::Duration;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use super::CallKey;
use super::queue::WaitQueue;
use crate::error::GatewayError;
use crate::settings::{LimitKey, LimitQueueSettings, LimitSettings};

struct Limit {
    key: Vec<LimitKey>,
    describe: String,
    limiter: DefaultKeyedRateLimiter<String>,
}

/// Every configured rate limit.
pub struct RateLimits {
    limits: Vec<Limit>,
    queue: Option<WaitQueue>,
    clock: DefaultClock,
}

impl RateLimits {
    /// Compile the limits.
    pub fn new(settings: &[LimitSettings], queue: Option<LimitQueueSettings>) -> Self {
        let limits = settings.iter().map(compile).collect();
        Self {
            limits,
            queue: queue.map(WaitQueue::new),
            clock: DefaultClock::default(),
        }
    }

    /// Pass every limit that applies, waiting in the key's queue when one is configured.
    pub async fn admit(&self, key: &CallKey<'_>) -> Result<(), GatewayError> {
        for limit in &self.limits {
            let Some(bucket) = key.bucket(&limit.key) else {
                continue;
            };
            self.pass(limit, bucket).await?;
        }
        Ok(())
    }

    async fn pass(&self, limit: &Limit, bucket: String) -> Result<(), GatewayError> {
        let mut waited = Duration::ZERO;
        loop {
            let not_until = match limit.limiter.check_key(&bucket) {
                Ok(()) => return Ok(()),
                Err(not_until) => not_until,
            };
            let wait = not_until.wait_time_from(self.clock.now());
            let refused = || GatewayError::RateLimited {
                limit: limit.describe.clone(),
                retry_after: wait,
            };
            let Some(queue) = &self.queue else {
                return Err(refused());
            };
            let _place = queue.place(&bucket, waited, wait).ok_or_else(refused)?;
            tokio::time::sleep(wait).await;
            waited += wait;
        }
    }

    /// Drop the state of buckets that are full again (idle callers cost no memory).
    pub fn retain_recent(&self) {
        for limit in &self.limits {
            limit.limiter.retain_recent();
            limit.limiter.shrink_to_fit();
        }
    }
}

/// How a limit is named in a refusal, e.g. `60 per 60s by [agent, tool]`.
pub(super) fn describe(settings: &LimitSettings) -> String {
    let parts: Vec<&str> = settings.key.iter().map(|k| k.name()).collect();
    format!(
        "{} per {}s by [{}]",
        settings.calls,
        settings.period.as_secs(),
        parts.join(", ")
    )
}

fn compile(settings: &LimitSettings) -> Limit {
    let calls = settings.calls.max(1);
    let interval = (settings.period / calls).max(Duration::from_nanos(1));
    let burst = NonZeroU32::new(settings.burst.max(1)).unwrap_or(NonZeroU32::MIN);
    let quota = Quota::with_period(interval)
        .unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN))
        .allow_burst(burst);
    Limit {
        key: settings.key.clone(),
        describe: describe(settings),
        limiter: RateLimiter::keyed(quota),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limit(key: Vec<LimitKey>, calls: u32, burst: u32) -> LimitSettings {
        LimitSettings {
            key,
            calls,
            period: Duration::from_secs(60),
            burst,
        }
    }

    fn agent(name: &str) -> CallKey<'_> {
        CallKey {
            agent: Some(name),
            tool: Some("db__query"),
            ..CallKey::default()
        }
    }

    #[tokio::test]
    async fn a_runaway_agent_is_held_while_another_passes() {
        let limits = RateLimits::new(&[limit(vec![LimitKey::Agent], 60, 3)], None);
        for _ in 0..3 {
            limits.admit(&agent("loop")).await.unwrap();
        }
        let refused = limits.admit(&agent("loop")).await.unwrap_err();
        match refused {
            GatewayError::RateLimited { retry_after, .. } => {
                assert!(retry_after > Duration::ZERO && retry_after <= Duration::from_secs(1))
            }
            other => panic!("expected a rate limit, got {other:?}"),
        }
        limits.admit(&agent("polite")).await.unwrap();
    }

    #[tokio::test]
    async fn a_tool_limit_does_not_apply_to_calls_without_a_tool() {
        let limits = RateLimits::new(&[limit(vec![LimitKey::Tool], 60, 1)], None);
        let list = CallKey::default();
        for _ in 0..5 {
            limits.admit(&list).await.unwrap();
        }
    }

    #[tokio::test]
    async fn a_queued_call_waits_its_turn_then_passes() {
        let queue = LimitQueueSettings {
            max_waiting: 1,
            max_wait: Duration::from_secs(2),
        };
        // 600/min: one call every 100 ms.
        let limits = RateLimits::new(&[limit(vec![LimitKey::Agent], 600, 1)], Some(queue));
        limits.admit(&agent("a")).await.unwrap();
        let started = std::time::Instant::now();
        limits.admit(&agent("a")).await.unwrap();
        assert!(started.elapsed() >= Duration::from_millis(50));
    }

    #[tokio::test]
    async fn a_call_that_would_wait_too_long_is_refused_at_once() {
        let queue = LimitQueueSettings {
            max_waiting: 4,
            max_wait: Duration::from_millis(10),
        };
        let limits = RateLimits::new(&[limit(vec![LimitKey::Agent], 60, 1)], Some(queue));
        limits.admit(&agent("a")).await.unwrap();
        assert!(matches!(
            limits.admit(&agent("a")).await,
            Err(GatewayError::RateLimited { .. })
        ));
    }
}
