//! Wire I/O for Gatehouse.
//!
//! - [`upstream`]: connectors to MCP servers — a stdio child process shared by every client
//!   session, and Streamable HTTP with pooled keep-alive connections. Both hand out [`upstream::Call`]s
//!   whose channel yields the messages related to one request and then its response, and both
//!   deliver unsolicited server messages to one inbound channel.
//! - [`sse`]: Server-Sent Events framing for the downstream listener.
//! - [`listener`]: the TCP accept loop (with `TCP_NODELAY`) that serves an axum router.
//!
//! Nothing here knows about sessions, policies or detectors; the `gateway` crate wires them.
#![deny(missing_docs)]

mod error;
pub mod lines;
pub mod listener;
pub mod sse;
pub mod upstream;

pub use error::{TransportError, rejection_message, scrub_values};

/// Install the process-wide TLS crypto provider (ring) if none is installed yet. HTTP clients
/// need one; calling this more than once is harmless.
pub fn ensure_crypto_provider() {
    if rustls::crypto::CryptoProvider::get_default().is_none() {
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
}
