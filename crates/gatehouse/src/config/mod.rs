//! Loading the config file: YAML in, every error out (each with its path), or a runtime
//! [`Config`] compiled once per load.
//!
//! Two steps, as `docs/architecture.md` describes: raw serde structs ([`raw`]) with unknown keys
//! rejected, then compilation into `gateway::Settings` (variables expanded, durations parsed,
//! names validated). A config with any error is refused whole.

mod admin;
mod audit;
mod auth;
mod duration;
mod expand;
mod guard;
mod policy;
pub mod raw;
mod replicas;
mod telemetry;
mod tenants;
mod traffic;
mod virtual_servers;

use std::collections::BTreeMap;
use std::fmt;
use std::net::SocketAddr;
use std::path::Path;
use std::time::Duration;

use gateway::namespace::is_valid_server_name;
use gateway::settings::{
    FailureMode, HttpSettings, ServerSettings, Settings, UpstreamEra, UpstreamTransport,
};
use raw::{
    RawConfig, RawEra, RawFailureMode, RawHttp, RawHttpTransport, RawLog, RawLogFormat, RawServer,
};
use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use serde_json::Value;
use transport::upstream::{HttpSpec, OAuthSpec, StdioSpec};

pub use expand::env_lookup;

/// The default listen address.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";
/// How long a call needing approval waits for a decision, unless configured.
pub const DEFAULT_APPROVAL_TIMEOUT: Duration = Duration::from_secs(50);
/// The bundled example config, used when no `--config` is given.
pub const EXAMPLE_CONFIG: &str = include_str!("../../../../examples/gatehouse.yaml");

/// A loaded, valid config.
#[derive(Debug, Clone)]
pub struct Config {
    /// Where to listen.
    pub listen: SocketAddr,
    /// The gateway's runtime settings.
    pub settings: Settings,
    /// Log output format.
    pub log_format: RawLogFormat,
    /// Log filter.
    pub log_level: String,
    /// The audit log; `None` when disabled.
    pub audit: Option<AuditConfig>,
    /// Client authentication; `None`: every client is anonymous.
    pub auth: Option<gateway::auth::AuthSettings>,
    /// The admin listener; `None`: none.
    pub admin: Option<AdminConfig>,
    /// Trace export; `None`: off.
    pub telemetry: Option<TelemetryConfig>,
}

pub use admin::AdminConfig;
pub use audit::AuditConfig;
pub use telemetry::TelemetryConfig;

/// One problem in a config file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// Where: dotted path of keys, e.g. `servers.files.command`; empty for the whole file.
    pub path: String,
    /// What is wrong.
    pub message: String,
}

/// Every problem found in a config file.
#[derive(Debug, Clone)]
pub struct ConfigErrors(pub Vec<ConfigError>);

impl fmt::Display for ConfigErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            match e.path.is_empty() {
                true => write!(f, "{}", e.message)?,
                false => write!(f, "{}: {}", e.path, e.message)?,
            }
        }
        Ok(())
    }
}

impl std::error::Error for ConfigErrors {}

/// Read and compile a config file.
pub fn load_file(path: &Path) -> Result<Config, ConfigErrors> {
    parse(&read_file(path)?, &env_lookup)
}

/// Read a config file's `audit` section only (see [`parse_audit`]).
pub fn load_audit_file(path: &Path) -> Result<Option<AuditConfig>, ConfigErrors> {
    parse_audit(&read_file(path)?, &env_lookup)
}

fn read_file(path: &Path) -> Result<String, ConfigErrors> {
    std::fs::read_to_string(path).map_err(|e| {
        ConfigErrors(vec![ConfigError {
            path: String::new(),
            message: format!("cannot read {}: {e}", path.display()),
        }])
    })
}

/// Parse and compile config text, resolving `${VAR}` with `lookup`.
pub fn parse(text: &str, lookup: &dyn Fn(&str) -> Option<String>) -> Result<Config, ConfigErrors> {
    let mut errors = Errors::default();
    let value = parse_yaml(text, &mut errors)?;
    let raw = read_raw(value, &mut errors);
    let config = compile(raw, lookup, &mut errors);
    errors.finish(config)
}

/// Only the `audit` section of config text (`None`: the log is disabled), for the `audit`
/// commands: an auditor needs the audit database, not the admin token or the servers'
/// credentials, so no other section's `${VAR}` has to be set and no other section's error
/// stops them.
pub fn parse_audit(
    text: &str,
    lookup: &dyn Fn(&str) -> Option<String>,
) -> Result<Option<AuditConfig>, ConfigErrors> {
    let mut errors = Errors::default();
    let value = parse_yaml(text, &mut errors)?;
    let raw = read_raw(value, &mut errors);
    errors
        .0
        .retain(|e| e.path == "audit" || e.path.starts_with("audit."));
    let audit = audit::compile_audit(&raw.audit, lookup, &mut errors);
    match errors.0.is_empty() {
        true => Ok(audit),
        false => Err(ConfigErrors(errors.0)),
    }
}

/// The YAML document, or the one error that stops everything.
fn parse_yaml(text: &str, errors: &mut Errors) -> Result<Value, ConfigErrors> {
    let mut fatal = |message: String| std::mem::take(&mut *errors).fatal(message);
    match serde_saphyr::from_str(text) {
        // A file caught half-written by a reload (or emptied by mistake) must not stop every
        // server: an empty document is an error, and a config without servers says so.
        Ok(Value::Null) => Err(fatal(
            "the file is empty (for a gateway with no servers, write `servers: {}`)".into(),
        )),
        Ok(v) => Ok(v),
        Err(e) => Err(fatal(format!("invalid YAML: {e}"))),
    }
}

/// The config's JSON Schema.
pub fn schema() -> String {
    let schema = schemars::schema_for!(RawConfig);
    serde_json::to_string_pretty(&schema).expect("schemas serialize")
}

#[derive(Default)]
struct Errors(Vec<ConfigError>);

impl Errors {
    /// Record a problem at `path`, unless one is recorded there already: a key whose value
    /// had the wrong type is reported once, not again as missing when its section is compiled.
    fn push(&mut self, path: impl Into<String>, message: impl Into<String>) {
        let path = path.into();
        if self.0.iter().any(|e| !path.is_empty() && e.path == path) {
            return;
        }
        self.0.push(ConfigError {
            path,
            message: message.into(),
        });
    }

    fn fatal(mut self, message: String) -> ConfigErrors {
        self.push("", message);
        ConfigErrors(self.0)
    }

    fn finish(self, config: Config) -> Result<Config, ConfigErrors> {
        if self.0.is_empty() {
            Ok(config)
        } else {
            Err(ConfigErrors(self.0))
        }
    }
}

/// Split the document into sections and read each, so that one bad section does not hide the
/// errors of another.
fn read_raw(value: Value, errors: &mut Errors) -> RawConfig {
    let Value::Object(mut top) = value else {
        errors.push("", "the config must be a mapping of keys");
        return RawConfig::default();
    };
    check_keys::<RawConfig>(&mut top, "", errors);
    let mut raw = RawConfig {
        listen: section(top.remove("listen"), "listen", errors),
        http: section(top.remove("http"), "http", errors).unwrap_or_default(),
        log: section(top.remove("log"), "log", errors).unwrap_or_default(),
        telemetry: section(top.remove("telemetry"), "telemetry", errors),
        limits: section(top.remove("limits"), "limits", errors).unwrap_or_default(),
        quotas: section(top.remove("quotas"), "quotas", errors).unwrap_or_default(),
        costs: section(top.remove("costs"), "costs", errors).unwrap_or_default(),
        limit_queue: section(top.remove("limit_queue"), "limit_queue", errors),
        limit_redis: checked_section(top.remove("limit_redis"), "limit_redis", errors),
        audit: section(top.remove("audit"), "audit", errors).unwrap_or_default(),
        guard: section(top.remove("guard"), "guard", errors).unwrap_or_default(),
        auth: section(top.remove("auth"), "auth", errors),
        policy: section(top.remove("policy"), "policy", errors),
        admin: section(top.remove("admin"), "admin", errors),
        virtual_servers: virtual_servers::read(top.remove("virtual_servers"), errors),
        servers: BTreeMap::new(),
    };
    match top.remove("servers") {
        None | Some(Value::Null) => {}
        Some(Value::Object(servers)) => {
            for (name, server) in servers {
                let path = format!("servers.{name}");
                let server = match server {
                    Value::Object(mut map) => {
                        check_keys::<RawServer>(&mut map, &path, errors);
                        section(Some(Value::Object(map)), &path, errors)
                    }
                    _ => {
                        errors.push(&path, "must be a mapping (command/args or url)");
                        None
                    }
                };
                if let Some(server) = server {
                    raw.servers.insert(name, server);
                }
            }
        }
        Some(_) => errors.push("servers", "must be a mapping of server names"),
    }
    raw
}

/// Report and drop keys the schema of `T` does not know.
fn check_keys<T: JsonSchema>(
    map: &mut serde_json::Map<String, Value>,
    path: &str,
    errors: &mut Errors,
) {
    let schema = schemars::schema_for!(T);
    let known: Vec<String> = schema
        .get("properties")
        .and_then(Value::as_object)
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default();
    let unknown: Vec<String> = map.keys().filter(|k| !known.contains(k)).cloned().collect();
    for key in unknown {
        map.remove(&key);
        let at = if path.is_empty() {
            key.clone()
        } else {
            format!("{path}.{key}")
        };
        errors.push(
            at,
            format!("unknown key (expected one of: {})", known.join(", ")),
        );
    }
}

/// Like [`section`], but unknown keys are reported and dropped first, so the section's other
/// keys are still read (and their values validated).
fn checked_section<T: DeserializeOwned + JsonSchema>(
    value: Option<Value>,
    path: &str,
    errors: &mut Errors,
) -> Option<T> {
    match value {
        Some(Value::Object(mut map)) => {
            check_keys::<T>(&mut map, path, errors);
            section(Some(Value::Object(map)), path, errors)
        }
        other => section(other, path, errors),
    }
}

/// Read one section. A key of the wrong type is reported with its own path and left out, and
/// the rest is still read, so that its values are checked too (the config is rejected either
/// way; this only makes `gatehouse check` list every error at once).
fn section<T: DeserializeOwned>(
    value: Option<Value>,
    path: &str,
    errors: &mut Errors,
) -> Option<T> {
    let mut value = value.filter(|v| !v.is_null())?;
    if let Value::Object(map) = &mut value {
        for key in mistyped_keys::<T>(map, path, errors) {
            map.remove(&key);
        }
    }
    if let Value::Array(items) = &value {
        check_items::<T>(items, path, errors)?;
    }
    match from_value_at(value) {
        Ok(v) => Some(v),
        Err((at, message)) => {
            errors.push(format!("{path}{at}"), message);
            None
        }
    }
}

/// Deserialize `value`; an error comes with the path inside `value` where it arose
/// (`.balancing.affinity`, `[2].rate`; empty at the top), so that a message names the key
/// itself rather than the section holding it.
fn from_value_at<T: DeserializeOwned>(value: Value) -> Result<T, (String, String)> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let mut at = String::new();
        for segment in e.path().iter() {
            match segment {
                serde_path_to_error::Segment::Seq { index } => at.push_str(&format!("[{index}]")),
                serde_path_to_error::Segment::Map { key } => at.push_str(&format!(".{key}")),
                serde_path_to_error::Segment::Enum { variant } => {
                    at.push_str(&format!(".{variant}"))
                }
                serde_path_to_error::Segment::Unknown => {}
            }
        }
        let mut message = e.into_inner().to_string();
        if message.starts_with("invalid type:") && message.ends_with("expected a string") {
            // `PORT: 8080`, `DEBUG: on`: YAML reads these as a number or a boolean.
            message.push_str(
                " (put it in quotes: YAML reads 8080, 1.10, on or yes as a number or boolean)",
            );
        }
        (at, message)
    })
}

/// Type-check each key on its own, so every mistyped key is reported with its own path; the
/// keys that failed.
fn mistyped_keys<T: DeserializeOwned>(
    map: &serde_json::Map<String, Value>,
    path: &str,
    errors: &mut Errors,
) -> Vec<String> {
    let mut bad = Vec::new();
    for (key, value) in map {
        let mut single = serde_json::Map::new();
        single.insert(key.clone(), value.clone());
        if let Err((at, message)) = from_value_at::<T>(Value::Object(single))
            && !message.starts_with("missing field")
        {
            // `at` starts with the key itself when the error is inside its value.
            let at = match at.is_empty() {
                true => format!(".{key}"),
                false => at,
            };
            errors.push(format!("{path}{at}"), message);
            bad.push(key.clone());
        }
    }
    bad
}

/// Type-check each item of a list section (`limits`, `quotas`) on its own, and each key of an
/// item, so that every error is reported with its path (`limits[1].rate`); `None` if any failed.
fn check_items<T: DeserializeOwned>(
    items: &[Value],
    path: &str,
    errors: &mut Errors,
) -> Option<()> {
    if serde_json::from_value::<T>(Value::Array(Vec::new())).is_err() {
        return Some(()); // not a list section: `serde_json::from_value` reports the mismatch
    }
    let before = errors.0.len();
    for (i, item) in items.iter().enumerate() {
        let at = format!("{path}[{i}]");
        let item_before = errors.0.len();
        let Some(map) = item.as_object() else {
            if let Err(e) = serde_json::from_value::<T>(Value::Array(vec![item.clone()])) {
                errors.push(at, e.to_string());
            }
            continue;
        };
        for (key, value) in map {
            let single = Value::Object([(key.clone(), value.clone())].into_iter().collect());
            if let Err((inner, message)) = from_value_at::<T>(Value::Array(vec![single]))
                && !message.starts_with("missing field")
            {
                let inner = inner.strip_prefix("[0]").unwrap_or(&inner);
                let inner = match inner.is_empty() {
                    true => format!(".{key}"),
                    false => inner.to_owned(),
                };
                errors.push(format!("{at}{inner}"), message);
            }
        }
        if errors.0.len() == item_before
            && let Err((inner, message)) = from_value_at::<T>(Value::Array(vec![item.clone()]))
        {
            let inner = inner.strip_prefix("[0]").unwrap_or(&inner);
            errors.push(format!("{at}{inner}"), message);
        }
    }
    (errors.0.len() == before).then_some(())
}

fn compile(raw: RawConfig, lookup: &dyn Fn(&str) -> Option<String>, errors: &mut Errors) -> Config {
    let listen_text = raw.listen.as_deref().unwrap_or(DEFAULT_LISTEN);
    let listen = listen_text.parse::<SocketAddr>().unwrap_or_else(|_| {
        errors.push(
            "listen",
            format!("`{listen_text}` is not an address like 127.0.0.1:8080"),
        );
        DEFAULT_LISTEN.parse().expect("default address parses")
    });
    let mut servers = Vec::with_capacity(raw.servers.len());
    for (name, server) in &raw.servers {
        if let Some(settings) = compile_server(name, server, lookup, errors) {
            let instances = tenants::instances(settings, server, lookup, errors);
            servers.extend(replicas::expand(instances, server, lookup, errors));
        }
    }
    let http = compile_http(&raw.http, listen, errors);
    let traffic = traffic::compile_traffic(&raw, lookup, errors);
    let audit = audit::compile_audit(&raw.audit, lookup, errors);
    Config {
        listen,
        settings: Settings {
            servers,
            http,
            traffic,
            guard: guard::compile_guard(&raw.guard, errors),
            policy: raw
                .policy
                .as_ref()
                .and_then(|p| policy::compile_policy(p, errors)),
            approval: gateway::settings::ApprovalSettings {
                timeout: positive_duration_or(
                    &raw.policy.as_ref().and_then(|p| p.approval_timeout.clone()),
                    DEFAULT_APPROVAL_TIMEOUT,
                    "policy.approval_timeout",
                    errors,
                ),
                elicitation: raw
                    .policy
                    .as_ref()
                    .and_then(|p| p.approval_elicitation)
                    .unwrap_or(false),
            },
            virtual_servers: virtual_servers::compile(&raw.virtual_servers, &raw.servers, errors),
        },
        admin: raw
            .admin
            .as_ref()
            .and_then(|a| admin::compile_admin(a, lookup, errors))
            .filter(|a| {
                let same = a.listen == listen && listen.port() != 0;
                if same {
                    errors.push(
                        "admin.listen",
                        "the same address as listen: give it its own",
                    );
                }
                !same
            }),
        log_format: raw.log.format.unwrap_or_default(),
        log_level: log_level(&raw.log, errors),
        audit,
        auth: raw
            .auth
            .as_ref()
            .map(|a| auth::compile_auth(a, lookup, errors)),
        telemetry: raw
            .telemetry
            .as_ref()
            .and_then(|t| telemetry::compile_telemetry(t, lookup, errors)),
    }
}

/// `log.level`: a level or `tracing` filter directives (`info,gateway=debug`), checked here so
/// that a typo is an error with its path rather than a warning and the default level.
fn log_level(log: &RawLog, errors: &mut Errors) -> String {
    let level = log.level.clone().unwrap_or_else(|| "info".to_owned());
    if let Err(e) = tracing_subscriber::EnvFilter::builder().parse(&level) {
        errors.push("log.level", format!("`{level}`: {e}"));
    }
    level
}

/// The server's default instance (tenant instances are derived from it by [`tenants`]).
fn compile_server(
    name: &str,
    raw: &RawServer,
    lookup: &dyn Fn(&str) -> Option<String>,
    errors: &mut Errors,
) -> Option<ServerSettings> {
    let path = format!("servers.{name}");
    if !is_valid_server_name(name) {
        errors.push(
            &path,
            "invalid server name: use 1-32 lowercase letters, digits and `-`, starting with a letter",
        );
    }
    let transport = compile_transport(name, &path, raw, lookup, errors);
    let era = transport.as_ref().map(|transport| {
        check_transport(transport, raw, &path, errors);
        compile_era(raw, transport, &path, errors)
    });
    // Without a transport the server is not built, but its other keys are still checked.
    let balancing = replicas::compile_balancing(raw, &path, errors);
    let timeout = |key: &str, value: &Option<String>, default: u64, errors: &mut Errors| {
        let at = format!("{path}.{key}");
        let timeout = duration_or(value, Duration::from_secs(default), &at, errors);
        if timeout.is_zero() {
            errors.push(at, "must be more than 0");
        }
        timeout
    };
    let request_timeout = timeout("timeout", &raw.timeout, 120, errors);
    let init_timeout = timeout("init_timeout", &raw.init_timeout, 30, errors);
    let protection = traffic::compile_protection(raw, &path, errors);
    for (i, root) in raw.roots.iter().enumerate() {
        if !root.starts_with("file:///") {
            errors.push(
                format!("{path}.roots[{i}]"),
                format!("`{root}` must be an absolute file:// URI"),
            );
        }
    }
    Some(ServerSettings {
        name: name.to_owned(),
        tenant: None,
        replica: 0,
        balancing,
        transport: transport?,
        request_timeout,
        init_timeout,
        era: era?,
        failure_mode: match raw.failure_mode {
            Some(RawFailureMode::Closed) => FailureMode::Closed,
            _ => FailureMode::Open,
        },
        protection,
        roots: raw.roots.clone(),
    })
}

/// The protocol era to speak to a server; `modern` needs Streamable HTTP or stdio (a legacy
/// HTTP+SSE endpoint is of the session era by definition).
fn compile_era(
    raw: &RawServer,
    transport: &UpstreamTransport,
    path: &str,
    errors: &mut Errors,
) -> UpstreamEra {
    match raw.era {
        None | Some(RawEra::Auto) => UpstreamEra::Auto,
        Some(RawEra::Legacy) => UpstreamEra::Legacy,
        Some(RawEra::Modern) => {
            if matches!(transport, UpstreamTransport::LegacySse(_)) {
                errors.push(
                    format!("{path}.era"),
                    "`modern` needs a Streamable HTTP (`url`) or stdio (`command`) server",
                );
            }
            UpstreamEra::Modern
        }
    }
}

/// The transport of one server, `${VAR}`s expanded; `None` if neither or both of `command`
/// and `url` are given.
fn compile_transport(
    name: &str,
    path: &str,
    raw: &RawServer,
    lookup: &dyn Fn(&str) -> Option<String>,
    errors: &mut Errors,
) -> Option<UpstreamTransport> {
    // With `urls`, the first replica's URL; `replicas::expand` makes the others.
    let url = match (&raw.url, raw.urls.first()) {
        (Some(_), Some(_)) => {
            errors.push(path, "has both `url` and `urls`: choose one");
            return None;
        }
        (url, first) => url.as_ref().or(first),
    };
    if raw.command.is_some() && raw.oauth.is_some() {
        errors.push(
            format!("{path}.oauth"),
            "for an HTTP server (url); a stdio server's credentials go in its env",
        );
    }
    if raw.max_message_bytes == Some(0) {
        errors.push(
            format!("{path}.max_message_bytes"),
            "must be at least 1 (every message would be refused)",
        );
    }
    let mut ex = |value: &str, at: String| match expand::expand(value, lookup) {
        Ok(v) => v,
        Err(e) => {
            errors.push(at, e);
            String::new()
        }
    };
    let max_message_bytes = raw.max_message_bytes.unwrap_or(16 * 1024 * 1024);
    match (&raw.command, url) {
        (Some(command), None) => Some(UpstreamTransport::Stdio(StdioSpec {
            server: name.to_owned(),
            command: ex(command, format!("{path}.command")),
            args: (raw.args.iter().enumerate())
                .map(|(i, a)| ex(a, format!("{path}.args[{i}]")))
                .collect(),
            env: (raw.env.iter())
                .map(|(k, v)| (k.clone(), ex(v, format!("{path}.env.{k}"))))
                .collect(),
            cwd: raw
                .cwd
                .as_ref()
                .map(|c| ex(c, format!("{path}.cwd")).into()),
            max_message_bytes,
        })),
        (None, Some(url)) => {
            let oauth = raw.oauth.as_ref().map(|o| OAuthSpec {
                token_url: ex(&o.token_url, format!("{path}.oauth.token_url")),
                client_id: ex(&o.client_id, format!("{path}.oauth.client_id")),
                client_secret: ex(&o.client_secret, format!("{path}.oauth.client_secret")),
                scopes: o.scopes.clone(),
                resource: (o.resource.as_ref()).map(|r| ex(r, format!("{path}.oauth.resource"))),
            });
            let spec = HttpSpec {
                server: name.to_owned(),
                url: ex(url, format!("{path}.{}", url_key(raw))),
                headers: (raw.headers.iter())
                    .map(|(k, v)| (k.clone(), ex(v, format!("{path}.headers.{k}"))))
                    .collect(),
                connect_timeout: Duration::from_secs(10),
                max_message_bytes,
                oauth,
            };
            check_oauth(&spec, raw, path, errors);
            Some(match raw.transport {
                Some(RawHttpTransport::Sse) => UpstreamTransport::LegacySse(spec),
                _ => UpstreamTransport::Http(spec),
            })
        }
        (Some(_), Some(_)) => {
            let key = if raw.url.is_some() { "url" } else { "urls" };
            errors.push(path, format!("has both `command` and `{key}`: choose one"));
            None
        }
        (None, None) => {
            // A `command` or `url` of the wrong type was reported already, not missing.
            let mistyped = ["command", "url", "urls"].map(|k| format!("{path}.{k}"));
            if !errors.0.iter().any(|e| mistyped.contains(&e.path)) {
                errors.push(
                    format!("{path}.command"),
                    "missing (or give `url` for an HTTP server)",
                );
            }
            None
        }
    }
}

/// `oauth` sends the `Authorization` header itself, to a Streamable HTTP server, and gets its
/// tokens over TLS unless the token endpoint is on this machine.
fn check_oauth(spec: &HttpSpec, raw: &RawServer, path: &str, errors: &mut Errors) {
    let Some(oauth) = &spec.oauth else {
        return;
    };
    if raw.transport == Some(RawHttpTransport::Sse) {
        errors.push(
            format!("{path}.oauth"),
            "not for a legacy HTTP+SSE server (transport: sse)",
        );
    }
    if (raw.headers.keys()).any(|k| k.eq_ignore_ascii_case("authorization")) {
        errors.push(
            format!("{path}.headers.Authorization"),
            "oauth sends the Authorization header: give one or the other",
        );
    }
    for (tenant, credentials) in &raw.tenants {
        if (credentials.headers.keys()).any(|k| k.eq_ignore_ascii_case("authorization")) {
            errors.push(
                format!("{path}.tenants.{tenant}.headers.Authorization"),
                "the server's oauth sends the Authorization header (its tokens are every tenant's)",
            );
        }
    }
    if let Some(problem) = transport::upstream::token_url_problem(&oauth.token_url) {
        errors.push(format!("{path}.oauth.token_url"), problem);
    }
    if oauth.client_id.is_empty() || oauth.client_secret.is_empty() {
        errors.push(
            format!("{path}.oauth"),
            "client_id and client_secret must not be empty",
        );
    }
}

fn check_transport(
    transport: &UpstreamTransport,
    raw: &RawServer,
    path: &str,
    errors: &mut Errors,
) {
    match transport {
        UpstreamTransport::Stdio(spec) => {
            if spec.command.trim().is_empty() {
                // Reported once: an unset `${VAR}` has its own error at this path already.
                errors.push(
                    format!("{path}.command"),
                    "empty: name the program to start",
                );
            }
            if raw.transport.is_some() {
                errors.push(
                    format!("{path}.transport"),
                    "applies to HTTP servers (`url`) only",
                );
            }
            if !raw.headers.is_empty() {
                errors.push(
                    format!("{path}.headers"),
                    "only HTTP servers (`url`) take headers; use `env` for stdio",
                );
            }
        }
        UpstreamTransport::Http(spec) | UpstreamTransport::LegacySse(spec) => {
            if !(spec.url.starts_with("http://")
                || spec.url.starts_with("https://")
                || spec.url.is_empty())
            {
                errors.push(
                    format!("{path}.{}", url_key(raw)),
                    format!("`{}` must start with http:// or https://", spec.url),
                );
            }
            if !raw.args.is_empty() || !raw.env.is_empty() || raw.cwd.is_some() {
                errors.push(
                    path,
                    "`args`, `env` and `cwd` apply to stdio servers (`command`) only",
                );
            }
            check_headers(&spec.headers, path, errors);
        }
    }
}

/// Where an HTTP server's (first) URL was given: `url`, or `urls[0]` for replicas.
fn url_key(raw: &RawServer) -> &'static str {
    if raw.url.is_none() && !raw.urls.is_empty() {
        "urls[0]"
    } else {
        "url"
    }
}

/// Each of `headers` (given at `{path}.headers`) must be a valid HTTP header.
fn check_headers(headers: &[(String, String)], path: &str, errors: &mut Errors) {
    for (name, value) in headers {
        if http::HeaderName::from_bytes(name.as_bytes()).is_err() {
            errors.push(format!("{path}.headers.{name}"), "invalid header name");
        } else if http::HeaderValue::from_str(value).is_err() {
            errors.push(format!("{path}.headers.{name}"), "invalid header value");
        }
    }
}

fn duration_or(
    value: &Option<String>,
    default: Duration,
    path: &str,
    errors: &mut Errors,
) -> Duration {
    match value {
        None => default,
        Some(text) => duration::parse(text).unwrap_or_else(|e| {
            errors.push(path, e);
            default
        }),
    }
}

/// [`duration_or`] for a setting that zero would defeat (every session idle at once, every
/// held call expired before anyone could see it).
fn positive_duration_or(
    value: &Option<String>,
    default: Duration,
    path: &str,
    errors: &mut Errors,
) -> Duration {
    let parsed = duration_or(value, default, path, errors);
    if parsed.is_zero() {
        errors.push(path, "must be longer than 0s");
        return default;
    }
    parsed
}

/// The smallest `http.max_body_bytes` accepted.
const MIN_BODY_BYTES: usize = 512;

fn compile_http(raw: &RawHttp, listen: SocketAddr, errors: &mut Errors) -> HttpSettings {
    let defaults = HttpSettings::default();
    let allowed_hosts =
        (raw.allowed_hosts.clone()).unwrap_or_else(|| gateway::default_allowed_hosts(listen));
    HttpSettings {
        max_body_bytes: match raw.max_body_bytes {
            // Smaller than an `initialize` request with its client information would refuse
            // every client.
            Some(n) if n < MIN_BODY_BYTES => {
                errors.push(
                    "http.max_body_bytes",
                    format!("must be at least {MIN_BODY_BYTES}"),
                );
                defaults.max_body_bytes
            }
            n => n.unwrap_or(defaults.max_body_bytes),
        },
        allowed_origins: raw.allowed_origins.clone(),
        allowed_hosts,
        session_idle_timeout: positive_duration_or(
            &raw.session_idle_timeout,
            defaults.session_idle_timeout,
            "http.session_idle_timeout",
            errors,
        ),
        replay_buffer: match raw.replay_buffer {
            Some(0) => {
                errors.push("http.replay_buffer", "must be at least 1");
                defaults.replay_buffer
            }
            n => n.unwrap_or(defaults.replay_buffer),
        },
        max_sessions: match raw.max_sessions {
            Some(0) => {
                errors.push("http.max_sessions", "must be at least 1");
                defaults.max_sessions
            }
            n => n.unwrap_or(defaults.max_sessions),
        },
        ..defaults
    }
}

#[cfg(test)]
mod tests;
