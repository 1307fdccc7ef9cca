//! The JWK set behind JWT validation: fetched at start, refreshed in the background when older
//! than the configured TTL, and refetched (rate-limited) when a token names an unknown `kid`.
//! Validation itself never waits on the identity provider except for that one refetch.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError, RwLock};
use std::time::{Duration, Instant};

use policy::{AuthError, Claims, JwkSet, JwtConfig, JwtValidator, TokenCache};

use super::{AuthSetupError, JwksSource};

/// At most one refetch per this interval for tokens with an unknown `kid`.
pub(super) const UNKNOWN_KID_INTERVAL: Duration = Duration::from_secs(10);
/// HTTP timeout for discovery and JWKS fetches.
const FETCH_TIMEOUT: Duration = Duration::from_secs(5);
/// Retry delay after a failed background refresh (capped by the TTL).
const RETRY_AFTER_FAILURE: Duration = Duration::from_secs(10);
/// Largest accepted discovery or JWKS document.
const MAX_DOCUMENT: usize = 1 << 20;

/// Where the keys come from, after discovery.
#[derive(Debug, Clone)]
enum Location {
    Url(String),
    File(PathBuf),
}

#[derive(Debug)]
struct RefreshState {
    next_refresh: Instant,
    refreshing: bool,
    last_kid_refetch: Option<Instant>,
}

/// The current validator plus everything needed to replace it.
#[derive(Debug)]
pub(super) struct KeyStore {
    config: JwtConfig,
    location: Location,
    client: reqwest::Client,
    ttl: Duration,
    current: RwLock<Arc<JwtValidator>>,
    state: Mutex<RefreshState>,
    /// Serialises fetches so concurrent unknown-kid requests share one.
    fetching: tokio::sync::Mutex<()>,
}

impl KeyStore {
    /// Resolves the source (discovery for [`JwksSource::Discover`]) and loads the keys once.
    pub(super) async fn load(
        config: JwtConfig,
        source: &JwksSource,
        ttl: Duration,
    ) -> Result<Self, AuthSetupError> {
        transport::ensure_crypto_provider();
        let client = reqwest::Client::builder()
            .timeout(FETCH_TIMEOUT)
            .build()
            .map_err(|e| AuthSetupError::Fetch {
                url: String::new(),
                reason: format!("cannot build HTTP client: {e}"),
            })?;
        let location = match source {
            JwksSource::Url(url) => Location::Url(url.clone()),
            JwksSource::File(path) => Location::File(path.clone()),
            JwksSource::Discover => Location::Url(discover(&client, &config.issuer).await?),
        };
        let keys = fetch(&client, &location).await?;
        if keys.keys.is_empty() {
            return Err(AuthSetupError::Invalid(format!(
                "the JWK set from {location:?} has no keys"
            )));
        }
        let validator = JwtValidator::new(config.clone(), &keys)?;
        Ok(Self {
            config,
            location,
            client,
            ttl,
            current: RwLock::new(Arc::new(validator)),
            state: Mutex::new(RefreshState {
                next_refresh: Instant::now() + ttl,
                refreshing: false,
                last_kid_refetch: None,
            }),
            fetching: tokio::sync::Mutex::new(()),
        })
    }

    fn current(&self) -> Arc<JwtValidator> {
        Arc::clone(&self.current.read().unwrap_or_else(PoisonError::into_inner))
    }

    /// Validates `token` (through `cache`), refetching the keys once for an unknown `kid`.
    pub(super) async fn validate(
        self: &Arc<Self>,
        cache: &TokenCache,
        token: &str,
        now: u64,
    ) -> Result<Arc<Claims>, AuthError> {
        self.refresh_if_stale();
        let validator = self.current();
        match cache.validate(&validator, token, now) {
            Err(AuthError::UnknownKid(kid)) => {
                if self.refetch_for_unknown_kid(&validator).await {
                    cache.validate(&self.current(), token, now)
                } else {
                    Err(AuthError::UnknownKid(kid))
                }
            }
            other => other,
        }
    }

    /// Starts a background refresh when the keys are older than the TTL (never blocks).
    fn refresh_if_stale(self: &Arc<Self>) {
        {
            let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
            if state.refreshing || Instant::now() < state.next_refresh {
                return;
            }
            state.refreshing = true;
        }
        let store = Arc::clone(self);
        tokio::spawn(async move {
            let _guard = store.fetching.lock().await;
            let ok = store.reload().await;
            let mut state = store.state.lock().unwrap_or_else(PoisonError::into_inner);
            state.refreshing = false;
            let delay = if ok {
                store.ttl
            } else {
                store.ttl.min(RETRY_AFTER_FAILURE)
            };
            state.next_refresh = Instant::now() + delay;
        });
    }

    /// Refetches the keys for an unknown `kid` unless that happened less than
    /// [`UNKNOWN_KID_INTERVAL`] ago. True when the keys changed since `seen` was current.
    async fn refetch_for_unknown_kid(&self, seen: &Arc<JwtValidator>) -> bool {
        let _guard = self.fetching.lock().await;
        if self.current().generation() != seen.generation() {
            return true;
        }
        {
            let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
            if state
                .last_kid_refetch
                .is_some_and(|t| t.elapsed() < UNKNOWN_KID_INTERVAL)
            {
                return false;
            }
            state.last_kid_refetch = Some(Instant::now());
        }
        let ok = self.reload().await;
        if ok {
            let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
            state.next_refresh = Instant::now() + self.ttl;
        }
        ok
    }

    /// Fetches the key set and swaps in a new validator; on failure keeps the old keys.
    async fn reload(&self) -> bool {
        let result = match fetch(&self.client, &self.location).await {
            Ok(keys) if keys.keys.is_empty() => Err("the JWK set has no keys".to_string()),
            Ok(keys) => JwtValidator::new(self.config.clone(), &keys).map_err(|e| e.to_string()),
            Err(e) => Err(e.to_string()),
        };
        match result {
            Ok(validator) => {
                *self.current.write().unwrap_or_else(PoisonError::into_inner) = Arc::new(validator);
                tracing::debug!(source = ?self.location, "JWKS refreshed");
                true
            }
            Err(reason) => {
                tracing::warn!(source = ?self.location, %reason, "JWKS refresh failed; keeping the previous keys");
                false
            }
        }
    }
}

/// OpenID Connect discovery: `<issuer>/.well-known/openid-configuration` -> `jwks_uri`.
async fn discover(client: &reqwest::Client, issuer: &str) -> Result<String, AuthSetupError> {
    let url = format!(
        "{}/.well-known/openid-configuration",
        issuer.trim_end_matches('/')
    );
    let body = get(client, &url).await?;
    let doc: serde_json::Value =
        serde_json::from_slice(&body).map_err(|e| AuthSetupError::Fetch {
            url: url.clone(),
            reason: format!("not JSON: {e}"),
        })?;
    if let Some(found) = doc.get("issuer").and_then(|v| v.as_str())
        && found != issuer
    {
        return Err(AuthSetupError::Fetch {
            url,
            reason: format!("issuer is {found:?}, expected {issuer:?}"),
        });
    }
    doc.get("jwks_uri")
        .and_then(|v| v.as_str())
        .map(str::to_string)
        .ok_or_else(|| AuthSetupError::Fetch {
            url,
            reason: "no jwks_uri".into(),
        })
}

async fn fetch(client: &reqwest::Client, location: &Location) -> Result<JwkSet, AuthSetupError> {
    let (body, from) = match location {
        Location::Url(url) => (get(client, url).await?, url.clone()),
        Location::File(path) => {
            let body = tokio::fs::read(path)
                .await
                .map_err(|e| AuthSetupError::Fetch {
                    url: path.display().to_string(),
                    reason: e.to_string(),
                })?;
            (body, path.display().to_string())
        }
    };
    serde_json::from_slice(&body).map_err(|e| AuthSetupError::Fetch {
        url: from,
        reason: format!("not a JWK set: {e}"),
    })
}

async fn get(client: &reqwest::Client, url: &str) -> Result<Vec<u8>, AuthSetupError> {
    let failed = |reason: String| AuthSetupError::Fetch {
        url: url.to_string(),
        reason,
    };
    let response = client
        .get(url)
        .header("accept", "application/json")
        .send()
        .await
        .map_err(|e| failed(e.to_string()))?;
    let status = response.status();
    if !status.is_success() {
        return Err(failed(format!("HTTP {status}")));
    }
    let body = response.bytes().await.map_err(|e| failed(e.to_string()))?;
    if body.len() > MAX_DOCUMENT {
        return Err(failed("document too large".into()));
    }
    Ok(body.to_vec())
}
