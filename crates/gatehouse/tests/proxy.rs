//! The proxy core end to end: a gateway in front of the bundled stdio demo server (rmcp) and a
//! raw HTTP upstream, driven by a raw wire client and by rmcp's client.

use crate::support;

use std::time::Duration;

use serde_json::{Value, json};
use support::{GATEHOUSE, TestGateway, raw_upstream, tool_names};

async fn demo_and_raw() -> TestGateway {
    let raw = raw_upstream::start().await;
    TestGateway::start(&format!(
        "servers:\n  demo:\n    command: ${{GATEHOUSE_EXE}}\n    args: [demo-server]\n  raw:\n    url: {raw}\n"
    ))
    .await
}

#[tokio::test]
async fn aggregate_namespaces_tools_prompts_and_resources() {
    let gw = demo_and_raw().await;
    let mut s = gw.session("/mcp").await;
    let tools = tool_names(&s.request("tools/list", json!({})).await);
    assert!(
        tools.contains(&"demo__test_simple_text".to_owned()),
        "{tools:?}"
    );
    assert!(tools.contains(&"raw__lookup".to_owned()), "{tools:?}");
    let call = s
        .request(
            "tools/call",
            json!({"name": "demo__test_simple_text", "arguments": {}}),
        )
        .await;
    assert_eq!(
        call["result"]["content"][0]["text"],
        "This is a simple text response for testing."
    );
    let resources = s.request("resources/list", json!({})).await;
    let uris: Vec<&str> = resources["result"]["resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["uri"].as_str().unwrap())
        .collect();
    assert!(uris.contains(&"demo+test://static-text"), "{uris:?}");
    let read = s
        .request("resources/read", json!({"uri": "demo+test://static-text"}))
        .await;
    assert_eq!(
        read["result"]["contents"][0]["uri"],
        "demo+test://static-text"
    );
    // Not found names the URI the client asked for, not the server's own.
    let missing = s
        .request("resources/read", json!({"uri": "demo+test://nope"}))
        .await;
    assert_eq!(missing["error"]["code"], -32002, "{missing}");
    assert_eq!(
        missing["error"]["data"]["uri"], "demo+test://nope",
        "{missing}"
    );
    assert_eq!(
        missing["error"]["message"], "Resource not found: demo+test://nope",
        "{missing}"
    );
    let prompt = s
        .request("prompts/get", json!({"name": "demo__test_simple_prompt"}))
        .await;
    assert!(prompt["result"]["messages"].is_array(), "{prompt}");
    let unknown = s
        .request("tools/call", json!({"name": "nope__x", "arguments": {}}))
        .await;
    assert_eq!(unknown["error"]["code"], -32602, "{unknown}");
}

#[tokio::test]
async fn single_server_route_keeps_original_names() {
    let gw = demo_and_raw().await;
    let mut s = gw.session("/mcp/demo").await;
    let tools = tool_names(&s.request("tools/list", json!({})).await);
    assert!(tools.contains(&"test_simple_text".to_owned()), "{tools:?}");
    assert!(!tools.iter().any(|t| t.contains("__")), "{tools:?}");
    let read = s
        .request("resources/read", json!({"uri": "test://static-text"}))
        .await;
    assert_eq!(read["result"]["contents"][0]["uri"], "test://static-text");
}

#[tokio::test]
async fn vendor_fields_and_meta_round_trip_byte_for_byte() {
    let gw = demo_and_raw().await;
    let mut s = gw.session("/mcp/raw").await;
    s.request("tools/list", json!({})).await;
    let list = s
        .post_raw(r#"{"jsonrpc":"2.0","id":"l","method":"tools/list"}"#)
        .await
        .text()
        .await
        .unwrap();
    assert!(
        list.contains(raw_upstream::TOOL),
        "tool definition changed: {list}"
    );
    let params = r#"{"name":"lookup","arguments":{"id":"7","n":1.50},"_meta":{"acme.io/trace":{"z":1,"a":[true]},"progressToken":"p1"},"x-extra":null}"#;
    let body = format!(r#"{{"jsonrpc":"2.0","id":"c","method":"tools/call","params":{params}}}"#);
    let call = s.post_raw(body).await.text().await.unwrap();
    // The progress token is rewritten upstream (sessions share the upstream); all else is exact.
    let token_at = call.find(r#""progressToken":"#).expect("token forwarded") + 16;
    let token: String = call[token_at..]
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    assert!(!token.is_empty(), "{call}");
    let expected_echo = params.replace(
        r#""progressToken":"p1""#,
        &format!(r#""progressToken":{token}"#),
    );
    assert!(
        call.contains(&expected_echo),
        "request changed on the way: {call}"
    );
    assert!(
        call.contains(r#""x-block-extra":true"#) && call.contains(r#""x-result-extra":{"a":1}"#)
    );
}

#[tokio::test]
async fn progress_and_sampling_reach_the_calling_session() {
    let gw = demo_and_raw().await;
    let mut s = gw.session("/mcp").await;
    let (response, events) = s
        .request_with_events(
            "tools/call",
            json!({"name": "demo__test_tool_with_progress", "arguments": {}, "_meta": {"progressToken": "mine"}}),
        )
        .await;
    assert!(response.get("result").is_some(), "{response}");
    let progress: Vec<&Value> = events
        .iter()
        .filter(|e| e["method"] == "notifications/progress")
        .collect();
    assert_eq!(progress.len(), 3, "{events:?}");
    assert!(
        progress
            .iter()
            .all(|p| p["params"]["progressToken"] == "mine")
    );

    let (response, seen) = s
        .request_answering(
            "tools/call",
            json!({"name": "demo__test_sampling", "arguments": {"prompt": "2+2?"}}),
            |request| {
                assert_eq!(request["method"], "sampling/createMessage");
                json!({"role": "assistant", "content": {"type": "text", "text": "four"}, "model": "test"})
            },
        )
        .await;
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert_eq!(
        response["result"]["content"][0]["text"], "LLM response: four",
        "{response}"
    );
}

/// A stdio server that asks for roots as soon as it is initialized and whenever it hears they
/// changed (as server-filesystem does, which then replaces its allowed directories with them),
/// and says in a tool what it was told.
const ROOTS_KEEPER: &str = r#"
import json, sys
def send(m):
    sys.stdout.write(json.dumps(m) + "\n")
    sys.stdout.flush()
state = {"declared": False, "answers": [], "asked": 0}
def ask():
    state["asked"] += 1
    send({"jsonrpc": "2.0", "id": "roots-%d" % state["asked"], "method": "roots/list"})
for line in sys.stdin:
    m = json.loads(line)
    method, mid = m.get("method"), m.get("id")
    if method == "initialize":
        state["declared"] = "roots" in m["params"]["capabilities"]
        send({"jsonrpc": "2.0", "id": mid, "result": {"protocolVersion": "2025-11-25",
              "capabilities": {"tools": {}}, "serverInfo": {"name": "keeper", "version": "1"}}})
    elif method in ("notifications/initialized", "notifications/roots/list_changed"):
        ask()
    elif method is None and str(mid).startswith("roots-"):
        state["answers"].append(m.get("result", {"error": m.get("error", {}).get("code")}))
    elif method == "tools/list":
        send({"jsonrpc": "2.0", "id": mid, "result": {"tools": [{"name": "roots",
              "description": "Says which roots it was given", "inputSchema": {"type": "object"}}]}})
    elif method == "tools/call":
        send({"jsonrpc": "2.0", "id": mid, "result": {"content": [{"type": "text",
              "text": json.dumps(state)}]}})
    elif mid is not None:
        send({"jsonrpc": "2.0", "id": mid, "result": {}})
"#;

/// What the roots keeper was told, after a client that has roots of its own announced them.
async fn roots_kept(extra: &str) -> Value {
    let script = std::env::temp_dir().join(format!(
        "gatehouse-roots-keeper-{}-{}.py",
        std::process::id(),
        extra.len()
    ));
    std::fs::write(&script, ROOTS_KEEPER).unwrap();
    let gw = TestGateway::start(&format!(
        "servers:\n  keeper:\n    command: python3\n    args: [\"{}\"]\n{extra}",
        script.display()
    ))
    .await;
    let mut s = gw.session("/mcp/keeper").await;
    s.notify("notifications/roots/list_changed", json!({}))
        .await;
    let call = json!({"name": "roots", "arguments": {}});
    let answer = s.request("tools/call", call).await;
    let _ = std::fs::remove_file(&script);
    let text = answer["result"]["content"][0]["text"]
        .as_str()
        .unwrap_or_else(|| panic!("{answer}"));
    serde_json::from_str(text).unwrap()
}

/// A server is shared by every client: no client's roots reach it (one client's `file:///`
/// became every client's sandbox on server-filesystem). It gets the roots the config gives
/// it, and without them no `roots` capability; a client's `roots/list_changed` stays with
/// the gateway.
#[tokio::test]
async fn servers_get_the_configured_roots_never_a_clients() {
    let state = roots_kept("    roots: [\"file:///srv/docs\"]\n").await;
    assert_eq!(state["declared"], true, "{state}");
    assert_eq!(
        state["asked"], 1,
        "the client's list_changed is not forwarded: {state}"
    );
    assert_eq!(
        state["answers"],
        json!([{"roots": [{"uri": "file:///srv/docs"}]}]),
        "{state}"
    );
    let state = roots_kept("").await;
    assert_eq!(state["declared"], false, "{state}");
    assert_eq!(state["answers"], json!([{"error": -32601}]), "{state}");
}

/// A stdio server that dies on its first `crash` call; restarted, it asks for roots 300 ms
/// after it is initialized (as a restarted server-filesystem does), answers `slow` after a
/// second, and says in `roots` what it was told.
const RESTARTED_ASKER: &str = r#"
import json, os, sys, threading, time
marker = sys.argv[1]
restarted = os.path.exists(marker)
open(marker, "w").close()
lock = threading.Lock()
def send(m):
    with lock:
        sys.stdout.write(json.dumps(m) + "\n")
        sys.stdout.flush()
answers = []
for line in sys.stdin:
    m = json.loads(line)
    method, mid = m.get("method"), m.get("id")
    if method == "initialize":
        send({"jsonrpc": "2.0", "id": mid, "result": {"protocolVersion": "2025-11-25",
              "capabilities": {"tools": {}}, "serverInfo": {"name": "asker", "version": "1"}}})
    elif method == "notifications/initialized" and restarted:
        threading.Timer(0.3, lambda: send({"jsonrpc": "2.0", "id": "roots-1", "method": "roots/list"})).start()
    elif method is None and mid == "roots-1":
        answers.append(m.get("result", {"error": m.get("error", {}).get("code")}))
    elif method == "tools/list":
        tools = [{"name": n, "inputSchema": {"type": "object"}} for n in ("crash", "slow", "roots")]
        send({"jsonrpc": "2.0", "id": mid, "result": {"tools": tools}})
    elif method == "tools/call":
        name = m["params"]["name"]
        if name == "crash":
            sys.exit(1)
        if name == "slow":
            time.sleep(1)
        text = json.dumps(answers) if name == "roots" else "done"
        send({"jsonrpc": "2.0", "id": mid, "result": {"content": [{"type": "text", "text": text}]}})
    elif mid is not None:
        send({"jsonrpc": "2.0", "id": mid, "result": {}})
"#;

/// A restarted server that asks for roots while a client's call is in flight on its new
/// connection gets the config's roots: its start-up asked, not that call (server-filesystem
/// took the caller's roots as every client's sandbox).
#[tokio::test]
async fn a_restarted_servers_start_up_roots_are_the_configs() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("asker.py");
    std::fs::write(&script, RESTARTED_ASKER).unwrap();
    let marker = dir.path().join("started");
    let gw = TestGateway::start(&format!(
        "servers:\n  asker:\n    command: python3\n    args: [\"{}\", \"{}\"]\n    roots: [\"file:///srv/docs\"]\n",
        script.display(),
        marker.display()
    ))
    .await;
    let mut s = gw.session("/mcp/asker").await;
    s.request("tools/list", json!({})).await;
    let crashed = s.request("tools/call", json!({"name": "crash"})).await;
    assert!(crashed.get("error").is_some(), "{crashed}");
    let slow = s.request("tools/call", json!({"name": "slow"})).await;
    assert!(slow.get("result").is_some(), "{slow}");
    let told = s.request("tools/call", json!({"name": "roots"})).await;
    let text = told["result"]["content"][0]["text"]
        .as_str()
        .unwrap_or_default();
    assert_eq!(
        text, r#"[{"roots": [{"uri": "file:///srv/docs"}]}]"#,
        "{told}"
    );
}

/// A reload that adds or removes a server tells the open sessions that see it to list again
/// (tools, prompts and resources), once each; the gateway declares `listChanged`.
#[tokio::test]
async fn a_reload_that_adds_or_removes_a_server_says_the_lists_changed() {
    let one = format!("servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\n");
    let gw = TestGateway::start(&one).await;
    let mut s = gw.session("/mcp").await;
    let session = s.session_id.clone().unwrap();
    let mut events = Box::pin(support::standalone(&gw, "/mcp", &session).await);
    let two = format!("{one}  more:\n    command: {GATEHOUSE}\n    args: [demo-server]\n");
    gw.gateway.reload(support::config(&two).settings).await;
    for kind in ["tools", "prompts", "resources"] {
        support::next_with(&mut events, &format!("notifications/{kind}/list_changed")).await;
    }
    let names = tool_names(&s.request("tools/list", json!({})).await);
    assert!(names.iter().any(|n| n.starts_with("more__")), "{names:?}");
    gw.gateway.reload(support::config(&one).settings).await;
    support::next_with(&mut events, "notifications/tools/list_changed").await;
    let names = tool_names(&s.request("tools/list", json!({})).await);
    assert!(!names.iter().any(|n| n.starts_with("more__")), "{names:?}");
}

/// A server that was down when clients listed (its first start failed; the aggregate listed
/// without it) has them told to list again once it is up.
#[tokio::test]
async fn a_server_that_comes_up_late_says_the_lists_changed() {
    let dir = tempfile::tempdir().unwrap();
    let marker = dir.path().join("started-once");
    // The first start fails after a second; the next one is the demo server, a second later.
    let script = format!(
        "if [ -e {m} ]; then sleep 1; exec {GATEHOUSE} demo-server; else touch {m}; sleep 1; exit 1; fi",
        m = marker.display()
    );
    let yaml = format!(
        "servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\n  late:\n    command: sh\n    args: ['-c', {script:?}]\n"
    );
    let gw = TestGateway::start(&yaml).await;
    let mut s = gw.session("/mcp").await;
    let session = s.session_id.clone().unwrap();
    let mut events = Box::pin(support::standalone(&gw, "/mcp", &session).await);
    let names = tool_names(&s.request("tools/list", json!({})).await);
    assert!(!names.iter().any(|n| n.starts_with("late__")), "{names:?}");
    support::next_with(&mut events, "notifications/tools/list_changed").await;
    let names = tool_names(&s.request("tools/list", json!({})).await);
    assert!(names.iter().any(|n| n.starts_with("late__")), "{names:?}");
}

/// A session's second GET stream takes over from the first, which ends: a message goes to
/// one stream only (the transport forbids the same message on several), and a session cannot
/// pile up streams (audit 20 opened 500 on one).
#[tokio::test]
async fn a_second_get_stream_takes_over_from_the_first() {
    use futures::StreamExt;
    let one = format!("servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\n");
    let gw = TestGateway::start(&one).await;
    let s = gw.session("/mcp").await;
    let session = s.session_id.clone().unwrap();
    let mut first = Box::pin(support::standalone(&gw, "/mcp", &session).await);
    let mut second = Box::pin(support::standalone(&gw, "/mcp", &session).await);
    let ended = tokio::time::timeout(Duration::from_secs(5), first.next()).await;
    assert!(
        matches!(ended, Ok(None)),
        "the first stream ends: {ended:?}"
    );
    let two = format!("{one}  more:\n    command: {GATEHOUSE}\n    args: [demo-server]\n");
    gw.gateway.reload(support::config(&two).settings).await;
    support::next_with(&mut second, "notifications/tools/list_changed").await;
}

/// A reload that replaces a server lets the calls it is serving finish: a call that waits for
/// the client's sampling answer while the server's config changes still gets its result (the
/// old child was killed at once, and the call got "connection lost"). New calls go to the
/// new child.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reload_lets_the_replaced_servers_calls_in_flight_finish() {
    let gw = demo_and_raw().await;
    let mut s = gw.session("/mcp").await;
    let changed = "servers:\n  demo:\n    command: ${GATEHOUSE_EXE}\n    args: [demo-server]\n    env: { CHANGED: \"1\" }\n";
    let settings = support::config(changed).settings;
    let gateway = gw.gateway.clone();
    let call = tokio::spawn(async move {
        let (response, _) = s
            .request_answering(
                "tools/call",
                json!({"name": "demo__test_sampling", "arguments": {"prompt": "2+2?"}}),
                move |_| {
                    // The config changes while the server waits for this answer.
                    let handle = tokio::runtime::Handle::current();
                    let reload = gateway.reload(settings.clone());
                    tokio::task::block_in_place(|| handle.block_on(reload));
                    json!({"role": "assistant", "content": {"type": "text", "text": "four"}, "model": "test"})
                },
            )
            .await;
        (response, s)
    });
    let (response, mut s) = call.await.unwrap();
    assert_eq!(
        response["result"]["content"][0]["text"], "LLM response: four",
        "{response}"
    );
    let next = s
        .request(
            "tools/call",
            json!({"name": "demo__test_simple_text", "arguments": {}}),
        )
        .await;
    assert!(next.get("result").is_some(), "{next}");
}

#[tokio::test]
async fn rmcp_client_lists_and_calls_through_the_gateway() {
    use rmcp::ServiceExt;
    use rmcp::model::CallToolRequestParams;
    use rmcp::transport::StreamableHttpClientTransport;

    let gw = demo_and_raw().await;
    let transport = StreamableHttpClientTransport::from_uri(format!("{}/mcp", gw.base));
    let client = ().serve(transport).await.expect("rmcp client initializes via the gateway");
    let tools = client.list_all_tools().await.unwrap();
    assert!(tools.iter().any(|t| t.name == "demo__test_image_content"));
    let result = client
        .call_tool(CallToolRequestParams::new("demo__test_image_content"))
        .await
        .unwrap();
    let image = serde_json::to_value(&result.content[0]).unwrap();
    assert_eq!(image["type"], "image", "{image}");
    client.cancel().await.unwrap();
}

#[tokio::test]
async fn bad_input_gets_precise_errors() {
    let gw = TestGateway::start(&format!(
        "servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\nhttp:\n  max_body_bytes: 1000\n"
    ))
    .await;
    let mut s = gw.session("/mcp").await;

    let r = s.post_raw("{not json").await;
    assert_eq!(r.status(), 400);
    assert_eq!(r.json::<Value>().await.unwrap()["error"]["code"], -32700);

    let r = s.post_raw(r#"{"jsonrpc":"2.0","id":1}"#).await;
    assert_eq!(r.json::<Value>().await.unwrap()["error"]["code"], -32600);

    let unknown = s.request("no/such/method", json!({})).await;
    assert_eq!(unknown["error"]["code"], -32601);

    let r = s
        .post_raw(format!(r#"{{"pad":"{}"}}"#, "x".repeat(2000)))
        .await;
    assert_eq!(r.status(), 413);

    let good_id = s.session_id.clone();
    s.session_id = Some("not-a-session".into());
    assert_eq!(
        s.post_raw(r#"{"jsonrpc":"2.0","id":1,"method":"ping"}"#)
            .await
            .status(),
        404
    );
    s.session_id = None;
    assert_eq!(
        s.post_raw(r#"{"jsonrpc":"2.0","id":1,"method":"ping"}"#)
            .await
            .status(),
        400
    );

    s.session_id = good_id;
    let bad_version = s
        .http
        .post(&s.url)
        .header("content-type", "application/json")
        .header("mcp-session-id", s.session_id.clone().unwrap())
        .header("mcp-protocol-version", "1999-01-01")
        .body(r#"{"jsonrpc":"2.0","id":1,"method":"ping"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(bad_version.status(), 400);
    let body: Value = bad_version.json().await.unwrap();
    let message = body["error"]["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("unsupported MCP-Protocol-Version"),
        "{body}"
    );

    let evil = s
        .http
        .post(&s.url)
        .header("origin", "http://evil.example")
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(evil.status(), 403);

    let delete = s
        .http
        .delete(&s.url)
        .header("mcp-session-id", s.session_id.clone().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(delete.status(), 200);
    assert_eq!(
        s.post_raw(r#"{"jsonrpc":"2.0","id":1,"method":"ping"}"#)
            .await
            .status(),
        404
    );
}

#[tokio::test]
async fn a_dead_upstream_gets_an_error_naming_it_and_the_aggregate_survives() {
    let closed_port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let gw = TestGateway::start(&format!(
        "servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\n  gone:\n    url: http://127.0.0.1:{closed_port}/mcp\n    init_timeout: 1s\n"
    ))
    .await;
    let mut s = gw.session("/mcp").await;
    let tools = tool_names(&s.request("tools/list", json!({})).await);
    assert!(tools.iter().any(|t| t.starts_with("demo__")), "{tools:?}");
    let call = s
        .request(
            "tools/call",
            json!({"name": "gone__anything", "arguments": {}}),
        )
        .await;
    let message = call["error"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("'gone'"), "{call}");
}

/// Requests no server should see are answered by the gateway on every route: `params` not an
/// object, a `tools/call` without a tool name or with arguments that are not an object, and a
/// request whose id is `null` (MCP: a request id MUST NOT be null; it used to pass as a
/// notification and get a silent 202), or whose arguments nest deeper than a server's parser
/// goes. The single server's route used to forward the first kind, and every route the last,
/// and then wait out the request timeout for an answer the server sent without an id.
#[tokio::test]
async fn malformed_requests_are_answered_on_every_route() {
    let gw = TestGateway::start(&format!(
        "servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\n"
    ))
    .await;
    let bound = std::time::Duration::from_secs(10);
    for route in ["/mcp", "/mcp/demo"] {
        let s = gw.session(route).await;
        let name = if route == "/mcp" {
            "demo__test_simple_text"
        } else {
            "test_simple_text"
        };
        for (params, says) in [
            (json!([1, 2]), "params must be an object"),
            (json!({"arguments": {}}), "params.name"),
            (json!({"name": name, "arguments": "x"}), "params.arguments"),
        ] {
            let body = json!({"jsonrpc": "2.0", "id": 5, "method": "tools/call", "params": params});
            let answer: Value = tokio::time::timeout(bound, s.post_raw(body.to_string()))
                .await
                .expect("answered at once")
                .json()
                .await
                .unwrap();
            assert_eq!(answer["error"]["code"], -32602, "{route} {answer}");
            assert_eq!(answer["id"], 5, "{answer}");
            let message = answer["error"]["message"].as_str().unwrap_or_default();
            assert!(message.contains(says), "{route} {answer}");
        }
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        let deep = format!(
            r#"{{"jsonrpc":"2.0","id":6,"method":"tools/call","params":{{"name":"{name}","arguments":{{"x":{deep}}}}}}}"#
        );
        let level = json!({"jsonrpc": "2.0", "id": 9, "method": "logging/setLevel", "params": {"level": "loud"}});
        let refused: Value = s.post_raw(level.to_string()).await.json().await.unwrap();
        assert_eq!(refused["error"]["code"], -32602, "{route} {refused}");
        let huge = r#"{"jsonrpc":"2.0","id":7,"method":"tools/list","params":{"x":1e999999}}"#;
        let half_pair = format!(
            r#"{{"jsonrpc":"2.0","id":8,"method":"tools/call","params":{{"name":"{name}","arguments":{{"s":"\ud800"}}}}}}"#
        );
        // A key twice in one object: judged as one value (policy, guard), run as the other.
        let twice = format!(
            r#"{{"jsonrpc":"2.0","id":10,"method":"tools/call","params":{{"name":"{name}","arguments":{{"table":"a","table":"users"}}}}}}"#
        );
        let two_names = format!(
            r#"{{"jsonrpc":"2.0","id":11,"method":"tools/call","params":{{"name":"{name}","name":"other"}}}}"#
        );
        for body in [
            r#"{"jsonrpc":"2.0","id":null,"method":"tools/list"}"#,
            &deep,
            huge,
            &half_pair,
            &twice,
            &two_names,
        ] {
            let r = tokio::time::timeout(bound, s.post_raw(body.to_owned()))
                .await
                .expect("answered at once");
            assert_eq!(r.status(), 400, "{route}");
            assert_eq!(r.json::<Value>().await.unwrap()["error"]["code"], -32600);
        }
    }
}

/// An `initialize` without a string `protocolVersion` or an object of `capabilities` opens no
/// session (it used to open one on guesses).
#[tokio::test]
async fn an_invalid_initialize_opens_no_session() {
    let gw = TestGateway::start("servers: {}\n").await;
    let http = reqwest::Client::new();
    for params in [
        json!({"protocolVersion": 5, "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}),
        json!({"protocolVersion": "2025-11-25", "clientInfo": {"name": "t", "version": "1"}}),
        json!({}),
    ] {
        let body = json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": params});
        let r = http
            .post(format!("{}/mcp", gw.base))
            .header("content-type", "application/json")
            .header("accept", "application/json, text/event-stream")
            .body(body.to_string())
            .send()
            .await
            .unwrap();
        assert!(r.headers().get("mcp-session-id").is_none(), "{params}");
        let answer: Value = r.json().await.unwrap();
        assert_eq!(answer["error"]["code"], -32602, "{answer}");
    }
}

/// A body declared over the limit is refused before it is sent, and a body cut short is a 400
/// that says so (both used to be a 413 "over the limit" after waiting for the whole body).
#[tokio::test]
async fn bodies_declared_too_large_or_cut_short_get_their_own_errors() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let gw = TestGateway::start("servers: {}\nhttp:\n  max_body_bytes: 1000\n").await;
    let addr = gw.base.trim_start_matches("http://").to_owned();
    let exchange = |length: usize, body: &'static str| {
        let addr = addr.clone();
        async move {
            let mut tcp = tokio::net::TcpStream::connect(&addr).await.unwrap();
            let head = format!(
                "POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAccept: application/json, text/event-stream\r\nContent-Length: {length}\r\n\r\n{body}"
            );
            tcp.write_all(head.as_bytes()).await.unwrap();
            if !body.is_empty() {
                tcp.shutdown().await.unwrap();
            }
            let mut answer = vec![0u8; 4096];
            let n = tcp.read(&mut answer).await.unwrap();
            String::from_utf8_lossy(&answer[..n]).into_owned()
        }
    };
    let bound = std::time::Duration::from_secs(10);
    let refused = tokio::time::timeout(bound, exchange(999_999_999, ""))
        .await
        .expect("refused without the body being sent");
    assert!(refused.starts_with("HTTP/1.1 413"), "{refused}");
    let short = tokio::time::timeout(bound, exchange(500, r#"{"jsonrpc":"2.0","id":1,"#))
        .await
        .expect("answered once the client stops sending");
    assert!(short.starts_with("HTTP/1.1 400"), "{short}");
    assert!(short.contains("could not be read"), "{short}");
    // A body that does not say it is JSON (a form, `text/plain`: what a browser sends across
    // origins without a preflight) is refused before it is read.
    let http = reqwest::Client::new();
    for content_type in ["text/plain", "application/x-www-form-urlencoded"] {
        let r = http
            .post(format!("{}/mcp", gw.base))
            .header("content-type", content_type)
            .header("accept", "application/json, text/event-stream")
            .body(r#"{"jsonrpc":"2.0","id":1,"method":"ping"}"#)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 415, "{content_type}");
    }
}

/// A stdio server that cannot start is answered for at once, not waited for: with the default
/// `init_timeout` (30 s) every aggregate list used to wait that long again for it (and longer
/// with retries), because only a refusal of credentials counted as settled.
#[tokio::test]
async fn a_server_that_cannot_start_does_not_stall_the_aggregate() {
    let gw = TestGateway::start(&format!(
        "servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\n  missing:\n    command: /nonexistent/bin/server\n"
    ))
    .await;
    let mut s = gw.session("/mcp").await;
    let bound = std::time::Duration::from_secs(10);
    for _ in 0..2 {
        let list = tokio::time::timeout(bound, s.request("tools/list", json!({})))
            .await
            .expect("the list is answered without waiting for the missing server");
        let tools = tool_names(&list);
        assert!(tools.iter().any(|t| t.starts_with("demo__")), "{list}");
        assert!(!tools.iter().any(|t| t.starts_with("missing__")), "{list}");
    }
    let call = tokio::time::timeout(
        bound,
        s.request("tools/call", json!({"name": "missing__x", "arguments": {}})),
    )
    .await
    .expect("a call to the missing server is answered");
    let message = call["error"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("'missing'"), "{call}");
}

/// A stdio server that writes one very long stderr line keeps its stderr: the gateway logs
/// the line cut and goes on reading (a closed stderr killed a shell-based server with
/// SIGPIPE at its next write).
#[tokio::test]
async fn a_long_stderr_line_does_not_cut_the_servers_stderr() {
    let script = format!(
        "head -c 100000 /dev/zero | tr '\\0' x >&2; printf '\\n' >&2; sleep 0.3; echo still here >&2; exec {GATEHOUSE} demo-server"
    );
    let gw = TestGateway::start(&format!(
        "servers:\n  noisy:\n    command: sh\n    args: ['-c', {script:?}]\n"
    ))
    .await;
    let mut s = gw.session("/mcp").await;
    let call = json!({"name": "noisy__test_simple_text", "arguments": {}});
    let answer = s.request("tools/call", call).await;
    assert!(answer.get("result").is_some(), "{answer}");
}

/// A server that quotes the gateway's credentials in a JSON-RPC error does not hand them to
/// the client (nor to the log and the audit record, which take the same error).
#[tokio::test]
async fn credentials_quoted_in_an_upstream_error_are_scrubbed() {
    let url = raw_upstream::start().await;
    let gw = TestGateway::start(&format!(
        "servers:\n  raw:\n    url: {url}\n    headers: {{ Authorization: 'Bearer s3cr3tT0kenValue' }}\n"
    ))
    .await;
    let mut s = gw.session("/mcp/raw").await;
    let answer = s
        .request("tools/call", json!({"name": "bad_auth", "arguments": {}}))
        .await;
    let message = answer["error"]["message"].as_str().unwrap_or_default();
    assert!(message.starts_with("bad auth"), "{answer}");
    assert!(!message.contains("s3cr3tT0kenValue"), "{answer}");
}

/// An upstream's SSE event over `max_message_bytes` is refused as a JSON body over it is,
/// without buffering it whole.
#[tokio::test]
async fn an_oversized_sse_event_from_an_upstream_is_an_error() {
    let url = raw_upstream::start().await;
    let gw = TestGateway::start(&format!(
        "servers:\n  raw:\n    url: {url}\n    max_message_bytes: 20000\n"
    ))
    .await;
    let mut s = gw.session("/mcp/raw").await;
    let answer = s
        .request("tools/call", json!({"name": "big_sse", "arguments": {}}))
        .await;
    let message = answer["error"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("larger than the limit"), "{answer}");
}

/// A tool whose name the aggregate had to change (a space is no good in a tool name) is
/// callable by that name on a fresh gateway, before any client listed the tools.
#[tokio::test]
async fn a_renamed_tool_is_callable_before_any_list() {
    let url = raw_upstream::start().await;
    let gw = TestGateway::start(&format!("servers:\n  raw:\n    url: {url}\n")).await;
    let mut s = gw.session("/mcp").await;
    let renamed = gateway::namespace::qualify("raw", "sp ace");
    assert_ne!(renamed, "raw__sp ace");
    let call = s
        .request("tools/call", json!({"name": renamed, "arguments": {}}))
        .await;
    assert_eq!(call["result"]["echo"]["name"], "sp ace", "{call}");
}

/// A server that keeps dying soon after each start does not hold back the aggregate: past
/// the first quick restarts, callers are answered at once rather than waiting out a backoff
/// that doubles each time.
#[tokio::test]
async fn a_crash_looping_server_does_not_hold_back_the_aggregate() {
    // Answers initialize, then exits a tenth of a second after `initialized`, every run.
    let dies = r#"read l; printf '%s\n' '{"jsonrpc":"2.0","id":1,"result":{"protocolVersion":"2025-11-25","capabilities":{"tools":{}},"serverInfo":{"name":"dies","version":"1"}}}'; read l; sleep 0.1; exit 3"#;
    let gw = TestGateway::start(&format!(
        "servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\n  dies:\n    command: sh\n    args: ['-c', {dies:?}]\n"
    ))
    .await;
    let mut s = gw.session("/mcp").await;
    // Lost at about 0.1, 0.45, 1.1, 2.2 and 4.3 s; from 4.3 s the next restart is 4 s away.
    tokio::time::sleep(std::time::Duration::from_millis(4800)).await;
    let started = std::time::Instant::now();
    let list = s.request("tools/list", json!({})).await;
    let waited = started.elapsed();
    let tools = tool_names(&list);
    assert!(tools.iter().any(|t| t.starts_with("demo__")), "{list}");
    assert!(
        waited < std::time::Duration::from_millis(2000),
        "answered without waiting for the restart: {waited:?}"
    );
}

/// `/readyz` is 200 while any server is up and 503 once every one is down; `/healthz` (liveness)
/// stays 200 with each server's state.
#[tokio::test]
async fn readiness_fails_only_when_every_server_is_down() {
    let yaml = |servers: &str| {
        format!("servers:\n{servers}  missing:\n    command: /nonexistent/bin/server\n")
    };
    let demo = format!("  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\n");
    let get = |base: String, path: &'static str| async move {
        let response = reqwest::get(format!("{base}{path}")).await.unwrap();
        let status = response.status().as_u16();
        (status, response.json::<Value>().await.unwrap())
    };
    let some = TestGateway::start(&yaml(&demo)).await;
    some.gateway
        .wait_ready(std::time::Duration::from_secs(10))
        .await;
    let (status, ready) = get(some.base.clone(), "/readyz").await;
    assert_eq!(status, 200, "{ready}");
    assert_eq!(ready["servers"]["missing"], "down", "{ready}");
    assert_eq!(ready["servers"]["demo"], "up", "{ready}");

    let none = TestGateway::start(&yaml("")).await;
    none.gateway
        .wait_ready(std::time::Duration::from_secs(10))
        .await;
    let (status, ready) = get(none.base.clone(), "/readyz").await;
    assert_eq!(
        (status, &ready["status"]),
        (503, &json!("unavailable")),
        "{ready}"
    );
    let (status, health) = get(none.base.clone(), "/healthz").await;
    assert_eq!((status, &health["status"]), (200, &json!("ok")), "{health}");
}

/// An upstream that redirects is reported, not followed: following would carry the gateway's
/// credentials and the client's call to an address the operator never configured. The report
/// leaves out the target's query, which may carry a token.
#[tokio::test]
async fn an_upstream_redirect_is_an_error_naming_its_target_and_is_not_followed() {
    let (target, received) = raw_upstream::start_recording().await;
    let addr = redirector(format!("{target}?token=s3cret")).await;
    let gw = TestGateway::start(&format!(
        "servers:\n  moved:\n    url: http://{addr}/mcp\n    init_timeout: 1s\n"
    ))
    .await;
    let mut s = gw.session("/mcp").await;
    let call = s
        .request(
            "tools/call",
            json!({"name": "moved__echo", "arguments": {}}),
        )
        .await;
    let message = call["error"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("'moved'"), "{call}");
    assert!(
        message.contains(&format!("redirects to {target};")),
        "{call}"
    );
    assert!(
        !message.contains("s3cret"),
        "the query is not shown: {call}"
    );
    assert!(
        received.lock().unwrap().is_empty(),
        "the redirect was followed"
    );
}

/// A server that answers every request with a 307 to `location`; returns its address.
async fn redirector(location: String) -> std::net::SocketAddr {
    let redirector = axum::Router::new().fallback(move || {
        let location = location.clone();
        async move {
            (
                axum::http::StatusCode::TEMPORARY_REDIRECT,
                [(axum::http::header::LOCATION, location)],
            )
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, redirector).await });
    addr
}

/// A legacy HTTP+SSE upstream is held to the same rule: its redirect is not followed.
#[tokio::test]
async fn a_legacy_sse_upstream_redirect_is_not_followed() {
    let hits = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counted = std::sync::Arc::clone(&hits);
    let target = axum::Router::new().fallback(move || {
        counted.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        async { axum::http::StatusCode::NOT_FOUND }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let target_addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, target).await });
    let addr = redirector(format!("http://{target_addr}/sse")).await;
    let gw = TestGateway::start(&format!(
        "servers:\n  old:\n    url: http://{addr}/sse\n    transport: sse\n    init_timeout: 1s\n"
    ))
    .await;
    let mut s = gw.session("/mcp").await;
    let call = s
        .request("tools/call", json!({"name": "old__echo", "arguments": {}}))
        .await;
    let message = call["error"]["message"].as_str().unwrap_or_default();
    let named = format!("redirects to http://{target_addr}/sse");
    assert!(
        message.contains(&named),
        "the error names the target: {call}"
    );
    assert_eq!(
        hits.load(std::sync::atomic::Ordering::SeqCst),
        0,
        "the redirect was followed"
    );
}

/// ... and the sessions that see it are told to list again once it is back: a restarted
/// server may offer other tools, and its own `list_changed` went down with the old child.
#[tokio::test]
async fn a_crashed_stdio_server_fails_in_flight_calls_and_is_restarted() {
    // Answers initialize, then exits when the first request arrives.
    let script = r#"read l; printf '%s\n' '{"jsonrpc":"2.0","id":1,"result":{"protocolVersion":"2025-11-25","capabilities":{"tools":{}},"serverInfo":{"name":"crashy","version":"1"}}}'; read l; read l; exit 3"#;
    let gw = TestGateway::start(&format!(
        "servers:\n  crashy:\n    command: sh\n    args: ['-c', {script:?}]\n"
    ))
    .await;
    let mut s = gw.session("/mcp/crashy").await;
    let session = s.session_id.clone().unwrap();
    let mut events = Box::pin(support::standalone(&gw, "/mcp/crashy", &session).await);
    let call = s
        .request("tools/call", json!({"name": "x", "arguments": {}}))
        .await;
    let message = call["error"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("'crashy'"), "{call}");
    for kind in ["tools", "prompts", "resources"] {
        support::next_with(&mut events, &format!("notifications/{kind}/list_changed")).await;
    }
    // The supervisor restarts it with backoff; it answers initialize again.
    let mut up = false;
    for _ in 0..50 {
        if gw
            .gateway
            .server_status()
            .iter()
            .any(|(n, up)| n == "crashy" && *up)
        {
            up = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(up, "crashy was not restarted");
}

/// `http.max_sessions` bounds the sessions open at once: one more `initialize` is refused
/// (503, -32053 naming the setting) and the open sessions keep working; once one ends, a new
/// one opens (audit 20: one client opened 60,000 and never ended them).
#[tokio::test]
async fn sessions_beyond_http_max_sessions_are_refused_until_one_ends() {
    let yaml = format!(
        "servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\nhttp:\n  max_sessions: 2\n"
    );
    let gw = TestGateway::start(&yaml).await;
    let mut first = gw.session("/mcp").await;
    let _second = gw.session("/mcp").await;
    let url = format!("{}/mcp", gw.base);
    let init = json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-11-25", "capabilities": {},
        "clientInfo": {"name": "t", "version": "1"}}});
    let post = || {
        reqwest::Client::new()
            .post(&url)
            .header("accept", "application/json, text/event-stream")
            .json(&init)
            .send()
    };
    let refused = post().await.unwrap();
    assert_eq!(refused.status(), 503);
    let refused: Value = refused.json().await.unwrap();
    assert_eq!(refused["error"]["code"], -32053, "{refused}");
    let message = refused["error"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("http.max_sessions"), "{refused}");
    let simple = json!({"name": "demo__test_simple_text", "arguments": {}});
    assert!(
        first
            .request("tools/call", simple)
            .await
            .get("result")
            .is_some()
    );
    let ended = reqwest::Client::new()
        .delete(&url)
        .header("mcp-session-id", first.session_id.clone().unwrap())
        .header("mcp-protocol-version", "2025-11-25")
        .send()
        .await
        .unwrap();
    assert_eq!(ended.status(), 200);
    let opened = post().await.unwrap();
    assert_eq!(opened.status(), 200);
    assert!(opened.headers().contains_key("mcp-session-id"));
}

/// A client whose `Accept` leaves out `text/event-stream` gets its answer as plain JSON even
/// when progress comes first (it used to get an SSE stream it said it cannot read); the
/// progress goes to its GET stream.
#[tokio::test]
async fn a_client_that_accepts_only_json_gets_json_and_progress_on_its_get_stream() {
    let gw = demo_and_raw().await;
    let s = gw.session("/mcp/demo").await;
    let session = s.session_id.clone().unwrap();
    let mut events = Box::pin(support::standalone(&gw, "/mcp/demo", &session).await);
    let body = r#"{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"test_tool_with_progress","arguments":{},"_meta":{"progressToken":"p"}}}"#;
    let response = reqwest::Client::new()
        .post(&s.url)
        .header("content-type", "application/json")
        .header("accept", "application/json")
        .header("mcp-protocol-version", "2025-11-25")
        .header("mcp-session-id", &session)
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/json");
    let answer: Value = response.json().await.unwrap();
    assert_eq!(answer["id"], 7, "{answer}");
    assert!(answer.get("result").is_some(), "{answer}");
    let progress = support::next_with(&mut events, "notifications/progress").await;
    assert_eq!(progress["params"]["progressToken"], "p", "{progress}");
}

#[tokio::test]
async fn a_cut_sse_response_resumes_with_last_event_id() {
    use futures::StreamExt;
    let gw = demo_and_raw().await;
    let mut s = gw.session("/mcp/demo").await;
    let body = r#"{"jsonrpc":"2.0","id":"slow","method":"tools/call","params":{"name":"test_tool_with_progress","arguments":{},"_meta":{"progressToken":"t"}}}"#;
    let response = s.post_raw(body).await;
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/event-stream")
    );
    // Read up to the first event with data, remember its id, and drop the connection.
    let mut stream = response.bytes_stream();
    let mut text = String::new();
    while !text.contains("\ndata: {") {
        text.push_str(std::str::from_utf8(&stream.next().await.unwrap().unwrap()).unwrap());
    }
    drop(stream);
    let last_id = text
        .lines()
        .filter_map(|l| l.strip_prefix("id: "))
        .next_back()
        .unwrap()
        .to_owned();
    let resumed = s
        .http
        .get(&s.url)
        .header("accept", "text/event-stream")
        .header("mcp-session-id", s.session_id.clone().unwrap())
        .header("last-event-id", &last_id)
        .send()
        .await
        .unwrap();
    assert_eq!(resumed.status(), 200);
    let rest = resumed.text().await.unwrap();
    assert!(
        !rest.contains(&format!("id: {last_id}\n")),
        "replayed the last seen event: {rest}"
    );
    assert!(
        rest.contains(r#""id":"slow""#),
        "the response arrives on the resumed stream: {rest}"
    );
    let seen = text.matches("notifications/progress").count()
        + rest.matches("notifications/progress").count();
    assert_eq!(
        seen, 3,
        "every progress event exactly once: {text} / {rest}"
    );
    // An event id the gateway never issued is a bad request, not the end of the session (a
    // 404 would tell the client to start a new one).
    let unknown = s
        .http
        .get(&s.url)
        .header("accept", "text/event-stream")
        .header("mcp-session-id", s.session_id.clone().unwrap())
        .header("last-event-id", "99")
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 400);
    assert!(s.request("ping", json!({})).await.get("result").is_some());
}

#[tokio::test]
async fn failure_mode_closed_fails_the_aggregate_list() {
    let closed_port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let gw = TestGateway::start(&format!(
        "servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\n  vital:\n    url: http://127.0.0.1:{closed_port}/mcp\n    init_timeout: 1s\n    failure_mode: closed\n"
    ))
    .await;
    let mut s = gw.session("/mcp").await;
    let list = s.request("tools/list", json!({})).await;
    let message = list["error"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("'vital'"), "{list}");
}

#[tokio::test]
async fn subscriptions_are_shared_upstream_and_released_when_sessions_end() {
    let (raw, received) = raw_upstream::start_recording().await;
    let gw = TestGateway::start(&format!("servers:\n  raw:\n    url: {raw}\n")).await;
    let count = |method: &str| {
        received
            .lock()
            .unwrap()
            .iter()
            .filter(|m| *m == method)
            .count()
    };
    let mut a = gw.session("/mcp/raw").await;
    let mut b = gw.session("/mcp").await;
    let ok = a
        .request("resources/subscribe", json!({"uri": "x://r"}))
        .await;
    assert!(ok.get("result").is_some(), "{ok}");
    b.request("resources/subscribe", json!({"uri": "raw+x://r"}))
        .await;
    assert_eq!(
        count("resources/subscribe"),
        1,
        "the second subscriber shares the first's"
    );
    // Ending one session keeps the subscription; ending the last releases it upstream.
    let end = |s: &support::RawSession| {
        s.http
            .delete(&s.url)
            .header("mcp-session-id", s.session_id.clone().unwrap())
            .send()
    };
    assert_eq!(end(&a).await.unwrap().status(), 200);
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(
        count("resources/unsubscribe"),
        0,
        "another session still holds it"
    );
    assert_eq!(end(&b).await.unwrap().status(), 200);
    for _ in 0..50 {
        if count("resources/unsubscribe") == 1 {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!(
        "no unsubscribe upstream after the last session ended: {:?}",
        received.lock().unwrap()
    );
}

#[tokio::test]
async fn a_client_that_goes_away_cancels_its_call_upstream() {
    let (raw, received) = raw_upstream::start_recording().await;
    let gw = TestGateway::start(&format!("servers:\n  raw:\n    url: {raw}\n")).await;
    let s = gw.session("/mcp/raw").await;
    let body =
        r#"{"jsonrpc":"2.0","id":9,"method":"tools/call","params":{"name":"hang","arguments":{}}}"#;
    let gave_up = tokio::time::timeout(Duration::from_millis(300), s.post_raw(body)).await;
    assert!(gave_up.is_err(), "the call should still be running");
    for _ in 0..40 {
        if received
            .lock()
            .unwrap()
            .iter()
            .any(|m| m == "notifications/cancelled")
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("no cancellation upstream: {:?}", received.lock().unwrap());
}

/// A stdio server's answer over `max_message_bytes` fails that call, saying so, and nothing
/// else: the shared child keeps running, and another session's call in flight on it finishes
/// (the connection used to be dropped, failing every call in flight as "connection lost").
#[tokio::test]
async fn an_answer_over_the_size_limit_fails_its_call_only() {
    let yaml = format!(
        "servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\n    max_message_bytes: 65536\n"
    );
    let gw = TestGateway::start(&yaml).await;
    let mut slow = gw.session("/mcp").await;
    let mut big = gw.session("/mcp").await;
    let progress = json!({"name": "demo__test_tool_with_progress", "arguments": {},
        "_meta": {"progressToken": "p"}});
    let in_flight = tokio::spawn(async move { slow.request("tools/call", progress).await });
    tokio::time::sleep(Duration::from_millis(10)).await;
    let echo = json!({"name": "demo__json_schema_2020_12_tool",
        "arguments": {"name": "word ".repeat(20_000), "email": "a@example.com"}});
    let reply = big.request("tools/call", echo).await;
    assert_eq!(reply["error"]["code"], -32001, "{reply}");
    let message = reply["error"]["message"].as_str().unwrap();
    assert!(message.contains("max_message_bytes (65536)"), "{message}");
    assert_eq!(reply["error"]["data"]["server"], "demo", "{reply}");
    let finished = in_flight.await.unwrap();
    assert!(finished.get("result").is_some(), "{finished}");
    let simple = json!({"name": "demo__test_simple_text", "arguments": {}});
    assert!(
        big.request("tools/call", simple)
            .await
            .get("result")
            .is_some()
    );
}

/// A reload that changes a server's `max_message_bytes` applies it (the limit is set when the
/// connection starts, and a changed one kept the old connection, and the old limit, for good).
#[tokio::test]
async fn a_reload_applies_a_changed_size_limit() {
    let with_limit = |limit: u32| {
        format!(
            "servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\n    max_message_bytes: {limit}\n"
        )
    };
    let gw = TestGateway::start(&with_limit(65536)).await;
    let echo = json!({"name": "demo__json_schema_2020_12_tool",
        "arguments": {"name": "word ".repeat(20_000), "email": "a@example.com"}});
    let mut s = gw.session("/mcp").await;
    let refused = s.request("tools/call", echo.clone()).await;
    assert_eq!(refused["error"]["code"], -32001, "{refused}");
    gw.gateway
        .reload(support::config(&with_limit(1 << 20)).settings)
        .await;
    let mut s = gw.session("/mcp").await;
    let answered = s.request("tools/call", echo).await;
    assert!(answered.get("result").is_some(), "{answered}");
}

/// A Streamable HTTP server that forgets its sessions when `restart` is bumped (a redeploy):
/// a request with an old session id gets 404. Returns its URL, the restart counter and the
/// `tools/call`s it processed.
async fn forgetful_upstream() -> (
    String,
    std::sync::Arc<std::sync::atomic::AtomicU32>,
    std::sync::Arc<std::sync::Mutex<Vec<String>>>,
) {
    use axum::http::{HeaderMap, StatusCode};
    use axum::response::IntoResponse;
    use std::sync::atomic::{AtomicU32, Ordering};
    let restart = std::sync::Arc::new(AtomicU32::new(0));
    let calls = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let (generation, processed) = (restart.clone(), calls.clone());
    let app = axum::Router::new().route(
        "/mcp",
        axum::routing::post(move |headers: HeaderMap, body: String| {
            let (generation, processed) = (generation.clone(), processed.clone());
            async move {
                let current = format!("s{}", generation.load(Ordering::SeqCst));
                let message: Value = serde_json::from_str(&body).unwrap();
                let session = headers.get("mcp-session-id").map(|v| v.to_str().unwrap());
                let method = message["method"].as_str().unwrap_or_default();
                if method != "initialize" && session != Some(current.as_str()) {
                    return StatusCode::NOT_FOUND.into_response();
                }
                let Some(id) = message.get("id") else {
                    return StatusCode::ACCEPTED.into_response();
                };
                let result = match method {
                    "initialize" => json!({"protocolVersion": "2025-11-25",
                        "capabilities": {"tools": {}}, "serverInfo": {"name": "f", "version": "1"}}),
                    "tools/list" => json!({"tools": [{"name": "act", "inputSchema": {"type": "object"}}]}),
                    "tools/call" => {
                        processed.lock().unwrap().push(current.clone());
                        json!({"content": [{"type": "text", "text": current}]})
                    }
                    _ => json!({}),
                };
                let body = json!({"jsonrpc": "2.0", "id": id, "result": result});
                ([("mcp-session-id", current)], axum::Json(body)).into_response()
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{addr}/mcp"), restart, calls)
}

/// An HTTP server that forgot the gateway's session (a redeploy) answers 404, which means it
/// did not process the request: the call is sent again on the new session, once, and the
/// client gets its result (it got "upstream session expired" for every redeploy).
#[tokio::test]
async fn a_call_the_server_lost_with_its_session_is_sent_again_on_a_new_one() {
    let (url, restart, calls) = forgetful_upstream().await;
    let gw = TestGateway::start(&format!("servers:\n  f:\n    url: {url}\n")).await;
    let mut s = gw.session("/mcp").await;
    let act = json!({"name": "f__act", "arguments": {}});
    let first = s.request("tools/call", act.clone()).await;
    assert_eq!(first["result"]["content"][0]["text"], "s0", "{first}");
    restart.store(1, std::sync::atomic::Ordering::SeqCst);
    let again = s.request("tools/call", act).await;
    assert_eq!(again["result"]["content"][0]["text"], "s1", "{again}");
    assert_eq!(
        *calls.lock().unwrap(),
        ["s0", "s1"],
        "each call processed once"
    );
}

/// A server's URL-mode elicitation never reaches a client that declared form mode only
/// (`elicitation: {}`): the gateway declares both modes to its servers, so it refuses the
/// request to the server (-32601), which goes on without it.
#[tokio::test]
async fn a_url_elicitation_is_refused_for_a_client_that_takes_forms_only() {
    let init = r#"{"jsonrpc":"2.0","id":1,"result":{"protocolVersion":"2025-11-25","capabilities":{"tools":{}},"serverInfo":{"name":"s","version":"1"}}}"#;
    let ask = r#"{"jsonrpc":"2.0","id":900,"method":"elicitation/create","params":{"mode":"url","message":"sign in","url":"https://example.com/a","elicitationId":"e1"}}"#;
    let id = r#"id=$(printf '%s' "$l" | sed 's/.*"id":\([0-9]*\).*/\1/')"#;
    let script = format!(
        r#"read l; printf '%s\n' '{init}'; read l; while read l; do case "$l" in *'"tools/list"'*) {id}; printf '{{"jsonrpc":"2.0","id":%s,"result":{{"tools":[{{"name":"sign_in","inputSchema":{{"type":"object"}}}}]}}}}\n' "$id";; *'"tools/call"'*) {id}; printf '%s\n' '{ask}'; read r; case "$r" in *error*) t=refused;; *) t=answered;; esac; printf '{{"jsonrpc":"2.0","id":%s,"result":{{"content":[{{"type":"text","text":"%s"}}]}}}}\n' "$id" "$t";; esac; done"#
    );
    let yaml =
        format!("servers:\n  s:\n    command: sh\n    args: ['-c', {script:?}]\n    timeout: 5s\n");
    let gw = TestGateway::start(&yaml).await;
    let mut s = gw.session("/mcp").await;
    let (result, events) = s
        .request_with_events("tools/call", json!({"name": "s__sign_in", "arguments": {}}))
        .await;
    assert!(
        !events.iter().any(|e| e["method"] == "elicitation/create"),
        "{events:?}"
    );
    assert_eq!(
        result["result"]["content"][0]["text"], "refused",
        "{result}"
    );
}
