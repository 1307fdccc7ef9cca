//! Starting a `gatehouse` gateway in front of the echo upstream and waiting until
//! it answers MCP.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::children::{self, ChildId};
use crate::loadgen::{self, Target};

/// Name of the echo server in the generated gateway config.
pub const SERVER_NAME: &str = "echo";

/// How the gateway reaches the echo upstream.
#[derive(Debug, Clone)]
pub enum UpstreamLink {
    /// Streamable HTTP at this URL.
    Http(String),
    /// A stdio child: this `echo-upstream` binary run with `--stdio`.
    Stdio(PathBuf),
}

/// Renders the gateway config. A template may use `{listen}`, `{upstream_url}`,
/// `{echo_command}` (a quoted path), `{audit_db}` (a quoted path) and `{server}`; without
/// one, the default layout (`listen`, `servers.echo.url` or `.command`/`.args`, and the
/// audit log in `audit_db` with batched durability) is used.
///
/// The audit log is kept on, as in production, but batched: the default (`sync`, an fsync per
/// group commit in the working directory) would measure the disk rather than the gateway.
pub fn render_config(
    listen: &str,
    link: &UpstreamLink,
    audit_db: &Path,
    template: Option<&str>,
) -> String {
    let (url, command) = match link {
        UpstreamLink::Http(url) => (url.clone(), String::new()),
        UpstreamLink::Stdio(path) => (String::new(), quote(&path.display().to_string())),
    };
    let audit_db = quote(&audit_db.display().to_string());
    if let Some(template) = template {
        return template
            .replace("{listen}", listen)
            .replace("{upstream_url}", &url)
            .replace("{echo_command}", &command)
            .replace("{audit_db}", &audit_db)
            .replace("{server}", SERVER_NAME);
    }
    let server = match link {
        UpstreamLink::Http(_) => format!("    url: {url}\n"),
        UpstreamLink::Stdio(_) => format!("    command: {command}\n    args: [\"--stdio\"]\n"),
    };
    format!(
        "# written by bench-proxy\nlisten: {listen}\nservers:\n  {SERVER_NAME}:\n{server}\
         audit:\n  url: {audit_db}\n  durability: batched\n"
    )
}

/// Quotes a string for YAML (a JSON string is a YAML double-quoted scalar).
fn quote(s: &str) -> String {
    serde_json::to_string(s).expect("strings serialize")
}

/// Returns a currently free TCP port on 127.0.0.1.
pub fn free_port() -> std::io::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}

/// Starts `gatehouse serve --config CONFIG`, logging to `log`.
pub fn start(binary: &Path, config: &Path, log: &Path) -> Result<ChildId, String> {
    let out = File::create(log).map_err(|e| format!("cannot create {}: {e}", log.display()))?;
    let err = out.try_clone().map_err(|e| e.to_string())?;
    let mut cmd = Command::new(binary);
    cmd.arg("serve").arg("--config").arg(config);
    cmd.stdin(Stdio::null()).stdout(out).stderr(err);
    children::spawn(&mut cmd)
        .map(|(id, _)| id)
        .map_err(|e| format!("cannot start {}: {e}", binary.display()))
}

/// Waits until `url` completes an initialize and an echo call, the child exits,
/// or `limit` passes.
pub fn wait_ready(url: &str, child: Option<ChildId>, limit: Duration) -> Result<(), String> {
    let target = Target::parse(url)?;
    let rt = loadgen::runtime(1).map_err(|e| e.to_string())?;
    let deadline = Instant::now() + limit;
    loop {
        let attempt = async {
            tokio::time::timeout(Duration::from_secs(2), loadgen::probe(target.clone())).await
        };
        let last = match rt.block_on(attempt) {
            Ok(Ok(())) => return Ok(()),
            Ok(Err(err)) => err.to_string(),
            Err(_) => "probe timed out".to_string(),
        };
        if let Some(status) = child.and_then(children::exit_status) {
            return Err(format!(
                "gateway exited ({status}) before answering; last probe: {last}"
            ));
        }
        if Instant::now() >= deadline {
            return Err(format!(
                "gateway not answering after {limit:?}; last probe: {last}"
            ));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_config_for_http_and_stdio() {
        let db = Path::new("/w/audit.db");
        let http = render_config(
            "127.0.0.1:9",
            &UpstreamLink::Http("http://h/mcp".into()),
            db,
            None,
        );
        assert!(http.contains("listen: 127.0.0.1:9\nservers:\n  echo:\n    url: http://h/mcp\n"));
        assert!(http.contains("audit:\n  url: \"/w/audit.db\"\n  durability: batched\n"));
        let stdio = render_config("a:1", &UpstreamLink::Stdio("/x y/echo".into()), db, None);
        assert!(stdio.contains("    command: \"/x y/echo\"\n    args: [\"--stdio\"]\n"));
    }

    #[test]
    fn template_placeholders_are_filled() {
        let link = UpstreamLink::Http("http://u/mcp".into());
        let template = "{listen} {server} {upstream_url} {audit_db}";
        let got = render_config("l:1", &link, Path::new("/a.db"), Some(template));
        assert_eq!(got, "l:1 echo http://u/mcp \"/a.db\"");
    }
}
