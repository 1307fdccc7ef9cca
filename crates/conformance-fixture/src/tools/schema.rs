//! `json_schema_2020_12_tool`: a tool whose input schema uses JSON Schema
//! 2020-12 keywords (`$schema`, `$defs`, `$ref`, `additionalProperties`),
//! which `tools/list` must return untouched (SEP-1613).

use rmcp::model::{CallToolResult, JsonObject};
use serde_json::{Value, json};

use super::{text_result, tool_error};

/// Name of the tool.
pub(super) const NAME: &str = "json_schema_2020_12_tool";

/// The tool's input schema.
pub(super) fn input_schema() -> Value {
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "$defs": {
            "address": {
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
        },
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

/// The schema's constraints, checked by hand: only `name` (string) and
/// `address` (object whose `street` and `city`, if present, are strings).
fn validate(arguments: &JsonObject) -> Result<(), String> {
    for (key, value) in arguments {
        match key.as_str() {
            "name" if value.is_string() => {}
            "name" => return Err("'name' must be a string".into()),
            "address" => validate_address(value)?,
            other => return Err(format!("unexpected property '{other}'")),
        }
    }
    Ok(())
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

    #[test]
    fn accepts_conforming_arguments() {
        let args = object(json!({"name": "n", "address": {"street": "s", "city": "c"}}));
        assert_ne!(serde_json::to_value(call(&args)).unwrap()["isError"], true);
    }

    #[test]
    fn rejects_additional_properties_and_wrong_types() {
        for args in [
            json!({"other": 1}),
            json!({"name": 1}),
            json!({"address": "x"}),
            json!({"address": {"city": 2}}),
        ] {
            assert_eq!(
                serde_json::to_value(call(&object(args))).unwrap()["isError"],
                true
            );
        }
    }
}
