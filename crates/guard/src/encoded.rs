//! Base64 and hex blobs that decode to readable text are decoded and re-scanned.

use base64::Engine;
use base64::engine::general_purpose::{STANDARD_NO_PAD, URL_SAFE_NO_PAD};
use regex::Regex;

use crate::GuardError;

/// Finds encoded blobs.
pub struct Decoder {
    b64: Regex,
    hex: Regex,
}

impl Decoder {
    /// Compile the blob patterns.
    pub fn new() -> Result<Self, GuardError> {
        let mk = |p: &str| {
            Regex::new(p).map_err(|source| GuardError::Regex {
                rule: "encoded".into(),
                source,
            })
        };
        Ok(Decoder {
            b64: mk(r"[A-Za-z0-9+/_-]{24,}={0,2}")?,
            hex: mk(r"(?i)(?:\\x)?(?:[0-9a-f]{2}(?:\\x)?){16,}")?,
        })
    }

    /// Every readable text decoded from a blob in `text`: prose (two spaces at least), where
    /// instructions hide.
    pub fn decode_all(&self, text: &str) -> Vec<String> {
        self.decode(text, 2)
    }

    /// Every printable text decoded from a blob in `text`, spaces or not: where a secret
    /// (`GITHUB_TOKEN=ghp_...`) hides.
    pub fn decode_printable(&self, text: &str) -> Vec<String> {
        self.decode(text, 0)
    }

    fn decode(&self, text: &str, spaces: usize) -> Vec<String> {
        self.decode_spans(text, spaces)
            .into_iter()
            .map(|(_, t)| t)
            .collect()
    }

    /// Every prose text decoded from a blob in `text`, with the blob's byte range (what a
    /// redaction replaces).
    pub fn prose_spans(&self, text: &str) -> Vec<(std::ops::Range<usize>, String)> {
        self.decode_spans(text, 2)
    }

    fn decode_spans(&self, text: &str, spaces: usize) -> Vec<(std::ops::Range<usize>, String)> {
        let readable = |bytes| readable(bytes, spaces);
        let mut out = Vec::new();
        for m in self.b64.find_iter(text) {
            let s = m.as_str().trim_end_matches('=');
            if s.bytes().all(|b| b.is_ascii_hexdigit()) {
                continue;
            }
            let bytes = STANDARD_NO_PAD
                .decode(s)
                .or_else(|_| URL_SAFE_NO_PAD.decode(s));
            if let Some(t) = bytes.ok().and_then(readable) {
                out.push((m.range(), t));
            }
        }
        for m in self.hex.find_iter(text) {
            let digits: String = m.as_str().replace("\\x", "").replace("\\X", "");
            if let Some(t) = hex_decode(&digits).and_then(readable) {
                out.push((m.range(), t));
            }
        }
        out
    }
}

fn hex_decode(s: &str) -> Option<Vec<u8>> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(s.get(2 * i..2 * i + 2)?, 16).ok())
        .collect()
}

/// Decoded bytes count as text if UTF-8, mostly printable, with several words.
fn readable(bytes: Vec<u8>, min_spaces: usize) -> Option<String> {
    let text = String::from_utf8(bytes).ok()?;
    let n = text.chars().count();
    let printable = text
        .chars()
        .filter(|c| !c.is_control() || c.is_whitespace())
        .count();
    let spaces = text.chars().filter(|c| *c == ' ').count();
    (n >= 12 && printable * 100 >= n * 95 && spaces >= min_spaces).then_some(text)
}
