//! The config file as written: serde structs whose field names are the config keys. Unknown
//! keys are rejected; the JSON Schema printed by `gatehouse schema` is derived from these.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Deserialize;

/// The whole config file.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawConfig {
    /// Address to listen on. Default `127.0.0.1:8080`; binding elsewhere must be explicit.
    #[serde(default)]
    pub listen: Option<String>,
    /// Upstream MCP servers by name (lowercase letters, digits and `-`, starting with a letter).
    #[serde(default)]
    #[schemars(extend("propertyNames" = {"pattern": "^[a-z][a-z0-9-]{0,31}$"}))]
    pub servers: BTreeMap<String, RawServer>,
    /// Downstream HTTP behaviour.
    #[serde(default)]
    pub http: RawHttp,
    /// Logging.
    #[serde(default)]
    pub log: RawLog,
    /// OpenTelemetry traces exported over OTLP/HTTP. Absent (or without `otlp_endpoint`): no
    /// export, and tracing costs nothing.
    #[serde(default)]
    pub telemetry: Option<RawTelemetry>,
    /// Rate limits (token buckets); every limit that applies to a call must pass.
    #[serde(default)]
    pub limits: Vec<RawLimit>,
    /// Quotas: budgets per day or month.
    #[serde(default)]
    pub quotas: Vec<RawQuota>,
    /// Cost of one call per qualified tool name (`server__tool`), charged to quotas. Default 1.
    #[serde(default)]
    pub costs: BTreeMap<String, u64>,
    /// Let calls over a rate limit wait their turn instead of being refused at once.
    #[serde(default)]
    pub limit_queue: Option<RawLimitQueue>,
    /// Count `limits` and `quotas` in one Redis shared by every gateway instance, so that they
    /// hold across instances. Absent: each instance counts on its own.
    #[serde(default)]
    pub limit_redis: Option<RawLimitRedis>,
    /// The audit log (on by default, in `gatehouse.db`).
    #[serde(default)]
    pub audit: RawAudit,
    /// The guard's detectors (on by default).
    #[serde(default)]
    pub guard: RawGuard,
    /// Authentication of clients. Absent: every client is anonymous (keep the listener on
    /// loopback then).
    #[serde(default)]
    pub auth: Option<RawAuth>,
    /// Cedar policies deciding who may list and call what. Absent: everything is allowed.
    #[serde(default)]
    pub policy: Option<RawPolicy>,
    /// The admin listener (`/metrics`, `/admin/...`). Absent: no admin listener.
    #[serde(default)]
    pub admin: Option<RawAdmin>,
    /// Virtual servers by name (served at `/mcp/v/{name}`; same name rules as servers): each a
    /// curated set of tools from several servers, optionally renamed and re-described.
    #[serde(default)]
    pub virtual_servers: BTreeMap<String, RawVirtualServer>,
}

/// `admin`: a second listener for operators: Prometheus metrics, server state, audit queries,
/// pin and approval decisions.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAdmin {
    /// Address of the admin listener, e.g. `127.0.0.1:9090`.
    pub listen: Option<String>,
    /// Bearer token `/admin/...` requires (`${VAR}` expands). Off loopback, a token or `roles`
    /// is required; `/metrics` and `/healthz` never need either.
    pub token: Option<String>,
    /// Roles whose principals (authenticated by `auth`: JWT or API key) may use `/admin/...`;
    /// their decisions are recorded under their name.
    #[serde(default)]
    pub roles: Vec<String>,
    /// Browser origins besides the listener's own that may use it (the dashboard behind a
    /// reverse proxy whose `Host` differs from the address the browser shows), e.g.
    /// `https://gatehouse.example.com`.
    #[serde(default)]
    pub allowed_origins: Vec<String>,
}

/// A virtual server: the tools its clients see. Every call still passes the policies, limits,
/// guard and audit of the real tool.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawVirtualServer {
    /// The curated tools, in the order clients see them.
    #[serde(default)]
    pub tools: Vec<RawVirtualTool>,
}

/// One curated tool, e.g. `{ tool: files__read_file, name: read_doc, description: "..." }`.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawVirtualTool {
    /// The tool's aggregate name, `server__tool` (as `/mcp` lists it).
    pub tool: String,
    /// The name clients see (`^[A-Za-z0-9_-]{1,64}$`, unique in the virtual server).
    /// Default: `tool`.
    pub name: Option<String>,
    /// The description clients see. Default: the server's own.
    pub description: Option<String>,
}

/// `policy`: Cedar authorization.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPolicy {
    /// Cedar policy files, validated at load against the schema the gateway generates
    /// (entity types Agent, User, Role, Tenant, Server, Tool, Prompt, Resource).
    #[serde(default)]
    pub files: Vec<String>,
    /// Tool arguments policies may read, with their types (`string`, `long`, `bool`,
    /// `decimal`, `ipaddr`, `set<string>`, `set<long>`), e.g. `{ limit: long, table: string }`.
    #[serde(default)]
    pub arguments: BTreeMap<String, String>,
    /// Principal attributes policies may read, with their types.
    #[serde(default)]
    pub principal_attributes: BTreeMap<String, String>,
    /// How long a call a policy marks `@approval` waits for a human's decision before it is
    /// refused (default `50s`, under the official SDKs' 60 s request timeout).
    pub approval_timeout: Option<String>,
    /// Also ask the client's user to approve through MCP elicitation, when the client declared
    /// it (`true`); default `false`: only operators decide, on the admin API (a client answers
    /// its own elicitation, so an automated agent could approve its own call).
    pub approval_elicitation: Option<bool>,
}

/// `auth`: who may call, as the MCP authorization spec's protected resource.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAuth {
    /// This gateway's canonical URL (RFC 8707), checked against tokens' `aud`.
    pub resource: Option<String>,
    /// Authorization servers named in the RFC 9728 metadata.
    #[serde(default)]
    pub authorization_servers: Vec<String>,
    /// Scopes named in the metadata.
    #[serde(default)]
    pub scopes_supported: Vec<String>,
    /// Scopes every token must carry (else 403 insufficient_scope).
    #[serde(default)]
    pub required_scopes: Vec<String>,
    /// Let requests without credentials through as agent `anonymous`. Default `false`.
    pub anonymous: Option<bool>,
    /// Bearer JWTs from an OIDC provider.
    pub jwt: Option<RawJwt>,
    /// API keys, stored as hashes: `{ hash: "sha256:...", agent, tenant?, user?, roles?, attributes? }`
    /// (`gatehouse keys create --agent NAME` prints one).
    #[serde(default)]
    pub api_keys: Vec<serde_json::Value>,
}

/// `auth.jwt`.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawJwt {
    /// Expected `iss`.
    pub issuer: String,
    /// Accepted `aud` values (besides `auth.resource`).
    #[serde(default)]
    pub audiences: Vec<String>,
    /// Accepted algorithms. Default RS256, ES256, PS256; `none` is never accepted.
    pub algorithms: Option<Vec<String>>,
    /// Clock skew allowed, seconds. Default 60.
    pub leeway_seconds: Option<u64>,
    /// Claims a token must have. Default `[exp]`.
    pub required_claims: Option<Vec<String>>,
    /// The JWK set URL. Neither this nor `jwks_file`: discovered from the issuer's
    /// `/.well-known/openid-configuration`.
    pub jwks_url: Option<String>,
    /// A local JWK set file.
    pub jwks_file: Option<String>,
    /// Refetch the JWK set when older than this, e.g. `5m` (and once on an unknown `kid`).
    pub refresh: Option<String>,
    /// Claims to principal: `{ agent: azp, user: sub, tenant: tid, roles: groups, attributes: [..] }`.
    pub claims: Option<serde_json::Value>,
}

/// `guard`: MCP-specific threat detection, inline.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawGuard {
    /// Run the detectors. Default `true`.
    pub enabled: Option<bool>,
    /// Action per finding category: `block`, `redact`, `flag` or `off`. Categories:
    /// tool_poisoning, shadowing, look_alike, hidden_content, prompt_injection, exfiltration,
    /// command_injection, path_traversal, ssrf, sql_injection, secret, pii, rug_pull, trifecta.
    /// Default: block all, but redact secret, pii and hidden_content, and flag look_alike.
    #[serde(default)]
    pub actions: BTreeMap<String, String>,
    /// Per-server overrides of `actions`.
    #[serde(default)]
    pub servers: BTreeMap<String, BTreeMap<String, String>>,
    /// Trifecta tags per tool (`server__tool`): private, untrusted, outbound (or no-private, ...).
    #[serde(default)]
    pub tags: BTreeMap<String, Vec<String>>,
    /// Tool definitions an operator reviewed and found honest, per tool (`server__tool`): the
    /// definition's SHA-256 (64 hex digits, shown with a held-back tool in the log and in
    /// `/admin/servers`). That exact definition's `tool_poisoning` and `shadowing` findings are
    /// flagged instead of acted on; any other definition of the tool is screened as usual.
    #[serde(default)]
    pub reviewed: BTreeMap<String, String>,
    /// Pin tool definitions in the audit store and hold back changed ones. Default `true`.
    pub pins: Option<bool>,
}

/// `audit`: the tamper-evident record of every request.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAudit {
    /// Record every request. Default `true`.
    pub enabled: Option<bool>,
    /// `sqlite://path` (or a file path) or `postgres://...`. Default `sqlite://gatehouse.db`.
    pub url: Option<String>,
    /// `sync` (default: committed before the reply) or `batched` (group commit; a crash loses
    /// at most the queued records of the last `batch_interval`).
    pub durability: Option<RawDurability>,
    /// Group-commit interval for `batched`, e.g. `5ms`. Default `5ms`.
    pub batch_interval: Option<String>,
    /// Ed25519 key that signs checkpoints (created, mode 0600, if missing). Default: the
    /// database path with `.key`, or `gatehouse-audit.key` for PostgreSQL.
    pub signing_key: Option<String>,
    /// A signed checkpoint every this many records. Default 1000.
    pub checkpoint_every: Option<u64>,
    /// And at least this often while records arrive, e.g. `60s`. Default `60s`.
    pub checkpoint_interval: Option<String>,
    /// Records older than this are pruned (in whole checkpointed segments), e.g. `400d`.
    /// Default: kept forever.
    pub retention: Option<String>,
    /// Arguments larger than this (bytes, serialized) are replaced by a marker and a hash.
    /// Default 65536.
    pub max_argument_bytes: Option<usize>,
    /// Refuse requests while the log cannot be written. Default `false`.
    pub fail_closed: Option<bool>,
}

/// `audit.durability` values.
#[derive(Debug, Clone, Copy, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum RawDurability {
    /// Committed (fsync) before the reply.
    Sync,
    /// Group commit every `batch_interval`.
    Batched,
}

/// What a limit or quota counts separately.
#[derive(Debug, Clone, Copy, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum RawLimitKey {
    /// The caller's tenant.
    Tenant,
    /// The calling agent.
    Agent,
    /// The user behind the agent.
    User,
    /// The upstream server.
    Server,
    /// The tool (`server__tool`).
    Tool,
}

/// A rate limit, e.g. `{ key: [agent, tool], rate: 60/min, burst: 10 }`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawLimit {
    /// What is counted separately; empty counts every call together.
    #[serde(default)]
    pub key: Vec<RawLimitKey>,
    /// Calls per period: `N/s`, `N/min`, `N/hour` or `N/day`.
    pub rate: String,
    /// Calls allowed at once after a quiet spell. Default: the rate's N.
    pub burst: Option<u32>,
}

/// A quota, e.g. `{ key: [tenant], per: day, limit: 10000 }`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawQuota {
    /// What is counted separately.
    #[serde(default)]
    pub key: Vec<RawLimitKey>,
    /// `day` or `month` (UTC calendar windows).
    pub per: RawQuotaWindow,
    /// Cost units per window (a call costs 1 unless `costs` says otherwise).
    pub limit: u64,
}

/// `quotas[].per` values.
#[derive(Debug, Clone, Copy, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum RawQuotaWindow {
    /// A UTC day.
    Day,
    /// A UTC month.
    Month,
}

/// `limit_queue`: waiting over a rate limit.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawLimitQueue {
    /// Calls per limit key that may wait; more are refused at once. Default 10.
    pub max_waiting: Option<usize>,
    /// The longest a call waits, e.g. `500ms`. Default `1s`.
    pub max_wait: Option<String>,
}

/// `limit_redis`: limits and quotas shared through Redis.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawLimitRedis {
    /// `redis://[user:password@]host:port[/db]`, or `rediss://` for TLS (`${VAR}` expands).
    pub url: Option<String>,
    /// When Redis cannot answer in time: `open` (default) lets the call through unchecked,
    /// `closed` refuses it (JSON-RPC -32029, HTTP 429). Either way a warning is logged (at most
    /// every 10 s) and `gatehouse_limit_store_failures_total` counts it.
    pub on_error: Option<RawOnError>,
    /// How long a call waits for Redis (connecting included) before `on_error`, e.g. `50ms`.
    /// Default `50ms`.
    pub timeout: Option<String>,
    /// Prefix of every key written, so several deployments can share one Redis. Default
    /// `gatehouse`.
    pub prefix: Option<String>,
}

/// `limit_redis.on_error` values.
#[derive(Debug, Clone, Copy, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum RawOnError {
    /// Let the call through unchecked.
    Open,
    /// Refuse the call.
    Closed,
}

/// A server's circuit breaker.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawBreaker {
    /// Consecutive failures (unreachable or timed out) that open the circuit. Default 5; 0 disables.
    pub failures: Option<u32>,
    /// Failure ratio over the last `window` requests that opens the circuit, e.g. `0.5`.
    pub failure_rate: Option<f64>,
    /// Requests the ratio is computed over. Default 20.
    pub window: Option<u32>,
    /// How long the circuit stays open before a probe, e.g. `30s`. Default `30s`.
    pub cooldown: Option<String>,
}

/// A server's retries of idempotent requests.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawRetry {
    /// Extra attempts when the server was unreachable. Default 2; 0 disables.
    pub attempts: Option<u32>,
    /// Base of the jittered exponential backoff, e.g. `50ms`. Default `50ms`.
    pub backoff: Option<String>,
    /// Tools (original names) safe to retry besides those annotated `idempotentHint`.
    #[serde(default)]
    pub tools: Vec<String>,
    /// Retries allowed per 100 requests (the retry budget). Default 20.
    pub budget_percent: Option<u32>,
}

/// A server's caches.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCache {
    /// How long list results are served from cache (invalidated on `list_changed`), e.g. `30s`;
    /// `0s` disables. Default `30s`.
    pub lists: Option<String>,
    /// Read-only tools (original names) whose results may be cached.
    #[serde(default)]
    pub tools: BTreeMap<String, RawToolCache>,
}

/// One cached tool.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawToolCache {
    /// How long a result is served, e.g. `60s`.
    pub ttl: String,
    /// `principal` (default): each caller has its own entries; `public`: one entry serves all.
    pub scope: Option<RawCacheScope>,
}

/// `cache.tools.*.scope` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum RawCacheScope {
    /// Per principal.
    Principal,
    /// Shared by every caller.
    Public,
}

/// One upstream server: `command` (stdio) or `url` (Streamable HTTP), not both.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawServer {
    /// stdio: the program to start. Only commands from this file are ever started.
    pub command: Option<String>,
    /// stdio: its arguments.
    #[serde(default)]
    pub args: Vec<String>,
    /// stdio: variables for the child, which gets only these plus `PATH` and `HOME`.
    #[serde(default)]
    pub env: BTreeMap<String, String>,
    /// stdio: working directory.
    pub cwd: Option<String>,
    /// HTTP: the server's MCP endpoint URL.
    pub url: Option<String>,
    /// HTTP: `streamable-http` (default) or `sse` for a 2024-11-05 HTTP+SSE server (`url` is
    /// then its SSE stream, e.g. `https://host/sse`).
    pub transport: Option<RawHttpTransport>,
    /// HTTP: headers sent on every request, e.g. credentials (`${VAR}` expands from the environment).
    #[serde(default)]
    pub headers: BTreeMap<String, String>,
    /// HTTP: OAuth client credentials (RFC 6749 §4.4): the gateway gets access tokens from the
    /// authorization server and sends them as `Authorization: Bearer`, renewed before they
    /// expire and when the server refuses one.
    pub oauth: Option<RawOAuth>,
    /// How long one request may take, e.g. `60s`. Default `120s`.
    pub timeout: Option<String>,
    /// How long connecting and `initialize` may take. Default `30s`.
    pub init_timeout: Option<String>,
    /// HTTP: the protocol era spoken to the server: `auto` (default; probe `server/discover`,
    /// else `initialize`), `modern` (stateless 2026-07-28) or `legacy` (session era).
    pub era: Option<RawEra>,
    /// `open` (default): a down server is left out of the aggregate; `closed`: requests fail.
    pub failure_mode: Option<RawFailureMode>,
    /// The roots (`file://` URIs) the gateway gives the server when it asks (`roots/list`).
    /// A server is shared by every client, so no client's own roots reach it; without this
    /// list the gateway declares no `roots` capability to the server.
    #[serde(default)]
    pub roots: Vec<String>,
    /// Largest message accepted from the server, in bytes. Default 16 MiB.
    pub max_message_bytes: Option<usize>,
    /// Requests in flight at once; more wait in the queue. Default: no cap.
    pub max_concurrency: Option<usize>,
    /// Requests that may wait for a slot when `max_concurrency` is reached; more are shed.
    /// Default 0.
    pub queue: Option<usize>,
    /// The circuit breaker.
    #[serde(default)]
    pub breaker: RawBreaker,
    /// Retries of idempotent requests.
    #[serde(default)]
    pub retry: RawRetry,
    /// List and result caches.
    #[serde(default)]
    pub cache: RawCache,
    /// Credentials per tenant: each tenant named here gets its own connection to the server
    /// (its own child process or upstream session) with these `headers` (HTTP) or `env`
    /// (stdio) laid over the server's; principals of every other tenant use the server's own.
    #[serde(default)]
    pub tenants: BTreeMap<String, RawTenantCredentials>,
    /// HTTP: the endpoints of several replicas of the server (at most 64), instead of `url`;
    /// requests are balanced over them.
    #[serde(default)]
    #[schemars(length(max = 64))]
    pub urls: Vec<String>,
    /// stdio: how many children of `command` to run as replicas (1 to 64). Default 1.
    #[schemars(range(min = 1, max = 64))]
    pub replicas: Option<usize>,
    /// How requests are spread over the replicas, and how their health is checked.
    #[serde(default)]
    pub balancing: RawBalancing,
}

/// `servers.NAME.balancing`.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawBalancing {
    /// `session` (default): a client session keeps to one replica while it is available;
    /// `none`: each request goes to the available replica with the fewest requests in flight.
    pub affinity: Option<RawAffinity>,
    /// Pings each replica; a failed or slow answer takes it out of the rotation until one
    /// succeeds. On by default (every 10s, 2s timeout) when the server has replicas.
    pub health_check: Option<RawHealthCheck>,
}

/// `balancing.affinity` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum RawAffinity {
    /// A session keeps its replica.
    Session,
    /// Every request is balanced on its own.
    None,
}

/// `balancing.health_check`.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawHealthCheck {
    /// How often, e.g. `10s`; `0s` turns health checks off.
    pub interval: Option<String>,
    /// How long a ping may take, e.g. `2s`.
    pub timeout: Option<String>,
}

/// A server's OAuth client credentials (`${VAR}` and `${file:PATH}` expand as elsewhere).
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawOAuth {
    /// The authorization server's token endpoint (`https://`, or `http://` on loopback).
    pub token_url: String,
    /// The gateway's client id there.
    pub client_id: String,
    /// Its client secret, e.g. `${TICKETS_CLIENT_SECRET}` (sent with HTTP Basic).
    pub client_secret: String,
    /// Scopes to ask for; none: the authorization server's default.
    #[serde(default)]
    pub scopes: Vec<String>,
    /// The RFC 8707 `resource` the tokens are for; default: the server's URL.
    pub resource: Option<String>,
}

/// One tenant's credentials for a server (`${VAR}` and `${file:PATH}` expand as elsewhere).
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTenantCredentials {
    /// HTTP: headers replacing or adding to the server's `headers`.
    #[serde(default)]
    pub headers: BTreeMap<String, String>,
    /// stdio: variables replacing or adding to the server's `env`.
    #[serde(default)]
    pub env: BTreeMap<String, String>,
}

/// `transport` values for HTTP servers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RawHttpTransport {
    /// MCP Streamable HTTP (2025-03-26 and later).
    StreamableHttp,
    /// The 2024-11-05 HTTP+SSE transport.
    Sse,
}

/// `era` values.
#[derive(Debug, Clone, Copy, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum RawEra {
    /// Probe with `server/discover`, fall back to `initialize`.
    Auto,
    /// The stateless 2026-07-28 era.
    Modern,
    /// The session era (`initialize`).
    Legacy,
}

/// `failure_mode` values.
#[derive(Debug, Clone, Copy, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum RawFailureMode {
    /// Leave the server out and carry on.
    Open,
    /// Fail requests that need the server.
    Closed,
}

/// Downstream HTTP settings.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawHttp {
    /// Largest request body in bytes (HTTP 413 beyond). Default 4 MiB.
    pub max_body_bytes: Option<usize>,
    /// Browser origins allowed besides loopback ones (`*` for any).
    #[serde(default)]
    pub allowed_origins: Vec<String>,
    /// Accepted `Host` header values. Default: loopback names when listening on loopback, else any.
    pub allowed_hosts: Option<Vec<String>>,
    /// Idle sessions end after this long, e.g. `30m`. Default `30m`.
    pub session_idle_timeout: Option<String>,
    /// Events each SSE stream keeps for a client that reads slowly or resumes with
    /// `Last-Event-ID`; a reader that falls further behind has its stream closed. Default 256.
    #[schemars(range(min = 1))]
    pub replay_buffer: Option<usize>,
    /// Most client sessions open at once (session-era sessions and 2026-07-28 listen
    /// streams); an `initialize` beyond it is refused. Default 10000.
    #[schemars(range(min = 1))]
    pub max_sessions: Option<usize>,
}

/// Logging settings.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawLog {
    /// `text` (default) or `json`.
    pub format: Option<RawLogFormat>,
    /// A tracing filter, e.g. `info` or `gateway=debug`. Default `info`; `RUST_LOG` overrides.
    pub level: Option<String>,
}

/// `telemetry`: a span per request, with child spans per stage and per upstream call, exported
/// to an OpenTelemetry collector over OTLP/HTTP (protobuf).
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTelemetry {
    /// The collector's OTLP/HTTP URL, e.g. `http://127.0.0.1:4318`: spans are POSTed to its
    /// `/v1/traces` (a URL already ending in `/v1/traces` is used as it is). `${VAR}` expands.
    /// Absent: no export.
    pub otlp_endpoint: Option<String>,
    /// Share of new traces sampled, from 0 to 1 (default 1). Parent-based: a request that
    /// carries a trace context follows its caller's decision.
    pub sample_ratio: Option<f64>,
    /// The `service.name` of the exported spans (default `gatehouse`).
    pub service_name: Option<String>,
    /// Headers sent to the collector, e.g. `{ x-api-key: "${OTLP_KEY}" }` (`${VAR}` expands).
    #[serde(default)]
    pub headers: BTreeMap<String, String>,
}

/// `log.format` values.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum RawLogFormat {
    /// Human-readable lines.
    #[default]
    Text,
    /// One JSON object per line.
    Json,
}
