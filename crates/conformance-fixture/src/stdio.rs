//! Serving the fixture over standard input and output.

use std::sync::Arc;

use rmcp::{ServiceExt, transport::stdio};

use crate::server::FixtureServer;

/// Serves one MCP session over stdin/stdout until the client disconnects.
///
/// Only MCP messages are written to stdout; diagnostics go through `tracing`,
/// which the caller should point at stderr. `test_reconnection` has no SSE
/// stream to close in this mode and simply completes.
pub async fn serve_stdio() -> std::io::Result<()> {
    let running = FixtureServer::new(None, Arc::default())
        .serve(stdio())
        .await
        .map_err(std::io::Error::other)?;
    running.waiting().await.map_err(std::io::Error::other)?;
    Ok(())
}
