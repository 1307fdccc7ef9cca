//! OAuth 2.0 Protected Resource Metadata (RFC 9728), at the root well-known URL and at the
//! path-suffixed form (`/.well-known/oauth-protected-resource/mcp` describes `<origin>/mcp`).

use std::sync::Arc;

use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use super::Authenticator;
use super::challenge::{METADATA_PATH, origin};

/// Routes serving the protected resource metadata documents. Unauthenticated by design; merge
/// it next to (not behind) the authenticated MCP routes.
pub fn metadata_router(auth: Arc<Authenticator>) -> Router {
    Router::new()
        .route(METADATA_PATH, get(root))
        .route(&format!("{METADATA_PATH}/{{*path}}"), get(per_path))
        .with_state(auth)
}

async fn root(State(auth): State<Arc<Authenticator>>, headers: HeaderMap) -> Response {
    metadata_response(&auth, None, &headers)
}

async fn per_path(
    State(auth): State<Arc<Authenticator>>,
    Path(path): Path<String>,
    headers: HeaderMap,
) -> Response {
    metadata_response(&auth, Some(&path), &headers)
}

/// The metadata document at the root well-known URL (`path` `None`) or at its path-suffixed
/// form for `path` (`mcp`, `mcp/github`). Only the gateway's protected routes (`/mcp...`,
/// `/sse...`, `/messages`) have one: any other path is 404, not a document describing a
/// resource that does not exist.
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
    let first = path.split('/').next().unwrap_or_default();
    if !matches!(first, "mcp" | "sse" | "messages") {
        return StatusCode::NOT_FOUND.into_response();
    }
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
