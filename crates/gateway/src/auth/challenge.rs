//! Refusals of unauthenticated requests: the `WWW-Authenticate` challenge (RFC 6750 §3 with the
//! RFC 9728 `resource_metadata` parameter) and the JSON-RPC error body.

use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use protocol::{ErrorCode, ErrorObject, Id, Message};

/// The well-known path of the protected resource metadata (RFC 9728 §3).
pub const METADATA_PATH: &str = "/.well-known/oauth-protected-resource";

/// Longest `error_description` sent (it may quote attacker-chosen text such as a `kid`).
const MAX_DESCRIPTION: usize = 200;

/// What kind of refusal this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// No credentials were sent: 401 without an `error` parameter.
    Missing,
    /// The credentials were refused: 401 `invalid_token`.
    InvalidToken,
    /// The token lacks a required scope: 403 `insufficient_scope`.
    InsufficientScope,
}

/// A refused request. Its response is 401 or 403 with a `WWW-Authenticate: Bearer` challenge
/// and a JSON-RPC error body (code `-32600`, id `null`). It never contains the credential.
#[derive(Debug, Clone)]
pub struct AuthFailure {
    kind: Kind,
    description: String,
    metadata_url: Option<String>,
    scope: Option<String>,
}

impl AuthFailure {
    pub(super) fn missing(metadata_url: Option<String>, scope: Option<String>) -> Self {
        Self {
            kind: Kind::Missing,
            description: "authentication required".into(),
            metadata_url,
            scope,
        }
    }

    pub(super) fn invalid(description: impl Into<String>, metadata_url: Option<String>) -> Self {
        Self {
            kind: Kind::InvalidToken,
            description: sanitize(&description.into()),
            metadata_url,
            scope: None,
        }
    }

    pub(super) fn insufficient_scope(scope: String, metadata_url: Option<String>) -> Self {
        Self {
            kind: Kind::InsufficientScope,
            description: "the token lacks a required scope".into(),
            metadata_url,
            scope: Some(scope),
        }
    }

    /// 401 (missing or invalid credentials) or 403 (insufficient scope).
    pub fn status(&self) -> StatusCode {
        match self.kind {
            Kind::InsufficientScope => StatusCode::FORBIDDEN,
            Kind::Missing | Kind::InvalidToken => StatusCode::UNAUTHORIZED,
        }
    }

    /// The RFC 6750 error code: `None` when credentials were missing, else `invalid_token` or
    /// `insufficient_scope`.
    pub fn error_code(&self) -> Option<&'static str> {
        match self.kind {
            Kind::Missing => None,
            Kind::InvalidToken => Some("invalid_token"),
            Kind::InsufficientScope => Some("insufficient_scope"),
        }
    }

    /// Why the request was refused (safe to log: never contains the credential).
    pub fn reason(&self) -> &str {
        &self.description
    }

    /// The protected resource metadata URL advertised in the challenge, if one could be built.
    pub fn metadata_url(&self) -> Option<&str> {
        self.metadata_url.as_deref()
    }

    /// The `WWW-Authenticate` header value.
    pub fn www_authenticate(&self) -> String {
        let mut params = Vec::new();
        if let Some(url) = &self.metadata_url {
            params.push(format!("resource_metadata=\"{url}\""));
        }
        if let Some(code) = self.error_code() {
            params.push(format!("error=\"{code}\""));
            params.push(format!("error_description=\"{}\"", self.description));
        }
        if let Some(scope) = &self.scope {
            params.push(format!("scope=\"{scope}\""));
        }
        if params.is_empty() {
            "Bearer".into()
        } else {
            format!("Bearer {}", params.join(", "))
        }
    }

    /// Emits the `info` log line for this refusal.
    pub(super) fn log(&self, path: &str) {
        tracing::info!(
            status = self.status().as_u16(),
            error = self.error_code().unwrap_or("missing_credentials"),
            reason = %self.description,
            path,
            "request refused by authentication"
        );
    }
}

impl std::fmt::Display for AuthFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.status(), self.description)
    }
}

impl IntoResponse for AuthFailure {
    fn into_response(self) -> Response {
        let status = self.status();
        let data = serde_json::json!({
            "status": status.as_u16(),
            "error": self.error_code(),
            "resource_metadata": self.metadata_url,
        });
        let message = match self.kind {
            Kind::Missing => "Unauthorized: authentication required".to_string(),
            Kind::InvalidToken => format!("Unauthorized: {}", self.description),
            Kind::InsufficientScope => "Forbidden: insufficient scope".to_string(),
        };
        let error = ErrorObject::new(ErrorCode::INVALID_REQUEST, message).with_data(&data);
        let body = Message::Response(protocol::Response::error(Id::null(), &error)).to_bytes();
        let challenge = HeaderValue::from_str(&self.www_authenticate())
            .unwrap_or_else(|_| HeaderValue::from_static("Bearer"));
        (
            status,
            [
                (header::WWW_AUTHENTICATE, challenge),
                (
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("application/json"),
                ),
            ],
            body,
        )
            .into_response()
    }
}

/// Keeps only characters allowed in an RFC 6750 `error_description` (printable ASCII without
/// `"` and `\`), truncated.
fn sanitize(text: &str) -> String {
    text.chars()
        .map(|c| {
            if (' '..='~').contains(&c) && c != '"' && c != '\\' {
                c
            } else {
                '?'
            }
        })
        .take(MAX_DESCRIPTION)
        .collect()
}

/// `scheme://authority` of this gateway as the client sees it: from the configured resource when
/// there is one, else from `Host` (+ `X-Forwarded-Proto`, default `http`). `None` when `Host`
/// is missing or not a valid authority.
pub(super) fn origin(resource: Option<&ResourceUrl>, headers: &HeaderMap) -> Option<String> {
    if let Some(r) = resource {
        return Some(r.origin.clone());
    }
    let host = headers.get(header::HOST)?.to_str().ok()?;
    let authority: axum::http::uri::Authority = host.parse().ok()?;
    if authority.as_str().contains('@') {
        return None;
    }
    let scheme = match headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .map(|v| {
            v.split(',')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        }) {
        Some(p) if p == "https" => "https",
        _ => "http",
    };
    Some(format!("{scheme}://{authority}"))
}

/// The path-suffixed metadata URL for a request to `path` (RFC 9728 §3.1).
pub(super) fn metadata_url(origin: &str, path: &str) -> String {
    let path = path.trim_end_matches('/');
    format!("{origin}{METADATA_PATH}{path}")
}

/// The configured canonical resource URL, split.
#[derive(Debug, Clone)]
pub(super) struct ResourceUrl {
    /// The whole URL, without a trailing slash.
    pub full: String,
    /// `scheme://authority`, lowercase scheme and host.
    pub origin: String,
    /// Path without a trailing slash (`""` for the root).
    pub path: String,
}

impl ResourceUrl {
    /// Parses an absolute `http(s)` URL without query or fragment.
    pub(super) fn parse(url: &str) -> Result<Self, String> {
        let uri: axum::http::Uri = url.parse().map_err(|e| format!("{url}: {e}"))?;
        let scheme = uri.scheme_str().map(str::to_ascii_lowercase);
        let (Some(scheme), Some(authority)) = (scheme, uri.authority()) else {
            return Err(format!("{url}: must be an absolute URL"));
        };
        if scheme != "http" && scheme != "https" {
            return Err(format!("{url}: scheme must be http or https"));
        }
        if uri.query().is_some() || url.contains('#') {
            return Err(format!("{url}: must not have a query or fragment"));
        }
        let origin = format!("{scheme}://{}", authority.as_str().to_ascii_lowercase());
        let path = uri.path().trim_end_matches('/').to_string();
        Ok(Self {
            full: format!("{origin}{path}"),
            origin,
            path,
        })
    }
}
