//! Server-Sent Events framing (WHATWG `text/event-stream`).

use std::fmt::Write;

/// Frame one SSE event carrying a JSON-RPC message. `data` must not contain newlines, which
/// holds for compact JSON.
pub fn event(id: Option<&str>, data: &str) -> String {
    let mut out = String::with_capacity(data.len() + 48);
    if let Some(id) = id {
        let _ = writeln!(out, "id: {id}");
    }
    out.push_str("event: message\n");
    for line in data.split('\n') {
        let _ = writeln!(out, "data: {line}");
    }
    out.push('\n');
    out
}

/// The priming event a 2025-11-25 server sends first: an id and empty data, so that the client
/// can resume with `Last-Event-ID` even before the first message.
pub fn priming(id: &str, retry_ms: Option<u64>) -> String {
    match retry_ms {
        Some(ms) => format!("id: {id}\nretry: {ms}\ndata: \n\n"),
        None => format!("id: {id}\ndata: \n\n"),
    }
}

/// A comment line that keeps idle connections open through proxies.
pub fn keep_alive() -> &'static str {
    ": keep-alive\n\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_events() {
        assert_eq!(
            event(Some("s1-2"), "{\"a\":1}"),
            "id: s1-2\nevent: message\ndata: {\"a\":1}\n\n"
        );
        assert_eq!(priming("s1-0", None), "id: s1-0\ndata: \n\n");
    }
}
