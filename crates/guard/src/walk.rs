//! Visit every string (values and object keys) in a JSON value with its JSON pointer.

use std::fmt::Write as _;

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
    let mut pointer = String::from(base);
    visit(value, &mut pointer, f);
}

/// [`strings`] below `pointer`, which each level extends and restores: one buffer for the
/// whole walk instead of a formatted string per node (this runs on every scanned message).
fn visit<'a>(value: &'a Value, pointer: &mut String, f: &mut dyn FnMut(&str, &'a str, bool)) {
    let len = pointer.len();
    match value {
        Value::String(s) => f(pointer, s, false),
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let _ = write!(pointer, "/{i}");
                visit(v, pointer, f);
                pointer.truncate(len);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                pointer.push('/');
                pointer.push_str(&escape(k));
                f(pointer, k, true);
                visit(v, pointer, f);
                pointer.truncate(len);
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
    fn every_string_is_visited_with_its_pointer() {
        let value = serde_json::json!({
            "content": [{"type": "text", "text": "hi"}, {"text": "yo"}],
            "a/b": {"c~d": "x"},
            "n": 1
        });
        let mut seen = Vec::new();
        strings(&value, "", &mut |ptr, text, key| {
            seen.push(format!("{ptr}={text}{}", if key { " (key)" } else { "" }))
        });
        seen.sort();
        let mut expected = vec![
            "/a~1b=a/b (key)",
            "/a~1b/c~0d=c~d (key)",
            "/a~1b/c~0d=x",
            "/content=content (key)",
            "/content/0/text=hi",
            "/content/0/text=text (key)",
            "/content/0/type=text",
            "/content/0/type=type (key)",
            "/content/1/text=text (key)",
            "/content/1/text=yo",
            "/n=n (key)",
        ];
        expected.sort();
        assert_eq!(seen, expected);
    }

    #[test]
    fn pointer_segments_are_escaped() {
        assert_eq!(escape("a~b/c"), "a~0b~1c");
        assert!(matches!(
            escape("plain"),
            std::borrow::Cow::Borrowed("plain")
        ));
    }
}
