//! Compiling the `auth` section into the gateway's authentication settings. The JWT and API-key
//! shapes are the `policy` crate's own serde types, read key by key so errors keep their path.

use std::time::Duration;

use gateway::auth::{AuthSettings, JwksSource, JwtSettings};
use serde_json::{Value, json};

use super::raw::{RawAuth, RawJwt};
use super::{Errors, duration_or, expand};

/// The runtime settings of `auth`.
pub(super) fn compile_auth(
    raw: &RawAuth,
    lookup: &dyn Fn(&str) -> Option<String>,
    errors: &mut Errors,
) -> AuthSettings {
    let api_keys: Vec<policy::ApiKeyConfig> = raw
        .api_keys
        .iter()
        .enumerate()
        .filter_map(|(i, key)| {
            let key: policy::ApiKeyConfig = serde_json::from_value(key.clone())
                .map_err(|e| errors.push(format!("auth.api_keys[{i}]"), e.to_string()))
                .ok()?;
            // The hash is parsed here as the gateway will at start.
            policy::ApiKeys::new(std::slice::from_ref(&key))
                .map_err(|e| errors.push(format!("auth.api_keys[{i}].hash"), e.to_string()))
                .ok()?;
            Some(key)
        })
        .collect();
    if let Err(e) = policy::ApiKeys::new(&api_keys) {
        errors.push("auth.api_keys", e.to_string());
    }
    AuthSettings {
        resource: raw.resource.clone(),
        authorization_servers: raw.authorization_servers.clone(),
        scopes_supported: raw.scopes_supported.clone(),
        required_scopes: raw.required_scopes.clone(),
        jwt: raw
            .jwt
            .as_ref()
            .and_then(|j| compile_jwt(j, lookup, errors)),
        api_keys,
        anonymous: raw.anonymous.unwrap_or(false),
    }
}

fn compile_jwt(
    raw: &RawJwt,
    lookup: &dyn Fn(&str) -> Option<String>,
    errors: &mut Errors,
) -> Option<JwtSettings> {
    let mut config = json!({"issuer": raw.issuer, "audiences": raw.audiences});
    if let Some(algorithms) = &raw.algorithms {
        config["algorithms"] = json!(algorithms);
    }
    if let Some(leeway) = raw.leeway_seconds {
        config["leeway_seconds"] = json!(leeway);
    }
    if let Some(claims) = &raw.required_claims {
        config["required_claims"] = json!(claims);
    }
    let config: policy::JwtConfig = super::from_value_at(config)
        .map_err(|(at, message)| errors.push(format!("auth.jwt{at}"), message))
        .ok()?;
    if let Err(e) = config.check() {
        errors.push("auth.jwt.algorithms", e.to_string());
    }
    let mut ex = |value: &str, at: &str| {
        expand::expand(value, lookup).unwrap_or_else(|e| {
            errors.push(at, e);
            String::new()
        })
    };
    let jwks = match (&raw.jwks_url, &raw.jwks_file) {
        (Some(url), None) => JwksSource::Url(ex(url, "auth.jwt.jwks_url")),
        (None, Some(file)) => JwksSource::File(ex(file, "auth.jwt.jwks_file").into()),
        (None, None) => JwksSource::Discover,
        (Some(_), Some(_)) => {
            errors.push("auth.jwt", "give jwks_url or jwks_file, not both");
            return None;
        }
    };
    let mut settings = JwtSettings::new(config, jwks);
    settings.refresh = duration_or(
        &raw.refresh,
        Duration::from_secs(300),
        "auth.jwt.refresh",
        errors,
    );
    if let Some(claims) = &raw.claims {
        match serde_json::from_value::<policy::ClaimMapping>(Value::clone(claims)) {
            Ok(mapping) => settings.mapping = mapping,
            Err(e) => errors.push("auth.jwt.claims", e.to_string()),
        }
    }
    Some(settings)
}
