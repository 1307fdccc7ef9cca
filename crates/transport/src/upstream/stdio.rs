//! A stdio upstream: one child process, shared by every client session.
//!
//! The child gets only the variables its config names plus `PATH` and `HOME`, never the
//! gateway's whole environment. Its stderr goes to the log, one line per event.

use std::path::PathBuf;
use std::process::Stdio;
use std::sync::{Arc, Mutex};

use futures::StreamExt;
use protocol::{ErrorCode, ErrorObject, Message};
use serde_json::value::RawValue;
use tokio::io::AsyncWriteExt;
use tokio::process::{Child, ChildStdin, ChildStdout, Command};
use tokio::sync::mpsc;
use tokio_util::codec::FramedRead;
use tokio_util::sync::CancellationToken;

use super::pending::Pending;
use super::{Call, Inbound};
use crate::TransportError;
use crate::lines::{BoundedLines, Frame};

/// How to start a stdio server.
#[derive(Debug, Clone)]
pub struct StdioSpec {
    /// The server's configured name, for logs.
    pub server: String,
    /// The program to run.
    pub command: String,
    /// Its arguments.
    pub args: Vec<String>,
    /// Variables the child gets besides `PATH` and `HOME`.
    pub env: Vec<(String, String)>,
    /// Working directory, if not the gateway's.
    pub cwd: Option<PathBuf>,
    /// The longest line (message) accepted from the child.
    pub max_message_bytes: usize,
}

/// A running stdio child.
pub struct StdioConnection {
    writer: mpsc::Sender<Vec<u8>>,
    pending: Arc<Pending>,
    closed: CancellationToken,
    kill: CancellationToken,
    pid: Mutex<Option<u32>>,
}

impl StdioConnection {
    /// Start the child and its reader, writer and stderr tasks.
    pub fn spawn(spec: &StdioSpec, inbound: Inbound) -> Result<Self, TransportError> {
        let mut child = command(spec)
            .spawn()
            .map_err(|source| TransportError::Spawn {
                command: spec.command.clone(),
                source,
            })?;
        let pid = child.id();
        let stdin = child.stdin.take().expect("stdin is piped");
        let stdout = child.stdout.take().expect("stdout is piped");
        let stderr = child.stderr.take().expect("stderr is piped");
        let pending = Arc::new(Pending::default());
        let closed = CancellationToken::new();
        let kill = CancellationToken::new();
        let (writer, rx) = mpsc::channel(256);
        tokio::spawn(write_loop(stdin, rx, closed.clone()));
        tokio::spawn(read_loop(
            stdout,
            spec.clone(),
            Arc::clone(&pending),
            inbound,
            closed.clone(),
        ));
        tokio::spawn(super::stderr::log_stderr(stderr, spec.server.clone()));
        tokio::spawn(supervise(
            child,
            spec.server.clone(),
            closed.clone(),
            kill.clone(),
        ));
        tracing::info!(server = %spec.server, pid, command = %spec.command, "stdio server started");
        Ok(Self {
            writer,
            pending,
            closed,
            kill,
            pid: Mutex::new(pid),
        })
    }

    /// A fresh request id; see [`super::Connection::reserve_id`].
    pub fn reserve_id(&self) -> u64 {
        self.pending.reserve()
    }

    /// Send a request; see [`super::Connection::call`].
    pub async fn call(
        &self,
        upstream_id: u64,
        method: &str,
        params: Option<Box<RawValue>>,
    ) -> Result<Call, TransportError> {
        let (request, call) = self.pending.open_call(upstream_id, method, params);
        self.write(request).await?;
        Ok(call)
    }

    /// Send a notification or response.
    pub async fn send(&self, message: Message) -> Result<(), TransportError> {
        self.write(message).await
    }

    async fn write(&self, message: Message) -> Result<(), TransportError> {
        if self.closed.is_cancelled() {
            return Err(TransportError::Closed(
                "the server process has exited".into(),
            ));
        }
        let mut line = message.to_bytes();
        line.push(b'\n');
        self.writer
            .send(line)
            .await
            .map_err(|_| TransportError::Closed("the server process has exited".into()))
    }

    /// Cancelled when the child has exited.
    pub fn closed(&self) -> CancellationToken {
        self.closed.clone()
    }

    /// Kill the child.
    pub async fn shutdown(&self) {
        self.kill.cancel();
        self.closed.cancelled().await;
        let pid = self.pid.lock().unwrap_or_else(|p| p.into_inner()).take();
        tracing::debug!(?pid, "stdio server stopped");
    }
}

fn command(spec: &StdioSpec) -> Command {
    let mut cmd = Command::new(&spec.command);
    cmd.args(&spec.args)
        .env_clear()
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    for key in ["PATH", "HOME"] {
        if let Some(value) = std::env::var_os(key) {
            cmd.env(key, value);
        }
    }
    cmd.envs(spec.env.iter().map(|(k, v)| (k, v)));
    if let Some(dir) = &spec.cwd {
        cmd.current_dir(dir);
    }
    cmd
}

async fn write_loop(
    mut stdin: ChildStdin,
    mut rx: mpsc::Receiver<Vec<u8>>,
    closed: CancellationToken,
) {
    loop {
        let line = tokio::select! {
            line = rx.recv() => line,
            _ = closed.cancelled() => None,
        };
        let Some(line) = line else { break };
        if stdin.write_all(&line).await.is_err() || stdin.flush().await.is_err() {
            break;
        }
    }
}

async fn read_loop(
    stdout: ChildStdout,
    spec: StdioSpec,
    pending: Arc<Pending>,
    inbound: Inbound,
    closed: CancellationToken,
) {
    let codec = BoundedLines::new(spec.max_message_bytes);
    let mut lines = FramedRead::new(stdout, codec);
    // Lines that are not messages are logged within the budget stderr has.
    let mut noise = super::stderr::LineBudget::new();
    let server = &spec.server;
    while let Some(frame) = lines.next().await {
        match frame {
            Ok(Frame::Line(line)) if line.trim().is_empty() => {}
            Ok(Frame::Line(line)) => match Message::parse(line.as_bytes()) {
                Ok(message) => pending.route(message, server, &inbound).await,
                Err(e) => {
                    if let Some(skipped) = noise.allows() {
                        tracing::warn!(%server, error = %e, skipped, "stdio server wrote a line that is not JSON-RPC");
                    }
                }
            },
            Ok(Frame::Oversize { size, response_to }) => {
                oversize(&spec, &pending, size, response_to).await
            }
            Ok(Frame::NotUtf8) => {
                if let Some(skipped) = noise.allows() {
                    tracing::warn!(%server, skipped, "stdio server wrote a line that is not UTF-8; skipped");
                }
            }
            Err(e) => {
                tracing::warn!(%server, error = %e, "stdio read failed");
                break;
            }
        }
    }
    if noise.skipped > 0 {
        tracing::warn!(%server, skipped = noise.skipped, "stdout lines that are not JSON-RPC were not logged: over the log budget");
    }
    closed.cancel();
    pending.fail_all();
}

/// A message over `max_message_bytes` was skipped (the connection stays): the call it answers,
/// when its id could be read, gets an error that says so at once instead of waiting for its
/// timeout.
async fn oversize(spec: &StdioSpec, pending: &Pending, size: usize, response_to: Option<u64>) {
    let limit = spec.max_message_bytes;
    tracing::warn!(
        server = %spec.server,
        size,
        limit,
        request = response_to,
        "stdio server sent a message over max_message_bytes; skipped it, the connection stays"
    );
    let Some(tx) = response_to.and_then(|id| pending.remove(id)) else {
        return;
    };
    let message = format!(
        "server '{}' answered with a message of {size} bytes, over its max_message_bytes \
         ({limit})",
        spec.server
    );
    // Marked as the HTTP transport marks it: not counted against the server.
    let error = ErrorObject::new(ErrorCode::UPSTREAM_UNAVAILABLE, message)
        .with_data(&serde_json::json!({ "server": spec.server, "tooLarge": true }));
    let id = protocol::Id::number(response_to.unwrap_or_default());
    let _ = tx
        .send(Message::Response(protocol::Response::error(id, &error)))
        .await;
}

async fn supervise(
    mut child: Child,
    server: String,
    closed: CancellationToken,
    kill: CancellationToken,
) {
    tokio::select! {
        status = child.wait() => match status {
            Ok(status) => tracing::warn!(server = %server, %status, "stdio server exited"),
            Err(e) => tracing::warn!(server = %server, error = %e, "cannot wait for stdio server"),
        },
        _ = kill.cancelled() => {
            let _ = child.kill().await;
        }
    }
    closed.cancel();
}
