//! `gatehouse stdio` in the 2026-07-28 era (`docs/eras.md` §6): a stdio client whose requests
//! carry the era's `_meta` instead of an `initialize` handshake. Each request is checked like a
//! modern POST minus the headers stdio does not have (`_meta` -32602, version -32022, method
//! -32601), then served by the same code as over HTTP (`modern::serve_valid`): its
//! notifications and answer go to stdout as they come, input-required results included; a
//! `subscriptions/listen` streams its notifications, told apart by `subscriptionId`. A client's
//! `notifications/cancelled` ends the request it names (and, for a listen, the listen).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use futures::StreamExt;
use protocol::{Message, Notification, RawObject, Request, Response, methods, version};
use tokio::sync::mpsc;
use tokio::task::AbortHandle;

use crate::Gateway;
use crate::modern::{Served, serve_valid, shape};
use crate::modern_meta::{ModernBody, check_method, check_version};
use crate::session::{Caller, Scope, lock};

/// Requests in flight, by their id as JSON, for cancellation.
type InFlight = Arc<Mutex<HashMap<String, AbortHandle>>>;

/// The modern side of one stdio client.
pub(crate) struct ModernStdio {
    gateway: Gateway,
    scope: Scope,
    out: mpsc::Sender<Message>,
    in_flight: InFlight,
}

impl ModernStdio {
    /// Serve the client on `scope`, writing to `out`.
    pub(crate) fn new(gateway: Gateway, scope: Scope, out: mpsc::Sender<Message>) -> Self {
        Self {
            gateway,
            scope,
            out,
            in_flight: InFlight::default(),
        }
    }

    /// Check and start one request; its messages reach stdout in the background.
    pub(crate) async fn request(&self, request: Request) {
        // A method the era removed (`initialize` from a client that changed its mind) is told
        // so, `_meta` or not: one era per process.
        let removed = methods::REMOVED_IN_MODERN.contains(&request.method.as_str());
        let body = if removed {
            check_method(&request, version::MODERN[0]).and_then(|()| ModernBody::parse(&request))
        } else {
            ModernBody::parse(&request)
        };
        let body = body.and_then(|body| {
            check_version(&body.version)?;
            check_method(&request, &body.version)?;
            Ok(body)
        });
        let body = match body {
            Ok(body) => body,
            Err(error) => {
                tracing::info!(method = %request.method, code = error.code, "modern request refused: {}", error.message);
                let refusal = Response::error(request.id, &error);
                let _ = self.out.send(Message::Response(refusal)).await;
                return;
            }
        };
        let key = request.id.as_json().to_owned();
        let (gateway, scope, out) = (self.gateway.clone(), self.scope.clone(), self.out.clone());
        let in_flight = Arc::clone(&self.in_flight);
        let done = key.clone();
        // Held while spawning, so the task's own removal cannot come before the insertion.
        let mut running = lock(&self.in_flight);
        let task = tokio::spawn(async move {
            let caller = Caller::default();
            let served = serve_valid(
                gateway.clone(),
                scope,
                caller,
                request,
                body,
                Default::default(),
            );
            deliver(&gateway, served.await, &out).await;
            lock(&in_flight).remove(&done);
        });
        running.insert(key, task.abort_handle());
    }

    /// `notifications/cancelled`: stop the request it names, if it is still running (dropping
    /// its driver cancels the call upstream; dropping a listen ends it).
    pub(crate) fn cancelled(&self, notification: &Notification) {
        let id = RawObject::parse_params(notification.params.as_deref())
            .and_then(|p| p.get("requestId").map(|id| id.get().to_owned()));
        if let Some(task) = id.and_then(|id| lock(&self.in_flight).remove(&id)) {
            task.abort();
        }
    }

    /// The client went away (stdin ended): nothing it asked for is wanted any more.
    pub(crate) fn stop(&self) {
        for (_, task) in lock(&self.in_flight).drain() {
            task.abort();
        }
    }
}

/// Write what a request produces to stdout.
async fn deliver(gateway: &Gateway, served: Served, out: &mpsc::Sender<Message>) {
    match served {
        Served::Answer(response) => {
            // A refused discover or listen (a rate limit) speaks the era's codes too.
            let response = crate::modern::shape_error(response);
            let _ = out.send(Message::Response(response)).await;
        }
        Served::Listen(mut messages) => {
            while let Some(message) = messages.next().await {
                if out.send(message).await.is_err() {
                    return;
                }
            }
        }
        Served::Driven(mut driver) => {
            while let Some(step) = driver.next(gateway.parked()).await {
                let message = match step {
                    crate::mrtr::Step::Notification(n) => n,
                    crate::mrtr::Step::Final(r) => Message::Response(shape(driver.method(), r)),
                };
                if out.send(message).await.is_err() {
                    return;
                }
            }
        }
    }
}
