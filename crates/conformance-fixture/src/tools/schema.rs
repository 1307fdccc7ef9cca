//! `json_schema_2020_12_tool`: a tool whose input schema uses JSON Schema
//! 2020-12 keywords, which `tools/list` must return untouched: `$schema`,
//! `$defs`, `$ref` and `additionalProperties` (SEP-1613), plus the broader
//! vocabulary of SEP-2106: an `$anchor` inside `$defs`, `allOf`/`anyOf`
//! composition and `if`/`then`/`else`.

use rmcp::model::{CallToolResult, JsonObject};
use serde_json::{Value, json};

use super::{text_result, tool_error};

/// Name of the tool.
pub(super) const NAME: &str = "json_schema_2020_12_tool";

/// The tool's input schema (the conformance suite's, keyword for keyword).
pub(super) fn input_schema() -> Value {
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "$defs": {
            "address": {
                "$anchor": "addressDef",
                "type": "object",
                "properties": {
                    "street": { "type": "string" },
                    "city": { "type": "string" },
                },
            },
        },
        "properties": {
            "name": { "type": "string" },
            "address": { "$ref": "#/$defs/address" },
            "contactMethod": { "type": "string", "enum": ["phone", "email"] },
            "phone": { "type": "string" },
            "email": { "type": "string" },
        },
        "allOf": [{ "anyOf": [{ "required": ["phone"] }, { "required": ["email"] }] }],
        "if": {
            "properties": { "contactMethod": { "const": "phone" } },
            "required": ["contactMethod"],
        },
        "then": { "required": ["phone"] },
        "else": { "required": ["email"] },
        "additionalProperties": false,
    })
}

/// Checks `arguments` against [`input_schema`] and echoes them back.
pub(super) fn call(arguments: &JsonObject) -> CallToolResult {
    match validate(arguments) {
        Ok(()) => text_result(format!(
            "JSON Schema 2020-12 tool called with: {}",
            Value::Object(arguments.clone())
        )),
        Err(problem) => tool_error(format!("Invalid arguments: {problem}")),
    }
}

/// The schema's constraints, checked by hand: the declared properties with
/// their types, then the composition and conditional rules.
fn validate(arguments: &JsonObject) -> Result<(), String> {
    for (key, value) in arguments {
        match key.as_str() {
            "name" | "phone" | "email" if value.is_string() => {}
            "name" | "phone" | "email" => return Err(format!("'{key}' must be a string")),
            "contactMethod" => validate_contact_method(value)?,
            "address" => validate_address(value)?,
            other => return Err(format!("unexpected property '{other}'")),
        }
    }
    validate_contact(arguments)
}

fn validate_contact_method(value: &Value) -> Result<(), String> {
    match value.as_str() {
        Some("phone" | "email") => Ok(()),
        _ => Err("'contactMethod' must be \"phone\" or \"email\"".into()),
    }
}

/// `allOf`/`anyOf`: a phone or an email; `if`/`then`/`else`: the phone when
/// `contactMethod` is `phone`, the email otherwise.
fn validate_contact(arguments: &JsonObject) -> Result<(), String> {
    let has = |key: &str| arguments.contains_key(key);
    if !has("phone") && !has("email") {
        return Err("one of 'phone' or 'email' is required".into());
    }
    let by_phone = arguments.get("contactMethod").and_then(Value::as_str) == Some("phone");
    match (by_phone, has("phone"), has("email")) {
        (true, false, _) => Err("'phone' is required when contactMethod is \"phone\"".into()),
        (false, _, false) => Err("'email' is required unless contactMethod is \"phone\"".into()),
        _ => Ok(()),
    }
}

fn validate_address(value: &Value) -> Result<(), String> {
    let address = value.as_object().ok_or("'address' must be an object")?;
    for field in ["street", "city"] {
        if address.get(field).is_some_and(|v| !v.is_string()) {
            return Err(format!("'address.{field}' must be a string"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(value: Value) -> JsonObject {
        value.as_object().unwrap().clone()
    }

    fn is_error(args: Value) -> bool {
        serde_json::to_value(call(&object(args))).unwrap()["isError"] == true
    }

    #[test]
    fn accepts_conforming_arguments() {
        assert!(!is_error(
            json!({"name": "n", "email": "e@x", "address": {"street": "s", "city": "c"}})
        ));
        assert!(!is_error(json!({"contactMethod": "phone", "phone": "1"})));
    }

    #[test]
    fn rejects_additional_properties_and_wrong_types() {
        for args in [
            json!({"email": "e", "other": 1}),
            json!({"email": "e", "name": 1}),
            json!({"email": "e", "address": "x"}),
            json!({"email": "e", "address": {"city": 2}}),
            json!({"email": "e", "contactMethod": "fax"}),
        ] {
            assert!(is_error(args));
        }
    }

    #[test]
    fn enforces_composition_and_conditionals() {
        assert!(is_error(json!({"name": "n"})));
        assert!(is_error(json!({"contactMethod": "phone", "email": "e"})));
        assert!(is_error(json!({"phone": "1"})));
    }

    #[test]
    fn schema_carries_the_sep_2106_keywords() {
        let schema = input_schema();
        assert_eq!(schema["$defs"]["address"]["$anchor"], "addressDef");
        assert!(schema["allOf"][0]["anyOf"].is_array());
        for keyword in ["if", "then", "else"] {
            assert!(schema[keyword].is_object(), "{keyword}");
        }
    }
}
