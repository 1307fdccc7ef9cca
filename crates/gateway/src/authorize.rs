//! The authorization stage: Cedar policies (the `policy` crate's `Engine`) decide each call and
//! each list entry, per principal, with the call's arguments, the client address, the time and
//! the session's taint in the context. A tool the caller may not call is absent from its
//! `tools/list` and calling it gets the same error as an unknown tool: policies are not
//! revealed. Every decision's policy ids go to the audit record.

use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use policy::{Action, CallContext, Effect, Engine, Principal, ResourceRef, SessionFlags};
use protocol::{RawObject, Request, Response};
use serde_json::Value;

use crate::Gateway;
use crate::error::GatewayError;
use crate::pipeline::Target;
use crate::session::{Session, lock};
use crate::tool_list;

/// The principal of a session: the authenticated one, or `anonymous`.
fn principal_of(session: &Session) -> Arc<Principal> {
    session
        .caller
        .principal
        .clone()
        .unwrap_or_else(|| Arc::new(Principal::agent("anonymous")))
}

fn flags(session: &Session) -> SessionFlags {
    let flow = lock(&session.flow);
    SessionFlags {
        untrusted_content: flow.untrusted_content,
        private_data: flow.private_data,
    }
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// A call the policies let through.
pub(crate) struct Permitted {
    /// The determining policy ids.
    pub policy_ids: Vec<String>,
    /// When a policy asks for a human's approval first: (server, original tool, qualified).
    pub needs_approval: Option<(String, String, String)>,
}

/// Decide a `tools/call` before it is routed.
pub(crate) fn check_call(
    engine: &Engine,
    gateway: &Gateway,
    session: &Session,
    target: &Target,
    request: &Request,
) -> Result<Permitted, GatewayError> {
    let Some((upstream, original, qualified)) = target.tool_owner(gateway) else {
        return Ok(Permitted {
            policy_ids: Vec::new(),
            needs_approval: None,
        });
    };
    let params = RawObject::parse_params(request.params.as_deref());
    let arguments = params.and_then(|p| p.get_as::<serde_json::Map<String, Value>>("arguments"));
    let ctx = CallContext {
        arguments: arguments.as_ref(),
        client_ip: session.caller.addr.map(|a| a.ip()),
        time: now(),
        session: flags(session),
        findings: &[],
    };
    let resource = ResourceRef::tool(upstream.name(), &original);
    let decision = engine.authorize(&principal_of(session), Action::CallTool, &resource, &ctx);
    let needs_approval = match decision.effect {
        Effect::Allow => None,
        Effect::Deny => return Err(GatewayError::UnknownTool(target.shown_name(&qualified))),
        Effect::NeedsApproval => Some((
            upstream.name().to_owned(),
            original,
            target.shown_name(&qualified),
        )),
    };
    Ok(Permitted {
        policy_ids: decision.policy_ids,
        needs_approval,
    })
}

/// Remove from a `tools/list` result the tools the caller may not call.
pub(crate) fn filter_list(
    engine: &Engine,
    gateway: &Gateway,
    session: &Session,
    response: Response,
) -> Response {
    let Some(mut result) = tool_list::parse(&response) else {
        return response;
    };
    let Some(tools) = tool_list::tools_mut(&mut result) else {
        return response;
    };
    let principal = principal_of(session);
    let ctx = CallContext {
        arguments: None,
        client_ip: session.caller.addr.map(|a| a.ip()),
        time: now(),
        session: flags(session),
        findings: &[],
    };
    let before = tools.len();
    tools.retain(
        |tool| match tool_list::owner_of(gateway, &session.scope, tool) {
            Some((upstream, original)) => engine.visible(
                &principal,
                &ResourceRef::tool(upstream.name(), original),
                &ctx,
            ),
            None => tool.get("name").is_none(),
        },
    );
    if tools.len() == before {
        return response;
    }
    tool_list::respond(response, &result)
}
