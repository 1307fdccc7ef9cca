//! Canonical JSON (sorted keys, no whitespace) and the rug-pull definition hash.

use serde_json::Value;
use sha2::{Digest, Sha256};

/// Canonical JSON text: object keys sorted by UTF-8 bytes, no insignificant whitespace.
pub fn canonical_json(value: &Value) -> String {
    let mut out = String::new();
    write(value, &mut out);
    out
}

fn write(value: &Value, out: &mut String) {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push('{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(k.clone()).to_string());
                out.push(':');
                write(&map[k], out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(v, out);
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

/// SHA-256 (lowercase hex) of the canonical JSON encoding of a tool definition.
/// Key order and whitespace do not change the hash; any value change does.
pub fn definition_hash(tool: &Value) -> String {
    let digest = Sha256::digest(canonical_json(tool).as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}
