//! Ed25519 checkpoint keys and the signed checkpoint message.
//!
//! Key file: the 32-byte Ed25519 seed as 64 lowercase hex characters
//! (trailing newline allowed), created with mode 0600 when missing.
//!
//! Signed message: `"gatehouse.checkpoint.v1\n" || seq (u64 BE) ||
//! hash (32 raw bytes) || time (UTF-8, stored format)`.

use std::io::Write;
use std::path::Path;

use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};

use crate::StoreError;

const DOMAIN: &[u8] = b"gatehouse.checkpoint.v1\n";

/// Loads the key at `path`, generating and writing one if the file is missing;
/// `None` gives an ephemeral key.
pub fn load_or_create(path: Option<&Path>) -> Result<SigningKey, StoreError> {
    let Some(path) = path else {
        return Ok(generate());
    };
    match std::fs::read_to_string(path) {
        Ok(text) => parse_key(text.trim()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let key = generate();
            write_key(path, &key)?;
            Ok(key)
        }
        Err(e) => Err(e.into()),
    }
}

/// The key at `path`, if the file exists (readers never create one: a key made by a reader
/// never signed anything, and a verification against it would only report broken
/// signatures).
pub fn load(path: Option<&Path>) -> Result<Option<SigningKey>, StoreError> {
    let Some(path) = path else {
        return Ok(None);
    };
    match std::fs::read_to_string(path) {
        Ok(text) => parse_key(text.trim()).map(Some),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e.into()),
    }
}

fn generate() -> SigningKey {
    SigningKey::from_bytes(&rand::random::<[u8; 32]>())
}

fn parse_key(text: &str) -> Result<SigningKey, StoreError> {
    let bytes = hex::decode(text)
        .map_err(|e| StoreError::Config(format!("signing key is not hex: {e}")))?;
    let seed: [u8; 32] = bytes
        .try_into()
        .map_err(|_| StoreError::Config("signing key must be 32 bytes".into()))?;
    Ok(SigningKey::from_bytes(&seed))
}

fn write_key(path: &Path, key: &SigningKey) -> Result<(), StoreError> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    let mut f = opts.open(path)?;
    writeln!(f, "{}", hex::encode(key.to_bytes()))?;
    f.sync_all()?;
    Ok(())
}

fn message(seq: u64, hash: &[u8; 32], time: &str) -> Vec<u8> {
    let mut m = Vec::with_capacity(DOMAIN.len() + 8 + 32 + time.len());
    m.extend_from_slice(DOMAIN);
    m.extend_from_slice(&seq.to_be_bytes());
    m.extend_from_slice(hash);
    m.extend_from_slice(time.as_bytes());
    m
}

/// Hex signature of checkpoint `(seq, hash, time)`.
pub fn sign(key: &SigningKey, seq: u64, hash: &[u8; 32], time: &str) -> String {
    hex::encode(key.sign(&message(seq, hash, time)).to_bytes())
}

/// Whether `signature_hex` is a valid signature of the checkpoint by `key`.
pub fn verify(
    key: &VerifyingKey,
    seq: u64,
    hash: &[u8; 32],
    time: &str,
    signature_hex: &str,
) -> bool {
    let Ok(bytes) = hex::decode(signature_hex) else {
        return false;
    };
    let Ok(sig) = Signature::from_slice(&bytes) else {
        return false;
    };
    key.verify(&message(seq, hash, time), &sig).is_ok()
}

/// Parses a hex public key (as printed by `public_key_hex`).
pub fn parse_public_key(hex_key: &str) -> Result<VerifyingKey, StoreError> {
    let bytes = hex::decode(hex_key.trim())
        .map_err(|e| StoreError::Invalid(format!("public key is not hex: {e}")))?;
    let arr: [u8; 32] = bytes
        .try_into()
        .map_err(|_| StoreError::Invalid("public key must be 32 bytes".into()))?;
    VerifyingKey::from_bytes(&arr).map_err(|e| StoreError::Invalid(format!("bad public key: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_file_is_created_0600_and_reloaded() {
        let dir = std::env::temp_dir().join(format!("gh-key-{}", uuid::Uuid::new_v4()));
        let path = dir.join("audit.key");
        let a = load_or_create(Some(&path)).unwrap();
        let b = load_or_create(Some(&path)).unwrap();
        assert_eq!(a.to_bytes(), b.to_bytes());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let sig = sign(&a, 7, &[1; 32], "t");
        assert!(verify(&a.verifying_key(), 7, &[1; 32], "t", &sig));
        assert!(!verify(&a.verifying_key(), 8, &[1; 32], "t", &sig));
        std::fs::remove_dir_all(dir).unwrap();
    }
}
