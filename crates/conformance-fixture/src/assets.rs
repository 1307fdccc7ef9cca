//! Fixed payloads the tools, prompts and resources hand out.

/// Name the server reports in `serverInfo`.
pub(crate) const SERVER_NAME: &str = "gatehouse-conformance-fixture";

/// A 1x1 red pixel PNG, base64-encoded.
pub(crate) const PNG_BASE64: &str = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";

/// A minimal valid WAV file (8 kHz mono 16-bit, one silent sample), base64-encoded.
pub(crate) const WAV_BASE64: &str =
    "UklGRiYAAABXQVZFZm10IBAAAAABAAEAQB8AAIA+AAACABAAZGF0YQIAAAAAAA==";

#[cfg(test)]
mod tests {
    use super::*;

    /// Decodes standard base64 (test-only; keeps the crate free of a base64 dependency).
    fn decode(text: &str) -> Vec<u8> {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut bits = 0u32;
        let mut count = 0;
        let mut out = Vec::new();
        for byte in text.bytes().filter(|b| *b != b'=') {
            let value = ALPHABET.iter().position(|c| *c == byte).expect("base64") as u32;
            bits = (bits << 6) | value;
            count += 6;
            if count >= 8 {
                count -= 8;
                out.push((bits >> count) as u8);
            }
        }
        out
    }

    #[test]
    fn png_is_a_png() {
        let bytes = decode(PNG_BASE64);
        assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    }

    #[test]
    fn wav_is_a_consistent_riff_wave() {
        let bytes = decode(WAV_BASE64);
        assert_eq!(&bytes[..4], b"RIFF");
        assert_eq!(&bytes[8..16], b"WAVEfmt ");
        let riff_size = u32::from_le_bytes(bytes[4..8].try_into().unwrap()) as usize;
        assert_eq!(riff_size + 8, bytes.len());
        let data_size = u32::from_le_bytes(bytes[40..44].try_into().unwrap()) as usize;
        assert_eq!(&bytes[36..40], b"data");
        assert_eq!(44 + data_size, bytes.len());
    }
}
