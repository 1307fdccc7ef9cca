//! Look-alike tool names across servers: homoglyphs, near-copies and duplicates.

use crate::category::Category;
use crate::finding::Finding;
use crate::walk::escape;

/// Map confusable characters to an ASCII skeleton, lowercased, separators removed.
pub fn skeleton(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        let c = fold(c);
        if matches!(c, '_' | '-' | ' ' | '.' | '\u{200B}'..='\u{200D}') {
            continue;
        }
        out.extend(c.to_lowercase());
    }
    out.replace("rn", "m").replace("vv", "w")
}

fn fold(c: char) -> char {
    let u = c as u32;
    if (0xFF01..=0xFF5E).contains(&u) {
        return char::from_u32(u - 0xFEE0).unwrap_or(c);
    }
    match c {
        'а' | 'ɑ' | 'α' | 'Α' | 'А' => 'a',
        'в' | 'В' | 'β' | 'Β' => 'b',
        'с' | 'С' | 'ϲ' => 'c',
        'ԁ' | 'ɗ' => 'd',
        'е' | 'Е' | 'ε' | 'Ε' | 'ё' => 'e',
        'ɡ' | 'ց' => 'g',
        'һ' | 'Н' | 'Η' => 'h',
        'і' | 'І' | 'ι' | 'Ι' | 'ı' | 'ӏ' | '1' | '|' | 'l' | 'Ӏ' => 'l',
        'ј' | 'Ј' => 'j',
        'к' | 'К' | 'κ' | 'Κ' => 'k',
        'м' | 'М' | 'Μ' => 'm',
        'п' | 'η' | 'Ν' => 'n',
        'о' | 'О' | 'ο' | 'Ο' | '0' | 'ө' | 'σ' => 'o',
        'р' | 'Р' | 'ρ' | 'Ρ' => 'p',
        'ԛ' => 'q',
        'г' => 'r',
        'ѕ' | 'Ѕ' | '5' => 's',
        'т' | 'Т' | 'τ' | 'Τ' => 't',
        'υ' | 'ս' => 'u',
        'ν' | 'ѵ' => 'v',
        'ԝ' | 'ѡ' => 'w',
        'х' | 'Х' | 'χ' | 'Χ' => 'x',
        'у' | 'У' | 'γ' | 'Υ' => 'y',
        'ᴢ' | 'Ζ' => 'z',
        _ => c,
    }
}

/// Levenshtein distance over chars, early exit above `max`.
pub fn distance(a: &str, b: &str, max: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return max + 1;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        if cur.iter().min().is_some_and(|m| *m > max) {
            return max + 1;
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Benign variants: plural `s`, trailing version digits.
fn benign_variant(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let Some(rest) = long.strip_prefix(short) else {
        return false;
    };
    rest == "s" || rest == "es" || rest.chars().all(|c| c.is_ascii_digit())
}

/// Compare every pair of tools on different servers.
pub fn scan(tools: &[(String, String)]) -> Vec<(usize, Finding)> {
    let skel: Vec<String> = tools.iter().map(|t| skeleton(&t.1)).collect();
    let mut out = Vec::new();
    for i in 0..tools.len() {
        for j in (i + 1)..tools.len() {
            if tools[i].0 == tools[j].0 {
                continue;
            }
            if let Some(f) = compare(tools, &skel, i, j) {
                out.extend(f);
            }
        }
    }
    out
}

/// Build a look-alike finding for tool `k`, naming the other tool `o`.
fn finding(
    tools: &[(String, String)],
    k: usize,
    o: usize,
    rule: &str,
    score: f32,
    what: &str,
) -> (usize, Finding) {
    let loc = format!("/{}/{}", escape(&tools[k].0), escape(&tools[k].1));
    let msg = format!(
        "tool `{}` on server `{}` {what} `{}` on server `{}`",
        tools[k].1.escape_debug(),
        tools[k].0,
        tools[o].1,
        tools[o].0
    );
    (k, Finding::new(rule, Category::LookAlike, score, loc, msg))
}

/// How many of a name's characters stand in for another letter (a Cyrillic `а`, a digit `1`
/// for `l`, `0` for `o`): the skeleton differs from the name there.
fn disguises(name: &str) -> usize {
    name.chars().filter(|&c| fold(c) != c).count()
}

/// Which of two similar names is the imitation: the one with more stand-in characters
/// (`read_fi1e` beside `read_file`), then the non-ASCII one, else the later one.
fn suspect(tools: &[(String, String)], i: usize, j: usize) -> (usize, usize) {
    let (a, b) = (&tools[i].1, &tools[j].1);
    match disguises(a).cmp(&disguises(b)) {
        std::cmp::Ordering::Greater => (i, j),
        std::cmp::Ordering::Less => (j, i),
        std::cmp::Ordering::Equal if b.is_ascii() && !a.is_ascii() => (i, j),
        std::cmp::Ordering::Equal => (j, i),
    }
}

fn compare(
    tools: &[(String, String)],
    skel: &[String],
    i: usize,
    j: usize,
) -> Option<Vec<(usize, Finding)>> {
    if tools[i].1 == tools[j].1 {
        let what = "has the same name as";
        return Some(vec![
            finding(tools, i, j, "duplicate-tool-name", 0.6, what),
            finding(tools, j, i, "duplicate-tool-name", 0.6, what),
        ]);
    }
    let (k, o) = suspect(tools, i, j);
    if skel[i] == skel[j] {
        let score = if tools[k].1.is_ascii() { 0.7 } else { 0.95 };
        return Some(vec![finding(
            tools,
            k,
            o,
            "homoglyph-tool-name",
            score,
            "is a homoglyph of",
        )]);
    }
    let min = skel[i].chars().count().min(skel[j].chars().count());
    let max = match min {
        9.. => 2,
        5..=8 => 1,
        _ => return None,
    };
    if benign_variant(&skel[i], &skel[j]) {
        return None;
    }
    let d = distance(&skel[i], &skel[j], max);
    (d <= max).then(|| {
        let what = format!("is {d} edit(s) away from");
        vec![finding(tools, k, o, "near-copy-tool-name", 0.75, &what)]
    })
}
