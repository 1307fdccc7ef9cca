//! `serde_json::Value` -> Cedar `RestrictedExpression`, without going
//! through JSON text.
//!
//! Mapping: strings, bools, integers (i64) map directly; arrays become sets;
//! objects become records. Floats become `decimal(...)` when they have at
//! most 4 fractional digits and fit Cedar's decimal range, otherwise they are
//! dropped (a record attribute) or skipped (a set element): Cedar has no
//! float type. `null` is dropped the same way. Declared types
//! ([`AttrType`]) add coercions: `ipaddr`/`decimal` from strings, `long` from
//! integral floats.

use cedar_policy::RestrictedExpression;
use serde_json::Value;

use crate::schema::AttrType;

/// Cedar decimal range (i64 with 4 implied fractional digits).
const DECIMAL_MAX: f64 = 922_337_203_685_477.0;

/// Converts any JSON value; `None` for values Cedar cannot represent.
pub fn json_to_expr(value: &Value) -> Option<RestrictedExpression> {
    match value {
        Value::Null => None,
        Value::Bool(b) => Some(RestrictedExpression::new_bool(*b)),
        Value::String(s) => Some(RestrictedExpression::new_string(s.clone())),
        Value::Number(n) => match n.as_i64() {
            Some(i) => Some(RestrictedExpression::new_long(i)),
            None => n.as_f64().and_then(float_to_decimal),
        },
        Value::Array(items) => Some(RestrictedExpression::new_set(
            items.iter().filter_map(json_to_expr),
        )),
        Value::Object(map) => {
            let pairs = map
                .iter()
                .filter_map(|(k, v)| json_to_expr(v).map(|e| (k.clone(), e)));
            RestrictedExpression::new_record(pairs).ok()
        }
    }
}

/// Converts a value for a declared attribute type, falling back to
/// [`json_to_expr`] when the value does not fit the declared type (the
/// mismatch then shows up as a Cedar evaluation error, never as a silent pass).
pub fn typed_to_expr(ty: AttrType, value: &Value) -> Option<RestrictedExpression> {
    match (ty, value) {
        (AttrType::IpAddr, Value::String(s)) if s.parse::<IpNet>().is_ok() => {
            Some(RestrictedExpression::new_ip(s))
        }
        (AttrType::Decimal, Value::String(s)) if s.parse::<f64>().is_ok() => {
            s.parse::<f64>().ok().and_then(float_to_decimal)
        }
        (AttrType::Long, Value::Number(n)) if n.as_i64().is_none() => match n.as_f64() {
            Some(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => {
                Some(RestrictedExpression::new_long(f as i64))
            }
            _ => json_to_expr(value),
        },
        (AttrType::Decimal, Value::Number(n)) => n.as_f64().and_then(float_to_decimal),
        _ => json_to_expr(value),
    }
}

/// Converts a call argument for its declared type, strictly: `Ok(None)` for `null` (as if
/// absent), `Err` with what was expected when the value does not fit the type. An argument a
/// policy declares must never be dropped or passed as another type: `limit: 1e19` dropped
/// would make `context.arguments has limit && context.arguments.limit > 100` false, and
/// `table: ["users"]` would make `context.arguments.table == "users"` false, both letting a
/// forbid pass.
pub fn argument_to_expr(
    ty: AttrType,
    value: &Value,
) -> Result<Option<RestrictedExpression>, &'static str> {
    let expr = match (ty, value) {
        (_, Value::Null) => return Ok(None),
        (AttrType::String, Value::String(s)) => RestrictedExpression::new_string(s.clone()),
        (AttrType::Bool, Value::Bool(b)) => RestrictedExpression::new_bool(*b),
        (AttrType::Long, Value::Number(n)) => RestrictedExpression::new_long(
            long_of(n).ok_or("an integer in the 64-bit range (Cedar `Long`)")?,
        ),
        (AttrType::Decimal, Value::Number(_) | Value::String(_)) => typed_to_expr(ty, value)
            .filter(|_| !matches!(value, Value::String(s) if s.parse::<f64>().is_err()))
            .ok_or("a number with at most 4 decimals (Cedar `decimal`)")?,
        (AttrType::IpAddr, Value::String(s)) if s.parse::<IpNet>().is_ok() => {
            RestrictedExpression::new_ip(s)
        }
        (AttrType::StringSet, Value::Array(items)) => {
            let strings: Option<Vec<_>> = (items.iter())
                .map(|v| {
                    v.as_str()
                        .map(|s| RestrictedExpression::new_string(s.to_owned()))
                })
                .collect();
            RestrictedExpression::new_set(strings.ok_or("an array of strings")?)
        }
        (AttrType::LongSet, Value::Array(items)) => {
            let longs: Option<Vec<_>> = (items.iter())
                .map(|v| {
                    v.as_number()
                        .and_then(long_of)
                        .map(RestrictedExpression::new_long)
                })
                .collect();
            RestrictedExpression::new_set(longs.ok_or("an array of 64-bit integers")?)
        }
        (ty, _) => return Err(expected(ty)),
    };
    Ok(Some(expr))
}

/// What a value of type `ty` must be, for an error message.
fn expected(ty: AttrType) -> &'static str {
    match ty {
        AttrType::String => "a string",
        AttrType::Long => "an integer in the 64-bit range (Cedar `Long`)",
        AttrType::Bool => "a boolean",
        AttrType::Decimal => "a number with at most 4 decimals (Cedar `decimal`)",
        AttrType::IpAddr => "an IP address or CIDR range",
        AttrType::StringSet => "an array of strings",
        AttrType::LongSet => "an array of 64-bit integers",
    }
}

/// An integer: a JSON integer in the i64 range, or an integral float below 2^53 (`5.0`).
fn long_of(n: &serde_json::Number) -> Option<i64> {
    n.as_i64().or_else(|| {
        let f = n.as_f64()?;
        (f.fract() == 0.0 && f.abs() < 9.0e15).then_some(f as i64)
    })
}

/// `decimal("<f>")` when `f` has at most 4 fractional digits and is in range.
fn float_to_decimal(f: f64) -> Option<RestrictedExpression> {
    if !f.is_finite() || f.abs() >= DECIMAL_MAX {
        return None;
    }
    let scaled = f * 10_000.0;
    if (scaled - scaled.round()).abs() > 1e-6 {
        return None;
    }
    Some(RestrictedExpression::new_decimal(format!("{f:.4}")))
}

/// A syntactic IP or CIDR check so that `ip(...)` construction cannot fail later.
struct IpNet;

impl std::str::FromStr for IpNet {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        let (addr, prefix) = match s.split_once('/') {
            Some((a, p)) => (a, Some(p)),
            None => (s, None),
        };
        let ip: std::net::IpAddr = addr.parse().map_err(|_| ())?;
        let max = if ip.is_ipv4() { 32 } else { 128 };
        match prefix.map(str::parse::<u8>) {
            None => Ok(IpNet),
            Some(Ok(p)) if p <= max => Ok(IpNet),
            _ => Err(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn show(e: Option<RestrictedExpression>) -> String {
        let Some(e) = e else { return "-".into() };
        let ctx = cedar_policy::Context::from_pairs([("x".to_string(), e)]).unwrap();
        ctx.get("x").unwrap().to_string()
    }

    #[test]
    fn json_values() {
        assert_eq!(show(json_to_expr(&json!(5))), "5");
        assert_eq!(show(json_to_expr(&json!("a"))), "\"a\"");
        assert_eq!(show(json_to_expr(&json!(true))), "true");
        assert_eq!(show(json_to_expr(&json!(null))), "-");
        assert!(show(json_to_expr(&json!(1.5))).contains("decimal(\"1.5000\")"));
        assert_eq!(
            show(json_to_expr(&json!(0.123456))),
            "-",
            "too precise for decimal"
        );
        let rec = show(json_to_expr(
            &json!({"a": [1, 2, null], "b": null, "c": {"d": "x"}}),
        ));
        assert!(
            rec.contains("\"a\": [1, 2]") && !rec.contains("\"b\"") && rec.contains("\"d\": \"x\""),
            "{rec}"
        );
    }

    #[test]
    fn arguments_fit_their_declared_type_or_are_refused() {
        let arg = |ty, v: Value| argument_to_expr(ty, &v).map(show);
        assert_eq!(arg(AttrType::Long, json!(7)), Ok("7".into()));
        assert_eq!(arg(AttrType::Long, json!(7.0)), Ok("7".into()));
        for dodge in [
            json!(9223372036854775808u64),
            json!(1e16),
            json!(1000.00001),
            json!("7"),
            json!([7]),
        ] {
            assert!(arg(AttrType::Long, dodge.clone()).is_err(), "{dodge}");
        }
        assert_eq!(
            arg(AttrType::String, json!("users")),
            Ok("\"users\"".into())
        );
        for dodge in [json!(["users"]), json!({"name": "users"}), json!(1)] {
            assert!(arg(AttrType::String, dodge.clone()).is_err(), "{dodge}");
        }
        assert_eq!(arg(AttrType::String, json!(null)), Ok("-".into()));
        assert!(arg(AttrType::Decimal, json!(0.123456)).is_err());
        assert!(arg(AttrType::Decimal, json!("x")).is_err());
        assert!(
            arg(AttrType::Decimal, json!("2.25"))
                .unwrap()
                .contains("decimal")
        );
        assert!(arg(AttrType::IpAddr, json!("nope")).is_err());
        assert!(arg(AttrType::StringSet, json!(["a", 1])).is_err());
        assert!(arg(AttrType::LongSet, json!([1, 2])).is_ok());
    }

    #[test]
    fn typed_values() {
        assert!(show(typed_to_expr(AttrType::IpAddr, &json!("10.0.0.0/8"))).contains("ip("));
        assert_eq!(
            show(typed_to_expr(AttrType::IpAddr, &json!("nope"))),
            "\"nope\""
        );
        assert_eq!(show(typed_to_expr(AttrType::Long, &json!(7.0))), "7");
        assert_eq!(
            show(typed_to_expr(AttrType::Long, &json!(7.5))),
            show(json_to_expr(&json!(7.5)))
        );
        assert!(show(typed_to_expr(AttrType::Decimal, &json!("2.25"))).contains("decimal"));
    }
}
