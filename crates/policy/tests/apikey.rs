//! API keys stored as sha256 digests and argon2 PHC strings.

use argon2::password_hash::PasswordHasher;
use policy::{ApiKeyConfig, ApiKeys, KEY_PREFIX, generate_key, sha256_hash};

fn entry(hash: String, agent: &str) -> ApiKeyConfig {
    ApiKeyConfig {
        hash,
        agent: agent.into(),
        tenant: Some("acme".into()),
        user: None,
        roles: vec!["ops".into()],
        attributes: Default::default(),
    }
}

#[test]
fn sha256_keys() {
    let (key, hash) = generate_key();
    assert!(
        key.starts_with(KEY_PREFIX) && key.len() == KEY_PREFIX.len() + 43,
        "{key}"
    );
    assert!(hash.starts_with("sha256:") && hash.len() == 7 + 64);
    assert_eq!(sha256_hash(&key), hash);
    let (other, _) = generate_key();
    assert_ne!(key, other);
    let keys = ApiKeys::new(&[entry(hash, "ci-bot")]).unwrap();
    let p = keys.verify(&key).unwrap();
    assert_eq!(
        (p.agent.as_str(), p.tenant.as_deref()),
        ("ci-bot", Some("acme"))
    );
    assert_eq!(p.roles, vec!["ops"]);
    assert!(keys.verify(&other).is_none());
    assert!(keys.verify("").is_none());
}

#[test]
fn argon2_keys() {
    let phc = argon2::Argon2::default()
        .hash_password(b"correct horse")
        .unwrap()
        .to_string();
    let (key, hash) = generate_key();
    let keys = ApiKeys::new(&[entry(phc, "legacy"), entry(hash, "new")]).unwrap();
    assert_eq!(keys.len(), 2);
    assert_eq!(keys.verify("correct horse").unwrap().agent, "legacy");
    assert_eq!(keys.verify(&key).unwrap().agent, "new");
    assert!(keys.verify("wrong horse").is_none());
}

#[test]
fn bad_hashes_rejected() {
    for bad in [
        "md5:abc",
        "sha256:zz",
        "sha256:abcd",
        "$argon2id$garbage",
        "plaintext",
    ] {
        assert!(ApiKeys::new(&[entry(bad.into(), "x")]).is_err(), "{bad}");
    }
    let cfg: Result<ApiKeyConfig, _> =
        serde_json::from_str(r#"{"hash":"sha256:00","agent":"a","rol":[]}"#);
    assert!(cfg.is_err(), "deny_unknown_fields");
}
