//! Gatehouse storage: a tamper-evident audit log, tool-definition pins and
//! human approvals, on SQLite (default) or PostgreSQL.
//!
//! # Audit chain
//! Every row has a gap-free `seq` and `hash = SHA-256(prev_hash || canonical
//! row)`; the encoding is specified in [`canonical`]. A single writer task
//! owns the chain head, so hashes are sequential; it reloads the head from
//! the last row (or the prune anchor) at open. Every `checkpoint_every` rows
//! or `checkpoint_interval` the writer stores a checkpoint `(seq, hash, time)`
//! signed with Ed25519 (message format in [`signing`]).
//!
//! # Retention
//! [`AuditLog::prune`] deletes only whole segments ending at a checkpoint;
//! that checkpoint stays and its `(seq, hash)` is recorded in `audit_anchor`,
//! so [`AuditLog::verify`] starts the remaining chain from it.
//!
//! # Durability
//! See [`Durability`]. Appends never drop records: the writer's queue is
//! bounded and `append` waits for space.
#![deny(missing_docs)]

mod approvals;
mod audit;
pub mod canonical;
mod config;
mod db;
mod error;
mod glob;
mod head;
mod lease;
mod migrate;
mod pins;
mod prune;
mod query;
mod record;
mod rows;
pub mod signing;
mod sqlite_sink;
pub mod timefmt;
mod verify;
mod writer;

use std::sync::Arc;
use std::sync::atomic::AtomicUsize;

use tokio::sync::{Mutex, mpsc};

pub use approvals::{Approval, ApprovalStatus, Approvals, Decision, NewApproval};
pub use audit::AuditLog;
pub use config::{Durability, StoreConfig};
pub use error::StoreError;
pub use pins::{Pin, Pins};
pub use query::{AuditFilter, VERDICTS};
pub use record::{AuditRecord, AuditRow};
pub use verify::{ExpectedRecord, VerifyReport};

use db::Db;
use writer::Writer;

/// An open store. Cheap to clone; all clones share one writer and pool.
#[derive(Debug, Clone)]
pub struct Store {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    db: Db,
    audit: AuditLog,
    /// The writer lease (`None` for a reader, or once closed).
    lease: std::sync::Mutex<Option<lease::Lease>>,
}

impl Store {
    /// Connects, takes the writer lease (one writer per audit chain:
    /// [`StoreError::Conflict`] when another process holds it), runs migrations, loads the
    /// signing key and the chain head, and starts the writer task (requires a Tokio runtime).
    pub async fn open(config: StoreConfig) -> Result<Store, StoreError> {
        Self::open_as(config, true).await
    }

    /// Connects for reading (queries, verification, export, pins and approvals) while a
    /// gateway may be writing: no lease, no writer task; appends fail with
    /// [`StoreError::Closed`].
    pub async fn open_reader(config: StoreConfig) -> Result<Store, StoreError> {
        Self::open_as(config, false).await
    }

    async fn open_as(config: StoreConfig, writer: bool) -> Result<Store, StoreError> {
        if config.queue_capacity == 0 {
            return Err(StoreError::Config(
                "queue_capacity must be at least 1".into(),
            ));
        }
        let path = config.signing_key_path.as_deref();
        let key = match writer {
            true => Some(signing::load_or_create(path)?),
            false => signing::load(path)?,
        };
        // A reader never creates the database: a mistyped URL is an error, not an empty log
        // that verifies.
        let db = Db::connect(&config.url, writer).await?;
        let file = db.sqlite_file().filter(|_| !db::is_memory(&config.url));
        let lease = match writer {
            true => Some(lease::Lease::take(&config.url, file.clone()).await?),
            false => None,
        };
        migrate::run(&db).await?;
        let head = head::load(&db).await?;
        let last_cp = head::last_checkpoint(&db).await?;
        let lag = Arc::new(AtomicUsize::new(0));
        let failing = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (tx, rx) = mpsc::channel(config.queue_capacity);
        let public_key = key.as_ref().map(|k| k.verifying_key());
        if let (true, Some(key)) = (writer, key) {
            let sqlite = file
                .as_deref()
                .map(sqlite_sink::SqliteSink::open)
                .transpose()?;
            let writer = Writer {
                db: db.clone(),
                sqlite,
                key,
                head,
                durability: config.durability,
                checkpoint_every: config.checkpoint_every,
                checkpoint_interval: config.checkpoint_interval,
                since_checkpoint: head.seq.saturating_sub(last_cp),
                lag: lag.clone(),
                failing: failing.clone(),
                backlogged: false,
            };
            tokio::spawn(writer.run(rx));
        }
        let audit = AuditLog {
            db: db.clone(),
            tx,
            durability: config.durability,
            last_seq: Mutex::new(head.seq),
            lag,
            failing,
            public_key,
            max_argument_bytes: config.max_argument_bytes,
        };
        Ok(Store {
            inner: Arc::new(Inner {
                db,
                audit,
                lease: std::sync::Mutex::new(lease),
            }),
        })
    }

    /// The audit log.
    pub fn audit(&self) -> &AuditLog {
        &self.inner.audit
    }

    /// Tool-definition pins.
    pub fn pins(&self) -> Pins {
        Pins {
            db: self.inner.db.clone(),
        }
    }

    /// Held-call approvals.
    pub fn approvals(&self) -> Approvals {
        Approvals {
            db: self.inner.db.clone(),
        }
    }

    /// Flushes and stops the audit writer (final checkpoint), then closes
    /// the pool. Other clones can no longer use the store afterwards.
    pub async fn close(&self) {
        self.inner.audit.close().await;
        self.inner.db.close().await;
        let lease = self
            .inner
            .lease
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take();
        if let Some(lease) = lease {
            lease.release().await;
        }
    }
}
