//! Policy tests written in YAML, run against an [`Engine`].
//!
//! ```yaml
//! - name: finance agent may query with small limit
//!   principal: { agent: finance-bot, tenant: acme, roles: [finance] }
//!   action: call_tool
//!   resource: { server: db, tool: query }
//!   context: { arguments: { table: invoices, limit: 50 }, client_ip: 10.0.0.5 }
//!   expect: allow   # allow | deny | approval
//! ```
//!
//! `resource` names exactly one of `tool`, `prompt`, `resource` (a URI), or
//! none for a server-level action. `context` also takes `time` (unix
//! seconds, default 0), `session` and `findings`. A case with
//! `listing: true` checks [`Engine::visible`] instead: `allow` means visible.

use std::net::IpAddr;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::action::{Action, ResourceKind, ResourceRef};
use crate::engine::{Effect, Engine};
use crate::error::PolicyError;
use crate::principal::Principal;
use crate::request::{CallContext, SessionFlags};

/// Expected outcome of a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Expect {
    /// [`Effect::Allow`].
    Allow,
    /// [`Effect::Deny`].
    Deny,
    /// [`Effect::NeedsApproval`].
    Approval,
}

impl Expect {
    fn effect(self) -> Effect {
        match self {
            Expect::Allow => Effect::Allow,
            Expect::Deny => Effect::Deny,
            Expect::Approval => Effect::NeedsApproval,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TestResource {
    server: String,
    tool: Option<String>,
    prompt: Option<String>,
    resource: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct TestContext {
    #[serde(default)]
    arguments: Map<String, Value>,
    client_ip: Option<IpAddr>,
    #[serde(default)]
    time: i64,
    #[serde(default)]
    session: SessionFlags,
    #[serde(default)]
    findings: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TestCase {
    name: String,
    principal: Principal,
    action: Action,
    resource: TestResource,
    #[serde(default)]
    context: TestContext,
    #[serde(default)]
    listing: bool,
    expect: Expect,
}

/// Result of one case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseResult {
    /// The case name.
    pub name: String,
    /// Whether the actual effect matched the expectation.
    pub passed: bool,
    /// What the case expected.
    pub expected: Expect,
    /// What the engine decided.
    pub actual: Effect,
    /// Determining policy ids.
    pub policy_ids: Vec<String>,
    /// Decision reasons.
    pub reasons: Vec<String>,
}

/// Result of a whole test file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TestReport {
    /// One entry per case, in file order.
    pub cases: Vec<CaseResult>,
}

impl TestReport {
    /// Number of passing cases.
    pub fn passed(&self) -> usize {
        self.cases.iter().filter(|c| c.passed).count()
    }

    /// Number of failing cases.
    pub fn failed(&self) -> usize {
        self.cases.len() - self.passed()
    }

    /// True when every case passed.
    pub fn all_passed(&self) -> bool {
        self.failed() == 0
    }
}

impl std::fmt::Display for TestReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for c in &self.cases {
            let mark = if c.passed { "ok  " } else { "FAIL" };
            writeln!(
                f,
                "{mark} {}: expected {:?}, got {:?} [{}]",
                c.name,
                c.expected,
                c.actual,
                c.policy_ids.join(", ")
            )?;
        }
        writeln!(f, "{} passed, {} failed", self.passed(), self.failed())
    }
}

fn resource_ref(r: TestResource) -> Result<ResourceRef, String> {
    let (kind, name) = match (r.tool, r.prompt, r.resource) {
        (None, None, None) => (ResourceKind::Server, String::new()),
        (Some(n), None, None) => (ResourceKind::Tool, n),
        (None, Some(n), None) => (ResourceKind::Prompt, n),
        (None, None, Some(n)) => (ResourceKind::Resource, n),
        _ => return Err("resource must name at most one of tool, prompt, resource".into()),
    };
    Ok(ResourceRef::new(r.server, kind, name))
}

fn run_case(engine: &Engine, case: TestCase) -> Result<CaseResult, PolicyError> {
    let resource = resource_ref(case.resource)
        .map_err(|e| PolicyError::TestFile(format!("{}: {e}", case.name)))?;
    let ctx = CallContext {
        arguments: Some(&case.context.arguments),
        client_ip: case.context.client_ip,
        time: case.context.time,
        session: case.context.session,
        findings: &case.context.findings,
    };
    let (actual, policy_ids, reasons) = if case.listing {
        let visible = engine.visible(&case.principal, &resource, &ctx);
        let effect = if visible { Effect::Allow } else { Effect::Deny };
        (effect, Vec::new(), Vec::new())
    } else {
        let d = engine.authorize(&case.principal, case.action, &resource, &ctx);
        (d.effect, d.policy_ids, d.reasons)
    };
    Ok(CaseResult {
        passed: actual == case.expect.effect(),
        name: case.name,
        expected: case.expect,
        actual,
        policy_ids,
        reasons,
    })
}

/// Parses `yaml_text` (a list of cases) and runs every case.
pub fn run_policy_tests(engine: &Engine, yaml_text: &str) -> Result<TestReport, PolicyError> {
    let cases: Vec<TestCase> =
        serde_saphyr::from_str(yaml_text).map_err(|e| PolicyError::TestFile(e.to_string()))?;
    let cases = cases
        .into_iter()
        .map(|c| run_case(engine, c))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(TestReport { cases })
}
