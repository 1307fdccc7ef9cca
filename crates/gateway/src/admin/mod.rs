//! The admin listener: operators' endpoints, served on their own address (`admin.listen`),
//! never on the MCP listener.
//!
//! - `GET /metrics`: Prometheus text format ([`crate::metrics`]); no token.
//! - `GET /healthz`: liveness; no token.
//! - `GET /readyz`: readiness (503 when every server is down); no token.
//! - `GET /admin/servers`: every upstream's state (connection, breaker, load, held tools).
//! - `GET /admin/audit`: audit records, filtered and paged ([`audit`]).
//! - `GET /admin/pins`, `POST /admin/pins/{server}/{tool}/approve`: rug-pull pins ([`pins`]).
//! - `GET /admin/approvals`, `POST /admin/approvals/{id}/{approve|deny}`: held calls
//!   ([`approvals`]).
//! - `/ui/...`: the web dashboard over the same ([`ui`]), signed in with the same credentials.
//!
//! `/admin/...` requires `Authorization: Bearer <admin.token>`, or credentials the gateway's
//! own authentication accepts (a JWT or API key) for a principal holding one of `admin.roles`;
//! with neither configured (loopback only) it is open. Decisions are recorded as made by the
//! authenticated principal when there is one.

mod approvals;
mod audit;
mod pins;
mod ui;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use sha2::{Digest, Sha256};

use crate::Gateway;

/// Who may use `/admin/...`.
#[derive(Debug, Clone, Default)]
pub struct AdminAccess {
    /// The bearer token that grants access (`admin.token`).
    pub token: Option<String>,
    /// Roles of authenticated principals that grant access (`admin.roles`).
    pub roles: Vec<String>,
    /// The `Host` names requests must carry (any port); empty: any host. A loopback admin
    /// listener takes its loopback names only, so that DNS rebinding cannot reach it.
    pub allowed_hosts: Vec<String>,
    /// Browser origins besides the listener's own (`admin.allowed_origins`).
    pub allowed_origins: Vec<String>,
}

/// State of the admin routes: the gateway, the token's digest and the admin roles.
#[derive(Clone)]
struct Admin {
    gateway: Gateway,
    token: Option<[u8; 32]>,
    roles: std::sync::Arc<Vec<String>>,
    allowed_hosts: std::sync::Arc<Vec<String>>,
    allowed_origins: std::sync::Arc<Vec<String>>,
    /// The dashboard's sign-ins.
    ui: std::sync::Arc<ui::UiSessions>,
    /// The CSRF token of the dashboard's forms on an open admin listener (no sign-in).
    open_csrf: std::sync::Arc<str>,
}

/// Who made an admin request.
#[derive(Clone)]
enum Operator {
    /// The admin token (or an open loopback listener): the request may say who it is.
    Token,
    /// An authenticated principal with an admin role: recorded under its user or agent, not
    /// to be overridden.
    Principal(std::sync::Arc<policy::Principal>),
}

impl Operator {
    /// The name a decision is recorded under: the principal's, else the `by` the request
    /// claims, else `admin`.
    fn name(&self, claimed: Option<String>) -> String {
        match self {
            Operator::Principal(p) => p.user.clone().unwrap_or_else(|| p.agent.clone()),
            Operator::Token => claimed.unwrap_or_else(|| "admin".to_owned()),
        }
    }

    /// The tenant this operator's view is limited to: an admin principal of a tenant sees and
    /// decides its tenant's calls and records only; the admin token and a principal of no
    /// tenant see everything.
    fn tenant(&self) -> Option<&str> {
        match self {
            Operator::Principal(p) => p.tenant.as_deref(),
            Operator::Token => None,
        }
    }

    /// `filter` limited to this operator's view: an operator of one tenant reads that
    /// tenant's records only (asking for another's is forbidden).
    fn scope(&self, mut filter: store::AuditFilter) -> Result<store::AuditFilter, AdminError> {
        if let Some(tenant) = self.tenant() {
            if filter.tenant.as_deref().is_some_and(|t| t != tenant) {
                return Err(AdminError::Forbidden(format!(
                    "an operator of tenant '{tenant}' reads that tenant's records only"
                )));
            }
            filter.tenant = Some(tenant.to_owned());
        }
        Ok(filter)
    }

    /// Whether `approval` is in this operator's view (see [`Operator::tenant`]).
    fn sees(&self, approval: &store::Approval) -> bool {
        self.tenant()
            .is_none_or(|t| approval.request.principal["tenant"].as_str() == Some(t))
    }

    /// Refuse what only an operator of every tenant may do (a tool's pin is every tenant's).
    fn require_global(&self, what: &str) -> Result<(), AdminError> {
        match self.tenant() {
            None => Ok(()),
            Some(t) => Err(AdminError::Forbidden(format!(
                "{what} concerns every tenant; an operator of tenant '{t}' cannot"
            ))),
        }
    }

    /// Whether this operator is the principal whose call `approval` holds: nobody decides
    /// their own call (an agent with an admin role would approve itself).
    fn made(&self, approval: &store::Approval) -> bool {
        let Operator::Principal(p) = self else {
            return false;
        };
        let held = &approval.request.principal;
        held["agent"].as_str() == Some(p.agent.as_str())
            && held["user"].as_str() == p.user.as_deref()
            && held["tenant"].as_str() == p.tenant.as_deref()
    }
}

/// The admin routes.
pub(crate) fn routes(gateway: Gateway, access: AdminAccess) -> Router {
    let state = Admin {
        gateway,
        token: access.token.map(|t| Sha256::digest(t.as_bytes()).into()),
        roles: std::sync::Arc::new(access.roles),
        allowed_hosts: std::sync::Arc::new(access.allowed_hosts),
        allowed_origins: std::sync::Arc::new(access.allowed_origins),
        ui: std::sync::Arc::default(),
        open_csrf: ui::random_hex().into(),
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
        .merge(ui::routes(state.clone()))
        .route("/metrics", get(metrics))
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(readiness))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            check_origin_and_host,
        ))
        .with_state(state)
}

/// Refuse a request from a foreign `Origin` (one other than the listener's own, as its `Host`
/// names it, and `admin.allowed_origins`: unlike the MCP listener's, not any loopback origin,
/// for a page on another local port is another site) or for a foreign `Host` (and mark every
/// answer `nosniff`):
/// a web page must not read the audit log or approve a held call through the browser of an
/// operator on this machine (cross-site requests, DNS rebinding), least of all when the admin
/// API has no token.
async fn check_origin_and_host(
    State(admin): State<Admin>,
    request: Request,
    next: Next,
) -> Response {
    let check = crate::http::check_same_origin(request.headers(), &admin.allowed_origins)
        .and_then(|()| crate::http::check_host(request.headers(), &admin.allowed_hosts));
    let mut response = match check {
        Ok(()) => next.run(request).await,
        Err(refusal) => refusal.into_response(),
    };
    // No browser reads an answer (an audit record quoting HTML) as anything but its type.
    response.headers_mut().insert(
        header::X_CONTENT_TYPE_OPTIONS,
        axum::http::HeaderValue::from_static("nosniff"),
    );
    response
}

/// `/readyz`, as on the MCP listener.
async fn readiness(State(admin): State<Admin>) -> Response {
    crate::http::readiness(State(admin.gateway)).await
}

/// Refuse `/admin/...` unless it carries the admin token (compared as SHA-256 digests, so the
/// comparison's time does not depend on how much of the token matched) or credentials of a
/// principal with an admin role.
async fn require_token(State(admin): State<Admin>, mut request: Request, next: Next) -> Response {
    if let Some(operator) = identify(&admin, request.headers()).await {
        request.extensions_mut().insert(operator);
        return next.run(request).await;
    }
    tracing::warn!(path = %request.uri().path(), "admin request without a valid token or admin role");
    let challenge = [(header::WWW_AUTHENTICATE, "Bearer realm=\"gatehouse-admin\"")];
    (
        StatusCode::UNAUTHORIZED,
        challenge,
        "admin token or admin role required\n",
    )
        .into_response()
}

impl Admin {
    /// Whether the admin API is open (no token and no admin roles configured: loopback only).
    fn is_open(&self) -> bool {
        self.token.is_none() && self.roles.is_empty()
    }
}

/// Who the credentials in `headers` (`Authorization: Bearer ...`) belong to: the admin token,
/// a principal with an admin role, or nobody (`None`). An open admin API takes everyone as
/// the token's holder.
async fn identify(admin: &Admin, headers: &axum::http::HeaderMap) -> Option<Operator> {
    if admin.is_open() {
        return Some(Operator::Token);
    }
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.get(..7)
                .filter(|p| p.eq_ignore_ascii_case("bearer "))
                .map(|_| &v[7..])
        })
        .map(|t| <[u8; 32]>::from(Sha256::digest(t.trim().as_bytes())));
    let token_matches = match (bearer, admin.token) {
        (Some(presented), Some(expected)) => {
            presented
                .iter()
                .zip(expected.iter())
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0
        }
        _ => false,
    };
    match token_matches {
        true => Some(Operator::Token),
        false => admin_principal(admin, headers)
            .await
            .map(Operator::Principal),
    }
}

/// The identity of a principal the gateway's authentication accepts and that holds one of the
/// admin roles.
async fn admin_principal(
    admin: &Admin,
    headers: &axum::http::HeaderMap,
) -> Option<std::sync::Arc<policy::Principal>> {
    if admin.roles.is_empty() {
        return None;
    }
    let auth = admin.gateway.auth()?;
    let principal = auth.authenticate(headers, "/admin").await.ok()?;
    let is_admin = principal.roles.iter().any(|r| admin.roles.contains(r));
    is_admin.then_some(principal)
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
    /// The operator may not do this.
    #[error("{0}")]
    Forbidden(String),
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
            AdminError::Forbidden(_) => StatusCode::FORBIDDEN,
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
