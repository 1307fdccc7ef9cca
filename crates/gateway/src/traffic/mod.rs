//! Traffic control: rate limits and quotas per caller (checked before a request is routed), and
//! the protection of each upstream (concurrency cap with a bounded queue, circuit breaker,
//! retries of idempotent requests, list and result caches), applied where requests leave.

mod breaker;
mod cache;
mod concurrency;
mod limits;
mod quota;
mod retry;

use std::time::Duration;

pub use breaker::{Breaker, BreakerState};
pub use cache::{ListCache, ResultCache};
pub use concurrency::Concurrency;
pub use limits::RateLimits;
pub use quota::Quotas;
pub use retry::{RetryBudget, idempotent_method};

use crate::error::GatewayError;
use crate::settings::{LimitKey, ProtectionSettings, TrafficSettings};

/// The parts of a call that limits and quotas may be keyed by.
#[derive(Debug, Clone, Copy, Default)]
pub struct CallKey<'a> {
    /// The caller's tenant.
    pub tenant: Option<&'a str>,
    /// The calling agent.
    pub agent: Option<&'a str>,
    /// The user behind the agent.
    pub user: Option<&'a str>,
    /// The upstream server, when the request names one.
    pub server: Option<&'a str>,
    /// The qualified tool name, for `tools/call`.
    pub tool: Option<&'a str>,
}

impl CallKey<'_> {
    /// The bucket name for `parts`, e.g. `agent=bot|tool=db__query`; `None` when the call lacks
    /// one of the parts (a tool limit does not apply to `tools/list`).
    pub fn bucket(&self, parts: &[LimitKey]) -> Option<String> {
        let mut key = String::new();
        for part in parts {
            let (name, value) = match part {
                LimitKey::Tenant => ("tenant", Some(self.tenant.unwrap_or("-"))),
                LimitKey::Agent => ("agent", Some(self.agent.unwrap_or("anonymous"))),
                LimitKey::User => ("user", Some(self.user.unwrap_or("-"))),
                LimitKey::Server => ("server", self.server),
                LimitKey::Tool => ("tool", self.tool),
            };
            if !key.is_empty() {
                key.push('|');
            }
            key.push_str(name);
            key.push('=');
            key.push_str(value?);
        }
        Some(key)
    }
}

/// Rate limits and quotas compiled from [`TrafficSettings`]; replaced whole on reload.
pub struct Admission {
    limits: RateLimits,
    quotas: Quotas,
    settings: TrafficSettings,
}

impl Admission {
    /// Compile the settings.
    pub fn new(settings: &TrafficSettings) -> Self {
        Self {
            limits: RateLimits::new(&settings.limits, settings.queue.clone()),
            quotas: Quotas::new(&settings.quotas),
            settings: settings.clone(),
        }
    }

    /// Whether these settings are what this admission was compiled from.
    pub fn compiled_from(&self, settings: &TrafficSettings) -> bool {
        &self.settings == settings
    }

    /// Admit one call: every rate limit must pass (waiting if a queue is configured), then every
    /// quota is charged the call's cost.
    pub async fn admit(&self, key: &CallKey<'_>) -> Result<(), GatewayError> {
        self.limits.admit(key).await?;
        let cost = key
            .tool
            .and_then(|tool| self.settings.costs.get(tool).copied())
            .unwrap_or(1);
        self.quotas.charge(key, cost)
    }

    /// Forget idle buckets (bounded memory).
    pub fn housekeeping(&self) {
        self.limits.retain_recent();
        self.quotas.retain_current();
    }
}

/// The protection of one upstream, built from its [`ProtectionSettings`].
pub struct Protection {
    /// What it was built from.
    pub settings: ProtectionSettings,
    /// The concurrency cap.
    pub concurrency: Concurrency,
    /// The circuit breaker.
    pub breaker: Breaker,
    /// The retry budget.
    pub retries: RetryBudget,
    /// Cached list results.
    pub lists: ListCache,
    /// Cached tool results.
    pub results: ResultCache,
}

impl Protection {
    /// Build the protection for one server.
    pub fn new(settings: &ProtectionSettings) -> Self {
        Self {
            concurrency: Concurrency::new(settings.max_concurrency, settings.queue),
            breaker: Breaker::new(settings.breaker.clone()),
            retries: RetryBudget::new(settings.retry.budget_percent),
            lists: ListCache::new(settings.list_cache_ttl),
            results: ResultCache::new(&settings.cached_tools),
            settings: settings.clone(),
        }
    }

    /// A random wait before retry `attempt` (1-based): full jitter up to `backoff * 2^attempt`.
    pub fn retry_delay(&self, attempt: u32) -> Duration {
        let cap = self.settings.retry.backoff * 2u32.saturating_pow(attempt.min(10));
        cap.mul_f64(rand::random::<f64>())
    }
}
