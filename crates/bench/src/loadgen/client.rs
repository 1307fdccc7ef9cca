//! An MCP client over one connection: initializes a session, then calls `echo`.

use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http::HeaderValue;
use serde::Deserialize;
use serde_json::value::RawValue;

use super::conn::Connection;
use super::error::CallError;
use super::target::Target;
use crate::{MODERN_PROTOCOL_VERSION, PROTOCOL_VERSION};

/// A prepared `tools/call` of the `echo` tool.
#[derive(Debug, Clone)]
pub struct EchoCall {
    text: String,
    text_json: String,
    body_tail: String,
}

impl EchoCall {
    /// Prepares a call echoing `text`; `modern` adds the 2026-07-28 per-request `_meta`.
    pub fn new(text: &str, modern: bool) -> Self {
        let text_json = serde_json::to_string(text).expect("strings serialize");
        let meta = match modern {
            true => format!(
                r#","_meta":{{"io.modelcontextprotocol/protocolVersion":"{MODERN_PROTOCOL_VERSION}","io.modelcontextprotocol/clientInfo":{{"name":"gatehouse-loadgen","version":"0.1.0"}},"io.modelcontextprotocol/clientCapabilities":{{}}}}"#
            ),
            false => String::new(),
        };
        let body_tail = format!(
            r#","method":"tools/call","params":{{"name":"echo","arguments":{{"text":{text_json}}}{meta}}}}}"#
        );
        Self {
            text: text.to_string(),
            text_json,
            body_tail,
        }
    }

    fn body(&self, id: &str) -> Bytes {
        let mut out = String::with_capacity(24 + id.len() + self.body_tail.len());
        out.push_str(r#"{"jsonrpc":"2.0","id":"#);
        out.push_str(id);
        out.push_str(&self.body_tail);
        Bytes::from(out)
    }

    /// True if `result` (raw JSON) is the echo of this call's text.
    fn is_echoed_by(&self, result: &str) -> bool {
        if result.contains(&self.text_json) {
            return true;
        }
        // The peer may have re-encoded the string differently; compare decoded.
        let value: serde_json::Value = serde_json::from_str(result).unwrap_or_default();
        value["content"][0]["text"].as_str() == Some(self.text.as_str())
    }
}

/// One connection plus one MCP session, reopened as errors require.
pub struct Client {
    target: Arc<Target>,
    conn: Option<Connection>,
    session: Option<HeaderValue>,
    initialized: bool,
    next_id: u64,
}

impl Client {
    /// Creates a client; nothing is sent until [`Client::ensure_ready`].
    pub fn new(target: Arc<Target>) -> Self {
        Self {
            target,
            conn: None,
            session: None,
            initialized: false,
            next_id: 1,
        }
    }

    /// Opens the connection and initializes the session if needed.
    pub async fn ensure_ready(&mut self) -> Result<(), CallError> {
        if self.conn.is_none() {
            self.conn = Some(Connection::open(&self.target).await?);
        }
        if !self.initialized && !self.target.modern {
            self.initialize().await?;
        }
        Ok(())
    }

    /// Forgets the connection and/or session that `err` made unusable.
    pub fn recover_from(&mut self, err: &CallError) {
        if err.breaks_connection() {
            self.conn = None;
        }
        if err.breaks_session() {
            self.session = None;
            self.initialized = false;
        }
    }

    /// Calls `echo` once and returns the latency up to the complete response.
    pub async fn call_echo(&mut self, call: &EchoCall) -> Result<Duration, CallError> {
        let id = self.take_id();
        let start = Instant::now();
        let exchange = self.post(call.body(&id), Some(&id)).await?;
        let result = expect_result(exchange.message.as_deref(), &id)?;
        if !call.is_echoed_by(&result) {
            return Err(CallError::Protocol(format!("wrong echo result: {result}")));
        }
        let latency = start.elapsed();
        exchange.finish().await?;
        Ok(latency)
    }

    /// Sends `initialize` then `notifications/initialized`.
    async fn initialize(&mut self) -> Result<(), CallError> {
        self.session = None;
        let id = self.take_id();
        let body = format!(
            r#"{{"jsonrpc":"2.0","id":{id},"method":"initialize","params":{{"protocolVersion":"{PROTOCOL_VERSION}","capabilities":{{}},"clientInfo":{{"name":"gatehouse-loadgen","version":"0.1.0"}}}}}}"#
        );
        let exchange = self.post(Bytes::from(body), Some(&id)).await?;
        expect_result(exchange.message.as_deref(), &id)?;
        self.session = exchange.session.clone();
        exchange.finish().await?;
        // From here on requests carry MCP-Protocol-Version.
        self.initialized = true;
        let note = r#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#;
        let result = self.post(Bytes::from_static(note.as_bytes()), None).await;
        if result.is_err() {
            self.initialized = false;
        }
        result?.finish().await
    }

    async fn post(
        &mut self,
        body: Bytes,
        id: Option<&str>,
    ) -> Result<super::conn::Exchange, CallError> {
        let conn = self
            .conn
            .as_mut()
            .ok_or_else(|| CallError::Protocol("not connected".into()))?;
        let session = self.session.as_ref();
        conn.post(&self.target, session, self.initialized, body, id)
            .await
    }

    fn take_id(&mut self) -> String {
        let id = self.next_id;
        self.next_id += 1;
        id.to_string()
    }
}

/// Checks that `message` is a successful response to `id`; returns the raw result.
fn expect_result(message: Option<&[u8]>, id: &str) -> Result<String, CallError> {
    #[derive(Deserialize)]
    struct Response<'a> {
        #[serde(borrow, default)]
        id: Option<&'a RawValue>,
        #[serde(borrow, default)]
        result: Option<&'a RawValue>,
        #[serde(borrow, default)]
        error: Option<&'a RawValue>,
    }
    let message = message.ok_or_else(|| CallError::Protocol("no response body".into()))?;
    let resp: Response<'_> = serde_json::from_slice(message)
        .map_err(|e| CallError::Protocol(format!("bad JSON-RPC response: {e}")))?;
    if let Some(error) = resp.error {
        return Err(CallError::Rpc(error.get().to_string()));
    }
    if resp.id.map(RawValue::get) != Some(id) {
        return Err(CallError::Protocol(format!(
            "response id mismatch (wanted {id})"
        )));
    }
    let result = resp
        .result
        .ok_or_else(|| CallError::Protocol("response has no result".into()))?;
    Ok(result.get().to_string())
}

#[cfg(test)]
mod tests {
    use super::{EchoCall, expect_result};

    #[test]
    fn echo_body_is_valid_json() {
        let call = EchoCall::new("hi \"there\"", false);
        let v: serde_json::Value = serde_json::from_slice(&call.body("12")).unwrap();
        assert_eq!(v["id"], 12);
        assert_eq!(v["params"]["arguments"]["text"], "hi \"there\"");
        assert!(v["params"].get("_meta").is_none());
    }

    #[test]
    fn a_modern_echo_carries_the_eras_meta() {
        let call = EchoCall::new("hi", true);
        let v: serde_json::Value = serde_json::from_slice(&call.body("3")).unwrap();
        let meta = &v["params"]["_meta"];
        assert_eq!(
            meta["io.modelcontextprotocol/protocolVersion"],
            "2026-07-28"
        );
        assert!(meta["io.modelcontextprotocol/clientCapabilities"].is_object());
        assert_eq!(v["params"]["arguments"]["text"], "hi");
    }

    #[test]
    fn echo_check_accepts_reencoded_text() {
        let call = EchoCall::new("é", false);
        assert!(call.is_echoed_by(r#"{"content":[{"type":"text","text":"\u00e9"}]}"#));
        assert!(!call.is_echoed_by(r#"{"content":[{"type":"text","text":"e"}]}"#));
    }

    #[test]
    fn expect_result_checks_id_and_error() {
        assert!(expect_result(Some(br#"{"id":1,"result":{}}"#), "1").is_ok());
        assert!(expect_result(Some(br#"{"id":2,"result":{}}"#), "1").is_err());
        assert!(expect_result(Some(br#"{"id":1,"error":{"code":1}}"#), "1").is_err());
    }
}
