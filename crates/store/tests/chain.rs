//! Tamper detection, reopen and retention on every backend.

use crate::common;

use std::time::Duration;

use common::{Raw, config, record, urls};
use store::{AuditFilter, Store};

async fn filled(url: &str, n: u64) -> Store {
    let store = Store::open(config(url)).await.unwrap();
    for i in 1..=n {
        assert_eq!(store.audit().append(record(i)).await.unwrap(), i);
    }
    store
}

/// Appends 20 rows, closes, runs `tamper`, reopens and returns the report.
async fn tampered(url: &str, tamper: &str) -> store::VerifyReport {
    let store = filled(url, 20).await;
    let clean = store.audit().verify().await.unwrap();
    assert_eq!(clean.first_broken, None, "clean chain must verify");
    assert_eq!(clean.rows, 20);
    assert_eq!(clean.checkpoints, 4);
    let key = store.audit().public_key_hex().unwrap();
    store.close().await;
    let mut raw = Raw::connect(url).await;
    raw.exec(tamper).await;
    let store = Store::open(config(url)).await.unwrap();
    let report = store.audit().verify_with_key(&key).await.unwrap();
    store.close().await;
    report
}

#[tokio::test]
async fn detects_edited_row() {
    for url in urls().await {
        let r = tampered(&url, "UPDATE audit_log SET verdict = 'allow' WHERE seq = 9").await;
        let (seq, why) = r.first_broken.expect("edit must be detected");
        assert_eq!(seq, 9, "{why}");
        assert!(why.contains("modified"), "{why}");
        assert_eq!(r.rows, 8);
    }
}

#[tokio::test]
async fn detects_an_edited_or_added_virtual_server() {
    let edits = [
        (
            "UPDATE audit_log SET virtual_server = 'ops' WHERE seq = 6",
            6,
            "edited",
        ),
        (
            "UPDATE audit_log SET virtual_server = 'ops' WHERE seq = 7",
            7,
            "set on a NULL row",
        ),
        (
            "UPDATE audit_log SET virtual_server = NULL WHERE seq = 9",
            9,
            "cleared",
        ),
    ];
    for (edit, seq, what) in edits {
        for url in urls().await {
            let r = tampered(&url, edit).await;
            assert_eq!(r.first_broken.map(|b| b.0), Some(seq), "{what}");
        }
    }
}

#[tokio::test]
async fn detects_deleted_row() {
    for url in urls().await {
        let r = tampered(&url, "DELETE FROM audit_log WHERE seq = 7").await;
        let (seq, why) = r.first_broken.expect("deletion must be detected");
        assert_eq!(seq, 7, "{why}");
        assert!(why.contains("missing"), "{why}");
    }
}

#[tokio::test]
async fn detects_deleted_tail() {
    for url in urls().await {
        let r = tampered(&url, "DELETE FROM audit_log WHERE seq > 17").await;
        let (seq, why) = r.first_broken.expect("tail deletion must be detected");
        assert_eq!(seq, 20, "{why}");
    }
}

#[tokio::test]
async fn detects_reordered_pair() {
    for url in urls().await {
        let swap = "UPDATE audit_log SET seq = -1 WHERE seq = 12; \
                    UPDATE audit_log SET seq = 12 WHERE seq = 13; \
                    UPDATE audit_log SET seq = 13 WHERE seq = -1;";
        let r = tampered(&url, swap).await;
        let (seq, why) = r.first_broken.expect("reorder must be detected");
        assert_eq!(seq, 12, "{why}");
    }
}

#[tokio::test]
async fn detects_recomputed_chain_via_checkpoint() {
    for url in urls().await {
        // Rewriting a row's hash (as an attacker recomputing the chain would)
        // is caught by the next row or the signed checkpoint at that seq.
        let r = tampered(&url, "UPDATE audit_log SET hash = prev_hash WHERE seq = 10").await;
        let (seq, _) = r.first_broken.expect("rehash must be detected");
        assert_eq!(seq, 10);
    }
}

#[tokio::test]
async fn detects_forged_checkpoint_signature() {
    for url in urls().await {
        let forged = format!(
            "UPDATE audit_checkpoints SET signature = '{}' WHERE seq = 15",
            "ab".repeat(64)
        );
        let r = tampered(&url, &forged).await;
        let (seq, why) = r.first_broken.expect("forged signature must be detected");
        assert_eq!(seq, 15, "{why}");
        assert!(why.contains("signature"), "{why}");
    }
}

#[tokio::test]
async fn wrong_key_fails_verification() {
    for url in urls().await {
        let store = filled(&url, 6).await;
        let other = ed25519_dalek::SigningKey::from_bytes(&[7; 32]);
        let r = store
            .audit()
            .verify_with_key(&hex::encode(other.verifying_key().to_bytes()))
            .await
            .unwrap();
        assert_eq!(r.first_broken.map(|b| b.0), Some(5));
        store.close().await;
    }
}

#[tokio::test]
async fn reopen_continues_chain_and_keeps_key() {
    for url in urls().await {
        let cfg = config(&url);
        let store = Store::open(cfg.clone()).await.unwrap();
        for i in 1..=7 {
            store.audit().append(record(i)).await.unwrap();
        }
        let key = store.audit().public_key_hex().unwrap();
        store.close().await;
        assert!(matches!(
            store.audit().append(record(99)).await,
            Err(store::StoreError::Closed)
        ));
        let store = Store::open(cfg).await.unwrap();
        assert_eq!(store.audit().public_key_hex().unwrap(), key);
        assert_eq!(store.audit().append(record(8)).await.unwrap(), 8);
        let r = store.audit().verify().await.unwrap();
        assert_eq!((r.rows, r.first_broken), (8, None));
        store.close().await;
    }
}

/// A backlog is pruned in several transactions, each anchored at a checkpoint (one transaction
/// for 93,000 rows grew SQLite's WAL tenfold), and the chain verifies after it.
#[tokio::test]
async fn retention_prunes_a_backlog_in_batches() {
    for url in urls().await {
        let store = Store::open(config(&url)).await.unwrap();
        let old = time::OffsetDateTime::now_utc() - time::Duration::days(10);
        for i in 1..=23 {
            let mut r = record(i);
            r.time = old;
            store.audit().append(r).await.unwrap();
        }
        for i in 24..=27 {
            store.audit().append(record(i)).await.unwrap();
        }
        // Checkpoints every 5 rows: 1..=20 go, at most 6 rows a transaction: one segment each.
        let age = Duration::from_secs(5 * 86400);
        let deleted = store.audit().prune_in_batches(age, 6).await.unwrap();
        assert_eq!(deleted, 20);
        let r = store.audit().verify().await.unwrap();
        assert_eq!((r.rows, r.first_broken), (7, None));
        store.close().await;
        let mut raw = Raw::connect(&url).await;
        assert_eq!(raw.count("SELECT COUNT(*) FROM audit_anchor").await, 4);
    }
}

#[tokio::test]
async fn retention_prunes_whole_segments_and_still_verifies() {
    for url in urls().await {
        let store = Store::open(config(&url)).await.unwrap();
        let old = time::OffsetDateTime::now_utc() - time::Duration::days(10);
        for i in 1..=13 {
            let mut r = record(i);
            r.time = old;
            store.audit().append(r).await.unwrap();
        }
        for i in 14..=20 {
            store.audit().append(record(i)).await.unwrap();
        }
        // Checkpoints at 5, 10, 15, 20: rows 11..13 are old but after the last
        // old checkpoint (10), so only 1..=10 go.
        let deleted = store
            .audit()
            .prune(Duration::from_secs(5 * 86400))
            .await
            .unwrap();
        assert_eq!(deleted, 10);
        let rows = store.audit().query(&AuditFilter::default()).await.unwrap();
        assert_eq!(rows.first().map(|r| r.seq), Some(11));
        let r = store.audit().verify().await.unwrap();
        assert_eq!(r.first_broken, None);
        assert_eq!(r.rows, 10);
        assert_eq!(
            store
                .audit()
                .prune(Duration::from_secs(5 * 86400))
                .await
                .unwrap(),
            0
        );
        assert_eq!(store.audit().append(record(21)).await.unwrap(), 21);
        store.close().await;
        // Deleting the first remaining row is still detected after a prune.
        Raw::connect(&url)
            .await
            .exec("DELETE FROM audit_log WHERE seq = 11")
            .await;
        let store = Store::open(config(&url)).await.unwrap();
        let r = store.audit().verify().await.unwrap();
        assert_eq!(r.first_broken.map(|b| b.0), Some(11));
        store.close().await;
    }
}

#[tokio::test]
async fn prune_everything_then_reopen_continues_from_anchor() {
    for url in urls().await {
        let store = Store::open(config(&url)).await.unwrap();
        let old = time::OffsetDateTime::now_utc() - time::Duration::days(10);
        for i in 1..=10 {
            let mut r = record(i);
            r.time = old;
            store.audit().append(r).await.unwrap();
        }
        assert_eq!(
            store
                .audit()
                .prune(Duration::from_secs(86400))
                .await
                .unwrap(),
            10
        );
        store.close().await;
        let store = Store::open(config(&url)).await.unwrap();
        assert_eq!(store.audit().append(record(11)).await.unwrap(), 11);
        let r = store.audit().verify().await.unwrap();
        assert_eq!((r.rows, r.first_broken), (1, None));
        store.close().await;
    }
}

/// Records removed from the end, their checkpoints with them, leave a chain that verifies by
/// itself; a head noted before (`verify --expect`) shows the loss, and a rewritten one too.
#[tokio::test]
async fn a_noted_head_shows_records_removed_from_the_end() {
    for url in urls().await {
        let store = filled(&url, 20).await;
        let clean = store.audit().verify().await.unwrap();
        let (seq, hash) = clean.head.clone().expect("a head");
        assert_eq!(
            (seq, clean.last_checkpoint, clean.unsigned_tail()),
            (20, Some(20), 0)
        );
        let noted: store::ExpectedRecord = format!("{seq}:{hash}").parse().unwrap();
        let earlier: store::ExpectedRecord = format!("12:{}", "ab".repeat(32)).parse().unwrap();
        store.close().await;
        Raw::connect(&url)
            .await
            .exec("DELETE FROM audit_log WHERE seq > 14; DELETE FROM audit_checkpoints WHERE seq > 14")
            .await;
        let store = Store::open(config(&url)).await.unwrap();
        let alone = store.audit().verify().await.unwrap();
        assert_eq!(
            (alone.rows, &alone.first_broken),
            (14, &None),
            "the chain alone cannot tell"
        );
        assert_eq!(
            (alone.last_checkpoint, alone.unsigned_tail()),
            (Some(10), 4)
        );
        let audit = store.audit();
        let r = audit.verify_expecting(None, Some(&noted)).await.unwrap();
        let (at, why) = r.first_broken.expect("the noted head is gone");
        assert_eq!(at, 20, "{why}");
        assert!(why.contains("removed from the end"), "{why}");
        let r = audit.verify_expecting(None, Some(&earlier)).await.unwrap();
        let (at, why) = r.first_broken.expect("record 12 is not the one noted");
        assert_eq!(at, 12, "{why}");
        assert!(why.contains("differs"), "{why}");
        store.close().await;
    }
}

/// A new SQLite audit log is readable by its owner alone, like its signing key: it holds
/// arguments and principals.
#[cfg(unix)]
#[tokio::test]
async fn a_new_sqlite_log_is_private_to_its_owner() {
    use std::os::unix::fs::PermissionsExt;
    let dir = common::temp_dir();
    let url = format!("sqlite://{}/audit.db", dir.display());
    let store = filled(&url, 1).await;
    store.close().await;
    let mode = std::fs::metadata(dir.join("audit.db"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600, "{mode:o}");
}
