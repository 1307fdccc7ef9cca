//! Compiling the `audit` section into the store's configuration.

use std::path::PathBuf;
use std::time::Duration;

use store::{Durability, StoreConfig};

use super::raw::{RawAudit, RawDurability};
use super::{Errors, duration_or, expand};

/// The default audit database, relative to the working directory.
pub const DEFAULT_AUDIT_URL: &str = "sqlite://gatehouse.db";

/// The audit log's runtime configuration.
#[derive(Debug, Clone)]
pub struct AuditConfig {
    /// How to open the store.
    pub store: StoreConfig,
    /// Prune records older than this.
    pub retention: Option<Duration>,
    /// Refuse requests while the log cannot be written.
    pub fail_closed: bool,
}

/// `None` when the log is disabled.
pub(super) fn compile_audit(
    raw: &RawAudit,
    lookup: &dyn Fn(&str) -> Option<String>,
    errors: &mut Errors,
) -> Option<AuditConfig> {
    if raw.enabled == Some(false) {
        return None;
    }
    let url = match &raw.url {
        Some(url) => expand::expand(url, lookup).unwrap_or_else(|e| {
            errors.push("audit.url", e);
            String::new()
        }),
        None => DEFAULT_AUDIT_URL.to_owned(),
    };
    // Only a URL of another scheme is refused: a plain file path may hold "://" too.
    let known = ["sqlite:", "postgres://", "postgresql://"];
    let scheme = url.split_once("://").map(|(scheme, _)| scheme);
    let is_scheme = |s: &str| {
        s.starts_with(|c: char| c.is_ascii_alphabetic())
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    };
    if scheme.is_some_and(is_scheme) && !known.iter().any(|k| url.starts_with(k)) {
        errors.push(
            "audit.url",
            "a sqlite://PATH or postgres://... URL (or a plain file path)",
        );
    }
    let durability = match raw.durability {
        Some(RawDurability::Batched) => Durability::Batched {
            interval: duration_or(
                &raw.batch_interval,
                Duration::from_millis(5),
                "audit.batch_interval",
                errors,
            ),
        },
        _ => Durability::Sync,
    };
    let mut store = StoreConfig::new(url.clone());
    store.durability = durability;
    store.signing_key_path = Some(
        raw.signing_key
            .as_ref()
            .map(PathBuf::from)
            .unwrap_or_else(|| default_key_path(&url)),
    );
    if let Some(every) = raw.checkpoint_every {
        store.checkpoint_every = every;
    }
    store.checkpoint_interval = duration_or(
        &raw.checkpoint_interval,
        store.checkpoint_interval,
        "audit.checkpoint_interval",
        errors,
    );
    if let Some(max) = raw.max_argument_bytes {
        store.max_argument_bytes = max;
    }
    let retention = raw
        .retention
        .as_ref()
        .map(|r| duration_or(&Some(r.clone()), Duration::ZERO, "audit.retention", errors));
    Some(AuditConfig {
        store,
        retention,
        fail_closed: raw.fail_closed.unwrap_or(false),
    })
}

/// `gatehouse.db` → `gatehouse.key`; PostgreSQL → `gatehouse-audit.key`.
fn default_key_path(url: &str) -> PathBuf {
    let file = url
        .strip_prefix("sqlite://")
        .or_else(|| (!url.contains("://") && !url.starts_with("sqlite:")).then_some(url));
    match file.map(|f| f.split('?').next().unwrap_or(f)) {
        Some(path) if !path.is_empty() && path != ":memory:" => {
            PathBuf::from(path).with_extension("key")
        }
        _ => PathBuf::from("gatehouse-audit.key"),
    }
}

#[cfg(test)]
mod tests {
    use super::default_key_path;
    use std::path::PathBuf;

    #[test]
    fn the_key_sits_beside_the_database() {
        assert_eq!(
            default_key_path("sqlite://data/audit.db?mode=rwc"),
            PathBuf::from("data/audit.key")
        );
        assert_eq!(
            default_key_path("/var/lib/g.db"),
            PathBuf::from("/var/lib/g.key")
        );
        assert_eq!(
            default_key_path("postgres://u@localhost/db"),
            PathBuf::from("gatehouse-audit.key")
        );
    }
}
