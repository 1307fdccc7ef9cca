//! Reading and writing `audit_log` rows on either backend.

use sqlx::{ColumnIndex, Decode, Row, Type};

use crate::StoreError;
use crate::record::{AuditRow, RowFields};

/// Column list of `audit_log`, in the order [`decode`] expects.
pub(crate) const COLUMNS: &str = "seq, time, request_id, session_id, tenant, user_name, agent, \
    client_addr, method, server, target, arguments, result_summary, result_bytes, verdict, \
    findings, policy_ids, latency_us, upstream_status, error_code, prev_hash, hash, virtual_server";

/// `INSERT` for one row; binds follow [`COLUMNS`].
pub(crate) const INSERT: &str = "INSERT INTO audit_log (seq, time, request_id, session_id, tenant, \
    user_name, agent, client_addr, method, server, target, arguments, result_summary, result_bytes, \
    verdict, findings, policy_ids, latency_us, upstream_status, error_code, prev_hash, hash, \
    virtual_server) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, \
    $17, $18, $19, $20, $21, $22, $23)";

/// `INSERT` for one signed checkpoint.
pub(crate) const INSERT_CHECKPOINT: &str = "INSERT INTO audit_checkpoints (seq, hash, time, \
    public_key, signature) VALUES ($1, $2, $3, $4, $5)";

/// A row exactly as stored (before JSON parsing).
#[derive(Debug, Clone)]
pub(crate) struct StoredRow {
    pub seq: u64,
    pub fields: RowFields,
    pub prev_hash: String,
    pub hash: String,
}

impl StoredRow {
    /// Parses the stored text into the public row type.
    pub fn into_audit_row(self) -> Result<AuditRow, StoreError> {
        Ok(AuditRow {
            seq: self.seq,
            record: self.fields.into_record()?,
            prev_hash: self.prev_hash,
            hash: self.hash,
        })
    }
}

/// Decodes a row selected with [`COLUMNS`] from either backend.
pub(crate) fn decode<R>(r: &R) -> Result<StoredRow, StoreError>
where
    R: Row,
    usize: ColumnIndex<R>,
    for<'r> String: Decode<'r, R::Database> + Type<R::Database>,
    for<'r> i64: Decode<'r, R::Database> + Type<R::Database>,
{
    let seq: i64 = r.try_get(0)?;
    Ok(StoredRow {
        seq: u64::try_from(seq).map_err(|_| StoreError::Corrupt(format!("negative seq {seq}")))?,
        fields: RowFields {
            time: r.try_get(1)?,
            request_id: r.try_get(2)?,
            session_id: r.try_get(3)?,
            tenant: r.try_get(4)?,
            user: r.try_get(5)?,
            agent: r.try_get(6)?,
            client_addr: r.try_get(7)?,
            method: r.try_get(8)?,
            server: r.try_get(9)?,
            target: r.try_get(10)?,
            arguments: r.try_get(11)?,
            result_summary: r.try_get(12)?,
            result_bytes: r.try_get(13)?,
            verdict: r.try_get(14)?,
            findings: r.try_get(15)?,
            policy_ids: r.try_get(16)?,
            latency_us: r.try_get(17)?,
            upstream_status: r.try_get(18)?,
            error_code: r.try_get(19)?,
            virtual_server: r.try_get(22)?,
        },
        prev_hash: r.try_get(20)?,
        hash: r.try_get(21)?,
    })
}

/// Binds a row to [`INSERT`]; usable with any backend's `Query`.
macro_rules! bind_row {
    ($q:expr, $row:expr) => {{
        let r = $row;
        let f = &r.fields;
        $q.bind(r.seq as i64)
            .bind(f.time.as_str())
            .bind(f.request_id.as_str())
            .bind(f.session_id.as_deref())
            .bind(f.tenant.as_deref())
            .bind(f.user.as_deref())
            .bind(f.agent.as_deref())
            .bind(f.client_addr.as_deref())
            .bind(f.method.as_str())
            .bind(f.server.as_deref())
            .bind(f.target.as_deref())
            .bind(f.arguments.as_deref())
            .bind(f.result_summary.as_deref())
            .bind(f.result_bytes)
            .bind(f.verdict.as_str())
            .bind(f.findings.as_deref())
            .bind(f.policy_ids.as_str())
            .bind(f.latency_us)
            .bind(f.upstream_status.as_deref())
            .bind(f.error_code)
            .bind(r.prev_hash.as_str())
            .bind(r.hash.as_str())
            .bind(f.virtual_server.as_deref())
    }};
}
pub(crate) use bind_row;
