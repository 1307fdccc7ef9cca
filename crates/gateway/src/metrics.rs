//! Prometheus metrics: what the pipeline observed of every request, plus gauges read at scrape
//! time (sessions, upstream health, breaker state, in-flight calls, audit write lag).
//!
//! Label cardinality is bounded: servers are the configured ones (anything else is `unknown`),
//! methods the spec's (anything else is `other`), and tools and agents the first
//! [`MAX_TOOLS`]/[`MAX_AGENTS`] distinct values seen (later ones are counted as `other`), so a
//! client cannot grow the registry by inventing names.

use std::collections::HashSet;
use std::sync::Mutex;
use std::time::Duration;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;
use protocol::methods;

use crate::Gateway;

/// At most this many distinct tool label values.
pub const MAX_TOOLS: usize = 500;
/// At most this many distinct agent label values.
pub const MAX_AGENTS: usize = 200;

/// Labels of a served request.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    server: String,
    tool: String,
    method: String,
    verdict: String,
    agent: String,
    outcome: String,
}

/// Labels of a per-server, per-tool histogram.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct TargetLabels {
    server: String,
    tool: String,
}

/// Labels of a per-server gauge.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ServerLabels {
    server: String,
}

/// Labels of the limit store failure counter.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct OnErrorLabels {
    on_error: String,
}

/// Labels of a guard finding counter.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct FindingLabels {
    category: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RefusalLabels {
    status: u16,
}

/// What the pipeline learned of one request, for the metrics.
pub(crate) struct Observation<'a> {
    /// The upstream the request went to, if it named one.
    pub server: Option<&'a str>,
    /// The qualified tool, for `tools/call`.
    pub tool: Option<&'a str>,
    /// The JSON-RPC method.
    pub method: &'a str,
    /// The deciding verdict.
    pub verdict: &'a str,
    /// The agent that asked, if authenticated.
    pub agent: Option<&'a str>,
    /// How the request ended: `ok`, `error` (a JSON-RPC error) or `tool_error` (a tool
    /// result with `isError: true`: the tool ran and failed).
    pub outcome: &'static str,
    /// Time from arrival to reply.
    pub total: Duration,
    /// Time spent waiting for the upstream (routing and forwarding), if it was reached.
    pub upstream: Option<Duration>,
    /// Categories of the guard's findings.
    pub findings: Vec<&'a str>,
}

/// The first `max` distinct values of a label, then `other`.
struct Bounded {
    seen: Mutex<HashSet<String>>,
    max: usize,
}

impl Bounded {
    fn new(max: usize) -> Self {
        Self {
            seen: Mutex::new(HashSet::new()),
            max,
        }
    }

    fn label(&self, value: &str) -> String {
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        if seen.contains(value) {
            return value.to_owned();
        }
        if seen.len() < self.max {
            seen.insert(value.to_owned());
            return value.to_owned();
        }
        "other".to_owned()
    }
}

/// Every metric the gateway exports, in one registry.
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    overhead: Family<TargetLabels, Histogram>,
    upstream: Family<TargetLabels, Histogram>,
    findings: Family<FindingLabels, Counter>,
    refusals: Family<RefusalLabels, Counter>,
    store_failures: Family<OnErrorLabels, Counter>,
    upstream_up: Family<ServerLabels, Gauge>,
    breaker_open: Family<ServerLabels, Gauge>,
    in_flight: Family<ServerLabels, Gauge>,
    held_tools: Family<ServerLabels, Gauge>,
    cache_hits: Family<ServerLabels, Gauge>,
    sessions: Gauge,
    audit_lag: Gauge,
    audit_failures: Counter,
    tools: Bounded,
    agents: Bounded,
    /// Held while the gauges are read and the registry encoded, so that one scrape never sees
    /// another's half-refilled per-server series.
    rendering: std::sync::Mutex<()>,
}

fn overhead_histogram() -> Histogram {
    // 25 µs .. ~100 ms: the gateway's own share of a request.
    Histogram::new([
        0.000_025, 0.000_05, 0.000_1, 0.000_25, 0.000_5, 0.001, 0.002_5, 0.005, 0.01, 0.025, 0.1,
    ])
}

fn upstream_histogram() -> Histogram {
    // 250 µs .. 60 s: upstream servers range from in-process echo to slow remote tools.
    Histogram::new([
        0.000_25, 0.001, 0.005, 0.025, 0.1, 0.25, 1.0, 2.5, 10.0, 30.0, 60.0,
    ])
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    /// An empty registry with every metric registered.
    pub fn new() -> Self {
        let mut m = Self {
            registry: Registry::with_prefix("gatehouse"),
            requests: Family::default(),
            overhead: Family::new_with_constructor(overhead_histogram),
            upstream: Family::new_with_constructor(upstream_histogram),
            findings: Family::default(),
            refusals: Family::default(),
            store_failures: Family::default(),
            upstream_up: Family::default(),
            breaker_open: Family::default(),
            in_flight: Family::default(),
            held_tools: Family::default(),
            cache_hits: Family::default(),
            sessions: Gauge::default(),
            audit_lag: Gauge::default(),
            audit_failures: Counter::default(),
            tools: Bounded::new(MAX_TOOLS),
            agents: Bounded::new(MAX_AGENTS),
            rendering: std::sync::Mutex::new(()),
        };
        m.register();
        m
    }

    fn register(&mut self) {
        let r = &mut self.registry;
        r.register(
            "requests",
            "Client requests by server, tool, method, verdict, agent and outcome",
            self.requests.clone(),
        );
        r.register(
            "gateway_overhead_seconds",
            "Time a request spent in the gateway itself (total minus upstream)",
            self.overhead.clone(),
        );
        r.register(
            "upstream_seconds",
            "Time a request waited for its upstream server",
            self.upstream.clone(),
        );
        r.register(
            "guard_findings",
            "Guard findings by category",
            self.findings.clone(),
        );
        r.register(
            "http_refusals",
            "MCP route answers with a 4xx status other than 429, by status: refusals before a request is served (401 credentials, 403 origin or scope, 404 unknown session, 400/406/413/415 bad requests) and 2026-07-28 error statuses",
            self.refusals.clone(),
        );
        r.register(
            "limit_store_failures",
            "Calls whose limits and quotas Redis could not check, by limit_redis.on_error: open (let through) or closed (refused)",
            self.store_failures.clone(),
        );
        r.register(
            "upstream_up",
            "1 when the server can take requests: any of its replicas or tenant instances connected, passing its health checks, its breaker not open (what /readyz counts)",
            self.upstream_up.clone(),
        );
        r.register(
            "breaker_open",
            "Circuit breakers of the server not closed (open or half-open): one per replica and tenant instance",
            self.breaker_open.clone(),
        );
        r.register(
            "upstream_in_flight",
            "Calls in flight to the server",
            self.in_flight.clone(),
        );
        r.register(
            "held_tools",
            "Tools held back from agents (poisoned or changed since pinned)",
            self.held_tools.clone(),
        );
        r.register(
            "result_cache_hits",
            "Tool results served from the result cache since start",
            self.cache_hits.clone(),
        );
        r.register("sessions", "Open client sessions", self.sessions.clone());
        r.register(
            "audit_write_lag",
            "Audit records accepted but not yet committed",
            self.audit_lag.clone(),
        );
        r.register(
            "audit_write_failures",
            "Audit records that could not be written (each is logged at ERROR instead)",
            self.audit_failures.clone(),
        );
    }

    /// The counter of audit records that could not be written, for the audit stage.
    pub(crate) fn audit_failures(&self) -> Counter {
        self.audit_failures.clone()
    }

    /// Count one MCP route answer with the 4xx `status` (not 429).
    pub(crate) fn refused(&self, status: u16) {
        self.refusals.get_or_create(&RefusalLabels { status }).inc();
    }

    /// Handles on the limit store failure counters, for the admission stage.
    pub(crate) fn store_failures(&self) -> crate::traffic::StoreFailures {
        let counter = |on_error: &str| {
            let labels = OnErrorLabels {
                on_error: on_error.to_owned(),
            };
            self.store_failures.get_or_create(&labels).clone()
        };
        crate::traffic::StoreFailures {
            let_through: counter("open"),
            refused: counter("closed"),
        }
    }

    /// Count one request and its timings.
    pub(crate) fn observe(&self, gateway: &Gateway, o: &Observation<'_>) {
        let upstream = (o.server)
            .and_then(|name| gateway.upstream(name, crate::replicas::Client::Tenant(None)));
        let server = match (o.server, &upstream) {
            (Some(name), Some(_)) => name.to_owned(),
            (Some(_), None) => "unknown".to_owned(),
            (None, _) => String::new(),
        };
        // Only a tool the server listed gets its own series: made-up names would fill the
        // label budget, and real tools past it would all be `other`.
        let tool = match (o.tool, &upstream) {
            (Some(tool), Some(upstream)) if lists(upstream, tool) => self.tools.label(tool),
            (Some(_), _) => "unknown".to_owned(),
            (None, _) => String::new(),
        };
        let method = if methods::is_known(o.method) {
            o.method.to_owned()
        } else {
            "other".to_owned()
        };
        let labels = RequestLabels {
            server: server.clone(),
            tool: tool.clone(),
            method,
            verdict: o.verdict.to_owned(),
            agent: o.agent.map(|a| self.agents.label(a)).unwrap_or_default(),
            outcome: o.outcome.to_owned(),
        };
        self.requests.get_or_create(&labels).inc();
        let target = TargetLabels { server, tool };
        let upstream = o.upstream.unwrap_or_default();
        let own = o.total.saturating_sub(upstream);
        self.overhead
            .get_or_create(&target)
            .observe(own.as_secs_f64());
        if let Some(upstream) = o.upstream {
            self.upstream
                .get_or_create(&target)
                .observe(upstream.as_secs_f64());
        }
        for category in &o.findings {
            let labels = FindingLabels {
                category: (*category).to_owned(),
            };
            self.findings.get_or_create(&labels).inc();
        }
    }

    /// The registry in the Prometheus/OpenMetrics text format, with the gauges read now.
    pub fn render(&self, gateway: &Gateway) -> String {
        let _rendering = self.rendering.lock().unwrap_or_else(|p| p.into_inner());
        self.read_gauges(gateway);
        let mut out = String::new();
        if let Err(error) = prometheus_client::encoding::text::encode(&mut out, &self.registry) {
            tracing::error!(%error, "cannot encode the metrics");
        }
        out
    }

    fn read_gauges(&self, gateway: &Gateway) {
        // One series per server, summed over its instances (replicas and tenants' own).
        let mut servers: std::collections::BTreeMap<String, ServerGauges> = Default::default();
        for upstream in gateway.upstreams().iter() {
            let s = upstream.snapshot();
            let g = servers.entry(s.name).or_default();
            g.up |= upstream.available();
            g.breakers_open += i64::from(s.breaker != "closed");
            g.in_flight += s.in_flight as i64;
            g.held = g.held.max(s.held_tools.len() as i64);
            g.cache_hits += s.result_cache_hits as i64;
        }
        // A server removed by a reload loses its series instead of reporting its last values.
        self.upstream_up.clear();
        self.breaker_open.clear();
        self.in_flight.clear();
        self.held_tools.clear();
        self.cache_hits.clear();
        for (server, g) in servers {
            let labels = ServerLabels { server };
            self.upstream_up.get_or_create(&labels).set(i64::from(g.up));
            self.breaker_open
                .get_or_create(&labels)
                .set(g.breakers_open);
            self.in_flight.get_or_create(&labels).set(g.in_flight);
            self.held_tools.get_or_create(&labels).set(g.held);
            self.cache_hits.get_or_create(&labels).set(g.cache_hits);
        }
        self.sessions.set(gateway.sessions().len() as i64);
        let lag = gateway.audit().map_or(0, |a| a.store().audit().lag());
        self.audit_lag.set(lag as i64);
    }
}

/// One server's gauges, summed over its instances.
#[derive(Default)]
struct ServerGauges {
    up: bool,
    breakers_open: i64,
    in_flight: i64,
    held: i64,
    cache_hits: i64,
}

/// Whether `server` is configured and listed the tool called as `qualified` (what may be
/// named in a label or a span name).
pub(crate) fn is_listed(gateway: &Gateway, server: Option<&str>, qualified: &str) -> bool {
    server
        .and_then(|name| gateway.upstream(name, crate::replicas::Client::Tenant(None)))
        .is_some_and(|upstream| lists(&upstream, qualified))
}

/// Whether `upstream` (or a replica of it) listed the tool called as `qualified`.
fn lists(upstream: &crate::upstream::Upstream, qualified: &str) -> bool {
    let tail = crate::namespace::split(qualified).map_or(qualified, |(_, tail)| tail);
    upstream.any_replica_knows(&upstream.original_tool_name(qualified, tail))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_past_the_bound_become_other() {
        let bounded = Bounded::new(2);
        assert_eq!(bounded.label("a"), "a");
        assert_eq!(bounded.label("b"), "b");
        assert_eq!(bounded.label("c"), "other");
        assert_eq!(bounded.label("a"), "a", "a seen value keeps its label");
    }
}
