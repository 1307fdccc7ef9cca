//! The `gatehouse scan` JSONL engine: one case in, one verdict line out.

use serde_json::{Value, json};

use crate::category::{Action, Actions};
use crate::finding::Verdict;
use crate::{Guard, GuardError};

/// Scan one JSONL input line (`kind` = `tool`, `result` or `arguments`) and return the
/// output line `{"id","verdict","score","findings":[{rule,category,owasp,message,location}]}`.
pub fn scan_line(guard: &Guard, actions: &Actions, line: &str) -> Result<String, GuardError> {
    let case: Value = serde_json::from_str(line).map_err(|e| GuardError::Line(e.to_string()))?;
    if !case.is_object() {
        return Err(GuardError::Line("a case must be a JSON object".into()));
    }
    let Some(kind) = case.get("kind") else {
        return Err(GuardError::Line("missing field `kind`".into()));
    };
    let kind = kind.as_str().unwrap_or_default();
    let findings = match kind {
        "tool" => guard.scan_tool(object(&case, "tool")?),
        "result" => guard.scan_result(object(&case, "result")?),
        "arguments" => {
            let name = case.get("tool").and_then(Value::as_str).unwrap_or("");
            let desc = case.get("tool_description").and_then(Value::as_str);
            guard.scan_arguments(name, desc, object(&case, "arguments")?)
        }
        _ => return Err(GuardError::Line(format!("unknown kind {}", case["kind"]))),
    };
    let head = json!({"id": case.get("id").cloned().unwrap_or(Value::Null)});
    let mut verdict = guard.verdict(findings, actions);
    // Arguments are never sent altered: what the gateway would redact, it refuses.
    if kind == "arguments"
        && verdict.action == Action::Redact
        && crate::redaction_would_alter(&verdict.findings, actions).is_some()
    {
        verdict.action = Action::Block;
    }
    Ok(with_verdict(head, &verdict, actions).to_string())
}

/// The object `head` followed by a verdict as `gatehouse scan` prints it: `"verdict"`
/// (`allow` for no action), `"score"` and `"findings":[{rule,category,owasp,message,location}]`
/// (findings whose category is `off` left out).
pub fn with_verdict(mut head: Value, v: &Verdict, actions: &Actions) -> Value {
    let verdict = match v.action {
        Action::Off => "allow",
        a => a.as_str(),
    };
    let findings: Vec<Value> = v
        .findings
        .iter()
        .filter(|f| actions.action(f.category) > Action::Off)
        .map(|f| json!({"rule": f.rule, "category": f.category, "owasp": f.owasp, "message": f.message, "location": f.location}))
        .collect();
    let score = (f64::from(v.score) * 1000.0).round() / 1000.0;
    if let Value::Object(map) = &mut head {
        map.insert("verdict".into(), verdict.into());
        map.insert("score".into(), score.into());
        map.insert("findings".into(), findings.into());
    }
    head
}

/// The case's field `name`, which must be a JSON object (a tool definition, a result, the
/// arguments): anything else would be scanned as nothing and pass as `allow`.
fn object<'a>(case: &'a Value, name: &str) -> Result<&'a Value, GuardError> {
    match case.get(name) {
        Some(v) if v.is_object() => Ok(v),
        Some(_) => Err(GuardError::Line(format!(
            "field `{name}` must be an object"
        ))),
        None => Err(GuardError::Line(format!("missing field `{name}`"))),
    }
}
