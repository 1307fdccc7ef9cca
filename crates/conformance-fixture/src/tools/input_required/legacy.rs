//! The session-era bodies of the `input-required-result-*` tools: each sends
//! ordinary server-to-client requests (`elicitation/create`,
//! `sampling/createMessage`, `roots/list`) through `context.peer`. A gateway
//! in front of this server turns those requests into an `input_required`
//! result for a stateless (2026-07-28) client and resumes the call when the
//! client retries with `inputResponses`.
// Sampling and roots are deprecated by SEP-2577 (protocol 2026-07-28) but
// belong to the 2025-11-25 protocol this server speaks.
#![allow(deprecated)]

use rmcp::{
    RoleServer,
    model::{
        CallToolResult, ClientResult, CreateMessageRequestParams, ElicitRequest, ElicitResult,
        SamplingMessage, ServerRequest,
    },
    service::RequestContext,
};
use serde_json::{Value, json};

use super::{
    CAPABILITIES, ELICITATION, LIST_ROOTS, MULTI_ROUND, MULTIPLE_INPUTS, REQUEST_STATE, SAMPLING,
    TAMPERED_STATE,
};
use crate::mrtr::{describe, requests::form_params};
use crate::tools::{text_result, tool_error};

/// Runs the tool `name` of this module, or `None` if it is not one of them.
pub(super) async fn call(
    name: &str,
    context: &RequestContext<RoleServer>,
) -> Option<CallToolResult> {
    let result = match name {
        SAMPLING => sampling(context).await,
        LIST_ROOTS => list_roots(context).await,
        ELICITATION => elicitation(context).await,
        REQUEST_STATE | TAMPERED_STATE => confirm(context).await,
        MULTIPLE_INPUTS => multiple_inputs(context).await,
        MULTI_ROUND => multi_round(context).await,
        CAPABILITIES => capabilities(context).await,
        _ => return None,
    };
    Some(result)
}

/// The tool result for the outcome of a tool's requests.
fn finish(outcome: Result<String, String>) -> CallToolResult {
    match outcome {
        Ok(text) => text_result(text),
        Err(error) => tool_error(error),
    }
}

async fn sampling(context: &RequestContext<RoleServer>) -> CallToolResult {
    let answer = sample(context, "What is the capital of France?", 100).await;
    finish(answer.map(|text| format!("Sampling response: {text}")))
}

async fn list_roots(context: &RequestContext<RoleServer>) -> CallToolResult {
    finish(roots(context).await.map(|uris| format!("Roots: {uris}")))
}

async fn elicitation(context: &RequestContext<RoleServer>) -> CallToolResult {
    let name = ask_string(context, "What is your name?", "name").await;
    finish(name.map(|name| format!("Hello, {name}!")))
}

/// `test_input_required_result_request_state` and `..._tampered_state`.
async fn confirm(context: &RequestContext<RoleServer>) -> CallToolResult {
    let schema = json!({
        "type": "object",
        "properties": { "ok": { "type": "boolean" } },
        "required": ["ok"],
    });
    let answer = elicit(context, "Please confirm", schema).await;
    finish(answer.map(|result| format!("state-ok: {}", describe(&result))))
}

async fn multiple_inputs(context: &RequestContext<RoleServer>) -> CallToolResult {
    let (name, greeting, uris) = tokio::join!(
        ask_string(context, "What is your name?", "name"),
        sample(context, "Generate a greeting", 50),
        roots(context),
    );
    let summary = |outcome: Result<String, String>| outcome.unwrap_or_else(|e| format!("({e})"));
    text_result(format!(
        "name: {}; greeting: {}; roots: {}",
        summary(name),
        summary(greeting),
        summary(uris),
    ))
}

async fn multi_round(context: &RequestContext<RoleServer>) -> CallToolResult {
    let name = match ask_string(context, "Step 1: What is your name?", "name").await {
        Ok(name) => name,
        Err(error) => return tool_error(error),
    };
    let color = ask_string(context, "Step 2: What is your favorite color?", "color").await;
    finish(color.map(|color| format!("Hello, {name}! Your favorite color is {color}.")))
}

async fn capabilities(context: &RequestContext<RoleServer>) -> CallToolResult {
    let (sampled, name) = tokio::join!(
        sample(context, "What is the capital of France?", 100),
        ask_string(context, "What is your name?", "name"),
    );
    let summary = |outcome: Result<String, String>| outcome.unwrap_or_else(|e| format!("({e})"));
    text_result(format!(
        "sampling: {}; elicitation: {}",
        summary(sampled),
        summary(name)
    ))
}

/// Sends a form elicitation and returns the client's answer.
pub(crate) async fn elicit(
    context: &RequestContext<RoleServer>,
    message: &str,
    schema: Value,
) -> Result<ElicitResult, String> {
    let params = form_params(message, schema)
        .map_err(|error| format!("Invalid elicitation schema: {error}"))?;
    let request = ServerRequest::ElicitRequest(ElicitRequest::new(params));
    match context.peer.send_request(request).await {
        Ok(ClientResult::ElicitResult(result)) => Ok(result),
        Ok(other) => Err(format!("Unexpected elicitation response: {other:?}")),
        Err(error) => Err(format!("Elicitation failed: {error}")),
    }
}

/// Elicits one required string `field`, and returns what the user entered
/// (or a description of the answer if it holds no such string).
pub(crate) async fn ask_string(
    context: &RequestContext<RoleServer>,
    message: &str,
    field: &str,
) -> Result<String, String> {
    let schema = json!({
        "type": "object",
        "properties": { field: { "type": "string" } },
        "required": [field],
    });
    let result = elicit(context, message, schema).await?;
    let value = result.content.as_ref().and_then(|c| c.get(field));
    Ok(match value.and_then(Value::as_str) {
        Some(text) => text.to_owned(),
        None => describe(&result),
    })
}

/// Sends a sampling request for `prompt` and returns the sampled text.
pub(crate) async fn sample(
    context: &RequestContext<RoleServer>,
    prompt: &str,
    max_tokens: u32,
) -> Result<String, String> {
    let params =
        CreateMessageRequestParams::new(vec![SamplingMessage::user_text(prompt)], max_tokens);
    let result = context
        .peer
        .create_message(params)
        .await
        .map_err(|error| format!("Sampling failed: {error}"))?;
    let text = result
        .message
        .content
        .iter()
        .find_map(|block| block.as_text())
        .map(|text| text.text.clone());
    Ok(text.unwrap_or_else(|| "(no text content)".to_owned()))
}

/// Asks for the client's roots and returns their URIs, comma-separated.
async fn roots(context: &RequestContext<RoleServer>) -> Result<String, String> {
    let result = context
        .peer
        .list_roots()
        .await
        .map_err(|error| format!("roots/list failed: {error}"))?;
    let uris: Vec<&str> = result.roots.iter().map(|root| root.uri.as_str()).collect();
    Ok(if uris.is_empty() {
        "(none)".to_owned()
    } else {
        uris.join(", ")
    })
}
