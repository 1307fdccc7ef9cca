//! Replicas of one server (`urls: [...]` for HTTP, `replicas: N` for stdio): each replica is an
//! [`Upstream`] of its own — its own connection, upstream session, circuit breaker and
//! concurrency cap — sharing the server's name and tenant. This module picks the replica that
//! serves a request (session affinity, then fewest requests in flight among the available
//! ones), health-checks replicas with `ping`, and finds a failover replica for a retry.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use protocol::{Message, methods};

use crate::session::Session;
use crate::traffic::BreakerState;
use crate::upstream::Upstream;

/// Who a server instance is picked for.
#[derive(Clone, Copy)]
pub(crate) enum Client<'a> {
    /// A client session: its tenant's instance, and the replica it keeps to.
    Session(&'a Session),
    /// A caller without a session (`initialize`, 2026-07-28 `server/discover`): its tenant's
    /// instance, the least busy replica.
    Tenant(Option<&'a str>),
}

impl<'a> Client<'a> {
    /// The caller's tenant.
    pub fn tenant(&self) -> Option<&'a str> {
        match self {
            Client::Session(session) => session.tenant(),
            Client::Tenant(tenant) => *tenant,
        }
    }
}

impl Upstream {
    /// Whether requests should go to this replica: connected, passing its health checks, and
    /// its circuit breaker not open.
    pub(crate) fn available(&self) -> bool {
        self.current().is_some()
            && self.healthy.load(Ordering::Acquire)
            && self.protection().breaker.state() != BreakerState::Open
    }

    /// Whether this replica or another of the same server and tenant has seen `tool` listed
    /// (a listing that failed over learned it on the replica that answered).
    pub(crate) fn any_replica_knows(&self, tool: &str) -> bool {
        self.facts_of_any_replica(tool).is_some()
    }

    /// What this replica, or else another of the same server and tenant, learned of `tool`
    /// from a list: replicas serve the same tools, and a replica whose lists failed knows
    /// nothing of its own.
    pub(crate) fn facts_of_any_replica(
        &self,
        tool: &str,
    ) -> Option<Arc<crate::upstream::ToolFacts>> {
        if let Some(facts) = self.tool_facts(tool) {
            return Some(facts);
        }
        let siblings = self.siblings.read().unwrap_or_else(|p| p.into_inner());
        (siblings.iter())
            .filter_map(std::sync::Weak::upgrade)
            .find_map(|u| u.tool_facts(tool))
    }

    /// Another available replica of the same server and tenant, the least busy, for a retry.
    pub(crate) fn failover(&self) -> Option<Arc<Upstream>> {
        let siblings = self.siblings.read().unwrap_or_else(|p| p.into_inner());
        (siblings.iter())
            .filter_map(std::sync::Weak::upgrade)
            .filter(|u| u.available())
            .min_by_key(|u| u.in_flight())
    }
}

/// The replica of `group` (every replica of one server for one tenant, in replica order) that
/// serves `client`: the one its session keeps to while that one is available, else the
/// available replica with the fewest requests in flight (remembered for the session), else
/// the first (whose error then tells the client what is wrong).
pub(crate) fn pick(group: &[Arc<Upstream>], client: Client<'_>) -> Option<Arc<Upstream>> {
    let first = group.first()?;
    if group.len() == 1 {
        return Some(Arc::clone(first));
    }
    let session = match client {
        Client::Session(s) if first.settings.balancing.session_affinity => Some(s),
        _ => None,
    };
    let name = first.name();
    if let Some(session) = session {
        let kept = crate::session::lock(&session.affinity).get(name).copied();
        if let Some(kept) = kept.and_then(|r| group.iter().find(|u| u.settings.replica == r))
            && kept.available()
        {
            return Some(Arc::clone(kept));
        }
    }
    let chosen = least_busy(group).unwrap_or_else(|| Arc::clone(first));
    if let Some(session) = session {
        crate::session::lock(&session.affinity).insert(name.to_owned(), chosen.settings.replica);
    }
    Some(chosen)
}

/// The available replica with the fewest requests in flight; ties go to a random one, so
/// idle replicas share the load.
fn least_busy(group: &[Arc<Upstream>]) -> Option<Arc<Upstream>> {
    let available: Vec<&Arc<Upstream>> = group.iter().filter(|u| u.available()).collect();
    let fewest = available.iter().map(|u| u.in_flight()).min()?;
    let idle: Vec<&&Arc<Upstream>> = (available.iter())
        .filter(|u| u.in_flight() == fewest)
        .collect();
    let index = rand::random_range(0..idle.len());
    Some(Arc::clone(idle[index]))
}

/// Ping the replica every `interval` while it is connected; a ping that fails or takes longer
/// than `balancing.health_timeout` marks it unhealthy until one succeeds again.
pub(crate) async fn check_health(upstream: Arc<Upstream>, interval: Duration) {
    let stopped = upstream.stopped();
    let mut tick = tokio::time::interval(interval);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = tick.tick() => {}
            _ = stopped.cancelled() => return,
        }
        let Some(live) = upstream.current() else {
            continue;
        };
        let timeout = upstream.settings.balancing.health_timeout;
        let healthy = matches!(tokio::time::timeout(timeout, ping(&live)).await, Ok(true));
        let was = upstream.healthy.swap(healthy, Ordering::AcqRel);
        if was != healthy {
            let replica = upstream.settings.replica;
            match healthy {
                true => tracing::info!(server = %upstream.name(), replica, "replica healthy again"),
                false => {
                    tracing::warn!(server = %upstream.name(), replica, "replica failed its health check")
                }
            }
        }
    }
}

/// Whether the server answers `ping` (a modern one: `server/discover`) with a result.
async fn ping(live: &crate::upstream::Live) -> bool {
    let conn = &live.conn;
    // 2026-07-28 has no `ping`: a modern server is asked `server/discover` instead.
    let (method, params) = if live.info.is_modern() {
        let caps = crate::session::ClientCapabilities::default();
        let params = crate::modern_upstream::stamp(None, &caps, None);
        (methods::SERVER_DISCOVER, Some(params))
    } else {
        (methods::PING, None)
    };
    let headers = http::HeaderMap::new();
    let Ok(mut call) = conn.call(conn.reserve_id(), method, params, headers).await else {
        return false;
    };
    loop {
        match call.next().await {
            Some(Message::Response(r)) => return matches!(r.outcome, protocol::Outcome::Result(_)),
            Some(_) => continue,
            None => return false,
        }
    }
}

/// Tell every upstream which others are replicas of the same server and tenant.
pub(crate) fn link(upstreams: &[Arc<Upstream>]) {
    for upstream in upstreams {
        let siblings = (upstreams.iter())
            .filter(|u| !Arc::ptr_eq(u, upstream))
            .filter(|u| {
                u.name() == upstream.name() && u.settings.tenant == upstream.settings.tenant
            })
            .map(Arc::downgrade)
            .collect();
        *upstream.siblings.write().unwrap_or_else(|p| p.into_inner()) = siblings;
    }
}
