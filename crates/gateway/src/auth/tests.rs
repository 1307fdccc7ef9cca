//! Authentication against a local JWKS server with real RS256 / ES256 tokens.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;
use jsonwebtoken::jwk::{Jwk, JwkSet};
use jsonwebtoken::{Algorithm, EncodingKey, Header, encode};
use policy::{ApiKeyConfig, JwtConfig};
use serde_json::{Value, json};

use super::*;

const RSA_PRIV: &[u8] = include_bytes!("../../../policy/tests/keys/rsa_private.pem");
const RSA_PRIV_2: &[u8] = include_bytes!("../../../policy/tests/keys/rsa_private_2.pem");
const EC_PRIV: &[u8] = include_bytes!("../../../policy/tests/keys/ec_private.pem");
const RESOURCE: &str = "https://gw.example.com/mcp";

struct Idp {
    jwks: Mutex<JwkSet>,
    fetches: AtomicUsize,
    issuer: Mutex<String>,
}

async fn jwks_doc(State(idp): State<Arc<Idp>>) -> axum::response::Response {
    idp.fetches.fetch_add(1, Ordering::SeqCst);
    let body = serde_json::to_string(&*idp.jwks.lock().unwrap()).unwrap();
    ([(header::CONTENT_TYPE, "application/json")], body).into_response()
}

async fn discovery(State(idp): State<Arc<Idp>>) -> axum::response::Response {
    let issuer = idp.issuer.lock().unwrap().clone();
    let body = json!({ "issuer": issuer, "jwks_uri": format!("{issuer}/keys") });
    (
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response()
}

/// A local identity provider serving `/keys` and `/.well-known/openid-configuration`.
async fn idp(keys: JwkSet) -> (Arc<Idp>, String) {
    let state = Arc::new(Idp {
        jwks: Mutex::new(keys),
        fetches: AtomicUsize::new(0),
        issuer: Mutex::new(String::new()),
    });
    let app = Router::new()
        .route("/keys", get(jwks_doc))
        .route("/.well-known/openid-configuration", get(discovery))
        .with_state(Arc::clone(&state));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    *state.issuer.lock().unwrap() = base.clone();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (state, base)
}

fn rsa_key() -> EncodingKey {
    EncodingKey::from_rsa_pem(RSA_PRIV).unwrap()
}

fn jwk(key: &EncodingKey, alg: Algorithm, kid: &str) -> Jwk {
    let mut jwk = Jwk::from_encoding_key(key, alg).unwrap();
    jwk.common.key_id = Some(kid.to_string());
    jwk
}

fn keyset(keys: Vec<Jwk>) -> JwkSet {
    JwkSet { keys }
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

fn claims(iss: &str) -> Value {
    json!({ "iss": iss, "aud": RESOURCE, "sub": "alice", "azp": "finance-bot",
            "exp": now() + 300, "iat": now(), "groups": ["staff"], "scope": "mcp:read mcp:tools" })
}

fn mint(alg: Algorithm, kid: &str, key: &EncodingKey, claims: &Value) -> String {
    let mut header = Header::new(alg);
    header.kid = Some(kid.to_string());
    encode(&header, claims, key).unwrap()
}

fn settings(jwks: JwksSource, iss: &str) -> AuthSettings {
    AuthSettings {
        resource: Some(RESOURCE.into()),
        authorization_servers: vec![iss.to_string()],
        scopes_supported: vec!["mcp:read".into(), "mcp:tools".into()],
        jwt: Some(JwtSettings::new(JwtConfig::new(iss), jwks)),
        ..AuthSettings::default()
    }
}

/// An IdP with one RSA key `rsa1` and an authenticator using its `/keys`.
async fn setup(tweak: impl FnOnce(&mut AuthSettings)) -> (Arc<Idp>, String, Authenticator) {
    let (idp, base) = idp(keyset(vec![jwk(&rsa_key(), Algorithm::RS256, "rsa1")])).await;
    let mut s = settings(JwksSource::Url(format!("{base}/keys")), &base);
    tweak(&mut s);
    let auth = Authenticator::new(s).await.unwrap();
    (idp, base, auth)
}

fn bearer(token: &str) -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert(header::HOST, HeaderValue::from_static("gw.example.com"));
    h.insert(
        header::AUTHORIZATION,
        HeaderValue::from_str(&format!("Bearer {token}")).unwrap(),
    );
    h
}

fn challenge(f: &AuthFailure) -> String {
    f.clone()
        .into_response()
        .headers()
        .get(header::WWW_AUTHENTICATE)
        .unwrap()
        .to_str()
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn valid_token_maps_principal_from_azp() {
    let (idp, base, auth) = setup(|_| {}).await;
    let token = mint(Algorithm::RS256, "rsa1", &rsa_key(), &claims(&base));
    let p = auth.authenticate(&bearer(&token), "/mcp").await.unwrap();
    assert_eq!(p.agent, "finance-bot");
    assert_eq!(p.user.as_deref(), Some("alice"));
    assert_eq!(p.roles, vec!["staff"]);
    // Cached: a second request validates without fetching.
    auth.authenticate(&bearer(&token), "/mcp").await.unwrap();
    assert_eq!(idp.fetches.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn es256_token_and_per_path_audience() {
    let ec = EncodingKey::from_ec_pem(EC_PRIV).unwrap();
    let (idp, base) = idp(keyset(vec![jwk(&ec, Algorithm::ES256, "ec1")])).await;
    let auth = Authenticator::new(settings(JwksSource::Url(format!("{base}/keys")), &base))
        .await
        .unwrap();
    let mut c = claims(&base);
    c["aud"] = json!(["other", "https://GW.example.com/mcp/github/"]);
    let token = mint(Algorithm::ES256, "ec1", &ec, &c);
    assert!(
        auth.authenticate(&bearer(&token), "/mcp/github")
            .await
            .is_ok()
    );
    // The per-path audience is only good for that path.
    let err = auth
        .authenticate(&bearer(&token), "/mcp")
        .await
        .unwrap_err();
    assert!(err.reason().contains("audience"), "{}", err.reason());
    assert_eq!(idp.fetches.load(Ordering::SeqCst), 1);
    // The legacy SSE routes advertise `<origin>/sse...` (their 401 points there): a token
    // for it is good on them and on `/messages`, which their streams name, and nowhere else.
    c["aud"] = json!("https://gw.example.com/sse");
    let legacy = mint(Algorithm::ES256, "ec1", &ec, &c);
    for path in ["/sse", "/sse/github", "/messages"] {
        let ok = auth.authenticate(&bearer(&legacy), path).await;
        assert!(ok.is_ok(), "{path}");
    }
    let err = auth
        .authenticate(&bearer(&legacy), "/mcp")
        .await
        .unwrap_err();
    assert!(err.reason().contains("audience"), "{}", err.reason());
    // A token for one server's legacy route is good there (and on /messages) only.
    c["aud"] = json!("https://gw.example.com/sse/github");
    let one = mint(Algorithm::ES256, "ec1", &ec, &c);
    for (path, good) in [
        ("/sse/github", true),
        ("/messages", true),
        ("/sse", false),
        ("/sse/jira", false),
    ] {
        let ok = auth.authenticate(&bearer(&one), path).await.is_ok();
        assert_eq!(ok, good, "{path}");
    }
}

#[tokio::test]
async fn expired_token_is_invalid_with_resource_metadata() {
    let (_idp, base, auth) = setup(|_| {}).await;
    let mut c = claims(&base);
    c["exp"] = json!(now() - 3600);
    let token = mint(Algorithm::RS256, "rsa1", &rsa_key(), &c);
    let err = auth
        .authenticate(&bearer(&token), "/mcp")
        .await
        .unwrap_err();
    assert_eq!(err.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(err.error_code(), Some("invalid_token"));
    let www = challenge(&err);
    assert!(
        www.starts_with(
            "Bearer resource_metadata=\"https://gw.example.com/.well-known/oauth-protected-resource/mcp\""
        ),
        "{www}"
    );
    assert!(www.contains("error=\"invalid_token\""), "{www}");
    assert!(www.contains("expired"), "{www}");
    assert!(!www.contains(&token));
    let body = body_json(err.into_response()).await;
    assert_eq!(body["jsonrpc"], "2.0");
    assert_eq!(body["id"], Value::Null);
    assert_eq!(body["error"]["code"], -32600);
    assert!(!body.to_string().contains(&token));
}

#[tokio::test]
async fn wrong_audience_and_bad_signature_are_refused() {
    let (_idp, base, auth) = setup(|_| {}).await;
    let mut c = claims(&base);
    c["aud"] = json!("https://other.example.com/mcp");
    let token = mint(Algorithm::RS256, "rsa1", &rsa_key(), &c);
    let err = auth
        .authenticate(&bearer(&token), "/mcp")
        .await
        .unwrap_err();
    assert_eq!(err.error_code(), Some("invalid_token"));
    assert!(err.reason().contains("audience"));
    let forged = EncodingKey::from_rsa_pem(RSA_PRIV_2).unwrap();
    let token = mint(Algorithm::RS256, "rsa1", &forged, &claims(&base));
    let err = auth
        .authenticate(&bearer(&token), "/mcp")
        .await
        .unwrap_err();
    assert!(err.reason().contains("signature"), "{}", err.reason());
}

#[tokio::test]
async fn unknown_kid_refetches_once_per_interval() {
    let (idp, base, auth) = setup(|_| {}).await;
    assert_eq!(idp.fetches.load(Ordering::SeqCst), 1);
    let token = mint(Algorithm::RS256, "bogus-1", &rsa_key(), &claims(&base));
    let err = auth
        .authenticate(&bearer(&token), "/mcp")
        .await
        .unwrap_err();
    assert_eq!(err.status(), StatusCode::UNAUTHORIZED);
    assert!(err.reason().contains("bogus-1"));
    assert_eq!(idp.fetches.load(Ordering::SeqCst), 2);
    // A flood of other bogus kids within the interval does not reach the IdP.
    for i in 2..20 {
        let kid = format!("bogus-{i}");
        let token = mint(Algorithm::RS256, &kid, &rsa_key(), &claims(&base));
        assert!(auth.authenticate(&bearer(&token), "/mcp").await.is_err());
    }
    assert_eq!(idp.fetches.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn rotated_key_is_accepted_after_one_refetch() {
    let (idp, base, auth) = setup(|_| {}).await;
    let new_key = EncodingKey::from_rsa_pem(RSA_PRIV_2).unwrap();
    *idp.jwks.lock().unwrap() = keyset(vec![jwk(&new_key, Algorithm::RS256, "rsa2")]);
    let token = mint(Algorithm::RS256, "rsa2", &new_key, &claims(&base));
    let p = auth.authenticate(&bearer(&token), "/mcp").await.unwrap();
    assert_eq!(p.agent, "finance-bot");
    assert_eq!(idp.fetches.load(Ordering::SeqCst), 2);
    // The old key is gone from the set: its tokens are now refused without another fetch.
    let old = mint(Algorithm::RS256, "rsa1", &rsa_key(), &claims(&base));
    assert!(auth.authenticate(&bearer(&old), "/mcp").await.is_err());
    assert_eq!(idp.fetches.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn stale_keys_are_refreshed_in_the_background() {
    let (idp, base, auth) = setup(|s| {
        if let Some(jwt) = &mut s.jwt {
            jwt.refresh = Duration::from_millis(50);
        }
    })
    .await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    let token = mint(Algorithm::RS256, "rsa1", &rsa_key(), &claims(&base));
    auth.authenticate(&bearer(&token), "/mcp").await.unwrap();
    for _ in 0..50 {
        if idp.fetches.load(Ordering::SeqCst) >= 2 {
            return;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("no background refresh");
}

#[tokio::test]
async fn missing_credentials_get_a_bare_challenge() {
    let (_idp, _base, auth) = setup(|s| s.required_scopes = vec!["mcp:tools".into()]).await;
    let mut h = HeaderMap::new();
    h.insert(header::HOST, HeaderValue::from_static("localhost:8080"));
    let err = auth.authenticate(&h, "/mcp").await.unwrap_err();
    assert_eq!(err.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(err.error_code(), None);
    let www = challenge(&err);
    assert!(!www.contains("error="), "{www}");
    // The configured resource wins over Host.
    assert_eq!(
        www,
        "Bearer resource_metadata=\"https://gw.example.com/.well-known/oauth-protected-resource/mcp\", scope=\"mcp:tools\""
    );
}

#[tokio::test]
async fn challenge_uses_host_and_forwarded_proto_without_resource() {
    let auth = Authenticator::new(AuthSettings::default()).await.unwrap();
    let mut h = HeaderMap::new();
    h.insert(header::HOST, HeaderValue::from_static("localhost:8080"));
    let err = auth.authenticate(&h, "/mcp/github").await.unwrap_err();
    assert_eq!(
        err.metadata_url(),
        Some("http://localhost:8080/.well-known/oauth-protected-resource/mcp/github")
    );
    h.insert("x-forwarded-proto", HeaderValue::from_static("https"));
    let err = auth.challenge_for(&h, "/mcp");
    assert_eq!(
        err.metadata_url(),
        Some("https://localhost:8080/.well-known/oauth-protected-resource/mcp")
    );
    h.insert(
        header::AUTHORIZATION,
        HeaderValue::from_static("Basic Zm9vOmJhcg=="),
    );
    let err = auth.authenticate(&h, "/mcp").await.unwrap_err();
    assert_eq!(err.error_code(), Some("invalid_token"));
    let err = auth
        .authenticate(&bearer("a.b.c"), "/mcp")
        .await
        .unwrap_err();
    assert!(err.reason().contains("not accepted"));
}

#[tokio::test]
async fn anonymous_access() {
    let auth = Authenticator::new(AuthSettings {
        anonymous: true,
        ..AuthSettings::default()
    })
    .await
    .unwrap();
    let p = auth.authenticate(&HeaderMap::new(), "/mcp").await.unwrap();
    assert_eq!(p.agent, ANONYMOUS_AGENT);
    // Credentials that are sent must still be valid.
    let err = auth
        .authenticate(&bearer("ghk_nope"), "/mcp")
        .await
        .unwrap_err();
    assert_eq!(err.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn api_keys() {
    let (key, hash) = policy::generate_key();
    let auth = Authenticator::new(AuthSettings {
        api_keys: vec![ApiKeyConfig {
            hash,
            agent: "ci-bot".into(),
            tenant: Some("acme".into()),
            user: None,
            roles: vec!["ci".into()],
            attributes: Default::default(),
        }],
        ..AuthSettings::default()
    })
    .await
    .unwrap();
    let p = auth.authenticate(&bearer(&key), "/mcp").await.unwrap();
    assert_eq!(p.agent, "ci-bot");
    let mut h = HeaderMap::new();
    h.insert(API_KEY_HEADER, HeaderValue::from_str(&key).unwrap());
    assert_eq!(auth.authenticate(&h, "/mcp").await.unwrap().agent, "ci-bot");
    let (other, _) = policy::generate_key();
    let err = auth
        .authenticate(&bearer(&other), "/mcp")
        .await
        .unwrap_err();
    assert_eq!(err.error_code(), Some("invalid_token"));
    assert!(!challenge(&err).contains(&other));
    // Two keys are ambiguous, as two Authorization headers are (the first one used to win).
    let mut two = HeaderMap::new();
    two.append(API_KEY_HEADER, HeaderValue::from_str(&key).unwrap());
    two.append(API_KEY_HEADER, HeaderValue::from_str(&other).unwrap());
    let err = auth.authenticate(&two, "/mcp").await.unwrap_err();
    assert!(
        err.reason().contains("more than one X-API-Key"),
        "{}",
        err.reason()
    );
    h.insert(
        header::AUTHORIZATION,
        HeaderValue::from_str(&format!("Bearer {other}")).unwrap(),
    );
    assert!(auth.authenticate(&h, "/mcp").await.is_err());
}

#[tokio::test]
async fn missing_scope_is_forbidden() {
    let (_idp, base, auth) =
        setup(|s| s.required_scopes = vec!["mcp:read".into(), "mcp:admin".into()]).await;
    let token = mint(Algorithm::RS256, "rsa1", &rsa_key(), &claims(&base));
    let err = auth
        .authenticate(&bearer(&token), "/mcp")
        .await
        .unwrap_err();
    assert_eq!(err.status(), StatusCode::FORBIDDEN);
    let www = challenge(&err);
    assert!(www.contains("error=\"insufficient_scope\""), "{www}");
    assert!(www.contains("scope=\"mcp:read mcp:admin\""), "{www}");
    assert!(www.contains("resource_metadata="), "{www}");
    let mut c = claims(&base);
    c.as_object_mut().unwrap().remove("scope");
    c["scp"] = json!(["mcp:admin", "mcp:read"]);
    let token = mint(Algorithm::RS256, "rsa1", &rsa_key(), &c);
    assert!(auth.authenticate(&bearer(&token), "/mcp").await.is_ok());
}

#[tokio::test]
async fn discovery_finds_the_jwks() {
    let (idp, base) = idp(keyset(vec![jwk(&rsa_key(), Algorithm::RS256, "rsa1")])).await;
    let auth = Authenticator::new(settings(JwksSource::Discover, &base))
        .await
        .unwrap();
    let token = mint(Algorithm::RS256, "rsa1", &rsa_key(), &claims(&base));
    assert_eq!(
        auth.authenticate(&bearer(&token), "/mcp")
            .await
            .unwrap()
            .agent,
        "finance-bot"
    );
    assert_eq!(idp.fetches.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn unreachable_or_invalid_jwks_fails_setup() {
    let (_idp, base) = idp(keyset(vec![])).await;
    let err = Authenticator::new(settings(JwksSource::Url(format!("{base}/keys")), &base))
        .await
        .unwrap_err();
    assert!(err.to_string().contains("no keys"), "{err}");
    let err = Authenticator::new(settings(JwksSource::Url(format!("{base}/nope")), &base))
        .await
        .unwrap_err();
    assert!(err.to_string().contains("404"), "{err}");
    let err = Authenticator::new(AuthSettings {
        resource: Some("ftp://x/mcp".into()),
        ..AuthSettings::default()
    })
    .await
    .unwrap_err();
    assert!(matches!(err, AuthSetupError::Invalid(_)));
}

async fn body_json(response: axum::response::Response) -> Value {
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .unwrap();
    serde_json::from_slice(&bytes).unwrap()
}

async fn get_metadata(auth: &Authenticator, path: Option<&str>, host: &str) -> Value {
    let mut headers = axum::http::HeaderMap::new();
    headers.insert(header::HOST, host.parse().unwrap());
    let response = metadata_response(auth, path, &headers);
    assert_eq!(response.status(), StatusCode::OK);
    body_json(response).await
}

#[tokio::test]
async fn metadata_documents() {
    let auth = Authenticator::new(AuthSettings {
        authorization_servers: vec!["https://idp.example".into()],
        scopes_supported: vec!["mcp:tools".into()],
        ..AuthSettings::default()
    })
    .await
    .unwrap();
    let root = get_metadata(&auth, None, "localhost:9000").await;
    assert_eq!(
        root,
        json!({ "resource": "http://localhost:9000", "authorization_servers": ["https://idp.example"],
                "scopes_supported": ["mcp:tools"], "bearer_methods_supported": ["header"] })
    );
    let mcp = get_metadata(&auth, Some("mcp"), "localhost:9000").await;
    assert_eq!(mcp["resource"], "http://localhost:9000/mcp");
    let one = get_metadata(&auth, Some("mcp/github"), "localhost:9000").await;
    assert_eq!(one["resource"], "http://localhost:9000/mcp/github");
    // Which paths have a document is the HTTP layer's decision (tests/identity.rs checks
    // that unserved paths are 404).
    // With a configured resource, the root document names it.
    let auth = Authenticator::new(AuthSettings {
        resource: Some(RESOURCE.into()),
        ..AuthSettings::default()
    })
    .await
    .unwrap();
    let root = get_metadata(&auth, None, "internal:1").await;
    assert_eq!(root["resource"], RESOURCE);
}

#[tokio::test]
async fn middleware_inserts_the_principal() {
    use tower::ServiceExt;
    let auth = Arc::new(
        Authenticator::new(AuthSettings {
            anonymous: true,
            ..AuthSettings::default()
        })
        .await
        .unwrap(),
    );
    let app = Router::new()
        .route(
            "/mcp",
            get(|axum::Extension(p): axum::Extension<Arc<Principal>>| async move { p.agent.clone() }),
        )
        .layer(axum::middleware::from_fn_with_state(auth, require_auth));
    let request = axum::http::Request::get("/mcp")
        .body(Body::empty())
        .unwrap();
    let response = app.oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let bytes = axum::body::to_bytes(response.into_body(), 1024)
        .await
        .unwrap();
    assert_eq!(&bytes[..], b"anonymous");
}
