//! Starting `echo-upstream` and learning the URL it listens on.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use super::children::{self, ChildId};

/// How long `echo-upstream` may take to report its address.
const START_TIMEOUT: Duration = Duration::from_secs(10);

/// Starts `echo-upstream` over HTTP on a free port; returns its id and URL.
pub fn start_http(binary: &Path, threads: usize, log: &Path) -> Result<(ChildId, String), String> {
    let mut cmd = Command::new(binary);
    cmd.args(["--listen", "127.0.0.1:0"]);
    cmd.args(["--threads", &threads.to_string()]);
    let stderr = File::create(log).map_err(|e| format!("cannot create {}: {e}", log.display()))?;
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(stderr);
    let (id, stdout) =
        children::spawn(&mut cmd).map_err(|e| format!("cannot start {}: {e}", binary.display()))?;
    let stdout = stdout.ok_or("echo-upstream stdout was not piped")?;
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut reader = BufReader::new(stdout);
        let mut line = String::new();
        let _ = tx.send(reader.read_line(&mut line).map(|_| line));
        // Keep draining so the child never blocks or fails on a closed pipe.
        let _ = std::io::copy(&mut reader.by_ref(), &mut std::io::sink());
    });
    let line = rx
        .recv_timeout(START_TIMEOUT)
        .map_err(|_| "echo-upstream did not report its address in time".to_string())?
        .map_err(|e| format!("reading echo-upstream output: {e}"))?;
    let url = line
        .trim()
        .rsplit_once(' ')
        .map(|(_, url)| url.to_string())
        .filter(|url| url.starts_with("http://"))
        .ok_or_else(|| {
            format!(
                "unexpected echo-upstream output {line:?} (log: {})",
                log.display()
            )
        })?;
    Ok((id, url))
}
