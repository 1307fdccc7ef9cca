//! What a 2026-07-28 client sent back: its `inputResponses` and the opened
//! `requestState`, with typed readers for each kind of answer.
// Sampling and roots are deprecated by SEP-2577 but are what SEP-2322 input
// responses carry.
#![allow(deprecated)]

use rmcp::{
    ErrorData,
    model::{CreateMessageResult, ElicitResult, InputResponses, ListRootsResult},
};
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::state;

/// One round of a multi round-trip request as the server sees it.
#[derive(Debug, Default)]
pub(crate) struct Retry {
    responses: InputResponses,
    state: Option<Value>,
}

impl Retry {
    /// Reads a request's `inputResponses` and `requestState`; the state must
    /// have been sealed for `owner` (the tool or prompt name).
    pub(crate) fn open(
        owner: &str,
        responses: Option<InputResponses>,
        request_state: Option<&str>,
    ) -> Result<Self, ErrorData> {
        let state = request_state
            .map(|sealed| state::open(owner, sealed))
            .transpose()?;
        Ok(Self {
            responses: responses.unwrap_or_default(),
            state,
        })
    }

    /// The opened `requestState`, if the client sent one.
    pub(crate) fn state(&self) -> Option<&Value> {
        self.state.as_ref()
    }

    /// The elicitation answer under `key`, if present.
    pub(crate) fn elicited(&self, key: &str) -> Result<Option<ElicitResult>, ErrorData> {
        self.answer(key, "an ElicitResult")
    }

    /// The sampling answer under `key`, if present.
    pub(crate) fn sampled(&self, key: &str) -> Result<Option<CreateMessageResult>, ErrorData> {
        self.answer(key, "a CreateMessageResult")
    }

    /// The `roots/list` answer under `key`, if present.
    pub(crate) fn roots(&self, key: &str) -> Result<Option<ListRootsResult>, ErrorData> {
        self.answer(key, "a ListRootsResult")
    }

    /// The response under `key` as `T`; a response of the wrong shape is an
    /// invalid-params error naming `expected`.
    fn answer<T: DeserializeOwned>(
        &self,
        key: &str,
        expected: &str,
    ) -> Result<Option<T>, ErrorData> {
        let Some(value) = self.responses.get(key) else {
            return Ok(None);
        };
        serde_json::from_value(value.clone())
            .map(Some)
            .map_err(|error| {
                ErrorData::invalid_params(
                    format!("inputResponses.{key} is not {expected}: {error}"),
                    None,
                )
            })
    }
}

/// The text of a sampling answer.
pub(crate) fn sampled_text(result: &CreateMessageResult) -> String {
    result
        .message
        .content
        .iter()
        .find_map(|block| block.as_text())
        .map_or_else(|| "(no text content)".to_owned(), |text| text.text.clone())
}

/// The root URIs of a `roots/list` answer, comma-separated.
pub(crate) fn root_uris(result: &ListRootsResult) -> String {
    let uris: Vec<&str> = result.roots.iter().map(|root| root.uri.as_str()).collect();
    if uris.is_empty() {
        "(none)".to_owned()
    } else {
        uris.join(", ")
    }
}

/// The string `field` of an accepted form, or `action=..., content=...`.
pub(crate) fn elicited_string(result: &ElicitResult, field: &str) -> String {
    let value = result
        .content
        .as_ref()
        .and_then(|content| content.get(field));
    match value.and_then(Value::as_str) {
        Some(text) => text.to_owned(),
        None => describe(result),
    }
}

/// `action=..., content=...` of an elicitation answer.
pub(crate) fn describe(result: &ElicitResult) -> String {
    let action = serde_json::to_value(&result.action).unwrap_or(Value::Null);
    let action = action.as_str().unwrap_or("unknown");
    let content = result
        .content
        .clone()
        .unwrap_or_else(|| serde_json::json!({}));
    format!("action={action}, content={content}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn responses(value: Value) -> Option<InputResponses> {
        serde_json::from_value(value).ok()
    }

    #[test]
    fn reads_typed_answers() {
        let retry = Retry::open(
            "t",
            responses(json!({
                "user_name": {"action": "accept", "content": {"name": "Alice"}},
                "q": {"role": "assistant", "content": {"type": "text", "text": "Paris"}, "model": "m"},
                "r": {"roots": [{"uri": "file:///test/root"}]},
            })),
            None,
        )
        .unwrap();
        let elicited = retry.elicited("user_name").unwrap().unwrap();
        assert_eq!(elicited_string(&elicited, "name"), "Alice");
        assert_eq!(sampled_text(&retry.sampled("q").unwrap().unwrap()), "Paris");
        assert_eq!(
            root_uris(&retry.roots("r").unwrap().unwrap()),
            "file:///test/root"
        );
        assert!(retry.elicited("missing").unwrap().is_none());
    }

    #[test]
    fn rejects_malformed_answers_and_states() {
        let retry = Retry::open("t", responses(json!({"user_name": 12345})), None).unwrap();
        assert!(retry.elicited("user_name").is_err());
        assert!(Retry::open("t", None, Some("forged")).is_err());
        let sealed = state::seal("t", &json!(1));
        assert_eq!(
            Retry::open("t", None, Some(&sealed)).unwrap().state(),
            Some(&json!(1))
        );
    }
}
