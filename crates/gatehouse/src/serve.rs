//! `gatehouse serve`: run the gateway on a config, reloading it when the file changes.

use std::net::SocketAddr;
use std::path::PathBuf;

use gateway::Gateway;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

use crate::config::{self, Config, ConfigErrors, raw::RawLogFormat};

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
    /// The server failed while running.
    #[error("server error: {0}")]
    Io(#[from] std::io::Error),
}

/// Set up logging to stderr (stdout may carry MCP traffic).
pub fn init_logging(config: &Config) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(&config.log_level));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = match config.log_format {
        RawLogFormat::Json => builder.json().try_init(),
        RawLogFormat::Text => builder.try_init(),
    };
}

/// Load the config, set up logging and TLS, start the gateway and, for a file, hot reload.
fn start(source: &ConfigSource) -> Result<(Config, Gateway, CancellationToken), ServeError> {
    let config = source.load()?;
    init_logging(&config);
    transport::ensure_crypto_provider();
    let gateway = Gateway::start(config.settings.clone());
    let shutdown = CancellationToken::new();
    if let ConfigSource::File(path) = source {
        crate::reload::watch(
            path.clone(),
            gateway.clone(),
            config.listen,
            shutdown.clone(),
        );
    }
    Ok((config, gateway, shutdown))
}

/// Run the gateway until Ctrl-C or SIGTERM.
pub async fn run(source: ConfigSource) -> Result<(), ServeError> {
    let (config, gateway, shutdown) = start(&source)?;
    let listener = match TcpListener::bind(config.listen).await {
        Ok(listener) => listener,
        Err(source) => {
            gateway.shutdown().await;
            return Err(ServeError::Bind {
                addr: config.listen,
                source,
            });
        }
    };
    let addr = listener.local_addr()?;
    if !addr.ip().is_loopback() {
        tracing::warn!(%addr, "listening on a non-loopback address: anyone who can reach it can use every configured server");
    }
    tokio::spawn(stop_on_signal(shutdown.clone()));
    tracing::info!(%addr, servers = config.settings.servers.len(), "gatehouse listening; MCP endpoint at /mcp");
    transport::listener::serve(listener, gateway.router(), shutdown).await?;
    gateway.shutdown().await;
    tracing::info!("gatehouse stopped");
    Ok(())
}

/// Serve one client on stdin/stdout until stdin closes (`gatehouse stdio`).
pub async fn run_stdio(source: ConfigSource) -> Result<(), ServeError> {
    let (config, gateway, shutdown) = start(&source)?;
    tracing::info!(
        servers = config.settings.servers.len(),
        "gatehouse serving one client on stdio"
    );
    let served =
        gateway::stdio::serve_stdio(gateway.clone(), tokio::io::stdin(), tokio::io::stdout()).await;
    shutdown.cancel();
    gateway.shutdown().await;
    served?;
    Ok(())
}

async fn stop_on_signal(shutdown: CancellationToken) {
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
    shutdown.cancel();
}
