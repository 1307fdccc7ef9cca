//! The gateway's error type, and the one place that turns it into a JSON-RPC error.

use std::time::Duration;

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
    /// No server offers this prompt (also used for prompts hidden by policy).
    #[error("Unknown prompt: {0}")]
    UnknownPrompt(String),
    /// No server offers this resource (also used for resources hidden by policy); the
    /// JSON-RPC error carries `data.uri`, as the MCP specification's example does.
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
    /// The upstream refused the gateway's credentials (HTTP 401/403): the message names the
    /// server, the status and the config key holding its credentials, never their value.
    #[error("{}", transport::rejection_message(server, *status))]
    UpstreamRejected {
        /// The server's name.
        server: String,
        /// 401 or 403.
        status: u16,
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
    /// A rate limit refused the call.
    #[error("rate limit exceeded ({limit}); retry after {} ms", retry_after.as_millis())]
    RateLimited {
        /// The limit, described.
        limit: String,
        /// When a retry may pass.
        retry_after: Duration,
    },
    /// A quota is spent for its window.
    #[error("quota exhausted ({quota}); it renews in {}s", retry_after.as_secs())]
    QuotaExceeded {
        /// The quota, described.
        quota: String,
        /// When the window renews.
        retry_after: Duration,
    },
    /// Redis, where limits and quotas are counted (`limit_redis`), could not be asked in time,
    /// and `limit_redis.on_error` is `closed`.
    #[error(
        "rate limits and quotas cannot be checked: the shared limit store (Redis) is unavailable and limit_redis.on_error is closed; retry later"
    )]
    LimitStoreUnavailable,
    /// The server's circuit is open after repeated failures.
    #[error("upstream server '{server}' is failing; its circuit is open for {}ms", retry_after.as_millis())]
    CircuitOpen {
        /// The server's name.
        server: String,
        /// When a probe request will be let through.
        retry_after: Duration,
    },
    /// A policy says the call needs a human's approval, and approvals cannot be collected
    /// (they are kept in the audit store, which is off).
    #[error("calling {0} needs human approval, which needs the audit store (audit.enabled)")]
    ApprovalRequired(String),
    /// A human denied the call, or nobody decided before the approval timeout.
    #[error("calling {tool} was not approved: approval {id} {status}")]
    NotApproved {
        /// The qualified tool.
        tool: String,
        /// The approval's id (for the admin API and the audit log).
        id: String,
        /// `denied` or `expired`.
        status: &'static str,
        /// Who denied it (for the audit record; not told to the caller).
        by: Option<String>,
    },
    /// A guard rule blocked the request or its result.
    #[error("blocked by gatehouse guard: rule {} ({})", .0.rule, .0.category)]
    Blocked(guard::Finding),
    /// An argument holds what the guard redacts (a secret, personal data): the call is refused
    /// rather than sent altered (a file written with `[REDACTED:...]` in it, the agent told it
    /// succeeded).
    #[error(
        "refused by gatehouse guard: argument {} holds {} (rule {}); the call is refused rather than sent with it redacted",
        .0.location, .0.category, .0.rule
    )]
    WouldAlter(guard::Finding),
    /// The server answered, and a guard rule blocked its answer: the call ran.
    #[error(
        "the server answered, and gatehouse guard withheld its answer: rule {} ({}); the call itself ran",
        .0.rule, .0.category
    )]
    ResultBlocked(guard::Finding),
    /// The audit log cannot be written and the gateway fails closed.
    #[error("the audit log is unavailable; the gateway fails closed")]
    AuditUnavailable,
    /// The server's concurrency cap and queue are full.
    #[error("upstream server '{server}' is at its concurrency limit; request shed")]
    Overloaded {
        /// The server's name.
        server: String,
    },
    /// As many sessions are open as `http.max_sessions` allows.
    #[error(
        "the gateway has {limit} sessions open, its limit (http.max_sessions); retry when \
         sessions end (a client ends its own with DELETE)"
    )]
    TooManySessions {
        /// The limit.
        limit: usize,
    },
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
            GatewayError::UpstreamUnavailable { .. } | GatewayError::UpstreamRejected { .. } => {
                ErrorCode::UPSTREAM_UNAVAILABLE
            }
            GatewayError::UpstreamTimeout { .. } => ErrorCode::UPSTREAM_TIMEOUT,
            GatewayError::Cancelled => ErrorCode::REQUEST_CANCELLED,
            GatewayError::AuditUnavailable => ErrorCode::INTERNAL_ERROR,
            GatewayError::Blocked(_)
            | GatewayError::WouldAlter(_)
            | GatewayError::ResultBlocked(_) => ErrorCode::GUARD_BLOCKED,
            GatewayError::ApprovalRequired(_) => ErrorCode::INVALID_REQUEST,
            GatewayError::NotApproved { .. } => ErrorCode::APPROVAL_DENIED,
            GatewayError::RateLimited { .. }
            | GatewayError::QuotaExceeded { .. }
            | GatewayError::LimitStoreUnavailable => ErrorCode::RATE_LIMITED,
            GatewayError::CircuitOpen { .. }
            | GatewayError::Overloaded { .. }
            | GatewayError::TooManySessions { .. } => ErrorCode::OVERLOADED,
        };
        let error = ErrorObject::new(code, self.to_string());
        if let GatewayError::Blocked(finding)
        | GatewayError::WouldAlter(finding)
        | GatewayError::ResultBlocked(finding) = self
        {
            return error.with_data(&serde_json::json!({
                "rule": finding.rule,
                "category": finding.category.as_str(),
                "owasp": finding.owasp,
                "location": finding.location,
            }));
        }
        if let GatewayError::UnknownResource(uri) = self {
            return error.with_data(&serde_json::json!({ "uri": uri }));
        }
        if let GatewayError::NotApproved { id, status, .. } = self {
            return error.with_data(&serde_json::json!({ "approvalId": id, "status": status }));
        }
        // Every error of a server names it (`data.server`), so a client can tell which of an
        // aggregate's servers failed without reading the message.
        let mut data = serde_json::Map::new();
        if let Some(server) = self.server() {
            data.insert("server".into(), server.into());
        }
        if let GatewayError::UpstreamRejected { status, .. } = self {
            data.insert("httpStatus".into(), (*status).into());
        }
        if let Some(after) = self.retry_after() {
            let ms = u64::try_from(after.as_millis()).unwrap_or(u64::MAX).max(1);
            data.insert("retryAfterMs".into(), ms.into());
        }
        match data.is_empty() {
            true => error,
            false => error.with_data(&serde_json::Value::Object(data)),
        }
    }

    /// The upstream server the error is about, if it is about one.
    pub fn server(&self) -> Option<&str> {
        match self {
            GatewayError::UpstreamUnavailable { server, .. }
            | GatewayError::UpstreamRejected { server, .. }
            | GatewayError::UpstreamTimeout { server, .. }
            | GatewayError::CircuitOpen { server, .. }
            | GatewayError::Overloaded { server } => Some(server),
            _ => None,
        }
    }

    /// How long the client should wait before retrying, for errors that say so (the HTTP
    /// layer turns it into `Retry-After`).
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            GatewayError::RateLimited { retry_after, .. }
            | GatewayError::QuotaExceeded { retry_after, .. }
            | GatewayError::CircuitOpen { retry_after, .. } => Some(*retry_after),
            GatewayError::Overloaded { .. } | GatewayError::LimitStoreUnavailable => {
                Some(Duration::from_secs(1))
            }
            _ => None,
        }
    }
}
