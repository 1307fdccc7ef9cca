//! The gateway's error type, and the one place that turns it into a JSON-RPC error.

use protocol::{ErrorCode, ErrorObject};

/// Why the gateway could not serve a request.
#[derive(Debug, thiserror::Error)]
pub enum GatewayError {
    /// The method is not one the gateway (or this route) serves.
    #[error("Method not found: {0}")]
    MethodNotFound(String),
    /// The params are missing something the gateway needs to route the request.
    #[error("Invalid params: {0}")]
    InvalidParams(String),
    /// No server offers this tool (also used for tools hidden by policy, so as not to reveal them).
    #[error("Unknown tool: {0}")]
    UnknownTool(String),
    /// No server offers this prompt.
    #[error("Unknown prompt: {0}")]
    UnknownPrompt(String),
    /// No server offers this resource.
    #[error("Resource not found: {0}")]
    UnknownResource(String),
    /// The upstream is down, restarting, or the exchange broke.
    #[error("upstream server '{server}' is unavailable: {reason}")]
    UpstreamUnavailable {
        /// The server's name.
        server: String,
        /// What went wrong.
        reason: String,
    },
    /// The upstream did not answer in time.
    #[error("upstream server '{server}' did not answer within {seconds}s")]
    UpstreamTimeout {
        /// The server's name.
        server: String,
        /// The configured timeout.
        seconds: u64,
    },
    /// The client cancelled the request.
    #[error("request cancelled")]
    Cancelled,
}

impl GatewayError {
    /// The JSON-RPC error a client receives for this error.
    pub fn to_error_object(&self) -> ErrorObject {
        let code = match self {
            GatewayError::MethodNotFound(_) => ErrorCode::METHOD_NOT_FOUND,
            GatewayError::InvalidParams(_)
            | GatewayError::UnknownTool(_)
            | GatewayError::UnknownPrompt(_) => ErrorCode::INVALID_PARAMS,
            GatewayError::UnknownResource(_) => ErrorCode::RESOURCE_NOT_FOUND,
            GatewayError::UpstreamUnavailable { .. } => ErrorCode::UPSTREAM_UNAVAILABLE,
            GatewayError::UpstreamTimeout { .. } => ErrorCode::UPSTREAM_TIMEOUT,
            GatewayError::Cancelled => ErrorCode::REQUEST_CANCELLED,
        };
        ErrorObject::new(code, self.to_string())
    }
}
