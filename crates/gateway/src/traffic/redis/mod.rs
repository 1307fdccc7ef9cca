//! Rate limits and quotas shared by every gateway instance through one Redis (`limit_redis`).
//!
//! One call is one round trip: a Lua script ([`script`]) checks every rate limit (GCRA, the
//! same parameters as the local governor limiter) and every quota that applies, and counts the
//! call in all of them or in none. Refusals are the local limiter's errors (`RateLimited` with
//! the wait, `QuotaExceeded` with the window's end), so the pipeline cannot tell the backends
//! apart; `limit_queue` waits work the same (the places are counted per instance).
//!
//! When Redis cannot answer within `timeout` (connection included; reconnects happen in the
//! background, see [`link`]), the call is decided by `on_error` ([`outage`]).

mod link;
mod outage;
mod script;

use std::sync::Arc;
use std::time::Duration;

use super::queue::WaitQueue;
use super::quota::{refusal, unix_seconds};
use super::{CallKey, StoreFailures, limits};
use crate::error::GatewayError;
use crate::settings::{LimitQueueSettings, LimitSettings, QuotaSettings, RedisLimitSettings};
use link::Link;
use outage::Outage;
use script::{Plan, Reply, ScriptLimit};

/// Every configured rate limit and quota, counted in Redis.
pub struct RedisLimits {
    prefix: String,
    timeout: Duration,
    limits: Vec<ScriptLimit>,
    /// How each limit is named in a refusal.
    descriptions: Vec<String>,
    quotas: Vec<QuotaSettings>,
    queue: Option<WaitQueue>,
    link: Arc<Link>,
    outage: Outage,
}

impl RedisLimits {
    /// Compile the limits and quotas, and start connecting to Redis (in the background).
    pub fn new(
        redis: &RedisLimitSettings,
        limits: &[LimitSettings],
        quotas: &[QuotaSettings],
        queue: Option<LimitQueueSettings>,
        failures: StoreFailures,
    ) -> Self {
        let server = redis.redacted_url();
        Self {
            prefix: redis.prefix.clone(),
            timeout: redis.timeout,
            descriptions: limits.iter().map(limits::describe).collect(),
            limits: limits.iter().map(ScriptLimit::new).collect(),
            quotas: quotas.to_vec(),
            queue: queue.map(WaitQueue::new),
            link: Link::new(&redis.url, server.clone(), redis.timeout),
            outage: Outage::new(redis.on_error, server, failures),
        }
    }

    /// Admit one call costing `cost` quota units: one script run decides every limit and quota
    /// (waiting in the key's queue when a rate limit refuses and a queue is configured).
    pub async fn admit(&self, key: &CallKey<'_>, cost: u64) -> Result<(), GatewayError> {
        let now = unix_seconds();
        let plan = script::plan(&self.prefix, &self.limits, &self.quotas, key, cost, now);
        if plan.is_empty() {
            return Ok(());
        }
        let mut waited = Duration::ZERO;
        loop {
            let deadline = tokio::time::Instant::now() + self.timeout;
            let reply = (self.link.eval(&plan, deadline).await)
                .and_then(|values| script::parse_reply(&values, &plan));
            let (limit, wait) = match reply {
                Ok(Reply::Admitted) => return Ok(()),
                Ok(Reply::OverQuota { quota }) => return Err(self.over_quota(&plan, quota, now)),
                Ok(Reply::Limited { limit, wait }) => (limit, wait),
                Err(reason) => return self.outage.decide(&reason),
            };
            let planned = &plan.limits[limit];
            let refused = || GatewayError::RateLimited {
                limit: self.descriptions[planned.index].clone(),
                retry_after: wait,
            };
            let Some(queue) = &self.queue else {
                return Err(refused());
            };
            let _place = queue
                .place(&planned.bucket, waited, wait)
                .ok_or_else(refused)?;
            tokio::time::sleep(wait).await;
            waited += wait;
        }
    }

    fn over_quota(&self, plan: &Plan, quota: usize, now: i64) -> GatewayError {
        let planned = &plan.quotas[quota];
        refusal(
            &self.quotas[planned.index],
            &planned.bucket,
            now,
            planned.ends,
        )
    }
}

/// Whether `url` is one `limit_redis.url` can take: `redis://` or `rediss://` (TLS), and
/// otherwise well formed; the error says what is wrong (never the password).
pub fn check_url(url: &str) -> Result<(), String> {
    if !(url.starts_with("redis://") || url.starts_with("rediss://")) {
        let scheme = url.split_once("://").map_or("none", |(scheme, _)| scheme);
        return Err(format!(
            "must start with redis:// or rediss:// (TLS), not `{scheme}`"
        ));
    }
    redis::Client::open(url)
        .map(|_| ())
        .map_err(|e| format!("is not a valid Redis URL: {e}"))
}

#[cfg(test)]
mod tests {
    use super::check_url;

    #[test]
    fn only_redis_urls_are_taken() {
        assert!(check_url("redis://127.0.0.1:6379").is_ok());
        assert!(check_url("rediss://user:pw@cache.internal:6380/2").is_ok());
        let http = check_url("http://127.0.0.1:6379").unwrap_err();
        assert!(http.contains("`http`"), "{http}");
        assert!(check_url("127.0.0.1:6379").is_err());
        let bad = check_url("redis://:s3cret@host:notaport").unwrap_err();
        assert!(!bad.contains("s3cret"), "{bad}");
    }
}
