//! `gatehouse serve`: run the gateway on a config, reloading it when the file changes.

use std::net::SocketAddr;
use std::path::PathBuf;

use gateway::Gateway;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

use crate::config::{self, Config, ConfigErrors};
use crate::telemetry::{Telemetry, TelemetryError};

/// Where the config comes from.
#[derive(Debug, Clone)]
pub enum ConfigSource {
    /// A file, watched for changes.
    File(PathBuf),
    /// The bundled example config.
    Example,
}

impl ConfigSource {
    /// Load and compile the config.
    pub fn load(&self) -> Result<Config, ConfigErrors> {
        match self {
            ConfigSource::File(path) => config::load_file(path),
            ConfigSource::Example => config::parse(config::EXAMPLE_CONFIG, &config::env_lookup),
        }
    }

    /// Load and compile the `audit` section alone (`None`: the log is disabled).
    pub fn load_audit(&self) -> Result<Option<config::AuditConfig>, ConfigErrors> {
        match self {
            ConfigSource::File(path) => config::load_audit_file(path),
            ConfigSource::Example => {
                config::parse_audit(config::EXAMPLE_CONFIG, &config::env_lookup)
            }
        }
    }
}

/// Why `serve` stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The config is invalid.
    #[error("invalid config:\n{0}")]
    Config(#[from] ConfigErrors),
    /// The listen address cannot be bound.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
    /// `gatehouse stdio --server/--virtual` named something the config does not define.
    #[error("the config defines no {0}")]
    NoSuchScope(gateway::Scope),
    /// The server failed while running.
    #[error("server error: {0}")]
    Io(#[from] std::io::Error),
    /// Authentication cannot be set up (e.g. the JWKS is unreachable).
    #[error("cannot set up authentication: {0}")]
    Auth(#[from] gateway::auth::AuthSetupError),
    /// Trace export cannot be set up.
    #[error(transparent)]
    Telemetry(#[from] TelemetryError),
    /// The audit log cannot be opened.
    #[error("cannot open the audit log at {url}: {source}")]
    Audit {
        /// Where.
        url: String,
        /// Why.
        #[source]
        source: store::StoreError,
    },
}

/// A started gateway and what it needs at shutdown.
struct Started {
    config: Config,
    gateway: Gateway,
    shutdown: CancellationToken,
    telemetry: Option<Telemetry>,
}

impl Started {
    /// Stop the gateway, close the audit log and send the last spans.
    async fn stop(self) {
        self.shutdown.cancel();
        self.gateway.shutdown().await;
        self.gateway.close_audit().await;
        if let Some(telemetry) = self.telemetry {
            telemetry.shutdown().await;
        }
    }
}

/// Load the config, set up logging (and trace export) and TLS, open the audit log, start the
/// gateway and, for a file, hot reload.
async fn start(source: &ConfigSource) -> Result<Started, ServeError> {
    let config = source.load()?;
    let telemetry = crate::logging::init(&config)?;
    transport::ensure_crypto_provider();
    let audit = open_audit(&config, true).await?;
    let auth = match &config.auth {
        Some(settings) => Some(std::sync::Arc::new(
            gateway::auth::Authenticator::new(settings.clone()).await?,
        )),
        None => None,
    };
    let gateway = Gateway::start(config.settings.clone());
    gateway.set_auth(auth);
    let shutdown = CancellationToken::new();
    if let (Some(store), Some(audit)) = (audit, &config.audit) {
        gateway.set_audit(Some(store.clone()), audit.fail_closed);
        if let Some(retention) = audit.retention {
            tokio::spawn(prune_periodically(store, retention, shutdown.clone()));
        }
    }
    if let ConfigSource::File(path) = source {
        let fixed = crate::reload::Fixed {
            listen: config.listen,
            telemetry: config.telemetry.clone(),
        };
        crate::reload::watch(path.clone(), gateway.clone(), fixed, shutdown.clone());
    }
    if let Some(telemetry) = &config.telemetry {
        // Without its query and password: either may hold the collector's credentials.
        let url = telemetry.traces_url.split('?').next().unwrap_or_default();
        tracing::info!(url = %redact_url(url), sample_ratio = telemetry.sample_ratio, "exporting traces over OTLP/HTTP");
    }
    Ok(Started {
        config,
        gateway,
        shutdown,
        telemetry,
    })
}

/// Open the configured audit store (a configured log that cannot be opened stops the start:
/// serving unaudited would silently drop records). `writer`: as the one process appending to
/// it (a gateway); otherwise as a reader (the audit commands, which may run beside a gateway).
pub async fn open_audit(config: &Config, writer: bool) -> Result<Option<store::Store>, ServeError> {
    open_audit_log(config.audit.as_ref(), writer).await
}

/// Open the audit log `audit` configures (`None`: disabled), as [`open_audit`] does.
pub async fn open_audit_log(
    audit: Option<&config::AuditConfig>,
    writer: bool,
) -> Result<Option<store::Store>, ServeError> {
    let Some(audit) = audit else {
        tracing::warn!("the audit log is disabled (audit.enabled: false)");
        return Ok(None);
    };
    let opened = match writer {
        true => store::Store::open(audit.store.clone()).await,
        false => store::Store::open_reader(audit.store.clone()).await,
    };
    let store = opened.map_err(|source| ServeError::Audit {
        url: redact_url(&audit.store.url),
        source,
    })?;
    let public_key =
        (store.audit().public_key_hex()).unwrap_or_else(|_| "none (no key file)".into());
    tracing::info!(url = %redact_url(&audit.store.url), %public_key, "audit log open");
    Ok(Some(store))
}

/// A URL with any password replaced, for logs and errors.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let userinfo = &url[scheme + 3..at];
            match userinfo.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

/// How often the audit log is pruned: a tenth of the retention, at least every hour and at
/// most every minute, so no record outlives it by more than a tenth (once a day let a short
/// retention hold a day of records, pruned in one large transaction at the next start).
fn prune_interval(retention: std::time::Duration) -> std::time::Duration {
    let minute = std::time::Duration::from_secs(60);
    (retention / 10).clamp(minute, 60 * minute)
}

/// Prune the audit log at start and then every [`prune_interval`].
async fn prune_periodically(
    store: store::Store,
    retention: std::time::Duration,
    stop: CancellationToken,
) {
    let mut tick = tokio::time::interval(prune_interval(retention));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = tick.tick() => {}
            _ = stop.cancelled() => return,
        }
        match store.audit().prune(retention).await {
            Ok(0) => {}
            Ok(pruned) => tracing::info!(pruned, "audit records past retention pruned"),
            Err(error) => tracing::error!(%error, "audit retention pruning failed"),
        }
    }
}

/// Run the gateway until Ctrl-C or SIGTERM.
pub async fn run(source: ConfigSource) -> Result<(), ServeError> {
    let started = start(&source).await?;
    let (config, gateway) = (&started.config, started.gateway.clone());
    let listener = match TcpListener::bind(config.listen).await {
        Ok(listener) => listener,
        Err(source) => {
            let addr = config.listen;
            started.stop().await;
            return Err(ServeError::Bind { addr, source });
        }
    };
    let addr = listener.local_addr()?;
    let anonymous = config.auth.as_ref().is_none_or(|a| a.anonymous);
    if !addr.ip().is_loopback() && anonymous {
        tracing::warn!(%addr, "listening on a non-loopback address with anonymous access: anyone who can reach it can use every configured server");
    }
    if let Some(admin) = &config.admin {
        let admin_listener = match TcpListener::bind(admin.listen).await {
            Ok(listener) => listener,
            Err(source) => {
                let addr = admin.listen;
                started.stop().await;
                return Err(ServeError::Bind { addr, source });
            }
        };
        serve_admin(&started, admin, admin_listener)?;
    }
    let shutdown = started.shutdown.clone();
    tokio::spawn(stop_on_signal(shutdown.clone(), gateway.clone()));
    tracing::info!(%addr, servers = config.settings.server_count(), "gatehouse listening; MCP endpoint at /mcp");
    let served = transport::listener::serve(listener, gateway.router(), shutdown.clone());
    let served = drain(served, &shutdown, &gateway).await;
    started.stop().await;
    served?;
    tracing::info!("gatehouse stopped");
    Ok(())
}

/// Serve the admin routes on their listener until shutdown, warning about weak access.
fn serve_admin(
    started: &Started,
    admin: &crate::config::AdminConfig,
    listener: TcpListener,
) -> Result<(), ServeError> {
    if admin.token.is_none() && admin.roles.is_empty() {
        tracing::warn!(addr = %admin.listen, "the admin API has no token or roles (admin.token, admin.roles): any local process can approve tools and calls");
    }
    if !admin.roles.is_empty() && started.config.auth.is_none() {
        tracing::warn!(
            "admin.roles needs auth (JWT or API keys) to identify principals; only admin.token grants access"
        );
    }
    let router = started.gateway.admin_router(admin.access());
    tracing::info!(addr = %listener.local_addr()?, "admin listener: /metrics, /admin/...");
    tokio::spawn(transport::listener::serve(
        listener,
        router,
        started.shutdown.clone(),
    ));
    Ok(())
}

/// Serve one client on stdin/stdout until stdin closes (`gatehouse stdio`), in `scope`.
pub async fn run_stdio(source: ConfigSource, scope: gateway::Scope) -> Result<(), ServeError> {
    let started = start(&source).await?;
    if !started.gateway.scope_exists(&scope) {
        started.stop().await;
        return Err(ServeError::NoSuchScope(scope));
    }
    tracing::info!(
        servers = started.config.settings.server_count(),
        "gatehouse serving one client on stdio"
    );
    let gateway = started.gateway.clone();
    let served =
        gateway::stdio::serve_stdio(gateway, scope, tokio::io::stdin(), tokio::io::stdout()).await;
    started.stop().await;
    served?;
    Ok(())
}

/// How long requests in flight may take to finish once shutdown begins; then the gateway
/// stops anyway (closing its audit log), before an orchestrator's usual 30 s kill.
const SHUTDOWN_GRACE: std::time::Duration = std::time::Duration::from_secs(20);

/// Serve until `shutdown`, then let the requests in flight finish for at most
/// [`SHUTDOWN_GRACE`].
async fn drain(
    served: impl std::future::Future<Output = std::io::Result<()>>,
    shutdown: &CancellationToken,
    gateway: &Gateway,
) -> std::io::Result<()> {
    tokio::pin!(served);
    tokio::select! {
        result = &mut served => return result,
        _ = shutdown.cancelled() => {}
    }
    if let Ok(result) = tokio::time::timeout(SHUTDOWN_GRACE, &mut served).await {
        return result;
    }
    tracing::warn!(grace = ?SHUTDOWN_GRACE, "requests still in flight at the end of the shutdown grace; answering them with an error and stopping");
    // Each is answered (-32001, "the gateway is shutting down") rather than cut off; a
    // moment for those answers to go out.
    gateway.cancel_in_flight();
    let _ = tokio::time::timeout(ANSWER_GRACE, served).await;
    Ok(())
}

/// How long the answers to the requests cut at the end of the shutdown grace may take to go out.
const ANSWER_GRACE: std::time::Duration = std::time::Duration::from_secs(2);

/// On SIGINT or SIGTERM: stop accepting, end the streams clients keep open, and let the
/// requests in flight finish (see [`drain`]).
async fn stop_on_signal(shutdown: CancellationToken, gateway: Gateway) {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
            .expect("SIGTERM handler installs");
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
    tracing::info!("shutting down");
    gateway.begin_shutdown();
    shutdown.cancel();
}

#[cfg(test)]
mod tests {
    use super::prune_interval;
    use std::time::Duration;

    #[test]
    fn pruning_runs_a_tenth_of_the_retention_apart_between_a_minute_and_an_hour() {
        let minutes = |m: u64| Duration::from_secs(60 * m);
        assert_eq!(prune_interval(minutes(1)), minutes(1));
        assert_eq!(prune_interval(minutes(100)), minutes(10));
        assert_eq!(prune_interval(minutes(400 * 24 * 60)), minutes(60));
    }
}
