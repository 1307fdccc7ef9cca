//! The transport crate's error type.

/// Why an upstream exchange failed.
#[derive(Debug, thiserror::Error)]
pub enum TransportError {
    /// The child process could not be started.
    #[error("cannot start `{command}`: {source}")]
    Spawn {
        /// The configured command.
        command: String,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
    /// The connection is gone (child exited, stream closed) before the exchange finished.
    #[error("connection closed: {0}")]
    Closed(String),
    /// The HTTP request failed before a response arrived.
    #[error("HTTP request failed: {0}")]
    Http(String),
    /// The server answered with an HTTP status the exchange cannot continue with.
    #[error("HTTP status {status}: {body}")]
    Status {
        /// The HTTP status code.
        status: u16,
        /// The beginning of the response body.
        body: String,
    },
    /// The server forgot our session (HTTP 404 on a request carrying `Mcp-Session-Id`).
    #[error("upstream session expired")]
    SessionExpired,
    /// The server sent something that is not valid MCP.
    #[error("protocol violation: {0}")]
    Protocol(String),
    /// A message exceeded the configured size limit.
    #[error("message of {size} bytes exceeds the limit of {limit} bytes")]
    TooLarge {
        /// Size seen so far.
        size: usize,
        /// The limit.
        limit: usize,
    },
}
