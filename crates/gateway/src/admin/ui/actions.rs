//! What the dashboard's forms do: sign in and out, decide a held call, approve a changed
//! tool definition. Each form carries the session's CSRF token; a form without it is
//! refused (403) and logged. An htmx request gets the refreshed list with a message; a plain
//! form post is sent back to its page (303), or shown the error.

use axum::Form;
use axum::extract::{Extension, Path, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use store::Decision;

use super::sessions::{COOKIE, LIFETIME, same_secret};
use super::views::LoginPage;
use super::{SignedIn, operator_for, pages, render};
use crate::admin::{Admin, approvals, pins};

/// The sign-in form.
#[derive(Deserialize)]
pub(super) struct LoginForm {
    credential: String,
    #[serde(default)]
    name: String,
}

/// A form that only carries the CSRF token.
#[derive(Deserialize)]
pub(super) struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

/// The pin approval form. Server and tool are fields, not path segments: a tool's name may
/// hold `/`, `?` or `..`, which in a form's URL would send the click elsewhere.
#[derive(Deserialize)]
pub(super) struct PinForm {
    #[serde(default)]
    csrf: String,
    server: String,
    tool: String,
    hash: String,
}

pub(super) async fn login(State(admin): State<Admin>, Form(form): Form<LoginForm>) -> Response {
    if admin.is_open() {
        return Redirect::to("/ui").into_response();
    }
    let credential = form.credential.trim().to_owned();
    let operator = match credential.is_empty() {
        true => None,
        false => operator_for(&admin, &credential).await,
    };
    let name: String = form.name.trim().chars().take(64).collect();
    if operator.is_none() {
        tracing::warn!("dashboard sign-in refused: not the admin token nor an admin principal");
        let page = LoginPage {
            error: "Not the admin token, nor a credential of a principal with an admin role."
                .into(),
            name,
        };
        return (StatusCode::UNAUTHORIZED, render(&page)).into_response();
    }
    let name = (!name.is_empty()).then_some(name);
    tracing::info!(name = name.as_deref().unwrap_or(""), "dashboard sign-in");
    let id = admin.ui.create(credential, name);
    let cookie = format!(
        "{COOKIE}={id}; Path=/ui; HttpOnly; SameSite=Strict; Max-Age={}",
        LIFETIME.as_secs()
    );
    ([(header::SET_COOKIE, cookie)], Redirect::to("/ui")).into_response()
}

pub(super) async fn logout(
    State(admin): State<Admin>,
    Extension(who): Extension<SignedIn>,
    Form(form): Form<CsrfForm>,
) -> Response {
    if !csrf_ok(&who, &form.csrf) {
        return forged();
    }
    if let Some(id) = &who.session {
        admin.ui.remove(id);
    }
    let expired = format!("{COOKIE}=; Path=/ui; HttpOnly; SameSite=Strict; Max-Age=0");
    ([(header::SET_COOKIE, expired)], Redirect::to("/ui/login")).into_response()
}

pub(super) async fn decide(
    State(admin): State<Admin>,
    Extension(who): Extension<SignedIn>,
    Path((id, decision)): Path<(String, String)>,
    headers: axum::http::HeaderMap,
    Form(form): Form<CsrfForm>,
) -> Response {
    if !csrf_ok(&who, &form.csrf) {
        return forged();
    }
    let outcome = match approvals::parse_decision(&decision) {
        Ok(d) => approvals::decide_held(&admin, &who.operator, &id, d, who.name.clone())
            .await
            .map(|a| format!("{}/{}: {}", a.request.server, a.request.tool, past(d))),
        Err(e) => Err(e),
    };
    match (is_htmx(&headers), outcome) {
        (true, Ok(flash)) => pages::approval_list(&admin, &who, flash, String::new()).await,
        (true, Err(e)) => pages::approval_list(&admin, &who, String::new(), e.to_string()).await,
        (false, Ok(_)) => Redirect::to("/ui/approvals").into_response(),
        (false, Err(e)) => e.into_response(),
    }
}

pub(super) async fn approve_pin(
    State(admin): State<Admin>,
    Extension(who): Extension<SignedIn>,
    headers: axum::http::HeaderMap,
    Form(form): Form<PinForm>,
) -> Response {
    if !csrf_ok(&who, &form.csrf) {
        return forged();
    }
    let name = who.name.clone();
    let (server, tool) = (&form.server, &form.tool);
    let outcome = pins::approve_pin(&admin, &who.operator, server, tool, &form.hash, name)
        .await
        .map(|p| format!("{}/{}: the new definition is pinned", p.server, p.tool));
    match (is_htmx(&headers), outcome) {
        (true, Ok(flash)) => pages::pin_list(&admin, &who, flash, String::new()).await,
        (true, Err(e)) => pages::pin_list(&admin, &who, String::new(), e.to_string()).await,
        (false, Ok(_)) => Redirect::to("/ui/pins").into_response(),
        (false, Err(e)) => e.into_response(),
    }
}

/// Whether `presented` is the session's CSRF token.
fn csrf_ok(who: &SignedIn, presented: &str) -> bool {
    same_secret(presented, &who.csrf)
}

/// The 403 (and log line) for a form without the session's CSRF token.
fn forged() -> Response {
    tracing::warn!("dashboard form without the session's CSRF token refused");
    let body = Html("the form is stale or was not sent by the dashboard; reload the page\n");
    (StatusCode::FORBIDDEN, body).into_response()
}

/// Whether htmx sent the request (and swaps the answer in).
fn is_htmx(headers: &axum::http::HeaderMap) -> bool {
    headers.contains_key("hx-request")
}

/// "approved" or "denied".
fn past(decision: Decision) -> &'static str {
    match decision {
        Decision::Approve => "approved",
        Decision::Deny => "denied",
    }
}
