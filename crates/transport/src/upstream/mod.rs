//! Connectors to upstream MCP servers.
//!
//! A [`Connection`] carries JSON-RPC for one upstream MCP session. The connection assigns the
//! upstream-side request ids itself, so many client sessions can share one upstream session
//! without their ids colliding; the gateway maps responses back to each client's own id.

mod client;
mod event_limit;
mod http;
mod legacy_sse;
mod oauth;
mod pending;
mod stderr;
mod stdio;

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use protocol::Message;
use reqwest::header::HeaderMap;
use serde_json::value::RawValue;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use crate::TransportError;
pub use http::{HttpConnection, HttpSpec};
pub use legacy_sse::LegacySseConnection;
pub use oauth::{OAuthSpec, token_url_problem};
use pending::PendingGuard;
pub use stdio::{StdioConnection, StdioSpec};

/// Unsolicited messages from an upstream (requests and notifications not tied to a call, as a
/// stdio server sends them) go to this channel.
pub type Inbound = mpsc::Sender<Message>;

/// Capacity of per-call event channels: the upstream reader waits when a client reads slowly.
const CALL_CHANNEL_CAPACITY: usize = 64;

/// Work that delivers a call's messages, run inside the caller's task (no spawn, so no
/// cross-thread wake-up between the caller and the exchange).
type Driver = Pin<Box<dyn Future<Output = ()> + Send>>;

/// One request in flight upstream.
///
/// [`Call::next`] yields the messages the upstream relates to this request (progress, log
/// messages, server-to-client requests), then the response; `None` before the response means
/// the connection was lost. Dropping the `Call` forgets the request.
pub struct Call {
    /// The id the request carries upstream.
    pub upstream_id: u64,
    events: mpsc::Receiver<Message>,
    driver: Option<Driver>,
    _guard: Option<PendingGuard>,
}

impl Call {
    /// The next related message or the response.
    pub async fn next(&mut self) -> Option<Message> {
        loop {
            let Some(driver) = self.driver.as_mut() else {
                return self.events.recv().await;
            };
            tokio::select! {
                biased;
                message = self.events.recv() => return message,
                _ = driver => self.driver = None,
            }
        }
    }
}

/// A connection to one upstream server.
pub enum Connection {
    /// A child process speaking newline-delimited JSON-RPC on stdin/stdout.
    Stdio(StdioConnection),
    /// A Streamable HTTP endpoint.
    Http(HttpConnection),
    /// A 2024-11-05 HTTP+SSE endpoint.
    LegacySse(LegacySseConnection),
}

impl Connection {
    /// A fresh upstream request id for the next [`Connection::call`]. A stdio server's progress
    /// notifications whose `progressToken` equals this id are delivered on the call, in order
    /// with its response.
    pub fn reserve_id(&self) -> u64 {
        match self {
            Connection::Stdio(c) => c.reserve_id(),
            Connection::Http(c) => c.reserve_id(),
            Connection::LegacySse(c) => c.reserve_id(),
        }
    }

    /// Send a request upstream under an id from [`Connection::reserve_id`]. `headers` go with
    /// this request only, beside the connection's own (e.g. the W3C `traceparent`); an HTTP
    /// upstream gets them on the request's POST, a stdio server has no headers and gets none.
    pub async fn call(
        &self,
        id: u64,
        method: &str,
        params: Option<Box<RawValue>>,
        headers: HeaderMap,
    ) -> Result<Call, TransportError> {
        match self {
            Connection::Stdio(c) => c.call(id, method, params).await,
            Connection::Http(c) => c.call(id, method, params, headers).await,
            Connection::LegacySse(c) => c.call(id, method, params, headers).await,
        }
    }

    /// Send a notification or a response (to a server-to-client request) upstream.
    pub async fn send(&self, message: Message) -> Result<(), TransportError> {
        match self {
            Connection::Stdio(c) => c.send(message).await,
            Connection::Http(c) => c.send(message).await,
            Connection::LegacySse(c) => c.send(message).await,
        }
    }

    /// Record the protocol version negotiated by `initialize` (sent as a header over HTTP).
    pub fn set_protocol_version(&self, version: &str) {
        if let Connection::Http(c) = self {
            c.set_protocol_version(version);
        }
    }

    /// Speak the stateless 2026-07-28 era (over HTTP see [`HttpConnection::set_modern`]; a
    /// stdio child needs nothing of its transport: the era lives in each request's `_meta`);
    /// `false` for legacy HTTP+SSE, which has no such era.
    pub fn set_modern(&self, modern: bool) -> bool {
        match self {
            Connection::Http(c) => {
                c.set_modern(modern);
                true
            }
            Connection::Stdio(_) => true,
            Connection::LegacySse(_) => false,
        }
    }

    /// Start the standalone stream for unsolicited server messages (HTTP GET; stdio needs none).
    pub fn open_listen_stream(&self, retry: Duration) {
        if let Connection::Http(c) = self {
            c.open_listen_stream(retry);
        }
    }

    /// Cancelled when the connection is dead and must be re-established.
    pub fn closed(&self) -> CancellationToken {
        match self {
            Connection::Stdio(c) => c.closed(),
            Connection::Http(c) => c.closed(),
            Connection::LegacySse(c) => c.closed(),
        }
    }

    /// End the upstream session: kill the child, or DELETE the HTTP session.
    pub async fn shutdown(&self) {
        match self {
            Connection::Stdio(c) => c.shutdown().await,
            Connection::Http(c) => c.shutdown().await,
            Connection::LegacySse(c) => c.shutdown().await,
        }
    }
}
