//! `GET /admin/audit`: the audit log's records, with the filters of `gatehouse audit query`
//! and paging by sequence number.
//!
//! Query parameters: `since`, `until` (RFC 3339 or `YYYY-MM-DD`), `tool` (glob, e.g.
//! `ehr__*`), `server`, `agent`, `tenant`, `user`, `verdict`, `method`, `after` (the `next`
//! cursor of the previous page) and `limit` (default 100, at most 1000). `format=jsonl`
//! answers JSON lines instead of `{"records": [...], "next": N}`.

use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use store::AuditFilter;

use super::{Admin, AdminError, store_of};

/// Rows per page unless `limit` says otherwise.
const DEFAULT_PAGE: u64 = 100;
/// The largest page.
const MAX_PAGE: u64 = 1000;

/// The query string.
#[derive(Debug, Default, Deserialize)]
pub(super) struct AuditQuery {
    since: Option<String>,
    until: Option<String>,
    tool: Option<String>,
    server: Option<String>,
    agent: Option<String>,
    tenant: Option<String>,
    user: Option<String>,
    verdict: Option<String>,
    method: Option<String>,
    after: Option<u64>,
    limit: Option<u64>,
    format: Option<String>,
}

impl AuditQuery {
    fn filter(&self) -> AuditFilter {
        AuditFilter {
            since: self.since.clone(),
            until: self.until.clone(),
            target: self.tool.clone(),
            server: self.server.clone(),
            agent: self.agent.clone(),
            tenant: self.tenant.clone(),
            user: self.user.clone(),
            verdict: self.verdict.clone(),
            method: self.method.clone(),
            after_seq: self.after,
            limit: Some(self.limit.unwrap_or(DEFAULT_PAGE).clamp(1, MAX_PAGE)),
        }
    }
}

pub(super) async fn query(
    State(admin): State<Admin>,
    Query(q): Query<AuditQuery>,
) -> Result<Response, AdminError> {
    let store = store_of(&admin.gateway)?;
    let filter = q.filter();
    let rows = store.audit().query(&filter).await?;
    let full_page = rows.len() as u64 == filter.limit.unwrap_or(DEFAULT_PAGE);
    let next = full_page.then(|| rows.last().map(|r| r.seq)).flatten();
    if q.format.as_deref() == Some("jsonl") {
        let mut body = String::new();
        for row in &rows {
            body.push_str(&serde_json::to_string(row).unwrap_or_default());
            body.push('\n');
        }
        return Ok(([(header::CONTENT_TYPE, "application/jsonl")], body).into_response());
    }
    Ok(axum::Json(serde_json::json!({ "records": rows, "next": next })).into_response())
}
