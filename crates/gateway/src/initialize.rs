//! The `initialize` handshake: version negotiation, the result the client sees, and the new
//! session. Shared by every downstream transport.

use std::sync::Arc;
use std::time::Duration;

use protocol::{Outcome, RawObject, Request, Response, version};
use serde_json::value::RawValue;

use crate::Gateway;
use crate::aggregate;
use crate::audit::Exchange;
use crate::error::GatewayError;
use crate::replicas::Client;
use crate::session::{Caller, ClientCapabilities, Scope, Session};
use crate::stream::EventStream;
use crate::telemetry::Incoming;
use tracing::Instrument;

/// How long an aggregate `initialize` waits for servers still making their first connection.
const STARTUP_GRACE: Duration = Duration::from_secs(10);

/// An id and standalone stream that exist before `initialize` (the legacy SSE transport).
pub(crate) type Binding = (String, Arc<EventStream>);

/// Answer `initialize` on `scope`: the session it opens and the `InitializeResult`. Like every
/// request, it gets its audit record (who opened which session, with which client), and a
/// failing log that fails closed refuses it.
pub(crate) async fn open_session(
    gw: &Gateway,
    scope: Scope,
    request: &Request,
    binding: Option<Binding>,
    caller: Caller,
    incoming: &Incoming,
) -> Result<(Arc<Session>, Box<RawValue>), GatewayError> {
    let span = crate::telemetry::opening_span(request, incoming);
    open_in_span(gw, scope, request, binding, caller)
        .instrument(span)
        .await
}

/// [`open_session`], in its span.
async fn open_in_span(
    gw: &Gateway,
    scope: Scope,
    request: &Request,
    binding: Option<Binding>,
    caller: Caller,
) -> Result<(Arc<Session>, Box<RawValue>), GatewayError> {
    let audit = gw.audit();
    let mut exchange = Exchange::session_start(request, &caller, &scope);
    let server = scope.server_name().map(str::to_owned);
    if let Some(audit) = audit.as_ref().filter(|audit| !audit.admits()) {
        // The refusal's own record is what finds the log writable again.
        exchange.verdict = "audit_unavailable";
        let error = GatewayError::AuditUnavailable;
        let response = crate::router::error_response(request.id.clone(), &error);
        crate::pipeline::observe_opening(gw, server.as_deref(), &exchange, &response);
        audit.record(exchange, response).await;
        return Err(error);
    }
    let outcome = start_session(gw, scope, request, binding, caller).await;
    if let Err(
        GatewayError::RateLimited { .. }
        | GatewayError::QuotaExceeded { .. }
        | GatewayError::LimitStoreUnavailable
        | GatewayError::TooManySessions { .. },
    ) = &outcome
    {
        exchange.verdict = "throttled";
    }
    let response = match &outcome {
        Ok((_, result)) => Response::result(request.id.clone(), result.clone()),
        Err(error) => crate::router::error_response(request.id.clone(), error),
    };
    crate::pipeline::observe_opening(gw, server.as_deref(), &exchange, &response);
    let Some(audit) = audit else {
        return outcome;
    };
    let session_id = outcome.as_ref().ok().map(|(s, _)| s.id.clone());
    let recorded = audit
        .record(exchange.for_session(session_id), response)
        .await;
    match (&outcome, recorded.outcome) {
        (Ok((session, _)), Outcome::Error(_)) => {
            gw.end_session(&session.id);
            Err(GatewayError::AuditUnavailable)
        }
        _ => outcome,
    }
}

async fn start_session(
    gw: &Gateway,
    scope: Scope,
    request: &Request,
    binding: Option<Binding>,
    caller: Caller,
) -> Result<(Arc<Session>, Box<RawValue>), GatewayError> {
    crate::pipeline::admit_opening(gw, &caller, &scope).await?;
    let params = initialize_params(request)?;
    gw.sessions()
        .room_for_one(gw.settings().http.max_sessions)?;
    let negotiated = version::negotiate(params.get_str("protocolVersion").as_deref());
    let capabilities = params
        .get_as::<serde_json::Value>("capabilities")
        .map(|c| ClientCapabilities::from_json(&c))
        .unwrap_or_default();
    let tenant = caller.principal.as_ref().and_then(|p| p.tenant.clone());
    let tenant = tenant.as_deref();
    let result = match &scope {
        Scope::Aggregate => {
            gw.wait_ready(STARTUP_GRACE).await;
            aggregate::initialize_result(
                &gw.upstreams_in(&scope, Client::Tenant(tenant)),
                negotiated,
            )
        }
        Scope::Server(name) => {
            let upstream = gw.upstream(name, Client::Tenant(tenant)).ok_or_else(|| {
                GatewayError::UpstreamUnavailable {
                    server: name.clone(),
                    reason: "not configured".into(),
                }
            })?;
            upstream.live(upstream.settings.init_timeout).await?;
            aggregate::single_initialize_result(&upstream, negotiated)?
        }
        Scope::Virtual(name) => crate::virtual_server::initialize_result(name, negotiated),
    };
    let replay = gw.settings().http.replay_buffer;
    let mut session =
        Session::new(scope, negotiated.to_owned(), capabilities, replay).with_caller(caller);
    if let Some((id, stream)) = binding {
        session = session.bound_to(id, stream);
    }
    let session = Arc::new(session);
    gw.sessions().insert(Arc::clone(&session));
    tracing::info!(session = %session.id, version = negotiated, scope = ?session.scope, "session started");
    Ok((session, result))
}

/// The `InitializeRequest`'s params, checked for what the gateway reads of them: a string
/// `protocolVersion` and an object of `capabilities` (both required by the schema; a session
/// opened without them would negotiate and relay on guesses).
fn initialize_params(request: &Request) -> Result<RawObject, GatewayError> {
    let invalid = |what: &str| GatewayError::InvalidParams(format!("initialize: {what}"));
    let params = RawObject::parse_params(request.params.as_deref())
        .ok_or_else(|| invalid("params must be an object"))?;
    if params.get_str("protocolVersion").is_none() {
        return Err(invalid("params.protocolVersion must be a string"));
    }
    let capabilities = params.get("capabilities").map(RawValue::get);
    if !capabilities.is_some_and(|c| c.starts_with('{')) {
        return Err(invalid("params.capabilities must be an object"));
    }
    Ok(params)
}
