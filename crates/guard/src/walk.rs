//! Visit every string (values and object keys) in a JSON value with its JSON pointer.

use serde_json::Value;

/// Escape one JSON pointer segment (`~` -> `~0`, `/` -> `~1`).
pub fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// Call `f(pointer, text, is_key)` for every string in `value`, keys included.
pub fn strings<'a>(value: &'a Value, base: &str, f: &mut dyn FnMut(&str, &'a str, bool)) {
    match value {
        Value::String(s) => f(base, s, false),
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                strings(v, &format!("{base}/{i}"), f);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                let ptr = format!("{base}/{}", escape(k));
                f(&ptr, k, true);
                strings(v, &ptr, f);
            }
        }
        _ => {}
    }
}

/// Apply `f` to every string value (not keys) in place; returns the sum of `f`'s counts.
pub fn rewrite(value: &mut Value, f: &mut dyn FnMut(&mut String) -> usize) -> usize {
    match value {
        Value::String(s) => f(s),
        Value::Array(items) => items.iter_mut().map(|v| rewrite(v, f)).sum(),
        Value::Object(map) => map.values_mut().map(|v| rewrite(v, f)).sum(),
        _ => 0,
    }
}
