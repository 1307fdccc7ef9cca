//! Pins and approvals lifecycles on every backend.

use crate::common;

use common::{config, urls};
use serde_json::json;
use store::{ApprovalStatus, Decision, NewApproval, Store, StoreError};

#[tokio::test]
async fn pin_lifecycle() {
    for url in urls().await {
        let store = Store::open(config(&url)).await.unwrap();
        let pins = store.pins();
        assert!(pins.get("ehr", "read").await.unwrap().is_none());
        assert!(
            pins.insert_first_seen("ehr", "read", "h1", &json!({"d": 1}))
                .await
                .unwrap()
        );
        assert!(
            !pins
                .insert_first_seen("ehr", "read", "h9", &json!({"d": 9}))
                .await
                .unwrap()
        );
        let pin = pins.get("ehr", "read").await.unwrap().unwrap();
        assert_eq!((pin.definition_hash.as_str(), pin.approved), ("h1", true));
        assert_eq!(pin.definition, json!({"d": 1}));
        assert!(
            pins.record_pending("ehr", "read", "h2", &json!({"d": 2}))
                .await
                .unwrap()
        );
        assert!(
            !pins
                .record_pending("ehr", "read", "h2", &json!({"d": 2}))
                .await
                .unwrap()
        );
        assert!(
            pins.record_pending("ehr", "read", "h3", &json!({"d": 3}))
                .await
                .unwrap()
        );
        assert_eq!(pins.list_pending().await.unwrap().len(), 2);
        assert_eq!(
            pins.get("ehr", "read")
                .await
                .unwrap()
                .unwrap()
                .definition_hash,
            "h1"
        );
        let approved = pins.approve("ehr", "read", "h2", "alice").await.unwrap();
        assert_eq!(approved.definition_hash, "h2");
        assert_eq!(approved.approved_by.as_deref(), Some("alice"));
        assert!(approved.approved_at.is_some());
        assert_eq!(pins.list().await.unwrap().len(), 1);
        assert!(matches!(
            pins.approve("ehr", "read", "nope", "bob").await,
            Err(StoreError::NotFound(_))
        ));
        // Approving h2 discarded the other pending definition: h3 is no longer approvable
        // (it would pin what the server no longer serves).
        assert!(pins.list_pending().await.unwrap().is_empty());
        assert!(matches!(
            pins.approve("ehr", "read", "h3", "bob").await,
            Err(StoreError::NotFound(_))
        ));
        pins.record_pending("ehr", "read", "h4", &json!({"d": 4}))
            .await
            .unwrap();
        assert!(pins.discard_pending("ehr", "read", "h4").await.unwrap());
        assert!(pins.list_pending().await.unwrap().is_empty());
        assert!(
            pins.insert_first_seen("fs", "ls", "x", &json!({}))
                .await
                .unwrap()
        );
        let list = pins.list().await.unwrap();
        assert_eq!(
            list.iter().map(|p| p.tool.as_str()).collect::<Vec<_>>(),
            ["read", "ls"]
        );
        store.close().await;
    }
}

fn held(id: &str) -> NewApproval {
    NewApproval {
        id: id.into(),
        time: time::OffsetDateTime::now_utc(),
        principal: json!({"tenant": "t", "user": "u", "agent": "a"}),
        server: "ehr".into(),
        tool: "write_chart".into(),
        arguments: json!({"patient": "redacted"}),
        reason: "policy p7 requires approval".into(),
    }
}

#[tokio::test]
async fn approval_lifecycle() {
    for url in urls().await {
        let store = Store::open(config(&url)).await.unwrap();
        let ap = store.approvals();
        ap.create(&held("a1")).await.unwrap();
        ap.create(&held("a2")).await.unwrap();
        assert!(ap.create(&held("a1")).await.is_err(), "duplicate id");
        assert_eq!(ap.list_pending().await.unwrap().len(), 2);
        let got = ap.get("a1").await.unwrap().unwrap();
        assert_eq!(got.status, ApprovalStatus::Pending);
        assert_eq!(got.request.arguments, json!({"patient": "redacted"}));
        let d = ap.decide("a1", Decision::Approve, "carol").await.unwrap();
        assert_eq!(
            (d.status, d.decided_by.as_deref()),
            (ApprovalStatus::Approved, Some("carol"))
        );
        assert!(d.decided_at.is_some());
        assert!(matches!(
            ap.decide("a1", Decision::Deny, "dave").await,
            Err(StoreError::Conflict(_))
        ));
        assert!(matches!(
            ap.decide("zz", Decision::Deny, "dave").await,
            Err(StoreError::NotFound(_))
        ));
        assert_eq!(
            ap.decide("a2", Decision::Deny, "dave")
                .await
                .unwrap()
                .status,
            ApprovalStatus::Denied
        );
        assert!(ap.list_pending().await.unwrap().is_empty());
        assert!(ap.get("missing").await.unwrap().is_none());
        store.close().await;
    }
}

#[tokio::test]
async fn in_memory_sqlite_works_end_to_end() {
    let mut cfg = store::StoreConfig::new("sqlite::memory:");
    cfg.checkpoint_every = 2;
    let store = Store::open(cfg).await.unwrap();
    for i in 1..=5 {
        assert_eq!(store.audit().append(common::record(i)).await.unwrap(), i);
    }
    let rows = store
        .audit()
        .query(&store::AuditFilter::default())
        .await
        .unwrap();
    assert_eq!(rows.len(), 5);
    let r = store.audit().verify().await.unwrap();
    assert_eq!((r.rows, r.checkpoints, r.first_broken), (5, 2, None));
    assert!(
        store
            .pins()
            .insert_first_seen("s", "t", "h", &json!({}))
            .await
            .unwrap()
    );
    assert_eq!(store.audit().public_key_hex().unwrap().len(), 64);
    store.close().await;
}
