//! Editing one member of a JSON object without touching the others.
//!
//! [`RawObject`] parses only the top level of an object: each member's value stays as the exact
//! bytes the peer sent, in the order it sent them. The gateway uses it to rewrite a tool name, a
//! resource URI or a progress token and forwards every other member unchanged.

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// Build a raw JSON value from text that is known to be valid JSON.
///
/// # Panics
/// If `text` is not valid JSON; callers pass literals or serializer output.
pub fn raw_json(text: &str) -> Box<RawValue> {
    RawValue::from_string(text.to_owned()).expect("valid JSON literal")
}

/// Encode a Rust string as a raw JSON string value.
pub fn raw_string(s: &str) -> Box<RawValue> {
    serde_json::value::to_raw_value(s).expect("strings serialize")
}

/// Whether the JSON text `raw` may hold the member name or string `word`: false only when
/// neither `word` nor any `\u` escape (which could spell it) occurs, so that a caller may
/// skip parsing `raw` exactly when this is false.
pub fn may_mention(raw: &RawValue, word: &str) -> bool {
    let text = raw.get();
    text.contains(word) || text.contains("\\u")
}

/// Whether a `tools/call` result says `isError: true` (the tool ran and failed). Parsed only
/// when the text may mention it ([`may_mention`]), so a plain result costs a substring scan.
pub fn is_tool_error(result: &RawValue) -> bool {
    #[derive(Deserialize)]
    struct Flag {
        #[serde(rename = "isError", default)]
        is_error: bool,
    }
    may_mention(result, "isError")
        && serde_json::from_str::<Flag>(result.get()).is_ok_and(|f| f.is_error)
}

/// A JSON object whose member values are kept raw and in their original order.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RawObject(IndexMap<String, Box<RawValue>>);

impl RawObject {
    /// An empty object.
    pub fn new() -> Self {
        Self::default()
    }

    /// Parse the top level of an object; `None` if the value is not an object.
    pub fn parse(raw: &RawValue) -> Option<Self> {
        serde_json::from_str(raw.get()).ok()
    }

    /// Parse optional params; absent params give an empty object.
    pub fn parse_params(raw: Option<&RawValue>) -> Option<Self> {
        match raw {
            Some(raw) => Self::parse(raw),
            None => Some(Self::new()),
        }
    }

    /// The raw value of a member.
    pub fn get(&self, key: &str) -> Option<&RawValue> {
        self.0.get(key).map(|v| &**v)
    }

    /// A member's value if it is a JSON string.
    pub fn get_str(&self, key: &str) -> Option<String> {
        self.get(key)
            .and_then(|v| serde_json::from_str::<String>(v.get()).ok())
    }

    /// Deserialize one member into a typed view.
    pub fn get_as<T: for<'de> Deserialize<'de>>(&self, key: &str) -> Option<T> {
        self.get(key)
            .and_then(|v| serde_json::from_str(v.get()).ok())
    }

    /// Replace (or add, at the end) a member with a raw value.
    pub fn set(&mut self, key: &str, value: Box<RawValue>) {
        if let Some(slot) = self.0.get_mut(key) {
            *slot = value;
        } else {
            self.0.insert(key.to_owned(), value);
        }
    }

    /// Replace (or add) a member with a string value.
    pub fn set_str(&mut self, key: &str, value: &str) {
        self.set(key, raw_string(value));
    }

    /// Remove a member, keeping the order of the rest.
    pub fn remove(&mut self, key: &str) -> Option<Box<RawValue>> {
        self.0.shift_remove(key)
    }

    /// Iterate over the members in order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &RawValue)> {
        self.0.iter().map(|(k, v)| (k.as_str(), &**v))
    }

    /// Serialize back to a raw JSON value.
    pub fn to_raw(&self) -> Box<RawValue> {
        serde_json::value::to_raw_value(self).expect("raw objects serialize")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tool_error_is_a_result_that_says_is_error_true() {
        let failed = raw_json(r#"{"content":[],"isError":true}"#);
        let escaped = raw_json(r#"{"content":[],"\u0069sError":true}"#);
        assert!(is_tool_error(&failed));
        assert!(
            is_tool_error(&escaped),
            "an escaped name is the same member"
        );
        for ok in [
            r#"{"content":[{"type":"text","text":"isError"}]}"#,
            r#"{"content":[],"isError":false}"#,
            r#"{"content":[]}"#,
        ] {
            assert!(!is_tool_error(&raw_json(ok)), "{ok}");
        }
    }

    #[test]
    fn may_mention_is_false_only_when_the_word_cannot_be_there() {
        let plain = raw_json(r#"{"name":"echo","arguments":{"text":"hi"}}"#);
        assert!(!may_mention(&plain, "progressToken"));
        let token = raw_json(r#"{"_meta":{"progressToken":7},"name":"echo"}"#);
        assert!(may_mention(&token, "progressToken"));
        // A member name spelled with escapes still counts as a possible mention.
        let escaped = raw_json(r#"{"_meta":{"progress\u0054oken":7}}"#);
        assert!(may_mention(&escaped, "progressToken"));
    }

    #[test]
    fn edits_one_member_and_keeps_the_rest_exact() {
        let src = raw_json(r#"{"name":"a","x-vendor":{"b":  1,"a":2.50},"_meta":{"k":"v"}}"#);
        let mut obj = RawObject::parse(&src).unwrap();
        assert_eq!(obj.get_str("name").as_deref(), Some("a"));
        obj.set_str("name", "b");
        assert_eq!(
            obj.to_raw().get(),
            r#"{"name":"b","x-vendor":{"b":  1,"a":2.50},"_meta":{"k":"v"}}"#
        );
    }

    #[test]
    fn non_objects_are_refused() {
        assert!(RawObject::parse(&raw_json("[1]")).is_none());
        assert!(RawObject::parse_params(None).is_some());
    }
}
