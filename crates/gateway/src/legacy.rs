//! The 2024-11-05 HTTP+SSE transport, for clients that have not moved to Streamable HTTP:
//! `GET /sse` (or `/sse/{server}`, or `/sse/v/{name}` for a virtual server) opens the stream and
//! announces the endpoint `/messages?session_id=ID`; the client POSTs every message there (202)
//! and reads every response and server message from the stream.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Body;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use futures::StreamExt;
use protocol::{ErrorCode, ErrorObject, Message, Request, methods};
use tokio_util::sync::CancellationToken;

use crate::Gateway;
use crate::http::{ClientCaller, Refusal, Routed, check_origin_and_host, sse_response};
use crate::pipeline;
use crate::relay::{RequestCtx, Sink};
use crate::router;
use crate::session::Caller;
use crate::session::{Scope, lock};
use crate::stream::EventStream;
use crate::telemetry::Incoming;

/// Connections opened with `GET /sse` that have not sent `initialize` yet, with who opened
/// each (only that principal may initialize it).
#[derive(Default)]
pub(crate) struct Pending(Mutex<HashMap<String, Opened>>);

/// A stream opened with `GET /sse`: its route, its events, and who opened it.
type Opened = (Scope, Arc<EventStream>, Caller);

#[derive(serde::Deserialize)]
struct SessionQuery {
    session_id: String,
}

/// The legacy routes.
pub(crate) fn routes() -> Router<Gateway> {
    Router::new()
        .route("/sse", get(open_route))
        .route("/sse/{server}", get(open_route))
        .route("/sse/v/{name}", get(open_route))
        .route("/messages", post(message))
}

async fn open_route(
    State(gw): State<Gateway>,
    Routed(scope): Routed,
    ClientCaller(caller): ClientCaller,
    headers: HeaderMap,
) -> Response {
    open(gw, scope, caller, headers)
}

/// Open the stream: the `endpoint` event, then every message for this client.
fn open(gw: Gateway, scope: Scope, caller: Caller, headers: HeaderMap) -> Response {
    if let Err(refusal) = check_origin_and_host(&gw, &headers) {
        return refusal.into_response();
    }
    let id = uuid::Uuid::new_v4().simple().to_string();
    let settings = gw.settings();
    let stream = Arc::new(EventStream::new(0, settings.http.replay_buffer));
    lock(&gw.legacy().0).insert(id.clone(), (scope, Arc::clone(&stream), caller));
    let endpoint = format!("event: endpoint\ndata: /messages?session_id={id}\n\n");
    let guard = EndOnDrop(gw.clone(), id.clone());
    let events = stream
        .reader(None, false, settings.http.keep_alive)
        .map(move |chunk| {
            let _alive = &guard;
            chunk
        });
    let first = futures::stream::once(async move { Ok(bytes::Bytes::from(endpoint)) });
    let closed = closed_and_idle(gw, id);
    sse_response(Body::from_stream(first.chain(events).take_until(closed)))
}

/// How often a closing gateway looks whether a legacy session's last answer went out.
const IDLE_POLL: std::time::Duration = std::time::Duration::from_millis(50);

/// Resolves once shutdown has begun and session `id` has no request in flight: its answers
/// travel on its stream, which must stay open until then.
async fn closed_and_idle(gw: Gateway, id: String) {
    gw.closing().cancelled().await;
    while gw
        .sessions()
        .get(&id)
        .is_some_and(|s| !lock(&s.inflight).is_empty())
    {
        tokio::time::sleep(IDLE_POLL).await;
    }
}

/// Ends the session when the client closes its stream: on this transport the stream is the
/// connection.
struct EndOnDrop(Gateway, String);

impl Drop for EndOnDrop {
    fn drop(&mut self) {
        lock(&self.0.legacy().0).remove(&self.1);
        if self.0.end_session(&self.1) {
            tracing::info!(session = %self.1, "legacy SSE client disconnected; session ended");
        }
    }
}

/// `POST /messages?session_id=ID`: accept one message; answers travel on the stream.
async fn message(
    State(gw): State<Gateway>,
    Query(query): Query<SessionQuery>,
    ClientCaller(caller): ClientCaller,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    if let Err(refusal) = check_origin_and_host(&gw, &headers) {
        return refusal.into_response();
    }
    if let Err(refusal) = crate::http::require_json(&headers) {
        return refusal.into_response();
    }
    let limit = gw.settings().http.max_body_bytes;
    if body.len() > limit {
        let error = ErrorObject::new(
            ErrorCode::INVALID_REQUEST,
            format!("request body exceeds the limit of {limit} bytes"),
        );
        return Refusal(StatusCode::PAYLOAD_TOO_LARGE, error).into_response();
    }
    let message = match Message::parse_from_client(&body) {
        Ok(m) => m,
        Err(e) => return Refusal(StatusCode::BAD_REQUEST, e.to_error_object()).into_response(),
    };
    let id = query.session_id;
    if let Message::Request(request) = &message
        && request.method == methods::INITIALIZE
    {
        let incoming = Incoming::from_headers(&headers);
        return initialize(gw, id, request.clone(), caller, incoming).await;
    }
    // Another principal's session is unknown to this caller, as on Streamable HTTP: the id in
    // the endpoint URL is not a credential.
    let session = gw.sessions().get(&id);
    let Some(session) = session.filter(|s| s.caller.same_principal(&caller)) else {
        let error = ErrorObject::new(
            ErrorCode::INVALID_REQUEST,
            "unknown or ended session: open a stream (GET /sse) and initialize on its endpoint",
        );
        return Refusal(StatusCode::NOT_FOUND, error).into_response();
    };
    session.touch();
    match message {
        Message::Request(request) => {
            let incoming = Incoming::from_headers(&headers);
            tokio::spawn(serve(gw, session, request, incoming));
        }
        Message::Notification(n) => router::handle_notification(&gw, &session, n).await,
        Message::Response(r) => router::handle_response(&session, r).await,
    }
    StatusCode::ACCEPTED.into_response()
}

async fn initialize(
    gw: Gateway,
    id: String,
    request: Request,
    caller: Caller,
    incoming: Incoming,
) -> Response {
    let opened = {
        let mut pending = lock(&gw.legacy().0);
        // Only the principal that opened the stream may initialize it.
        match pending.get(&id) {
            Some((_, _, opener)) if opener.same_principal(&caller) => pending.remove(&id),
            _ => None,
        }
    };
    let Some((scope, stream, _)) = opened else {
        let message = match gw.sessions().get(&id) {
            Some(s) if s.caller.same_principal(&caller) => "session already initialized",
            _ => "unknown session_id: open GET /sse first",
        };
        let error = ErrorObject::new(ErrorCode::INVALID_REQUEST, message);
        return Refusal(StatusCode::NOT_FOUND, error).into_response();
    };
    let binding = Some((id, Arc::clone(&stream)));
    let response =
        match crate::initialize::open_session(&gw, scope, &request, binding, caller, &incoming)
            .await
        {
            Ok((_, result)) => protocol::Response::result(request.id, result),
            Err(e) => protocol::Response::error(request.id, &e.to_error_object()),
        };
    stream.push(Message::Response(response).to_json());
    StatusCode::ACCEPTED.into_response()
}

async fn serve(
    gw: Gateway,
    session: Arc<crate::session::Session>,
    request: Request,
    incoming: Incoming,
) {
    let stream = Arc::clone(&session.standalone);
    let ctx = RequestCtx {
        session,
        client_id: request.id.clone(),
        sink: Sink::Standalone(Arc::clone(&stream)),
        cancel: CancellationToken::new(),
        incoming,
        progress: Default::default(),
    };
    let response = pipeline::handle_request(&gw, &ctx, request).await;
    stream.push(Message::Response(response).to_json());
}
