//! OAuth 2.0 client credentials for an HTTP upstream (RFC 6749 §4.4): the gateway holds a
//! client id and secret, gets access tokens from the authorization server's token endpoint,
//! sends them as `Authorization: Bearer` and gets a new one before the old expires, or at once
//! when the server rejects it (401). The agent never sees a token or the secret.
//!
//! Written here rather than with the `oauth2` crate: the grant is one form POST and one JSON
//! answer, and that crate's HTTP client integration targets an older reqwest than ours.

use std::time::{Duration, Instant};

use http::HeaderValue;
use serde::Deserialize;
use tokio::sync::Mutex;

use crate::TransportError;

/// A token is replaced this long before it expires.
const EARLY: Duration = Duration::from_secs(30);
/// The lifetime assumed when the token endpoint gives none (`expires_in` is optional).
const DEFAULT_LIFETIME: Duration = Duration::from_secs(300);
/// How much of the token endpoint's error body is quoted.
const ERROR_KEPT: usize = 200;
/// How long one token request may take (every call to the server waits for it).
const FETCH_TIMEOUT: Duration = Duration::from_secs(10);

/// How the gateway gets tokens for one server.
#[derive(Clone)]
pub struct OAuthSpec {
    /// The authorization server's token endpoint.
    pub token_url: String,
    /// The gateway's client id there.
    pub client_id: String,
    /// Its client secret (sent with HTTP Basic, `client_secret_basic`).
    pub client_secret: String,
    /// Scopes to ask for (none: the server's default).
    pub scopes: Vec<String>,
    /// The RFC 8707 `resource` the token is for (MCP servers check the audience).
    pub resource: Option<String>,
}

impl std::fmt::Debug for OAuthSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OAuthSpec")
            .field("token_url", &self.token_url)
            .field("client_id", &self.client_id)
            .field("client_secret", &"<redacted>")
            .field("scopes", &self.scopes)
            .field("resource", &self.resource)
            .finish()
    }
}

/// A cached access token, as the header value it is sent in.
struct Token {
    header: HeaderValue,
    renew_at: Instant,
}

/// The tokens of one connection: fetched on first use, one fetch at a time.
pub(crate) struct TokenSource {
    spec: OAuthSpec,
    server: String,
    http: reqwest::Client,
    current: Mutex<Option<Token>>,
}

/// The token endpoint's answer (RFC 6749 §5.1).
#[derive(Deserialize)]
struct TokenResponse {
    access_token: String,
    token_type: String,
    #[serde(default)]
    expires_in: Option<u64>,
}

impl TokenSource {
    /// A source for `server`'s tokens, fetched with `http`.
    pub(crate) fn new(spec: OAuthSpec, server: &str, http: reqwest::Client) -> Self {
        TokenSource {
            spec,
            server: server.to_owned(),
            http,
            current: Mutex::new(None),
        }
    }

    /// The `Authorization` header to send: the cached token, or a new one when there is none
    /// or it is about to expire.
    pub(crate) async fn header(&self) -> Result<HeaderValue, TransportError> {
        let mut current = self.current.lock().await;
        if let Some(token) = current.as_ref().filter(|t| Instant::now() < t.renew_at) {
            return Ok(token.header.clone());
        }
        let token = self.fetch().await?;
        let header = token.header.clone();
        *current = Some(token);
        Ok(header)
    }

    /// The server refused `sent`: forget it (unless another request already replaced it), so
    /// that the next [`TokenSource::header`] fetches a new one.
    pub(crate) async fn rejected(&self, sent: &HeaderValue) {
        let mut current = self.current.lock().await;
        if current.as_ref().is_some_and(|t| t.header == sent) {
            *current = None;
        }
    }

    async fn fetch(&self) -> Result<Token, TransportError> {
        let body = {
            let mut form = form_urlencoded::Serializer::new(String::new());
            form.append_pair("grant_type", "client_credentials");
            if !self.spec.scopes.is_empty() {
                form.append_pair("scope", &self.spec.scopes.join(" "));
            }
            if let Some(resource) = &self.spec.resource {
                form.append_pair("resource", resource);
            }
            form.finish()
        };
        // RFC 6749 §2.3.1: the id and secret are form-encoded before Basic encodes them.
        let encode = |s: &str| form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
        let response = self
            .http
            .post(&self.spec.token_url)
            .basic_auth(
                encode(&self.spec.client_id),
                Some(encode(&self.spec.client_secret)),
            )
            .header(
                http::header::CONTENT_TYPE,
                "application/x-www-form-urlencoded",
            )
            .header(http::header::ACCEPT, "application/json")
            .timeout(FETCH_TIMEOUT)
            .body(body)
            .send()
            .await
            .map_err(|e| self.failed(super::client::describe_reqwest(e)))?;
        let status = response.status();
        let body = response
            .bytes()
            .await
            .map_err(|e| self.failed(super::client::describe_reqwest(e)))?;
        if !status.is_success() {
            return Err(self.failed(format!(
                "the token endpoint answered {status}: {}",
                error_of(&body)
            )));
        }
        let answer: TokenResponse = serde_json::from_slice(&body)
            .map_err(|e| self.failed(format!("the token endpoint's answer is not a token: {e}")))?;
        if !answer.token_type.eq_ignore_ascii_case("bearer") {
            let kind = &answer.token_type;
            return Err(self.failed(format!("token type {kind:?} is not Bearer")));
        }
        let header = HeaderValue::from_str(&format!("Bearer {}", answer.access_token))
            .map_err(|_| self.failed("the access token is not a valid header value".into()))?;
        let lifetime = answer
            .expires_in
            .map_or(DEFAULT_LIFETIME, Duration::from_secs);
        tracing::debug!(server = %self.server, lifetime = ?lifetime, "upstream access token obtained");
        Ok(Token {
            header: sensitive(header),
            renew_at: Instant::now() + lifetime.saturating_sub(EARLY.min(lifetime / 2)),
        })
    }

    fn failed(&self, why: String) -> TransportError {
        tracing::warn!(server = %self.server, error = %why, "cannot get an access token for the server");
        TransportError::Http(format!("cannot get an access token: {why}"))
    }
}

/// A header value marked sensitive (kept out of debug output).
fn sensitive(mut value: HeaderValue) -> HeaderValue {
    value.set_sensitive(true);
    value
}

/// The OAuth `error` (and `error_description`) of a token endpoint's error body, else the
/// start of the body.
fn error_of(body: &[u8]) -> String {
    #[derive(Deserialize)]
    struct OAuthError {
        error: String,
        #[serde(default)]
        error_description: Option<String>,
    }
    match serde_json::from_slice::<OAuthError>(body) {
        Ok(e) => match e.error_description {
            Some(d) => format!("{} ({d})", e.error),
            None => e.error,
        },
        Err(_) => String::from_utf8_lossy(&body[..body.len().min(ERROR_KEPT)]).into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn oauth_errors_are_read_from_the_body() {
        let body = br#"{"error":"invalid_client","error_description":"unknown client"}"#;
        assert_eq!(error_of(body), "invalid_client (unknown client)");
        assert_eq!(error_of(b"<html>nope</html>"), "<html>nope</html>");
    }

    #[test]
    fn the_secret_is_not_in_debug_output() {
        let spec = OAuthSpec {
            token_url: "https://as/token".into(),
            client_id: "gw".into(),
            client_secret: "s3cret-value".into(),
            scopes: vec![],
            resource: None,
        };
        assert!(!format!("{spec:?}").contains("s3cret"));
    }
}
