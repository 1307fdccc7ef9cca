//! OpenTelemetry on the request path: what a request's spans carry, and the W3C trace context
//! read from what a client sends and written into what goes upstream.
//!
//! The spans are `tracing` spans (the request span and one per stage, see `pipeline`; the
//! upstream call's, see `relay`); the `gatehouse` binary's OpenTelemetry layer turns them into
//! OTel spans and exports them over OTLP. This module moves the context across the wire:
//!
//! - in: `traceparent`/`tracestate` from the request's `params._meta` (where MCP clients put
//!   them, SEP-414), else from the HTTP request headers ([`Incoming`]); the request span
//!   becomes a child of the caller's trace;
//! - out: the upstream span's context as `traceparent`/`tracestate` headers on an HTTP
//!   upstream's POST, and, when that span is sampled, in the forwarded request's
//!   `params._meta` (every other member of the params kept byte for byte).
//!
//! Off until [`enable`]d by whoever installs the OpenTelemetry layer: then no stage span is
//! created and no context is read or written, and a request pays one relaxed atomic load per
//! stage. On, the sampling decision is taken when the request span starts; an unsampled
//! request gets no stage spans either (it still passes its context upstream, flagged unsampled).

use std::sync::atomic::{AtomicBool, Ordering};

use http::{HeaderMap, HeaderName, HeaderValue};
use opentelemetry::Context;
use opentelemetry::propagation::{Extractor, Injector, TextMapPropagator};
use opentelemetry::trace::{Status, TraceContextExt};
use opentelemetry_sdk::propagation::TraceContextPropagator;
use protocol::{Outcome, RawObject, Request, Response, raw_string};
use serde_json::value::RawValue;
use tracing::{Instrument, Span};
use tracing_opentelemetry::OpenTelemetrySpanExt;

use crate::audit::Exchange;
use crate::error::GatewayError;
use crate::pipeline::Target;
use crate::relay::RequestCtx;

const TRACEPARENT: &str = "traceparent";
const TRACESTATE: &str = "tracestate";
const META: &str = "_meta";

static ENABLED: AtomicBool = AtomicBool::new(false);

/// Turn tracing on for this process: stage spans are created and trace context is read and
/// written. Called once by whoever installs the subscriber's OpenTelemetry layer.
pub fn enable() {
    ENABLED.store(true, Ordering::Relaxed);
}

/// Whether tracing is on (see [`enable`]).
#[inline]
pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

tokio::task_local! {
    /// Whether the request being served is sampled (set for its whole run by [`traced`]).
    static SAMPLED: bool;
}

/// Whether the current request is sampled (tracing on and its span sampled): only then do its
/// stages get spans.
#[inline]
pub(crate) fn sampled() -> bool {
    enabled() && SAMPLED.try_with(|sampled| *sampled).unwrap_or(false)
}

/// Run `serve` (a request's stages) in the request's `span`, its stages traced if `sampled`.
/// A plain function, not an `async fn`: an `async fn` keeps its argument `serve` in its state
/// beside the scope future it is moved into, which doubled the size of every request's
/// future (5.8 KB of stages became 11.7 KB, copied into its box once per request).
pub(crate) fn traced<F: Future>(
    span: Span,
    sampled: bool,
    serve: F,
) -> impl Future<Output = F::Output> {
    SAMPLED.scope(sampled, serve.instrument(span))
}

/// A `tracing` span for one stage of a request (a child of the current span), or a disabled
/// span when tracing is off or the request is not sampled (its fields are then never
/// evaluated).
macro_rules! stage_span {
    ($name:literal $(, $($fields:tt)+)?) => {
        if $crate::telemetry::sampled() {
            ::tracing::info_span!($name $(, $($fields)+)?)
        } else {
            ::tracing::Span::none()
        }
    };
}
pub(crate) use stage_span;

/// The trace context a request arrived with in its transport's headers (HTTP `traceparent`
/// and `tracestate`); empty when tracing is off or the headers carry no valid one.
#[derive(Debug, Clone, Default)]
pub struct Incoming(Option<Context>);

impl Incoming {
    /// Read the W3C trace context from HTTP request headers (nothing when tracing is off).
    pub fn from_headers(headers: &HeaderMap) -> Self {
        if !enabled() || !headers.contains_key(TRACEPARENT) {
            return Self::default();
        }
        let extractor = HeaderExtractor(headers);
        Self(valid_context(
            TraceContextPropagator::new().extract(&extractor),
        ))
    }
}

/// The span of one request when tracing is on, and whether it is sampled: the `request` span
/// (with the audit record's `request_id`, `method` and `server`, as the logs know it) as an
/// OTel server span named `{method} {tool}`, a child of the trace the request carried, with
/// the MCP attributes when sampled. Only what the gateway knows is named: a tool its server
/// has not listed, or a method outside the spec, is left out of the name and attributes (as
/// of the metrics' labels), so a client cannot fill the trace backend with names of its
/// making, or put a secret there as a tool name.
pub(crate) fn request_span(
    gateway: &crate::Gateway,
    ctx: &RequestCtx,
    request: &Request,
    exchange: &Exchange,
    target: &Target,
) -> (Span, bool) {
    let method = match protocol::methods::is_known(&request.method) {
        true => request.method.as_str(),
        false => "other",
    };
    let tool = (target.tool.as_deref())
        .filter(|tool| crate::metrics::is_listed(gateway, target.server.as_deref(), tool));
    let name = match tool {
        Some(tool) => format!("{method} {tool}"),
        None => method.to_owned(),
    };
    let span = tracing::info_span!(
        "request",
        otel.name = %name,
        otel.kind = "server",
        request_id = %exchange.request_id,
        method = %exchange.method,
        server = target.server.as_deref().unwrap_or(""),
    );
    let parent = from_meta(request.params.as_deref()).or_else(|| ctx.incoming.0.clone());
    if let Some(parent) = parent {
        // Fails only without the OpenTelemetry layer, when there is nothing to link anyway.
        let _ = span.set_parent(parent);
    }
    // Starting the span takes the sampling decision: an unsampled request's span is not
    // recorded, so it gets no attributes (and its stages no spans).
    let sampled = span.context().span().span_context().is_sampled();
    if !sampled {
        return (span, false);
    }
    span.set_attribute("mcp.method.name", method.to_owned());
    span.set_attribute("jsonrpc.request.id", request.id.to_string());
    span.set_attribute("mcp.session.id", ctx.session.id.clone());
    if target.tool.is_some() {
        span.set_attribute("gen_ai.operation.name", "execute_tool");
    }
    if let Some(tool) = tool {
        span.set_attribute("gen_ai.tool.name", tool.to_owned());
    }
    if let Some(principal) = &exchange.principal {
        span.set_attribute("gatehouse.agent", principal.agent.clone());
        if let Some(tenant) = &principal.tenant {
            span.set_attribute("gatehouse.tenant", tenant.clone());
        }
    }
    (span, true)
}

/// The server span of a request the gateway answers before there is a session to run it
/// through the stages (`initialize`, `server/discover`): named after its method, a child of
/// the trace the request carried (`_meta`, else `incoming`'s headers), with the request's
/// `request_id` recorded once its audit record has one. Disabled when tracing is off.
pub(crate) fn opening_span(request: &Request, incoming: &Incoming) -> Span {
    if !enabled() {
        return Span::none();
    }
    let span = tracing::info_span!(
        "request",
        otel.name = %request.method,
        otel.kind = "server",
        request_id = tracing::field::Empty,
        method = %request.method,
    );
    let parent = from_meta(request.params.as_deref()).or_else(|| incoming.0.clone());
    if let Some(parent) = parent {
        let _ = span.set_parent(parent);
    }
    if span.context().span().span_context().is_sampled() {
        span.set_attribute("mcp.method.name", request.method.clone());
        span.set_attribute("jsonrpc.request.id", request.id.to_string());
    }
    span
}

/// Record how a request answered by [`opening_span`]'s span ended: its audit id, verdict and,
/// for an error, its code (never its message).
pub(crate) fn opening_outcome(span: &Span, request_id: &str, verdict: &str, response: &Response) {
    if span.is_disabled() {
        return;
    }
    span.record("request_id", request_id);
    if !span.context().span().span_context().is_sampled() {
        return;
    }
    span.set_attribute("gatehouse.verdict", verdict.to_owned());
    if let Some(code) = error_code(response) {
        mark_failed(span, &code);
    }
}

/// Name the current request's span after its tool once the tool is known to be listed: the
/// first call of a tool can come before its server's list (which the call itself fetches),
/// after its span was started without the name. Nothing when tracing is off or the request is
/// not sampled.
pub(crate) fn name_after_tool(gateway: &crate::Gateway, method: &str, target: &Target) {
    if !sampled() {
        return;
    }
    let Some(tool) = target.tool.as_deref() else {
        return;
    };
    if !crate::metrics::is_listed(gateway, target.server.as_deref(), tool) {
        return;
    }
    // The span has started (its sampling decision was taken): renamed on the OTel span itself.
    let span = Span::current();
    span.context()
        .span()
        .update_name(format!("{method} {tool}"));
    span.set_attribute("gen_ai.tool.name", tool.to_owned());
}

/// Record how the current request ended on its span: the pipeline's verdict, and for a
/// JSON-RPC error its code and an error status (never the error's message or data, which may
/// echo what the client sent). Nothing when tracing is off or the request is not sampled.
pub(crate) fn record_outcome(verdict: &'static str, response: &Response) {
    if !sampled() {
        return;
    }
    let span = Span::current();
    span.set_attribute("gatehouse.verdict", verdict);
    if let Some(code) = error_code(response) {
        mark_failed(&span, &code);
    }
}

/// Record on an upstream call's span whether it failed: unreachable, timed out, cancelled (the
/// gateway's JSON-RPC code for it) or answered with a JSON-RPC error (its code). Nothing for
/// a disabled span (tracing off, request not sampled).
pub(crate) fn record_upstream(span: &Span, outcome: &Result<Response, GatewayError>) {
    if span.is_disabled() {
        return;
    }
    let code = match outcome {
        Ok(response) => error_code(response),
        Err(error) => Some(error.to_error_object().code.to_string()),
    };
    if let Some(code) = code {
        mark_failed(span, &code);
    }
}

/// Mark `span` failed with a JSON-RPC error code (never message text, which may echo what the
/// client sent).
fn mark_failed(span: &Span, code: &str) {
    span.set_attribute("error.type", code.to_owned());
    span.set_attribute("rpc.response.status_code", code.to_owned());
    span.set_status(Status::error(code.to_owned()));
}

/// The JSON-RPC error code of an error response, as text.
fn error_code(response: &Response) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Code {
        code: i64,
    }
    match &response.outcome {
        Outcome::Error(error) => Some(
            serde_json::from_str::<Code>(error.get())
                .map_or_else(|_| "error".to_owned(), |c| c.code.to_string()),
        ),
        Outcome::Result(_) => None,
    }
}

/// What a request carries upstream from the current span (the upstream call's; for an
/// unsampled request, which has none, the request's): the request's params, with
/// `_meta.traceparent`/`tracestate` set when the span is sampled, and the headers for an HTTP
/// upstream. With tracing off: the params untouched and no headers.
pub(crate) fn outgoing(params: Option<Box<RawValue>>) -> (Option<Box<RawValue>>, HeaderMap) {
    if !enabled() {
        return (params, HeaderMap::new());
    }
    let context = Span::current().context();
    let mut carrier = Carrier::default();
    TraceContextPropagator::new().inject_context(&context, &mut carrier);
    let Some(traceparent) = carrier.traceparent else {
        return (params, HeaderMap::new());
    };
    let tracestate = carrier.tracestate.filter(|s| !s.is_empty());
    let mut headers = HeaderMap::new();
    insert_header(&mut headers, TRACEPARENT, &traceparent);
    if let Some(state) = &tracestate {
        insert_header(&mut headers, TRACESTATE, state);
    }
    let params = match context.span().span_context().is_sampled() {
        true => with_meta(params, &traceparent, tracestate.as_deref()),
        false => params,
    };
    (params, headers)
}

fn insert_header(headers: &mut HeaderMap, name: &'static str, value: &str) {
    if let Ok(value) = HeaderValue::from_str(value) {
        headers.insert(HeaderName::from_static(name), value);
    }
}

/// `params` with `_meta.traceparent` (and `tracestate`, or without a stale one) set; params
/// that are absent become `{"_meta": {...}}`. Params or a `_meta` that is not an object are
/// left as they are. Every other member keeps its bytes.
pub(crate) fn with_meta(
    params: Option<Box<RawValue>>,
    traceparent: &str,
    tracestate: Option<&str>,
) -> Option<Box<RawValue>> {
    let mut object = match &params {
        None => RawObject::new(),
        Some(raw) => match RawObject::parse(raw) {
            Some(object) => object,
            None => return params,
        },
    };
    let mut meta = match object.get(META) {
        None => RawObject::new(),
        Some(raw) => match RawObject::parse(raw) {
            Some(meta) => meta,
            None => return params,
        },
    };
    meta.set(TRACEPARENT, raw_string(traceparent));
    match tracestate {
        Some(state) => meta.set(TRACESTATE, raw_string(state)),
        None => {
            meta.remove(TRACESTATE);
        }
    }
    object.set(META, meta.to_raw());
    Some(object.to_raw())
}

/// The trace context in a request's `params._meta`, if it carries a valid one.
fn from_meta(params: Option<&RawValue>) -> Option<Context> {
    // Most requests carry none: skip the parse unless the key can be there at all.
    let text = params?.get();
    if !text.contains(TRACEPARENT) {
        return None;
    }
    let meta = RawObject::parse_params(params)?
        .get(META)
        .and_then(RawObject::parse)?;
    let carrier = Carrier {
        traceparent: meta.get_str(TRACEPARENT),
        tracestate: meta.get_str(TRACESTATE),
    };
    valid_context(TraceContextPropagator::new().extract(&carrier))
}

/// `context` when it holds a valid remote span context.
fn valid_context(context: Context) -> Option<Context> {
    context.span().span_context().is_valid().then_some(context)
}

/// HTTP request headers as a propagator reads them.
struct HeaderExtractor<'a>(&'a HeaderMap);

impl Extractor for HeaderExtractor<'_> {
    fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).and_then(|v| v.to_str().ok())
    }

    fn keys(&self) -> Vec<&str> {
        self.0.keys().map(HeaderName::as_str).collect()
    }
}

/// The two W3C trace context values, read from `_meta` or written by the propagator.
#[derive(Default)]
struct Carrier {
    traceparent: Option<String>,
    tracestate: Option<String>,
}

impl Extractor for Carrier {
    fn get(&self, key: &str) -> Option<&str> {
        match key {
            TRACEPARENT => self.traceparent.as_deref(),
            TRACESTATE => self.tracestate.as_deref(),
            _ => None,
        }
    }

    fn keys(&self) -> Vec<&str> {
        vec![TRACEPARENT, TRACESTATE]
    }
}

impl Injector for Carrier {
    fn set(&mut self, key: &str, value: String) {
        match key {
            TRACEPARENT => self.traceparent = Some(value),
            TRACESTATE => self.tracestate = Some(value),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARENT: &str = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

    fn raw(text: &str) -> Option<Box<RawValue>> {
        Some(protocol::raw_json(text))
    }

    #[test]
    fn meta_is_added_and_every_other_member_keeps_its_bytes() {
        let params = raw(r#"{"name":"x","arguments":{"n":1.50,"s":"\u00e9"},"x-v":[1, 2]}"#);
        let out = with_meta(params, PARENT, None).unwrap();
        assert_eq!(
            out.get(),
            format!(
                r#"{{"name":"x","arguments":{{"n":1.50,"s":"\u00e9"}},"x-v":[1, 2],"_meta":{{"traceparent":"{PARENT}"}}}}"#
            )
        );
    }

    #[test]
    fn an_existing_meta_keeps_its_members_and_gets_the_new_context() {
        let params = raw(
            r#"{"_meta":{"progressToken":7,"traceparent":"00-old-old-01","tracestate":"a=b"},"name":"x"}"#,
        );
        let out = with_meta(params, PARENT, Some("k=v")).unwrap();
        assert_eq!(
            out.get(),
            format!(
                r#"{{"_meta":{{"progressToken":7,"traceparent":"{PARENT}","tracestate":"k=v"}},"name":"x"}}"#
            )
        );
        let stale = raw(r#"{"_meta":{"tracestate":"a=b"}}"#);
        let out = with_meta(stale, PARENT, None).unwrap();
        assert_eq!(
            out.get(),
            format!(r#"{{"_meta":{{"traceparent":"{PARENT}"}}}}"#)
        );
    }

    #[test]
    fn absent_params_get_a_meta_and_odd_ones_are_left_alone() {
        let out = with_meta(None, PARENT, None).unwrap();
        assert_eq!(
            out.get(),
            format!(r#"{{"_meta":{{"traceparent":"{PARENT}"}}}}"#)
        );
        for odd in [r#"[1,2]"#, r#"{"_meta":"text"}"#] {
            assert_eq!(with_meta(raw(odd), PARENT, None).unwrap().get(), odd);
        }
    }

    #[test]
    fn the_context_in_meta_is_read_and_a_bad_one_ignored() {
        let params = raw(&format!(
            r#"{{"name":"x","_meta":{{"traceparent":"{PARENT}","tracestate":"k=v"}}}}"#
        ));
        let context = from_meta(params.as_deref()).expect("a valid context");
        let span = context.span();
        let sc = span.span_context();
        assert_eq!(
            sc.trace_id().to_string(),
            "0af7651916cd43dd8448eb211c80319c"
        );
        assert_eq!(sc.span_id().to_string(), "b7ad6b7169203331");
        assert!(sc.is_sampled() && sc.is_remote());
        assert_eq!(sc.trace_state().header(), "k=v");
        let bad = raw(r#"{"_meta":{"traceparent":"00-zz-yy-01"}}"#);
        assert!(from_meta(bad.as_deref()).is_none());
        assert!(from_meta(raw(r#"{"name":"traceparent"}"#).as_deref()).is_none());
    }

    #[test]
    fn headers_carry_the_callers_context() {
        let mut headers = HeaderMap::new();
        headers.insert(TRACEPARENT, HeaderValue::from_static(PARENT));
        enable();
        let incoming = Incoming::from_headers(&headers).0.expect("read");
        let span = incoming.span();
        assert_eq!(
            span.span_context().trace_id().to_string(),
            "0af7651916cd43dd8448eb211c80319c"
        );
        assert!(Incoming::from_headers(&HeaderMap::new()).0.is_none());
    }
}
