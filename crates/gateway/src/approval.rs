//! Human approval of sensitive calls: a `tools/call` a Cedar policy marks `@approval` is held,
//! recorded as a pending approval in the store, and waits (up to `policy.approval_timeout`)
//! for a decision: an operator's through the admin API (`POST /admin/approvals/{id}/approve`
//! or `.../deny`), or, when the client is a session-era client that declared `elicitation`
//! (and `policy.approval_elicitation` is on), its user's answer to an `elicitation/create`
//! the gateway sends on the call's stream. Approved, the call proceeds through the rest of the
//! pipeline; denied or undecided, the client gets `-32043` with the approval's id and status.
//! Every decision is stored with who made it.
//!
//! A decision made by this process wakes the held call at once; one made by another process
//! sharing the store (another replica) is seen by polling.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use protocol::{Id, Message, Outcome, RawObject, Request, Response, methods, version};
use serde_json::Value;
use store::{ApprovalStatus, Decision, NewApproval};
use tokio::sync::Notify;

use crate::Gateway;
use crate::authorize::NeedsApproval;
use crate::error::GatewayError;
use crate::relay::RequestCtx;
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

/// Hold `request` (the call `approval` names) until a human decides; `Ok` (who approved)
/// when approved.
pub(crate) async fn hold(
    gateway: &Gateway,
    ctx: &RequestCtx,
    approval: &NeedsApproval,
    request: &Request,
) -> Result<String, GatewayError> {
    let shown = approval.shown.as_str();
    let Some(audit) = gateway.audit() else {
        return Err(GatewayError::ApprovalRequired(shown.to_owned()));
    };
    let approvals = audit.store().approvals();
    let id = uuid::Uuid::new_v4().simple().to_string();
    let pending = new_approval(&id, &ctx.session, approval, request);
    if let Err(error) = approvals.create(&pending).await {
        tracing::error!(%error, tool = shown, "cannot record an approval request");
        return Err(GatewayError::ApprovalRequired(shown.to_owned()));
    }
    tracing::info!(approval = %id, tool = shown, "call held for human approval");
    let notify = gateway.approvals().register(&id);
    let (asked, mut answer) = match gateway.settings().approval.elicitation {
        true => ask_client(ctx, shown, &pending.arguments).await,
        false => None,
    }
    .unzip();
    // Cancellable while held: the client's notifications/cancelled finds the call here.
    let inflight = ctx.client_id.clone();
    crate::session::lock(&ctx.session.inflight).insert(inflight.clone(), ctx.cancel.clone());
    let mut held = Held {
        gateway: gateway.clone(),
        session: std::sync::Arc::clone(&ctx.session),
        approvals: approvals.clone(),
        id: id.clone(),
        asked,
        inflight,
        settled: false,
    };
    let deadline = tokio::time::Instant::now() + gateway.settings().approval.timeout;
    let outcome = loop {
        match approvals.get(&id).await {
            Ok(Some(a)) if a.status == ApprovalStatus::Approved => {
                break Ok(a.decided_by.unwrap_or_default());
            }
            Ok(Some(a)) if a.status == ApprovalStatus::Denied => {
                break Err(("denied", a.decided_by));
            }
            Ok(_) => {}
            Err(error) => tracing::warn!(%error, approval = %id, "cannot read an approval"),
        }
        if tokio::time::Instant::now() >= deadline {
            break expire(&approvals, &id, "gatehouse: timed out", "expired").await;
        }
        let wait = POLL.min(deadline - tokio::time::Instant::now());
        tokio::select! {
            _ = tokio::time::timeout(wait, notify.notified()) => {}
            _ = ctx.cancel.cancelled() => {
                break expire(&approvals, &id, "gatehouse: the client cancelled", "cancelled").await;
            }
            reply = async { answer.as_mut().expect("guarded by the branch condition").await }, if answer.is_some() => {
                answer = None;
                let decision = elicited(reply.ok());
                let by = elicited_by(&ctx.session);
                if let Err(error) = approvals.decide(&id, decision, &by).await {
                    tracing::debug!(%error, approval = %id, "elicited answer after a decision");
                }
            }
        }
    };
    held.settled = true;
    drop(held);
    outcome.map_err(|(status, by)| GatewayError::NotApproved {
        tool: shown.to_owned(),
        id,
        status,
        by,
    })
}

/// A held call's registrations, undone however the wait ends. If it ends without a decision
/// (the client went away and the request was dropped), the approval is closed as denied so that
/// no operator approves a call that no longer exists.
struct Held {
    gateway: Gateway,
    session: std::sync::Arc<Session>,
    approvals: store::Approvals,
    id: String,
    asked: Option<u64>,
    inflight: protocol::Id,
    settled: bool,
}

impl Drop for Held {
    fn drop(&mut self) {
        self.gateway.approvals().remove(&self.id);
        if let Some(asked) = self.asked {
            crate::session::lock(&self.session.asked).remove(&asked);
        }
        crate::session::lock(&self.session.inflight).remove(&self.inflight);
        if self.settled {
            return;
        }
        let (approvals, id) = (self.approvals.clone(), self.id.clone());
        tokio::spawn(async move {
            let _ = approvals
                .decide(&id, Decision::Deny, "gatehouse: the call ended")
                .await;
        });
    }
}

/// Ask the client's user through `elicitation/create`, when the client can be asked: a
/// session-era client that declared elicitation. The request's id and where its answer will
/// arrive.
async fn ask_client(
    ctx: &RequestCtx,
    shown: &str,
    arguments: &Value,
) -> Option<(u64, tokio::sync::oneshot::Receiver<Response>)> {
    let session = &ctx.session;
    if !session.capabilities.elicitation || !version::is_supported(&session.protocol_version) {
        return None;
    }
    let (id, answer) = session.ask();
    let message = format!(
        "Gatehouse: a policy requires your approval before the agent calls {shown} with {arguments}. Approve?"
    );
    let params = serde_json::json!({
        "message": message,
        "requestedSchema": {
            "type": "object",
            "properties": {
                "approve": {"type": "boolean", "title": "Approve this call", "default": false}
            },
            "required": ["approve"]
        }
    });
    let request = Request {
        id: Id::number(id),
        method: methods::ELICITATION_CREATE.to_owned(),
        params: serde_json::value::to_raw_value(&params).ok(),
    };
    ctx.sink.send(Message::Request(request)).await;
    Some((id, answer))
}

/// The decision an elicitation answer stands for: approve only on `accept` with
/// `approve: true`; anything else (decline, cancel, an error, no answer) denies.
fn elicited(reply: Option<Response>) -> Decision {
    #[derive(serde::Deserialize)]
    struct Answer {
        action: String,
        #[serde(default)]
        content: Value,
    }
    let approved = match reply.map(|r| r.outcome) {
        Some(Outcome::Result(raw)) => serde_json::from_str::<Answer>(raw.get())
            .is_ok_and(|a| a.action == "accept" && a.content["approve"] == Value::Bool(true)),
        _ => false,
    };
    if approved {
        Decision::Approve
    } else {
        Decision::Deny
    }
}

/// Close an approval whose call stops waiting (the timeout passed, or the client cancelled):
/// denied by the gateway as `by`, so it cannot be approved after its call has failed; a
/// decision that raced in still counts. `status` is what the client is told.
async fn expire(
    approvals: &store::Approvals,
    id: &str,
    by: &str,
    status: &'static str,
) -> Result<String, (&'static str, Option<String>)> {
    match approvals.decide(id, Decision::Deny, by).await {
        Ok(_) => Err((status, None)),
        Err(_) => match approvals.get(id).await {
            Ok(Some(a)) if a.status == ApprovalStatus::Approved => {
                Ok(a.decided_by.unwrap_or_default())
            }
            Ok(Some(a)) if a.status == ApprovalStatus::Denied => Err(("denied", a.decided_by)),
            _ => Err((status, None)),
        },
    }
}

/// Who decided through elicitation: whoever answered the client's prompt, which the gateway
/// knows only as the call's principal (its user, else its agent — an automated agent may
/// answer its own prompt, which `policy.approval_elicitation` warns of).
fn elicited_by(session: &Session) -> String {
    let who = match session.caller.principal.as_deref() {
        Some(p) => p
            .user
            .clone()
            .unwrap_or_else(|| format!("agent {}", p.agent)),
        None => "anonymous client".to_owned(),
    };
    format!("{who} (elicitation)")
}

fn new_approval(
    id: &str,
    session: &Session,
    approval: &NeedsApproval,
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
        server: approval.server.clone(),
        tool: approval.tool.clone(),
        arguments,
        reason: approval.reason.clone(),
    }
}
