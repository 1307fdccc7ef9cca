//! Tools whose result is fixed content of each kind.

use rmcp::model::{CallToolResult, ContentBlock, ResourceContents};

use super::{text_result, tool_error};
use crate::assets::{PNG_BASE64, WAV_BASE64};

/// `test_simple_text`: one text block.
pub(super) fn simple_text() -> CallToolResult {
    text_result("This is a simple text response for testing.")
}

/// `test_image_content`: one PNG image block.
pub(super) fn image() -> CallToolResult {
    CallToolResult::success(vec![ContentBlock::image(PNG_BASE64, "image/png")])
}

/// `test_audio_content`: one WAV audio block.
pub(super) fn audio() -> CallToolResult {
    CallToolResult::success(vec![ContentBlock::audio(WAV_BASE64, "audio/wav")])
}

/// `test_embedded_resource`: one embedded text resource.
pub(super) fn embedded_resource() -> CallToolResult {
    let resource = ResourceContents::text(
        "This is an embedded resource content.",
        "test://embedded-resource",
    )
    .with_mime_type("text/plain");
    CallToolResult::success(vec![ContentBlock::resource(resource)])
}

/// `test_multiple_content_types`: text, image and an embedded JSON resource.
pub(super) fn multiple_types() -> CallToolResult {
    let resource = ResourceContents::text(
        serde_json::json!({ "test": "data", "value": 123 }).to_string(),
        "test://mixed-content-resource",
    )
    .with_mime_type("application/json");
    CallToolResult::success(vec![
        ContentBlock::text("Multiple content types test:"),
        ContentBlock::image(PNG_BASE64, "image/png"),
        ContentBlock::resource(resource),
    ])
}

/// `test_error_handling`: always a tool error (`isError: true`).
pub(super) fn error() -> CallToolResult {
    tool_error("This tool intentionally returns an error for testing")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(result: CallToolResult) -> serde_json::Value {
        serde_json::to_value(result).unwrap()
    }

    #[test]
    fn results_have_the_expected_shapes() {
        assert_eq!(
            json(simple_text())["content"][0]["text"],
            "This is a simple text response for testing."
        );
        assert_eq!(json(image())["content"][0]["mimeType"], "image/png");
        assert_eq!(json(audio())["content"][0]["type"], "audio");
        assert_eq!(json(audio())["content"][0]["mimeType"], "audio/wav");
        let embedded = json(embedded_resource());
        assert_eq!(embedded["content"][0]["type"], "resource");
        assert_eq!(embedded["content"][0]["resource"]["mimeType"], "text/plain");
        let mixed = json(multiple_types());
        let kinds: Vec<_> = mixed["content"]
            .as_array()
            .unwrap()
            .iter()
            .map(|block| block["type"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(kinds, ["text", "image", "resource"]);
        let failed = json(error());
        assert_eq!(failed["isError"], true);
        assert!(failed["content"][0]["text"].as_str().is_some());
    }
}
