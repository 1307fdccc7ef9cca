//! An MCP server that offers everything the official conformance suite
//! (`@modelcontextprotocol/conformance`) calls in its server scenarios.
//!
//! Gatehouse uses it twice: as the upstream fixture its own conformance runs
//! sit in front of, and as the bundled demo server (`gatehouse demo-server`).
//!
//! The server is built on `rmcp`, the official Rust SDK, and offers:
//!
//! - tools: `test_simple_text`, `test_image_content`, `test_audio_content`,
//!   `test_embedded_resource`, `test_multiple_content_types`,
//!   `test_tool_with_logging`, `test_tool_with_progress`,
//!   `test_error_handling`, `test_sampling`, `test_elicitation`,
//!   `test_elicitation_sep1034_defaults`, `test_elicitation_sep1330_enums`,
//!   `test_reconnection`, `json_schema_2020_12_tool`, `test_custom_header`
//!   (a parameter mirrored into `Mcp-Param-Region`) and the
//!   `test_input_required_result_*` tools, which send elicitation, sampling
//!   and `roots/list` requests for a gateway to turn into input-required
//!   results;
//! - prompts: `test_simple_prompt`, `test_prompt_with_arguments`,
//!   `test_prompt_with_embedded_resource`, `test_prompt_with_image` and
//!   `test_input_required_result_prompt`;
//! - resources: `test://static-text`, `test://static-binary`,
//!   `test://watched-resource` and the template `test://template/{id}/data`;
//! - completions, resource subscriptions, `logging/setLevel` and `ping`.
//!
//! Two entry points serve it: [`serve_stdio`] over standard input and output,
//! and [`serve_http`] over Streamable HTTP at the path [`MCP_PATH`].
#![deny(missing_docs)]

mod assets;
mod completion;
mod http_server;
mod logging;
mod prompts;
mod resources;
mod server;
mod stdio;
mod streams;
mod tools;

pub use http_server::{MCP_PATH, serve_http};
pub use stdio::serve_stdio;
