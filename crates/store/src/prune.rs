//! Retention: deleting old rows in whole checkpointed segments.

use sqlx::Row;
use time::OffsetDateTime;

use crate::StoreError;
use crate::db::{Db, with_db};
use crate::timefmt;

/// Deletes rows older than `older_than`, but only up to and including the
/// newest checkpoint that lies entirely before the first row that is still
/// young. That checkpoint's `(seq, hash)` is recorded in `audit_anchor`, and
/// the checkpoint itself is kept, so the remaining chain still verifies.
/// Returns the number of rows deleted.
pub(crate) async fn prune(db: &Db, older_than: std::time::Duration) -> Result<u64, StoreError> {
    let age = time::Duration::try_from(older_than)
        .map_err(|e| StoreError::Invalid(format!("retention too long: {e}")))?;
    let cutoff = timefmt::format(OffsetDateTime::now_utc() - age);
    with_db!(db, p => {
        let mut tx = p.begin().await?;
        let young: Option<i64> = sqlx::query("SELECT MIN(seq) FROM audit_log WHERE time >= $1")
            .bind(cutoff.as_str())
            .fetch_one(&mut *tx)
            .await?
            .try_get(0)?;
        let anchored: Option<i64> = sqlx::query("SELECT MAX(seq) FROM audit_anchor")
            .fetch_one(&mut *tx)
            .await?
            .try_get(0)?;
        let limit = young.map_or(i64::MAX, |s| s - 1);
        let boundary = sqlx::query("SELECT c.seq, c.hash FROM audit_checkpoints c JOIN audit_log l ON l.seq = c.seq AND l.hash = c.hash WHERE c.seq <= $1 AND c.seq > $2 ORDER BY c.seq DESC LIMIT 1")
            .bind(limit)
            .bind(anchored.unwrap_or(0))
            .fetch_optional(&mut *tx)
            .await?;
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
