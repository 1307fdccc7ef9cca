//! `test_reconnection`: closes the SSE stream of its own call mid-call and
//! answers only once the client has resumed it (SEP-1699).

use std::time::Duration;

use rmcp::{RoleServer, model::CallToolResult, service::RequestContext};

use super::{text_result, tool_error};
use crate::{
    http_server::SSE_RETRY,
    server::FixtureServer,
    streams::{self, CloseOutcome},
};

/// How long the tool waits for the client to resume the closed stream.
/// rmcp drops a stream's replay buffer once its response is sent, so the
/// result must not be sent before the client is back.
const RESUME_PATIENCE: Duration = Duration::from_secs(15);

/// Closes the call's stream (after a priming event announcing
/// [`SSE_RETRY`]), waits for a `GET` with `Last-Event-ID`, then returns the
/// result, which rmcp delivers on the resumed stream.
pub(super) async fn reconnection(
    server: &FixtureServer,
    context: &RequestContext<RoleServer>,
) -> CallToolResult {
    let (Some(registry), Some(session)) = (&server.streams, streams::session_of(context)) else {
        return text_result(
            "Reconnection test completed: this transport has no SSE stream to close.",
        );
    };
    let outcome = registry
        .close_and_await_resume(&session, &context.id, SSE_RETRY, RESUME_PATIENCE)
        .await;
    match outcome {
        Some(Ok(CloseOutcome::Resumed)) => text_result(
            "Reconnection test completed successfully. If you received this, the client \
             properly reconnected after stream closure.",
        ),
        Some(Ok(CloseOutcome::NotResumed)) => tool_error(format!(
            "The SSE stream was closed but the client did not reconnect with Last-Event-ID \
             within {}s.",
            RESUME_PATIENCE.as_secs()
        )),
        Some(Err(error)) => tool_error(error),
        None => tool_error("The SSE stream carrying this call is unknown to the server."),
    }
}
