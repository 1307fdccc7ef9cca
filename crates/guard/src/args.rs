//! Outgoing call arguments: command injection, path traversal, SSRF and SQL injection,
//! judged against the tool's purpose (shell and SQL tools get more latitude).

use regex::{Regex, RegexSet};

use crate::GuardError;
use crate::category::Category;
use crate::finding::{Finding, truncate};
use crate::injection::ascii_boundaries;
use crate::ssrf;

/// What a tool is for, guessed from its name and description.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Purpose {
    /// Runs shell commands.
    pub shell: bool,
    /// Runs SQL.
    pub sql: bool,
}

/// (rule, category, score, applies to shell tools, applies to sql tools, pattern)
type Pattern = (&'static str, Category, f32, bool, bool, &'static str);

const PATTERNS: &[Pattern] = &[
    (
        "cmd-chain",
        Category::CommandInjection,
        0.85,
        false,
        true,
        r"(;|&&|\|\||\n)\s*(sudo\s+)?((rm|curl|wget|nc|ncat|netcat|bash|sh|zsh|chmod|chown|cat|python3?|perl|ruby|php|powershell|kill|telnet|scp|ssh|base64|echo)\s+(-|/|~|\$|https?:|['\x22]|[a-z0-9._-]+\.(sh|txt|py|key|pem|conf)\b|[a-z0-9.-]+\s+\d)|(whoami|id|uname|shutdown|reboot|printenv|env)\s*($|[;&|#]))",
    ),
    (
        "cmd-subshell",
        Category::CommandInjection,
        0.85,
        false,
        true,
        r"\$\(\s*[a-z]|\$\{[a-z_]*[:!]|`\s*((rm|curl|wget|nc|bash|sh|cat|python3?|perl|echo|sleep)\s+[^`]+|whoami|id|uname|env|printenv)\s*`",
    ),
    (
        "cmd-pipe",
        Category::CommandInjection,
        0.85,
        false,
        true,
        r"\|\s*(sudo\s+)?(nc|ncat|netcat|sh|bash|zsh|python3?|perl|ruby|php|telnet|base64\s+-d)\b",
    ),
    (
        "cmd-download-exec",
        Category::CommandInjection,
        0.95,
        true,
        true,
        r"\b(curl|wget|iwr|invoke-webrequest)\b[^\n|;]*\|\s*(sudo\s+)?(ba|z|da)?sh\b|\bbase64\s+(-d|--decode)\b[^\n]*\|\s*(ba)?sh\b",
    ),
    (
        "cmd-reverse-shell",
        Category::CommandInjection,
        0.95,
        true,
        true,
        r"/dev/(tcp|udp)/|\b(nc|ncat|netcat)\b[^\n]*\s-[a-z]*e\s|\bmkfifo\b[^\n]*\bnc\b|\bsocket\.socket\(|\bpty\.spawn\(",
    ),
    (
        "cmd-destroy",
        Category::CommandInjection,
        0.9,
        true,
        true,
        r"\brm\s+-[a-z]*(rf|fr)[a-z]*\s+(/|~|\$home|\*|/\*)(\s|$|;|&)|\bmkfs\.|\bdd\s+if=\S+\s+of=/dev/|:\(\)\s*\{\s*:\|:&\s*\};:|\bchmod\s+-r\s+777\s+/|>\s*/dev/sd[a-z]",
    ),
    (
        "cmd-secret-read",
        Category::CommandInjection,
        0.85,
        true,
        true,
        r"\b(cat|less|more|head|tail|cp|scp|curl\s+-f|base64)\b[^\n|;]*(~/\.ssh|\.ssh/id_|/etc/shadow|\.aws/credentials|\.env\b|\.git-credentials|\.netrc)",
    ),
    (
        "path-encoded-traversal",
        Category::PathTraversal,
        0.9,
        true,
        true,
        r"(%2e|%252e)(%2e|%252e|\.)|\.(%2e|%252e)|\.\.(%2f|%5c|%252f|%c0%af|%c1%9c)|%00",
    ),
    (
        "path-traversal",
        Category::PathTraversal,
        0.8,
        false,
        true,
        r"(\.\.[/\\]){2,}|(^|[=\s'\x22])\.\.[/\\][^\s]*(etc|root|home|windows|proc|ssh|env|passwd|var)",
    ),
    (
        "path-sensitive",
        Category::PathTraversal,
        0.85,
        false,
        true,
        r"(^|[\s'\x22=:(/])(/etc/(passwd|shadow|sudoers|group|hosts)|/proc/self/(environ|cmdline|mem)|/root/|~/\.ssh|/\.ssh/|\.ssh/id_|\.aws/credentials|\.docker/config\.json|\.kube/config|\.git-credentials|\.netrc|\.pgpass|c:\\windows\\system32|/var/run/secrets|/etc/ssl/private)",
    ),
    (
        "path-sensitive-shell",
        Category::PathTraversal,
        0.8,
        true,
        false,
        r"/etc/shadow|/proc/self/environ|\.ssh/id_|\.aws/credentials|/var/run/secrets",
    ),
    (
        "sql-tautology",
        Category::SqlInjection,
        0.9,
        true,
        true,
        r"['\x22)]\s*(or|and|\|\|)\s*['\x22(]?\s*(\d+|[a-z])['\x22]?\s*(=|<>|!=|like)\s*['\x22(]?\s*(\d+|[a-z])\b|['\x22]\s*or\s+(true|1)\b|\bor\s+1\s*=\s*1\b",
    ),
    (
        "sql-stacked",
        Category::SqlInjection,
        0.9,
        true,
        true,
        r"['\x22]\s*\)?\s*;\s*(drop|delete|truncate|insert|update|alter|create|exec|execute|shutdown|grant|declare)\b",
    ),
    (
        "sql-stacked-plain",
        Category::SqlInjection,
        0.85,
        true,
        false,
        r";\s*(drop|truncate|alter|grant|shutdown)\s+(table|database|schema|user|role)?\b",
    ),
    (
        "sql-union",
        Category::SqlInjection,
        0.85,
        true,
        false,
        r"\bunion\s+(all\s+)?select\b",
    ),
    // Not for a SQL tool (session 22, audit 19): its query is the agent's whole statement, where
    // a comment after a literal (`LIKE '%@acme.com' -- active only`) is ordinary; the shape
    // means injection where a value closes a string in a query around it.
    (
        "sql-comment",
        Category::SqlInjection,
        0.75,
        true,
        false,
        r"['\x22]\s*\)?\s*(--|#|/\*)",
    ),
    (
        "sql-timing",
        Category::SqlInjection,
        0.85,
        true,
        true,
        r"\b(sleep\s*\(\s*\d+|pg_sleep\s*\(|benchmark\s*\(\s*\d+|waitfor\s+delay)",
    ),
    (
        "sql-dangerous",
        Category::SqlInjection,
        0.85,
        true,
        true,
        r"\b(xp_cmdshell|load_file\s*\(|into\s+(out|dump)file|copy\s+\S+\s+(from|to)\s+program|information_schema\.|pg_shadow|mysql\.user|sqlite_master)\b",
    ),
];

/// Names of arguments that carry data to store or send as it is (a file's content, a
/// message's body, an edit's new text), compared without case, `_` or `-`. A file-writing tool
/// does not run its `content`, so a README's code fence, a build script's `rm -rf build/`, a
/// doc naming `http://localhost:8000` or a `../../lib` import in it are no injection; the
/// command, path, SSRF and SQL checks look at the arguments a tool acts on (a path, a URL, a
/// command, a query). Secrets, personal data and hidden content are still looked for.
const PAYLOAD_NAMES: &[&str] = &[
    "content",
    "contents",
    "text",
    "body",
    "message",
    "data",
    "newtext",
    "oldtext",
    "newstring",
    "oldstring",
    "markdown",
    "html",
    "note",
    "notes",
    "comment",
    "description",
    "summary",
    "patch",
    "diff",
    "replacement",
    // Session 22 (audit 19): free text that a memory, tracker or reasoning tool stores as it is
    // (server-memory's observations, an issue's title, sequential-thinking's thought) was
    // refused for quoting `curl | sh` or naming `localhost:8080`.
    "observation",
    "observations",
    "title",
    "subject",
    "thought",
    "thoughts",
    "reasoning",
    "caption",
    "feedback",
    "review",
];

/// Whether `text`, the string at JSON pointer `ptr` of a call's arguments, is a payload (see
/// [`PAYLOAD_NAMES`]): its nearest object key, array indices skipped, names one, and it is
/// text — words, lines — rather than one token. A single token is what a tool acts on
/// whatever its argument is called (server-everything's `gzip-file-as-resource` fetches its
/// `data` URL), so a URL or a path alone is judged as such. A tool that runs shell commands
/// or SQL gets no such pass: there a payload may be what runs.
pub fn is_payload(ptr: &str, text: &str, purpose: Purpose) -> bool {
    if purpose.shell || purpose.sql || !text.trim().contains(char::is_whitespace) {
        return false;
    }
    let key = ptr
        .rsplit('/')
        .find(|seg| !seg.is_empty() && !seg.bytes().all(|b| b.is_ascii_digit()))
        .unwrap_or("");
    let mut folded = String::with_capacity(key.len());
    folded.extend(
        key.chars()
            .filter(|c| *c != '_' && *c != '-')
            .map(|c| c.to_ascii_lowercase()),
    );
    PAYLOAD_NAMES.contains(&folded.as_str())
}

/// Compiled argument checks.
pub struct ArgScanner {
    set: RegexSet,
    each: Vec<Regex>,
    shell: Regex,
    sql: Regex,
}

impl ArgScanner {
    /// Compile all patterns.
    pub fn new() -> Result<Self, GuardError> {
        let pats: Vec<String> = PATTERNS
            .iter()
            .map(|p| format!("(?i){}", ascii_boundaries(p.5)))
            .collect();
        let err = |rule: &str| {
            let rule = rule.to_string();
            move |source| GuardError::Regex { rule, source }
        };
        let set = RegexSet::new(&pats).map_err(err("args"))?;
        let each = pats
            .iter()
            .map(|p| Regex::new(p).map_err(err("args")))
            .collect::<Result<_, _>>()?;
        let shell = Regex::new(&ascii_boundaries(r"(?i)\b(shell|exec|execute|command|commands|terminal|bash|zsh|powershell|cmd|run_script|script|console|ssh)\b|shell|exec|terminal|command")).map_err(err("purpose"))?;
        let sql = Regex::new(&ascii_boundaries(r"(?i)\b(sql|query|queries|database|db|postgres|postgresql|mysql|sqlite|mssql|oracle|snowflake|bigquery|clickhouse|duckdb)\b|sql|_db|db_|query")).map_err(err("purpose"))?;
        Ok(ArgScanner {
            set,
            each,
            shell,
            sql,
        })
    }

    /// Guess the tool's purpose from its name (and description, less reliably).
    pub fn purpose(&self, name: &str, description: Option<&str>) -> Purpose {
        let d = description.unwrap_or("");
        let head: String = d.chars().take(160).collect();
        Purpose {
            shell: self.shell.is_match(name)
                || self.shell.is_match(&head) && !self.sql.is_match(name),
            sql: self.sql.is_match(name) || self.sql.is_match(&head) && !self.shell.is_match(name),
        }
    }

    /// Check one argument string.
    pub fn scan(&self, text: &str, location: &str, purpose: Purpose, out: &mut Vec<Finding>) {
        for i in self.set.matches(text).iter() {
            let (rule, category, score, on_shell, on_sql, _) = PATTERNS[i];
            if (purpose.shell && !on_shell) || (purpose.sql && !on_sql) {
                continue;
            }
            if (!purpose.sql && rule == "sql-stacked-plain")
                || (!purpose.shell && rule == "path-sensitive-shell")
            {
                continue;
            }
            let shown = self.each[i].find(text).map_or("", |m| m.as_str());
            let msg = format!("{} in argument: `{}`", category, truncate(shown.trim(), 60));
            out.push(Finding::new(rule, category, score, location, msg));
        }
        ssrf::scan(text, location, out);
    }
}
