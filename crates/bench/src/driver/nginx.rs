//! An nginx reverse proxy in front of the echo upstream: the reference for what a proxy that
//! does nothing but forward costs on the same machine (`bench-proxy --nginx PATH`).

use std::fs::File;
use std::path::Path;
use std::process::{Command, Stdio};

use super::children::{self, ChildId};
use super::gateway;

/// Starts nginx (one process, one worker loop, keep-alive both ways) proxying to `upstream`
/// (an `http://HOST:PORT/PATH` URL); returns its id and the URL to measure.
pub fn start(binary: &Path, work: &Path, upstream: &str) -> Result<(ChildId, String), String> {
    let authority = upstream
        .strip_prefix("http://")
        .and_then(|rest| rest.split('/').next())
        .ok_or_else(|| format!("cannot proxy to {upstream}: not an http:// URL"))?;
    let port = gateway::free_port().map_err(|e| e.to_string())?;
    let dir = work.join("nginx");
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let conf = dir.join("nginx.conf");
    std::fs::write(&conf, config(&dir, authority, port))
        .map_err(|e| format!("{}: {e}", conf.display()))?;
    let log = File::create(dir.join("stderr.log")).map_err(|e| e.to_string())?;
    let mut cmd = Command::new(binary);
    cmd.arg("-p").arg(&dir).arg("-c").arg(&conf);
    cmd.stdin(Stdio::null()).stdout(Stdio::null()).stderr(log);
    let (id, _) =
        children::spawn(&mut cmd).map_err(|e| format!("cannot start {}: {e}", binary.display()))?;
    let path = upstream.splitn(4, '/').nth(3).unwrap_or("");
    Ok((id, format!("http://127.0.0.1:{port}/{path}")))
}

/// The config: in the foreground as one process (so its CPU time is one `/proc` entry),
/// `TCP_NODELAY`, no buffering, and keep-alive connections that are never recycled.
fn config(dir: &Path, upstream: &str, port: u16) -> String {
    let dir = dir.display();
    format!(
        "daemon off;\nmaster_process off;\nworker_processes 1;\npid {dir}/nginx.pid;\n\
         error_log {dir}/error.log warn;\nevents {{ worker_connections 1024; }}\n\
         http {{\n  access_log off;\n  keepalive_requests 100000000;\n  keepalive_timeout 300s;\n\
         \x20 client_body_temp_path {dir}/body;\n  proxy_temp_path {dir}/proxy;\n\
         \x20 upstream echo {{ server {upstream}; keepalive 64; keepalive_requests 100000000; }}\n\
         \x20 server {{\n    listen 127.0.0.1:{port};\n    tcp_nodelay on;\n\
         \x20   location / {{\n      proxy_pass http://echo;\n      proxy_http_version 1.1;\n\
         \x20     proxy_set_header Connection \"\";\n      proxy_buffering off;\n    }}\n  }}\n}}\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_config_proxies_to_the_upstream_with_keep_alive() {
        let text = config(Path::new("/tmp/x"), "127.0.0.1:9000", 9001);
        assert!(
            text.contains("server 127.0.0.1:9000; keepalive 64;"),
            "{text}"
        );
        assert!(text.contains("listen 127.0.0.1:9001;"), "{text}");
        assert!(text.contains("master_process off;"), "{text}");
        assert_eq!(
            text.matches('{').count(),
            text.matches('}').count(),
            "{text}"
        );
    }
}
