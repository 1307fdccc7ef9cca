//! Traffic control: rate limits and quotas per caller (checked before a request is routed), and
//! the protection of each upstream (concurrency cap with a bounded queue, circuit breaker,
//! retries of idempotent requests, list and result caches), applied where requests leave.
//!
//! Limits and quotas are counted in this process ([`RateLimits`], [`Quotas`]) or, with
//! `limit_redis`, in one Redis shared by every instance ([`RedisLimits`]); [`Admission`] picks
//! the backend and the pipeline does not know which it is.

mod breaker;
mod cache;
mod concurrency;
mod limits;
mod queue;
mod quota;
mod redis;
mod retry;

use std::time::Duration;

pub use self::redis::{RedisLimits, check_url as check_redis_url};
pub use breaker::{Breaker, BreakerState};
pub use cache::{ListCache, ResultCache};
pub use concurrency::Concurrency;
pub use limits::RateLimits;
pub use quota::Quotas;
pub use retry::{RetryBudget, idempotent_method};

use prometheus_client::metrics::counter::Counter;

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

/// Calls decided without the shared limit store (Redis unreachable), by outcome. The counters
/// are handles: the gateway passes its metrics' own, so a rebuilt [`Admission`] keeps counting
/// into them.
#[derive(Debug, Clone, Default)]
pub struct StoreFailures {
    /// Let through unchecked (`on_error: open`).
    pub let_through: Counter,
    /// Refused (`on_error: closed`).
    pub refused: Counter,
}

/// Where limits and quotas are counted.
enum Backend {
    /// In this process.
    Local { limits: RateLimits, quotas: Quotas },
    /// In Redis, shared by every instance.
    Redis(RedisLimits),
}

/// The longest wait before a retry, whatever `retry.backoff` and the attempt make of it.
pub const MAX_RETRY_WAIT: Duration = Duration::from_secs(30);

/// Rate limits and quotas compiled from [`TrafficSettings`]; replaced whole on reload.
pub struct Admission {
    backend: Backend,
    settings: TrafficSettings,
}

impl Admission {
    /// Compile the settings (with `redis`, start connecting in the background); calls decided
    /// while Redis is unreachable are counted in `failures`.
    pub fn new(settings: &TrafficSettings, failures: StoreFailures) -> Self {
        let queue = settings.queue.clone();
        let backend = match &settings.redis {
            None => Backend::Local {
                limits: RateLimits::new(&settings.limits, queue),
                quotas: Quotas::new(&settings.quotas),
            },
            Some(redis) => Backend::Redis(RedisLimits::new(
                redis,
                &settings.limits,
                &settings.quotas,
                queue,
                failures,
            )),
        };
        Self {
            backend,
            settings: settings.clone(),
        }
    }

    /// [`Admission::new`] for a reload: quotas of the same key and window keep what
    /// `previous` counted (counted in this process; Redis keeps its own counts). Rate-limit
    /// buckets start full, as a limit's new rate would make its old state meaningless.
    pub fn replacing(
        previous: &Admission,
        settings: &TrafficSettings,
        failures: StoreFailures,
    ) -> Self {
        let next = Self::new(settings, failures);
        if let (Backend::Local { quotas: old, .. }, Backend::Local { quotas: new, .. }) =
            (&previous.backend, &next.backend)
        {
            new.carry_from(old);
        }
        next
    }

    /// Whether any quota is configured (whether a call is charged at all).
    pub fn has_quotas(&self) -> bool {
        !self.settings.quotas.is_empty()
    }

    /// Whether these settings are what this admission was compiled from.
    pub fn compiled_from(&self, settings: &TrafficSettings) -> bool {
        &self.settings == settings
    }

    /// Admit one call: every rate limit must pass (waiting if a queue is configured), then every
    /// quota is charged the call's cost. In Redis both happen in one atomic step, all or
    /// nothing; locally a refusal by a later limit or a quota leaves earlier limits charged.
    pub async fn admit(&self, key: &CallKey<'_>) -> Result<(), GatewayError> {
        let cost = key
            .tool
            .and_then(|tool| self.settings.costs.get(tool).copied())
            .unwrap_or(1);
        self.admit_costing(key, cost).await
    }

    /// Admit a request that uses no server's item (a list, `initialize`, `ping`): the rate
    /// limits apply, the quotas neither charge it nor refuse it, so a caller whose budget is
    /// spent can still discover what there is.
    pub async fn admit_uncharged(&self, key: &CallKey<'_>) -> Result<(), GatewayError> {
        self.admit_costing(key, 0).await
    }

    /// Every rate limit, then every quota charged `cost` (a quota has room for 0 always).
    async fn admit_costing(&self, key: &CallKey<'_>, cost: u64) -> Result<(), GatewayError> {
        match &self.backend {
            Backend::Local { limits, quotas } => {
                limits.admit(key).await?;
                quotas.charge(key, cost)
            }
            Backend::Redis(redis) => redis.admit(key, cost).await,
        }
    }

    /// Forget idle buckets (bounded memory); Redis expires its keys itself.
    pub fn housekeeping(&self) {
        if let Backend::Local { limits, quotas } = &self.backend {
            limits.retain_recent();
            quotas.retain_current();
        }
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

    /// A random wait before retry `attempt` (1-based): full jitter up to `backoff * 2^attempt`,
    /// and never over [`MAX_RETRY_WAIT`].
    pub fn retry_delay(&self, attempt: u32) -> Duration {
        let cap = (self.settings.retry.backoff)
            .saturating_mul(2u32.saturating_pow(attempt.min(10)))
            .min(MAX_RETRY_WAIT);
        cap.mul_f64(rand::random::<f64>())
    }
}
