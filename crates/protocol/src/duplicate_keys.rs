//! Duplicate object keys in a client's message. JSON leaves their meaning open: serde_json (and
//! so the gateway's policy and guard) keeps the last, other parsers keep the first. Forwarded as
//! is, `{"table": "invoices", "table": "users"}` would be judged as one value and run as the
//! other, so a message holding the same key twice in one object is refused at intake.
//!
//! A walk with serde's visitor API and no value built: serde_json reports every key, which its
//! `Value` and `RawValue` types do not (they keep one). Written here because no crate offers
//! the check.

use std::collections::HashSet;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

/// Objects with more keys than this are checked with a hash set, smaller ones by a scan.
const SCAN_LIMIT: usize = 16;

/// The first key found twice in one object of `bytes` (a JSON text), at any depth; `None`
/// when there is none or the text does not parse (the caller's parse reports that).
///
/// A byte scan answers for the usual message (every key without escapes, small objects) at a
/// tenth of a parse's cost; anything else is walked with serde_json, which reads escapes.
pub fn first_duplicate_key(bytes: &[u8]) -> Option<String> {
    match quick_scan(bytes) {
        Quick::Clean => None,
        Quick::Found(key) => Some(format!("the key {key:?} appears twice in one object")),
        Quick::Unsure => walk(bytes),
    }
}

/// What the byte scan could tell.
enum Quick {
    /// No key twice in any object.
    Clean,
    /// This key (as written, without escapes) twice in one object.
    Found(String),
    /// A key with an escape, an object of many keys or text that is not JSON: walk it.
    Unsure,
}

/// Keys of one object compared as raw bytes, as long as none has an escape (`"na\u006de"`
/// is `"name"`) and no object has more than [`SCAN_LIMIT`] keys.
fn quick_scan(bytes: &[u8]) -> Quick {
    // Per open container: whether it is an object, and where its keys start in `keys`.
    let mut containers: Vec<(bool, usize)> = Vec::with_capacity(8);
    let mut keys: Vec<&[u8]> = Vec::with_capacity(16);
    let mut expect_key = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let Some((end, escaped)) = string_end(bytes, i + 1) else {
                    return Quick::Unsure;
                };
                if expect_key {
                    let from = containers.last().map_or(0, |c| c.1);
                    let key = &bytes[i + 1..end];
                    if escaped || keys.len() - from >= SCAN_LIMIT {
                        return Quick::Unsure;
                    }
                    if keys[from..].contains(&key) {
                        return Quick::Found(String::from_utf8_lossy(key).into_owned());
                    }
                    keys.push(key);
                    expect_key = false;
                }
                i = end + 1;
                continue;
            }
            b'{' => {
                containers.push((true, keys.len()));
                expect_key = true;
            }
            b'[' => containers.push((false, keys.len())),
            b'}' | b']' => {
                if let Some((_, from)) = containers.pop() {
                    keys.truncate(from);
                }
                expect_key = false;
            }
            b',' => expect_key = containers.last().is_some_and(|c| c.0),
            _ => {}
        }
        i += 1;
    }
    Quick::Clean
}

/// The index of the quote closing the string whose text starts at `start`, and whether the
/// string holds an escape; `None` when it does not close.
fn string_end(bytes: &[u8], start: usize) -> Option<(usize, bool)> {
    let mut escaped = false;
    let mut j = start;
    loop {
        match bytes.get(j)? {
            b'\\' => {
                escaped = true;
                j += 2;
            }
            b'"' => return Some((j, escaped)),
            _ => j += 1,
        }
    }
}

/// The exact check: serde_json reads every key, escapes and all.
fn walk(bytes: &[u8]) -> Option<String> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    match Walk.deserialize(&mut de) {
        Err(e) if e.is_data() => Some(e.to_string().split(" at line").next()?.to_owned()),
        _ => None,
    }
}

/// Visits any JSON value, failing with the duplicated key as the error message.
struct Walk;

impl<'de> DeserializeSeed<'de> for Walk {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Walk {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(Walk)?.is_some() {}
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut few: Vec<Key<'de>> = Vec::new();
        let mut many: HashSet<Key<'de>> = HashSet::new();
        while let Some(key) = map.next_key::<Key<'de>>()? {
            let seen = if many.is_empty() && few.len() < SCAN_LIMIT {
                let seen = few.contains(&key);
                few.push(key.clone());
                seen
            } else {
                many.extend(few.drain(..));
                !many.insert(key.clone())
            };
            if seen {
                return Err(de::Error::custom(format!(
                    "the key {:?} appears twice in one object",
                    key.as_str()
                )));
            }
            map.next_value_seed(Walk)?;
        }
        Ok(())
    }
}

/// An object key, borrowed from the input when it has no escapes; equal to another by its
/// text, however it was spelled (`"name"` and `"na\u006de"` are one key).
#[derive(Clone)]
enum Key<'de> {
    Borrowed(&'de str),
    Owned(String),
}

impl Key<'_> {
    fn as_str(&self) -> &str {
        match self {
            Key::Borrowed(s) => s,
            Key::Owned(s) => s,
        }
    }
}

impl PartialEq for Key<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Key<'_> {}

impl std::hash::Hash for Key<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state)
    }
}

impl<'de> de::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object key")
            }
            fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Key<'de>, E> {
                Ok(Key::Borrowed(s))
            }
            fn visit_str<E>(self, s: &str) -> Result<Key<'de>, E> {
                Ok(Key::Owned(s.to_owned()))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::first_duplicate_key;

    #[test]
    fn a_key_twice_in_one_object_is_found_at_any_depth() {
        let dup = |s: &str| first_duplicate_key(s.as_bytes());
        assert_eq!(dup(r#"{"a":1,"b":{"c":[{"d":1,"e":2}]}}"#), None);
        assert_eq!(
            dup(r#"{"a":{"x":1},"b":{"x":2}}"#),
            None,
            "one key per object"
        );
        let found = dup(r#"{"params":{"arguments":{"table":"a","table":"users"}}}"#);
        assert!(found.unwrap().contains("\"table\""));
        // Escaped and plain spellings of one key are the same key.
        assert!(dup(r#"{"name":"a","na\u006de":"b"}"#).is_some());
        let wide: String = (0..40).map(|i| format!("\"k{i}\":{i},")).collect();
        assert_eq!(dup(&format!("{{{wide}\"z\":0}}")), None);
        assert!(dup(&format!("{{{wide}\"k3\":0}}")).is_some());
        assert_eq!(dup("[1, 2"), None, "not JSON: the parse says so");
        // Keys are keys, values are values: a value equal to a key is no duplicate.
        assert_eq!(dup(r#"{"a":"a","b":["a","a"],"c":{"a":1}}"#), None);
        assert!(dup(r#"{"a":[{"x":1}],"b":2,"a":3}"#).is_some());
        assert_eq!(dup(r#"{"s":"a \" quote, \"a\": 1","a":2}"#), None);
    }
}
