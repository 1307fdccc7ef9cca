//! The load generator against a hand-written server that streams its SSE
//! responses in pieces, with a priming event and a notification before the
//! response, as 2025-11-25 servers may.

use std::time::Duration;

use gatehouse_bench::loadgen::{self, Config, Target};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// Reads one HTTP/1.1 request; returns its body, or `None` at end of stream.
async fn read_request(stream: &mut TcpStream, buf: &mut Vec<u8>) -> Option<Vec<u8>> {
    loop {
        if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..end]).to_ascii_lowercase();
            let len: usize = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .map_or(0, |v| v.trim().parse().unwrap());
            if buf.len() >= end + 4 + len {
                let body = buf[end + 4..end + 4 + len].to_vec();
                buf.drain(..end + 4 + len);
                return Some(body);
            }
        }
        let mut chunk = [0u8; 4096];
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
}

fn chunk(data: &str) -> String {
    format!("{:x}\r\n{data}\r\n", data.len())
}

/// Answers one request: 202 for notifications, otherwise a streamed SSE reply.
async fn answer(stream: &mut TcpStream, body: &[u8]) {
    let msg: serde_json::Value = serde_json::from_slice(body).unwrap();
    let Some(id) = msg.get("id") else {
        stream
            .write_all(b"HTTP/1.1 202 Accepted\r\ncontent-length: 0\r\n\r\n")
            .await
            .unwrap();
        return;
    };
    let result = match msg["method"].as_str() {
        Some("initialize") => r#"{"protocolVersion":"2025-11-25","capabilities":{"tools":{}},"serverInfo":{"name":"s","version":"1"}}"#.to_string(),
        _ => {
            let text = &msg["params"]["arguments"]["text"];
            format!(r#"{{"content":[{{"type":"text","text":{text}}}]}}"#)
        }
    };
    let response = format!(r#"{{"jsonrpc":"2.0","id":{id},"result":{result}}}"#);
    let (first, second) = response.split_at(response.len() / 2);
    let mut out = String::from(
        "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nmcp-session-id: s-1\r\ntransfer-encoding: chunked\r\n\r\n",
    );
    out += &chunk("id: 0\ndata: \n\n");
    out += &chunk(r#"data: {"jsonrpc":"2.0","method":"notifications/message","params":{}}"#);
    out += &chunk("\r\n\r\nevent: message\r\ndata: ");
    stream.write_all(out.as_bytes()).await.unwrap();
    tokio::time::sleep(Duration::from_millis(1)).await;
    let rest = chunk(first) + &chunk(second) + &chunk("\n\n") + "0\r\n\r\n";
    stream.write_all(rest.as_bytes()).await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn loadgen_reads_streamed_sse_responses() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/mcp", listener.local_addr().unwrap());
    tokio::spawn(async move {
        loop {
            let (mut stream, _) = listener.accept().await.unwrap();
            tokio::spawn(async move {
                let mut buf = Vec::new();
                while let Some(body) = read_request(&mut stream, &mut buf).await {
                    answer(&mut stream, &body).await;
                }
            });
        }
    });
    let config = Config {
        target: Target::parse(&url).unwrap(),
        concurrency: 2,
        duration: Duration::from_millis(300),
        warmup: Duration::ZERO,
        timeout: Duration::from_secs(5),
        text: "streamed".to_string(),
        label: "sse".to_string(),
        error_pause: Duration::ZERO,
    };
    let report = loadgen::run(&config).await;
    assert_eq!(report.errors, 0, "{:?}", report.first_error);
    assert!(report.requests > 10, "{report}");
}
