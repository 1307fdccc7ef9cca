//! Streamable HTTP (2025-11-25) front end of the echo server, written directly on
//! hyper's HTTP/1.1 server with keep-alive and `TCP_NODELAY` on every socket.

use std::convert::Infallible;
use std::hash::{BuildHasher, Hasher};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use bytes::Bytes;
use http::header::{ALLOW, CONTENT_TYPE};
use http::{HeaderMap, HeaderValue, Method, Request, Response, StatusCode};
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

use super::handler::{Reply, handle_message};
use crate::SUPPORTED_VERSIONS;

/// The only path the server answers on.
pub const MCP_PATH: &str = "/mcp";

/// Largest request body accepted, in bytes.
const MAX_BODY: usize = 4 << 20;

const SESSION_HEADER: &str = "mcp-session-id";
const VERSION_HEADER: &str = "mcp-protocol-version";

/// Issues session ids and recognizes the ones this process issued.
///
/// Ids are `<random prefix>-<counter>`, so validating one needs no lock and no map.
#[derive(Debug)]
pub struct Sessions {
    prefix: String,
    next: AtomicU64,
}

impl Sessions {
    /// Creates an issuer with a fresh random prefix.
    pub fn new() -> Self {
        let random = |salt: u64| {
            let mut h = std::collections::hash_map::RandomState::new().build_hasher();
            h.write_u64(salt);
            h.finish()
        };
        Self {
            prefix: format!("{:016x}{:016x}", random(1), random(2)),
            next: AtomicU64::new(1),
        }
    }

    /// Returns a new session id.
    pub fn issue(&self) -> String {
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        format!("{}-{n}", self.prefix)
    }

    /// True if `id` was issued by this process.
    pub fn is_known(&self, id: &[u8]) -> bool {
        let Some(rest) = id.strip_prefix(self.prefix.as_bytes()) else {
            return false;
        };
        let Some(num) = rest.strip_prefix(b"-") else {
            return false;
        };
        std::str::from_utf8(num)
            .ok()
            .and_then(|n| n.parse::<u64>().ok())
            .is_some_and(|n| n > 0 && n < self.next.load(Ordering::Relaxed))
    }
}

impl Default for Sessions {
    fn default() -> Self {
        Self::new()
    }
}

/// How the server answers requests.
#[derive(Debug, Default)]
pub struct ServerState {
    sessions: Sessions,
    sse: bool,
    fail: Option<FailMode>,
}

/// How a deliberately failing server answers `tools/call` (everything else works, so the
/// gateway connects and lists its tools).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FailMode {
    /// Never answers: the call hangs until the client gives up.
    Hang,
    /// Answers HTTP 503 at once.
    Error,
}

impl ServerState {
    /// Creates the state; with `sse`, responses to requests are sent as a
    /// one-event `text/event-stream` instead of `application/json`.
    pub fn new(sse: bool) -> Self {
        Self {
            sessions: Sessions::new(),
            sse,
            fail: None,
        }
    }

    /// The state of a server whose tool calls fail as `mode` says.
    pub fn failing(mut self, mode: FailMode) -> Self {
        self.fail = Some(mode);
        self
    }
}

/// Accepts connections forever, serving each on its own task.
pub async fn serve(listener: TcpListener, state: ServerState) -> std::io::Result<()> {
    let state = Arc::new(state);
    loop {
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(err) => {
                eprintln!("echo-upstream: accept failed: {err}");
                tokio::time::sleep(std::time::Duration::from_millis(10)).await;
                continue;
            }
        };
        stream.set_nodelay(true)?;
        let state = Arc::clone(&state);
        tokio::spawn(async move {
            let service = service_fn(move |req| route(req, Arc::clone(&state)));
            let conn = http1::Builder::new()
                .keep_alive(true)
                .serve_connection(TokioIo::new(stream), service);
            // Clients dropping connections mid-request is normal under load.
            let _ = conn.await;
        });
    }
}

type Resp = Response<Full<Bytes>>;

/// Dispatches on path and HTTP method.
async fn route(req: Request<Incoming>, state: Arc<ServerState>) -> Result<Resp, Infallible> {
    if req.uri().path() != MCP_PATH {
        return Ok(status(StatusCode::NOT_FOUND));
    }
    let sessions = &state.sessions;
    let resp = match *req.method() {
        Method::POST => post(req, &state).await,
        Method::DELETE => match req.headers().get(SESSION_HEADER) {
            Some(id) if sessions.is_known(id.as_bytes()) => status(StatusCode::OK),
            Some(_) => status(StatusCode::NOT_FOUND),
            None => status(StatusCode::BAD_REQUEST),
        },
        _ => {
            // No server-initiated SSE stream is offered on GET.
            let mut resp = status(StatusCode::METHOD_NOT_ALLOWED);
            resp.headers_mut()
                .insert(ALLOW, HeaderValue::from_static("POST, DELETE"));
            resp
        }
    };
    Ok(resp)
}

/// Handles one POSTed JSON-RPC message.
async fn post(req: Request<Incoming>, state: &ServerState) -> Resp {
    let sessions = &state.sessions;
    if let Some(code) = check_headers(req.headers(), sessions) {
        return status(code);
    }
    let body = match Limited::new(req.into_body(), MAX_BODY).collect().await {
        Ok(body) => body.to_bytes(),
        Err(_) => return status(StatusCode::PAYLOAD_TOO_LARGE),
    };
    if let Some(mode) = state.fail
        && body.windows(12).any(|w| w == b"\"tools/call\"")
    {
        match mode {
            FailMode::Hang => std::future::pending::<()>().await,
            FailMode::Error => return status(StatusCode::SERVICE_UNAVAILABLE),
        }
    }
    match handle_message(&body) {
        Reply::Accepted => status(StatusCode::ACCEPTED),
        Reply::Invalid(body) => json(StatusCode::BAD_REQUEST, body),
        Reply::Response { body, new_session } => {
            let mut resp = if state.sse {
                sse(body)
            } else {
                json(StatusCode::OK, body)
            };
            if new_session {
                let id = HeaderValue::from_str(&sessions.issue()).expect("ascii session id");
                resp.headers_mut().insert(SESSION_HEADER, id);
            }
            resp
        }
    }
}

/// Rejects unsupported protocol versions (400) and unknown sessions (404).
fn check_headers(headers: &HeaderMap, sessions: &Sessions) -> Option<StatusCode> {
    if let Some(version) = headers.get(VERSION_HEADER) {
        let ok = version
            .to_str()
            .is_ok_and(|v| SUPPORTED_VERSIONS.contains(&v));
        if !ok {
            return Some(StatusCode::BAD_REQUEST);
        }
    }
    match headers.get(SESSION_HEADER) {
        Some(id) if !sessions.is_known(id.as_bytes()) => Some(StatusCode::NOT_FOUND),
        _ => None,
    }
}

fn status(code: StatusCode) -> Resp {
    let mut resp = Response::new(Full::new(Bytes::new()));
    *resp.status_mut() = code;
    resp
}

fn json(code: StatusCode, body: Vec<u8>) -> Resp {
    let mut resp = Response::new(Full::new(Bytes::from(body)));
    *resp.status_mut() = code;
    resp.headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    resp
}

/// Wraps one JSON-RPC response as a complete event stream.
fn sse(body: Vec<u8>) -> Resp {
    let mut framed = Vec::with_capacity(body.len() + 24);
    framed.extend_from_slice(b"event: message\ndata: ");
    framed.extend_from_slice(&body);
    framed.extend_from_slice(b"\n\n");
    let mut resp = Response::new(Full::new(Bytes::from(framed)));
    resp.headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("text/event-stream"));
    resp
}

#[cfg(test)]
mod tests {
    use super::Sessions;

    #[test]
    fn sessions_recognize_only_their_own_ids() {
        let a = Sessions::new();
        let b = Sessions::new();
        let id = a.issue();
        assert!(a.is_known(id.as_bytes()));
        assert!(!b.is_known(id.as_bytes()));
        assert!(!a.is_known(format!("{id}0").as_bytes()));
        assert!(!a.is_known(b"nope"));
    }
}
