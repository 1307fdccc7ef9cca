//! What traffic control costs per call (issue 7's target: under 5 µs): the admission stage
//! with two rate limits and a daily quota keyed by agent and tool, and the circuit breaker's
//! admit + record, over many distinct agents and tools so the maps are realistically full.
//!
//! `cargo bench -p gatehouse-gateway --bench traffic` prints p50/p90/p99 per operation. With
//! `GATEHOUSE_TEST_REDIS` set (e.g. `$(tests/redis.sh)`), the same admission counted in that
//! Redis is measured too: one script round trip per call.

use std::time::{Duration, Instant};

use gateway::settings::{
    BreakerSettings, LimitKey, LimitSettings, OnStoreError, QuotaSettings, QuotaWindow,
    RedisLimitSettings, TrafficSettings,
};
use gateway::traffic::{Admission, Breaker, CallKey, StoreFailures};

const ITERATIONS: usize = 200_000;
const AGENTS: usize = 50;
const TOOLS: usize = 20;
/// Calls measured against Redis (each is a network round trip).
const REDIS_ITERATIONS: usize = 20_000;
/// The Redis to measure against, if any (tests/redis.sh prints one).
const REDIS_ENV: &str = "GATEHOUSE_TEST_REDIS";

fn settings() -> TrafficSettings {
    TrafficSettings {
        limits: vec![
            LimitSettings {
                key: vec![LimitKey::Agent, LimitKey::Tool],
                calls: 1_000_000,
                period: Duration::from_secs(60),
                burst: 1_000_000,
            },
            LimitSettings {
                key: vec![LimitKey::Tenant],
                calls: 1_000_000_000,
                period: Duration::from_secs(60),
                burst: 1_000_000_000,
            },
        ],
        quotas: vec![QuotaSettings {
            key: vec![LimitKey::Agent],
            window: QuotaWindow::Day,
            limit: u64::MAX / 2,
        }],
        ..TrafficSettings::default()
    }
}

/// Nanoseconds at the given quantiles of `samples` (sorted in place).
fn quantiles(samples: &mut [u64]) -> [u64; 3] {
    samples.sort_unstable();
    let at = |q: f64| samples[((samples.len() as f64 - 1.0) * q) as usize];
    [at(0.5), at(0.9), at(0.99)]
}

fn report(name: &str, samples: &mut [u64]) {
    let [p50, p90, p99] = quantiles(samples);
    println!(
        "{name:<40} p50 {:>6.2} µs  p90 {:>6.2} µs  p99 {:>6.2} µs",
        p50 as f64 / 1e3,
        p90 as f64 / 1e3,
        p99 as f64 / 1e3
    );
}

/// Admit `iterations` calls spread over the agents and tools; nanoseconds per call.
fn admit_many(
    runtime: &tokio::runtime::Runtime,
    admission: &Admission,
    iterations: usize,
) -> Vec<u64> {
    let agents: Vec<String> = (0..AGENTS).map(|i| format!("agent-{i}")).collect();
    let tools: Vec<String> = (0..TOOLS).map(|i| format!("server__tool_{i}")).collect();
    let mut samples = Vec::with_capacity(iterations);
    runtime.block_on(async {
        for i in 0..iterations {
            let key = CallKey {
                tenant: Some("acme"),
                agent: Some(&agents[i % AGENTS]),
                user: None,
                server: Some("server"),
                tool: Some(&tools[i % TOOLS]),
            };
            let started = Instant::now();
            let admitted = admission.admit(&key).await;
            samples.push(started.elapsed().as_nanos() as u64);
            assert!(
                admitted.is_ok(),
                "the bench's limits are never reached: {admitted:?}"
            );
        }
    });
    samples
}

/// The same admission counted in the Redis at `url` (one script round trip per call).
fn redis_admission(url: &str) -> Admission {
    let mut settings = settings();
    settings.redis = Some(RedisLimitSettings {
        url: url.to_owned(),
        on_error: OnStoreError::Closed,
        timeout: Duration::from_secs(1),
        prefix: format!("gatehouse-bench-{}", std::process::id()),
    });
    Admission::new(&settings, StoreFailures::default())
}

fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let admission = Admission::new(&settings(), StoreFailures::default());
    let mut samples = admit_many(&runtime, &admission, ITERATIONS);
    report("admission (2 limits + 1 quota)", &mut samples);

    match std::env::var(REDIS_ENV) {
        Ok(url) => {
            let admission = redis_admission(&url);
            admit_many(&runtime, &admission, 100); // connect, load the script
            let mut samples = admit_many(&runtime, &admission, REDIS_ITERATIONS);
            report("admission in Redis (2 limits + 1 quota)", &mut samples);
        }
        Err(_) => println!(
            "admission in Redis: skipped ({REDIS_ENV} is not set; tests/redis.sh starts one)"
        ),
    }

    let breaker = Breaker::new(BreakerSettings::default());
    samples.clear();
    for i in 0..ITERATIONS {
        let started = Instant::now();
        let admitted = breaker.admit().expect("the breaker stays closed");
        breaker.record(admitted, i % 10 != 0);
        samples.push(started.elapsed().as_nanos() as u64);
    }
    report("breaker admit + record", &mut samples);
}
