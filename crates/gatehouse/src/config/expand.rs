//! `${VAR}` expansion from the gateway's environment, and `${file:PATH}` from a file (a secret
//! mounted by the platform, e.g. `/run/secrets/tickets`; its trailing newline is dropped). The
//! file is read at every load, so a rotated secret takes effect on the next reload.
//!
//! `${GATEHOUSE_EXE}` is built in: the path of the running gatehouse binary, so the bundled demo
//! servers start without installing anything. `$$` is a literal `$`.

/// Expand every `${VAR}` in `text`; the error names the first missing variable.
pub fn expand(text: &str, lookup: &dyn Fn(&str) -> Option<String>) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find('$') {
        out.push_str(&rest[..pos]);
        let after = &rest[pos + 1..];
        if let Some(tail) = after.strip_prefix('$') {
            out.push('$');
            rest = tail;
        } else if let Some(body) = after.strip_prefix('{') {
            let end = body
                .find('}')
                .ok_or_else(|| "unterminated ${ in value".to_owned())?;
            let name = &body[..end];
            let value = match name.strip_prefix("file:") {
                Some(path) => read_secret(path)?,
                None => {
                    lookup(name).ok_or_else(|| format!("environment variable {name} is not set"))?
                }
            };
            out.push_str(&value);
            rest = &body[end + 1..];
        } else {
            out.push('$');
            rest = after;
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// The contents of the secret file at `path`, without its trailing newline. The error names
/// the file, never its contents.
fn read_secret(path: &str) -> Result<String, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    Ok(text.trim_end_matches(['\r', '\n']).to_owned())
}

/// The process environment plus the built-in `GATEHOUSE_EXE`.
pub fn env_lookup(name: &str) -> Option<String> {
    if name == "GATEHOUSE_EXE" {
        return std::env::current_exe()
            .ok()
            .map(|p| p.to_string_lossy().into_owned());
    }
    std::env::var(name).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lookup(name: &str) -> Option<String> {
        (name == "TOKEN").then(|| "s3cret".to_owned())
    }

    #[test]
    fn expands_known_variables() {
        assert_eq!(expand("Bearer ${TOKEN}", &lookup).unwrap(), "Bearer s3cret");
        assert_eq!(expand("cost: $$5 $x", &lookup).unwrap(), "cost: $5 $x");
    }

    #[test]
    fn reads_secret_files_without_their_trailing_newline() {
        let path = std::env::temp_dir().join(format!("gatehouse-secret-{}", std::process::id()));
        std::fs::write(&path, "tok-123\n").unwrap();
        let text = format!("Bearer ${{file:{}}}", path.display());
        assert_eq!(expand(&text, &lookup).unwrap(), "Bearer tok-123");
        std::fs::remove_file(&path).unwrap();
        let err = expand(&text, &lookup).unwrap_err();
        assert!(err.contains("cannot read"), "{err}");
    }

    #[test]
    fn names_missing_variables() {
        let err = expand("${NOPE}", &lookup).unwrap_err();
        assert!(err.contains("NOPE"), "{err}");
        assert!(expand("${TOKEN", &lookup).is_err());
    }
}
