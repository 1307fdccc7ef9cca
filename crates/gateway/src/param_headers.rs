//! `x-mcp-header` (SEP-2243): a tool may mirror parameters into `Mcp-Param-{Name}` HTTP
//! headers, so that infrastructure can route on them without reading the body. A server that
//! reads the body — the gateway, for 2026-07-28 clients — must check that each such header
//! matches the argument it mirrors (-32020 HeaderMismatch otherwise); a client — the gateway,
//! toward a 2026-07-28 upstream — must send them. The annotations are learned from the tool's
//! `inputSchema` when its server's `tools/list` passes through.

use axum::http::{HeaderMap, HeaderName, HeaderValue};
use base64::Engine;
use serde_json::Value;

/// One annotated parameter: where it sits in the arguments and its header name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ParamHeader {
    /// The chain of `properties` keys from the schema root to the parameter.
    pub path: Vec<String>,
    /// The `{Name}` of `Mcp-Param-{Name}`.
    pub name: String,
}

/// The `x-mcp-header` annotations of `input_schema`, found through `properties` chains only
/// (the spec allows no other place). `None` when an annotation breaks the spec's rules (not a
/// token, a duplicate, on a non-primitive type): such a tool definition is invalid.
pub(crate) fn annotated(input_schema: &Value) -> Option<Vec<ParamHeader>> {
    let mut found = Vec::new();
    collect(input_schema, &mut Vec::new(), &mut found)?;
    let mut names: Vec<String> = found.iter().map(|p| p.name.to_ascii_lowercase()).collect();
    names.sort();
    let unique = names.windows(2).all(|w| w[0] != w[1]);
    unique.then_some(found)
}

fn collect(schema: &Value, path: &mut Vec<String>, found: &mut Vec<ParamHeader>) -> Option<()> {
    let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
        return Some(());
    };
    for (key, property) in properties {
        path.push(key.clone());
        if let Some(name) = property.get("x-mcp-header") {
            let name = name.as_str().filter(|n| is_token(n))?;
            let kind = property.get("type").and_then(Value::as_str);
            if !matches!(kind, Some("string" | "integer" | "boolean")) {
                return None;
            }
            found.push(ParamHeader {
                path: path.clone(),
                name: name.to_owned(),
            });
        }
        collect(property, path, found)?;
        path.pop();
    }
    Some(())
}

/// `response` (a server's `tools/list`) without the tools whose `x-mcp-header` annotations
/// break the rules: an HTTP client MUST exclude such a tool from `tools/list` (server/tools,
/// x-mcp-header), and the gateway is that client for every client behind it. An annotation
/// anywhere but on a `properties` chain (under `items`, say) is such a break too. Parsed only
/// when the text mentions the annotation.
pub(crate) fn without_invalid_tools(
    server: &str,
    response: protocol::Response,
) -> protocol::Response {
    let protocol::Outcome::Result(result) = &response.outcome else {
        return response;
    };
    if !protocol::may_mention(result, "x-mcp-header") {
        return response;
    }
    let Ok(mut parsed) = serde_json::from_str::<Value>(result.get()) else {
        return response;
    };
    let Some(tools) = parsed.get_mut("tools").and_then(Value::as_array_mut) else {
        return response;
    };
    let before = tools.len();
    tools.retain(|tool| {
        let schema = tool.get("inputSchema").unwrap_or(&Value::Null);
        let valid = annotated(schema).is_some() && !misplaced(schema, false);
        if !valid {
            let name = tool.get("name").and_then(Value::as_str).unwrap_or("?");
            tracing::warn!(
                server,
                tool = name,
                "tool left out: invalid x-mcp-header annotation"
            );
        }
        valid
    });
    if tools.len() == before {
        return response;
    }
    let text = serde_json::to_string(&parsed).expect("a parsed value serializes");
    let raw = serde_json::value::RawValue::from_string(text).expect("serialized JSON");
    protocol::Response::result(response.id, raw)
}

/// Whether `schema` holds an `x-mcp-header` off a `properties` chain (`nested`: `schema` is
/// not the root nor a property reached through `properties` only).
fn misplaced(schema: &Value, nested: bool) -> bool {
    let Some(object) = schema.as_object() else {
        return match schema {
            Value::Array(items) => items.iter().any(|v| misplaced(v, true)),
            _ => false,
        };
    };
    object.iter().any(|(key, value)| match key.as_str() {
        "x-mcp-header" => nested,
        "properties" if !nested => value
            .as_object()
            .is_some_and(|props| props.values().any(|p| misplaced(p, false))),
        _ => misplaced(value, true),
    })
}

/// RFC 9110 `token`: one or more `tchar`.
fn is_token(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// Checks each annotated parameter against its header: present with the same value when the
/// argument is present, absent when it is not. Returns the mismatch to report.
pub(crate) fn check(
    headers: &HeaderMap,
    wanted: &[ParamHeader],
    arguments: Option<&Value>,
) -> Result<(), String> {
    for param in wanted {
        let header = format!("mcp-param-{}", param.name);
        let sent = headers.get(header.as_str()).map(|v| v.to_str());
        let value = arguments
            .and_then(|a| at(a, &param.path))
            .and_then(as_header);
        match (sent, value) {
            (None, None) => {}
            (None, Some(_)) => return Err(format!("missing Mcp-Param-{} header", param.name)),
            (Some(Err(_)), _) => {
                return Err(format!("Mcp-Param-{} has invalid characters", param.name));
            }
            (Some(Ok(raw)), value) => {
                let decoded = crate::modern::decode_header_value(raw.trim())
                    .ok_or_else(|| format!("Mcp-Param-{} is not valid base64", param.name))?;
                if value.as_deref() != Some(decoded.as_str()) {
                    return Err(format!(
                        "Mcp-Param-{} '{decoded}' differs from the argument at {}",
                        param.name,
                        param.path.join(".")
                    ));
                }
            }
        }
    }
    Ok(())
}

/// The `Mcp-Param-*` headers a call with `arguments` carries upstream: one per annotated
/// argument present, its value as is when it is plain visible ASCII without surrounding
/// whitespace, else `=?base64?...?=` (as is a value that looks like that sentinel).
pub(crate) fn headers_for(wanted: &[ParamHeader], arguments: Option<&Value>) -> HeaderMap {
    let mut headers = HeaderMap::new();
    for param in wanted {
        let Some(value) = arguments
            .and_then(|a| at(a, &param.path))
            .and_then(as_header)
        else {
            continue;
        };
        let Ok(name) = HeaderName::try_from(format!("mcp-param-{}", param.name)) else {
            continue;
        };
        if let Ok(value) = HeaderValue::from_str(&encode(&value)) {
            headers.insert(name, value);
        }
    }
    headers
}

fn encode(value: &str) -> String {
    let plain = value.bytes().all(|b| (0x20..=0x7e).contains(&b))
        && value.trim() == value
        && !(value.starts_with("=?base64?") && value.ends_with("?="));
    if plain {
        return value.to_owned();
    }
    let encoded = base64::engine::general_purpose::STANDARD.encode(value);
    format!("=?base64?{encoded}?=")
}

fn at<'a>(arguments: &'a Value, path: &[String]) -> Option<&'a Value> {
    path.iter().try_fold(arguments, |v, key| v.get(key))
}

/// The header form of an argument: strings as they are, integers in decimal, booleans in
/// lowercase; anything else is not mirrored.
fn as_header(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) if n.is_i64() || n.is_u64() => Some(n.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderValue;
    use serde_json::json;

    use super::*;

    fn schema() -> Value {
        json!({"type": "object", "properties": {
            "region": {"type": "string", "x-mcp-header": "Region"},
            "opts": {"type": "object", "properties": {
                "dry": {"type": "boolean", "x-mcp-header": "Dry-Run"}}},
            "items": {"type": "array", "items": {"type": "string"}},
            "query": {"type": "string"}}})
    }

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (k, v) in pairs {
            map.insert(*k, HeaderValue::from_str(v).unwrap());
        }
        map
    }

    #[test]
    fn annotations_are_found_through_properties_only() {
        let found = annotated(&schema()).unwrap();
        let names: Vec<(&str, Vec<&str>)> = (found.iter())
            .map(|p| (p.name.as_str(), p.path.iter().map(String::as_str).collect()))
            .collect();
        assert_eq!(
            names,
            [("Region", vec!["region"]), ("Dry-Run", vec!["opts", "dry"])]
        );
        let duplicate = json!({"properties": {
            "a": {"type": "string", "x-mcp-header": "X"},
            "b": {"type": "string", "x-mcp-header": "x"}}});
        assert_eq!(annotated(&duplicate), None);
        let number = json!({"properties": {"a": {"type": "number", "x-mcp-header": "A"}}});
        assert_eq!(annotated(&number), None);
        let bad_name = json!({"properties": {"a": {"type": "string", "x-mcp-header": "A B"}}});
        assert_eq!(annotated(&bad_name), None);
    }

    #[test]
    fn tools_with_invalid_annotations_are_left_out_of_a_list() {
        let list = json!({"tools": [
            {"name": "good", "inputSchema": schema()},
            {"name": "number", "inputSchema": {"properties": {
                "a": {"type": "number", "x-mcp-header": "A"}}}},
            {"name": "items", "inputSchema": {"properties": {"a": {"type": "array",
                "items": {"type": "string", "x-mcp-header": "A"}}}}},
            {"name": "plain", "inputSchema": {"type": "object"}}
        ], "nextCursor": "n"});
        let raw = serde_json::value::to_raw_value(&list).unwrap();
        let response = protocol::Response::result(protocol::Id::number(1), raw);
        let kept = without_invalid_tools("s", response);
        let protocol::Outcome::Result(result) = &kept.outcome else {
            panic!("a result");
        };
        let kept: Value = serde_json::from_str(result.get()).unwrap();
        let names: Vec<_> = kept["tools"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["name"].clone())
            .collect();
        assert_eq!(names, [json!("good"), json!("plain")]);
        assert_eq!(kept["nextCursor"], "n");
        let untouched = json!({"tools": [{"name": "plain", "inputSchema": {"type": "object"}}]});
        let text = untouched.to_string();
        let raw = serde_json::value::RawValue::from_string(text.clone()).unwrap();
        let same = without_invalid_tools(
            "s",
            protocol::Response::result(protocol::Id::number(2), raw),
        );
        let protocol::Outcome::Result(result) = &same.outcome else {
            panic!("a result");
        };
        assert_eq!(
            result.get(),
            text,
            "a list without annotations keeps its bytes"
        );
    }

    #[test]
    fn headers_sent_upstream_pass_the_check_and_encode_what_is_not_plain() {
        let wanted = annotated(&schema()).unwrap();
        for region in ["us-west1", "Zürich", " padded ", "=?base64?literal?="] {
            let args = json!({"region": region, "opts": {"dry": false}});
            let headers = headers_for(&wanted, Some(&args));
            assert_eq!(check(&headers, &wanted, Some(&args)), Ok(()), "{region:?}");
            let sent = headers["mcp-param-region"].to_str().unwrap();
            assert_eq!(sent == region, region == "us-west1", "{region:?} as {sent}");
        }
        assert!(headers_for(&wanted, Some(&json!({"query": "q"}))).is_empty());
    }

    #[test]
    fn headers_must_mirror_the_arguments() {
        let wanted = annotated(&schema()).unwrap();
        let args = json!({"region": "us-west1", "opts": {"dry": true}});
        let ok = headers(&[
            ("mcp-param-region", "us-west1"),
            ("mcp-param-dry-run", "true"),
        ]);
        assert_eq!(check(&ok, &wanted, Some(&args)), Ok(()));
        let encoded = headers(&[
            ("mcp-param-region", "=?base64?dXMtd2VzdDE=?="),
            ("mcp-param-dry-run", " true "),
        ]);
        assert_eq!(check(&encoded, &wanted, Some(&args)), Ok(()));
        let missing = headers(&[("mcp-param-dry-run", "true")]);
        assert!(
            check(&missing, &wanted, Some(&args))
                .unwrap_err()
                .contains("missing")
        );
        let wrong = headers(&[("mcp-param-region", "eu"), ("mcp-param-dry-run", "true")]);
        assert!(
            check(&wrong, &wanted, Some(&args))
                .unwrap_err()
                .contains("differs")
        );
        let padding = headers(&[
            ("mcp-param-region", "=?base64?SGVsbG8?="),
            ("mcp-param-dry-run", "true"),
        ]);
        assert!(
            check(&padding, &wanted, Some(&args))
                .unwrap_err()
                .contains("base64")
        );
        let absent = json!({"query": "x"});
        assert_eq!(check(&HeaderMap::new(), &wanted, Some(&absent)), Ok(()));
        let extra = headers(&[("mcp-param-region", "eu")]);
        assert!(
            check(&extra, &wanted, Some(&absent)).is_err(),
            "a header without its argument"
        );
    }
}
