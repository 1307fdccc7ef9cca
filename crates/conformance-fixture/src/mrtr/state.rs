//! Sealing `requestState` with rmcp's [`RequestStateCodec`]: the state is a
//! JSON value signed with HMAC-SHA256 under a per-process key and bound to the
//! tool (or prompt) that issued it, so a client can neither forge nor tamper
//! with it, nor replay it against another tool.

use std::{
    collections::hash_map::RandomState,
    hash::{BuildHasher, Hasher},
    sync::OnceLock,
    time::{Duration, SystemTime},
};

use rmcp::{
    ErrorData,
    model::{RequestStateCodec, SealOptions},
};
use serde_json::Value;

/// How long a sealed state stays valid.
const STATE_TTL: Duration = Duration::from_secs(600);

/// The process-wide codec, keyed on first use.
fn codec() -> &'static RequestStateCodec {
    static CODEC: OnceLock<RequestStateCodec> = OnceLock::new();
    CODEC.get_or_init(|| {
        RequestStateCodec::try_new(random_key())
            .expect("the key has RequestStateCodec::MIN_KEY_LENGTH bytes")
    })
}

/// 32 bytes that differ per process: SipHash outputs under std's randomly
/// seeded [`RandomState`] keys. Enough for a test fixture whose states only
/// need to resist tampering by conformance clients.
fn random_key() -> Vec<u8> {
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_nanos());
    let mut key = Vec::with_capacity(RequestStateCodec::MIN_KEY_LENGTH);
    for round in 0u64..4 {
        let mut hasher = RandomState::new().build_hasher();
        hasher.write_u64(round);
        hasher.write_u128(nanos);
        hasher.write_u32(std::process::id());
        key.extend(hasher.finish().to_le_bytes());
    }
    key
}

/// Seals `value` for the tool or prompt named `owner`.
pub(crate) fn seal(owner: &str, value: &Value) -> String {
    let options = SealOptions::new()
        .associated_data(owner.as_bytes())
        .ttl(STATE_TTL);
    codec()
        .seal_json_with(value, &options)
        .expect("a JSON value always serializes")
}

/// Opens a state sealed by [`seal`] for `owner`; anything forged, tampered
/// with, expired or issued for another owner is an invalid-params error.
pub(crate) fn open(owner: &str, sealed: &str) -> Result<Value, ErrorData> {
    codec()
        .open_json_with(sealed, owner.as_bytes())
        .map_err(|error| ErrorData::invalid_params(format!("requestState rejected: {error}"), None))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn round_trips_for_the_same_owner_only() {
        let sealed = seal("tool_a", &json!({"round": 2}));
        assert_eq!(open("tool_a", &sealed).unwrap(), json!({"round": 2}));
        assert!(open("tool_b", &sealed).is_err());
    }

    #[test]
    fn rejects_tampering() {
        let sealed = seal("tool_a", &json!({"round": 1}));
        assert!(open("tool_a", &format!("{sealed}-TAMPERED")).is_err());
        assert!(open("tool_a", "not-a-state").is_err());
    }
}
