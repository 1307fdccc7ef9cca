//! Shared test helpers: one compiled guard per test binary.

use std::sync::OnceLock;

use guard::{Category, Finding, Guard};

pub fn guard() -> &'static Guard {
    static G: OnceLock<Guard> = OnceLock::new();
    G.get_or_init(|| Guard::new().expect("guard compiles"))
}

#[allow(dead_code)]
pub fn has(findings: &[Finding], category: Category) -> bool {
    findings.iter().any(|f| f.category == category)
}

#[allow(dead_code)]
pub fn result(text: &str) -> serde_json::Value {
    serde_json::json!({"content": [{"type": "text", "text": text}]})
}

#[allow(dead_code)]
pub fn tool(name: &str, description: &str) -> serde_json::Value {
    serde_json::json!({"name": name, "description": description, "inputSchema": {"type": "object", "properties": {}}})
}
