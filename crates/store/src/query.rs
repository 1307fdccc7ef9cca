//! Audit queries: filters, SQL construction and paging.

use serde::{Deserialize, Serialize};
use sqlx::AssertSqlSafe;

use crate::db::{Db, with_db};
use crate::rows::{COLUMNS, StoredRow, decode};
use crate::timefmt::{Bound, parse_bound};
use crate::{StoreError, glob};

/// Which audit rows to return. Every set field must match (AND).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AuditFilter {
    /// Inclusive lower time bound: RFC 3339 or `YYYY-MM-DD`.
    pub since: Option<String>,
    /// Exclusive upper time bound: RFC 3339, or `YYYY-MM-DD` (that whole day included).
    pub until: Option<String>,
    /// Target (tool/resource/prompt) glob: `*` and `?`, case-sensitive, e.g. `ehr__*`
    /// (`tool` in a query string, as on the CLI).
    #[serde(alias = "tool")]
    pub target: Option<String>,
    /// Exact server name.
    pub server: Option<String>,
    /// Exact agent.
    pub agent: Option<String>,
    /// Exact tenant.
    pub tenant: Option<String>,
    /// Exact user.
    pub user: Option<String>,
    /// Exact verdict.
    pub verdict: Option<String>,
    /// Exact method.
    pub method: Option<String>,
    /// Exact virtual server (`/mcp/v/{name}`) the request came through.
    pub virtual_server: Option<String>,
    /// Only rows with `seq` greater than this (paging cursor; `after` in a query string).
    #[serde(alias = "after")]
    pub after_seq: Option<u64>,
    /// Only rows with `seq` less than this, newest first (the paging cursor of a view that
    /// starts at the newest record; `before` in a query string). Without it rows come
    /// oldest first.
    #[serde(alias = "before")]
    pub before_seq: Option<u64>,
    /// At most this many rows (`None` = all).
    pub limit: Option<u64>,
}

/// The `WHERE` clause of a filter with its text parameters (`$2`...; `$1`
/// is the seq cursor, the last parameter the page size).
struct Sql {
    text: String,
    params: Vec<String>,
}

/// Every verdict the gateway records: the guard's actions that let a request through
/// (`allow`, `flag`, `redact`) or refused it (`block`), a policy's refusal (`deny`), a held
/// call nobody approved (`not_approved`), traffic control (`throttled`), a malformed request
/// (`invalid`), and a request refused because the audit log could not be written
/// (`audit_unavailable`). A filter on any other is an error, not an empty answer.
pub const VERDICTS: [&str; 9] = [
    "allow",
    "flag",
    "redact",
    "block",
    "deny",
    "not_approved",
    "throttled",
    "invalid",
    "audit_unavailable",
];

/// The longest target pattern a filter takes: SQLite refuses longer LIKE patterns with an
/// error of its own, and no tool name comes near.
const MAX_PATTERN: usize = 1000;

fn build(filter: &AuditFilter) -> Result<Sql, StoreError> {
    if filter.limit == Some(0) {
        return Err(StoreError::Invalid("limit must be at least 1".into()));
    }
    if let Some(t) = filter.target.as_ref().filter(|t| t.len() > MAX_PATTERN) {
        return Err(StoreError::Invalid(format!(
            "the target pattern is {} bytes long; at most {MAX_PATTERN}",
            t.len()
        )));
    }
    if let Some(verdict) = &filter.verdict
        && !VERDICTS.contains(&verdict.as_str())
    {
        return Err(StoreError::Invalid(format!(
            "unknown verdict {verdict:?} (one of {})",
            VERDICTS.join(", ")
        )));
    }
    // `$1` is the moving cursor: the last row seen, below it when newest first.
    let (cursor, order) = match filter.before_seq {
        Some(_) => ("seq < $1", "DESC"),
        None => ("seq > $1", "ASC"),
    };
    let mut conds = vec![cursor.to_string()];
    let mut params = Vec::new();
    let mut add = |cond: &str, value: String| {
        params.push(value);
        conds.push(cond.replace('?', &format!("${}", params.len() + 1)));
    };
    if let (Some(after), Some(_)) = (filter.after_seq, filter.before_seq) {
        add("seq > CAST(? AS BIGINT)", after.to_string());
    }
    if let Some(s) = &filter.since {
        add("time >= ?", parse_bound(s, Bound::Since)?);
    }
    if let Some(s) = &filter.until {
        add("time < ?", parse_bound(s, Bound::Until)?);
    }
    if let Some(t) = &filter.target {
        if glob::is_glob(t) {
            add("target LIKE ? ESCAPE '\\'", glob::to_like(t));
        } else {
            add("target = ?", t.clone());
        }
    }
    let exact = [
        ("server", &filter.server),
        ("agent", &filter.agent),
        ("tenant", &filter.tenant),
        ("user_name", &filter.user),
        ("verdict", &filter.verdict),
        ("method", &filter.method),
        ("virtual_server", &filter.virtual_server),
    ];
    for (col, v) in exact {
        if let Some(v) = v {
            add(&format!("{col} = ?"), v.clone());
        }
    }
    let limit_param = params.len() + 2;
    let text = format!(
        "SELECT {COLUMNS} FROM audit_log WHERE {} ORDER BY seq {order} LIMIT ${limit_param}",
        conds.join(" AND ")
    );
    Ok(Sql { text, params })
}

async fn fetch(db: &Db, sql: &Sql, after: u64, page: u64) -> Result<Vec<StoredRow>, StoreError> {
    with_db!(db, p => {
        let mut q = sqlx::query(AssertSqlSafe(sql.text.as_str())).bind(after as i64);
        for v in &sql.params {
            q = q.bind(v.as_str());
        }
        let rows = q.bind(page as i64).fetch_all(p).await?;
        rows.iter().map(decode).collect()
    })
}

/// Runs `filter`, calling `sink` for every matching row in seq order (descending when the
/// filter has a `before_seq`), reading `page` rows at a time. Returns the number of rows
/// passed to `sink`.
pub(crate) async fn for_each<F>(
    db: &Db,
    filter: &AuditFilter,
    page: u64,
    mut sink: F,
) -> Result<u64, StoreError>
where
    F: FnMut(StoredRow) -> Result<(), StoreError>,
{
    let sql = build(filter)?;
    let glob = filter.target.as_deref().filter(|t| glob::is_glob(t));
    let limit = filter.limit.unwrap_or(u64::MAX);
    // The cursor: rows past it in the filter's order are read next. Sequence numbers are
    // stored as BIGINT, so a `before` beyond that range means "from the newest".
    let mut after = match filter.before_seq {
        Some(before) => before.min(i64::MAX as u64),
        None => filter.after_seq.unwrap_or(0),
    };
    let mut count = 0;
    while count < limit {
        let want = page.min(limit - count).max(1);
        let rows = fetch(db, &sql, after, want).await?;
        let done = (rows.len() as u64) < want;
        for row in rows {
            after = row.seq;
            let keep = match (glob, row.fields.target.as_deref()) {
                (Some(g), Some(t)) => glob::matches(g, t),
                (Some(_), None) => false,
                (None, _) => true,
            };
            if keep && count < limit {
                count += 1;
                sink(row)?;
            }
        }
        if done {
            break;
        }
    }
    Ok(count)
}
