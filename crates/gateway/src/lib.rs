//! The gateway proper: sessions, routing and aggregation, and the pipeline every MCP request
//! passes through between the downstream listener and an upstream server.
//!
//! Start with [`Gateway::start`], serve [`Gateway::router`] with `transport::listener::serve`,
//! and call [`Gateway::reload`] with new [`Settings`] when the config changes.
#![deny(missing_docs)]

mod admin;
mod aggregate;
mod approval;
mod audit;
mod audit_gap;
pub mod auth;
mod authorize;
mod broadcast;
mod error;
mod flows;
mod http;
mod initialize;
mod input_loop;
pub mod inspect;
mod legacy;
mod listen;
pub mod metrics;
mod modern;
mod modern_meta;
mod modern_stdio;
mod modern_upstream;
mod mrtr;
pub mod namespace;
mod param_headers;
mod pipeline;
mod relay;
mod replicas;
mod router;
mod session;
pub mod settings;
pub mod stdio;
mod stream;
pub mod telemetry;
mod tool_list;
pub mod traffic;
mod upstream;
mod upstream_listen;
mod upstream_status;
pub mod virtual_server;

use std::sync::{Arc, RwLock};
use std::time::Duration;

use tokio_util::sync::CancellationToken;

pub use admin::AdminAccess;
pub use audit::AuditStage;
pub use error::GatewayError;
pub use http::default_allowed_hosts;
pub use modern_upstream::Era;
use replicas::Client;
pub use session::Scope;
use session::SessionStore;
pub use settings::{
    FailureMode, GuardSettings, HttpSettings, ProtectionSettings, ServerSettings, Settings,
    TrafficSettings, UpstreamTransport,
};
use upstream::Upstream;
pub use upstream_status::{HeldTool, UpstreamSnapshot};

/// A running gateway. Cheap to clone: clones share everything.
#[derive(Clone)]
pub struct Gateway {
    inner: Arc<Inner>,
}

struct Inner {
    settings: RwLock<Arc<Settings>>,
    upstreams: RwLock<Arc<Vec<Arc<Upstream>>>>,
    sessions: Arc<SessionStore>,
    legacy: legacy::Pending,
    parked: mrtr::ParkedCalls,
    admission: RwLock<Arc<traffic::Admission>>,
    audit: RwLock<Option<Arc<AuditStage>>>,
    guard: RwLock<Option<Arc<inspect::GuardStage>>>,
    auth: RwLock<Option<Arc<auth::Authenticator>>>,
    metrics: metrics::Metrics,
    approvals: approval::Waiters,
    stateless_flows: flows::StatelessFlows,
    shutdown: CancellationToken,
    /// Cancelled when shutdown begins: long-lived streams end, requests in flight go on.
    closing: CancellationToken,
}

impl Gateway {
    /// Start connecting to every configured server and return the gateway.
    pub fn start(settings: Settings) -> Self {
        let sessions = Arc::new(SessionStore::default());
        sessions.set_virtual_servers(settings.virtual_servers.clone());
        sessions.set_tenant_instances(&settings.servers);
        let upstreams: Vec<_> = settings
            .servers
            .iter()
            .map(|s| Upstream::start(s.clone(), Arc::clone(&sessions)))
            .collect();
        replicas::link(&upstreams);
        let metrics = metrics::Metrics::new();
        let admission = pipeline::admission_for(None, &settings.traffic, metrics.store_failures());
        let guard = inspect::GuardStage::new(&settings.guard).map(Arc::new);
        let gateway = Gateway {
            inner: Arc::new(Inner {
                settings: RwLock::new(Arc::new(settings)),
                upstreams: RwLock::new(Arc::new(upstreams)),
                sessions,
                legacy: legacy::Pending::default(),
                parked: mrtr::ParkedCalls::default(),
                admission: RwLock::new(admission),
                audit: RwLock::default(),
                guard: RwLock::new(guard),
                auth: RwLock::default(),
                metrics,
                approvals: approval::Waiters::default(),
                stateless_flows: flows::StatelessFlows::default(),
                shutdown: CancellationToken::new(),
                closing: CancellationToken::new(),
            }),
        };
        tokio::spawn(gateway.clone().expire_sessions());
        gateway
    }

    /// The gateway's Prometheus metrics.
    pub fn metrics(&self) -> &metrics::Metrics {
        &self.inner.metrics
    }

    /// The trifecta states of stateless (2026-07-28) callers.
    pub(crate) fn stateless_flows(&self) -> &flows::StatelessFlows {
        &self.inner.stateless_flows
    }

    /// Calls waiting for a human's decision.
    pub(crate) fn approvals(&self) -> &approval::Waiters {
        &self.inner.approvals
    }

    /// The admin listener's router (`/metrics`, `/healthz`, `/admin/...`); `access` says who
    /// may use `/admin/...`.
    pub fn admin_router(&self, access: AdminAccess) -> axum::Router {
        admin::routes(self.clone(), access)
    }

    /// A snapshot of every upstream server.
    pub fn upstream_snapshots(&self) -> Vec<UpstreamSnapshot> {
        self.upstreams().iter().map(|u| u.snapshot()).collect()
    }

    /// The axum router serving `/mcp`, `/mcp/{server}`, `/mcp/v/{name}` and `/healthz`.
    pub fn router(&self) -> axum::Router {
        http::routes(self.clone())
    }

    /// Apply new settings. Servers whose connection settings are unchanged keep running (and
    /// keep their sessions); changed ones are restarted; removed ones are stopped.
    pub async fn reload(&self, settings: Settings) {
        let old = self.upstreams();
        let mut next = Vec::with_capacity(settings.servers.len());
        for server in &settings.servers {
            let same = old.iter().find(|u| {
                u.name() == server.name
                    && u.settings.tenant == server.tenant
                    && u.settings.replica == server.replica
                    && u.settings.balancing == server.balancing
                    && u.settings.connection_key() == server.connection_key()
            });
            match same {
                Some(u) => {
                    u.set_protection(&server.protection);
                    u.retune(server);
                    next.push(Arc::clone(u))
                }
                _ => next.push(Upstream::start(
                    server.clone(),
                    Arc::clone(&self.inner.sessions),
                )),
            }
        }
        let retired: Vec<_> = old
            .iter()
            .filter(|u| !next.iter().any(|n| Arc::ptr_eq(n, u)))
            .cloned()
            .collect();
        // Servers added, removed or started anew: their clients are told to list again.
        let mut changed: Vec<String> = (next.iter())
            .filter(|n| !old.iter().any(|u| Arc::ptr_eq(n, u)))
            .chain(retired.iter())
            .map(|u| u.name().to_owned())
            .collect();
        changed.sort();
        changed.dedup();
        self.inner.sessions.set_tenant_instances(&settings.servers);
        replicas::link(&next);
        *self
            .inner
            .upstreams
            .write()
            .unwrap_or_else(|p| p.into_inner()) = Arc::new(next);
        let admission = pipeline::admission_for(
            Some(&self.admission()),
            &settings.traffic,
            self.metrics().store_failures(),
        );
        *self.inner.guard.write().unwrap_or_else(|p| p.into_inner()) =
            inspect::GuardStage::new(&settings.guard).map(Arc::new);
        let reviews = inspect::reviews_changed(&self.settings().guard, &settings.guard);
        let virtuals = (settings.virtual_servers).changed_from(&self.settings().virtual_servers);
        (self.inner.sessions).set_virtual_servers(settings.virtual_servers.clone());
        *self
            .inner
            .admission
            .write()
            .unwrap_or_else(|p| p.into_inner()) = admission;
        *self
            .inner
            .settings
            .write()
            .unwrap_or_else(|p| p.into_inner()) = Arc::new(settings);
        for upstream in retired {
            // An idle one is stopped before the reload returns; one still serving calls is
            // stopped once they are answered.
            let stopped = self.inner.shutdown.clone();
            if upstream.in_flight() == 0 {
                upstream.drain_then_stop(stopped).await;
            } else {
                tokio::spawn(async move { upstream.drain_then_stop(stopped).await });
            }
        }
        broadcast::virtual_servers_changed(&self.inner.sessions, &virtuals);
        broadcast::servers_changed(&self.inner.sessions, &changed);
        for server in reviews {
            // A reviewed definition is listed again (or, review withdrawn, held back again)
            // at the next tools/list: tell the server's clients to ask.
            for upstream in self.instances(&server) {
                broadcast::tools_changed(&upstream).await;
            }
        }
    }

    /// Wait until every server has finished its first connection attempt, or `timeout`
    /// passes; returns how many are up. Servers already known to be down are not waited for.
    pub async fn wait_ready(&self, timeout: Duration) -> usize {
        let upstreams = self.upstreams();
        let waits = upstreams.iter().map(|u| u.first_attempt(timeout));
        futures::future::join_all(waits)
            .await
            .into_iter()
            .filter(|up| *up)
            .count()
    }

    /// Begin shutting down: the streams a client keeps open (a session's GET stream, a legacy
    /// SSE stream once its requests are answered, `subscriptions/listen`) end now, so that the
    /// HTTP server's graceful shutdown is not held by them; requests in flight go on, and a
    /// server whose connection ends is not reconnected.
    pub fn begin_shutdown(&self) {
        self.inner.closing.cancel();
        for upstream in self.upstreams().iter() {
            upstream.stop_reconnecting();
        }
    }

    /// The shutdown grace is over: every request still in flight is cut now, its server told
    /// (`notifications/cancelled`) and its client answered -32001 "the gateway is shutting
    /// down", rather than left to a dropped connection. Call after [`Gateway::begin_shutdown`].
    pub fn cancel_in_flight(&self) {
        self.inner.sessions.cancel_all_in_flight();
    }

    /// Cancelled when shutdown begins ([`Gateway::begin_shutdown`]).
    pub(crate) fn closing(&self) -> CancellationToken {
        self.inner.closing.clone()
    }

    /// `stream`, ended when shutdown begins.
    pub(crate) fn until_closing<S: futures::Stream>(
        &self,
        stream: S,
    ) -> impl futures::Stream<Item = S::Item> + use<S> {
        use futures::StreamExt;
        stream.take_until(self.inner.closing.clone().cancelled_owned())
    }

    /// Stop every upstream (children are killed, HTTP sessions deleted).
    pub async fn shutdown(&self) {
        self.inner.closing.cancel();
        self.inner.shutdown.cancel();
        for upstream in self.upstreams().iter() {
            upstream.stop().await;
        }
    }

    /// The current settings.
    pub fn settings(&self) -> Arc<Settings> {
        Arc::clone(
            &self
                .inner
                .settings
                .read()
                .unwrap_or_else(|p| p.into_inner()),
        )
    }

    /// Names of the configured servers and whether each is connected: any replica of its
    /// default instance (a tenant's own instance is shown on `/admin/servers` only, so
    /// `/healthz` names no tenant).
    pub fn server_status(&self) -> Vec<(String, bool)> {
        let mut status: Vec<(String, bool)> = Vec::new();
        for u in self
            .upstreams()
            .iter()
            .filter(|u| u.settings.tenant.is_none())
        {
            // Up: connected, passing its health checks and its breaker not open (an HTTP
            // server that died after `initialize` keeps its connection state until a request
            // fails; its breaker says so).
            let up = u.available();
            match status.iter_mut().find(|(name, _)| name == u.name()) {
                Some((_, any)) => *any |= up,
                None => status.push((u.name().to_owned(), up)),
            }
        }
        status
    }

    pub(crate) fn upstreams(&self) -> Arc<Vec<Arc<Upstream>>> {
        Arc::clone(
            &self
                .inner
                .upstreams
                .read()
                .unwrap_or_else(|p| p.into_inner()),
        )
    }

    /// The instance of server `name` that serves `client`: of its tenant's instances (the
    /// tenant's own when `servers.NAME.tenants` gives it one, else the default), the replica
    /// [`replicas::pick`] chooses.
    pub(crate) fn upstream(&self, name: &str, client: Client<'_>) -> Option<Arc<Upstream>> {
        let instance = self.inner.sessions.instance_for(name, client.tenant());
        let all = self.upstreams();
        let mut group =
            (all.iter()).filter(|u| u.name() == name && u.settings.tenant.as_deref() == instance);
        let first = group.next()?;
        let Some(second) = group.next() else {
            return Some(Arc::clone(first)); // no replicas: nothing to choose
        };
        let replicas: Vec<Arc<Upstream>> =
            [first, second].into_iter().chain(group).cloned().collect();
        replicas::pick(&replicas, client)
    }

    /// Every instance of server `name` (the default one and each tenant's).
    pub(crate) fn instances(&self, name: &str) -> Vec<Arc<Upstream>> {
        (self.upstreams().iter())
            .filter(|u| u.name() == name)
            .cloned()
            .collect()
    }

    /// Whether `scope` names something configured: always for the aggregate, else the server
    /// or the virtual server must exist.
    pub fn scope_exists(&self, scope: &Scope) -> bool {
        match scope {
            Scope::Aggregate => true,
            Scope::Server(name) => self.upstream(name, Client::Tenant(None)).is_some(),
            Scope::Virtual(name) => self.settings().virtual_servers.contains(name),
        }
    }

    /// The upstreams `scope` includes, each as the instance that serves `client`.
    pub(crate) fn upstreams_in(&self, scope: &Scope, client: Client<'_>) -> Vec<Arc<Upstream>> {
        let virtuals = self.settings().virtual_servers.clone();
        let all = self.upstreams();
        let mut names: Vec<&str> = (all.iter())
            .map(|u| u.name())
            .filter(|name| scope.includes(name, &virtuals))
            .collect();
        let mut seen = std::collections::HashSet::new();
        names.retain(|name| seen.insert(*name));
        (names.into_iter())
            .filter_map(|name| self.upstream(name, client))
            .collect()
    }

    /// The upstream (the instance serving `client`) and original name behind a qualified
    /// tool name.
    pub(crate) fn resolve_tool(
        &self,
        qualified: &str,
        client: Client<'_>,
    ) -> Option<(Arc<Upstream>, String)> {
        let (server, tail) = namespace::split(qualified)?;
        let upstream = self.upstream(server, client)?;
        let original = upstream.original_tool_name(qualified, tail);
        Some((upstream, original))
    }

    pub(crate) fn sessions(&self) -> &SessionStore {
        &self.inner.sessions
    }

    /// End a session: cancel its calls, close its streams, and release its resource
    /// subscriptions (the last subscriber's departure unsubscribes upstream).
    pub(crate) fn end_session(&self, id: &str) -> bool {
        let Some(session) = self.inner.sessions.remove(id) else {
            return false;
        };
        let subscriptions: Vec<String> = session::lock(&session.subscriptions).drain().collect();
        for seen_as in subscriptions {
            let target = match &session.scope {
                Scope::Aggregate => namespace::split_uri(&seen_as)
                    .map(|(server, uri)| (server.to_owned(), uri.to_owned())),
                Scope::Server(server) => Some((server.clone(), seen_as)),
                Scope::Virtual(_) => None,
            };
            if let Some((server, uri)) = target
                && let Some(upstream) = self.upstream(&server, Client::Session(&session))
            {
                upstream.release_subscription(uri);
            }
        }
        true
    }

    /// Record every request in `store`'s audit log from now on (`None`: stop auditing).
    /// With `fail_closed`, requests are refused while the log cannot be written.
    pub fn set_audit(&self, store: Option<store::Store>, fail_closed: bool) {
        let failures = self.metrics().audit_failures();
        let stage = store.map(|s| Arc::new(AuditStage::new(s, fail_closed, failures)));
        *self.inner.audit.write().unwrap_or_else(|p| p.into_inner()) = stage;
    }

    /// Flush and close the audit log (at shutdown).
    pub async fn close_audit(&self) {
        if let Some(audit) = self.audit() {
            audit.store().close().await;
        }
    }

    pub(crate) fn audit(&self) -> Option<Arc<AuditStage>> {
        self.inner
            .audit
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Authenticate every MCP request with `auth` from now on (`None`: no authentication);
    /// read per request, so a reload can replace it.
    pub fn set_auth(&self, auth: Option<Arc<auth::Authenticator>>) {
        *self.inner.auth.write().unwrap_or_else(|p| p.into_inner()) = auth;
    }

    /// The settings clients are authenticated with (`None`: no authentication).
    pub fn auth_settings(&self) -> Option<auth::AuthSettings> {
        self.auth().map(|a| a.settings().clone())
    }

    pub(crate) fn auth(&self) -> Option<Arc<auth::Authenticator>> {
        self.inner
            .auth
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// The guard stage, when the guard is on.
    pub(crate) fn guard(&self) -> Option<Arc<inspect::GuardStage>> {
        self.inner
            .guard
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// The compiled rate limits and quotas.
    pub(crate) fn admission(&self) -> Arc<traffic::Admission> {
        Arc::clone(
            &self
                .inner
                .admission
                .read()
                .unwrap_or_else(|p| p.into_inner()),
        )
    }

    pub(crate) fn parked(&self) -> &mrtr::ParkedCalls {
        &self.inner.parked
    }

    pub(crate) fn legacy(&self) -> &legacy::Pending {
        &self.inner.legacy
    }

    async fn expire_sessions(self) {
        let mut tick = tokio::time::interval(Duration::from_secs(30));
        loop {
            tokio::select! {
                _ = tick.tick() => {}
                _ = self.inner.shutdown.cancelled() => return,
            }
            self.admission().housekeeping();
            let idle = self.settings().http.session_idle_timeout;
            let stale = self.inner.sessions.idle(idle);
            for id in &stale {
                self.end_session(id);
            }
            if !stale.is_empty() {
                tracing::info!(ended = stale.len(), "idle sessions expired");
            }
        }
    }
}
