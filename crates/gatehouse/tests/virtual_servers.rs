//! Virtual servers (`/mcp/v/{name}`) end to end: a curated, renamed and re-described set of
//! tools from two servers; calls reach the real tools; everything else is unknown; Cedar,
//! keyed by the real tool, decides on a virtual server exactly as on the aggregate; a reload
//! swaps the set; the audit log names the real tool and the virtual server.

use crate::support;

use serde_json::{Value, json};
use support::{GATEHOUSE, TestGateway, raw_upstream, tool_names};

/// The curated set: a renamed and re-described tool of the raw upstream, a demo tool under its
/// aggregate name, and a tool the demo server does not offer.
const SUPPORT: &str = "virtual_servers:
  support:
    tools:
      - tool: raw__lookup
        name: find_record
        description: Find a support record.
      - tool: demo__test_simple_text
      - tool: demo__not_offered
";

fn servers(raw: &str) -> String {
    format!(
        "servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\n  raw:\n    url: {raw}\n"
    )
}

async fn gateway_with(extra: &str) -> TestGateway {
    let raw = raw_upstream::start().await;
    TestGateway::start(&format!("{}{SUPPORT}{extra}", servers(&raw))).await
}

fn code(response: &Value) -> Option<i64> {
    response["error"]["code"].as_i64()
}

/// An error message with the tool's name taken out, to compare refusals.
fn message_without(response: &Value, name: &str) -> String {
    let message = response["error"]["message"].as_str();
    message
        .unwrap_or_else(|| panic!("not an error: {response}"))
        .replace(name, "X")
}

#[tokio::test]
async fn the_list_is_the_curated_set_renamed_with_definitions_untouched() {
    let gw = gateway_with("").await;
    let mut s = gw.session("/mcp/v/support").await;
    let list = s.request("tools/list", json!({})).await;
    assert_eq!(tool_names(&list), ["find_record", "demo__test_simple_text"]);
    let tools = list["result"]["tools"].as_array().unwrap();
    assert_eq!(tools[0]["description"], "Find a support record.");
    let demo = s.request("tools/list", json!({})).await;
    let mut aggregate = gw.session("/mcp").await;
    let all = aggregate.request("tools/list", json!({})).await;
    let original = (all["result"]["tools"].as_array().unwrap().iter())
        .find(|t| t["name"] == "demo__test_simple_text")
        .unwrap()
        .clone();
    assert_eq!(
        demo["result"]["tools"][1], original,
        "not renamed: untouched"
    );

    // Byte for byte: only name and description differ from the upstream's definition.
    let text = s
        .post_raw(r#"{"jsonrpc":"2.0","id":"l","method":"tools/list"}"#)
        .await
        .text()
        .await
        .unwrap();
    let expected = raw_upstream::TOOL
        .replace(r#""name":"lookup""#, r#""name":"find_record""#)
        .replace("Look up a record", "Find a support record.");
    assert!(text.contains(&expected), "definition changed: {text}");

    for (method, key) in [
        ("prompts/list", "prompts"),
        ("resources/list", "resources"),
        ("resources/templates/list", "resourceTemplates"),
    ] {
        let empty = s.request(method, json!({})).await;
        assert_eq!(empty["result"][key], json!([]), "{method}: {empty}");
    }
}

#[tokio::test]
async fn calls_reach_the_real_tools_and_nothing_else_is_callable() {
    let gw = gateway_with("").await;
    let mut s = gw.session("/mcp/v/support").await;
    let call = s
        .request(
            "tools/call",
            json!({"name": "find_record", "arguments": {"id": "7"}}),
        )
        .await;
    assert_eq!(call["result"]["echo"]["name"], "lookup", "{call}");
    assert_eq!(call["result"]["echo"]["arguments"], json!({"id": "7"}));
    let text = s
        .request("tools/call", json!({"name": "demo__test_simple_text"}))
        .await;
    assert_eq!(
        text["result"]["content"][0]["text"],
        "This is a simple text response for testing."
    );

    let mut aggregate = gw.session("/mcp").await;
    let unknown = aggregate
        .request("tools/call", json!({"name": "nope__x"}))
        .await;
    assert_eq!(code(&unknown), Some(-32602), "{unknown}");
    // Outside the set: another tool of the same server, under either naming, and the real
    // names of a renamed tool.
    for name in [
        "test_image_content",
        "demo__test_image_content",
        "raw__lookup",
        "lookup",
    ] {
        let refused = s.request("tools/call", json!({"name": name})).await;
        assert_eq!(code(&refused), code(&unknown), "{name}: {refused}");
        assert_eq!(
            message_without(&refused, name),
            message_without(&unknown, "nope__x"),
            "{name}: a tool outside the set is an unknown tool"
        );
    }
}

#[tokio::test]
async fn unknown_virtual_servers_are_404_and_sessions_stay_on_their_route() {
    let gw = gateway_with("").await;
    let http = reqwest::Client::new();
    let init = json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-11-25", "capabilities": {},
        "clientInfo": {"name": "t", "version": "1"}}});
    let post = http
        .post(format!("{}/mcp/v/nope", gw.base))
        .header("accept", "application/json, text/event-stream")
        .json(&init)
        .send()
        .await
        .unwrap();
    assert_eq!(post.status(), 404);
    let get = http
        .get(format!("{}/mcp/v/nope", gw.base))
        .header("accept", "text/event-stream")
        .send()
        .await
        .unwrap();
    assert_eq!(get.status(), 404);

    let aggregate = gw.session("/mcp").await;
    let mut stolen = gw.session("/mcp/v/support").await;
    stolen.session_id = aggregate.session_id.clone();
    let response = stolen
        .post_raw(r#"{"jsonrpc":"2.0","id":1,"method":"tools/list"}"#)
        .await;
    assert_eq!(
        response.status(),
        404,
        "an aggregate session is not a virtual one"
    );
}

const FORBID_SIMPLE_TEXT: &str = r#"
@id("everyone")
permit(principal, action, resource);

@id("no-simple-text")
forbid(principal, action == Gatehouse::Action::"call_tool", resource == Gatehouse::Tool::"demo/test_simple_text");
"#;

#[tokio::test]
async fn policy_on_the_real_tool_holds_on_the_virtual_server_and_the_audit_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let policies = dir.path().join("policies.cedar");
    std::fs::write(&policies, FORBID_SIMPLE_TEXT).unwrap();
    let extra = format!(
        "policy:\n  files: [{}]\naudit:\n  url: sqlite://{}/audit.db\n",
        policies.display(),
        dir.path().display()
    );
    let gw = gateway_with(&extra).await;
    let mut s = gw.session("/mcp/v/support").await;
    let list = s.request("tools/list", json!({})).await;
    assert_eq!(tool_names(&list), ["find_record"], "forbidden tool hidden");
    let forbidden = s
        .request("tools/call", json!({"name": "demo__test_simple_text"}))
        .await;
    let unknown = s.request("tools/call", json!({"name": "no_such"})).await;
    assert_eq!(code(&forbidden), code(&unknown), "{forbidden} vs {unknown}");
    assert_eq!(
        message_without(&forbidden, "demo__test_simple_text"),
        message_without(&unknown, "no_such"),
        "a refused tool looks exactly like an unknown one"
    );
    let allowed = s
        .request(
            "tools/call",
            json!({"name": "find_record", "arguments": {}}),
        )
        .await;
    assert!(allowed.get("result").is_some(), "{allowed}");

    gw.gateway.close_audit().await;
    let mut config = store::StoreConfig::new(format!("sqlite://{}/audit.db", dir.path().display()));
    config.signing_key_path = Some(dir.path().join("audit.key"));
    let store = store::Store::open(config).await.unwrap();
    let rows = store.audit().query(&Default::default()).await.unwrap();
    let calls: Vec<_> = (rows.iter().map(|r| &r.record))
        .filter(|r| r.method == "tools/call")
        .collect();
    let denied = calls
        .iter()
        .find(|r| r.verdict == "deny")
        .expect("denial audited");
    assert_eq!(denied.target.as_deref(), Some("demo__test_simple_text"));
    assert_eq!(denied.server.as_deref(), Some("demo"));
    let served = (calls.iter())
        .find(|r| r.verdict == "allow" && r.error_code.is_none())
        .expect("call audited");
    assert_eq!(
        served.target.as_deref(),
        Some("raw__lookup"),
        "the real tool"
    );
    assert_eq!(served.server.as_deref(), Some("raw"));
    assert_eq!(served.policy_ids, ["everyone"]);
    for r in rows.iter().map(|r| &r.record) {
        assert_eq!(r.virtual_server.as_deref(), Some("support"), "{r:?}");
    }
    let filter = store::AuditFilter {
        virtual_server: Some("support".into()),
        ..Default::default()
    };
    let by_virtual = store.audit().query(&filter).await.unwrap();
    assert_eq!(by_virtual.len(), rows.len(), "initialize and calls");
    let other = store::AuditFilter {
        virtual_server: Some("other".into()),
        ..Default::default()
    };
    assert!(store.audit().query(&other).await.unwrap().is_empty());
    let report = store.audit().verify().await.unwrap();
    assert_eq!(report.first_broken, None, "chain verifies");
}

#[tokio::test]
async fn a_reload_swaps_the_virtual_servers() {
    let raw = raw_upstream::start().await;
    let gw = TestGateway::start(&format!("{}{SUPPORT}", servers(&raw))).await;
    let mut s = gw.session("/mcp/v/support").await;
    assert_eq!(
        tool_names(&s.request("tools/list", json!({})).await),
        ["find_record", "demo__test_simple_text"]
    );
    let session = s.session_id.clone().unwrap();
    let mut events = Box::pin(support::standalone(&gw, "/mcp/v/support", &session).await);
    let next = format!(
        "{}virtual_servers:\n  support:\n    tools:\n      - {{ tool: raw__lookup, name: lookup_v2 }}\n  ops:\n    tools: []\n",
        servers(&raw)
    );
    let lookup = |name: &str| (name == "GATEHOUSE_EXE").then(|| GATEHOUSE.to_owned());
    let config = gatehouse::config::parse(&next, &lookup).expect("valid");
    gw.gateway.reload(config.settings).await;
    support::next_with(&mut events, "notifications/tools/list_changed").await;
    assert_eq!(
        tool_names(&s.request("tools/list", json!({})).await),
        ["lookup_v2"],
        "the open session sees the new set"
    );
    let old = s
        .request("tools/call", json!({"name": "find_record"}))
        .await;
    assert_eq!(code(&old), Some(-32602), "{old}");
    let ops = gw.session("/mcp/v/ops").await;
    drop(ops);

    gw.gateway
        .reload(
            gatehouse::config::parse(&servers(&raw), &lookup)
                .unwrap()
                .settings,
        )
        .await;
    let gone = s
        .post_raw(r#"{"jsonrpc":"2.0","id":9,"method":"tools/list"}"#)
        .await;
    assert_eq!(gone.status(), 404, "a removed virtual server is gone");
}

#[tokio::test]
async fn an_rmcp_client_sees_and_calls_the_curated_tools() {
    use rmcp::ServiceExt;
    use rmcp::model::CallToolRequestParams;
    use rmcp::transport::StreamableHttpClientTransport;

    let gw = gateway_with("").await;
    let transport = StreamableHttpClientTransport::from_uri(format!("{}/mcp/v/support", gw.base));
    let client = ().serve(transport).await.expect("rmcp client initializes");
    let info = client.peer_info().expect("server info");
    let name = info.server_info.as_ref().map(|i| i.name.as_str());
    assert_eq!(name, Some("support"));
    let tools = client.list_all_tools().await.unwrap();
    let names: Vec<&str> = tools.iter().map(|t| t.name.as_ref()).collect();
    assert_eq!(names, ["find_record", "demo__test_simple_text"]);
    let result = client
        .call_tool(CallToolRequestParams::new("find_record"))
        .await
        .unwrap();
    let text = serde_json::to_value(&result.content[0]).unwrap();
    assert_eq!(text["text"], "ok", "{text}");
    assert!(
        client
            .call_tool(CallToolRequestParams::new("raw__lookup"))
            .await
            .is_err(),
        "the real name is not callable"
    );
    client.cancel().await.unwrap();
}

#[tokio::test]
async fn a_2026_07_28_client_gets_the_same_view_without_a_session() {
    let gw = gateway_with("").await;
    let meta = json!({
        "io.modelcontextprotocol/protocolVersion": "2026-07-28",
        "io.modelcontextprotocol/clientInfo": {"name": "t", "version": "1"},
        "io.modelcontextprotocol/clientCapabilities": {}
    });
    let post = |method: &str, params: Value| {
        let mut params = params;
        params["_meta"] = meta.clone();
        let mut request = reqwest::Client::new()
            .post(format!("{}/mcp/v/support", gw.base))
            .header("content-type", "application/json")
            .header("accept", "application/json, text/event-stream")
            .header("mcp-protocol-version", "2026-07-28")
            .header("mcp-method", method);
        if let Some(name) = params["name"].as_str() {
            request = request.header("mcp-name", name);
        }
        let body = json!({"jsonrpc": "2.0", "id": 1, "method": method, "params": params});
        async move {
            let text = request
                .body(body.to_string())
                .send()
                .await
                .unwrap()
                .text()
                .await;
            serde_json::from_str::<Value>(&text.unwrap()).unwrap()
        }
    };
    let discover = post("server/discover", json!({})).await;
    assert_eq!(
        discover["result"]["capabilities"],
        json!({"tools": {"listChanged": true}})
    );
    let list = post("tools/list", json!({})).await;
    assert_eq!(tool_names(&list), ["find_record", "demo__test_simple_text"]);
    let call = post("tools/call", json!({"name": "find_record"})).await;
    assert_eq!(call["result"]["echo"]["name"], "lookup", "{call}");
    let refused = post("tools/call", json!({"name": "raw__lookup"})).await;
    assert_eq!(code(&refused), Some(-32602), "{refused}");
}
