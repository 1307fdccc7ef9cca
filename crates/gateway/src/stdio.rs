//! Downstream stdio: the gateway as a local MCP server that a desktop client launches
//! (`gatehouse stdio`). One client over newline-delimited JSON-RPC on stdin/stdout, with the
//! same routing as the HTTP endpoint's route for the chosen [`Scope`]: the aggregate, one
//! server, or a virtual server. The client is of the session era (it sends `initialize`) or of
//! 2026-07-28 (its requests carry the era's `_meta`: `crate::modern_stdio`).

use std::sync::Arc;

use futures::StreamExt;
use protocol::{ErrorCode, ErrorObject, Id, Message, Request, Response, methods, raw_json};
use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt};
use tokio::sync::mpsc;
use tokio_util::codec::FramedRead;
use tokio_util::sync::CancellationToken;

use crate::Gateway;
use crate::modern_stdio::ModernStdio;
use crate::pipeline;
use crate::relay::{RequestCtx, Sink};
use crate::router;
use crate::session::{Scope, Session};
use transport::lines::{BoundedLines, Frame};

/// Serve one client on `input`/`output` until the input ends, in `scope` (check it exists with
/// [`Gateway::scope_exists`] first).
pub async fn serve_stdio<R, W>(
    gateway: Gateway,
    scope: Scope,
    input: R,
    output: W,
) -> std::io::Result<()>
where
    R: AsyncRead + Unpin + Send + 'static,
    W: AsyncWrite + Unpin + Send + 'static,
{
    let (out, rx) = mpsc::channel::<Message>(256);
    let writer = tokio::spawn(write_loop(output, rx));
    let limit = gateway.settings().http.max_body_bytes;
    let mut lines = FramedRead::new(input, BoundedLines::new(limit));
    let mut era = Era::Undecided;
    while let Some(line) = lines.next().await {
        let line = match line {
            Ok(Frame::Line(line)) if line.trim().is_empty() => continue,
            Ok(Frame::Line(line)) => line,
            Ok(bad) => {
                let _ = out.send(refusal(&bad, limit)).await;
                continue;
            }
            Err(e) => {
                tracing::warn!(error = %e, "stdin read failed");
                break;
            }
        };
        match Message::parse_from_client(line.as_bytes()) {
            Ok(message) => dispatch(&gateway, &scope, &mut era, message, &out).await,
            Err(e) => {
                tracing::info!(error = %e, "malformed JSON-RPC message on stdin");
                let _ = out
                    .send(Message::Response(Response::error(
                        Id::null(),
                        &e.to_error_object(),
                    )))
                    .await;
            }
        }
    }
    match &era {
        Era::Legacy(session) => {
            gateway.end_session(&session.id);
        }
        Era::Modern(modern) => modern.stop(),
        Era::Undecided => {}
    }
    // The writer ends when every sender is gone: the modern side holds one too (kept, it left
    // the process running after stdin ended).
    drop(era);
    drop(out);
    writer.await.map_err(std::io::Error::other)?
}

/// The answer to a line that is not a message: over the limit (-32600) or not UTF-8 (-32700).
fn refusal(line: &Frame, limit: usize) -> Message {
    let (code, message) = match line {
        Frame::Oversize { .. } => (
            ErrorCode::INVALID_REQUEST,
            format!("message exceeds {limit} bytes"),
        ),
        _ => (ErrorCode::PARSE_ERROR, "message is not UTF-8".to_owned()),
    };
    tracing::info!(error = %message, "stdio line refused");
    Message::Response(Response::error(
        Id::null(),
        &ErrorObject::new(code, message),
    ))
}

/// The era of the one client (`docs/eras.md` §6): fixed by its first request other than
/// `server/discover` — `initialize` for the session era, a request whose `_meta` names a
/// protocol version for 2026-07-28.
enum Era {
    /// Nothing but `server/discover` (or nothing) yet.
    Undecided,
    /// The session `initialize` opened.
    Legacy(Arc<Session>),
    /// A 2026-07-28 client.
    Modern(ModernStdio),
}

async fn dispatch(
    gateway: &Gateway,
    scope: &Scope,
    era: &mut Era,
    message: Message,
    out: &mpsc::Sender<Message>,
) {
    let modern_request = matches!(&message, Message::Request(r)
        if crate::modern_meta::declares_era(r) || r.method == methods::SERVER_DISCOVER);
    match era {
        Era::Modern(modern) => return modern_message(modern, message).await,
        Era::Undecided if modern_request => {
            let discover =
                matches!(&message, Message::Request(r) if r.method == methods::SERVER_DISCOVER);
            let modern = ModernStdio::new(gateway.clone(), scope.clone(), out.clone());
            modern_message(&modern, message).await;
            if !discover {
                *era = Era::Modern(modern);
            }
            return;
        }
        _ => {}
    }
    let mut session = match era {
        Era::Legacy(session) => Some(Arc::clone(session)),
        _ => None,
    };
    legacy_message(gateway, scope, &mut session, message, out).await;
    if let Some(opened) = session {
        *era = Era::Legacy(opened);
    }
}

/// A message of a 2026-07-28 client: requests are served, `notifications/cancelled` cancels,
/// anything else means nothing in the era.
async fn modern_message(modern: &ModernStdio, message: Message) {
    match message {
        Message::Request(request) => modern.request(request).await,
        Message::Notification(n) if n.method == methods::CANCELLED => modern.cancelled(&n),
        other => {
            tracing::debug!(method = ?other.method(), "ignored from a 2026-07-28 stdio client")
        }
    }
}

async fn legacy_message(
    gateway: &Gateway,
    scope: &Scope,
    session: &mut Option<Arc<Session>>,
    message: Message,
    out: &mpsc::Sender<Message>,
) {
    let current = session.clone();
    match (message, current) {
        (Message::Request(request), Some(_)) if request.method == methods::INITIALIZE => {
            // One client, one session: a second one would outlive the first's end of input.
            let error = ErrorObject::new(ErrorCode::INVALID_REQUEST, "already initialized");
            let _ = out
                .send(Message::Response(Response::error(request.id, &error)))
                .await;
        }
        (Message::Request(request), None) if request.method == methods::INITIALIZE => {
            let response = match crate::initialize::open_session(
                gateway,
                scope.clone(),
                &request,
                None,
                Default::default(),
                &Default::default(),
            )
            .await
            {
                Ok((opened, result)) => {
                    tokio::spawn(pump_standalone(Arc::clone(&opened), out.clone()));
                    *session = Some(opened);
                    Response::result(request.id, result)
                }
                Err(e) => Response::error(request.id, &e.to_error_object()),
            };
            let _ = out.send(Message::Response(response)).await;
        }
        (Message::Request(request), Some(current)) => {
            tokio::spawn(serve_request(
                gateway.clone(),
                current,
                request,
                out.clone(),
            ));
        }
        (Message::Request(request), None) => {
            let response = if request.method == methods::PING {
                Response::result(request.id, raw_json("{}"))
            } else {
                let error = ErrorObject::new(ErrorCode::INVALID_REQUEST, "send initialize first");
                Response::error(request.id, &error)
            };
            let _ = out.send(Message::Response(response)).await;
        }
        (Message::Notification(n), Some(current)) => {
            router::handle_notification(gateway, &current, n).await
        }
        (Message::Response(r), Some(current)) => router::handle_response(&current, r).await,
        (_, None) => tracing::debug!("message before initialize ignored"),
    }
}

async fn serve_request(
    gateway: Gateway,
    session: Arc<Session>,
    request: Request,
    out: mpsc::Sender<Message>,
) {
    let ctx = RequestCtx {
        session,
        client_id: request.id.clone(),
        sink: Sink::Request(out.clone()),
        cancel: CancellationToken::new(),
        incoming: Default::default(),
        progress: Default::default(),
    };
    let response = pipeline::handle_request(&gateway, &ctx, request).await;
    let _ = out.send(Message::Response(response)).await;
}

/// Messages not tied to a request (list changes, resource updates) go to stdout as they come.
async fn pump_standalone(session: Arc<Session>, out: mpsc::Sender<Message>) {
    let mut messages = Box::pin(Arc::clone(&session.standalone).messages());
    while let Some(batch) = messages.next().await {
        for line in &batch {
            if let Ok(message) = Message::parse(line.as_bytes())
                && out.send(message).await.is_err()
            {
                return;
            }
        }
    }
}

async fn write_loop<W: AsyncWrite + Unpin>(
    mut output: W,
    mut rx: mpsc::Receiver<Message>,
) -> std::io::Result<()> {
    while let Some(message) = rx.recv().await {
        let mut line = message.to_bytes();
        line.push(b'\n');
        output.write_all(&line).await?;
        output.flush().await?;
    }
    Ok(())
}
