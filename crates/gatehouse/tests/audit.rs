//! The audit stage through the running gateway: one record per request whatever its fate, a
//! chain that verifies, the `gatehouse audit` commands, and no lost record of an answered call
//! when the gateway is killed with `sync` durability.

use crate::support;

use std::process::{Command, Stdio};
use std::time::Duration;

use serde_json::{Value, json};
use store::{AuditFilter, Store, StoreConfig};
use support::{GATEHOUSE, TestGateway};

fn config(dir: &std::path::Path, extra: &str) -> String {
    format!(
        "servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\naudit:\n  url: sqlite://{}/audit.db\n{extra}",
        dir.display()
    )
}

/// `gatehouse audit --config CONFIG ARGS...`, run to its end.
fn audit_command(config: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(GATEHOUSE)
        .args(["audit", "--config", config.to_str().unwrap()])
        .args(args)
        .output()
        .unwrap()
}

async fn open(dir: &std::path::Path) -> Store {
    let mut config = StoreConfig::new(format!("sqlite://{}/audit.db", dir.display()));
    config.signing_key_path = Some(dir.join("audit.key"));
    Store::open(config).await.expect("store opens")
}

#[tokio::test]
async fn every_request_is_recorded_once_with_its_verdict() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = config(dir.path(), "limits:\n  - key: [tool]\n    rate: 1/min\n");
    let gw = TestGateway::start(&yaml).await;
    let mut s = gw.session("/mcp").await;
    let call = json!({"name": "demo__test_simple_text", "arguments": {"note": "hello"}});
    let ok = s.request("tools/call", call.clone()).await;
    assert!(ok.get("result").is_some(), "{ok}");
    let throttled = s.request("tools/call", call).await;
    assert_eq!(throttled["error"]["code"], -32029);
    let unknown = s.request("tools/call", json!({"name": "nope__x"})).await;
    assert!(unknown.get("error").is_some());
    let list = s.request("tools/list", json!({})).await;
    assert!(list.get("result").is_some());
    // A method is the client's text: a secret in one is masked like one in a target.
    let odd = s.request("AKIAZ4TQLKB7W2RM5XNP/list", json!({})).await;
    assert_eq!(odd["error"]["code"], -32601, "{odd}");
    gw.gateway.close_audit().await;
    drop(gw);

    let store = open(dir.path()).await;
    let rows = store.audit().query(&AuditFilter::default()).await.unwrap();
    let seen: Vec<(&str, Option<&str>, &str)> = rows
        .iter()
        .map(|r| {
            let rec = &r.record;
            (
                rec.method.as_str(),
                rec.target.as_deref(),
                rec.verdict.as_str(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("initialize", Some("test 1"), "allow"),
            ("tools/call", Some("demo__test_simple_text"), "allow"),
            ("tools/call", Some("demo__test_simple_text"), "throttled"),
            ("tools/call", Some("nope__x"), "allow"),
            ("tools/list", None, "allow"),
            ("[REDACTED:aws-access-token]/list", None, "allow"),
        ]
    );
    assert!(
        rows[0].record.session_id.is_some(),
        "initialize names its session"
    );
    let first = &rows[1].record;
    assert_eq!(first.server.as_deref(), Some("demo"));
    assert_eq!(first.arguments, Some(json!({"note": "hello"})));
    assert_eq!(first.upstream_status.as_deref(), Some("ok"));
    assert!(
        first
            .client_addr
            .as_deref()
            .unwrap()
            .starts_with("127.0.0.1:")
    );
    assert!(
        first
            .result_summary
            .as_deref()
            .unwrap()
            .starts_with("ok [text")
    );
    assert_eq!(
        rows[2].record.upstream_status.as_deref(),
        Some("not_forwarded")
    );
    assert_eq!(rows[3].record.error_code, Some(-32602));
    let report = store.audit().verify().await.unwrap();
    assert_eq!(report.first_broken, None);
    assert_eq!(report.rows, 6);
    store.close().await;
}

#[tokio::test]
async fn the_audit_commands_verify_and_query_what_the_gateway_wrote() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = config(dir.path(), "");
    let path = dir.path().join("gatehouse.yaml");
    std::fs::write(&path, &yaml).unwrap();
    let gw = TestGateway::start(&yaml).await;
    let mut s = gw.session("/mcp").await;
    for _ in 0..3 {
        s.request("tools/call", json!({"name": "demo__test_simple_text"}))
            .await;
    }
    gw.gateway.close_audit().await;
    drop(gw);
    let run = |args: &[&str]| {
        let out = audit_command(&path, args);
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let (ok, text) = run(&["verify"]);
    assert!(ok, "{text}");
    assert!(text.starts_with("ok: 4 records"), "{text}");
    // The head it prints is what a later verify expects; a record past the end is missing.
    let head = text
        .lines()
        .find_map(|l| l.strip_prefix("head: "))
        .and_then(|l| l.split_whitespace().next())
        .expect("a head line")
        .to_owned();
    assert!(head.starts_with("4:"), "{text}");
    let (ok, text) = run(&["verify", "--expect", &head]);
    assert!(ok, "{text}");
    let beyond = head.replacen("4:", "5:", 1);
    let (ok, text) = run(&["verify", "--expect", &beyond]);
    assert!(!ok, "{text}");
    assert!(text.contains("BROKEN at record 5"), "{text}");
    let (ok, text) = run(&[
        "query", "--tool", "demo__*", "--format", "jsonl", "--limit", "2",
    ]);
    assert!(ok);
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["seq"], 3, "seq 1 is the initialize");
    let (ok, text) = run(&["query", "--tool", "other__*"]);
    assert!(ok);
    assert_eq!(text.lines().count(), 1, "only the header: {text}");
}

#[tokio::test]
async fn a_killed_gateway_loses_no_record_of_an_answered_call() {
    transport::ensure_crypto_provider();
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let yaml = format!("listen: 127.0.0.1:{port}\n{}", config(dir.path(), ""));
    let path = dir.path().join("gatehouse.yaml");
    std::fs::write(&path, yaml).unwrap();
    let mut child = Command::new(GATEHOUSE)
        .args(["serve", "--config", path.to_str().unwrap()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let url = format!("http://127.0.0.1:{port}/mcp");
    let http = reqwest::Client::new();
    let post = |body: Value, session: Option<String>| {
        let mut req = http
            .post(&url)
            .header("content-type", "application/json")
            .header("accept", "application/json, text/event-stream");
        if let Some(id) = session {
            req = req.header("mcp-session-id", id);
        }
        req.body(body.to_string()).send()
    };
    let init = json!({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {
        "protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}});
    let mut session = None;
    for _ in 0..100 {
        if let Ok(r) = post(init.clone(), None).await {
            session = r
                .headers()
                .get("mcp-session-id")
                .map(|v| v.to_str().unwrap().to_owned());
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let session = session.expect("the gateway came up");
    let mut answered = 0u64;
    let load = async {
        for i in 1..=10_000u64 {
            let call = json!({"jsonrpc": "2.0", "id": i, "method": "tools/call",
                "params": {"name": "demo__test_simple_text", "arguments": {"i": i}}});
            let Ok(reply) = post(call, Some(session.clone())).await else {
                break;
            };
            match reply.text().await {
                Ok(text) if text.contains("\"result\"") => answered += 1,
                _ => break,
            }
        }
    };
    tokio::select! {
        _ = load => {}
        _ = tokio::time::sleep(Duration::from_millis(1500)) => {}
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(answered > 10, "the load ran: {answered}");

    let store = open(dir.path()).await;
    let filter = AuditFilter {
        method: Some("tools/call".into()),
        ..AuditFilter::default()
    };
    let recorded = store.audit().query(&filter).await.unwrap().len() as u64;
    assert!(
        recorded >= answered,
        "{recorded} records for {answered} answered calls"
    );
    assert_eq!(store.audit().verify().await.unwrap().first_broken, None);
    store.close().await;
}

/// A call whose client goes away before the answer still gets its record, as cancelled (the
/// connection's task, and the request's future with it, used to be dropped before the audit
/// stage ran, and the log missed the call).
#[tokio::test]
async fn a_call_whose_client_went_away_is_recorded_as_cancelled() {
    let dir = tempfile::tempdir().unwrap();
    let raw = support::raw_upstream::start().await;
    let yaml = format!(
        "servers:\n  raw:\n    url: {raw}\naudit:\n  url: sqlite://{}/audit.db\n",
        dir.path().display()
    );
    let gw = TestGateway::start(&yaml).await;
    let s = gw.session("/mcp").await;
    // `hang` never answers: the call is upstream when the client gives up.
    let call = json!({"jsonrpc": "2.0", "id": 7, "method": "tools/call",
        "params": {"name": "raw__hang", "arguments": {}}});
    let cut = support::raw_post(&s, &call)
        .timeout(Duration::from_millis(500))
        .send()
        .await;
    assert!(cut.is_err(), "the client gives up first");
    let cancelled = support::first_audit_row(dir.path(), "tools/call").await;
    let row = cancelled.expect("the call has its record");
    assert_eq!(row.record.error_code, Some(-32800), "{:?}", row.record);
    assert_eq!(
        row.record.upstream_status.as_deref(),
        Some("cancelled"),
        "{:?}",
        row.record
    );
}

/// The audit commands only read: a mistyped database path is an error (it used to create an
/// empty log that verified), and a missing key file is named (a reader used to make a new
/// key, print it as the log's, and report every checkpoint signature broken).
#[tokio::test]
async fn the_audit_commands_create_nothing_and_name_what_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gatehouse.yaml");
    std::fs::write(&path, config(dir.path(), "")).unwrap();
    let run = |args: &[&str]| {
        let out = audit_command(&path, args);
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, stderr) = run(&["verify"]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("no audit database"), "{stderr}");
    assert!(!dir.path().join("audit.db").exists());
    assert!(!dir.path().join("audit.key").exists());

    let gw = TestGateway::start(&config(dir.path(), "")).await;
    gw.session("/mcp").await;
    gw.gateway.close_audit().await;
    drop(gw);
    std::fs::remove_file(dir.path().join("audit.key")).unwrap();
    for command in ["verify", "public-key"] {
        let (code, stderr) = run(&[command]);
        assert_eq!(code, Some(1), "{command}: {stderr}");
        assert!(
            stderr.contains("no signing key file"),
            "{command}: {stderr}"
        );
    }
    assert!(!dir.path().join("audit.key").exists());
}

/// `fail_closed`: the call whose record cannot be written has already reached its server, and
/// its client is told so (`data.forwarded`), not left to retry an action that took place; the
/// calls after it are refused before they are forwarded; once the log can be written again,
/// requests pass.
#[tokio::test]
async fn failing_closed_a_call_that_ran_says_so_and_later_ones_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let gw = TestGateway::start(&config(dir.path(), "  fail_closed: true\n")).await;
    let mut s = gw.session("/mcp").await;
    let call = json!({"name": "demo__test_simple_text", "arguments": {}});
    assert!(
        s.request("tools/call", call.clone())
            .await
            .get("result")
            .is_some()
    );

    let mut db = refuse_writes(dir.path()).await;
    let ran = s.request("tools/call", call.clone()).await;
    assert_eq!(ran["error"]["code"], -32603, "{ran}");
    assert_eq!(ran["error"]["data"]["forwarded"], true, "{ran}");
    assert!(
        ran["error"]["message"]
            .as_str()
            .unwrap()
            .contains("reached its server"),
        "{ran}"
    );
    let readyz = || async {
        let answer = reqwest::get(format!("{}/readyz", gw.base)).await.unwrap();
        (answer.status(), answer.json::<Value>().await.unwrap())
    };
    let (status, ready) = readyz().await;
    assert_eq!(status, 503, "every request would be refused: {ready}");
    assert_eq!(ready["audit"], "failing", "{ready}");
    let admin = gw.admin(None).await;
    let metrics = reqwest::get(format!("{admin}/metrics")).await.unwrap();
    let metrics = metrics.text().await.unwrap();
    assert!(
        metrics.contains("gatehouse_audit_write_failures_total 1\n"),
        "{metrics}"
    );
    let refused = s.request("tools/call", call.clone()).await;
    assert_eq!(refused["error"]["code"], -32603, "{refused}");
    assert!(
        refused["error"]["message"]
            .as_str()
            .unwrap()
            .contains("unavailable"),
        "{refused}"
    );

    allow_writes(&mut db).await;
    // The gap's probe finds the log writable again without any request (a load balancer
    // sends none to an instance whose /readyz is 503).
    let mut recovered = false;
    for _ in 0..200 {
        if readyz().await.0 == 200 {
            recovered = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(recovered, "the probe reopens the gate");
    // A new client only opens sessions: its first initialize opens one.
    let first = crate::support::initialize_reply(&format!("{}/mcp", gw.base)).await;
    assert!(first.get("result").is_some(), "{first}");
    let again = s.request("tools/call", call.clone()).await;
    assert!(again.get("result").is_some(), "{again}");

    // The log itself tells of the two records it could not take (the call that ran and the
    // refusal), in the hash chain.
    gw.gateway.close_audit().await;
    let store = open(dir.path()).await;
    let filter = store::AuditFilter {
        method: Some("gatehouse/audit_gap".into()),
        ..Default::default()
    };
    let gaps = store.audit().query(&filter).await.unwrap();
    assert_eq!(gaps.len(), 1, "{gaps:?}");
    let summary = gaps[0].record.result_summary.clone().unwrap();
    assert!(
        summary.starts_with("2 records could not be written"),
        "{summary}"
    );
    assert_eq!(gaps[0].record.verdict, "audit_unavailable");
    let report = store.audit().verify().await.unwrap();
    assert_eq!(report.first_broken, None);
    store.close().await;
}

/// `fail_closed` with batched durability: a record is queued, not lost, while the writer
/// retries a failing commit; meanwhile the gate refuses further requests (the commit's
/// failure, not an append's, shows the log failing), and lets them through once it commits.
#[tokio::test]
async fn failing_closed_with_batched_writes_refuses_while_the_writer_retries() {
    let dir = tempfile::tempdir().unwrap();
    let extra = "  durability: batched\n  fail_closed: true\n";
    let gw = TestGateway::start(&config(dir.path(), extra)).await;
    let mut s = gw.session("/mcp").await;
    let call = json!({"name": "demo__test_simple_text", "arguments": {}});
    assert!(
        s.request("tools/call", call.clone())
            .await
            .get("result")
            .is_some()
    );

    let mut db = refuse_writes(dir.path()).await;
    let mut refused = false;
    for _ in 0..50 {
        let reply = s.request("tools/call", call.clone()).await;
        if reply["error"]["code"] == -32603 {
            refused = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(refused, "the failing commit closes the gate");
    allow_writes(&mut db).await;
    let mut passed = false;
    for _ in 0..100 {
        if s.request("tools/call", call.clone())
            .await
            .get("result")
            .is_some()
        {
            passed = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(passed, "the retried commit reopens it");
    gw.gateway.close_audit().await;
    let store = open(dir.path()).await;
    let report = store.audit().verify().await.unwrap();
    assert_eq!(
        report.first_broken, None,
        "the queued records were written in order"
    );
    store.close().await;
}

/// Make the audit log under a running gateway refuse every insert (a trigger, from a
/// connection of the test's own); the connection, for [`allow_writes`].
async fn refuse_writes(dir: &std::path::Path) -> sqlx::SqliteConnection {
    use sqlx::Connection;
    let url = format!("sqlite://{}/audit.db", dir.display());
    let mut db = sqlx::SqliteConnection::connect(&url).await.unwrap();
    let refuse = "CREATE TRIGGER refuse BEFORE INSERT ON audit_log \
                  BEGIN SELECT RAISE(ABORT, 'injected write failure'); END";
    sqlx::query(refuse).execute(&mut db).await.unwrap();
    db
}

/// Undo [`refuse_writes`].
async fn allow_writes(db: &mut sqlx::SqliteConnection) {
    sqlx::query("DROP TRIGGER refuse")
        .execute(db)
        .await
        .unwrap();
}
