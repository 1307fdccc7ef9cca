//! Cedar authorization: schema, compilation errors, decisions, listing, YAML tests.

use std::collections::BTreeMap;

use policy::{
    Action, AttrType, CallContext, Effect, Engine, PolicyConfig, PolicyError, Principal,
    ResourceRef, SessionFlags, run_policy_tests,
};
use serde_json::{Map, Value, json};

const FINANCE: &str = include_str!("fixtures/finance.cedar");
const CASES: &str = include_str!("fixtures/cases.yaml");

fn config() -> PolicyConfig {
    PolicyConfig {
        arguments: BTreeMap::from([
            ("limit".to_string(), AttrType::Long),
            ("table".to_string(), AttrType::String),
        ]),
        principal_attributes: BTreeMap::from([("clearance".to_string(), AttrType::Long)]),
    }
}

fn engine() -> Engine {
    Engine::new(config(), &[("finance.cedar", FINANCE)]).unwrap()
}

fn finance() -> Principal {
    Principal {
        tenant: Some("acme".into()),
        roles: vec!["finance".into()],
        ..Principal::agent("finance-bot")
    }
}

fn args(v: Value) -> Map<String, Value> {
    v.as_object().unwrap().clone()
}

fn office<'a>(a: &'a Map<String, Value>) -> CallContext<'a> {
    CallContext {
        arguments: Some(a),
        client_ip: Some("10.1.2.3".parse().unwrap()),
        time: 1_800_000_000,
        ..CallContext::default()
    }
}

fn query() -> ResourceRef {
    ResourceRef::tool("db", "query")
}

#[test]
fn argument_conditions() {
    let e = engine();
    let a = args(json!({"table": "invoices", "limit": 50}));
    let d = e.authorize(&finance(), Action::CallTool, &query(), &office(&a));
    assert_eq!(d.effect, Effect::Allow, "{d:?}");
    assert_eq!(d.policy_ids, vec!["finance-query"]);
    assert!(d.reasons.iter().any(|r| r.contains("small pages")));
    let a = args(json!({"table": "invoices", "limit": 101}));
    let d = e.authorize(&finance(), Action::CallTool, &query(), &office(&a));
    assert_eq!(d.effect, Effect::Deny);
    assert!(d.policy_ids.is_empty());
    let a = args(json!({"table": "invoices"}));
    assert!(
        !e.allowed(&finance(), Action::CallTool, &query(), &office(&a)),
        "limit required"
    );
    let a = args(json!({"table": "invoices", "limit": 100.0}));
    assert!(
        e.allowed(&finance(), Action::CallTool, &query(), &office(&a)),
        "integral float is a Long"
    );
}

#[test]
fn forbid_overrides_permit() {
    let a = args(json!({"table": "salaries", "limit": 5}));
    let d = engine().authorize(&finance(), Action::CallTool, &query(), &office(&a));
    assert_eq!(d.effect, Effect::Deny);
    assert_eq!(d.policy_ids, vec!["no-salaries"]);
}

#[test]
fn an_argument_of_the_wrong_type_is_refused() {
    // `limit` declared Long: a string, an integer past the 64-bit range, a float too precise
    // for Cedar or a list would have been dropped or compared as another type, and a forbid
    // on it silently skipped.
    for value in [
        json!("50"),
        json!(9223372036854775808u64),
        json!(1e16),
        json!(1000.00001),
        json!([50]),
    ] {
        let a = args(json!({"table": "invoices", "limit": value.clone()}));
        let d = engine().authorize(&finance(), Action::CallTool, &query(), &office(&a));
        assert_eq!(d.effect, Effect::Deny, "{value}: {d:?}");
        assert!(
            d.reasons
                .iter()
                .any(|r| r.contains("argument `limit` must be")),
            "{value}: {d:?}"
        );
    }
    let forbid = r#"forbid (principal, action, resource) when { context.arguments has limit && context.arguments.limit > 10 };
permit (principal, action, resource);"#;
    let e = Engine::new(config(), &[("f.cedar", forbid)]).unwrap();
    for value in [json!("lots"), json!(9223372036854775808u64), json!(10.5)] {
        let a = args(json!({"limit": value.clone()}));
        let d = e.authorize(&finance(), Action::CallTool, &query(), &office(&a));
        assert_eq!(d.effect, Effect::Deny, "{value}: {d:?}");
    }
    let a = args(json!({"limit": 5}));
    let d = e.authorize(&finance(), Action::CallTool, &query(), &office(&a));
    assert_eq!(d.effect, Effect::Allow, "{d:?}");
    // `table` declared String: a list or an object holding the forbidden name is refused.
    for value in [json!(["salaries"]), json!({"name": "salaries"})] {
        let a = args(json!({"table": value.clone(), "limit": 5}));
        let d = engine().authorize(&finance(), Action::CallTool, &query(), &office(&a));
        assert_eq!(d.effect, Effect::Deny, "{value}: {d:?}");
    }
}

#[test]
fn client_ip_range() {
    let e = engine();
    let a = args(json!({"table": "invoices", "limit": 5}));
    let mut ctx = office(&a);
    ctx.client_ip = Some("192.168.1.10".parse().unwrap());
    assert!(!e.allowed(&finance(), Action::CallTool, &query(), &ctx));
    ctx.client_ip = None;
    assert!(
        !e.allowed(&finance(), Action::CallTool, &query(), &ctx),
        "stdio has no ip"
    );
}

#[test]
fn roles_and_tenant_membership() {
    let e = engine();
    let a = args(json!({"table": "invoices", "limit": 5}));
    let other_tenant = Principal {
        tenant: Some("globex".into()),
        ..finance()
    };
    assert!(!e.allowed(&other_tenant, Action::CallTool, &query(), &office(&a)));
    let no_role = Principal {
        roles: vec!["staff".into()],
        ..finance()
    };
    assert!(!e.allowed(&no_role, Action::CallTool, &query(), &office(&a)));
}

#[test]
fn session_taint() {
    let e = engine();
    let staff = Principal {
        roles: vec!["staff".into()],
        ..Principal::agent("mailer")
    };
    let send = ResourceRef::tool("mail", "send");
    let mut ctx = CallContext::default();
    assert!(e.allowed(&staff, Action::CallTool, &send, &ctx));
    ctx.session = SessionFlags {
        untrusted_content: true,
        private_data: false,
    };
    assert!(e.allowed(&staff, Action::CallTool, &send, &ctx));
    ctx.session.private_data = true;
    let d = e.authorize(&staff, Action::CallTool, &send, &ctx);
    assert_eq!(
        (d.effect, d.policy_ids),
        (Effect::Deny, vec!["taint-blocks-email".to_string()])
    );
}

#[test]
fn approval_annotation_and_generated_ids() {
    let e = engine();
    let d = e.authorize(
        &finance(),
        Action::CallTool,
        &ResourceRef::tool("pay", "transfer"),
        &CallContext::default(),
    );
    assert_eq!(d.effect, Effect::NeedsApproval);
    assert_eq!(d.policy_ids, vec!["payments-need-approval"]);
    let staff = Principal {
        roles: vec!["staff".into()],
        ..Principal::agent("mailer")
    };
    let d = e.authorize(
        &staff,
        Action::CallTool,
        &ResourceRef::tool("mail", "send"),
        &CallContext::default(),
    );
    assert_eq!(d.policy_ids, vec!["finance.cedar#policy3"]);
    assert_eq!(
        e.policy_ids(),
        vec![
            "finance-query",
            "finance.cedar#policy3",
            "no-salaries",
            "payments-need-approval",
            "taint-blocks-email"
        ]
    );
}

#[test]
fn listing_visibility() {
    let e = engine();
    let none = CallContext::default();
    assert!(
        e.visible(&finance(), &query(), &none),
        "listing ignores argument/ip conditions"
    );
    assert!(!e.allowed(&finance(), Action::CallTool, &query(), &none));
    assert!(
        e.visible(&finance(), &ResourceRef::tool("pay", "transfer"), &none),
        "approval is visible"
    );
    let outsider = Principal::agent("random");
    assert!(!e.visible(&outsider, &query(), &none));
}

#[test]
fn principal_attributes_and_action_kind_mismatch() {
    let p = r#"permit (principal, action == Gatehouse::Action::"list_tools", resource == Gatehouse::Server::"db")
  when { principal has clearance && principal.clearance >= 3 };"#;
    let e = Engine::new(config(), &[("attrs.cedar", p)]).unwrap();
    let mut who = Principal::agent("a");
    who.attributes.insert("clearance".into(), json!(3));
    let ctx = CallContext::default();
    assert!(e.allowed(&who, Action::ListTools, &ResourceRef::server("db"), &ctx));
    assert!(
        !e.allowed(&who, Action::ListTools, &ResourceRef::server("other"), &ctx),
        "server-scoped"
    );
    assert!(
        !e.allowed(&who, Action::ListPrompts, &ResourceRef::server("db"), &ctx),
        "action-scoped"
    );
    who.attributes.insert("clearance".into(), json!(1));
    assert!(!e.allowed(&who, Action::ListTools, &ResourceRef::server("db"), &ctx));
    let d = e.authorize(&who, Action::ListTools, &query(), &ctx);
    assert_eq!(d.effect, Effect::Deny);
    assert!(d.reasons[0].contains("does not apply"));
}

fn diagnostics(r: Result<Engine, PolicyError>) -> Vec<policy::PolicyDiagnostic> {
    match r {
        Err(PolicyError::Policies(d)) => d,
        other => panic!("expected policy errors, got {other:?}"),
    }
}

#[test]
fn parse_error_has_line_and_column() {
    let bad = "permit (principal, action, resource);\n\npermit (principal, action, resource)\n  when { context.listing && };\n";
    let d = diagnostics(Engine::new(
        config(),
        &[
            ("ok.cedar", "permit (principal, action, resource);"),
            ("bad.cedar", bad),
        ],
    ));
    assert_eq!(d[0].file, "bad.cedar");
    assert_eq!((d[0].line, d[0].column), (4, 29), "{d:?}");
}

#[test]
fn schema_validation_failure_rejected() {
    let bad = "permit (principal, action, resource);\n@id(\"typo\")\npermit (principal, action, resource)\n  when { context.arguments has rows && context.arguments.rows < 5 };\n";
    let d = diagnostics(Engine::new(config(), &[("typo.cedar", bad)]));
    assert_eq!(d[0].file, "typo.cedar");
    assert_eq!(d[0].policy_id.as_deref(), Some("typo"));
    assert_eq!(
        (d[0].line, d[0].column),
        (2, 1),
        "impossible policy reported at its start: {d:?}"
    );
    assert!(d[0].message.contains("impossible"));
    let type_error = "permit (principal, action, resource);\n\npermit (principal, action, resource)\n  when { context.arguments has table && context.arguments.table < 5 };\n";
    let d = diagnostics(Engine::new(config(), &[("types.cedar", type_error)]));
    assert_eq!(d[0].policy_id.as_deref(), Some("types.cedar#policy1"));
    assert_eq!(d[0].line, 4, "{d:?}");
    assert!(d[0].column >= 40, "points into the comparison: {d:?}");
    let unguarded = "permit (principal, action, resource) when { context.arguments.limit < 5 };";
    assert!(
        Engine::new(config(), &[("u.cedar", unguarded)]).is_err(),
        "optional attribute needs has"
    );
    let wrong_entity = "permit (principal == Gatehouse::Robot::\"x\", action, resource);";
    assert!(Engine::new(config(), &[("w.cedar", wrong_entity)]).is_err());
}

#[test]
fn duplicate_ids_and_reserved_attrs() {
    let p = "@id(\"x\") permit (principal, action, resource);";
    assert!(Engine::new(config(), &[("a.cedar", p), ("b.cedar", p)]).is_err());
    let mut c = config();
    c.principal_attributes
        .insert("user".into(), AttrType::String);
    assert!(matches!(Engine::new(c, &[]), Err(PolicyError::Schema(_))));
}

#[test]
fn permit_all_and_empty_set() {
    let d = Engine::permit_all().authorize(
        &finance(),
        Action::CallTool,
        &query(),
        &CallContext::default(),
    );
    assert_eq!(
        (d.effect, d.policy_ids),
        (Effect::Allow, vec!["default-permit".to_string()])
    );
    let e = Engine::new(PolicyConfig::default(), &[]).unwrap();
    assert!(!e.allowed(
        &finance(),
        Action::CallTool,
        &query(),
        &CallContext::default()
    ));
}

#[test]
fn schema_text_mentions_everything() {
    let s = engine().schema_text().to_string();
    for needle in [
        "namespace Gatehouse",
        "entity Agent in [Role, Tenant]",
        "\"limit\"?: Long",
        "client_ip?: ipaddr",
        "action \"call_tool\"",
        "action \"complete\" appliesTo { principal: [Agent], resource: [Prompt, Resource]",
    ] {
        assert!(s.contains(needle), "{needle} missing from\n{s}");
    }
}

#[test]
fn yaml_policy_tests() {
    let report = run_policy_tests(&engine(), CASES).unwrap();
    assert_eq!(report.cases.len(), 6);
    let failed: Vec<&str> = report
        .cases
        .iter()
        .filter(|c| !c.passed)
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(failed, vec!["deliberately wrong expectation"], "{report}");
    assert_eq!(report.cases[0].policy_ids, vec!["finance-query"]);
    assert_eq!(report.cases[2].policy_ids, vec!["no-salaries"]);
    assert!(report.to_string().contains("5 passed, 1 failed"));
    assert!(run_policy_tests(&engine(), "- name: x\n  bogus: 1\n").is_err());
}
