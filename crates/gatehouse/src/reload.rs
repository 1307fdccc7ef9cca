//! Hot reload: watch the config file and apply valid changes; an invalid file is reported and
//! the running config is kept.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use gateway::Gateway;
use notify::{RecursiveMode, Watcher};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use crate::config::{self, TelemetryConfig};

/// Editors write a file in several steps; wait this long after the last event before reloading.
const DEBOUNCE: Duration = Duration::from_millis(250);

/// What a reload does not change (a change takes effect on restart): as the gateway runs.
#[derive(Debug, Clone)]
pub struct Fixed {
    /// The listen address.
    pub listen: SocketAddr,
    /// Trace export.
    pub telemetry: Option<TelemetryConfig>,
}

/// Watch `path` and reload `gateway` on every change until `shutdown`; changes to `fixed`
/// settings are reported as waiting for a restart.
pub fn watch(path: PathBuf, gateway: Gateway, fixed: Fixed, shutdown: CancellationToken) {
    let (tx, rx) = mpsc::unbounded_channel();
    // Watch the directory: editors often replace the file rather than write it in place.
    let dir = path
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let dir = if dir.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        dir
    };
    let name = path.file_name().map(|n| n.to_owned());
    let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(event) = event
            && event.paths.iter().any(|p| p.file_name() == name.as_deref())
        {
            let _ = tx.send(());
        }
    });
    let mut watcher = match watcher {
        Ok(w) => w,
        Err(e) => {
            tracing::warn!(error = %e, "cannot watch the config file; hot reload is off");
            return;
        }
    };
    if let Err(e) = watcher.watch(&dir, RecursiveMode::NonRecursive) {
        tracing::warn!(error = %e, dir = %dir.display(), "cannot watch the config directory; hot reload is off");
        return;
    }
    tokio::spawn(async move {
        let _keep = watcher;
        reload_loop(path, gateway, fixed, rx, shutdown).await;
    });
}

async fn reload_loop(
    path: PathBuf,
    gateway: Gateway,
    fixed: Fixed,
    mut rx: mpsc::UnboundedReceiver<()>,
    shutdown: CancellationToken,
) {
    loop {
        tokio::select! {
            event = rx.recv() => if event.is_none() { return },
            _ = shutdown.cancelled() => return,
        }
        // Coalesce the burst of events one save produces.
        while let Ok(Some(())) = tokio::time::timeout(DEBOUNCE, rx.recv()).await {}
        match config::load_file(&path) {
            Ok(new) => {
                if new.listen != fixed.listen {
                    tracing::warn!(old = %fixed.listen, new = %new.listen, "a new listen address takes effect on restart");
                }
                if new.telemetry != fixed.telemetry {
                    tracing::warn!("telemetry changes take effect on restart");
                }
                let servers = new.settings.servers.len();
                gateway.reload(new.settings).await;
                tracing::info!(path = %path.display(), servers, "config reloaded");
            }
            Err(errors) => {
                for e in &errors.0 {
                    tracing::error!(path = %e.path, "{}", e.message);
                }
                tracing::error!(file = %path.display(), "config is invalid; keeping the running config");
            }
        }
    }
}
