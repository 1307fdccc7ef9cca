//! OpenTelemetry traces through the running gateway, exported to an in-test OTLP/HTTP
//! receiver: one trace per request with its stage spans and the upstream call, the caller's
//! trace context honoured (HTTP headers and `params._meta`), the context passed upstream
//! (`traceparent` header and `_meta`), sampling, and the export flushed at shutdown with no
//! secret in the logs or the spans.
//!
//! The in-process tests install the subscriber for their own thread only (`#[tokio::test]`
//! runs every task of the gateway on it), so they work under `cargo test` as under nextest.

use crate::support;

use std::time::Duration;

use gatehouse::telemetry::Telemetry;
use serde_json::{Value, json};
use support::otlp::{self, Receiver, Span};
use support::raw_upstream::{self, TraceHeaders, Transcript};
use support::{GATEHOUSE, RawSession, TestGateway};
use tracing::subscriber::DefaultGuard;

const TRACE: &str = "4bf92f3577b34da6a3ce929d0e0e4736";
const CLIENT_SPAN: &str = "00f067aa0ba902b7";

/// A gateway whose spans go through the production subscriber to the receiver.
struct Traced {
    gw: TestGateway,
    telemetry: Telemetry,
    _subscriber: DefaultGuard,
}

impl Traced {
    async fn start(yaml: &str) -> Self {
        let config = support::config(yaml);
        let (subscriber, telemetry) =
            gatehouse::logging::subscriber(&config, std::io::sink, false).expect("exporter starts");
        let guard = tracing::subscriber::set_default(subscriber);
        let gw = TestGateway::start(yaml).await;
        // A span first met by a test on another thread (with no subscriber) while this one was
        // being registered can keep its cached "never" interest (tracing-core computes it from
        // the dispatchers it saw); ask again now that this subscriber is in place.
        tracing::callsite::rebuild_interest_cache();
        Self {
            gw,
            telemetry: telemetry.expect("telemetry is configured"),
            _subscriber: guard,
        }
    }

    /// The spans received once `done` holds (at most 10 s, flushing the exporter meanwhile).
    async fn spans(&self, receiver: &Receiver, done: impl Fn(&[Span]) -> bool) -> Vec<Span> {
        let flush = || self.telemetry.flush();
        receiver
            .wait_for(Duration::from_secs(10), flush, done)
            .await
    }
}

/// A `tools/call` on `session` with extra HTTP headers; returns the JSON-RPC response.
async fn call(session: &RawSession, params: Value, headers: &[(&str, &str)]) -> Value {
    let body = json!({"jsonrpc": "2.0", "id": 100, "method": "tools/call", "params": params});
    let mut request = session
        .http
        .post(&session.url)
        .header("content-type", "application/json")
        .header("accept", "application/json, text/event-stream")
        .header("mcp-protocol-version", "2025-11-25")
        .header("mcp-session-id", session.session_id.as_deref().unwrap());
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.body(body.to_string()).send().await.unwrap();
    response.json().await.unwrap()
}

/// The span named `name` in `spans`, or a panic listing them all.
fn named<'a>(spans: &'a [Span], name: &str) -> &'a Span {
    spans
        .iter()
        .find(|s| s.name == name)
        .unwrap_or_else(|| panic!("no span {name} in {spans:#?}"))
}

/// The params of the last `tools/call` the upstream received, as it received them.
fn forwarded_params(transcript: &Transcript) -> String {
    let log = transcript.lock().unwrap();
    let (request, _) = log
        .iter()
        .rfind(|(request, _)| request.contains("\"tools/call\""))
        .expect("the call reached the upstream");
    let start = request.find("\"params\":").expect("params") + "\"params\":".len();
    request[start..request.len() - 1].to_owned()
}

/// The `traceparent` header of the last `tools/call` the upstream received.
fn forwarded_traceparent(headers: &TraceHeaders) -> Option<String> {
    let log = headers.lock().unwrap();
    log.iter()
        .rfind(|(method, _)| method == "tools/call")
        .expect("the call reached the upstream")
        .1
        .clone()
}

/// Whether the upstream call of trace `trace` was received.
fn called_upstream(trace: &str) -> impl Fn(&[Span]) -> bool + '_ {
    move |spans| {
        spans
            .iter()
            .any(|s| s.trace_id == trace && s.name == "upstream")
    }
}

/// The spans of trace `trace`.
fn of_trace(spans: Vec<Span>, trace: &str) -> Vec<Span> {
    spans.into_iter().filter(|s| s.trace_id == trace).collect()
}

#[tokio::test]
async fn a_tools_call_is_one_trace_of_stages_and_the_upstream_call_in_the_callers_trace() {
    let receiver = Receiver::start().await;
    let (upstream, transcript, trace_headers) = raw_upstream::start_tracing().await;
    let dir = tempfile::tempdir().unwrap();
    let policy = dir.path().join("policy.cedar");
    std::fs::write(
        &policy,
        r#"permit(principal, action == Gatehouse::Action::"call_tool", resource == Gatehouse::Tool::"raw/lookup");"#,
    )
    .unwrap();
    let yaml = format!(
        "servers:\n  raw:\n    url: {upstream}\npolicy:\n  files: [{}]\n\
         audit:\n  url: sqlite://{}/audit.db\n\
         telemetry:\n  otlp_endpoint: {}\n  service_name: gw-under-test\n",
        policy.display(),
        dir.path().display(),
        receiver.url
    );
    let traced = Traced::start(&yaml).await;
    let mut session = traced.gw.session("/mcp").await;
    session.request("tools/list", json!({})).await;
    let traceparent = format!("00-{TRACE}-{CLIENT_SPAN}-01");
    let headers = [
        ("traceparent", traceparent.as_str()),
        ("tracestate", "vendor=x"),
    ];
    let params = json!({"name": "raw__lookup", "arguments": {"id": "7"}});
    let response = call(&session, params, &headers).await;
    assert!(response["result"]["content"].is_array(), "{response}");

    let spans = traced.spans(&receiver, called_upstream(TRACE)).await;
    let trace = of_trace(spans, TRACE);
    let request = named(&trace, "tools/call raw__lookup");
    assert_eq!(request.kind, otlp::KIND_SERVER);
    assert_eq!(
        request.parent_span_id, CLIENT_SPAN,
        "a child of the caller's span"
    );
    assert_eq!(request.service, "gw-under-test");
    let attribute = |key: &str| request.attributes.get(key).map(String::as_str);
    assert_eq!(attribute("mcp.method.name"), Some("tools/call"));
    assert_eq!(attribute("gen_ai.tool.name"), Some("raw__lookup"));
    assert_eq!(attribute("mcp.session.id"), session.session_id.as_deref());
    assert_eq!(attribute("gatehouse.verdict"), Some("allow"));
    assert_eq!(attribute("request_id").map(str::len), Some(32));
    for stage in [
        "admission",
        "authorize",
        "guard.arguments",
        "route",
        "guard.result",
        "audit",
    ] {
        let span = named(&trace, stage);
        assert_eq!(
            span.parent_span_id, request.span_id,
            "{stage} is a child of the request"
        );
    }
    let upstream_call = named(&trace, "upstream");
    assert_eq!(upstream_call.kind, otlp::KIND_CLIENT);
    assert_eq!(upstream_call.parent_span_id, named(&trace, "route").span_id);

    let sent = format!("00-{TRACE}-{}-01", upstream_call.span_id);
    assert_eq!(
        forwarded_traceparent(&trace_headers).as_deref(),
        Some(sent.as_str())
    );
    assert_eq!(
        forwarded_params(&transcript),
        format!(
            r#"{{"name":"lookup","arguments":{{"id":"7"}},"_meta":{{"traceparent":"{sent}","tracestate":"vendor=x"}}}}"#
        ),
        "only _meta is added; the other members keep their bytes"
    );

    // Opening the session, and a 2026-07-28 client's discovery, are server spans too.
    let discover = json!({"jsonrpc": "2.0", "id": 9, "method": "server/discover", "params": {
        "_meta": {"io.modelcontextprotocol/protocolVersion": "2026-07-28",
                  "io.modelcontextprotocol/clientCapabilities": {}}}});
    let answer = reqwest::Client::new()
        .post(format!("{}/mcp", traced.gw.base))
        .header("content-type", "application/json")
        .header("accept", "application/json, text/event-stream")
        .header("mcp-protocol-version", "2026-07-28")
        .header("mcp-method", "server/discover")
        .json(&discover)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 200);
    let both = |spans: &[Span]| {
        ["initialize", "server/discover"]
            .iter()
            .all(|name| spans.iter().any(|s| s.name == *name))
    };
    let spans = traced.spans(&receiver, both).await;
    for name in ["initialize", "server/discover"] {
        let span = named(&spans, name);
        assert_eq!(span.kind, otlp::KIND_SERVER, "{name}");
        assert_eq!(
            span.attributes.get("gatehouse.verdict").map(String::as_str),
            Some("allow")
        );
        assert_eq!(
            span.attributes.get("request_id").map(String::len),
            Some(32),
            "{name}"
        );
    }

    // A refusal's log line (with its error text) is not a span event: nothing the log says
    // goes to the trace backend. A tool name the server never listed is the client's text: it
    // names no span (as it gets no metric label of its own).
    let denied = json!({"name": "raw__made_up_by_the_client", "arguments": {}});
    assert!(call(&session, denied, &[]).await.get("error").is_some());
    let refused = |spans: &[Span]| spans.iter().any(|s| s.name == "tools/call");
    let spans = traced.spans(&receiver, refused).await;
    for span in &spans {
        assert!(span.events.is_empty(), "{}: {:?}", span.name, span.events);
        assert!(!span.name.contains("made_up"), "{}", span.name);
        let tool = span.attributes.get("gen_ai.tool.name");
        assert!(tool.is_none_or(|t| !t.contains("made_up")), "{tool:?}");
    }
}

#[tokio::test]
async fn the_trace_context_in_meta_wins_over_the_header_and_is_replaced_upstream() {
    let receiver = Receiver::start().await;
    let (upstream, transcript, _) = raw_upstream::start_tracing().await;
    let yaml = format!(
        "servers:\n  raw:\n    url: {upstream}\ntelemetry:\n  otlp_endpoint: {}/v1/traces\n",
        receiver.url
    );
    let traced = Traced::start(&yaml).await;
    let mut session = traced.gw.session("/mcp/raw").await;
    session.request("tools/list", json!({})).await;
    let meta_trace = "0af7651916cd43dd8448eb211c80319c";
    let in_meta = format!("00-{meta_trace}-b7ad6b7169203331-01");
    let in_header = format!("00-{TRACE}-{CLIENT_SPAN}-01");
    let params = json!({"name": "lookup", "_meta": {"traceparent": in_meta, "acme.io/k": [1, 2]}});
    let response = call(&session, params, &[("traceparent", &in_header)]).await;
    assert!(response["result"].is_object(), "{response}");

    let spans = traced.spans(&receiver, called_upstream(meta_trace)).await;
    let request = named(&spans, "tools/call raw__lookup");
    assert_eq!(request.trace_id, meta_trace);
    assert_eq!(request.parent_span_id, "b7ad6b7169203331");
    let upstream_call = named(&of_trace(spans, meta_trace), "upstream").clone();
    assert_eq!(
        forwarded_params(&transcript),
        format!(
            r#"{{"name":"lookup","_meta":{{"traceparent":"00-{meta_trace}-{}-01","acme.io/k":[1,2]}}}}"#,
            upstream_call.span_id
        )
    );
}

#[tokio::test]
async fn with_sample_ratio_0_nothing_is_exported_and_the_params_pass_unchanged() {
    let receiver = Receiver::start().await;
    let (upstream, transcript, trace_headers) = raw_upstream::start_tracing().await;
    let yaml = format!(
        "servers:\n  raw:\n    url: {upstream}\ntelemetry:\n  otlp_endpoint: {}\n  sample_ratio: 0\n",
        receiver.url
    );
    let traced = Traced::start(&yaml).await;
    let mut session = traced.gw.session("/mcp").await;
    session.request("tools/list", json!({})).await;
    let params = json!({"name": "raw__lookup", "arguments": {"id": "7"}});
    let response = call(&session, params.clone(), &[]).await;
    assert!(response["result"].is_object(), "{response}");

    let flush = || traced.telemetry.flush();
    let spans = receiver
        .wait_for(Duration::from_millis(500), flush, |s| !s.is_empty())
        .await;
    assert!(
        spans.is_empty(),
        "nothing sampled, nothing exported: {spans:#?}"
    );
    assert_eq!(
        forwarded_params(&transcript),
        r#"{"name":"lookup","arguments":{"id":"7"}}"#,
        "an unsampled request's params are not touched"
    );
    let unsampled = forwarded_traceparent(&trace_headers).expect("the decision goes upstream");
    assert!(unsampled.ends_with("-00"), "{unsampled}");

    // Parent-based: a caller's sampled trace is exported even at ratio 0.
    let traceparent = format!("00-{TRACE}-{CLIENT_SPAN}-01");
    call(&session, params, &[("traceparent", &traceparent)]).await;
    let spans = traced.spans(&receiver, called_upstream(TRACE)).await;
    assert!(spans.iter().all(|s| s.trace_id == TRACE), "{spans:#?}");
    named(&spans, "tools/call raw__lookup");
}

/// `gatehouse stdio` as a user runs it: JSON logs at debug level, traces to the receiver with
/// a collector key, a rate limit that refuses the second call. Closing stdin shuts it down,
/// which must send the spans still buffered (the batch delay is 5 s: nothing flushed before).
#[tokio::test]
async fn stdio_exports_at_shutdown_and_no_secret_reaches_the_logs_or_the_spans() {
    const COLLECTOR_KEY: &str = "collector-key-5f1e9a0c7d";
    const SERVER_SECRET: &str = "server-secret-8c2b6e41aa";
    const ARGUMENT_SECRET: &str = "AKIAZ4TQLKB7W2RM5XNP";
    let receiver = Receiver::start().await;
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("gatehouse.yaml");
    std::fs::write(
        &config,
        format!(
            "servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\n    env: {{ DEMO_TOKEN: \"${{DEMO_TOKEN}}\" }}\n\
             limits:\n  - {{ key: [tool], rate: 1/min }}\n\
             log:\n  format: json\n  level: debug\n\
             telemetry:\n  otlp_endpoint: {}\n  headers: {{ x-api-key: \"${{OTLP_KEY}}\" }}\n",
            receiver.url
        ),
    )
    .unwrap();
    // The first call is served; the second, with a secret, is throttled before the guard.
    let call = |id: u32, note: &str| {
        format!(
            r#"{{"jsonrpc":"2.0","id":{id},"method":"tools/call","params":{{"name":"demo__test_simple_text","arguments":{{"note":"{note}"}}}}}}"#
        )
    };
    let init = r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}"#;
    let env = [("OTLP_KEY", COLLECTOR_KEY), ("DEMO_TOKEN", SERVER_SECRET)];
    let logs = run_stdio(
        &config,
        &env,
        &[
            init.to_owned(),
            call(2, "hello"),
            call(3, &format!("key {ARGUMENT_SECRET}")),
        ],
    )
    .await;

    let spans = receiver.spans();
    let served = spans
        .iter()
        .find(|s| {
            s.name.starts_with("tools/call")
                && s.attributes.get("gatehouse.verdict").map(String::as_str) == Some("allow")
        })
        .unwrap_or_else(|| panic!("no served request span in {spans:#?}"));
    assert_eq!(served.name, "tools/call demo__test_simple_text");
    assert_eq!(
        named(&of_trace(spans.clone(), &served.trace_id), "upstream").kind,
        otlp::KIND_CLIENT
    );
    let throttled = spans
        .iter()
        .find(|s| s.attributes.get("gatehouse.verdict").map(String::as_str) == Some("throttled"))
        .unwrap_or_else(|| panic!("no throttled request span in {spans:#?}"));
    assert_eq!(throttled.status, otlp::STATUS_ERROR);
    assert_eq!(throttled.attributes["rpc.response.status_code"], "-32029");
    let refusal = logs
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .find(|l| l["fields"]["message"] == "request refused by traffic control")
        .unwrap_or_else(|| panic!("no refusal logged:\n{logs}"));
    assert_eq!(
        refusal["span"]["request_id"],
        throttled.attributes["request_id"].as_str(),
        "the log line and the span name the same request (the audit record's id)"
    );
    let headers = receiver.headers();
    let key =
        |h: &axum::http::HeaderMap| h.get("x-api-key").map(|v| v.to_str().unwrap().to_owned());
    assert!(
        !headers.is_empty()
            && headers
                .iter()
                .all(|h| key(h).as_deref() == Some(COLLECTOR_KEY)),
        "the collector gets its key: {headers:?}"
    );
    let exported = format!("{spans:?}");
    for secret in [COLLECTOR_KEY, SERVER_SECRET, ARGUMENT_SECRET] {
        assert!(!logs.contains(secret), "{secret} in the logs:\n{logs}");
        assert!(!exported.contains(secret), "{secret} in the spans");
    }
}

/// Run `gatehouse stdio --config CONFIG` with `env`, send `lines` (each answered before the
/// next), close stdin and wait for the exit; returns its stderr (the logs).
async fn run_stdio(config: &std::path::Path, env: &[(&str, &str)], lines: &[String]) -> String {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
    let mut child = tokio::process::Command::new(GATEHOUSE)
        .args(["stdio", "--config"])
        .arg(config)
        .current_dir(config.parent().unwrap())
        .envs(env.iter().copied())
        .env_remove("RUST_LOG")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap()).lines();
    for line in lines {
        stdin
            .write_all(format!("{line}\n").as_bytes())
            .await
            .unwrap();
        let reply = tokio::time::timeout(Duration::from_secs(30), stdout.next_line())
            .await
            .expect("a reply within 30 s")
            .unwrap()
            .expect("a reply line");
        assert!(reply.contains("\"jsonrpc\""), "{reply}");
    }
    drop(stdin);
    // Waited for asynchronously: the receiver runs on this thread and must answer the export.
    let output = tokio::time::timeout(Duration::from_secs(30), child.wait_with_output())
        .await
        .expect("gatehouse exits when stdin closes")
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stderr).unwrap()
}
