//! Store configuration.

use std::path::PathBuf;
use std::time::Duration;

/// When an `append` returns relative to the durable commit of its record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// `append` returns only after the transaction holding the record has
    /// committed durably (SQLite `synchronous=FULL`, PostgreSQL's default
    /// `synchronous_commit=on`). Concurrent appends share one commit.
    Sync,
    /// Group commit: `append` returns once the record is enqueued (its `seq`
    /// is already fixed); the writer commits everything queued every
    /// `interval`. Loss window on a crash: records enqueued but not yet
    /// committed, i.e. at most `queue_capacity` records plus whatever
    /// arrived during the last `interval`. `Store::close` flushes them.
    Batched {
        /// How long the writer gathers records before one commit.
        interval: Duration,
    },
}

/// How to open a [`crate::Store`].
#[derive(Debug, Clone)]
pub struct StoreConfig {
    /// `sqlite://path?mode=rwc`, `sqlite::memory:`, a plain file path, or a
    /// `postgres://` / `postgresql://` URL.
    pub url: String,
    /// Commit policy of the audit writer.
    pub durability: Durability,
    /// Write a signed checkpoint after this many rows (0 disables the count trigger).
    pub checkpoint_every: u64,
    /// Write a signed checkpoint at least this often while rows keep arriving.
    pub checkpoint_interval: Duration,
    /// Ed25519 signing key file (hex seed). Generated with mode 0600 when
    /// missing. `None` uses an ephemeral in-memory key (tests only).
    pub signing_key_path: Option<PathBuf>,
    /// Serialized arguments larger than this are replaced by a truncation marker.
    pub max_argument_bytes: usize,
    /// Capacity of the writer's queue; `append` waits for space when full.
    pub queue_capacity: usize,
}

impl StoreConfig {
    /// A configuration with defaults (sync durability, checkpoint every 1000
    /// rows or 60 s, 64 KiB argument cap, queue of 1024) for `url`.
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            durability: Durability::Sync,
            checkpoint_every: 1000,
            checkpoint_interval: Duration::from_secs(60),
            signing_key_path: None,
            max_argument_bytes: 64 * 1024,
            queue_capacity: 1024,
        }
    }
}
