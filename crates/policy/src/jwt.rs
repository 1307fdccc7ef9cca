//! JWT validation against a given JWK set (the gateway fetches the JWKS).
//!
//! The token is parsed by hand (header, payload, signature) so that errors are
//! precise and `now` is the caller's clock; the signature itself is checked by
//! `jsonwebtoken`'s crypto provider (`rust_crypto` backend).

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::jwk::{JwkSet, PublicKeyUse};
use jsonwebtoken::{Algorithm, AlgorithmFamily, DecodingKey};
use serde::{Deserialize, Serialize};

use crate::claims::{ClaimRules, Claims, check_claims};
use crate::error::{AuthError, PolicyError};

/// JWT validation settings, embeddable in the gateway YAML.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JwtConfig {
    /// Required `iss` value.
    pub issuer: String,
    /// Accepted `aud` values; the token must carry at least one. Empty: `aud` not checked.
    #[serde(default)]
    pub audiences: Vec<String>,
    /// Allowed `alg` values (`none` cannot be expressed). HS* may not be mixed
    /// with asymmetric algorithms. Default: RS256, ES256, PS256.
    #[serde(default = "default_algorithms")]
    pub algorithms: Vec<Algorithm>,
    /// Clock skew allowed on `exp`/`nbf`, in seconds. Default 60.
    #[serde(default = "default_leeway")]
    pub leeway_seconds: u64,
    /// Claims that must be present. Default: `exp`.
    #[serde(default = "default_required")]
    pub required_claims: Vec<String>,
}

impl JwtConfig {
    /// Refuse what [`JwtValidator::new`] would: an empty algorithm list, or HS* mixed with
    /// asymmetric algorithms (so that a config check finds it before the gateway starts).
    pub fn check(&self) -> Result<(), PolicyError> {
        check_algorithms(&self.algorithms)
    }
}

fn default_algorithms() -> Vec<Algorithm> {
    vec![Algorithm::RS256, Algorithm::ES256, Algorithm::PS256]
}

fn default_leeway() -> u64 {
    60
}

fn default_required() -> Vec<String> {
    vec!["exp".into()]
}

impl JwtConfig {
    /// A config with defaults for everything but the issuer.
    pub fn new(issuer: impl Into<String>) -> Self {
        Self {
            issuer: issuer.into(),
            audiences: Vec::new(),
            algorithms: default_algorithms(),
            leeway_seconds: default_leeway(),
            required_claims: default_required(),
        }
    }
}

/// One usable key from the JWK set.
struct Key {
    key: DecodingKey,
    /// The JWK's own `alg`, when it pins one.
    alg: Option<Algorithm>,
}

/// Validates tokens against a fixed key set. Cheap to share (`&self`);
/// replace keys with [`JwtValidator::with_keys`] / [`JwtValidator::set_keys`].
pub struct JwtValidator {
    config: JwtConfig,
    by_kid: HashMap<String, Key>,
    /// Keys without a `kid`: tried for tokens without a `kid`.
    anonymous: Vec<Key>,
    /// Unique per (validator, key set); lets caches drop stale entries.
    generation: u64,
}

/// Source of [`JwtValidator::generation`] values.
static GENERATION: AtomicU64 = AtomicU64::new(1);

impl std::fmt::Debug for JwtValidator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JwtValidator")
            .field("config", &self.config)
            .field("kids", &self.by_kid.keys().collect::<Vec<_>>())
            .field("anonymous_keys", &self.anonymous.len())
            .finish()
    }
}

#[derive(Deserialize)]
struct RawHeader<'a> {
    #[serde(borrow)]
    alg: std::borrow::Cow<'a, str>,
    #[serde(default)]
    kid: Option<String>,
    #[serde(default)]
    crit: Option<serde_json::Value>,
}

impl JwtValidator {
    /// Builds a validator. Fails on an empty algorithm list or on HS* mixed
    /// with asymmetric algorithms (HS/RS key confusion).
    pub fn new(config: JwtConfig, keys: &JwkSet) -> Result<Self, PolicyError> {
        check_algorithms(&config.algorithms)?;
        let mut v = Self {
            config,
            by_kid: HashMap::new(),
            anonymous: Vec::new(),
            generation: 0,
        };
        v.set_keys(keys)?;
        Ok(v)
    }

    /// Returns the validator with its key set replaced.
    pub fn with_keys(mut self, keys: &JwkSet) -> Result<Self, PolicyError> {
        self.set_keys(keys)?;
        Ok(self)
    }

    /// Replaces the key set. Keys marked `use: enc`, keys whose family fits no
    /// allowed algorithm (e.g. `oct` keys when only RS256 is allowed) and
    /// unsupported key types are skipped.
    pub fn set_keys(&mut self, keys: &JwkSet) -> Result<(), PolicyError> {
        let mut by_kid = HashMap::new();
        let mut anonymous = Vec::new();
        for jwk in &keys.keys {
            if matches!(jwk.common.public_key_use, Some(PublicKeyUse::Encryption)) {
                continue;
            }
            let Ok(key) = DecodingKey::from_jwk(jwk) else {
                continue;
            };
            if !self
                .config
                .algorithms
                .iter()
                .any(|a| a.family() == key.family())
            {
                continue;
            }
            // A JWK pinned to an algorithm we do not support (e.g. RSA-OAEP) is skipped.
            let alg = match jwk.common.key_algorithm.map(Algorithm::try_from) {
                None => None,
                Some(Ok(a)) => Some(a),
                Some(Err(_)) => continue,
            };
            let entry = Key { key, alg };
            match &jwk.common.key_id {
                Some(kid) => {
                    by_kid.insert(kid.clone(), entry);
                }
                None => anonymous.push(entry),
            }
        }
        self.by_kid = by_kid;
        self.anonymous = anonymous;
        self.generation = GENERATION.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    /// Changes whenever the key set is replaced and differs between
    /// validators; [`TokenCache`](crate::TokenCache) entries are tied to it.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The configuration.
    pub fn config(&self) -> &JwtConfig {
        &self.config
    }

    /// Validates a compact JWT at time `now` (unix seconds) and returns its claims.
    pub fn validate(&self, token: &str, now: u64) -> Result<Claims, AuthError> {
        let (message, signature) = token
            .rsplit_once('.')
            .ok_or_else(|| AuthError::Malformed("expected three dot-separated parts".into()))?;
        let (header_b64, payload_b64) = message
            .split_once('.')
            .ok_or_else(|| AuthError::Malformed("expected three dot-separated parts".into()))?;
        let (alg, kid) = self.parse_header(header_b64)?;
        self.verify_signature(message, signature, alg, kid.as_deref())?;
        let payload = b64(payload_b64, "payload")?;
        let map = serde_json::from_slice(&payload)
            .map_err(|e| AuthError::Malformed(format!("payload is not a JSON object: {e}")))?;
        let claims = Claims::from_map(map);
        let rules = ClaimRules {
            issuer: &self.config.issuer,
            audiences: &self.config.audiences,
            leeway: self.config.leeway_seconds,
            required: &self.config.required_claims,
        };
        check_claims(&claims, &rules, now)?;
        Ok(claims)
    }

    fn parse_header(&self, header_b64: &str) -> Result<(Algorithm, Option<String>), AuthError> {
        let bytes = b64(header_b64, "header")?;
        let header: RawHeader<'_> = serde_json::from_slice(&bytes)
            .map_err(|e| AuthError::Malformed(format!("header: {e}")))?;
        if header.crit.is_some() {
            return Err(AuthError::Malformed(
                "unsupported critical header parameters".into(),
            ));
        }
        let alg: Algorithm = header
            .alg
            .parse()
            .map_err(|_| AuthError::AlgorithmNotAllowed(header.alg.to_string()))?;
        if !self.config.algorithms.contains(&alg) {
            return Err(AuthError::AlgorithmNotAllowed(header.alg.to_string()));
        }
        Ok((alg, header.kid))
    }

    fn verify_signature(
        &self,
        message: &str,
        signature: &str,
        alg: Algorithm,
        kid: Option<&str>,
    ) -> Result<(), AuthError> {
        match kid {
            Some(kid) => {
                let key = self
                    .by_kid
                    .get(kid)
                    .ok_or_else(|| AuthError::UnknownKid(kid.to_string()))?;
                verify_with(key, message, signature, alg)
            }
            None => {
                // No `kid`: try keys without one, else every key of the right family.
                let candidates: Box<dyn Iterator<Item = &Key>> = if self.anonymous.is_empty() {
                    Box::new(self.by_kid.values())
                } else {
                    Box::new(self.anonymous.iter())
                };
                let mut last = Err(AuthError::UnknownKid(String::new()));
                for key in candidates.filter(|k| k.key.family() == alg.family()) {
                    last = verify_with(key, message, signature, alg);
                    if last.is_ok() {
                        break;
                    }
                }
                last
            }
        }
    }
}

fn verify_with(key: &Key, message: &str, signature: &str, alg: Algorithm) -> Result<(), AuthError> {
    if key.key.family() != alg.family() || key.alg.is_some_and(|a| a != alg) {
        return Err(AuthError::AlgorithmNotAllowed(format!(
            "{alg:?} does not fit the key"
        )));
    }
    match jsonwebtoken::crypto::verify(signature, message.as_bytes(), &key.key, alg) {
        Ok(true) => Ok(()),
        Ok(false) => Err(AuthError::BadSignature),
        Err(e) => match e.kind() {
            jsonwebtoken::errors::ErrorKind::Base64(_) => {
                Err(AuthError::Malformed("signature is not base64url".into()))
            }
            _ => Err(AuthError::BadSignature),
        },
    }
}

fn b64(part: &str, what: &str) -> Result<Vec<u8>, AuthError> {
    URL_SAFE_NO_PAD
        .decode(part)
        .map_err(|_| AuthError::Malformed(format!("{what} is not base64url")))
}

fn check_algorithms(algs: &[Algorithm]) -> Result<(), PolicyError> {
    if algs.is_empty() {
        return Err(PolicyError::JwtConfig(
            "algorithms must not be empty".into(),
        ));
    }
    let hmac = algs.iter().any(|a| a.family() == AlgorithmFamily::Hmac);
    let asym = algs.iter().any(|a| a.family() != AlgorithmFamily::Hmac);
    if hmac && asym {
        return Err(PolicyError::JwtConfig(
            "HS* algorithms cannot be allowed together with asymmetric ones (key confusion)".into(),
        ));
    }
    Ok(())
}
