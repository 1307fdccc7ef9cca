//! A cache of successfully validated tokens.
//!
//! Signature verification dominates authentication cost (tens to hundreds
//! of µs for RS256/ES256 with the pure-Rust backend), while an MCP session
//! presents the same bearer token on every request. The cache maps the
//! SHA-256 of the whole token to its validated claims, so a repeat costs one
//! hash and one map probe. Only successes are cached. An entry is used while
//! `now < min(exp + leeway, first_seen + max_ttl)` and only with the
//! validator (configuration and key set) that produced it: replacing the key
//! set invalidates every entry, so a key rotated out stops being accepted.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use sha2::{Digest, Sha256};

use crate::claims::Claims;
use crate::error::AuthError;
use crate::jwt::JwtValidator;

struct Entry {
    claims: Arc<Claims>,
    valid_until: u64,
    generation: u64,
}

/// Bounded cache in front of [`JwtValidator::validate`]. Thread-safe.
pub struct TokenCache {
    map: Mutex<HashMap<[u8; 32], Entry>>,
    capacity: usize,
    max_ttl: u64,
}

impl std::fmt::Debug for TokenCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenCache")
            .field("len", &self.len())
            .field("capacity", &self.capacity)
            .field("max_ttl", &self.max_ttl)
            .finish()
    }
}

impl TokenCache {
    /// A cache holding at most `capacity` tokens, each for at most
    /// `max_ttl_seconds` after it was first validated.
    pub fn new(capacity: usize, max_ttl_seconds: u64) -> Self {
        Self {
            map: Mutex::new(HashMap::new()),
            capacity: capacity.max(1),
            max_ttl: max_ttl_seconds,
        }
    }

    /// Validates `token` at `now`, from the cache when possible.
    pub fn validate(
        &self,
        validator: &JwtValidator,
        token: &str,
        now: u64,
    ) -> Result<Arc<Claims>, AuthError> {
        let digest: [u8; 32] = Sha256::digest(token.as_bytes()).into();
        let generation = validator.generation();
        {
            let map = self.map.lock().unwrap_or_else(PoisonError::into_inner);
            if let Some(e) = map.get(&digest)
                && e.generation == generation
                && now < e.valid_until
            {
                return Ok(e.claims.clone());
            }
        }
        let claims = Arc::new(validator.validate(token, now)?);
        let exp_limit = claims
            .get("exp")
            .and_then(serde_json::Value::as_u64)
            .map_or(u64::MAX, |exp| {
                exp.saturating_add(validator.config().leeway_seconds)
            });
        let entry = Entry {
            claims: claims.clone(),
            valid_until: exp_limit.min(now.saturating_add(self.max_ttl)),
            generation,
        };
        let mut map = self.map.lock().unwrap_or_else(PoisonError::into_inner);
        if map.len() >= self.capacity {
            map.retain(|_, e| e.generation == generation && now < e.valid_until);
            if map.len() >= self.capacity {
                map.clear();
            }
        }
        map.insert(digest, entry);
        Ok(claims)
    }

    /// Drops every entry.
    pub fn clear(&self) {
        self.map
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clear();
    }

    /// Number of cached tokens.
    pub fn len(&self) -> usize {
        self.map
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .len()
    }

    /// True when nothing is cached.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
