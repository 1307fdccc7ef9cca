//! Tools that send a request back to the client while they run:
//! `sampling/createMessage` and `elicitation/create`.
//!
//! These are the session-era bodies: rmcp sends the requests on the SSE stream
//! of the `tools/call` they belong to (SEP-2260 association); the client
//! answers with a separate POST. [`super::ask_client`] picks them or the
//! 2026-07-28 bodies by era.
// Sampling is deprecated by SEP-2577 (protocol 2026-07-28) but belongs to the
// 2025-11-25 protocol the conformance suite exercises.
#![allow(deprecated)]

use rmcp::{
    RoleServer,
    model::{
        CallToolResult, ClientResult, CreateMessageRequestParams, ElicitRequest, ElicitResult,
        JsonObject, SamplingMessage, ServerRequest,
    },
    service::RequestContext,
};
use serde_json::{Value, json};

use super::{string_argument, text_result, tool_error};
use crate::mrtr::requests::form_params;

/// `maxTokens` of the sampling request.
pub(super) const SAMPLING_MAX_TOKENS: u32 = 100;
/// Message of the `test_elicitation_sep1034_defaults` form.
pub(super) const DEFAULTS_MESSAGE: &str = "Please review and update the form fields with defaults";
/// Message of the `test_elicitation_sep1330_enums` form.
pub(super) const ENUMS_MESSAGE: &str = "Please select options from the enum fields";

/// `test_sampling`: asks the client's LLM to answer the `prompt` argument.
pub(super) async fn sampling(
    arguments: &JsonObject,
    context: &RequestContext<RoleServer>,
) -> CallToolResult {
    let prompt = match string_argument(arguments, "prompt") {
        Ok(prompt) => prompt,
        Err(error) => return error,
    };
    let params = CreateMessageRequestParams::new(
        vec![SamplingMessage::user_text(prompt)],
        SAMPLING_MAX_TOKENS,
    );
    match context.peer.create_message(params).await {
        Ok(result) => {
            let text = result
                .message
                .content
                .iter()
                .find_map(|block| block.as_text())
                .map(|text| text.text.clone())
                .unwrap_or_else(|| "(no text content)".to_owned());
            text_result(format!("LLM response: {text}"))
        }
        Err(error) => tool_error(format!("Sampling failed: {error}")),
    }
}

/// `test_elicitation`: asks the user for a username and an email address,
/// showing the `message` argument.
pub(super) async fn elicitation(
    arguments: &JsonObject,
    context: &RequestContext<RoleServer>,
) -> CallToolResult {
    let message = match string_argument(arguments, "message") {
        Ok(message) => message,
        Err(error) => return error,
    };
    elicit(context, message, user_schema(), "User response").await
}

/// The `test_elicitation` form: a username and an email address.
pub(super) fn user_schema() -> Value {
    json!({
        "type": "object",
        "properties": {
            "username": { "type": "string", "description": "User's response" },
            "email": { "type": "string", "description": "User's email address" },
        },
        "required": ["username", "email"],
    })
}

/// `test_elicitation_sep1034_defaults`: a form with a default for every
/// primitive type (SEP-1034).
pub(super) async fn defaults(context: &RequestContext<RoleServer>) -> CallToolResult {
    elicit(
        context,
        DEFAULTS_MESSAGE,
        defaults_schema(),
        "Elicitation completed",
    )
    .await
}

/// `test_elicitation_sep1330_enums`: a form with all five enum variants
/// (SEP-1330).
pub(super) async fn enums(context: &RequestContext<RoleServer>) -> CallToolResult {
    elicit(
        context,
        ENUMS_MESSAGE,
        enums_schema(),
        "Elicitation completed",
    )
    .await
}

/// The SEP-1034 form: a default for every primitive type.
pub(super) fn defaults_schema() -> Value {
    json!({
        "type": "object",
        "properties": {
            "name": { "type": "string", "description": "User name", "default": "John Doe" },
            "age": { "type": "integer", "description": "User age", "default": 30 },
            "score": { "type": "number", "description": "User score", "default": 95.5 },
            "status": {
                "type": "string",
                "description": "User status",
                "enum": ["active", "inactive", "pending"],
                "default": "active",
            },
            "verified": { "type": "boolean", "description": "Verification status", "default": true },
        },
        "required": [],
    })
}

/// The SEP-1330 form: all five enum variants.
pub(super) fn enums_schema() -> Value {
    let titled = |titles: [&str; 3]| -> Vec<Value> {
        titles
            .iter()
            .enumerate()
            .map(|(i, title)| json!({ "const": format!("value{}", i + 1), "title": title }))
            .collect()
    };
    json!({
        "type": "object",
        "properties": {
            "untitledSingle": {
                "type": "string",
                "description": "Select one option",
                "enum": ["option1", "option2", "option3"],
            },
            "titledSingle": {
                "type": "string",
                "description": "Select one option with titles",
                "oneOf": titled(["First Option", "Second Option", "Third Option"]),
            },
            "legacyEnum": {
                "type": "string",
                "description": "Select one option (legacy)",
                "enum": ["opt1", "opt2", "opt3"],
                "enumNames": ["Option One", "Option Two", "Option Three"],
            },
            "untitledMulti": {
                "type": "array",
                "description": "Select multiple options",
                "minItems": 1,
                "maxItems": 3,
                "items": { "type": "string", "enum": ["option1", "option2", "option3"] },
            },
            "titledMulti": {
                "type": "array",
                "description": "Select multiple options with titles",
                "minItems": 1,
                "maxItems": 3,
                "items": { "anyOf": titled(["First Choice", "Second Choice", "Third Choice"]) },
            },
        },
        "required": [],
    })
}

/// Sends a form elicitation and reports the user's action and content as
/// `"{label}: action=..., content=..."`.
async fn elicit(
    context: &RequestContext<RoleServer>,
    message: &str,
    schema: Value,
    label: &str,
) -> CallToolResult {
    let params = match form_params(message, schema) {
        Ok(params) => params,
        Err(error) => return tool_error(format!("Invalid elicitation schema: {error}")),
    };
    let request = ServerRequest::ElicitRequest(ElicitRequest::new(params));
    match context.peer.send_request(request).await {
        Ok(ClientResult::ElicitResult(result)) => text_result(describe(label, &result)),
        Ok(other) => tool_error(format!("Unexpected elicitation response: {other:?}")),
        Err(error) => tool_error(format!("Elicitation failed: {error}")),
    }
}

/// `"{label}: action=..., content=..."` of an elicitation answer.
fn describe(label: &str, result: &ElicitResult) -> String {
    format!("{label}: {}", crate::mrtr::describe(result))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The typed schema must carry every keyword the suite checks, so it has
    /// to serialize back to exactly what was written.
    fn round_trips(schema: Value) {
        let params = form_params("m", schema.clone()).expect("schema parses");
        let wire = serde_json::to_value(&params).unwrap();
        assert_eq!(wire["mode"], "form");
        assert_eq!(wire["requestedSchema"]["properties"], schema["properties"]);
    }

    #[test]
    fn defaults_schema_survives_serialization() {
        round_trips(defaults_schema());
    }

    #[test]
    fn enums_schema_survives_serialization() {
        round_trips(enums_schema());
    }

    #[test]
    fn elicitation_schema_parses() {
        let schema = json!({
            "type": "object",
            "properties": { "username": { "type": "string" } },
            "required": ["username"],
        });
        round_trips(schema);
    }
}
