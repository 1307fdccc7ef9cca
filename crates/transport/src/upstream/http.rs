//! A Streamable HTTP upstream (MCP 2025-11-25 transport, client side).
//!
//! One upstream session (`Mcp-Session-Id`) is shared by every client session; requests go out
//! as POSTs on a pooled keep-alive client. A POST answered with an SSE stream yields the related
//! messages and then the response; a stream cut before the response is resumed with a GET
//! carrying `Last-Event-ID`. A standalone GET stream delivers unsolicited messages.
//!
//! In *modern* mode (2026-07-28, see [`HttpConnection::set_modern`]) the connection is stateless:
//! no session id is sent or kept, every POST carries `Mcp-Method` (and `Mcp-Name` where the
//! method names a tool, prompt or resource), a cut response stream is an error (no resumption),
//! and there is neither a GET stream nor a DELETE at shutdown.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use bytes::Bytes;
use futures::StreamExt;
use http::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderMap, HeaderName, HeaderValue};
use http::{Method, StatusCode, Uri};
use http_body_util::BodyExt;
use protocol::{ErrorCode, ErrorObject, Id, Message, Request, Response};
use serde_json::value::RawValue;
use sse_stream::SseByteStream;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use super::client::{Body, BodyError, Client};
use super::{CALL_CHANNEL_CAPACITY, Call, Inbound};
use crate::TransportError;

/// A response whose body is still to be read.
type HttpResponse = http::Response<Body>;

const SESSION_HEADER: &str = "mcp-session-id";
const VERSION_HEADER: &str = "mcp-protocol-version";
const LAST_EVENT_ID: &str = "last-event-id";
const METHOD_HEADER: &str = "mcp-method";
const NAME_HEADER: &str = "mcp-name";
/// How many times a cut SSE response stream is resumed before the call fails.
const MAX_RESUMES: u32 = 5;

/// How to reach a Streamable HTTP server.
#[derive(Debug, Clone)]
pub struct HttpSpec {
    /// The server's configured name, for logs and errors.
    pub server: String,
    /// The MCP endpoint URL.
    pub url: String,
    /// Extra headers sent on every request (credentials held by the gateway).
    pub headers: Vec<(String, String)>,
    /// Timeout for establishing a TCP/TLS connection.
    pub connect_timeout: Duration,
    /// The largest JSON response body accepted.
    pub max_message_bytes: usize,
    /// OAuth client credentials: the connection gets its own access tokens.
    pub oauth: Option<super::OAuthSpec>,
}

/// A connection to one Streamable HTTP server.
pub struct HttpConnection {
    inner: Arc<Inner>,
}

struct Inner {
    spec: HttpSpec,
    /// `spec.url`, parsed once.
    endpoint: Uri,
    client: Client,
    headers: HeaderMap,
    /// Access tokens, when the server takes OAuth client credentials.
    tokens: Option<super::oauth::TokenSource>,
    session_id: RwLock<Option<HeaderValue>>,
    protocol_version: RwLock<Option<HeaderValue>>,
    next_id: AtomicU64,
    /// Stateless 2026-07-28 mode.
    modern: AtomicBool,
    inbound: Inbound,
    closed: CancellationToken,
}

impl HttpConnection {
    /// Prepare a connection; no request is sent until the first call.
    pub fn new(spec: HttpSpec, inbound: Inbound) -> Result<Self, TransportError> {
        let endpoint = parse_endpoint(&spec.url)?;
        let client = Client::for_endpoint(&endpoint, spec.connect_timeout)?;
        let headers = static_headers(&spec.headers)?;
        let tokens = match &spec.oauth {
            Some(oauth) => {
                let http = super::client::reqwest_client(spec.connect_timeout)?;
                // Tokens are for this server (RFC 8707) unless the config names another audience.
                let mut oauth = oauth.clone();
                oauth.resource.get_or_insert_with(|| spec.url.clone());
                Some(super::oauth::TokenSource::new(oauth, &spec.server, http))
            }
            None => None,
        };
        Ok(Self {
            inner: Arc::new(Inner {
                spec,
                endpoint,
                client,
                headers,
                tokens,
                session_id: RwLock::new(None),
                protocol_version: RwLock::new(None),
                next_id: AtomicU64::new(0),
                modern: AtomicBool::new(false),
                inbound,
                closed: CancellationToken::new(),
            }),
        })
    }

    /// A fresh request id; see [`super::Connection::reserve_id`].
    pub fn reserve_id(&self) -> u64 {
        self.inner.next_id.fetch_add(1, Ordering::Relaxed) + 1
    }

    /// Send a request with `headers` on its POST; see [`super::Connection::call`].
    pub async fn call(
        &self,
        upstream_id: u64,
        method: &str,
        params: Option<Box<RawValue>>,
        headers: HeaderMap,
    ) -> Result<Call, TransportError> {
        if self.inner.closed.is_cancelled() {
            return Err(TransportError::Closed("upstream session ended".into()));
        }
        let mut routing = if self.inner.is_modern() {
            routing_headers(method, params.as_deref())
        } else {
            HeaderMap::new()
        };
        routing.extend(headers);
        let body = Message::Request(Request {
            id: Id::number(upstream_id),
            method: method.to_owned(),
            params,
        })
        .to_bytes();
        let (tx, events) = mpsc::channel(CALL_CHANNEL_CAPACITY);
        let inner = Arc::clone(&self.inner);
        let driver = async move {
            let id = Id::number(upstream_id);
            if let Err(e) = inner.exchange(body, routing, &id, &tx).await {
                let error = inner.error_object(&e);
                let _ = tx
                    .send(Message::Response(Response::error(id, &error)))
                    .await;
            }
        };
        Ok(Call {
            upstream_id,
            events,
            driver: Some(Box::pin(driver)),
            _guard: None,
        })
    }

    /// POST a notification or response; the server answers 202.
    pub async fn send(&self, message: Message) -> Result<(), TransportError> {
        let response = self
            .inner
            .post(message.to_bytes(), HeaderMap::new())
            .await?;
        let status = response.status();
        if status.is_success() {
            return Ok(());
        }
        Err(self.inner.status_error(response).await)
    }

    /// Record the negotiated protocol version, sent as `MCP-Protocol-Version` from now on.
    pub fn set_protocol_version(&self, version: &str) {
        if let Ok(value) = HeaderValue::from_str(version) {
            *self
                .inner
                .protocol_version
                .write()
                .unwrap_or_else(|p| p.into_inner()) = Some(value);
        }
    }

    /// Speak the stateless 2026-07-28 era (`true`: `MCP-Protocol-Version: 2026-07-28` on every
    /// request, no session) or the session era (`false`, the default: no version header until
    /// `initialize` has negotiated one).
    pub fn set_modern(&self, modern: bool) {
        self.inner.modern.store(modern, Ordering::Release);
        if modern {
            *self
                .inner
                .session_id
                .write()
                .unwrap_or_else(|p| p.into_inner()) = None;
        }
        let version = modern.then(|| HeaderValue::from_static(protocol::version::MODERN[0]));
        *self
            .inner
            .protocol_version
            .write()
            .unwrap_or_else(|p| p.into_inner()) = version;
    }

    /// Whether the connection is in the stateless 2026-07-28 mode.
    pub fn is_modern(&self) -> bool {
        self.inner.is_modern()
    }

    /// Open the standalone GET stream for unsolicited server messages, reconnecting after
    /// `retry` until the connection closes. A server without one (405) is left alone; a modern
    /// connection has none.
    pub fn open_listen_stream(&self, retry: Duration) {
        if self.is_modern() {
            return;
        }
        let inner = Arc::clone(&self.inner);
        tokio::spawn(async move { inner.listen(retry).await });
    }

    /// Cancelled when the upstream session is gone (expired or shut down).
    pub fn closed(&self) -> CancellationToken {
        self.inner.closed.clone()
    }

    /// End the upstream session with DELETE (best effort).
    pub async fn shutdown(&self) {
        self.inner.closed.cancel();
        if self.is_modern() {
            return;
        }
        let request = self
            .inner
            .request(Method::DELETE, HeaderMap::new(), Bytes::new());
        let _ = tokio::time::timeout(Duration::from_secs(2), self.inner.send(request)).await;
    }
}

impl Inner {
    fn is_modern(&self) -> bool {
        self.modern.load(Ordering::Acquire)
    }

    fn headers(&self) -> HeaderMap {
        let mut headers = self.headers.clone();
        if let Some(id) = self
            .session_id
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
        {
            headers.insert(SESSION_HEADER, id);
        }
        if let Some(v) = self
            .protocol_version
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
        {
            headers.insert(VERSION_HEADER, v);
        }
        headers
    }

    /// A request to the endpoint with the connection's headers and `extra`.
    fn request(&self, method: Method, extra: HeaderMap, body: Bytes) -> http::Request<Bytes> {
        let mut request = http::Request::new(body);
        *request.method_mut() = method;
        *request.uri_mut() = self.endpoint.clone();
        let headers = request.headers_mut();
        *headers = self.headers();
        headers.extend(extra);
        request
    }

    /// POST `body` with the connection's headers and `extra` (this request's own: routing
    /// headers of the 2026-07-28 era, trace context).
    async fn post(&self, body: Vec<u8>, extra: HeaderMap) -> Result<HttpResponse, TransportError> {
        let mut request = self.request(Method::POST, extra, Bytes::from(body));
        let headers = request.headers_mut();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        headers.insert(
            ACCEPT,
            HeaderValue::from_static("application/json, text/event-stream"),
        );
        let response = self.send(request).await?;
        self.remember_session(&response);
        Ok(response)
    }

    /// Send `request`, with an access token when the server takes OAuth client credentials
    /// ([`Inner::send_with_token`], boxed: its state would otherwise enlarge every call's
    /// future, which is moved into its box once per call, also without OAuth).
    fn send(
        &self,
        request: http::Request<Bytes>,
    ) -> impl Future<Output = Result<HttpResponse, TransportError>> + Send + '_ {
        match &self.tokens {
            None => futures::future::Either::Left(self.client.send(request)),
            Some(tokens) => {
                futures::future::Either::Right(Box::pin(self.send_with_token(tokens, request)))
            }
        }
    }

    /// Send `request` with an access token; one the server rejects (401) is replaced and the
    /// request sent once more.
    async fn send_with_token(
        &self,
        tokens: &super::oauth::TokenSource,
        mut request: http::Request<Bytes>,
    ) -> Result<HttpResponse, TransportError> {
        let sent = tokens.header().await?;
        let mut retry = http::Request::new(request.body().clone());
        *retry.method_mut() = request.method().clone();
        *retry.uri_mut() = request.uri().clone();
        *retry.headers_mut() = request.headers().clone();
        request.headers_mut().insert(AUTHORIZATION, sent.clone());
        let response = self.client.send(request).await?;
        if response.status() != http::StatusCode::UNAUTHORIZED {
            return Ok(response);
        }
        tracing::info!(server = %self.spec.server, "the server refused its access token; getting a new one");
        tokens.rejected(&sent);
        retry
            .headers_mut()
            .insert(AUTHORIZATION, tokens.header().await?);
        self.client.send(retry).await
    }

    fn remember_session(&self, response: &HttpResponse) {
        if self.is_modern() {
            return;
        }
        if let Some(id) = response.headers().get(SESSION_HEADER) {
            let mut slot = self.session_id.write().unwrap_or_else(|p| p.into_inner());
            if slot.as_ref() != Some(id) {
                *slot = Some(id.clone());
            }
        }
    }

    /// POST one request (with `headers` beside the connection's) and deliver everything the
    /// server sends for it.
    async fn exchange(
        &self,
        body: Vec<u8>,
        routing: HeaderMap,
        id: &Id,
        tx: &mpsc::Sender<Message>,
    ) -> Result<(), TransportError> {
        let response = self.post(body, routing).await?;
        if !response.status().is_success() {
            let refusal = self.jsonrpc_refusal(response, id).await?;
            let _ = tx.send(Message::Response(refusal)).await;
            return Ok(());
        }
        if is_event_stream(&response) {
            return self.read_call_stream(response, id, tx).await;
        }
        let bytes = read_limited(response, self.spec.max_message_bytes).await?;
        let message =
            Message::parse(&bytes).map_err(|e| TransportError::Protocol(e.to_string()))?;
        let _ = tx.send(message).await;
        Ok(())
    }

    /// Read a POST's SSE stream until the response, resuming it with GET + `Last-Event-ID`
    /// when the server closes the connection first (2025-11-25 polling).
    async fn read_call_stream(
        &self,
        mut response: HttpResponse,
        id: &Id,
        tx: &mpsc::Sender<Message>,
    ) -> Result<(), TransportError> {
        let mut cursor = StreamCursor::default();
        for _ in 0..=MAX_RESUMES {
            if forward_events(response, id, tx, &mut cursor, &self.spec).await? {
                return Ok(());
            }
            // 2026-07-28 has no resumption: a cut stream is an error the client re-issues.
            let resumable = !self.is_modern();
            let Some(last) = cursor.last_event_id.clone().filter(|_| resumable) else {
                return Err(TransportError::Closed(
                    "response stream ended before the response".into(),
                ));
            };
            tokio::time::sleep(cursor.retry).await;
            response = self.resume(&last).await?;
        }
        Err(TransportError::Closed(
            "response stream kept dropping".into(),
        ))
    }

    /// A GET for an SSE stream, resuming after `last_event_id` when given. An event id that
    /// cannot be a header value is an error: a GET without it would open a fresh stream that
    /// never carries the awaited response.
    fn stream_request(
        &self,
        last_event_id: Option<&str>,
    ) -> Result<http::Request<Bytes>, TransportError> {
        let mut request = self.request(Method::GET, HeaderMap::new(), Bytes::new());
        let headers = request.headers_mut();
        headers.insert(ACCEPT, HeaderValue::from_static("text/event-stream"));
        if let Some(id) = last_event_id {
            let value = HeaderValue::from_str(id).map_err(|_| {
                TransportError::Protocol(format!("SSE event id {id:?} is not a valid header"))
            })?;
            headers.insert(LAST_EVENT_ID, value);
        }
        Ok(request)
    }

    async fn resume(&self, last_event_id: &str) -> Result<HttpResponse, TransportError> {
        let response = self
            .client
            .send(self.stream_request(Some(last_event_id))?)
            .await?;
        if !response.status().is_success() {
            return Err(self.status_error(response).await);
        }
        Ok(response)
    }

    /// The standalone GET stream loop.
    async fn listen(&self, retry: Duration) {
        let mut cursor = StreamCursor {
            retry,
            ..StreamCursor::default()
        };
        while !self.closed.is_cancelled() {
            let request = match self.stream_request(cursor.last_event_id.as_deref()) {
                Ok(request) => request,
                // Start over without it: the standalone stream has no response to wait for.
                Err(_) => {
                    cursor.last_event_id = None;
                    continue;
                }
            };
            let outcome = tokio::select! {
                r = self.send(request) => r,
                _ = self.closed.cancelled() => return,
            };
            match outcome {
                Ok(r) if r.status() == StatusCode::METHOD_NOT_ALLOWED => return,
                Ok(r) if r.status().is_success() && is_event_stream(&r) => {
                    self.pump_listen_stream(r, &mut cursor).await;
                }
                Ok(r) => {
                    tracing::debug!(server = %self.spec.server, status = %r.status(), "GET stream refused")
                }
                Err(e) => {
                    tracing::debug!(server = %self.spec.server, error = %e, "GET stream failed")
                }
            }
            tokio::select! {
                _ = tokio::time::sleep(cursor.retry) => {}
                _ = self.closed.cancelled() => return,
            }
        }
    }

    async fn pump_listen_stream(&self, response: HttpResponse, cursor: &mut StreamCursor) {
        let mut events = sse_events(response, self.spec.max_message_bytes);
        loop {
            let event = tokio::select! {
                e = events.next() => e,
                _ = self.closed.cancelled() => return,
            };
            let Some(Ok(event)) = event else { return };
            let Some(message) = cursor.accept(event, &self.spec.server) else {
                continue;
            };
            if self.inbound.send(message).await.is_err() {
                return;
            }
        }
    }

    /// A 4xx whose JSON body is a JSON-RPC error answering `id` is the server's answer, not a
    /// failed exchange: 2026-07-28 servers send -32020/-32021/-32022 with HTTP 400 and -32601
    /// with 404 (and session-era servers may answer a bad request so too). Any other failed
    /// status is the `Err` describing it.
    async fn jsonrpc_refusal(
        &self,
        response: HttpResponse,
        id: &Id,
    ) -> Result<Response, TransportError> {
        let status = response.status();
        let json = (response.headers().get(CONTENT_TYPE))
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json"));
        // An ended session and refused credentials mean what `status_error` says they do.
        let special = self.session_gone(status.as_u16()) || matches!(status.as_u16(), 401 | 403);
        if !status.is_client_error() || special || !json {
            return Err(self.status_error(response).await);
        }
        let bytes = read_limited(response, self.spec.max_message_bytes).await?;
        match Message::parse(&bytes) {
            Ok(Message::Response(r)) if &r.id == id && r.error_object().is_some() => Ok(r),
            _ => Err(TransportError::from_status(
                status.as_u16(),
                &bytes,
                &self.headers,
            )),
        }
    }

    /// A 404 while a session id is held: the server ended the session.
    fn session_gone(&self, status: u16) -> bool {
        status == 404
            && (self.session_id.read())
                .unwrap_or_else(|p| p.into_inner())
                .is_some()
    }

    async fn status_error(&self, response: HttpResponse) -> TransportError {
        let status = response.status().as_u16();
        if self.session_gone(status) {
            self.closed.cancel();
            return TransportError::SessionExpired;
        }
        if status == 401 || status == 403 {
            return TransportError::from_status(status, &[], &self.headers);
        }
        if let Some(e) = redirect_error(response.status(), response.headers()) {
            return e;
        }
        let body = read_limited(response, crate::error::BODY_READ)
            .await
            .unwrap_or_default();
        TransportError::from_status(status, &body, &self.headers)
    }

    fn error_object(&self, e: &TransportError) -> ErrorObject {
        let server = &self.spec.server;
        let message = match e {
            TransportError::Rejected { status } => crate::rejection_message(server, *status),
            _ => format!("upstream server '{server}' failed: {e}"),
        };
        // `data.server` marks the error as the gateway's own (the exchange failed), which the
        // relay counts against the server (breaker, retries, failover).
        let error = ErrorObject::new(ErrorCode::UPSTREAM_UNAVAILABLE, message);
        match e {
            TransportError::Rejected { status } => error.with_data(&serde_json::json!({
                "server": server,
                "httpStatus": status,
            })),
            // The server no longer knew the session: it did not process the request, which
            // the relay may send again on the new session (`sessionExpired`).
            TransportError::SessionExpired => error.with_data(&serde_json::json!({
                "server": server,
                "sessionExpired": true,
            })),
            // An answer over the gateway's size limit says nothing about the server's health:
            // the relay does not count it against the server (`tooLarge`).
            TransportError::TooLarge { .. } | TransportError::EventTooLarge(_) => {
                error.with_data(&serde_json::json!({
                    "server": server,
                    "tooLarge": true,
                }))
            }
            _ => error.with_data(&serde_json::json!({ "server": server })),
        }
    }
}

/// Where a client is in an SSE stream: the last event id and the server's retry delay.
#[derive(Debug)]
struct StreamCursor {
    last_event_id: Option<String>,
    retry: Duration,
}

impl Default for StreamCursor {
    fn default() -> Self {
        Self {
            last_event_id: None,
            retry: Duration::from_millis(500),
        }
    }
}

impl StreamCursor {
    /// Note an event's id and retry; return its message, if it carries one.
    fn accept(&mut self, event: sse_stream::Sse, server: &str) -> Option<Message> {
        if let Some(id) = event.id {
            self.last_event_id = Some(id);
        }
        if let Some(ms) = event.retry {
            self.retry = Duration::from_millis(ms.min(30_000));
        }
        let data = event.data.filter(|d| !d.trim().is_empty())?;
        match Message::parse(data.as_bytes()) {
            Ok(m) => Some(m),
            Err(e) => {
                tracing::warn!(server, error = %e, "SSE event is not JSON-RPC; skipped");
                None
            }
        }
    }
}

/// Forward one SSE stream's messages; `Ok(true)` once the response to `id` has been delivered.
/// The SSE events of `response`, each at most `limit` bytes (the stream ends with an error at
/// a larger one: see `event_limit`).
fn sse_events(
    response: HttpResponse,
    limit: usize,
) -> impl futures::Stream<Item = Result<sse_stream::Sse, sse_stream::Error>> {
    let bytes = http_body_util::BodyDataStream::new(response.into_body());
    let bytes = super::event_limit::limit_events(bytes, limit, BodyError::new);
    Box::pin(SseByteStream::new(bytes))
}

async fn forward_events(
    response: HttpResponse,
    id: &Id,
    tx: &mpsc::Sender<Message>,
    cursor: &mut StreamCursor,
    spec: &HttpSpec,
) -> Result<bool, TransportError> {
    let mut events = sse_events(response, spec.max_message_bytes);
    while let Some(event) = events.next().await {
        let event = match event {
            Ok(event) => event,
            // Resuming would only fetch the same event again.
            Err(e) if e.to_string().contains(super::event_limit::OVERSIZED) => {
                return Err(TransportError::EventTooLarge(e.to_string()));
            }
            Err(_) => break,
        };
        let Some(message) = cursor.accept(event, &spec.server) else {
            continue;
        };
        let is_answer = matches!(&message, Message::Response(r) if &r.id == id);
        if tx.send(message).await.is_err() {
            // The caller gave up on this call; stop reading.
            return Ok(true);
        }
        if is_answer {
            return Ok(true);
        }
    }
    Ok(false)
}

fn is_event_stream(response: &HttpResponse) -> bool {
    response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/event-stream"))
}

/// The error for a redirect answer (`None` for any other status): redirects are never
/// followed (they would carry the gateway's credentials elsewhere), so the message names
/// where the server points, without the query, which may carry a token and which reaches
/// the client.
pub(crate) fn redirect_error(
    status: http::StatusCode,
    headers: &http::HeaderMap,
) -> Option<TransportError> {
    if !status.is_redirection() {
        return None;
    }
    let to = (headers.get(http::header::LOCATION))
        .and_then(|v| v.to_str().ok())
        .map_or("(no Location)", |l| l.split(['?', '#']).next().unwrap_or(l));
    Some(TransportError::Http(format!(
        "HTTP {}: the server redirects to {to}; redirects are not followed, so configure the \
         address it names as the server's url",
        status.as_u16()
    )))
}

async fn read_limited(response: HttpResponse, limit: usize) -> Result<Vec<u8>, TransportError> {
    let mut frames = response.into_body();
    let mut body = Vec::new();
    while let Some(frame) = frames.frame().await {
        let frame = frame.map_err(|e| TransportError::Http(e.to_string()))?;
        let Ok(chunk) = frame.into_data() else {
            continue;
        };
        if body.len() + chunk.len() > limit {
            return Err(TransportError::TooLarge {
                size: body.len() + chunk.len(),
                limit,
            });
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

pub(super) fn static_headers(pairs: &[(String, String)]) -> Result<HeaderMap, TransportError> {
    let mut headers = HeaderMap::new();
    for (name, value) in pairs {
        let name = HeaderName::from_bytes(name.as_bytes())
            .map_err(|_| TransportError::Http(format!("invalid header name `{name}`")))?;
        let mut value = HeaderValue::from_str(value)
            .map_err(|_| TransportError::Http(format!("invalid value for header `{name}`")))?;
        value.set_sensitive(true);
        headers.insert(name, value);
    }
    Ok(headers)
}

/// `Mcp-Method`, and `Mcp-Name` for the methods that name a tool, prompt or resource
/// (2026-07-28 §Standard Request Headers). Values that are not plain visible ASCII are sent
/// as `=?base64?…?=`.
fn routing_headers(method: &str, params: Option<&RawValue>) -> HeaderMap {
    let mut headers = HeaderMap::new();
    if let Ok(value) = HeaderValue::from_str(method) {
        headers.insert(METHOD_HEADER, value);
    }
    let key = match method {
        "tools/call" | "prompts/get" => "name",
        "resources/read" => "uri",
        _ => return headers,
    };
    let name = protocol::RawObject::parse_params(params).and_then(|p| p.get_str(key));
    if let Some(value) = name.and_then(|n| HeaderValue::from_str(&header_safe(&n)).ok()) {
        headers.insert(NAME_HEADER, value);
    }
    headers
}

/// A header value as is when it is visible ASCII without edge whitespace or the sentinel's
/// shape, else `=?base64?<standard base64>?=`.
fn header_safe(value: &str) -> String {
    let plain = value.bytes().all(|b| (0x20..0x7f).contains(&b))
        && value.trim() == value
        && !(value.starts_with("=?base64?") && value.ends_with("?="));
    if plain {
        return value.to_owned();
    }
    use base64::Engine;
    let encoded = base64::engine::general_purpose::STANDARD.encode(value.as_bytes());
    format!("=?base64?{encoded}?=")
}

/// The endpoint URL as a `Uri`: absolute, `http` or `https`, with a host.
fn parse_endpoint(url: &str) -> Result<Uri, TransportError> {
    let invalid = |why: &str| TransportError::Http(format!("invalid url '{url}': {why}"));
    let uri: Uri = url
        .parse()
        .map_err(|e: http::uri::InvalidUri| invalid(&e.to_string()))?;
    match uri.scheme_str() {
        Some("http" | "https") => {}
        _ => return Err(invalid("the scheme must be http or https")),
    }
    if uri.host().is_none_or(str::is_empty) {
        return Err(invalid("no host"));
    }
    Ok(uri)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routing_headers_name_the_method_and_target() {
        let params = protocol::raw_json(r#"{"name":"echo","arguments":{}}"#);
        let h = routing_headers("tools/call", Some(&params));
        assert_eq!(h[METHOD_HEADER], "tools/call");
        assert_eq!(h[NAME_HEADER], "echo");
        let params = protocol::raw_json(r#"{"uri":"file:///a b"}"#);
        let h = routing_headers("resources/read", Some(&params));
        assert_eq!(h[NAME_HEADER], "file:///a b");
        let h = routing_headers("tools/list", None);
        assert!(h.get(NAME_HEADER).is_none());
    }

    #[test]
    fn a_resume_needs_an_event_id_that_is_a_header() {
        let spec = HttpSpec {
            server: "s".into(),
            url: "http://127.0.0.1:9/mcp".into(),
            headers: vec![],
            connect_timeout: Duration::from_secs(1),
            max_message_bytes: 1024,
            oauth: None,
        };
        let (inbound, _rx) = mpsc::channel(1);
        let connection = HttpConnection::new(spec, inbound).unwrap();
        let request = connection.inner.stream_request(Some("42-a")).unwrap();
        assert_eq!(request.headers()[LAST_EVENT_ID], "42-a");
        assert_eq!(request.method(), Method::GET);
        assert!(connection.inner.stream_request(Some("4\u{7f}2")).is_err());
        assert!(connection.inner.stream_request(None).is_ok());
    }

    #[test]
    fn endpoints_are_absolute_http_urls() {
        assert!(parse_endpoint("http://127.0.0.1:9/mcp").is_ok());
        assert!(parse_endpoint("https://mcp.example.com/mcp").is_ok());
        assert!(parse_endpoint("ftp://mcp.example.com/mcp").is_err());
        assert!(parse_endpoint("/mcp").is_err());
    }

    #[test]
    fn unsafe_header_values_are_base64_sentinels() {
        assert_eq!(header_safe("plain"), "plain");
        assert_eq!(header_safe("héllo"), "=?base64?aMOpbGxv?=");
        assert_eq!(header_safe(" edge"), "=?base64?IGVkZ2U=?=");
    }
}
