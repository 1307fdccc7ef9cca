//! Visit every string (values and object keys) in a JSON value with its JSON pointer.

use serde_json::Value;

/// Escape one JSON pointer segment (`~` -> `~0`, `/` -> `~1`); borrowed when there is
/// nothing to escape, as for almost every key (this runs for every key of every scanned
/// message).
pub fn escape(segment: &str) -> std::borrow::Cow<'_, str> {
    if segment.contains(['~', '/']) {
        segment.replace('~', "~0").replace('/', "~1").into()
    } else {
        segment.into()
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointer_segments_are_escaped() {
        assert_eq!(escape("a~b/c"), "a~0b~1c");
        assert!(matches!(
            escape("plain"),
            std::borrow::Cow::Borrowed("plain")
        ));
    }
}
