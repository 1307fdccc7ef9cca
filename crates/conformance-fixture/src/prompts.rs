//! Prompts: plain text, arguments substituted into text, an embedded
//! resource, and an image.

use rmcp::{
    ErrorData, RoleServer,
    model::{
        ContentBlock, GetPromptResult, JsonObject, Prompt, PromptArgument, PromptMessage,
        ResourceContents, Role,
    },
    service::RequestContext,
};

use crate::assets::PNG_BASE64;

/// Prompt without arguments.
pub(crate) const SIMPLE: &str = "test_simple_prompt";
/// Prompt with the required arguments `arg1` and `arg2`.
pub(crate) const WITH_ARGUMENTS: &str = "test_prompt_with_arguments";
/// Prompt embedding the resource named by its `resourceUri` argument.
pub(crate) const WITH_EMBEDDED_RESOURCE: &str = "test_prompt_with_embedded_resource";
/// Prompt carrying an image.
pub(crate) const WITH_IMAGE: &str = "test_prompt_with_image";
/// Prompt that asks the client for its context by elicitation (SEP-2322).
pub(crate) const INPUT_REQUIRED: &str = "test_input_required_result_prompt";

/// The prompts, as `prompts/list` returns them.
pub(crate) fn list() -> Vec<Prompt> {
    vec![
        Prompt::new(SIMPLE, Some("A simple prompt without arguments"), None)
            .with_title("Simple Test Prompt"),
        Prompt::new(
            WITH_ARGUMENTS,
            Some("A prompt with required arguments"),
            Some(vec![
                required_argument("arg1", "First test argument"),
                required_argument("arg2", "Second test argument"),
            ]),
        )
        .with_title("Prompt With Arguments"),
        Prompt::new(
            WITH_EMBEDDED_RESOURCE,
            Some("A prompt that includes an embedded resource"),
            Some(vec![required_argument(
                "resourceUri",
                "URI of the resource to embed",
            )]),
        )
        .with_title("Prompt With Embedded Resource"),
        Prompt::new(
            WITH_IMAGE,
            Some("A prompt that includes image content"),
            None,
        )
        .with_title("Prompt With Image"),
        Prompt::new(
            INPUT_REQUIRED,
            Some("A prompt that asks the user for its context by elicitation"),
            None,
        )
        .with_title("Prompt Requiring Input"),
    ]
}

/// Answers `prompts/get` for [`INPUT_REQUIRED`]: elicits the context the
/// prompt should use and puts it into the message.
pub(crate) async fn with_input(
    context: &RequestContext<RoleServer>,
) -> Result<GetPromptResult, ErrorData> {
    let answer =
        crate::tools::ask_string(context, "What context should the prompt use?", "context")
            .await
            .map_err(|error| ErrorData::internal_error(error, None))?;
    Ok(GetPromptResult::new(vec![PromptMessage::new_text(
        Role::User,
        format!("Prompt with context: {answer}"),
    )]))
}

/// The argument names a prompt declares, or `None` for an unknown prompt.
pub(crate) fn argument_names(prompt: &str) -> Option<Vec<String>> {
    let prompt = list().into_iter().find(|p| p.name == prompt)?;
    let arguments = prompt.arguments.unwrap_or_default();
    Some(arguments.into_iter().map(|a| a.name).collect())
}

fn required_argument(name: &str, description: &str) -> PromptArgument {
    PromptArgument::new(name)
        .with_description(description)
        .with_required(true)
}

/// Answers `prompts/get`.
pub(crate) fn get(
    name: &str,
    arguments: Option<&JsonObject>,
) -> Result<GetPromptResult, ErrorData> {
    let messages = match name {
        SIMPLE => vec![PromptMessage::new_text(
            Role::User,
            "This is a simple prompt for testing.",
        )],
        WITH_ARGUMENTS => {
            let arg1 = string_argument(arguments, "arg1")?;
            let arg2 = string_argument(arguments, "arg2")?;
            vec![PromptMessage::new_text(
                Role::User,
                format!("Prompt with arguments: arg1='{arg1}', arg2='{arg2}'"),
            )]
        }
        WITH_EMBEDDED_RESOURCE => {
            let uri = string_argument(arguments, "resourceUri")?;
            let resource = ResourceContents::text("Embedded resource content for testing.", uri)
                .with_mime_type("text/plain");
            vec![
                PromptMessage::new(Role::User, ContentBlock::resource(resource)),
                PromptMessage::new_text(Role::User, "Please process the embedded resource above."),
            ]
        }
        WITH_IMAGE => vec![
            PromptMessage::new(Role::User, ContentBlock::image(PNG_BASE64, "image/png")),
            PromptMessage::new_text(Role::User, "Please analyze the image above."),
        ],
        _ => {
            return Err(ErrorData::invalid_params(
                format!("Unknown prompt: {name}"),
                None,
            ));
        }
    };
    Ok(GetPromptResult::new(messages))
}

/// A required string argument of a `prompts/get` request.
fn string_argument<'a>(
    arguments: Option<&'a JsonObject>,
    name: &str,
) -> Result<&'a str, ErrorData> {
    arguments
        .and_then(|args| args.get(name))
        .and_then(|value| value.as_str())
        .ok_or_else(|| {
            ErrorData::invalid_params(format!("Missing required string argument '{name}'"), None)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(value: serde_json::Value) -> JsonObject {
        value.as_object().unwrap().clone()
    }

    #[test]
    fn arguments_are_substituted() {
        let arguments = args(serde_json::json!({"arg1": "hello", "arg2": "world"}));
        let result = serde_json::to_value(get(WITH_ARGUMENTS, Some(&arguments)).unwrap()).unwrap();
        assert_eq!(
            result["messages"][0]["content"]["text"],
            "Prompt with arguments: arg1='hello', arg2='world'"
        );
    }

    #[test]
    fn missing_arguments_are_invalid_params() {
        let arguments = args(serde_json::json!({"arg1": "hello"}));
        assert!(get(WITH_ARGUMENTS, Some(&arguments)).is_err());
        assert!(get(WITH_EMBEDDED_RESOURCE, None).is_err());
        assert!(get("nope", None).is_err());
    }

    #[test]
    fn embedded_resource_uses_the_given_uri() {
        let arguments = args(serde_json::json!({"resourceUri": "test://example-resource"}));
        let result =
            serde_json::to_value(get(WITH_EMBEDDED_RESOURCE, Some(&arguments)).unwrap()).unwrap();
        let content = &result["messages"][0]["content"];
        assert_eq!(content["type"], "resource");
        assert_eq!(content["resource"]["uri"], "test://example-resource");
        assert_eq!(content["resource"]["mimeType"], "text/plain");
    }

    #[test]
    fn image_prompt_has_image_content() {
        let result = serde_json::to_value(get(WITH_IMAGE, None).unwrap()).unwrap();
        let content = &result["messages"][0]["content"];
        assert_eq!(content["type"], "image");
        assert_eq!(content["mimeType"], "image/png");
        assert_eq!(content["data"], PNG_BASE64);
    }

    #[test]
    fn every_listed_prompt_has_a_description() {
        for prompt in list() {
            assert!(prompt.description.is_some(), "{}", prompt.name);
            // The input-required prompt is answered by `with_input`, not `get`.
            let needs_input = prompt.name == INPUT_REQUIRED || prompt.arguments.is_some();
            assert!(needs_input || get(&prompt.name, None).is_ok());
        }
    }
}
