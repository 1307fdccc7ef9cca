//! The Streamable HTTP endpoint (MCP 2025-11-25, server side): `POST`, `GET` and `DELETE` on
//! `/mcp` (aggregate), `/mcp/{server}` (one server) and `/mcp/v/{name}` (a virtual server), with session ids, protocol-version and
//! `Origin`/`Host` checks, JSON or SSE responses and resumable streams.

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use futures::StreamExt;
use protocol::{ErrorCode, ErrorObject, Id, Message, Request, methods, version};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use crate::Gateway;
use crate::pipeline;
use crate::relay::{RequestCtx, Sink};
use crate::router;
use crate::session::{Caller, Scope, Session};
use crate::stream::parse_event_id;
use crate::telemetry::Incoming;

const SESSION_HEADER: &str = "mcp-session-id";
const VERSION_HEADER: &str = "mcp-protocol-version";

/// The gateway's HTTP routes.
pub fn routes(gateway: Gateway) -> Router {
    let mcp = Router::new()
        .route("/mcp", get(get_route).post(post_route).delete(delete_route))
        .route(
            "/mcp/{server}",
            get(get_route).post(post_route).delete(delete_route),
        )
        .route(
            "/mcp/v/{name}",
            get(get_route).post(post_route).delete(delete_route),
        )
        .merge(crate::legacy::routes())
        .route_layer(axum::middleware::from_fn_with_state(
            gateway.clone(),
            authenticate,
        ));
    // The metadata documents follow the authentication a reload sets (404 without any).
    let metadata = crate::auth::METADATA_PATH;
    mcp.route("/healthz", get(health))
        .route("/readyz", get(readiness))
        .route(metadata, get(metadata_root))
        .route(&format!("{metadata}/{{*path}}"), get(metadata_path))
        .with_state(gateway)
}

/// Liveness: the process serves (always 200), with each server's state.
async fn health(State(gateway): State<Gateway>) -> Response {
    let (servers, _) = server_states(&gateway);
    let body = serde_json::json!({ "status": "ok", "servers": servers, "sessions": gateway.sessions().len() }).to_string();
    ([(header::CONTENT_TYPE, "application/json")], body).into_response()
}

/// Readiness (`/readyz` on the MCP and admin listeners): 200 while any configured server is
/// up (or none is configured), 503 when every one is down. One server down does not take an
/// instance out of its load balancer: its other servers still serve. Also 503 while a log
/// that fails closed cannot be written: every request would be refused (the log's probe, not
/// traffic, finds it writable again: `audit_gap`).
pub(crate) async fn readiness(State(gateway): State<Gateway>) -> Response {
    let (servers, any_up) = server_states(&gateway);
    let audit_refuses = gateway.audit().is_some_and(|a| a.refuses());
    let ready = (any_up || servers.is_empty()) && !audit_refuses;
    let status = if ready { "ready" } else { "unavailable" };
    let mut body = serde_json::json!({ "status": status, "servers": servers });
    if let Some(audit) = gateway.audit() {
        body["audit"] = match audit.is_writing() {
            true => "ok",
            false => "failing",
        }
        .into();
    }
    let body = body.to_string();
    let code = if ready {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (code, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}

/// Each server's state (`up`/`down`), and whether any is up.
fn server_states(gateway: &Gateway) -> (serde_json::Map<String, serde_json::Value>, bool) {
    let status = gateway.server_status();
    let any_up = status.iter().any(|(_, up)| *up);
    let servers = status
        .into_iter()
        .map(|(name, up)| {
            (
                name,
                serde_json::Value::from(if up { "up" } else { "down" }),
            )
        })
        .collect();
    (servers, any_up)
}

/// Who sent the request: the socket address, when the listener recorded one
/// (`transport::listener::serve` does), and the principal the auth layer attached.
pub(crate) struct ClientCaller(pub Caller);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for ClientCaller {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Self, Self::Rejection> {
        let info = parts
            .extensions
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>();
        let principal = parts.extensions.get::<Arc<policy::Principal>>().cloned();
        Ok(ClientCaller(Caller {
            addr: info.map(|i| i.0),
            principal,
        }))
    }
}

/// Authenticate every MCP request when authentication is configured; the principal goes into
/// the request's extensions (read by [`ClientCaller`]).
async fn authenticate(
    State(gw): State<Gateway>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let response = match gw.auth() {
        None => next.run(request).await,
        Some(auth) => {
            let mut request = request;
            let path = request.uri().path().to_owned();
            match auth.authenticate(request.headers(), &path).await {
                Ok(principal) => {
                    request.extensions_mut().insert(principal);
                    next.run(request).await
                }
                Err(failure) => {
                    tracing::info!(reason = %failure.reason(), %path, "request not authenticated");
                    failure.into_response()
                }
            }
        }
    };
    // Refusals before any request is served (credentials, origin, session, body) are in no
    // request's record: counted here by status. 429s are counted with their requests.
    let status = response.status();
    if status.is_client_error() && status != StatusCode::TOO_MANY_REQUESTS {
        gw.metrics().refused(status.as_u16());
    }
    response
}

async fn post_route(
    State(gw): State<Gateway>,
    Routed(scope): Routed,
    ClientCaller(caller): ClientCaller,
    headers: HeaderMap,
    body: Body,
) -> Response {
    post(gw, scope, caller, headers, body).await
}

async fn get_route(
    State(gw): State<Gateway>,
    Routed(scope): Routed,
    ClientCaller(caller): ClientCaller,
    headers: HeaderMap,
) -> Response {
    if crate::modern::claims_modern(&headers) {
        return crate::modern::refuse_get_or_delete();
    }
    listen(gw, scope, caller, headers).await
}

async fn delete_route(
    State(gw): State<Gateway>,
    Routed(scope): Routed,
    ClientCaller(caller): ClientCaller,
    headers: HeaderMap,
) -> Response {
    if crate::modern::claims_modern(&headers) {
        return crate::modern::refuse_get_or_delete();
    }
    delete(gw, scope, caller, headers)
}

/// The scope a route names: the aggregate without a path parameter, one server for
/// `{server}`, a virtual server for `{name}` (`/mcp/v/{name}`, `/sse/v/{name}`); a server or
/// virtual server that does not exist is refused with 404 before anything else is read.
pub(crate) struct Routed(pub Scope);

impl axum::extract::FromRequestParts<Gateway> for Routed {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        gw: &Gateway,
    ) -> Result<Self, Response> {
        let Path(mut params) =
            Path::<std::collections::HashMap<String, String>>::from_request_parts(parts, gw)
                .await
                .map_err(IntoResponse::into_response)?;
        let scope = match (params.remove("server"), params.remove("name")) {
            (Some(server), _) => Scope::Server(server),
            (None, Some(name)) => Scope::Virtual(name),
            (None, None) => Scope::Aggregate,
        };
        existing(gw, scope)
            .map(Routed)
            .map_err(IntoResponse::into_response)
    }
}

/// `scope`, or 404 naming what does not exist.
fn existing(gw: &Gateway, scope: Scope) -> Result<Scope, Refusal> {
    if gw.scope_exists(&scope) {
        return Ok(scope);
    }
    let what = match &scope {
        Scope::Virtual(name) => format!("no virtual server named '{name}'"),
        Scope::Server(name) => format!("no server named '{name}'"),
        Scope::Aggregate => "no such route".to_owned(),
    };
    let error = ErrorObject::new(ErrorCode::INVALID_REQUEST, what);
    Err(Refusal(StatusCode::NOT_FOUND, error))
}

/// The request body, at most `http.max_body_bytes`: 413 as soon as a declared
/// `Content-Length` is over the limit (without reading on) or the body grows past it, and 400
/// for a body that cannot be read whole (the client closed early, a short body).
async fn read_body(
    gw: &Gateway,
    headers: &HeaderMap,
    body: Body,
) -> Result<bytes::Bytes, Response> {
    let limit = gw.settings().http.max_body_bytes;
    let declared = (headers.get(http::header::CONTENT_LENGTH))
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let too_large = || {
        tracing::warn!(limit, ?declared, "request body over the size limit");
        let error = ErrorObject::new(
            ErrorCode::INVALID_REQUEST,
            format!("request body exceeds the limit of {limit} bytes"),
        );
        http_error(StatusCode::PAYLOAD_TOO_LARGE, error)
    };
    if declared.is_some_and(|n| n > limit as u64) {
        return Err(too_large());
    }
    axum::body::to_bytes(body, limit).await.map_err(|e| {
        if over_limit(&e) {
            return too_large();
        }
        tracing::info!(error = %e, "request body could not be read");
        let error = ErrorObject::new(
            ErrorCode::INVALID_REQUEST,
            format!("request body could not be read: {e}"),
        );
        http_error(StatusCode::BAD_REQUEST, error)
    })
}

/// Whether reading a body failed because it grew past the limit (`http_body_util::Limited`'s
/// error, somewhere in the chain) rather than because the client stopped sending.
fn over_limit(e: &axum::Error) -> bool {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(err) = source {
        if err.is::<http_body_util::LengthLimitError>() {
            return true;
        }
        source = err.source();
    }
    false
}

/// RFC 9728 metadata at the root well-known URL.
async fn metadata_root(State(gw): State<Gateway>, headers: HeaderMap) -> Response {
    match gw.auth() {
        Some(auth) => crate::auth::metadata_response(&auth, None, &headers),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// RFC 9728 metadata at the path-suffixed well-known URL of a protected route.
async fn metadata_path(
    State(gw): State<Gateway>,
    axum::extract::Path(path): axum::extract::Path<String>,
    headers: HeaderMap,
) -> Response {
    let auth = gw.auth().filter(|_| protected_route_exists(&gw, &path));
    match auth {
        Some(auth) => crate::auth::metadata_response(&auth, Some(&path), &headers),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// Whether `path` (after the well-known prefix) names a route the gateway serves: `mcp` or
/// `sse` alone or with a configured server or virtual server, or `messages`.
fn protected_route_exists(gw: &Gateway, path: &str) -> bool {
    let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
    let scope = match parts.as_slice() {
        ["messages"] | ["mcp" | "sse"] => return true,
        ["mcp" | "sse", "v", name] => Scope::Virtual((*name).to_owned()),
        ["mcp" | "sse", server] => Scope::Server((*server).to_owned()),
        _ => return false,
    };
    gw.scope_exists(&scope)
}

/// `POST`: one JSON-RPC message.
async fn post(
    gw: Gateway,
    scope: Scope,
    caller: Caller,
    headers: HeaderMap,
    body: Body,
) -> Response {
    if let Err(refusal) = check_origin_and_host(&gw, &headers) {
        return refusal.into_response();
    }
    if let Err(refusal) = require_json(&headers) {
        return refusal.into_response();
    }
    let bytes = match read_body(&gw, &headers, body).await {
        Ok(bytes) => bytes,
        Err(refusal) => return refusal,
    };
    let message = match Message::parse_from_client(&bytes) {
        Ok(m) => m,
        Err(e) => {
            tracing::info!(error = %e, "malformed JSON-RPC message");
            return http_error(StatusCode::BAD_REQUEST, e.to_error_object());
        }
    };
    if crate::modern::is_modern(&headers, &message) {
        return crate::modern::serve(gw, scope, caller, headers, message).await;
    }
    if let Message::Request(request) = &message
        && request.method == methods::INITIALIZE
    {
        let incoming = Incoming::from_headers(&headers);
        return initialize(gw, scope, caller, request.clone(), incoming).await;
    }
    let session = match session_for(&gw, &scope, &caller, &headers) {
        Ok(session) => session,
        Err(refusal) => return refusal.into_response(),
    };
    session.touch();
    match message {
        Message::Request(request) => {
            let incoming = Incoming::from_headers(&headers);
            if !accepts(&headers, "text/event-stream") {
                return serve_request_as_json(gw, session, request, incoming).await;
            }
            serve_request(gw, session, request, incoming).await
        }
        Message::Notification(n) => {
            router::handle_notification(&gw, &session, n).await;
            StatusCode::ACCEPTED.into_response()
        }
        Message::Response(r) => {
            router::handle_response(&session, r).await;
            StatusCode::ACCEPTED.into_response()
        }
    }
}

/// `initialize`: negotiate the version, open a session, answer with its id.
async fn initialize(
    gw: Gateway,
    scope: Scope,
    caller: Caller,
    request: Request,
    incoming: Incoming,
) -> Response {
    match crate::initialize::open_session(&gw, scope, &request, None, caller, &incoming).await {
        Ok((session, result)) => {
            let response = protocol::Response::result(request.id, result);
            json(Message::Response(response), Some(&session.id))
        }
        Err(e) => {
            let full = matches!(e, crate::GatewayError::TooManySessions { .. });
            let response = protocol::Response::error(request.id, &e.to_error_object());
            let mut reply = json_answer(response);
            if full {
                *reply.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
            }
            reply
        }
    }
}

/// Serve a request: JSON when the upstream's answer is all there is, SSE as soon as anything
/// related (progress, logs, server-to-client requests) arrives before the response. The request
/// runs in this task until it needs a stream (a spawn per request would cost a cross-thread
/// wake-up on the hot path).
async fn serve_request(
    gw: Gateway,
    session: Arc<Session>,
    request: Request,
    incoming: Incoming,
) -> Response {
    let (tx, mut rx) = mpsc::channel(64);
    let ctx = RequestCtx {
        session: Arc::clone(&session),
        client_id: request.id.clone(),
        sink: Sink::Request(tx.clone()),
        cancel: CancellationToken::new(),
        incoming,
        progress: Default::default(),
    };
    let mut work = Box::pin(async move { pipeline::handle_request(&gw, &ctx, request).await });
    tokio::select! {
        biased;
        response = &mut work => {
            let mut related = Vec::new();
            while let Ok(message) = rx.try_recv() {
                related.push(message);
            }
            if related.is_empty() {
                return json_answer(response);
            }
            related.push(Message::Response(response));
            sse(&session, related, None)
        }
        Some(first) = rx.recv() => {
            let rest = tokio::spawn(async move {
                let response = work.await;
                let _ = tx.send(Message::Response(response)).await;
            });
            drop(rest);
            sse(&session, vec![first], Some(rx))
        }
    }
}

/// Serve a request of a client whose `Accept` leaves out `text/event-stream` (the spec asks
/// clients to list both): the answer is plain JSON whatever comes before it, and the
/// messages related to the request (progress, log messages, a server's sampling or
/// elicitation request) go to the session's GET stream, where a client that opened one
/// reads them, rather than an SSE response the client said it cannot take.
async fn serve_request_as_json(
    gw: Gateway,
    session: Arc<Session>,
    request: Request,
    incoming: Incoming,
) -> Response {
    let ctx = RequestCtx {
        session: Arc::clone(&session),
        client_id: request.id.clone(),
        sink: Sink::Standalone(Arc::clone(&session.standalone)),
        cancel: CancellationToken::new(),
        incoming,
        progress: Default::default(),
    };
    let response = pipeline::handle_request(&gw, &ctx, request).await;
    json_answer(response)
}

/// Answer with an SSE stream holding `initial`, then whatever `rx` delivers up to the response.
fn sse(
    session: &Arc<Session>,
    initial: Vec<Message>,
    rx: Option<mpsc::Receiver<Message>>,
) -> Response {
    let stream = session.open_stream();
    for message in initial {
        stream.push(message.to_json());
    }
    let pump_stream = Arc::clone(&stream);
    let pump_session = Arc::clone(session);
    tokio::spawn(async move {
        if let Some(mut rx) = rx {
            while let Some(message) = rx.recv().await {
                let done = matches!(message, Message::Response(_));
                pump_stream.push(message.to_json());
                if done {
                    break;
                }
            }
        }
        pump_stream.finish();
        pump_session.stream_finished(pump_stream.id());
    });
    let prime = version::has_sse_priming(&session.protocol_version);
    let keep_alive = std::time::Duration::from_secs(15);
    let taken = session.take_reading(stream.id()).cancelled_owned();
    let body = stream.reader(Some(0), prime, keep_alive).take_until(taken);
    sse_response(Body::from_stream(body))
}

/// `GET`: the standalone stream, or a resumed stream with `Last-Event-ID`.
async fn listen(gw: Gateway, scope: Scope, caller: Caller, headers: HeaderMap) -> Response {
    if let Err(refusal) = check_origin_and_host(&gw, &headers) {
        return refusal.into_response();
    }
    if !accepts(&headers, "text/event-stream") {
        let error = ErrorObject::new(
            ErrorCode::INVALID_REQUEST,
            "GET requires Accept: text/event-stream",
        );
        return Refusal::logged(StatusCode::NOT_ACCEPTABLE, error).into_response();
    }
    let session = match session_for(&gw, &scope, &caller, &headers) {
        Ok(session) => session,
        Err(refusal) => return refusal.into_response(),
    };
    session.touch();
    let keep_alive = gw.settings().http.keep_alive;
    let Some(last) = headers.get("last-event-id") else {
        let taken = session
            .take_reading(session.standalone.id())
            .cancelled_owned();
        let body = Arc::clone(&session.standalone).reader(None, false, keep_alive);
        return sse_response(Body::from_stream(gw.until_closing(body.take_until(taken))));
    };
    // An id the gateway never issued (or whose stream is gone) is 400, not 404: a 404 tells
    // the client its session is gone, and the session is fine.
    let last = last.to_str().unwrap_or("(not ASCII)");
    match parse_event_id(last).and_then(|(stream, seq)| Some((session.stream(stream)?, seq))) {
        Some((stream, seq)) if !stream.replayable_after(seq) => {
            let error = ErrorObject::new(
                ErrorCode::INVALID_REQUEST,
                format!(
                    "events after Last-Event-ID '{last}' were dropped from the replay buffer \
                     (http.replay_buffer): what they carried is lost"
                ),
            );
            Refusal::logged(StatusCode::BAD_REQUEST, error).into_response()
        }
        Some((stream, seq)) => {
            let taken = session.take_reading(stream.id()).cancelled_owned();
            let body = stream
                .reader(Some(seq), false, keep_alive)
                .take_until(taken);
            sse_response(Body::from_stream(gw.until_closing(body)))
        }
        None => {
            let error = ErrorObject::new(
                ErrorCode::INVALID_REQUEST,
                format!("unknown Last-Event-ID '{last}'"),
            );
            Refusal::logged(StatusCode::BAD_REQUEST, error).into_response()
        }
    }
}

/// `DELETE`: end the session.
fn delete(gw: Gateway, scope: Scope, caller: Caller, headers: HeaderMap) -> Response {
    if let Err(refusal) = check_origin_and_host(&gw, &headers) {
        return refusal.into_response();
    }
    let session = match session_for(&gw, &scope, &caller, &headers) {
        Ok(session) => session,
        Err(refusal) => return refusal.into_response(),
    };
    gw.end_session(&session.id);
    tracing::info!(session = %session.id, "session ended by the client");
    StatusCode::OK.into_response()
}

/// The session named by `Mcp-Session-Id` (400 if absent, 404 if unknown or from another
/// route), after checking `MCP-Protocol-Version`.
/// The session a request names, if it exists on this route and belongs to the same principal
/// (a session id presented by someone else is as unknown as a made-up one).
fn session_for(
    gw: &Gateway,
    scope: &Scope,
    caller: &Caller,
    headers: &HeaderMap,
) -> Result<Arc<Session>, Refusal> {
    let refuse = |status, message: String| {
        let error = ErrorObject::new(ErrorCode::INVALID_REQUEST, message);
        Err(Refusal::logged(status, error))
    };
    let Some(id) = headers.get(SESSION_HEADER) else {
        return refuse(
            StatusCode::BAD_REQUEST,
            "missing Mcp-Session-Id header".into(),
        );
    };
    let Ok(id) = id.to_str() else {
        return refuse(
            StatusCode::BAD_REQUEST,
            "invalid Mcp-Session-Id header".into(),
        );
    };
    let session = gw.sessions().get(id).filter(|s| &s.scope == scope);
    if let Some(s) = &session
        && !s.caller.same_principal(caller)
    {
        tracing::warn!(session = %s.id, "session used by another principal; refused");
    }
    let session = session.filter(|s| s.caller.same_principal(caller));
    let Some(session) = session else {
        return refuse(StatusCode::NOT_FOUND, "unknown or expired session".into());
    };
    if let Some(v) = headers.get(VERSION_HEADER).and_then(|v| v.to_str().ok())
        && !version::is_supported(v)
    {
        let supported = version::SUPPORTED.join(", ");
        let message = format!("unsupported MCP-Protocol-Version '{v}'; supported: {supported}");
        return refuse(StatusCode::BAD_REQUEST, message);
    }
    Ok(session)
}

/// DNS-rebinding protection: a present `Origin` must be loopback or configured, and `Host` must
/// be one of the configured hosts (when any are configured).
pub(crate) fn check_origin_and_host(gw: &Gateway, headers: &HeaderMap) -> Result<(), Refusal> {
    let settings = gw.settings();
    check_origin(headers, &settings.http.allowed_origins)?;
    check_host(headers, &settings.http.allowed_hosts)
}

/// 403 for an `Origin` that is neither a loopback one nor in `allowed`.
pub(crate) fn check_origin(headers: &HeaderMap, allowed: &[String]) -> Result<(), Refusal> {
    match single_origin(headers)? {
        Some(origin) if !origin_allowed(origin, allowed) => Err(forbidden_origin(origin)),
        _ => Ok(()),
    }
}

/// The request's one `Origin`, if it has one; two are a 400 (which one a check would read is
/// anyone's guess).
fn single_origin(headers: &HeaderMap) -> Result<Option<&str>, Refusal> {
    if headers.get_all(header::ORIGIN).iter().nth(1).is_some() {
        let error = ErrorObject::new(ErrorCode::INVALID_REQUEST, "more than one Origin header");
        return Err(Refusal::logged(StatusCode::BAD_REQUEST, error));
    }
    Ok(headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()))
}

/// The 403 (and log line) for a forbidden `Origin`.
fn forbidden_origin(origin: &str) -> Refusal {
    tracing::warn!(origin, "request from a forbidden Origin refused");
    let error = ErrorObject::new(
        ErrorCode::INVALID_REQUEST,
        format!("Origin '{origin}' is not allowed"),
    );
    Refusal(StatusCode::FORBIDDEN, error)
}

/// 403 for an `Origin` other than the listener's own (the scheme and the `Host` the request
/// names) and those in `allowed`: for a listener only its own pages may use from a browser.
pub(crate) fn check_same_origin(headers: &HeaderMap, allowed: &[String]) -> Result<(), Refusal> {
    let Some(origin) = single_origin(headers)? else {
        return Ok(());
    };
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let own = ["http://", "https://"]
        .iter()
        .any(|scheme| origin.strip_prefix(scheme) == Some(host) && !host.is_empty());
    if own || allowed.iter().any(|a| a == "*" || a == origin) {
        return Ok(());
    }
    Err(forbidden_origin(origin))
}

/// The `Host` names a listener on `addr` takes by default: loopback names for a loopback
/// address (DNS rebinding cannot reach it), any host otherwise (an empty list).
pub fn default_allowed_hosts(addr: std::net::SocketAddr) -> Vec<String> {
    match addr.ip().is_loopback() {
        true => ["localhost", "127.0.0.1", "[::1]"]
            .map(String::from)
            .to_vec(),
        false => Vec::new(),
    }
}

/// 403 for a `Host` not in `allowed_hosts` (any port); an empty list allows any.
pub(crate) fn check_host(headers: &HeaderMap, allowed_hosts: &[String]) -> Result<(), Refusal> {
    if allowed_hosts.is_empty() {
        return Ok(());
    }
    if headers.get_all(header::HOST).iter().nth(1).is_some() {
        let error = ErrorObject::new(ErrorCode::INVALID_REQUEST, "more than one Host header");
        return Err(Refusal::logged(StatusCode::BAD_REQUEST, error));
    }
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !allowed_hosts.iter().any(|h| h == strip_port(host)) {
        tracing::warn!(host, "request for a forbidden Host refused");
        let error = ErrorObject::new(
            ErrorCode::INVALID_REQUEST,
            format!("Host '{host}' is not allowed"),
        );
        return Err(Refusal(StatusCode::FORBIDDEN, error));
    }
    Ok(())
}

fn origin_allowed(origin: &str, allowed: &[String]) -> bool {
    if allowed.iter().any(|a| a == "*" || a == origin) {
        return true;
    }
    let host = origin
        .strip_prefix("http://")
        .or_else(|| origin.strip_prefix("https://"))
        .unwrap_or("");
    matches!(strip_port(host), "localhost" | "127.0.0.1" | "[::1]")
}

fn strip_port(host: &str) -> &str {
    if let Some(rest) = host.strip_prefix('[') {
        return rest
            .split_once(']')
            .map_or(host, |(h, _)| &host[..h.len() + 2]);
    }
    host.split(':').next().unwrap_or(host)
}

/// A POST must say its body is JSON; anything else is refused (415) before the body is read:
/// MCP bodies are JSON, and a browser can send `text/plain` or a form across origins without a
/// preflight.
pub(crate) fn require_json(headers: &HeaderMap) -> Result<(), Refusal> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    let json = content_type.is_some_and(|v| {
        let media = v.split(';').next().unwrap_or_default().trim();
        media.eq_ignore_ascii_case("application/json")
    });
    if json {
        return Ok(());
    }
    let error = ErrorObject::new(
        ErrorCode::INVALID_REQUEST,
        "POST requires Content-Type: application/json",
    );
    Err(Refusal::logged(StatusCode::UNSUPPORTED_MEDIA_TYPE, error))
}

fn accepts(headers: &HeaderMap, media: &str) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_none_or(|v| v.contains(media) || v.contains("*/*"))
}

/// A plain JSON answer refused by a rate limit or quota (`seconds` from [`throttled`]) is
/// HTTP 429 with `Retry-After`, on the session-era endpoint and the 2026-07-28 one alike.
pub(crate) fn mark_throttled(reply: &mut Response, seconds: Option<u64>) {
    if let Some(seconds) = seconds {
        *reply.status_mut() = StatusCode::TOO_MANY_REQUESTS;
        reply
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    }
}

/// For a response refused by a rate limit or quota: the `Retry-After` seconds (HTTP 429 goes
/// with it when the answer is a plain JSON body; on an SSE stream the JSON-RPC error says it all).
pub(crate) fn throttled(response: &protocol::Response) -> Option<u64> {
    let error = response.error_object()?;
    let limited = ErrorCode::RATE_LIMITED;
    if error.code != limited && error.code != ErrorCode::for_modern(limited) {
        return None;
    }
    let data: serde_json::Value = serde_json::from_str(error.data?.get()).ok()?;
    let ms = data.get("retryAfterMs")?.as_u64()?;
    Some(ms.div_ceil(1000).max(1))
}

/// A response as a plain JSON body, HTTP 429 with `Retry-After` when a limit refused it.
fn json_answer(response: protocol::Response) -> Response {
    let throttled = throttled(&response);
    let mut reply = json(Message::Response(response), None);
    mark_throttled(&mut reply, throttled);
    reply
}

fn json(message: Message, session_id: Option<&str>) -> Response {
    let mut response = (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        message.to_bytes(),
    )
        .into_response();
    if let Some(id) = session_id.and_then(|id| HeaderValue::from_str(id).ok()) {
        response.headers_mut().insert(SESSION_HEADER, id);
    }
    response
}

pub(crate) fn sse_response(body: Body) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/event-stream"),
            (header::CACHE_CONTROL, "no-cache"),
            // A reverse proxy (nginx) would otherwise buffer the stream, holding back
            // progress and server requests until the answer (streamable-http: SHOULD).
            (header::HeaderName::from_static("x-accel-buffering"), "no"),
        ],
        body,
    )
        .into_response()
}

/// A request refused at the HTTP level: the status and a JSON-RPC error (without an id) as body.
pub(crate) struct Refusal(pub(crate) StatusCode, pub(crate) ErrorObject);

impl Refusal {
    /// A refusal with a log line (for those no stage before it has logged).
    fn logged(status: StatusCode, error: ErrorObject) -> Self {
        tracing::info!(status = status.as_u16(), error = %error.message, "request refused");
        Refusal(status, error)
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        let body = Message::Response(protocol::Response::error(Id::null(), &self.1)).to_bytes();
        (self.0, [(header::CONTENT_TYPE, "application/json")], body).into_response()
    }
}

/// An HTTP error whose body is a JSON-RPC error response without an id.
fn http_error(status: StatusCode, error: ErrorObject) -> Response {
    Refusal(status, error).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_origins_pass_and_others_need_config() {
        assert!(origin_allowed("http://localhost:3000", &[]));
        assert!(origin_allowed("https://127.0.0.1", &[]));
        assert!(origin_allowed("http://[::1]:8080", &[]));
        assert!(!origin_allowed("http://evil.example", &[]));
        assert!(!origin_allowed("http://localhost.evil.example", &[]));
        assert!(origin_allowed(
            "https://app.example",
            &["https://app.example".into()]
        ));
    }

    #[test]
    fn ports_are_stripped_from_hosts() {
        assert_eq!(strip_port("localhost:8080"), "localhost");
        assert_eq!(strip_port("[::1]:8080"), "[::1]");
        assert_eq!(strip_port("127.0.0.1"), "127.0.0.1");
    }
}
