//! The audit stage: one record per client request, written exactly once whatever became of the
//! request (served, refused by a stage, failed upstream), with who asked, what, the verdicts and
//! the outcome. With `sync` durability the record is committed before the reply leaves; when the
//! audit log fails and the operator chose to fail closed, the client gets an error instead of
//! a result that was never recorded, and new requests are refused until a write succeeds.

use std::sync::Arc;
use std::time::Instant;

use protocol::{ErrorCode, ErrorObject, Outcome, Response, methods};
use serde_json::Value;
use store::{AuditRecord, Store};

use crate::session::Scope;

/// What the pipeline learned about one request, for its audit record.
pub(crate) struct Exchange {
    /// When the request arrived.
    pub started: Instant,
    /// When, as wall-clock time.
    pub time: time::OffsetDateTime,
    /// The gateway's id for the request (unique across sessions).
    pub request_id: String,
    /// The client's session, if it has one.
    pub session_id: Option<String>,
    /// The client's address.
    pub client_addr: Option<String>,
    /// Who asked.
    pub principal: Option<std::sync::Arc<policy::Principal>>,
    /// The JSON-RPC method.
    pub method: String,
    /// The server the request went to.
    pub server: Option<String>,
    /// The tool, prompt or resource it named.
    pub target: Option<String>,
    /// Its arguments (tool or prompt arguments); secrets and personal data are masked when
    /// the record is written, whatever the guard's actions.
    pub arguments: Option<Value>,
    /// The deciding verdict: `allow`, `throttled`, ...
    pub verdict: &'static str,
    /// Findings of the stages, as JSON.
    pub findings: Vec<Value>,
    /// The policies that decided the request.
    pub policy_ids: Vec<String>,
    /// How long the upstream side took, when the request was routed.
    pub upstream: Option<std::time::Duration>,
    /// The virtual server the request came through (`/mcp/v/{name}`).
    pub virtual_server: Option<String>,
}

/// A fresh request id: a random (version 4) UUID from the thread's CSPRNG. `Uuid::new_v4` asks
/// the kernel for every id, one `getrandom` system call per request; a request id needs to be
/// unique, not to be a secret, and the thread RNG is itself seeded from the kernel.
pub(crate) fn new_request_id() -> String {
    uuid::Builder::from_random_bytes(rand::random())
        .into_uuid()
        .simple()
        .to_string()
}

impl Exchange {
    /// The exchange of an `initialize` on `scope`: the target is the client's `clientInfo`
    /// (name and version), the session id is filled in once the session exists.
    pub(crate) fn session_start(
        request: &protocol::Request,
        caller: &crate::session::Caller,
        scope: &Scope,
    ) -> Self {
        let client = protocol::RawObject::parse_params(request.params.as_deref())
            .and_then(|p| p.get_as::<Value>("clientInfo"))
            .map(|info| {
                let field = |k: &str| {
                    info.get(k)
                        .and_then(Value::as_str)
                        .unwrap_or("?")
                        .to_owned()
                };
                format!("{} {}", field("name"), field("version"))
            });
        Exchange {
            started: Instant::now(),
            time: time::OffsetDateTime::now_utc(),
            request_id: new_request_id(),
            session_id: None,
            client_addr: caller.addr.map(|a| a.to_string()),
            principal: caller.principal.clone(),
            method: request.method.clone(),
            server: match scope {
                Scope::Server(name) => Some(name.clone()),
                _ => None,
            },
            target: client,
            arguments: None,
            verdict: "allow",
            findings: Vec::new(),
            policy_ids: Vec::new(),
            upstream: None,
            virtual_server: scope.virtual_name().map(str::to_owned),
        }
    }

    /// This exchange, recorded against `session_id`.
    pub(crate) fn for_session(mut self, session_id: Option<String>) -> Self {
        self.session_id = session_id;
        self
    }
}

/// The audit log as the pipeline uses it.
pub struct AuditStage {
    store: Store,
    fail_closed: bool,
    health: Arc<crate::audit_gap::Health>,
    /// `gatehouse_audit_write_failures_total`.
    failures: prometheus_client::metrics::counter::Counter,
}

impl AuditStage {
    /// Audit into `store`; with `fail_closed`, a failing log blocks requests. Records that
    /// cannot be written are counted on `failures`.
    pub fn new(
        store: Store,
        fail_closed: bool,
        failures: prometheus_client::metrics::counter::Counter,
    ) -> Self {
        Self {
            store,
            fail_closed,
            health: Arc::default(),
            failures,
        }
    }

    /// Whether the last write succeeded (a failing log is found by the write that fails, or,
    /// with batched durability, by the writer's commit that fails).
    pub fn is_writing(&self) -> bool {
        self.health.is_writing() && !self.store.audit().is_failing()
    }

    /// Whether the gateway refuses requests because the log cannot be written (failing
    /// closed): `/readyz` is then 503, so that a load balancer routes around this instance
    /// while the gap's probe waits for the log ([`crate::audit_gap`]).
    pub fn refuses(&self) -> bool {
        !self.admits()
    }

    /// The store behind the log.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Whether requests may proceed: always when failing open, else while writes succeed.
    pub fn admits(&self) -> bool {
        !self.fail_closed || self.is_writing()
    }

    /// Write the record of `exchange` answered by `response`; returns the response to send
    /// (an error in its place when the write failed and the log fails closed).
    ///
    /// A record that cannot be written is logged at ERROR instead (who, what, when and how it
    /// ended; not its arguments), so no request goes untraced, and the log itself gets a record
    /// of the gap once it can be written again ([`crate::audit_gap`]). A failing log is only
    /// found out by the write that fails, after its request was handled: failing closed, that
    /// request's client is told whether it reached its server (`data.forwarded`), so that it
    /// does not repeat an action that took place; the requests after it are refused before
    /// they are forwarded, until the gap's probe or a refusal's record finds the log writable.
    pub(crate) async fn record(&self, exchange: Exchange, response: Response) -> Response {
        let forwarded = exchange.upstream.is_some();
        let record = to_record(exchange, &response);
        // Kept aside for the log line of a failed write: who, what, when, how it ended (not the
        // arguments, which would make every request pay for a copy).
        let fallback = Fallback::of(&record);
        match self.store.audit().append(record).await {
            Ok(_) => {
                self.health.wrote();
                response
            }
            Err(error) => {
                if self.health.lost(fallback.time) {
                    let (store, health) = (self.store.clone(), self.health.clone());
                    tokio::spawn(crate::audit_gap::probe(store, health));
                }
                self.failures.inc();
                tracing::error!(
                    %error,
                    fail_closed = self.fail_closed,
                    record = %fallback,
                    "audit write failed; the record is in this log line instead"
                );
                if !self.fail_closed {
                    return response;
                }
                let message = match forwarded {
                    true => {
                        "the request reached its server, but its audit record could not be \
                             written; the gateway fails closed and refuses further requests \
                             until the log can be written"
                    }
                    false => "the audit log is unavailable; the gateway fails closed",
                };
                let refusal = ErrorObject::new(ErrorCode::INTERNAL_ERROR, message)
                    .with_data(&serde_json::json!({ "forwarded": forwarded }));
                Response::error(response.id, &refusal)
            }
        }
    }
}

/// What the log line of a record that could not be written says of it.
struct Fallback {
    time: time::OffsetDateTime,
    request_id: String,
    who: [Option<String>; 3],
    method: String,
    server: Option<String>,
    target: Option<String>,
    verdict: String,
    upstream_status: Option<String>,
    error_code: Option<i64>,
}

impl Fallback {
    fn of(r: &AuditRecord) -> Self {
        Fallback {
            time: r.time,
            request_id: r.request_id.clone(),
            who: [r.tenant.clone(), r.user.clone(), r.agent.clone()],
            method: r.method.clone(),
            server: r.server.clone(),
            target: r.target.clone(),
            verdict: r.verdict.clone(),
            upstream_status: r.upstream_status.clone(),
            error_code: r.error_code,
        }
    }
}

impl std::fmt::Display for Fallback {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let value = serde_json::json!({
            "time": store::timefmt::format(self.time),
            "request_id": self.request_id,
            "tenant": self.who[0], "user": self.who[1], "agent": self.who[2],
            "method": self.method, "server": self.server, "target": self.target,
            "verdict": self.verdict, "upstream_status": self.upstream_status,
            "error_code": self.error_code,
        });
        write!(f, "{value}")
    }
}

fn to_record(mut exchange: Exchange, response: &Response) -> AuditRecord {
    // Secrets and personal data are masked wherever the request put them: argument values and
    // keys, the target (a resource URI), and the findings' locations (JSON pointers of keys).
    if let Some(arguments) = exchange.arguments.as_mut() {
        crate::inspect::redact_for_audit(arguments);
    }
    if let Some(target) = exchange.target.as_mut() {
        crate::inspect::redact_text_for_audit(target);
    }
    // An unknown method is the client's text too (a known one is the spec's).
    if !protocol::methods::is_known(&exchange.method) {
        crate::inspect::redact_text_for_audit(&mut exchange.method);
    }
    for finding in &mut exchange.findings {
        if let Some(Value::String(location)) = finding.get_mut("location") {
            crate::inspect::redact_text_for_audit(location);
        }
    }
    let (mut summary, bytes, error_code) = summarize(&exchange.method, response);
    // An error message may quote what the request sent (an unknown tool's name) or what the
    // server holds.
    crate::inspect::redact_text_for_audit(&mut summary);
    let upstream_status = upstream_status(exchange.upstream.is_some(), error_code);
    AuditRecord {
        time: exchange.time,
        request_id: exchange.request_id,
        session_id: exchange.session_id,
        tenant: exchange.principal.as_ref().and_then(|p| p.tenant.clone()),
        user: exchange.principal.as_ref().and_then(|p| p.user.clone()),
        agent: exchange.principal.as_ref().map(|p| p.agent.clone()),
        client_addr: exchange.client_addr,
        method: exchange.method,
        server: exchange.server,
        target: exchange.target,
        arguments: exchange.arguments,
        result_summary: Some(summary),
        result_bytes: Some(bytes),
        verdict: exchange.verdict.to_owned(),
        findings: (!exchange.findings.is_empty()).then(|| Value::Array(exchange.findings)),
        policy_ids: exchange.policy_ids,
        latency_us: Some(exchange.started.elapsed().as_micros() as u64),
        upstream_status: Some(upstream_status.to_owned()),
        error_code,
        virtual_server: exchange.virtual_server,
    }
}

/// A short description of the outcome that never copies result content (it may hold secrets):
/// for a tool result, whether it is an error and the kinds of its content blocks.
fn summarize(method: &str, response: &Response) -> (String, u64, Option<i64>) {
    match &response.outcome {
        Outcome::Error(raw) => {
            let error: Option<ErrorObject> = serde_json::from_str(raw.get()).ok();
            let code = error.as_ref().map(|e| e.code);
            let message = error.map(|e| truncate(&e.message, 200)).unwrap_or_default();
            let summary = format!("error {}: {message}", code.unwrap_or_default());
            (summary, raw.get().len() as u64, code)
        }
        Outcome::Result(raw) if method == methods::TOOLS_CALL => {
            (tool_summary(raw.get()), raw.get().len() as u64, None)
        }
        Outcome::Result(raw) => ("ok".to_owned(), raw.get().len() as u64, None),
    }
}

fn tool_summary(result: &str) -> String {
    #[derive(serde::Deserialize)]
    struct Block {
        #[serde(rename = "type", default)]
        kind: String,
    }
    #[derive(serde::Deserialize)]
    struct ToolResult {
        #[serde(default)]
        content: Vec<Block>,
        #[serde(rename = "isError", default)]
        is_error: bool,
    }
    let Ok(parsed) = serde_json::from_str::<ToolResult>(result) else {
        return "ok (not a CallToolResult)".to_owned();
    };
    let kinds: Vec<&str> = parsed.content.iter().map(|b| b.kind.as_str()).collect();
    let status = if parsed.is_error { "isError" } else { "ok" };
    format!("{status} [{}]", kinds.join(","))
}

/// What became of the request upstream: `not_forwarded` when a stage refused it before
/// routing; once routed, the answer's kind, and `answered, result withheld` when the guard
/// blocked what the server answered (the tool ran: a client must not take it for a call that
/// was stopped).
fn upstream_status(routed: bool, error_code: Option<i64>) -> &'static str {
    if !routed {
        return "not_forwarded";
    }
    match error_code {
        None => "ok",
        Some(ErrorCode::GUARD_BLOCKED) => "answered, result withheld",
        Some(ErrorCode::UPSTREAM_UNAVAILABLE) => "unavailable",
        Some(ErrorCode::UPSTREAM_TIMEOUT) => "timeout",
        Some(ErrorCode::OVERLOADED) => "shed",
        Some(ErrorCode::REQUEST_CANCELLED) => "cancelled",
        Some(_) => "error",
    }
}

fn truncate(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use protocol::{Id, raw_json};

    #[test]
    fn a_tool_result_is_summarized_without_its_content() {
        let result = raw_json(
            r#"{"content":[{"type":"text","text":"sk-live-secret"},{"type":"image","data":"x"}],"isError":false}"#,
        );
        let response = Response::result(Id::number(1), result);
        let (summary, bytes, code) = summarize(methods::TOOLS_CALL, &response);
        assert_eq!(summary, "ok [text,image]");
        assert!(!summary.contains("secret"));
        assert!(bytes > 50);
        assert_eq!(code, None);
    }

    #[test]
    fn an_error_is_summarized_with_its_code() {
        let error = ErrorObject::new(ErrorCode::UPSTREAM_TIMEOUT, "too slow");
        let response = Response::error(Id::number(1), &error);
        let (summary, _, code) = summarize(methods::TOOLS_CALL, &response);
        assert_eq!(summary, "error -32003: too slow");
        assert_eq!(upstream_status(true, code), "timeout");
        assert_eq!(upstream_status(false, code), "not_forwarded");
        let blocked = Some(ErrorCode::GUARD_BLOCKED);
        assert_eq!(upstream_status(true, blocked), "answered, result withheld");
        assert_eq!(upstream_status(false, blocked), "not_forwarded");
    }

    #[test]
    fn request_ids_are_distinct_version_4_uuids() {
        let a = super::new_request_id();
        let b = super::new_request_id();
        assert_ne!(a, b);
        let parsed = uuid::Uuid::parse_str(&a).unwrap();
        assert_eq!(parsed.get_version_num(), 4, "{a}");
        assert_eq!(a.len(), 32, "simple form: {a}");
    }
}
