//! The guard through the running gateway, against a malicious server: a poisoned tool is held
//! back, a rug pull is caught after approval, an injected result is blocked, a leaked key is
//! redacted, and a trifecta exfiltration is refused, while the clean traffic beside them is
//! untouched. Findings land in the audit log.

use crate::support;

use std::sync::atomic::Ordering;

use serde_json::{Value, json};
use support::{TestGateway, malicious, tool_names};

fn texts(response: &Value) -> String {
    response["result"]["content"][0]["text"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// A config with the malicious server at `url`, the audit log in `dir`, and `extra` appended.
fn evil_yaml(url: &str, dir: &std::path::Path, extra: &str) -> String {
    format!(
        "servers:\n  evil:\n    url: {url}\n    cache:\n      lists: 0s\naudit:\n  url: sqlite://{}/audit.db\n{extra}",
        dir.display()
    )
}

async fn gateway(extra: &str) -> (TestGateway, malicious::RugPull, tempfile::TempDir) {
    let (url, switch) = malicious::start().await;
    let dir = tempfile::tempdir().unwrap();
    let yaml = evil_yaml(&url, dir.path(), extra);
    (TestGateway::start(&yaml).await, switch, dir)
}

#[tokio::test]
async fn a_poisoned_tool_is_held_back_and_refused_while_honest_tools_pass() {
    let (gw, _, _dir) = gateway("").await;
    let mut s = gw.session("/mcp").await;
    let list = s.request("tools/list", json!({})).await;
    let names = tool_names(&list);
    assert!(!names.contains(&"evil__add".to_owned()), "{names:?}");
    assert!(names.contains(&"evil__weather".to_owned()), "{names:?}");
    let refused = s
        .request(
            "tools/call",
            json!({"name": "evil__add", "arguments": {"a": 1}}),
        )
        .await;
    assert_eq!(refused["error"]["code"], -32041, "{refused}");
    assert_eq!(
        refused["error"]["data"]["category"], "tool_poisoning",
        "named for what it is, not a rug pull: {refused}"
    );
    let ok = s
        .request(
            "tools/call",
            json!({"name": "evil__weather", "arguments": {"city": "Oslo"}}),
        )
        .await;
    assert_eq!(texts(&ok), "Sunny, 21 degrees.");
}

/// The hash `guard.reviewed` takes for the malicious server's tool `name`.
fn definition_hash(name: &str) -> String {
    let tools = malicious::tools(false);
    let tool = tools
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == name)
        .unwrap();
    guard::definition_hash(tool)
}

#[tokio::test]
async fn a_reviewed_definition_is_listed_and_flagged_and_only_that_definition() {
    let hash = definition_hash("add");
    let (gw, _, dir) = gateway(&format!("guard:\n  reviewed:\n    evil__add: {hash}\n")).await;
    let mut s = gw.session("/mcp").await;
    let list = s.request("tools/list", json!({})).await;
    assert!(
        tool_names(&list).contains(&"evil__add".to_owned()),
        "{list}"
    );
    let called = s
        .request(
            "tools/call",
            json!({"name": "evil__add", "arguments": {"a": 1}}),
        )
        .await;
    assert!(called.get("error").is_none(), "{called}");
    gw.gateway.close_audit().await;
    let rows = support::audit_rows(dir.path()).await;
    let listing = rows
        .iter()
        .find(|r| r.record.method == "tools/list")
        .expect("the listing is audited");
    assert_eq!(listing.record.verdict, "flag");
    let findings = listing.record.findings.clone().unwrap();
    assert!(
        findings
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["category"] == "tool_poisoning"),
        "{findings}"
    );
    // The review is of one definition: a hash of another keeps the tool held back.
    let other = definition_hash("weather");
    let (gw, _, _dir) = gateway(&format!("guard:\n  reviewed:\n    evil__add: {other}\n")).await;
    let mut s = gw.session("/mcp").await;
    let list = s.request("tools/list", json!({})).await;
    assert!(
        !tool_names(&list).contains(&"evil__add".to_owned()),
        "{list}"
    );
}

#[tokio::test]
async fn a_review_added_on_reload_tells_clients_to_list_again() {
    let (url, _switch) = malicious::start().await;
    let dir = tempfile::tempdir().unwrap();
    let gw = TestGateway::start(&evil_yaml(&url, dir.path(), "")).await;
    let mut s = gw.session("/mcp/evil").await;
    let before = s.request("tools/list", json!({})).await;
    assert!(!tool_names(&before).contains(&"add".to_owned()), "{before}");
    let session = s.session_id.clone().unwrap();
    let mut events = Box::pin(support::standalone(&gw, "/mcp/evil", &session).await);
    let reviewed = format!(
        "guard:\n  reviewed:\n    evil__add: {}\n",
        definition_hash("add")
    );
    let settings = support::config(&evil_yaml(&url, dir.path(), &reviewed)).settings;
    gw.gateway.reload(settings).await;
    support::next_with(&mut events, "notifications/tools/list_changed").await;
    let after = s.request("tools/list", json!({})).await;
    assert!(tool_names(&after).contains(&"add".to_owned()), "{after}");
}

/// `gatehouse scan --server evil` on a config with `extra` appended: its exit code and its
/// verdict lines by tool name.
async fn scan_server(
    url: &str,
    extra: &str,
) -> (Option<i32>, std::collections::HashMap<String, Value>) {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("gatehouse.yaml");
    std::fs::write(
        &config,
        format!("servers:\n  evil:\n    url: {url}\n{extra}"),
    )
    .unwrap();
    let run = tokio::task::spawn_blocking(move || {
        std::process::Command::new(env!("CARGO_BIN_EXE_gatehouse"))
            .args(["scan", "--server", "evil", "--config"])
            .arg(&config)
            .output()
            .unwrap()
    });
    let out = run.await.unwrap();
    let lines = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .map(|v| (v["tool"].as_str().unwrap().to_owned(), v))
        .collect();
    (out.status.code(), lines)
}

#[tokio::test]
async fn scan_server_reviews_the_live_list_as_the_gateway_screens_it() {
    let (url, _switch) = malicious::start().await;
    let (code, lines) = scan_server(&url, "").await;
    assert_eq!(code, Some(2), "a definition would be held back: {lines:?}");
    assert_eq!(lines.len(), 7, "{lines:?}");
    let add = &lines["add"];
    assert_eq!(add["verdict"], "block", "{add}");
    assert_eq!(add["findings"][0]["category"], "tool_poisoning", "{add}");
    assert_eq!(add["hash"], definition_hash("add"));
    assert_eq!(add["reviewed"], false);
    assert_eq!(
        lines["weather"]["verdict"], "allow",
        "{:?}",
        lines["weather"]
    );
    // The hash it printed is what `guard.reviewed` takes: then nothing is held back.
    let reviewed = format!(
        "guard:\n  reviewed:\n    evil__add: {}\n",
        definition_hash("add")
    );
    let (code, lines) = scan_server(&url, &reviewed).await;
    assert_eq!(code, Some(0), "{lines:?}");
    assert_eq!(lines["add"]["verdict"], "flag");
    assert_eq!(lines["add"]["reviewed"], true);
    // A policy that hides every tool from callers does not hide them from the review.
    let dir = tempfile::tempdir().unwrap();
    let policies = dir.path().join("deny.cedar");
    std::fs::write(&policies, "forbid(principal, action, resource);\n").unwrap();
    let extra = format!("policy:\n  files: [{}]\n", policies.display());
    let (code, lines) = scan_server(&url, &extra).await;
    assert_eq!((code, lines.len()), (Some(2), 7), "{lines:?}");
}

#[tokio::test]
async fn scan_server_names_a_server_the_config_lacks() {
    let out = tokio::task::spawn_blocking(|| {
        std::process::Command::new(env!("CARGO_BIN_EXE_gatehouse"))
            .args(["scan", "--server", "nowhere"])
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no server `nowhere`"), "{stderr}");
}

#[tokio::test]
async fn a_definition_changed_after_approval_is_held_until_approved_again() {
    let (gw, switch, _dir) = gateway("").await;
    let mut s = gw.session("/mcp/evil").await;
    let first = s.request("tools/list", json!({})).await;
    assert!(tool_names(&first).contains(&"weather".to_owned()));
    switch.store(true, Ordering::SeqCst);
    let second = s.request("tools/list", json!({})).await;
    assert!(
        !tool_names(&second).contains(&"weather".to_owned()),
        "{second}"
    );
    let refused = s
        .request(
            "tools/call",
            json!({"name": "weather", "arguments": {"city": "Oslo"}}),
        )
        .await;
    assert_eq!(refused["error"]["code"], -32041, "{refused}");
    // Changed into a poisoned definition: named for the poison.
    let category = &refused["error"]["data"]["category"];
    assert_eq!(category, "tool_poisoning", "{refused}");
    // Changed harmlessly: held all the same, as a rug pull, until approved.
    let changed = s
        .request(
            "tools/call",
            json!({"name": "forecast", "arguments": {"city": "Oslo"}}),
        )
        .await;
    assert_eq!(
        changed["error"]["data"]["category"], "rug_pull",
        "{changed}"
    );
    assert!(tool_names(&second).contains(&"read_notes".to_owned()));
}

/// Wait (at most 5 s) until a stopped gateway's tasks have let go of its audit log.
async fn wait_for_audit_lock(yaml: &str) {
    let settings = support::config(yaml).audit.unwrap().store;
    for _ in 0..50 {
        if store::Store::open(settings.clone()).await.is_ok() {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the stopped gateway still holds its audit log");
}

/// A call by name to a tool no list has shown since the gateway started is screened first:
/// the gateway lists the server itself, so a definition changed while it was down is held
/// back, a poisoned one refused, and a tool the server does not list is unknown to it.
#[tokio::test]
async fn a_call_before_any_list_is_screened_as_a_list_would_be() {
    let (url, switch) = malicious::start().await;
    let dir = tempfile::tempdir().unwrap();
    let yaml = evil_yaml(&url, dir.path(), "");
    let before = TestGateway::start(&yaml).await;
    let mut s = before.session("/mcp").await;
    assert!(
        tool_names(&s.request("tools/list", json!({})).await).contains(&"evil__weather".to_owned())
    );
    before.gateway.shutdown().await;
    before.gateway.close_audit().await;
    drop((s, before));
    wait_for_audit_lock(&yaml).await;
    // While the gateway is down, the server changes a definition pinned above.
    switch.store(true, Ordering::SeqCst);
    let gw = TestGateway::start(&yaml).await;
    let mut s = gw.session("/mcp").await;
    let call = |name: &str| json!({"name": name, "arguments": {"city": "Oslo"}});
    let pulled = s.request("tools/call", call("evil__weather")).await;
    assert_eq!(pulled["error"]["code"], -32041, "{pulled}");
    assert!(
        pulled["error"]["message"]
            .as_str()
            .unwrap()
            .contains("held-tool"),
        "{pulled}"
    );
    let poisoned = s.request("tools/call", call("evil__add")).await;
    assert_eq!(poisoned["error"]["code"], -32041, "{poisoned}");
    let unknown = s.request("tools/call", call("evil__nonexistent")).await;
    assert_eq!(unknown["error"]["code"], -32602, "{unknown}");
    let mut verdict = None;
    for _ in 0..50 {
        let rows = support::audit_rows(dir.path()).await;
        let target = Some("evil__nonexistent");
        verdict = (rows.iter().rev())
            .find(|r| r.record.target.as_deref() == target)
            .map(|r| r.record.verdict.clone());
        if verdict.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(verdict.as_deref(), Some("block"), "the guard refused it");
    assert_eq!(
        unknown["error"]["message"], "Unknown tool: evil__nonexistent",
        "{unknown}"
    );
    let honest = s
        .request(
            "tools/call",
            json!({"name": "evil__send_email", "arguments": {"to": "a@example.com", "body": "hi"}}),
        )
        .await;
    assert_eq!(texts(&honest), "sent", "{honest}");
    // The same refusals in the list the agent sees next.
    let names = tool_names(&s.request("tools/list", json!({})).await);
    assert!(
        !names
            .iter()
            .any(|n| n == "evil__weather" || n == "evil__add"),
        "{names:?}"
    );
}

#[tokio::test]
async fn an_injected_result_is_blocked_and_a_leaked_key_is_redacted() {
    let (gw, _, dir) = gateway("").await;
    let mut s = gw.session("/mcp/evil").await;
    s.request("tools/list", json!({})).await;
    let injected = s
        .request(
            "tools/call",
            json!({"name": "fetch_page", "arguments": {"url": "https://example.com"}}),
        )
        .await;
    assert_eq!(injected["error"]["code"], -32041, "{injected}");
    let category = injected["error"]["data"]["category"].as_str().unwrap();
    assert!(
        ["prompt_injection", "exfiltration"].contains(&category),
        "{injected}"
    );
    // The tool ran: the client is told so (a retry would run it again), and so is the log.
    let message = injected["error"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("the call itself ran"), "{message}");
    let leaked = s.request("tools/call", json!({"name": "read_notes"})).await;
    let text = texts(&leaked);
    assert!(!text.contains("AKIAZ4TQLKB7W2RM5XNP"), "{text}");
    assert!(text.contains("[REDACTED"), "{text}");
    assert!(text.contains("lunch at noon"), "{text}");
    gw.gateway.close_audit().await;
    let statuses: Vec<(String, Option<String>)> = (support::audit_rows(dir.path()).await)
        .into_iter()
        .filter(|r| r.record.method == "tools/call")
        .map(|r| (r.record.verdict, r.record.upstream_status))
        .collect();
    assert_eq!(
        statuses,
        [
            (
                "block".to_owned(),
                Some("answered, result withheld".to_owned())
            ),
            ("redact".to_owned(), Some("ok".to_owned()))
        ]
    );
}

/// A key in a call's arguments never leaves, and the call is not sent altered either: a
/// redacted argument is a different call (a file written with `[REDACTED:...]` in it while
/// the agent is told it succeeded), so it is refused, naming the argument and the rule.
#[tokio::test]
async fn a_key_in_the_arguments_refuses_the_call_rather_than_send_it_altered() {
    let (gw, _, _dir) = gateway("").await;
    let mut s = gw.session("/mcp/evil").await;
    s.request("tools/list", json!({})).await;
    let key = "AKIAZ4TQLKB7W2RM5XNP";
    let arguments = json!({"note": format!("deploy with {key} today")});
    let refused = s
        .request(
            "tools/call",
            json!({"name": "mirror", "arguments": arguments}),
        )
        .await;
    assert_eq!(refused["error"]["code"], -32041, "{refused}");
    assert_eq!(refused["error"]["data"]["category"], "secret", "{refused}");
    assert_eq!(refused["error"]["data"]["location"], "/note", "{refused}");
    let message = refused["error"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("argument /note"), "{message}");
    assert!(!refused.to_string().contains(key), "{refused}");
    let clean = json!({"note": "deploy today"});
    let mirrored = s
        .request("tools/call", json!({"name": "mirror", "arguments": clean}))
        .await;
    let received: String = texts(&mirrored).chars().rev().collect();
    assert!(received.contains("deploy today"), "{mirrored}");
}

/// A 300 KB result is scanned whole, off the runtime's worker (the multi-threaded runtime is
/// where the gateway hands the scan to `block_in_place`): an instruction padded past the
/// model's 16 KB is still blocked, and honest long text arrives intact.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_long_result_is_scanned_to_its_end() {
    let (gw, _, _dir) = gateway("").await;
    let mut s = gw.session("/mcp/evil").await;
    s.request("tools/list", json!({})).await;
    let call = |url: &str| json!({"name": "fetch_page", "arguments": {"url": url}});
    let clean = s
        .request("tools/call", call("https://example.com/long"))
        .await;
    let text = texts(&clean);
    assert!(text.len() > 290_000, "{clean:.300}");
    assert!(text.ends_with("northern region.\n"));
    let padded = s
        .request("tools/call", call("https://example.com/padded"))
        .await;
    assert_eq!(padded["error"]["code"], -32041, "{padded:.300}");
    let message = padded["error"]["message"].as_str().unwrap_or_default();
    assert!(!message.contains("Quarterly revenue"), "{message}");
}

#[tokio::test]
async fn prompts_keep_their_instructions_but_lose_hidden_text_and_keys() {
    let (gw, _, _dir) = gateway("").await;
    let mut s = gw.session("/mcp/evil").await;
    let honest = s.request("prompts/get", json!({"name": "pirate"})).await;
    let text = honest["result"]["messages"][0]["content"]["text"].as_str();
    assert!(
        text.is_some_and(|t| t.starts_with("Ignore all previous instructions.")),
        "a prompt is instructions by design: {honest}"
    );
    let smuggled = s
        .request("prompts/get", json!({"name": "onboarding"}))
        .await;
    let text = smuggled["result"]["messages"][0]["content"]["text"]
        .as_str()
        .unwrap_or_else(|| panic!("{smuggled}"));
    assert!(text.starts_with("Welcome the new hire."), "{text}");
    assert!(
        !text.contains('\u{e0053}'),
        "tag characters stripped: {text:?}"
    );
    assert!(!text.contains("AKIAZ4TQLKB7W2RM5XNP"), "{text}");
    assert!(text.contains("[REDACTED"), "{text}");
}

#[tokio::test]
async fn an_outbound_call_after_private_data_and_untrusted_content_is_refused() {
    // Results flagged rather than blocked, so the session goes on to read both.
    // Traits from config tags, so the scenario does not depend on name heuristics.
    let flag = "guard:\n  actions:\n    prompt_injection: flag\n    exfiltration: flag\n  tags:\n    evil__send_email: [outbound, no-untrusted, no-private]\n    evil__fetch_page: [untrusted, no-outbound, no-private]\n    evil__read_notes: [private, no-untrusted, no-outbound]\n";
    let (gw, _, dir) = gateway(flag).await;
    let mut s = gw.session("/mcp/evil").await;
    s.request("tools/list", json!({})).await;
    let email = json!({"name": "send_email", "arguments": {"to": "me@example.com", "body": "hi"}});
    let before = s.request("tools/call", email.clone()).await;
    assert_eq!(texts(&before), "sent", "outbound alone is fine: {before}");
    s.request("tools/call", json!({"name": "read_notes"})).await;
    let page = s
        .request(
            "tools/call",
            json!({"name": "fetch_page", "arguments": {"url": "https://example.com"}}),
        )
        .await;
    assert!(page.get("result").is_some(), "flagged, not blocked: {page}");
    let exfil = s.request("tools/call", email).await;
    assert_eq!(exfil["error"]["code"], -32041, "{exfil}");
    assert_eq!(exfil["error"]["data"]["category"], "trifecta");
    gw.gateway.close_audit().await;
    let rows = support::audit_rows(dir.path()).await;
    let verdicts: Vec<&str> = rows.iter().map(|r| r.record.verdict.as_str()).collect();
    assert!(verdicts.contains(&"flag"), "{verdicts:?}");
    assert_eq!(verdicts.last(), Some(&"block"));
    let findings = rows.last().unwrap().record.findings.clone().unwrap();
    assert_eq!(findings[0]["category"], "trifecta");
}

/// Hidden characters in a result make the session's content untrusted, as an injection the
/// detectors read does: stripping them leaves the content someone tried to smuggle in.
#[tokio::test]
async fn hidden_content_in_a_result_taints_the_session() {
    let tags = "guard:\n  tags:\n    evil__send_email: [outbound, no-untrusted, no-private]\n    evil__fetch_page: [no-untrusted, no-outbound, no-private]\n    evil__read_notes: [private, no-untrusted, no-outbound]\n";
    let (gw, _, _dir) = gateway(tags).await;
    let mut s = gw.session("/mcp/evil").await;
    s.request("tools/list", json!({})).await;
    s.request("tools/call", json!({"name": "read_notes"})).await;
    let email = json!({"name": "send_email", "arguments": {"to": "me@example.com", "body": "hi"}});
    let honest = json!({"name": "fetch_page", "arguments": {"url": "https://example.com/long"}});
    s.request("tools/call", honest).await;
    let before = s.request("tools/call", email.clone()).await;
    assert_eq!(
        texts(&before),
        "sent",
        "an honest page taints nothing: {before}"
    );
    let hidden = json!({"name": "fetch_page", "arguments": {"url": "https://example.com/hidden"}});
    let page = s.request("tools/call", hidden).await;
    assert_eq!(texts(&page), "Opening hours: 9 to 5.", "stripped: {page}");
    let exfil = s.request("tools/call", email).await;
    assert_eq!(exfil["error"]["data"]["category"], "trifecta", "{exfil}");
}

/// One stateless (2026-07-28) `tools/call` to `/mcp/evil`, from the client at `forwarded`.
async fn stateless_call(gw: &TestGateway, id: u64, params: Value) -> Value {
    let mut params = params;
    params["_meta"] = json!({
        "io.modelcontextprotocol/protocolVersion": "2026-07-28",
        "io.modelcontextprotocol/clientInfo": {"name": "t", "version": "1"},
        "io.modelcontextprotocol/clientCapabilities": {}
    });
    let name = params["name"].as_str().unwrap().to_owned();
    let body = json!({"jsonrpc": "2.0", "id": id, "method": "tools/call", "params": params});
    let text = reqwest::Client::new()
        .post(format!("{}/mcp/evil", gw.base))
        .header("content-type", "application/json")
        .header("accept", "application/json, text/event-stream")
        .header("mcp-protocol-version", "2026-07-28")
        .header("mcp-method", "tools/call")
        .header("mcp-name", name)
        .body(body.to_string())
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let json = (text.lines().filter_map(|l| l.strip_prefix("data: "))).next_back();
    serde_json::from_str(json.unwrap_or(&text)).unwrap_or_else(|e| panic!("{e}: {text}"))
}

#[tokio::test]
async fn the_trifecta_spans_the_stateless_requests_of_one_caller() {
    let flag = "guard:\n  actions:\n    prompt_injection: flag\n    exfiltration: flag\n  tags:\n    evil__send_email: [outbound, no-untrusted, no-private]\n    evil__fetch_page: [untrusted, no-outbound, no-private]\n    evil__read_notes: [private, no-untrusted, no-outbound]\n";
    let (gw, _, _dir) = gateway(flag).await;
    let email = json!({"name": "send_email", "arguments": {"to": "me@example.com", "body": "hi"}});
    let before = stateless_call(&gw, 1, email.clone()).await;
    assert_eq!(texts(&before), "sent", "outbound alone is fine: {before}");
    stateless_call(&gw, 2, json!({"name": "read_notes"})).await;
    let page = json!({"name": "fetch_page", "arguments": {"url": "https://example.com"}});
    let page = stateless_call(&gw, 3, page).await;
    assert!(page.get("result").is_some(), "flagged, not blocked: {page}");
    // Three requests, no session between them: the taint still adds up.
    let exfil = stateless_call(&gw, 4, email).await;
    // -32041 to a session-era client: 2026-07-28 reserves -32020..-32099 for its own codes.
    assert_eq!(exfil["error"]["code"], -31041, "{exfil}");
    assert_eq!(exfil["error"]["data"]["category"], "trifecta");
}

/// The audit log masks a secret wherever the request put it: in an argument's key, in the
/// findings' locations (JSON pointers of keys) and in a resource URI, not only in argument
/// values (all three used to be stored whole although the call was blocked).
#[tokio::test]
async fn the_audit_masks_a_key_in_argument_names_findings_and_uris() {
    let (gw, _, dir) = gateway("guard:\n  actions:\n    secret: block\n").await;
    let mut s = gw.session("/mcp/evil").await;
    s.request("tools/list", json!({})).await;
    let key = "ghp_Zq8mW2xT5vB9nK3pL7rD4sF6hJ1cY0aE2uQw";
    let call = s
        .request(
            "tools/call",
            json!({"name": "mirror", "arguments": {key: "x", "note": "hi"}}),
        )
        .await;
    assert!(
        call.get("error").is_some(),
        "a key in the arguments is blocked: {call}"
    );
    s.request(
        "resources/read",
        json!({"uri": format!("test://docs/{key}")}),
    )
    .await;
    // An unknown tool whose name carries the key: the error message quotes the name.
    let unknown = json!({"name": format!("nope_{key}"), "arguments": {}});
    s.request("tools/call", unknown).await;
    gw.gateway.close_audit().await;
    let rows = support::audit_rows(dir.path()).await;
    let call_row = rows
        .iter()
        .find(|r| r.record.method == "tools/call")
        .unwrap();
    let stored = serde_json::to_string(&call_row.record).unwrap();
    assert!(stored.contains("note"), "{stored}");
    let read_row = rows
        .iter()
        .find(|r| r.record.method == "resources/read")
        .unwrap();
    let stored_read = serde_json::to_string(&read_row.record).unwrap();
    let records: Vec<_> = rows.iter().map(|r| &r.record).collect();
    let all = serde_json::to_string(&records).unwrap();
    assert!(
        all.contains("nope_"),
        "the unknown tool's call is recorded: {all}"
    );
    for stored in [stored, stored_read, all] {
        assert!(
            !stored.contains("Zq8mW2xT5vB9nK3pL7rD4sF6hJ1cY0aE2uQw"),
            "{stored}"
        );
    }
}

/// Credentials with no shape a detector knows are masked in the audit record by the name
/// they are passed under, and a password in a connection string by its place in the URL.
#[tokio::test]
async fn the_audit_masks_credentials_by_their_names_and_in_urls() {
    let (gw, _, dir) = gateway(
        "guard:
  actions:
    secret: flag
",
    )
    .await;
    let mut s = gw.session("/mcp/evil").await;
    s.request("tools/list", json!({})).await;
    let arguments = json!({
        "user": "app", "password": "hunter22", "clientSecret": "plain words",
        "db": {"api-key": "k1"}, "dsn": "postgres://app:Xk3v9Qm2@db.internal:5432/x",
        "max_tokens": "100"
    });
    let call = json!({"name": "mirror", "arguments": arguments});
    assert!(s.request("tools/call", call).await.get("result").is_some());
    gw.gateway.close_audit().await;
    let rows = support::audit_rows(dir.path()).await;
    let row = rows
        .iter()
        .find(|r| r.record.method == "tools/call")
        .unwrap();
    let stored = serde_json::to_string(&row.record.arguments).unwrap();
    for secret in ["hunter22", "plain words", "k1", "Xk3v9Qm2"] {
        assert!(!stored.contains(secret), "{secret}: {stored}");
    }
    for kept in ["app", "max_tokens", "100", "db.internal"] {
        assert!(stored.contains(kept), "{kept}: {stored}");
    }
}
