//! Client sessions of the 2025-11-25 era (`Mcp-Session-Id`), and their store.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use protocol::Id;
use tokio_util::sync::CancellationToken;

use crate::stream::EventStream;
use crate::upstream::Upstream;
use crate::virtual_server::VirtualServers;

/// Which servers a session sees, fixed by the endpoint it initialized on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// `/mcp`: every server, names namespaced.
    Aggregate,
    /// `/mcp/{server}`: one server under its original names.
    Server(String),
    /// `/mcp/v/{name}`: a virtual server's curated tools (`crate::virtual_server`).
    Virtual(String),
}

impl std::fmt::Display for Scope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Scope::Aggregate => f.write_str("aggregate"),
            Scope::Server(name) => write!(f, "server '{name}'"),
            Scope::Virtual(name) => write!(f, "virtual server '{name}'"),
        }
    }
}

impl Scope {
    /// The virtual server's name, for `/mcp/v/{name}`.
    pub fn virtual_name(&self) -> Option<&str> {
        match self {
            Scope::Virtual(name) => Some(name),
            _ => None,
        }
    }

    /// The server a single-server endpoint (`/mcp/{server}`) serves.
    pub fn server_name(&self) -> Option<&str> {
        match self {
            Scope::Server(name) => Some(name),
            _ => None,
        }
    }

    /// Whether the scope includes `server` (a virtual server: when it curates a tool of it).
    pub fn includes(&self, server: &str, virtuals: &VirtualServers) -> bool {
        match self {
            Scope::Aggregate => true,
            Scope::Server(s) => s == server,
            Scope::Virtual(name) => virtuals.get(name).is_some_and(|v| v.draws_on(server)),
        }
    }
}

/// What the client declared it can do at `initialize`.
#[derive(Debug, Clone, Copy, Default)]
pub struct ClientCapabilities {
    /// `sampling`
    pub sampling: bool,
    /// `sampling.tools`: sampling requests may offer tools.
    pub sampling_tools: bool,
    /// `elicitation` in form mode (`elicitation: {}` or `elicitation.form`).
    pub elicitation: bool,
    /// `elicitation.url`: URL-mode elicitation.
    pub elicitation_url: bool,
    /// `roots`
    pub roots: bool,
}

impl ClientCapabilities {
    /// Read the declared capabilities from `initialize` params' `capabilities` object (or a
    /// 2026-07-28 request's `clientCapabilities`). An empty `elicitation` object means form
    /// mode only (client/elicitation).
    pub fn from_json(caps: &serde_json::Value) -> Self {
        let elicitation = caps.get("elicitation");
        let sampling = caps.get("sampling");
        Self {
            sampling: sampling.is_some(),
            sampling_tools: sampling.is_some_and(|s| s.get("tools").is_some()),
            elicitation: elicitation
                .is_some_and(|e| e.get("form").is_some() || e.get("url").is_none()),
            elicitation_url: elicitation.is_some_and(|e| e.get("url").is_some()),
            roots: caps.get("roots").is_some(),
        }
    }

    /// Whether the client can answer this server-to-client request: its method, and the
    /// elicitation mode (`params.mode`, form by default) or the tools of a sampling request
    /// (`params.tools`) it declared. Servers MUST NOT send the others (client/elicitation,
    /// client/sampling), and the gateway declares both modes and tools to its servers, so the
    /// check is the gateway's.
    pub fn supports_request(
        &self,
        method: &str,
        params: Option<&serde_json::value::RawValue>,
    ) -> bool {
        if !self.supports(method) {
            return false;
        }
        let params = || protocol::RawObject::parse_params(params).unwrap_or_default();
        match method {
            protocol::methods::ELICITATION_CREATE => match params().get_str("mode").as_deref() {
                Some("url") => self.elicitation_url,
                _ => self.elicitation,
            },
            protocol::methods::SAMPLING_CREATE_MESSAGE => {
                let tools = params().get_as::<serde_json::Value>("tools");
                let offers_tools =
                    tools.is_some_and(|t| !t.is_null() && t != serde_json::json!([]));
                !offers_tools || self.sampling_tools
            }
            _ => true,
        }
    }

    /// The capability a server-to-client request `method` needs (`sampling`, `elicitation`,
    /// `roots`), if any.
    pub fn needed_for(method: &str) -> Option<&'static str> {
        match method {
            protocol::methods::SAMPLING_CREATE_MESSAGE => Some("sampling"),
            protocol::methods::ELICITATION_CREATE => Some("elicitation"),
            protocol::methods::ROOTS_LIST => Some("roots"),
            _ => None,
        }
    }

    /// Whether the client can answer a server-to-client request `method`.
    pub fn supports(&self, method: &str) -> bool {
        match Self::needed_for(method) {
            Some("sampling") => self.sampling,
            Some("elicitation") => self.elicitation || self.elicitation_url,
            Some("roots") => self.roots,
            _ => true,
        }
    }

    /// The -32601 a server gets for a request `method` the client cannot answer.
    pub fn refusal(method: &str) -> protocol::ErrorObject {
        protocol::ErrorObject::new(
            protocol::ErrorCode::METHOD_NOT_FOUND,
            format!("the client does not support {method}"),
        )
    }
}

/// Who is on the other end of a session: where they connect from and, once authentication
/// lands, who they are. Every stage and the audit log read it.
#[derive(Debug, Clone, Default)]
pub struct Caller {
    /// The client's address (`None` for stdio clients).
    pub addr: Option<std::net::SocketAddr>,
    /// Who authenticated (`None` when authentication is not configured).
    pub principal: Option<Arc<policy::Principal>>,
}

impl Caller {
    /// Whether a request from `other` may use a session opened by `self`: the same agent,
    /// tenant and user (a session id alone must not carry someone else's identity).
    pub fn same_principal(&self, other: &Caller) -> bool {
        match (&self.principal, &other.principal) {
            (None, None) => true,
            (Some(a), Some(b)) => {
                a.agent == b.agent
                    && a.tenant == b.tenant
                    && a.user == b.user
                    && a.issuer == b.issuer
            }
            _ => false,
        }
    }
}

/// A server-to-client request relayed to this client, awaiting its answer.
pub struct Outgoing {
    /// The upstream that asked.
    pub upstream: Arc<Upstream>,
    /// The id the upstream gave the request.
    pub upstream_id: Id,
}

/// One client session.
pub struct Session {
    /// The `Mcp-Session-Id`.
    pub id: String,
    /// The servers it sees.
    pub scope: Scope,
    /// The negotiated protocol version.
    pub protocol_version: String,
    /// Who the client is.
    pub caller: Caller,
    /// What the session has been exposed to (the lethal trifecta).
    pub flow: crate::inspect::Flow,
    /// What the client can answer.
    pub capabilities: ClientCapabilities,
    /// The standalone stream (GET) for messages not related to a request.
    pub standalone: Arc<EventStream>,
    streams: Mutex<HashMap<u64, Arc<EventStream>>>,
    /// The connection reading each stream, by stream id ([`Session::take_reading`]).
    readers: Mutex<HashMap<u64, CancellationToken>>,
    finished_streams: Mutex<VecDeque<u64>>,
    next_stream: AtomicU64,
    next_outgoing: AtomicU64,
    /// Client requests in flight, by the client's id; cancelling the token cancels upstream.
    pub inflight: Mutex<HashMap<Id, CancellationToken>>,
    /// Server-to-client requests awaiting the client's answer, by the id the client saw.
    pub outgoing: Mutex<HashMap<u64, Outgoing>>,
    /// Requests the gateway itself sent the client (an approval asked through elicitation),
    /// awaiting the answer, by id (from the same counter as `outgoing`).
    pub asked: Mutex<HashMap<u64, tokio::sync::oneshot::Sender<protocol::Response>>>,
    /// Resource URIs subscribed to, as the client named them.
    pub subscriptions: Mutex<HashSet<String>>,
    last_seen: Mutex<Instant>,
    replay_buffer: usize,
    /// Held open by a long-lived stream (`subscriptions/listen`): never ended for idleness.
    pub held: std::sync::atomic::AtomicBool,
    /// Its call is parked waiting for the client's input (2026-07-28 input-required): the
    /// server is waiting for an answer, not asking new questions.
    pub parked: std::sync::atomic::AtomicBool,
    /// The replica of each server this session keeps to (`balancing.affinity: session`).
    pub affinity: Mutex<HashMap<String, usize>>,
    /// The log level the client asked for (`logging/setLevel`, or a 2026-07-28 request's
    /// `_meta`), sent to 2026-07-28 upstreams with each request.
    pub log_level: Mutex<Option<String>>,
}

/// How many finished response streams a session keeps for resumption.
const KEPT_FINISHED_STREAMS: usize = 64;

impl Session {
    /// The tenant of the session's principal, if any.
    pub fn tenant(&self) -> Option<&str> {
        self.caller.principal.as_ref()?.tenant.as_deref()
    }

    /// The session, remembering its trifecta state in `flow` (shared with other requests).
    pub(crate) fn with_flow(mut self, flow: crate::inspect::Flow) -> Self {
        self.flow = flow;
        self
    }

    /// The session, attributed to `caller`.
    pub fn with_caller(mut self, caller: Caller) -> Self {
        self.caller = caller;
        self
    }

    /// A new session.
    pub fn new(
        scope: Scope,
        protocol_version: String,
        capabilities: ClientCapabilities,
        replay_buffer: usize,
    ) -> Self {
        let standalone = Arc::new(EventStream::new(0, replay_buffer));
        let mut streams = HashMap::new();
        streams.insert(0, Arc::clone(&standalone));
        Self {
            id: uuid::Uuid::new_v4().simple().to_string(),
            scope,
            protocol_version,
            caller: Caller::default(),
            flow: Default::default(),
            capabilities,
            standalone,
            streams: Mutex::new(streams),
            readers: Mutex::default(),
            finished_streams: Mutex::default(),
            next_stream: AtomicU64::new(1),
            next_outgoing: AtomicU64::new(0),
            inflight: Mutex::default(),
            outgoing: Mutex::default(),
            asked: Mutex::default(),
            subscriptions: Mutex::default(),
            last_seen: Mutex::new(Instant::now()),
            replay_buffer,
            held: std::sync::atomic::AtomicBool::new(false),
            parked: std::sync::atomic::AtomicBool::new(false),
            affinity: Mutex::default(),
            log_level: Mutex::default(),
        }
    }

    /// Use `id` and `stream` (opened before `initialize`, as the 2024-11-05 HTTP+SSE transport
    /// does) as this session's id and standalone stream.
    pub fn bound_to(mut self, id: String, stream: Arc<EventStream>) -> Self {
        self.id = id;
        lock(&self.streams).insert(0, Arc::clone(&stream));
        self.standalone = stream;
        self
    }

    /// Open a new response stream.
    pub fn open_stream(&self) -> Arc<EventStream> {
        let id = self.next_stream.fetch_add(1, Ordering::Relaxed);
        let stream = Arc::new(EventStream::new(id, self.replay_buffer));
        lock(&self.streams).insert(id, Arc::clone(&stream));
        stream
    }

    /// Note that a response stream is complete; old complete streams are forgotten.
    pub fn stream_finished(&self, id: u64) {
        let mut finished = lock(&self.finished_streams);
        finished.push_back(id);
        while finished.len() > KEPT_FINISHED_STREAMS {
            if let Some(old) = finished.pop_front() {
                lock(&self.streams).remove(&old);
                lock(&self.readers).remove(&old);
            }
        }
    }

    /// A stream by id, for resumption.
    pub fn stream(&self, id: u64) -> Option<Arc<EventStream>> {
        lock(&self.streams).get(&id).cloned()
    }

    /// Make a new connection the reader of stream `id`; the connection reading it before
    /// (a second GET, a resumption beside the POST still open) ends when the returned token
    /// fires. The transport allows a message on one stream only, never the same message on
    /// several (each GET used to read the standalone stream in full, and a session could
    /// hold any number).
    pub fn take_reading(&self, id: u64) -> CancellationToken {
        let token = CancellationToken::new();
        if let Some(before) = lock(&self.readers).insert(id, token.clone()) {
            before.cancel();
        }
        token
    }

    /// Record a relayed server-to-client request and return the id the client sees.
    pub fn register_outgoing(&self, upstream: Arc<Upstream>, upstream_id: Id) -> u64 {
        let id = self.next_outgoing.fetch_add(1, Ordering::Relaxed) + 1;
        lock(&self.outgoing).insert(
            id,
            Outgoing {
                upstream,
                upstream_id,
            },
        );
        id
    }

    /// An id for a request the gateway itself sends the client, and where its answer arrives.
    pub fn ask(&self) -> (u64, tokio::sync::oneshot::Receiver<protocol::Response>) {
        let id = self.next_outgoing.fetch_add(1, Ordering::Relaxed) + 1;
        let (tx, rx) = tokio::sync::oneshot::channel();
        lock(&self.asked).insert(id, tx);
        (id, rx)
    }

    /// Mark the session as used now.
    pub fn touch(&self) {
        *lock(&self.last_seen) = Instant::now();
    }

    /// How long since the session was last used.
    pub fn idle_for(&self) -> Duration {
        lock(&self.last_seen).elapsed()
    }
}

/// Lock a mutex, recovering from poisoning (a panicked holder cannot leave these maps invalid).
pub(crate) fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// Every live session, by id.
#[derive(Default)]
pub struct SessionStore {
    sessions: RwLock<HashMap<String, Arc<Session>>>,
    /// The virtual servers, kept in step with the settings: which servers their sessions see.
    virtuals: RwLock<VirtualServers>,
    /// Server name → the tenants with an instance of their own (`servers.NAME.tenants`), kept
    /// in step with the settings.
    tenant_instances: RwLock<HashMap<String, HashSet<String>>>,
}

impl SessionStore {
    /// Add a session.
    pub fn insert(&self, session: Arc<Session>) {
        self.write().insert(session.id.clone(), session);
    }

    /// A session by id.
    pub fn get(&self, id: &str) -> Option<Arc<Session>> {
        self.read().get(id).cloned()
    }

    /// End a session; `None` if it did not exist.
    pub fn remove(&self, id: &str) -> Option<Arc<Session>> {
        let session = self.write().remove(id)?;
        for (_, cancel) in lock(&session.inflight).drain() {
            cancel.cancel();
        }
        session.standalone.finish();
        Some(session)
    }

    /// Use `virtuals` to decide which servers virtual-server sessions see.
    pub fn set_virtual_servers(&self, virtuals: VirtualServers) {
        *self.virtuals.write().unwrap_or_else(|p| p.into_inner()) = virtuals;
    }

    /// Record which tenants have an instance of their own of which server.
    pub fn set_tenant_instances(&self, servers: &[crate::ServerSettings]) {
        let mut map: HashMap<String, HashSet<String>> = HashMap::new();
        for server in servers {
            if let Some(tenant) = &server.tenant {
                let tenants = map.entry(server.name.clone()).or_default();
                tenants.insert(tenant.clone());
            }
        }
        *self
            .tenant_instances
            .write()
            .unwrap_or_else(|p| p.into_inner()) = map;
    }

    /// The instance of `server` that serves principals of `tenant`: the tenant's own instance
    /// when it has one, else the default instance (`None`).
    pub fn instance_for<'t>(&self, server: &str, tenant: Option<&'t str>) -> Option<&'t str> {
        let tenant = tenant?;
        let map = self
            .tenant_instances
            .read()
            .unwrap_or_else(|p| p.into_inner());
        map.get(server)?.contains(tenant).then_some(tenant)
    }

    /// Sessions whose scope includes `server` and whose tenant is served by its instance for
    /// `instance` (see [`SessionStore::instance_for`]).
    pub fn served_by(&self, server: &str, instance: Option<&str>) -> Vec<Arc<Session>> {
        let mut sessions = self.in_scope(server);
        sessions.retain(|s| self.instance_for(server, s.tenant()) == instance);
        sessions
    }

    /// Sessions whose scope includes `server`.
    pub fn in_scope(&self, server: &str) -> Vec<Arc<Session>> {
        let virtuals = self
            .virtuals
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        self.read()
            .values()
            .filter(|s| s.scope.includes(server, &virtuals))
            .cloned()
            .collect()
    }

    /// Sessions of the virtual servers called any of `names`.
    pub fn of_virtual(&self, names: &[String]) -> Vec<Arc<Session>> {
        self.read()
            .values()
            .filter(|s| matches!(&s.scope, Scope::Virtual(v) if names.contains(v)))
            .cloned()
            .collect()
    }

    /// Cancel every client request in flight, of every session.
    pub fn cancel_all_in_flight(&self) {
        for session in self.read().values() {
            for cancel in lock(&session.inflight).values() {
                cancel.cancel();
            }
        }
    }

    /// How many sessions are open.
    pub fn len(&self) -> usize {
        self.read().len()
    }

    /// Whether one more session may open under `max` (`http.max_sessions`): each costs about
    /// a kilobyte and an audit record until it ends or idles out, and one client opening
    /// thousands a second, never ending them, held gigabytes (audit 20). Refusing the new
    /// session keeps those open working; a check, not a reservation (two at once may both pass).
    pub fn room_for_one(&self, max: usize) -> Result<(), crate::GatewayError> {
        if self.len() < max {
            return Ok(());
        }
        tracing::warn!(limit = max, "session refused: http.max_sessions reached");
        Err(crate::GatewayError::TooManySessions { limit: max })
    }

    /// Ids of sessions idle longer than `max_idle` with nothing in flight.
    pub fn idle(&self, max_idle: Duration) -> Vec<String> {
        self.read()
            .values()
            .filter(|s| s.idle_for() > max_idle && lock(&s.inflight).is_empty())
            .filter(|s| !s.held.load(Ordering::Relaxed))
            .map(|s| s.id.clone())
            .collect()
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, HashMap<String, Arc<Session>>> {
        self.sessions.read().unwrap_or_else(|p| p.into_inner())
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, HashMap<String, Arc<Session>>> {
        self.sessions.write().unwrap_or_else(|p| p.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::Caller;

    fn caller(agent: &str, issuer: &str) -> Caller {
        let principal = policy::Principal {
            issuer: Some(issuer.to_owned()),
            ..policy::Principal::agent(agent)
        };
        Caller {
            addr: None,
            principal: Some(std::sync::Arc::new(principal)),
        }
    }

    #[test]
    fn a_session_is_its_principals_under_the_same_issuer_only() {
        let key = caller("agent-a", "api-key");
        assert!(key.same_principal(&caller("agent-a", "api-key")));
        assert!(
            !key.same_principal(&caller("agent-a", "https://idp.example.com")),
            "a token whose azp names the key's agent is someone else"
        );
        assert!(!key.same_principal(&caller("agent-b", "api-key")));
    }

    #[test]
    fn elicitation_modes_and_sampling_tools_are_what_the_client_declared() {
        use protocol::methods::{ELICITATION_CREATE, SAMPLING_CREATE_MESSAGE};
        let raw = |text: &str| serde_json::value::RawValue::from_string(text.into()).unwrap();
        let form = raw(r#"{"message":"name?","requestedSchema":{"type":"object"}}"#);
        let url =
            raw(r#"{"mode":"url","message":"sign in","url":"https://x","elicitationId":"e"}"#);
        let tools = raw(r#"{"messages":[],"maxTokens":5,"tools":[{"name":"t","inputSchema":{}}]}"#);
        let plain = raw(r#"{"messages":[],"maxTokens":5}"#);
        let caps = |json: serde_json::Value| super::ClientCapabilities::from_json(&json);
        let form_only = caps(serde_json::json!({"elicitation": {}, "sampling": {}}));
        assert!(form_only.supports_request(ELICITATION_CREATE, Some(&form)));
        assert!(!form_only.supports_request(ELICITATION_CREATE, Some(&url)));
        assert!(form_only.supports_request(SAMPLING_CREATE_MESSAGE, Some(&plain)));
        assert!(!form_only.supports_request(SAMPLING_CREATE_MESSAGE, Some(&tools)));
        let url_only = caps(serde_json::json!({"elicitation": {"url": {}}}));
        assert!(url_only.supports_request(ELICITATION_CREATE, Some(&url)));
        assert!(!url_only.supports_request(ELICITATION_CREATE, Some(&form)));
        let all = caps(serde_json::json!({"elicitation": {"form": {}, "url": {}},
            "sampling": {"tools": {}}}));
        assert!(all.supports_request(ELICITATION_CREATE, Some(&url)));
        assert!(all.supports_request(ELICITATION_CREATE, Some(&form)));
        assert!(all.supports_request(SAMPLING_CREATE_MESSAGE, Some(&tools)));
    }
}
