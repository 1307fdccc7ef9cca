//! Turning validated JWT claims into a [`Principal`].

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::claims::Claims;
use crate::error::AuthError;
use crate::principal::Principal;

/// Which claims feed which [`Principal`] field. Claim names may be dotted
/// paths into nested objects (`realm_access.roles`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimMapping {
    /// Claim holding the agent identity. Default (unset): `azp`, then
    /// `client_id`, then `sub`.
    #[serde(default)]
    pub agent: Option<String>,
    /// Claim holding the end user. Default `sub`.
    #[serde(default = "default_user")]
    pub user: Option<String>,
    /// Claim holding the tenant. Default: none.
    #[serde(default)]
    pub tenant: Option<String>,
    /// Claim holding roles: an array of strings, or one string split on
    /// whitespace (OAuth `scope` style). Default `groups`.
    #[serde(default = "default_roles")]
    pub roles: Option<String>,
    /// Claims copied verbatim into [`Principal::attributes`], keyed by claim name.
    #[serde(default)]
    pub attributes: Vec<String>,
}

fn default_user() -> Option<String> {
    Some("sub".into())
}

fn default_roles() -> Option<String> {
    Some("groups".into())
}

impl Default for ClaimMapping {
    fn default() -> Self {
        Self {
            agent: None,
            user: default_user(),
            tenant: None,
            roles: default_roles(),
            attributes: Vec::new(),
        }
    }
}

const DEFAULT_AGENT_CLAIMS: [&str; 3] = ["azp", "client_id", "sub"];

impl ClaimMapping {
    /// Builds the principal. Fails with [`AuthError::MissingClaim`] when no
    /// agent claim is present, and [`AuthError::Malformed`] when a mapped
    /// claim has the wrong type.
    pub fn map(&self, claims: &Claims) -> Result<Principal, AuthError> {
        let agent = match &self.agent {
            Some(path) => {
                string_claim(claims, path)?.ok_or_else(|| AuthError::MissingClaim(path.clone()))?
            }
            None => DEFAULT_AGENT_CLAIMS
                .iter()
                .find_map(|c| claims.get_str(c))
                .map(str::to_string)
                .ok_or_else(|| AuthError::MissingClaim(DEFAULT_AGENT_CLAIMS.join("|")))?,
        };
        let user = optional_string(claims, self.user.as_deref())?;
        let tenant = optional_string(claims, self.tenant.as_deref())?;
        let roles = match &self.roles {
            Some(path) => roles_claim(claims, path)?,
            None => Vec::new(),
        };
        let attributes: BTreeMap<String, Value> = self
            .attributes
            .iter()
            .filter_map(|name| claims.get_path(name).map(|v| (name.clone(), v.clone())))
            .collect();
        Ok(Principal {
            tenant,
            user,
            agent,
            roles,
            issuer: claims.get_str("iss").map(str::to_owned),
            attributes,
        })
    }
}

fn optional_string(claims: &Claims, path: Option<&str>) -> Result<Option<String>, AuthError> {
    match path {
        Some(p) => string_claim(claims, p),
        None => Ok(None),
    }
}

fn string_claim(claims: &Claims, path: &str) -> Result<Option<String>, AuthError> {
    match claims.get_path(path) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(_) => Err(AuthError::Malformed(format!(
            "claim {path} is not a string"
        ))),
    }
}

fn roles_claim(claims: &Claims, path: &str) -> Result<Vec<String>, AuthError> {
    match claims.get_path(path) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::String(s)) => Ok(s.split_whitespace().map(str::to_string).collect()),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| {
                v.as_str().map(str::to_string).ok_or_else(|| {
                    AuthError::Malformed(format!("claim {path} has a non-string role"))
                })
            })
            .collect(),
        Some(_) => Err(AuthError::Malformed(format!(
            "claim {path} is not a string or array"
        ))),
    }
}
