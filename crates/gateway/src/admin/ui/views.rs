//! What the dashboard's templates show: rows made from the store's and the upstreams' types,
//! with every value already a display string (the templates escape them; they decide
//! nothing), and the templates themselves.

use askama::Template;
use serde_json::Value;
use time::OffsetDateTime;

use crate::upstream_status::{HeldTool, UpstreamSnapshot};

/// The header every page shares.
pub(super) struct Nav {
    /// Which page is shown (`overview`, `approvals`, `pins`, `audit`).
    pub active: &'static str,
    /// Who is signed in, as shown.
    pub who: String,
    /// Whether there is a session to end (not on an open admin listener).
    pub can_sign_out: bool,
    /// The session's CSRF token, for the sign-out form.
    pub csrf: String,
}

/// One upstream instance.
pub(super) struct ServerRow {
    pub name: String,
    pub transport: &'static str,
    /// `up`, `unhealthy` or `down`.
    pub state: &'static str,
    pub breaker: &'static str,
    pub in_flight: usize,
    pub queued: usize,
    pub tools: usize,
    pub protocol: String,
    pub held: Vec<HeldTool>,
}

impl From<UpstreamSnapshot> for ServerRow {
    fn from(s: UpstreamSnapshot) -> Self {
        let mut name = s.name;
        if let Some(tenant) = &s.tenant {
            name.push_str(&format!(" (tenant {tenant})"));
        }
        if s.replica > 0 {
            name.push_str(&format!(" #{}", s.replica));
        }
        let state = match (s.connected, s.healthy) {
            (true, true) => "up",
            (true, false) => "unhealthy",
            (false, _) => "down",
        };
        ServerRow {
            name,
            transport: s.transport,
            state,
            breaker: s.breaker,
            in_flight: s.in_flight,
            queued: s.queued,
            tools: s.tools,
            protocol: s.protocol_version.unwrap_or_default(),
            held: s.held_tools,
        }
    }
}

/// One audit record.
pub(super) struct RecordRow {
    pub seq: u64,
    pub time: String,
    pub who: String,
    pub method: String,
    pub target: String,
    pub verdict: String,
    /// The JSON-RPC error code, when the request failed.
    pub error: String,
    pub latency: String,
    pub upstream: String,
    /// Arguments, findings, policies and result summary, as pretty JSON (empty: none).
    pub details: String,
}

impl From<store::AuditRow> for RecordRow {
    fn from(row: store::AuditRow) -> Self {
        let r = row.record;
        let who = caller(r.tenant.as_deref(), r.user.as_deref(), r.agent.as_deref());
        let mut details = serde_json::Map::new();
        let mut keep = |key: &str, value: Option<Value>| {
            if let Some(value) = value.filter(|v| !v.is_null()) {
                details.insert(key.to_owned(), value);
            }
        };
        keep("arguments", r.arguments);
        keep("findings", r.findings);
        keep(
            "policies",
            (!r.policy_ids.is_empty()).then(|| Value::from(r.policy_ids)),
        );
        keep("result", r.result_summary.map(Value::from));
        keep("result_bytes", r.result_bytes.map(Value::from));
        keep("session", r.session_id.map(Value::from));
        keep("client", r.client_addr.map(Value::from));
        keep("virtual_server", r.virtual_server.map(Value::from));
        keep("request_id", Some(Value::from(r.request_id)));
        RecordRow {
            seq: row.seq,
            time: short_time(&r.time),
            who,
            method: r.method,
            target: r.target.unwrap_or_default(),
            verdict: r.verdict,
            error: r.error_code.map(|c| c.to_string()).unwrap_or_default(),
            latency: r
                .latency_us
                .map(|us| format!("{:.1} ms", us as f64 / 1000.0))
                .unwrap_or_default(),
            upstream: r.upstream_status.unwrap_or_default(),
            details: pretty(&Value::Object(details)),
        }
    }
}

/// One held call.
pub(super) struct ApprovalRow {
    pub id: String,
    pub time: String,
    pub caller: String,
    pub server: String,
    pub tool: String,
    pub arguments: String,
    pub reason: String,
    /// The signed-in operator's own call, which someone else must decide.
    pub own: bool,
    /// When the call is answered "expired" unless decided (UTC).
    pub expires: String,
}

impl ApprovalRow {
    pub fn new(a: &store::Approval, own: bool, timeout: std::time::Duration) -> Self {
        let p = &a.request.principal;
        ApprovalRow {
            id: a.request.id.clone(),
            time: short_time(&a.request.time),
            caller: caller(
                p["tenant"].as_str(),
                p["user"].as_str(),
                p["agent"].as_str(),
            ),
            server: a.request.server.clone(),
            tool: a.request.tool.clone(),
            arguments: pretty(&a.request.arguments),
            reason: a.request.reason.clone(),
            own,
            expires: short_time(&(a.request.time + timeout)),
        }
    }
}

/// One pin, approved or pending.
pub(super) struct PinRow {
    pub server: String,
    pub tool: String,
    pub hash: String,
    /// When it was approved (an approved pin) or first seen (a pending one).
    pub when: String,
    pub by: String,
    pub definition: String,
    /// The approved definition a pending one would replace.
    pub pinned: String,
    /// Why else the guard holds the tool back (a pending definition that is also, say,
    /// poisoned stays held once pinned); empty: nothing else.
    pub also_held: String,
}

impl PinRow {
    pub fn new(pin: &store::Pin, pinned: Option<&store::Pin>) -> Self {
        let when = pin.approved_at.as_ref().unwrap_or(&pin.first_seen);
        PinRow {
            server: pin.server.clone(),
            tool: pin.tool.clone(),
            hash: pin.definition_hash.clone(),
            when: short_time(when),
            by: pin.approved_by.clone().unwrap_or_default(),
            definition: pretty(&pin.definition),
            pinned: pinned.map_or_else(|| "(none)".to_owned(), |p| pretty(&p.definition)),
            also_held: String::new(),
        }
    }
}

/// A verdict in the audit filter's list.
pub(super) struct VerdictOption {
    pub name: &'static str,
    pub selected: bool,
}

/// The audit filter's fields, echoed back into its form (empty: not set).
#[derive(Default)]
pub(super) struct FilterFields {
    pub since: String,
    pub until: String,
    pub tool: String,
    pub server: String,
    pub agent: String,
    pub tenant: String,
    pub user: String,
    pub method: String,
    pub verdict: String,
}

/// `tenant/user/agent`, leaving out the parts that are not there.
fn caller(tenant: Option<&str>, user: Option<&str>, agent: Option<&str>) -> String {
    let parts: Vec<&str> = [tenant, user, agent]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .collect();
    match parts.is_empty() {
        true => "anonymous".to_owned(),
        false => parts.join(" / "),
    }
}

/// `2026-12-07 18:43:36` (UTC, to the second).
pub(super) fn short_time(t: &OffsetDateTime) -> String {
    let t = t.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// Indented JSON; empty for an empty object.
fn pretty(value: &Value) -> String {
    match value {
        Value::Object(map) if map.is_empty() => String::new(),
        other => serde_json::to_string_pretty(other).unwrap_or_default(),
    }
}

/// The sign-in page.
#[derive(Template)]
#[template(path = "ui/login.html")]
pub(super) struct LoginPage {
    pub error: String,
    /// The name given with a refused attempt, kept in its field.
    pub name: String,
}

/// The overview: servers, what awaits a decision, the latest records.
#[derive(Template)]
#[template(path = "ui/overview.html")]
pub(super) struct OverviewPage {
    pub nav: Nav,
    pub servers: Vec<ServerRow>,
    pub pending_approvals: usize,
    pub pending_pins: usize,
    pub records: Vec<RecordRow>,
    pub audit_note: String,
}

/// The overview's counts alone (refreshed in place).
#[derive(Template)]
#[template(path = "ui/counts.html")]
pub(super) struct CountsPart {
    pub pending_approvals: usize,
    pub pending_pins: usize,
}

/// The servers table alone (refreshed in place).
#[derive(Template)]
#[template(path = "ui/servers.html")]
pub(super) struct ServersPart {
    pub servers: Vec<ServerRow>,
}

/// An audit table alone (refreshed in place).
#[derive(Template)]
#[template(path = "ui/records.html")]
pub(super) struct RecordsPart {
    pub records: Vec<RecordRow>,
    pub audit_note: String,
}

/// The held calls page.
#[derive(Template)]
#[template(path = "ui/approvals.html")]
pub(super) struct ApprovalsPage {
    pub nav: Nav,
    pub approvals: Vec<ApprovalRow>,
    pub csrf: String,
    pub flash: String,
    pub error: String,
}

/// The held calls alone (refreshed in place, and the answer to a decision).
#[derive(Template)]
#[template(path = "ui/approval_list.html")]
pub(super) struct ApprovalList {
    pub approvals: Vec<ApprovalRow>,
    pub csrf: String,
    pub flash: String,
    pub error: String,
}

/// The pins page.
#[derive(Template)]
#[template(path = "ui/pins.html")]
pub(super) struct PinsPage {
    pub nav: Nav,
    pub pending: Vec<PinRow>,
    pub approved: Vec<PinRow>,
    pub can_approve: bool,
    pub csrf: String,
    pub flash: String,
    pub error: String,
}

/// The pins alone (the answer to an approval).
#[derive(Template)]
#[template(path = "ui/pin_list.html")]
pub(super) struct PinList {
    pub pending: Vec<PinRow>,
    pub approved: Vec<PinRow>,
    pub can_approve: bool,
    pub csrf: String,
    pub flash: String,
    pub error: String,
}

/// The audit log page.
#[derive(Template)]
#[template(path = "ui/audit.html")]
pub(super) struct AuditPage {
    pub nav: Nav,
    pub filter: FilterFields,
    pub verdicts: Vec<VerdictOption>,
    pub records: Vec<RecordRow>,
    pub audit_note: String,
    /// The export of everything the filters match.
    pub export_link: String,
    /// The next (older) page, when there may be one; empty: none.
    pub older_link: String,
    /// The first page, when this is not it; empty: this is.
    pub newest_link: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn callers_and_times_read_plainly() {
        assert_eq!(caller(Some("acme"), None, Some("bot")), "acme / bot");
        assert_eq!(caller(None, None, None), "anonymous");
        let t = OffsetDateTime::from_unix_timestamp(1_796_000_000).unwrap();
        assert_eq!(short_time(&t), "2026-11-30 00:53:20");
        assert_eq!(pretty(&serde_json::json!({})), "");
    }

    #[test]
    fn hostile_text_is_escaped() {
        let page = LoginPage {
            error: "<script>alert(1)</script>".into(),
            name: "\"><b>".into(),
        };
        let html = page.render().unwrap();
        assert!(
            html.contains("&#60;script&#62;") || html.contains("&lt;script&gt;"),
            "{html}"
        );
        assert!(!html.contains("<script>alert"), "{html}");
        assert!(
            !html.contains("\"><b>"),
            "an attribute value is escaped too: {html}"
        );
    }
}
