//! The body side of a 2026-07-28 request, whatever carried it (HTTP or stdio): its `_meta`
//! (version, capabilities, log level), the version check and the methods the era has
//! (`docs/eras.md` §2.2 checks 4, 6 and 8). The HTTP route adds its header checks around these
//! (`crate::modern`); `gatehouse stdio` has no headers (`crate::modern_stdio`).

use protocol::{ErrorCode, ErrorObject, RawObject, Request, methods, version};
use serde_json::value::RawValue;

use crate::session::ClientCapabilities;

const META_PREFIX: &str = "io.modelcontextprotocol/";
/// `_meta` key of the protocol version a modern request is made in.
pub(crate) const META_VERSION: &str = "io.modelcontextprotocol/protocolVersion";
const META_CAPABILITIES: &str = "io.modelcontextprotocol/clientCapabilities";
const META_LOG_LEVEL: &str = "io.modelcontextprotocol/logLevel";

/// Methods a modern client may call through the gateway.
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
    methods::SUBSCRIPTIONS_LISTEN,
];

/// What a modern request's body declares.
pub(crate) struct ModernBody {
    /// The params, `_meta` included.
    params: RawObject,
    /// `params._meta`.
    meta: RawObject,
    /// The protocol version it is made in.
    pub(crate) version: String,
    /// The capabilities it declares.
    pub(crate) capabilities: ClientCapabilities,
    /// The least severe log level it wants, if any.
    pub(crate) log_level: Option<String>,
}

impl ModernBody {
    /// Check 4: params an object with `_meta` naming the version and the capabilities (-32602).
    pub(crate) fn parse(request: &Request) -> Result<Self, ErrorObject> {
        let params = RawObject::parse_params(request.params.as_deref())
            .ok_or_else(|| ErrorObject::invalid_params("params must be an object"))?;
        let meta = meta_of(request.params.as_deref())
            .ok_or_else(|| ErrorObject::invalid_params("params._meta is required"))?;
        let version = meta.get_str(META_VERSION).ok_or_else(|| {
            ErrorObject::invalid_params(
                "params._meta lacks io.modelcontextprotocol/protocolVersion",
            )
        })?;
        let capabilities = meta
            .get_as::<serde_json::Value>(META_CAPABILITIES)
            .filter(serde_json::Value::is_object)
            .map(|c| ClientCapabilities::from_json(&c))
            .ok_or_else(|| {
                ErrorObject::invalid_params(
                    "params._meta lacks io.modelcontextprotocol/clientCapabilities",
                )
            })?;
        let log_level = meta.get_str(META_LOG_LEVEL);
        // An unknown level is refused (server/utilities/logging: -32602), not read as "all" by
        // one server and "none" by another.
        if meta.get(META_LOG_LEVEL).is_some()
            && !log_level
                .as_deref()
                .is_some_and(|l| crate::pipeline::LOG_LEVELS.contains(&l))
        {
            let levels = crate::pipeline::LOG_LEVELS.join(", ");
            return Err(ErrorObject::invalid_params(format!(
                "params._meta.io.modelcontextprotocol/logLevel must be one of {levels}"
            )));
        }
        Ok(Self {
            params,
            meta,
            version,
            capabilities,
            log_level,
        })
    }

    /// The params to forward: the era's own `_meta` keys removed (a session-era upstream must
    /// not see them; a modern one gets them stamped anew), every other member kept.
    pub(crate) fn forwarded_params(mut self) -> RawObject {
        let era_keys: Vec<String> = (self.meta.iter())
            .map(|(k, _)| k.to_owned())
            .filter(|k| k.starts_with(META_PREFIX))
            .collect();
        for key in era_keys {
            self.meta.remove(&key);
        }
        if self.meta.iter().next().is_none() {
            self.params.remove("_meta");
        } else {
            self.params.set("_meta", self.meta.to_raw());
        }
        self.params
    }

    /// The params as sent.
    pub(crate) fn params(&self) -> &RawObject {
        &self.params
    }
}

/// Check 6: a version the gateway serves in this era (-32022, with the supported list).
pub(crate) fn check_version(requested: &str) -> Result<(), ErrorObject> {
    if version::MODERN.contains(&requested) {
        return Ok(());
    }
    let data = serde_json::json!({ "supported": version::MODERN, "requested": requested });
    Err(ErrorObject::new(
        ErrorCode::UNSUPPORTED_PROTOCOL_VERSION,
        format!("unsupported protocol version '{requested}'"),
    )
    .with_data(&data))
}

/// Check 8: a method of the era that the gateway routes (-32601; `initialize`, `ping` and the
/// other removed methods say so).
pub(crate) fn check_method(request: &Request, requested: &str) -> Result<(), ErrorObject> {
    if SERVED.contains(&request.method.as_str()) {
        return Ok(());
    }
    let note = if methods::REMOVED_IN_MODERN.contains(&request.method.as_str()) {
        format!(
            "{} does not exist in protocol version {requested}",
            request.method
        )
    } else {
        format!("Method not found: {}", request.method)
    };
    Err(ErrorObject::new(ErrorCode::METHOD_NOT_FOUND, note))
}

/// Whether a request's body declares the era (`_meta` names a protocol version).
pub(crate) fn declares_era(request: &Request) -> bool {
    meta_of(request.params.as_deref()).is_some_and(|meta| meta.get(META_VERSION).is_some())
}

/// `params._meta`, if it is an object.
pub(crate) fn meta_of(params: Option<&RawValue>) -> Option<RawObject> {
    RawObject::parse_params(params)?
        .get("_meta")
        .and_then(RawObject::parse)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_log_level_is_invalid_params() {
        let request = |level: &str| {
            let params = format!(
                r#"{{"_meta":{{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{{}},"io.modelcontextprotocol/logLevel":{level}}}}}"#
            );
            Request {
                id: protocol::Id::number(1),
                method: methods::TOOLS_LIST.into(),
                params: Some(protocol::raw_json(&params)),
            }
        };
        for bad in [r#""loud""#, "3", "null"] {
            let error = ModernBody::parse(&request(bad)).err().expect(bad);
            assert_eq!(error.code, protocol::ErrorCode::INVALID_PARAMS, "{bad}");
        }
        let ok = ModernBody::parse(&request(r#""warning""#)).unwrap();
        assert_eq!(ok.log_level.as_deref(), Some("warning"));
    }
    use protocol::{Id, raw_json};

    fn request(method: &str, params: &str) -> Request {
        Request {
            id: Id::number(1),
            method: method.into(),
            params: Some(raw_json(params)),
        }
    }

    #[test]
    fn the_era_keys_are_checked_then_removed_and_others_kept() {
        let r = request(
            "tools/list",
            r#"{"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{"sampling":{}},"io.modelcontextprotocol/logLevel":"info","acme/x":1}}"#,
        );
        let body = ModernBody::parse(&r).unwrap();
        assert!(body.capabilities.sampling);
        assert_eq!(body.log_level.as_deref(), Some("info"));
        assert!(check_version(&body.version).is_ok());
        assert!(check_method(&r, &body.version).is_ok());
        assert_eq!(
            body.forwarded_params().to_raw().get(),
            r#"{"_meta":{"acme/x":1}}"#
        );
    }

    #[test]
    fn each_check_answers_its_own_error() {
        let bare = request("tools/list", "{}");
        assert_eq!(
            ModernBody::parse(&bare).err().map(|e| e.code),
            Some(ErrorCode::INVALID_PARAMS)
        );
        let e = check_version("v999.0.0").unwrap_err();
        assert_eq!(e.code, ErrorCode::UNSUPPORTED_PROTOCOL_VERSION);
        assert!(e.data.unwrap().get().contains(r#""requested":"v999.0.0""#));
        let ping = request("ping", "{}");
        let e = check_method(&ping, "2026-07-28").unwrap_err();
        assert_eq!(e.code, ErrorCode::METHOD_NOT_FOUND);
        assert!(e.message.contains("does not exist"), "{}", e.message);
    }
}
