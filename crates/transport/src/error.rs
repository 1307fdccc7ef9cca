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
    /// The server refused the gateway's credentials (HTTP 401 or 403). The response body is
    /// dropped: it may echo what was sent.
    #[error("the server rejected the gateway's credentials (HTTP {status})")]
    Rejected {
        /// 401 or 403.
        status: u16,
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

impl TransportError {
    /// The error for an unsuccessful HTTP status: [`TransportError::Rejected`] for 401 and 403
    /// (without the body), else [`TransportError::Status`] with the body's first 512 bytes.
    pub fn from_status(status: u16, body: &[u8]) -> Self {
        if status == 401 || status == 403 {
            return TransportError::Rejected { status };
        }
        let body = &body[..body.len().min(512)];
        TransportError::Status {
            status,
            body: String::from_utf8_lossy(body).into_owned(),
        }
    }
}

/// What a client is told when upstream server `server` refused the gateway's credentials with
/// HTTP `status`: the server, the status and where its credentials are configured, never
/// the credentials themselves.
pub fn rejection_message(server: &str, status: u16) -> String {
    format!(
        "upstream server '{server}' rejected the gateway's credentials (HTTP {status}); \
         check servers.{server}.headers"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credential_refusals_drop_the_body() {
        let e = TransportError::from_status(401, b"bad token Bearer s3cret");
        assert!(matches!(e, TransportError::Rejected { status: 401 }));
        assert!(!e.to_string().contains("s3cret"));
        let e = TransportError::from_status(500, &[b'x'; 600]);
        assert!(matches!(e, TransportError::Status { status: 500, ref body } if body.len() == 512));
        let message = rejection_message("tickets", 403);
        assert!(
            message.contains("'tickets'") && message.contains("HTTP 403"),
            "{message}"
        );
        assert!(
            message.ends_with("check servers.tickets.headers"),
            "{message}"
        );
    }
}
