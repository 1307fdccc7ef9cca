//! Rug-pull pins: `GET /admin/pins` lists the approved pins and the pending (changed)
//! definitions; `POST /admin/pins/{server}/{tool}/approve` with `{"hash": "..."}` (the
//! pending definition's hash, so an operator approves exactly what they reviewed) makes it
//! the pin. The tool is screened afresh on the next `tools/list`, and sessions that see the
//! server are told its list changed.

use axum::Json;
use axum::extract::{Extension, Path, State};
use serde::Deserialize;
use serde_json::Value;

use super::{Admin, AdminError, Operator, store_of};

pub(super) async fn list(State(admin): State<Admin>) -> Result<Json<Value>, AdminError> {
    let pins = store_of(&admin.gateway)?.pins();
    let (approved, pending) = (pins.list().await?, pins.list_pending().await?);
    Ok(Json(
        serde_json::json!({ "pins": approved, "pending": pending }),
    ))
}

/// The body of an approval.
#[derive(Debug, Deserialize)]
pub(super) struct ApprovePin {
    /// The pending definition's hash, as `GET /admin/pins` shows it.
    hash: String,
    /// Who approves (for the record) when the admin token is used; default `admin`. A
    /// principal with an admin role is recorded under its own name.
    #[serde(default)]
    by: Option<String>,
}

pub(super) async fn approve(
    State(admin): State<Admin>,
    Extension(operator): Extension<Operator>,
    Path((server, tool)): Path<(String, String)>,
    body: Option<Json<ApprovePin>>,
) -> Result<Json<Value>, AdminError> {
    let Some(Json(body)) = body else {
        let expected = "expected a JSON body {\"hash\": \"<pending definition hash>\"}";
        return Err(AdminError::BadRequest(expected.to_owned()));
    };
    let pin = approve_pin(&admin, &operator, &server, &tool, &body.hash, body.by).await?;
    Ok(Json(serde_json::json!({ "pin": pin })))
}

/// Make the pending definition `hash` of `server`'s `tool` its pin (recorded under
/// `claimed_by` when the operator holds the token), have the tool screened afresh and tell
/// the sessions that see the server that its list changed. Only an operator of every tenant
/// may: a pin is every tenant's.
pub(super) async fn approve_pin(
    admin: &Admin,
    operator: &Operator,
    server: &str,
    tool: &str,
    hash: &str,
    claimed_by: Option<String>,
) -> Result<store::Pin, AdminError> {
    operator.require_global("a tool's pin")?;
    let store = store_of(&admin.gateway)?;
    let by = operator.name(claimed_by);
    let pin = store.pins().approve(server, tool, hash, &by).await?;
    tracing::info!(%server, %tool, %hash, %by, "changed tool definition approved");
    for upstream in admin.gateway.instances(server) {
        upstream.forget_screening(tool);
        crate::broadcast::tools_changed(&upstream).await;
    }
    Ok(pin)
}
