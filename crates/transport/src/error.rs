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
    /// An SSE event exceeded the configured size limit (its size is not read to the end).
    #[error("{}", .0)]
    EventTooLarge(String),
}

/// How much of a failed response's body an error keeps.
const BODY_KEPT: usize = 512;

/// How much of a failed response's body is read: more than is kept, so that a credential the
/// server echoed across the cut is still whole when it is scrubbed.
pub(crate) const BODY_READ: usize = 4096;

impl TransportError {
    /// The error for an unsuccessful HTTP status: [`TransportError::Rejected`] for 401 and 403
    /// (without the body), else [`TransportError::Status`] with the body's first 512 bytes,
    /// every value of the headers the gateway `sent` (its credentials for the server) and every
    /// long word of them scrubbed out first: a server that echoes the request in its error
    /// page must not put the gateway's credentials into logs, clients' errors and the audit log.
    pub fn from_status(status: u16, body: &[u8], sent: &http::HeaderMap) -> Self {
        if status == 401 || status == 403 {
            return TransportError::Rejected { status };
        }
        let body = String::from_utf8_lossy(&body[..body.len().min(BODY_READ)]);
        let mut body = scrub(&body, sent);
        if body.len() > BODY_KEPT {
            let cut = (0..=BODY_KEPT).rev().find(|&i| body.is_char_boundary(i));
            body.truncate(cut.unwrap_or(0));
        }
        TransportError::Status { status, body }
    }
}

/// `text` with every header value in `sent`, and every word of one that is 8 bytes or longer
/// (the token of `Bearer <token>`), replaced by `[redacted]`.
fn scrub(text: &str, sent: &http::HeaderMap) -> String {
    scrub_values(text, sent.values().filter_map(|v| v.to_str().ok()))
}

/// `text` with each of `values` (the header values the gateway sends a server: its
/// credentials), and every word of one that is 8 bytes or longer, replaced by `[redacted]`.
pub fn scrub_values<'a>(text: &str, values: impl Iterator<Item = &'a str>) -> String {
    let mut secrets: Vec<&str> = Vec::new();
    for value in values {
        secrets.push(value.trim());
        secrets.extend(value.split_whitespace().filter(|w| w.len() >= 8));
    }
    secrets.retain(|s| !s.is_empty());
    // Longest first, so a whole value goes before the words inside it.
    secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
    let mut text = text.to_owned();
    for secret in secrets {
        if text.contains(secret) {
            text = text.replace(secret, "[redacted]");
        }
    }
    text
}

/// What a client is told when upstream server `server` refused the gateway's credentials with
/// HTTP `status`: the server, the status and where its credentials are configured, never
/// the credentials themselves.
pub fn rejection_message(server: &str, status: u16) -> String {
    format!(
        "upstream server '{server}' rejected the gateway's credentials (HTTP {status}); \
         check servers.{server}.headers (or its oauth)"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credential_refusals_drop_the_body() {
        let none = http::HeaderMap::new();
        let e = TransportError::from_status(401, b"bad token Bearer s3cret", &none);
        assert!(matches!(e, TransportError::Rejected { status: 401 }));
        assert!(!e.to_string().contains("s3cret"));
        let e = TransportError::from_status(500, &[b'x'; 600], &none);
        assert!(matches!(e, TransportError::Status { status: 500, ref body } if body.len() == 512));
        let message = rejection_message("tickets", 403);
        assert!(
            message.contains("'tickets'") && message.contains("HTTP 403"),
            "{message}"
        );
        assert!(
            message.ends_with("check servers.tickets.headers (or its oauth)"),
            "{message}"
        );
    }

    #[test]
    fn other_statuses_keep_the_body_without_the_credentials_sent() {
        let mut sent = http::HeaderMap::new();
        sent.insert("authorization", "Bearer sk-live-SECRET123".parse().unwrap());
        sent.insert("x-api-key", "envsecretENV456".parse().unwrap());
        // The echo straddles the 512-byte cut: the part before the cut must not survive either.
        let mut body = "x".repeat(500).into_bytes();
        body.extend(b" echo: sk-live-SECRET123 / Bearer sk-live-SECRET123 / envsecretENV456 ");
        let e = TransportError::from_status(500, &body, &sent);
        let text = e.to_string();
        assert!(
            !text.contains("sk-live-SE") && !text.contains("SECRET"),
            "{text}"
        );
        let e = TransportError::from_status(502, b"boom: envsecretENV456 gone", &sent);
        assert_eq!(e.to_string(), "HTTP status 502: boom: [redacted] gone");
        let e = TransportError::from_status(500, "é".repeat(400).as_bytes(), &sent);
        assert!(matches!(e, TransportError::Status { ref body, .. } if body.len() == 512));
    }
}
