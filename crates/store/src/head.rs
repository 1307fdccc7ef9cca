//! Loading the chain head (last row, or the prune anchor) at open.

use sqlx::Row;

use crate::StoreError;
use crate::canonical::{GENESIS, parse_hash};
use crate::db::{Db, with_db};

/// The last link of the chain: its seq and hash (seq 0 / zeros when empty).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Head {
    pub seq: u64,
    pub hash: [u8; 32],
}

async fn last(db: &Db, sql: &'static str) -> Result<Option<(i64, String)>, StoreError> {
    with_db!(db, p => {
        let row = sqlx::query(sql).fetch_optional(p).await?;
        row.map(|r| Ok::<_, StoreError>((r.try_get(0)?, r.try_get(1)?))).transpose()
    })
}

fn to_head((seq, hash): (i64, String)) -> Result<Head, StoreError> {
    let hash =
        parse_hash(&hash).ok_or_else(|| StoreError::Corrupt(format!("bad hash at seq {seq}")))?;
    Ok(Head {
        seq: seq as u64,
        hash,
    })
}

/// Reads the chain head: the highest row, else the prune anchor, else genesis.
pub(crate) async fn load(db: &Db) -> Result<Head, StoreError> {
    if let Some(row) = last(
        db,
        "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
    )
    .await?
    {
        return to_head(row);
    }
    if let Some(row) = last(
        db,
        "SELECT seq, hash FROM audit_anchor ORDER BY seq DESC LIMIT 1",
    )
    .await?
    {
        return to_head(row);
    }
    Ok(Head {
        seq: 0,
        hash: GENESIS,
    })
}

/// Seq of the newest checkpoint (0 when none).
pub(crate) async fn last_checkpoint(db: &Db) -> Result<u64, StoreError> {
    let row = last(
        db,
        "SELECT seq, hash FROM audit_checkpoints ORDER BY seq DESC LIMIT 1",
    )
    .await?;
    Ok(row.map_or(0, |(s, _)| s as u64))
}
