//! The dashboard's pages and the parts of them that refresh in place.

use axum::body::Body;
use axum::extract::{Extension, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use store::AuditFilter;

use super::views::{
    ApprovalList, ApprovalRow, ApprovalsPage, AuditPage, CountsPart, FilterFields, OverviewPage,
    PinList, PinRow, PinsPage, RecordRow, RecordsPart, ServerRow, ServersPart, VerdictOption,
};
use super::{SignedIn, render};
use crate::admin::{Admin, AdminError, store_of};

/// Records on the overview.
const RECENT: u64 = 20;
/// Records per page of the audit log.
const PAGE: u64 = 100;

pub(super) async fn overview(
    State(admin): State<Admin>,
    Extension(who): Extension<SignedIn>,
) -> Response {
    let (records, audit_note) = recent(&admin, &who).await;
    let (pending_approvals, pending_pins) = counts(&admin, &who).await;
    render(&OverviewPage {
        nav: who.nav("overview"),
        servers: servers(&admin),
        pending_approvals,
        pending_pins,
        records,
        audit_note,
    })
}

pub(super) async fn counts_part(
    State(admin): State<Admin>,
    Extension(who): Extension<SignedIn>,
) -> Response {
    let (pending_approvals, pending_pins) = counts(&admin, &who).await;
    render(&CountsPart {
        pending_approvals,
        pending_pins,
    })
}

pub(super) async fn servers_part(State(admin): State<Admin>) -> Response {
    render(&ServersPart {
        servers: servers(&admin),
    })
}

pub(super) async fn recent_part(
    State(admin): State<Admin>,
    Extension(who): Extension<SignedIn>,
) -> Response {
    let (records, audit_note) = recent(&admin, &who).await;
    render(&RecordsPart {
        records,
        audit_note,
    })
}

pub(super) async fn approvals(
    State(admin): State<Admin>,
    Extension(who): Extension<SignedIn>,
) -> Response {
    let (approvals, error) = match held_calls(&admin, &who).await {
        Ok(approvals) => (approvals, String::new()),
        Err(e) => (Vec::new(), e.to_string()),
    };
    render(&ApprovalsPage {
        nav: who.nav("approvals"),
        approvals,
        csrf: who.csrf.clone(),
        flash: String::new(),
        error,
    })
}

pub(super) async fn approvals_part(
    State(admin): State<Admin>,
    Extension(who): Extension<SignedIn>,
) -> Response {
    approval_list(&admin, &who, String::new(), String::new()).await
}

/// The held calls as `who` sees them, under a message.
pub(super) async fn approval_list(
    admin: &Admin,
    who: &SignedIn,
    flash: String,
    error: String,
) -> Response {
    let (approvals, error) = match held_calls(admin, who).await {
        Ok(approvals) => (approvals, error),
        Err(e) => (Vec::new(), e.to_string()),
    };
    render(&ApprovalList {
        approvals,
        csrf: who.csrf.clone(),
        flash,
        error,
    })
}

pub(super) async fn pins(
    State(admin): State<Admin>,
    Extension(who): Extension<SignedIn>,
) -> Response {
    let ((pending, approved), error) = match pin_rows(&admin).await {
        Ok(rows) => (rows, String::new()),
        Err(e) => ((Vec::new(), Vec::new()), e.to_string()),
    };
    render(&PinsPage {
        nav: who.nav("pins"),
        pending,
        approved,
        can_approve: who.operator.tenant().is_none(),
        csrf: who.csrf.clone(),
        flash: String::new(),
        error,
    })
}

/// The pending pins, under a message.
pub(super) async fn pin_list(
    admin: &Admin,
    who: &SignedIn,
    flash: String,
    error: String,
) -> Response {
    let ((pending, approved), error) = match pin_rows(admin).await {
        Ok(rows) => (rows, error),
        Err(e) => ((Vec::new(), Vec::new()), e.to_string()),
    };
    render(&PinList {
        pending,
        approved,
        can_approve: who.operator.tenant().is_none(),
        csrf: who.csrf.clone(),
        flash,
        error,
    })
}

pub(super) async fn audit(
    State(admin): State<Admin>,
    Extension(who): Extension<SignedIn>,
    Query(given): Query<Vec<(String, String)>>,
) -> Response {
    let (fields, before) = read_filter(&given);
    let query = query_string(&given);
    let link = |path: &str, before: Option<u64>| {
        let mut link = format!("{path}?{query}");
        if let Some(before) = before {
            let joiner = if query.is_empty() { "" } else { "&" };
            link.push_str(&format!("{joiner}before={before}"));
        }
        link
    };
    let mut page = AuditPage {
        nav: who.nav("audit"),
        verdicts: store::VERDICTS
            .iter()
            .map(|&name| VerdictOption {
                name,
                selected: fields.verdict == name,
            })
            .collect(),
        filter: fields,
        records: Vec::new(),
        audit_note: String::new(),
        export_link: link("/ui/audit.jsonl", None),
        older_link: String::new(),
        newest_link: match before {
            Some(_) => link("/ui/audit", None),
            None => String::new(),
        },
    };
    let mut filter = to_filter(&page.filter, before);
    filter.limit = Some(PAGE);
    match records(&admin, &who, filter).await {
        Ok(rows) => {
            let full = rows.len() as u64 == PAGE;
            if let Some(last) = rows.last().filter(|_| full) {
                page.older_link = link("/ui/audit", Some(last.seq));
            }
            page.records = rows.into_iter().map(RecordRow::from).collect();
        }
        Err(e) => page.audit_note = e.to_string(),
    }
    render(&page)
}

/// Every record the filter matches, newest first, as JSON lines (streamed, a page at a time).
pub(super) async fn audit_export(
    State(admin): State<Admin>,
    Extension(who): Extension<SignedIn>,
    Query(given): Query<Vec<(String, String)>>,
) -> Result<Response, AdminError> {
    let (fields, before) = read_filter(&given);
    let filter = who.operator.scope(to_filter(&fields, before))?;
    let store = store_of(&admin.gateway)?;
    store
        .audit()
        .query(&AuditFilter {
            limit: Some(1),
            ..filter.clone()
        })
        .await?;
    let (mut writer, reader) = tokio::io::duplex(64 * 1024);
    tokio::spawn(async move {
        if let Err(error) = store.audit().export_jsonl_async(&filter, &mut writer).await {
            tracing::warn!(%error, "a dashboard export of the audit log stopped");
        }
    });
    let body = Body::from_stream(tokio_util::io::ReaderStream::new(reader));
    let disposition = "attachment; filename=\"gatehouse-audit.jsonl\"";
    Ok((
        [
            (header::CONTENT_TYPE, "application/jsonl"),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        body,
    )
        .into_response())
}

/// How many held calls `who` sees, and how many changed definitions await review.
async fn counts(admin: &Admin, who: &SignedIn) -> (usize, usize) {
    let approvals = held_calls(admin, who).await.map_or(0, |a| a.len());
    let pins = match store_of(&admin.gateway) {
        Ok(store) => store.pins().list_pending().await.map_or(0, |p| p.len()),
        Err(_) => 0,
    };
    (approvals, pins)
}

/// Every upstream instance.
fn servers(admin: &Admin) -> Vec<ServerRow> {
    admin
        .gateway
        .upstream_snapshots()
        .into_iter()
        .map(ServerRow::from)
        .collect()
}

/// The newest records `who` may read, or why there are none to show.
async fn recent(admin: &Admin, who: &SignedIn) -> (Vec<RecordRow>, String) {
    let filter = AuditFilter {
        before_seq: Some(u64::MAX),
        limit: Some(RECENT),
        ..AuditFilter::default()
    };
    match records(admin, who, filter).await {
        Ok(rows) => (
            rows.into_iter().map(RecordRow::from).collect(),
            String::new(),
        ),
        Err(e) => (Vec::new(), e.to_string()),
    }
}

/// The records `filter` matches, within `who`'s view.
async fn records(
    admin: &Admin,
    who: &SignedIn,
    filter: AuditFilter,
) -> Result<Vec<store::AuditRow>, AdminError> {
    let filter = who.operator.scope(filter)?;
    Ok(store_of(&admin.gateway)?.audit().query(&filter).await?)
}

/// The calls held for a decision that `who` sees.
async fn held_calls(admin: &Admin, who: &SignedIn) -> Result<Vec<ApprovalRow>, AdminError> {
    let pending = store_of(&admin.gateway)?.approvals().list_pending().await?;
    let timeout = admin.gateway.settings().approval.timeout;
    Ok(pending
        .iter()
        .filter(|a| who.operator.sees(a))
        .map(|a| ApprovalRow::new(a, who.operator.made(a), timeout))
        .collect())
}

/// Pending definitions (each beside the pin it would replace) and approved pins.
async fn pin_rows(admin: &Admin) -> Result<(Vec<PinRow>, Vec<PinRow>), AdminError> {
    let pins = store_of(&admin.gateway)?.pins();
    let (approved, pending) = (pins.list().await?, pins.list_pending().await?);
    let pinned = |p: &store::Pin| {
        approved
            .iter()
            .find(|a| a.server == p.server && a.tool == p.tool)
    };
    let snapshots = admin.gateway.upstream_snapshots();
    let pending = pending
        .iter()
        .map(|p| PinRow {
            also_held: held_otherwise(&snapshots, &p.server, &p.tool),
            ..PinRow::new(p, pinned(p))
        })
        .collect();
    let approved = approved.iter().map(|p| PinRow::new(p, None)).collect();
    Ok((pending, approved))
}

/// Why the guard holds `server`'s `tool` back besides its changed definition (e.g. the new
/// definition is poisoning), as its servers' state says; empty: for nothing else.
fn held_otherwise(
    snapshots: &[crate::upstream_status::UpstreamSnapshot],
    server: &str,
    tool: &str,
) -> String {
    // A reason reads `rule (category), rule (category) (definition HASH)`.
    let mut reasons: Vec<&str> = snapshots
        .iter()
        .filter(|s| s.name == server)
        .flat_map(|s| &s.held_tools)
        .filter(|h| h.tool == tool)
        .flat_map(|h| {
            let findings = h.reason.split(" (definition ").next().unwrap_or_default();
            findings.split(", ")
        })
        .filter(|finding| !finding.is_empty() && !finding.contains("(rug_pull)"))
        .collect();
    reasons.sort_unstable();
    reasons.dedup();
    reasons.join("; ")
}

/// The audit form's fields (empty ones are not filters) and the page's `before` cursor.
fn read_filter(given: &[(String, String)]) -> (FilterFields, Option<u64>) {
    let mut fields = FilterFields::default();
    let mut before = None;
    for (key, value) in given {
        let value = value.trim().to_owned();
        match key.as_str() {
            "since" => fields.since = value,
            "until" => fields.until = value,
            "tool" => fields.tool = value,
            "server" => fields.server = value,
            "agent" => fields.agent = value,
            "tenant" => fields.tenant = value,
            "user" => fields.user = value,
            "method" => fields.method = value,
            "verdict" => fields.verdict = value,
            "before" => before = value.parse().ok(),
            _ => {}
        }
    }
    (fields, before)
}

/// A store filter from the form's fields, newest first (below `before`, when given).
fn to_filter(fields: &FilterFields, before: Option<u64>) -> AuditFilter {
    let set = |s: &String| (!s.is_empty()).then(|| s.clone());
    AuditFilter {
        since: set(&fields.since),
        until: set(&fields.until),
        target: set(&fields.tool),
        server: set(&fields.server),
        agent: set(&fields.agent),
        tenant: set(&fields.tenant),
        user: set(&fields.user),
        method: set(&fields.method),
        verdict: set(&fields.verdict),
        before_seq: Some(before.unwrap_or(u64::MAX)),
        ..AuditFilter::default()
    }
}

/// The audit form's filter fields.
const FILTERS: [&str; 9] = [
    "since", "until", "tool", "server", "agent", "tenant", "user", "method", "verdict",
];

/// The filters of `given` (not the page cursor) as a URL-encoded query string.
fn query_string(given: &[(String, String)]) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    for (key, value) in given {
        let is_filter = FILTERS.contains(&key.as_str()) && !value.trim().is_empty();
        if is_filter {
            query.append_pair(key, value.trim());
        }
    }
    query.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_audit_form_becomes_a_newest_first_filter() {
        let given: Vec<(String, String)> = [
            ("tool", "ehr__*"),
            ("agent", ""),
            ("verdict", "block"),
            ("before", "42"),
            ("junk", "x"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let (fields, before) = read_filter(&given);
        let filter = to_filter(&fields, before);
        assert_eq!(filter.target.as_deref(), Some("ehr__*"));
        assert_eq!(filter.agent, None, "an empty field is no filter");
        assert_eq!(filter.verdict.as_deref(), Some("block"));
        assert_eq!(filter.before_seq, Some(42));
        assert_eq!(
            query_string(&given),
            "tool=ehr__*&verdict=block",
            "the cursor and unknown fields are not part of the filters"
        );
        let (_, none) = read_filter(&[]);
        assert_eq!(
            to_filter(&FilterFields::default(), none).before_seq,
            Some(u64::MAX)
        );
    }
}
