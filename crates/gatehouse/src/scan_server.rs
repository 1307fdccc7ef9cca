//! `gatehouse scan --server NAME`: a pre-approval review of one configured server's live tool
//! list. The server is started (or connected to) exactly as `serve` would, its tools are listed
//! through the gateway's own `/mcp/{server}` path with the guard and policies off, and each
//! definition is vetted as the gateway vets it before an agent sees it: the detectors,
//! look-alike names within the list, the configured actions for that server and
//! `guard.reviewed`. No audit record is written and no pin is set.

use std::io::Write;
use std::process::ExitCode;
use std::time::Duration;

use gateway::{Gateway, Scope};
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader, DuplexStream, Lines};

use crate::serve::ConfigSource;

/// How long the server may take to answer each request (the gateway itself waits up to 30 s
/// for a server that is still starting, then answers with an error naming it).
const TIMEOUT: Duration = Duration::from_secs(60);
/// Most `tools/list` pages followed (a server that returns cursors forever is cut off).
const MAX_PAGES: usize = 1000;

/// Why a server scan could not finish.
#[derive(Debug, thiserror::Error)]
pub enum ScanServerError {
    /// The config is invalid.
    #[error("invalid config:\n{0}")]
    Config(#[from] crate::config::ConfigErrors),
    /// No server of that name in the config.
    #[error("no server `{0}` in the config")]
    NoSuchServer(String),
    /// The server did not answer in time.
    #[error("{0}: no answer within {TIMEOUT:?}")]
    Timeout(&'static str),
    /// The server answered with an error, or the exchange broke off.
    #[error("{0}")]
    Exchange(String),
    /// The detectors could not be built.
    #[error("cannot build the detectors: {0}")]
    Guard(#[from] guard::GuardError),
}

/// Scan `server`'s tool list: one verdict line per definition on stdout. Exit code 0 when no
/// definition would be held back, 2 when one would be, 1 when the scan could not run.
pub async fn run(source: ConfigSource, server: &str) -> ExitCode {
    match scan(source, server).await {
        Ok(lines) => {
            let mut out = std::io::stdout().lock();
            let mut held = false;
            for line in &lines {
                held |= line["verdict"] == "block";
                if writeln!(out, "{line}").is_err() {
                    return ExitCode::FAILURE;
                }
            }
            if held {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(e) => {
            crate::complain!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The verdict lines of `server`'s definitions, in the order the server lists them.
pub async fn scan(source: ConfigSource, server: &str) -> Result<Vec<Value>, ScanServerError> {
    let mut config = source.load()?;
    if !config.settings.servers.iter().any(|s| s.name == server) {
        return Err(ScanServerError::NoSuchServer(server.to_owned()));
    }
    let settings = config.settings.guard.clone();
    // The list as the server sends it: the scan below is the guard's verdict, and no Cedar
    // policy hides a tool from the anonymous caller the scan is.
    config.settings.guard.enabled = false;
    config.settings.policy = None;
    let gateway = Gateway::start(config.settings);
    let tools = list_tools(&gateway, server).await;
    gateway.shutdown().await;
    let tools = tools?;
    let guard = guard::Guard::new()?;
    let names: Vec<(String, String)> = tools
        .iter()
        .map(|t| (server.to_owned(), name_of(t).to_owned()))
        .collect();
    let alikes: std::collections::HashMap<usize, guard::Finding> =
        guard.look_alikes(&names).into_iter().collect();
    let base = settings.actions_for(server);
    let lines = tools
        .iter()
        .enumerate()
        .map(|(index, tool)| {
            let name = name_of(tool);
            let hash = guard::definition_hash(tool);
            let reviewed = gateway::inspect::review(&settings, &base, server, name, &hash);
            let actions = reviewed.as_ref().unwrap_or(&base);
            let mut findings = guard.scan_tool(tool);
            findings.extend(alikes.get(&index).cloned());
            let head = json!({"server": server, "tool": name, "hash": hash, "reviewed": reviewed.is_some()});
            guard::scan::with_verdict(head, &guard.verdict(findings, actions), actions)
        })
        .collect();
    Ok(lines)
}

fn name_of(tool: &Value) -> &str {
    tool.get("name").and_then(Value::as_str).unwrap_or("")
}

/// Every tool `server` lists, through the gateway's stdio front end on an in-memory pipe.
async fn list_tools(gateway: &Gateway, server: &str) -> Result<Vec<Value>, ScanServerError> {
    let (client, served) = tokio::io::duplex(1 << 20);
    let (read, write) = tokio::io::split(served);
    let serving = tokio::spawn(gateway::stdio::serve_stdio(
        gateway.clone(),
        Scope::Server(server.to_owned()),
        read,
        write,
    ));
    let mut peer = Peer::new(client);
    let listed = peer.list_all().await;
    drop(peer);
    let _ = serving.await;
    listed
}

/// The client side of the pipe: one JSON-RPC message per line.
struct Peer {
    lines: Lines<BufReader<tokio::io::ReadHalf<DuplexStream>>>,
    write: tokio::io::WriteHalf<DuplexStream>,
    next_id: u64,
}

impl Peer {
    fn new(stream: DuplexStream) -> Peer {
        let (read, write) = tokio::io::split(stream);
        Peer {
            lines: BufReader::new(read).lines(),
            write,
            next_id: 0,
        }
    }

    async fn list_all(&mut self) -> Result<Vec<Value>, ScanServerError> {
        let init = json!({
            "protocolVersion": "2025-11-25",
            "capabilities": {},
            "clientInfo": {"name": "gatehouse-scan", "version": env!("CARGO_PKG_VERSION")},
        });
        self.request("initialize", init).await?;
        self.send(json!({"jsonrpc": "2.0", "method": "notifications/initialized"}))
            .await?;
        let mut tools = Vec::new();
        let mut cursor: Option<Value> = None;
        for _ in 0..MAX_PAGES {
            let params = cursor.map_or(json!({}), |c| json!({"cursor": c}));
            let page = self.request("tools/list", params).await?;
            if let Some(listed) = page.get("tools").and_then(Value::as_array) {
                tools.extend(listed.iter().cloned());
            }
            cursor = page.get("nextCursor").filter(|c| !c.is_null()).cloned();
            if cursor.is_none() {
                return Ok(tools);
            }
        }
        Err(ScanServerError::Exchange(format!(
            "tools/list: still paging after {MAX_PAGES} pages"
        )))
    }

    async fn send(&mut self, message: Value) -> Result<(), ScanServerError> {
        let mut line = message.to_string();
        line.push('\n');
        self.write
            .write_all(line.as_bytes())
            .await
            .map_err(|e| ScanServerError::Exchange(format!("writing to the gateway: {e}")))
    }

    /// Send a request and wait for its result, skipping notifications and other messages.
    async fn request(
        &mut self,
        method: &'static str,
        params: Value,
    ) -> Result<Value, ScanServerError> {
        self.next_id += 1;
        let id = self.next_id;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}))
            .await?;
        let answer = async {
            while let Some(line) = self.lines.next_line().await.transpose() {
                let line = line.map_err(|e| ScanServerError::Exchange(e.to_string()))?;
                let Ok(message) = serde_json::from_str::<Value>(&line) else {
                    continue;
                };
                if message.get("id") != Some(&json!(id)) || message.get("method").is_some() {
                    continue;
                }
                if let Some(error) = message.get("error") {
                    return Err(ScanServerError::Exchange(format!("{method}: {error}")));
                }
                return Ok(message.get("result").cloned().unwrap_or(Value::Null));
            }
            Err(ScanServerError::Exchange(format!(
                "{method}: the gateway closed the exchange"
            )))
        };
        tokio::time::timeout(TIMEOUT, answer)
            .await
            .map_err(|_| ScanServerError::Timeout(method))?
    }
}
