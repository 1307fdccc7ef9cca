//! The Lua script that admits one call in one round trip (`admit.lua`), the keys and arguments
//! a call gives it, and the reading of its reply. No I/O here: key derivation and parsing are
//! unit-tested without a Redis.
//!
//! Keys (under the configured prefix):
//! - rate limit: `{prefix}:rate:{calls}/{period}s:b{burst}:{bucket}`, holding the bucket's
//!   theoretical arrival time in µs of Redis' clock (so instances with skewed clocks agree);
//!   the rate is part of the key, so changing a limit starts its buckets afresh, as a reload
//!   does for the local limiter;
//! - quota: `{prefix}:quota:{day|month}:{window}:{bucket}`, the units spent in that UTC window
//!   (by this instance's clock), expiring an hour after the window ends. The limit is not part
//!   of the key: raising a quota keeps what was spent. Quotas with the same key and window
//!   share one counter and the smallest limit applies, which is what separate counters charged
//!   the same cost would decide.
//!
//! `bucket` is [`CallKey::bucket`], e.g. `agent=bot|tool=db__query`, as the local limiter uses.

use std::sync::LazyLock;
use std::time::Duration;

use super::super::CallKey;
use super::super::quota::window_of;
use crate::settings::{LimitKey, LimitSettings, QuotaSettings, QuotaWindow};

/// The admission script; `redis::Script` sends it by SHA (`EVALSHA`) and loads it on `NOSCRIPT`.
pub(super) static SCRIPT: LazyLock<redis::Script> =
    LazyLock::new(|| redis::Script::new(include_str!("admit.lua")));

/// How long a quota counter outlives its window (covers instances whose clocks lag).
const QUOTA_KEY_SLACK_SECS: i64 = 3600;

/// A rate limit compiled for the script.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct ScriptLimit {
    /// What is counted separately.
    pub key: Vec<LimitKey>,
    /// The rate, as it appears in the key: `60/60s:b10`.
    pub rate: String,
    /// Time between two calls at the sustained rate, in µs (at least 1).
    pub interval_us: u64,
    /// How far ahead of the sustained rate a bucket may run (`interval * (burst - 1)`), in µs.
    pub tolerance_us: u64,
}

impl ScriptLimit {
    /// The GCRA parameters of `settings`, as the local limiter (governor) computes them.
    pub fn new(settings: &LimitSettings) -> Self {
        let calls = settings.calls.max(1);
        let interval_us = u64::try_from((settings.period / calls).as_micros())
            .unwrap_or(u64::MAX)
            .max(1);
        let burst = u64::from(settings.burst.max(1));
        Self {
            key: settings.key.clone(),
            rate: format!("{calls}/{}s:b{burst}", settings.period.as_secs(),),
            interval_us,
            tolerance_us: interval_us.saturating_mul(burst - 1),
        }
    }
}

/// A rate limit that applies to the call.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct PlannedLimit {
    /// Its index among the compiled limits.
    pub index: usize,
    /// The call's bucket in it.
    pub bucket: String,
}

/// A quota that applies to the call.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct PlannedQuota {
    /// Its index among the configured quotas (the smallest of those sharing the counter).
    pub index: usize,
    /// The call's bucket in it.
    pub bucket: String,
    /// When the current window ends (Unix seconds).
    pub ends: i64,
}

/// One call's script invocation: `KEYS`, `ARGV`, and what each key stands for.
#[derive(Debug, Clone, PartialEq, Default)]
pub(super) struct Plan {
    /// The rate limits' keys, then the quotas'.
    pub keys: Vec<String>,
    /// `ARGV`, as `admit.lua` documents it.
    pub args: Vec<u64>,
    /// The rate limits behind the first keys, in order.
    pub limits: Vec<PlannedLimit>,
    /// The quotas behind the remaining keys, in order.
    pub quotas: Vec<PlannedQuota>,
}

impl Plan {
    /// Whether nothing applies to the call (no round trip needed).
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
}

/// The script invocation for a call `key` costing `cost` units, at Unix time `now` (seconds).
pub(super) fn plan(
    prefix: &str,
    limits: &[ScriptLimit],
    quotas: &[QuotaSettings],
    key: &CallKey<'_>,
    cost: u64,
    now: i64,
) -> Plan {
    let mut plan = Plan::default();
    let mut gcra = Vec::new();
    for (index, limit) in limits.iter().enumerate() {
        let Some(bucket) = key.bucket(&limit.key) else {
            continue;
        };
        let redis_key = format!("{prefix}:rate:{}:{bucket}", limit.rate);
        if plan.keys.contains(&redis_key) {
            continue; // the same limit twice: one bucket decides for both
        }
        plan.keys.push(redis_key);
        plan.limits.push(PlannedLimit { index, bucket });
        gcra.extend([limit.interval_us, limit.tolerance_us]);
    }
    let mut ceilings: Vec<(u64, u64)> = Vec::new();
    for (index, quota) in quotas.iter().enumerate() {
        let Some(bucket) = key.bucket(&quota.key) else {
            continue;
        };
        let (window, ends) = window_of(quota.window, now);
        let redis_key = format!(
            "{prefix}:quota:{}:{window}:{bucket}",
            window_name(quota.window)
        );
        let expires = u64::try_from(ends + QUOTA_KEY_SLACK_SECS).unwrap_or(0);
        match plan.keys[plan.limits.len()..]
            .iter()
            .position(|k| *k == redis_key)
        {
            Some(at) if quota.limit < ceilings[at].0 => {
                ceilings[at].0 = quota.limit;
                plan.quotas[at].index = index;
            }
            Some(_) => {}
            None => {
                plan.keys.push(redis_key);
                plan.quotas.push(PlannedQuota {
                    index,
                    bucket,
                    ends,
                });
                ceilings.push((quota.limit, expires));
            }
        }
    }
    if plan.keys.is_empty() {
        return plan;
    }
    plan.args = vec![plan.limits.len() as u64, cost];
    plan.args.extend(gcra);
    plan.args.extend(
        ceilings
            .into_iter()
            .flat_map(|(limit, expires)| [limit, expires]),
    );
    plan
}

fn window_name(window: QuotaWindow) -> &'static str {
    match window {
        QuotaWindow::Day => "day",
        QuotaWindow::Month => "month",
    }
}

/// What the script decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Reply {
    /// Every limit and quota passed, and the call was counted in each.
    Admitted,
    /// `plan.limits[limit]` refused (the longest wait of those that did); nothing was counted.
    Limited {
        /// Index into [`Plan::limits`].
        limit: usize,
        /// When the call would pass that limit.
        wait: Duration,
    },
    /// `plan.quotas[quota]` has no room for the call's cost; nothing was counted.
    OverQuota {
        /// Index into [`Plan::quotas`].
        quota: usize,
    },
}

/// Read the script's reply for `plan`; an error says what was malformed.
pub(super) fn parse_reply(values: &[i64], plan: &Plan) -> Result<Reply, String> {
    let position = |one_based: i64, len: usize| {
        usize::try_from(one_based - 1)
            .ok()
            .filter(|i| *i < len)
            .ok_or_else(|| format!("the admission script named entry {one_based} of {len}"))
    };
    match values {
        [1] => Ok(Reply::Admitted),
        [0, 1, limit, wait] => Ok(Reply::Limited {
            limit: position(*limit, plan.limits.len())?,
            wait: Duration::from_micros(u64::try_from(*wait).unwrap_or(0).max(1)),
        }),
        [0, 2, quota, _] => Ok(Reply::OverQuota {
            quota: position(*quota, plan.quotas.len())?,
        }),
        other => Err(format!(
            "unexpected reply from the admission script: {other:?}"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limit(key: Vec<LimitKey>, calls: u32, burst: u32) -> ScriptLimit {
        ScriptLimit::new(&LimitSettings {
            key,
            calls,
            period: Duration::from_secs(60),
            burst,
        })
    }

    fn quota(key: Vec<LimitKey>, window: QuotaWindow, limit: u64) -> QuotaSettings {
        QuotaSettings { key, window, limit }
    }

    fn call() -> CallKey<'static> {
        CallKey {
            tenant: Some("acme"),
            agent: Some("bot"),
            tool: Some("db__query"),
            server: Some("db"),
            ..CallKey::default()
        }
    }

    // 2026-11-23T12:00:00Z
    const NOW: i64 = 1_795_435_200;

    #[test]
    fn gcra_parameters_match_the_local_limiter() {
        let l = limit(vec![LimitKey::Agent], 5, 5);
        assert_eq!((l.interval_us, l.tolerance_us), (12_000_000, 48_000_000));
        assert_eq!(l.rate, "5/60s:b5");
        let fast = limit(vec![], 1_000_000_000, 1);
        assert_eq!(
            (fast.interval_us, fast.tolerance_us),
            (1, 0),
            "at least 1 µs"
        );
    }

    #[test]
    fn keys_and_arguments_follow_the_call() {
        let limits = [
            limit(vec![LimitKey::Agent, LimitKey::Tool], 60, 10),
            limit(vec![LimitKey::Tenant], 1000, 1000),
        ];
        let quotas = [quota(vec![LimitKey::Tenant], QuotaWindow::Day, 10_000)];
        let plan = plan("gh", &limits, &quotas, &call(), 5, NOW);
        assert_eq!(
            plan.keys,
            [
                "gh:rate:60/60s:b10:agent=bot|tool=db__query",
                "gh:rate:1000/60s:b1000:tenant=acme",
                "gh:quota:day:20780:tenant=acme",
            ]
        );
        let day_ends = 20_781 * 86_400;
        assert_eq!(
            plan.args,
            [
                2,
                5,
                1_000_000,
                9_000_000,
                60_000,
                59_940_000,
                10_000,
                (day_ends + 3600) as u64
            ]
        );
        assert_eq!(plan.quotas[0].ends, day_ends);
        assert_eq!(plan.limits[1].bucket, "tenant=acme");
    }

    #[test]
    fn limits_that_do_not_apply_are_left_out() {
        let limits = [limit(vec![LimitKey::Tool], 60, 1)];
        let quotas = [quota(vec![LimitKey::Tool], QuotaWindow::Month, 10)];
        let list = CallKey {
            agent: Some("bot"),
            ..CallKey::default()
        };
        let plan = plan("gh", &limits, &quotas, &list, 1, NOW);
        assert!(plan.is_empty(), "{plan:?}");
        assert!(plan.args.is_empty());
    }

    #[test]
    fn quotas_sharing_a_counter_take_the_smallest_limit() {
        let quotas = [
            quota(vec![LimitKey::Agent], QuotaWindow::Month, 100),
            quota(vec![LimitKey::Agent], QuotaWindow::Month, 40),
            quota(vec![LimitKey::Agent], QuotaWindow::Day, 10),
        ];
        let limits = [
            limit(vec![LimitKey::Agent], 60, 1),
            limit(vec![LimitKey::Agent], 60, 1),
        ];
        let plan = plan("gh", &limits, &quotas, &call(), 1, NOW);
        assert_eq!(plan.limits.len(), 1, "one bucket for identical limits");
        assert_eq!(plan.keys.len(), 3, "{:?}", plan.keys);
        assert_eq!(plan.keys[1], "gh:quota:month:24323:agent=bot");
        assert_eq!(plan.quotas[0].index, 1, "the smaller month quota decides");
        assert_eq!(plan.args[4], 40);
        assert_eq!(plan.args[6], 10);
    }

    #[test]
    fn replies_are_read_against_the_plan() {
        let limits = [limit(vec![LimitKey::Agent], 60, 1), limit(vec![], 60, 1)];
        let quotas = [quota(vec![], QuotaWindow::Day, 1)];
        let plan = plan("gh", &limits, &quotas, &call(), 1, NOW);
        assert_eq!(parse_reply(&[1], &plan), Ok(Reply::Admitted));
        assert_eq!(
            parse_reply(&[0, 1, 2, 1_500], &plan),
            Ok(Reply::Limited {
                limit: 1,
                wait: Duration::from_micros(1_500)
            })
        );
        assert_eq!(
            parse_reply(&[0, 2, 1, 0], &plan),
            Ok(Reply::OverQuota { quota: 0 })
        );
        for bad in [&[][..], &[0, 1, 3, 10], &[0, 2, 0, 0], &[0, 3, 1, 0], &[2]] {
            assert!(parse_reply(bad, &plan).is_err(), "{bad:?}");
        }
    }
}
