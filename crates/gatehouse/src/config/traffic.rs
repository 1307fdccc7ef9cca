//! Compiling the traffic keys of the config: `limits`, `quotas`, `costs`, `limit_queue`,
//! `limit_redis`, and each server's `max_concurrency`, `queue`, `breaker`, `retry` and `cache`.

use std::collections::HashMap;
use std::time::Duration;

use gateway::settings::{
    BreakerSettings, LimitKey, LimitQueueSettings, LimitSettings, OnStoreError, ProtectionSettings,
    QuotaSettings, QuotaWindow, RedisLimitSettings, RetrySettings, ToolCacheSettings,
    TrafficSettings,
};

use super::raw::{
    RawCacheScope, RawConfig, RawLimitKey, RawLimitRedis, RawOnError, RawQuotaWindow, RawServer,
};
use super::{Errors, duration_or, expand};

/// How long a call waits for Redis before `limit_redis.on_error` decides, unless configured.
const DEFAULT_REDIS_TIMEOUT: Duration = Duration::from_millis(50);

/// The global rate limits and quotas.
pub(super) fn compile_traffic(
    raw: &RawConfig,
    lookup: &dyn Fn(&str) -> Option<String>,
    errors: &mut Errors,
) -> TrafficSettings {
    let limits = raw
        .limits
        .iter()
        .enumerate()
        .filter_map(|(i, limit)| {
            let path = format!("limits[{i}]");
            let (calls, period) = parse_rate(&limit.rate)
                .map_err(|e| errors.push(format!("{path}.rate"), e))
                .ok()?;
            Some(LimitSettings {
                key: keys(&limit.key),
                calls,
                period,
                burst: limit.burst.unwrap_or(calls),
            })
        })
        .collect();
    for (i, q) in raw.quotas.iter().enumerate() {
        if q.limit > MAX_UNITS {
            errors.push(format!("quotas[{i}].limit"), TOO_MANY_UNITS);
        }
    }
    let quotas = raw
        .quotas
        .iter()
        .map(|q| QuotaSettings {
            key: keys(&q.key),
            window: match q.per {
                RawQuotaWindow::Day => QuotaWindow::Day,
                RawQuotaWindow::Month => QuotaWindow::Month,
            },
            limit: q.limit,
        })
        .collect();
    let queue = raw.limit_queue.as_ref().map(|q| LimitQueueSettings {
        max_waiting: q.max_waiting.unwrap_or(10),
        max_wait: duration_or(
            &q.max_wait,
            Duration::from_secs(1),
            "limit_queue.max_wait",
            errors,
        ),
    });
    TrafficSettings {
        limits,
        quotas,
        costs: compile_costs(raw, errors),
        queue,
        redis: (raw.limit_redis.as_ref()).and_then(|r| compile_redis(r, lookup, errors)),
    }
}

/// `limit_redis`, or `None` (with errors recorded) when it is wrong.
fn compile_redis(
    raw: &RawLimitRedis,
    lookup: &dyn Fn(&str) -> Option<String>,
    errors: &mut Errors,
) -> Option<RedisLimitSettings> {
    let url = match raw.url.as_deref().map(|url| expand::expand(url, lookup)) {
        None => {
            errors.push("limit_redis.url", "missing (e.g. redis://127.0.0.1:6379)");
            None
        }
        Some(Err(e)) => {
            errors.push("limit_redis.url", e);
            None
        }
        Some(Ok(url)) => gateway::traffic::check_redis_url(&url)
            .map(|()| url)
            .map_err(|e| errors.push("limit_redis.url", e))
            .ok(),
    };
    let timeout = duration_or(
        &raw.timeout,
        DEFAULT_REDIS_TIMEOUT,
        "limit_redis.timeout",
        errors,
    );
    if timeout.is_zero() {
        errors.push("limit_redis.timeout", "must be more than 0");
    }
    let prefix = raw.prefix.clone().unwrap_or_else(|| "gatehouse".to_owned());
    if prefix.is_empty() || prefix.contains(char::is_whitespace) {
        errors.push(
            "limit_redis.prefix",
            "must be a non-empty word without spaces",
        );
    }
    Some(RedisLimitSettings {
        url: url?,
        on_error: match raw.on_error {
            Some(RawOnError::Closed) => OnStoreError::Closed,
            _ => OnStoreError::Open,
        },
        timeout,
        prefix,
    })
}

fn keys(raw: &[RawLimitKey]) -> Vec<LimitKey> {
    raw.iter()
        .map(|k| match k {
            RawLimitKey::Tenant => LimitKey::Tenant,
            RawLimitKey::Agent => LimitKey::Agent,
            RawLimitKey::User => LimitKey::User,
            RawLimitKey::Server => LimitKey::Server,
            RawLimitKey::Tool => LimitKey::Tool,
        })
        .collect()
}

/// `60/min` into (60, one minute).
fn parse_rate(text: &str) -> Result<(u32, Duration), String> {
    let bad = || format!("`{text}` is not a rate like `60/min` (units: s, min, hour, day)");
    let (calls, unit) = text.split_once('/').ok_or_else(bad)?;
    let calls: u32 = calls.trim().parse().map_err(|_| bad())?;
    let period = match unit.trim() {
        "s" | "sec" | "second" => Duration::from_secs(1),
        "m" | "min" | "minute" => Duration::from_secs(60),
        "h" | "hour" => Duration::from_secs(3600),
        "d" | "day" => Duration::from_secs(86_400),
        _ => return Err(bad()),
    };
    if calls == 0 {
        return Err(format!("`{text}`: the rate must allow at least one call"));
    }
    Ok((calls, period))
}

/// One server's protection.
pub(super) fn compile_protection(
    raw: &RawServer,
    path: &str,
    errors: &mut Errors,
) -> ProtectionSettings {
    let defaults = ProtectionSettings::default();
    let breaker = BreakerSettings {
        consecutive_failures: raw
            .breaker
            .failures
            .unwrap_or(defaults.breaker.consecutive_failures),
        failure_rate: raw.breaker.failure_rate.unwrap_or(1.0),
        window: raw.breaker.window.unwrap_or(defaults.breaker.window),
        cooldown: duration_or(
            &raw.breaker.cooldown,
            defaults.breaker.cooldown,
            &format!("{path}.breaker.cooldown"),
            errors,
        ),
    };
    if !(0.0..=1.0).contains(&breaker.failure_rate) {
        errors.push(
            format!("{path}.breaker.failure_rate"),
            "must be between 0 and 1",
        );
    }
    let retry = RetrySettings {
        attempts: raw.retry.attempts.unwrap_or(defaults.retry.attempts),
        backoff: duration_or(
            &raw.retry.backoff,
            defaults.retry.backoff,
            &format!("{path}.retry.backoff"),
            errors,
        ),
        tools: raw.retry.tools.clone(),
        budget_percent: raw
            .retry
            .budget_percent
            .unwrap_or(defaults.retry.budget_percent),
    };
    if retry.backoff > Duration::from_secs(10) {
        errors.push(
            format!("{path}.retry.backoff"),
            "at most 10s (each retry waits up to backoff * 2^attempt, never over 30s)",
        );
    }
    if retry.attempts > 10 {
        errors.push(format!("{path}.retry.attempts"), "at most 10");
    }
    let cached_tools = (raw.cache.tools.iter())
        .map(|(tool, c)| ToolCacheSettings {
            tool: tool.clone(),
            ttl: duration_or(
                &Some(c.ttl.clone()),
                Duration::ZERO,
                &format!("{path}.cache.tools.{tool}.ttl"),
                errors,
            ),
            public: c.scope == Some(RawCacheScope::Public),
        })
        .collect();
    if raw.max_concurrency == Some(0) {
        errors.push(format!("{path}.max_concurrency"), "must be at least 1");
    }
    if raw.queue.is_some_and(|q| q > 0) && raw.max_concurrency.is_none() {
        errors.push(
            format!("{path}.queue"),
            "waits for a slot under max_concurrency, which is not set: set both",
        );
    }
    ProtectionSettings {
        max_concurrency: raw.max_concurrency,
        queue: raw.queue.unwrap_or(0),
        breaker,
        retry,
        list_cache_ttl: duration_or(
            &raw.cache.lists,
            defaults.list_cache_ttl,
            &format!("{path}.cache.lists"),
            errors,
        ),
        cached_tools,
    }
}

/// The most quota units a limit or a cost may name: 2^53 - 1, what Redis's Lua numbers (and
/// JSON readers) hold exactly; sums past it would wrap or lose units.
const MAX_UNITS: u64 = (1 << 53) - 1;
const TOO_MANY_UNITS: &str = "at most 9007199254740991 units";

/// `costs`: quota units per call of a tool, keyed by its aggregate name (`server__tool`) of a
/// configured server; any other key would match no call.
fn compile_costs(raw: &RawConfig, errors: &mut Errors) -> HashMap<String, u64> {
    for (key, cost) in &raw.costs {
        if *cost > MAX_UNITS {
            errors.push(format!("costs.{key}"), TOO_MANY_UNITS);
        }
    }
    for key in raw.costs.keys() {
        let server = key.split_once("__").map(|(server, _)| server);
        if !server.is_some_and(|s| raw.servers.contains_key(s)) {
            errors.push(
                format!("costs.{key}"),
                "not a tool's aggregate name (server__tool) of a configured server",
            );
        }
    }
    raw.costs.iter().map(|(k, v)| (k.clone(), *v)).collect()
}

#[cfg(test)]
mod tests {
    use super::parse_rate;
    use std::time::Duration;

    #[test]
    fn rates_parse_with_their_units() {
        assert_eq!(parse_rate("60/min"), Ok((60, Duration::from_secs(60))));
        assert_eq!(parse_rate("5 / s"), Ok((5, Duration::from_secs(1))));
        assert!(parse_rate("60 per minute").is_err());
        assert!(parse_rate("0/s").is_err());
        assert!(parse_rate("3/week").is_err());
    }
}
