//! Micro-benchmark: JWT validation (RS256, ES256), a Cedar decision over ~20
//! policies with an arguments context, and both together.
//!
//! Run: `cargo run --release -p gatehouse-policy --bin policy-bench [iterations] [name filter]`.
//! Uses the test-only keys under `tests/keys/`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::hint::black_box;
use std::time::Instant;

use jsonwebtoken::jwk::{Jwk, JwkSet};
use jsonwebtoken::{Algorithm, EncodingKey, Header, encode};
use policy::{
    Action, AttrType, CallContext, ClaimMapping, Effect, Engine, JwtConfig, JwtValidator,
    PolicyConfig, ResourceRef, TokenCache,
};
use serde_json::json;

const RSA_PRIV: &[u8] = include_bytes!("../../tests/keys/rsa_private.pem");
const EC_PRIV: &[u8] = include_bytes!("../../tests/keys/ec_private.pem");
const NOW: u64 = 1_800_000_000;

fn report(name: &str, mut samples: Vec<u64>) {
    samples.sort_unstable();
    let pct = |p: f64| samples[((samples.len() as f64 * p) as usize).min(samples.len() - 1)];
    let us = |ns: u64| ns as f64 / 1000.0;
    println!(
        "{name:<28} p50 {:>8.2} µs   p99 {:>8.2} µs   ({} iterations)",
        us(pct(0.50)),
        us(pct(0.99)),
        samples.len()
    );
}

/// Runs and reports one measurement unless `filter` excludes it by name.
fn bench(filter: &str, name: &str, iterations: usize, f: impl FnMut()) {
    if name.contains(filter) {
        report(name, measure(iterations, f));
    }
}

fn measure(iterations: usize, mut f: impl FnMut()) -> Vec<u64> {
    for _ in 0..iterations.min(1000) {
        f();
    }
    (0..iterations)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_nanos() as u64
        })
        .collect()
}

fn jwk(key: &EncodingKey, alg: Algorithm, kid: &str) -> Jwk {
    let mut jwk = Jwk::from_encoding_key(key, alg).expect("jwk");
    jwk.common.key_id = Some(kid.into());
    jwk
}

fn policies() -> String {
    let mut s = String::new();
    for i in 0..18 {
        let _ = writeln!(
            s,
            "@id(\"p{i}\") permit (principal in Gatehouse::Role::\"role{i}\", action == Gatehouse::Action::\"call_tool\", resource in Gatehouse::Server::\"srv{i}\") when {{ context.arguments has limit && context.arguments.limit <= {} }};",
            100 + i
        );
    }
    s.push_str("@id(\"finance\") permit (principal in Gatehouse::Role::\"finance\", action == Gatehouse::Action::\"call_tool\", resource == Gatehouse::Tool::\"db/query\") when { principal in Gatehouse::Tenant::\"acme\" && context.arguments has limit && context.arguments.limit <= 100 && context has client_ip && context.client_ip.isInRange(ip(\"10.0.0.0/8\")) };\n");
    s.push_str("@id(\"salaries\") forbid (principal, action, resource) when { context.arguments has table && context.arguments.table == \"salaries\" };\n");
    s
}

/// Validator plus one RS256 and one ES256 token for it.
#[allow(clippy::expect_used)]
fn jwt_setup() -> (JwtValidator, String, String) {
    let rsa = EncodingKey::from_rsa_pem(RSA_PRIV).expect("rsa key");
    let ec = EncodingKey::from_ec_pem(EC_PRIV).expect("ec key");
    let keys = JwkSet {
        keys: vec![
            jwk(&rsa, Algorithm::RS256, "rsa1"),
            jwk(&ec, Algorithm::ES256, "ec1"),
        ],
    };
    let config = JwtConfig {
        audiences: vec!["gatehouse".into()],
        ..JwtConfig::new("https://idp")
    };
    let validator = JwtValidator::new(config, &keys).expect("validator");
    let claims = json!({"iss": "https://idp", "aud": "gatehouse", "sub": "alice", "azp": "finance-bot",
        "exp": NOW + 300, "groups": ["finance"], "tenant": "acme"});
    let mint = |alg, kid: &str, key| {
        let mut h = Header::new(alg);
        h.kid = Some(kid.into());
        encode(&h, &claims, key).expect("encode")
    };
    let rs_token = mint(Algorithm::RS256, "rsa1", &rsa);
    let es_token = mint(Algorithm::ES256, "ec1", &ec);
    (validator, rs_token, es_token)
}

/// An engine with the bench policies, and one with none (request building only).
#[allow(clippy::expect_used)]
fn engines() -> (Engine, Engine) {
    let pc = PolicyConfig {
        arguments: BTreeMap::from([
            ("limit".into(), AttrType::Long),
            ("table".into(), AttrType::String),
        ]),
        principal_attributes: BTreeMap::new(),
    };
    let text = policies();
    let empty = Engine::new(pc.clone(), &[]).expect("empty");
    let engine = Engine::new(pc, &[("bench.cedar", text.as_str())]).expect("policies");
    (engine, empty)
}

#[allow(clippy::expect_used)]
fn main() {
    let iterations: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    let filter = std::env::args().nth(2).unwrap_or_default();
    let (validator, rs_token, es_token) = jwt_setup();
    let mapping = ClaimMapping {
        tenant: Some("tenant".into()),
        ..ClaimMapping::default()
    };
    let (engine, empty) = engines();
    let principal = mapping
        .map(&validator.validate(&rs_token, NOW).expect("valid"))
        .expect("map");
    let args = json!({"table": "invoices", "limit": 50, "query": "select 1"});
    let args = args.as_object().expect("object");
    let ctx = CallContext {
        arguments: Some(args),
        client_ip: Some("10.0.0.5".parse().expect("ip")),
        time: NOW as i64,
        ..CallContext::default()
    };
    let tool = ResourceRef::tool("db", "query");
    assert_eq!(
        engine
            .authorize(&principal, Action::CallTool, &tool, &ctx)
            .effect,
        Effect::Allow
    );

    println!("policy-bench: {} policies", engine.policy_ids().len());
    bench(&filter, "jwt RS256 validate+map", iterations, || {
        let c = validator.validate(black_box(&rs_token), NOW).expect("rs");
        black_box(mapping.map(&c).expect("map"));
    });
    bench(&filter, "jwt ES256 validate+map", iterations, || {
        let c = validator.validate(black_box(&es_token), NOW).expect("es");
        black_box(mapping.map(&c).expect("map"));
    });
    bench(&filter, "cedar decision", iterations, || {
        black_box(engine.authorize(black_box(&principal), Action::CallTool, &tool, &ctx));
    });
    bench(&filter, "  of which request building", iterations, || {
        black_box(empty.authorize(black_box(&principal), Action::CallTool, &tool, &ctx));
    });
    bench(&filter, "RS256 + decision", iterations, || {
        let p = mapping
            .map(&validator.validate(&rs_token, NOW).expect("rs"))
            .expect("map");
        black_box(engine.authorize(&p, Action::CallTool, &tool, &ctx));
    });
    let cache = TokenCache::new(10_000, 300);
    bench(&filter, "cached ES256 + map", iterations, || {
        let c = cache
            .validate(&validator, black_box(&es_token), NOW)
            .expect("es");
        black_box(mapping.map(&c).expect("map"));
    });
    bench(&filter, "cached ES256 + decision", iterations, || {
        let c = cache
            .validate(&validator, black_box(&es_token), NOW)
            .expect("es");
        let p = mapping.map(&c).expect("map");
        black_box(engine.authorize(&p, Action::CallTool, &tool, &ctx));
    });
    bench(&filter, "visible (listing)", iterations, || {
        black_box(engine.visible(&principal, &tool, &CallContext::default()));
    });
}
