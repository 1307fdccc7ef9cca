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
    pub servers: BTreeMap<String, RawServer>,
    /// Downstream HTTP behaviour.
    #[serde(default)]
    pub http: RawHttp,
    /// Logging.
    #[serde(default)]
    pub log: RawLog,
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
    /// How long one request may take, e.g. `60s`. Default `120s`.
    pub timeout: Option<String>,
    /// How long connecting and `initialize` may take. Default `30s`.
    pub init_timeout: Option<String>,
    /// `open` (default): a down server is left out of the aggregate; `closed`: requests fail.
    pub failure_mode: Option<RawFailureMode>,
    /// Largest message accepted from the server, in bytes. Default 16 MiB.
    pub max_message_bytes: Option<usize>,
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
