//! Errors of one MCP exchange, classified by what the client must do next.

use std::fmt;

use http::StatusCode;

/// Why an exchange failed.
#[derive(Debug)]
pub enum CallError {
    /// The TCP connection could not be opened.
    Connect(std::io::Error),
    /// The HTTP connection failed or was closed.
    Http(hyper::Error),
    /// The request did not complete within the timeout.
    Timeout,
    /// The server answered 404 to a request carrying a session id.
    SessionExpired,
    /// The server answered with an unexpected HTTP status.
    Status(StatusCode),
    /// The response was not the expected JSON-RPC message.
    Protocol(String),
    /// The server answered with a JSON-RPC error (raw JSON of the error object).
    Rpc(String),
}

impl CallError {
    /// True if the connection can no longer be used and must be reopened.
    pub fn breaks_connection(&self) -> bool {
        matches!(self, Self::Connect(_) | Self::Http(_) | Self::Timeout)
    }

    /// True if the session must be initialized again.
    pub fn breaks_session(&self) -> bool {
        matches!(self, Self::SessionExpired)
    }
}

impl fmt::Display for CallError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Connect(e) => write!(f, "connect failed: {e}"),
            Self::Http(e) => write!(f, "http error: {e}"),
            Self::Timeout => f.write_str("request timed out"),
            Self::SessionExpired => f.write_str("session expired (HTTP 404)"),
            Self::Status(s) => write!(f, "unexpected HTTP status {s}"),
            Self::Protocol(m) => write!(f, "protocol error: {m}"),
            Self::Rpc(e) => write!(f, "JSON-RPC error: {e}"),
        }
    }
}

impl std::error::Error for CallError {}

impl From<hyper::Error> for CallError {
    fn from(e: hyper::Error) -> Self {
        Self::Http(e)
    }
}
