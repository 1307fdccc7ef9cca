//! Hot reload: watch the config file and apply valid changes; an invalid file is reported and
//! the running config is kept.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use gateway::Gateway;
use gateway::auth::AuthSettings;
use notify::event::{AccessKind, AccessMode, ModifyKind};
use notify::{EventKind, RecursiveMode, Watcher};
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

/// What a file-system event on the config file means for the reload loop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Change {
    /// The file's content may have changed: reload it.
    Content,
    /// The watched file was removed or renamed (an editor or a ConfigMap swap replaced it): watch
    /// the path again, then reload.
    Replaced,
}

/// Classify an event on the watched file. Reads are ignored: the reload itself opens the file,
/// and reacting to that made every reload schedule the next one. So are attribute changes
/// (`chmod`, `touch`): the content is what counts (but see [`WatchedFile::replaced`]).
fn change_of(kind: &EventKind) -> Option<Change> {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => Some(Change::Content),
        EventKind::Access(_) | EventKind::Modify(ModifyKind::Metadata(_)) => None,
        EventKind::Modify(ModifyKind::Name(_)) | EventKind::Remove(_) => Some(Change::Replaced),
        EventKind::Modify(_) | EventKind::Create(_) | EventKind::Any | EventKind::Other => {
            Some(Change::Content)
        }
    }
}

/// The file the watch is on, by inode. A replaced file's old inode reports its removal only
/// once nobody holds it open; until then it reports only an attribute change (its link count
/// dropped), so on an attribute change the path is checked for a different file.
///
/// After a reload that could not read the file, its access (mode and owner) is remembered:
/// an attribute change that alters it (a `chmod` or `chown` that makes the file readable
/// again) is a reason to read it again.
#[derive(Debug, Default)]
struct WatchedFile {
    inode: AtomicU64,
    /// The access of the file when it last failed to load; 0 while the last load passed.
    failed_access: AtomicU64,
}

impl WatchedFile {
    /// Remember the file now at `path`.
    fn set(&self, path: &Path) {
        self.inode
            .store(inode(path).unwrap_or(0), Ordering::Relaxed);
    }

    /// Whether `path` no longer names the watched file (another file or none).
    fn replaced(&self, path: &Path) -> bool {
        inode(path) != Some(self.inode.load(Ordering::Relaxed))
    }

    /// Remember whether the last load of `path` failed, and the file's access then.
    fn loaded(&self, path: &Path, failed: bool) {
        let access = if failed { access(path) } else { 0 };
        self.failed_access.store(access, Ordering::Relaxed);
    }

    /// Whether the last load failed and the file's access has changed since.
    fn access_changed_since_failure(&self, path: &Path) -> bool {
        let failed = self.failed_access.load(Ordering::Relaxed);
        failed != 0 && access(path) != failed
    }
}

/// The inode of the file at `path` (`None`: no file there).
#[cfg(unix)]
fn inode(path: &Path) -> Option<u64> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).ok().map(|m| m.ino())
}

/// Without inodes every file looks the same: a replaced file is noticed by its removal event.
#[cfg(not(unix))]
fn inode(_path: &Path) -> Option<u64> {
    Some(0)
}

/// What decides whether the gateway may read the file at `path` (mode, owner, group), as one
/// number that is never 0 (1: no file there).
#[cfg(unix)]
fn access(path: &Path) -> u64 {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).map_or(1, |m| {
        (1 << 63)
            | (u64::from(m.mode()) << 42)
            | (u64::from(m.uid() & 0x1f_ffff) << 21)
            | u64::from(m.gid() & 0x1f_ffff)
    })
}

/// Without modes, whether the file is read-only stands for its access.
#[cfg(not(unix))]
fn access(path: &Path) -> u64 {
    std::fs::metadata(path).map_or(1, |m| 2 + u64::from(m.permissions().readonly()))
}

/// What `event` means for the watch on `path`.
fn classify(event: &notify::Event, path: &Path, file: &WatchedFile) -> Option<Change> {
    match event.kind {
        EventKind::Modify(ModifyKind::Metadata(_)) if file.replaced(path) => Some(Change::Replaced),
        EventKind::Modify(ModifyKind::Metadata(_)) if file.access_changed_since_failure(path) => {
            Some(Change::Content)
        }
        ref kind => change_of(kind),
    }
}

/// Watch `path` and reload `gateway` on every change until `shutdown`; changes to `fixed`
/// settings are reported as waiting for a restart.
///
/// The file itself is watched, not its directory: the default audit database lives beside the
/// config, and a directory watch woke the watcher thread on every write of its journal (a
/// few per proxied call, about a tenth of the throughput). A file replaced by rename (how many
/// editors save, and how a Kubernetes ConfigMap updates) ends its watch; the path is then
/// watched again (see [`rearm`]).
pub fn watch(path: PathBuf, gateway: Gateway, fixed: Fixed, shutdown: CancellationToken) {
    let (tx, rx) = mpsc::unbounded_channel();
    let file = Arc::new(WatchedFile::default());
    file.set(&path);
    let (seen, at) = (Arc::clone(&file), path.clone());
    let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Some(change) = event.ok().and_then(|e| classify(&e, &at, &seen)) {
            let _ = tx.send(change);
        }
    });
    let mut watcher = match watcher {
        Ok(w) => w,
        Err(e) => {
            tracing::warn!(error = %e, "cannot watch the config file; hot reload is off");
            return;
        }
    };
    if let Err(e) = watcher.watch(&path, RecursiveMode::NonRecursive) {
        tracing::warn!(error = %e, file = %path.display(), "cannot watch the config file; hot reload is off");
        return;
    }
    tokio::spawn(async move {
        let watch = Watch {
            path,
            file,
            watcher,
            events: rx,
        };
        reload_loop(watch, gateway, fixed, shutdown).await;
    });
}

/// The config file's watch and its events.
struct Watch<W> {
    path: PathBuf,
    file: Arc<WatchedFile>,
    watcher: W,
    events: mpsc::UnboundedReceiver<Change>,
}

/// The longest wait between two attempts to watch a config path that has no file.
const REARM_MAX_WAIT: Duration = Duration::from_secs(5);

/// Watch the config path again after its file was replaced, waiting (with backoff, until
/// `shutdown`) while no file is there. Returns false on shutdown.
async fn rearm<W: Watcher>(watch: &mut Watch<W>, shutdown: &CancellationToken) -> bool {
    let _ = watch.watcher.unwatch(&watch.path);
    let mut wait = DEBOUNCE;
    let mut warned = false;
    loop {
        // Remembered before the watch starts, so that no event of the new file is judged
        // against the old one.
        watch.file.set(&watch.path);
        match watch
            .watcher
            .watch(&watch.path, RecursiveMode::NonRecursive)
        {
            Ok(()) => return true,
            Err(e) if !warned => {
                tracing::warn!(error = %e, file = %watch.path.display(), "cannot watch the config file (gone or unreadable); the running config is kept until it is back");
                warned = true;
            }
            Err(_) => {}
        }
        tokio::select! {
            _ = tokio::time::sleep(wait) => {}
            _ = shutdown.cancelled() => return false,
        }
        wait = (wait * 2).min(REARM_MAX_WAIT);
    }
}

/// Make the gateway authenticate as `auth` says, so that a key revoked in the file stops
/// working now, not at the next restart. Unchanged settings keep the running authenticator
/// (no JWKS fetch). `false` when the new authentication cannot be set up (its JWKS cannot be
/// fetched): the caller keeps the whole running config, as for an invalid file.
async fn apply_auth(gateway: &Gateway, auth: Option<&AuthSettings>, path: &Path) -> bool {
    let running = gateway.auth_settings();
    if running.as_ref() == auth {
        return true;
    }
    let Some(settings) = auth else {
        tracing::warn!("the new config has no `auth`: clients are no longer authenticated");
        gateway.set_auth(None);
        return true;
    };
    match gateway::auth::Authenticator::new(settings.clone()).await {
        Ok(authenticator) => {
            gateway.set_auth(Some(Arc::new(authenticator)));
            true
        }
        Err(e) => {
            tracing::error!(error = %e, file = %path.display(), "cannot set up the new authentication; keeping the running config");
            false
        }
    }
}

async fn reload_loop<W: Watcher>(
    mut watch: Watch<W>,
    gateway: Gateway,
    fixed: Fixed,
    shutdown: CancellationToken,
) {
    loop {
        let mut replaced = tokio::select! {
            event = watch.events.recv() => match event {
                Some(change) => change == Change::Replaced,
                None => return,
            },
            _ = shutdown.cancelled() => return,
        };
        // Coalesce the burst of events one save produces.
        while let Ok(Some(change)) = tokio::time::timeout(DEBOUNCE, watch.events.recv()).await {
            replaced |= change == Change::Replaced;
        }
        if replaced && !rearm(&mut watch, &shutdown).await {
            return;
        }
        let path = &watch.path;
        let loaded = config::load_file(path);
        watch.file.loaded(path, loaded.is_err());
        match loaded {
            Ok(new) => {
                if !apply_auth(&gateway, new.auth.as_ref(), path).await {
                    continue;
                }
                if new.listen != fixed.listen {
                    tracing::warn!(old = %fixed.listen, new = %new.listen, "a new listen address takes effect on restart");
                }
                if new.telemetry != fixed.telemetry {
                    tracing::warn!("telemetry changes take effect on restart");
                }
                let servers = new.settings.server_count();
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

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::{CreateKind, DataChange, MetadataKind, RemoveKind, RenameMode};

    #[test]
    fn reads_and_attribute_changes_are_not_changes() {
        for kind in [
            EventKind::Access(AccessKind::Open(AccessMode::Any)),
            EventKind::Access(AccessKind::Close(AccessMode::Read)),
            EventKind::Modify(ModifyKind::Metadata(MetadataKind::Any)),
        ] {
            assert_eq!(change_of(&kind), None, "{kind:?}");
        }
    }

    #[test]
    fn writes_reload_and_removal_or_rename_rearms() {
        for kind in [
            EventKind::Access(AccessKind::Close(AccessMode::Write)),
            EventKind::Modify(ModifyKind::Data(DataChange::Any)),
            EventKind::Create(CreateKind::File),
        ] {
            assert_eq!(change_of(&kind), Some(Change::Content), "{kind:?}");
        }
        for kind in [
            EventKind::Remove(RemoveKind::File),
            EventKind::Modify(ModifyKind::Name(RenameMode::From)),
        ] {
            assert_eq!(change_of(&kind), Some(Change::Replaced), "{kind:?}");
        }
    }

    /// A config file in a fresh directory named after `test`, watched; and an attribute
    /// change event.
    #[cfg(unix)]
    fn watched(test: &str) -> (PathBuf, PathBuf, WatchedFile, notify::Event) {
        let dir = std::env::temp_dir().join(format!("gh-{test}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("gatehouse.yaml");
        std::fs::write(&path, "a").unwrap();
        let file = WatchedFile::default();
        file.set(&path);
        let attrib = notify::Event::new(EventKind::Modify(ModifyKind::Metadata(MetadataKind::Any)));
        (dir, path, file, attrib)
    }

    #[cfg(unix)]
    #[test]
    fn an_attribute_change_means_replaced_only_when_the_path_names_another_file() {
        let (dir, path, file, attrib) = watched("reload");
        assert_eq!(classify(&attrib, &path, &file), None);
        let fresh = dir.join("new.yaml");
        std::fs::write(&fresh, "b").unwrap();
        std::fs::rename(&fresh, &path).unwrap();
        assert_eq!(classify(&attrib, &path, &file), Some(Change::Replaced));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn after_a_failed_load_a_change_of_access_means_read_it_again() {
        use std::os::unix::fs::PermissionsExt;
        let (dir, path, file, attrib) = watched("reload-access");
        let chmod = |mode| std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode));
        chmod(0o000).unwrap();
        file.loaded(&path, true);
        assert_eq!(classify(&attrib, &path, &file), None, "nothing changed yet");
        chmod(0o600).unwrap();
        assert_eq!(classify(&attrib, &path, &file), Some(Change::Content));
        file.loaded(&path, false);
        chmod(0o644).unwrap();
        assert_eq!(
            classify(&attrib, &path, &file),
            None,
            "a good load: attributes are no change"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
