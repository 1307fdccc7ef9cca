//! JSON-RPC error objects and the protocol crate's error type.

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// Standard JSON-RPC and MCP error codes the gateway emits.
#[derive(Debug, Clone, Copy)]
pub struct ErrorCode;

impl ErrorCode {
    /// Invalid JSON was received.
    pub const PARSE_ERROR: i64 = -32700;
    /// The JSON sent is not a valid request object.
    pub const INVALID_REQUEST: i64 = -32600;
    /// The method does not exist or is not available.
    pub const METHOD_NOT_FOUND: i64 = -32601;
    /// Invalid method parameters.
    pub const INVALID_PARAMS: i64 = -32602;
    /// Internal error.
    pub const INTERNAL_ERROR: i64 = -32603;
    /// MCP: the requested resource does not exist.
    pub const RESOURCE_NOT_FOUND: i64 = -32002;
    /// Gatehouse: the upstream server could not be reached or failed.
    pub const UPSTREAM_UNAVAILABLE: i64 = -32001;
    /// Gatehouse: the upstream did not answer within its timeout.
    pub const UPSTREAM_TIMEOUT: i64 = -32003;
    /// 2026-07-28: a header disagrees with the body, or a required header is missing.
    pub const HEADER_MISMATCH: i64 = -32020;
    /// 2026-07-28: the request needs a client capability the client did not declare.
    pub const MISSING_REQUIRED_CLIENT_CAPABILITY: i64 = -32021;
    /// 2026-07-28: the requested protocol version is not served.
    pub const UNSUPPORTED_PROTOCOL_VERSION: i64 = -32022;
    /// Gatehouse: a rate limit or quota refused the call (`data.retryAfterMs` says when to retry).
    pub const RATE_LIMITED: i64 = -32029;
    /// Gatehouse: the upstream is shielded (circuit open or its queue full); retry later.
    pub const OVERLOADED: i64 = -32053;
    /// Gatehouse: a guard rule blocked the request or its result (`data.rule`, `data.category`).
    pub const GUARD_BLOCKED: i64 = -32041;
    /// Gatehouse: a call that needed a human's approval was denied or not decided in time
    /// (`data.approvalId`, `data.status`).
    pub const APPROVAL_DENIED: i64 = -32043;
    /// Gatehouse: the request was cancelled.
    pub const REQUEST_CANCELLED: i64 = -32800;

    /// The code a 2026-07-28 client gets for `code`. That era reserves -32020..-32099 for the
    /// specification's own codes (-32020, -32021, -32022; anything else there MUST NOT be
    /// sent, -32042 included) and asks new implementations not to use -32000..-32019: such a
    /// code moves out of the JSON-RPC range, keeping its last digits (-32029 is -31029,
    /// -32053 is -31053, the gateway's -32001 and -32003 are -31001 and -31003). Other
    /// legacy-range codes of a server (-32000) pass as they are; -32002 becomes -32602 where
    /// the error is built.
    pub fn for_modern(code: i64) -> i64 {
        match code {
            Self::HEADER_MISMATCH
            | Self::MISSING_REQUIRED_CLIENT_CAPABILITY
            | Self::UNSUPPORTED_PROTOCOL_VERSION => code,
            -32099..=-32020 | Self::UPSTREAM_UNAVAILABLE | Self::UPSTREAM_TIMEOUT => code + 1000,
            _ => code,
        }
    }
}

/// A JSON-RPC error object (`{"code", "message", "data"?}`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ErrorObject {
    /// Numeric error code.
    pub code: i64,
    /// Short human-readable description.
    pub message: String,
    /// Optional structured detail, kept raw.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Box<RawValue>>,
}

impl ErrorObject {
    /// An error with a code and message and no data.
    pub fn new(code: i64, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            data: None,
        }
    }

    /// Attach structured data.
    pub fn with_data(mut self, data: &serde_json::Value) -> Self {
        self.data = serde_json::value::to_raw_value(data).ok();
        self
    }

    /// `-32601 Method not found`, naming the method.
    pub fn method_not_found(method: &str) -> Self {
        Self::new(
            ErrorCode::METHOD_NOT_FOUND,
            format!("Method not found: {method}"),
        )
    }

    /// `-32602 Invalid params` with a reason.
    pub fn invalid_params(reason: impl Into<String>) -> Self {
        Self::new(ErrorCode::INVALID_PARAMS, reason)
    }
}

/// Errors raised while reading or building protocol messages.
#[derive(Debug, thiserror::Error)]
pub enum ProtocolError {
    /// The bytes are not JSON.
    #[error("parse error: {0}")]
    Parse(#[source] serde_json::Error),
    /// The JSON is not a JSON-RPC 2.0 message.
    #[error("invalid request: {0}")]
    InvalidMessage(String),
}

impl ProtocolError {
    /// The JSON-RPC error object a peer should receive for this error.
    pub fn to_error_object(&self) -> ErrorObject {
        match self {
            ProtocolError::Parse(e) => {
                ErrorObject::new(ErrorCode::PARSE_ERROR, format!("Parse error: {e}"))
            }
            ProtocolError::InvalidMessage(m) => {
                ErrorObject::new(ErrorCode::INVALID_REQUEST, format!("Invalid request: {m}"))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modern_clients_get_no_code_the_era_reserves() {
        assert_eq!(ErrorCode::for_modern(ErrorCode::RATE_LIMITED), -31029);
        assert_eq!(ErrorCode::for_modern(ErrorCode::OVERLOADED), -31053);
        assert_eq!(ErrorCode::for_modern(-32042), -31042);
        assert_eq!(ErrorCode::for_modern(ErrorCode::UPSTREAM_TIMEOUT), -31003);
        for kept in [-32020, -32021, -32022, -32000, -32602, -32800, -32700, 7] {
            assert_eq!(ErrorCode::for_modern(kept), kept);
        }
    }
}
