//! The audit writer's own SQLite connection.
//!
//! sqlx's SQLite driver runs each statement on its worker thread and wakes the
//! caller for every result: a batch of N rows costs about 2N thread wake-ups,
//! and under load those wake-ups (futex, scheduler) were most of the
//! gateway's audit cost (see docs/benchmarks.md). This sink commits a whole
//! batch in one blocking call on one rusqlite connection: one hand-off per
//! batch. Everything else in the crate (migrations, reads, pins, approvals,
//! PostgreSQL) stays on sqlx. rusqlite is pinned to the release that links the
//! same `libsqlite3-sys` as sqlx, so both share one bundled SQLite.

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rusqlite::{Connection, params};

use crate::StoreError;
use crate::rows::{INSERT, INSERT_CHECKPOINT, StoredRow};
use crate::writer::Checkpoint;

/// One connection to a file-backed SQLite audit log, used only by the writer.
#[derive(Clone)]
pub(crate) struct SqliteSink {
    conn: Arc<Mutex<Connection>>,
}

impl SqliteSink {
    /// Opens `file` with the pool's settings (WAL, `synchronous=FULL`, 10 s
    /// busy timeout). The schema must already exist (migrations ran).
    pub fn open(file: &Path) -> Result<Self, StoreError> {
        let conn = Connection::open(file).map_err(sink_error)?;
        conn.busy_timeout(Duration::from_secs(10))
            .map_err(sink_error)?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(sink_error)?;
        conn.pragma_update(None, "synchronous", "FULL")
            .map_err(sink_error)?;
        conn.pragma_update(None, "journal_size_limit", crate::db::JOURNAL_SIZE_LIMIT)
            .map_err(sink_error)?;
        Ok(Self {
            conn: Arc::new(Mutex::new(conn)),
        })
    }

    /// Inserts `rows` and the optional checkpoint in one transaction, on a
    /// blocking thread.
    pub async fn write(
        &self,
        rows: Arc<[StoredRow]>,
        checkpoint: Option<Checkpoint>,
    ) -> Result<(), StoreError> {
        let conn = self.conn.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = conn.lock().unwrap_or_else(|p| p.into_inner());
            commit(&mut conn, &rows, checkpoint.as_ref())
        })
        .await
        .map_err(|e| StoreError::WriteFailed(format!("audit writer thread: {e}")))?
    }
}

fn commit(
    conn: &mut Connection,
    rows: &[StoredRow],
    cp: Option<&Checkpoint>,
) -> Result<(), StoreError> {
    let tx = conn.transaction().map_err(sink_error)?;
    {
        let mut insert = tx.prepare_cached(INSERT).map_err(sink_error)?;
        for r in rows {
            let f = &r.fields;
            insert
                .execute(params![
                    r.seq as i64,
                    f.time,
                    f.request_id,
                    f.session_id,
                    f.tenant,
                    f.user,
                    f.agent,
                    f.client_addr,
                    f.method,
                    f.server,
                    f.target,
                    f.arguments,
                    f.result_summary,
                    f.result_bytes,
                    f.verdict,
                    f.findings,
                    f.policy_ids,
                    f.latency_us,
                    f.upstream_status,
                    f.error_code,
                    r.prev_hash,
                    r.hash,
                    f.virtual_server,
                ])
                .map_err(sink_error)?;
        }
        if let Some(cp) = cp {
            tx.prepare_cached(INSERT_CHECKPOINT)
                .and_then(|mut s| {
                    s.execute(params![
                        cp.seq as i64,
                        cp.hash,
                        cp.time,
                        cp.public_key,
                        cp.signature
                    ])
                })
                .map_err(sink_error)?;
        }
    }
    tx.commit().map_err(sink_error)
}

fn sink_error(e: rusqlite::Error) -> StoreError {
    StoreError::WriteFailed(format!("sqlite: {e}"))
}
