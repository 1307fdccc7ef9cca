//! Retention: deleting old rows in whole checkpointed segments.

use sqlx::Row;
use time::OffsetDateTime;

use crate::StoreError;
use crate::db::{Db, with_db};
use crate::timefmt;

/// Rows one pruning transaction deletes at most, where the checkpoints allow (a segment
/// between two checkpoints is deleted whole, however long). One transaction for a whole
/// backlog (93,000 rows after a restart) grew SQLite's WAL to ten times its size under load.
pub(crate) const BATCH_ROWS: u64 = 10_000;

/// Deletes rows older than `older_than`, but only up to and including the
/// newest checkpoint that lies entirely before the first row that is still
/// young. That checkpoint's `(seq, hash)` is recorded in `audit_anchor`, and
/// the checkpoint itself is kept, so the remaining chain still verifies.
/// Works in transactions of about `batch_rows` rows, each anchored at a
/// checkpoint, so the log stays verifiable between them.
/// Returns the number of rows deleted.
pub(crate) async fn prune(
    db: &Db,
    older_than: std::time::Duration,
    batch_rows: u64,
) -> Result<u64, StoreError> {
    let age = time::Duration::try_from(older_than)
        .map_err(|e| StoreError::Invalid(format!("retention too long: {e}")))?;
    let cutoff = timefmt::format(OffsetDateTime::now_utc() - age);
    let batch = i64::try_from(batch_rows.max(1)).unwrap_or(i64::MAX);
    let mut total = 0;
    loop {
        match prune_batch(db, &cutoff, batch).await? {
            0 => return Ok(total),
            deleted => total += deleted,
        }
    }
}

/// The newest intact checkpoint with `$2 < seq <= $1`.
const NEWEST_CHECKPOINT: &str = "SELECT c.seq, c.hash FROM audit_checkpoints c JOIN audit_log l ON l.seq = c.seq AND l.hash = c.hash WHERE c.seq <= $1 AND c.seq > $2 ORDER BY c.seq DESC LIMIT 1";

/// The oldest intact checkpoint with `$2 < seq <= $1`.
const OLDEST_CHECKPOINT: &str = "SELECT c.seq, c.hash FROM audit_checkpoints c JOIN audit_log l ON l.seq = c.seq AND l.hash = c.hash WHERE c.seq <= $1 AND c.seq > $2 ORDER BY c.seq ASC LIMIT 1";

/// One transaction of [`prune`]: up to the newest checkpoint within `batch` rows of the last
/// anchor (else the oldest one past it) that lies before `cutoff`'s first row.
async fn prune_batch(db: &Db, cutoff: &str, batch: i64) -> Result<u64, StoreError> {
    with_db!(db, p => {
        let mut tx = p.begin().await?;
        let young: Option<i64> = sqlx::query("SELECT MIN(seq) FROM audit_log WHERE time >= $1")
            .bind(cutoff)
            .fetch_one(&mut *tx)
            .await?
            .try_get(0)?;
        let anchored: i64 = sqlx::query("SELECT MAX(seq) FROM audit_anchor")
            .fetch_one(&mut *tx)
            .await?
            .try_get::<Option<i64>, _>(0)?
            .unwrap_or(0);
        let limit = young.map_or(i64::MAX, |s| s - 1);
        let within = limit.min(anchored.saturating_add(batch));
        let mut boundary = sqlx::query(NEWEST_CHECKPOINT)
            .bind(within)
            .bind(anchored)
            .fetch_optional(&mut *tx)
            .await?;
        if boundary.is_none() {
            boundary = sqlx::query(OLDEST_CHECKPOINT)
                .bind(limit)
                .bind(anchored)
                .fetch_optional(&mut *tx)
                .await?;
        }
        let Some(boundary) = boundary else {
            return Ok(0);
        };
        let seq: i64 = boundary.try_get(0)?;
        let hash: String = boundary.try_get(1)?;
        let deleted = sqlx::query("DELETE FROM audit_log WHERE seq <= $1")
            .bind(seq)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        sqlx::query("INSERT INTO audit_anchor (seq, hash, pruned_at) VALUES ($1, $2, $3)")
            .bind(seq)
            .bind(hash.as_str())
            .bind(timefmt::now())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(deleted)
    })
}
