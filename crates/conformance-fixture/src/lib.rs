//! An MCP server that offers everything the official conformance suite
//! (`@modelcontextprotocol/conformance`) calls in its server scenarios.
//!
//! Gatehouse uses it twice: as the upstream fixture its own conformance runs
//! sit in front of, and as the bundled demo server (`gatehouse demo-server`).
//!
//! The server is built on `rmcp`, the official Rust SDK, and serves both
//! protocol eras on one endpoint: 2025-11-25 sessions (`initialize`,
//! `Mcp-Session-Id`) and stateless 2026-07-28 requests (`server/discover`,
//! per-request `_meta`). It offers:
//!
//! - tools: `test_simple_text`, `test_image_content`, `test_audio_content`,
//!   `test_embedded_resource`, `test_multiple_content_types`,
//!   `test_tool_with_logging`, `test_tool_with_progress`,
//!   `test_error_handling`, `test_sampling`, `test_elicitation`,
//!   `test_elicitation_sep1034_defaults`, `test_elicitation_sep1330_enums`,
//!   `test_reconnection`, `json_schema_2020_12_tool` (SEP-1613 and SEP-2106
//!   keywords), `test_custom_header` (a parameter mirrored into
//!   `Mcp-Param-Region`), the eight `test_input_required_result_*` tools, and
//!   the probes of the 2026-07-28 `server-stateless` scenario:
//!   `test_missing_capability`, `test_streaming_elicitation`,
//!   `test_logging_tool`, `test_trigger_tool_change` and
//!   `test_trigger_prompt_change`;
//! - prompts: `test_simple_prompt`, `test_prompt_with_arguments`,
//!   `test_prompt_with_embedded_resource`, `test_prompt_with_image` and
//!   `test_input_required_result_prompt`;
//! - resources: `test://static-text`, `test://static-binary`,
//!   `test://watched-resource` and the template `test://template/{id}/data`;
//! - completions, `ping`, and for the session era resource subscriptions and
//!   `logging/setLevel`; for 2026-07-28 `subscriptions/listen` (tool and
//!   prompt list changes, updates of the watched resource).
//!
//! Every tool (and the prompt) that needs the client's input has two bodies,
//! picked by the request's protocol version (module `era`): a session-era call
//! sends `sampling/createMessage`, `elicitation/create` or `roots/list` to the
//! client over its session, exactly as before; a 2026-07-28 call returns an
//! `input_required` result (SEP-2322) whose `requestState`, where it has one,
//! is sealed with rmcp's `RequestStateCodec` (module `mrtr`), and completes when
//! the client retries with `inputResponses`. A 2026-07-28 call that lacks the
//! client capability a tool needs gets -32021. Logging tools log on a
//! 2026-07-28 call only at the level its `_meta` asks for.
//!
//! Two entry points serve it: [`serve_stdio`] over standard input and output,
//! and [`serve_http`] over Streamable HTTP at the path [`MCP_PATH`].
#![deny(missing_docs)]

mod assets;
mod completion;
mod era;
mod http_server;
mod listen;
mod logging;
mod mrtr;
mod prompts;
mod resources;
mod server;
mod stdio;
mod streams;
mod tools;

pub use http_server::{MCP_PATH, serve_http};
pub use stdio::serve_stdio;
