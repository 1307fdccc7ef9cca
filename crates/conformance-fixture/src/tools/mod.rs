//! Tools: their definitions (`tools/list`) and dispatch (`tools/call`).
//!
//! Tools that need the client's input have two bodies, chosen by the
//! request's protocol era (see [`crate::era`]): session-era calls send
//! server-to-client requests, 2026-07-28 calls return `input_required`.

mod ask_client;
mod client_requests;
mod content;
mod input_required;
mod notify;
mod reconnect;
mod schema;

use rmcp::{
    ErrorData, RoleServer,
    model::{
        CallToolRequestParams, CallToolResponse, CallToolResult, ContentBlock, JsonObject, Tool,
    },
    service::RequestContext,
};
use serde_json::{Value, json};

use crate::{listen::ListChange, server::FixtureServer};

/// Name of the tool that closes its own SSE stream mid-call.
pub(crate) const RECONNECTION_TOOL: &str = "test_reconnection";

/// A schema for a tool without arguments.
fn no_arguments() -> Value {
    json!({ "type": "object", "properties": {} })
}

/// A schema for a tool with one required string argument.
fn one_string(name: &str, description: &str) -> Value {
    json!({
        "type": "object",
        "properties": { name: { "type": "string", "description": description } },
        "required": [name],
    })
}

pub(crate) use input_required::{ask_string, modern_prompt};

/// The tools as `tools/list` returns them: name, description, input schema.
fn definitions() -> Vec<(&'static str, &'static str, Value)> {
    let mut tools = content_definitions();
    tools.extend(client_request_definitions());
    tools.extend(era_probe_definitions());
    tools.extend(
        input_required::DEFINITIONS
            .into_iter()
            .map(|(name, description)| (name, description, no_arguments())),
    );
    tools
}

/// Tools that answer without asking the client anything.
fn content_definitions() -> Vec<(&'static str, &'static str, Value)> {
    vec![
        (
            "test_simple_text",
            "Tests simple text content response",
            no_arguments(),
        ),
        (
            "test_image_content",
            "Tests image content response",
            no_arguments(),
        ),
        (
            "test_audio_content",
            "Tests audio content response",
            no_arguments(),
        ),
        (
            "test_embedded_resource",
            "Tests embedded resource content response",
            no_arguments(),
        ),
        (
            "test_multiple_content_types",
            "Tests response with multiple content types (text, image, resource)",
            no_arguments(),
        ),
        (
            "test_tool_with_logging",
            "Tests tool that emits log messages during execution",
            no_arguments(),
        ),
        (
            "test_tool_with_progress",
            "Tests tool that reports progress notifications",
            no_arguments(),
        ),
        (
            "test_error_handling",
            "Tests error response handling",
            no_arguments(),
        ),
        (
            RECONNECTION_TOOL,
            "Tests SSE stream disconnection and client reconnection (SEP-1699): the server closes \
             the stream mid-call and sends the result after the client reconnects",
            no_arguments(),
        ),
        (
            schema::NAME,
            "Tool with JSON Schema 2020-12 features for conformance testing (SEP-1613)",
            schema::input_schema(),
        ),
        (
            CUSTOM_HEADER_TOOL,
            "Tests parameters mirrored into Mcp-Param-* headers (x-mcp-header, SEP-2243)",
            json!({
                "type": "object",
                "properties": {
                    "region": {
                        "type": "string",
                        "description": "Where to run",
                        "x-mcp-header": "Region",
                    },
                    "query": { "type": "string", "description": "What to run" },
                },
            }),
        ),
    ]
}

/// Name of the tool whose `region` parameter is mirrored into `Mcp-Param-Region`.
const CUSTOM_HEADER_TOOL: &str = "test_custom_header";

/// Tools that send sampling or elicitation requests to the client.
fn client_request_definitions() -> Vec<(&'static str, &'static str, Value)> {
    vec![
        (
            "test_sampling",
            "Tests server-initiated sampling (LLM completion request)",
            one_string("prompt", "The prompt to send to the LLM"),
        ),
        (
            "test_elicitation",
            "Tests server-initiated elicitation (user input request)",
            one_string("message", "The message to show the user"),
        ),
        (
            "test_elicitation_sep1034_defaults",
            "Tests elicitation with default values per SEP-1034",
            no_arguments(),
        ),
        (
            "test_elicitation_sep1330_enums",
            "Tests elicitation with enum schema improvements per SEP-1330",
            no_arguments(),
        ),
    ]
}

/// Name of the tool announcing a tool-list change.
const TRIGGER_TOOL_CHANGE: &str = "test_trigger_tool_change";
/// Name of the tool announcing a prompt-list change.
const TRIGGER_PROMPT_CHANGE: &str = "test_trigger_prompt_change";
/// Name of the logging tool of the `server-stateless` scenario.
const LOGGING_TOOL: &str = "test_logging_tool";

/// Tools the 2026-07-28 `server-stateless` scenario probes; all work in both
/// eras.
fn era_probe_definitions() -> Vec<(&'static str, &'static str, Value)> {
    vec![
        (
            ask_client::MISSING_CAPABILITY,
            "Needs the sampling capability: asks the client's LLM a question (a 2026-07-28 \
             request that does not declare sampling gets -32021)",
            no_arguments(),
        ),
        (
            ask_client::STREAMING_ELICITATION,
            "Asks for the user's name by elicitation, never as a request on the response stream \
             of a 2026-07-28 call",
            no_arguments(),
        ),
        (
            LOGGING_TOOL,
            "Emits three log messages (for a 2026-07-28 call only if its _meta carries \
             io.modelcontextprotocol/logLevel)",
            no_arguments(),
        ),
        (
            TRIGGER_TOOL_CHANGE,
            "Announces notifications/tools/list_changed to listen streams and the session",
            no_arguments(),
        ),
        (
            TRIGGER_PROMPT_CHANGE,
            "Announces notifications/prompts/list_changed to listen streams and the session",
            no_arguments(),
        ),
    ]
}

/// The tool named `name`, as `tools/list` returns it.
pub(crate) fn find(name: &str) -> Option<Tool> {
    list().into_iter().find(|tool| tool.name == name)
}

/// The tools, as `tools/list` returns them.
pub(crate) fn list() -> Vec<Tool> {
    definitions()
        .into_iter()
        .map(|(name, description, schema)| {
            let Value::Object(schema) = schema else {
                unreachable!("tool schemas are objects")
            };
            Tool::new(name, description, schema)
        })
        .collect()
}

/// Answers `tools/call`. Unknown tools are a protocol error; everything that
/// goes wrong inside a tool is a result with `isError: true`.
pub(crate) async fn call(
    server: &FixtureServer,
    request: CallToolRequestParams,
    context: RequestContext<RoleServer>,
) -> Result<CallToolResponse, ErrorData> {
    let arguments = request.arguments.clone().unwrap_or_default();
    if let Some(response) = ask_client::call(&request, &arguments, &context).await {
        return response;
    }
    if let Some(response) = input_required::call(&request, &context).await {
        return response;
    }
    match answer(server, &request.name, &arguments, &context).await {
        Some(result) => Ok(result.into()),
        None => Err(ErrorData::invalid_params(
            format!("Unknown tool: {}", request.name),
            None,
        )),
    }
}

/// Runs the tools that answer the same in both eras; `None` for other names.
async fn answer(
    server: &FixtureServer,
    name: &str,
    arguments: &JsonObject,
    context: &RequestContext<RoleServer>,
) -> Option<CallToolResult> {
    Some(match name {
        "test_simple_text" => content::simple_text(),
        "test_image_content" => content::image(),
        "test_audio_content" => content::audio(),
        "test_embedded_resource" => content::embedded_resource(),
        "test_multiple_content_types" => content::multiple_types(),
        "test_error_handling" => content::error(),
        "test_tool_with_logging" | LOGGING_TOOL => notify::with_logging(server, context).await,
        "test_tool_with_progress" => notify::with_progress(context).await,
        TRIGGER_TOOL_CHANGE => notify::trigger(server, ListChange::Tools, context).await,
        TRIGGER_PROMPT_CHANGE => notify::trigger(server, ListChange::Prompts, context).await,
        RECONNECTION_TOOL => reconnect::reconnection(server, context).await,
        schema::NAME => schema::call(arguments),
        CUSTOM_HEADER_TOOL => text_result(format!(
            "region: {}",
            arguments
                .get("region")
                .and_then(Value::as_str)
                .unwrap_or("-")
        )),
        _ => return None,
    })
}

/// A tool error result with one text block.
fn tool_error(message: impl Into<String>) -> CallToolResult {
    CallToolResult::error(vec![ContentBlock::text(message)])
}

/// A successful tool result with one text block.
fn text_result(text: impl Into<String>) -> CallToolResult {
    CallToolResult::success(vec![ContentBlock::text(text)])
}

/// A required string argument, or a tool error naming it. (rmcp's result type is large when
/// serde_json's `preserve_order` is on, as the workspace sets it; it is built once per call.)
#[allow(clippy::result_large_err)]
fn string_argument<'a>(arguments: &'a JsonObject, name: &str) -> Result<&'a str, CallToolResult> {
    arguments
        .get(name)
        .and_then(Value::as_str)
        .ok_or_else(|| tool_error(format!("Missing required string argument '{name}'")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tool_has_a_description_and_an_object_schema() {
        let tools = list();
        assert_eq!(tools.len(), 28);
        for tool in tools {
            assert!(tool.description.is_some(), "{}", tool.name);
            assert_eq!(tool.input_schema["type"], "object", "{}", tool.name);
            assert_eq!(find(&tool.name).map(|t| t.name), Some(tool.name));
        }
    }
}
