//! Relaying one client request to an upstream, and routing what the upstream sends back:
//! progress (with tokens rewritten so that client sessions sharing an upstream never collide),
//! log messages, server-to-client requests (sampling, elicitation, roots) with their ids mapped,
//! and cancellation in both directions.

use std::sync::Arc;

use protocol::{
    Id, Message, Notification, Outcome, RawObject, Request, Response, methods, raw_json,
};
use serde_json::value::RawValue;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;
use tracing::Instrument;

use crate::error::GatewayError;
use crate::session::{Session, lock};
use crate::stream::EventStream;
use crate::telemetry::{self, stage_span};
use crate::traffic::{self, Protection};
use crate::upstream::Upstream;

/// Where messages for one client go: the stream of the request that caused them, or the
/// session's standalone stream.
#[derive(Clone)]
pub enum Sink {
    /// Messages related to one client request, ahead of its response.
    Request(mpsc::Sender<Message>),
    /// The session's standalone (GET) stream.
    Standalone(Arc<EventStream>),
}

impl Sink {
    /// Deliver a message (dropped if the client request is already over).
    pub async fn send(&self, message: Message) {
        match self {
            Sink::Request(tx) => {
                let _ = tx.send(message).await;
            }
            Sink::Standalone(stream) => stream.push(message.to_json()),
        }
    }
}

/// A request in flight upstream, and where its related messages go.
pub struct ActiveCall {
    /// The client session that asked.
    pub session: Arc<Session>,
    /// Where related messages go.
    pub sink: Sink,
    /// Start order, to attribute unsolicited messages to the most recent call.
    pub seq: u64,
}

/// Where progress for one upstream token goes.
pub struct ProgressRoute {
    /// The token the client chose.
    pub client_token: Box<RawValue>,
    /// Where progress goes.
    pub sink: Sink,
    /// The last progress the client saw for its request (shared by the request's rounds).
    pub floor: ProgressFloor,
}

/// The highest `progress` value delivered for one client request: progress MUST increase
/// (`basic/utilities/progress`), and a request that takes several upstream rounds (input
/// required) would otherwise restart from each round's own count.
#[derive(Clone, Default)]
pub struct ProgressFloor(Arc<std::sync::Mutex<Option<f64>>>);

impl ProgressFloor {
    /// Whether `progress` moves past every value delivered so far (and is now the floor).
    fn admits(&self, progress: f64) -> bool {
        let mut last = lock(&self.0);
        if last.is_some_and(|last| progress <= last) {
            return false;
        }
        *last = Some(progress);
        true
    }
}

/// One client request as the relay sees it.
pub struct RequestCtx {
    /// The client session.
    pub session: Arc<Session>,
    /// The client's request id.
    pub client_id: Id,
    /// Where related messages go.
    pub sink: Sink,
    /// Cancelled when the client cancels.
    pub cancel: CancellationToken,
    /// The trace context the request arrived with in its transport's headers.
    pub incoming: crate::telemetry::Incoming,
    /// The progress delivered for this request so far.
    pub progress: ProgressFloor,
}

impl RequestCtx {
    /// Wait for `wait` (a place in a queue) unless the client cancels the request first
    /// (`None`). A wait that is over at once costs nothing more; one that is not makes the
    /// request findable by its id for `notifications/cancelled` while it lasts (a call
    /// cancelled in a queue used to be forwarded, and run, once its turn came).
    pub(crate) async fn unless_cancelled<F: std::future::Future>(
        &self,
        wait: F,
    ) -> Option<F::Output> {
        let mut wait = std::pin::pin!(wait);
        if let std::task::Poll::Ready(done) = futures::poll!(wait.as_mut()) {
            return Some(done);
        }
        lock(&self.session.inflight).insert(self.client_id.clone(), self.cancel.clone());
        let waited = tokio::select! {
            done = wait => Some(done),
            _ = self.cancel.cancelled() => None,
        };
        lock(&self.session.inflight).remove(&self.client_id);
        waited
    }
}

/// Removes a relayed request from every routing table when the relay ends, however it ends.
struct Registration<'a> {
    ctx: &'a RequestCtx,
    upstream: &'a Arc<Upstream>,
    upstream_id: Option<u64>,
    token: Option<String>,
    /// The request went upstream and is not settled: if the relay is dropped now (the client
    /// went away without a stream to keep it running), the upstream is told to stop.
    outstanding: bool,
}

impl Drop for Registration<'_> {
    fn drop(&mut self) {
        if let Some(id) = self.upstream_id {
            lock(&self.upstream.active).remove(&id);
            if self.outstanding
                && let Ok(runtime) = tokio::runtime::Handle::try_current()
            {
                let upstream = Arc::clone(self.upstream);
                runtime.spawn(send_cancel(upstream, id, "the client went away"));
            }
        }
        if let Some(token) = &self.token {
            lock(&self.upstream.progress).remove(token);
        }
        lock(&self.ctx.session.inflight).remove(&self.ctx.client_id);
    }
}

/// Send `method` upstream and wait for its response, relaying related messages to the client.
/// The returned response still carries the upstream's id.
///
/// The upstream's protection applies here, the one place every request leaves through: list
/// results come from the cache while fresh; the circuit breaker and the concurrency cap admit
/// the request or refuse it at once; idempotent requests that found the server unreachable
/// are retried with jittered backoff while the retry budget lasts.
///
/// A 2026-07-28 upstream gets the era's `_meta` on every request; the methods that era removed
/// are answered here. For a session-era client, its `input_required` results are driven to
/// completion through the client (`crate::input_loop`) and the era's result members removed.
pub async fn forward(
    ctx: &RequestCtx,
    upstream: &Arc<Upstream>,
    method: &str,
    params: Option<Box<RawValue>>,
) -> Result<Response, GatewayError> {
    // The era is known without waiting: a request to a server that is down must still meet
    // its breaker (and the list cache) at once.
    if !upstream.speaks_modern() {
        return forward_attempts(ctx, upstream, method, params).await;
    }
    if method == methods::LOGGING_SET_LEVEL {
        crate::modern_upstream::remember_level(&ctx.session, params.as_deref());
    }
    if crate::modern_upstream::answered_locally(method) {
        return Ok(Response::result(Id::number(0), raw_json("{}")));
    }
    let response = forward_attempts(ctx, upstream, method, params.clone()).await?;
    if protocol::version::MODERN.contains(&ctx.session.protocol_version.as_str()) {
        return Ok(response);
    }
    let response = crate::input_loop::drive(ctx, upstream, method, params, response).await?;
    Ok(match response.outcome {
        Outcome::Result(result) => Response::result(
            response.id,
            crate::modern_upstream::shape_for_legacy(result),
        ),
        Outcome::Error(_) if method == methods::RESOURCES_READ => {
            crate::modern_upstream::not_found_for_legacy(response)
        }
        Outcome::Error(_) => response,
    })
}

/// [`forward`] without era handling: the list and result caches, the breaker and the cap,
/// retries and failover.
pub(crate) async fn forward_attempts(
    ctx: &RequestCtx,
    upstream: &Arc<Upstream>,
    method: &str,
    params: Option<Box<RawValue>>,
) -> Result<Response, GatewayError> {
    let protection = upstream.protection();
    let first_page = crate::traffic::ListCache::caches(method) && is_first_page(params.as_deref());
    // A server that is down is not answered for from the cache: its listing goes the way of
    // any failure (`failure_mode`; failover to another replica) instead of offering tools
    // that cannot work for as long as the cache lasts.
    if first_page
        && upstream.available()
        && let Some(result) = protection.lists.get(method)
    {
        return Ok(Response::result(Id::number(0), (*result).to_owned()));
    }
    let cached_call = result_cache_key(ctx, &protection, method, params.as_deref());
    if let Some((tool, key)) = &cached_call
        && let Some(result) = protection.results.get(tool, key)
    {
        return Ok(Response::result(Id::number(0), (*result).to_owned()));
    }
    let retryable = traffic::idempotent_method(method) || upstream.retryable_call(method, &params);
    protection.retries.first_attempt();
    let (mut upstream, mut protection) = (Arc::clone(upstream), protection);
    let (mut attempt, mut failovers, mut resent) = (0, 0, false);
    loop {
        let outcome = forward_protected(ctx, &upstream, &protection, method, params.clone()).await;
        if !resent && session_expired(&outcome) {
            // HTTP 404 on the session: the server did not process the request, and the
            // connection starts a new session; sent once more, whatever the method (the
            // client saw a failure for every redeploy of its server).
            tracing::info!(server = %upstream.name(), method, "the server's session expired; sending the request again on a new one");
            resent = true;
            upstream
                .past_closed_connection(upstream.settings.init_timeout)
                .await;
            continue;
        }
        if failovers < MAX_FAILOVERS
            && let Some(next) = failover_for(&upstream, &outcome, retryable)
        {
            tracing::info!(server = %upstream.name(), from = upstream.settings.replica, to = next.settings.replica, method, "failing over to another replica");
            failovers += 1;
            protection = next.protection();
            upstream = next;
            continue;
        }
        let unreachable = unreachable(&upstream, &outcome);
        if !(unreachable && retryable)
            || attempt >= protection.settings.retry.attempts
            || !protection.retries.try_retry()
        {
            let outcome = match outcome {
                Ok(response) if method == methods::TOOLS_LIST => Ok(
                    crate::param_headers::without_invalid_tools(upstream.name(), response),
                ),
                other => other,
            };
            if let Ok(Response {
                outcome: Outcome::Result(result),
                ..
            }) = &outcome
            {
                remember(
                    &upstream,
                    &protection,
                    method,
                    first_page,
                    cached_call,
                    result,
                );
            }
            return outcome;
        }
        attempt += 1;
        tracing::debug!(server = %upstream.name(), method, attempt, "retrying an idempotent request");
        tokio::time::sleep(protection.retry_delay(attempt)).await;
    }
}

/// Whether the transport answered for the request that the server no longer knew its
/// session (`data.sessionExpired`, set by the HTTP transport on a 404).
fn session_expired(outcome: &Result<Response, GatewayError>) -> bool {
    let Ok(Response {
        outcome: Outcome::Error(raw),
        ..
    }) = outcome
    else {
        return false;
    };
    raw.get().contains("\"sessionExpired\":true")
}

/// Most replicas one request moves through before its error is final.
const MAX_FAILOVERS: u32 = 3;

/// Another replica to send a failed request to: a request refused by an open breaker never
/// left, so any may take it; one that found the replica unreachable may have arrived, so only
/// a request safe to repeat moves.
fn failover_for(
    upstream: &Upstream,
    outcome: &Result<Response, GatewayError>,
    retryable: bool,
) -> Option<Arc<Upstream>> {
    let moves = match outcome {
        Err(GatewayError::CircuitOpen { .. }) => true,
        _ => retryable && unreachable(upstream, outcome),
    };
    moves.then(|| upstream.failover()).flatten()
}

/// Whether the exchange failed to reach the server: the gateway could not send the request
/// or lost the connection, or the transport answered for it (an HTTP exchange that failed
/// gives the error the transport made, with `data.server` naming this server; a refusal of
/// the gateway's credentials, with `data.httpStatus`, is a configuration error, not an outage).
fn unreachable(upstream: &Upstream, outcome: &Result<Response, GatewayError>) -> bool {
    match outcome {
        Err(GatewayError::UpstreamUnavailable { .. }) => true,
        Ok(Response {
            outcome: Outcome::Error(raw),
            ..
        }) => {
            #[derive(serde::Deserialize)]
            struct Failed<'a> {
                code: i64,
                #[serde(borrow)]
                data: Option<FailedData<'a>>,
            }
            #[derive(serde::Deserialize)]
            struct FailedData<'a> {
                server: Option<&'a str>,
                /// Set when the server refused the gateway's credentials: not an outage.
                #[serde(rename = "httpStatus")]
                http_status: Option<u16>,
                /// Set when the answer was over the size limit: one request's problem, not
                /// the server's (one client's big reads opened the circuit for everyone).
                #[serde(rename = "tooLarge", default)]
                too_large: bool,
            }
            serde_json::from_str::<Failed>(raw.get()).is_ok_and(|e| {
                e.code == protocol::ErrorCode::UPSTREAM_UNAVAILABLE
                    && e.data.is_some_and(|d| {
                        d.server == Some(upstream.name()) && d.http_status.is_none() && !d.too_large
                    })
            })
        }
        _ => false,
    }
}

/// For a `tools/call` of a tool whose results the operator marked cacheable: the tool and the
/// cache key (its arguments, and the caller unless the cache is public).
fn result_cache_key(
    ctx: &RequestCtx,
    protection: &Protection,
    method: &str,
    params: Option<&RawValue>,
) -> Option<(String, String)> {
    if method != methods::TOOLS_CALL || protection.settings.cached_tools.is_empty() {
        return None;
    }
    let params = RawObject::parse_params(params)?;
    let tool = params.get_str("name")?;
    let arguments = params.get("arguments");
    let principal = match ctx.session.caller.principal.as_deref() {
        Some(p) => format!(
            "{}/{}/{}",
            p.tenant.as_deref().unwrap_or(""),
            p.user.as_deref().unwrap_or(""),
            p.agent
        ),
        None => "anonymous".to_owned(),
    };
    let key = protection.results.key(&tool, arguments, &principal)?;
    Some((tool, key))
}

/// Learn from a successful result: tool facts, the list cache, the result cache (never an
/// `isError` result).
fn remember(
    upstream: &Upstream,
    protection: &Protection,
    method: &str,
    first_page: bool,
    cached_call: Option<(String, String)>,
    result: &RawValue,
) {
    if crate::modern_upstream::is_input_required(result) {
        return;
    }
    if method == methods::TOOLS_LIST {
        upstream.learn_tools(result);
    }
    if first_page {
        protection.lists.put(method, Arc::from(result.to_owned()));
    }
    if let Some((tool, key)) = cached_call
        && !protocol::is_tool_error(result)
    {
        protection
            .results
            .put(&tool, key, Arc::from(result.to_owned()));
    }
}

/// Whether a list request asks for the first page (no cursor).
fn is_first_page(params: Option<&RawValue>) -> bool {
    RawObject::parse_params(params).is_none_or(|p| p.get("cursor").is_none())
}

/// Why a call fails when its server's connection goes away under it.
const CONNECTION_LOST: &str = "connection lost during the request";

/// One attempt through the breaker and the concurrency cap.
async fn forward_protected(
    ctx: &RequestCtx,
    upstream: &Arc<Upstream>,
    protection: &Protection,
    method: &str,
    params: Option<Box<RawValue>>,
) -> Result<Response, GatewayError> {
    let admitted = protection
        .breaker
        .admit()
        .map_err(|retry_after| GatewayError::CircuitOpen {
            server: upstream.name().to_owned(),
            retry_after,
        })?;
    let acquire = protection.concurrency.acquire(upstream.request_timeout());
    let slot = match ctx.unless_cancelled(acquire).await {
        Some(Ok(slot)) => slot,
        None => {
            protection.breaker.record(admitted, true);
            return Err(GatewayError::Cancelled);
        }
        Some(Err(_)) => {
            // Shedding says nothing about the server's health: the probe goes back unused.
            protection.breaker.record(admitted, true);
            return Err(GatewayError::Overloaded {
                server: upstream.name().to_owned(),
            });
        }
    };
    let outcome = forward_once(ctx, upstream, method, params).await;
    drop(slot);
    if matches!(&outcome, Err(GatewayError::UpstreamUnavailable { reason, .. }) if reason == CONNECTION_LOST)
    {
        // Counted once for all the calls it took, by the first of them (`exchange`).
        protection.breaker.record_lost(admitted);
        return outcome;
    }
    let failed = matches!(outcome, Err(GatewayError::UpstreamTimeout { .. }))
        || unreachable(upstream, &outcome);
    protection.breaker.record(admitted, !failed);
    outcome
}

/// The `Mcp-Param-*` headers a 2026-07-28 upstream's `tools/call` carries, for the arguments
/// its tool definition annotates with `x-mcp-header` (as learned from its list).
fn mirrored_params(
    upstream: &Upstream,
    live: &crate::upstream::Live,
    method: &str,
    params: Option<&RawValue>,
) -> http::HeaderMap {
    if method != methods::TOOLS_CALL || !live.info.is_modern() {
        return http::HeaderMap::new();
    }
    let Some(params) = RawObject::parse_params(params) else {
        return http::HeaderMap::new();
    };
    let facts = params.get_str("name").and_then(|n| upstream.tool_facts(&n));
    let Some(facts) = facts.filter(|f| !f.param_headers.is_empty()) else {
        return http::HeaderMap::new();
    };
    let arguments = params.get_as::<serde_json::Value>("arguments");
    crate::param_headers::headers_for(&facts.param_headers, arguments.as_ref())
}

/// The params as this upstream takes them: a 2026-07-28 server gets the per-request `_meta`
/// stamped in; a session-era one never gets an upstream's `requestState` (it has none to
/// resume) nor stray `inputResponses`.
fn params_for(
    live: &crate::upstream::Live,
    ctx: &RequestCtx,
    params: Option<Box<RawValue>>,
) -> Result<Option<Box<RawValue>>, GatewayError> {
    if live.info.is_modern() {
        let level = crate::modern_upstream::log_level_for(&ctx.session);
        let stamped =
            crate::modern_upstream::stamp(params, &ctx.session.capabilities, level.as_deref());
        return Ok(Some(stamped));
    }
    if has_request_state(params.as_deref()) {
        // Only a modern server's state reaches here: never the gateway's.
        return Err(GatewayError::InvalidParams(
            "requestState does not belong to this server".into(),
        ));
    }
    Ok(strip_input_responses(params))
}

/// Send once, with no protection: the exchange itself, in the upstream call's span (an
/// OpenTelemetry client span when tracing is on, marked failed when the call fails).
async fn forward_once(
    ctx: &RequestCtx,
    upstream: &Arc<Upstream>,
    method: &str,
    params: Option<Box<RawValue>>,
) -> Result<Response, GatewayError> {
    let span = stage_span!(
        "upstream",
        otel.kind = "client",
        server = %upstream.name(),
        method,
    );
    let outcome = exchange(ctx, upstream, method, params)
        .instrument(span.clone())
        .await;
    telemetry::record_upstream(&span, &outcome);
    outcome
}

/// The exchange: register the call, send it (with the current span's trace context), wait for
/// the response while relaying related messages, tell the upstream when the caller gives up.
async fn exchange(
    ctx: &RequestCtx,
    upstream: &Arc<Upstream>,
    method: &str,
    params: Option<Box<RawValue>>,
) -> Result<Response, GatewayError> {
    let mut reg = Registration {
        ctx,
        upstream,
        upstream_id: None,
        token: None,
        outstanding: false,
    };
    let live = upstream.live(upstream.settings.init_timeout).await?;
    let upstream_id = live.conn.reserve_id();
    // Registered before the request leaves, so that nothing the server sends about it is missed.
    reg.upstream_id = Some(upstream_id);
    register(ctx, upstream, upstream_id);
    let params = rewrite_progress_token(ctx, upstream, params, upstream_id, &mut reg.token);
    let params = params_for(&live, ctx, params)?;
    let mirrored = mirrored_params(upstream, &live, method, params.as_deref());
    let (params, mut headers) = telemetry::outgoing(params);
    headers.extend(mirrored);
    let mut call = live
        .conn
        .call(upstream_id, method, params, headers)
        .await
        .map_err(|e| upstream.unavailable(e.to_string()))?;
    reg.outstanding = true;
    let deadline = tokio::time::sleep(upstream.request_timeout());
    tokio::pin!(deadline);
    let outcome = loop {
        tokio::select! {
            event = call.next() => match event {
                Some(Message::Response(response)) => {
                    live.mark_answered();
                    break Ok(upstream.scrub_error(response));
                }
                Some(other) => deliver_related(upstream, &ctx.session, &ctx.sink, other).await,
                None => {
                    // One failure for the breaker, however many calls the loss took with it.
                    if live.first_to_see_it_lost() {
                        upstream.protection().breaker.connection_lost();
                    }
                    break Err(upstream.unavailable(CONNECTION_LOST));
                }
            },
            _ = &mut deadline => {
                tracing::warn!(server = %upstream.name(), method, timeout = ?upstream.request_timeout(), "upstream request timed out");
                // Not awaited: a server that stopped answering may not take the
                // notification either, and the caller gets its answer now.
                tokio::spawn(send_cancel(Arc::clone(upstream), call.upstream_id, "gateway timeout"));
                break Err(GatewayError::UpstreamTimeout {
                    server: upstream.name().to_owned(),
                    seconds: upstream.request_timeout().as_secs(),
                });
            }
            _ = ctx.cancel.cancelled() => {
                let stopping = upstream.is_closing();
                let why = if stopping { "the gateway is shutting down" } else { "cancelled by the client" };
                tokio::spawn(send_cancel(Arc::clone(upstream), call.upstream_id, why));
                if stopping {
                    // Cut by the end of the shutdown grace (`Gateway::cancel_in_flight`), not
                    // by the client: it is told so, and may send the call elsewhere.
                    break Err(upstream.unavailable(why));
                }
                break Err(GatewayError::Cancelled);
            }
        }
    };
    reg.outstanding = false;
    outcome
}

/// Whether params carry a `requestState` (the retry of an input-required result).
fn has_request_state(params: Option<&RawValue>) -> bool {
    params.is_some_and(|p| p.get().contains("\"requestState\""))
        && RawObject::parse_params(params).is_some_and(|p| p.get("requestState").is_some())
}

/// Params without `inputResponses`, which a session-era server does not know.
fn strip_input_responses(params: Option<Box<RawValue>>) -> Option<Box<RawValue>> {
    let raw = params?;
    if !raw.get().contains("\"inputResponses\"") {
        return Some(raw);
    }
    let Some(mut obj) = RawObject::parse(&raw) else {
        return Some(raw);
    };
    Some(match obj.remove("inputResponses") {
        Some(_) => obj.to_raw(),
        None => raw,
    })
}

fn register(ctx: &RequestCtx, upstream: &Arc<Upstream>, upstream_id: u64) {
    let active = ActiveCall {
        session: Arc::clone(&ctx.session),
        sink: ctx.sink.clone(),
        seq: upstream.next_active_seq(),
    };
    lock(&upstream.active).insert(upstream_id, active);
    lock(&ctx.session.inflight).insert(ctx.client_id.clone(), ctx.cancel.clone());
}

/// Longest a `notifications/cancelled` to a server may take to send (a frozen HTTP server
/// would hold it for ever).
const CANCEL_SEND_LIMIT: std::time::Duration = std::time::Duration::from_secs(10);

/// Tell the server to stop `upstream_id` (run as its own task, bounded by
/// [`CANCEL_SEND_LIMIT`]).
async fn send_cancel(upstream: Arc<Upstream>, upstream_id: u64, reason: &'static str) {
    let params = serde_json::json!({ "requestId": upstream_id, "reason": reason });
    let notification = Message::Notification(Notification {
        method: methods::CANCELLED.into(),
        params: serde_json::value::to_raw_value(&params).ok(),
    });
    let sent = tokio::time::timeout(CANCEL_SEND_LIMIT, upstream.send(notification)).await;
    if sent.is_err() {
        tracing::debug!(server = %upstream.name(), upstream_id, "a cancellation could not be sent in time");
    }
}

/// Replace `params._meta.progressToken` with the upstream request id, unique on this upstream
/// (and what lets the stdio transport keep progress in order with the response).
fn rewrite_progress_token(
    ctx: &RequestCtx,
    upstream: &Upstream,
    params: Option<Box<RawValue>>,
    upstream_id: u64,
    registered: &mut Option<String>,
) -> Option<Box<RawValue>> {
    let raw = params?;
    if !protocol::may_mention(&raw, "progressToken") {
        return Some(raw);
    }
    let Some(mut obj) = RawObject::parse(&raw) else {
        return Some(raw);
    };
    let Some(mut meta) = obj.get("_meta").and_then(RawObject::parse) else {
        return Some(raw);
    };
    let Some(client_token) = meta.remove("progressToken") else {
        return Some(raw);
    };
    let token = upstream_id.to_string();
    meta.set("progressToken", raw_json(&token));
    obj.set("_meta", meta.to_raw());
    let route = ProgressRoute {
        client_token,
        sink: ctx.sink.clone(),
        floor: ctx.progress.clone(),
    };
    lock(&upstream.progress).insert(token.clone(), route);
    *registered = Some(token);
    Some(obj.to_raw())
}

/// Deliver a message the upstream related to a request of `session`.
pub async fn deliver_related(
    upstream: &Arc<Upstream>,
    session: &Arc<Session>,
    sink: &Sink,
    message: Message,
) {
    match message {
        Message::Notification(n) if n.method == methods::PROGRESS => {
            route_progress(upstream, n).await
        }
        Message::Notification(n) if n.method == methods::CANCELLED => {
            route_cancelled(upstream, n).await
        }
        Message::Notification(n) => sink.send(Message::Notification(n)).await,
        Message::Request(r) => relay_server_request(upstream, session, sink, r).await,
        Message::Response(r) => {
            tracing::debug!(server = %upstream.name(), id = %r.id, "stray response from upstream")
        }
    }
}

/// Answer a server's `roots/list` that belongs to no call at the gateway, with the roots the
/// config gives the server (`servers.NAME.roots`), never a client's: the server is shared by
/// every client, and one client's roots would widen (or narrow) what it lets every other
/// client reach (server-filesystem replaces its allowed directories with them). A `roots/list`
/// in the middle of a call is that call's, and goes to its client like any server request.
pub(crate) async fn answer_roots_list(upstream: &Upstream, request: Request) {
    let roots = &upstream.settings.roots;
    let response = if roots.is_empty() {
        let error = protocol::ErrorObject::new(
            protocol::ErrorCode::METHOD_NOT_FOUND,
            format!(
                "gatehouse gives server '{}' no roots (servers.{}.roots)",
                upstream.name(),
                upstream.name()
            ),
        );
        Response::error(request.id, &error)
    } else {
        let roots: Vec<serde_json::Value> = (roots.iter())
            .map(|uri| serde_json::json!({ "uri": uri }))
            .collect();
        let result = serde_json::json!({ "roots": roots });
        Response::result(request.id, protocol::raw_json(&result.to_string()))
    };
    upstream.send(Message::Response(response)).await;
}

/// Pass a server-to-client request to the client under a fresh id, or refuse it upstream when
/// the client did not declare the capability.
async fn relay_server_request(
    upstream: &Arc<Upstream>,
    session: &Arc<Session>,
    sink: &Sink,
    request: Request,
) {
    if request.method == methods::PING {
        let response = Response::result(request.id, raw_json("{}"));
        return upstream.send(Message::Response(response)).await;
    }
    // A 2026-07-28 call's requests all go to its driver (`crate::mrtr`), which sorts them by
    // the capabilities the request declared and answers -32021 when it declared none of them.
    let modern = protocol::version::MODERN.contains(&session.protocol_version.as_str())
        && matches!(sink, Sink::Request(_));
    let params = request.params.as_deref();
    if !modern
        && !session
            .capabilities
            .supports_request(&request.method, params)
    {
        let error = crate::session::ClientCapabilities::refusal(&request.method);
        return upstream
            .send(Message::Response(Response::error(request.id, &error)))
            .await;
    }
    let client_id = session.register_outgoing(Arc::clone(upstream), request.id);
    let relayed = Request {
        id: Id::number(client_id),
        method: request.method,
        params: request.params,
    };
    sink.send(Message::Request(relayed)).await;
}

async fn route_progress(upstream: &Upstream, notification: Notification) {
    let Some(mut params) = RawObject::parse_params(notification.params.as_deref()) else {
        return;
    };
    let Some(token) = params
        .get("progressToken")
        .map(|t| t.get().trim_matches('"').to_owned())
    else {
        return;
    };
    let route = {
        let routes = lock(&upstream.progress);
        routes
            .get(&token)
            .map(|r| (r.client_token.clone(), r.sink.clone(), r.floor.clone()))
    };
    let Some((client_token, sink, floor)) = route else {
        tracing::debug!(server = %upstream.name(), %token, "progress for an unknown token");
        return;
    };
    let progress = params.get_as::<f64>("progress");
    if progress.is_some_and(|p| !floor.admits(p)) {
        tracing::debug!(server = %upstream.name(), ?progress, "progress that does not increase dropped");
        return;
    }
    params.set("progressToken", client_token);
    let forwarded = Notification {
        method: notification.method,
        params: Some(params.to_raw()),
    };
    sink.send(Message::Notification(forwarded)).await;
}

/// The upstream cancelled a server-to-client request it had sent: tell the client that saw it.
async fn route_cancelled(upstream: &Upstream, notification: Notification) {
    let Some(mut params) = RawObject::parse_params(notification.params.as_deref()) else {
        return;
    };
    let Some(upstream_id) = params.get("requestId").map(|v| v.get().to_owned()) else {
        return;
    };
    for session in upstream.sessions_served() {
        let found = {
            let mut outgoing = lock(&session.outgoing);
            let id = outgoing.iter().find_map(|(id, o)| {
                (o.upstream.name() == upstream.name() && o.upstream_id.as_json() == upstream_id)
                    .then_some(*id)
            });
            id.inspect(|id| {
                outgoing.remove(id);
            })
        };
        if let Some(client_id) = found {
            params.set("requestId", raw_json(&client_id.to_string()));
            let forwarded = Notification {
                method: notification.method.clone(),
                params: Some(params.to_raw()),
            };
            session
                .standalone
                .push(Message::Notification(forwarded).to_json());
            return;
        }
    }
}

/// A message the upstream sent outside any request's stream (always so over stdio).
pub async fn on_unsolicited(upstream: &Arc<Upstream>, message: Message) {
    match &message {
        Message::Notification(n) if n.method == methods::PROGRESS => {
            return deliver_related_to_nobody(upstream, message).await;
        }
        Message::Notification(n) if n.method == methods::CANCELLED => {
            return deliver_related_to_nobody(upstream, message).await;
        }
        Message::Notification(n) if is_list_changed(&n.method) => {
            return crate::broadcast::list_changed(upstream, n).await;
        }
        Message::Notification(n) if n.method == methods::RESOURCES_UPDATED => {
            return crate::broadcast::resource_updated(upstream, n).await;
        }
        // Roots asked before the server answered anything on this connection are for its
        // start-up, which no client's call caused: a restarted server-filesystem would take
        // the roots of whichever client had a call in flight as every client's.
        Message::Request(r)
            if r.method == methods::ROOTS_LIST
                && !upstream.current().is_some_and(|live| live.has_answered()) =>
        {
            return crate::broadcast::unattributed(upstream, message).await;
        }
        _ => {}
    }
    match attribute(upstream) {
        Attribution::Call(session, sink) => {
            deliver_related(upstream, &session, &sink, message).await
        }
        Attribution::Ambiguous(sessions) => refuse_ambiguous(upstream, message, sessions).await,
        Attribution::Nobody => crate::broadcast::unattributed(upstream, message).await,
    }
}

/// A server-to-client request that could belong to calls of several sessions is refused rather
/// than guessed: answering it from the wrong session would leak one client's data to another.
async fn refuse_ambiguous(upstream: &Arc<Upstream>, message: Message, sessions: usize) {
    match message {
        Message::Request(request) => {
            tracing::warn!(
                server = %upstream.name(), method = %request.method, sessions,
                "refusing a server request: calls of several client sessions are in flight on this shared stdio server"
            );
            let error = protocol::ErrorObject::new(
                protocol::ErrorCode::INTERNAL_ERROR,
                format!(
                    "gatehouse cannot tell which of {sessions} client sessions this {} is for; \
                     retry when fewer clients use server '{}' at once",
                    request.method,
                    upstream.name()
                ),
            );
            upstream
                .send(Message::Response(Response::error(request.id, &error)))
                .await;
        }
        other => crate::broadcast::unattributed(upstream, other).await,
    }
}

async fn deliver_related_to_nobody(upstream: &Arc<Upstream>, message: Message) {
    match message {
        Message::Notification(n) if n.method == methods::PROGRESS => {
            route_progress(upstream, n).await
        }
        Message::Notification(n) => route_cancelled(upstream, n).await,
        _ => {}
    }
}

/// Who an unsolicited message belongs to.
enum Attribution {
    /// The most recent call in flight, all calls in flight being one session's.
    Call(Arc<Session>, Sink),
    /// Calls of this many sessions are in flight: no way to tell.
    Ambiguous(usize),
    /// No call is in flight.
    Nobody,
}

/// Which client request an unsolicited message belongs to. A stdio server shared by several
/// sessions does not say. When every call in flight on the server is one session's, the most
/// recent of them is the answer; with calls of several sessions in flight there is none.
fn attribute(upstream: &Upstream) -> Attribution {
    let active = lock(&upstream.active);
    // A parked call's server is waiting for the answers it asked for; when other calls are in
    // flight, they are the ones asking.
    let asking: Vec<&ActiveCall> = match active
        .values()
        .filter(|c| !c.session.parked.load(std::sync::atomic::Ordering::Relaxed))
        .collect::<Vec<_>>()
    {
        running if running.is_empty() => active.values().collect(),
        running => running,
    };
    let Some(latest) = asking.iter().max_by_key(|c| c.seq) else {
        return Attribution::Nobody;
    };
    let mut sessions: Vec<&str> = asking.iter().map(|c| c.session.id.as_str()).collect();
    sessions.sort_unstable();
    sessions.dedup();
    if sessions.len() > 1 {
        return Attribution::Ambiguous(sessions.len());
    }
    Attribution::Call(Arc::clone(&latest.session), latest.sink.clone())
}

fn is_list_changed(method: &str) -> bool {
    matches!(
        method,
        methods::TOOLS_LIST_CHANGED
            | methods::PROMPTS_LIST_CHANGED
            | methods::RESOURCES_LIST_CHANGED
    )
}

#[cfg(test)]
mod tests {
    use super::ProgressFloor;

    #[test]
    fn progress_floors_admit_only_increasing_values_across_rounds() {
        let floor = ProgressFloor::default();
        let second_round = floor.clone();
        assert!(floor.admits(1.0) && floor.admits(2.5));
        assert!(
            !second_round.admits(1.0),
            "a new round restarting its count"
        );
        assert!(!second_round.admits(2.5), "equal is not an increase");
        assert!(second_round.admits(3.0));
    }
}
