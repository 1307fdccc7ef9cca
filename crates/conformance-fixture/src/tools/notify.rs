//! Tools that send notifications while they run: log messages, progress, and
//! list-change announcements.
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
use crate::{era, listen::ListChange, logging, server::FixtureServer};

/// Pause between the notifications of one call.
const STEP_DELAY: Duration = Duration::from_millis(50);

/// `test_tool_with_logging` and `test_logging_tool`: three `info` log
/// messages, 50 ms apart. A session-era call logs at the session's level
/// (`logging/setLevel`); a 2026-07-28 call logs only if its `_meta` carries
/// `io.modelcontextprotocol/logLevel`, and at that level.
pub(super) async fn with_logging(
    server: &FixtureServer,
    context: &RequestContext<RoleServer>,
) -> CallToolResult {
    let minimum = if era::is_modern(context) {
        context.meta.log_level()
    } else {
        Some(server.log_level.minimum())
    };
    let messages = [
        "Tool execution started",
        "Tool processing data",
        "Tool execution completed",
    ];
    for (index, message) in messages.into_iter().enumerate() {
        if index > 0 {
            tokio::time::sleep(STEP_DELAY).await;
        }
        if let Some(minimum) = minimum {
            logging::send_at_least(&context.peer, minimum, LoggingLevel::Info, message).await;
        }
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

/// `test_trigger_tool_change` and `test_trigger_prompt_change`: announce that
/// the tool (or prompt) list changed to every open `subscriptions/listen`
/// stream and, for a session-era call, to the calling session.
pub(super) async fn trigger(
    server: &FixtureServer,
    change: ListChange,
    context: &RequestContext<RoleServer>,
) -> CallToolResult {
    let listeners = server.listeners.notify(change).await;
    let mut session = "";
    if !era::is_modern(context) {
        let sent = match change {
            ListChange::Tools => context.peer.notify_tool_list_changed().await,
            ListChange::Prompts => context.peer.notify_prompt_list_changed().await,
        };
        match sent {
            Ok(()) => session = " and to this session",
            Err(error) => tracing::debug!(%error, "list change not delivered to the session"),
        }
    }
    let list = match change {
        ListChange::Tools => "Tool",
        ListChange::Prompts => "Prompt",
    };
    text_result(format!(
        "{list} list change announced to {listeners} listen stream(s){session}"
    ))
}
