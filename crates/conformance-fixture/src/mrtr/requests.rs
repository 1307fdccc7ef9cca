//! The server-to-client requests an `input_required` result can carry, built
//! exactly as the session-era tools send them over `context.peer`.
// Sampling and roots are deprecated by SEP-2577 but are what SEP-2322 input
// requests carry.
#![allow(deprecated)]

use rmcp::model::{
    CreateMessageRequest, CreateMessageRequestParams, ElicitRequest, ElicitRequestParams,
    InputRequest, ListRootsRequest, SamplingMessage,
};
use serde_json::{Value, json};

/// The `elicitation/create` form parameters for `message` and `schema`.
pub(crate) fn form_params(
    message: &str,
    schema: Value,
) -> Result<ElicitRequestParams, serde_json::Error> {
    serde_json::from_value(json!({
        "mode": "form",
        "message": message,
        "requestedSchema": schema,
    }))
}

/// A schema for a form with one required string `field`.
pub(crate) fn string_form(field: &str) -> Value {
    json!({
        "type": "object",
        "properties": { field: { "type": "string" } },
        "required": [field],
    })
}

/// A form elicitation; the fixture's schemas are fixed, so a schema rmcp
/// cannot type is a bug.
pub(crate) fn elicitation(message: &str, schema: Value) -> InputRequest {
    let params = form_params(message, schema).expect("the fixture's form schemas are valid");
    InputRequest::Elicitation(ElicitRequest::new(params))
}

/// A sampling request for one user `prompt`.
pub(crate) fn sampling(prompt: &str, max_tokens: u32) -> InputRequest {
    let params =
        CreateMessageRequestParams::new(vec![SamplingMessage::user_text(prompt)], max_tokens);
    InputRequest::CreateMessage(CreateMessageRequest::new(params))
}

/// A `roots/list` request.
pub(crate) fn list_roots() -> InputRequest {
    InputRequest::ListRoots(ListRootsRequest::default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_have_their_wire_methods() {
        let wire = |request: InputRequest| serde_json::to_value(request).unwrap();
        let elicit = wire(elicitation("What is your name?", string_form("name")));
        assert_eq!(elicit["method"], "elicitation/create");
        assert_eq!(elicit["params"]["requestedSchema"]["required"][0], "name");
        let sample = wire(sampling("Hi", 50));
        assert_eq!(sample["method"], "sampling/createMessage");
        assert_eq!(sample["params"]["maxTokens"], 50);
        assert_eq!(wire(list_roots())["method"], "roots/list");
    }
}
