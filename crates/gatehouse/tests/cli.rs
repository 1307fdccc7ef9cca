//! The `gatehouse` binary: `check`, `schema`, and `serve` with hot reload.

use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

const GATEHOUSE: &str = env!("CARGO_BIN_EXE_gatehouse");

fn temp_config(text: &str) -> (tempdir::Dir, std::path::PathBuf) {
    let dir = tempdir::Dir::new();
    let path = dir.path.join("gatehouse.yaml");
    std::fs::write(&path, text).unwrap();
    (dir, path)
}

/// A tiny temporary directory, removed on drop.
mod tempdir {
    pub struct Dir {
        pub path: std::path::PathBuf,
    }

    impl Dir {
        pub fn new() -> Self {
            let path = std::env::temp_dir().join(format!(
                "gatehouse-cli-{}-{}",
                std::process::id(),
                uuid_like()
            ));
            std::fs::create_dir_all(&path).unwrap();
            Self { path }
        }
    }

    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.path);
        }
    }

    fn uuid_like() -> u128 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    }
}

#[test]
fn check_prints_every_error_with_its_path_and_exits_1() {
    let (_dir, path) =
        temp_config("servers:\n  files:\n    args: [x]\n  tickets:\n    url: ftp://x\n");
    let out = Command::new(GATEHOUSE)
        .arg("check")
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("servers.files.command: missing"),
        "{stderr}"
    );
    assert!(stderr.contains("servers.tickets.url:"), "{stderr}");
}

#[test]
fn scan_server_vets_a_stdio_server_of_the_bundled_example() {
    let out = Command::new(GATEHOUSE)
        .args(["scan", "--server", "demo"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(lines.len() >= 10, "{stdout}");
    for line in &lines {
        assert_eq!(line["server"], "demo");
        assert_eq!(line["hash"].as_str().map(str::len), Some(64), "{line}");
        assert_ne!(line["verdict"], "block", "{line}");
    }
}

/// A line that is not UTF-8 is an error of its own; the lines after it are still scanned.
#[test]
fn scan_reports_a_line_that_is_not_utf8_and_goes_on() {
    let (_dir, path) = temp_config("");
    let mut input = b"{\"id\":\"bad\",\"kind\":\"result\",\"result\":{\"content\":[{\"type\":\"text\",\"text\":\"a\xffb\"}]}}\n".to_vec();
    input.extend(b"{\"id\":\"after\",\"kind\":\"result\",\"result\":{\"content\":[]}}\n");
    std::fs::write(&path, input).unwrap();
    let out = Command::new(GATEHOUSE)
        .arg("scan")
        .arg(&path)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("line 1: not valid UTF-8"), "{stderr}");
    assert!(stdout.contains(r#""id":"after""#), "{stdout}");
}

/// A closed pipe ends the output quietly (`check bad.yaml 2>&1 | head -1`); `eprintln!` and
/// `println!` panicked with exit code 101.
#[test]
fn one_shot_commands_stop_quietly_on_a_closed_pipe() {
    let many: String = (0..2000)
        .map(|i| format!("  s{i}:\n    args: [x]\n"))
        .collect();
    let (_dir, path) = temp_config(&format!("servers:\n{many}"));
    for (args, stdout) in [
        (vec!["check", path.to_str().unwrap()], false),
        (vec!["schema"], true),
    ] {
        let mut child = Command::new(GATEHOUSE)
            .args(&args)
            .stdout(if stdout {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stderr(if stdout {
                Stdio::null()
            } else {
                Stdio::piped()
            })
            .spawn()
            .unwrap();
        // Close the reading end at once: the command meets a broken pipe when it writes.
        drop(child.stdout.take());
        drop(child.stderr.take());
        let code = child.wait().unwrap().code();
        assert_ne!(code, Some(101), "{args:?} panicked");
    }
}

#[test]
fn check_accepts_the_bundled_example() {
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/gatehouse.yaml");
    let out = Command::new(GATEHOUSE)
        .arg("check")
        .arg(example)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `keys create` prints a config line that reads back as YAML whatever the names hold.
#[test]
fn keys_create_prints_a_line_the_config_reads() {
    let out = Command::new(GATEHOUSE)
        .args([
            "keys",
            "create",
            "--agent",
            "ci: bot #1",
            "--tenant",
            "acme \"eu\"",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let printed = String::from_utf8(out.stdout).unwrap();
    let line = printed
        .lines()
        .find(|l| l.trim_start().starts_with("- { hash:"))
        .unwrap_or_else(|| panic!("{printed}"));
    let (_dir, path) = temp_config(&format!("servers: {{}}\nauth:\n  api_keys:\n  {line}\n"));
    let check = Command::new(GATEHOUSE)
        .arg("check")
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{line}: {}",
        String::from_utf8_lossy(&check.stderr)
    );
}

/// A value YAML reads as a number or boolean where a string belongs says to quote it.
#[test]
fn an_unquoted_number_for_a_string_says_to_quote_it() {
    let (_dir, path) = temp_config("servers:\n  s:\n    command: x\n    env: { PORT: 8080 }\n");
    let check = Command::new(GATEHOUSE)
        .arg("check")
        .arg(&path)
        .output()
        .unwrap();
    let errors = String::from_utf8_lossy(&check.stderr);
    assert!(errors.contains("servers.s.env.PORT: "), "{errors}");
    assert!(errors.contains("put it in quotes"), "{errors}");
}

#[test]
fn schema_is_json_schema() {
    let out = Command::new(GATEHOUSE).arg("schema").output().unwrap();
    let schema: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(schema["properties"]["servers"].is_object(), "{schema}");
}

/// Kills the child on drop, so a failing test leaves no gateway behind.
struct Child(std::process::Child);

impl Drop for Child {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

async fn health(port: u16) -> Option<serde_json::Value> {
    let url = format!("http://127.0.0.1:{port}/healthz");
    reqwest::get(url).await.ok()?.json().await.ok()
}

async fn wait_for(port: u16, check: impl Fn(&serde_json::Value) -> bool) -> serde_json::Value {
    let mut last = serde_json::Value::Null;
    for _ in 0..150 {
        if let Some(h) = health(port).await {
            if check(&h) {
                return h;
            }
            last = h;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("condition not reached; last health: {last}");
}

/// A demo-server entry of a config's `servers` map.
fn demo_server(name: &str) -> String {
    format!("  {name}:\n    command: {GATEHOUSE}\n    args: [demo-server]\n")
}

/// `gatehouse serve` on a free port with the demo server `one`, run in the config's directory
/// (where the default audit database lands), its log in `serve.log` there.
struct Served {
    port: u16,
    config: String,
    dir: tempdir::Dir,
    path: std::path::PathBuf,
    log: std::path::PathBuf,
    _child: Child,
}

fn serve_one() -> Served {
    transport::ensure_crypto_provider();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let config = format!("listen: 127.0.0.1:{port}\nservers:\n{}", demo_server("one"));
    let (dir, path) = temp_config(&config);
    let log = dir.path.join("serve.log");
    let child = Child(
        Command::new(GATEHOUSE)
            .args(["serve", "--config"])
            .arg(&path)
            .current_dir(&dir.path)
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .unwrap(),
    );
    Served {
        port,
        config,
        dir,
        path,
        log,
        _child: child,
    }
}

#[tokio::test]
async fn serve_reloads_a_changed_config_and_keeps_the_old_one_when_invalid() {
    let served = serve_one();
    let (port, path, one) = (served.port, &served.path, &served.config);
    wait_for(port, |h| h["servers"]["one"] == "up").await;

    let two = format!("{one}{}", demo_server("two"));
    std::fs::write(path, two).unwrap();
    wait_for(port, |h| h["servers"]["two"] == "up").await;

    // Invalid: drops `two` and adds a broken server. Applying any part of it would drop `two`.
    std::fs::write(path, format!("{one}  Broken_Name:\n    bogus: 1\n")).unwrap();
    tokio::time::sleep(Duration::from_millis(1200)).await;
    let h = wait_for(port, |_| true).await;
    assert_eq!(h["servers"]["one"], "up", "{h}");
    assert_eq!(h["servers"]["two"], "up", "{h}");
    assert!(h["servers"].get("Broken_Name").is_none(), "{h}");
}

/// SIGTERM stops the gateway promptly although a client holds its GET stream open (the
/// graceful shutdown waited for that stream to close: for ever, with a real client, until an
/// orchestrator's SIGKILL lost the audit log's tail), and a call in flight gets its answer
/// before the gateway stops.
#[cfg(unix)]
#[tokio::test]
async fn sigterm_ends_open_streams_and_lets_the_call_in_flight_finish() {
    use futures::StreamExt;
    let mut served = serve_one();
    let port = served.port;
    wait_for(port, |h| h["servers"]["one"] == "up").await;
    let url = format!("http://127.0.0.1:{port}/mcp");
    let s = crate::support::RawSession::open(url.clone()).await;
    let session = s.session_id.clone().unwrap();
    let get = (s.http.get(&url))
        .header("accept", "text/event-stream")
        .header("mcp-session-id", &session)
        .header("mcp-protocol-version", "2025-11-25")
        .send()
        .await
        .unwrap();
    assert_eq!(get.status(), 200);
    let mut standalone = get.bytes_stream();

    // A call that reports progress (three steps, 50 ms apart): SIGTERM after the first.
    let call = serde_json::json!({"jsonrpc": "2.0", "id": 7, "method": "tools/call", "params": {
        "name": "one__test_tool_with_progress", "arguments": {}, "_meta": {"progressToken": 1}}});
    let mut events = s.post_raw(call.to_string()).await.bytes_stream();
    let mut text = String::new();
    let mut signalled = false;
    while !text.contains("\"id\":7") {
        let chunk = tokio::time::timeout(Duration::from_secs(10), events.next()).await;
        let chunk = chunk
            .expect("the call answers")
            .expect("its stream stays open");
        text.push_str(std::str::from_utf8(&chunk.unwrap()).unwrap());
        if !signalled && text.contains("notifications/progress") {
            let pid = served._child.0.id().to_string();
            assert!(
                Command::new("kill")
                    .args(["-TERM", &pid])
                    .status()
                    .unwrap()
                    .success()
            );
            signalled = true;
        }
    }
    assert!(signalled, "{text}");
    assert!(
        text.contains("\"result\""),
        "the call in flight finished: {text}"
    );

    let ended = tokio::time::timeout(Duration::from_secs(5), async {
        while let Some(Ok(_)) = standalone.next().await {}
    })
    .await;
    assert!(ended.is_ok(), "the GET stream ended at shutdown");
    let mut exited = None;
    for _ in 0..100 {
        exited = served._child.0.try_wait().unwrap();
        if exited.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let log = std::fs::read_to_string(&served.log).unwrap();
    assert!(exited.is_some(), "the gateway stopped within 5 s: {log}");
    assert!(log.contains("gatehouse stopped"), "{log}");
}

/// A key removed from the file stops working at the reload, not at the next restart (a reload
/// used to keep the authentication the gateway started with).
#[tokio::test]
async fn a_reload_revokes_a_removed_api_key() {
    let served = serve_one();
    let (port, path, one) = (served.port, &served.path, &served.config);
    wait_for(port, |h| h["servers"]["one"] == "up").await;
    let (alpha, beta) = (
        "ghk_reload-alpha-0123456789abcdefghij",
        "ghk_reload-beta-0123456789abcdefghijk",
    );
    let key = |k: &str, agent: &str| {
        format!(
            "    - {{ hash: \"{}\", agent: {agent} }}\n",
            policy::sha256_hash(k)
        )
    };
    let auth = |keys: String| {
        format!(
            "{one}auth:\n  resource: http://127.0.0.1/mcp\n  authorization_servers: [https://idp.example.com]\n  api_keys:\n{keys}"
        )
    };
    let status = |k: &'static str| async move {
        let init = r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}"#;
        reqwest::Client::new()
            .post(format!("http://127.0.0.1:{port}/mcp"))
            .header("content-type", "application/json")
            .header("accept", "application/json, text/event-stream")
            .header("authorization", format!("Bearer {k}"))
            .body(init)
            .send()
            .await
            .unwrap()
            .status()
            .as_u16()
    };
    // Until a reload applies, the statuses of (alpha, beta, a key never configured) keep their
    // old values: poll until they are `want` (at most 10 s), and return the last seen.
    let wrong = "ghk_reload-wrong-0123456789abcdefghijk";
    let settle = |want: (u16, u16, u16)| async move {
        let mut seen = (0, 0, 0);
        for _ in 0..100 {
            seen = (status(alpha).await, status(beta).await, status(wrong).await);
            if seen == want {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        seen
    };
    // Without authentication any key passes; the reload turns it on with both keys.
    std::fs::write(path, auth(key(alpha, "alpha") + &key(beta, "beta"))).unwrap();
    assert_eq!(settle((200, 200, 401)).await, (200, 200, 401));
    let metadata = format!("http://127.0.0.1:{port}/.well-known/oauth-protected-resource/mcp");
    let response = reqwest::get(metadata).await.unwrap();
    let code = response.status();
    let text = response.text().await.unwrap();
    let document: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|_| panic!("{code} {text}"));
    assert_eq!(
        document["authorization_servers"][0], "https://idp.example.com",
        "{document}"
    );
    std::fs::write(path, auth(key(alpha, "alpha"))).unwrap();
    assert_eq!(
        settle((200, 401, 401)).await,
        (200, 401, 401),
        "the removed key is refused after the reload"
    );
}

/// One save reloads once (the reload's own read of the file is not a change: it was, and every
/// reload scheduled the next), and a config replaced by rename, as many editors save, stays
/// watched: a later in-place edit still reloads. The old file is held open meanwhile, as a
/// pager or another editor would: its inode then never reports its removal.
#[tokio::test]
async fn one_save_reloads_once_and_a_replaced_config_stays_watched() {
    let served = serve_one();
    let (port, path, one) = (served.port, &served.path, &served.config);
    let reloads = || {
        std::fs::read_to_string(&served.log)
            .unwrap()
            .matches("config reloaded")
            .count()
    };
    wait_for(port, |h| h["servers"]["one"] == "up").await;

    let two = format!("{one}{}", demo_server("two"));
    std::fs::write(path, &two).unwrap();
    wait_for(port, |h| h["servers"]["two"] == "up").await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(reloads(), 1, "one save, one reload");

    let three = format!("{two}{}", demo_server("three"));
    let fresh = served.dir.path.join("gatehouse.yaml.tmp");
    std::fs::write(&fresh, &three).unwrap();
    let _held_open = std::fs::File::open(path).unwrap();
    std::fs::rename(&fresh, path).unwrap();
    wait_for(port, |h| h["servers"]["three"] == "up").await;

    std::fs::write(path, format!("{three}{}", demo_server("four"))).unwrap();
    wait_for(port, |h| h["servers"]["four"] == "up").await;
    tokio::time::sleep(Duration::from_millis(1000)).await;
    assert_eq!(reloads(), 3, "three saves, three reloads");
}

/// `gatehouse stdio` on a config with the demo server: its directory (where the default audit
/// database lands), the child (killed on drop), its stdin and its stdout.
fn stdio_demo() -> (
    tempdir::Dir,
    Child,
    std::process::ChildStdin,
    std::io::BufReader<std::process::ChildStdout>,
) {
    let config = format!("servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\n");
    let (dir, path) = temp_config(&config);
    let mut child = Command::new(GATEHOUSE)
        .args(["stdio", "--config"])
        .arg(&path)
        .current_dir(&dir.path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdin = child.stdin.take().unwrap();
    let stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    (dir, Child(child), stdin, stdout)
}

#[test]
fn stdio_serves_one_client_through_the_aggregate() {
    use std::io::{BufRead, Write};
    let (_dir, _guard, mut stdin, mut stdout) = stdio_demo();
    let mut exchange = |line: &[u8]| -> serde_json::Value {
        stdin.write_all(line).unwrap();
        stdin.write_all(b"\n").unwrap();
        stdin.flush().unwrap();
        let mut reply = String::new();
        stdout.read_line(&mut reply).unwrap();
        serde_json::from_str(&reply).unwrap_or_else(|e| panic!("{e}: {reply:?}"))
    };
    let early = exchange(br#"{"jsonrpc":"2.0","id":0,"method":"tools/list"}"#);
    assert_eq!(early["error"]["code"], -32600, "{early}");
    let initialize = br#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}"#;
    let init = exchange(initialize);
    assert_eq!(init["result"]["protocolVersion"], "2025-11-25", "{init}");
    let tools = exchange(br#"{"jsonrpc":"2.0","id":2,"method":"tools/list"}"#);
    let names: Vec<&str> = tools["result"]["tools"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"demo__test_simple_text"), "{names:?}");
    let bad = exchange(b"{oops");
    assert_eq!(bad["error"]["code"], -32700, "{bad}");
    let again = exchange(initialize);
    assert_eq!(
        again["error"]["code"], -32600,
        "one client, one session: {again}"
    );
    // A line that is not UTF-8 and one over the size limit (4 MiB by default) are answered,
    // and the session goes on: either used to end it.
    let not_utf8 = exchange(b"{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"ping\",\"x\":\"\xff\"}");
    assert_eq!(not_utf8["error"]["code"], -32700, "{not_utf8}");
    let huge = exchange(&vec![b'x'; 5 << 20]);
    assert_eq!(huge["error"]["code"], -32600, "{huge}");
    let call = exchange(
        br#"{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"demo__test_simple_text","arguments":{}}}"#,
    );
    assert_eq!(call["id"], 3);
    assert!(call["result"]["content"].is_array(), "{call}");
}

#[test]
fn stdio_serves_a_2026_07_28_client() {
    use std::io::{BufRead, Write};
    let (_dir, mut guard, mut stdin, mut stdout) = stdio_demo();
    let meta = r#""_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{}}"#;
    // Send a line, then read lines until the answer to `id` (notifications of a listen may
    // come in between).
    let mut exchange = |line: &str, id: serde_json::Value| -> serde_json::Value {
        writeln!(stdin, "{line}").unwrap();
        stdin.flush().unwrap();
        for _ in 0..20 {
            let mut reply = String::new();
            stdout.read_line(&mut reply).unwrap();
            let message: serde_json::Value =
                serde_json::from_str(&reply).unwrap_or_else(|e| panic!("{e}: {reply:?}"));
            if message["id"] == id || (id.is_null() && message.get("method").is_some()) {
                return message;
            }
        }
        panic!("no answer to {id}");
    };
    let discover = exchange(
        &format!(r#"{{"jsonrpc":"2.0","id":1,"method":"server/discover","params":{{{meta}}}}}"#),
        1.into(),
    );
    assert_eq!(
        discover["result"]["supportedVersions"][0], "2026-07-28",
        "{discover}"
    );
    let tools = exchange(
        &format!(r#"{{"jsonrpc":"2.0","id":2,"method":"tools/list","params":{{{meta}}}}}"#),
        2.into(),
    );
    assert_eq!(tools["result"]["resultType"], "complete", "{tools}");
    assert!(tools["result"]["ttlMs"].is_u64(), "{tools}");
    let init = exchange(
        r#"{"jsonrpc":"2.0","id":3,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}"#,
        3.into(),
    );
    assert_eq!(init["error"]["code"], -32601, "one era per process: {init}");
    let bare = exchange(
        r#"{"jsonrpc":"2.0","id":4,"method":"tools/list"}"#,
        4.into(),
    );
    assert_eq!(bare["error"]["code"], -32602, "{bare}");
    let ack = exchange(
        &format!(
            r#"{{"jsonrpc":"2.0","id":"l1","method":"subscriptions/listen","params":{{"notifications":{{"toolsListChanged":true}},{meta}}}}}"#
        ),
        serde_json::Value::Null,
    );
    assert_eq!(
        ack["method"], "notifications/subscriptions/acknowledged",
        "{ack}"
    );
    assert_eq!(
        ack["params"]["_meta"]["io.modelcontextprotocol/subscriptionId"],
        "l1"
    );
    // Cancelling the listen ends it; the client goes on.
    let cancel =
        r#"{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":"l1"}}"#;
    let call = format!(
        r#"{cancel}
{{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{{"name":"demo__test_simple_text","arguments":{{}},{meta}}}}}"#
    );
    let done = exchange(&call, 5.into());
    assert_eq!(done["result"]["resultType"], "complete", "{done}");
    // The client closes stdin: the gateway exits (it stayed, with its servers, once a
    // 2026-07-28 client had spoken).
    drop(stdin);
    let mut exited = None;
    for _ in 0..100 {
        exited = guard.0.try_wait().unwrap();
        if exited.is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert!(exited.is_some(), "still running 10 s after stdin ended");
}

#[test]
fn stdio_refuses_a_server_or_virtual_server_the_config_does_not_define() {
    let config = format!("servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\n");
    let (dir, path) = temp_config(&config);
    for (flag, name, what) in [
        ("--virtual", "nope", "virtual server 'nope'"),
        ("--server", "other", "server 'other'"),
    ] {
        let out = Command::new(GATEHOUSE)
            .args(["stdio", "--config"])
            .arg(&path)
            .args([flag, name])
            .current_dir(&dir.path)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{stderr}");
        assert!(stderr.contains(&format!("defines no {what}")), "{stderr}");
    }
}

#[tokio::test]
async fn json_logs_carry_the_request_id_of_the_audit_record() {
    use std::io::{BufRead, BufReader, Write};
    let config = format!(
        "servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\n\
         limits:\n  - {{ key: [tool], rate: 1/min }}\nlog:\n  format: json\n"
    );
    let (dir, path) = temp_config(&config);
    let stderr = std::fs::File::create(dir.path.join("stderr.log")).unwrap();
    let mut child = Command::new(GATEHOUSE)
        .args(["stdio", "--config"])
        .arg(&path)
        .current_dir(&dir.path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(stderr)
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let init = r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}"#;
    let call = r#"{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"demo__test_simple_text","arguments":{}}}"#;
    for line in [init, call, &call.replace("\"id\":2", "\"id\":3")] {
        writeln!(stdin, "{line}").unwrap();
        let mut reply = String::new();
        stdout.read_line(&mut reply).unwrap();
    }
    drop(stdin);
    child.wait().unwrap();

    let logs = std::fs::read_to_string(dir.path.join("stderr.log")).unwrap();
    let refused: serde_json::Value = logs
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .find(|l: &serde_json::Value| {
            l["fields"]["message"] == "request refused by traffic control"
        })
        .unwrap_or_else(|| panic!("no refusal logged:\n{logs}"));
    let id = refused["span"]["request_id"].as_str().expect("span field");
    assert_eq!(id.len(), 32, "{refused}");
    assert!(!logs.contains("\"request_id\":\"\""), "{logs}");

    let mut store_config = store::StoreConfig::new(format!(
        "sqlite://{}",
        dir.path.join("gatehouse.db").display()
    ));
    store_config.signing_key_path = Some(dir.path.join("gatehouse.key"));
    let store = store::Store::open(store_config).await.unwrap();
    let rows = store.audit().query(&Default::default()).await.unwrap();
    let throttled = rows
        .iter()
        .find(|r| r.record.verdict == "throttled")
        .unwrap();
    assert_eq!(
        throttled.record.request_id, id,
        "the log line names the audit record"
    );
}

/// A forward proxy for plain HTTP: records each connection's first request line and relays its
/// bytes to `upstream` whatever host the request names. Returns its address and the lines.
async fn relay_proxy(upstream: std::net::SocketAddr) -> (u16, Arc<Mutex<Vec<String>>>) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let lines = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&lines);
    tokio::spawn(async move {
        while let Ok((mut client, _)) = listener.accept().await {
            let seen = Arc::clone(&seen);
            tokio::spawn(async move {
                let mut head = vec![0u8; 4096];
                let n = client.read(&mut head).await.unwrap_or(0);
                let text = String::from_utf8_lossy(&head[..n]);
                seen.lock()
                    .unwrap()
                    .push(text.lines().next().unwrap_or("").to_owned());
                let Ok(mut server) = tokio::net::TcpStream::connect(upstream).await else {
                    return;
                };
                if server.write_all(&head[..n]).await.is_ok() {
                    let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
                }
            });
        }
    });
    (port, lines)
}

/// `HTTP_PROXY` in the gateway's environment routes a plain `http://` upstream through the
/// proxy (absolute-form requests), as it did before the direct client; the host in the URL
/// does not resolve, so the server is up only if the proxy carried the calls.
#[tokio::test]
async fn an_http_upstream_goes_through_the_proxy_the_environment_names() {
    transport::ensure_crypto_provider();
    let upstream = super::support::raw_upstream::start().await;
    let addr: std::net::SocketAddr = upstream
        .trim_start_matches("http://")
        .trim_end_matches("/mcp")
        .parse()
        .unwrap();
    let (proxy, lines) = relay_proxy(addr).await;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let far = "http://mcp.upstream.invalid:8931/mcp";
    let config = format!("listen: 127.0.0.1:{port}\nservers:\n  far:\n    url: {far}\n");
    let (dir, path) = temp_config(&config);
    let _child = Child(
        Command::new(GATEHOUSE)
            .args(["serve", "--config"])
            .arg(&path)
            .current_dir(&dir.path)
            .env("HTTP_PROXY", format!("http://127.0.0.1:{proxy}"))
            .env_remove("NO_PROXY")
            .env_remove("no_proxy")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    wait_for(port, |h| h["servers"]["far"] == "up").await;
    let lines = lines.lock().unwrap().clone();
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with(&format!("POST {far} HTTP/1.1"))),
        "{lines:?}"
    );
}

/// `policy test` prints each case once (it printed each twice), then the totals; an argument
/// past the 64-bit range is denied, as the running gateway refuses it.
#[test]
fn policy_test_prints_each_case_once() {
    let dir = tempdir::Dir::new();
    let policies = dir.path.join("p.cedar");
    std::fs::write(
        &policies,
        "permit (principal, action, resource);\n\
         forbid (principal, action, resource) when { context.arguments has limit && context.arguments.limit > 100 };\n",
    )
    .unwrap();
    let config = dir.path.join("gatehouse.yaml");
    std::fs::write(
        &config,
        format!(
            "servers:\n{}policy:\n  files: [{}]\n  arguments: {{ limit: long }}\n",
            demo_server("demo"),
            policies.display()
        ),
    )
    .unwrap();
    let cases = dir.path.join("cases.yaml");
    std::fs::write(
        &cases,
        "- name: small\n  principal: { agent: a }\n  action: call_tool\n  resource: { server: demo, tool: t }\n  context: { arguments: { limit: 5 } }\n  expect: allow\n\
         - name: past 64 bits\n  principal: { agent: a }\n  action: call_tool\n  resource: { server: demo, tool: t }\n  context: { arguments: { limit: 9223372036854775808 } }\n  expect: deny\n",
    )
    .unwrap();
    let out = Command::new(GATEHOUSE)
        .args(["policy", "test"])
        .arg(&cases)
        .arg("--config")
        .arg(&config)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(stdout.matches("small").count(), 1, "{stdout}");
    assert_eq!(stdout.matches("past 64 bits").count(), 1, "{stdout}");
    assert!(stdout.contains("2 passed, 0 failed"), "{stdout}");
}
