//! Sync durability across `kill -9`: every seq whose append returned survives.
//!
//! The parent test re-executes this test binary with `CHILD_ENV` set; the
//! child runs `child_appender`, which appends forever and prints each
//! returned seq. The parent SIGKILLs it mid-stream and inspects the database.

use crate::common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

use common::{config, record, urls};
use store::{AuditFilter, Store};

const CHILD_ENV: &str = "GATEHOUSE_STORE_DURABILITY_CHILD_URL";

#[tokio::test]
async fn child_appender() {
    let Ok(url) = std::env::var(CHILD_ENV) else {
        return; // only does something when spawned by the parent test
    };
    let store = Store::open(config(&url)).await.unwrap();
    let mut out = std::io::stdout().lock();
    for i in 0.. {
        let seq = store.audit().append(record(i)).await.unwrap();
        writeln!(out, "SEQ {seq}").unwrap();
        out.flush().unwrap();
    }
}

fn run_and_kill(url: &str, wanted: usize) -> Vec<u64> {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "durability::child_appender",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, url)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut seqs = Vec::new();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    while seqs.len() < wanted {
        let line = lines.next().expect("child exited early").unwrap();
        if let Some(s) = line.strip_prefix("SEQ ") {
            seqs.push(s.parse().unwrap());
        }
    }
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    seqs
}

#[tokio::test]
async fn sync_appends_survive_kill_9() {
    for url in urls().await {
        let first = run_and_kill(&url, 150);
        let second = run_and_kill(&url, 100);
        assert!(
            second[0] > *first.last().unwrap(),
            "second run continues the chain"
        );
        let store = Store::open(config(&url)).await.unwrap();
        let rows = store.audit().query(&AuditFilter::default()).await.unwrap();
        let stored: std::collections::BTreeSet<u64> = rows.iter().map(|r| r.seq).collect();
        for s in first.iter().chain(&second) {
            assert!(stored.contains(s), "acknowledged seq {s} lost");
        }
        let report = store.audit().verify().await.unwrap();
        assert_eq!(report.first_broken, None);
        assert_eq!(report.rows, rows.len() as u64);
        let last = rows.last().unwrap().seq;
        assert_eq!(store.audit().append(record(0)).await.unwrap(), last + 1);
        assert_eq!(store.audit().verify().await.unwrap().first_broken, None);
        store.close().await;
    }
}
