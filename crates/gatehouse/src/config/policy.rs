//! Compiling the `policy` section: Cedar files read and validated once per load, every problem
//! reported with its file, line and column.

use std::sync::Arc;

use policy::{Engine, PolicyConfig, PolicyError};
use serde_json::json;

use super::Errors;
use super::raw::RawPolicy;

/// The compiled policy engine, or `None` (with errors recorded) when it does not compile.
pub(super) fn compile_policy(raw: &RawPolicy, errors: &mut Errors) -> Option<Arc<Engine>> {
    let config: PolicyConfig = match super::from_value_at(json!({
        "arguments": raw.arguments,
        "principal_attributes": raw.principal_attributes,
    })) {
        Ok(config) => config,
        Err((at, message)) => {
            errors.push(format!("policy{at}"), message);
            return None;
        }
    };
    let mut texts = Vec::new();
    for (i, file) in raw.files.iter().enumerate() {
        match std::fs::read_to_string(file) {
            Ok(text) => texts.push((file.clone(), text)),
            Err(e) => errors.push(
                format!("policy.files[{i}]"),
                format!("cannot read {file}: {e}"),
            ),
        }
    }
    let files: Vec<(&str, &str)> = texts
        .iter()
        .map(|(f, t)| (f.as_str(), t.as_str()))
        .collect();
    match Engine::new(config, &files) {
        Ok(engine) => Some(Arc::new(engine)),
        Err(PolicyError::Policies(diagnostics)) => {
            for d in diagnostics {
                errors.push(
                    "policy",
                    format!("{}:{}:{}: {}", d.file, d.line, d.column, d.message),
                );
            }
            None
        }
        Err(e) => {
            errors.push("policy", e.to_string());
            None
        }
    }
}
