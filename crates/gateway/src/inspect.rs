//! The guard stage: the `guard` crate's detectors applied inline.
//!
//! - Before a `tools/call` leaves: its arguments (injection, traversal, SSRF, SQL, secrets) and
//!   the session's flow (the lethal trifecta); a held tool (poisoned, or changed since it was
//!   pinned) is refused.
//! - When its result comes back: injection, exfiltration and DLP in the result; the session's
//!   taint flags are updated.
//! - On every `tools/list`: each definition is scanned (poisoning, hidden content), names are
//!   compared across servers (look-alikes), and definitions are pinned; a tool that should be
//!   blocked or whose definition changed is held back from the list.
//!
//! Per server and category the settings choose block, redact, flag or off. A clean message is
//! forwarded byte for byte; only a redaction re-serializes it.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use guard::flow::{SessionFlow, ToolTraits};
use guard::{Action, Category, Finding, Guard};
use protocol::{Outcome, RawObject, Request, Response};
use serde_json::Value;

use crate::Gateway;
use crate::error::GatewayError;
use crate::pipeline::Target;
use crate::session::{Session, lock};
use crate::settings::GuardSettings;
use crate::tool_list;
use crate::upstream::Upstream;

mod unlisted;

/// The detectors, compiled once per process (about 0.2 s).
fn shared_guard() -> Option<Arc<Guard>> {
    static GUARD: OnceLock<Option<Arc<Guard>>> = OnceLock::new();
    GUARD
        .get_or_init(|| match Guard::new() {
            Ok(guard) => Some(Arc::new(guard)),
            Err(error) => {
                tracing::error!(%error, "the guard's detectors failed to compile; guard disabled");
                None
            }
        })
        .clone()
}

/// Replace `request`'s arguments with a copy of `arguments` redacted per `actions` (left as
/// they are when nothing was redacted).
fn redact_arguments(
    guard: &Guard,
    actions: &guard::Actions,
    arguments: &Value,
    request: &mut Request,
) {
    let mut redacted = arguments.clone();
    if guard.redact(&mut redacted, actions) == 0 {
        return;
    }
    let mut params = RawObject::parse_params(request.params.as_deref()).unwrap_or_default();
    if let Ok(raw) = serde_json::value::to_raw_value(&redacted) {
        params.set("arguments", raw);
        request.params = Some(params.to_raw());
    }
}

/// Mask every secret and personal datum in `value` (the arguments an audit record keeps),
/// whatever the guard's configured actions: no secret may land in the audit log.
pub(crate) fn redact_for_audit(value: &mut Value) {
    static ACTIONS: OnceLock<guard::Actions> = OnceLock::new();
    let actions = ACTIONS.get_or_init(|| {
        guard::Actions::none()
            .with(Category::Secret, Action::Redact)
            .with(Category::Pii, Action::Redact)
    });
    if let Some(guard) = shared_guard() {
        guard.redact(value, actions);
        redact_keys(value);
    }
    redact_named_secrets(value);
}

/// Values whose key names a credential (`password`, `client_secret`, `api_key`, `x_token`,
/// ...) are masked in the audit record whatever they look like: a short or plain password has
/// no shape a detector knows.
fn redact_named_secrets(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                match child {
                    Value::String(text) if !text.is_empty() && names_a_secret(key) => {
                        *text = "[REDACTED:named-secret]".to_owned();
                    }
                    _ => redact_named_secrets(child),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(redact_named_secrets),
        _ => {}
    }
}

/// Whether an argument's name says it holds a credential: it is, or ends in, one of these
/// words (`password`, `client_secret`, `x_api_key`; `clientSecret` and `client-secret` alike).
fn names_a_secret(key: &str) -> bool {
    const NAMES: [&str; 12] = [
        "_password",
        "_passwd",
        "_pwd",
        "_secret",
        "_token",
        "_api_key",
        "_apikey",
        "_private_key",
        "_credentials",
        "_authorization",
        "_cookie",
        "_bearer",
    ];
    let mut snake = String::with_capacity(key.len() + 5);
    snake.push('_');
    for (i, c) in key.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            snake.push('_');
        }
        snake.push(if c == '-' {
            '_'
        } else {
            c.to_ascii_lowercase()
        });
    }
    NAMES.iter().any(|name| snake.ends_with(name))
}

/// [`redact_for_audit`] of one string (a target URI, a finding's location).
pub(crate) fn redact_text_for_audit(text: &mut String) {
    if !may_hold_a_secret(text) {
        return;
    }
    let mut value = Value::String(std::mem::take(text));
    redact_for_audit(&mut value);
    if let Value::String(redacted) = value {
        *text = redacted;
    }
}

/// Whether `text` could hold a secret or personal data at all: 8 bytes or more with a digit,
/// a capital, an `@` or a non-ASCII character. Keys and tool names are mostly lowercase words
/// (`path`, `demo__read_file`), and the full detectors cost a few thousand instructions a call.
fn may_hold_a_secret(text: &str) -> bool {
    text.len() >= 8
        && text
            .bytes()
            .any(|b| b.is_ascii_digit() || b.is_ascii_uppercase() || b == b'@' || !b.is_ascii())
}

/// Object keys carry secrets too (`{"ghp_...": "x"}`); the guard's redaction reads values.
fn redact_keys(value: &mut Value) {
    match value {
        Value::Object(map) if map.keys().any(|k| may_hold_a_secret(k)) => {
            let old = std::mem::take(map);
            for (key, mut child) in old {
                redact_keys(&mut child);
                if !may_hold_a_secret(&key) {
                    map.insert(key, child);
                    continue;
                }
                let mut key_value = Value::String(key.clone());
                redact_for_audit(&mut key_value);
                let key = match key_value {
                    Value::String(redacted) => redacted,
                    _ => key,
                };
                map.insert(key, child);
            }
        }
        Value::Object(map) => map.values_mut().for_each(redact_keys),
        Value::Array(items) => items.iter_mut().for_each(redact_keys),
        _ => {}
    }
}

/// Compile the detectors ahead of the first request (so it does not pay for them).
pub fn warm_up() {
    let _ = shared_guard();
}

/// What the guard decided about one request, for the audit record.
#[derive(Debug, Default)]
pub(crate) struct Inspection {
    /// The strongest action taken.
    pub action: Option<Action>,
    /// Every finding, as JSON.
    pub findings: Vec<Value>,
}

impl Inspection {
    fn add(&mut self, action: Action, findings: &[Finding], about: Option<&str>) {
        if action > Action::Off {
            self.action = self.action.max(Some(action));
        }
        for f in findings {
            let mut value = serde_json::to_value(f).unwrap_or(Value::Null);
            if let (Some(tool), Value::Object(map)) = (about, &mut value) {
                map.insert("tool".into(), Value::from(tool));
            }
            self.findings.push(value);
        }
    }

    /// The audit verdict word.
    pub fn verdict(&self) -> Option<&'static str> {
        self.action.map(Action::as_str)
    }
}

/// A `tools/call` the guard let through, remembered for screening its result.
pub(crate) struct GuardedCall {
    server: String,
    traits: ToolTraits,
}

/// The guard as the pipeline uses it.
pub(crate) struct GuardStage {
    guard: Arc<Guard>,
    settings: GuardSettings,
    /// Each configured server's action table with its overrides applied (built once, here).
    per_server: HashMap<String, guard::Actions>,
}

impl GuardStage {
    /// The stage for these settings, or `None` when the guard is off.
    pub fn new(settings: &GuardSettings) -> Option<Self> {
        if !settings.enabled {
            return None;
        }
        let per_server = (settings.servers.keys())
            .map(|server| (server.clone(), settings.actions_for(server)))
            .collect();
        Some(Self {
            guard: shared_guard()?,
            settings: settings.clone(),
            per_server,
        })
    }

    /// The action table for `server`.
    fn actions(&self, server: &str) -> &guard::Actions {
        self.per_server
            .get(server)
            .unwrap_or(&self.settings.actions)
    }

    /// Screen a `tools/call` before it is routed; redacts its arguments in place when so told.
    /// `parsed` is the request's `arguments` when the pipeline has parsed them already (for the
    /// audit record), so that they are not parsed twice.
    pub fn before_call(
        &self,
        gateway: &Gateway,
        session: &Session,
        target: &Target,
        request: &mut Request,
        inspection: &mut Inspection,
        parsed: Option<&Value>,
    ) -> Result<Option<GuardedCall>, GatewayError> {
        let Some((upstream, original, qualified)) = target.tool_owner(gateway, session) else {
            return Ok(None);
        };
        let server = upstream.name();
        if let Some((reason, category)) = upstream.held_tool(&original) {
            let finding = Finding::new("held-tool", category, 1.0, "", &reason);
            inspection.add(Action::Block, std::slice::from_ref(&finding), None);
            return Err(GatewayError::Blocked(finding));
        }
        let facts = upstream.tool_facts(&original);
        let description = facts.as_deref().and_then(|f| f.description.as_deref());
        let tags = self.settings.tags.get(&qualified);
        let tags: Vec<&str> = tags
            .iter()
            .flat_map(|t| t.iter().map(String::as_str))
            .collect();
        let detected = match facts.as_deref() {
            Some(facts) => facts.traits,
            None => guard::flow::detect(&original, None, None),
        };
        let traits = detected.tagged(&tags);
        let own;
        let arguments = match parsed {
            Some(arguments) => arguments,
            None => {
                own = RawObject::parse_params(request.params.as_deref())
                    .and_then(|p| p.get_as::<Value>("arguments"))
                    .unwrap_or(Value::Object(Default::default()));
                &own
            }
        };
        let mut findings = self.guard.scan_arguments(&original, description, arguments);
        findings.extend(lock(&session.flow).check(&traits));
        let actions = self.actions(server);
        let verdict = self.guard.verdict(findings, actions);
        let altered = (verdict.action == Action::Redact)
            .then(|| would_alter(&verdict.findings, actions))
            .flatten();
        if let Some(finding) = altered {
            inspection.add(Action::Block, &verdict.findings, None);
            return Err(GatewayError::WouldAlter(finding));
        }
        inspection.add(verdict.action, &verdict.findings, None);
        match verdict.action {
            Action::Block => return Err(blocked(verdict.findings, actions)),
            Action::Redact => redact_arguments(&self.guard, actions, arguments, request),
            _ => {}
        }
        Ok(Some(GuardedCall {
            server: server.to_owned(),
            traits,
        }))
    }

    /// Screen a `tools/call` result and update the session's taint.
    pub fn after_call(
        &self,
        session: &Session,
        call: GuardedCall,
        response: Response,
        inspection: &mut Inspection,
    ) -> Response {
        let mut observed = call.traits;
        let scan = Guard::scan_result;
        let response = self.screen_result(&call.server, response, inspection, &mut observed, scan);
        let mut flow = lock(&session.flow);
        flow.observe(&observed);
        response
    }

    /// Screen a result with `scan` (`Guard::scan_result` for a tool call or resource read,
    /// `Guard::scan_prompt` for a prompt, which is instructions by design); `observed` learns
    /// what the content revealed.
    pub fn screen_result(
        &self,
        server: &str,
        response: Response,
        inspection: &mut Inspection,
        observed: &mut ToolTraits,
        scan: fn(&Guard, &Value) -> Vec<guard::Finding>,
    ) -> Response {
        let Outcome::Result(raw) = &response.outcome else {
            return response;
        };
        let Ok(mut result) = serde_json::from_str::<Value>(raw.get()) else {
            return response;
        };
        let findings = off_the_reactor(raw.get().len(), || scan(&self.guard, &result));
        for f in &findings {
            match f.category {
                // Hidden characters in a result are someone's way to reach the model unseen.
                Category::PromptInjection | Category::Exfiltration | Category::HiddenContent => {
                    observed.untrusted_content = true
                }
                Category::Secret | Category::Pii => observed.private_data = true,
                _ => {}
            }
        }
        let actions = self.actions(server);
        let verdict = self.guard.verdict(findings, actions);
        inspection.add(verdict.action, &verdict.findings, None);
        match verdict.action {
            Action::Block => {
                let error = match blocked(verdict.findings, actions) {
                    GatewayError::Blocked(finding) => GatewayError::ResultBlocked(finding),
                    other => other,
                };
                tracing::warn!(%server, %error, "result blocked by the guard");
                Response::error(response.id, &error.to_error_object())
            }
            Action::Redact if self.guard.redact(&mut result, actions) > 0 => {
                tool_list::respond(response, &result)
            }
            _ => response,
        }
    }

    /// Screen a `tools/list` result for `session`: scan, compare names, pin; hold back what
    /// must not be seen.
    pub async fn screen_list(
        &self,
        gateway: &Gateway,
        session: &crate::session::Session,
        response: Response,
        inspection: &mut Inspection,
    ) -> Response {
        let Some(mut result) = tool_list::parse(&response) else {
            return response;
        };
        let Some(tools) = tool_list::tools_mut(&mut result) else {
            return response;
        };
        let owners: Vec<Option<(Arc<Upstream>, String)>> = tools
            .iter()
            .map(|t| tool_list::owner_of(gateway, session, t))
            .collect();
        let alikes = self.look_alikes(gateway, &owners);
        let mut changed = false;
        let mut keep = Vec::with_capacity(tools.len());
        for (index, (mut tool, owner)) in tools.drain(..).zip(owners).enumerate() {
            let Some((upstream, original)) = owner else {
                keep.push(tool);
                continue;
            };
            let alike = alikes.get(&index).cloned();
            let (verdict, reviewed) = self
                .judge_definition(gateway, &upstream, &original, &tool, alike)
                .await;
            let name = tool.get("name").and_then(Value::as_str).map(str::to_owned);
            inspection.add(verdict.action, &verdict.findings, name.as_deref());
            match verdict.action {
                Action::Block => {
                    changed = true;
                    continue;
                }
                Action::Redact => {
                    let actions = reviewed
                        .as_ref()
                        .unwrap_or_else(|| self.actions(upstream.name()));
                    changed |= self.guard.redact(&mut tool, actions) > 0;
                }
                _ => {}
            }
            keep.push(tool);
        }
        if !changed {
            return response;
        }
        *tools = keep;
        tool_list::respond(response, &result)
    }

    /// The verdict on one listed definition of `upstream`'s tool `original` (with `alike`, a
    /// look-alike name finding, if any): a blocked tool is held back from agents, any other is
    /// let through. Also the reviewed actions that decided it, when a review applies.
    async fn judge_definition(
        &self,
        gateway: &Gateway,
        upstream: &Upstream,
        original: &str,
        tool: &Value,
        alike: Option<Finding>,
    ) -> (guard::Verdict, Option<guard::Actions>) {
        let (mut findings, hash) = self
            .screen_definition(gateway, upstream, original, tool)
            .await;
        findings.extend(alike);
        let base = self.actions(upstream.name());
        let reviewed = review(&self.settings, base, upstream.name(), original, &hash);
        let actions = reviewed.as_ref().unwrap_or(base);
        let verdict = self.guard.verdict(findings, actions);
        if verdict.action == Action::Block {
            let reason = format!("{} (definition {hash})", describe(&verdict.findings));
            tracing::warn!(server = %upstream.name(), tool = %original, %reason, "tool held back from the list");
            // The category a refused call names: the first finding that blocks (a poisoned
            // tool is tool_poisoning, a changed one rug_pull).
            let category = (verdict.findings.iter())
                .find(|f| actions.action(f.category) == Action::Block)
                .map_or(Category::RugPull, |f| f.category);
            upstream.hold_tool(original, reason, category);
        } else {
            upstream.release_tool(original);
        }
        (verdict, reviewed)
    }

    /// Findings of one definition (the scan, and the pin check for a rug pull) and the
    /// definition's hash.
    async fn screen_definition(
        &self,
        gateway: &Gateway,
        upstream: &Upstream,
        original: &str,
        tool: &Value,
    ) -> (Vec<Finding>, String) {
        let mut pinned = tool.clone();
        if let Value::Object(map) = &mut pinned {
            map.insert("name".into(), Value::from(original));
        }
        let hash = guard::definition_hash(&pinned);
        if let Some(cached) = upstream.screened(original, &hash) {
            return (cached, hash);
        }
        let mut findings = self.guard.scan_tool(tool);
        if self.settings.pins
            && let Some(audit) = gateway.audit()
        {
            findings
                .extend(pin_check(audit.store(), upstream.name(), original, &hash, &pinned).await);
        }
        upstream.remember_screening(original, hash.clone(), findings.clone());
        (findings, hash)
    }

    fn look_alikes(
        &self,
        gateway: &Gateway,
        owners: &[Option<(Arc<Upstream>, String)>],
    ) -> HashMap<usize, Finding> {
        let mut names: Vec<(String, String)> = owners
            .iter()
            .map(|o| match o {
                Some((u, name)) => (u.name().to_owned(), name.clone()),
                None => (String::new(), String::new()),
            })
            .collect();
        let listed = names.len();
        for upstream in gateway.upstreams().iter() {
            if owners
                .iter()
                .flatten()
                .any(|(u, _)| Arc::ptr_eq(u, upstream))
            {
                continue;
            }
            for tool in upstream.known_tools() {
                names.push((upstream.name().to_owned(), tool));
            }
        }
        self.guard
            .look_alikes(&names)
            .into_iter()
            .filter(|(index, _)| *index < listed)
            .collect()
    }
}

/// A session's trifecta state; shared by the stateless requests of one caller
/// (`crate::flows`).
pub(crate) type Flow = Arc<Mutex<SessionFlow>>;

/// Compare a definition with its pin: first sight pins it; a change is recorded as pending
/// and reported as a rug pull until an operator approves it.
async fn pin_check(
    store: &store::Store,
    server: &str,
    tool: &str,
    hash: &str,
    definition: &Value,
) -> Option<Finding> {
    let pins = store.pins();
    match pins.get(server, tool).await {
        Ok(None) => {
            if let Err(error) = pins.insert_first_seen(server, tool, hash, definition).await {
                tracing::error!(%error, server, tool, "cannot pin a tool definition");
            }
            None
        }
        Ok(Some(pin)) if pin.definition_hash == hash => None,
        Ok(Some(_)) => {
            if let Err(error) = pins.record_pending(server, tool, hash, definition).await {
                tracing::error!(%error, server, tool, "cannot record a changed tool definition");
            }
            Some(Finding::new(
                "definition-changed",
                Category::RugPull,
                1.0,
                "",
                "the tool's definition changed since it was approved; held until approved again",
            ))
        }
        Err(error) => {
            tracing::error!(%error, server, tool, "cannot read tool pins");
            None
        }
    }
}

/// The error for a blocked request or result: the deciding rule, never the matched content.
/// [`guard::redaction_would_alter`]'s finding, as a refusal may show it.
fn would_alter(findings: &[Finding], actions: &guard::Actions) -> Option<Finding> {
    guard::redaction_would_alter(findings, actions).map(|f| {
        let mut shown = f.clone();
        redact_text_for_audit(&mut shown.location);
        shown
    })
}

fn blocked(findings: Vec<Finding>, actions: &guard::Actions) -> GatewayError {
    let decisive = findings
        .into_iter()
        .filter(|f| actions.action(f.category) == Action::Block)
        .max_by(|a, b| a.score.total_cmp(&b.score));
    match decisive {
        Some(mut finding) => {
            redact_text_for_audit(&mut finding.location);
            GatewayError::Blocked(finding)
        }
        None => GatewayError::Blocked(Finding::new(
            "guard",
            Category::PromptInjection,
            1.0,
            "",
            "",
        )),
    }
}

/// When the operator reviewed exactly this definition (`guard.reviewed`) of `server`'s tool
/// `original`, whose `guard::definition_hash` is `hash`: the actions that decide it, `actions`
/// with the text detectors' categories (`tool_poisoning`, `shadowing`) at most flagged (hidden
/// content, look-alike names and rug pulls act as configured). `None` for any other definition.
pub fn review(
    settings: &GuardSettings,
    actions: &guard::Actions,
    server: &str,
    original: &str,
    hash: &str,
) -> Option<guard::Actions> {
    if settings.reviewed.is_empty() {
        return None;
    }
    let reviewed = settings
        .reviewed
        .get(&crate::namespace::qualify(server, original))?;
    (reviewed == hash).then(|| {
        [Category::ToolPoisoning, Category::Shadowing]
            .into_iter()
            .fold(actions.clone(), |a, category| {
                let capped = a.action(category).min(Action::Flag);
                a.with(category, capped)
            })
    })
}

/// The servers whose `guard.reviewed` entries differ between `old` and `new` (added, removed
/// or given another hash), sorted: their clients should list their tools again.
pub(crate) fn reviews_changed(old: &GuardSettings, new: &GuardSettings) -> Vec<String> {
    let mut servers = Vec::new();
    for (a, b) in [(old, new), (new, old)] {
        for (tool, hash) in &a.reviewed {
            if b.reviewed.get(tool) != Some(hash)
                && let Some((server, _)) = crate::namespace::split(tool)
            {
                servers.push(server.to_owned());
            }
        }
    }
    servers.sort_unstable();
    servers.dedup();
    servers
}

fn describe(findings: &[Finding]) -> String {
    let rules: Vec<String> = findings
        .iter()
        .map(|f| format!("{} ({})", f.rule, f.category))
        .collect();
    rules.join(", ")
}

/// Results longer than this (bytes of JSON) are scanned with [`off_the_reactor`].
const LONG_RESULT: usize = 32 * 1024;

/// Run a guard scan of a result of `len` bytes. A long one takes milliseconds (about
/// 15 ms for 256 KB), so on the multi-threaded runtime the worker hands its other tasks to
/// another thread first ([`tokio::task::block_in_place`]) instead of stalling them.
fn off_the_reactor<T>(len: usize, scan: impl FnOnce() -> T) -> T {
    let multi_thread = tokio::runtime::Handle::try_current()
        .is_ok_and(|h| h.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread);
    if len > LONG_RESULT && multi_thread {
        tokio::task::block_in_place(scan)
    } else {
        scan()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(flavor = "current_thread")]
    async fn a_long_scan_runs_in_place_on_a_current_thread_runtime() {
        // block_in_place would panic here; the flavor check keeps the scan inline.
        assert_eq!(off_the_reactor(LONG_RESULT + 1, || 7), 7);
    }

    /// Scan a result of `len` bytes on the only worker while a task queued behind it on that
    /// worker must run for the scan to finish; true when it ran within `wait`.
    async fn queued_task_runs_during_scan(len: usize, wait: std::time::Duration) -> bool {
        let (tx, rx) = std::sync::mpsc::channel();
        let scan = tokio::spawn(async move {
            let queued = tokio::spawn(async move { tx.send(()).is_ok() });
            let ran = off_the_reactor(len, || rx.recv_timeout(wait).is_ok());
            queued.await.is_ok() && ran
        });
        scan.await.unwrap_or(false)
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 1)]
    async fn a_long_scan_lets_the_workers_other_tasks_run() {
        let long = std::time::Duration::from_secs(10);
        assert!(queued_task_runs_during_scan(LONG_RESULT + 1, long).await);
        // A short scan stays on the worker: the queued task waits until it returns.
        let short = std::time::Duration::from_millis(200);
        assert!(!queued_task_runs_during_scan(10, short).await);
    }

    #[test]
    fn a_review_added_removed_or_rehashed_changes_its_servers_list() {
        let settings = |reviews: &[(&str, &str)]| GuardSettings {
            reviewed: reviews
                .iter()
                .map(|(tool, hash)| (tool.to_string(), hash.to_string()))
                .collect(),
            ..GuardSettings::default()
        };
        let old = settings(&[("a__x", "1"), ("b__y", "2"), ("c__z", "3")]);
        let new = settings(&[("a__x", "1"), ("b__y", "9"), ("d__w", "4")]);
        assert_eq!(reviews_changed(&old, &new), ["b", "c", "d"]);
        assert!(reviews_changed(&old, &old).is_empty());
    }
}
