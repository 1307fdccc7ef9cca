//! Personal data: payment cards (Luhn), IBANs (mod-97), US SSNs (valid area/group/serial)
//! and bulk contact records (many emails/phone numbers in one text).

use regex::Regex;

use crate::GuardError;
use crate::secrets::Hit;

/// How many email/phone records make a text "bulk personal records".
pub const BULK_RECORDS: usize = 10;

/// Compiled PII patterns.
pub struct Pii {
    card: Regex,
    iban: Regex,
    ssn: Regex,
    ssn_bare: Regex,
    email: Regex,
    phone: Regex,
}

fn re(p: &str) -> Result<Regex, GuardError> {
    Regex::new(p).map_err(|source| GuardError::Regex {
        rule: "pii".into(),
        source,
    })
}

impl Pii {
    /// Compile the patterns.
    pub fn new() -> Result<Self, GuardError> {
        Ok(Pii {
            card: re(r"(?-u:\b)(?:\d[ -]?){11,18}\d(?-u:\b)")?,
            // Compact in upper case, or in groups of four each after one space (any case):
            // a lower-case hex id followed by a word ("ba34f4768e7af098 path") passed for a
            // Bosnian IBAN one time in 97, and compact lower-case hex ids (span ids) could.
            iban: re(
                r"(?-u:\b)(?:[A-Z]{2}\d{2}[A-Z0-9]{11,30}|(?i:[A-Z]{2}\d{2}(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,4})?))(?-u:\b)",
            )?,
            ssn: re(r"(?-u:\b)(\d{3})([- .])(\d{2})([- .])(\d{4})(?-u:\b)")?,
            ssn_bare: re(
                r"(?i)(ssn|social security( number)?|ss#)\D{0,20}(?-u:\b)(\d{3})(\d{2})(\d{4})(?-u:\b)",
            )?,
            email: re(r"(?i)[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}")?,
            phone: re(r"(?:\+\d{1,3}[ .-]?)?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?-u:\b)")?,
        })
    }

    /// Card, IBAN and SSN spans (rule ids `pii-credit-card`, `pii-iban`, `pii-us-ssn`).
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let mut out = Vec::new();
        if !text.bytes().any(|b| b.is_ascii_digit()) {
            return out;
        }
        for m in self.card.find_iter(text) {
            let digits: Vec<u8> = m
                .as_str()
                .bytes()
                .filter(u8::is_ascii_digit)
                .map(|b| b - b'0')
                .collect();
            let len_ok = (13..=19).contains(&digits.len())
                || (digits.len() == 12 && card_context(text, m.start()));
            if len_ok && card_prefix(&digits) && luhn(&digits) {
                out.push(hit("pii-credit-card", m.start(), m.end()));
            }
        }
        for m in self.iban.find_iter(text) {
            if iban_valid(m.as_str()) {
                out.push(hit("pii-iban", m.start(), m.end()));
            }
        }
        for c in self.ssn.captures_iter(text) {
            if c[2] == c[4] && ssn_valid(&c[1], &c[3], &c[5]) {
                let m = c.get(0).expect("group 0");
                out.push(hit("pii-us-ssn", m.start(), m.end()));
            }
        }
        for c in self.ssn_bare.captures_iter(text) {
            if ssn_valid(&c[3], &c[4], &c[5]) {
                let (s, e) = (c.get(3).expect("g").start(), c.get(5).expect("g").end());
                out.push(hit("pii-us-ssn", s, e));
            }
        }
        out.sort_by_key(|h| h.start);
        out.dedup_by(|b, a| b.start < a.end);
        out
    }

    /// Number of email addresses and phone numbers in `text`.
    pub fn count_records(&self, text: &str) -> usize {
        self.bulk_spans(text).len()
    }

    /// Email and phone spans in `text` (rule id `pii-bulk-records`).
    pub fn bulk_spans(&self, text: &str) -> Vec<Hit> {
        if !text.contains('@') && !text.bytes().any(|b| b.is_ascii_digit()) {
            return Vec::new();
        }
        let mut spans: Vec<Hit> = self
            .email
            .find_iter(text)
            .map(|m| hit("pii-bulk-records", m.start(), m.end()))
            .collect();
        spans.extend(
            self.phone
                .find_iter(text)
                .map(|m| hit("pii-bulk-records", m.start(), m.end())),
        );
        spans.sort_by_key(|h| h.start);
        spans.dedup_by(|b, a| b.start < a.end);
        spans
    }
}

fn hit(rule: &str, start: usize, end: usize) -> Hit {
    Hit {
        rule: rule.to_string(),
        start,
        end,
    }
}

/// Luhn checksum over digits.
pub fn luhn(digits: &[u8]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, d)| {
            let d = u32::from(*d);
            if i % 2 == 1 {
                if d * 2 > 9 { d * 2 - 9 } else { d * 2 }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// "card" / "cc" shortly before a 12-digit number (Maestro); bare 12 digits are too common.
fn card_context(text: &str, start: usize) -> bool {
    let from = text[..start]
        .char_indices()
        .rev()
        .nth(30)
        .map_or(0, |(i, _)| i);
    let before = text[from..start].to_ascii_lowercase();
    before.contains("card") || before.contains("cc ") || before.contains("maestro")
}

fn card_prefix(d: &[u8]) -> bool {
    let two = d[0] * 10 + d[1];
    let four = u32::from(two) * 100 + u32::from(d[2] * 10 + d[3]);
    d[0] == 4
        || (51..=55).contains(&two)
        || (2221..=2720).contains(&four)
        || two == 34
        || two == 37
        || two == 36
        || two == 38
        || (300..=305).contains(&(four / 10))
        || four == 6011
        || two == 65
        || (3528..=3589).contains(&four)
        || two == 62
        || two == 50
        || (56..=69).contains(&two)
        || four == 2131
        || four == 1800
}

/// IBAN length per country code, from the SWIFT IBAN registry (with the
/// countries that use IBANs outside it, such as the West African states).
/// A country code outside this table, or a length that does not match it,
/// is not an IBAN: without the check any 15-34 character word that starts
/// with two letters and two digits passed one time in 97 (hex ids did).
#[rustfmt::skip]
const IBAN_LENGTHS: &[(&str, usize)] = &[
    ("AD", 24), ("AE", 23), ("AL", 28), ("AO", 25), ("AT", 20), ("AZ", 28),
    ("BA", 20), ("BE", 16), ("BF", 28), ("BG", 22), ("BH", 22), ("BI", 27),
    ("BJ", 28), ("BR", 29), ("BY", 28), ("CF", 27), ("CG", 27), ("CH", 21),
    ("CI", 28), ("CM", 27), ("CR", 22), ("CV", 25), ("CY", 28), ("CZ", 24),
    ("DE", 22), ("DJ", 27), ("DK", 18), ("DO", 28), ("DZ", 26), ("EE", 20),
    ("EG", 29), ("ES", 24), ("FI", 18), ("FK", 18), ("FO", 18), ("FR", 27),
    ("GA", 27), ("GB", 22), ("GE", 22), ("GI", 23), ("GL", 18), ("GQ", 27),
    ("GR", 27), ("GT", 28), ("GW", 25), ("HN", 28), ("HR", 21), ("HU", 28),
    ("IE", 22), ("IL", 23), ("IQ", 23), ("IR", 26), ("IS", 26), ("IT", 27),
    ("JO", 30), ("KM", 27), ("KW", 30), ("KZ", 20), ("LB", 28), ("LC", 32),
    ("LI", 21), ("LT", 20), ("LU", 20), ("LV", 21), ("LY", 25), ("MA", 28),
    ("MC", 27), ("MD", 24), ("ME", 22), ("MG", 27), ("MK", 19), ("ML", 28),
    ("MN", 20), ("MR", 27), ("MT", 31), ("MU", 30), ("MZ", 25), ("NE", 28),
    ("NI", 28), ("NL", 18), ("NO", 15), ("OM", 23), ("PK", 24), ("PL", 28),
    ("PS", 29), ("PT", 25), ("QA", 29), ("RO", 24), ("RS", 22), ("RU", 33),
    ("SA", 24), ("SC", 31), ("SD", 18), ("SE", 24), ("SI", 19), ("SK", 24),
    ("SM", 27), ("SN", 28), ("SO", 23), ("ST", 25), ("SV", 28), ("TD", 27),
    ("TG", 28), ("TL", 23), ("TN", 24), ("TR", 26), ("UA", 29), ("VA", 22),
    ("VG", 24), ("XK", 20), ("YE", 30),
];

/// IBAN check (spaces ignored): a registered country code, that country's
/// length, and mod-97.
pub fn iban_valid(s: &str) -> bool {
    let s: String = s
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    let registered = s.get(..2).and_then(|cc| {
        IBAN_LENGTHS
            .iter()
            .find(|(code, _)| *code == cc)
            .map(|(_, len)| *len)
    });
    if registered != Some(s.len()) {
        return false;
    }
    let rotated = format!("{}{}", &s[4..], &s[..4]);
    let mut rem: u32 = 0;
    for c in rotated.chars() {
        let v = match c.to_digit(36) {
            Some(v) => v,
            None => return false,
        };
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    rem == 1
}

/// US SSN validity: area not 000/666/9xx, group not 00, serial not 0000.
pub fn ssn_valid(area: &str, group: &str, serial: &str) -> bool {
    let a: u32 = area.parse().unwrap_or(0);
    a != 0 && a != 666 && a < 900 && group != "00" && serial != "0000"
}
