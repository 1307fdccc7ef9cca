//! OAuth 2.0 Protected Resource Metadata (RFC 9728), at the root well-known URL and at the
//! path-suffixed form (`/.well-known/oauth-protected-resource/mcp` describes `<origin>/mcp`).

use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::Authenticator;
use super::challenge::origin;

/// The metadata document at the root well-known URL (`path` `None`) or at its path-suffixed
/// form for `path` (`mcp`, `mcp/github`). Unauthenticated by design. Which paths have one (the
/// routes the gateway serves) is the HTTP layer's to decide: it knows the configured servers.
pub fn metadata_response(
    auth: &Authenticator,
    path: Option<&str>,
    headers: &HeaderMap,
) -> Response {
    let Some(path) = path else {
        let resource = match (&auth.resource, origin(auth.resource.as_ref(), headers)) {
            (Some(r), _) => r.full.clone(),
            (None, Some(origin)) => origin,
            (None, None) => return no_host(),
        };
        return document(auth, resource);
    };
    let path = path.trim_end_matches('/');
    let Some(origin) = origin(auth.resource.as_ref(), headers) else {
        return no_host();
    };
    document(auth, format!("{origin}/{path}"))
}

fn document(auth: &Authenticator, resource: String) -> Response {
    let settings = auth.settings();
    let mut doc = serde_json::Map::new();
    doc.insert("resource".into(), resource.into());
    if !settings.authorization_servers.is_empty() {
        doc.insert(
            "authorization_servers".into(),
            settings.authorization_servers.clone().into(),
        );
    }
    if !settings.scopes_supported.is_empty() {
        doc.insert(
            "scopes_supported".into(),
            settings.scopes_supported.clone().into(),
        );
    }
    doc.insert(
        "bearer_methods_supported".into(),
        serde_json::json!(["header"]),
    );
    let body = serde_json::Value::Object(doc).to_string();
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            ),
            (
                header::ACCESS_CONTROL_ALLOW_ORIGIN,
                HeaderValue::from_static("*"),
            ),
        ],
        body,
    )
        .into_response()
}

fn no_host() -> Response {
    (
        StatusCode::BAD_REQUEST,
        "a valid Host header is required (or configure the resource URL)",
    )
        .into_response()
}
