//! End-to-end: loadgen against an in-process echo upstream (JSON and SSE), and
//! the stdio mode of the `echo-upstream` binary.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::Duration;

use gatehouse_bench::loadgen::{self, Config, Target};
use gatehouse_bench::upstream::http::{ServerState, serve};

async fn start_upstream(sse: bool) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(serve(listener, ServerState::new(sse)));
    format!("http://{addr}/mcp")
}

fn config(url: &str, concurrency: usize) -> Config {
    Config {
        target: Target::parse(url).unwrap(),
        concurrency,
        duration: Duration::from_millis(300),
        warmup: Duration::from_millis(50),
        timeout: Duration::from_secs(5),
        text: "héllo \"world\"".to_string(),
        label: "test".to_string(),
        error_pause: Duration::ZERO,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn loadgen_runs_against_json_and_sse_upstreams() {
    for sse in [false, true] {
        let url = start_upstream(sse).await;
        let report = loadgen::run(&config(&url, 4)).await;
        assert_eq!(report.errors, 0, "sse={sse}: {:?}", report.first_error);
        assert!(report.requests > 10, "sse={sse}: {report}");
        assert!(report.p50_ms > 0.0 && report.p50_ms <= report.p99_ms);
    }
}

#[tokio::test]
async fn a_failing_upstream_fails_every_call_and_paused_clients_send_fewer() {
    use gatehouse_bench::upstream::http::FailMode;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/mcp", listener.local_addr().unwrap());
    tokio::spawn(serve(
        listener,
        ServerState::new(false).failing(FailMode::Error),
    ));
    let tight = loadgen::run(&config(&url, 1)).await;
    assert_eq!(tight.requests, 0, "{tight}");
    assert!(
        tight
            .first_error
            .as_deref()
            .unwrap_or_default()
            .contains("503")
    );
    let paused = Config {
        error_pause: Duration::from_millis(100),
        ..config(&url, 1)
    };
    let paused = loadgen::run(&paused).await;
    assert!(paused.errors <= 4, "one call per 100 ms: {paused}");
    assert!(
        tight.errors > 10 * paused.errors.max(1),
        "{tight} vs {paused}"
    );
}

#[tokio::test]
async fn unknown_session_is_404_and_missing_path_fails_cleanly() {
    let url = start_upstream(false).await;
    let client = raw_post_status(&url, Some("bogus")).await;
    assert_eq!(client, 404);
    let bad = format!("{}/nope", url.trim_end_matches("/mcp"));
    let report = loadgen::run(&config(&bad, 1)).await;
    assert_eq!(report.requests, 0);
    assert!(report.errors > 0);
    assert!(report.first_error.unwrap().contains("404"));
}

/// POSTs a ping with an optional session id using the loadgen's own connection.
async fn raw_post_status(url: &str, session: Option<&str>) -> u16 {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let target = Target::parse(url).unwrap();
    let mut stream = tokio::net::TcpStream::connect(&target.addr).await.unwrap();
    let body = r#"{"jsonrpc":"2.0","id":1,"method":"ping"}"#;
    let session = session.map_or(String::new(), |s| format!("mcp-session-id: {s}\r\n"));
    let req = format!(
        "POST {} HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n{session}content-length: {}\r\nconnection: close\r\n\r\n{body}",
        target.path,
        body.len()
    );
    stream.write_all(req.as_bytes()).await.unwrap();
    let mut resp = String::new();
    stream.read_to_string(&mut resp).await.unwrap();
    resp[9..12].parse().unwrap()
}

#[test]
fn stdio_mode_answers_line_by_line() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_echo-upstream"))
        .arg("--stdio")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = concat!(
        r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25"}}"#,
        "\n",
        r#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#,
        "\n",
        r#"{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"echo","arguments":{"text":"hi"}}}"#,
        "\n"
    );
    stdin.write_all(input.as_bytes()).unwrap();
    drop(stdin);
    let lines: Vec<String> = BufReader::new(child.stdout.take().unwrap())
        .lines()
        .map(Result::unwrap)
        .collect();
    assert!(child.wait().unwrap().success());
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines[0].contains(r#""protocolVersion":"2025-11-25""#));
    assert_eq!(
        lines[1],
        r#"{"jsonrpc":"2.0","id":2,"result":{"content":[{"type":"text","text":"hi"}]}}"#
    );
}
