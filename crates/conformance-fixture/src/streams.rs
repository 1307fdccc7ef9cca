//! Server-initiated closing of a request's SSE stream (SEP-1699), for the
//! `test_reconnection` tool.
//!
//! rmcp's local session manager can close a POST response stream
//! ([`LocalSessionHandle::close_sse_stream`]) but needs the internal HTTP
//! request id of that stream, which handlers never see. The HTTP session
//! manager therefore registers, for every `tools/call` of
//! `test_reconnection`, which stream carries it; the tool then closes that
//! stream and waits for the client to resume it with `Last-Event-ID`.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::Duration,
};

use rmcp::{
    RoleServer,
    model::RequestId,
    service::RequestContext,
    transport::streamable_http_server::session::{SessionId, local::LocalSessionHandle},
};
use tokio::sync::Notify;

/// Header carrying the session id on Streamable HTTP requests.
const SESSION_HEADER: &str = "mcp-session-id";

/// A request stream that may be closed by the tool it carries.
struct OpenStream {
    session: LocalSessionHandle,
    request_id: RequestId,
    resumed: Notify,
}

/// The outcome of closing a request's stream.
pub(crate) enum CloseOutcome {
    /// The stream was closed and the client reconnected with `Last-Event-ID`.
    Resumed,
    /// The stream was closed but the client did not come back in time.
    NotResumed,
}

/// Streams that `test_reconnection` calls may close, keyed by session and
/// rmcp's HTTP request id (the number after the `/` in rmcp event ids).
#[derive(Default)]
pub(crate) struct StreamRegistry {
    open: Mutex<HashMap<(SessionId, u64), Arc<OpenStream>>>,
}

impl StreamRegistry {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<(SessionId, u64), Arc<OpenStream>>> {
        self.open.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Records that request `request_id` of `session_id` is answered on the
    /// stream with HTTP request id `http_request_id`.
    pub(crate) fn register(
        &self,
        session_id: &SessionId,
        session: LocalSessionHandle,
        request_id: RequestId,
        http_request_id: u64,
    ) {
        let stream = OpenStream {
            session,
            request_id,
            resumed: Notify::new(),
        };
        self.lock()
            .insert((session_id.clone(), http_request_id), Arc::new(stream));
    }

    /// Notes that the client resumed a stream with `last_event_id`, an rmcp
    /// event id of the form `<index>/<http request id>`.
    pub(crate) fn resumed(&self, session_id: &SessionId, last_event_id: &str) {
        let Some(http_request_id) = last_event_id
            .split_once('/')
            .and_then(|(_, id)| id.parse::<u64>().ok())
        else {
            return;
        };
        if let Some(stream) = self.lock().get(&(session_id.clone(), http_request_id)) {
            stream.resumed.notify_one();
        }
    }

    /// Drops everything registered for a closed session.
    pub(crate) fn forget_session(&self, session_id: &SessionId) {
        self.lock().retain(|(session, _), _| session != session_id);
    }

    /// Closes the stream carrying `request_id` of `session_id`, announcing
    /// `retry` to the client, then waits up to `patience` for the client to
    /// resume it. Returns `None` when no such stream is registered.
    pub(crate) async fn close_and_await_resume(
        &self,
        session_id: &SessionId,
        request_id: &RequestId,
        retry: Duration,
        patience: Duration,
    ) -> Option<Result<CloseOutcome, String>> {
        let (key, stream) = {
            let open = self.lock();
            let (key, stream) = open
                .iter()
                .find(|((session, _), s)| session == session_id && &s.request_id == request_id)?;
            (key.clone(), stream.clone())
        };
        let closed = stream.session.close_sse_stream(key.1, Some(retry)).await;
        let outcome = match closed {
            Err(error) => Err(format!("could not close the SSE stream: {error}")),
            Ok(()) => match tokio::time::timeout(patience, stream.resumed.notified()).await {
                Ok(()) => Ok(CloseOutcome::Resumed),
                Err(_) => Ok(CloseOutcome::NotResumed),
            },
        };
        self.lock().remove(&key);
        Some(outcome)
    }
}

/// The Streamable HTTP session a request arrived on, if any.
pub(crate) fn session_of(context: &RequestContext<RoleServer>) -> Option<SessionId> {
    let parts = context.extensions.get::<http::request::Parts>()?;
    let value = parts.headers.get(SESSION_HEADER)?.to_str().ok()?;
    Some(value.into())
}
