//! MCP logging: the session's minimum level (`logging/setLevel`) and sending
//! `notifications/message` that respect it.
// Logging is deprecated by SEP-2577 (protocol 2026-07-28) but is part of the
// 2025-11-25 protocol the conformance suite exercises.
#![allow(deprecated)]

use std::sync::{Arc, Mutex};

use rmcp::{
    RoleServer,
    model::{LoggingLevel, LoggingMessageNotificationParam},
    service::Peer,
};

/// Logger name attached to every message the fixture sends.
const LOGGER: &str = "conformance-fixture";

/// The minimum severity a session wants to receive; `info` until the client
/// sends `logging/setLevel`.
#[derive(Clone)]
pub(crate) struct LogLevel(Arc<Mutex<LoggingLevel>>);

impl Default for LogLevel {
    fn default() -> Self {
        Self(Arc::new(Mutex::new(LoggingLevel::Info)))
    }
}

impl LogLevel {
    /// Records the level the client asked for.
    pub(crate) fn set(&self, level: LoggingLevel) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = level;
    }

    /// The session's minimum level.
    pub(crate) fn minimum(&self) -> LoggingLevel {
        *self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Sends `message` as `notifications/message` at `level` if it is at least
/// `minimum` (a session's level, or a 2026-07-28 request's
/// `io.modelcontextprotocol/logLevel`). A vanished peer is
/// not an error here: logging is best effort.
pub(crate) async fn send_at_least(
    peer: &Peer<RoleServer>,
    minimum: LoggingLevel,
    level: LoggingLevel,
    message: &str,
) {
    if !passes(level, minimum) {
        return;
    }
    let params = LoggingMessageNotificationParam::new(level, message.into()).with_logger(LOGGER);
    if let Err(error) = peer.notify_logging_message(params).await {
        tracing::debug!(%error, "log notification not delivered");
    }
}

/// Whether a message at `level` passes the minimum level `minimum`.
fn passes(level: LoggingLevel, minimum: LoggingLevel) -> bool {
    severity(level) >= severity(minimum)
}

/// RFC 5424 severity order, lowest first.
fn severity(level: LoggingLevel) -> u8 {
    match level {
        LoggingLevel::Debug => 0,
        LoggingLevel::Info => 1,
        LoggingLevel::Notice => 2,
        LoggingLevel::Warning => 3,
        LoggingLevel::Error => 4,
        LoggingLevel::Critical => 5,
        LoggingLevel::Alert => 6,
        LoggingLevel::Emergency => 7,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_below_the_set_level() {
        let level = LogLevel::default();
        let allows = |message| passes(message, level.minimum());
        assert!(allows(LoggingLevel::Info));
        assert!(!allows(LoggingLevel::Debug));
        level.set(LoggingLevel::Error);
        assert!(!allows(LoggingLevel::Warning));
        assert!(allows(LoggingLevel::Emergency));
        level.set(LoggingLevel::Debug);
        assert!(allows(LoggingLevel::Debug));
    }
}
