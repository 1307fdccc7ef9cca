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
