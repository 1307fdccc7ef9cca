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

    /// Whether a message at `level` passes the session's minimum level.
    pub(crate) fn allows(&self, level: LoggingLevel) -> bool {
        let minimum = *self.0.lock().unwrap_or_else(|e| e.into_inner());
        severity(level) >= severity(minimum)
    }

    /// Sends `message` as `notifications/message` at `level` unless the
    /// session's level filters it out. A vanished peer is not an error here:
    /// logging is best effort.
    pub(crate) async fn send(&self, peer: &Peer<RoleServer>, level: LoggingLevel, message: &str) {
        if !self.allows(level) {
            return;
        }
        let params =
            LoggingMessageNotificationParam::new(level, message.into()).with_logger(LOGGER);
        if let Err(error) = peer.notify_logging_message(params).await {
            tracing::debug!(%error, "log notification not delivered");
        }
    }
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
        assert!(level.allows(LoggingLevel::Info));
        assert!(!level.allows(LoggingLevel::Debug));
        level.set(LoggingLevel::Error);
        assert!(!level.allows(LoggingLevel::Warning));
        assert!(level.allows(LoggingLevel::Emergency));
        level.set(LoggingLevel::Debug);
        assert!(level.allows(LoggingLevel::Debug));
    }
}
