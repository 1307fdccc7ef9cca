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
//! then the optional fields added later, each appended ONLY when not NULL
//! (so a row written before a field existed hashes exactly as it did):
//!   virtual_server: 0x01 "virtual_server" as a text field, then the value
//!                   as a text field
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

/// A later, optional field: a marker, its name and its value, so that
/// trailing fields stay unambiguous as more are added.
fn optional(out: &mut Vec<u8>, name: &str, value: &str) {
    out.push(1);
    text(out, Some(name));
    text(out, Some(value));
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
    if let Some(v) = &f.virtual_server {
        optional(&mut out, "virtual_server", v);
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn fields() -> RowFields {
        RowFields {
            time: "2026-11-23T00:00:00.000000Z".into(),
            request_id: "r".into(),
            session_id: None,
            tenant: None,
            user: None,
            agent: Some("a".into()),
            client_addr: None,
            method: "tools/call".into(),
            server: Some("s".into()),
            target: Some("s__t".into()),
            arguments: None,
            result_summary: None,
            result_bytes: None,
            verdict: "allow".into(),
            findings: None,
            policy_ids: "[]".into(),
            latency_us: Some(7),
            upstream_status: None,
            error_code: None,
            virtual_server: None,
        }
    }

    #[test]
    fn a_row_without_later_fields_encodes_as_version_1_did() {
        let v1 = encode(3, &fields());
        // The last field of version 1 (error_code, NULL) is the last byte.
        assert_eq!(v1.last(), Some(&0));
        let mut with = fields();
        with.virtual_server = Some("support".into());
        let extended = encode(3, &with);
        assert_eq!(&extended[..v1.len()], &v1[..], "version-1 prefix unchanged");
        assert!(extended.len() > v1.len());
        assert_ne!(
            row_hash(&GENESIS, 3, &with),
            row_hash(&GENESIS, 3, &fields())
        );
    }
}
