//! Canonical byte encoding of an audit row and the chain hash.
//!
//! Encoding, version 1 (all integers big-endian):
//!
//! ```text
//! "gatehouse.audit.v1\n"            19 ASCII bytes, domain separator
//! seq                               u64
//! then each field, in this order:
//!   time, request_id, session_id, tenant, user, agent, client_addr, method,
//!   server, target, arguments, result_summary, result_bytes, verdict,
//!   findings, policy_ids, latency_us, upstream_status, error_code
//! text field:    0x00 if NULL, else 0x01, u64 byte length, UTF-8 bytes
//! integer field: 0x00 if NULL, else 0x01, i64 (two's complement)
//! ```
//!
//! Text fields are hashed exactly as stored (timestamps in the fixed format of
//! [`crate::timefmt`], JSON fields as their stored JSON text).
//!
//! `hash = SHA-256(prev_hash || encoding)` where `prev_hash` is the 32 raw
//! bytes of the previous row's hash (32 zero bytes before seq 1). Hashes are
//! stored as lowercase hex.

use sha2::{Digest, Sha256};

use crate::record::RowFields;

/// Domain separator that starts every encoded row.
pub const DOMAIN: &[u8] = b"gatehouse.audit.v1\n";

/// The hash that precedes seq 1.
pub const GENESIS: [u8; 32] = [0; 32];

fn text(out: &mut Vec<u8>, v: Option<&str>) {
    match v {
        None => out.push(0),
        Some(s) => {
            out.push(1);
            out.extend_from_slice(&(s.len() as u64).to_be_bytes());
            out.extend_from_slice(s.as_bytes());
        }
    }
}

fn int(out: &mut Vec<u8>, v: Option<i64>) {
    match v {
        None => out.push(0),
        Some(n) => {
            out.push(1);
            out.extend_from_slice(&n.to_be_bytes());
        }
    }
}

/// Canonical encoding of row `seq` with fields `f`.
pub(crate) fn encode(seq: u64, f: &RowFields) -> Vec<u8> {
    let mut out = Vec::with_capacity(256);
    out.extend_from_slice(DOMAIN);
    out.extend_from_slice(&seq.to_be_bytes());
    text(&mut out, Some(&f.time));
    text(&mut out, Some(&f.request_id));
    text(&mut out, f.session_id.as_deref());
    text(&mut out, f.tenant.as_deref());
    text(&mut out, f.user.as_deref());
    text(&mut out, f.agent.as_deref());
    text(&mut out, f.client_addr.as_deref());
    text(&mut out, Some(&f.method));
    text(&mut out, f.server.as_deref());
    text(&mut out, f.target.as_deref());
    text(&mut out, f.arguments.as_deref());
    text(&mut out, f.result_summary.as_deref());
    int(&mut out, f.result_bytes);
    text(&mut out, Some(&f.verdict));
    text(&mut out, f.findings.as_deref());
    text(&mut out, Some(&f.policy_ids));
    int(&mut out, f.latency_us);
    text(&mut out, f.upstream_status.as_deref());
    int(&mut out, f.error_code);
    out
}

/// `SHA-256(prev || encode(seq, f))`.
pub(crate) fn row_hash(prev: &[u8; 32], seq: u64, f: &RowFields) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(prev);
    h.update(encode(seq, f));
    h.finalize().into()
}

/// Decodes a stored hex hash.
pub(crate) fn parse_hash(s: &str) -> Option<[u8; 32]> {
    let bytes = hex::decode(s).ok()?;
    bytes.try_into().ok()
}
