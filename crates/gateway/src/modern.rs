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
//! Not yet: input-required results (server-to-client requests from an upstream are refused), `subscriptions/listen`,
//! `Mcp-Param-*` checks, modern upstreams (every upstream is spoken to in the session era).

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
use crate::relay::{RequestCtx, Sink};
use crate::router;
use crate::session::{ClientCapabilities, Scope, Session};

const META_PREFIX: &str = "io.modelcontextprotocol/";
const META_VERSION: &str = "io.modelcontextprotocol/protocolVersion";
const META_CAPABILITIES: &str = "io.modelcontextprotocol/clientCapabilities";

/// Methods a modern client may call through the gateway today.
const SERVED: &[&str] = &[
    methods::SERVER_DISCOVER,
    methods::TOOLS_LIST,
    methods::TOOLS_CALL,
    methods::PROMPTS_LIST,
    methods::PROMPTS_GET,
    methods::RESOURCES_LIST,
    methods::RESOURCE_TEMPLATES_LIST,
    methods::RESOURCES_READ,
    methods::COMPLETION_COMPLETE,
];

/// Whether a POST belongs to the 2026-07-28 era.
pub(crate) fn is_modern(headers: &HeaderMap, message: &Message) -> bool {
    if let Some(v) = header_value(headers, "mcp-protocol-version") {
        return !version::is_supported(v);
    }
    if headers.contains_key("mcp-session-id") {
        return false;
    }
    match message {
        Message::Request(r) if r.method != methods::INITIALIZE => {
            meta_of(r.params.as_deref()).is_some_and(|meta| meta.get(META_VERSION).is_some())
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
    headers: HeaderMap,
    message: Message,
) -> Response {
    let Message::Request(request) = message else {
        // No client notification or response is defined for the stateless HTTP era.
        return StatusCode::ACCEPTED.into_response();
    };
    let params = match validate(&headers, &request) {
        Ok(params) => params,
        Err((status, error)) => {
            tracing::info!(method = %request.method, code = error.code, "modern request refused: {}", error.message);
            return reply(
                status,
                Message::Response(protocol::Response::error(request.id, &error)),
            );
        }
    };
    if request.method == methods::SERVER_DISCOVER {
        return match discover(&gw, &scope) {
            Ok(result) => reply(
                StatusCode::OK,
                Message::Response(protocol::Response::result(request.id, result)),
            ),
            Err(e) => reply(
                StatusCode::OK,
                Message::Response(protocol::Response::error(request.id, &e.to_error_object())),
            ),
        };
    }
    let forwarded = Request {
        id: request.id,
        method: request.method,
        params: Some(params.to_raw()),
    };
    run(gw, scope, forwarded).await
}

/// Checks in the order of `docs/eras.md` section 2.2; returns the params to forward (with the
/// era's own `_meta` keys removed, as a session-era upstream must not see them).
fn validate(headers: &HeaderMap, request: &Request) -> Result<RawObject, Refused> {
    let mismatch = |m: String| {
        (
            StatusCode::BAD_REQUEST,
            ErrorObject::new(ErrorCode::HEADER_MISMATCH, m),
        )
    };
    let invalid = |m: &str| (StatusCode::BAD_REQUEST, ErrorObject::invalid_params(m));
    let header_version = header_value(headers, "mcp-protocol-version")
        .ok_or_else(|| mismatch("missing MCP-Protocol-Version header".into()))?;
    let mut params = RawObject::parse_params(request.params.as_deref())
        .ok_or_else(|| invalid("params must be an object"))?;
    let mut meta =
        meta_of(request.params.as_deref()).ok_or_else(|| invalid("params._meta is required"))?;
    let body_version = meta
        .get_str(META_VERSION)
        .ok_or_else(|| invalid("params._meta lacks io.modelcontextprotocol/protocolVersion"))?;
    if meta.get(META_CAPABILITIES).is_none() {
        return Err(invalid(
            "params._meta lacks io.modelcontextprotocol/clientCapabilities",
        ));
    }
    if header_version != body_version {
        return Err(mismatch(format!(
            "MCP-Protocol-Version header '{header_version}' differs from the body's '{body_version}'"
        )));
    }
    if !version::MODERN.contains(&body_version.as_str()) {
        let data = serde_json::json!({ "supported": version::MODERN, "requested": body_version });
        let error = ErrorObject::new(
            ErrorCode::UNSUPPORTED_PROTOCOL_VERSION,
            format!("unsupported protocol version '{body_version}'"),
        )
        .with_data(&data);
        return Err((StatusCode::BAD_REQUEST, error));
    }
    check_standard_headers(headers, request, &params).map_err(mismatch)?;
    if !SERVED.contains(&request.method.as_str()) {
        let note = if methods::REMOVED_IN_MODERN.contains(&request.method.as_str()) {
            format!(
                "{} does not exist in protocol version {body_version}",
                request.method
            )
        } else {
            format!("Method not found: {}", request.method)
        };
        return Err((
            StatusCode::NOT_FOUND,
            ErrorObject::new(ErrorCode::METHOD_NOT_FOUND, note),
        ));
    }
    let era_keys: Vec<String> = meta
        .iter()
        .map(|(k, _)| k.to_owned())
        .filter(|k| k.starts_with(META_PREFIX))
        .collect();
    for key in era_keys {
        meta.remove(&key);
    }
    if meta.iter().next().is_none() {
        params.remove("_meta");
    } else {
        params.set("_meta", meta.to_raw());
    }
    Ok(params)
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
    let key = match request.method.as_str() {
        methods::TOOLS_CALL | methods::PROMPTS_GET => "name",
        methods::RESOURCES_READ => "uri",
        _ => return Ok(()),
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

/// Header values may carry non-ASCII text as `=?base64?...?=`.
fn decode_header_value(value: &str) -> Option<String> {
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

/// The `DiscoverResult` of a route.
fn discover(gw: &Gateway, scope: &Scope) -> Result<Box<RawValue>, crate::GatewayError> {
    let init = match scope {
        Scope::Aggregate => aggregate::initialize_result(&gw.upstreams(), version::MODERN[0]),
        Scope::Server(name) => {
            let upstream =
                gw.upstream(name)
                    .ok_or_else(|| crate::GatewayError::UpstreamUnavailable {
                        server: name.clone(),
                        reason: "not configured".into(),
                    })?;
            aggregate::single_initialize_result(&upstream, version::MODERN[0])?
        }
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

/// Route the request through the common driver with a session that lives for this request.
async fn run(gw: Gateway, scope: Scope, request: Request) -> Response {
    let replay = gw.settings().http.replay_buffer;
    // No server-to-client request can reach a modern client on its stream: they are refused
    // upstream (input-required translation is not built yet).
    let session = Arc::new(Session::new(
        scope,
        version::MODERN[0].to_owned(),
        ClientCapabilities::default(),
        replay,
    ));
    let (tx, mut rx) = mpsc::channel(64);
    let cancel = CancellationToken::new();
    let ctx = RequestCtx {
        session,
        client_id: request.id.clone(),
        sink: Sink::Request(tx.clone()),
        cancel: cancel.clone(),
    };
    let method = request.method.clone();
    let mut work = Box::pin(async move { router::handle_request(&gw, &ctx, request).await });
    tokio::select! {
        biased;
        response = &mut work => {
            let shaped = shape(&method, response);
            let mut pending = Vec::new();
            while let Ok(m) = rx.try_recv() {
                pending.push(m);
            }
            if pending.is_empty() {
                return reply(status_of(&shaped), Message::Response(shaped));
            }
            pending.push(Message::Response(shaped));
            stream(pending, None, cancel)
        }
        Some(first) = rx.recv() => {
            let shaping_method = method.clone();
            tokio::spawn(async move {
                let response = shape(&shaping_method, work.await);
                let _ = tx.send(Message::Response(response)).await;
            });
            stream(vec![first], Some(rx), cancel)
        }
    }
}

/// An SSE response without event ids (2026-07-28 has no resumption). Closing it cancels the
/// request upstream.
fn stream(
    initial: Vec<Message>,
    rx: Option<mpsc::Receiver<Message>>,
    cancel: CancellationToken,
) -> Response {
    let guard = cancel.drop_guard();
    let rest = futures::stream::unfold(rx, |rx| async move {
        let mut rx = rx?;
        let message = rx.recv().await?;
        let done = matches!(message, Message::Response(_));
        Some((message, (!done).then_some(rx)))
    });
    let frames = futures::stream::iter(initial)
        .chain(rest)
        .map(move |message| {
            let _alive = &guard;
            Ok::<_, std::convert::Infallible>(transport::sse::event(None, &message.to_json()))
        });
    crate::http::sse_response(Body::from_stream(frames))
}

/// Add `resultType` to a result, and caching hints to cacheable ones.
fn shape(method: &str, response: protocol::Response) -> protocol::Response {
    let Outcome::Result(result) = &response.outcome else {
        return response;
    };
    let Some(mut obj) = RawObject::parse(result) else {
        return response;
    };
    if obj.get("resultType").is_none() {
        obj.set_str("resultType", "complete");
    }
    if methods::CACHEABLE.contains(&method) {
        if obj.get("ttlMs").is_none() {
            obj.set("ttlMs", raw_json("0"));
        }
        if obj.get("cacheScope").is_none() {
            obj.set_str("cacheScope", "private");
        }
    }
    protocol::Response::result(response.id, obj.to_raw())
}

/// 2026-07-28 maps some errors to HTTP statuses; everything else is 200.
fn status_of(response: &protocol::Response) -> StatusCode {
    match response.error_object().map(|e| e.code) {
        Some(ErrorCode::METHOD_NOT_FOUND) => StatusCode::NOT_FOUND,
        _ => StatusCode::OK,
    }
}

fn reply(status: StatusCode, message: Message) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        message.to_bytes(),
    )
        .into_response()
}

fn meta_of(params: Option<&RawValue>) -> Option<RawObject> {
    RawObject::parse_params(params)?
        .get("_meta")
        .and_then(RawObject::parse)
}

fn header_value<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

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
