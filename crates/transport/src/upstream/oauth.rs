//! OAuth 2.0 client credentials for an HTTP upstream (RFC 6749 §4.4): the gateway holds a
//! client id and secret, gets access tokens from the authorization server's token endpoint,
//! sends them as `Authorization: Bearer` and gets a new one before the old expires, or at once
//! when the server rejects it (401). The agent never sees a token or the secret.
//!
//! Written here rather than with the `oauth2` crate: the grant is one form POST and one JSON
//! answer, and that crate's HTTP client integration targets an older reqwest than ours.

use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::FutureExt;
use futures::future::{BoxFuture, Shared};
use http::HeaderValue;
use serde::Deserialize;

use crate::TransportError;

/// A token is replaced this long before it expires.
const EARLY: Duration = Duration::from_secs(30);
/// The lifetime assumed when the token endpoint gives none (`expires_in` is optional).
const DEFAULT_LIFETIME: Duration = Duration::from_secs(300);
/// How much of the token endpoint's error body is quoted.
const ERROR_KEPT: usize = 200;
/// How long one token request may take (every call to the server waits for it).
const FETCH_TIMEOUT: Duration = Duration::from_secs(10);
/// The longest lifetime taken from `expires_in` (a week; larger values are clamped).
const MAX_LIFETIME_SECS: u64 = 7 * 24 * 60 * 60;
/// The largest token endpoint answer read.
const MAX_ANSWER: usize = 64 * 1024;

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

/// What is wrong with `url` as a token endpoint, if anything: it must be `https://`, or
/// `http://` to this machine only (the client secret travels in the request), and carry no
/// credentials of its own (`http://127.0.0.1@elsewhere/` is not this machine).
pub fn token_url_problem(url: &str) -> Option<&'static str> {
    let Ok(parsed) = reqwest::Url::parse(url) else {
        return Some("not a URL");
    };
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Some("a URL without user or password in it");
    }
    let host = parsed.host_str().unwrap_or("");
    let loopback = host == "localhost"
        || host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback());
    match parsed.scheme() {
        "https" if !host.is_empty() => None,
        "http" if loopback => None,
        _ => {
            Some("an https:// URL (http:// only to this machine: the client secret travels in it)")
        }
    }
}

/// A cached access token, as the header value it is sent in.
#[derive(Clone)]
struct Token {
    header: HeaderValue,
    renew_at: Instant,
}

/// One token request, shared by every call that waits for it: a call that gives up (its own
/// timeout) does not cancel it for the others, and they do not each ask again.
type Fetch = Shared<BoxFuture<'static, Result<Token, String>>>;

/// The tokens of one connection: fetched on first use, one fetch at a time.
pub(crate) struct TokenSource {
    fetcher: Arc<Fetcher>,
    state: std::sync::Mutex<State>,
}

#[derive(Default)]
struct State {
    token: Option<Token>,
    pending: Option<Fetch>,
}

/// What a token request needs.
struct Fetcher {
    spec: OAuthSpec,
    server: String,
    http: reqwest::Client,
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
        let fetcher = Fetcher {
            spec,
            server: server.to_owned(),
            http,
        };
        TokenSource {
            fetcher: Arc::new(fetcher),
            state: std::sync::Mutex::default(),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The `Authorization` header to send: the cached token, or a new one when there is none
    /// or it is about to expire.
    pub(crate) async fn header(&self) -> Result<HeaderValue, TransportError> {
        let fetch = {
            let mut state = self.lock();
            if let Some(token) = state.token.as_ref().filter(|t| Instant::now() < t.renew_at) {
                return Ok(token.header.clone());
            }
            let fetcher = Arc::clone(&self.fetcher);
            let started = || async move { fetcher.fetch().await }.boxed().shared();
            state.pending.get_or_insert_with(started).clone()
        };
        let result = fetch.clone().await;
        let mut state = self.lock();
        if state.pending.as_ref().is_some_and(|p| p.ptr_eq(&fetch)) {
            state.pending = None;
            if let Ok(token) = &result {
                state.token = Some(token.clone());
            }
        }
        result
            .map(|token| token.header)
            .map_err(|why| TransportError::Http(format!("cannot get an access token: {why}")))
    }

    /// The server refused `sent`: forget it (unless another request already replaced it), so
    /// that the next [`TokenSource::header`] fetches a new one.
    pub(crate) fn rejected(&self, sent: &HeaderValue) {
        let mut state = self.lock();
        if state.token.as_ref().is_some_and(|t| t.header == sent) {
            state.token = None;
        }
    }
}

impl Fetcher {
    async fn fetch(&self) -> Result<Token, String> {
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
        let body = read_capped(response)
            .await
            .map_err(|why| self.failed(why))?;
        if !status.is_success() {
            let why = format!("the token endpoint answered {status}{}", error_of(&body));
            return Err(self.failed(why));
        }
        let answer: TokenResponse = serde_json::from_slice(&body)
            .map_err(|e| self.failed(format!("the token endpoint's answer is not a token: {e}")))?;
        if !answer.token_type.eq_ignore_ascii_case("bearer") {
            let kind = &answer.token_type;
            return Err(self.failed(format!("token type {kind:?} is not Bearer")));
        }
        let header = HeaderValue::from_str(&format!("Bearer {}", answer.access_token))
            .map_err(|_| self.failed("the access token is not a valid header value".into()))?;
        let lifetime = (answer.expires_in).map_or(DEFAULT_LIFETIME, |s| {
            Duration::from_secs(s.min(MAX_LIFETIME_SECS))
        });
        tracing::debug!(server = %self.server, lifetime = ?lifetime, "upstream access token obtained");
        Ok(Token {
            header: sensitive(header),
            renew_at: Instant::now() + lifetime.saturating_sub(EARLY.min(lifetime / 2)),
        })
    }

    /// Log why no token came, and the message for it (the secret scrubbed, should the
    /// endpoint have echoed it).
    fn failed(&self, why: String) -> String {
        let why = why.replace(&self.spec.client_secret, "[redacted]");
        tracing::warn!(server = %self.server, error = %why, "cannot get an access token for the server");
        why
    }
}

/// The body of the token endpoint's answer, refused past [`MAX_ANSWER`] bytes.
async fn read_capped(mut response: reqwest::Response) -> Result<Vec<u8>, String> {
    let mut body = Vec::new();
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(super::client::describe_reqwest)?
    {
        if body.len() + chunk.len() > MAX_ANSWER {
            return Err(format!(
                "the token endpoint's answer is over {MAX_ANSWER} bytes"
            ));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// A header value marked sensitive (kept out of debug output).
fn sensitive(mut value: HeaderValue) -> HeaderValue {
    value.set_sensitive(true);
    value
}

/// `: error (description)` for an OAuth error body (RFC 6749 §5.2); nothing else of the body
/// is quoted (an endpoint may echo the request, its credentials included).
fn error_of(body: &[u8]) -> String {
    #[derive(Deserialize)]
    struct OAuthError {
        error: String,
        #[serde(default)]
        error_description: Option<String>,
    }
    let Ok(e) = serde_json::from_slice::<OAuthError>(body) else {
        return String::new();
    };
    let text = |s: &str| s.chars().take(ERROR_KEPT).collect::<String>();
    match e.error_description {
        Some(d) => format!(": {} ({})", text(&e.error), text(&d)),
        None => format!(": {}", text(&e.error)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_url_off_this_machine_must_be_https() {
        for fine in [
            "https://as.example/token",
            "http://127.0.0.1:8080/token",
            "http://localhost/token",
            "http://[::1]/token",
        ] {
            assert_eq!(token_url_problem(fine), None, "{fine}");
        }
        for bad in [
            "http://as.example/token",
            "http://127.0.0.1@evil.example.com/token",
            "http://localhost.evil.example.com/token",
            "http://127.0.0.1.evil.example.com/token",
            "https://user:pw@as.example/token",
            "ftp://as.example/token",
            "token",
        ] {
            assert!(token_url_problem(bad).is_some(), "{bad}");
        }
    }

    #[test]
    fn oauth_errors_are_read_from_the_body() {
        let body = br#"{"error":"invalid_client","error_description":"unknown client"}"#;
        assert_eq!(error_of(body), ": invalid_client (unknown client)");
        assert_eq!(
            error_of(b"<html>Authorization: Basic Z3c6czNjcmV0</html>"),
            ""
        );
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
