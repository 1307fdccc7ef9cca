//! The JSON-RPC 2.0 envelope. Only `jsonrpc`, `id` and `method` are interpreted; `params`,
//! `result` and `error` are kept as raw JSON so that pass-through is byte-exact.

use std::fmt;
use std::hash::{Hash, Hasher};

use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};
use serde_json::value::RawValue;

use crate::error::{ErrorObject, ProtocolError};
use crate::raw::raw_json;

/// A JSON-RPC request id, kept exactly as the peer wrote it (a string or a number).
///
/// Equality and hashing use the JSON text, so `1` and `"1"` are different ids, as JSON-RPC says.
#[derive(Clone)]
pub struct Id(Box<RawValue>);

impl Id {
    /// A numeric id.
    pub fn number(n: u64) -> Self {
        Id(raw_json(&n.to_string()))
    }

    /// A string id.
    pub fn string(s: &str) -> Self {
        Id(crate::raw::raw_string(s))
    }

    /// The `null` id used in error responses to unparseable messages.
    pub fn null() -> Self {
        Id(raw_json("null"))
    }

    /// An id from a raw JSON value, if it is a string or a number.
    pub fn from_raw(raw: &RawValue) -> Option<Id> {
        is_valid_id(raw.get()).then(|| Id(raw.to_owned()))
    }

    /// The id's JSON text, e.g. `7` or `"abc"`.
    pub fn as_json(&self) -> &str {
        self.0.get()
    }

    /// The id as an unsigned number, if it is one.
    pub fn as_u64(&self) -> Option<u64> {
        self.0.get().parse().ok()
    }

    /// The raw JSON value of the id.
    pub fn raw(&self) -> &RawValue {
        &self.0
    }
}

impl PartialEq for Id {
    fn eq(&self, other: &Self) -> bool {
        self.0.get() == other.0.get()
    }
}

impl Eq for Id {}

impl Hash for Id {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.get().hash(state)
    }
}

impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.get())
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.get())
    }
}

impl Serialize for Id {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

/// A JSON-RPC request: it expects exactly one response with the same id.
#[derive(Debug, Clone)]
pub struct Request {
    /// The request id.
    pub id: Id,
    /// The method name, e.g. `tools/call`.
    pub method: String,
    /// The raw `params`, if any.
    pub params: Option<Box<RawValue>>,
}

/// A JSON-RPC notification: no id, no response.
#[derive(Debug, Clone)]
pub struct Notification {
    /// The method name, e.g. `notifications/progress`.
    pub method: String,
    /// The raw `params`, if any.
    pub params: Option<Box<RawValue>>,
}

/// The outcome carried by a response.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// A successful `result`, raw.
    Result(Box<RawValue>),
    /// An `error` object, raw.
    Error(Box<RawValue>),
}

/// A JSON-RPC response to a request.
#[derive(Debug, Clone)]
pub struct Response {
    /// The id of the request this answers.
    pub id: Id,
    /// The result or error.
    pub outcome: Outcome,
}

impl Response {
    /// A successful response with a raw result.
    pub fn result(id: Id, result: Box<RawValue>) -> Self {
        Response {
            id,
            outcome: Outcome::Result(result),
        }
    }

    /// An error response.
    pub fn error(id: Id, error: &ErrorObject) -> Self {
        let raw = serde_json::value::to_raw_value(error).expect("error objects serialize");
        Response {
            id,
            outcome: Outcome::Error(raw),
        }
    }

    /// The error object of an error response, parsed.
    pub fn error_object(&self) -> Option<ErrorObject> {
        match &self.outcome {
            Outcome::Error(raw) => serde_json::from_str(raw.get()).ok(),
            Outcome::Result(_) => None,
        }
    }
}

/// Any JSON-RPC message.
#[derive(Debug, Clone)]
pub enum Message {
    /// A request.
    Request(Request),
    /// A notification.
    Notification(Notification),
    /// A response (result or error).
    Response(Response),
}

#[derive(Deserialize)]
struct Envelope {
    jsonrpc: Option<String>,
    /// `Some("null")` for `"id": null`, which plain `Option` would read as no id at all and
    /// so turn a request into a notification.
    #[serde(default, deserialize_with = "present")]
    id: Option<Box<RawValue>>,
    #[serde(default)]
    method: Option<String>,
    #[serde(default)]
    params: Option<Box<RawValue>>,
    #[serde(default)]
    result: Option<Box<RawValue>>,
    #[serde(default)]
    error: Option<Box<RawValue>>,
}

impl Message {
    /// Parse one JSON-RPC message. Batches (arrays) are rejected: MCP since 2025-06-18 sends
    /// exactly one message per HTTP body or line.
    pub fn parse(bytes: &[u8]) -> Result<Message, ProtocolError> {
        let env: Envelope = match serde_json::from_slice(bytes) {
            Ok(env) => env,
            Err(e) if e.is_data() => {
                return Err(ProtocolError::InvalidMessage(
                    "expected one JSON-RPC message object".into(),
                ));
            }
            Err(e) => return Err(ProtocolError::Parse(e)),
        };
        if env.jsonrpc.as_deref() != Some("2.0") {
            return Err(ProtocolError::InvalidMessage(
                "\"jsonrpc\" must be \"2.0\"".into(),
            ));
        }
        Self::from_envelope(env)
    }

    /// [`Message::parse`] for a message from a client: first refused when arrays and objects
    /// nest deeper than [`MAX_CLIENT_DEPTH`] or a number is beyond a double's range, so that no
    /// upstream is sent what its JSON parser refuses (serde_json, and so rmcp servers, answer
    /// such a message without an id, which leaves the caller waiting for its timeout).
    pub fn parse_from_client(bytes: &[u8]) -> Result<Message, ProtocolError> {
        if let Some(problem) = unparseable_for_servers(bytes, MAX_CLIENT_DEPTH) {
            return Err(ProtocolError::InvalidMessage(format!(
                "{problem} (at most {MAX_CLIENT_DEPTH} levels; numbers within ±1.8e308)"
            )));
        }
        if let Some(problem) = crate::duplicate_keys::first_duplicate_key(bytes) {
            return Err(ProtocolError::InvalidMessage(format!(
                "{problem}: its meaning depends on the parser"
            )));
        }
        Self::parse(bytes)
    }

    fn from_envelope(env: Envelope) -> Result<Message, ProtocolError> {
        let id = env.id.map(Id);
        // `null` is an id only in an error response to a message whose id could not be read.
        let null_allowed = env.method.is_none() && env.error.is_some();
        let null = id.as_ref().is_some_and(|id| id.as_json() == "null");
        if id.as_ref().is_some_and(|id| !is_valid_id(id.as_json())) && !(null && null_allowed) {
            return Err(ProtocolError::InvalidMessage(
                "\"id\" must be a string or an integer".into(),
            ));
        }
        match (env.method, id, env.result, env.error) {
            (Some(method), Some(id), None, None) => Ok(Message::Request(Request {
                id,
                method,
                params: env.params,
            })),
            (Some(method), None, None, None) => Ok(Message::Notification(Notification {
                method,
                params: env.params,
            })),
            (None, id, Some(result), None) => Ok(Message::Response(Response {
                id: id.unwrap_or_else(Id::null),
                outcome: Outcome::Result(result),
            })),
            (None, id, None, Some(error)) => Ok(Message::Response(Response {
                id: id.unwrap_or_else(Id::null),
                outcome: Outcome::Error(error),
            })),
            _ => Err(ProtocolError::InvalidMessage(
                "not a request, notification or response".into(),
            )),
        }
    }

    /// The method name of a request or notification.
    pub fn method(&self) -> Option<&str> {
        match self {
            Message::Request(r) => Some(&r.method),
            Message::Notification(n) => Some(&n.method),
            Message::Response(_) => None,
        }
    }

    /// Serialize to compact JSON bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("messages serialize")
    }

    /// Serialize to a compact JSON string.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("messages serialize")
    }
}

impl Serialize for Message {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("jsonrpc", "2.0")?;
        match self {
            Message::Request(r) => {
                map.serialize_entry("id", &r.id)?;
                map.serialize_entry("method", &r.method)?;
                if let Some(p) = &r.params {
                    map.serialize_entry("params", p)?;
                }
            }
            Message::Notification(n) => {
                map.serialize_entry("method", &n.method)?;
                if let Some(p) = &n.params {
                    map.serialize_entry("params", p)?;
                }
            }
            Message::Response(r) => {
                map.serialize_entry("id", &r.id)?;
                match &r.outcome {
                    Outcome::Result(v) => map.serialize_entry("result", v)?,
                    Outcome::Error(v) => map.serialize_entry("error", v)?,
                }
            }
        }
        map.end()
    }
}

/// JSON-RPC ids are strings or numbers.
/// Whether an id's JSON text is a string or an integer (MCP: "a string or integer"; JSON-RPC's
/// fractional numbers and `null` are not ids).
fn is_valid_id(text: &str) -> bool {
    if text.starts_with('"') {
        return true;
    }
    let digits = text.strip_prefix('-').unwrap_or(text);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// How deep a client's message may nest arrays and objects (the envelope counts as one).
pub const MAX_CLIENT_DEPTH: usize = 128;

/// What in the JSON text `bytes` a server's parser may refuse: arrays and objects nested
/// deeper than `max`, a number beyond the range of a double (`1e999999`), or a `\u` escape of
/// half a surrogate pair (`"\ud800"`: valid JSON text, but no Unicode string; serde_json, and
/// so rmcp servers, refuse all three and answer without an id, leaving the caller waiting).
/// A byte scan: no parser offers these without building the value. Brackets and digits
/// inside strings do not count.
fn unparseable_for_servers(bytes: &[u8], max: usize) -> Option<&'static str> {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        i += 1;
        if in_string {
            match (escaped, b) {
                (true, b'u') => {
                    escaped = false;
                    match unicode_escape_len(&bytes[i..]) {
                        Some(len) => i += len,
                        None => return Some("a string holds half of a surrogate pair"),
                    }
                }
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > max {
                    return Some("arrays and objects nest too deep");
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'-' | b'0'..=b'9' => {
                let (end, too_large) = number_at(bytes, i - 1);
                if too_large {
                    return Some("a number is out of range");
                }
                i = end;
            }
            _ => {}
        }
    }
    None
}

/// The length of what follows `\u` in a string (`rest` starts at the 4 hex digits): 4, or 10
/// for a surrogate pair (`d83d\ude00`); `None` for half a pair. Malformed hex is left to the
/// JSON parser, which has already accepted the text.
fn unicode_escape_len(rest: &[u8]) -> Option<usize> {
    let hex = |at: usize| {
        let digits = std::str::from_utf8(rest.get(at..at + 4)?).ok()?;
        u16::from_str_radix(digits, 16).ok()
    };
    match hex(0) {
        Some(0xD800..=0xDBFF) => {
            let low = rest.get(4..6) == Some(br"\u".as_slice())
                && matches!(hex(6), Some(0xDC00..=0xDFFF));
            low.then_some(10)
        }
        Some(0xDC00..=0xDFFF) => None,
        _ => Some(4),
    }
}

/// The end of the JSON number starting at `start`, and whether its magnitude exceeds what a
/// double holds (about 1.8e308).
fn number_at(bytes: &[u8], start: usize) -> (usize, bool) {
    let mut i = start + usize::from(bytes.get(start) == Some(&b'-'));
    let digits = |i: &mut usize| {
        let from = *i;
        while bytes.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        &bytes[from..*i]
    };
    let whole = digits(&mut i);
    let fraction = match bytes.get(i) {
        Some(b'.') => {
            i += 1;
            digits(&mut i)
        }
        _ => &[],
    };
    let mut exponent: i64 = 0;
    if matches!(bytes.get(i), Some(b'e' | b'E')) {
        i += 1;
        let negative = bytes.get(i) == Some(&b'-');
        i += usize::from(matches!(bytes.get(i), Some(b'-' | b'+')));
        let e = digits(&mut i);
        // More than 6 digits is out of range either way (or underflows to 0).
        let value = match e.len() {
            0..=6 => e.iter().fold(0i64, |v, d| v * 10 + i64::from(d - b'0')),
            _ => 10_000_000,
        };
        exponent = if negative { -value } else { value };
    }
    // The decimal exponent of the leading significant digit.
    let significant = whole.iter().position(|&d| d != b'0');
    let magnitude = match significant {
        Some(at) => (whole.len() - at) as i64 - 1 + exponent,
        None => match fraction.iter().position(|&d| d != b'0') {
            Some(zeros) => exponent - zeros as i64 - 1,
            None => return (i, false),
        },
    };
    // At the edge, the digits decide: 1.7e308 fits, 1.8e308 does not.
    let too_large = magnitude > 308
        || (magnitude == 308
            && std::str::from_utf8(&bytes[start..i])
                .ok()
                .and_then(|t| t.parse::<f64>().ok())
                .is_some_and(f64::is_infinite));
    (i, too_large)
}

/// Deserialize a field that is present as its raw value, `null` included.
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Box<RawValue>>, D::Error> {
    Box::<RawValue>::deserialize(d).map(Some)
}

impl From<Request> for Message {
    fn from(r: Request) -> Self {
        Message::Request(r)
    }
}

impl From<Notification> for Message {
    fn from(n: Notification) -> Self {
        Message::Notification(n)
    }
}

impl From<Response> for Message {
    fn from(r: Response) -> Self {
        Message::Response(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_round_trips_params_byte_for_byte() {
        let text = r#"{"jsonrpc":"2.0","id":"a-1","method":"tools/call","params":{"name":"x","arguments":{"z":1,"a":[1.50,2]},"_meta":{"vendor.io/x":{"k":true}}}}"#;
        let msg = Message::parse(text.as_bytes()).unwrap();
        assert_eq!(msg.to_json(), text);
    }

    #[test]
    fn classifies_messages() {
        let n = Message::parse(br#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#);
        assert!(matches!(n, Ok(Message::Notification(_))));
        let r = Message::parse(br#"{"jsonrpc":"2.0","id":3,"result":{}}"#);
        assert!(matches!(r, Ok(Message::Response(_))));
        let e = Message::parse(br#"{"jsonrpc":"2.0","id":3,"error":{"code":1,"message":"m"}}"#);
        assert!(matches!(e, Ok(Message::Response(_))));
    }

    #[test]
    fn rejects_bad_input() {
        assert!(matches!(
            Message::parse(b"{not json"),
            Err(ProtocolError::Parse(_))
        ));
        assert!(matches!(
            Message::parse(br#"[{"jsonrpc":"2.0","id":1,"method":"ping"}]"#),
            Err(ProtocolError::InvalidMessage(_))
        ));
        assert!(matches!(
            Message::parse(br#"{"jsonrpc":"1.0","id":1,"method":"ping"}"#),
            Err(ProtocolError::InvalidMessage(_))
        ));
        assert!(matches!(
            Message::parse(br#"{"jsonrpc":"2.0","id":{"x":1},"method":"ping"}"#),
            Err(ProtocolError::InvalidMessage(_))
        ));
        assert!(matches!(
            Message::parse(br#"{"jsonrpc":"2.0","id":1}"#),
            Err(ProtocolError::InvalidMessage(_))
        ));
    }

    #[test]
    fn client_messages_nesting_too_deep_are_refused() {
        let nested = |levels: usize| {
            let inner = format!("{}{}", "[".repeat(levels), "]".repeat(levels));
            format!(
                r#"{{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{{"name":"t","arguments":{{"x":{inner},"s":"[[[[{{"}}}}}}"#
            )
        };
        // The envelope, params and arguments are three levels.
        let fits = nested(MAX_CLIENT_DEPTH - 3);
        assert!(matches!(
            Message::parse_from_client(fits.as_bytes()),
            Ok(Message::Request(_))
        ));
        let deep = nested(MAX_CLIENT_DEPTH - 2);
        assert!(matches!(
            Message::parse_from_client(deep.as_bytes()),
            Err(ProtocolError::InvalidMessage(m)) if m.contains("nest too deep")
        ));
        assert!(unparseable_for_servers(br#"{"s":"\"[[[[[["}"#, 1).is_none());
        for (number, too_large) in [
            ("1e999999", true),
            ("-1.5E+309", true),
            ("17976931348623157e292", false),
            ("2e308", true),
            ("1.7e308", false),
            ("0.00001e312", false),
            ("123456789012345678901234567890", false),
            ("1e-999999", false),
            ("-0", false),
        ] {
            let text = format!(
                r#"{{"jsonrpc":"2.0","id":1,"method":"x","params":{{"n":{number},"s":"1e999"}}}}"#
            );
            let problem = unparseable_for_servers(text.as_bytes(), MAX_CLIENT_DEPTH);
            assert_eq!(problem.is_some(), too_large, "{number}");
        }
    }

    /// Half a surrogate pair is refused at intake (servers' parsers drop the whole message);
    /// a whole pair, other escapes and the same bytes outside a `\u` escape pass.
    #[test]
    fn client_strings_with_half_a_surrogate_pair_are_refused() {
        let message = |s: &str| {
            format!(
                r#"{{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{{"name":"t","arguments":{{"s":"{s}"}}}}}}"#
            )
        };
        for (text, refused) in [
            (r"\ud800", true),
            (r"a\udc00b", true),
            (r"\ud83d\u0041", true),
            (r"\ud83d\ude00", false),
            (r"\u00e9\\ud800 \n", false),
            ("ud800", false),
            (r"\uD83D\uDE00", false),
        ] {
            let parsed = Message::parse_from_client(message(text).as_bytes());
            let was_refused = matches!(
                &parsed,
                Err(ProtocolError::InvalidMessage(m)) if m.contains("surrogate")
            );
            assert_eq!(was_refused, refused, "{text}: {parsed:?}");
        }
    }

    #[test]
    fn a_null_or_fractional_id_is_no_id_but_null_answers_an_unreadable_message() {
        for bad in [
            br#"{"jsonrpc":"2.0","id":null,"method":"tools/list"}"#.as_slice(),
            br#"{"jsonrpc":"2.0","id":1.5,"method":"ping"}"#,
            br#"{"jsonrpc":"2.0","id":null,"result":{}}"#,
        ] {
            let parsed = Message::parse(bad);
            assert!(
                matches!(parsed, Err(ProtocolError::InvalidMessage(_))),
                "{parsed:?}"
            );
        }
        let error = br#"{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"x"}}"#;
        assert!(matches!(Message::parse(error), Ok(Message::Response(r)) if r.id == Id::null()));
        let ok = br#"{"jsonrpc":"2.0","id":-7,"method":"ping"}"#;
        assert!(matches!(Message::parse(ok), Ok(Message::Request(_))));
    }

    #[test]
    fn ids_compare_by_json_text() {
        assert_ne!(Id::number(1), Id::string("1"));
        assert_eq!(Id::number(7), Id::number(7));
        assert_eq!(Id::number(7).as_u64(), Some(7));
    }
}
