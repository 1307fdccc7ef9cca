//! Cedar authorization through the running gateway: tools a caller may not call are absent
//! from its list and refused as unknown; argument conditions decide calls; the deciding policy
//! ids reach the audit log; a bad policy fails the config with file, line and column.

use crate::support;

use serde_json::{Value, json};
use support::{GATEHOUSE, TestGateway};

const POLICIES: &str = r#"
@id("everyone-lists")
permit(principal, action == Gatehouse::Action::"list_tools", resource);

@id("text-for-all")
permit(principal, action == Gatehouse::Action::"call_tool", resource == Gatehouse::Tool::"demo/test_simple_text");

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
    assert_eq!(code(&s.request("tools/call", large).await), Some(-32602));

    gw.gateway.close_audit().await;
    let mut store_config =
        store::StoreConfig::new(format!("sqlite://{}/audit.db", dir.path().display()));
    store_config.signing_key_path = Some(dir.path().join("audit.key"));
    let store = store::Store::open(store_config).await.unwrap();
    let rows = store.audit().query(&Default::default()).await.unwrap();
    let allowed = rows
        .iter()
        .find(|r| r.record.verdict == "allow" && r.record.method == "tools/call")
        .unwrap();
    assert_eq!(allowed.record.policy_ids, ["logging-with-small-limit"]);
    // The hidden tool, the unknown one (no policy permits it either) and the large limit.
    assert_eq!(
        rows.iter().filter(|r| r.record.verdict == "deny").count(),
        3
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
