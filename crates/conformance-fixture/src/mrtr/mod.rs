//! Multi round-trip requests (SEP-2322, protocol 2026-07-28): building
//! `input_required` results and reading the client's retry.
//!
//! A modern tool body asks for input by returning an [`Ask`] (its
//! `inputRequests` plus an optional sealed `requestState`) and finishes when
//! the client retries with `inputResponses`, which [`Retry`] reads.

pub(crate) mod requests;
mod retry;
mod state;

use rmcp::model::{InputRequest, InputRequests, InputRequiredResult};
use serde_json::Value;

pub(crate) use retry::{Retry, describe, elicited_string, root_uris, sampled_text};

/// An `input_required` result under construction.
#[derive(Debug, Default)]
pub(crate) struct Ask {
    requests: InputRequests,
    state: Option<String>,
}

impl Ask {
    /// An empty result; add requests with [`Ask::request`].
    pub(crate) fn new() -> Self {
        Self::default()
    }

    /// Adds the input request `request` under `key`.
    pub(crate) fn request(mut self, key: &str, request: InputRequest) -> Self {
        self.requests.insert(key.to_owned(), request);
        self
    }

    /// Attaches `state`, sealed for `owner`, as the `requestState`.
    pub(crate) fn state(mut self, owner: &str, state: &Value) -> Self {
        self.state = Some(state::seal(owner, state));
        self
    }

    /// Whether no input request was added.
    pub(crate) fn is_empty(&self) -> bool {
        self.requests.is_empty()
    }

    /// The finished `input_required` result.
    pub(crate) fn build(self) -> InputRequiredResult {
        let requests = (!self.requests.is_empty()).then_some(self.requests);
        InputRequiredResult::new(requests, self.state)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn builds_the_wire_shape() {
        let result = Ask::new()
            .request("client_roots", requests::list_roots())
            .state("tool", &json!({"round": 1}))
            .build();
        let wire = serde_json::to_value(result).unwrap();
        assert_eq!(wire["resultType"], "input_required");
        assert_eq!(
            wire["inputRequests"]["client_roots"]["method"],
            "roots/list"
        );
        assert!(wire["requestState"].is_string());
    }
}
