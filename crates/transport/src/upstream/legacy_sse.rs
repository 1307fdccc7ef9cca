//! A 2024-11-05 HTTP+SSE upstream: a long-lived `GET` stream whose first `endpoint` event names
//! the URL to POST messages to; every response and server message arrives on the stream.

use std::sync::Arc;

use futures::StreamExt;
use protocol::Message;
use reqwest::header::{ACCEPT, CONTENT_TYPE, HeaderMap};
use serde_json::value::RawValue;
use sse_stream::SseByteStream;
use tokio::sync::watch;
use tokio_util::sync::CancellationToken;

use super::client::BodyError;
use super::http::{HttpSpec, static_headers};
use super::pending::Pending;
use super::{Call, Inbound};
use crate::TransportError;

/// A connection to one legacy HTTP+SSE server.
pub struct LegacySseConnection {
    inner: Arc<Inner>,
}

struct Inner {
    spec: HttpSpec,
    client: reqwest::Client,
    headers: HeaderMap,
    endpoint: watch::Sender<Option<reqwest::Url>>,
    pending: Arc<Pending>,
    closed: CancellationToken,
    /// Why the event stream ended, when it failed: what a message waiting for the endpoint
    /// is told.
    failure: std::sync::OnceLock<String>,
}

impl LegacySseConnection {
    /// Open the event stream; messages can be sent once the server names its endpoint.
    pub fn connect(spec: HttpSpec, inbound: Inbound) -> Result<Self, TransportError> {
        let client = super::client::reqwest_client(spec.connect_timeout)?;
        let inner = Arc::new(Inner {
            headers: static_headers(&spec.headers)?,
            spec,
            client,
            endpoint: watch::channel(None).0,
            pending: Arc::new(Pending::default()),
            closed: CancellationToken::new(),
            failure: std::sync::OnceLock::new(),
        });
        tokio::spawn(Arc::clone(&inner).read_stream(inbound));
        Ok(Self { inner })
    }

    /// A fresh request id; see [`super::Connection::reserve_id`].
    pub fn reserve_id(&self) -> u64 {
        self.inner.pending.reserve()
    }

    /// Send a request with `headers` on its POST; see [`super::Connection::call`].
    pub async fn call(
        &self,
        upstream_id: u64,
        method: &str,
        params: Option<Box<RawValue>>,
        headers: HeaderMap,
    ) -> Result<Call, TransportError> {
        let (request, call) = self.inner.pending.open_call(upstream_id, method, params);
        self.inner.post(request, headers).await?;
        Ok(call)
    }

    /// POST a notification or response.
    pub async fn send(&self, message: Message) -> Result<(), TransportError> {
        self.inner.post(message, HeaderMap::new()).await
    }

    /// Cancelled when the event stream has ended.
    pub fn closed(&self) -> CancellationToken {
        self.inner.closed.clone()
    }

    /// Close the event stream.
    pub async fn shutdown(&self) {
        self.inner.closed.cancel();
    }
}

impl Inner {
    /// Wait (up to the connect timeout) for the endpoint, then POST one message with the
    /// connection's headers and `extra`.
    async fn post(&self, message: Message, extra: HeaderMap) -> Result<(), TransportError> {
        let mut rx = self.endpoint.subscribe();
        let wait = rx.wait_for(Option::is_some);
        let endpoint = tokio::select! {
            named = tokio::time::timeout(self.spec.connect_timeout, wait) => match named {
                Ok(Ok(url)) => url.clone().expect("waited for Some"),
                _ => return Err(self.no_endpoint()),
            },
            _ = self.closed.cancelled() => return Err(self.no_endpoint()),
        };
        let mut headers = self.headers.clone();
        headers.extend(extra);
        let response = self
            .client
            .post(endpoint)
            .headers(headers)
            .header(CONTENT_TYPE, "application/json")
            .body(message.to_bytes())
            .send()
            .await
            .map_err(|e| TransportError::Http(super::client::describe_reqwest(e)))?;
        let status = response.status();
        if status.is_success() {
            return Ok(());
        }
        if let Some(e) = super::http::redirect_error(status, response.headers()) {
            return Err(e);
        }
        let body = response.bytes().await.unwrap_or_default();
        Err(TransportError::from_status(
            status.as_u16(),
            &body,
            &self.headers,
        ))
    }

    /// The error for a message that cannot be sent: no endpoint was named, and why.
    fn no_endpoint(&self) -> TransportError {
        TransportError::Closed(match self.failure.get() {
            Some(why) => format!("the event stream failed before naming an endpoint: {why}"),
            None => "the server named no message endpoint".into(),
        })
    }

    async fn read_stream(self: Arc<Self>, inbound: Inbound) {
        if let Err(e) = self.pump(&inbound).await {
            tracing::warn!(server = %self.spec.server, error = %e, "legacy SSE stream failed");
            let _ = self.failure.set(e.to_string());
        }
        self.closed.cancel();
        self.pending.fail_all();
    }

    async fn pump(&self, inbound: &Inbound) -> Result<(), TransportError> {
        let response = self
            .client
            .get(&self.spec.url)
            .headers(self.headers.clone())
            .header(ACCEPT, "text/event-stream")
            .send()
            .await
            .map_err(|e| TransportError::Http(super::client::describe_reqwest(e)))?;
        if !response.status().is_success() {
            let redirect = super::http::redirect_error(response.status(), response.headers());
            return Err(redirect.unwrap_or_else(|| {
                TransportError::from_status(response.status().as_u16(), &[], &self.headers)
            }));
        }
        let bytes = (response.bytes_stream())
            .map(|chunk| chunk.map_err(|e| BodyError::new(super::client::describe_reqwest(e))));
        let limit = self.spec.max_message_bytes;
        let bytes = super::event_limit::limit_events(bytes, limit, BodyError::new);
        let mut events = Box::pin(SseByteStream::new(bytes));
        loop {
            let event = tokio::select! {
                e = events.next() => e,
                _ = self.closed.cancelled() => return Ok(()),
            };
            let Some(Ok(event)) = event else {
                return Ok(());
            };
            let Some(data) = event.data.filter(|d| !d.trim().is_empty()) else {
                continue;
            };
            if event.event.as_deref() == Some("endpoint") {
                self.set_endpoint(&data)?;
                continue;
            }
            match Message::parse(data.as_bytes()) {
                Ok(message) => {
                    self.pending
                        .route(message, &self.spec.server, inbound)
                        .await
                }
                Err(e) => {
                    tracing::warn!(server = %self.spec.server, error = %e, "SSE event is not JSON-RPC")
                }
            }
        }
    }

    fn set_endpoint(&self, data: &str) -> Result<(), TransportError> {
        let base = reqwest::Url::parse(&self.spec.url)
            .map_err(|e| TransportError::Protocol(format!("bad server URL: {e}")))?;
        let url = base
            .join(data.trim())
            .map_err(|e| TransportError::Protocol(format!("bad endpoint `{data}`: {e}")))?;
        if url.origin() != base.origin() {
            // A server may not redirect our messages (and credentials) to another origin.
            return Err(TransportError::Protocol(format!(
                "endpoint `{url}` is on another origin"
            )));
        }
        self.endpoint.send_replace(Some(url));
        Ok(())
    }
}
