//! The request pipeline: the ONE driver every client request passes through, whatever its
//! transport or era, with its stages in a fixed order (docs/architecture.md draws it):
//!
//! 1. the audit gate (a failing log refuses when it fails closed);
//! 2. admission: rate limits and quotas for the caller, server and tool;
//! 3. authorization: Cedar decides a `tools/call`, `prompts/get`, `resources/read` and
//!    `resources/subscribe` (and filters the lists of tools, prompts, resources and templates);
//!    a permit marked `@approval` holds a tool call for a human (`approval`);
//! 4. the guard around routing (`inspect`), and routing and forwarding (`router::route`),
//!    where each upstream's protection applies (breaker, concurrency cap, retries, caches; see
//!    `relay::forward`);
//! 5. audit: exactly one record per request, whatever happened before (`audit`);
//! 6. metrics: the request counted and timed (`metrics`).
//!
//! A stage that refuses returns early with a JSON-RPC error response and a verdict; the audit
//! stage still runs. The request runs in its `request` span; with tracing on (`telemetry`),
//! each stage runs in a child span of it.

use std::sync::Arc;

use std::time::{Duration, Instant};

use protocol::{RawObject, Request, Response, methods};
use serde_json::Value;
use serde_json::value::RawValue;
use tracing::Instrument;

use crate::Gateway;
use crate::audit::Exchange;
use crate::error::GatewayError;
use crate::inspect::{GuardStage, Inspection};
use crate::namespace;
use crate::relay::RequestCtx;
use crate::replicas::Client;
use crate::router;
use crate::session::Scope;
use crate::session::Session;
use crate::telemetry::{self, stage_span};
use crate::traffic::CallKey;
use crate::upstream::Upstream;

/// What a request is aimed at, as the stages key it: the server and the qualified tool (for a
/// prompt or resource request, only the server).
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
    /// For a `tools/call` of `session`: the upstream (the instance that serves the session),
    /// the tool's original name and its qualified name.
    pub fn tool_owner(
        &self,
        gateway: &Gateway,
        session: &Session,
    ) -> Option<(Arc<Upstream>, String, String)> {
        let (server, qualified) = (self.server.as_deref()?, self.tool.as_deref()?);
        let upstream = gateway.upstream(server, Client::Session(session))?;
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
            Scope::Aggregate => Target {
                server: crate::authorize::items::server_of(gateway, scope, request),
                ..Target::default()
            },
            Scope::Virtual(name) => crate::virtual_server::target(gateway, name, request),
        }
    }
}

/// Serve one client request through every stage; the response carries the client's id.
pub async fn handle_request(gateway: &Gateway, ctx: &RequestCtx, request: Request) -> Response {
    let target = Target::of(gateway, &ctx.session.scope, &request);
    let audited = gateway.audit().is_some();
    let exchange = begin_exchange(ctx, &request, &target, audited);
    if telemetry::enabled() {
        // The span is also the request's OpenTelemetry server span.
        let (span, sampled) = telemetry::request_span(gateway, ctx, &request, &exchange, &target);
        let serving = serve(gateway, ctx, request, &target, exchange);
        return telemetry::traced(span, sampled, serving).await;
    }
    // Every log line of the request carries its id (the audit record's request_id).
    let span = tracing::info_span!(
        "request",
        request_id = %exchange.request_id,
        method = %exchange.method,
        server = target.server.as_deref().unwrap_or(""),
    );
    serve(gateway, ctx, request, &target, exchange)
        .instrument(span)
        .await
}

/// The stages, the presentation of a virtual server's list, the audit record and the metrics.
async fn serve(
    gateway: &Gateway,
    ctx: &RequestCtx,
    request: Request,
    target: &Target,
    exchange: Exchange,
) -> Response {
    let mut unrecorded = Unrecorded {
        exchange: Some(exchange),
        audit: gateway.audit(),
        client_id: ctx.client_id.clone(),
    };
    let staged = unrecorded.exchange.as_mut().expect("set above");
    let response = run_stages(gateway, ctx, request, target, staged).await;
    let exchange = unrecorded
        .exchange
        .take()
        .expect("taken only here or on drop");
    let scope = &ctx.session.scope;
    let response = crate::virtual_server::present(gateway, scope, &exchange.method, response);
    telemetry::record_outcome(exchange.verdict, &response);
    telemetry::name_after_tool(gateway, &exchange.method, target);
    let observed = Observed::of(&exchange, &response);
    let response = match gateway.audit() {
        Some(audit) => {
            let span = stage_span!("audit");
            audit.record(exchange, response).instrument(span).await
        }
        None => response,
    };
    observed.report(gateway, target);
    response
}

/// An exchange whose audit record is not written yet. When the request's future is dropped
/// before that (the client went away, and the connection's task with it), the record is still
/// written, from a task of its own, as cancelled by the client: no request leaves the log.
struct Unrecorded {
    exchange: Option<Exchange>,
    audit: Option<Arc<crate::audit::AuditStage>>,
    client_id: protocol::Id,
}

impl Drop for Unrecorded {
    fn drop(&mut self) {
        let (Some(exchange), Some(audit)) = (self.exchange.take(), self.audit.take()) else {
            return;
        };
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            tracing::error!("a request was dropped outside the runtime; its audit record is lost");
            return;
        };
        tracing::info!(request_id = %exchange.request_id, "the client went away before the answer");
        let error = protocol::ErrorObject::new(
            protocol::ErrorCode::REQUEST_CANCELLED,
            "the client went away before the answer",
        );
        let response = Response::error(self.client_id.clone(), &error);
        runtime.spawn(async move {
            audit.record(exchange, response).await;
        });
    }
}

/// Count a request the gateway answered before there was a session to run it through the
/// stages (`initialize`, `server/discover`, a refused `subscriptions/listen`), as every other
/// request is counted, and end its span's story (run it in `telemetry::opening_span`);
/// `server` is the one its endpoint names, if any.
pub(crate) fn observe_opening(
    gateway: &Gateway,
    server: Option<&str>,
    exchange: &Exchange,
    response: &Response,
) {
    let target = Target {
        server: server.map(str::to_owned),
        tool: None,
        called_as: None,
    };
    let span = tracing::Span::current();
    telemetry::opening_outcome(&span, &exchange.request_id, exchange.verdict, response);
    Observed::of(exchange, response).report(gateway, &target);
}

/// What the metrics need of a finished exchange (taken before the audit consumes it).
struct Observed {
    started: Instant,
    method: String,
    verdict: &'static str,
    agent: Option<String>,
    outcome: &'static str,
    upstream: Option<Duration>,
    findings: Vec<String>,
}

impl Observed {
    fn of(exchange: &Exchange, response: &Response) -> Self {
        let findings = exchange
            .findings
            .iter()
            .filter_map(|f| f.get("category").and_then(Value::as_str))
            .map(str::to_owned)
            .collect();
        Self {
            started: exchange.started,
            method: exchange.method.clone(),
            verdict: exchange.verdict,
            agent: exchange.principal.as_ref().map(|p| p.agent.clone()),
            outcome: match &response.outcome {
                protocol::Outcome::Error(_) => "error",
                protocol::Outcome::Result(result)
                    if exchange.method == methods::TOOLS_CALL
                        && protocol::is_tool_error(result) =>
                {
                    "tool_error"
                }
                protocol::Outcome::Result(_) => "ok",
            },
            upstream: exchange.upstream,
            findings,
        }
    }

    fn report(self, gateway: &Gateway, target: &Target) {
        gateway.metrics().observe(
            gateway,
            &crate::metrics::Observation {
                server: target.server.as_deref(),
                tool: target.tool.as_deref(),
                method: &self.method,
                verdict: self.verdict,
                agent: self.agent.as_deref(),
                outcome: self.outcome,
                total: self.started.elapsed(),
                upstream: self.upstream,
                findings: self.findings.iter().map(String::as_str).collect(),
            },
        );
    }
}

/// What is wrong with a request no server should see: MCP's `params` is always an object,
/// and `tools/call` names its tool and gives its arguments (if any) as an object. Checked for
/// every route alike (a single server's route used to forward such a request, and the server's
/// answer without an id left the client waiting for the request timeout).
fn malformed(request: &Request) -> Option<GatewayError> {
    let invalid = |what: &str| Some(GatewayError::InvalidParams(what.into()));
    let params = request.params.as_deref().map(RawValue::get);
    if params.is_some_and(|p| !p.starts_with('{')) {
        return invalid("params must be an object");
    }
    if request.method == methods::LOGGING_SET_LEVEL {
        return bad_log_level(request.params.as_deref()).then(|| {
            GatewayError::InvalidParams(format!(
                "params.level must be one of {}",
                LOG_LEVELS.join(", ")
            ))
        });
    }
    if request.method != methods::TOOLS_CALL {
        return None;
    }
    /// What a `tools/call` must have, read without building the object (this runs per call).
    #[derive(serde::Deserialize)]
    struct CallParams<'a> {
        #[serde(borrow)]
        name: Option<std::borrow::Cow<'a, str>>,
        #[serde(borrow)]
        arguments: Option<&'a RawValue>,
    }
    let parsed = params.and_then(|p| serde_json::from_str::<CallParams>(p).ok());
    let Some(call) = parsed.filter(|c| c.name.is_some()) else {
        return invalid("params.name must name the tool");
    };
    let arguments = call.arguments.map(RawValue::get);
    if arguments.is_some_and(|a| !a.starts_with('{') && a != "null") {
        return invalid("params.arguments must be an object");
    }
    None
}

/// The `logging/setLevel` levels (RFC 5424 severities, as the MCP specification names them),
/// least severe first.
pub(crate) const LOG_LEVELS: [&str; 8] = [
    "debug",
    "info",
    "notice",
    "warning",
    "error",
    "critical",
    "alert",
    "emergency",
];

/// Whether a `logging/setLevel`'s params lack a known `level` (servers answered an unknown
/// one `{}` and logged as before; the specification says -32602).
fn bad_log_level(params: Option<&RawValue>) -> bool {
    let level = protocol::RawObject::parse_params(params).and_then(|p| p.get_str("level"));
    !level.is_some_and(|l| LOG_LEVELS.contains(&l.as_str()))
}

/// Every stage before the audit; sets the exchange's verdict when a stage refuses.
async fn run_stages(
    gateway: &Gateway,
    ctx: &RequestCtx,
    request: Request,
    target: &Target,
    exchange: &mut Exchange,
) -> Response {
    let refuse = |exchange: &mut Exchange, verdict, error: &GatewayError| {
        exchange.verdict = verdict;
        router::error_response(request.id.clone(), error)
    };
    if let Some(audit) = gateway.audit()
        && !audit.admits()
    {
        let error = GatewayError::AuditUnavailable;
        return refuse(exchange, "audit_unavailable", &error);
    }
    if let Some(error) = malformed(&request) {
        tracing::info!(%error, method = %request.method, "request refused: malformed");
        return refuse(exchange, "invalid", &error);
    }
    match admit(gateway, ctx, target, &request.method)
        .instrument(stage_span!("admission"))
        .await
    {
        Ok(()) => {}
        Err(error @ GatewayError::Cancelled) => {
            tracing::info!(method = %request.method, "request cancelled by the client while it waited for its limits");
            return refuse(exchange, "allow", &error);
        }
        Err(error) => {
            tracing::info!(%error, method = %request.method, "request refused by traffic control");
            return refuse(exchange, "throttled", &error);
        }
    }
    let engine = gateway.settings().policy.clone();
    let guard = gateway.guard();
    // Cedar decides before the guard, so a call the caller may not make is refused like an
    // unknown tool whatever its arguments. With the guard on, a tools/call whose arguments
    // drew findings (or that needs approval) is decided again after the guard screened it, so
    // policies can read `context.findings`; the approval is held then (see `Guarded::run`).
    let again_after_guard = request.method == methods::TOOLS_CALL && guard.is_some();
    let mut approval_pending = false;
    if let Some(engine) = &engine {
        let decide = Decide {
            findings: &[],
            hold: !again_after_guard,
        };
        let decided = authorize(engine, gateway, ctx, target, &request, exchange, decide);
        match decided.instrument(stage_span!("authorize")).await {
            Ok(pending) => approval_pending = pending,
            Err((verdict, error)) => return refuse(exchange, verdict, &error),
        }
    }
    let method = request.method.clone();
    // What policy filters per caller, or a tenant's own instance serves, differs per caller:
    // a server's `cacheScope: "public"` would let a shared cache give it to anyone.
    let per_caller = engine.is_some()
        || (ctx.session.caller.principal.as_ref()).is_some_and(|p| p.tenant.is_some());
    let filter = |response: Response| {
        let response = match &engine {
            Some(engine) => {
                crate::authorize::filter_list(engine, gateway, &ctx.session, &method, response)
            }
            None => response,
        };
        match per_caller {
            true => cached_privately(&method, response),
            false => response,
        }
    };
    let Some(guard) = guard else {
        return filter(route_timed(gateway, ctx, request, target, &mut exchange.upstream).await);
    };
    let mut inspection = Inspection::default();
    let stage = Guarded {
        guard: &guard,
        engine: engine.as_deref(),
        approval_pending,
    };
    let response = stage
        .run(gateway, ctx, request, target, &mut inspection, exchange)
        .await;
    if let Some(verdict) = inspection.verdict()
        && exchange.verdict == "allow"
    {
        exchange.verdict = verdict;
    }
    exchange.findings = inspection.findings;
    filter(response)
}

/// `response` with a server's `cacheScope: "public"` made `"private"` (2026-07-28 caching
/// hints, on the methods that carry them).
fn cached_privately(method: &str, response: Response) -> Response {
    let protocol::Outcome::Result(result) = &response.outcome else {
        return response;
    };
    if !methods::CACHEABLE.contains(&method) || !protocol::may_mention(result, "public") {
        return response;
    }
    let Some(mut object) = protocol::RawObject::parse(result) else {
        return response;
    };
    if object.get_str("cacheScope").as_deref() != Some("public") {
        return response;
    }
    object.set_str("cacheScope", "private");
    Response::result(response.id, object.to_raw())
}

/// Rate limits and quotas for the caller, server and tool. Quotas are charged only by the
/// requests that use a server's item (`tools/call`, `prompts/get`, `resources/read`).
async fn admit(
    gateway: &Gateway,
    ctx: &RequestCtx,
    target: &Target,
    method: &str,
) -> Result<(), GatewayError> {
    let principal = ctx.session.caller.principal.as_deref();
    let key = call_key(principal, target.server.as_deref(), target.tool.as_deref());
    let admission = gateway.admission();
    // A call to a server that is not configured, or to a tool its complete listing lacks,
    // uses nothing: it is refused as unknown, and spends no budget (rate limits still count
    // it).
    let known_server = || {
        (target.server.as_deref())
            .is_some_and(|s| gateway.upstream(s, Client::Tenant(None)).is_some())
    };
    // A tool the policy hides from this caller is refused exactly like an unknown one, so it
    // spends nothing either: charging it would also tell it apart, once the budget is spent,
    // by a 429 where an unknown name gets -32602.
    let made_up_tool = || {
        method == methods::TOOLS_CALL
            && (target.tool_owner(gateway, &ctx.session)).is_some_and(|(upstream, original, _)| {
                upstream.surely_lacks_tool(&original)
                    || (admission.has_quotas()
                        && crate::authorize::hidden_tool(
                            gateway,
                            &ctx.session,
                            upstream.name(),
                            &original,
                        ))
            })
    };
    // A call waiting in `limit_queue` may be cancelled there.
    let admitted = match method {
        methods::TOOLS_CALL | methods::PROMPTS_GET | methods::RESOURCES_READ
            if (target.server.is_none() || known_server()) && !made_up_tool() =>
        {
            ctx.unless_cancelled(admission.admit(&key)).await
        }
        _ => ctx.unless_cancelled(admission.admit_uncharged(&key)).await,
    };
    admitted.unwrap_or(Err(GatewayError::Cancelled))
}

/// Rate limits for a request that opens something rather than using a server's item
/// (`initialize`, `server/discover`, `subscriptions/listen`): the caller's limits apply, and
/// the server's when `scope` is one server; quotas are not charged.
pub(crate) async fn admit_opening(
    gateway: &Gateway,
    caller: &crate::session::Caller,
    scope: &Scope,
) -> Result<(), GatewayError> {
    let server = match scope {
        Scope::Server(name) => Some(name.as_str()),
        Scope::Aggregate | Scope::Virtual(_) => None,
    };
    let key = call_key(caller.principal.as_deref(), server, None);
    let admitted = gateway.admission().admit_uncharged(&key).await;
    if let Err(error) = &admitted {
        tracing::info!(%error, "request refused by traffic control");
    }
    admitted
}

fn call_key<'a>(
    principal: Option<&'a policy::Principal>,
    server: Option<&'a str>,
    tool: Option<&'a str>,
) -> CallKey<'a> {
    CallKey {
        tenant: principal.and_then(|p| p.tenant.as_deref()),
        agent: principal.map(|p| p.agent.as_str()),
        user: principal.and_then(|p| p.user.as_deref()),
        server,
        tool,
    }
}

/// How a request is decided: the guard's finding categories so far, and whether a call a
/// policy wants approved is held now (`false`: the decision is taken again after the guard).
struct Decide<'a> {
    findings: &'a [String],
    hold: bool,
}

/// Cedar's decision on a `tools/call`, `prompts/get`, `resources/read` or
/// `resources/subscribe` (other methods pass). `Ok(true)`: a call needs approval and was not
/// held (`decide.hold` false). On refusal: the verdict and the error.
async fn authorize(
    engine: &policy::Engine,
    gateway: &Gateway,
    ctx: &RequestCtx,
    target: &Target,
    request: &Request,
    exchange: &mut Exchange,
    decide: Decide<'_>,
) -> Result<bool, (&'static str, GatewayError)> {
    if request.method == methods::TOOLS_CALL {
        return authorize_call(engine, gateway, ctx, target, request, exchange, decide).await;
    }
    if !crate::authorize::items::decides(&request.method) {
        return Ok(false);
    }
    let session = &ctx.session;
    let policy_ids = &mut exchange.policy_ids;
    crate::authorize::items::check_use(engine, gateway, session, request, policy_ids)
        .map(|()| false)
        .map_err(|error| {
            tracing::info!(%error, "request refused by policy");
            ("deny", error)
        })
}

/// Cedar's decision on a `tools/call`, with a human's approval when a policy asks for one
/// (now, or reported as pending when `decide.hold` is false). A later decision replaces an
/// earlier one's policy ids. On refusal: the verdict and the error.
async fn authorize_call(
    engine: &policy::Engine,
    gateway: &Gateway,
    ctx: &RequestCtx,
    target: &Target,
    request: &Request,
    exchange: &mut Exchange,
    decide: Decide<'_>,
) -> Result<bool, (&'static str, GatewayError)> {
    let session = &ctx.session;
    let policy_ids = &mut exchange.policy_ids;
    policy_ids.clear();
    let findings = decide.findings;
    let call = crate::authorize::Call {
        target,
        request,
        findings,
    };
    let permitted = crate::authorize::check_call(engine, gateway, session, &call, policy_ids)
        .map_err(|error| {
            tracing::info!(%error, "tool call refused by policy");
            ("deny", error)
        })?;
    let Some(approval) = permitted.needs_approval else {
        return Ok(false);
    };
    if !decide.hold {
        return Ok(true);
    }
    // Until a human decides, the call is not approved: so the record says if the client goes
    // away meanwhile (the request's future is dropped, and the record is written as is).
    let before = std::mem::replace(&mut exchange.verdict, "not_approved");
    match crate::approval::hold(gateway, ctx, &approval, request).await {
        Ok(by) => {
            tracing::info!(tool = %approval.shown, approved_by = %by, "held call approved");
            exchange.verdict = before;
            exchange.policy_ids.push(format!("approved-by:{by}"));
            Ok(false)
        }
        Err(error) => {
            tracing::info!(%error, "held call not approved");
            if let GatewayError::NotApproved { by: Some(by), .. } = &error {
                exchange.policy_ids.push(format!("denied-by:{by}"));
            }
            Err(("not_approved", error))
        }
    }
}

/// Route the request, measuring how long the upstream side took.
async fn route_timed(
    gateway: &Gateway,
    ctx: &RequestCtx,
    request: Request,
    target: &Target,
    upstream: &mut Option<Duration>,
) -> Response {
    let started = Instant::now();
    // Routed, even if the client goes away before the answer (the audit record says so).
    *upstream = Some(Duration::ZERO);
    let response = router::route(gateway, ctx, request, target)
        .instrument(stage_span!("route"))
        .await;
    *upstream = Some(started.elapsed());
    response
}

/// The guard around routing, and Cedar's decision on a call once the guard has screened it.
struct Guarded<'a> {
    guard: &'a GuardStage,
    engine: Option<&'a policy::Engine>,
    /// The first decision wants a human's approval, to be held after the guard.
    approval_pending: bool,
}

impl Guarded<'_> {
    /// Routing with the guard around it: calls screened before (then decided by Cedar with
    /// the findings) and after, lists and reads screened after.
    async fn run(
        &self,
        gateway: &Gateway,
        ctx: &RequestCtx,
        mut request: Request,
        target: &Target,
        inspection: &mut Inspection,
        exchange: &mut Exchange,
    ) -> Response {
        let guard = self.guard;
        let method = request.method.clone();
        let mut call = None;
        if method == methods::TOOLS_CALL {
            let unlisted = guard.screen_unlisted(gateway, ctx, target);
            if let Err(error) = unlisted.instrument(stage_span!("guard.unlisted")).await {
                if matches!(error, GatewayError::UnknownTool(_)) {
                    // The guard's refusal: nothing vouches for the definition.
                    exchange.verdict = "block";
                }
                return router::error_response(request.id, &error);
            }
            let parsed = exchange.arguments.as_ref();
            let screened = stage_span!("guard.arguments").in_scope(|| {
                guard.before_call(
                    gateway,
                    &ctx.session,
                    target,
                    &mut request,
                    inspection,
                    parsed,
                )
            });
            match screened {
                Ok(guarded) => call = guarded,
                Err(error) => {
                    tracing::warn!(%error, "tool call blocked by the guard");
                    return router::error_response(request.id, &error);
                }
            }
            let findings = categories(&inspection.findings);
            if let Some(engine) = self.engine
                && (self.approval_pending || !findings.is_empty())
            {
                let decide = Decide {
                    findings: &findings,
                    hold: true,
                };
                let decided = authorize(engine, gateway, ctx, target, &request, exchange, decide);
                if let Err((verdict, error)) = decided.instrument(stage_span!("authorize")).await {
                    exchange.verdict = verdict;
                    return router::error_response(request.id, &error);
                }
            }
        }
        screen_after(
            gateway, ctx, guard, request, target, call, inspection, exchange,
        )
        .await
    }
}

/// The distinct categories of the guard's findings so far, for `context.findings`.
fn categories(findings: &[Value]) -> Vec<String> {
    let mut out: Vec<String> = findings
        .iter()
        .filter_map(|f| f.get("category").and_then(Value::as_str))
        .map(str::to_owned)
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Route, then screen what came back: a call's result, a tool list, a resource.
#[expect(
    clippy::too_many_arguments,
    reason = "the request's whole context: splitting it into a struct would only rename the fields"
)]
async fn screen_after(
    gateway: &Gateway,
    ctx: &RequestCtx,
    guard: &GuardStage,
    request: Request,
    target: &Target,
    call: Option<crate::inspect::GuardedCall>,
    inspection: &mut Inspection,
    exchange: &mut Exchange,
) -> Response {
    let method = request.method.clone();
    let response = route_timed(gateway, ctx, request, target, &mut exchange.upstream).await;
    let span = match method.as_str() {
        methods::TOOLS_CALL
        | methods::TOOLS_LIST
        | methods::RESOURCES_READ
        | methods::PROMPTS_GET => stage_span!("guard.result"),
        _ => tracing::Span::none(),
    };
    let screen = async move {
        match method.as_str() {
            methods::TOOLS_CALL => match call {
                Some(call) => guard.after_call(&ctx.session, call, response, inspection),
                None => response,
            },
            methods::TOOLS_LIST => {
                guard
                    .screen_list(gateway, &ctx.session, response, inspection)
                    .await
            }
            methods::RESOURCES_READ | methods::PROMPTS_GET => {
                let server = target.server.clone().unwrap_or_default();
                let mut observed = guard::flow::ToolTraits::default();
                let scan = match method.as_str() {
                    methods::RESOURCES_READ => guard::Guard::scan_result,
                    _ => guard::Guard::scan_prompt,
                };
                let response =
                    guard.screen_result(&server, response, inspection, &mut observed, scan);
                crate::session::lock(&ctx.session.flow).observe(&observed);
                response
            }
            _ => response,
        }
    };
    screen.instrument(span).await
}

/// What the audit record needs to know of a request before it runs.
/// Without an audit log (`audited` false) the params are not parsed: only the audit record
/// needs the arguments and the named prompt or resource.
fn begin_exchange(ctx: &RequestCtx, request: &Request, target: &Target, audited: bool) -> Exchange {
    let params = audited
        .then(|| RawObject::parse_params(request.params.as_deref()))
        .flatten();
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
        request_id: crate::audit::new_request_id(),
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
        upstream: None,
        virtual_server: ctx.session.scope.virtual_name().map(str::to_owned),
    }
}

/// Keeps the compiled admission stage in step with the settings.
pub(crate) fn admission_for(
    current: Option<&Arc<crate::traffic::Admission>>,
    settings: &crate::settings::TrafficSettings,
    failures: crate::traffic::StoreFailures,
) -> Arc<crate::traffic::Admission> {
    match current {
        Some(admission) if admission.compiled_from(settings) => Arc::clone(admission),
        Some(admission) => Arc::new(crate::traffic::Admission::replacing(
            admission, settings, failures,
        )),
        None => Arc::new(crate::traffic::Admission::new(settings, failures)),
    }
}
