//! Serving the fixture over Streamable HTTP with rmcp's streamable HTTP
//! service mounted in axum.

mod sessions;

use std::{net::SocketAddr, sync::Arc, time::Duration};

use rmcp::transport::{StreamableHttpServerConfig, StreamableHttpService};

use crate::{listen::Listeners, server::FixtureServer, streams::StreamRegistry};
use sessions::FixtureSessionManager;

/// The path the MCP endpoint is served at.
pub const MCP_PATH: &str = "/mcp";

/// The reconnection delay announced in the `retry` field of SSE priming events.
pub(crate) const SSE_RETRY: Duration = Duration::from_secs(3);

/// Serves the fixture over Streamable HTTP at `http://{addr}/mcp` until the
/// listener fails.
///
/// Session-era (2025-11-25) clients get stateful sessions (`Mcp-Session-Id`);
/// 2026-07-28 requests are served statelessly on the same path, each by a
/// fresh handler that shares the process's listen streams. POST responses are SSE streams
/// that start with a priming event carrying an event id and a `retry` field,
/// and streams can be resumed with `GET` and `Last-Event-ID`. Requests whose
/// `Host` is not a loopback name (or the bound address) and browser requests
/// from non-loopback origins are refused with 403, which protects a local
/// server against DNS rebinding.
pub async fn serve_http(addr: SocketAddr) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    tracing::info!(
        "conformance fixture listening on http://{}{MCP_PATH}",
        listener.local_addr()?
    );
    let streams = Arc::new(StreamRegistry::default());
    let listeners = Arc::new(Listeners::default());
    let session_manager = Arc::new(FixtureSessionManager::new(streams.clone()));
    let service = StreamableHttpService::new(
        move || Ok(FixtureServer::new(Some(streams.clone()), listeners.clone())),
        session_manager,
        config(addr),
    );
    let router = axum::Router::new().route_service(MCP_PATH, service);
    axum::serve(listener, router).await
}

/// Streamable HTTP settings: rmcp's defaults (stateful sessions, SSE
/// keep-alive) with DNS-rebinding protection for loopback use.
fn config(addr: SocketAddr) -> StreamableHttpServerConfig {
    let mut hosts = vec![
        "localhost".to_owned(),
        "127.0.0.1".to_owned(),
        "::1".to_owned(),
    ];
    if !addr.ip().is_unspecified() && !addr.ip().is_loopback() {
        hosts.push(addr.ip().to_string());
    }
    StreamableHttpServerConfig::default()
        .with_sse_retry(Some(SSE_RETRY))
        .with_allowed_hosts(hosts)
        .with_allowed_origins(["http://localhost:*", "http://127.0.0.1:*", "http://[::1]:*"])
}
