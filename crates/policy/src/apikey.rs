//! API keys, stored only as hashes.
//!
//! * `sha256:<hex>`: the SHA-256 of the whole presented key (prefix included).
//!   Lookup is a `HashMap` probe on the digest. A timing side channel on that
//!   probe reveals at most a prefix of a *digest*, which gives an attacker
//!   nothing toward a preimage when keys are uniformly random (as
//!   [`generate_key`] makes them), so no constant-time compare is done.
//!   Do not use sha256 entries for human-chosen secrets: use argon2.
//! * An argon2 PHC string (`$argon2id$v=19$...`): checked only when no sha256
//!   entry matched, one by one, each costing a full argon2 run. Every
//!   unknown key pays for all argon2 entries, so keep them few (or rate-limit
//!   failed attempts in the gateway).

use std::collections::{BTreeMap, HashMap};

use argon2::{Argon2, PasswordHash, PasswordVerifier};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::PolicyError;
use crate::principal::Principal;

/// Prefix of generated keys, so they are recognisable in logs and by secret scanners.
pub const KEY_PREFIX: &str = "ghk_";

/// One configured API key: its hash and the identity it stands for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApiKeyConfig {
    /// `sha256:<64 hex>` or an argon2 PHC string.
    pub hash: String,
    /// Agent identity bound to the key.
    pub agent: String,
    /// Tenant.
    #[serde(default)]
    pub tenant: Option<String>,
    /// User.
    #[serde(default)]
    pub user: Option<String>,
    /// Roles.
    #[serde(default)]
    pub roles: Vec<String>,
    /// Attributes.
    #[serde(default)]
    pub attributes: BTreeMap<String, serde_json::Value>,
}

/// The set of configured API keys.
#[derive(Debug, Default)]
pub struct ApiKeys {
    sha256: HashMap<[u8; 32], Principal>,
    argon2: Vec<(PasswordHash, Principal)>,
}

impl ApiKeys {
    /// Parses all hashes; fails on the first malformed one (the error names its agent).
    pub fn new(entries: &[ApiKeyConfig]) -> Result<Self, PolicyError> {
        let mut keys = Self::default();
        for e in entries {
            let principal = Principal {
                tenant: e.tenant.clone(),
                user: e.user.clone(),
                agent: e.agent.clone(),
                roles: e.roles.clone(),
                issuer: Some("api-key".to_owned()),
                attributes: e.attributes.clone(),
            };
            keys.add(&e.hash, principal)?;
        }
        Ok(keys)
    }

    /// Adds one key hash bound to `principal`.
    pub fn add(&mut self, hash: &str, principal: Principal) -> Result<(), PolicyError> {
        if let Some(hex_digest) = hash.strip_prefix("sha256:") {
            let mut digest = [0u8; 32];
            hex::decode_to_slice(hex_digest, &mut digest).map_err(|e| {
                PolicyError::ApiKey(format!("agent {}: bad sha256 hex: {e}", principal.agent))
            })?;
            if self.sha256.insert(digest, principal).is_some() {
                return Err(PolicyError::ApiKey("duplicate sha256 key hash".into()));
            }
            return Ok(());
        }
        if !hash.starts_with("$argon2") {
            return Err(PolicyError::ApiKey(format!(
                "agent {}: hash must be sha256:<hex> or an argon2 PHC string",
                principal.agent
            )));
        }
        let parsed = PasswordHash::new(hash).map_err(|e| {
            PolicyError::ApiKey(format!("agent {}: bad argon2 hash: {e}", principal.agent))
        })?;
        self.argon2.push((parsed, principal));
        Ok(())
    }

    /// The identity bound to `presented`, if any (sha256 first, then argon2).
    pub fn verify(&self, presented: &str) -> Option<&Principal> {
        let digest: [u8; 32] = Sha256::digest(presented.as_bytes()).into();
        if let Some(p) = self.sha256.get(&digest) {
            return Some(p);
        }
        let argon = Argon2::default();
        self.argon2
            .iter()
            .find(|(hash, _)| argon.verify_password(presented.as_bytes(), hash).is_ok())
            .map(|(_, p)| p)
    }

    /// Number of configured keys.
    pub fn len(&self) -> usize {
        self.sha256.len() + self.argon2.len()
    }

    /// True when no key is configured.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The `sha256:<hex>` form of a key, as stored in the configuration.
pub fn sha256_hash(key: &str) -> String {
    format!("sha256:{}", hex::encode(Sha256::digest(key.as_bytes())))
}

/// A new random key (`ghk_` + 32 random bytes, base64url) and its
/// `sha256:<hex>` hash. Show the key once; store only the hash.
pub fn generate_key() -> (String, String) {
    let bytes: [u8; 32] = rand::random();
    let key = format!("{KEY_PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes));
    let hash = sha256_hash(&key);
    (key, hash)
}
