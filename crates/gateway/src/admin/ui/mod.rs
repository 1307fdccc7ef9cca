//! The web dashboard, on the admin listener under `/ui`: the servers' state, the calls held
//! for approval (approve or deny with a click), changed tool definitions side by side with
//! their pins, and the audit log with the filters of `gatehouse audit query`.
//!
//! Pages are rendered on the server (askama templates, every value escaped) and refreshed in
//! place with htmx, served from the binary (no CDN: the dashboard works offline). Every form
//! also works without JavaScript. Signing in exchanges the admin token, or the credential of
//! a principal with an admin role, for a session cookie ([`sessions`]); an open admin
//! listener (no token, no roles: loopback only) needs no sign-in. What an operator sees and
//! may decide is exactly what the admin API lets them (a tenant's operator sees that tenant).
//!
//! Cross-site forgery: the admin listener refuses a foreign `Origin`, the cookie is
//! `SameSite=Strict`, and every form carries the session's CSRF token. Pages allow scripts,
//! styles and requests from the listener itself only (`Content-Security-Policy`) and may not
//! be framed.

mod actions;
mod pages;
mod sessions;
mod views;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};

use super::{Admin, Operator, identify};
pub(in crate::admin) use sessions::{UiSessions, random_hex};

/// The bundled htmx (2.0.11, BSD Zero Clause licence, `assets/htmx.LICENSE`).
const HTMX: &str = include_str!("../../../assets/htmx.min.js");
/// The dashboard's style sheet.
const CSS: &str = include_str!("../../../assets/ui.css");
/// The dashboard's icon.
const FAVICON: &str = include_str!("../../../assets/favicon.svg");

/// The headers every dashboard answer carries.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
                   connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// Who is signed in, for the request being served.
#[derive(Clone)]
pub(super) struct SignedIn {
    /// The operator, as the admin API would see them.
    operator: Operator,
    /// The name decisions are recorded under when the operator holds the token.
    name: Option<String>,
    /// The token the session's forms carry.
    csrf: String,
    /// The session (none on an open admin listener).
    session: Option<String>,
}

impl SignedIn {
    /// How the header names the operator.
    fn who(&self) -> String {
        match &self.operator {
            Operator::Principal(p) => {
                let name = p.user.clone().unwrap_or_else(|| p.agent.clone());
                match &p.tenant {
                    Some(t) => format!("{name} (tenant {t})"),
                    None => name,
                }
            }
            Operator::Token => self.name.clone().unwrap_or_else(|| "admin".to_owned()),
        }
    }

    /// The header of a page.
    fn nav(&self, active: &'static str) -> views::Nav {
        views::Nav {
            active,
            who: self.who(),
            can_sign_out: self.session.is_some(),
            csrf: self.csrf.clone(),
        }
    }
}

/// The dashboard's routes (merged into the admin listener's).
pub(super) fn routes(admin: Admin) -> Router<Admin> {
    let signed_in = Router::new()
        .route("/ui", get(pages::overview))
        .route("/ui/part/servers", get(pages::servers_part))
        .route("/ui/part/counts", get(pages::counts_part))
        .route("/ui/part/recent", get(pages::recent_part))
        .route("/ui/part/approvals", get(pages::approvals_part))
        .route("/ui/approvals", get(pages::approvals))
        .route("/ui/approvals/{id}/{decision}", post(actions::decide))
        .route("/ui/pins", get(pages::pins))
        .route("/ui/pins/approve", post(actions::approve_pin))
        .route("/ui/audit", get(pages::audit))
        .route("/ui/audit.jsonl", get(pages::audit_export))
        .route("/ui/logout", post(actions::logout))
        .route_layer(axum::middleware::from_fn_with_state(admin, require_session));
    signed_in
        .route("/ui/", get(|| async { Redirect::to("/ui") }))
        .route("/ui/login", get(login_page).post(actions::login))
        .route("/ui/static/htmx.min.js", get(htmx))
        .route("/ui/static/ui.css", get(css))
        .route("/ui/static/favicon.svg", get(favicon))
        .route("/favicon.ico", get(favicon))
        .layer(axum::middleware::from_fn(security_headers))
}

/// Send a request without a live session to the sign-in page (an htmx request is told to go
/// there rather than given the page to swap in).
async fn require_session(State(admin): State<Admin>, mut request: Request, next: Next) -> Response {
    match signed_in(&admin, request.headers()).await {
        Some(who) => {
            request.extensions_mut().insert(who);
            next.run(request).await
        }
        None if request.headers().contains_key("hx-request") => {
            (StatusCode::UNAUTHORIZED, [("hx-redirect", "/ui/login")]).into_response()
        }
        None => Redirect::to("/ui/login").into_response(),
    }
}

/// The operator whose session cookie `headers` carry, checked again against the credential
/// it signed in with (a revoked key or an expired token ends it); anyone on an open listener.
async fn signed_in(admin: &Admin, headers: &HeaderMap) -> Option<SignedIn> {
    if admin.is_open() {
        return Some(SignedIn {
            operator: Operator::Token,
            name: None,
            csrf: admin.open_csrf.to_string(),
            session: None,
        });
    }
    let (id, session) =
        sessions::session_ids(headers).find_map(|id| Some((id, admin.ui.get(id)?)))?;
    let Some(operator) = operator_for(admin, &session.credential).await else {
        tracing::info!("a dashboard session's credential no longer grants admin access");
        admin.ui.remove(id);
        return None;
    };
    Some(SignedIn {
        operator,
        name: session.name,
        csrf: session.csrf,
        session: Some(id.to_owned()),
    })
}

/// Who `credential` makes its holder, as the admin API would see a bearer of it.
async fn operator_for(admin: &Admin, credential: &str) -> Option<Operator> {
    let value = HeaderValue::from_str(&format!("Bearer {credential}")).ok()?;
    let mut headers = HeaderMap::new();
    headers.insert(header::AUTHORIZATION, value);
    identify(admin, &headers).await
}

/// Every dashboard answer: no framing, resources from the listener only, no referrer to
/// other sites (`same-origin`: with `no-referrer` a browser sends the dashboard's own form
/// posts with `Origin: null`, which the listener refuses), and pages not cached (they show
/// the audit log).
async fn security_headers(request: Request, next: Next) -> Response {
    let is_static = request.uri().path().starts_with("/ui/static/");
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    let cache = match is_static {
        true => "public, max-age=3600",
        false => "no-store",
    };
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    response
}

async fn login_page(State(admin): State<Admin>, headers: HeaderMap) -> Response {
    if signed_in(&admin, &headers).await.is_some() {
        return Redirect::to("/ui").into_response();
    }
    render(&views::LoginPage {
        error: String::new(),
        name: String::new(),
    })
}

async fn favicon() -> Response {
    ([(header::CONTENT_TYPE, "image/svg+xml")], FAVICON).into_response()
}

async fn htmx() -> Response {
    let content_type = "text/javascript; charset=utf-8";
    ([(header::CONTENT_TYPE, content_type)], HTMX).into_response()
}

async fn css() -> Response {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], CSS).into_response()
}

/// A template as an HTML answer (a 500 with a log line should it fail to render).
fn render(template: &impl askama::Template) -> Response {
    match template.render() {
        Ok(html) => Html(html).into_response(),
        Err(error) => {
            tracing::error!(%error, "a dashboard page failed to render");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                "the page failed to render\n",
            )
                .into_response()
        }
    }
}
