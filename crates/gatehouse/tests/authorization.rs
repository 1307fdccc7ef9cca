//! Cedar authorization through the running gateway: tools, prompts and resources a caller may
//! not use are absent from its lists and refused as unknown; argument conditions decide calls;
//! the deciding policy ids reach the audit log; a bad policy fails the config with file, line
//! and column.

use crate::support;

use serde_json::{Value, json};
use support::{GATEHOUSE, TestGateway, audit_rows};

const POLICIES: &str = r#"
@id("everyone-lists")
permit(principal, action == Gatehouse::Action::"list_tools", resource);

@id("text-for-all")
permit(principal, action == Gatehouse::Action::"call_tool", resource == Gatehouse::Tool::"demo/test_simple_text");

@id("no-images")
forbid(principal, action == Gatehouse::Action::"call_tool", resource == Gatehouse::Tool::"demo/test_image_content");

@id("logging-with-small-limit")
permit(principal, action == Gatehouse::Action::"call_tool", resource == Gatehouse::Tool::"demo/test_tool_with_logging")
when { context.listing || (context.arguments has limit && context.arguments.limit <= 100) };
"#;

fn config(dir: &std::path::Path, policies: &str) -> String {
    let file = dir.join("policies.cedar");
    std::fs::write(&file, policies).unwrap();
    format!(
        "servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\n\
         policy:\n  files: [{}]\n  arguments: {{ limit: long }}\n\
         audit:\n  url: sqlite://{}/audit.db\n",
        file.display(),
        dir.display()
    )
}

fn code(response: &Value) -> Option<i64> {
    response["error"]["code"].as_i64()
}

#[tokio::test]
async fn policies_filter_lists_and_decide_calls_by_their_arguments() {
    let dir = tempfile::tempdir().unwrap();
    let gw = TestGateway::start(&config(dir.path(), POLICIES)).await;
    let mut s = gw.session("/mcp").await;
    let list = s.request("tools/list", json!({})).await;
    let mut names = support::tool_names(&list);
    names.sort();
    assert_eq!(
        names,
        ["demo__test_simple_text", "demo__test_tool_with_logging"]
    );

    let hidden = s
        .request("tools/call", json!({"name": "demo__test_image_content"}))
        .await;
    let unknown = s
        .request("tools/call", json!({"name": "demo__no_such_tool"}))
        .await;
    assert_eq!(code(&hidden), code(&unknown), "{hidden} vs {unknown}");
    assert_eq!(
        hidden["error"]["message"]
            .as_str()
            .unwrap()
            .replace("test_image_content", "X"),
        unknown["error"]["message"]
            .as_str()
            .unwrap()
            .replace("no_such_tool", "X"),
        "a refused tool looks exactly like an unknown one"
    );

    let small = json!({"name": "demo__test_tool_with_logging", "arguments": {"limit": 50}});
    let large = json!({"name": "demo__test_tool_with_logging", "arguments": {"limit": 500}});
    assert!(s.request("tools/call", small).await.get("result").is_some());
    let refused = s.request("tools/call", large).await;
    assert_eq!(code(&refused), Some(-32602));
    let message = refused["error"]["message"].as_str().unwrap_or_default();
    assert!(
        message.starts_with("Unknown tool"),
        "a policy's refusal says no more: {refused}"
    );
    // An argument of the wrong type is refused saying so (it names no policy's secret).
    let huge = json!({"name": "demo__test_tool_with_logging", "arguments": {"limit": 1e30}});
    let refused = s.request("tools/call", huge).await;
    assert_eq!(code(&refused), Some(-32602));
    let message = refused["error"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("argument `limit` must be"), "{refused}");

    gw.gateway.close_audit().await;
    let rows = audit_rows(dir.path()).await;
    let allowed = rows
        .iter()
        .find(|r| r.record.verdict == "allow" && r.record.method == "tools/call")
        .unwrap();
    assert_eq!(allowed.record.policy_ids, ["logging-with-small-limit"]);
    // The hidden tool, the unknown one (no policy permits it either), the large limit and
    // the limit of the wrong type.
    let denied: Vec<_> = rows.iter().filter(|r| r.record.verdict == "deny").collect();
    assert_eq!(denied.len(), 4);
    let forbidden = denied
        .iter()
        .find(|r| r.record.target.as_deref() == Some("demo__test_image_content"))
        .unwrap();
    assert_eq!(
        forbidden.record.policy_ids,
        ["no-images"],
        "a refusal names its forbid"
    );
}

#[test]
fn a_bad_policy_fails_the_config_with_its_position() {
    let dir = tempfile::tempdir().unwrap();
    let bad = "permit(principal, action == Gatehouse::Action::\"call_tool\", resource)\nwhen { context.arguments.limit <= };";
    let errors = gatehouse::config::parse(&config(dir.path(), bad), &|_| None).unwrap_err();
    let text = errors.to_string();
    assert!(text.contains("policies.cedar:2:"), "{text}");
}

const ITEM_POLICIES: &str = r#"
@id("simple-prompt")
permit(principal, action == Gatehouse::Action::"get_prompt", resource == Gatehouse::Prompt::"demo/test_simple_prompt");

@id("static-text")
permit(principal, action == Gatehouse::Action::"read_resource", resource == Gatehouse::Resource::"demo/test://static-text");

@id("templated-data")
permit(principal, action == Gatehouse::Action::"read_resource", resource in Gatehouse::Server::"demo")
when { resource.name like "test://template/*" };
"#;

/// The `key` of every entry in a list result's `items`.
fn listed(response: &Value, items: &str, key: &str) -> Vec<String> {
    response["result"][items]
        .as_array()
        .unwrap_or_else(|| panic!("not a list of {items}: {response}"))
        .iter()
        .map(|item| item[key].as_str().unwrap().to_owned())
        .collect()
}

/// Two refusals are alike once the names they carry are blanked.
fn assert_alike(hidden: &Value, hidden_name: &str, unknown: &Value, unknown_name: &str) {
    let blank = |response: &Value, name: &str| response["error"].to_string().replace(name, "X");
    assert!(hidden["error"].is_object(), "refused: {hidden}");
    assert_eq!(
        blank(hidden, hidden_name),
        blank(unknown, unknown_name),
        "a refused item looks exactly like an unknown one"
    );
}

/// A call to a tool the policy hides is refused like an unknown tool and, like one, spends no
/// quota: three of them left the caller's budget whole, and once a budget was spent the hidden
/// tool answered 429 where an unknown name answered -32602.
#[tokio::test]
async fn a_hidden_tool_spends_no_quota() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = format!(
        "{}quotas:\n  - {{ key: [server], per: day, limit: 2 }}\n",
        config(dir.path(), POLICIES)
    );
    let gw = TestGateway::start(&yaml).await;
    let mut s = gw.session("/mcp").await;
    for _ in 0..3 {
        let hidden = s
            .request("tools/call", json!({"name": "demo__test_image_content"}))
            .await;
        assert_eq!(code(&hidden), Some(-32602), "{hidden}");
    }
    let allowed = json!({"name": "demo__test_simple_text"});
    for _ in 0..2 {
        let call = s.request("tools/call", allowed.clone()).await;
        assert!(call.get("result").is_some(), "the budget is whole: {call}");
    }
    let spent = s.request("tools/call", allowed).await;
    assert_eq!(code(&spent), Some(-32029), "{spent}");
    let hidden = s
        .request("tools/call", json!({"name": "demo__test_image_content"}))
        .await;
    assert_eq!(
        code(&hidden),
        Some(-32602),
        "still unknown, not 429: {hidden}"
    );
}

#[tokio::test]
async fn policies_hide_and_refuse_prompts_and_resources() {
    let dir = tempfile::tempdir().unwrap();
    let gw = TestGateway::start(&config(dir.path(), ITEM_POLICIES)).await;
    let mut s = gw.session("/mcp").await;
    let prompts = s.request("prompts/list", json!({})).await;
    assert_eq!(
        listed(&prompts, "prompts", "name"),
        ["demo__test_simple_prompt"]
    );
    let resources = s.request("resources/list", json!({})).await;
    assert_eq!(
        listed(&resources, "resources", "uri"),
        ["demo+test://static-text"]
    );
    let templates = s.request("resources/templates/list", json!({})).await;
    assert_eq!(
        listed(&templates, "resourceTemplates", "uriTemplate"),
        ["demo+test://template/{id}/data"]
    );

    let get = |name: &str| json!({"name": name, "arguments": {"arg1": "a", "arg2": "b"}});
    let permitted = s
        .request("prompts/get", get("demo__test_simple_prompt"))
        .await;
    assert!(permitted.get("result").is_some(), "{permitted}");
    let hidden = s
        .request("prompts/get", get("demo__test_prompt_with_arguments"))
        .await;
    let unknown = s.request("prompts/get", get("demo__no_such_prompt")).await;
    assert_eq!(code(&hidden), Some(-32602), "{hidden}");
    assert_alike(
        &hidden,
        "test_prompt_with_arguments",
        &unknown,
        "no_such_prompt",
    );

    for uri in ["demo+test://static-text", "demo+test://template/7/data"] {
        let read = s.request("resources/read", json!({"uri": uri})).await;
        assert!(read.get("result").is_some(), "{uri}: {read}");
    }
    let hidden = s
        .request(
            "resources/read",
            json!({"uri": "demo+test://static-binary"}),
        )
        .await;
    let unknown = s
        .request("resources/read", json!({"uri": "demo+test://no-such"}))
        .await;
    assert_eq!(code(&hidden), Some(-32002), "{hidden}");
    assert_alike(&hidden, "static-binary", &unknown, "no-such");
    let subscribe = json!({"uri": "demo+test://watched-resource"});
    let subscribed = s.request("resources/subscribe", subscribe).await;
    assert_eq!(code(&subscribed), Some(-32002), "{subscribed}");

    // Completions are decided by what they complete: none for a forbidden prompt.
    let complete = |reference: Value, argument: &str| json!({"ref": reference, "argument": {"name": argument, "value": ""}});
    let forbidden = json!({"type": "ref/prompt", "name": "demo__test_prompt_with_arguments"});
    let refused = s
        .request("completion/complete", complete(forbidden, "arg1"))
        .await;
    assert_eq!(code(&refused), Some(-32602), "{refused}");
    let template = json!({"type": "ref/resource", "uri": "demo+test://template/{id}/data"});
    let completed = s
        .request("completion/complete", complete(template, "id"))
        .await;
    assert!(completed.get("result").is_some(), "{completed}");

    // The single-server route decides on the same entities under the server's own names.
    let mut single = gw.session("/mcp/demo").await;
    let prompts = single.request("prompts/list", json!({})).await;
    assert_eq!(listed(&prompts, "prompts", "name"), ["test_simple_prompt"]);
    let hidden = single
        .request("prompts/get", get("test_prompt_with_arguments"))
        .await;
    assert_eq!(
        hidden["error"]["message"], "Unknown prompt: test_prompt_with_arguments",
        "{hidden}"
    );
    let read = json!({"uri": "test://static-text"});
    assert!(
        single
            .request("resources/read", read)
            .await
            .get("result")
            .is_some()
    );

    gw.gateway.close_audit().await;
    let rows = audit_rows(dir.path()).await;
    let got = rows
        .iter()
        .find(|r| r.record.method == "prompts/get" && r.record.verdict == "allow")
        .unwrap();
    assert_eq!(got.record.policy_ids, ["simple-prompt"]);
    assert_eq!(got.record.server.as_deref(), Some("demo"));
    let refused = rows
        .iter()
        .filter(|r| r.record.method == "resources/read" && r.record.verdict == "deny")
        .count();
    assert_eq!(refused, 2, "the hidden resource and the unknown one");
}

const FINDINGS_POLICY: &str = r#"
@id("everyone")
permit(principal, action, resource);

@id("no-secrets-out")
forbid(principal, action == Gatehouse::Action::"call_tool", resource)
when { context.findings.contains("secret") };
"#;

#[tokio::test]
async fn a_policy_decides_on_the_guards_findings_in_the_arguments() {
    let dir = tempfile::tempdir().unwrap();
    // The guard only flags secrets: the policy is what refuses the call.
    let yaml = format!(
        "{}guard:\n  actions: {{ secret: flag }}\n",
        config(dir.path(), FINDINGS_POLICY)
    );
    let gw = TestGateway::start(&yaml).await;
    let mut s = gw.session("/mcp").await;
    let clean = json!({"name": "demo__test_simple_text", "arguments": {"note": "hello"}});
    assert!(s.request("tools/call", clean).await.get("result").is_some());
    let secret = "ghp_R8x2Lq9ZtV4mK7wP3nB6cY1dF5gH0jS2aE9u";
    let leaking = json!({"name": "demo__test_simple_text", "arguments": {"note": secret}});
    let refused = s.request("tools/call", leaking).await;
    assert_eq!(
        code(&refused),
        Some(-32602),
        "refused like an unknown tool: {refused}"
    );

    gw.gateway.close_audit().await;
    let rows = audit_rows(dir.path()).await;
    let denied = rows
        .iter()
        .find(|r| r.record.verdict == "deny")
        .expect("a deny record");
    assert_eq!(denied.record.policy_ids, ["no-secrets-out"]);
}
