//! Human approval of sensitive calls: a `tools/call` a Cedar policy marks `@approval` is held,
//! recorded as a pending approval in the store, and waits (up to `policy.approval_timeout`)
//! for an operator's decision through the admin API (`POST /admin/approvals/{id}/approve` or
//! `.../deny`). Approved, the call proceeds through the rest of the pipeline; denied or
//! undecided, the client gets `-32043` with the approval's id and status.
//!
//! A decision made by this process wakes the held call at once; one made by another process
//! sharing the store (another replica) is seen by polling.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use protocol::{RawObject, Request};
use serde_json::Value;
use store::{ApprovalStatus, Decision, NewApproval};
use tokio::sync::Notify;

use crate::Gateway;
use crate::error::GatewayError;
use crate::session::Session;

/// How often a held call re-reads its approval (for decisions made elsewhere).
const POLL: Duration = Duration::from_millis(500);

/// The wake-up handles of held calls, by approval id.
#[derive(Default)]
pub(crate) struct Waiters {
    held: Mutex<HashMap<String, Arc<Notify>>>,
}

impl Waiters {
    fn register(&self, id: &str) -> Arc<Notify> {
        let notify = Arc::new(Notify::new());
        let mut held = self.held.lock().unwrap_or_else(|p| p.into_inner());
        held.insert(id.to_owned(), Arc::clone(&notify));
        notify
    }

    fn remove(&self, id: &str) {
        let mut held = self.held.lock().unwrap_or_else(|p| p.into_inner());
        held.remove(id);
    }

    /// Wake the call held for `id`, if this process holds it.
    pub(crate) fn wake(&self, id: &str) {
        let held = self.held.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(notify) = held.get(id) {
            notify.notify_one();
        }
    }
}

/// Hold `request` (a call of `tool` on `server`) until a human decides; `Ok` when approved.
pub(crate) async fn hold(
    gateway: &Gateway,
    session: &Session,
    server: &str,
    tool: &str,
    qualified: &str,
    request: &Request,
) -> Result<String, GatewayError> {
    let Some(audit) = gateway.audit() else {
        return Err(GatewayError::ApprovalRequired(qualified.to_owned()));
    };
    let approvals = audit.store().approvals();
    let id = uuid::Uuid::new_v4().simple().to_string();
    let pending = new_approval(&id, session, server, tool, request);
    if let Err(error) = approvals.create(&pending).await {
        tracing::error!(%error, tool = qualified, "cannot record an approval request");
        return Err(GatewayError::ApprovalRequired(qualified.to_owned()));
    }
    tracing::info!(approval = %id, tool = qualified, "call held for human approval");
    let notify = gateway.approvals().register(&id);
    let deadline = tokio::time::Instant::now() + gateway.settings().approval.timeout;
    let outcome = loop {
        match approvals.get(&id).await {
            Ok(Some(a)) if a.status == ApprovalStatus::Approved => {
                break Ok(a.decided_by.unwrap_or_default());
            }
            Ok(Some(a)) if a.status == ApprovalStatus::Denied => break Err("denied"),
            Ok(_) => {}
            Err(error) => tracing::warn!(%error, approval = %id, "cannot read an approval"),
        }
        if tokio::time::Instant::now() >= deadline {
            break expire(&approvals, &id).await;
        }
        let wait = POLL.min(deadline - tokio::time::Instant::now());
        let _ = tokio::time::timeout(wait, notify.notified()).await;
    };
    gateway.approvals().remove(&id);
    outcome.map_err(|status| GatewayError::NotApproved {
        tool: qualified.to_owned(),
        id,
        status,
    })
}

/// Close an approval nobody decided in time (denied by the gateway, so it cannot be approved
/// after its call has failed); a decision that raced in still counts.
async fn expire(approvals: &store::Approvals, id: &str) -> Result<String, &'static str> {
    match approvals
        .decide(id, Decision::Deny, "gatehouse: timed out")
        .await
    {
        Ok(_) => Err("expired"),
        Err(_) => match approvals.get(id).await {
            Ok(Some(a)) if a.status == ApprovalStatus::Approved => {
                Ok(a.decided_by.unwrap_or_default())
            }
            _ => Err("expired"),
        },
    }
}

fn new_approval(
    id: &str,
    session: &Session,
    server: &str,
    tool: &str,
    request: &Request,
) -> NewApproval {
    let mut arguments = RawObject::parse_params(request.params.as_deref())
        .and_then(|p| p.get_as::<Value>("arguments"))
        .unwrap_or(Value::Null);
    crate::inspect::redact_for_audit(&mut arguments);
    let principal = match session.caller.principal.as_deref() {
        Some(p) => serde_json::json!({ "tenant": p.tenant, "user": p.user, "agent": p.agent }),
        None => serde_json::json!({ "agent": "anonymous" }),
    };
    NewApproval {
        id: id.to_owned(),
        time: time::OffsetDateTime::now_utc(),
        principal,
        server: server.to_owned(),
        tool: tool.to_owned(),
        arguments,
        reason: "a policy marks this call @approval".to_owned(),
    }
}
