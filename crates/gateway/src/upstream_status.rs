//! A point-in-time view of one upstream server, for `/admin/servers` and the metrics.

use serde::Serialize;

use crate::upstream::Upstream;

/// What an operator wants to know about an upstream right now.
#[derive(Debug, Clone, Serialize)]
pub struct UpstreamSnapshot {
    /// The server's configured name.
    pub name: String,
    /// The tenant this instance is for (`servers.NAME.tenants`); absent for the default one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant: Option<String>,
    /// Which replica of the server this is (0 for the first, or the only one).
    pub replica: usize,
    /// Whether its last health check passed (always true without health checks).
    pub healthy: bool,
    /// `stdio`, `http` or `sse` (legacy HTTP+SSE).
    pub transport: &'static str,
    /// Whether a live, initialized connection exists.
    pub connected: bool,
    /// The protocol version the server chose (when connected).
    pub protocol_version: Option<String>,
    /// The era the gateway speaks to it in: `legacy` (session) or `modern` (2026-07-28),
    /// when connected.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub era: Option<crate::upstream::Era>,
    /// The circuit breaker: `closed`, `open` or `half_open`.
    pub breaker: &'static str,
    /// Calls in flight to the server.
    pub in_flight: usize,
    /// Calls waiting for a concurrency slot.
    pub queued: usize,
    /// Tools the server's lists have shown.
    pub tools: usize,
    /// Tools held back from agents, with the reason.
    pub held_tools: Vec<HeldTool>,
    /// Result-cache hits since start (tools marked cacheable).
    pub result_cache_hits: u64,
    /// Result-cache misses since start.
    pub result_cache_misses: u64,
}

/// A tool held back from agents.
#[derive(Debug, Clone, Serialize)]
pub struct HeldTool {
    /// The tool's original name.
    pub tool: String,
    /// Why it is held.
    pub reason: String,
}

impl Upstream {
    /// A snapshot of the server's state.
    pub fn snapshot(&self) -> UpstreamSnapshot {
        let live = self.current();
        let protection = self.protection();
        let (_, queued) = protection.concurrency.load();
        let mut held_tools: Vec<HeldTool> = self
            .held_tools()
            .into_iter()
            .map(|(tool, reason)| HeldTool { tool, reason })
            .collect();
        held_tools.sort_by(|a, b| a.tool.cmp(&b.tool));
        let (result_cache_hits, result_cache_misses) = protection.results.counts();
        UpstreamSnapshot {
            name: self.name().to_owned(),
            tenant: self.settings.tenant.clone(),
            replica: self.settings.replica,
            healthy: self.healthy.load(std::sync::atomic::Ordering::Acquire),
            transport: self.settings.transport.kind(),
            connected: live.is_some(),
            protocol_version: live.as_ref().map(|l| l.info.protocol_version.clone()),
            era: live.map(|l| l.info.era),
            breaker: protection.breaker.state().name(),
            in_flight: self.in_flight(),
            queued,
            tools: self.known_tools().len(),
            held_tools,
            result_cache_hits,
            result_cache_misses,
        }
    }
}
