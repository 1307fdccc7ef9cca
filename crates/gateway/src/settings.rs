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

/// One configured upstream server.
#[derive(Debug, Clone)]
pub struct ServerSettings {
    /// The server's name: its route (`/mcp/{name}`) and its namespace prefix (`name__tool`).
    pub name: String,
    /// How to reach it.
    pub transport: UpstreamTransport,
    /// How long one request may take before the client gets a timeout error.
    pub request_timeout: Duration,
    /// How long `initialize` may take.
    pub init_timeout: Duration,
    /// Behaviour of the aggregate when this server is down.
    pub failure_mode: FailureMode,
}

impl ServerSettings {
    /// A fingerprint of everything that requires restarting the upstream when it changes.
    pub fn connection_key(&self) -> String {
        match &self.transport {
            UpstreamTransport::Stdio(s) => {
                format!("stdio {:?} {:?} {:?} {:?}", s.command, s.args, s.env, s.cwd)
            }
            UpstreamTransport::Http(h) => format!("http {:?} {:?}", h.url, h.headers),
            UpstreamTransport::LegacySse(h) => format!("sse {:?} {:?}", h.url, h.headers),
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
}
