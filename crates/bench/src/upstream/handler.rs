//! Transport-independent JSON-RPC handling for the echo server.
//!
//! Only the fields the server needs are parsed; the request id is kept as a
//! [`RawValue`] and echoed back byte for byte, and the echoed text is spliced into
//! the result without being decoded.

use std::borrow::Cow;

use serde::Deserialize;
use serde_json::value::RawValue;

use crate::{PROTOCOL_VERSION, SUPPORTED_VERSIONS};

/// What a transport should do with one incoming message.
#[derive(Debug, PartialEq, Eq)]
pub enum Reply {
    /// A notification or a client response: nothing to send back (HTTP 202).
    Accepted,
    /// A JSON-RPC response to send back (HTTP 200).
    Response {
        /// The serialized JSON-RPC response.
        body: Vec<u8>,
        /// True for a successful `initialize`: the transport should open a session.
        new_session: bool,
    },
    /// The message was not valid JSON-RPC; send this error response (HTTP 400).
    Invalid(Vec<u8>),
}

/// A method name, borrowed from the input unless it contains escapes.
#[derive(Deserialize)]
struct Method<'a>(#[serde(borrow)] Cow<'a, str>);

/// The parts of an incoming message the server looks at.
#[derive(Deserialize)]
struct Incoming<'a> {
    #[serde(borrow, default)]
    id: Option<&'a RawValue>,
    #[serde(borrow, default)]
    method: Option<Method<'a>>,
    #[serde(borrow, default)]
    params: Option<&'a RawValue>,
}

#[derive(Deserialize)]
struct InitializeParams<'a> {
    #[serde(rename = "protocolVersion", borrow, default)]
    protocol_version: Option<Cow<'a, str>>,
}

#[derive(Deserialize)]
struct CallParams<'a> {
    #[serde(borrow)]
    name: Method<'a>,
    #[serde(borrow, default)]
    arguments: Option<EchoArguments<'a>>,
}

#[derive(Deserialize)]
struct EchoArguments<'a> {
    #[serde(borrow, default)]
    text: Option<&'a RawValue>,
}

const SERVER_INFO: &str = r#""serverInfo":{"name":"gatehouse-bench-echo","version":"0.1.0"}"#;

const TOOLS_LIST: &str = r#"{"tools":[{"name":"echo","description":"Returns the text argument unchanged","inputSchema":{"type":"object","properties":{"text":{"type":"string"}},"required":["text"]}}]}"#;

const METHOD_NOT_FOUND: i32 = -32601;
const INVALID_PARAMS: i32 = -32602;
const INVALID_REQUEST: i32 = -32600;
const PARSE_ERROR: i32 = -32700;

/// Handles one JSON-RPC message and says what to send back.
pub fn handle_message(input: &[u8]) -> Reply {
    let msg: Incoming<'_> = match serde_json::from_slice(input) {
        Ok(msg) => msg,
        Err(_) => return Reply::Invalid(error_body(None, PARSE_ERROR, "Parse error")),
    };
    let Some(Method(method)) = msg.method else {
        // A response from the client (has an id, no method) is simply accepted.
        return match msg.id {
            Some(_) => Reply::Accepted,
            None => Reply::Invalid(error_body(None, INVALID_REQUEST, "Invalid Request")),
        };
    };
    let id = match msg.id {
        Some(id) if !method.starts_with("notifications/") => id,
        _ => return Reply::Accepted,
    };
    let (body, new_session) = match method.as_ref() {
        "tools/call" => (call_tool(id, msg.params), false),
        "ping" => (result_body(id, "{}"), false),
        "tools/list" => (result_body(id, TOOLS_LIST), false),
        "initialize" => (initialize(id, msg.params), true),
        _ => (
            error_body(Some(id), METHOD_NOT_FOUND, "Method not found"),
            false,
        ),
    };
    Reply::Response { body, new_session }
}

/// Answers `initialize`, echoing the client's protocol version when supported.
fn initialize(id: &RawValue, params: Option<&RawValue>) -> Vec<u8> {
    let requested = params
        .and_then(|p| serde_json::from_str::<InitializeParams<'_>>(p.get()).ok())
        .and_then(|p| p.protocol_version);
    let version = match requested.as_deref() {
        Some(v) if SUPPORTED_VERSIONS.contains(&v) => v,
        _ => PROTOCOL_VERSION,
    };
    let result = format!(
        r#"{{"protocolVersion":"{version}","capabilities":{{"tools":{{}}}},{SERVER_INFO}}}"#
    );
    result_body(id, &result)
}

/// Answers `tools/call` for the `echo` tool.
fn call_tool(id: &RawValue, params: Option<&RawValue>) -> Vec<u8> {
    let Some(params) = params.and_then(|p| serde_json::from_str::<CallParams<'_>>(p.get()).ok())
    else {
        return error_body(Some(id), INVALID_PARAMS, "Invalid params");
    };
    if params.name.0 != "echo" {
        return error_body(Some(id), INVALID_PARAMS, "Unknown tool");
    }
    let text = params.arguments.and_then(|a| a.text).map(RawValue::get);
    match text {
        Some(text) if text.starts_with('"') => {
            let mut out = Vec::with_capacity(96 + id.get().len() + text.len());
            out.extend_from_slice(br#"{"jsonrpc":"2.0","id":"#);
            out.extend_from_slice(id.get().as_bytes());
            out.extend_from_slice(br#","result":{"content":[{"type":"text","text":"#);
            out.extend_from_slice(text.as_bytes());
            out.extend_from_slice(b"}]}}");
            out
        }
        _ => error_body(Some(id), INVALID_PARAMS, "arguments.text must be a string"),
    }
}

/// Serializes a successful response; `result` must already be JSON.
fn result_body(id: &RawValue, result: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(40 + id.get().len() + result.len());
    out.extend_from_slice(br#"{"jsonrpc":"2.0","id":"#);
    out.extend_from_slice(id.get().as_bytes());
    out.extend_from_slice(br#","result":"#);
    out.extend_from_slice(result.as_bytes());
    out.push(b'}');
    out
}

/// Serializes an error response; `message` must not need JSON escaping.
fn error_body(id: Option<&RawValue>, code: i32, message: &str) -> Vec<u8> {
    let id = id.map_or("null", RawValue::get);
    format!(r#"{{"jsonrpc":"2.0","id":{id},"error":{{"code":{code},"message":"{message}"}}}}"#)
        .into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    fn response(input: Value) -> Value {
        match handle_message(input.to_string().as_bytes()) {
            Reply::Response { body, .. } => serde_json::from_slice(&body).unwrap(),
            other => panic!("expected a response, got {other:?}"),
        }
    }

    #[test]
    fn initialize_echoes_supported_version_and_opens_session() {
        let msg = json!({"jsonrpc":"2.0","id":1,"method":"initialize",
            "params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"t","version":"1"}}});
        let Reply::Response { body, new_session } = handle_message(msg.to_string().as_bytes())
        else {
            panic!("no response")
        };
        assert!(new_session);
        let v: Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(v["result"]["protocolVersion"], "2025-06-18");
        assert_eq!(v["result"]["capabilities"], json!({"tools":{}}));
        assert_eq!(v["id"], 1);
    }

    #[test]
    fn initialize_falls_back_to_latest_version() {
        let v = response(json!({"jsonrpc":"2.0","id":"a","method":"initialize",
            "params":{"protocolVersion":"2024-11-05"}}));
        assert_eq!(v["result"]["protocolVersion"], PROTOCOL_VERSION);
        assert_eq!(v["id"], "a");
    }

    #[test]
    fn echo_returns_text_unchanged() {
        let v = response(json!({"jsonrpc":"2.0","id":7,"method":"tools/call",
            "params":{"name":"echo","arguments":{"text":"hé \"x\"\n"}}}));
        assert_eq!(
            v["result"],
            json!({"content":[{"type":"text","text":"hé \"x\"\n"}]})
        );
    }

    #[test]
    fn echo_rejects_unknown_tool_and_bad_arguments() {
        let v = response(json!({"jsonrpc":"2.0","id":1,"method":"tools/call",
            "params":{"name":"nope","arguments":{"text":"x"}}}));
        assert_eq!(v["error"]["code"], INVALID_PARAMS);
        let v = response(json!({"jsonrpc":"2.0","id":1,"method":"tools/call",
            "params":{"name":"echo","arguments":{"text":5}}}));
        assert_eq!(v["error"]["code"], INVALID_PARAMS);
    }

    #[test]
    fn list_ping_and_unknown_methods() {
        let v = response(json!({"jsonrpc":"2.0","id":2,"method":"tools/list"}));
        assert_eq!(v["result"]["tools"][0]["name"], "echo");
        let v = response(json!({"jsonrpc":"2.0","id":3,"method":"ping"}));
        assert_eq!(v["result"], json!({}));
        let v = response(json!({"jsonrpc":"2.0","id":4,"method":"resources/list"}));
        assert_eq!(v["error"]["code"], METHOD_NOT_FOUND);
    }

    #[test]
    fn notifications_and_responses_are_accepted() {
        let n = json!({"jsonrpc":"2.0","method":"notifications/initialized"});
        assert_eq!(handle_message(n.to_string().as_bytes()), Reply::Accepted);
        let r = json!({"jsonrpc":"2.0","id":9,"result":{}});
        assert_eq!(handle_message(r.to_string().as_bytes()), Reply::Accepted);
    }

    #[test]
    fn garbage_is_a_parse_error() {
        let Reply::Invalid(body) = handle_message(b"{nope") else {
            panic!("expected invalid")
        };
        let v: Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(v["error"]["code"], PARSE_ERROR);
        assert_eq!(v["id"], Value::Null);
    }
}
