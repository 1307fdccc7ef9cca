//! Held calls awaiting human approval.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use sqlx::{ColumnIndex, Decode, Row, Type};
use time::OffsetDateTime;

use crate::db::{Db, with_db};
use crate::{StoreError, timefmt};

/// A held call to create.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewApproval {
    /// Caller-chosen unique id.
    pub id: String,
    /// When the call was held.
    #[serde(with = "time::serde::rfc3339")]
    pub time: OffsetDateTime,
    /// Who made the call (tenant/user/agent as JSON).
    pub principal: Value,
    /// Upstream server.
    pub server: String,
    /// Tool name.
    pub tool: String,
    /// Redacted arguments.
    pub arguments: Value,
    /// Why the call was held.
    pub reason: String,
}

/// Where an approval stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApprovalStatus {
    /// Awaiting a decision.
    Pending,
    /// Approved by a human.
    Approved,
    /// Denied by a human.
    Denied,
}

impl ApprovalStatus {
    fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Approved => "approved",
            Self::Denied => "denied",
        }
    }

    fn parse(s: &str) -> Result<Self, StoreError> {
        match s {
            "pending" => Ok(Self::Pending),
            "approved" => Ok(Self::Approved),
            "denied" => Ok(Self::Denied),
            other => Err(StoreError::Corrupt(format!(
                "unknown approval status {other:?}"
            ))),
        }
    }
}

/// A human decision on a held call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// Let the call proceed.
    Approve,
    /// Refuse the call.
    Deny,
}

/// A stored approval request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Approval {
    /// The request as created.
    #[serde(flatten)]
    pub request: NewApproval,
    /// Current status.
    pub status: ApprovalStatus,
    /// Who decided.
    pub decided_by: Option<String>,
    /// When it was decided.
    #[serde(with = "time::serde::rfc3339::option")]
    pub decided_at: Option<OffsetDateTime>,
}

const SELECT: &str = "SELECT id, time, principal, server, tool, arguments, reason, status, decided_by, decided_at FROM approvals";

fn decode<R>(r: &R) -> Result<Approval, StoreError>
where
    R: Row,
    usize: ColumnIndex<R>,
    for<'r> String: Decode<'r, R::Database> + Type<R::Database>,
{
    let decided_at: Option<String> = r.try_get(9)?;
    Ok(Approval {
        request: NewApproval {
            id: r.try_get(0)?,
            time: timefmt::parse(&r.try_get::<String, _>(1)?)?,
            principal: serde_json::from_str(&r.try_get::<String, _>(2)?)?,
            server: r.try_get(3)?,
            tool: r.try_get(4)?,
            arguments: serde_json::from_str(&r.try_get::<String, _>(5)?)?,
            reason: r.try_get(6)?,
        },
        status: ApprovalStatus::parse(&r.try_get::<String, _>(7)?)?,
        decided_by: r.try_get(8)?,
        decided_at: decided_at.as_deref().map(timefmt::parse).transpose()?,
    })
}

/// Handle to the approvals table. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Approvals {
    pub(crate) db: Db,
}

impl Approvals {
    /// Stores a new pending approval. Fails if the id exists.
    pub async fn create(&self, a: &NewApproval) -> Result<(), StoreError> {
        let principal = serde_json::to_string(&a.principal)?;
        let arguments = serde_json::to_string(&a.arguments)?;
        with_db!(&self.db, p => {
            sqlx::query("INSERT INTO approvals (id, time, principal, server, tool, arguments, reason, status) VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending')")
                .bind(a.id.as_str()).bind(timefmt::format(a.time)).bind(principal.as_str())
                .bind(a.server.as_str()).bind(a.tool.as_str()).bind(arguments.as_str()).bind(a.reason.as_str())
                .execute(p).await?;
        });
        Ok(())
    }

    /// The approval `id`, if it exists.
    pub async fn get(&self, id: &str) -> Result<Option<Approval>, StoreError> {
        with_db!(&self.db, p => {
            let sql = sqlx::AssertSqlSafe(format!("{SELECT} WHERE id = $1"));
            sqlx::query(sql).bind(id).fetch_optional(p).await?.as_ref().map(decode).transpose()
        })
    }

    /// Pending approvals, oldest first.
    pub async fn list_pending(&self) -> Result<Vec<Approval>, StoreError> {
        with_db!(&self.db, p => {
            let sql = sqlx::AssertSqlSafe(format!("{SELECT} WHERE status = 'pending' ORDER BY time, id"));
            sqlx::query(sql).fetch_all(p).await?.iter().map(decode).collect()
        })
    }

    /// Records a decision on a pending approval. [`StoreError::NotFound`] for
    /// an unknown id, [`StoreError::Conflict`] if it was already decided.
    pub async fn decide(
        &self,
        id: &str,
        decision: Decision,
        by: &str,
    ) -> Result<Approval, StoreError> {
        let status = match decision {
            Decision::Approve => ApprovalStatus::Approved,
            Decision::Deny => ApprovalStatus::Denied,
        };
        let n = with_db!(&self.db, p => {
            sqlx::query("UPDATE approvals SET status = $1, decided_by = $2, decided_at = $3 WHERE id = $4 AND status = 'pending'")
                .bind(status.as_str()).bind(by).bind(timefmt::now()).bind(id)
                .execute(p).await?.rows_affected()
        });
        let current = self
            .get(id)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("approval {id}")))?;
        if n == 0 {
            return Err(StoreError::Conflict(format!(
                "approval {id} already {}",
                current.status.as_str()
            )));
        }
        Ok(current)
    }
}
