//! The stateless 2026-07-28 era on the client side (see `docs/eras.md`, sections 2 and 4).
//!
//! A POST is modern when its `MCP-Protocol-Version` header names a version that is not a
//! session-era one, or, without the header and without a session, when its body declares
//! `io.modelcontextprotocol/protocolVersion`. A modern request is validated (headers against
//! body, required `_meta`, version), answered locally for `server/discover`, or routed through
//! the same `router::handle_request` as every other request, with an ephemeral session that
//! lives for this request only. Results are shaped for the era: `resultType` on every result,
//! caching hints on list and read results.
//!
//! Built so far: discover, validation (-32020, -32022, -32602, removed methods 404/-32601),
//! pass-through of the request-response methods, streaming of notifications without event ids.
//! Server-to-client requests from a session-era upstream become input-required results
//! (`mrtr`), -32021 when the server needs only capabilities the request did not declare;
//! `subscriptions/listen` is `crate::listen`, `Mcp-Param-*` checks `crate::param_headers`.
//! In front of a 2026-07-28 upstream the
//! request passes through (`crate::modern_upstream`): its `input_required` results and the
//! client's retries (with a `requestState` that is not the gateway's) are forwarded untouched.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use futures::StreamExt;
use protocol::{
    ErrorCode, ErrorObject, Message, Outcome, RawObject, Request, methods, raw_json, version,
};
use serde_json::value::RawValue;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use crate::Gateway;
use crate::aggregate;
use crate::modern_meta::ModernBody;
use crate::mrtr::{Driver, Step, Work};
use crate::pipeline;
use crate::relay::{RequestCtx, Sink};
use crate::replicas::Client;
use crate::session::{Caller, ClientCapabilities, Scope, Session};
use crate::telemetry::Incoming;
use tracing::Instrument;

/// Whether a POST belongs to the 2026-07-28 era: a 2026-07-28 version header (a session id beside
/// it is ignored), or no session and a version header that is not a session-era version, or no
/// header but the era's `_meta` in the body.
pub(crate) fn is_modern(headers: &HeaderMap, message: &Message) -> bool {
    // A session id beside a 2026-07-28 version is ignored, as the era's transport says of
    // it; beside any other version the request is of the session era (an unsupported
    // version is then refused by the session checks).
    if headers.contains_key("mcp-session-id") {
        return claims_modern(headers);
    }
    if let Some(v) = header_value(headers, "mcp-protocol-version") {
        return !version::is_supported(v);
    }
    match message {
        Message::Request(r) if r.method != methods::INITIALIZE => {
            crate::modern_meta::declares_era(r)
        }
        _ => false,
    }
}

/// A refusal: HTTP status and JSON-RPC error, answered with the request's id.
type Refused = (StatusCode, ErrorObject);

/// Serve one modern POST.
pub(crate) async fn serve(
    gw: Gateway,
    scope: Scope,
    caller: Caller,
    headers: HeaderMap,
    message: Message,
) -> Response {
    let request = match message {
        Message::Request(request) => request,
        // No client notification is defined for the stateless HTTP era; one is accepted.
        Message::Notification(_) => return StatusCode::ACCEPTED.into_response(),
        // "The client MUST NOT send JSON-RPC responses" (streamable-http): the era asks the
        // client nothing it could answer.
        Message::Response(_) => {
            let error = ErrorObject::new(
                ErrorCode::INVALID_REQUEST,
                "a 2026-07-28 client sends no JSON-RPC responses (the server asked nothing)",
            );
            tracing::info!("modern POST refused: a JSON-RPC response");
            return reply(
                StatusCode::BAD_REQUEST,
                Message::Response(protocol::Response::error(protocol::Id::null(), &error)),
            );
        }
    };
    let body = match validate(&headers, &request) {
        Ok(body) => body,
        Err((status, error)) => {
            tracing::info!(method = %request.method, code = error.code, "modern request refused: {}", error.message);
            return reply(
                status,
                Message::Response(protocol::Response::error(request.id, &error)),
            );
        }
    };
    if let Err(error) = check_param_headers(&gw, &scope, &caller, &headers, &request, body.params())
    {
        tracing::info!(method = %request.method, "modern request refused: {}", error.message);
        return reply(
            StatusCode::BAD_REQUEST,
            Message::Response(protocol::Response::error(request.id, &error)),
        );
    }
    let incoming = Incoming::from_headers(&headers);
    match serve_valid(gw.clone(), scope, caller, request, body, incoming).await {
        Served::Answer(response) => answer(shape_error(response)),
        Served::Listen(messages) => {
            // Ends at shutdown by itself, with its completion (`listen::open`).
            let frames = with_keep_alive(messages, LISTEN_KEEP_ALIVE);
            crate::http::sse_response(Body::from_stream(frames))
        }
        Served::Driven(driver) => respond(gw, driver).await,
    }
}

/// How long a `subscriptions/listen` stream may stay silent before a keep-alive comment (as the
/// session era's GET stream): proxies close idle connections.
const LISTEN_KEEP_ALIVE: std::time::Duration = std::time::Duration::from_secs(15);

/// A listen's SSE frames: each message, and a keep-alive comment after `every` without one;
/// ends when `messages` does.
fn with_keep_alive(
    messages: impl futures::Stream<Item = Message> + Unpin + Send + 'static,
    every: std::time::Duration,
) -> impl futures::Stream<Item = Result<String, std::convert::Infallible>> + Send + 'static {
    futures::stream::unfold(messages, move |mut messages| async move {
        let frame = match tokio::time::timeout(every, messages.next()).await {
            Ok(Some(message)) => transport::sse::event(None, &message.to_json()),
            Ok(None) => return None,
            Err(_) => transport::sse::keep_alive().to_owned(),
        };
        Some((Ok(frame), messages))
    })
}

/// What a valid modern request becomes, whatever transport carries it.
pub(crate) enum Served {
    /// Answered at once: `server/discover`, or a refused retry.
    Answer(protocol::Response),
    /// `subscriptions/listen`: its messages, for as long as the stream is kept.
    Listen(futures::stream::BoxStream<'static, Message>),
    /// Anything else, in flight: drive it for its notifications and answer.
    Driven(Driver),
}

/// [`crate::pipeline::admit_opening`], and for a listen (a session of its own while it
/// lasts) room under `http.max_sessions`.
async fn admit_opening(
    gw: &Gateway,
    caller: &Caller,
    scope: &Scope,
    method: &str,
) -> Result<(), crate::GatewayError> {
    crate::pipeline::admit_opening(gw, caller, scope).await?;
    if method == methods::SUBSCRIPTIONS_LISTEN {
        gw.sessions()
            .room_for_one(gw.settings().http.max_sessions)?;
    }
    Ok(())
}

/// Serve a request that passed its transport's checks (`body` is its parsed `_meta`).
pub(crate) async fn serve_valid(
    gw: Gateway,
    scope: Scope,
    caller: Caller,
    request: Request,
    body: ModernBody,
    incoming: Incoming,
) -> Served {
    let opening = [methods::SERVER_DISCOVER, methods::SUBSCRIPTIONS_LISTEN];
    if opening.contains(&request.method.as_str())
        && let Err(e) = admit_opening(&gw, &caller, &scope, &request.method).await
    {
        let refused = protocol::Response::error(request.id.clone(), &e.to_error_object());
        let verdict = match e {
            crate::GatewayError::AuditUnavailable => "audit_unavailable",
            _ => "throttled",
        };
        let span = crate::telemetry::opening_span(&request, &incoming);
        let answer = answered_here(&gw, &scope, &caller, &request, refused, verdict)
            .instrument(span)
            .await;
        return Served::Answer(answer);
    }
    if request.method == methods::SERVER_DISCOVER {
        let tenant = caller.principal.as_ref().and_then(|p| p.tenant.as_deref());
        let answer = match discover(&gw, &scope, tenant) {
            Ok(result) => protocol::Response::result(request.id.clone(), result),
            Err(e) => protocol::Response::error(request.id.clone(), &e.to_error_object()),
        };
        let span = crate::telemetry::opening_span(&request, &incoming);
        let answer = answered_here(&gw, &scope, &caller, &request, answer, "allow")
            .instrument(span)
            .await;
        return Served::Answer(answer);
    }
    let (capabilities, log_level) = (body.capabilities, body.log_level.clone());
    let params = body.forwarded_params();
    if request.method == methods::SUBSCRIPTIONS_LISTEN {
        if let Err(error) = crate::listen::check_filter(&params) {
            tracing::info!(message = %error.message, "subscriptions/listen refused: malformed filter");
            return Served::Answer(protocol::Response::error(request.id, &error));
        }
        // The listen is recorded (and counted, and traced) as it opens; the stream that
        // follows is its answer. A log failing closed refuses it.
        let opened = RawValue::from_string("{}".to_owned()).expect("an empty object");
        let opened = protocol::Response::result(request.id.clone(), opened);
        let span = crate::telemetry::opening_span(&request, &incoming);
        let recorded = answered_here(&gw, &scope, &caller, &request, opened, "allow")
            .instrument(span)
            .await;
        if let protocol::Outcome::Error(_) = recorded.outcome {
            return Served::Answer(recorded);
        }
        let listen = Request {
            id: request.id,
            method: request.method,
            params: Some(params.to_raw()),
        };
        let messages = crate::listen::open(gw, scope, caller, listen, capabilities).await;
        return Served::Listen(Box::pin(messages));
    }
    let forwarded = Request {
        id: request.id,
        method: request.method,
        params: None,
    };
    let asked = Asked {
        request: forwarded,
        params,
        declared: Declared {
            capabilities,
            log_level,
            incoming,
        },
    };
    match driver_for(&gw, scope, caller, asked).await {
        Ok(driver) => Served::Driven(driver),
        Err(refusal) => Served::Answer(refusal),
    }
}

/// A validated modern request: what goes to the pipeline.
struct Asked {
    /// The request, its params still to be set from `params`.
    request: Request,
    /// Its params, the era's `_meta` keys removed.
    params: RawObject,
    /// What the client declared beside them.
    declared: Declared,
}

/// What a modern request declares about its client, beside the params.
struct Declared {
    /// The capabilities in `_meta`.
    capabilities: ClientCapabilities,
    /// The log level in `_meta`, if any.
    log_level: Option<String>,
    /// The trace context of its HTTP headers.
    incoming: Incoming,
}

/// A driver for a new request, or for the retry of an input-required result (whose
/// `requestState` and `inputResponses` never go upstream); `Err` is the refusal to send.
async fn driver_for(
    gw: &Gateway,
    scope: Scope,
    caller: Caller,
    asked: Asked,
) -> Result<Driver, protocol::Response> {
    let Asked {
        mut request,
        mut params,
        declared,
    } = asked;
    let state = params.get_str("requestState");
    let ours = state
        .as_deref()
        .is_some_and(|s| s.starts_with(crate::mrtr::STATE_PREFIX));
    // Another state (or none) is a 2026-07-28 upstream's: its retry goes upstream untouched,
    // `inputResponses` and `requestState` included (stripped there for session-era servers).
    let responses = if ours {
        params.remove("requestState");
        params.remove("inputResponses")
    } else {
        None
    };
    request.params = Some(params.to_raw());
    let state = state.filter(|_| ours);
    let park_for = (gw.settings().servers.iter())
        .map(|s| s.request_timeout)
        .max()
        .unwrap_or(std::time::Duration::from_secs(120));
    let retry = state.as_deref().map(|state| crate::mrtr::Retry {
        request: &request,
        scope: &scope,
        caller: &caller,
        state,
        responses: responses.as_deref(),
    });
    // No state of ours: a new call. The retry after a server's URL elicitations runs the call
    // again from the start; any other retry resumes a parked call.
    let refetched = match &retry {
        None => true,
        Some(retry) => match gw.parked().refetch(retry) {
            Some(Ok(())) => true,
            Some(Err(error)) => {
                tracing::info!(method = %request.method, "retry refused: {}", error.message);
                return Err(protocol::Response::error(request.id.clone(), &error));
            }
            None => false,
        },
    };
    let Some(retry) = retry.filter(|_| !refetched) else {
        return Ok(start(
            gw.clone(),
            scope,
            caller,
            request,
            declared,
            park_for,
        ));
    };
    Driver::resume(gw.parked(), retry, park_for)
        .await
        .map_err(|error| {
            tracing::info!(method = %request.method, "retry refused: {}", error.message);
            protocol::Response::error(request.id.clone(), &error)
        })
}

/// Checks in the order of `docs/eras.md` section 2.2; returns the parsed body.
fn validate(headers: &HeaderMap, request: &Request) -> Result<ModernBody, Refused> {
    let mismatch = |m: String| {
        (
            StatusCode::BAD_REQUEST,
            ErrorObject::new(ErrorCode::HEADER_MISMATCH, m),
        )
    };
    let bad = |e: ErrorObject| (StatusCode::BAD_REQUEST, e);
    // Intermediaries route on these headers: two values of one, which a proxy may read either
    // way, are refused rather than judged on the first.
    for name in ["mcp-protocol-version", "mcp-method", "mcp-name"] {
        if headers.get_all(name).iter().nth(1).is_some() {
            return Err(mismatch(format!("more than one {name} header")));
        }
    }
    let header_version = header_value(headers, "mcp-protocol-version")
        .ok_or_else(|| mismatch("missing MCP-Protocol-Version header".into()))?;
    let body = ModernBody::parse(request).map_err(bad)?;
    if header_version != body.version {
        return Err(mismatch(format!(
            "MCP-Protocol-Version header '{header_version}' differs from the body's '{}'",
            body.version
        )));
    }
    crate::modern_meta::check_version(&body.version).map_err(bad)?;
    if let Some(key) = named_by(&request.method)
        && body.params().get_str(key).is_none()
    {
        let message = format!("{} needs a string params.{key}", request.method);
        return Err(bad(ErrorObject::invalid_params(message)));
    }
    check_standard_headers(headers, request, body.params()).map_err(mismatch)?;
    crate::modern_meta::check_method(request, &body.version)
        .map_err(|e| (StatusCode::NOT_FOUND, e))?;
    Ok(body)
}

/// The params key `Mcp-Name` mirrors for `method`, if any.
fn named_by(method: &str) -> Option<&'static str> {
    match method {
        methods::TOOLS_CALL | methods::PROMPTS_GET => Some("name"),
        methods::RESOURCES_READ => Some("uri"),
        _ => None,
    }
}

/// `Mcp-Method` must name the body's method; `Mcp-Name` the tool, prompt or resource.
fn check_standard_headers(
    headers: &HeaderMap,
    request: &Request,
    params: &RawObject,
) -> Result<(), String> {
    match header_value(headers, "mcp-method").map(str::trim) {
        Some(m) if m == request.method => {}
        Some(m) => {
            return Err(format!(
                "Mcp-Method '{m}' differs from the body's method '{}'",
                request.method
            ));
        }
        None => return Err("missing Mcp-Method header".into()),
    }
    let Some(key) = named_by(&request.method) else {
        return Ok(());
    };
    let expected = params.get_str(key).unwrap_or_default();
    let Some(raw) = header_value(headers, "mcp-name") else {
        return Err("missing Mcp-Name header".into());
    };
    let named = decode_header_value(raw.trim())
        .ok_or_else(|| format!("Mcp-Name '{raw}' is not valid base64"))?;
    if named != expected {
        return Err(format!(
            "Mcp-Name '{named}' differs from the body's {key} '{expected}'"
        ));
    }
    Ok(())
}

/// For a `tools/call` of a tool whose definition the gateway has seen: its `Mcp-Param-*`
/// headers against the arguments they mirror (SEP-2243). A tool not yet listed through the
/// gateway is not checked: its annotations are unknown.
fn check_param_headers(
    gw: &Gateway,
    scope: &Scope,
    caller: &Caller,
    headers: &HeaderMap,
    request: &Request,
    params: &RawObject,
) -> Result<(), ErrorObject> {
    if request.method != methods::TOOLS_CALL {
        return Ok(());
    }
    let target = crate::pipeline::Target::of(gw, scope, request);
    let (Some(server), Some(qualified)) = (target.server, target.tool) else {
        return Ok(());
    };
    let tenant = caller.principal.as_ref().and_then(|p| p.tenant.as_deref());
    let Some(upstream) = gw.upstream(&server, Client::Tenant(tenant)) else {
        return Ok(());
    };
    let tail = crate::namespace::split(&qualified).map_or(qualified.as_str(), |(_, t)| t);
    let Some(facts) = upstream.tool_facts(&upstream.original_tool_name(&qualified, tail)) else {
        return Ok(());
    };
    let arguments = params.get_as::<serde_json::Value>("arguments");
    crate::param_headers::check(headers, &facts.param_headers, arguments.as_ref())
        .map_err(|m| ErrorObject::new(ErrorCode::HEADER_MISMATCH, m))
}

/// Header values may carry non-ASCII text as `=?base64?...?=`.
pub(crate) fn decode_header_value(value: &str) -> Option<String> {
    let Some(inner) = value
        .strip_prefix("=?base64?")
        .and_then(|v| v.strip_suffix("?="))
    else {
        return Some(value.to_owned());
    };
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(inner)
        .ok()?;
    String::from_utf8(bytes).ok()
}

/// The `DiscoverResult` of a route, for a caller of `tenant`.
/// Audit and count a request the gateway answered itself (`server/discover`, or an opening
/// refused), as every request is: the response to send (an error in its place when the audit
/// log fails closed).
async fn answered_here(
    gw: &Gateway,
    scope: &Scope,
    caller: &Caller,
    request: &Request,
    response: protocol::Response,
    verdict: &'static str,
) -> protocol::Response {
    let mut exchange = crate::audit::Exchange::session_start(request, caller, scope);
    exchange.verdict = verdict;
    let mut response = response;
    if gw.audit().is_some_and(|audit| !audit.admits()) {
        // Refused, and recorded as such: the refusal's own record is what finds the log
        // writable again.
        exchange.verdict = "audit_unavailable";
        let refusal = crate::GatewayError::AuditUnavailable.to_error_object();
        response = protocol::Response::error(request.id.clone(), &refusal);
    }
    pipeline::observe_opening(gw, scope.server_name(), &exchange, &response);
    match gw.audit() {
        Some(audit) => audit.record(exchange, response).await,
        None => response,
    }
}

fn discover(
    gw: &Gateway,
    scope: &Scope,
    tenant: Option<&str>,
) -> Result<Box<RawValue>, crate::GatewayError> {
    let init = match scope {
        Scope::Aggregate => aggregate::initialize_result(
            &gw.upstreams_in(&Scope::Aggregate, Client::Tenant(tenant)),
            version::MODERN[0],
        ),
        Scope::Server(name) => {
            let upstream = gw.upstream(name, Client::Tenant(tenant)).ok_or_else(|| {
                crate::GatewayError::UpstreamUnavailable {
                    server: name.clone(),
                    reason: "not configured".into(),
                }
            })?;
            aggregate::single_initialize_result(&upstream, version::MODERN[0])?
        }
        Scope::Virtual(name) => crate::virtual_server::initialize_result(name, version::MODERN[0]),
    };
    let init = RawObject::parse(&init).unwrap_or_default();
    let mut result = RawObject::new();
    result.set_str("resultType", "complete");
    result.set(
        "supportedVersions",
        raw_json(&serde_json::to_string(version::MODERN).expect("serializes")),
    );
    result.set(
        "capabilities",
        init.get("capabilities")
            .map(ToOwned::to_owned)
            .unwrap_or_else(|| raw_json("{}")),
    );
    if let Some(instructions) = init.get("instructions") {
        result.set("instructions", instructions.to_owned());
    }
    if let Some(info) = init.get("serverInfo") {
        let meta = format!(r#"{{"io.modelcontextprotocol/serverInfo":{}}}"#, info.get());
        result.set("_meta", raw_json(&meta));
    }
    result.set("ttlMs", raw_json("0"));
    result.set_str("cacheScope", "private");
    Ok(result.to_raw())
}

/// Start the request: the common driver runs it with a session that lives for this request
/// only, carrying what the client declared in `_meta` (capabilities, log level) and the trace
/// context of its headers.
fn start(
    gw: Gateway,
    scope: Scope,
    caller: Caller,
    request: Request,
    declared: Declared,
    park_for: std::time::Duration,
) -> Driver {
    let replay = gw.settings().http.replay_buffer;
    let Declared {
        capabilities,
        log_level,
        incoming,
    } = declared;
    let mut session = Session::new(scope, version::MODERN[0].to_owned(), capabilities, replay);
    if let Some(flow) = gw.stateless_flows().of(&caller) {
        session = session.with_flow(flow);
    }
    let session = session.with_caller(caller);
    *crate::session::lock(&session.log_level) = log_level;
    let session = Arc::new(session);
    let (tx, rx) = mpsc::channel(64);
    let cancel = CancellationToken::new();
    let ctx = RequestCtx {
        session: Arc::clone(&session),
        client_id: request.id.clone(),
        sink: Sink::Request(tx.clone()),
        cancel: cancel.clone(),
        incoming,
        progress: Default::default(),
    };
    let running = request.clone();
    let work: Work = Box::pin(async move {
        let response = pipeline::handle_request(&gw, &ctx, running).await;
        let _ = tx.send(Message::Response(response)).await;
    });
    Driver::new(session, rx, work, &request, park_for, cancel.drop_guard())
}

/// JSON when the answer comes first; SSE (without event ids: 2026-07-28 has no resumption) when
/// notifications come before it. Closing the stream before the answer cancels the request.
async fn respond(gw: Gateway, mut driver: Driver) -> Response {
    match driver.next(gw.parked()).await {
        Some(Step::Final(response)) => answer(shape(driver.method(), response)),
        Some(Step::Notification(first)) => {
            driver.detach();
            let rest = futures::stream::unfold(Some((gw, driver)), |state| async move {
                let (gw, mut driver) = state?;
                match driver.next(gw.parked()).await? {
                    Step::Notification(n) => Some((n, Some((gw, driver)))),
                    Step::Final(r) => Some((Message::Response(shape(driver.method(), r)), None)),
                }
            });
            let frames = futures::stream::once(async move { first })
                .chain(rest)
                .map(|m| {
                    Ok::<_, std::convert::Infallible>(transport::sse::event(None, &m.to_json()))
                });
            crate::http::sse_response(Body::from_stream(frames))
        }
        None => {
            let error = ErrorObject::new(
                ErrorCode::INTERNAL_ERROR,
                "the request ended without an answer",
            );
            reply(
                StatusCode::INTERNAL_SERVER_ERROR,
                Message::Response(protocol::Response::error(protocol::Id::null(), &error)),
            )
        }
    }
}

/// Add `resultType` to a result, and caching hints to cacheable ones.
pub(crate) fn shape(method: &str, response: protocol::Response) -> protocol::Response {
    let Outcome::Result(result) = &response.outcome else {
        return shape_error(response);
    };
    let Some(mut obj) = RawObject::parse(result) else {
        return response;
    };
    if obj.get("resultType").is_none() {
        obj.set_str("resultType", "complete");
    }
    let complete = obj.get_str("resultType").as_deref() == Some("complete");
    if complete && methods::CACHEABLE.contains(&method) {
        if obj.get("ttlMs").is_none() {
            obj.set("ttlMs", raw_json("0"));
        }
        if obj.get("cacheScope").is_none() {
            obj.set_str("cacheScope", "private");
        }
    }
    protocol::Response::result(response.id, obj.to_raw())
}

/// A session-era "resource not found" (-32002) is 2026-07-28's -32602, its message and
/// `data.uri` kept (server/resources: not found is Invalid Params); a code the era reserves
/// moves out of the JSON-RPC range ([`ErrorCode::for_modern`]).
pub(crate) fn shape_error(response: protocol::Response) -> protocol::Response {
    let Some(mut error) = response.error_object() else {
        return response;
    };
    let code = match error.code {
        ErrorCode::RESOURCE_NOT_FOUND => ErrorCode::INVALID_PARAMS,
        other => ErrorCode::for_modern(other),
    };
    if code == error.code {
        return response;
    }
    error.code = code;
    protocol::Response::error(response.id, &error)
}

/// 2026-07-28 maps some errors to HTTP statuses; everything else is 200.
fn status_of(response: &protocol::Response) -> StatusCode {
    match response.error_object().map(|e| e.code) {
        Some(ErrorCode::METHOD_NOT_FOUND) => StatusCode::NOT_FOUND,
        Some(ErrorCode::MISSING_REQUIRED_CLIENT_CAPABILITY) => StatusCode::BAD_REQUEST,
        _ => StatusCode::OK,
    }
}

/// A response as a plain JSON body, with the status 2026-07-28 maps its error to; a rate-limit
/// or quota refusal is HTTP 429 with `Retry-After`, as on the session-era endpoint.
fn answer(response: protocol::Response) -> Response {
    let throttled = crate::http::throttled(&response);
    let mut reply = reply(status_of(&response), Message::Response(response));
    crate::http::mark_throttled(&mut reply, throttled);
    reply
}

fn reply(status: StatusCode, message: Message) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        message.to_bytes(),
    )
        .into_response()
}

/// Whether `MCP-Protocol-Version` names a 2026-07-28-era version.
pub(crate) fn claims_modern(headers: &HeaderMap) -> bool {
    header_value(headers, "mcp-protocol-version").is_some_and(|v| version::MODERN.contains(&v))
}

/// A 2026-07-28 client's `GET` or `DELETE` (the era has no standalone stream and no session
/// to end): 405, allowing only `POST`.
pub(crate) fn refuse_get_or_delete() -> Response {
    (StatusCode::METHOD_NOT_ALLOWED, [(header::ALLOW, "POST")]).into_response()
}

fn header_value<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_silent_listen_gets_keep_alives_and_ends_with_its_messages() {
        let every = std::time::Duration::from_millis(20);
        let silent = futures::stream::pending::<Message>();
        let mut frames = Box::pin(with_keep_alive(silent, every));
        for _ in 0..2 {
            let frame = frames.next().await.unwrap().unwrap();
            assert_eq!(frame, transport::sse::keep_alive());
        }
        let one = Message::Notification(protocol::Notification {
            method: "notifications/message".into(),
            params: None,
        });
        let frames: Vec<_> = with_keep_alive(futures::stream::iter([one]), every)
            .collect()
            .await;
        assert_eq!(frames.len(), 1, "{frames:?}");
        assert!(
            frames[0]
                .as_ref()
                .unwrap()
                .contains("notifications/message")
        );
    }

    #[test]
    fn header_values_decode_base64_sentinels() {
        assert_eq!(
            decode_header_value("=?base64?SGVsbG8=?=").as_deref(),
            Some("Hello")
        );
        assert_eq!(decode_header_value("plain").as_deref(), Some("plain"));
        assert_eq!(decode_header_value("=?base64?SGVs!!!bG8=?="), None);
    }

    #[test]
    fn results_get_result_type_and_cache_hints() {
        let r = protocol::Response::result(protocol::Id::number(1), raw_json(r#"{"tools":[]}"#));
        let shaped = shape(methods::TOOLS_LIST, r);
        let text = Message::Response(shaped).to_json();
        assert!(
            text.contains(r#""resultType":"complete""#) && text.contains(r#""ttlMs":0"#),
            "{text}"
        );
        let r = protocol::Response::result(protocol::Id::number(1), raw_json(r#"{"content":[]}"#));
        let text = Message::Response(shape(methods::TOOLS_CALL, r)).to_json();
        assert!(
            text.contains("resultType") && !text.contains("ttlMs"),
            "{text}"
        );
    }
}
