//! The `gatehouse` binary's library: config loading and compilation, the `serve` command with
//! hot reload, and the CLI's other commands. `main.rs` only parses arguments.
#![deny(missing_docs)]

pub mod audit_cli;
pub mod config;
pub mod logging;
pub mod reload;
pub mod scan_cli;
pub mod scan_server;
pub mod serve;
pub mod telemetry;
