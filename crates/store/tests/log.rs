//! Batched writes, backpressure, queries and export on every backend.

use crate::common;

use std::collections::BTreeSet;

use common::{batched, config, record, urls};
use store::{AuditFilter, AuditRow, Store};

async fn all_seqs(store: &Store) -> Vec<u64> {
    let rows = store.audit().query(&AuditFilter::default()).await.unwrap();
    rows.iter().map(|r| r.seq).collect()
}

async fn concurrent_appends(store: &Store, tasks: u64, each: u64) -> BTreeSet<u64> {
    let mut handles = Vec::new();
    for t in 0..tasks {
        let s = store.clone();
        handles.push(tokio::spawn(async move {
            let mut seqs = Vec::new();
            for i in 0..each {
                seqs.push(s.audit().append(record(t * each + i)).await.unwrap());
            }
            seqs
        }));
    }
    let mut seen = BTreeSet::new();
    for h in handles {
        for s in h.await.unwrap() {
            assert!(seen.insert(s), "seq {s} returned twice");
        }
    }
    seen
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn batched_concurrent_appends_all_present_after_close() {
    for url in urls().await {
        let store = Store::open(batched(&url, 256)).await.unwrap();
        let seen = concurrent_appends(&store, 20, 50).await;
        assert_eq!(seen, (1..=1000).collect());
        store.close().await;
        let store = Store::open(config(&url)).await.unwrap();
        assert_eq!(all_seqs(&store).await, (1..=1000).collect::<Vec<_>>());
        let r = store.audit().verify().await.unwrap();
        assert_eq!((r.rows, r.first_broken), (1000, None));
        store.close().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn tiny_queue_applies_backpressure_without_dropping() {
    for url in urls().await {
        for cfg in [batched(&url, 1), {
            let mut c = config(&url);
            c.queue_capacity = 1;
            c
        }] {
            let store = Store::open(cfg).await.unwrap();
            let before = all_seqs(&store).await.len() as u64;
            let seen = concurrent_appends(&store, 16, 20).await;
            assert_eq!(seen.len(), 320);
            store.audit().flush().await.unwrap();
            assert_eq!(store.audit().lag(), 0);
            assert_eq!(
                all_seqs(&store).await,
                (1..=before + 320).collect::<Vec<_>>()
            );
            assert_eq!(store.audit().verify().await.unwrap().first_broken, None);
            store.close().await;
        }
    }
}

async fn seeded(url: &str) -> (Store, Vec<AuditRow>) {
    let store = Store::open(config(url)).await.unwrap();
    let base = time::macros::datetime!(2026-01-10 12:00 UTC);
    for i in 1..=40u64 {
        let mut r = record(i);
        r.time = base + time::Duration::hours(i as i64 * 6); // 4 rows a day from Jan 10 18:00
        store.audit().append(r).await.unwrap();
    }
    let rows = store.audit().query(&AuditFilter::default()).await.unwrap();
    (store, rows)
}

fn expect(rows: &[AuditRow], pred: impl Fn(&AuditRow) -> bool) -> Vec<u64> {
    rows.iter().filter(|r| pred(r)).map(|r| r.seq).collect()
}

async fn seqs(store: &Store, f: AuditFilter) -> Vec<u64> {
    store
        .audit()
        .query(&f)
        .await
        .unwrap()
        .iter()
        .map(|r| r.seq)
        .collect()
}

#[tokio::test]
async fn query_filters_and_paging() {
    for url in urls().await {
        let (store, all) = seeded(&url).await;
        assert_eq!(all.len(), 40);
        let day = |s: &str| {
            time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339).unwrap()
        };
        let f = AuditFilter {
            since: Some("2026-01-12".into()),
            until: Some("2026-01-13".into()),
            ..Default::default()
        };
        let want = expect(&all, |r| {
            r.record.time >= day("2026-01-12T00:00:00Z")
                && r.record.time < day("2026-01-14T00:00:00Z")
        });
        assert_eq!(want.len(), 8);
        assert_eq!(seqs(&store, f).await, want);
        let f = AuditFilter {
            since: Some("2026-01-12T06:00:00Z".into()),
            until: Some("2026-01-12T18:00:00+00:00".into()),
            ..Default::default()
        };
        assert_eq!(seqs(&store, f).await.len(), 2);
        let f = AuditFilter {
            target: Some("ehr__*".into()),
            ..Default::default()
        };
        let want = expect(&all, |r| {
            r.record.target.as_deref().unwrap().starts_with("ehr__")
        });
        assert_eq!(want.len(), 30);
        assert_eq!(seqs(&store, f).await, want);
        let f = AuditFilter {
            target: Some("EHR__*".into()),
            ..Default::default()
        };
        assert!(seqs(&store, f).await.is_empty(), "glob is case-sensitive");
        let f = AuditFilter {
            target: Some("read_file_1?".into()),
            ..Default::default()
        };
        assert_eq!(seqs(&store, f).await, vec![12, 16]);
        let f = AuditFilter {
            agent: Some("claude".into()),
            verdict: Some("deny".into()),
            ..Default::default()
        };
        let want = expect(&all, |r| {
            r.record.agent.as_deref() == Some("claude") && r.record.verdict == "deny"
        });
        assert!(!want.is_empty());
        assert_eq!(seqs(&store, f).await, want);
        let f = AuditFilter {
            server: Some("fs".into()),
            tenant: Some("tenant-0".into()),
            user: Some("user-2".into()),
            method: Some("tools/call".into()),
            ..Default::default()
        };
        let want = expect(&all, |r| {
            r.record.server.as_deref() == Some("fs")
                && r.record.tenant.as_deref() == Some("tenant-0")
                && r.record.user.as_deref() == Some("user-2")
        });
        assert_eq!(seqs(&store, f).await, want);
        // Paging with a glob: pages are disjoint, ordered, and cover everything.
        let mut paged = Vec::new();
        let mut after = None;
        loop {
            let f = AuditFilter {
                target: Some("ehr__*".into()),
                limit: Some(7),
                after_seq: after,
                ..Default::default()
            };
            let page = seqs(&store, f).await;
            assert!(page.len() <= 7);
            if page.is_empty() {
                break;
            }
            after = page.last().copied();
            paged.extend(page);
        }
        assert_eq!(
            paged,
            expect(&all, |r| r
                .record
                .target
                .as_deref()
                .unwrap()
                .starts_with("ehr__"))
        );
        // Newest first: `before` pages down from the newest (or from a given seq), with the
        // other filters, and `after` bounds it below.
        let mut paged = Vec::new();
        let mut before = Some(u64::MAX);
        loop {
            let f = AuditFilter {
                target: Some("ehr__*".into()),
                limit: Some(7),
                before_seq: before,
                ..Default::default()
            };
            let page = seqs(&store, f).await;
            if page.is_empty() {
                break;
            }
            assert!(page.windows(2).all(|w| w[0] > w[1]), "{page:?}");
            before = page.last().copied();
            paged.extend(page);
        }
        let mut newest_first = expect(&all, |r| {
            r.record.target.as_deref().unwrap().starts_with("ehr__")
        });
        newest_first.reverse();
        assert_eq!(paged, newest_first);
        let f = AuditFilter {
            before_seq: Some(20),
            after_seq: Some(15),
            ..Default::default()
        };
        assert_eq!(seqs(&store, f).await, vec![19, 18, 17, 16]);
        assert!(
            store
                .audit()
                .query(&AuditFilter {
                    since: Some("last tuesday".into()),
                    ..Default::default()
                })
                .await
                .is_err()
        );
        // No page of nothing (it returned one record), and no pattern the database refuses
        // in its own words.
        for bad in [
            AuditFilter {
                limit: Some(0),
                ..Default::default()
            },
            AuditFilter {
                target: Some("*a".repeat(40_000)),
                ..Default::default()
            },
        ] {
            let refused = store.audit().query(&bad).await.unwrap_err();
            assert!(
                matches!(refused, store::StoreError::Invalid(_)),
                "{refused}"
            );
        }
        store.close().await;
    }
}

#[tokio::test]
async fn export_jsonl_round_trips() {
    for url in urls().await {
        let (store, all) = seeded(&url).await;
        let mut buf = Vec::new();
        let n = store
            .audit()
            .export_jsonl(&AuditFilter::default(), &mut buf)
            .await
            .unwrap();
        assert_eq!(n, 40);
        let back: Vec<AuditRow> = String::from_utf8(buf)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(back, all);
        let f = AuditFilter {
            verdict: Some("deny".into()),
            ..Default::default()
        };
        let mut out = Vec::new();
        let n = store
            .audit()
            .export_jsonl_async(&f, &mut out)
            .await
            .unwrap();
        let back: Vec<AuditRow> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(n as usize, back.len());
        assert_eq!(
            back,
            all.into_iter()
                .filter(|r| r.record.verdict == "deny")
                .collect::<Vec<_>>()
        );
        store.close().await;
    }
}

#[tokio::test]
async fn oversize_arguments_are_capped() {
    for url in urls().await {
        let mut cfg = config(&url);
        cfg.max_argument_bytes = 64;
        let store = Store::open(cfg).await.unwrap();
        let mut r = record(1);
        r.arguments = Some(serde_json::json!({"note": "x".repeat(1000)}));
        store.audit().append(r).await.unwrap();
        store.audit().append(record(2)).await.unwrap();
        let rows = store.audit().query(&AuditFilter::default()).await.unwrap();
        assert_eq!(
            rows[0].record.arguments.as_ref().unwrap()["$truncated"],
            true
        );
        assert_eq!(rows[1].record.arguments, record(2).arguments);
        store.close().await;
    }
}
