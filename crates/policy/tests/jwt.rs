//! JWT validation with real RS256 / ES256 / PS256 tokens minted here.

use jsonwebtoken::jwk::{Jwk, JwkSet};
use jsonwebtoken::{Algorithm, EncodingKey, Header, encode};
use policy::{AuthError, ClaimMapping, JwtConfig, JwtValidator, PolicyError};
use serde_json::{Value, json};

const RSA_PRIV: &[u8] = include_bytes!("keys/rsa_private.pem");
const RSA_PUB: &[u8] = include_bytes!("keys/rsa_public.pem");
const RSA_PRIV_2: &[u8] = include_bytes!("keys/rsa_private_2.pem");
const EC_PRIV: &[u8] = include_bytes!("keys/ec_private.pem");
const NOW: u64 = 1_800_000_000;
const ISS: &str = "https://idp.example";

fn rsa_key() -> EncodingKey {
    EncodingKey::from_rsa_pem(RSA_PRIV).unwrap()
}

fn ec_key() -> EncodingKey {
    EncodingKey::from_ec_pem(EC_PRIV).unwrap()
}

fn jwk(key: &EncodingKey, alg: Algorithm, kid: &str) -> Jwk {
    let mut jwk = Jwk::from_encoding_key(key, alg).unwrap();
    jwk.common.key_id = Some(kid.to_string());
    jwk.common.key_algorithm = None;
    jwk
}

fn jwks() -> JwkSet {
    JwkSet {
        keys: vec![
            jwk(&rsa_key(), Algorithm::RS256, "rsa1"),
            jwk(&ec_key(), Algorithm::ES256, "ec1"),
        ],
    }
}

fn config() -> JwtConfig {
    JwtConfig {
        audiences: vec!["gatehouse".into()],
        required_claims: vec!["exp".into(), "sub".into()],
        ..JwtConfig::new(ISS)
    }
}

fn validator() -> JwtValidator {
    JwtValidator::new(config(), &jwks()).unwrap()
}

fn claims() -> Value {
    json!({ "iss": ISS, "aud": "gatehouse", "sub": "alice", "azp": "finance-bot",
            "exp": NOW + 300, "iat": NOW, "groups": ["finance", "staff"], "tenant": "acme" })
}

fn mint(alg: Algorithm, kid: Option<&str>, key: &EncodingKey, claims: &Value) -> String {
    let mut header = Header::new(alg);
    header.kid = kid.map(str::to_string);
    encode(&header, claims, key).unwrap()
}

fn with(field: &str, value: Value) -> Value {
    let mut c = claims();
    c[field] = value;
    c
}

#[test]
fn valid_rs256_es256_ps256() {
    let v = validator();
    let t = mint(Algorithm::RS256, Some("rsa1"), &rsa_key(), &claims());
    assert_eq!(v.validate(&t, NOW).unwrap().get_str("sub"), Some("alice"));
    let t = mint(Algorithm::ES256, Some("ec1"), &ec_key(), &claims());
    assert_eq!(
        v.validate(&t, NOW).unwrap().get_str("azp"),
        Some("finance-bot")
    );
    let t = mint(Algorithm::PS256, Some("rsa1"), &rsa_key(), &claims());
    assert!(v.validate(&t, NOW).is_ok());
}

#[test]
fn expired_and_leeway() {
    let v = validator();
    let t = mint(
        Algorithm::RS256,
        Some("rsa1"),
        &rsa_key(),
        &with("exp", json!(NOW - 30)),
    );
    assert!(v.validate(&t, NOW).is_ok(), "within the 60 s leeway");
    let t = mint(
        Algorithm::RS256,
        Some("rsa1"),
        &rsa_key(),
        &with("exp", json!(NOW - 61)),
    );
    assert_eq!(v.validate(&t, NOW), Err(AuthError::Expired));
    let strict = JwtValidator::new(
        JwtConfig {
            leeway_seconds: 0,
            ..config()
        },
        &jwks(),
    )
    .unwrap();
    let t = mint(
        Algorithm::RS256,
        Some("rsa1"),
        &rsa_key(),
        &with("exp", json!(NOW - 1)),
    );
    assert_eq!(strict.validate(&t, NOW), Err(AuthError::Expired));
    let t = mint(
        Algorithm::RS256,
        Some("rsa1"),
        &rsa_key(),
        &with("nbf", json!(NOW + 120)),
    );
    assert_eq!(v.validate(&t, NOW), Err(AuthError::NotYetValid));
}

#[test]
fn wrong_audience_and_issuer() {
    let v = validator();
    let t = mint(
        Algorithm::RS256,
        Some("rsa1"),
        &rsa_key(),
        &with("aud", json!(["other", "x"])),
    );
    assert_eq!(v.validate(&t, NOW), Err(AuthError::WrongAudience));
    let t = mint(
        Algorithm::RS256,
        Some("rsa1"),
        &rsa_key(),
        &with("aud", json!(["other", "gatehouse"])),
    );
    assert!(v.validate(&t, NOW).is_ok());
    let t = mint(
        Algorithm::RS256,
        Some("rsa1"),
        &rsa_key(),
        &with("iss", json!("https://evil")),
    );
    assert_eq!(v.validate(&t, NOW), Err(AuthError::WrongIssuer));
}

#[test]
fn unknown_kid_then_refresh() {
    let v = validator();
    let t = mint(Algorithm::RS256, Some("rsa2"), &rsa_key(), &claims());
    assert_eq!(
        v.validate(&t, NOW),
        Err(AuthError::UnknownKid("rsa2".into()))
    );
    let mut keys = jwks();
    keys.keys.push(jwk(&rsa_key(), Algorithm::RS256, "rsa2"));
    let v = v.with_keys(&keys).unwrap();
    assert!(v.validate(&t, NOW).is_ok());
}

#[test]
fn bad_signature() {
    let t = mint(
        Algorithm::RS256,
        Some("rsa1"),
        &EncodingKey::from_rsa_pem(RSA_PRIV_2).unwrap(),
        &claims(),
    );
    assert_eq!(validator().validate(&t, NOW), Err(AuthError::BadSignature));
    // Tampered payload.
    let good = mint(Algorithm::ES256, Some("ec1"), &ec_key(), &claims());
    let parts: Vec<&str> = good.split('.').collect();
    let other = mint(
        Algorithm::ES256,
        Some("ec1"),
        &ec_key(),
        &with("sub", json!("mallory")),
    );
    let forged = format!(
        "{}.{}.{}",
        parts[0],
        other.split('.').nth(1).unwrap(),
        parts[2]
    );
    assert_eq!(
        validator().validate(&forged, NOW),
        Err(AuthError::BadSignature)
    );
}

#[test]
fn alg_none_rejected() {
    use base64::Engine as _;
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let header = b64.encode(br#"{"alg":"none","typ":"JWT","kid":"rsa1"}"#);
    let payload = b64.encode(claims().to_string());
    for token in [
        format!("{header}.{payload}."),
        format!("{header}.{payload}"),
    ] {
        let r = validator().validate(&token, NOW);
        assert!(
            matches!(
                r,
                Err(AuthError::AlgorithmNotAllowed(_)) | Err(AuthError::Malformed(_))
            ),
            "{r:?}"
        );
    }
    let r = validator().validate(&format!("{header}.{payload}."), NOW);
    assert_eq!(r, Err(AuthError::AlgorithmNotAllowed("none".into())));
}

#[test]
fn hs256_signed_with_rsa_public_key_rejected() {
    let forged = mint(
        Algorithm::HS256,
        Some("rsa1"),
        &EncodingKey::from_secret(RSA_PUB),
        &claims(),
    );
    assert!(matches!(
        validator().validate(&forged, NOW),
        Err(AuthError::AlgorithmNotAllowed(_))
    ));
    let mixed = JwtConfig {
        algorithms: vec![Algorithm::RS256, Algorithm::HS256],
        ..config()
    };
    assert!(matches!(
        JwtValidator::new(mixed, &jwks()),
        Err(PolicyError::JwtConfig(_))
    ));
    // Even with HS256 allowed alone, an RSA JWK is never used as an HMAC secret.
    let hs_only = JwtConfig {
        algorithms: vec![Algorithm::HS256],
        ..config()
    };
    let v = JwtValidator::new(hs_only, &jwks()).unwrap();
    assert_eq!(
        v.validate(&forged, NOW),
        Err(AuthError::UnknownKid("rsa1".into()))
    );
}

#[test]
fn es256_token_against_rsa_kid_rejected() {
    let t = mint(Algorithm::ES256, Some("rsa1"), &ec_key(), &claims());
    assert!(matches!(
        validator().validate(&t, NOW),
        Err(AuthError::AlgorithmNotAllowed(_))
    ));
}

#[test]
fn missing_required_claim_and_malformed() {
    let v = validator();
    let mut c = claims();
    c.as_object_mut().unwrap().remove("sub");
    let t = mint(Algorithm::RS256, Some("rsa1"), &rsa_key(), &c);
    assert_eq!(
        v.validate(&t, NOW),
        Err(AuthError::MissingClaim("sub".into()))
    );
    let mut c = claims();
    c.as_object_mut().unwrap().remove("exp");
    let t = mint(Algorithm::RS256, Some("rsa1"), &rsa_key(), &c);
    assert_eq!(
        v.validate(&t, NOW),
        Err(AuthError::MissingClaim("exp".into()))
    );
    assert!(matches!(
        v.validate("not-a-token", NOW),
        Err(AuthError::Malformed(_))
    ));
    assert!(matches!(
        v.validate("a.b.c", NOW),
        Err(AuthError::Malformed(_))
    ));
}

#[test]
fn token_without_kid_uses_matching_key() {
    let t = mint(Algorithm::ES256, None, &ec_key(), &claims());
    assert!(validator().validate(&t, NOW).is_ok());
}

#[test]
fn claim_mapping_defaults_and_custom() {
    let t = mint(Algorithm::RS256, Some("rsa1"), &rsa_key(), &claims());
    let c = validator().validate(&t, NOW).unwrap();
    let p = ClaimMapping::default().map(&c).unwrap();
    assert_eq!(p.agent, "finance-bot");
    assert_eq!(p.user.as_deref(), Some("alice"));
    assert_eq!(p.roles, vec!["finance", "staff"]);
    assert_eq!(p.tenant, None);
    let m: ClaimMapping = serde_json::from_value(json!({
        "agent": "client_id", "tenant": "tenant", "roles": "scope", "attributes": ["org.dept"]
    }))
    .unwrap();
    let c = policy::Claims::from_map(
        json!({"client_id": "bot", "tenant": "acme", "scope": "read write", "sub": "bob",
               "org": {"dept": "fin"}})
        .as_object()
        .unwrap()
        .clone(),
    );
    let p = m.map(&c).unwrap();
    assert_eq!(
        (p.agent.as_str(), p.tenant.as_deref()),
        ("bot", Some("acme"))
    );
    assert_eq!(p.roles, vec!["read", "write"]);
    assert_eq!(p.attributes["org.dept"], json!("fin"));
    let c = policy::Claims::from_map(json!({"sub": "svc"}).as_object().unwrap().clone());
    assert_eq!(ClaimMapping::default().map(&c).unwrap().agent, "svc");
    assert!(
        m.map(&c).is_err(),
        "client_id required by the custom mapping"
    );
    assert!(serde_json::from_value::<ClaimMapping>(json!({"agnet": "x"})).is_err());
}

#[test]
fn token_cache_hits_expires_and_follows_key_rotation() {
    use policy::TokenCache;
    let cache = TokenCache::new(2, 600);
    let v = validator();
    let t = mint(Algorithm::RS256, Some("rsa1"), &rsa_key(), &claims());
    assert_eq!(
        cache.validate(&v, &t, NOW).unwrap().get_str("sub"),
        Some("alice")
    );
    assert_eq!(cache.len(), 1);
    assert!(cache.validate(&v, &t, NOW + 10).is_ok(), "hit");
    // exp = NOW + 300, leeway 60: cached entry is not used past exp + leeway.
    assert_eq!(cache.validate(&v, &t, NOW + 361), Err(AuthError::Expired));
    // Failures are not cached.
    let bad = mint(
        Algorithm::RS256,
        Some("rsa1"),
        &EncodingKey::from_rsa_pem(RSA_PRIV_2).unwrap(),
        &claims(),
    );
    assert_eq!(cache.validate(&v, &bad, NOW), Err(AuthError::BadSignature));
    assert_eq!(cache.validate(&v, &bad, NOW), Err(AuthError::BadSignature));
    // Rotating rsa1 out invalidates the cached token.
    assert!(cache.validate(&v, &t, NOW).is_ok());
    let rotated = v
        .with_keys(&JwkSet {
            keys: vec![jwk(&ec_key(), Algorithm::ES256, "ec1")],
        })
        .unwrap();
    assert_eq!(
        cache.validate(&rotated, &t, NOW),
        Err(AuthError::UnknownKid("rsa1".into()))
    );
    // Capacity is bounded.
    for sub in ["a", "b", "c", "d"] {
        let t = mint(
            Algorithm::ES256,
            Some("ec1"),
            &ec_key(),
            &with("sub", json!(sub)),
        );
        assert!(cache.validate(&rotated, &t, NOW).is_ok());
    }
    assert!(cache.len() <= 2);
}
