//! `completion/complete`: suggestions for prompt arguments and for the
//! resource template's `{id}`.

use rmcp::{
    ErrorData,
    model::{CompleteRequestParams, CompleteResult, CompletionInfo, Reference},
};

use crate::{prompts, resources};

/// Candidate values for the free-text prompt arguments `arg1` and `arg2`.
const WORDS: &[&str] = &["hello", "help", "test", "testing", "world"];
/// Candidate values for the template's `{id}`.
const TEMPLATE_IDS: &[&str] = &["1", "2", "3", "42", "123"];
/// Candidate values for `resourceUri`: the readable resources.
const RESOURCE_URIS: &[&str] = &[
    resources::STATIC_TEXT_URI,
    resources::STATIC_BINARY_URI,
    resources::WATCHED_URI,
];

/// Answers `completion/complete` with the candidates that start with the
/// typed value (case-insensitively).
pub(crate) fn complete(request: &CompleteRequestParams) -> Result<CompleteResult, ErrorData> {
    let candidates = candidates(&request.r#ref, &request.argument.name)?;
    let typed = request.argument.value.to_lowercase();
    let values: Vec<String> = candidates
        .iter()
        .filter(|candidate| candidate.to_lowercase().starts_with(&typed))
        .map(|candidate| candidate.to_string())
        .collect();
    let info = CompletionInfo::with_all_values(values)
        .map_err(|message| ErrorData::internal_error(message, None))?;
    Ok(CompleteResult::new(info))
}

/// The candidate list for one argument of a prompt or resource template.
fn candidates(reference: &Reference, argument: &str) -> Result<&'static [&'static str], ErrorData> {
    match reference {
        Reference::Prompt(prompt) => {
            let names = prompts::argument_names(&prompt.name).ok_or_else(|| {
                ErrorData::invalid_params(format!("Unknown prompt: {}", prompt.name), None)
            })?;
            if !names.iter().any(|name| name == argument) {
                return Err(unknown_argument(argument));
            }
            Ok(if argument == "resourceUri" {
                RESOURCE_URIS
            } else {
                WORDS
            })
        }
        Reference::Resource(template) => {
            if template.uri != resources::TEMPLATE_URI {
                return Err(ErrorData::invalid_params(
                    format!("Unknown resource template: {}", template.uri),
                    None,
                ));
            }
            if argument != "id" {
                return Err(unknown_argument(argument));
            }
            Ok(TEMPLATE_IDS)
        }
        _ => Err(ErrorData::invalid_params(
            "Unsupported completion reference",
            None,
        )),
    }
}

fn unknown_argument(argument: &str) -> ErrorData {
    ErrorData::invalid_params(format!("Unknown argument: {argument}"), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(value: serde_json::Value) -> CompleteRequestParams {
        serde_json::from_value(value).unwrap()
    }

    #[test]
    fn completes_prompt_arguments_by_prefix() {
        let result = complete(&request(serde_json::json!({
            "ref": {"type": "ref/prompt", "name": "test_prompt_with_arguments"},
            "argument": {"name": "arg1", "value": "te"}
        })))
        .unwrap();
        assert_eq!(result.completion.values, vec!["test", "testing"]);
    }

    #[test]
    fn completes_template_ids() {
        let result = complete(&request(serde_json::json!({
            "ref": {"type": "ref/resource", "uri": "test://template/{id}/data"},
            "argument": {"name": "id", "value": "1"}
        })))
        .unwrap();
        assert_eq!(result.completion.values, vec!["1", "123"]);
    }

    #[test]
    fn rejects_unknown_references() {
        let unknown_prompt = request(serde_json::json!({
            "ref": {"type": "ref/prompt", "name": "nope"},
            "argument": {"name": "arg1", "value": ""}
        }));
        assert!(complete(&unknown_prompt).is_err());
        let unknown_argument = request(serde_json::json!({
            "ref": {"type": "ref/prompt", "name": "test_prompt_with_arguments"},
            "argument": {"name": "arg9", "value": ""}
        }));
        assert!(complete(&unknown_argument).is_err());
    }
}
