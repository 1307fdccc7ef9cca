//! Replicas of one server (`urls: [...]`): requests are balanced over the available replicas,
//! a session keeps to its replica, a replica that fails is taken out (breaker, health check)
//! and its sessions move to another, idempotent requests fail over at once, and a
//! non-idempotent call is never sent twice.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use crate::support;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use support::TestGateway;

/// An HTTP upstream that answers with its own name, and can be switched to answering 503.
#[derive(Clone)]
struct Replica {
    name: &'static str,
    down: Arc<AtomicBool>,
    calls: Arc<AtomicUsize>,
}

impl Replica {
    async fn start(name: &'static str) -> (Self, String) {
        let replica = Replica {
            name,
            down: Arc::default(),
            calls: Arc::default(),
        };
        let app = axum::Router::new()
            .route("/mcp", axum::routing::post(answer))
            .with_state(replica.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/mcp", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await });
        (replica, url)
    }

    fn calls(&self) -> usize {
        self.calls.load(Ordering::SeqCst)
    }
}

async fn answer(State(replica): State<Replica>, body: String) -> Response {
    if replica.down.load(Ordering::SeqCst) {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    let message: Value = serde_json::from_str(&body).unwrap();
    let Some(id) = message.get("id") else {
        return StatusCode::ACCEPTED.into_response();
    };
    let result = match message["method"].as_str().unwrap_or_default() {
        "initialize" => json!({"protocolVersion": "2025-11-25", "capabilities": {"tools": {}},
            "serverInfo": {"name": replica.name, "version": "1"}}),
        "tools/list" => json!({"tools": [
            {"name": "whoami", "inputSchema": {"type": "object"}},
            {"name": "lookup", "inputSchema": {"type": "object"},
             "annotations": {"idempotentHint": true}}
        ]}),
        "tools/call" => {
            replica.calls.fetch_add(1, Ordering::SeqCst);
            json!({"content": [{"type": "text", "text": replica.name}]})
        }
        _ => json!({}),
    };
    axum::Json(json!({"jsonrpc": "2.0", "id": id, "result": result})).into_response()
}

async fn gateway(urls: &[String], balancing: &str) -> TestGateway {
    let yaml = format!(
        "servers:\n  svc:\n    urls: [{}]\n    breaker: {{ failures: 2, cooldown: 60s }}\n    \
         retry: {{ attempts: 0 }}\n    cache: {{ lists: 0s }}\n    balancing: {balancing}\n",
        urls.join(", ")
    );
    TestGateway::start(&yaml).await
}

/// The replica that answered a `whoami` call, or the error.
async fn whoami(s: &mut support::RawSession) -> Result<String, Value> {
    let answer = s
        .request("tools/call", json!({"name": "whoami", "arguments": {}}))
        .await;
    match answer["result"]["content"][0]["text"].as_str() {
        Some(name) => Ok(name.to_owned()),
        None => Err(answer),
    }
}

#[tokio::test]
async fn without_affinity_requests_spread_over_the_replicas() {
    let (a, url_a) = Replica::start("a").await;
    let (b, url_b) = Replica::start("b").await;
    let gw = gateway(&[url_a, url_b], "{ affinity: none }").await;
    let mut s = gw.session("/mcp/svc").await;
    for _ in 0..40 {
        whoami(&mut s).await.unwrap();
    }
    assert_eq!(a.calls() + b.calls(), 40);
    assert!(
        a.calls() > 0 && b.calls() > 0,
        "a {} b {}",
        a.calls(),
        b.calls()
    );
}

#[tokio::test]
async fn a_session_keeps_its_replica_and_moves_when_it_fails() {
    let (a, url_a) = Replica::start("a").await;
    let (b, url_b) = Replica::start("b").await;
    // Health checks out of the way (the first runs at start): the breaker decides here.
    let gw = gateway(&[url_a, url_b], "{ health_check: { interval: 60s } }").await;
    let mut s = gw.session("/mcp/svc").await;
    let first = whoami(&mut s).await.unwrap();
    for _ in 0..10 {
        assert_eq!(whoami(&mut s).await.unwrap(), first, "session affinity");
    }
    let (kept, other) = if first == "a" { (&a, &b) } else { (&b, &a) };
    let other_calls = other.calls();

    kept.down.store(true, Ordering::SeqCst);
    // tools/call is not safe to repeat: the failed call is reported, never re-sent.
    let failed = whoami(&mut s)
        .await
        .expect_err("the call on the failed replica");
    assert_eq!(failed["error"]["code"], -32001, "{failed}");
    assert_eq!(other.calls(), other_calls, "the call was not repeated");
    // tools/list is: it fails over at once (and its failure opens the replica's breaker).
    let list = s.request("tools/list", json!({})).await;
    assert_eq!(list["result"]["tools"][0]["name"], "whoami", "{list}");
    // The session moves to the other replica.
    let moved = whoami(&mut s).await.unwrap();
    assert_ne!(moved, first);
    assert_eq!(other.calls(), other_calls + 1);
    for _ in 0..5 {
        assert_eq!(whoami(&mut s).await.unwrap(), moved, "and keeps to it");
    }
    let metrics = gw.gateway.metrics().render(&gw.gateway);
    for series in [
        r#"gatehouse_breaker_open{server="svc"} 1"#,
        r#"gatehouse_upstream_up{server="svc"} 1"#,
    ] {
        assert!(
            metrics.lines().any(|l| l == series),
            "{series} in\n{metrics}"
        );
    }
}

#[tokio::test]
async fn a_replica_failing_its_health_check_is_left_out() {
    let (a, url_a) = Replica::start("a").await;
    let (b, url_b) = Replica::start("b").await;
    let gw = gateway(
        &[url_a, url_b],
        "{ affinity: none, health_check: { interval: 100ms, timeout: 1s } }",
    )
    .await;
    a.down.store(true, Ordering::SeqCst);
    // Within a few health checks, a is out of the rotation without any call failing on it.
    let mut s = gw.session("/mcp/svc").await;
    let mut left_out = false;
    for _ in 0..50 {
        tokio::time::sleep(Duration::from_millis(100)).await;
        let admin = gw.gateway.upstream_snapshots();
        if admin.iter().any(|u| u.replica == 0 && !u.healthy) {
            left_out = true;
            break;
        }
    }
    assert!(left_out, "replica a never failed its health check");
    assert_eq!(
        gw.gateway.server_status(),
        [("svc".to_owned(), true)],
        "health names the server once, up while a replica serves"
    );
    for _ in 0..20 {
        assert_eq!(whoami(&mut s).await.unwrap(), "b");
    }
    assert_eq!((a.calls(), b.calls()), (0, 20));
}

/// A tool the gateway learns of from a listing that failed over to another replica is known
/// for the whole server: the call is not refused as an unknown tool.
#[tokio::test]
async fn a_listing_that_failed_over_still_vouches_for_the_tool() {
    let (a, url_a) = Replica::start("a").await;
    let (_b, url_b) = Replica::start("b").await;
    let gw = gateway(&[url_a, url_b], "{ health_check: { interval: 60s } }").await;
    gw.gateway
        .wait_ready(std::time::Duration::from_secs(10))
        .await;
    let mut s = gw.session("/mcp/svc").await;
    a.down.store(true, Ordering::SeqCst);
    for _ in 0..4 {
        match whoami(&mut s).await {
            Ok(name) => assert_eq!(name, "b"),
            Err(failed) => assert_eq!(failed["error"]["code"], -32001, "{failed}"),
        }
    }
}

/// An idempotent call on a replica that fails moves to another even when that replica never
/// managed to list its tools (what the others listed says the tool is safe to repeat).
#[tokio::test]
async fn an_idempotent_call_moves_off_a_replica_that_never_listed() {
    let (a, url_a) = Replica::start("a").await;
    let (b, url_b) = Replica::start("b").await;
    let yaml = format!(
        "servers:\n  svc:\n    urls: [{url_a}, {url_b}]\n    breaker: {{ failures: 50, cooldown: 60s }}\n    \
         retry: {{ attempts: 0 }}\n    cache: {{ lists: 0s }}\n    balancing: {{ health_check: {{ interval: 60s }} }}\n"
    );
    let gw = TestGateway::start(&yaml).await;
    gw.gateway
        .wait_ready(std::time::Duration::from_secs(10))
        .await;
    a.down.store(true, Ordering::SeqCst);
    let mut s = gw.session("/mcp/svc").await;
    for _ in 0..4 {
        let call = s
            .request("tools/call", json!({"name": "lookup", "arguments": {}}))
            .await;
        assert_eq!(call["result"]["content"][0]["text"], "b", "{call}");
    }
    assert!(b.calls() >= 4);
}
