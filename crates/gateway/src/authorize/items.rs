//! Cedar for prompts and resources: `prompts/get` (action `get_prompt`), `resources/read`
//! (`read_resource`) and `resources/subscribe` (`subscribe`) are decided before routing, as is
//! `completion/complete` by what its `ref` names (`get_prompt` for a `ref/prompt`,
//! `read_resource` for a `ref/resource`: completions must not reveal a forbidden item), and
//! the entries of `prompts/list`, `resources/list` and `resources/templates/list` a caller may
//! not use are left out (see `super::filter_list`).
//!
//! The Cedar resource is `Prompt::"<server>/<name>"` or `Resource::"<server>/<uri>"` with the
//! server's own name or URI: on `/mcp` the client's `server__name` or `server+uri` is split
//! back (as the router does), on `/mcp/{server}` the client's name is the server's. Virtual
//! servers offer neither, so there is nothing to decide there. A refusal is the error an
//! unknown prompt (-32602) or resource (-32002) gets, so policies are not revealed.

use policy::{Action, Effect, Engine, ResourceKind, ResourceRef};
use protocol::{RawObject, Request, methods};
use serde_json::Value;

use crate::Gateway;
use crate::error::GatewayError;
use crate::namespace;
use crate::session::{Scope, Session};

/// How a prompt or resource request is decided, and the prompt name or resource URI it names
/// (as the client wrote it).
#[derive(Debug, Clone)]
struct Use {
    action: Action,
    kind: ResourceKind,
    named: String,
}

impl Use {
    fn of(request: &Request) -> Option<Self> {
        let params = RawObject::parse_params(request.params.as_deref())?;
        let (action, kind, named) = match request.method.as_str() {
            methods::PROMPTS_GET => (
                Action::GetPrompt,
                ResourceKind::Prompt,
                params.get_str("name"),
            ),
            methods::RESOURCES_READ => (
                Action::ReadResource,
                ResourceKind::Resource,
                params.get_str("uri"),
            ),
            methods::RESOURCES_SUBSCRIBE => (
                Action::Subscribe,
                ResourceKind::Resource,
                params.get_str("uri"),
            ),
            methods::COMPLETION_COMPLETE => return Self::completed(&params),
            _ => return None,
        };
        Some(Self {
            action,
            kind,
            named: named?,
        })
    }

    /// What a `completion/complete` completes: its `ref` (`ref/prompt` or `ref/resource`).
    fn completed(params: &RawObject) -> Option<Self> {
        let reference = params.get_as::<Value>("ref")?;
        let text = |key: &str| reference.get(key)?.as_str().map(str::to_owned);
        match reference.get("type")?.as_str()? {
            "ref/prompt" => Some(Self {
                action: Action::GetPrompt,
                kind: ResourceKind::Prompt,
                named: text("name")?,
            }),
            "ref/resource" => Some(Self {
                action: Action::ReadResource,
                kind: ResourceKind::Resource,
                named: text("uri")?,
            }),
            _ => None,
        }
    }
}

/// Whether `method` is decided here (`prompts/get`, `resources/read`, `resources/subscribe`,
/// `completion/complete`).
pub(crate) fn decides(method: &str) -> bool {
    matches!(
        method,
        methods::PROMPTS_GET
            | methods::RESOURCES_READ
            | methods::RESOURCES_SUBSCRIBE
            | methods::COMPLETION_COMPLETE
    )
}

/// The configured server a prompt or resource request in `scope` is aimed at, if any.
pub(crate) fn server_of(gateway: &Gateway, scope: &Scope, request: &Request) -> Option<String> {
    let usage = Use::of(request)?;
    Some(resource(gateway, scope, usage.kind, &usage.named)?.server)
}

/// Decide a `prompts/get`, `resources/read` or `resources/subscribe` before it is routed. The
/// determining policy ids are pushed to `policy_ids` (refused or not); a refusal is the
/// unknown-prompt or unknown-resource error. A request naming no configured server is left to
/// the router, which answers unknown.
pub(crate) fn check_use(
    engine: &Engine,
    gateway: &Gateway,
    session: &Session,
    request: &Request,
    policy_ids: &mut Vec<String>,
) -> Result<(), GatewayError> {
    let Some(usage) = Use::of(request) else {
        return Ok(());
    };
    let named = usage.named;
    let Some(resource) = resource(gateway, &session.scope, usage.kind, &named) else {
        return Ok(());
    };
    let arguments = match usage.kind {
        ResourceKind::Prompt => super::arguments_of(request),
        _ => None,
    };
    let ctx = super::context(session, arguments.as_ref());
    let principal = super::principal_of(session);
    let decision = engine.authorize(&principal, usage.action, &resource, &ctx);
    policy_ids.extend(decision.policy_ids);
    match decision.effect {
        Effect::Allow => Ok(()),
        Effect::Deny => Err(unknown(usage.kind, named)),
        Effect::NeedsApproval => {
            tracing::info!(method = %request.method, "approval applies to tool calls only: refused");
            Err(unknown(usage.kind, named))
        }
    }
}

/// A list method whose entries are prompts, resources or resource templates.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Listed {
    /// The result member holding the entries.
    pub items: &'static str,
    /// The entry member naming it (`name`, `uri`, `uriTemplate`).
    pub key: &'static str,
    kind: ResourceKind,
}

impl Listed {
    /// The list `method` serves, when its entries are prompts or resources.
    pub(crate) fn of(method: &str) -> Option<Self> {
        let (items, key, kind) = match method {
            methods::PROMPTS_LIST => ("prompts", "name", ResourceKind::Prompt),
            methods::RESOURCES_LIST => ("resources", "uri", ResourceKind::Resource),
            methods::RESOURCE_TEMPLATES_LIST => {
                ("resourceTemplates", "uriTemplate", ResourceKind::Resource)
            }
            _ => return None,
        };
        Some(Self { items, key, kind })
    }

    /// The Cedar resource of a listed entry, as a session in `scope` sees it.
    pub(crate) fn resource_of(
        &self,
        gateway: &Gateway,
        scope: &Scope,
        item: &Value,
    ) -> Option<ResourceRef> {
        resource(gateway, scope, self.kind, item.get(self.key)?.as_str()?)
    }
}

/// The Cedar resource behind a prompt name or resource URI as a session in `scope` names it.
fn resource(
    gateway: &Gateway,
    scope: &Scope,
    kind: ResourceKind,
    seen_as: &str,
) -> Option<ResourceRef> {
    let (server, original) = match scope {
        Scope::Server(server) => (server.as_str(), seen_as),
        Scope::Aggregate if kind == ResourceKind::Prompt => namespace::split(seen_as)?,
        Scope::Aggregate => namespace::split_uri(seen_as)?,
        Scope::Virtual(_) => return None,
    };
    gateway.upstream(server, crate::replicas::Client::Tenant(None))?;
    Some(ResourceRef::new(server, kind, original))
}

/// The error an unknown prompt or resource gets.
fn unknown(kind: ResourceKind, seen_as: String) -> GatewayError {
    match kind {
        ResourceKind::Prompt => GatewayError::UnknownPrompt(seen_as),
        _ => GatewayError::UnknownResource(seen_as),
    }
}
