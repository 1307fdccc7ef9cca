//! Tools that send notifications while they run.
// Logging is deprecated by SEP-2577 (protocol 2026-07-28) but belongs to the
// 2025-11-25 protocol the conformance suite exercises.
#![allow(deprecated)]

use std::time::Duration;

use rmcp::{
    RoleServer,
    model::{CallToolResult, LoggingLevel, ProgressNotificationParam},
    service::RequestContext,
};

use super::text_result;
use crate::server::FixtureServer;

/// Pause between the notifications of one call.
const STEP_DELAY: Duration = Duration::from_millis(50);

/// `test_tool_with_logging`: three `info` log messages, 50 ms apart.
pub(super) async fn with_logging(
    server: &FixtureServer,
    context: &RequestContext<RoleServer>,
) -> CallToolResult {
    let messages = [
        "Tool execution started",
        "Tool processing data",
        "Tool execution completed",
    ];
    for (index, message) in messages.into_iter().enumerate() {
        if index > 0 {
            tokio::time::sleep(STEP_DELAY).await;
        }
        server
            .log_level
            .send(&context.peer, LoggingLevel::Info, message)
            .await;
    }
    text_result("Tool with logging executed successfully")
}

/// `test_tool_with_progress`: progress 0, 50 and 100 of 100, 50 ms apart, on
/// the request's progress token (only the delays when it has none).
pub(super) async fn with_progress(context: &RequestContext<RoleServer>) -> CallToolResult {
    let token = context.meta.get_progress_token();
    let mut sent = 0;
    for (index, progress) in [0u32, 50, 100].into_iter().enumerate() {
        if index > 0 {
            tokio::time::sleep(STEP_DELAY).await;
        }
        let Some(token) = &token else { continue };
        let params = ProgressNotificationParam::new(token.clone(), f64::from(progress))
            .with_total(100.0)
            .with_message(format!("Completed step {progress} of 100"));
        match context.peer.notify_progress(params).await {
            Ok(()) => sent += 1,
            Err(error) => tracing::debug!(%error, "progress notification not delivered"),
        }
    }
    match token {
        Some(_) => text_result(format!(
            "Tool with progress executed successfully ({sent} progress notifications sent)"
        )),
        None => text_result("Tool with progress executed successfully (no progress token given)"),
    }
}
