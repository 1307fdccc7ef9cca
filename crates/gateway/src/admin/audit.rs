//! `GET /admin/audit`: the audit log's records, with the filters of `gatehouse audit query`
//! and paging by sequence number.
//!
//! Query parameters: `since`, `until` (RFC 3339 or `YYYY-MM-DD`), `tool` (glob, e.g.
//! `ehr__*`), `server`, `agent`, `tenant`, `user`, `verdict`, `method`, `after` (the `next`
//! cursor of the previous page), `before` (newest first: records below that sequence number,
//! `next` then being the next page's `before`) and `limit` (default 100, at most 1000).
//! `format=jsonl` answers JSON lines instead of `{"records": [...], "next": N}`.

use axum::extract::{Extension, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use store::AuditFilter;

use super::{Admin, AdminError, Operator, store_of};

/// Rows per page unless `limit` says otherwise.
const DEFAULT_PAGE: u64 = 100;
/// The largest page.
const MAX_PAGE: u64 = 1000;

/// The response format (`format=jsonl`); the filters are read into [`AuditFilter`] directly.
#[derive(Debug, Default, Deserialize)]
pub(super) struct Format {
    format: Option<String>,
}

/// The query parameters this endpoint reads; any other is a mistyped filter.
const PARAMETERS: [&str; 15] = [
    "since",
    "until",
    "tool",
    "target",
    "server",
    "agent",
    "tenant",
    "user",
    "verdict",
    "method",
    "virtual_server",
    "after",
    "before",
    "limit",
    "format",
];

pub(super) async fn query(
    State(admin): State<Admin>,
    Extension(operator): Extension<Operator>,
    Query(given): Query<Vec<(String, String)>>,
    filter: Result<Query<AuditFilter>, axum::extract::rejection::QueryRejection>,
    Query(q): Query<Format>,
) -> Result<Response, AdminError> {
    // A typo such as `verdcit=block` would otherwise answer every record, unfiltered.
    if let Some((unknown, _)) = given
        .iter()
        .find(|(k, _)| !PARAMETERS.contains(&k.as_str()))
    {
        return Err(AdminError::BadRequest(format!(
            "unknown filter {unknown:?} (one of {})",
            PARAMETERS.join(", ")
        )));
    }
    // A value of the wrong type (`limit=-1`) is the same JSON error as any bad filter.
    let Query(filter) = filter.map_err(|e| AdminError::BadRequest(e.body_text()))?;
    let mut filter = operator.scope(filter)?;
    let store = store_of(&admin.gateway)?;
    if filter.limit == Some(0) {
        return Err(AdminError::BadRequest("limit must be at least 1".into()));
    }
    filter.limit = Some(filter.limit.unwrap_or(DEFAULT_PAGE).min(MAX_PAGE));
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
