//! One keep-alive HTTP/1.1 connection and the POST exchange of the Streamable
//! HTTP transport, accepting both `application/json` and `text/event-stream`
//! responses.

use bytes::Bytes;
use http::header::{ACCEPT, CONTENT_TYPE, HOST};
use http::{HeaderValue, Request, StatusCode};
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::client::conn::http1::{self, SendRequest};
use hyper_util::rt::TokioIo;
use serde::Deserialize;
use serde_json::value::RawValue;
use tokio::net::TcpStream;

use super::error::CallError;
use super::sse::SseParser;
use super::target::Target;
use crate::{MODERN_PROTOCOL_VERSION, PROTOCOL_VERSION};

/// Name of the session header.
pub const SESSION_HEADER: &str = "mcp-session-id";
const VERSION_HEADER: &str = "mcp-protocol-version";
const ACCEPT_BOTH: &str = "application/json, text/event-stream";

/// An open HTTP/1.1 connection with `TCP_NODELAY` set.
pub struct Connection {
    sender: SendRequest<Full<Bytes>>,
}

/// The outcome of one POST, read up to the JSON-RPC response; the rest of the
/// body (if any) must be read with [`Exchange::finish`] before the connection
/// can carry another request.
pub struct Exchange {
    /// The `Mcp-Session-Id` the server sent, if any.
    pub session: Option<HeaderValue>,
    /// The JSON-RPC response (absent for a notification).
    pub message: Option<Bytes>,
    rest: Option<Incoming>,
}

impl Exchange {
    /// Reads and discards whatever remains of the response body.
    pub async fn finish(self) -> Result<(), CallError> {
        if let Some(mut body) = self.rest {
            while let Some(frame) = body.frame().await {
                frame?;
            }
        }
        Ok(())
    }
}

impl Connection {
    /// Opens a connection to `target`.
    pub async fn open(target: &Target) -> Result<Self, CallError> {
        let stream = TcpStream::connect(&target.addr)
            .await
            .map_err(CallError::Connect)?;
        stream.set_nodelay(true).map_err(CallError::Connect)?;
        let (sender, conn) = http1::handshake(TokioIo::new(stream)).await?;
        tokio::spawn(async move {
            // The connection ends when the sender is dropped or the peer closes.
            let _ = conn.await;
        });
        Ok(Self { sender })
    }

    /// POSTs one JSON-RPC message. `id` is the request id (`None` for a
    /// notification); `versioned` adds the `MCP-Protocol-Version` header.
    pub async fn post(
        &mut self,
        target: &Target,
        session: Option<&HeaderValue>,
        versioned: bool,
        body: Bytes,
        id: Option<&str>,
    ) -> Result<Exchange, CallError> {
        let mut req = Request::post(target.path.as_str())
            .header(HOST, target.host.clone())
            .header(CONTENT_TYPE, HeaderValue::from_static("application/json"))
            .header(ACCEPT, HeaderValue::from_static(ACCEPT_BOTH));
        if let Some(session) = session {
            req = req.header(SESSION_HEADER, session.clone());
        }
        if target.modern {
            // 2026-07-28: the version and the call's method and tool ride on every request.
            req = req
                .header(
                    VERSION_HEADER,
                    HeaderValue::from_static(MODERN_PROTOCOL_VERSION),
                )
                .header("mcp-method", HeaderValue::from_static("tools/call"))
                .header("mcp-name", HeaderValue::from_static("echo"));
        } else if versioned {
            req = req.header(VERSION_HEADER, HeaderValue::from_static(PROTOCOL_VERSION));
        }
        let req = req
            .body(Full::new(body))
            .map_err(|e| CallError::Protocol(e.to_string()))?;
        self.sender.ready().await?;
        let resp = self.sender.send_request(req).await?;
        let (parts, body) = resp.into_parts();
        let status = parts.status;
        if status == StatusCode::NOT_FOUND && session.is_some() {
            return Err(CallError::SessionExpired);
        }
        if !status.is_success() {
            return Err(CallError::Status(status));
        }
        let session = parts.headers.get(SESSION_HEADER).cloned();
        let Some(id) = id else {
            let exchange = Exchange {
                session,
                message: None,
                rest: Some(body),
            };
            return Ok(exchange);
        };
        let content_type = parts.headers.get(CONTENT_TYPE).map(HeaderValue::as_bytes);
        match content_type.map(media_type) {
            Some(b"application/json") => {
                let message = body.collect().await?.to_bytes();
                Ok(Exchange {
                    session,
                    message: Some(message),
                    rest: None,
                })
            }
            Some(b"text/event-stream") => {
                let (message, rest) = read_sse(body, id).await?;
                Ok(Exchange {
                    session,
                    message: Some(message),
                    rest: Some(rest),
                })
            }
            _ => Err(CallError::Protocol(format!(
                "unexpected content type {content_type:?} (HTTP {status})"
            ))),
        }
    }
}

/// The media type of a `Content-Type` value, without parameters or spaces.
fn media_type(value: &[u8]) -> &[u8] {
    let end = value.iter().position(|&b| b == b';').unwrap_or(value.len());
    value[..end].trim_ascii()
}

/// Reads SSE events until the JSON-RPC response with id `id`; returns it and the
/// unread rest of the stream.
async fn read_sse(mut body: Incoming, id: &str) -> Result<(Bytes, Incoming), CallError> {
    let mut parser = SseParser::new();
    while let Some(frame) = body.frame().await {
        let Ok(data) = frame?.into_data() else {
            continue;
        };
        parser.push(&data);
        while let Some(event) = parser.next_event() {
            if is_response_to(&event, id) {
                return Ok((Bytes::from(event), body));
            }
        }
    }
    Err(CallError::Protocol(format!(
        "event stream ended without a response to id {id}"
    )))
}

/// True if `message` is a JSON-RPC response (not a request) with id `id`.
fn is_response_to(message: &[u8], id: &str) -> bool {
    #[derive(Deserialize)]
    struct Probe<'a> {
        #[serde(borrow, default)]
        id: Option<&'a RawValue>,
        #[serde(borrow, default)]
        method: Option<&'a RawValue>,
    }
    serde_json::from_slice::<Probe<'_>>(message)
        .is_ok_and(|p| p.method.is_none() && p.id.is_some_and(|v| v.get() == id))
}

#[cfg(test)]
mod tests {
    use super::{is_response_to, media_type};

    #[test]
    fn media_type_ignores_parameters() {
        assert_eq!(
            media_type(b"application/json; charset=utf-8"),
            b"application/json"
        );
        assert_eq!(media_type(b" text/event-stream"), b"text/event-stream");
    }

    #[test]
    fn matches_responses_only() {
        assert!(is_response_to(
            br#"{"jsonrpc":"2.0","id":3,"result":{}}"#,
            "3"
        ));
        assert!(!is_response_to(
            br#"{"jsonrpc":"2.0","id":4,"result":{}}"#,
            "3"
        ));
        assert!(!is_response_to(
            br#"{"jsonrpc":"2.0","id":3,"method":"ping"}"#,
            "3"
        ));
        assert!(!is_response_to(
            br#"{"jsonrpc":"2.0","method":"notifications/progress"}"#,
            "3"
        ));
    }
}
