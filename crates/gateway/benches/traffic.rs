//! What traffic control costs per call (issue 7's target: under 5 µs): the admission stage
//! with two rate limits and a daily quota keyed by agent and tool, and the circuit breaker's
//! admit + record, over many distinct agents and tools so the maps are realistically full.
//!
//! `cargo bench -p gatehouse-gateway --bench traffic` prints p50/p90/p99 per operation.

use std::time::{Duration, Instant};

use gateway::settings::{
    BreakerSettings, LimitKey, LimitSettings, QuotaSettings, QuotaWindow, TrafficSettings,
};
use gateway::traffic::{Admission, Breaker, CallKey};

const ITERATIONS: usize = 200_000;
const AGENTS: usize = 50;
const TOOLS: usize = 20;

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

fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let agents: Vec<String> = (0..AGENTS).map(|i| format!("agent-{i}")).collect();
    let tools: Vec<String> = (0..TOOLS).map(|i| format!("server__tool_{i}")).collect();
    let admission = Admission::new(&settings());
    let mut samples = Vec::with_capacity(ITERATIONS);
    runtime.block_on(async {
        for i in 0..ITERATIONS {
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
            assert!(admitted.is_ok(), "the bench's limits are never reached");
        }
    });
    report("admission (2 limits + 1 quota)", &mut samples);

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
