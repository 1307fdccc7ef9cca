//! The authorization stage: Cedar policies (the `policy` crate's `Engine`) decide each call and
//! each list entry, per principal, with the call's arguments, the client address, the time and
//! the session's taint in the context. A tool, prompt or resource the caller may not use is
//! absent from its lists, and using it gets the same error as an unknown one: policies are not
//! revealed. Every decision's policy ids go to the audit record. Tools are decided here;
//! prompts and resources in `items`.

use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use policy::{Action, CallContext, Effect, Engine, Principal, ResourceRef, SessionFlags};
use protocol::{RawObject, Request, Response, methods};
use serde_json::{Map, Value};

use crate::Gateway;
use crate::error::GatewayError;
use crate::pipeline::Target;
use crate::session::{Session, lock};
use crate::tool_list;

pub(crate) mod items;

/// The principal of a session: the authenticated one, or `anonymous`.
pub(crate) fn principal_of(session: &Session) -> Arc<Principal> {
    session
        .caller
        .principal
        .clone()
        .unwrap_or_else(|| Arc::new(Principal::agent("anonymous")))
}

/// The Cedar context of a request in `session`: its client address, the time, the session's
/// taint flags and the call's `arguments`.
pub(crate) fn context<'a>(
    session: &Session,
    arguments: Option<&'a Map<String, Value>>,
) -> CallContext<'a> {
    CallContext {
        arguments,
        client_ip: session.caller.addr.map(|a| a.ip()),
        time: now(),
        session: flags(session),
        findings: &[],
    }
}

/// The `arguments` member of a request's params, as an object.
pub(crate) fn arguments_of(request: &Request) -> Option<Map<String, Value>> {
    RawObject::parse_params(request.params.as_deref())?.get_as("arguments")
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
    /// When a policy asks for a human's approval first.
    pub needs_approval: Option<NeedsApproval>,
}

/// A call a policy holds for a human's approval.
pub(crate) struct NeedsApproval {
    /// The server.
    pub server: String,
    /// The tool's original name.
    pub tool: String,
    /// The name the caller used.
    pub shown: String,
    /// Why: the determining policies' `@reason`s (a default when they give none).
    pub reason: String,
}

/// A `tools/call` to decide: what it names, the request, and the guard's finding categories
/// so far (`context.findings`).
pub(crate) struct Call<'a> {
    /// The server and tool it names.
    pub target: &'a Target,
    /// The request (its arguments go to `context.arguments`).
    pub request: &'a Request,
    /// The guard's finding categories on its arguments and the session's flow.
    pub findings: &'a [String],
}

/// Decide a `tools/call` before it is routed. The determining policy ids are pushed to
/// `policy_ids` whether the call is permitted or refused.
pub(crate) fn check_call(
    engine: &Engine,
    gateway: &Gateway,
    session: &Session,
    call: &Call<'_>,
    policy_ids: &mut Vec<String>,
) -> Result<Permitted, GatewayError> {
    let (target, request) = (call.target, call.request);
    let Some((upstream, original, qualified)) = target.tool_owner(gateway, session) else {
        return Ok(Permitted {
            needs_approval: None,
        });
    };
    let arguments = arguments_of(request);
    let mut ctx = context(session, arguments.as_ref());
    ctx.findings = call.findings;
    let resource = ResourceRef::tool(upstream.name(), &original);
    let decision = engine.authorize(&principal_of(session), Action::CallTool, &resource, &ctx);
    policy_ids.extend(decision.policy_ids.iter().cloned());
    let needs_approval = match decision.effect {
        Effect::Allow => None,
        Effect::Deny => {
            if let Some(why) = decision.invalid_argument() {
                return Err(GatewayError::InvalidParams(why.to_owned()));
            }
            return Err(GatewayError::UnknownTool(target.shown_name(&qualified)));
        }
        Effect::NeedsApproval => Some(NeedsApproval {
            server: upstream.name().to_owned(),
            tool: original,
            shown: target.shown_name(&qualified),
            reason: match decision.reasons.is_empty() {
                true => "a policy marks this call @approval".to_owned(),
                false => decision.reasons.join("; "),
            },
        }),
    };
    Ok(Permitted { needs_approval })
}

/// Whether the policy hides `server`'s tool `original` from the session's caller: what its
/// `tools/list` leaves out (no policy: nothing is hidden).
pub(crate) fn hidden_tool(
    gateway: &Gateway,
    session: &Session,
    server: &str,
    original: &str,
) -> bool {
    let Some(engine) = gateway.settings().policy.clone() else {
        return false;
    };
    let resource = ResourceRef::tool(server, original);
    !engine.visible(&principal_of(session), &resource, &context(session, None))
}

/// Remove from a list result (`tools/list`, `prompts/list`, `resources/list`,
/// `resources/templates/list`) the entries the caller may not use. An entry is kept when its
/// use action (`call_tool`, `get_prompt`, `read_resource`) would be permitted with
/// `context.listing` true and no arguments (`Engine::visible`); a template is judged by its
/// `uriTemplate` as a `Resource`. Other methods' responses pass unchanged.
pub(crate) fn filter_list(
    engine: &Engine,
    gateway: &Gateway,
    session: &Session,
    method: &str,
    response: Response,
) -> Response {
    let listed = items::Listed::of(method);
    if listed.is_none() && method != methods::TOOLS_LIST {
        return response;
    }
    let principal = principal_of(session);
    let ctx = context(session, None);
    let visible = |resource: ResourceRef| engine.visible(&principal, &resource, &ctx);
    let Some(listed) = listed else {
        return retain(response, "tools", |tool| {
            match tool_list::owner_of(gateway, session, tool) {
                Some((upstream, original)) => visible(ResourceRef::tool(upstream.name(), original)),
                None => tool.get("name").is_none(),
            }
        });
    };
    retain(response, listed.items, |item| {
        match listed.resource_of(gateway, &session.scope, item) {
            Some(resource) => visible(resource),
            None => item.get(listed.key).is_none(),
        }
    })
}

/// Keep the entries of `result[items]` that `keep` accepts; the response is re-serialized only
/// when something was removed.
fn retain(response: Response, items: &str, keep: impl Fn(&Value) -> bool) -> Response {
    let Some(mut result) = tool_list::parse(&response) else {
        return response;
    };
    let Some(entries) = result.get_mut(items).and_then(Value::as_array_mut) else {
        return response;
    };
    let before = entries.len();
    entries.retain(|entry| keep(entry));
    if entries.len() == before {
        return response;
    }
    tool_list::respond(response, &result)
}
