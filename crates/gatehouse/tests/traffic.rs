//! Traffic control through the running gateway: rate limits, the circuit breaker, the
//! concurrency cap, retries and the list cache, against the demo server and raw upstreams.

use crate::support;

use std::time::{Duration, Instant};

use serde_json::{Value, json};
use support::{GATEHOUSE, TestGateway, raw_upstream};

fn error_code(response: &Value) -> Option<i64> {
    response["error"]["code"].as_i64()
}

/// A shell loop for a stdio server past its `initialize`: it answers every `tools/list` with
/// the one tool `tool` (the gateway lists a server's tools before the first call to one) and
/// runs `otherwise` on any other line.
fn list_loop(tool: &str, otherwise: &str) -> String {
    format!(
        r#"while read l; do case "$l" in *'"tools/list"'*) id=$(printf '%s' "$l" | sed 's/.*"id":\([0-9]*\).*/\1/'); printf '{{"jsonrpc":"2.0","id":%s,"result":{{"tools":[{{"name":"{tool}","inputSchema":{{"type":"object"}}}}]}}}}\n' "$id";; *) {otherwise};; esac; done"#
    )
}

#[tokio::test]
async fn a_tool_limit_holds_the_runaway_tool_while_other_tools_pass() {
    let yaml = format!(
        "servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\nlimits:\n  - key: [tool]\n    rate: 2/min\n"
    );
    let gw = TestGateway::start(&yaml).await;
    let mut s = gw.session("/mcp").await;
    let call = json!({"name": "demo__test_simple_text", "arguments": {}});
    for _ in 0..2 {
        let ok = s.request("tools/call", call.clone()).await;
        assert!(ok.get("result").is_some(), "{ok}");
    }
    let refused = s.request("tools/call", call.clone()).await;
    assert_eq!(error_code(&refused), Some(-32029), "{refused}");
    let retry_after = refused["error"]["data"]["retryAfterMs"].as_u64().unwrap();
    assert!(retry_after > 1_000 && retry_after <= 30_000, "{refused}");
    // A plain JSON answer also carries HTTP 429 and Retry-After.
    let body = json!({"jsonrpc": "2.0", "id": 99, "method": "tools/call", "params": call});
    let http = s.post_raw(body.to_string()).await;
    assert_eq!(http.status(), 429);
    let seconds: u64 = http.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=30).contains(&seconds), "{seconds}");
    let other = json!({"name": "demo__test_image_content", "arguments": {}});
    let passed = s.request("tools/call", other).await;
    assert!(passed.get("result").is_some(), "{passed}");
    // Lists carry no tool: a tool limit does not apply to them.
    let list = s.request("tools/list", json!({})).await;
    assert!(list.get("result").is_some(), "{list}");
}

/// A quota counts what uses a server's items (calls, prompts, reads); a caller whose budget is
/// spent can still list and ping, and each list is still rate limited.
#[tokio::test]
async fn a_spent_quota_refuses_calls_but_not_lists() {
    let yaml = format!(
        "servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\nquotas:\n  - {{ key: [server], per: day, limit: 2 }}\n"
    );
    let gw = TestGateway::start(&yaml).await;
    let mut s = gw.session("/mcp/demo").await;
    let call = json!({"name": "test_simple_text", "arguments": {}});
    for _ in 0..3 {
        let list = s.request("tools/list", json!({})).await;
        assert!(
            list.get("result").is_some(),
            "lists are not charged: {list}"
        );
    }
    for _ in 0..2 {
        let ok = s.request("tools/call", call.clone()).await;
        assert!(ok.get("result").is_some(), "{ok}");
    }
    let spent = s.request("tools/call", call).await;
    assert_eq!(error_code(&spent), Some(-32029), "{spent}");
    let prompt = json!({"name": "test_simple_prompt"});
    let refused = s.request("prompts/get", prompt).await;
    assert_eq!(
        error_code(&refused),
        Some(-32029),
        "prompts are charged: {refused}"
    );
    let list = s.request("tools/list", json!({})).await;
    assert!(list.get("result").is_some(), "still listed: {list}");
    let ping = s.request("ping", json!({})).await;
    assert!(ping.get("result").is_some(), "{ping}");
}

/// `initialize` counts against the caller's rate limits (a client could open sessions in a
/// loop without limit), and is refused with 429 like a call.
#[tokio::test]
async fn initialize_is_rate_limited() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = format!(
        "servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\nlimits:\n  - {{ key: [agent], rate: 2/min }}\naudit:\n  url: sqlite://{}/audit.db\n",
        dir.path().display()
    );
    let gw = TestGateway::start(&yaml).await;
    let mut s = gw.session("/mcp").await;
    let _second = gw.session("/mcp").await;
    let init = json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-11-25", "capabilities": {},
        "clientInfo": {"name": "test", "version": "1"}}});
    s.session_id = None;
    let refused = s.post_raw(init.to_string()).await;
    assert_eq!(refused.status(), 429);
    assert!(refused.headers().get("mcp-session-id").is_none());
    let body: Value = refused.json().await.unwrap();
    assert_eq!(error_code(&body), Some(-32029), "{body}");
    gw.gateway.close_audit().await;
    let verdicts: Vec<String> = (support::audit_rows(dir.path()).await.into_iter())
        .filter(|r| r.record.method == "initialize")
        .map(|r| r.record.verdict)
        .collect();
    assert_eq!(verdicts, ["allow", "allow", "throttled"]);
}

/// A call to a server that is not configured spends no quota: it is refused as unknown, and
/// the budget stays for real calls.
#[tokio::test]
async fn a_call_to_an_unknown_server_spends_no_quota() {
    let yaml = format!(
        "servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\nquotas:\n  - {{ key: [agent], per: day, limit: 2 }}\n"
    );
    let gw = TestGateway::start(&yaml).await;
    let mut s = gw.session("/mcp").await;
    let made_up = |name: &str| json!({"name": name, "arguments": {}});
    for _ in 0..3 {
        let refused = s.request("tools/call", made_up("nope__anything")).await;
        assert_ne!(error_code(&refused), Some(-32029), "{refused}");
        assert!(refused.get("error").is_some(), "{refused}");
    }
    let call = json!({"name": "demo__test_simple_text", "arguments": {}});
    let ok = s.request("tools/call", call.clone()).await;
    assert!(ok.get("result").is_some(), "{ok}");
    // Nor does a tool the server's complete listing (made before that first call) lacks.
    for _ in 0..3 {
        let refused = s.request("tools/call", made_up("demo__no_such_tool")).await;
        assert_ne!(error_code(&refused), Some(-32029), "{refused}");
        assert!(refused.get("error").is_some(), "{refused}");
    }
    let ok = s.request("tools/call", call.clone()).await;
    assert!(ok.get("result").is_some(), "{ok}");
    let spent = s.request("tools/call", call).await;
    assert_eq!(error_code(&spent), Some(-32029), "{spent}");
}

#[tokio::test]
async fn a_hanging_server_opens_its_circuit_and_the_other_server_stays_fast() {
    let url = raw_upstream::start().await;
    let yaml = format!(
        "servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\n  slow:\n    url: {url}\n    timeout: 300ms\n    breaker:\n      failures: 2\n      cooldown: 60s\n"
    );
    let gw = TestGateway::start(&yaml).await;
    let mut s = gw.session("/mcp").await;
    let hang = json!({"name": "slow__hang", "arguments": {}});
    for _ in 0..2 {
        let timed_out = s.request("tools/call", hang.clone()).await;
        assert_eq!(error_code(&timed_out), Some(-32003), "{timed_out}");
        assert_eq!(timed_out["error"]["data"]["server"], "slow", "{timed_out}");
    }
    let started = Instant::now();
    let refused = s.request("tools/call", hang.clone()).await;
    assert_eq!(error_code(&refused), Some(-32053), "{refused}");
    assert!(
        started.elapsed() < Duration::from_millis(250),
        "refused at once"
    );
    let lookup = json!({"name": "slow__lookup", "arguments": {}});
    let also_refused = s.request("tools/call", lookup).await;
    assert_eq!(error_code(&also_refused), Some(-32053), "{also_refused}");
    let healthy = json!({"name": "demo__test_simple_text", "arguments": {}});
    let ok = s.request("tools/call", healthy).await;
    assert!(ok.get("result").is_some(), "{ok}");
    // Still "connected" over HTTP, but its open circuit makes it down for /healthz and /readyz.
    let status = gw.gateway.server_status();
    assert!(status.contains(&("slow".to_owned(), false)), "{status:?}");
    assert!(status.contains(&("demo".to_owned(), true)), "{status:?}");
    // The gauge says the same (it said "connected", so 1).
    let metrics = gw.gateway.metrics().render(&gw.gateway);
    assert!(
        metrics.contains("gatehouse_upstream_up{server=\"slow\"} 0"),
        "{metrics}"
    );
    assert!(metrics.contains("gatehouse_upstream_up{server=\"demo\"} 1"));
}

/// An answer over `max_message_bytes` is that request's problem, not the server's: it is not
/// counted by the breaker (one client's big reads opened a shared server's circuit for every
/// client, audit 20), nor retried.
#[tokio::test]
async fn answers_over_the_size_limit_do_not_open_the_circuit() {
    let url = raw_upstream::start().await;
    let yaml = format!(
        "servers:\n  raw:\n    url: {url}\n    max_message_bytes: 20000\n    breaker:\n      failures: 1\n      cooldown: 60s\n"
    );
    let gw = TestGateway::start(&yaml).await;
    let mut big = gw.session("/mcp/raw").await;
    for _ in 0..3 {
        let refused = big.request("tools/call", json!({"name": "big_sse"})).await;
        assert_eq!(error_code(&refused), Some(-32001), "{refused}");
        assert_eq!(refused["error"]["data"]["tooLarge"], true, "{refused}");
    }
    let mut other = gw.session("/mcp/raw").await;
    let small = other.request("tools/call", json!({"name": "lookup"})).await;
    assert!(
        small.get("result").is_some(),
        "circuit still closed: {small}"
    );
}

/// A reload that changes only `timeout` applies it to the running connection (it used to
/// restart the server, and a stdio child with it).
#[tokio::test]
async fn a_reload_applies_a_new_timeout_without_a_restart() {
    let url = raw_upstream::start().await;
    let with_timeout =
        |timeout: &str| format!("servers:\n  raw:\n    url: {url}\n    timeout: {timeout}\n");
    let gw = TestGateway::start(&with_timeout("300ms")).await;
    let mut s = gw.session("/mcp/raw").await;
    let slow = json!({"name": "slow_echo", "arguments": {}});
    let timed_out = s.request("tools/call", slow.clone()).await;
    assert_eq!(error_code(&timed_out), Some(-32003), "{timed_out}");
    let session = s.session_id.clone().unwrap();
    let mut events = Box::pin(support::standalone(&gw, "/mcp/raw", &session).await);
    gw.gateway
        .reload(support::config(&with_timeout("5s")).settings)
        .await;
    let answered = s.request("tools/call", slow).await;
    assert!(answered.get("result").is_some(), "{answered}");
    // Not restarted: its sessions are not told to list again.
    let told = tokio::time::timeout(
        Duration::from_millis(300),
        futures::StreamExt::next(&mut events),
    )
    .await;
    assert!(told.is_err(), "no notification: {told:?}");
}

/// A call still running when the shutdown grace ends is answered -32001 "the gateway is
/// shutting down", naming the server (it got a dropped connection: audit 20).
#[tokio::test]
async fn a_call_cut_at_the_end_of_the_shutdown_grace_is_answered() {
    let url = raw_upstream::start().await;
    let gw = TestGateway::start(&format!(
        "servers:\n  raw:\n    url: {url}\n    timeout: 30s\n"
    ))
    .await;
    let mut s = gw.session("/mcp/raw").await;
    let hanging =
        tokio::spawn(async move { s.request("tools/call", json!({"name": "hang"})).await });
    tokio::time::sleep(Duration::from_millis(300)).await;
    let started = Instant::now();
    gw.gateway.begin_shutdown();
    gw.gateway.cancel_in_flight();
    let answer = hanging.await.unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "answered at once"
    );
    assert_eq!(error_code(&answer), Some(-32001), "{answer}");
    assert_eq!(answer["error"]["data"]["server"], "raw", "{answer}");
    let message = answer["error"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("shutting down"), "{answer}");
}

#[tokio::test]
async fn the_circuit_closes_again_after_a_successful_probe() {
    let url = raw_upstream::start().await;
    let yaml = format!(
        "servers:\n  raw:\n    url: {url}\n    timeout: 200ms\n    breaker:\n      failures: 1\n      cooldown: 300ms\n"
    );
    let gw = TestGateway::start(&yaml).await;
    let mut s = gw.session("/mcp/raw").await;
    let timed_out = s.request("tools/call", json!({"name": "hang"})).await;
    assert_eq!(error_code(&timed_out), Some(-32003), "{timed_out}");
    let refused = s.request("tools/call", json!({"name": "lookup"})).await;
    assert_eq!(error_code(&refused), Some(-32053), "{refused}");
    tokio::time::sleep(Duration::from_millis(400)).await;
    let probe = s.request("tools/call", json!({"name": "lookup"})).await;
    assert!(probe.get("result").is_some(), "the probe passes: {probe}");
    let after = s.request("tools/call", json!({"name": "lookup"})).await;
    assert!(after.get("result").is_some(), "closed again: {after}");
}

#[tokio::test]
async fn beyond_the_concurrency_cap_and_queue_a_request_is_shed_at_once() {
    let url = raw_upstream::start().await;
    let yaml = format!(
        "servers:\n  raw:\n    url: {url}\n    max_concurrency: 1\n    queue: 0\n    timeout: 10s\n"
    );
    let gw = TestGateway::start(&yaml).await;
    let mut busy = gw.session("/mcp/raw").await;
    let mut other = gw.session("/mcp/raw").await;
    let hanging =
        tokio::spawn(async move { busy.request("tools/call", json!({"name": "hang"})).await });
    tokio::time::sleep(Duration::from_millis(300)).await;
    let started = Instant::now();
    let shed = other.request("tools/call", json!({"name": "lookup"})).await;
    assert_eq!(error_code(&shed), Some(-32053), "{shed}");
    assert_eq!(shed["error"]["data"]["server"], "raw", "{shed}");
    assert!(shed["error"]["data"]["retryAfterMs"].is_u64(), "{shed}");
    assert!(started.elapsed() < Duration::from_secs(1));
    let finished = hanging.await.unwrap();
    assert!(finished.get("result").is_some(), "{finished}");
    let after = other.request("tools/call", json!({"name": "lookup"})).await;
    assert!(after.get("result").is_some(), "{after}");
}

/// A call the client cancels while it waits, in a server's concurrency queue or in the
/// limits' queue, is answered -32800 at once and never reaches its server (it used to be
/// forwarded, and run, once its turn came).
#[tokio::test]
async fn a_call_cancelled_while_it_waits_never_reaches_its_server() {
    let (url, transcript) = raw_upstream::start_transcribing().await;
    let yaml = format!(
        "servers:\n  raw:\n    url: {url}\n    max_concurrency: 1\n    queue: 1\n    timeout: 10s\n\
         limits:\n  - key: [tool]\n    rate: 60/min\n    burst: 1\n\
         limit_queue:\n  max_waiting: 5\n  max_wait: 5s\n"
    );
    let gw = TestGateway::start(&yaml).await;
    let mut busy = gw.session("/mcp/raw").await;
    let waiting = gw.session("/mcp/raw").await;
    let hanging =
        tokio::spawn(async move { busy.request("tools/call", json!({"name": "hang"})).await });
    tokio::time::sleep(Duration::from_millis(300)).await;
    // `other` waits for the concurrency slot (the hang holds it); a second `other` waits for
    // its tool's token (the first took the burst).
    for (id, text) in [(77, "queued for the slot"), (78, "queued for a token")] {
        let call = json!({"jsonrpc": "2.0", "id": id, "method": "tools/call",
            "params": {"name": "other", "arguments": {"text": text}}});
        let queued = tokio::spawn(support::raw_post(&waiting, &call).send());
        tokio::time::sleep(Duration::from_millis(300)).await;
        waiting
            .notify("notifications/cancelled", json!({"requestId": id}))
            .await;
        let started = Instant::now();
        let answer: Value = queued.await.unwrap().unwrap().json().await.unwrap();
        assert_eq!(error_code(&answer), Some(-32800), "{text}: {answer}");
        assert!(started.elapsed() < Duration::from_secs(1), "{text}");
    }
    hanging.await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let forwarded = transcript.lock().unwrap();
    let leaked: Vec<_> = forwarded
        .iter()
        .filter(|(body, _)| body.contains("queued for"))
        .collect();
    assert!(
        leaked.is_empty(),
        "cancelled calls were forwarded: {leaked:?}"
    );
}

#[tokio::test]
async fn lists_are_served_from_cache_and_calls_are_never_retried() {
    let (url, received) = raw_upstream::start_recording().await;
    let yaml = format!("servers:\n  raw:\n    url: {url}\n    timeout: 200ms\n");
    let gw = TestGateway::start(&yaml).await;
    let mut s = gw.session("/mcp/raw").await;
    for _ in 0..3 {
        let list = s.request("tools/list", json!({})).await;
        assert_eq!(
            support::tool_names(&list),
            [
                "lookup",
                "hang",
                "slow_echo",
                "other",
                "sp ace",
                "big_sse",
                "bad_auth"
            ]
        );
    }
    // The server does not take the cancellation either (it holds it 60 s): the caller is
    // answered at the timeout all the same.
    let hang = s.request("tools/call", json!({"name": "hang"}));
    let timed_out = tokio::time::timeout(Duration::from_secs(10), hang)
        .await
        .expect("answered at the timeout, not after the cancellation");
    assert_eq!(error_code(&timed_out), Some(-32003), "{timed_out}");
    tokio::time::sleep(Duration::from_millis(100)).await;
    let methods = received.lock().unwrap().clone();
    let count = |m: &str| methods.iter().filter(|x| *x == m).count();
    assert_eq!(count("tools/list"), 1, "{methods:?}");
    assert_eq!(count("tools/call"), 1, "{methods:?}");
}

#[tokio::test]
async fn a_cacheable_tool_is_answered_from_cache_per_arguments() {
    let (url, received) = raw_upstream::start_recording().await;
    let yaml = format!(
        "servers:\n  raw:\n    url: {url}\n    cache:\n      tools:\n        lookup: {{ ttl: 60s }}\n"
    );
    let gw = TestGateway::start(&yaml).await;
    let mut s = gw.session("/mcp/raw").await;
    let call = |id: &str| json!({"name": "lookup", "arguments": {"id": id, "x": 1}});
    let first = s.request("tools/call", call("a")).await;
    // The same arguments in another key order hit the cache; other arguments do not.
    let reordered = json!({"name": "lookup", "arguments": {"x": 1, "id": "a"}});
    let again = s.request("tools/call", reordered).await;
    assert_eq!(first["result"], again["result"], "{again}");
    s.request("tools/call", call("b")).await;
    // An uncached tool always reaches the server.
    s.request("tools/call", json!({"name": "other", "arguments": {}}))
        .await;
    s.request("tools/call", json!({"name": "other", "arguments": {}}))
        .await;
    let methods = received.lock().unwrap().clone();
    let calls = methods.iter().filter(|m| *m == "tools/call").count();
    assert_eq!(
        calls, 4,
        "lookup(a) once, lookup(b) once, other twice: {methods:?}"
    );
    let snapshot = &gw.gateway.upstream_snapshots()[0];
    assert_eq!(
        (snapshot.result_cache_hits, snapshot.result_cache_misses),
        (1, 2)
    );
}

#[tokio::test]
async fn a_server_that_crashes_on_every_call_opens_its_circuit_and_a_slow_one_does_not() {
    // Answers initialize and tools/list, and exits on any other request: every call crashes it.
    let crashy = format!(
        r#"read l; printf '%s\n' '{{"jsonrpc":"2.0","id":1,"result":{{"protocolVersion":"2025-11-25","capabilities":{{"tools":{{}}}},"serverInfo":{{"name":"crashy","version":"1"}}}}}}'; read l; {}"#,
        list_loop("boom", "exit 3")
    );
    let slow = raw_upstream::start().await;
    let yaml = format!(
        "servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\n  \
         crashy:\n    command: sh\n    args: ['-c', {crashy:?}]\n    init_timeout: 5s\n    \
         breaker: {{ failures: 2, cooldown: 60s }}\n  \
         slow:\n    url: {slow}\n    timeout: 10s\n    breaker: {{ failures: 2, cooldown: 60s }}\n"
    );
    let gw = TestGateway::start(&yaml).await;
    let mut s = gw.session("/mcp").await;
    let crash = json!({"name": "crashy__boom", "arguments": {}});
    for _ in 0..2 {
        let lost = s.request("tools/call", crash.clone()).await;
        assert_eq!(error_code(&lost), Some(-32001), "{lost}");
    }
    let started = Instant::now();
    let refused = s.request("tools/call", crash).await;
    assert_eq!(error_code(&refused), Some(-32053), "{refused}");
    let took = started.elapsed();
    assert!(
        took < Duration::from_millis(250),
        "refused at once, not {took:?}"
    );
    // Slow is not failing: `slow_echo` answers after a second, every time, and its breaker
    // stays closed; the healthy server answers at its own pace meanwhile.
    let mut slow_session = gw.session("/mcp").await;
    let slow_calls = tokio::spawn(async move {
        let slow_call = json!({"name": "slow__slow_echo", "arguments": {}});
        for _ in 0..3 {
            let answered = slow_session.request("tools/call", slow_call.clone()).await;
            assert!(answered.get("result").is_some(), "{answered}");
        }
    });
    tokio::time::sleep(Duration::from_millis(100)).await;
    for _ in 0..5 {
        let started = Instant::now();
        let healthy = s
            .request(
                "tools/call",
                json!({"name": "demo__test_simple_text", "arguments": {}}),
            )
            .await;
        assert!(healthy.get("result").is_some(), "{healthy}");
        assert!(
            started.elapsed() < Duration::from_millis(500),
            "not held up by the slow one"
        );
    }
    slow_calls.await.unwrap();
    let breakers: Vec<(String, &str)> = (gw.gateway.upstream_snapshots().into_iter())
        .map(|u| (u.name, u.breaker))
        .collect();
    assert!(
        breakers.contains(&("crashy".into(), "open")),
        "{breakers:?}"
    );
    assert!(
        breakers.contains(&("slow".into(), "closed")),
        "{breakers:?}"
    );
}

/// A server that went down is left out of the aggregate list at once (`failure_mode: open`),
/// not offered from the list cache until it expires.
#[tokio::test]
async fn a_server_that_went_down_is_not_listed_from_the_cache() {
    let dir = tempfile::tempdir().unwrap();
    let down = dir.path().join("down");
    // Lists one tool `t`; a call crashes it; while `down` exists every restart exits at once.
    let script = format!(
        r#"if [ -e {down} ]; then exit 1; fi; read l; printf '%s\n' '{{"jsonrpc":"2.0","id":1,"result":{{"protocolVersion":"2025-11-25","capabilities":{{"tools":{{}}}},"serverInfo":{{"name":"flaky","version":"1"}}}}}}'; read l; {listing}"#,
        down = down.display(),
        listing = list_loop("t", "exit 3")
    );
    let yaml = format!(
        "servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\n  flaky:\n    command: sh\n    args: ['-c', {script:?}]\n"
    );
    let gw = TestGateway::start(&yaml).await;
    let mut s = gw.session("/mcp").await;
    let listed = support::tool_names(&s.request("tools/list", json!({})).await);
    assert!(listed.contains(&"flaky__t".to_owned()), "{listed:?}");
    std::fs::write(&down, "").unwrap();
    let crashed = s.request("tools/call", json!({"name": "flaky__t"})).await;
    assert_eq!(error_code(&crashed), Some(-32001), "{crashed}");
    let mut is_down = false;
    for _ in 0..100 {
        let status = gw.gateway.server_status();
        if status.iter().any(|(name, up)| name == "flaky" && !up) {
            is_down = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(is_down, "{:?}", gw.gateway.server_status());
    let listed = support::tool_names(&s.request("tools/list", json!({})).await);
    assert!(
        !listed.iter().any(|n| n.starts_with("flaky__")),
        "{listed:?}"
    );
    assert!(listed.iter().any(|n| n.starts_with("demo__")), "{listed:?}");
}

/// One crash that takes several calls with it is one failure for the breaker: the server is
/// back after its restart, not refused for the whole cooldown (each call in flight used to
/// count, and three of them opened a breaker of two).
#[tokio::test]
async fn one_crash_with_calls_in_flight_is_one_failure() {
    let dir = tempfile::tempdir().unwrap();
    let mark = dir.path().join("crashed-once");
    // The first run answers initialize and tools/list, takes one call, waits for the others
    // to queue, and exits; every later run is the demo server.
    let script = format!(
        r#"if [ -e {mark} ]; then exec {GATEHOUSE} demo-server; fi; touch {mark}; read l; printf '%s\n' '{{"jsonrpc":"2.0","id":1,"result":{{"protocolVersion":"2025-11-25","capabilities":{{"tools":{{}}}},"serverInfo":{{"name":"once","version":"1"}}}}}}'; read l; {listing}"#,
        mark = mark.display(),
        listing = list_loop("test_simple_text", "sleep 0.3; exit 3")
    );
    let yaml = format!(
        "servers:\n  once:\n    command: sh\n    args: ['-c', {script:?}]\n    breaker: {{ failures: 2, cooldown: 60s }}\n"
    );
    let gw = TestGateway::start(&yaml).await;
    let call = json!({"name": "once__test_simple_text", "arguments": {}});
    let mut sessions = Vec::new();
    for _ in 0..3 {
        sessions.push(gw.session("/mcp").await);
    }
    let lost = futures::future::join_all(
        sessions
            .iter_mut()
            .map(|s| s.request("tools/call", call.clone())),
    )
    .await;
    for answer in &lost {
        assert_eq!(error_code(answer), Some(-32001), "{answer}");
    }
    let after = sessions[0].request("tools/call", call).await;
    assert!(
        after.get("result").is_some(),
        "served after the restart: {after}"
    );
}
