//! The echo MCP upstream: message handling ([`handler`]), the Streamable HTTP
//! server ([`http`]) and the stdio loop ([`stdio`]).

pub mod handler;
pub mod http;
pub mod stdio;

pub use handler::{Reply, handle_message};
