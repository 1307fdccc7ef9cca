//! One writer per audit chain. The writer keeps the chain's head in memory, so a second
//! process appending to the same database would collide on sequence numbers and its records
//! would fail to land. A writer therefore holds a lease for as long as it is open: an advisory
//! lock on a file beside a SQLite database (`<db>.writer.lock`, released by the OS when the
//! process dies), or a PostgreSQL session advisory lock on a connection of its own. Readers
//! (`gatehouse audit query|verify|export`) take no lease.

use std::fs::File;
use std::path::PathBuf;
use std::time::Duration;

use sqlx::Connection;
use sqlx::postgres::PgConnection;

use crate::StoreError;

/// How long a writer waits for PostgreSQL's advisory lock before it is refused.
const PG_LEASE_WAIT: Duration = Duration::from_secs(3);

/// The advisory-lock key of the audit writer on PostgreSQL ("gatehouse" in ASCII, truncated).
const PG_LOCK_KEY: i64 = 0x6761_7465_686f_7573;

/// A held writer lease; released when dropped (or the process ends).
#[derive(Debug)]
#[expect(
    dead_code,
    reason = "the fields are held for their drop, which releases the lock"
)]
pub(crate) enum Lease {
    /// An in-memory database: private to this process.
    Memory,
    /// The lock file of a SQLite database.
    File(File),
    /// The connection holding PostgreSQL's advisory lock.
    Postgres(Box<PgConnection>),
}

impl Lease {
    /// Take the writer lease of the database at `url` (`sqlite_file`: its file, `None` when
    /// in memory), or fail with a message naming it.
    pub(crate) async fn take(url: &str, sqlite_file: Option<PathBuf>) -> Result<Self, StoreError> {
        if crate::db::is_postgres(url) {
            return Self::postgres(url).await;
        }
        let Some(db) = sqlite_file else {
            return Ok(Lease::Memory);
        };
        let mut path = db.into_os_string();
        path.push(".writer.lock");
        let path = PathBuf::from(path);
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)?;
        match file.try_lock() {
            Ok(()) => Ok(Lease::File(file)),
            Err(std::fs::TryLockError::WouldBlock) => Err(StoreError::Conflict(format!(
                "another gatehouse process is writing this audit log (lock {} is held); \
                 give each gateway its own audit database",
                path.display()
            ))),
            Err(std::fs::TryLockError::Error(e)) => Err(e.into()),
        }
    }

    /// Give the lease back now (PostgreSQL notices a dropped connection only later).
    pub(crate) async fn release(self) {
        if let Lease::Postgres(mut conn) = self {
            let unlocked = sqlx::query("SELECT pg_advisory_unlock($1)")
                .bind(PG_LOCK_KEY)
                .execute(&mut *conn)
                .await;
            if let Err(error) = unlocked {
                tracing::warn!(%error, "cannot release the audit writer's advisory lock");
            }
            let _ = conn.close().await;
        }
    }

    /// Take PostgreSQL's advisory lock, waiting up to [`PG_LEASE_WAIT`] for it: the backend of
    /// a writer that was just killed holds it until it notices the dropped connection, and a
    /// gateway restarted at once must not be refused for that.
    async fn postgres(url: &str) -> Result<Self, StoreError> {
        let mut conn = PgConnection::connect(url).await?;
        let deadline = tokio::time::Instant::now() + PG_LEASE_WAIT;
        let locked = loop {
            let locked: bool = sqlx::query_scalar("SELECT pg_try_advisory_lock($1)")
                .bind(PG_LOCK_KEY)
                .fetch_one(&mut conn)
                .await?;
            if locked || tokio::time::Instant::now() >= deadline {
                break locked;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        };
        if !locked {
            return Err(StoreError::Conflict(
                "another gatehouse process is writing this audit log (PostgreSQL advisory lock \
                 held); give each gateway its own audit database"
                    .into(),
            ));
        }
        Ok(Lease::Postgres(Box::new(conn)))
    }
}
