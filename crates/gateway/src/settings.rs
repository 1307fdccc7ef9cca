//! The gateway's runtime settings: what the `gatehouse` binary compiles its config file into.
//! Everything here is resolved (variables expanded, durations parsed) once per load.

use std::time::Duration;

use transport::upstream::{HttpSpec, StdioSpec};

/// What to do with a request whose upstream is down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FailureMode {
    /// Leave the server out (of lists, of the aggregate) and carry on; log the failure.
    #[default]
    Open,
    /// Fail the whole request with an error naming the server.
    Closed,
}

/// How to reach one upstream server.
#[derive(Debug, Clone)]
pub enum UpstreamTransport {
    /// A child process started by the gateway.
    Stdio(StdioSpec),
    /// A Streamable HTTP endpoint.
    Http(HttpSpec),
    /// A 2024-11-05 HTTP+SSE endpoint (the `GET` stream URL).
    LegacySse(HttpSpec),
}

impl UpstreamTransport {
    /// The transport's short name: `stdio`, `http` or `sse`.
    pub fn kind(&self) -> &'static str {
        match self {
            UpstreamTransport::Stdio(_) => "stdio",
            UpstreamTransport::Http(_) => "http",
            UpstreamTransport::LegacySse(_) => "sse",
        }
    }
}

/// Which protocol era the gateway speaks to an upstream (`servers.NAME.era`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum UpstreamEra {
    /// Probe with `server/discover` (HTTP only): the stateless 2026-07-28 era when the server
    /// speaks only that era; the session era (`initialize`) when it speaks a session-era
    /// version too (a dual-era server) or does not answer discover.
    #[default]
    Auto,
    /// Always the stateless 2026-07-28 era (HTTP only; connecting fails without a discover result).
    Modern,
    /// Always the session era (`initialize`, `Mcp-Session-Id`).
    Legacy,
}

/// One configured upstream server.
#[derive(Debug, Clone)]
pub struct ServerSettings {
    /// The server's name: its route (`/mcp/{name}`) and its namespace prefix (`name__tool`).
    pub name: String,
    /// The tenant this instance of the server is for, with that tenant's own credentials
    /// (`servers.NAME.tenants`): its own connection and upstream session, used by that tenant's
    /// principals only. `None` for the server's default instance, used by everyone else.
    pub tenant: Option<String>,
    /// Which replica of the server this instance is (0 for the first; `urls` of an HTTP server,
    /// `replicas` of a stdio one). Replicas share name and tenant; requests are balanced over them.
    pub replica: usize,
    /// How requests are spread over the replicas and how their health is checked.
    pub balancing: BalancingSettings,
    /// How to reach it.
    pub transport: UpstreamTransport,
    /// How long one request may take before the client gets a timeout error.
    pub request_timeout: Duration,
    /// How long `initialize` may take.
    pub init_timeout: Duration,
    /// Which protocol era to speak to the server.
    pub era: UpstreamEra,
    /// Behaviour of the aggregate when this server is down.
    pub failure_mode: FailureMode,
    /// Concurrency cap, circuit breaker, retries and caching for this server.
    pub protection: ProtectionSettings,
    /// The roots the gateway answers the server's `roots/list` with (`file://` URIs); empty:
    /// no `roots` capability is declared to it. Never a client's: the server is shared.
    pub roots: Vec<String>,
}

/// Load balancing over a server's replicas.
#[derive(Debug, Clone, PartialEq)]
pub struct BalancingSettings {
    /// A client session keeps the replica it first used while that replica is available
    /// (`affinity: session`, the default); otherwise every request goes to the available
    /// replica with the fewest requests in flight.
    pub session_affinity: bool,
    /// How often each replica is pinged; `None` for no health checks (the default for a
    /// server without replicas).
    pub health_interval: Option<Duration>,
    /// How long a health-check ping may take before the replica counts as unhealthy.
    pub health_timeout: Duration,
}

impl Default for BalancingSettings {
    fn default() -> Self {
        Self {
            session_affinity: true,
            health_interval: None,
            health_timeout: Duration::from_secs(2),
        }
    }
}

/// Upstream protection for one server. Changing it on reload keeps the connection.
#[derive(Debug, Clone, PartialEq)]
pub struct ProtectionSettings {
    /// Requests in flight at once; `None` for no cap.
    pub max_concurrency: Option<usize>,
    /// Requests that may wait for a slot when the cap is reached; more are shed at once.
    pub queue: usize,
    /// The circuit breaker.
    pub breaker: BreakerSettings,
    /// Retries of idempotent requests.
    pub retry: RetrySettings,
    /// How long list results (first page) are served from cache; zero disables.
    pub list_cache_ttl: Duration,
    /// Tools whose results may be cached.
    pub cached_tools: Vec<ToolCacheSettings>,
}

impl Default for ProtectionSettings {
    fn default() -> Self {
        Self {
            max_concurrency: None,
            queue: 0,
            breaker: BreakerSettings::default(),
            retry: RetrySettings::default(),
            list_cache_ttl: Duration::from_secs(30),
            cached_tools: Vec::new(),
        }
    }
}

/// When a server's circuit opens and how it recovers.
#[derive(Debug, Clone, PartialEq)]
pub struct BreakerSettings {
    /// Consecutive failures that open the circuit; 0 disables the breaker.
    pub consecutive_failures: u32,
    /// Failure ratio over the last `window` requests that opens the circuit (1.0: never).
    pub failure_rate: f64,
    /// How many recent requests the failure ratio is computed over.
    pub window: u32,
    /// How long the circuit stays open before one probe request is let through.
    pub cooldown: Duration,
}

impl Default for BreakerSettings {
    fn default() -> Self {
        Self {
            consecutive_failures: 5,
            failure_rate: 1.0,
            window: 20,
            cooldown: Duration::from_secs(30),
        }
    }
}

/// Retries of requests that are safe to repeat.
#[derive(Debug, Clone, PartialEq)]
pub struct RetrySettings {
    /// Extra attempts after the first; 0 disables retries.
    pub attempts: u32,
    /// Base backoff; each retry waits a random time up to `backoff * 2^n`.
    pub backoff: Duration,
    /// Tools (original names) that may be retried besides those annotated `idempotentHint`.
    pub tools: Vec<String>,
    /// Retries allowed per 100 first attempts (the retry budget).
    pub budget_percent: u32,
}

impl Default for RetrySettings {
    fn default() -> Self {
        Self {
            attempts: 2,
            backoff: Duration::from_millis(50),
            tools: Vec::new(),
            budget_percent: 20,
        }
    }
}

/// A tool whose results are cached.
#[derive(Debug, Clone, PartialEq)]
pub struct ToolCacheSettings {
    /// The tool's original name.
    pub tool: String,
    /// How long a result is served from cache.
    pub ttl: Duration,
    /// Whether one cached result serves every caller (`true`) or each principal has its own.
    pub public: bool,
}

impl ServerSettings {
    /// A fingerprint of everything that requires restarting the upstream when it changes.
    pub fn connection_key(&self) -> String {
        match &self.transport {
            UpstreamTransport::Stdio(s) => format!(
                "stdio {:?} {:?} {:?} {:?} {:?} {}",
                s.command, s.args, s.env, s.cwd, self.roots, s.max_message_bytes
            ),
            UpstreamTransport::Http(h) => {
                // The OAuth client secret is compared too (a rotated secret takes a new
                // connection), so the key is never logged, like the headers in it.
                let oauth = h.oauth.as_ref().map(|o| (o, &o.client_secret));
                format!(
                    "http {:?} {:?} {:?} {:?} {} {:?} {:?}",
                    h.url,
                    h.headers,
                    self.era,
                    self.roots,
                    h.max_message_bytes,
                    h.connect_timeout,
                    oauth
                )
            }
            UpstreamTransport::LegacySse(h) => {
                format!(
                    "sse {:?} {:?} {:?} {}",
                    h.url, h.headers, self.roots, h.max_message_bytes
                )
            }
        }
    }
}

/// Downstream HTTP behaviour.
#[derive(Debug, Clone)]
pub struct HttpSettings {
    /// Largest accepted request body; larger ones get HTTP 413.
    pub max_body_bytes: usize,
    /// `Origin` values accepted besides loopback origins (`*` accepts any).
    pub allowed_origins: Vec<String>,
    /// `Host` values accepted (DNS-rebinding protection); empty accepts any host.
    pub allowed_hosts: Vec<String>,
    /// Sessions idle longer than this are ended.
    pub session_idle_timeout: Duration,
    /// How many events a response stream keeps for resumption with `Last-Event-ID`.
    pub replay_buffer: usize,
    /// Interval of SSE keep-alive comments on idle streams.
    pub keep_alive: Duration,
    /// Most sessions open at once; a new one beyond it is refused.
    pub max_sessions: usize,
}

impl Default for HttpSettings {
    fn default() -> Self {
        Self {
            max_body_bytes: 4 * 1024 * 1024,
            allowed_origins: Vec::new(),
            allowed_hosts: Vec::new(),
            session_idle_timeout: Duration::from_secs(30 * 60),
            replay_buffer: 256,
            keep_alive: Duration::from_secs(15),
            max_sessions: 10_000,
        }
    }
}

/// Who a limit or quota counts separately.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LimitKey {
    /// The caller's tenant.
    Tenant,
    /// The calling agent.
    Agent,
    /// The user behind the agent.
    User,
    /// The upstream server.
    Server,
    /// The tool (qualified `server__tool`).
    Tool,
}

impl LimitKey {
    /// The key's config name.
    pub fn name(self) -> &'static str {
        match self {
            LimitKey::Tenant => "tenant",
            LimitKey::Agent => "agent",
            LimitKey::User => "user",
            LimitKey::Server => "server",
            LimitKey::Tool => "tool",
        }
    }
}

/// A token-bucket rate limit (GCRA).
#[derive(Debug, Clone, PartialEq)]
pub struct LimitSettings {
    /// What is counted separately; empty counts everything together.
    pub key: Vec<LimitKey>,
    /// Calls allowed per `period`.
    pub calls: u32,
    /// The period the rate is expressed over.
    pub period: Duration,
    /// Calls allowed at once after a quiet spell. Default: `calls`.
    pub burst: u32,
}

/// The window a quota counts over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuotaWindow {
    /// A UTC calendar day.
    Day,
    /// A UTC calendar month.
    Month,
}

/// A quota: a budget of cost units per window.
#[derive(Debug, Clone, PartialEq)]
pub struct QuotaSettings {
    /// What is counted separately.
    pub key: Vec<LimitKey>,
    /// The window.
    pub window: QuotaWindow,
    /// Units allowed per window (a call costs 1 unless `costs` says otherwise).
    pub limit: u64,
}

/// What happens to a call over a rate limit.
#[derive(Debug, Clone, PartialEq)]
pub struct LimitQueueSettings {
    /// Calls per key that may wait for their turn; more are refused at once.
    pub max_waiting: usize,
    /// The longest a call waits before it is refused.
    pub max_wait: Duration,
}

/// Rate limits, quotas and their costs.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TrafficSettings {
    /// Rate limits; every one that applies must pass.
    pub limits: Vec<LimitSettings>,
    /// Quotas over days or months.
    pub quotas: Vec<QuotaSettings>,
    /// Cost of one call per qualified tool name (`server__tool`); default 1.
    pub costs: std::collections::HashMap<String, u64>,
    /// Waiting instead of refusing over a rate limit; `None` refuses at once.
    pub queue: Option<LimitQueueSettings>,
    /// Count limits and quotas in one Redis shared by every instance; `None`: in this process.
    pub redis: Option<RedisLimitSettings>,
}

/// What admission does with a call when the shared limit store (Redis) cannot be asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OnStoreError {
    /// Let the call through unchecked (and uncounted).
    #[default]
    Open,
    /// Refuse the call with a retry hint.
    Closed,
}

/// Rate limits and quotas shared by every gateway instance through one Redis.
#[derive(Clone, PartialEq)]
pub struct RedisLimitSettings {
    /// `redis://[user:password@]host:port[/db]`, or `rediss://` for TLS.
    pub url: String,
    /// What to do when Redis cannot be asked in time.
    pub on_error: OnStoreError,
    /// The longest one admission waits for Redis (connection included) before `on_error`.
    pub timeout: Duration,
    /// Prefix of every key the gateway writes, so several deployments can share one Redis.
    pub prefix: String,
}

impl RedisLimitSettings {
    /// The URL without its password, for logs.
    pub fn redacted_url(&self) -> String {
        let Some((scheme, rest)) = self.url.split_once("://") else {
            return self.url.clone();
        };
        let authority_end = rest.find('/').unwrap_or(rest.len());
        match rest[..authority_end].rfind('@') {
            Some(at) => format!("{scheme}://***@{}", &rest[at + 1..]),
            None => self.url.clone(),
        }
    }
}

impl std::fmt::Debug for RedisLimitSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RedisLimitSettings")
            .field("url", &self.redacted_url())
            .field("on_error", &self.on_error)
            .field("timeout", &self.timeout)
            .field("prefix", &self.prefix)
            .finish()
    }
}

/// The guard stage: which detectors act how, per server.
#[derive(Debug, Clone, PartialEq)]
pub struct GuardSettings {
    /// Run the detectors at all.
    pub enabled: bool,
    /// What each finding category does, for every server.
    pub actions: guard::Actions,
    /// Per-server overrides of `actions`.
    pub servers: std::collections::HashMap<String, guard::Actions>,
    /// Trifecta tags per qualified tool name (`private`, `untrusted`, `outbound`, `no-...`).
    pub tags: std::collections::HashMap<String, Vec<String>>,
    /// Tool definitions an operator reviewed, per qualified tool name: the definition hash
    /// (`guard::definition_hash`, lowercase hex) whose `tool_poisoning` and `shadowing`
    /// findings are recorded (flag) instead of acted on. Any other definition of that tool,
    /// a later change included, is screened as usual.
    pub reviewed: std::collections::HashMap<String, String>,
    /// Pin tool definitions and hold back changed ones (needs the audit store).
    pub pins: bool,
}

impl Default for GuardSettings {
    fn default() -> Self {
        Self {
            enabled: true,
            actions: guard::Actions::default(),
            servers: Default::default(),
            tags: Default::default(),
            reviewed: Default::default(),
            pins: true,
        }
    }
}

impl GuardSettings {
    /// The action table for `server`.
    pub fn actions_for(&self, server: &str) -> guard::Actions {
        match self.servers.get(server) {
            Some(overrides) => self.actions.merged(overrides),
            None => self.actions.clone(),
        }
    }
}

/// Everything the gateway needs to run.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// Upstream servers, in config order.
    pub servers: Vec<ServerSettings>,
    /// Downstream HTTP behaviour.
    pub http: HttpSettings,
    /// Rate limits and quotas.
    pub traffic: TrafficSettings,
    /// The guard's detectors.
    pub guard: GuardSettings,
    /// Cedar policies; `None`: every authenticated caller may call every tool.
    pub policy: Option<std::sync::Arc<policy::Engine>>,
    /// Human approval of calls a policy marks `@approval`.
    pub approval: ApprovalSettings,
    /// Virtual servers (`/mcp/v/{name}`): curated tools from several servers.
    pub virtual_servers: crate::virtual_server::VirtualServers,
}

impl Settings {
    /// How many servers the config names (each once, whatever its replicas and tenants'
    /// instances; `servers` holds every instance).
    pub fn server_count(&self) -> usize {
        let mut names: Vec<&str> = self.servers.iter().map(|s| s.name.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        names.len()
    }
}

/// Human approval of sensitive calls.
#[derive(Debug, Clone, PartialEq)]
pub struct ApprovalSettings {
    /// How long a held call waits for a decision before it is refused.
    pub timeout: Duration,
    /// Also ask the client's user through elicitation (session-era clients that declared it).
    pub elicitation: bool,
}

impl Default for ApprovalSettings {
    fn default() -> Self {
        Self {
            timeout: Duration::from_secs(50),
            elicitation: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn redis(url: &str) -> RedisLimitSettings {
        RedisLimitSettings {
            url: url.to_owned(),
            on_error: OnStoreError::Open,
            timeout: Duration::from_millis(50),
            prefix: "gatehouse".to_owned(),
        }
    }

    #[test]
    fn a_redis_password_never_reaches_the_logs() {
        let with_password = redis("rediss://user:s3cret@cache.internal:6380/2");
        assert_eq!(
            with_password.redacted_url(),
            "rediss://***@cache.internal:6380/2"
        );
        assert!(!format!("{with_password:?}").contains("s3cret"));
        let plain = redis("redis://127.0.0.1:6379");
        assert_eq!(plain.redacted_url(), "redis://127.0.0.1:6379");
    }
}
