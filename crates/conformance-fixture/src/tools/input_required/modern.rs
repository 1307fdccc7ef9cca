//! The 2026-07-28 bodies of the `input-required-result-*` tools and of the
//! prompt `test_input_required_result_prompt`: each returns an
//! `input_required` result and completes once the client retries with the
//! answers (and the echoed, sealed `requestState` where one was issued).

use rmcp::{
    ErrorData, RoleServer,
    model::{
        CallToolRequestParams, CallToolResponse, GetPromptResponse, GetPromptResult, PromptMessage,
        Role,
    },
    service::RequestContext,
};
use serde_json::json;

use super::{
    CAPABILITIES, ELICITATION, LIST_ROOTS, MULTI_ROUND, MULTIPLE_INPUTS, REQUEST_STATE, SAMPLING,
    TAMPERED_STATE,
};
use crate::{
    mrtr::{Ask, Retry, describe, elicited_string, requests, root_uris, sampled_text},
    tools::text_result,
};

/// Input key of the name elicitation.
const USER_NAME: &str = "user_name";
/// Input key of the capital-of-France sampling request.
const CAPITAL_QUESTION: &str = "capital_question";
/// Input key of the greeting sampling request.
const GREETING: &str = "greeting";
/// Input key of the `roots/list` request.
const CLIENT_ROOTS: &str = "client_roots";
/// Input key of the confirmation elicitation.
const CONFIRM: &str = "confirm";

/// Runs the modern body of one of this module's tools.
pub(super) fn call(
    request: &CallToolRequestParams,
    context: &RequestContext<RoleServer>,
) -> Result<CallToolResponse, ErrorData> {
    let name = request.name.as_ref();
    let retry = Retry::open(
        name,
        request.input_responses.clone(),
        request.request_state.as_deref(),
    )?;
    match name {
        SAMPLING => sampling(&retry),
        LIST_ROOTS => list_roots(&retry),
        ELICITATION => elicitation(&retry),
        REQUEST_STATE | TAMPERED_STATE => confirm(name, &retry),
        MULTIPLE_INPUTS => multiple_inputs(&retry),
        MULTI_ROUND => multi_round(&retry),
        CAPABILITIES => capabilities(&retry, context),
        other => Err(ErrorData::invalid_params(
            format!("Unknown tool: {other}"),
            None,
        )),
    }
}

/// The name elicitation every tool here uses.
fn ask_name(message: &str) -> rmcp::model::InputRequest {
    requests::elicitation(message, requests::string_form("name"))
}

fn sampling(retry: &Retry) -> Result<CallToolResponse, ErrorData> {
    Ok(match retry.sampled(CAPITAL_QUESTION)? {
        Some(answer) => text_result(format!("Sampling response: {}", sampled_text(&answer))).into(),
        None => Ask::new()
            .request(
                CAPITAL_QUESTION,
                requests::sampling("What is the capital of France?", 100),
            )
            .build()
            .into(),
    })
}

fn list_roots(retry: &Retry) -> Result<CallToolResponse, ErrorData> {
    Ok(match retry.roots(CLIENT_ROOTS)? {
        Some(roots) => text_result(format!("Roots: {}", root_uris(&roots))).into(),
        None => Ask::new()
            .request(CLIENT_ROOTS, requests::list_roots())
            .build()
            .into(),
    })
}

fn elicitation(retry: &Retry) -> Result<CallToolResponse, ErrorData> {
    Ok(match retry.elicited(USER_NAME)? {
        Some(answer) => text_result(format!("Hello, {}!", elicited_string(&answer, "name"))).into(),
        None => Ask::new()
            .request(USER_NAME, ask_name("What is your name?"))
            .build()
            .into(),
    })
}

/// `test_input_required_result_request_state` and `..._tampered_state`:
/// completes only with the answer *and* the state this server sealed.
fn confirm(tool: &str, retry: &Retry) -> Result<CallToolResponse, ErrorData> {
    let answer = retry.elicited(CONFIRM)?;
    if let (Some(answer), Some(_)) = (answer, retry.state()) {
        return Ok(text_result(format!("state-ok: {}", describe(&answer))).into());
    }
    let schema = json!({
        "type": "object",
        "properties": { "ok": { "type": "boolean" } },
        "required": ["ok"],
    });
    Ok(Ask::new()
        .request(CONFIRM, requests::elicitation("Please confirm", schema))
        .state(tool, &json!({ "step": "confirm" }))
        .build()
        .into())
}

fn multiple_inputs(retry: &Retry) -> Result<CallToolResponse, ErrorData> {
    let name = retry.elicited(USER_NAME)?;
    let greeting = retry.sampled(GREETING)?;
    let roots = retry.roots(CLIENT_ROOTS)?;
    if let (Some(name), Some(greeting), Some(roots)) = (name, greeting, roots) {
        return Ok(text_result(format!(
            "name: {}; greeting: {}; roots: {}",
            elicited_string(&name, "name"),
            sampled_text(&greeting),
            root_uris(&roots),
        ))
        .into());
    }
    Ok(Ask::new()
        .request(USER_NAME, ask_name("What is your name?"))
        .request(GREETING, requests::sampling("Generate a greeting", 50))
        .request(CLIENT_ROOTS, requests::list_roots())
        .state(MULTIPLE_INPUTS, &json!({ "step": "all" }))
        .build()
        .into())
}

/// Round 1 asks `step1` for a name; round 2 (state `round: 1`) asks `step2`
/// for a color, remembering the name in its state; round 3 completes.
fn multi_round(retry: &Retry) -> Result<CallToolResponse, ErrorData> {
    let round = retry.state().and_then(|state| state["round"].as_u64());
    if round == Some(2)
        && let Some(color) = retry.elicited("step2")?
    {
        let name = retry.state().and_then(|state| state["name"].as_str());
        return Ok(text_result(format!(
            "Hello, {}! Your favorite color is {}.",
            name.unwrap_or("(unknown)"),
            elicited_string(&color, "color"),
        ))
        .into());
    }
    if round == Some(1)
        && let Some(name) = retry.elicited("step1")?
    {
        let name = elicited_string(&name, "name");
        return Ok(Ask::new()
            .request(
                "step2",
                requests::elicitation(
                    "Step 2: What is your favorite color?",
                    requests::string_form("color"),
                ),
            )
            .state(MULTI_ROUND, &json!({ "round": 2, "name": name }))
            .build()
            .into());
    }
    Ok(Ask::new()
        .request("step1", ask_name("Step 1: What is your name?"))
        .state(MULTI_ROUND, &json!({ "round": 1 }))
        .build()
        .into())
}

/// Asks only for what the request's client capabilities allow; completes
/// once every such question is answered.
fn capabilities(
    retry: &Retry,
    context: &RequestContext<RoleServer>,
) -> Result<CallToolResponse, ErrorData> {
    let declared = context.client_capabilities().unwrap_or_default();
    let mut ask = Ask::new();
    let mut summary = Vec::new();
    if declared.sampling.is_some() {
        match retry.sampled(CAPITAL_QUESTION)? {
            Some(answer) => summary.push(format!("sampling: {}", sampled_text(&answer))),
            None => {
                let question = requests::sampling("What is the capital of France?", 100);
                ask = ask.request(CAPITAL_QUESTION, question);
            }
        }
    }
    if declared.elicitation.is_some() {
        match retry.elicited(USER_NAME)? {
            Some(answer) => {
                summary.push(format!("elicitation: {}", elicited_string(&answer, "name")))
            }
            None => ask = ask.request(USER_NAME, ask_name("What is your name?")),
        }
    }
    if !ask.is_empty() {
        return Ok(ask.build().into());
    }
    if summary.is_empty() {
        summary.push("the client declared neither sampling nor elicitation".to_owned());
    }
    Ok(text_result(summary.join("; ")).into())
}

/// Input key of the prompt's context elicitation.
const USER_CONTEXT: &str = "user_context";

/// The modern `prompts/get` of `test_input_required_result_prompt`: asks for
/// the context by elicitation, then puts it into the message.
pub(crate) fn prompt(
    owner: &str,
    responses: Option<rmcp::model::InputResponses>,
    request_state: Option<&str>,
) -> Result<GetPromptResponse, ErrorData> {
    let retry = Retry::open(owner, responses, request_state)?;
    Ok(match retry.elicited(USER_CONTEXT)? {
        Some(answer) => GetPromptResult::new(vec![PromptMessage::new_text(
            Role::User,
            format!(
                "Prompt with context: {}",
                elicited_string(&answer, "context")
            ),
        )])
        .into(),
        None => Ask::new()
            .request(
                USER_CONTEXT,
                requests::elicitation(
                    "What context should the prompt use?",
                    requests::string_form("context"),
                ),
            )
            .build()
            .into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn retry(responses: Value, state: Option<&str>, owner: &str) -> Retry {
        Retry::open(owner, serde_json::from_value(responses).ok(), state).unwrap()
    }

    fn wire(response: CallToolResponse) -> Value {
        serde_json::to_value(rmcp::model::ServerResult::from(response)).unwrap()
    }

    #[test]
    fn elicitation_asks_then_greets() {
        let first = wire(elicitation(&Retry::default()).unwrap());
        assert_eq!(first["resultType"], "input_required");
        assert_eq!(
            first["inputRequests"][USER_NAME]["method"],
            "elicitation/create"
        );
        let answer = json!({ USER_NAME: { "action": "accept", "content": { "name": "Alice" } } });
        let done = wire(elicitation(&retry(answer, None, ELICITATION)).unwrap());
        assert_eq!(done["content"][0]["text"], "Hello, Alice!");
    }

    #[test]
    fn multi_round_changes_state_each_round() {
        let r1 = wire(multi_round(&Retry::default()).unwrap());
        let s1 = r1["requestState"].as_str().unwrap().to_owned();
        let answer = json!({ "step1": { "action": "accept", "content": { "name": "Alice" } } });
        let r2 = wire(multi_round(&retry(answer, Some(&s1), MULTI_ROUND)).unwrap());
        let s2 = r2["requestState"].as_str().unwrap().to_owned();
        assert_ne!(s1, s2);
        assert!(r2["inputRequests"]["step2"].is_object());
        let answer = json!({ "step2": { "action": "accept", "content": { "color": "blue" } } });
        let r3 = wire(multi_round(&retry(answer, Some(&s2), MULTI_ROUND)).unwrap());
        assert_eq!(
            r3["content"][0]["text"],
            "Hello, Alice! Your favorite color is blue."
        );
    }

    #[test]
    fn confirm_needs_the_sealed_state() {
        let answer = json!({ CONFIRM: { "action": "accept", "content": { "ok": true } } });
        let without_state =
            wire(confirm(REQUEST_STATE, &retry(answer.clone(), None, REQUEST_STATE)).unwrap());
        assert_eq!(without_state["resultType"], "input_required");
        let first = wire(confirm(REQUEST_STATE, &Retry::default()).unwrap());
        let state = first["requestState"].as_str().unwrap();
        let done =
            wire(confirm(REQUEST_STATE, &retry(answer, Some(state), REQUEST_STATE)).unwrap());
        assert!(
            done["content"][0]["text"]
                .as_str()
                .unwrap()
                .contains("state-ok")
        );
    }
}
