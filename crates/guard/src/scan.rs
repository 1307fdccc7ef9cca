//! The `gatehouse scan` JSONL engine: one case in, one verdict line out.

use serde_json::{Value, json};

use crate::category::{Action, Actions};
use crate::{Guard, GuardError};

/// Scan one JSONL input line (`kind` = `tool`, `result` or `arguments`) and return the
/// output line `{"id","verdict","score","findings":[{rule,category,owasp,message,location}]}`.
pub fn scan_line(guard: &Guard, actions: &Actions, line: &str) -> Result<String, GuardError> {
    let case: Value = serde_json::from_str(line).map_err(|e| GuardError::Line(e.to_string()))?;
    let kind = case.get("kind").and_then(Value::as_str).unwrap_or("");
    let findings = match kind {
        "tool" => guard.scan_tool(field(&case, "tool")?),
        "result" => guard.scan_result(field(&case, "result")?),
        "arguments" => {
            let name = case.get("tool").and_then(Value::as_str).unwrap_or("");
            let desc = case.get("tool_description").and_then(Value::as_str);
            guard.scan_arguments(name, desc, field(&case, "arguments")?)
        }
        other => return Err(GuardError::Line(format!("unknown kind `{other}`"))),
    };
    let v = guard.verdict(findings, actions);
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
    let out = json!({"id": case.get("id").cloned().unwrap_or(Value::Null), "verdict": verdict, "score": score, "findings": findings});
    Ok(out.to_string())
}

fn field<'a>(case: &'a Value, name: &str) -> Result<&'a Value, GuardError> {
    case.get(name)
        .ok_or_else(|| GuardError::Line(format!("missing field `{name}`")))
}
