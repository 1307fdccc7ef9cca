//! The 2026-07-28 era on the client side: `server/discover`, per-request `_meta`, header checks,
//! era-shaped results, in front of a session-era (2025-11-25) stdio server.

use crate::support;

use serde_json::{Value, json};
use support::{GATEHOUSE, TestGateway};

const MODERN: &str = "2026-07-28";

async fn gateway() -> TestGateway {
    TestGateway::start(&format!(
        "servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\n"
    ))
    .await
}

fn meta() -> Value {
    json!({
        "io.modelcontextprotocol/protocolVersion": MODERN,
        "io.modelcontextprotocol/clientInfo": {"name": "t", "version": "1"},
        "io.modelcontextprotocol/clientCapabilities": {}
    })
}

/// POST one modern request with the standard headers derived from the body, then `edit` them.
async fn post(
    gw: &TestGateway,
    path: &str,
    body: Value,
    edit: impl FnOnce(&mut Vec<(&'static str, String)>),
) -> (u16, Value) {
    let method = body["method"].as_str().unwrap().to_owned();
    let mut headers = vec![
        ("mcp-protocol-version", MODERN.to_owned()),
        ("mcp-method", method.clone()),
    ];
    let name = body["params"]["name"]
        .as_str()
        .or(body["params"]["uri"].as_str());
    if let Some(name) = name {
        headers.push(("mcp-name", name.to_owned()));
    }
    edit(&mut headers);
    let mut request = reqwest::Client::new()
        .post(format!("{}{path}", gw.base))
        .header("content-type", "application/json")
        .header("accept", "application/json, text/event-stream");
    for (k, v) in headers {
        request = request.header(k, v);
    }
    let response = request.body(body.to_string()).send().await.unwrap();
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    let last = text
        .lines()
        .filter_map(|l| l.strip_prefix("data: "))
        .next_back()
        .unwrap_or(&text)
        .to_owned();
    (
        status,
        serde_json::from_str(&last).unwrap_or_else(|e| panic!("{e}: {text}")),
    )
}

fn request(id: u64, method: &str, mut params: Value) -> Value {
    params["_meta"] = meta();
    json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params})
}

#[tokio::test]
async fn discover_and_calls_work_statelessly_in_front_of_a_session_era_server() {
    let gw = gateway().await;
    let (status, discover) = post(
        &gw,
        "/mcp",
        request(1, "server/discover", json!({})),
        |_| {},
    )
    .await;
    assert_eq!(status, 200, "{discover}");
    let result = &discover["result"];
    assert_eq!(result["supportedVersions"], json!([MODERN]), "{discover}");
    assert_eq!(result["resultType"], "complete");
    assert!(result["capabilities"]["tools"].is_object(), "{discover}");
    assert!(
        result["ttlMs"].is_u64() && result["cacheScope"].is_string(),
        "{discover}"
    );

    let (_, tools) = post(&gw, "/mcp", request(2, "tools/list", json!({})), |_| {}).await;
    assert_eq!(tools["result"]["resultType"], "complete", "{tools}");
    assert!(tools["result"]["ttlMs"].is_u64(), "{tools}");
    let names: Vec<&str> = tools["result"]["tools"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"demo__test_simple_text"), "{names:?}");

    let call = request(
        3,
        "tools/call",
        json!({"name": "demo__test_simple_text", "arguments": {}}),
    );
    let (status, call) = post(&gw, "/mcp", call, |_| {}).await;
    assert_eq!(status, 200, "{call}");
    assert_eq!(call["result"]["resultType"], "complete", "{call}");
    assert!(call["result"]["content"][0]["text"].is_string(), "{call}");
    assert!(call["result"].get("ttlMs").is_none(), "{call}");

    // A session-era server's "resource not found" (-32002) is the era's -32602.
    let read = request(5, "resources/read", json!({"uri": "demo+test://nope"}));
    let (_, missing) = post(&gw, "/mcp", read, |_| {}).await;
    assert_eq!(missing["error"]["code"], -32602, "{missing}");
    assert_eq!(
        missing["error"]["data"]["uri"], "demo+test://nope",
        "{missing}"
    );

    let mut body = request(
        4,
        "tools/call",
        json!({"name": "test_tool_with_progress", "arguments": {}}),
    );
    body["params"]["_meta"]["progressToken"] = json!("p");
    let (status, done) = post(&gw, "/mcp/demo", body, |_| {}).await;
    assert_eq!(status, 200, "{done}");
    assert_eq!(done["id"], 4, "{done}");
}

/// `/mcp/{server}` declares the server's capabilities except `tasks`, whose methods the
/// gateway does not relay (a client saw it, and tasks/list was -32601), in both eras.
#[tokio::test]
async fn one_servers_route_declares_no_tasks() {
    let raw = support::raw_upstream::start().await;
    let gw = TestGateway::start(&format!("servers:\n  raw:\n    url: {raw}\n")).await;
    let (status, discover) = post(
        &gw,
        "/mcp/raw",
        request(1, "server/discover", json!({})),
        |_| {},
    )
    .await;
    assert_eq!(status, 200, "{discover}");
    let capabilities = &discover["result"]["capabilities"];
    assert!(capabilities["tools"].is_object(), "{discover}");
    assert!(capabilities.get("tasks").is_none(), "{discover}");
    let init = support::initialize_reply(&format!("{}/mcp/raw", gw.base)).await;
    let capabilities = &init["result"]["capabilities"];
    assert!(capabilities["resources"].is_object(), "{init}");
    assert!(capabilities.get("tasks").is_none(), "{init}");
}

/// What the era's transport says of older clients' traffic: a session id beside the
/// 2026-07-28 version is ignored (it was taken for a session-era request: 404 for an unknown
/// session, the signal to fall back to HTTP+SSE), and GET or DELETE is 405.
#[tokio::test]
async fn a_stray_session_id_is_ignored_and_get_or_delete_is_405() {
    let gw = gateway().await;
    let (status, list) = post(&gw, "/mcp", request(1, "tools/list", json!({})), |h| {
        h.push(("mcp-session-id", "bogus123".into()))
    })
    .await;
    assert_eq!(status, 200, "{list}");
    assert!(list["result"]["tools"].is_array(), "{list}");
    // Two values of a header intermediaries route on are refused, whichever comes first.
    let call = request(2, "tools/call", json!({"name": "demo__test_simple_text"}));
    for extra in ["tools/list", "tools/call"] {
        let (status, refused) = post(&gw, "/mcp", call.clone(), |h| {
            h.insert(0, ("mcp-method", extra.into()))
        })
        .await;
        assert_eq!(status, 400, "{refused}");
        assert_eq!(refused["error"]["code"], -32020, "{refused}");
    }
    let client = reqwest::Client::new();
    for method in [reqwest::Method::GET, reqwest::Method::DELETE] {
        let answer = client
            .request(method.clone(), format!("{}/mcp", gw.base))
            .header("mcp-protocol-version", MODERN)
            .header("accept", "text/event-stream")
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 405, "{method}");
        assert_eq!(answer.headers()["allow"], "POST", "{method}");
    }
    // "The client MUST NOT send JSON-RPC responses": 400; a notification is accepted.
    let posted = |body: Value| {
        client
            .post(format!("{}/mcp", gw.base))
            .header("mcp-protocol-version", MODERN)
            .header("content-type", "application/json")
            .header("accept", "application/json, text/event-stream")
            .body(body.to_string())
            .send()
    };
    let response = json!({"jsonrpc": "2.0", "id": 9, "result": {}});
    let refused = posted(response).await.unwrap();
    assert_eq!(refused.status(), 400);
    let refused: Value = refused.json().await.unwrap();
    assert_eq!(refused["error"]["code"], -32600, "{refused}");
    let note =
        json!({"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": 9}});
    assert_eq!(posted(note).await.unwrap().status(), 202);
}

#[tokio::test]
async fn modern_requests_are_validated_against_headers_and_meta() {
    let gw = gateway().await;
    let list = || request(1, "tools/list", json!({}));

    let (status, e) = post(&gw, "/mcp", list(), |h| h[1].1 = "prompts/list".into()).await;
    assert_eq!(
        (status, e["error"]["code"].as_i64()),
        (400, Some(-32020)),
        "{e}"
    );

    let call = request(2, "tools/call", json!({"name": "demo__test_simple_text"}));
    let (status, e) = post(&gw, "/mcp", call, |h| h[2].1 = "other".into()).await;
    assert_eq!(
        (status, e["error"]["code"].as_i64()),
        (400, Some(-32020)),
        "{e}"
    );

    // A call without a string name is invalid params, not a header mismatch.
    let nameless = request(3, "tools/call", json!({"name": 7}));
    let (status, e) = post(&gw, "/mcp", nameless, |_| {}).await;
    assert_eq!(
        (status, e["error"]["code"].as_i64()),
        (400, Some(-32602)),
        "{e}"
    );

    let mut odd = list();
    odd["params"]["_meta"]["io.modelcontextprotocol/protocolVersion"] = json!("v999.0.0");
    let (status, e) = post(&gw, "/mcp", odd, |h| h[0].1 = "v999.0.0".into()).await;
    assert_eq!(
        (status, e["error"]["code"].as_i64()),
        (400, Some(-32022)),
        "{e}"
    );
    assert_eq!(e["error"]["data"]["requested"], "v999.0.0", "{e}");
    assert_eq!(e["id"], 1, "errors echo the request id: {e}");

    let mut bare = list();
    bare["params"] = json!({});
    let (status, e) = post(&gw, "/mcp", bare, |_| {}).await;
    assert_eq!(
        (status, e["error"]["code"].as_i64()),
        (400, Some(-32602)),
        "{e}"
    );

    let (status, e) = post(&gw, "/mcp", request(5, "ping", json!({})), |_| {}).await;
    assert_eq!(
        (status, e["error"]["code"].as_i64()),
        (404, Some(-32601)),
        "{e}"
    );
}

/// A call of the demo's `test_sampling` from a client that declared `sampling`.
fn sampling_call() -> Value {
    let mut call = request(
        1,
        "tools/call",
        json!({"name": "test_sampling", "arguments": {"prompt": "2+2?"}}),
    );
    call["params"]["_meta"]["io.modelcontextprotocol/clientCapabilities"] = json!({"sampling": {}});
    call
}

#[tokio::test]
async fn a_server_request_becomes_input_required_and_the_retry_answers_it() {
    let gw = gateway().await;
    let call = sampling_call();
    let (status, first) = post(&gw, "/mcp/demo", call.clone(), |_| {}).await;
    assert_eq!(status, 200, "{first}");
    let result = &first["result"];
    assert_eq!(result["resultType"], "input_required", "{first}");
    assert!(result.get("ttlMs").is_none(), "{first}");
    let requests = result["inputRequests"].as_object().unwrap();
    assert_eq!(requests.len(), 1, "{first}");
    let (key, asked) = requests.iter().next().unwrap();
    assert_eq!(asked["method"], "sampling/createMessage", "{first}");
    let state = result["requestState"].as_str().unwrap().to_owned();

    let retry = |id: u64, state: &str| {
        let mut r = call.clone();
        r["id"] = json!(id);
        r["params"]["requestState"] = json!(state);
        r["params"]["inputResponses"] = json!({ key.as_str(): {
            "role": "assistant", "content": {"type": "text", "text": "four"}, "model": "m"
        }});
        r
    };
    let (status, tampered) = post(
        &gw,
        "/mcp/demo",
        retry(2, &format!("{state}-TAMPERED")),
        |_| {},
    )
    .await;
    assert_eq!(
        (status, tampered["error"]["code"].as_i64()),
        (200, Some(-32602)),
        "{tampered}"
    );

    let (_, done) = post(&gw, "/mcp/demo", retry(3, &state), |_| {}).await;
    assert_eq!(done["id"], 3, "{done}");
    assert_eq!(done["result"]["resultType"], "complete", "{done}");
    assert_eq!(
        done["result"]["content"][0]["text"], "LLM response: four",
        "{done}"
    );

    let (_, replayed) = post(&gw, "/mcp/demo", retry(4, &state), |_| {}).await;
    assert_eq!(
        replayed["error"]["code"], -32602,
        "a state is single-use: {replayed}"
    );
}

/// A retry that leaves an input request unanswered is asked it again at once, with a new
/// state (2026-07-28 MRTR), not left waiting for a call that cannot go on; answering then
/// completes the call.
#[tokio::test]
async fn a_retry_missing_an_input_response_is_asked_again_at_once() {
    let gw = gateway().await;
    let call = sampling_call();
    let (_, first) = post(&gw, "/mcp/demo", call.clone(), |_| {}).await;
    let asked = first["result"]["inputRequests"].clone();
    let key = asked.as_object().unwrap().keys().next().unwrap().clone();
    let retry = |id: u64, state: &Value, responses: Value| {
        let mut r = call.clone();
        r["id"] = json!(id);
        r["params"]["requestState"] = state.clone();
        r["params"]["inputResponses"] = responses;
        r
    };
    let state = &first["result"]["requestState"];
    // A malformed answer is refused and spends nothing: the state still works after it.
    let malformed = retry(9, state, json!({ key.as_str(): "four" }));
    let (_, refused) = post(&gw, "/mcp/demo", malformed, |_| {}).await;
    assert_eq!(refused["error"]["code"], -32602, "{refused}");
    let started = std::time::Instant::now();
    let unanswered = retry(2, state, json!({"unrelated": {}}));
    let (status, again) = post(&gw, "/mcp/demo", unanswered, |_| {}).await;
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "answered at once"
    );
    assert_eq!(status, 200, "{again}");
    assert_eq!(again["id"], 2, "{again}");
    assert_eq!(again["result"]["resultType"], "input_required", "{again}");
    assert_eq!(
        again["result"]["inputRequests"], asked,
        "the same request: {again}"
    );
    let next_state = &again["result"]["requestState"];
    assert_ne!(next_state, state, "a new state: {again}");
    let answer = json!({ key: {
        "role": "assistant", "content": {"type": "text", "text": "four"}, "model": "m"
    }});
    let (_, done) = post(&gw, "/mcp/demo", retry(3, next_state, answer), |_| {}).await;
    assert_eq!(done["result"]["resultType"], "complete", "{done}");
    assert_eq!(
        done["result"]["content"][0]["text"], "LLM response: four",
        "{done}"
    );
}

#[tokio::test]
async fn a_request_state_is_bound_to_the_arguments_and_route_that_made_it() {
    let gw = gateway().await;
    let call = sampling_call();
    let (_, first) = post(&gw, "/mcp/demo", call.clone(), |_| {}).await;
    let state = first["result"]["requestState"].as_str().unwrap().to_owned();
    let key = first["result"]["inputRequests"]
        .as_object()
        .unwrap()
        .keys()
        .next()
        .unwrap()
        .clone();
    let mut retry = call.clone();
    retry["id"] = json!(2);
    retry["params"]["requestState"] = json!(state);
    retry["params"]["inputResponses"] = json!({ key.as_str(): {
        "role": "assistant", "content": {"type": "text", "text": "four"}, "model": "m"
    }});
    let mut other_arguments = retry.clone();
    other_arguments["params"]["arguments"]["prompt"] = json!("rm -rf /?");
    let (status, refused) = post(&gw, "/mcp/demo", other_arguments, |_| {}).await;
    assert_eq!(
        (status, refused["error"]["code"].as_i64()),
        (200, Some(-32602)),
        "{refused}"
    );
    let (_, spent) = post(&gw, "/mcp/demo", retry, |_| {}).await;
    assert_eq!(
        spent["error"]["code"], -32602,
        "a state shown with other arguments is spent: {spent}"
    );

    // Another route (the aggregate endpoint, where the tool is `demo__test_sampling`) cannot
    // use a state made on /mcp/demo either.
    let (_, first) = post(&gw, "/mcp/demo", call.clone(), |_| {}).await;
    let state = first["result"]["requestState"].as_str().unwrap().to_owned();
    let mut elsewhere = call.clone();
    elsewhere["id"] = json!(3);
    elsewhere["params"]["name"] = json!("demo__test_sampling");
    elsewhere["params"]["requestState"] = json!(state);
    elsewhere["params"]["inputResponses"] = json!({});
    let (status, refused) = post(&gw, "/mcp", elsewhere, |_| {}).await;
    assert_eq!(
        (status, refused["error"]["code"].as_i64()),
        (200, Some(-32602)),
        "{refused}"
    );
}

#[tokio::test]
async fn a_call_needing_only_undeclared_capabilities_is_refused_with_32021() {
    let gw = gateway().await;
    let call = request(
        1,
        "tools/call",
        json!({"name": "test_sampling", "arguments": {"prompt": "x"}}),
    );
    let (status, response) = post(&gw, "/mcp/demo", call, |_| {}).await;
    assert_eq!(status, 400, "{response}");
    assert_eq!(response["id"], 1, "{response}");
    assert_eq!(response["error"]["code"], -32021, "{response}");
    assert_eq!(
        response["error"]["data"]["requiredCapabilities"],
        json!({"sampling": {}}),
        "an object naming the capability: {response}"
    );
    // The refused call is over upstream: the shared server still answers the next one.
    let call = request(2, "tools/call", json!({"name": "test_simple_text"}));
    let (status, next) = post(&gw, "/mcp/demo", call, |_| {}).await;
    assert_eq!(
        (status, &next["result"]["resultType"]),
        (200, &json!("complete")),
        "{next}"
    );
}

/// The messages of the SSE events complete in `buffer`, taken out of it.
fn complete_events(buffer: &mut String) -> Vec<Value> {
    let mut messages = Vec::new();
    while let Some(end) = buffer.find("\n\n") {
        let event: String = buffer.drain(..end + 2).collect();
        for data in event.lines().filter_map(|l| l.strip_prefix("data: ")) {
            messages.push(serde_json::from_str(data).unwrap());
        }
    }
    messages
}

#[tokio::test]
async fn listen_acknowledges_then_streams_tagged_resource_updates() {
    use futures::StreamExt;
    let gw = gateway().await;
    let mut body = request(
        7,
        "subscriptions/listen",
        json!({"notifications": {"toolsListChanged": true, "resourceSubscriptions": ["demo+test://watched-resource"]}}),
    );
    body["id"] = json!("listen-1");
    let response = reqwest::Client::new()
        .post(format!("{}/mcp", gw.base))
        .header("content-type", "application/json")
        .header("accept", "application/json, text/event-stream")
        .header("mcp-protocol-version", MODERN)
        .header("mcp-method", "subscriptions/listen")
        .body(body.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let mut stream = response.bytes_stream();
    let mut messages: Vec<Value> = Vec::new();
    let mut buffer = String::new();
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
    while messages.len() < 2 {
        let chunk = tokio::time::timeout_at(deadline, stream.next())
            .await
            .expect("an update within 10 s (the fixture changes it every 3 s)")
            .unwrap()
            .unwrap();
        buffer.push_str(std::str::from_utf8(&chunk).unwrap());
        messages.extend(complete_events(&mut buffer));
    }
    let ack = &messages[0];
    assert_eq!(
        ack["method"], "notifications/subscriptions/acknowledged",
        "{ack}"
    );
    // The accepted listen is a request like any other: counted (and audited, and traced).
    let admin = gw.admin(None).await;
    let metrics = reqwest::get(format!("{admin}/metrics")).await.unwrap();
    let metrics = metrics.text().await.unwrap();
    let opened = r#"method="subscriptions/listen",verdict="allow",agent="",outcome="ok"} 1"#;
    assert!(metrics.contains(opened), "{metrics}");
    assert_eq!(
        ack["params"]["_meta"]["io.modelcontextprotocol/subscriptionId"],
        "listen-1"
    );
    assert_eq!(
        ack["params"]["notifications"]["toolsListChanged"], true,
        "{ack}"
    );
    assert_eq!(
        ack["params"]["notifications"]["resourceSubscriptions"],
        json!(["demo+test://watched-resource"]),
        "{ack}"
    );
    let update = &messages[1];
    assert_eq!(
        update["method"], "notifications/resources/updated",
        "{update}"
    );
    assert_eq!(
        update["params"]["uri"], "demo+test://watched-resource",
        "{update}"
    );
    assert_eq!(
        update["params"]["_meta"]["io.modelcontextprotocol/subscriptionId"],
        "listen-1"
    );
    // Shutting down, the gateway ends the listen gracefully: it answers the listen request
    // (`resultType: "complete"`, with its subscription id), then closes the stream.
    gw.gateway.begin_shutdown();
    let mut completion = None;
    while completion.is_none() {
        let chunk = tokio::time::timeout_at(deadline, stream.next())
            .await
            .expect("the completion within 10 s");
        let Some(chunk) = chunk else { break };
        buffer.push_str(std::str::from_utf8(&chunk.unwrap()).unwrap());
        completion = complete_events(&mut buffer)
            .into_iter()
            .find(|m| m.get("id").is_some());
    }
    let completion = completion.expect("a completion before the stream ended");
    assert_eq!(completion["id"], "listen-1", "{completion}");
    assert_eq!(
        completion["result"]["resultType"], "complete",
        "{completion}"
    );
    assert_eq!(
        completion["result"]["_meta"]["io.modelcontextprotocol/subscriptionId"],
        "listen-1"
    );
    let end = tokio::time::timeout_at(deadline, stream.next()).await;
    assert!(matches!(end, Ok(None)), "the stream ends after it");
}

#[tokio::test]
async fn a_foreign_request_state_never_reaches_a_session_era_server() {
    let gw = gateway().await;
    // Not the gateway's (`ghs1.`): it would be a 2026-07-28 upstream's, and this one is not.
    let call = request(
        3,
        "tools/call",
        json!({"name": "demo__test_simple_text", "requestState": "up-1",
               "inputResponses": {"k": {"action": "accept"}}}),
    );
    let (status, e) = post(&gw, "/mcp", call, |_| {}).await;
    assert_eq!(
        (status, e["error"]["code"].as_i64()),
        (200, Some(-32602)),
        "{e}"
    );
    // Without a state, stray `inputResponses` are dropped and the call goes through.
    let call = request(
        4,
        "tools/call",
        json!({"name": "demo__test_simple_text", "inputResponses": {"k": {"action": "accept"}}}),
    );
    let (status, r) = post(&gw, "/mcp", call, |_| {}).await;
    assert_eq!(status, 200, "{r}");
    assert_eq!(r["result"]["resultType"], "complete", "{r}");
}

/// A session-era stdio server that asks its client for roots in the middle of every call (as
/// servers do on their own, e.g. after `notifications/initialized`) and answers the call
/// whatever the client said.
const ROOTS_ASKER: &str = r#"
import json, sys
def send(m):
    sys.stdout.write(json.dumps(m) + "\n")
    sys.stdout.flush()
def answer_to(wanted):
    for line in sys.stdin:
        m = json.loads(line)
        if m.get("id") == wanted and "method" not in m:
            return m
for line in sys.stdin:
    m = json.loads(line)
    method, mid = m.get("method"), m.get("id")
    if method == "initialize":
        send({"jsonrpc": "2.0", "id": mid, "result": {"protocolVersion": "2025-11-25",
              "capabilities": {"tools": {}}, "serverInfo": {"name": "asker", "version": "1"}}})
    elif method == "tools/list":
        send({"jsonrpc": "2.0", "id": mid, "result": {"tools": [{"name": "where",
              "description": "Says whether it was told its roots", "inputSchema": {"type": "object"}}]}})
    elif method == "tools/call":
        send({"jsonrpc": "2.0", "id": "roots-1", "method": "roots/list"})
        told = "error" not in answer_to("roots-1")
        text = "roots given" if told else "roots refused"
        send({"jsonrpc": "2.0", "id": mid, "result": {"content": [{"type": "text", "text": text}]}})
    elif mid is not None:
        send({"jsonrpc": "2.0", "id": mid, "result": {}})
"#;

#[tokio::test]
async fn a_roots_request_the_client_cannot_answer_is_refused_and_the_call_goes_on() {
    let script =
        std::env::temp_dir().join(format!("gatehouse-roots-asker-{}.py", std::process::id()));
    std::fs::write(&script, ROOTS_ASKER).unwrap();
    let gw = TestGateway::start(&format!(
        "servers:\n  asker:\n    command: python3\n    args: [\"{}\"]\n",
        script.display()
    ))
    .await;
    // The client declares no capabilities (`meta()`), so it cannot answer roots/list.
    let call = request(1, "tools/call", json!({"name": "where", "arguments": {}}));
    let (status, response) = post(&gw, "/mcp/asker", call, |_| {}).await;
    let _ = std::fs::remove_file(&script);
    assert_eq!(status, 200, "{response}");
    assert_eq!(response["result"]["resultType"], "complete", "{response}");
    assert_eq!(
        response["result"]["content"][0]["text"], "roots refused",
        "the server got -32601 and answered the call: {response}"
    );
}

/// Over a rate limit a stateless call is refused as on the session-era endpoint: HTTP 429
/// with `Retry-After` beside the JSON-RPC `-32029`.
#[tokio::test]
async fn a_rate_limited_stateless_call_is_http_429_with_retry_after() {
    let gw = TestGateway::start(&format!(
        "servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\nlimits:\n  - {{ key: [tool], rate: 1/min }}\n"
    ))
    .await;
    let body = request(
        1,
        "tools/call",
        json!({"name": "demo__test_simple_text", "arguments": {}}),
    );
    let send = || {
        reqwest::Client::new()
            .post(format!("{}/mcp", gw.base))
            .header("content-type", "application/json")
            .header("accept", "application/json, text/event-stream")
            .header("mcp-protocol-version", MODERN)
            .header("mcp-method", "tools/call")
            .header("mcp-name", "demo__test_simple_text")
            .body(body.to_string())
            .send()
    };
    let first = send().await.unwrap();
    assert_eq!(first.status(), 200);
    let second = send().await.unwrap();
    assert_eq!(second.status(), 429);
    let seconds: u64 = second.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&seconds), "{seconds}");
    let refused: Value = second.json().await.unwrap();
    // -32029 to a session-era client: 2026-07-28 reserves -32020..-32099 for its own codes.
    assert_eq!(refused["error"]["code"], -31029, "{refused}");
}

/// `server/discover` and `subscriptions/listen` count against the caller's rate limits like
/// any request (a client could discover in a loop without limit), and are audited and counted
/// in the metrics like any request, refused or not.
#[tokio::test]
async fn discover_and_listen_are_rate_limited() {
    let dir = tempfile::tempdir().unwrap();
    let gw = TestGateway::start(&format!(
        "servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\nlimits:\n  - {{ key: [agent], rate: 2/min }}\naudit:\n  url: sqlite://{}/audit.db\n",
        dir.path().display()
    ))
    .await;
    for id in 1..=2 {
        let discover = request(id, "server/discover", json!({}));
        let (status, answer) = post(&gw, "/mcp", discover, |_| {}).await;
        assert_eq!(status, 200, "{answer}");
    }
    let discover = request(3, "server/discover", json!({}));
    let (status, refused) = post(&gw, "/mcp", discover, |_| {}).await;
    assert_eq!(status, 429, "{refused}");
    // The era reserves -32020..-32099: its clients get the rate limit as -31029.
    assert_eq!(refused["error"]["code"], -31029, "{refused}");
    let listen = request(4, "subscriptions/listen", json!({"notifications": {}}));
    let (status, refused) = post(&gw, "/mcp", listen, |_| {}).await;
    assert_eq!(status, 429, "{refused}");
    assert_eq!(refused["error"]["code"], -31029, "{refused}");

    let admin = gw.admin(None).await;
    let metrics = reqwest::get(format!("{admin}/metrics"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for (series, count) in [
        (
            r#"method="server/discover",verdict="allow",agent="",outcome="ok"} "#,
            "2",
        ),
        (
            r#"method="server/discover",verdict="throttled",agent="",outcome="error"} "#,
            "1",
        ),
        (
            r#"method="subscriptions/listen",verdict="throttled",agent="",outcome="error"} "#,
            "1",
        ),
    ] {
        let line = metrics.lines().find(|l| l.contains(series));
        assert!(
            line.is_some_and(|l| l.ends_with(count)),
            "{series}: {metrics}"
        );
    }
    gw.gateway.close_audit().await;
    let mut config = store::StoreConfig::new(format!("sqlite://{}/audit.db", dir.path().display()));
    config.signing_key_path = Some(dir.path().join("audit.key"));
    let store = store::Store::open(config).await.unwrap();
    let rows = store
        .audit()
        .query(&store::AuditFilter::default())
        .await
        .unwrap();
    let seen: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r.record.method.as_str(), r.record.verdict.as_str()))
        .collect();
    assert_eq!(
        seen,
        [
            ("server/discover", "allow"),
            ("server/discover", "allow"),
            ("server/discover", "throttled"),
            ("subscriptions/listen", "throttled"),
        ]
    );
    store.close().await;
}

/// A malformed `subscriptions/listen` filter is -32602, not silently an empty filter.
#[tokio::test]
async fn a_malformed_listen_filter_is_invalid_params() {
    let gw = gateway().await;
    let filters = [
        json!({"notifications": "all"}),
        json!({"notifications": {"toolsListChanged": "yes"}}),
        json!({"notifications": {"resourceSubscriptions": "demo+test://static-text"}}),
        json!({}),
    ];
    for (id, params) in filters.into_iter().enumerate() {
        let body = request(id as u64 + 1, "subscriptions/listen", params.clone());
        let (status, refused) = post(&gw, "/mcp", body, |_| {}).await;
        assert_eq!(status, 200, "{params}: {refused}");
        assert_eq!(refused["error"]["code"], -32602, "{params}: {refused}");
    }
}

/// A session-era server that answers `connect` with -32042 (URL elicitation required) until
/// it has been called once before.
const URL_ELICITING: &str = r#"
import json, sys
calls = 0
for line in sys.stdin:
    m = json.loads(line)
    method, mid = m.get("method"), m.get("id")
    def send(body):
        sys.stdout.write(json.dumps(dict(jsonrpc="2.0", id=mid, **body)) + "\n")
        sys.stdout.flush()
    if method == "initialize":
        send({"result": {"protocolVersion": "2025-11-25", "capabilities": {"tools": {}},
              "serverInfo": {"name": "auth", "version": "1"}}})
    elif method == "tools/list":
        send({"result": {"tools": [{"name": "connect", "inputSchema": {"type": "object"}}]}})
    elif method == "tools/call":
        calls += 1
        if calls == 1:
            send({"error": {"code": -32042, "message": "sign in first", "data": {"elicitations": [
                {"mode": "url", "elicitationId": "e-1", "url": "https://auth.example/x",
                 "message": "Sign in to the tracker"}]}}})
        else:
            send({"result": {"content": [{"type": "text", "text": "connected"}]}})
    elif mid is not None:
        send({"result": {}})
"#;

/// A session-era server's -32042 (URL elicitation required) reaches a 2026-07-28 client that
/// takes URL elicitations as input-required (docs/eras.md 4.2, item 7): one URL-mode
/// `elicitation/create` without `elicitationId`, and a retry that runs the call again; a
/// client without `elicitation.url` gets the error, as -31042.
#[tokio::test]
async fn a_url_elicitation_required_error_becomes_input_required() {
    let gw = TestGateway::start(&format!(
        "servers:\n  auth:\n    command: python3\n    args: ['-c', {URL_ELICITING:?}]\n"
    ))
    .await;
    let mut call = request(1, "tools/call", json!({"name": "connect"}));
    call["params"]["_meta"]["io.modelcontextprotocol/clientCapabilities"] =
        json!({"elicitation": {"url": {}}});
    let (status, first) = post(&gw, "/mcp/auth", call.clone(), |_| {}).await;
    assert_eq!(status, 200, "{first}");
    assert_eq!(first["result"]["resultType"], "input_required", "{first}");
    let asked = &first["result"]["inputRequests"]["elicit-1"];
    assert_eq!(asked["method"], "elicitation/create", "{first}");
    assert_eq!(
        asked["params"],
        json!({"mode": "url", "url": "https://auth.example/x", "message": "Sign in to the tracker"})
    );
    let state = first["result"]["requestState"].as_str().unwrap().to_owned();
    let mut retry = call.clone();
    retry["id"] = json!(2);
    retry["params"]["requestState"] = json!(state);
    retry["params"]["inputResponses"] = json!({"elicit-1": {"action": "accept"}});
    let (status, done) = post(&gw, "/mcp/auth", retry.clone(), |_| {}).await;
    assert_eq!(status, 200, "{done}");
    assert_eq!(done["result"]["content"][0]["text"], "connected", "{done}");
    // The state is spent.
    let (_, again) = post(&gw, "/mcp/auth", retry, |_| {}).await;
    assert_eq!(again["error"]["code"], -32602, "{again}");
    // Without elicitation.url the client gets the error in its era's code.
    let gw = TestGateway::start(&format!(
        "servers:\n  auth:\n    command: python3\n    args: ['-c', {URL_ELICITING:?}]\n"
    ))
    .await;
    let plain = request(3, "tools/call", json!({"name": "connect"}));
    let (_, refused) = post(&gw, "/mcp/auth", plain, |_| {}).await;
    assert_eq!(refused["error"]["code"], -31042, "{refused}");
}
