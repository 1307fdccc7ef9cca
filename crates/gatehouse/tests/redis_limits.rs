//! Limits and quotas shared through Redis (`limit_redis`): several instances enforce one global
//! limit, a refused call is counted nowhere, and a Redis that is down lets calls through or
//! refuses them (per `on_error`) without hanging, and is used again when it is back.
//!
//! The tests that need a Redis read its URL from `GATEHOUSE_TEST_REDIS` (tests/redis.sh starts
//! one; tests/run-all.sh exports it) and print a skip line without it. The Redis-down tests need
//! none and always run. Every test writes under its own key prefix.

use crate::support;

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use gateway::GatewayError;
use gateway::settings::TrafficSettings;
use gateway::traffic::{Admission, CallKey, StoreFailures};
use serde_json::{Value, json};
use support::{GATEHOUSE, TestGateway};
use tokio::net::{TcpListener, TcpStream};
use tokio_util::sync::CancellationToken;

const REDIS_ENV: &str = "GATEHOUSE_TEST_REDIS";

/// The test Redis, or `None` (with a skip line) when none is configured.
fn redis_url(test: &str) -> Option<String> {
    let url = std::env::var(REDIS_ENV).ok();
    if url.is_none() {
        eprintln!("SKIPPED {test}: {REDIS_ENV} is not set (tests/redis.sh starts a Redis)");
    }
    url
}

/// A key prefix no other test (or earlier run) uses.
fn unique_prefix() -> String {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    format!("gh-test-{}-{nanos}-{n}", std::process::id())
}

/// A port nothing listens on.
async fn closed_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    listener.local_addr().unwrap().port()
}

/// The traffic settings of a config file's text.
fn traffic(yaml: &str) -> TrafficSettings {
    let lookup = |name: &str| std::env::var(name).ok();
    match gatehouse::config::parse(yaml, &lookup) {
        Ok(config) => config.settings.traffic,
        Err(errors) => panic!("test config is invalid: {errors}"),
    }
}

fn call<'a>(agent: &'a str, tool: &'a str) -> CallKey<'a> {
    CallKey {
        tenant: Some("acme"),
        agent: Some(agent),
        server: Some("demo"),
        tool: Some(tool),
        ..CallKey::default()
    }
}

/// Two instances' admission stages on one config, as two gateways would have them.
fn two_instances(yaml: &str) -> (Admission, Admission) {
    let settings = traffic(yaml);
    (
        Admission::new(&settings, StoreFailures::default()),
        Admission::new(&settings, StoreFailures::default()),
    )
}

#[tokio::test]
async fn two_instances_sharing_redis_enforce_one_global_limit() {
    let Some(url) = redis_url("two_instances_sharing_redis_enforce_one_global_limit") else {
        return;
    };
    let yaml = format!(
        "limits:\n  - {{ key: [agent], rate: 5/min, burst: 5 }}\nlimit_redis: {{ url: {url}, prefix: {}, timeout: 1s }}\n",
        unique_prefix()
    );
    let (a, b) = two_instances(&yaml);
    let mut passed = 0;
    for i in 0..12 {
        let instance = if i % 2 == 0 { &a } else { &b };
        match instance.admit(&call("bot", "demo__echo")).await {
            Ok(()) => passed += 1,
            Err(GatewayError::RateLimited { retry_after, .. }) => {
                assert!(
                    retry_after > Duration::ZERO && retry_after <= Duration::from_secs(12),
                    "one call per 12 s: {retry_after:?}"
                );
            }
            Err(other) => panic!("expected a rate limit, got {other:?}"),
        }
    }
    assert_eq!(passed, 5, "across both instances, exactly the burst passes");
    a.admit(&call("other", "demo__echo"))
        .await
        .expect("another agent has its own bucket");
}

#[tokio::test]
async fn two_gateways_sharing_redis_enforce_one_global_limit() {
    let Some(url) = redis_url("two_gateways_sharing_redis_enforce_one_global_limit") else {
        return;
    };
    let yaml = format!(
        "servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\nlimits:\n  - {{ key: [tool], rate: 5/min, burst: 5 }}\nlimit_redis:\n  url: {url}\n  prefix: {}\n  timeout: 1s\n",
        unique_prefix()
    );
    let (one, two) = tokio::join!(TestGateway::start(&yaml), TestGateway::start(&yaml));
    let mut sessions = [one.session("/mcp").await, two.session("/mcp").await];
    let params = json!({"name": "demo__test_simple_text", "arguments": {}});
    let mut answers: Vec<Value> = Vec::new();
    for i in 0..10 {
        answers.push(sessions[i % 2].request("tools/call", params.clone()).await);
    }
    let passed = answers.iter().filter(|a| a.get("result").is_some()).count();
    assert_eq!(
        passed, 5,
        "exactly 5 calls pass across both gateways: {answers:#?}"
    );
    for refused in answers.iter().filter(|a| a.get("result").is_none()) {
        assert_eq!(refused["error"]["code"], -32029, "{refused}");
        let retry_after = refused["error"]["data"]["retryAfterMs"].as_u64().unwrap();
        assert!((1..=12_000).contains(&retry_after), "{refused}");
    }
    // A plain JSON refusal is also HTTP 429 with Retry-After, as with the local limiter.
    let body = json!({"jsonrpc": "2.0", "id": 99, "method": "tools/call", "params": params});
    let http = sessions[1].post_raw(body.to_string()).await;
    assert_eq!(http.status(), 429);
    assert!(http.headers().contains_key("retry-after"));
}

#[tokio::test]
async fn quotas_and_their_costs_are_shared_across_instances() {
    let Some(url) = redis_url("quotas_and_their_costs_are_shared_across_instances") else {
        return;
    };
    let yaml = format!(
        "servers:\n  demo:\n    command: demo-server\nquotas:\n  - {{ key: [tenant], per: day, limit: 7 }}\ncosts: {{ demo__big: 3 }}\nlimit_redis: {{ url: {url}, prefix: {}, timeout: 1s }}\n",
        unique_prefix()
    );
    let (a, b) = two_instances(&yaml);
    a.admit(&call("one", "demo__big")).await.expect("3 of 7");
    b.admit(&call("two", "demo__big")).await.expect("6 of 7");
    match a.admit(&call("three", "demo__big")).await {
        Err(GatewayError::QuotaExceeded { retry_after, .. }) => {
            assert!(
                retry_after <= Duration::from_secs(86_400),
                "{retry_after:?}"
            )
        }
        other => panic!("9 of 7 must be refused, got {other:?}"),
    }
    b.admit(&call("four", "demo__small"))
        .await
        .expect("a call costing 1 still fits: 7 of 7");
    assert!(matches!(
        a.admit(&call("five", "demo__small")).await,
        Err(GatewayError::QuotaExceeded { .. })
    ));
}

#[tokio::test]
async fn a_refused_call_is_counted_in_no_limit_and_no_quota() {
    let Some(url) = redis_url("a_refused_call_is_counted_in_no_limit_and_no_quota") else {
        return;
    };
    // Per agent: 3 calls; per tool: 1 call; per tool: a quota of 1 unit a day.
    let yaml = format!(
        "limits:\n  - {{ key: [agent], rate: 3/min }}\n  - {{ key: [agent, tool], rate: 1/min }}\nquotas:\n  - {{ key: [tool], per: day, limit: 1 }}\nlimit_redis: {{ url: {url}, prefix: {}, timeout: 1s }}\n",
        unique_prefix()
    );
    let (a, b) = two_instances(&yaml);
    a.admit(&call("bot", "demo__t1"))
        .await
        .expect("agent 1 of 3");
    // The per-tool limit refuses: neither the agent limit nor the quota may be charged.
    assert!(matches!(
        b.admit(&call("bot", "demo__t1")).await,
        Err(GatewayError::RateLimited { .. })
    ));
    // Another agent on t1: its own limits pass, the quota (per tool) is spent, so refused;
    // this charges nothing either.
    assert!(matches!(
        a.admit(&call("other", "demo__t1")).await,
        Err(GatewayError::QuotaExceeded { .. })
    ));
    b.admit(&call("bot", "demo__t2"))
        .await
        .expect("agent 2 of 3: the refusals were not counted");
    a.admit(&call("bot", "demo__t3"))
        .await
        .expect("agent 3 of 3");
    assert!(matches!(
        b.admit(&call("bot", "demo__t4")).await,
        Err(GatewayError::RateLimited { .. })
    ));
    a.admit(&call("other", "demo__t5"))
        .await
        .expect("the quota refusal charged none of other's limits");
}

#[tokio::test]
async fn a_queued_call_waits_for_the_shared_bucket_then_passes() {
    let Some(url) = redis_url("a_queued_call_waits_for_the_shared_bucket_then_passes") else {
        return;
    };
    // One call per 200 ms; a call may wait up to 2 s for its turn.
    let yaml = format!(
        "limits:\n  - {{ key: [agent], rate: 300/min, burst: 1 }}\nlimit_queue: {{ max_waiting: 2, max_wait: 2s }}\nlimit_redis: {{ url: {url}, prefix: {}, timeout: 1s }}\n",
        unique_prefix()
    );
    let (a, b) = two_instances(&yaml);
    a.admit(&call("bot", "demo__echo"))
        .await
        .expect("the first passes");
    let started = Instant::now();
    b.admit(&call("bot", "demo__echo"))
        .await
        .expect("the other instance's call waits its turn");
    let waited = started.elapsed();
    assert!(
        waited >= Duration::from_millis(150) && waited < Duration::from_secs(2),
        "{waited:?}"
    );
}

/// A Redis-backed admission against a port nothing listens on.
async fn unreachable(on_error: &str) -> (Admission, StoreFailures) {
    let port = closed_port().await;
    let settings = traffic(&format!(
        "limits:\n  - {{ key: [agent], rate: 1/min }}\nquotas:\n  - {{ key: [agent], per: day, limit: 1 }}\nlimit_redis: {{ url: redis://127.0.0.1:{port}, on_error: {on_error} }}\n"
    ));
    let failures = StoreFailures::default();
    (Admission::new(&settings, failures.clone()), failures)
}

#[tokio::test]
async fn redis_down_lets_calls_through_when_open_without_hanging() {
    let (admission, failures) = unreachable("open").await;
    let started = Instant::now();
    for _ in 0..20 {
        let one = Instant::now();
        admission
            .admit(&call("bot", "demo__echo"))
            .await
            .expect("open: through unchecked");
        assert!(
            one.elapsed() < Duration::from_millis(500),
            "{:?}",
            one.elapsed()
        );
    }
    assert!(started.elapsed() < Duration::from_secs(3));
    assert_eq!(failures.let_through.get(), 20);
    assert_eq!(failures.refused.get(), 0);
}

#[tokio::test]
async fn redis_down_refuses_calls_when_closed_with_a_clear_error() {
    let (admission, failures) = unreachable("closed").await;
    for _ in 0..5 {
        let started = Instant::now();
        let refused = admission
            .admit(&call("bot", "demo__echo"))
            .await
            .unwrap_err();
        assert!(started.elapsed() < Duration::from_millis(500));
        assert!(
            matches!(refused, GatewayError::LimitStoreUnavailable),
            "{refused:?}"
        );
        let error = refused.to_error_object();
        assert_eq!(error.code, -32029);
        assert!(error.message.contains("Redis"), "{}", error.message);
        assert!(
            error.message.contains("on_error is closed"),
            "{}",
            error.message
        );
    }
    assert_eq!(failures.refused.get(), 5);
}

#[tokio::test]
async fn a_gateway_whose_redis_is_down_answers_per_on_error() {
    let port = closed_port().await;
    let config = |on_error: &str| {
        format!(
            "servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\nlimits:\n  - {{ key: [tool], rate: 100/min }}\nlimit_redis: {{ url: redis://127.0.0.1:{port}, on_error: {on_error} }}\n"
        )
    };
    let params = json!({"name": "demo__test_simple_text", "arguments": {}});
    let closed = TestGateway::start(&config("closed")).await;
    let session = closed.session("/mcp").await;
    let body = json!({"jsonrpc": "2.0", "id": 7, "method": "tools/call", "params": params});
    let http = session.post_raw(body.to_string()).await;
    assert_eq!(http.status(), 429);
    assert_eq!(http.headers()["retry-after"], "1");
    let refused: Value = http.json().await.unwrap();
    assert_eq!(refused["error"]["code"], -32029, "{refused}");
    let message = refused["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("limit store (Redis) is unavailable"),
        "{message}"
    );
    let admin = closed.admin(None).await;
    let metrics = reqwest::get(format!("{admin}/metrics"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        metrics.contains("gatehouse_limit_store_failures_total{on_error=\"closed\"} 1"),
        "{metrics}"
    );

    let open = TestGateway::start(&config("open")).await;
    let mut session = open.session("/mcp").await;
    let passed = session.request("tools/call", params).await;
    assert!(
        passed.get("result").is_some(),
        "open: let through: {passed}"
    );
}

/// A TCP proxy to Redis that can be taken down (its port refuses, its connections are cut)
/// and brought back on the same port.
struct Proxy {
    port: u16,
    target: String,
    stop: CancellationToken,
}

impl Proxy {
    async fn start(target: &str) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let stop = CancellationToken::new();
        tokio::spawn(relay(listener, target.to_owned(), stop.clone()));
        Self {
            port,
            target: target.to_owned(),
            stop,
        }
    }

    fn down(&mut self) {
        self.stop.cancel();
    }

    async fn up(&mut self) {
        self.stop = CancellationToken::new();
        let listener = TcpListener::bind(("127.0.0.1", self.port)).await.unwrap();
        tokio::spawn(relay(listener, self.target.clone(), self.stop.clone()));
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.stop.cancel();
    }
}

async fn relay(listener: TcpListener, target: String, stop: CancellationToken) {
    loop {
        let (mut client, _) = tokio::select! {
            accepted = listener.accept() => accepted.unwrap(),
            _ = stop.cancelled() => return,
        };
        let mut server = TcpStream::connect(&target).await.unwrap();
        let stop = stop.clone();
        tokio::spawn(async move {
            tokio::select! {
                _ = tokio::io::copy_bidirectional(&mut client, &mut server) => {}
                _ = stop.cancelled() => {}
            }
        });
    }
}

#[tokio::test]
async fn the_limiter_uses_redis_again_once_it_is_back() {
    let Some(url) = redis_url("the_limiter_uses_redis_again_once_it_is_back") else {
        return;
    };
    let target = url.trim_start_matches("redis://").trim_end_matches('/');
    let mut proxy = Proxy::start(target).await;
    let settings = traffic(&format!(
        "limits:\n  - {{ key: [agent], rate: 2/min }}\nlimit_redis: {{ url: redis://127.0.0.1:{}, prefix: {}, timeout: 500ms }}\n",
        proxy.port,
        unique_prefix()
    ));
    let failures = StoreFailures::default();
    let admission = Admission::new(&settings, failures.clone());
    admission
        .admit(&call("first", "demo__echo"))
        .await
        .expect("through Redis");
    assert_eq!(failures.let_through.get(), 0);

    proxy.down();
    for _ in 0..5 {
        let started = Instant::now();
        admission
            .admit(&call("down", "demo__echo"))
            .await
            .expect("open");
        assert!(started.elapsed() < Duration::from_millis(600));
    }
    assert_eq!(failures.let_through.get(), 5, "decided without Redis");

    proxy.up().await;
    // Back in Redis, agent `probe` passes twice and is then refused; while the link is still
    // down its calls pass unchecked. The connector retries at most every 5 s.
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        match admission.admit(&call("probe", "demo__echo")).await {
            Ok(()) => {}
            Err(GatewayError::RateLimited { .. }) => break,
            Err(other) => panic!("unexpected {other:?}"),
        }
        assert!(
            Instant::now() < deadline,
            "Redis was not used again within 15 s"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
