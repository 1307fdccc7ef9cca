//! Benchmark tools for Gatehouse.
//!
//! * [`upstream`]: a minimal, very fast MCP server (`echo-upstream`) speaking the
//!   2025-11-25 Streamable HTTP transport directly on hyper, or newline-delimited
//!   JSON-RPC over stdio.
//! * [`loadgen`]: a Streamable HTTP load generator (`loadgen`) that opens one
//!   session and one keep-alive connection per worker and loops `tools/call`.
//! * [`driver`]: the `bench-proxy` driver that compares the direct path with the
//!   path through a `gatehouse` gateway.

pub mod driver;
pub mod loadgen;
pub mod upstream;

/// Protocol version this crate speaks and prefers.
pub const PROTOCOL_VERSION: &str = "2025-11-25";
/// The stateless protocol version the load generator speaks with `--modern`.
pub const MODERN_PROTOCOL_VERSION: &str = "2026-07-28";

/// Protocol versions the echo upstream accepts (newest first).
pub const SUPPORTED_VERSIONS: [&str; 3] = ["2025-11-25", "2025-06-18", "2025-03-26"];
