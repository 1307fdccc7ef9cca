//! Golden wire transcripts per client era, in front of a session-era (2025-11-25) upstream (and
//! one of a session-era client in front of a 2026-07-28 upstream): the
//! exact bytes a client sends and receives, and the exact bytes the upstream receives and
//! answers. A change to any of them is a change to the wire: regenerate with
//! `GATEHOUSE_UPDATE_GOLDEN=1 cargo test -p gatehouse --test integration golden` and review the diff.

use crate::support;

use std::fmt::Write;
use std::path::PathBuf;

use support::TestGateway;
use support::raw_upstream::{self, Transcript};

/// One client exchange: method, headers beyond the defaults, and the exact body.
struct Exchange {
    headers: Vec<(&'static str, &'static str)>,
    body: &'static str,
}

async fn record(exchanges: &[Exchange], path: &str) -> String {
    let (url, upstream) = raw_upstream::start_transcribing().await;
    // Pinned to the session era: no `server/discover` probe in the transcripts.
    let gw = TestGateway::start(&format!(
        "servers:\n  raw:\n    url: {url}\n    era: legacy\n"
    ))
    .await;
    let client = reqwest::Client::new();
    let mut out = String::new();
    let mut seen = drain(&upstream, 0, &mut out);
    let mut session: Option<String> = None;
    for exchange in exchanges {
        writeln!(out, "client> {}", exchange.body).unwrap();
        let mut request = client
            .post(format!("{}{path}", gw.base))
            .header("content-type", "application/json")
            .header("accept", "application/json, text/event-stream");
        for (k, v) in &exchange.headers {
            request = request.header(*k, *v);
        }
        if let Some(id) = &session {
            request = request.header("mcp-session-id", id);
        }
        let response = request.body(exchange.body).send().await.unwrap();
        if let Some(id) = response.headers().get("mcp-session-id") {
            session = Some(id.to_str().unwrap().to_owned());
        }
        let status = response.status().as_u16();
        let text = response.text().await.unwrap();
        seen = drain(&upstream, seen, &mut out);
        writeln!(out, "client< {status} {}", text.trim_end()).unwrap();
    }
    out
}

/// Append the upstream exchanges not yet written; returns how many there are now.
fn drain(upstream: &Transcript, seen: usize, out: &mut String) -> usize {
    let log = upstream.lock().unwrap();
    for (request, answer) in log.iter().skip(seen) {
        writeln!(out, "  upstream< {request}").unwrap();
        if !answer.is_empty() {
            writeln!(out, "  upstream> {answer}").unwrap();
        }
    }
    log.len()
}

fn check(name: &str, actual: &str) {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "golden", name]
        .iter()
        .collect();
    if std::env::var_os("GATEHOUSE_UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == actual,
        "{name} changed (GATEHOUSE_UPDATE_GOLDEN=1 to accept)\n--- expected\n{expected}\n--- actual\n{actual}"
    );
}

const MODERN_HEADERS: [(&str, &str); 1] = [("mcp-protocol-version", "2026-07-28")];

#[tokio::test]
async fn modern_client_to_session_era_server() {
    let meta = r#""_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{},"io.modelcontextprotocol/clientInfo":{"name":"golden","version":"1"}"#;
    let discover: &'static str = Box::leak(
        format!(r#"{{"jsonrpc":"2.0","id":1,"method":"server/discover","params":{{{meta}}}}}}}"#)
            .into_boxed_str(),
    );
    let list: &'static str = Box::leak(
        format!(r#"{{"jsonrpc":"2.0","id":2,"method":"tools/list","params":{{{meta}}}}}}}"#)
            .into_boxed_str(),
    );
    let call: &'static str = Box::leak(format!(r#"{{"jsonrpc":"2.0","id":"c3","method":"tools/call","params":{{"name":"lookup","arguments":{{"id":"7"}},{meta},"acme.io/trace":"t-1"}}}}}}"#).into_boxed_str());
    let with = |method: &'static str, name: Option<&'static str>| {
        let mut h = MODERN_HEADERS.to_vec();
        h.push(("mcp-method", method));
        if let Some(name) = name {
            h.push(("mcp-name", name));
        }
        h
    };
    let exchanges = [
        Exchange {
            headers: with("server/discover", None),
            body: discover,
        },
        Exchange {
            headers: with("tools/list", None),
            body: list,
        },
        Exchange {
            headers: with("tools/call", Some("lookup")),
            body: call,
        },
    ];
    check("modern_client.txt", &record(&exchanges, "/mcp/raw").await);
}

#[tokio::test]
async fn session_era_client_to_session_era_server() {
    let version = [("mcp-protocol-version", "2025-11-25")];
    let exchanges = [
        Exchange {
            headers: vec![],
            body: r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"golden","version":"1"}}}"#,
        },
        Exchange {
            headers: version.to_vec(),
            body: r#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#,
        },
        Exchange {
            headers: version.to_vec(),
            body: r#"{"jsonrpc":"2.0","id":2,"method":"tools/list"}"#,
        },
        Exchange {
            headers: version.to_vec(),
            body: r#"{"jsonrpc":"2.0","id":"c3","method":"tools/call","params":{"name":"raw__lookup","arguments":{"id":"7"},"_meta":{"acme.io/trace":"t-1","progressToken":"p"}}}"#,
        },
    ];
    check("session_client.txt", &record(&exchanges, "/mcp").await);
}

#[tokio::test]
async fn session_era_client_to_modern_server() {
    // The other translation direction (docs/eras.md §4.3): a 2025-11-25 session in front of a
    // 2026-07-28 server, whose `input_required` result becomes an elicitation request on the
    // client's stream and a retry with `inputResponses` upstream. Client lines are the JSON
    // messages (keys sorted); upstream lines are every POST's `mcp-*` headers and body.
    let (url, seen) = crate::modern_upstream::upstream().await;
    let gw = TestGateway::start(&format!("servers:\n  tiny:\n    url: {url}\n")).await;
    let mut s = gw.session("/mcp/tiny").await;
    let mut out = String::new();
    let list = s.request("tools/list", serde_json::json!({})).await;
    writeln!(out, "client> tools/list\nclient< {list}").unwrap();
    let answer = serde_json::json!({"action": "accept", "content": {"name": "Ada"}});
    let (response, asked) = s
        .request_answering(
            "tools/call",
            serde_json::json!({"name": "ask", "arguments": {}}),
            |_| answer.clone(),
        )
        .await;
    writeln!(out, "client> tools/call ask").unwrap();
    for message in &asked {
        writeln!(out, "client< {message}\nclient> {answer}").unwrap();
    }
    writeln!(out, "client< {response}").unwrap();
    for (mut headers, body) in seen.lock().unwrap().iter().cloned() {
        headers.sort();
        writeln!(out, "  upstream< {headers:?} {body}").unwrap();
    }
    check("session_client_to_modern_server.txt", &out);
}
