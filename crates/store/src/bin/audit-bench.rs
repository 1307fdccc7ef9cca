//! Audit append benchmark on a temp SQLite file.
//!
//! `audit-bench [N] [TASKS]`: appends N records (default 2000) in `sync` and
//! `batched` (5 ms) modes, from 1 task and from TASKS concurrent tasks
//! (default 16), and prints per-append latency p50/p99/max and throughput
//! (including the final flush).

use std::time::{Duration, Instant};

use store::{AuditRecord, Durability, Store, StoreConfig};

fn record(i: usize) -> AuditRecord {
    let mut r = AuditRecord::new(format!("req-{i}"), "tools/call", "allow");
    r.agent = Some("bench".into());
    r.server = Some("ehr".into());
    r.target = Some(format!("ehr__tool_{}", i % 10));
    r.arguments = Some(serde_json::json!({"patient": "redacted", "i": i}));
    r.latency_us = Some(1234);
    r
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let idx = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[idx]
}

async fn run(
    name: &str,
    durability: Durability,
    n: usize,
    tasks: usize,
) -> Result<(), store::StoreError> {
    let dir = std::env::temp_dir().join(format!("audit-bench-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir)?;
    let mut cfg = StoreConfig::new(dir.join("audit.db").display().to_string());
    cfg.durability = durability;
    let store = Store::open(cfg).await?;
    let start = Instant::now();
    let per_task = n / tasks;
    let mut handles = Vec::new();
    for t in 0..tasks {
        let s = store.clone();
        handles.push(tokio::spawn(async move {
            let mut lat = Vec::with_capacity(per_task);
            for i in 0..per_task {
                let t0 = Instant::now();
                s.audit().append(record(t * per_task + i)).await?;
                lat.push(t0.elapsed());
            }
            Ok::<_, store::StoreError>(lat)
        }));
    }
    let mut lat = Vec::with_capacity(n);
    for h in handles {
        lat.extend(h.await.expect("task panicked")?);
    }
    store.close().await;
    let wall = start.elapsed();
    lat.sort();
    println!(
        "{name:<10} tasks={tasks:<3} n={:<6} p50={:>9.1?} p99={:>9.1?} max={:>9.1?} throughput={:>8.0} rec/s",
        lat.len(),
        percentile(&lat, 0.50),
        percentile(&lat, 0.99),
        lat.last().copied().unwrap_or_default(),
        lat.len() as f64 / wall.as_secs_f64()
    );
    std::fs::remove_dir_all(dir)?;
    Ok(())
}

#[tokio::main]
async fn main() -> Result<(), store::StoreError> {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(2000);
    let tasks: usize = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(16)
        .max(1);
    let batched = Durability::Batched {
        interval: Duration::from_millis(5),
    };
    run("sync", Durability::Sync, n, 1).await?;
    run("sync", Durability::Sync, n, tasks).await?;
    run("batched", batched, n, 1).await?;
    run("batched", batched, n, tasks).await?;
    Ok(())
}
