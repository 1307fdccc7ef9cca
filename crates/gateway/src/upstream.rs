//! One upstream server: its connection's life cycle (connect, `initialize`, restart with backoff)
//! and the tables that route its messages back to the right client session.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use protocol::{Message, Notification, Outcome, RawObject, Response, methods, raw_json};
use serde_json::value::RawValue;
use tokio::sync::{mpsc, watch};
use tokio_util::sync::CancellationToken;
use transport::upstream::{Connection, HttpConnection, LegacySseConnection, StdioConnection};

use crate::error::GatewayError;
pub use crate::modern_upstream::Era;
use crate::relay::{ActiveCall, ProgressRoute};
use crate::session::SessionStore;
use crate::settings::{ProtectionSettings, ServerSettings, UpstreamEra, UpstreamTransport};
use crate::traffic::Protection;

/// What the server said in its `InitializeResult` (or, for a modern server, its
/// `DiscoverResult`, shaped as an `InitializeResult`).
#[derive(Debug)]
pub struct ServerInfo {
    /// The whole result, raw.
    pub result: Box<RawValue>,
    /// `capabilities`, parsed.
    pub capabilities: serde_json::Value,
    /// `instructions`, if any.
    pub instructions: Option<String>,
    /// The protocol version the server chose.
    pub protocol_version: String,
    /// The era the gateway speaks to the server in.
    pub era: Era,
}

impl ServerInfo {
    /// Whether the server declared a capability (e.g. `tools`, `logging`).
    pub fn has(&self, capability: &str) -> bool {
        self.capabilities.get(capability).is_some()
    }

    /// Whether the server is spoken to in the stateless 2026-07-28 era.
    pub fn is_modern(&self) -> bool {
        self.era == Era::Modern
    }
}

/// A connected and initialized upstream session.
pub struct Live {
    /// The connection.
    pub conn: Connection,
    /// What the server declared at initialization.
    pub info: ServerInfo,
    /// Whether the loss of this connection was counted by the breaker (once, by the first
    /// call it failed: [`Live::first_to_see_it_lost`]).
    loss_counted: std::sync::atomic::AtomicBool,
    /// Whether the server has answered a request relayed on this connection. Until it has, a
    /// request it sends belongs to its own start-up (server-filesystem asks for roots once
    /// initialized), not to whichever call happens to be in flight.
    answered: std::sync::atomic::AtomicBool,
}

impl Live {
    /// `true` for the first call that sees this connection lost under it, and only for it.
    pub(crate) fn first_to_see_it_lost(&self) -> bool {
        !self.loss_counted.swap(true, Ordering::AcqRel)
    }

    /// The server answered a relayed request.
    pub(crate) fn mark_answered(&self) {
        self.answered.store(true, Ordering::Release);
    }

    /// Whether the server has answered a relayed request on this connection yet.
    pub(crate) fn has_answered(&self) -> bool {
        self.answered.load(Ordering::Acquire)
    }
}

/// An upstream server and the routing state of its in-flight exchanges.
pub struct Upstream {
    /// The server's settings as it was started with them. `timeout` and `failure_mode` change
    /// at a reload without a restart: read [`Upstream::request_timeout`] and
    /// [`Upstream::failure_mode`].
    pub settings: ServerSettings,
    /// `timeout` in milliseconds, as the last reload set it.
    request_timeout_ms: AtomicU64,
    /// `failure_mode: open`, as the last reload set it.
    fails_open: std::sync::atomic::AtomicBool,
    live: RwLock<Option<Arc<Live>>>,
    ready: watch::Sender<Option<Down>>,
    pub(crate) sessions: Arc<SessionStore>,
    pub(crate) active: Mutex<HashMap<u64, ActiveCall>>,
    pub(crate) progress: Mutex<HashMap<String, ProgressRoute>>,
    pub(crate) tool_names: RwLock<HashMap<String, String>>,
    pub(crate) subscriptions: Mutex<HashMap<String, usize>>,
    /// Signalled when a resource URI gains its first or loses its last subscriber (a modern
    /// server's listen filter follows the set: `crate::upstream_listen`).
    pub(crate) subscriptions_changed: tokio::sync::Notify,
    /// What the server's last tool lists said of each tool, by original name.
    tools: RwLock<HashMap<String, Arc<ToolFacts>>>,
    /// The guard's last screening of each tool: (definition hash, findings).
    screenings: Mutex<HashMap<String, (String, Vec<guard::Finding>)>>,
    /// Tools held back from agents (poisoned, or changed since pinned), with the reason.
    held: RwLock<HashMap<String, (String, guard::Category)>>,
    /// Taken while the guard lists the server's tools for a call to a tool it has not seen
    /// listed (`crate::inspect`), so that concurrent such calls share one listing.
    pub(crate) listing: tokio::sync::Mutex<()>,
    /// What the guard's last complete listing knows (see [`ToolListing`]).
    tool_listing: Mutex<ToolListing>,
    protection: RwLock<Arc<Protection>>,
    active_seq: AtomicU64,
    /// Connection attempts finished (successful or not).
    attempts: AtomicU64,
    /// The era of the last live connection: what a request assumes while the server is
    /// reconnecting (its era is not re-detected until it is back).
    was_modern: std::sync::atomic::AtomicBool,
    /// The last health check's verdict (`true` until one fails; see `crate::replicas`).
    pub(crate) healthy: std::sync::atomic::AtomicBool,
    /// The other replicas of the same server and tenant, for failover.
    pub(crate) siblings: RwLock<Vec<std::sync::Weak<Upstream>>>,
    shutdown: CancellationToken,
    /// The gateway is shutting down: a lost connection is not made again (an orchestrator's
    /// SIGTERM to the whole process group ends the children too).
    closing: std::sync::atomic::AtomicBool,
}

/// The guard's complete listings of a server's tools (`crate::inspect::unlisted`).
#[derive(Debug, Default)]
struct ToolListing {
    /// When the last complete listing finished.
    complete_at: Option<std::time::Instant>,
    /// The server said its tools changed after it (`notifications/tools/list_changed`): the
    /// definitions the gateway knows may be stale, so the next call lists them again.
    stale: bool,
}

const MAX_BACKOFF: Duration = Duration::from_secs(30);
const INBOUND_CAPACITY: usize = 1024;
/// How often a retired upstream looks whether its last call in flight has its answer.
const DRAIN_POLL: Duration = Duration::from_millis(50);

impl Upstream {
    /// Create the upstream and start connecting in the background.
    pub fn start(settings: ServerSettings, sessions: Arc<SessionStore>) -> Arc<Self> {
        let (ready, _) = watch::channel(None);
        let upstream = Arc::new(Self {
            settings: settings.clone(),
            request_timeout_ms: AtomicU64::new(millis(settings.request_timeout)),
            fails_open: std::sync::atomic::AtomicBool::new(
                settings.failure_mode == crate::settings::FailureMode::Open,
            ),
            live: RwLock::new(None),
            ready,
            sessions,
            active: Mutex::default(),
            listing: tokio::sync::Mutex::new(()),
            tool_listing: Mutex::default(),
            progress: Mutex::default(),
            tool_names: RwLock::default(),
            subscriptions: Mutex::default(),
            subscriptions_changed: tokio::sync::Notify::new(),
            tools: RwLock::default(),
            screenings: Mutex::default(),
            held: RwLock::default(),
            protection: RwLock::new(Arc::new(Protection::new(&settings.protection))),
            active_seq: AtomicU64::new(0),
            attempts: AtomicU64::new(0),
            was_modern: std::sync::atomic::AtomicBool::new(false),
            healthy: std::sync::atomic::AtomicBool::new(true),
            siblings: RwLock::default(),
            shutdown: CancellationToken::new(),
            closing: std::sync::atomic::AtomicBool::new(false),
        });
        tokio::spawn(Arc::clone(&upstream).supervise());
        if let Some(interval) = settings.balancing.health_interval {
            tokio::spawn(crate::replicas::check_health(
                Arc::clone(&upstream),
                interval,
            ));
        }
        upstream
    }

    /// The client sessions this instance serves: in scope of the server, and of the tenant
    /// this instance is for (the default instance: of every tenant without its own).
    pub fn sessions_served(&self) -> Vec<Arc<crate::session::Session>> {
        (self.sessions).served_by(self.name(), self.settings.tenant.as_deref())
    }

    /// The server's name.
    pub fn name(&self) -> &str {
        &self.settings.name
    }

    /// The live connection, waiting up to `wait` for one while the server is starting for the
    /// first time or restarting after a lost connection. A server whose last attempt failed
    /// answers at once: otherwise every call (and every aggregate list, which asks each
    /// server) would wait the whole `wait` again for a server that cannot start.
    pub async fn live(&self, wait: Duration) -> Result<Arc<Live>, GatewayError> {
        if let Some(live) = self.current() {
            return Ok(live);
        }
        let mut rx = self.ready.subscribe();
        let settled = |down: &Option<Down>| {
            self.current().is_some() || matches!(down, Some(Down::Failed(_) | Down::Rejected(_)))
        };
        let _ = tokio::time::timeout(wait, rx.wait_for(settled)).await;
        if let Some(live) = self.current() {
            return Ok(live);
        }
        let down = rx.borrow().clone();
        Err(match down {
            Some(Down::Rejected(status)) => GatewayError::UpstreamRejected {
                server: self.name().to_owned(),
                status,
            },
            Some(Down::Failed(reason) | Down::Lost(reason)) => self.unavailable(reason),
            None => self.unavailable("not connected"),
        })
    }

    /// Wait up to `wait` until the current connection, if it has closed, is gone (the
    /// supervisor connects anew): a request sent right after its server ended the session
    /// would otherwise meet the closed connection again.
    pub(crate) async fn past_closed_connection(&self, wait: Duration) {
        let deadline = tokio::time::Instant::now() + wait;
        while let Some(live) = self.current()
            && live.conn.closed().is_cancelled()
            && tokio::time::Instant::now() < deadline
        {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// Wait up to `wait` for the first connection attempt to finish; `true` if connected.
    /// A server that has already failed once is not waited for again.
    pub async fn first_attempt(&self, wait: Duration) -> bool {
        let mut rx = self.ready.subscribe();
        let done = |_: &Option<Down>| self.attempts.load(Ordering::Acquire) > 0;
        let _ = tokio::time::timeout(wait, rx.wait_for(done)).await;
        self.current().is_some()
    }

    /// The live connection, if any, without waiting.
    pub fn current(&self) -> Option<Arc<Live>> {
        self.live.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Send a notification or response upstream (best effort; failures are logged).
    pub async fn send(&self, message: Message) {
        let Some(live) = self.current() else {
            tracing::debug!(server = %self.name(), "dropping message for a disconnected server");
            return;
        };
        // No client-to-server notification exists on the stateless HTTP wire (cancellation is
        // dropping the POST), and a modern server sends no requests to answer; over stdio, a
        // request is cancelled with `notifications/cancelled` in both eras.
        let cancel_over_stdio = matches!(live.conn, Connection::Stdio(_))
            && matches!(&message, Message::Notification(n) if n.method == methods::CANCELLED);
        if live.info.is_modern() && !cancel_over_stdio {
            tracing::debug!(server = %self.name(), "not sending a message to a modern server");
            return;
        }
        if let Err(e) = live.conn.send(message).await {
            tracing::warn!(server = %self.name(), error = %e, "cannot send to upstream");
        }
    }

    /// An "unavailable" error naming this server.
    pub fn unavailable(&self, reason: impl Into<String>) -> GatewayError {
        GatewayError::UpstreamUnavailable {
            server: self.name().to_owned(),
            reason: reason.into(),
        }
    }

    /// A sequence number ordering active calls by start.
    pub(crate) fn next_active_seq(&self) -> u64 {
        self.active_seq.fetch_add(1, Ordering::Relaxed)
    }

    /// Whether the server speaks 2026-07-28, as its current connection (or, while it
    /// reconnects, its last one) said. Never waits.
    pub(crate) fn speaks_modern(&self) -> bool {
        match self.current() {
            Some(live) => live.info.is_modern(),
            None => self.was_modern.load(Ordering::Acquire),
        }
    }

    /// Cancelled when the upstream is stopped.
    pub(crate) fn stopped(&self) -> CancellationToken {
        self.shutdown.clone()
    }

    /// Stop the supervisor and end the upstream session.
    pub async fn stop(&self) {
        self.shutdown.cancel();
        let live = self.live.write().unwrap_or_else(|p| p.into_inner()).take();
        if let Some(live) = live {
            live.conn.shutdown().await;
        }
    }

    /// The gateway is shutting down: the connection serves what is in flight, and is not made
    /// again once lost.
    pub(crate) fn stop_reconnecting(&self) {
        self.closing.store(true, Ordering::Release);
    }

    /// Whether the gateway is shutting down ([`Upstream::stop_reconnecting`]).
    pub(crate) fn is_closing(&self) -> bool {
        self.closing.load(Ordering::Acquire)
    }

    /// Stop once the calls in flight have their answers: each is bounded by the server's
    /// `timeout`, and so is the wait. `gateway_stopped` ends the wait at once (the gateway is
    /// shutting down). Used for a server a reload removed or replaced: new requests already go
    /// to its successor, and a call it was serving still gets its answer.
    pub(crate) async fn drain_then_stop(&self, gateway_stopped: CancellationToken) {
        let calls = self.in_flight();
        if calls > 0 {
            tracing::info!(server = %self.name(), calls, "server removed or changed; its calls in flight finish before the old connection stops");
            let deadline = tokio::time::Instant::now() + self.request_timeout();
            while self.in_flight() > 0 && tokio::time::Instant::now() < deadline {
                tokio::select! {
                    _ = tokio::time::sleep(DRAIN_POLL) => {}
                    _ = gateway_stopped.cancelled() => break,
                    _ = self.shutdown.cancelled() => break,
                }
            }
        }
        tracing::info!(server = %self.name(), "server removed or changed; stopping the old connection");
        self.stop().await;
    }

    /// Connect, initialize, wait for the connection to die, back off, repeat.
    async fn supervise(self: Arc<Self>) {
        let mut backoff = Duration::from_millis(250);
        // Whether clients may have listed without this server, or with what it offered
        // before: after a lost connection, or a failed first attempt (an aggregate lists
        // without a server that is down). Its next connection tells them to list again.
        let mut announce = false;
        while !self.shutdown.is_cancelled() {
            let started = tokio::time::Instant::now();
            match self.connect().await {
                Ok(live) => {
                    let closed = live.conn.closed();
                    if live.info.is_modern() {
                        let (upstream, live) = (Arc::clone(&self), Arc::clone(&live));
                        tokio::spawn(crate::upstream_listen::hold(upstream, live));
                    }
                    self.set_live(Some(live), None);
                    if std::mem::replace(&mut announce, true) {
                        crate::broadcast::restarted(&self).await;
                    }
                    tokio::select! {
                        _ = closed.cancelled() => {}
                        _ = self.shutdown.cancelled() => return,
                    }
                    if self.shutdown.is_cancelled() {
                        // Stopped on purpose (a reload removed or replaced it): the connection
                        // ended because of it, not lost.
                        return;
                    }
                    if self.closing.load(Ordering::Acquire) {
                        tracing::info!(server = %self.name(), "upstream connection ended during shutdown; not reconnecting");
                        self.set_live(
                            None,
                            Some(Down::Failed("the gateway is shutting down".into())),
                        );
                        return;
                    }
                    if started.elapsed() > Duration::from_secs(60) {
                        backoff = Duration::from_millis(250);
                    }
                    tracing::warn!(server = %self.name(), retry_in = ?backoff, "upstream connection lost; reconnecting");
                    self.set_live(None, Some(Down::after_loss(backoff)));
                }
                Err(reason) => {
                    announce = true;
                    tracing::warn!(server = %self.name(), %reason, retry_in = ?backoff, "cannot connect to upstream");
                    self.set_live(None, Some(reason));
                }
            }
            tokio::select! {
                _ = tokio::time::sleep(backoff) => {}
                _ = self.shutdown.cancelled() => return,
            }
            backoff = (backoff * 2).min(MAX_BACKOFF);
        }
    }

    fn set_live(&self, live: Option<Arc<Live>>, reason: Option<Down>) {
        if let Some(live) = &live {
            // A (re)started server may offer other tools than the one before.
            self.protection().lists.clear();
            self.was_modern
                .store(live.info.is_modern(), Ordering::Release);
        }
        *self.live.write().unwrap_or_else(|p| p.into_inner()) = live;
        self.attempts.fetch_add(1, Ordering::AcqRel);
        self.ready.send_replace(reason);
    }

    async fn connect(self: &Arc<Self>) -> Result<Arc<Live>, Down> {
        let (tx, rx) = mpsc::channel(INBOUND_CAPACITY);
        let conn = match &self.settings.transport {
            UpstreamTransport::Stdio(spec) => {
                Connection::Stdio(StdioConnection::spawn(spec, tx).map_err(|e| e.to_string())?)
            }
            UpstreamTransport::Http(spec) => {
                Connection::Http(HttpConnection::new(spec.clone(), tx).map_err(|e| e.to_string())?)
            }
            UpstreamTransport::LegacySse(spec) => Connection::LegacySse(
                LegacySseConnection::connect(spec.clone(), tx).map_err(|e| e.to_string())?,
            ),
        };
        let era = self.settings.era;
        let handshake = handshake(&conn, era, &self.settings);
        let info = match tokio::time::timeout(self.settings.init_timeout, handshake).await {
            Ok(Ok(info)) => info,
            Ok(Err(reason)) => {
                conn.shutdown().await;
                return Err(reason);
            }
            Err(_) => {
                conn.shutdown().await;
                let reason = format!(
                    "initialize timed out after {:?}",
                    self.settings.init_timeout
                );
                return Err(reason.into());
            }
        };
        if !info.is_modern() {
            conn.open_listen_stream(Duration::from_secs(1));
        }
        tokio::spawn(Arc::clone(self).pump_inbound(rx));
        tracing::info!(server = %self.name(), version = %info.protocol_version, era = ?info.era, "upstream initialized");
        Ok(Arc::new(Live {
            conn,
            info,
            loss_counted: std::sync::atomic::AtomicBool::new(false),
            answered: std::sync::atomic::AtomicBool::new(false),
        }))
    }

    async fn pump_inbound(self: Arc<Self>, mut rx: mpsc::Receiver<Message>) {
        while let Some(message) = rx.recv().await {
            crate::relay::on_unsolicited(&self, message).await;
        }
    }
}

/// Why an upstream is not connected.
#[derive(Debug, Clone)]
enum Down {
    /// Connecting or initializing failed (retried with backoff; callers are answered at once
    /// until an attempt succeeds).
    Failed(String),
    /// A live connection was lost; the server is being restarted (callers wait for it).
    Lost(String),
    /// The server refused the gateway's credentials with this HTTP status (401 or 403);
    /// retried too, but callers are not kept waiting for it.
    Rejected(u16),
}

/// Longest restart delay callers still wait out after a lost connection: beyond it the server
/// is crash-looping, and callers (an aggregate list among them) are answered at once instead
/// of waiting on a server that keeps dying.
const WAIT_OUT_RESTART: Duration = Duration::from_secs(1);

impl Down {
    /// The state after a lost connection, restarted in `backoff`: `Lost` (callers wait for the
    /// restart) while the restart comes soon, `Failed` once the server is crash-looping.
    fn after_loss(backoff: Duration) -> Self {
        if backoff < WAIT_OUT_RESTART {
            Down::Lost("connection lost; reconnecting".into())
        } else {
            Down::Failed(format!(
                "the connection keeps being lost; reconnecting in {}ms",
                backoff.as_millis()
            ))
        }
    }

    /// What a failed `initialize` says: the transport marks a credentials refusal with
    /// `data.httpStatus` (see `transport::rejection_message`).
    fn of_initialize_error(error: &RawValue) -> Self {
        let parsed: serde_json::Value = serde_json::from_str(error.get()).unwrap_or_default();
        let status = parsed.pointer("/data/httpStatus").and_then(|s| s.as_u64());
        let message = parsed.get("message").and_then(|m| m.as_str());
        match (status, message) {
            (Some(status @ (401 | 403)), _) => Down::Rejected(status as u16),
            // The server's own words, not its error object serialised into ours.
            (_, Some(message)) => Down::Failed(format!("initialize failed: {message}")),
            _ => Down::Failed(format!("initialize failed: {}", error.get())),
        }
    }
}

impl From<String> for Down {
    fn from(reason: String) -> Self {
        Down::Failed(reason)
    }
}

impl From<&str> for Down {
    fn from(reason: &str) -> Self {
        Down::Failed(reason.to_owned())
    }
}

impl std::fmt::Display for Down {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Down::Failed(reason) | Down::Lost(reason) => f.write_str(reason),
            Down::Rejected(status) => {
                write!(
                    f,
                    "the server rejected the gateway's credentials (HTTP {status})"
                )
            }
        }
    }
}

/// The capabilities the gateway declares to upstreams: it relays sampling and elicitation for
/// whichever client session caused the request, and refuses them for clients that lack them.
/// Roots are not a client's to give: the server is shared, and a client's roots would become
/// every client's (server-filesystem replaces its allowed directories with them).
const CLIENT_CAPABILITIES: &str = r#"{"sampling":{},"elicitation":{"form":{},"url":{}}}"#;

/// [`CLIENT_CAPABILITIES`] with `roots`, for a server given `roots` in the config.
const CLIENT_CAPABILITIES_WITH_ROOTS: &str =
    r#"{"sampling":{},"elicitation":{"form":{},"url":{}},"roots":{}}"#;

/// Learn the server's era and what it offers: `server/discover` first for a Streamable HTTP
/// server under `era: auto` or `modern`, else (or when that fails under `auto`) `initialize`.
/// A stdio child under `auto` is initialized first — a session-era program may ignore or choke
/// on a method it does not know before `initialize` — and probed with `server/discover` only
/// when it refuses `initialize` (a 2026-07-28-only program answers it -32601).
async fn handshake(
    conn: &Connection,
    era: UpstreamEra,
    settings: &ServerSettings,
) -> Result<ServerInfo, Down> {
    let server = settings.name.as_str();
    let roots = !settings.roots.is_empty();
    let stdio = matches!(conn, Connection::Stdio(_));
    match era {
        UpstreamEra::Legacy => return initialize(conn, roots).await,
        UpstreamEra::Auto if matches!(conn, Connection::LegacySse(_)) => {
            return initialize(conn, roots).await;
        }
        UpstreamEra::Auto if stdio => {
            return match initialize(conn, roots).await {
                Ok(info) => Ok(info),
                Err(refused) => match crate::modern_upstream::discover(conn, false).await {
                    Ok(info) => Ok(info),
                    Err(reason) => {
                        tracing::debug!(server, %reason, "not a 2026-07-28 server either");
                        Err(refused)
                    }
                },
            };
        }
        _ => {}
    }
    let prefer_session = era == UpstreamEra::Auto;
    match crate::modern_upstream::discover(conn, prefer_session).await {
        Ok(info) => Ok(info),
        Err(reason) if era == UpstreamEra::Modern => Err(reason.into()),
        Err(reason) => {
            tracing::debug!(server, %reason, "not a 2026-07-28 server; initializing a session");
            initialize(conn, roots).await
        }
    }
}

async fn initialize(conn: &Connection, roots: bool) -> Result<ServerInfo, Down> {
    let params = format!(
        r#"{{"protocolVersion":"{}","capabilities":{},"clientInfo":{{"name":"gatehouse","version":"{}"}}}}"#,
        protocol::version::LATEST,
        if roots {
            CLIENT_CAPABILITIES_WITH_ROOTS
        } else {
            CLIENT_CAPABILITIES
        },
        env!("CARGO_PKG_VERSION")
    );
    let mut call = conn
        .call(
            conn.reserve_id(),
            methods::INITIALIZE,
            Some(raw_json(&params)),
            http::HeaderMap::new(),
        )
        .await
        .map_err(|e| e.to_string())?;
    let response = loop {
        match call.next().await {
            Some(Message::Response(r)) => break r,
            Some(_) => continue,
            None => return Err("connection closed during initialize".into()),
        }
    };
    let result = match response.outcome {
        protocol::Outcome::Result(r) => r,
        protocol::Outcome::Error(e) => return Err(Down::of_initialize_error(&e)),
    };
    let info = server_info(result)?;
    conn.set_protocol_version(&info.protocol_version);
    conn.send(Message::Notification(Notification {
        method: methods::INITIALIZED.into(),
        params: None,
    }))
    .await
    .map_err(|e| e.to_string())?;
    Ok(info)
}

fn server_info(result: Box<RawValue>) -> Result<ServerInfo, String> {
    let obj = RawObject::parse(&result).ok_or("initialize result is not an object")?;
    let protocol_version = obj
        .get_str("protocolVersion")
        .ok_or("initialize result has no protocolVersion")?;
    Ok(ServerInfo {
        capabilities: obj.get_as("capabilities").unwrap_or_default(),
        instructions: obj.get_str("instructions"),
        protocol_version,
        result,
        era: Era::Legacy,
    })
}

impl Upstream {
    /// A session holding a subscription to `uri` went away: drop its count, and unsubscribe
    /// upstream when it was the last one.
    pub(crate) fn release_subscription(self: &Arc<Self>, uri: String) {
        let last = {
            let mut counts = crate::session::lock(&self.subscriptions);
            match counts.get_mut(&uri) {
                Some(count) if *count > 1 => {
                    *count -= 1;
                    false
                }
                Some(_) => counts.remove(&uri).is_some(),
                None => false,
            }
        };
        if !last {
            return;
        }
        self.subscriptions_changed.notify_one();
        let upstream = Arc::clone(self);
        tokio::spawn(async move {
            // A modern server has no resource subscriptions to end (`subscriptions/listen`).
            let Some(live) = upstream.current().filter(|l| !l.info.is_modern()) else {
                return;
            };
            let params = serde_json::json!({ "uri": uri });
            let id = live.conn.reserve_id();
            let params = serde_json::value::to_raw_value(&params).ok();
            if let Ok(mut call) = live
                .conn
                .call(
                    id,
                    methods::RESOURCES_UNSUBSCRIBE,
                    params,
                    http::HeaderMap::new(),
                )
                .await
            {
                let _ = tokio::time::timeout(upstream.request_timeout(), call.next()).await;
            }
        });
    }

    /// Remember qualified tool names that differ from `server__original`, so calls can be
    /// routed back to the original name.
    pub(crate) fn remember_tool_names(&self, names: Vec<(String, String)>) {
        let prefix_len = self.name().len() + crate::namespace::SEPARATOR.len();
        let renamed: Vec<_> = names
            .into_iter()
            .filter(|(q, o)| &q[prefix_len..] != o)
            .collect();
        if renamed.is_empty() {
            return;
        }
        let mut map = self.tool_names.write().unwrap_or_else(|p| p.into_inner());
        map.extend(renamed);
    }

    /// The upstream name of a qualified tool name (its part after `server__`, unless renamed).
    pub(crate) fn original_tool_name(&self, qualified: &str, tail: &str) -> String {
        let map = self.tool_names.read().unwrap_or_else(|p| p.into_inner());
        map.get(qualified)
            .cloned()
            .unwrap_or_else(|| tail.to_owned())
    }

    /// The server's protection (breaker, concurrency cap, caches).
    pub(crate) fn protection(&self) -> Arc<Protection> {
        Arc::clone(&self.protection.read().unwrap_or_else(|p| p.into_inner()))
    }

    /// Apply changed protection settings on reload (the connection is kept).
    /// How long a request to the server may take (`timeout`, per attempt).
    pub fn request_timeout(&self) -> Duration {
        Duration::from_millis(self.request_timeout_ms.load(Ordering::Relaxed))
    }

    /// Whether an aggregate answers without the server while it is down (`failure_mode`).
    pub fn failure_mode(&self) -> crate::settings::FailureMode {
        if self.fails_open.load(Ordering::Relaxed) {
            crate::settings::FailureMode::Open
        } else {
            crate::settings::FailureMode::Closed
        }
    }

    /// Take a reload's `timeout` and `failure_mode`, which need no new connection.
    pub(crate) fn retune(&self, server: &ServerSettings) {
        (self.request_timeout_ms).store(millis(server.request_timeout), Ordering::Relaxed);
        let open = server.failure_mode == crate::settings::FailureMode::Open;
        self.fails_open.store(open, Ordering::Relaxed);
    }

    pub(crate) fn set_protection(&self, settings: &ProtectionSettings) {
        if self.protection().settings == *settings {
            return;
        }
        *self.protection.write().unwrap_or_else(|p| p.into_inner()) =
            Arc::new(Protection::new(settings));
    }

    /// Learn what a `tools/list` result says of each tool (annotations, description).
    pub(crate) fn learn_tools(&self, result: &RawValue) {
        let Ok(list) = serde_json::from_str::<ToolList>(result.get()) else {
            return;
        };
        let mut tools = self.tools.write().unwrap_or_else(|p| p.into_inner());
        for tool in list.tools {
            let idempotent = tool
                .annotations
                .as_ref()
                .and_then(|a| a.get("idempotentHint"));
            let param_headers = (tool.input_schema.as_ref())
                .map_or(Some(Vec::new()), crate::param_headers::annotated);
            if param_headers.is_none() {
                tracing::warn!(server = %self.name(), tool = %tool.name, "invalid x-mcp-header annotation; its headers are not checked");
            }
            let traits = guard::flow::detect(
                &tool.name,
                tool.description.as_deref(),
                tool.annotations.as_ref(),
            );
            let facts = ToolFacts {
                idempotent: idempotent == Some(&serde_json::Value::Bool(true)),
                description: tool.description,
                traits,
                param_headers: param_headers.unwrap_or_default(),
            };
            tools.insert(tool.name, Arc::new(facts));
        }
    }

    /// The server's tools changed (`tools/list_changed`): the next call to one of them has the
    /// guard list and screen them again.
    pub(crate) fn tools_changed(&self) {
        lock_listing(&self.tool_listing).stale = true;
    }

    /// The guard listed every tool of the server just now.
    pub(crate) fn tools_listed(&self) {
        let mut listing = lock_listing(&self.tool_listing);
        listing.complete_at = Some(std::time::Instant::now());
        listing.stale = false;
    }

    /// Whether the tools the gateway knows may be out of date (see [`Upstream::tools_changed`]).
    pub(crate) fn tools_stale(&self) -> bool {
        lock_listing(&self.tool_listing).stale
    }

    /// Whether `original` is surely not one of the server's tools: a complete listing knows
    /// them all, nothing changed since, and neither this replica's nor a sibling's lists it.
    pub(crate) fn surely_lacks_tool(&self, original: &str) -> bool {
        let listed = {
            let listing = lock_listing(&self.tool_listing);
            !listing.stale && listing.complete_at.is_some()
        };
        listed && !self.any_replica_knows(original)
    }

    /// Whether a complete listing finished less than `fresh` ago and nothing changed since: a
    /// tool missing from it is not listed again for every call that names it.
    pub(crate) fn tools_listed_within(&self, fresh: Duration) -> bool {
        let listing = lock_listing(&self.tool_listing);
        !listing.stale && listing.complete_at.is_some_and(|at| at.elapsed() < fresh)
    }

    /// `response` with the gateway's credentials for this server (its configured header
    /// values) scrubbed out of an error: a server that echoes the request in a JSON-RPC error
    /// must not put them into clients' errors, logs and the audit log (failed HTTP statuses
    /// are scrubbed by the transport).
    pub(crate) fn scrub_error(&self, response: Response) -> Response {
        let Outcome::Error(error) = &response.outcome else {
            return response;
        };
        let headers = match &self.settings.transport {
            UpstreamTransport::Http(spec) | UpstreamTransport::LegacySse(spec) => &spec.headers,
            UpstreamTransport::Stdio(_) => return response,
        };
        let values = headers.iter().map(|(_, value)| value.as_str());
        let scrubbed = transport::scrub_values(error.get(), values);
        if scrubbed == error.get() {
            return response;
        }
        match RawValue::from_string(scrubbed) {
            Ok(raw) => Response {
                id: response.id,
                outcome: Outcome::Error(raw),
            },
            Err(_) => response,
        }
    }

    /// Forget what is known of the tools a complete listing no longer shows.
    pub(crate) fn keep_only_tools(&self, listed: &std::collections::HashSet<String>) {
        let mut tools = self.tools.write().unwrap_or_else(|p| p.into_inner());
        tools.retain(|name, _| listed.contains(name));
    }

    /// Names of the tools the server's lists have shown.
    pub(crate) fn known_tools(&self) -> Vec<String> {
        let tools = self.tools.read().unwrap_or_else(|p| p.into_inner());
        tools.keys().cloned().collect()
    }

    /// The guard's findings for a definition it screened before, if the hash is the same.
    pub(crate) fn screened(&self, tool: &str, hash: &str) -> Option<Vec<guard::Finding>> {
        let screenings = self.screenings.lock().unwrap_or_else(|p| p.into_inner());
        match screenings.get(tool) {
            Some((seen, findings)) if seen == hash => Some(findings.clone()),
            _ => None,
        }
    }

    /// Remember the guard's findings for a definition.
    pub(crate) fn remember_screening(
        &self,
        tool: &str,
        hash: String,
        findings: Vec<guard::Finding>,
    ) {
        let mut screenings = self.screenings.lock().unwrap_or_else(|p| p.into_inner());
        screenings.insert(tool.to_owned(), (hash, findings));
    }

    /// Forget the guard's screening of a tool, so the next list screens it afresh (after its
    /// changed definition was approved).
    pub(crate) fn forget_screening(&self, tool: &str) {
        let mut screenings = self.screenings.lock().unwrap_or_else(|p| p.into_inner());
        screenings.remove(tool);
    }

    /// Why a tool is held back from agents, if it is.
    pub(crate) fn held_tool(&self, tool: &str) -> Option<(String, guard::Category)> {
        let held = self.held.read().unwrap_or_else(|p| p.into_inner());
        held.get(tool).cloned()
    }

    /// Every held tool with the reason.
    pub(crate) fn held_tools(&self) -> Vec<(String, String)> {
        let held = self.held.read().unwrap_or_else(|p| p.into_inner());
        held.iter()
            .map(|(t, (r, _))| (t.clone(), r.clone()))
            .collect()
    }

    /// Calls in flight to the server.
    pub(crate) fn in_flight(&self) -> usize {
        self.active.lock().unwrap_or_else(|p| p.into_inner()).len()
    }

    /// Hold a tool back from agents.
    pub(crate) fn hold_tool(&self, tool: &str, reason: String, category: guard::Category) {
        let mut held = self.held.write().unwrap_or_else(|p| p.into_inner());
        held.insert(tool.to_owned(), (reason, category));
    }

    /// Let a held tool through again (its definition is clean now).
    pub(crate) fn release_tool(&self, tool: &str) {
        if self.held_tool(tool).is_some() {
            let mut held = self.held.write().unwrap_or_else(|p| p.into_inner());
            held.remove(tool);
        }
    }

    /// What is known of a tool, by its original name.
    pub(crate) fn tool_facts(&self, name: &str) -> Option<Arc<ToolFacts>> {
        self.tools
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .get(name)
            .cloned()
    }

    /// Whether a `tools/call` may be retried: the tool is annotated `idempotentHint` or listed
    /// in the server's `retry.tools`.
    pub(crate) fn retryable_call(&self, method: &str, params: &Option<Box<RawValue>>) -> bool {
        if method != methods::TOOLS_CALL {
            return false;
        }
        let Some(name) = RawObject::parse_params(params.as_deref()).and_then(|p| p.get_str("name"))
        else {
            return false;
        };
        let listed = self.protection().settings.retry.tools.contains(&name);
        listed
            || self
                .facts_of_any_replica(&name)
                .is_some_and(|f| f.idempotent)
    }
}

/// What the gateway knows of one upstream tool from its lists.
#[derive(Debug)]
pub(crate) struct ToolFacts {
    /// `annotations.idempotentHint` is true.
    pub idempotent: bool,
    /// The tool's description.
    pub description: Option<String>,
    /// What its name, description and annotations say it can do (for the trifecta), before
    /// config tags: classified once per listed definition, not on every call.
    pub traits: guard::flow::ToolTraits,
    /// Its parameters mirrored into `Mcp-Param-*` headers (`x-mcp-header`).
    pub param_headers: Vec<crate::param_headers::ParamHeader>,
}

#[derive(serde::Deserialize)]
struct ToolList {
    #[serde(default)]
    tools: Vec<ListedTool>,
}

#[derive(serde::Deserialize)]
struct ListedTool {
    name: String,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    annotations: Option<serde_json::Value>,
    #[serde(default, rename = "inputSchema")]
    input_schema: Option<serde_json::Value>,
}

fn lock_listing(m: &Mutex<ToolListing>) -> std::sync::MutexGuard<'_, ToolListing> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// A duration in whole milliseconds, saturating.
fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}
