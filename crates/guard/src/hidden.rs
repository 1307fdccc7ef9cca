//! Invisible characters: zero-width, bidi controls, Unicode tags, variation-selector
//! payloads and ANSI escapes. Legitimate uses (ZWNJ between letters, ZWJ in emoji,
//! VS15/VS16 after a symbol, emoji flag tag sequences) pass.

use crate::category::Category;
use crate::finding::{Finding, truncate};

/// What kind of hidden character a position holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    ZeroWidth,
    Bidi,
    Tag,
    Selector,
    Ansi,
}

fn is_zero_width(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}'
            ..='\u{2064}'
                | '\u{FEFF}'
                | '\u{180E}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{3164}'
                | '\u{FFA0}'
                | '\u{00AD}'
                | '\u{034F}'
    )
}

fn is_bidi(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn is_tag(c: char) -> bool {
    ('\u{E0000}'..='\u{E007F}').contains(&c)
}

fn is_selector(c: char) -> bool {
    matches!(c, '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}')
}

fn is_emoji_like(c: char) -> bool {
    let u = c as u32;
    (0x1F000..=0x1FAFF).contains(&u)
        || (0x2190..=0x2BFF).contains(&u)
        || (0x2600..=0x27BF).contains(&u)
        || (0x1F3FB..=0x1F3FF).contains(&u)
        || matches!(
            u,
            0x00A9 | 0x00AE | 0x203C | 0x2049 | 0x2122 | 0x2139 | 0x3030 | 0x303D
        )
        || c == '\u{FE0F}'
        || c == '\u{20E3}'
}

fn is_letter(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphabetic() || is_combining(c))
}

fn is_combining(c: char) -> bool {
    // Indic and Arabic marks are not `alphabetic` in every case; accept common mark blocks.
    let u = c as u32;
    (0x0300..=0x036F).contains(&u)
        || (0x0610..=0x061A).contains(&u)
        || (0x064B..=0x065F).contains(&u)
        || (0x0900..=0x0DFF).contains(&u)
}

/// Whether [`classify`] could flag `c` (its context aside): a string without such a
/// character has no hidden content, and most strings are skipped in one cheap pass.
fn suspect(c: char) -> bool {
    if c.is_ascii() {
        return c == '\u{1B}' || (c.is_ascii_control() && !matches!(c, '\n' | '\r' | '\t'));
    }
    c.is_control() || is_bidi(c) || is_tag(c) || is_selector(c) || is_zero_width(c)
}

/// Classify `chars[i]` as hidden (illegitimate) or not.
fn classify(chars: &[char], i: usize) -> Option<Kind> {
    let c = chars[i];
    let prev = i.checked_sub(1).map(|j| chars[j]);
    let next = chars.get(i + 1).copied();
    if c == '\u{1B}' || (c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
        return Some(Kind::Ansi);
    }
    if is_bidi(c) {
        return Some(Kind::Bidi);
    }
    if is_tag(c) {
        return (!in_flag_sequence(chars, i)).then_some(Kind::Tag);
    }
    if is_selector(c) {
        let ok = match (c, prev) {
            ('\u{FE0E}' | '\u{FE0F}', Some(p)) => !is_selector(p) && !p.is_whitespace(),
            ('\u{FE00}'..='\u{FE0D}', Some(p)) => !is_selector(p) && !p.is_ascii(),
            (_, Some(p)) => is_han(p),
            _ => false,
        };
        return (!ok).then_some(Kind::Selector);
    }
    if is_zero_width(c) {
        let ok = match c {
            '\u{200C}' => is_letter(prev) && !prev.is_some_and(|p| p.is_ascii()),
            '\u{200D}' => {
                (prev.is_some_and(is_emoji_like) && next.is_some_and(is_emoji_like))
                    || (is_letter(prev) && !prev.is_some_and(|p| p.is_ascii()))
            }
            '\u{FEFF}' => i == 0,
            _ => false,
        };
        return (!ok).then_some(Kind::ZeroWidth);
    }
    None
}

fn is_han(c: char) -> bool {
    let u = c as u32;
    (0x4E00..=0x9FFF).contains(&u)
        || (0x3400..=0x4DBF).contains(&u)
        || (0x20000..=0x3134F).contains(&u)
}

/// Emoji subdivision flags: U+1F3F4, tag letters/digits, U+E007F.
fn in_flag_sequence(chars: &[char], i: usize) -> bool {
    let mut start = i;
    while start > 0 && is_tag(chars[start - 1]) {
        start -= 1;
    }
    let mut end = i;
    while end + 1 < chars.len() && is_tag(chars[end + 1]) {
        end += 1;
    }
    let body_ok = chars[start..end].iter().all(|c| {
        let a = (*c as u32 - 0xE0000) as u8;
        a.is_ascii_lowercase() || a.is_ascii_digit()
    });
    start > 0
        && chars[start - 1] == '\u{1F3F4}'
        && chars[end] == '\u{E007F}'
        && body_ok
        && end - start <= 7
}

/// Find hidden content in one string.
pub fn scan(text: &str, location: &str, out: &mut Vec<Finding>) {
    if !text.chars().any(suspect) {
        return;
    }
    let chars: Vec<char> = text.chars().collect();
    let mut counts = [0usize; 5];
    let mut tags = String::new();
    let mut selector_bytes = Vec::new();
    for i in 0..chars.len() {
        let Some(kind) = classify(&chars, i) else {
            continue;
        };
        counts[kind as usize] += 1;
        match kind {
            Kind::Tag => tags.push(char::from((chars[i] as u32 - 0xE0000) as u8)),
            Kind::Selector => selector_bytes.push(selector_byte(chars[i])),
            _ => {}
        }
    }
    report(&counts, &tags, &selector_bytes, location, out);
}

fn selector_byte(c: char) -> u8 {
    let u = c as u32;
    if u <= 0xFE0F {
        (u - 0xFE00) as u8
    } else {
        (u - 0xE0100 + 16) as u8
    }
}

fn report(counts: &[usize; 5], tags: &str, sel: &[u8], location: &str, out: &mut Vec<Finding>) {
    let mut push = |rule: &str, score: f32, msg: String| {
        out.push(Finding::new(
            rule,
            Category::HiddenContent,
            score,
            location,
            msg,
        ));
    };
    if counts[Kind::Tag as usize] > 0 {
        let shown: String = tags.chars().filter(|c| !c.is_control()).collect();
        push(
            "hidden-unicode-tags",
            0.95,
            format!(
                "{} Unicode tag characters decode to: \"{}\"",
                counts[Kind::Tag as usize],
                truncate(&shown, 120)
            ),
        );
    }
    if counts[Kind::Selector as usize] > 0 {
        let decoded = String::from_utf8_lossy(sel);
        let printable = decoded
            .chars()
            .filter(|c| c.is_ascii_graphic() || *c == ' ')
            .count();
        let msg = if sel.len() >= 4 && printable * 10 >= sel.len() * 8 {
            format!(
                "variation-selector payload ({} selectors) decodes to: \"{}\"",
                sel.len(),
                truncate(&decoded, 120)
            )
        } else {
            format!("{} stray variation selectors", sel.len())
        };
        push(
            "hidden-variation-selectors",
            if sel.len() >= 4 { 0.9 } else { 0.6 },
            msg,
        );
    }
    if counts[Kind::Bidi as usize] > 0 {
        push(
            "hidden-bidi-control",
            0.8,
            format!(
                "{} bidirectional control characters (text may display differently than it reads)",
                counts[Kind::Bidi as usize]
            ),
        );
    }
    if counts[Kind::Ansi as usize] > 0 {
        push(
            "hidden-ansi-escape",
            0.8,
            format!(
                "{} ANSI escape / control characters",
                counts[Kind::Ansi as usize]
            ),
        );
    }
    if counts[Kind::ZeroWidth as usize] > 0 {
        let n = counts[Kind::ZeroWidth as usize];
        push(
            "hidden-zero-width",
            if n >= 3 { 0.8 } else { 0.6 },
            format!("{n} zero-width characters outside legitimate script/emoji use"),
        );
    }
}

/// Remove hidden characters (and whole ANSI sequences) from a string; returns whether it changed.
pub fn strip(text: &mut String) -> bool {
    if text.is_ascii()
        && !text
            .bytes()
            .any(|b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t'))
    {
        return false;
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '\u{1B}' {
            i = skip_ansi(&chars, i);
            continue;
        }
        if classify(&chars, i).is_none() {
            out.push(chars[i]);
        }
        i += 1;
    }
    let changed = out != *text;
    *text = out;
    changed
}

/// Index just past an ANSI escape sequence starting at `i`.
fn skip_ansi(chars: &[char], i: usize) -> usize {
    let mut j = i + 1;
    match chars.get(j) {
        Some('[') => {
            j += 1;
            while j < chars.len() && !('\u{40}'..='\u{7E}').contains(&chars[j]) {
                j += 1;
            }
            j + 1
        }
        Some(']') => {
            while j < chars.len() && chars[j] != '\u{07}' && chars[j] != '\u{1B}' {
                j += 1;
            }
            j + 1
        }
        Some(_) => j + 1,
        None => j,
    }
    .min(chars.len())
}

#[cfg(test)]
mod tests {
    use super::{classify, suspect};

    #[test]
    fn no_character_outside_the_prefilter_is_ever_classified_hidden() {
        let contexts = [
            'a',
            'ب',
            '中',
            '\u{1F3F4}',
            '\u{1F469}',
            ' ',
            '\u{E0067}',
            '\u{FE0F}',
        ];
        let mut suspects = 0;
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            if suspect(c) {
                suspects += 1;
                continue;
            }
            for p in contexts {
                for chars in [vec![c], vec![p, c], vec![p, c, p], vec![c, p]] {
                    let i = chars.iter().position(|&x| x == c).expect("placed");
                    assert_eq!(classify(&chars, i), None, "{c:?} after {p:?}");
                }
            }
        }
        assert!(
            suspects > 300,
            "the prefilter passes the hidden characters on"
        );
    }
}
