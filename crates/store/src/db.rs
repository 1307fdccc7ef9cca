//! Connection pools for the two supported backends.

use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

use crate::StoreError;

/// A pool on either backend. All SQL in this crate uses `$N` placeholders,
/// which both SQLite and PostgreSQL accept.
#[derive(Clone, Debug)]
pub(crate) enum Db {
    /// SQLite (WAL, `synchronous=FULL`).
    Sqlite(SqlitePool),
    /// PostgreSQL.
    Postgres(PgPool),
}

/// Runs `$body` with `$pool` bound to the concrete pool of `$db`; the body is
/// compiled once per backend.
macro_rules! with_db {
    ($db:expr, $pool:ident => $body:expr) => {
        match $db {
            $crate::db::Db::Sqlite($pool) => $body,
            $crate::db::Db::Postgres($pool) => $body,
        }
    };
}
pub(crate) use with_db;

pub(crate) fn is_postgres(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

pub(crate) fn is_memory(url: &str) -> bool {
    matches!(url, ":memory:" | "sqlite::memory:" | "sqlite://:memory:")
        || url.contains("mode=memory")
}

fn sqlite_options(url: &str) -> Result<SqliteConnectOptions, StoreError> {
    let opts = if url.starts_with("sqlite:") {
        let opts = SqliteConnectOptions::from_str(url)
            .map_err(|e| StoreError::Config(format!("bad sqlite url {url:?}: {e}")))?;
        // An audit log is created on first use unless the URL says otherwise (`mode=ro`, ...).
        if url.contains("mode=") {
            opts
        } else {
            opts.create_if_missing(true)
        }
    } else if url == ":memory:" {
        SqliteConnectOptions::from_str("sqlite::memory:")?
    } else {
        SqliteConnectOptions::new()
            .filename(url)
            .create_if_missing(true)
    };
    Ok(opts
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Full)
        // A checkpoint after a burst (a large prune) truncates the WAL back to this size.
        .pragma("journal_size_limit", JOURNAL_SIZE_LIMIT)
        .busy_timeout(Duration::from_secs(10)))
}

/// Bytes of WAL SQLite keeps after a checkpoint (`journal_size_limit`; it keeps all by default,
/// so one burst left a 42 MB WAL behind for good).
pub(crate) const JOURNAL_SIZE_LIMIT: &str = "16777216";

/// Create a new SQLite database file readable by its owner alone (the audit log holds
/// arguments and principals; SQLite would create it 0644, and its `-wal` and `-shm` files
/// take the database file's mode). An existing file, an in-memory database, or a URL that
/// names its own `mode=` is left be.
fn create_private(file: &std::path::Path, url: &str) {
    if is_memory(url) || url.contains("mode=") || file.as_os_str().is_empty() || file.exists() {
        return;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    // A failure (another process created it first, a missing directory) is SQLite's to
    // report when it opens the file.
    let _ = options.open(file);
}

impl Db {
    /// Connects to `url` (see [`crate::StoreConfig::url`]).
    pub async fn connect(url: &str, create: bool) -> Result<Self, StoreError> {
        if is_postgres(url) {
            let pool = PgPoolOptions::new().max_connections(8).connect(url).await?;
            return Ok(Db::Postgres(pool));
        }
        let opts = sqlite_options(url)?;
        let opts = match create {
            true => {
                create_private(opts.get_filename(), url);
                opts
            }
            false => {
                let file = opts.get_filename().to_owned();
                if !is_memory(url) && !file.exists() {
                    return Err(StoreError::Config(format!(
                        "no audit database at {}",
                        file.display()
                    )));
                }
                opts.create_if_missing(false)
            }
        };
        // An in-memory database lives in one connection; keep it forever.
        let pool = if is_memory(url) {
            SqlitePoolOptions::new()
                .max_connections(1)
                .min_connections(1)
                .idle_timeout(None)
                .max_lifetime(None)
                .connect_with(opts)
                .await?
        } else {
            SqlitePoolOptions::new()
                .max_connections(4)
                .connect_with(opts)
                .await?
        };
        Ok(Db::Sqlite(pool))
    }

    /// The database file of a file-backed SQLite database (`None` for PostgreSQL and for
    /// in-memory SQLite).
    pub fn sqlite_file(&self) -> Option<std::path::PathBuf> {
        match self {
            Db::Sqlite(pool) => {
                let options = pool.connect_options();
                let file = options.get_filename();
                (!file.as_os_str().is_empty() && file != std::path::Path::new(":memory:"))
                    .then(|| file.to_path_buf())
            }
            Db::Postgres(_) => None,
        }
    }

    /// Closes every connection.
    pub async fn close(&self) {
        with_db!(self, p => p.close().await)
    }
}
