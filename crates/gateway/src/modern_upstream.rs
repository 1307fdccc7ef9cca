//! The gateway as a 2026-07-28 (stateless) client of its upstreams (`docs/eras.md` §3).
//!
//! At connect, a Streamable HTTP upstream is probed with `server/discover`: a `DiscoverResult`
//! listing 2026-07-28 makes it *modern* — no `initialize`, no session, no GET stream — and its
//! capabilities, identity and instructions come from that result. Every request to a modern
//! upstream then carries the era's `_meta` (version, the gateway's `clientInfo`, the calling
//! client's capabilities); the transport adds `MCP-Protocol-Version`, `Mcp-Method`, `Mcp-Name`.
//! Methods that no longer exist in the era (`ping`, `logging/setLevel`, resource
//! subscriptions) are answered by the gateway and never sent.

use protocol::{Message, Outcome, RawObject, methods, raw_json, version};
use serde_json::value::RawValue;
use transport::upstream::Connection;

use crate::session::ClientCapabilities;
use crate::upstream::ServerInfo;

/// `_meta` key of the protocol version a modern request is made in.
pub(crate) const META_VERSION: &str = "io.modelcontextprotocol/protocolVersion";
/// `_meta` key of the requesting client's identity.
pub(crate) const META_CLIENT_INFO: &str = "io.modelcontextprotocol/clientInfo";
/// `_meta` key of the requesting client's capabilities.
pub(crate) const META_CAPABILITIES: &str = "io.modelcontextprotocol/clientCapabilities";
/// `_meta` key of a server's identity in a `DiscoverResult`.
const META_SERVER_INFO: &str = "io.modelcontextprotocol/serverInfo";
/// `_meta` key of the least severe log level the client wants on the request's stream.
const META_LOG_LEVEL: &str = "io.modelcontextprotocol/logLevel";

/// The log level to send a modern upstream for a caller: its own (a modern client's `_meta`, a
/// session's `logging/setLevel`), else `info` for a session-era client (which gets log
/// messages without asking) and none for a modern one (which asked for none).
pub(crate) fn log_level_for(session: &crate::session::Session) -> Option<String> {
    let level = crate::session::lock(&session.log_level).clone();
    let modern = version::MODERN.contains(&session.protocol_version.as_str());
    level.or_else(|| (!modern).then(|| "info".to_owned()))
}

/// Remember a session-era client's `logging/setLevel` for the modern upstreams it reaches.
pub(crate) fn remember_level(session: &crate::session::Session, params: Option<&RawValue>) {
    if let Some(level) = RawObject::parse_params(params).and_then(|p| p.get_str("level")) {
        *crate::session::lock(&session.log_level) = Some(level);
    }
}

/// The protocol era the gateway speaks to an upstream.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Era {
    /// The session era (`initialize`, `Mcp-Session-Id`; 2024-11-05 … 2025-11-25).
    Legacy,
    /// The stateless era (per-request `_meta`; 2026-07-28).
    Modern,
}

/// Methods removed in 2026-07-28 that the gateway answers itself for a modern upstream, with
/// an empty result: liveness is the request itself; the log level travels in each request's
/// `_meta`; resource subscriptions move to `subscriptions/listen`.
pub(crate) fn answered_locally(method: &str) -> bool {
    matches!(
        method,
        methods::PING
            | methods::LOGGING_SET_LEVEL
            | methods::RESOURCES_SUBSCRIBE
            | methods::RESOURCES_UNSUBSCRIBE
    )
}

/// The gateway's `clientInfo`.
fn client_info() -> String {
    format!(
        r#"{{"name":"gatehouse","version":"{}"}}"#,
        env!("CARGO_PKG_VERSION")
    )
}

/// The capabilities to declare for a caller: what the gateway can relay to it.
pub(crate) fn capabilities_json(caps: &ClientCapabilities) -> String {
    let mut parts = Vec::new();
    match (caps.elicitation, caps.elicitation_url) {
        (true, true) => parts.push(r#""elicitation":{"form":{},"url":{}}"#),
        (true, false) => parts.push(r#""elicitation":{"form":{}}"#),
        (false, true) => parts.push(r#""elicitation":{"url":{}}"#),
        (false, false) => {}
    }
    if caps.roots {
        parts.push(r#""roots":{}"#);
    }
    match (caps.sampling, caps.sampling_tools) {
        (true, true) => parts.push(r#""sampling":{"tools":{}}"#),
        (true, false) => parts.push(r#""sampling":{}"#),
        (false, _) => {}
    }
    format!("{{{}}}", parts.join(","))
}

/// `params` with the era's `_meta` keys set (other `_meta` members and params kept byte for
/// byte). Params that are not an object are left alone.
pub(crate) fn stamp(
    params: Option<Box<RawValue>>,
    caps: &ClientCapabilities,
    log_level: Option<&str>,
) -> Box<RawValue> {
    let mut obj = match params {
        Some(raw) => match RawObject::parse(&raw) {
            Some(obj) => obj,
            None => return raw,
        },
        None => RawObject::new(),
    };
    let mut meta = obj
        .get("_meta")
        .and_then(RawObject::parse)
        .unwrap_or_default();
    meta.set(META_VERSION, protocol::raw_string(version::MODERN[0]));
    meta.set(META_CLIENT_INFO, raw_json(&client_info()));
    meta.set(META_CAPABILITIES, raw_json(&capabilities_json(caps)));
    if let Some(level) = log_level {
        meta.set(META_LOG_LEVEL, protocol::raw_string(level));
    }
    obj.set("_meta", meta.to_raw());
    obj.to_raw()
}

/// Probe the upstream with `server/discover`; a `DiscoverResult` that lists 2026-07-28 makes it
/// modern (the connection is left in modern mode). Anything else — an HTTP error, a JSON-RPC
/// error such as -32601, another version list — is `Err` with the reason, and the connection
/// is back in the session era for `initialize`. With `prefer_session` (`era: auto`), a server
/// that also lists a session-era version is `Err` too: a dual-era server keeps its session
/// era, where everything it offers works (server requests during a call, notifications on the
/// GET stream), until the gateway can hold both eras to one server (docs/eras.md §1.2).
pub(crate) async fn discover(
    conn: &Connection,
    prefer_session: bool,
) -> Result<ServerInfo, String> {
    if !conn.set_modern(true) {
        return Err("a legacy HTTP+SSE server has no 2026-07-28 era".into());
    }
    let outcome = discover_result(conn)
        .await
        .and_then(|found| match session_era_of(&found) {
            Some(version) if prefer_session => Err(format!(
                "a dual-era server (it also speaks {version}): its session era is used"
            )),
            _ => Ok(found),
        })
        .and_then(server_info);
    if outcome.is_err() {
        conn.set_modern(false);
    }
    outcome
}

async fn discover_result(conn: &Connection) -> Result<Box<RawValue>, String> {
    let params = stamp(None, &ClientCapabilities::default(), None);
    let mut call = conn
        .call(
            conn.reserve_id(),
            methods::SERVER_DISCOVER,
            Some(params),
            http::HeaderMap::new(),
        )
        .await
        .map_err(|e| e.to_string())?;
    loop {
        match call.next().await {
            Some(Message::Response(r)) => {
                return match r.outcome {
                    Outcome::Result(result) => Ok(result),
                    Outcome::Error(e) => Err(format!("server/discover failed: {}", e.get())),
                };
            }
            Some(_) => continue,
            None => return Err("connection closed during server/discover".into()),
        }
    }
}

/// The newest session-era version a `DiscoverResult` lists that the gateway speaks, if any.
fn session_era_of(discovered: &RawValue) -> Option<String> {
    let obj = RawObject::parse(discovered)?;
    let versions: Vec<String> = obj.get_as("supportedVersions").unwrap_or_default();
    (version::SUPPORTED.iter())
        .find(|v| versions.iter().any(|listed| listed == *v))
        .map(|v| (*v).to_owned())
}

/// A `ServerInfo` from a `DiscoverResult`; its `result` is shaped like an `InitializeResult`
/// (what the gateway answers a session-era client's `initialize` from).
fn server_info(discovered: Box<RawValue>) -> Result<ServerInfo, String> {
    let obj = RawObject::parse(&discovered).ok_or("discover result is not an object")?;
    let versions: Vec<String> = obj.get_as("supportedVersions").unwrap_or_default();
    if !versions.iter().any(|v| v == version::MODERN[0]) {
        return Err(format!(
            "server/discover lists {versions:?}, not {}",
            version::MODERN[0]
        ));
    }
    let capabilities: serde_json::Value = obj.get_as("capabilities").unwrap_or_default();
    let instructions = obj.get_str("instructions");
    let server_info = obj
        .get("_meta")
        .and_then(RawObject::parse)
        .and_then(|m| m.get(META_SERVER_INFO).map(ToOwned::to_owned))
        .unwrap_or_else(|| raw_json(r#"{"name":"unknown","version":"0"}"#));
    let mut init = RawObject::new();
    init.set_str("protocolVersion", version::MODERN[0]);
    init.set(
        "capabilities",
        obj.get("capabilities")
            .map(ToOwned::to_owned)
            .unwrap_or_else(|| raw_json("{}")),
    );
    init.set("serverInfo", server_info);
    if let Some(text) = &instructions {
        init.set("instructions", protocol::raw_string(text));
    }
    Ok(ServerInfo {
        result: init.to_raw(),
        capabilities,
        instructions,
        protocol_version: version::MODERN[0].to_owned(),
        era: Era::Modern,
    })
}

/// A modern server's "resource not found" (-32602 with `data.uri`, server/resources) as a
/// session-era client knows it: -32002, message and data kept (the gateway's own not-found
/// is -32002 to such a client, and one code for one condition is what it can act on).
pub(crate) fn not_found_for_legacy(response: protocol::Response) -> protocol::Response {
    let Some(mut error) = response.error_object() else {
        return response;
    };
    let names_uri = (error.data.as_deref())
        .and_then(RawObject::parse)
        .is_some_and(|data| data.get("uri").is_some());
    if error.code != protocol::ErrorCode::INVALID_PARAMS || !names_uri {
        return response;
    }
    error.code = protocol::ErrorCode::RESOURCE_NOT_FOUND;
    protocol::Response::error(response.id, &error)
}

/// A modern result shaped for a session-era client: without `resultType`, `ttlMs` and
/// `cacheScope`, which 2025-11-25 does not define.
pub(crate) fn shape_for_legacy(result: Box<RawValue>) -> Box<RawValue> {
    let Some(mut obj) = RawObject::parse(&result) else {
        return result;
    };
    let mut changed = false;
    for key in ["resultType", "ttlMs", "cacheScope"] {
        changed |= obj.remove(key).is_some();
    }
    if changed { obj.to_raw() } else { result }
}

/// Whether a result is `resultType: "input_required"`.
pub(crate) fn is_input_required(result: &RawValue) -> bool {
    if !protocol::may_mention(result, "input_required") {
        return false;
    }
    #[derive(serde::Deserialize)]
    struct Tag<'a> {
        #[serde(rename = "resultType", borrow)]
        result_type: Option<&'a str>,
    }
    serde_json::from_str::<Tag>(result.get()).is_ok_and(|t| t.result_type == Some("input_required"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_modern_not_found_is_32002_for_a_session_era_client() {
        let id = protocol::Id::number(1);
        let not_found = protocol::ErrorObject::new(protocol::ErrorCode::INVALID_PARAMS, "gone")
            .with_data(&serde_json::json!({"uri": "mock://x"}));
        let mapped = not_found_for_legacy(protocol::Response::error(id.clone(), &not_found));
        let error = mapped.error_object().unwrap();
        assert_eq!(error.code, protocol::ErrorCode::RESOURCE_NOT_FOUND);
        assert_eq!(error.message, "gone");
        let bad = protocol::ErrorObject::new(protocol::ErrorCode::INVALID_PARAMS, "bad params");
        let kept = not_found_for_legacy(protocol::Response::error(id, &bad));
        assert_eq!(
            kept.error_object().unwrap().code,
            protocol::ErrorCode::INVALID_PARAMS
        );
    }

    #[test]
    fn a_dual_era_server_is_told_apart_from_a_modern_only_one() {
        let dual = raw_json(r#"{"supportedVersions":["2025-06-18","2025-11-25","2026-07-28"]}"#);
        assert_eq!(session_era_of(&dual).as_deref(), Some("2025-11-25"));
        let modern = raw_json(r#"{"supportedVersions":["2026-07-28"]}"#);
        assert_eq!(session_era_of(&modern), None);
    }

    #[test]
    fn stamping_keeps_other_members_and_meta() {
        let params =
            raw_json(r#"{"name":"echo","arguments":{"a":1.50},"_meta":{"progressToken":7}}"#);
        let caps = ClientCapabilities {
            elicitation: true,
            ..Default::default()
        };
        let text = stamp(Some(params), &caps, Some("debug")).get().to_owned();
        assert!(text.contains(r#""arguments":{"a":1.50}"#), "{text}");
        assert!(text.contains(r#""progressToken":7"#), "{text}");
        assert!(
            text.contains(r#""io.modelcontextprotocol/protocolVersion":"2026-07-28""#),
            "{text}"
        );
        assert!(
            text.contains(
                r#""io.modelcontextprotocol/clientCapabilities":{"elicitation":{"form":{}}}"#
            ),
            "{text}"
        );
        assert!(
            text.contains(r#""io.modelcontextprotocol/logLevel":"debug""#),
            "{text}"
        );
        let bare = stamp(None, &ClientCapabilities::default(), None);
        assert!(
            bare.get().contains(r#"clientCapabilities":{}"#),
            "{}",
            bare.get()
        );
    }

    #[test]
    fn discover_results_make_modern_server_info() {
        let result = raw_json(
            r#"{"resultType":"complete","supportedVersions":["2026-07-28"],"capabilities":{"tools":{}},"instructions":"hi","_meta":{"io.modelcontextprotocol/serverInfo":{"name":"py","version":"2"}},"ttlMs":0,"cacheScope":"public"}"#,
        );
        let info = server_info(result).unwrap();
        assert_eq!(info.era, Era::Modern);
        assert!(info.has("tools"));
        assert_eq!(info.instructions.as_deref(), Some("hi"));
        assert!(
            info.result
                .get()
                .contains(r#""serverInfo":{"name":"py","version":"2"}"#)
        );
        let old = raw_json(r#"{"supportedVersions":["2099-01-01"],"capabilities":{}}"#);
        assert!(server_info(old).is_err());
    }

    #[test]
    fn legacy_shape_drops_the_era_members() {
        let r = raw_json(r#"{"resultType":"complete","tools":[],"ttlMs":5,"cacheScope":"public"}"#);
        assert_eq!(shape_for_legacy(r).get(), r#"{"tools":[]}"#);
        assert!(is_input_required(&raw_json(
            r#"{"resultType":"input_required"}"#
        )));
        assert!(!is_input_required(&raw_json(r#"{"content":[]}"#)));
    }
}
