//! Era dispatch for the tools that need an answer from the client:
//! `test_sampling`, `test_elicitation`, `test_elicitation_sep1034_defaults`,
//! `test_elicitation_sep1330_enums`, `test_missing_capability` and
//! `test_streaming_elicitation`.
//!
//! Session-era calls send a server-to-client request over `context.peer`
//! (see [`super::client_requests`]); 2026-07-28 calls return an
//! `input_required` result and finish on the client's retry. Modern calls
//! whose `_meta` does not declare the capability a tool needs are refused
//! with -32021 (MissingRequiredClientCapability).
// Sampling is deprecated by SEP-2577 (protocol 2026-07-28) but is what these
// tools exercise.
#![allow(deprecated)]

use rmcp::{
    ErrorData, RoleServer,
    model::{CallToolRequestParams, CallToolResponse, ClientCapabilities, JsonObject},
    service::RequestContext,
};
use serde_json::Value;

use super::{client_requests, input_required, string_argument, text_result, tool_error};
use crate::{
    era,
    mrtr::{Ask, Retry, describe, elicited_string, requests, sampled_text},
};

/// Tool that needs sampling: -32021 for a modern client without it.
pub(super) const MISSING_CAPABILITY: &str = "test_missing_capability";
/// Tool that asks for the user's name by elicitation.
pub(super) const STREAMING_ELICITATION: &str = "test_streaming_elicitation";

/// Input key of a tool's one sampling request.
const SAMPLING_KEY: &str = "sampling";
/// Input key of a tool's one elicitation.
const ELICITATION_KEY: &str = "elicitation";

/// What a modern body of one of these tools asks the client for.
enum Question {
    /// A sampling request; the answer is reported after `label`.
    Sample {
        prompt: String,
        max_tokens: u32,
        label: &'static str,
    },
    /// A form elicitation, finished as `finish` says.
    Form {
        message: String,
        schema: Value,
        finish: Finish,
    },
}

/// How a tool reports an elicitation answer.
#[derive(Clone, Copy)]
enum Finish {
    /// `"{label}: action=..., content=..."`.
    Describe(&'static str),
    /// `"Hello, {name}!"`.
    Greet,
}

/// Runs `request` if it names one of these tools, in the request's era.
pub(super) async fn call(
    request: &CallToolRequestParams,
    arguments: &JsonObject,
    context: &RequestContext<RoleServer>,
) -> Option<Result<CallToolResponse, ErrorData>> {
    let name = request.name.as_ref();
    if !era::is_modern(context) {
        return legacy(name, arguments, context).await.map(|r| Ok(r.into()));
    }
    let question = match question(name, arguments)? {
        Ok(question) => question,
        Err(error) => return Some(Ok(error.into())),
    };
    Some(modern(name, question, request, context))
}

/// The session-era body of `name`, if it is one of these tools.
async fn legacy(
    name: &str,
    arguments: &JsonObject,
    context: &RequestContext<RoleServer>,
) -> Option<rmcp::model::CallToolResult> {
    Some(match name {
        "test_sampling" => client_requests::sampling(arguments, context).await,
        "test_elicitation" => client_requests::elicitation(arguments, context).await,
        "test_elicitation_sep1034_defaults" => client_requests::defaults(context).await,
        "test_elicitation_sep1330_enums" => client_requests::enums(context).await,
        MISSING_CAPABILITY => {
            let answer = input_required::sample(context, "What is the capital of France?", 100);
            match answer.await {
                Ok(text) => text_result(format!("Sampling response: {text}")),
                Err(error) => tool_error(error),
            }
        }
        STREAMING_ELICITATION => {
            match input_required::ask_string(context, "What is your name?", "name").await {
                Ok(name) => text_result(format!("Hello, {name}!")),
                Err(error) => tool_error(error),
            }
        }
        _ => return None,
    })
}

/// What the modern body of `name` asks, or the tool error for bad arguments;
/// `None` if `name` is not one of these tools.
#[allow(clippy::result_large_err)]
fn question(
    name: &str,
    arguments: &JsonObject,
) -> Option<Result<Question, rmcp::model::CallToolResult>> {
    let form = |message: &str, schema: Value, label| Question::Form {
        message: message.to_owned(),
        schema,
        finish: Finish::Describe(label),
    };
    Some(Ok(match name {
        "test_sampling" => match string_argument(arguments, "prompt") {
            Ok(prompt) => Question::Sample {
                prompt: prompt.to_owned(),
                max_tokens: client_requests::SAMPLING_MAX_TOKENS,
                label: "LLM response",
            },
            Err(error) => return Some(Err(error)),
        },
        "test_elicitation" => match string_argument(arguments, "message") {
            Ok(message) => form(message, client_requests::user_schema(), "User response"),
            Err(error) => return Some(Err(error)),
        },
        "test_elicitation_sep1034_defaults" => form(
            client_requests::DEFAULTS_MESSAGE,
            client_requests::defaults_schema(),
            "Elicitation completed",
        ),
        "test_elicitation_sep1330_enums" => form(
            client_requests::ENUMS_MESSAGE,
            client_requests::enums_schema(),
            "Elicitation completed",
        ),
        MISSING_CAPABILITY => Question::Sample {
            prompt: "What is the capital of France?".to_owned(),
            max_tokens: 100,
            label: "Sampling response",
        },
        STREAMING_ELICITATION => Question::Form {
            message: "What is your name?".to_owned(),
            schema: requests::string_form("name"),
            finish: Finish::Greet,
        },
        _ => return None,
    }))
}

/// The 2026-07-28 body: checks the capability, then asks or finishes.
fn modern(
    name: &str,
    question: Question,
    request: &CallToolRequestParams,
    context: &RequestContext<RoleServer>,
) -> Result<CallToolResponse, ErrorData> {
    let declared = context.client_capabilities().unwrap_or_default();
    let retry = Retry::open(
        name,
        request.input_responses.clone(),
        request.request_state.as_deref(),
    )?;
    match question {
        Question::Sample {
            prompt,
            max_tokens,
            label,
        } => {
            if declared.sampling.is_none() {
                let required = ClientCapabilities::builder().enable_sampling().build();
                return Err(ErrorData::missing_required_client_capability(required));
            }
            Ok(match retry.sampled(SAMPLING_KEY)? {
                Some(answer) => text_result(format!("{label}: {}", sampled_text(&answer))).into(),
                None => ask(SAMPLING_KEY, requests::sampling(&prompt, max_tokens)),
            })
        }
        Question::Form {
            message,
            schema,
            finish,
        } => {
            if declared.elicitation.is_none() {
                let required = ClientCapabilities::builder().enable_elicitation().build();
                return Err(ErrorData::missing_required_client_capability(required));
            }
            Ok(match retry.elicited(ELICITATION_KEY)? {
                Some(answer) => text_result(finished(finish, &answer)).into(),
                None => ask(ELICITATION_KEY, requests::elicitation(&message, schema)),
            })
        }
    }
}

/// The result text for an elicitation answer.
fn finished(finish: Finish, answer: &rmcp::model::ElicitResult) -> String {
    match finish {
        Finish::Describe(label) => format!("{label}: {}", describe(answer)),
        Finish::Greet => format!("Hello, {}!", elicited_string(answer, "name")),
    }
}

/// An `input_required` result with the single request `request` under `key`.
fn ask(key: &str, request: rmcp::model::InputRequest) -> CallToolResponse {
    Ask::new().request(key, request).build().into()
}
