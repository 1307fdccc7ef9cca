//! Tools for the `input-required-result-*` scenarios (SEP-2322), with one body
//! per protocol era:
//!
//! - [`legacy`] (2025-11-25 sessions) sends ordinary server-to-client requests
//!   (`elicitation/create`, `sampling/createMessage`, `roots/list`) through
//!   `context.peer`, concurrently where a tool needs several; a gateway in
//!   front turns them into `input_required` results for stateless clients;
//! - [`modern`] (2026-07-28) returns the `input_required` result itself and
//!   finishes when the client retries with `inputResponses`.

mod legacy;
mod modern;

use rmcp::{
    ErrorData, RoleServer,
    model::{CallToolRequestParams, CallToolResponse},
    service::RequestContext,
};

pub(crate) use legacy::{ask_string, sample};
pub(crate) use modern::prompt as modern_prompt;

use crate::era;

/// Tool: one sampling request.
pub(crate) const SAMPLING: &str = "test_input_required_result_sampling";
/// Tool: one `roots/list` request.
pub(crate) const LIST_ROOTS: &str = "test_input_required_result_list_roots";
/// Tool: one elicitation for the user's name.
pub(crate) const ELICITATION: &str = "test_input_required_result_elicitation";
/// Tool: one elicitation whose completion reports `state-ok`.
pub(crate) const REQUEST_STATE: &str = "test_input_required_result_request_state";
/// Tool: elicitation, sampling and `roots/list` outstanding at once.
pub(crate) const MULTIPLE_INPUTS: &str = "test_input_required_result_multiple_inputs";
/// Tool: two elicitations, the second sent after the first is answered.
pub(crate) const MULTI_ROUND: &str = "test_input_required_result_multi_round";
/// Tool: one elicitation with an integrity-protected `requestState`.
pub(crate) const TAMPERED_STATE: &str = "test_input_required_result_tampered_state";
/// Tool: sampling and elicitation at once, limited to what the client declared.
pub(crate) const CAPABILITIES: &str = "test_input_required_result_capabilities";

/// The tools of this module, as `(name, description)` pairs; none takes
/// arguments.
pub(super) const DEFINITIONS: [(&str, &str); 8] = [
    (SAMPLING, "Sends one sampling request (SEP-2322)"),
    (LIST_ROOTS, "Sends one roots/list request (SEP-2322)"),
    (
        ELICITATION,
        "Asks for the user's name by elicitation (SEP-2322)",
    ),
    (
        REQUEST_STATE,
        "Asks for a confirmation; the result says state-ok (SEP-2322)",
    ),
    (
        MULTIPLE_INPUTS,
        "Sends elicitation, sampling and roots/list concurrently (SEP-2322)",
    ),
    (
        MULTI_ROUND,
        "Asks for a name, then for a favorite color (SEP-2322)",
    ),
    (
        TAMPERED_STATE,
        "Asks for a confirmation by elicitation (SEP-2322)",
    ),
    (
        CAPABILITIES,
        "Sends sampling and elicitation concurrently, tolerating refusals (SEP-2322)",
    ),
];

/// Runs the tool named in `request` if it is one of this module's, in the
/// request's era; `None` if it is not one of them.
pub(super) async fn call(
    request: &CallToolRequestParams,
    context: &RequestContext<RoleServer>,
) -> Option<Result<CallToolResponse, ErrorData>> {
    if !DEFINITIONS.iter().any(|(name, _)| *name == request.name) {
        return None;
    }
    if era::is_modern(context) {
        return Some(modern::call(request, context));
    }
    Some(Ok(legacy::call(&request.name, context).await?.into()))
}
