//! The admin listener: operators' endpoints, served on their own address (`admin.listen`),
//! never on the MCP listener.
//!
//! - `GET /metrics`: Prometheus text format ([`crate::metrics`]); no token.
//! - `GET /healthz`: liveness; no token.
//! - `GET /admin/servers`: every upstream's state (connection, breaker, load, held tools).
//! - `GET /admin/audit`: audit records, filtered and paged ([`audit`]).
//! - `GET /admin/pins`, `POST /admin/pins/{server}/{tool}/approve`: rug-pull pins ([`pins`]).
//! - `GET /admin/approvals`, `POST /admin/approvals/{id}/{approve|deny}`: held calls
//!   ([`approvals`]).
//!
//! `/admin/...` requires `Authorization: Bearer <admin.token>` when a token is configured.

mod approvals;
mod audit;
mod pins;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use sha2::{Digest, Sha256};

use crate::Gateway;

/// State of the admin routes: the gateway and the token's digest.
#[derive(Clone)]
struct Admin {
    gateway: Gateway,
    token: Option<[u8; 32]>,
}

/// The admin routes.
pub(crate) fn routes(gateway: Gateway, token: Option<String>) -> Router {
    let state = Admin {
        gateway,
        token: token.map(|t| Sha256::digest(t.as_bytes()).into()),
    };
    let admin = Router::new()
        .route("/admin/servers", get(servers))
        .route("/admin/audit", get(audit::query))
        .route("/admin/pins", get(pins::list))
        .route("/admin/pins/{server}/{tool}/approve", post(pins::approve))
        .route("/admin/approvals", get(approvals::list))
        .route("/admin/approvals/{id}/{decision}", post(approvals::decide))
        .route_layer(axum::middleware::from_fn_with_state(
            state.clone(),
            require_token,
        ));
    admin
        .route("/metrics", get(metrics))
        .route("/healthz", get(|| async { "ok" }))
        .with_state(state)
}

/// Refuse `/admin/...` without the configured bearer token (compared as SHA-256 digests, so
/// the comparison's time does not depend on how much of the token matched).
async fn require_token(State(admin): State<Admin>, request: Request, next: Next) -> Response {
    let Some(expected) = admin.token else {
        return next.run(request).await;
    };
    let presented = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(|t| <[u8; 32]>::from(Sha256::digest(t.trim().as_bytes())));
    let matches = presented.is_some_and(|p| {
        p.iter()
            .zip(expected.iter())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
    });
    if matches {
        return next.run(request).await;
    }
    tracing::warn!(path = %request.uri().path(), "admin request without a valid token");
    let challenge = [(header::WWW_AUTHENTICATE, "Bearer realm=\"gatehouse-admin\"")];
    (
        StatusCode::UNAUTHORIZED,
        challenge,
        "admin token required\n",
    )
        .into_response()
}

async fn metrics(State(admin): State<Admin>) -> Response {
    let body = admin.gateway.metrics().render(&admin.gateway);
    let content_type = "application/openmetrics-text; version=1.0.0; charset=utf-8";
    ([(header::CONTENT_TYPE, content_type)], body).into_response()
}

async fn servers(State(admin): State<Admin>) -> Response {
    axum::Json(serde_json::json!({ "servers": admin.gateway.upstream_snapshots() })).into_response()
}

/// Why an admin request failed; each becomes a status and a JSON `{"error": ...}` body.
#[derive(Debug, thiserror::Error)]
enum AdminError {
    /// The endpoint needs the audit store, which is off.
    #[error("the audit store is disabled (audit.enabled: false)")]
    NoStore,
    /// The request is malformed.
    #[error("{0}")]
    BadRequest(String),
    /// No such thing.
    #[error("{0}")]
    NotFound(String),
    /// The store refused or failed.
    #[error(transparent)]
    Store(#[from] store::StoreError),
}

impl IntoResponse for AdminError {
    fn into_response(self) -> Response {
        let status = match &self {
            AdminError::NoStore => StatusCode::SERVICE_UNAVAILABLE,
            AdminError::BadRequest(_) | AdminError::Store(store::StoreError::Invalid(_)) => {
                StatusCode::BAD_REQUEST
            }
            AdminError::NotFound(_) | AdminError::Store(store::StoreError::NotFound(_)) => {
                StatusCode::NOT_FOUND
            }
            AdminError::Store(store::StoreError::Conflict(_)) => StatusCode::CONFLICT,
            AdminError::Store(e) => {
                tracing::error!(error = %e, "admin request failed in the store");
                StatusCode::INTERNAL_SERVER_ERROR
            }
        };
        let body = serde_json::json!({ "error": self.to_string() });
        (status, axum::Json(body)).into_response()
    }
}

/// The audit store, which pins, approvals and the audit log live in.
fn store_of(gateway: &Gateway) -> Result<store::Store, AdminError> {
    gateway
        .audit()
        .map(|audit| audit.store().clone())
        .ok_or(AdminError::NoStore)
}
