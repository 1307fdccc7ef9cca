//! Validated JWT claims and the time / issuer / audience checks on them.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::error::AuthError;

/// The claims of a token that passed validation.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(transparent)]
pub struct Claims(Map<String, Value>);

impl Claims {
    /// Wraps a claim map (used by tests and by callers that validated elsewhere).
    pub fn from_map(map: Map<String, Value>) -> Self {
        Self(map)
    }

    /// A top-level claim.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.0.get(name)
    }

    /// A claim by dotted path (`realm_access.roles`). A top-level claim whose
    /// name itself contains dots wins over the nested lookup.
    pub fn get_path(&self, path: &str) -> Option<&Value> {
        if let Some(v) = self.0.get(path) {
            return Some(v);
        }
        let mut parts = path.split('.');
        let mut cur = self.0.get(parts.next()?)?;
        for part in parts {
            cur = cur.as_object()?.get(part)?;
        }
        Some(cur)
    }

    /// A top-level string claim.
    pub fn get_str(&self, name: &str) -> Option<&str> {
        self.get(name).and_then(Value::as_str)
    }

    /// The underlying map.
    pub fn as_map(&self) -> &Map<String, Value> {
        &self.0
    }

    /// Consumes the claims into the underlying map.
    pub fn into_map(self) -> Map<String, Value> {
        self.0
    }
}

/// What [`check_claims`] checks against.
pub(crate) struct ClaimRules<'a> {
    pub issuer: &'a str,
    pub audiences: &'a [String],
    pub leeway: u64,
    pub required: &'a [String],
}

/// Reads a NumericDate claim (integer or float seconds).
fn numeric_date(claims: &Claims, name: &str) -> Result<Option<u64>, AuthError> {
    match claims.get(name) {
        None => Ok(None),
        Some(v) => match (v.as_u64(), v.as_f64()) {
            (Some(n), _) => Ok(Some(n)),
            (None, Some(f)) if f >= 0.0 => Ok(Some(f as u64)),
            _ => Err(AuthError::Malformed(format!(
                "claim {name} is not a NumericDate"
            ))),
        },
    }
}

/// Checks `exp`/`nbf` against `now` with leeway, then `iss`, `aud` and the
/// required claims. Order: required claims, expiry, not-before, issuer, audience.
pub(crate) fn check_claims(
    claims: &Claims,
    rules: &ClaimRules<'_>,
    now: u64,
) -> Result<(), AuthError> {
    if let Some(missing) = rules.required.iter().find(|c| claims.get(c).is_none()) {
        return Err(AuthError::MissingClaim(missing.clone()));
    }
    if let Some(exp) = numeric_date(claims, "exp")?
        && now >= exp.saturating_add(rules.leeway)
    {
        return Err(AuthError::Expired);
    }
    if let Some(nbf) = numeric_date(claims, "nbf")?
        && now.saturating_add(rules.leeway) < nbf
    {
        return Err(AuthError::NotYetValid);
    }
    check_issuer(claims, rules.issuer)?;
    check_audience(claims, rules.audiences)
}

fn check_issuer(claims: &Claims, issuer: &str) -> Result<(), AuthError> {
    match claims.get("iss") {
        None => Err(AuthError::MissingClaim("iss".into())),
        Some(Value::String(s)) if s == issuer => Ok(()),
        Some(_) => Err(AuthError::WrongIssuer),
    }
}

fn check_audience(claims: &Claims, audiences: &[String]) -> Result<(), AuthError> {
    if audiences.is_empty() {
        return Ok(());
    }
    let ok = match claims.get("aud") {
        None => return Err(AuthError::MissingClaim("aud".into())),
        Some(Value::String(s)) => audiences.iter().any(|a| a == s),
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .any(|s| audiences.iter().any(|a| a == s)),
        Some(_) => {
            return Err(AuthError::Malformed(
                "claim aud is not a string or array".into(),
            ));
        }
    };
    if ok {
        Ok(())
    } else {
        Err(AuthError::WrongAudience)
    }
}
