//! The request pipeline: the ONE driver every client request passes through, whatever its
//! transport or era, with its stages in a fixed order (docs/architecture.md draws it):
//!
//! 1. admission: rate limits and quotas for the caller, server and tool;
//! 2. routing and forwarding (`router::route`), where each upstream's protection applies
//!    (breaker, concurrency cap, retries, caches; see `relay::forward`);
//! 3. audit: exactly one record per request, whatever happened before (`audit`).
//!
//! A stage that refuses returns early with a JSON-RPC error response and a verdict; the audit
//! stage still runs.

use std::sync::Arc;

use std::time::Instant;

use protocol::{RawObject, Request, Response, methods};
use serde_json::Value;

use crate::Gateway;
use crate::audit::Exchange;
use crate::error::GatewayError;
use crate::inspect::{GuardStage, Inspection};
use crate::namespace;
use crate::relay::RequestCtx;
use crate::router;
use crate::session::Scope;
use crate::traffic::CallKey;
use crate::upstream::Upstream;

/// What a request is aimed at, as the stages key it: the server and the qualified tool.
#[derive(Debug, Default)]
pub(crate) struct Target {
    /// The upstream server, when the request names exactly one.
    pub server: Option<String>,
    /// For `tools/call`: the tool as `server__tool`.
    pub tool: Option<String>,
    /// For `tools/call`: the tool's name as the client called it (what a refusal names).
    pub called_as: Option<String>,
}

impl Target {
    /// For a `tools/call`: the upstream, the tool's original name and its qualified name.
    pub fn tool_owner(&self, gateway: &Gateway) -> Option<(Arc<Upstream>, String, String)> {
        let (server, qualified) = (self.server.as_deref()?, self.tool.as_deref()?);
        let upstream = gateway.upstream(server)?;
        let tail = namespace::split(qualified).map_or(qualified, |(_, t)| t);
        let original = upstream.original_tool_name(qualified, tail);
        Some((upstream, original, qualified.to_owned()))
    }

    /// The name a refusal of this `tools/call` gives: the client's own.
    pub fn shown_name(&self, qualified: &str) -> String {
        self.called_as
            .clone()
            .unwrap_or_else(|| qualified.to_owned())
    }

    /// Read the target of `request` in `scope`.
    pub fn of(gateway: &Gateway, scope: &Scope, request: &Request) -> Self {
        let tool_name = || {
            protocol::RawObject::parse_params(request.params.as_deref())
                .and_then(|p| p.get_str("name"))
        };
        match scope {
            Scope::Server(server) => {
                let called_as = (request.method == methods::TOOLS_CALL)
                    .then(tool_name)
                    .flatten();
                Target {
                    server: Some(server.clone()),
                    tool: (called_as.as_deref()).map(|name| namespace::qualify(server, name)),
                    called_as,
                }
            }
            Scope::Aggregate if request.method == methods::TOOLS_CALL => {
                let tool = tool_name();
                let server = tool
                    .as_deref()
                    .and_then(namespace::split)
                    .map(|(server, _)| server.to_owned());
                Target {
                    server,
                    called_as: tool.clone(),
                    tool,
                }
            }
            Scope::Aggregate => Target::default(),
            Scope::Virtual(name) => crate::virtual_server::target(gateway, name, request),
        }
    }
}

/// Serve one client request through every stage; the response carries the client's id.
pub async fn handle_request(gateway: &Gateway, ctx: &RequestCtx, request: Request) -> Response {
    let scope = &ctx.session.scope;
    let target = Target::of(gateway, scope, &request);
    let audit = gateway.audit();
    let mut exchange = audit
        .as_ref()
        .map(|_| begin_exchange(ctx, &request, &target));
    let method = request.method.clone();
    let response = run_stages(gateway, ctx, request, &target, exchange.as_mut()).await;
    let response = crate::virtual_server::present(gateway, scope, &method, response);
    match (audit, exchange) {
        (Some(audit), Some(exchange)) => audit.record(exchange, response).await,
        _ => response,
    }
}

/// Every stage before the audit; sets the exchange's verdict when a stage refuses.
async fn run_stages(
    gateway: &Gateway,
    ctx: &RequestCtx,
    request: Request,
    target: &Target,
    mut exchange: Option<&mut Exchange>,
) -> Response {
    let refuse = |exchange: Option<&mut Exchange>, verdict, error: &GatewayError| {
        if let Some(exchange) = exchange {
            exchange.verdict = verdict;
        }
        router::error_response(request.id.clone(), error)
    };
    if let Some(audit) = gateway.audit()
        && !audit.admits()
    {
        let error = GatewayError::AuditUnavailable;
        return refuse(exchange, "audit_unavailable", &error);
    }
    let principal = ctx.session.caller.principal.as_deref();
    let key = CallKey {
        tenant: principal.and_then(|p| p.tenant.as_deref()),
        agent: principal.map(|p| p.agent.as_str()),
        user: principal.and_then(|p| p.user.as_deref()),
        server: target.server.as_deref(),
        tool: target.tool.as_deref(),
    };
    let admission = gateway.admission();
    if let Err(error) = admission.admit(&key).await {
        tracing::info!(%error, method = %request.method, "request refused by traffic control");
        return refuse(exchange, "throttled", &error);
    }
    drop(admission);
    let engine = gateway.settings().policy.clone();
    if let Some(engine) = &engine
        && request.method == methods::TOOLS_CALL
    {
        match crate::authorize::check_call(engine, gateway, &ctx.session, target, &request) {
            Ok(ids) => {
                if let Some(exchange) = exchange.as_deref_mut() {
                    exchange.policy_ids = ids;
                }
            }
            Err(error) => {
                tracing::info!(%error, "tool call refused by policy");
                return refuse(exchange, "deny", &error);
            }
        }
    }
    let lists_tools = request.method == methods::TOOLS_LIST;
    let filter = |response: Response| match &engine {
        Some(engine) if lists_tools => {
            crate::authorize::filter_list(engine, gateway, &ctx.session, response)
        }
        _ => response,
    };
    let Some(guard) = gateway.guard() else {
        return filter(router::route(gateway, ctx, request, target).await);
    };
    let mut inspection = Inspection::default();
    let response = filter(guarded(gateway, ctx, &guard, request, target, &mut inspection).await);
    if let Some(exchange) = exchange {
        if let Some(verdict) = inspection.verdict() {
            exchange.verdict = verdict;
        }
        exchange.findings = inspection.findings;
    }
    response
}

/// Routing with the guard around it: calls screened before and after, lists screened after.
async fn guarded(
    gateway: &Gateway,
    ctx: &RequestCtx,
    guard: &GuardStage,
    mut request: Request,
    target: &Target,
    inspection: &mut Inspection,
) -> Response {
    let method = request.method.clone();
    let mut call = None;
    if method == methods::TOOLS_CALL {
        match guard.before_call(gateway, &ctx.session, target, &mut request, inspection) {
            Ok(guarded) => call = guarded,
            Err(error) => {
                tracing::warn!(%error, "tool call blocked by the guard");
                return router::error_response(request.id, &error);
            }
        }
    }
    let response = router::route(gateway, ctx, request, target).await;
    match method.as_str() {
        methods::TOOLS_CALL => match call {
            Some(call) => guard.after_call(&ctx.session, call, response, inspection),
            None => response,
        },
        methods::TOOLS_LIST => {
            guard
                .screen_list(gateway, &ctx.session.scope, response, inspection)
                .await
        }
        methods::RESOURCES_READ => {
            let server = target.server.clone().unwrap_or_default();
            let mut observed = guard::flow::ToolTraits::default();
            let response = guard.screen_result(&server, response, inspection, &mut observed);
            crate::session::lock(&ctx.session.flow).observe(&observed);
            response
        }
        _ => response,
    }
}

/// What the audit record needs to know of a request before it runs.
fn begin_exchange(ctx: &RequestCtx, request: &Request, target: &Target) -> Exchange {
    let params = RawObject::parse_params(request.params.as_deref());
    let named = |key: &str| params.as_ref().and_then(|p| p.get_str(key));
    let (target_name, arguments) = match request.method.as_str() {
        methods::TOOLS_CALL | methods::PROMPTS_GET => (
            target.tool.clone().or_else(|| named("name")),
            params.as_ref().and_then(|p| p.get_as::<Value>("arguments")),
        ),
        methods::RESOURCES_READ | methods::RESOURCES_SUBSCRIBE | methods::RESOURCES_UNSUBSCRIBE => {
            (named("uri"), None)
        }
        _ => (None, None),
    };
    Exchange {
        started: Instant::now(),
        time: time::OffsetDateTime::now_utc(),
        request_id: uuid::Uuid::new_v4().simple().to_string(),
        session_id: Some(ctx.session.id.clone()),
        client_addr: ctx.session.caller.addr.map(|a| a.to_string()),
        principal: ctx.session.caller.principal.clone(),
        method: request.method.clone(),
        server: target.server.clone(),
        target: target_name,
        arguments,
        verdict: "allow",
        findings: Vec::new(),
        policy_ids: Vec::new(),
    }
}

/// Keeps the compiled admission stage in step with the settings.
pub(crate) fn admission_for(
    current: Option<&Arc<crate::traffic::Admission>>,
    settings: &crate::settings::TrafficSettings,
) -> Arc<crate::traffic::Admission> {
    match current {
        Some(admission) if admission.compiled_from(settings) => Arc::clone(admission),
        _ => Arc::new(crate::traffic::Admission::new(settings)),
    }
}
