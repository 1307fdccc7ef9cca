//! Held calls: `GET /admin/approvals` lists the pending ones; `POST
//! /admin/approvals/{id}/approve` or `.../deny` (optional body `{"by": "alice"}`) decides one
//! and wakes the held call.

use axum::Json;
use axum::extract::{Extension, Path, State};
use serde::Deserialize;
use serde_json::Value;
use store::Decision;

use super::{Admin, AdminError, Operator, store_of};

pub(super) async fn list(
    State(admin): State<Admin>,
    Extension(operator): Extension<Operator>,
) -> Result<Json<Value>, AdminError> {
    let mut pending = store_of(&admin.gateway)?.approvals().list_pending().await?;
    pending.retain(|a| operator.sees(a));
    Ok(Json(serde_json::json!({ "approvals": pending })))
}

/// The optional body of a decision.
#[derive(Debug, Default, Deserialize)]
pub(super) struct DecisionBody {
    /// Who decides (for the record) when the admin token is used; default `admin`. A
    /// principal with an admin role is recorded under its own name.
    #[serde(default)]
    by: Option<String>,
}

pub(super) async fn decide(
    State(admin): State<Admin>,
    Extension(operator): Extension<Operator>,
    Path((id, decision)): Path<(String, String)>,
    body: Option<Json<DecisionBody>>,
) -> Result<Json<Value>, AdminError> {
    let decision = parse_decision(&decision)?;
    let by = body.and_then(|Json(b)| b.by);
    let approval = decide_held(&admin, &operator, &id, decision, by).await?;
    Ok(Json(serde_json::json!({ "approval": approval })))
}

/// The decision a path segment names (`approve` or `deny`).
pub(super) fn parse_decision(name: &str) -> Result<Decision, AdminError> {
    match name {
        "approve" => Ok(Decision::Approve),
        "deny" => Ok(Decision::Deny),
        other => Err(AdminError::NotFound(format!(
            "unknown decision {other:?} (approve or deny)"
        ))),
    }
}

/// Record `operator`'s decision on the held call `id` (under the name `claimed_by` when the
/// operator holds the token) and wake the call. A call outside the operator's view is not
/// found; the operator's own call is forbidden.
pub(super) async fn decide_held(
    admin: &Admin,
    operator: &Operator,
    id: &str,
    decision: Decision,
    claimed_by: Option<String>,
) -> Result<store::Approval, AdminError> {
    let store = store_of(&admin.gateway)?;
    let held = store.approvals().get(id).await?;
    if held.as_ref().is_some_and(|a| !operator.sees(a)) {
        return Err(AdminError::NotFound(format!("no held call {id:?}")));
    }
    if held.as_ref().is_some_and(|a| operator.made(a)) {
        tracing::warn!(approval = %id, "a principal tried to decide its own held call");
        let message = "the call is your own: another operator must decide it".to_owned();
        return Err(AdminError::Forbidden(message));
    }
    let by = operator.name(claimed_by);
    let approval = store.approvals().decide(id, decision, &by).await?;
    tracing::info!(approval = %id, ?decision, %by, "approval decided");
    admin.gateway.approvals().wake(id);
    Ok(approval)
}
