//! Audit record types: what callers append and what queries return.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

use crate::{StoreError, timefmt};

/// One MCP request, as handed to [`crate::AuditLog::append`].
///
/// `arguments` must already be redacted by the caller; the store only caps
/// its size. `time` is stored truncated to microseconds, in UTC.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditRecord {
    /// When the request arrived.
    #[serde(with = "time::serde::rfc3339")]
    pub time: OffsetDateTime,
    /// Gateway-assigned request id.
    pub request_id: String,
    /// MCP session id, if any.
    pub session_id: Option<String>,
    /// Principal: tenant.
    pub tenant: Option<String>,
    /// Principal: user.
    pub user: Option<String>,
    /// Principal: agent.
    pub agent: Option<String>,
    /// Client network address.
    pub client_addr: Option<String>,
    /// JSON-RPC method (`tools/call`, ...).
    pub method: String,
    /// Upstream server name.
    pub server: Option<String>,
    /// Tool, resource or prompt name.
    pub target: Option<String>,
    /// Redacted arguments (replaced by a truncation marker when oversize).
    pub arguments: Option<Value>,
    /// Short summary of the result.
    pub result_summary: Option<String>,
    /// Result size in bytes.
    pub result_bytes: Option<u64>,
    /// Policy verdict (`allow`, `deny`, `hold`, ...).
    pub verdict: String,
    /// Detector findings.
    pub findings: Option<Value>,
    /// Ids of the policies that matched.
    pub policy_ids: Vec<String>,
    /// End-to-end latency in microseconds.
    pub latency_us: Option<u64>,
    /// Upstream status (`ok`, `error`, HTTP status, ...).
    pub upstream_status: Option<String>,
    /// JSON-RPC error code returned to the client, if any.
    pub error_code: Option<i64>,
    /// The virtual server (`/mcp/v/{name}`) the request came through, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub virtual_server: Option<String>,
}

impl AuditRecord {
    /// A record stamped now with the given request id, method and verdict;
    /// every optional field empty.
    pub fn new(
        request_id: impl Into<String>,
        method: impl Into<String>,
        verdict: impl Into<String>,
    ) -> Self {
        Self {
            time: OffsetDateTime::now_utc(),
            request_id: request_id.into(),
            session_id: None,
            tenant: None,
            user: None,
            agent: None,
            client_addr: None,
            method: method.into(),
            server: None,
            target: None,
            arguments: None,
            result_summary: None,
            result_bytes: None,
            verdict: verdict.into(),
            findings: None,
            policy_ids: Vec::new(),
            latency_us: None,
            upstream_status: None,
            error_code: None,
            virtual_server: None,
        }
    }
}

/// A stored audit row: the record plus its chain position and hashes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditRow {
    /// Position in the chain, starting at 1, gap-free.
    pub seq: u64,
    /// The record as stored.
    #[serde(flatten)]
    pub record: AuditRecord,
    /// Hex SHA-256 of the previous row (64 zeros for seq 1).
    pub prev_hash: String,
    /// Hex SHA-256 of `prev_hash || canonical(row)`.
    pub hash: String,
}

/// Column-level form of a record: exactly the text/integers that are stored
/// and hashed.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RowFields {
    pub time: String,
    pub request_id: String,
    pub session_id: Option<String>,
    pub tenant: Option<String>,
    pub user: Option<String>,
    pub agent: Option<String>,
    pub client_addr: Option<String>,
    pub method: String,
    pub server: Option<String>,
    pub target: Option<String>,
    pub arguments: Option<String>,
    pub result_summary: Option<String>,
    pub result_bytes: Option<i64>,
    pub verdict: String,
    pub findings: Option<String>,
    pub policy_ids: String,
    pub latency_us: Option<i64>,
    pub upstream_status: Option<String>,
    pub error_code: Option<i64>,
    pub virtual_server: Option<String>,
}

/// Serializes `arguments`, replacing it with
/// `{"$truncated":true,"original_bytes":N,"sha256":"..."}` when the JSON
/// text exceeds `cap` bytes.
pub(crate) fn cap_arguments(arguments: &Value, cap: usize) -> Result<String, StoreError> {
    let text = serde_json::to_string(arguments)?;
    if text.len() <= cap {
        return Ok(text);
    }
    let marker = serde_json::json!({
        "$truncated": true,
        "original_bytes": text.len(),
        "sha256": hex::encode(Sha256::digest(text.as_bytes())),
    });
    Ok(serde_json::to_string(&marker)?)
}

fn to_i64(v: Option<u64>) -> Option<i64> {
    v.map(|n| i64::try_from(n).unwrap_or(i64::MAX))
}

fn to_u64(v: Option<i64>) -> Option<u64> {
    v.map(|n| u64::try_from(n).unwrap_or(0))
}

fn parse_json(s: Option<&str>) -> Result<Option<Value>, StoreError> {
    s.map(serde_json::from_str)
        .transpose()
        .map_err(StoreError::from)
}

impl RowFields {
    /// Normalizes a caller's record into stored columns.
    pub fn from_record(r: AuditRecord, max_argument_bytes: usize) -> Result<Self, StoreError> {
        let arguments = match &r.arguments {
            Some(v) => Some(cap_arguments(v, max_argument_bytes)?),
            None => None,
        };
        let findings = r.findings.as_ref().map(serde_json::to_string).transpose()?;
        Ok(Self {
            time: timefmt::format(r.time),
            policy_ids: serde_json::to_string(&r.policy_ids)?,
            request_id: r.request_id,
            session_id: r.session_id,
            tenant: r.tenant,
            user: r.user,
            agent: r.agent,
            client_addr: r.client_addr,
            method: r.method,
            server: r.server,
            target: r.target,
            arguments,
            result_summary: r.result_summary,
            result_bytes: to_i64(r.result_bytes),
            verdict: r.verdict,
            findings,
            latency_us: to_i64(r.latency_us),
            upstream_status: r.upstream_status,
            error_code: r.error_code,
            virtual_server: r.virtual_server,
        })
    }

    /// Parses stored columns back into a record.
    pub fn into_record(self) -> Result<AuditRecord, StoreError> {
        Ok(AuditRecord {
            time: timefmt::parse(&self.time)?,
            arguments: parse_json(self.arguments.as_deref())?,
            findings: parse_json(self.findings.as_deref())?,
            policy_ids: serde_json::from_str(&self.policy_ids)?,
            request_id: self.request_id,
            session_id: self.session_id,
            tenant: self.tenant,
            user: self.user,
            agent: self.agent,
            client_addr: self.client_addr,
            method: self.method,
            server: self.server,
            target: self.target,
            result_summary: self.result_summary,
            result_bytes: to_u64(self.result_bytes),
            verdict: self.verdict,
            latency_us: to_u64(self.latency_us),
            upstream_status: self.upstream_status,
            error_code: self.error_code,
            virtual_server: self.virtual_server,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn oversize_arguments_are_replaced_by_marker() {
        let big = serde_json::json!({"blob": "x".repeat(500)});
        let capped = cap_arguments(&big, 100).unwrap();
        let v: Value = serde_json::from_str(&capped).unwrap();
        assert_eq!(v["$truncated"], true);
        assert!(v["original_bytes"].as_u64().unwrap() > 500);
        let small = serde_json::json!({"a": 1});
        assert_eq!(cap_arguments(&small, 100).unwrap(), r#"{"a":1}"#);
    }
}
