//! Minimal glob (`*` = any run, `?` = one character) and its SQL `LIKE` form.

/// Whether `pattern` has a wildcard.
pub(crate) fn is_glob(pattern: &str) -> bool {
    pattern.contains(['*', '?'])
}

/// Case-sensitive glob match of the whole `text`.
pub(crate) fn matches(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    let (mut pi, mut ti) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some((pi, ti));
            pi += 1;
        } else if let Some((sp, st)) = star {
            pi = sp + 1;
            ti = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

/// `LIKE` pattern (escape character `\`) matching a superset of the glob.
/// SQLite's `LIKE` ignores ASCII case, so callers re-check with [`matches`].
pub(crate) fn to_like(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 4);
    for c in pattern.chars() {
        match c {
            '*' => out.push('%'),
            '?' => out.push('_'),
            '%' | '_' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glob_matching() {
        assert!(matches("ehr__*", "ehr__read_chart"));
        assert!(matches("ehr__*", "ehr__"));
        assert!(!matches("ehr__*", "EHR__read"));
        assert!(!matches("ehr__*", "xehr__read"));
        assert!(matches("*_chart", "ehr__read_chart"));
        assert!(matches("a?c*d", "abcxxd"));
        assert!(!matches("a?c", "ac"));
        assert_eq!(to_like("ehr__*"), "ehr\\_\\_%");
    }
}
