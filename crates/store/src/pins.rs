//! Tool-definition pins for rug-pull detection.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use sqlx::{ColumnIndex, Decode, Row, Type};
use time::OffsetDateTime;

use crate::db::{Db, with_db};
use crate::{StoreError, timefmt};

/// A tool definition seen for `(server, tool)`: the approved pin
/// (`approved = true`, at most one per tool) or a pending change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pin {
    /// Upstream server name.
    pub server: String,
    /// Tool name.
    pub tool: String,
    /// Caller-computed hash of the definition.
    pub definition_hash: String,
    /// The definition itself.
    pub definition: Value,
    /// Approved (the pin) or pending (a changed definition awaiting review).
    pub approved: bool,
    /// When this definition was first seen.
    #[serde(with = "time::serde::rfc3339")]
    pub first_seen: OffsetDateTime,
    /// When it was approved (equals `first_seen` for first-sight pins).
    #[serde(with = "time::serde::rfc3339::option")]
    pub approved_at: Option<OffsetDateTime>,
    /// Who approved it (`first-seen` for first-sight pins).
    pub approved_by: Option<String>,
}

fn decode<R>(r: &R) -> Result<Pin, StoreError>
where
    R: Row,
    usize: ColumnIndex<R>,
    for<'r> String: Decode<'r, R::Database> + Type<R::Database>,
    for<'r> bool: Decode<'r, R::Database> + Type<R::Database>,
{
    let def: String = r.try_get(3)?;
    let approved_at: Option<String> = r.try_get(6)?;
    Ok(Pin {
        server: r.try_get(0)?,
        tool: r.try_get(1)?,
        definition_hash: r.try_get(2)?,
        definition: serde_json::from_str(&def)?,
        approved: r.try_get(4)?,
        first_seen: timefmt::parse(&r.try_get::<String, _>(5)?)?,
        approved_at: approved_at.as_deref().map(timefmt::parse).transpose()?,
        approved_by: r.try_get(7)?,
    })
}

/// Handle to the pin table. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Pins {
    pub(crate) db: Db,
}

impl Pins {
    async fn select(&self, sql: &'static str, binds: &[&str]) -> Result<Vec<Pin>, StoreError> {
        with_db!(&self.db, p => {
            let mut q = sqlx::query(sql);
            for b in binds {
                q = q.bind(*b);
            }
            q.fetch_all(p).await?.iter().map(decode).collect()
        })
    }

    /// The approved pin of `(server, tool)`, if any.
    pub async fn get(&self, server: &str, tool: &str) -> Result<Option<Pin>, StoreError> {
        const SQL: &str = "SELECT server, tool, definition_hash, definition, approved, first_seen, approved_at, approved_by FROM tool_pins WHERE server = $1 AND tool = $2 AND approved = TRUE";
        Ok(self.select(SQL, &[server, tool]).await?.pop())
    }

    /// Pins `definition` on first sight (approved, by `first-seen`). Returns
    /// `true` if inserted, `false` if `(server, tool)` already had a pin.
    pub async fn insert_first_seen(
        &self,
        server: &str,
        tool: &str,
        definition_hash: &str,
        definition: &Value,
    ) -> Result<bool, StoreError> {
        let now = timefmt::now();
        let def = serde_json::to_string(definition)?;
        with_db!(&self.db, p => {
            let r = sqlx::query("INSERT INTO tool_pins (server, tool, definition_hash, definition, approved, first_seen, approved_at, approved_by) SELECT $1, $2, $3, $4, TRUE, $5, $5, 'first-seen' WHERE NOT EXISTS (SELECT 1 FROM tool_pins WHERE server = $1 AND tool = $2 AND approved = TRUE)")
                .bind(server).bind(tool).bind(definition_hash).bind(def.as_str()).bind(now.as_str())
                .execute(p).await?;
            Ok(r.rows_affected() == 1)
        })
    }

    /// Records a changed definition as pending (idempotent per hash).
    /// Returns `true` if it was new.
    pub async fn record_pending(
        &self,
        server: &str,
        tool: &str,
        definition_hash: &str,
        definition: &Value,
    ) -> Result<bool, StoreError> {
        let now = timefmt::now();
        let def = serde_json::to_string(definition)?;
        with_db!(&self.db, p => {
            let r = sqlx::query("INSERT INTO tool_pins (server, tool, definition_hash, definition, approved, first_seen) VALUES ($1, $2, $3, $4, FALSE, $5) ON CONFLICT (server, tool, definition_hash) DO NOTHING")
                .bind(server).bind(tool).bind(definition_hash).bind(def.as_str()).bind(now.as_str())
                .execute(p).await?;
            Ok(r.rows_affected() == 1)
        })
    }

    /// Approves the pending definition `definition_hash`, replacing the
    /// current pin and discarding the tool's other pending definitions.
    /// [`StoreError::NotFound`] if no such pending entry.
    pub async fn approve(
        &self,
        server: &str,
        tool: &str,
        definition_hash: &str,
        by: &str,
    ) -> Result<Pin, StoreError> {
        let now = timefmt::now();
        with_db!(&self.db, p => {
            let mut tx = p.begin().await?;
            let n = sqlx::query("UPDATE tool_pins SET approved = TRUE, approved_at = $4, approved_by = $5 WHERE server = $1 AND tool = $2 AND definition_hash = $3 AND approved = FALSE")
                .bind(server).bind(tool).bind(definition_hash).bind(now.as_str()).bind(by)
                .execute(&mut *tx).await?.rows_affected();
            if n == 0 {
                return Err(StoreError::NotFound(format!("pending definition {definition_hash} of {server}/{tool}")));
            }
            // The old pin, and every other pending definition: approving one of those later
            // would pin what the server no longer serves and hold back what it does. A
            // definition served again is recorded as pending again.
            sqlx::query("DELETE FROM tool_pins WHERE server = $1 AND tool = $2 AND definition_hash <> $3")
                .bind(server).bind(tool).bind(definition_hash)
                .execute(&mut *tx).await?;
            tx.commit().await?;
        });
        self.get(server, tool)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("{server}/{tool}")))
    }

    /// Drops a pending definition (rejected change). Returns whether it existed.
    pub async fn discard_pending(
        &self,
        server: &str,
        tool: &str,
        definition_hash: &str,
    ) -> Result<bool, StoreError> {
        with_db!(&self.db, p => {
            let r = sqlx::query("DELETE FROM tool_pins WHERE server = $1 AND tool = $2 AND definition_hash = $3 AND approved = FALSE")
                .bind(server).bind(tool).bind(definition_hash)
                .execute(p).await?;
            Ok(r.rows_affected() == 1)
        })
    }

    /// All approved pins, ordered by server and tool.
    pub async fn list(&self) -> Result<Vec<Pin>, StoreError> {
        self.select("SELECT server, tool, definition_hash, definition, approved, first_seen, approved_at, approved_by FROM tool_pins WHERE approved = TRUE ORDER BY server, tool", &[]).await
    }

    /// All pending (changed, unapproved) definitions, oldest first.
    pub async fn list_pending(&self) -> Result<Vec<Pin>, StoreError> {
        self.select("SELECT server, tool, definition_hash, definition, approved, first_seen, approved_at, approved_by FROM tool_pins WHERE approved = FALSE ORDER BY first_seen, server, tool", &[]).await
    }
}
