//! The wire vocabulary of Gatehouse: the JSON-RPC 2.0 envelope, MCP method names, protocol
//! versions, and raw-JSON helpers that let the gateway edit one field of a message while every
//! other byte passes through untouched.
//!
//! Nothing here does I/O. Parsing stops at the envelope: `params`, `result` and `error` stay as
//! [`serde_json::value::RawValue`] until a stage asks for a typed view of them.
#![deny(missing_docs)]

mod duplicate_keys;
mod error;
mod jsonrpc;
pub mod methods;
mod raw;
pub mod version;

pub use error::{ErrorCode, ErrorObject, ProtocolError};
pub use jsonrpc::{Id, Message, Notification, Outcome, Request, Response};
pub use raw::{RawObject, is_tool_error, may_mention, raw_json, raw_string};
