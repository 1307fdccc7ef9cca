//! Identity, authentication helpers and Cedar authorization for Gatehouse.
//!
//! Everything here is pure and synchronous: no network, no file access at
//! decision time. The gateway fetches JWKS documents and reads policy files;
//! this crate validates tokens against a given key set, verifies API keys
//! against stored hashes, and answers authorization requests from a policy
//! set compiled once.
//!
//! * [`JwtValidator`] (+ [`TokenCache`]) + [`ClaimMapping`] -> [`Principal`]
//! * [`ApiKeys`] -> [`Principal`]
//! * [`Engine::authorize`] / [`Engine::visible`] -> [`Decision`]
//! * [`run_policy_tests`] for YAML policy tests, [`generate_schema`] for docs.
#![deny(missing_docs)]

mod action;
mod apikey;
mod claim_map;
mod claims;
mod compile;
pub mod convert;
mod engine;
mod error;
mod jwt;
mod principal;
mod request;
mod schema;
mod slice;
mod testing;
mod token_cache;

pub use action::{Action, ResourceKind, ResourceRef};
pub use apikey::{ApiKeyConfig, ApiKeys, KEY_PREFIX, generate_key, sha256_hash};
pub use claim_map::ClaimMapping;
pub use claims::Claims;
pub use engine::{DEFAULT_PERMIT_ID, Decision, Effect, Engine};
pub use error::{AuthError, PolicyDiagnostic, PolicyError};
pub use jsonwebtoken::Algorithm;
pub use jsonwebtoken::jwk::JwkSet;
pub use jwt::{JwtConfig, JwtValidator};
pub use principal::Principal;
pub use request::{CallContext, SessionFlags};
pub use schema::{AttrType, PolicyConfig, generate_schema};
pub use testing::{CaseResult, Expect, TestReport, run_policy_tests};
pub use token_cache::TokenCache;
