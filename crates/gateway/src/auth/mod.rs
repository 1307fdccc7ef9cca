//! Inbound authentication for the MCP endpoint (MCP 2025-11-25 authorization).
//!
//! * `Authorization: Bearer <jwt>`: validated against the issuer's JWK set (fetched once at
//!   start, refreshed in the background when older than [`JwtSettings::refresh`], refetched at
//!   most once per 10 s for an unknown `kid`), then checked for audience (RFC 8707) and scopes.
//! * `Authorization: Bearer ghk_...` or `X-API-Key: ghk_...`: a configured API key.
//! * Nothing: the anonymous principal when [`AuthSettings::anonymous`] is set, else a 401
//!   challenge pointing at the protected resource metadata (RFC 9728), served by
//!   [`metadata_response`] on the routes `http.rs` mounts.
//!
//! Credentials are never logged, echoed or forwarded.

mod challenge;
mod jwks;
mod metadata;
#[cfg(test)]
mod tests;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::extract::{Request, State};
use axum::http::{HeaderMap, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use policy::{
    ApiKeyConfig, ApiKeys, AuthError, ClaimMapping, Claims, JwtConfig, KEY_PREFIX, PolicyError,
    Principal, TokenCache,
};

pub use challenge::{AuthFailure, METADATA_PATH};
pub use metadata::metadata_response;

use challenge::{ResourceUrl, metadata_url, origin};
use jwks::KeyStore;

/// Agent name of the principal given to requests without credentials.
pub const ANONYMOUS_AGENT: &str = "anonymous";
/// Header carrying an API key as an alternative to `Authorization: Bearer`.
pub const API_KEY_HEADER: &str = "x-api-key";
/// Default JWKS refresh interval.
pub const DEFAULT_JWKS_REFRESH: Duration = Duration::from_secs(300);
/// How many validated tokens are cached.
const TOKEN_CACHE_CAPACITY: usize = 10_000;
/// Longest time a validated token is served from the cache.
const TOKEN_CACHE_TTL_SECONDS: u64 = 300;

/// Authentication settings.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AuthSettings {
    /// This gateway's canonical resource URL (RFC 8707), e.g. `https://gw.example.com/mcp`.
    /// Tokens are accepted when their `aud` holds it, one of the JWT audiences, or the
    /// per-path resource of a path under it (`https://gw.example.com/mcp/github` at
    /// `/mcp/github`); on the legacy SSE routes (`/sse...`, `/messages`), the `<origin>/sse...`
    /// resources their metadata advertises. Also the origin used in challenges and metadata.
    pub resource: Option<String>,
    /// Authorization servers advertised in the metadata document.
    pub authorization_servers: Vec<String>,
    /// Scopes advertised in the metadata document.
    pub scopes_supported: Vec<String>,
    /// Scopes a token must all carry (`scope` string or `scp` array); otherwise 403.
    pub required_scopes: Vec<String>,
    /// Bearer JWT validation; `None` refuses JWTs.
    pub jwt: Option<JwtSettings>,
    /// Accepted API keys (by hash).
    pub api_keys: Vec<ApiKeyConfig>,
    /// Let requests without credentials through as agent [`ANONYMOUS_AGENT`].
    pub anonymous: bool,
}

/// JWT validation settings.
#[derive(Debug, Clone, PartialEq)]
pub struct JwtSettings {
    /// Issuer, audiences, algorithms, leeway and required claims.
    pub config: JwtConfig,
    /// Claims -> principal.
    pub mapping: ClaimMapping,
    /// Where the signing keys come from.
    pub jwks: JwksSource,
    /// Refresh the key set when it is older than this.
    pub refresh: Duration,
}

impl JwtSettings {
    /// Settings with the default claim mapping and refresh interval.
    pub fn new(config: JwtConfig, jwks: JwksSource) -> Self {
        Self {
            config,
            mapping: ClaimMapping::default(),
            jwks,
            refresh: DEFAULT_JWKS_REFRESH,
        }
    }
}

/// Where the JWK set is loaded from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JwksSource {
    /// An HTTP(S) URL serving the JWK set.
    Url(String),
    /// A local JSON file holding the JWK set.
    File(PathBuf),
    /// `<issuer>/.well-known/openid-configuration`, then its `jwks_uri`.
    Discover,
}

/// Why an [`Authenticator`] could not be built.
#[derive(Debug, thiserror::Error)]
pub enum AuthSetupError {
    /// The settings are inconsistent.
    #[error("invalid authentication settings: {0}")]
    Invalid(String),
    /// The JWT configuration or an API key hash was rejected.
    #[error(transparent)]
    Policy(#[from] PolicyError),
    /// Discovery or the JWK set could not be fetched or parsed.
    #[error("cannot load JWKS from {url}: {reason}")]
    Fetch {
        /// URL or file path.
        url: String,
        /// What went wrong.
        reason: String,
    },
}

/// Authenticates requests. `Send + Sync`; share it in an `Arc`.
#[derive(Debug)]
pub struct Authenticator {
    settings: AuthSettings,
    resource: Option<ResourceUrl>,
    /// Accepted audiences (normalised); empty: `aud` is not checked.
    audiences: Vec<String>,
    keys: Option<Arc<KeyStore>>,
    cache: TokenCache,
    api_keys: ApiKeys,
    anonymous: Arc<Principal>,
}

enum Credential<'a> {
    Bearer(&'a str),
    ApiKey(&'a str),
}

impl Authenticator {
    /// Validates the settings and loads the JWK set once (fails if it is unreachable or invalid).
    pub async fn new(settings: AuthSettings) -> Result<Authenticator, AuthSetupError> {
        let resource = settings
            .resource
            .as_deref()
            .map(ResourceUrl::parse)
            .transpose()
            .map_err(AuthSetupError::Invalid)?;
        let api_keys = ApiKeys::new(&settings.api_keys)?;
        let mut audiences = Vec::new();
        let keys = match &settings.jwt {
            Some(jwt) => {
                audiences.extend(jwt.config.audiences.iter().map(|a| normalize(a)));
                // Audiences are checked here (they depend on the request path), not by the validator.
                let config = JwtConfig {
                    audiences: Vec::new(),
                    ..jwt.config.clone()
                };
                Some(Arc::new(
                    KeyStore::load(config, &jwt.jwks, jwt.refresh).await?,
                ))
            }
            None => None,
        };
        if let Some(r) = &resource {
            audiences.push(r.full.clone());
        }
        if keys.is_some() && audiences.is_empty() {
            tracing::warn!("JWT audiences are not checked: set the resource URL or jwt audiences");
        }
        Ok(Self {
            settings,
            resource,
            audiences,
            keys,
            cache: TokenCache::new(TOKEN_CACHE_CAPACITY, TOKEN_CACHE_TTL_SECONDS),
            api_keys,
            anonymous: Arc::new(Principal::agent(ANONYMOUS_AGENT)),
        })
    }

    /// The settings this authenticator was built from.
    pub fn settings(&self) -> &AuthSettings {
        &self.settings
    }

    /// Authenticates one request to `path` (e.g. `/mcp`) from its headers. Without credentials,
    /// returns the anonymous principal when anonymous access is enabled. Refusals are logged
    /// at `info` and carry the challenge for `path`.
    pub async fn authenticate(
        &self,
        headers: &HeaderMap,
        path: &str,
    ) -> Result<Arc<Principal>, AuthFailure> {
        let result = self.check(headers, path).await;
        match &result {
            Ok(p) => tracing::debug!(agent = %p.agent, path, "request authenticated"),
            Err(failure) => failure.log(path),
        }
        result
    }

    /// The 401 challenge for a request to `path` that sent no credentials.
    pub fn challenge_for(&self, headers: &HeaderMap, path: &str) -> AuthFailure {
        AuthFailure::missing(self.metadata_url(headers, path), self.scope_hint())
    }

    async fn check(&self, headers: &HeaderMap, path: &str) -> Result<Arc<Principal>, AuthFailure> {
        let invalid = |reason: &str| AuthFailure::invalid(reason, self.metadata_url(headers, path));
        match credential(headers).map_err(invalid)? {
            None if self.settings.anonymous => Ok(Arc::clone(&self.anonymous)),
            None => Err(self.challenge_for(headers, path)),
            Some(Credential::ApiKey(key)) => self.api_key(key).map_err(invalid),
            Some(Credential::Bearer(token)) if token.starts_with(KEY_PREFIX) => {
                self.api_key(token).map_err(invalid)
            }
            Some(Credential::Bearer(token)) => self.jwt(token, headers, path).await,
        }
    }

    fn api_key(&self, key: &str) -> Result<Arc<Principal>, &'static str> {
        self.api_keys
            .verify(key)
            .map(|p| Arc::new(p.clone()))
            .ok_or("unknown API key")
    }

    async fn jwt(
        &self,
        token: &str,
        headers: &HeaderMap,
        path: &str,
    ) -> Result<Arc<Principal>, AuthFailure> {
        let url = || self.metadata_url(headers, path);
        let (Some(keys), Some(jwt)) = (&self.keys, &self.settings.jwt) else {
            return Err(AuthFailure::invalid("bearer JWTs are not accepted", url()));
        };
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let claims = keys
            .validate(&self.cache, token, now)
            .await
            .map_err(|e| AuthFailure::invalid(describe(&e), url()))?;
        self.check_audience(&claims, path)
            .map_err(|e| AuthFailure::invalid(describe(&e), url()))?;
        if let Some(missing) = self.missing_scopes(&claims) {
            tracing::debug!(missing = %missing, "token lacks required scopes");
            let scope = self.settings.required_scopes.join(" ");
            return Err(AuthFailure::insufficient_scope(scope, url()));
        }
        let principal = jwt
            .mapping
            .map(&claims)
            .map_err(|e| AuthFailure::invalid(describe(&e), url()))?;
        Ok(Arc::new(principal))
    }

    /// `aud` must hold an accepted audience or the per-path resource of `path`.
    fn check_audience(&self, claims: &Claims, path: &str) -> Result<(), AuthError> {
        if self.audiences.is_empty() {
            return Ok(());
        }
        let per_path = self.resource.as_ref().and_then(|r| {
            let path = path.trim_end_matches('/');
            let under = path == r.path
                || path
                    .strip_prefix(r.path.as_str())
                    .is_some_and(|rest| rest.starts_with('/'));
            under.then(|| format!("{}{path}", r.origin))
        });
        // The legacy HTTP+SSE routes advertise `<origin>/sse...` as their resources: on
        // `/sse/{server}` a token for `<origin>/sse` (every server, as `/mcp`'s resource) or
        // for that route; on `/messages`, which names a session rather than a route, a token
        // for any of them (the session is its opener's, who needed one for its route).
        let legacy_audience = |aud: &str| {
            let Some(r) = self.resource.as_ref() else {
                return false;
            };
            let Some(rest) = aud.strip_prefix(r.origin.as_str()) else {
                return false;
            };
            let under = |root: &str, p: &str| p == root || p.starts_with(&format!("{root}/"));
            if under("/messages", path) {
                return under("/sse", rest);
            }
            under("/sse", path) && (rest == "/sse" || rest == path)
        };
        let accepted = |aud: &str| {
            let aud = normalize(aud);
            self.audiences.contains(&aud)
                || per_path.as_ref() == Some(&aud)
                || legacy_audience(&aud)
        };
        let ok = match claims.get("aud") {
            Some(serde_json::Value::String(a)) => accepted(a),
            Some(serde_json::Value::Array(items)) => {
                items.iter().filter_map(|v| v.as_str()).any(accepted)
            }
            _ => false,
        };
        if ok {
            Ok(())
        } else {
            Err(AuthError::WrongAudience)
        }
    }

    /// The required scopes the token lacks, space-separated; `None` when it has them all.
    fn missing_scopes(&self, claims: &Claims) -> Option<String> {
        let mut granted: Vec<&str> = Vec::new();
        if let Some(scope) = claims.get_str("scope") {
            granted.extend(scope.split_whitespace());
        }
        match claims.get("scp") {
            Some(serde_json::Value::String(s)) => granted.extend(s.split_whitespace()),
            Some(serde_json::Value::Array(items)) => {
                granted.extend(items.iter().filter_map(|v| v.as_str()))
            }
            _ => {}
        }
        let missing: Vec<&str> = self
            .settings
            .required_scopes
            .iter()
            .map(String::as_str)
            .filter(|s| !granted.contains(s))
            .collect();
        (!missing.is_empty()).then(|| missing.join(" "))
    }

    fn metadata_url(&self, headers: &HeaderMap, path: &str) -> Option<String> {
        origin(self.resource.as_ref(), headers).map(|o| metadata_url(&o, path))
    }

    fn scope_hint(&self) -> Option<String> {
        let scopes = &self.settings.required_scopes;
        (!scopes.is_empty()).then(|| scopes.join(" "))
    }
}

/// Axum middleware: authenticates every request (challenge on failure) and stores the
/// `Arc<Principal>` in the request extensions. Use with
/// `axum::middleware::from_fn_with_state(auth, auth::require_auth)`.
pub async fn require_auth(
    State(auth): State<Arc<Authenticator>>,
    mut request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path().to_string();
    match auth.authenticate(request.headers(), &path).await {
        Ok(principal) => {
            request.extensions_mut().insert(principal);
            next.run(request).await
        }
        Err(failure) => failure.into_response(),
    }
}

/// The credential in the request, if any. `Err` for a malformed or ambiguous one.
fn credential(headers: &HeaderMap) -> Result<Option<Credential<'_>>, &'static str> {
    let mut auth = headers.get_all(header::AUTHORIZATION).iter();
    let bearer = match (auth.next(), auth.next()) {
        (None, _) => None,
        (Some(_), Some(_)) => return Err("more than one Authorization header"),
        (Some(value), None) => {
            let value = value
                .to_str()
                .map_err(|_| "Authorization header is not ASCII")?;
            let (scheme, token) = value.trim().split_once(' ').unwrap_or((value.trim(), ""));
            if !scheme.eq_ignore_ascii_case("bearer") {
                return Err("unsupported authorization scheme (use Bearer)");
            }
            let token = token.trim();
            if token.is_empty() {
                return Err("empty bearer token");
            }
            Some(token)
        }
    };
    let mut keys = headers.get_all(API_KEY_HEADER).iter();
    let api_key = match (keys.next(), keys.next()) {
        (None, _) => None,
        (Some(_), Some(_)) => return Err("more than one X-API-Key header"),
        (Some(v), None) => Some(v.to_str().map_err(|_| "X-API-Key is not ASCII")?.trim()),
    };
    match (bearer, api_key) {
        (Some(b), Some(k)) if b != k => Err("send either Authorization or X-API-Key, not both"),
        (Some(b), _) => Ok(Some(Credential::Bearer(b))),
        (None, Some("")) => Err("empty X-API-Key"),
        (None, Some(k)) => Ok(Some(Credential::ApiKey(k))),
        (None, None) => Ok(None),
    }
}

/// A client-facing description of a validation failure.
fn describe(error: &AuthError) -> String {
    match error {
        AuthError::UnknownKid(kid) if kid.is_empty() => "no key matches the token".into(),
        other => other.to_string(),
    }
}

/// Audience comparison form: URLs with lowercase scheme and host and no trailing slash.
fn normalize(aud: &str) -> String {
    ResourceUrl::parse(aud).map_or_else(|_| aud.to_string(), |r| r.full)
}
