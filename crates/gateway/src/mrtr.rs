//! Input-required results for 2026-07-28 clients in front of session-era servers
//! (`docs/eras.md` section 4.2).
//!
//! A session-era server asks for sampling, elicitation or roots with a server-to-client request
//! in the middle of a call. A stateless client cannot receive one, so the gateway *parks* the
//! call — its upstream request keeps running — and answers the client with
//! `resultType: "input_required"`, the requests as `inputRequests`, and a `requestState`
//! naming the parked call. The client's retry carries `inputResponses`; the gateway answers the
//! server's pending requests with them and goes on waiting for the call's result (or the next
//! round of requests).
//!
//! `requestState` is `ghs1.` and 122 random bits: an unguessable, single-use, expiring reference
//! to state held in this process, bound to the request that created it (method, name, arguments),
//! its route and its principal. Anything else (tampered, replayed, expired, for another request,
//! route or principal) is refused with -32602. The state is not sealed (AEAD, as `docs/eras.md`
//! §4.4 first proposed): the parked call lives in this process's memory and must be looked up
//! anyway, so the random handle already cannot be forged, and the binding is checked against the
//! parked entry — sealing would add a key to manage and nothing an attacker could not already
//! fail to do.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use protocol::{
    ErrorObject, Id, Message, Notification, Outcome, RawObject, Request, Response, methods,
    raw_json,
};
use serde_json::value::RawValue;
use tokio::sync::mpsc;
use tokio_util::sync::DropGuard;

use crate::router;
use crate::session::{ClientCapabilities, Session, lock};

/// How long to wait for more server requests after the first, so that requests a tool sends
/// concurrently go out in one round.
const GATHER_WINDOW: Duration = Duration::from_millis(50);
/// Prefix of the gateway's `requestState` values (a version tag).
pub(crate) const STATE_PREFIX: &str = "ghs1.";

/// The request that is running: its output channel, and its future until it is handed to the
/// runtime (it must outlive the HTTP exchange once the call is parked or streamed).
pub(crate) type Work = Pin<Box<dyn Future<Output = ()> + Send>>;

/// What a client learns next about its request.
pub(crate) enum Step {
    /// A notification related to the request (progress, log).
    Notification(Message),
    /// The answer: the result, an error, or an input-required result.
    Final(Response),
}

/// A call waiting for the client's input.
struct Parked {
    session: Arc<Session>,
    rx: mpsc::Receiver<Message>,
    /// The server's requests waiting for the client's answers.
    asked: Vec<Asked>,
    binding: Binding,
    expires: Instant,
    cancel_on_drop: DropGuard,
}

/// One server-to-client request of a parked call, as the client was asked it.
struct Asked {
    /// Its `inputRequests` key.
    key: String,
    /// The id the request has in the session (what the answer goes back as).
    outgoing: u64,
    /// Its `inputRequests` entry, `{"method", "params"}`, to ask again if a retry lacks it.
    entry: Box<RawValue>,
}

/// A client's retry of a parked call: the request (`inputResponses` and `requestState` taken
/// out), where and from whom it came, and what it carried.
pub(crate) struct Retry<'a> {
    /// The retried request.
    pub(crate) request: &'a Request,
    /// The route it came on.
    pub(crate) scope: &'a crate::session::Scope,
    /// Who sent it.
    pub(crate) caller: &'a crate::session::Caller,
    /// Its `requestState`.
    pub(crate) state: &'a str,
    /// Its `inputResponses`.
    pub(crate) responses: Option<&'a RawValue>,
}

/// A call a session-era server refused with -32042 (URL elicitation required), answered with
/// input-required: its retry runs the call again from the start (docs/eras.md 4.2, item 7).
struct Refetch {
    /// The session the call ran in (its route and principal).
    session: Arc<Session>,
    binding: Binding,
    expires: Instant,
}

/// Parked calls by `requestState`, and the calls to run again once the client has been
/// through a server's URL elicitations.
#[derive(Default)]
pub(crate) struct ParkedCalls(
    Mutex<HashMap<String, Parked>>,
    Mutex<HashMap<String, Refetch>>,
);

impl ParkedCalls {
    /// Whether `state` names a call to run again; `Err` is the -32602 when it does not fit the
    /// retry (another request, route or principal; expired), spent all the same.
    pub(crate) fn refetch(&self, retry: &Retry<'_>) -> Option<Result<(), ErrorObject>> {
        let entry = lock(&self.1).remove(retry.state)?;
        let fits = entry.expires > Instant::now()
            && entry.binding == binding_of(retry.request)
            && entry.session.scope == *retry.scope
            && entry.session.caller.same_principal(retry.caller);
        Some(if fits {
            Ok(())
        } else {
            Err(ErrorObject::invalid_params(
                "invalid or expired requestState",
            ))
        })
    }

    fn park_refetch(&self, refetch: Refetch) -> String {
        insert_fresh(&self.1, refetch, |r| r.expires)
    }

    fn park(&self, parked: Parked) -> String {
        insert_fresh(&self.0, parked, |p| p.expires)
    }

    fn take(&self, state: &str) -> Option<Parked> {
        let parked = lock(&self.0).remove(state)?;
        (parked.expires > Instant::now()).then_some(parked)
    }
}

/// Store `value` under a new `requestState`, dropping the entries past their `expires`.
fn insert_fresh<T>(
    map: &Mutex<HashMap<String, T>>,
    value: T,
    expires: impl Fn(&T) -> Instant,
) -> String {
    let state = format!("{STATE_PREFIX}{}", uuid::Uuid::new_v4().simple());
    let mut entries = lock(map);
    let now = Instant::now();
    entries.retain(|_, v| expires(v) > now);
    entries.insert(state.clone(), value);
    state
}

/// Drives one modern request: yields its notifications, then its final answer, parking the call
/// when the server asks the client for input.
pub(crate) struct Driver {
    session: Arc<Session>,
    rx: Option<mpsc::Receiver<Message>>,
    work: Option<Work>,
    client_id: Id,
    method: String,
    binding: Binding,
    park_for: Duration,
    cancel_on_drop: Option<DropGuard>,
    /// An answer to give before reading on (a retry that left requests unanswered is asked
    /// them again at once).
    ready: Option<Box<Response>>,
}

impl Driver {
    /// Drive a new request whose work sends its messages (and finally its response) to `rx`.
    pub(crate) fn new(
        session: Arc<Session>,
        rx: mpsc::Receiver<Message>,
        work: Work,
        request: &Request,
        park_for: Duration,
        cancel_on_drop: DropGuard,
    ) -> Self {
        Self {
            session,
            rx: Some(rx),
            work: Some(work),
            client_id: request.id.clone(),
            method: request.method.clone(),
            binding: binding_of(request),
            park_for,
            cancel_on_drop: Some(cancel_on_drop),
            ready: None,
        }
    }

    /// Resume a parked call with the client's retry; `Err` is the -32602 to answer.
    pub(crate) async fn resume(
        parked_calls: &ParkedCalls,
        retry: Retry<'_>,
        park_for: Duration,
    ) -> Result<Self, ErrorObject> {
        let Retry {
            request,
            scope,
            caller,
            state,
            responses,
        } = retry;
        // A malformed answer is refused before the state is looked up: it spends nothing, and
        // nothing malformed reaches the server.
        let responses = input_responses(responses)?;
        let invalid = || ErrorObject::invalid_params("invalid or expired requestState");
        let parked = parked_calls.take(state).ok_or_else(invalid)?;
        let same_caller = parked.session.caller.same_principal(caller);
        if parked.binding != binding_of(request) || parked.session.scope != *scope || !same_caller {
            // Taken all the same: a state presented with another request, on another route
            // or by someone else is spent (the call is cancelled), never left to be guessed at.
            return Err(invalid());
        }
        let Parked {
            session,
            rx,
            asked,
            binding,
            cancel_on_drop,
            ..
        } = parked;
        session.parked.store(false, Ordering::Relaxed);
        let mut unanswered = Vec::new();
        for asked in asked {
            let Some(value) = responses.get(&asked.key) else {
                unanswered.push(asked);
                continue;
            };
            let answer = Response {
                id: Id::number(asked.outgoing),
                outcome: Outcome::Result(value.to_owned()),
            };
            router::handle_response(&session, answer).await;
        }
        let mut driver = Self {
            session,
            rx: Some(rx),
            work: None,
            client_id: request.id.clone(),
            method: request.method.clone(),
            binding,
            park_for,
            cancel_on_drop: Some(cancel_on_drop),
            ready: None,
        };
        if !unanswered.is_empty() {
            // The server is still waiting for these: ask the client for them again now
            // (2026-07-28 MRTR: missing input gets a new input-required result), rather than
            // wait on a call that cannot go on.
            driver.ready = Some(Box::new(driver.park_asked(unanswered, parked_calls)));
        }
        Ok(driver)
    }

    /// Hand the request's future to the runtime: the client is about to stop polling us.
    pub(crate) fn detach(&mut self) {
        if let Some(work) = self.work.take() {
            tokio::spawn(work);
        }
    }

    /// The next step, or `None` if the request ended without an answer.
    pub(crate) async fn next(&mut self, parked_calls: &ParkedCalls) -> Option<Step> {
        if let Some(ready) = self.ready.take() {
            return Some(Step::Final(*ready));
        }
        loop {
            return match self.recv().await? {
                Message::Response(response) => {
                    self.finish();
                    let answer = Response {
                        id: self.client_id.clone(),
                        outcome: response.outcome,
                    };
                    Some(Step::Final(self.url_elicitations(answer, parked_calls)))
                }
                // A session-era server asks for roots on its own (after `initialized`, or when
                // told the list changed), so a `roots/list` the client cannot answer need not be
                // this request's: it is refused to the server, as a session-era client without
                // roots is answered, and the request goes on. Ending it with -32021 failed an
                // unrelated `tools/list` that was in flight while a shared child started.
                Message::Request(roots) if self.refused_alone(&roots) => {
                    refuse_undeclared(&self.session, vec![roots]).await;
                    continue;
                }
                Message::Request(first) => Some(Step::Final(self.park(first, parked_calls).await)),
                Message::Notification(n) if !self.wants_log(&n) => continue,
                notification => Some(Step::Notification(notification)),
            };
        }
    }

    /// A session-era server's -32042 (URL elicitation required) to a client that takes URL
    /// elicitations: input-required, one `elicitation/create` per `data.elicitations[]`
    /// (without `elicitationId`), and a `requestState` whose retry runs the call again.
    /// Anything else is the answer as it is.
    fn url_elicitations(&self, answer: Response, parked_calls: &ParkedCalls) -> Response {
        if !self.session.capabilities.elicitation_url {
            // A client that did not declare URL elicitations gets the error (as -31042).
            return answer;
        }
        let Some(elicitations) = url_elicitations_of(&answer) else {
            return answer;
        };
        let mut entries = RawObject::new();
        for (n, params) in elicitations.iter().enumerate() {
            let params = era_params(methods::ELICITATION_CREATE, Some(params));
            let entry = format!(r#"{{"method":"elicitation/create","params":{params}}}"#);
            entries.set(&format!("elicit-{}", n + 1), raw_json(&entry));
        }
        let state = parked_calls.park_refetch(Refetch {
            session: Arc::clone(&self.session),
            binding: self.binding.clone(),
            expires: Instant::now() + self.park_for,
        });
        let mut result = RawObject::new();
        result.set_str("resultType", "input_required");
        result.set("inputRequests", entries.to_raw());
        result.set_str("requestState", &state);
        Response::result(answer.id, result.to_raw())
    }

    /// A `roots/list` the request's client did not declare it can answer.
    fn refused_alone(&self, request: &Request) -> bool {
        request.method == methods::ROOTS_LIST
            && !self.session.capabilities.supports(&request.method)
    }

    /// `notifications/message` goes to a 2026-07-28 client only when its request's `_meta` set
    /// `io.modelcontextprotocol/logLevel`, and only at that severity or above
    /// (`server/utilities/logging`); a session-era upstream logs at its session's level.
    fn wants_log(&self, notification: &Notification) -> bool {
        if notification.method != methods::LOG_MESSAGE {
            return true;
        }
        let Some(wanted) = lock(&self.session.log_level).clone() else {
            return false;
        };
        let level = RawObject::parse_params(notification.params.as_deref())
            .and_then(|p| p.get_str("level"));
        match (severity(&wanted), level.as_deref().and_then(severity)) {
            (Some(wanted), Some(level)) => level >= wanted,
            _ => true,
        }
    }

    async fn recv(&mut self) -> Option<Message> {
        let rx = self.rx.as_mut()?;
        loop {
            let Some(work) = self.work.as_mut() else {
                return rx.recv().await;
            };
            tokio::select! {
                biased;
                message = rx.recv() => return message,
                _ = work => self.work = None,
            }
        }
    }

    /// Gather the server's concurrent requests, park the call, answer input-required.
    async fn park(&mut self, first: Request, parked_calls: &ParkedCalls) -> Response {
        let mut requests = vec![first];
        while let Ok(Some(message)) = tokio::time::timeout(GATHER_WINDOW, self.recv()).await {
            match message {
                Message::Request(more) => requests.push(more),
                // Nothing can reach the client between rounds (it has no stream then).
                other => {
                    tracing::debug!(method = ?other.method(), "dropped while gathering input requests")
                }
            }
        }
        self.detach();
        let (requests, refused) = refuse_undeclared(&self.session, requests).await;
        if requests.is_empty() {
            // Nothing the client can answer: the call cannot proceed (-32021), so it ends here;
            // dropping the guard cancels it upstream.
            self.cancel_on_drop = None;
            return Response::error(self.client_id.clone(), &missing_capabilities(&refused));
        }
        let mut asked = Vec::new();
        for (n, request) in requests.into_iter().enumerate() {
            let key = format!("{}-{}", key_prefix(&request.method), n + 1);
            let Some(outgoing) = request.id.as_u64() else {
                continue;
            };
            let params = era_params(&request.method, request.params.as_deref());
            let method = serde_json::to_string(&request.method).expect("strings serialize");
            let entry = raw_json(&format!(r#"{{"method":{method},"params":{params}}}"#));
            asked.push(Asked {
                key,
                outgoing,
                entry,
            });
        }
        self.park_asked(asked, parked_calls)
    }

    /// Park the call until the client answers `asked`; the input-required result that asks.
    fn park_asked(&mut self, asked: Vec<Asked>, parked_calls: &ParkedCalls) -> Response {
        let mut entries = RawObject::new();
        for request in &asked {
            entries.set(&request.key, request.entry.clone());
        }
        let parked = Parked {
            session: Arc::clone(&self.session),
            rx: self.rx.take().expect("a driver parks while it still reads"),
            asked,
            binding: self.binding.clone(),
            expires: Instant::now() + self.park_for,
            cancel_on_drop: self.cancel_on_drop.take().expect("one park per driver"),
        };
        self.session.parked.store(true, Ordering::Relaxed);
        let state = parked_calls.park(parked);
        let mut result = RawObject::new();
        result.set_str("resultType", "input_required");
        result.set("inputRequests", entries.to_raw());
        result.set_str("requestState", &state);
        Response::result(self.client_id.clone(), result.to_raw())
    }

    /// The request is answered: closing the client's stream no longer cancels anything.
    fn finish(&mut self) {
        if let Some(guard) = self.cancel_on_drop.take() {
            guard.disarm();
        }
    }

    /// The method of the request being driven.
    pub(crate) fn method(&self) -> &str {
        &self.method
    }
}

/// A retry's `inputResponses`: an object whose every entry is a result object.
fn input_responses(raw: Option<&RawValue>) -> Result<RawObject, ErrorObject> {
    let Some(raw) = raw else {
        return Ok(RawObject::new());
    };
    let responses = RawObject::parse(raw)
        .ok_or_else(|| ErrorObject::invalid_params("inputResponses must be an object"))?;
    for (key, value) in responses.iter() {
        if !value.get().trim_start().starts_with('{') {
            let message = format!("inputResponses.{key} must be a result object");
            return Err(ErrorObject::invalid_params(message));
        }
    }
    Ok(responses)
}

/// Answer upstream, with -32601, each request whose capability the client did not declare
/// (as a session-era client without it would be answered); returns the others and the
/// methods refused.
async fn refuse_undeclared(
    session: &Arc<Session>,
    requests: Vec<Request>,
) -> (Vec<Request>, Vec<String>) {
    let (asked, refused): (Vec<Request>, Vec<Request>) = requests
        .into_iter()
        .partition(|r| (session.capabilities).supports_request(&r.method, r.params.as_deref()));
    let mut methods = Vec::new();
    for request in refused {
        let error = ClientCapabilities::refusal(&request.method);
        router::handle_response(session, Response::error(request.id, &error)).await;
        methods.push(request.method);
    }
    (asked, methods)
}

/// The rank of a syslog severity name (RFC 5424 order, least severe first).
fn severity(level: &str) -> Option<usize> {
    crate::pipeline::LOG_LEVELS.iter().position(|l| *l == level)
}

/// -32021 naming the capabilities the server's requests needed, e.g.
/// `{"requiredCapabilities":{"sampling":{}}}` (2026-07-28 `MissingRequiredClientCapabilityError`).
fn missing_capabilities(methods: &[String]) -> ErrorObject {
    let mut required = serde_json::Map::new();
    for method in methods {
        let capability = ClientCapabilities::needed_for(method).unwrap_or(method);
        required.insert(capability.to_owned(), serde_json::json!({}));
    }
    let names: Vec<&String> = required.keys().collect();
    let message =
        format!("the server needs client capabilities the request did not declare: {names:?}");
    ErrorObject::new(
        protocol::ErrorCode::MISSING_REQUIRED_CLIENT_CAPABILITY,
        message,
    )
    .with_data(&serde_json::json!({ "requiredCapabilities": required }))
}

/// The URL elicitations of a -32042 answer (`data.elicitations`, each URL mode), if that is
/// what `answer` is and there is at least one.
fn url_elicitations_of(answer: &Response) -> Option<Vec<Box<RawValue>>> {
    #[derive(serde::Deserialize)]
    struct Required {
        code: i64,
        data: Option<Data>,
    }
    #[derive(serde::Deserialize)]
    struct Data {
        elicitations: Vec<Box<RawValue>>,
    }
    let Outcome::Error(raw) = &answer.outcome else {
        return None;
    };
    let required: Required = serde_json::from_str(raw.get()).ok()?;
    if required.code != URL_ELICITATION_REQUIRED {
        return None;
    }
    let elicitations = required.data?.elicitations;
    let url_mode = |e: &RawValue| {
        RawObject::parse(e).is_some_and(|o| o.get_str("mode").as_deref() == Some("url"))
    };
    let all_url = elicitations.iter().all(|e| url_mode(e));
    (!elicitations.is_empty() && all_url).then_some(elicitations)
}

/// 2025-11-25's `URLElicitationRequiredError` code.
const URL_ELICITATION_REQUIRED: i64 = -32042;

/// A server request's params as a 2026-07-28 input request carries them (docs/eras.md, Park):
/// without `task` (the session era's task augmentation, which this era does not have) and,
/// for an elicitation, without `elicitationId` (2025-11-25 required one for URL mode; the
/// answer goes back to the server under its own request id either way).
fn era_params(method: &str, params: Option<&RawValue>) -> String {
    let Some(params) = params else {
        return "{}".into();
    };
    let Some(mut obj) = RawObject::parse(params) else {
        return params.get().to_owned();
    };
    let task = obj.remove("task").is_some();
    let id = method == methods::ELICITATION_CREATE && obj.remove("elicitationId").is_some();
    if task || id {
        obj.to_raw().get().to_owned()
    } else {
        params.get().to_owned()
    }
}

fn key_prefix(method: &str) -> &'static str {
    match method {
        methods::ELICITATION_CREATE => "elicit",
        methods::SAMPLING_CREATE_MESSAGE => "sample",
        methods::ROOTS_LIST => "roots",
        _ => "input",
    }
}

/// What a `requestState` is bound to beside the route and the principal (checked on the parked
/// session): the method, the tool, prompt or resource named, and the arguments (compared as
/// JSON values, so key order does not matter).
type Binding = (String, Option<String>, Option<serde_json::Value>);

fn binding_of(request: &Request) -> Binding {
    let params = RawObject::parse_params(request.params.as_deref()).unwrap_or_default();
    let name = params.get_str("name").or_else(|| params.get_str("uri"));
    let arguments = params.get_as::<serde_json::Value>("arguments");
    (request.method.clone(), name, arguments)
}

#[cfg(test)]
mod tests {
    use super::era_params;
    use protocol::{methods, raw_json};

    #[test]
    fn an_input_request_carries_neither_elicitation_id_nor_task() {
        let asked = raw_json(
            r#"{"mode":"url","message":"Sign in","url":"https://a.example/x","elicitationId":"e-1","x-vendor":{"k":1}}"#,
        );
        let params: serde_json::Value =
            serde_json::from_str(&era_params(methods::ELICITATION_CREATE, Some(&asked))).unwrap();
        assert_eq!(
            params,
            serde_json::json!({"mode": "url", "message": "Sign in",
                "url": "https://a.example/x", "x-vendor": {"k": 1}})
        );
        let sampling = raw_json(r#"{"messages":[],"maxTokens":5,"elicitationId":"kept"}"#);
        let kept = era_params(methods::SAMPLING_CREATE_MESSAGE, Some(&sampling));
        assert_eq!(kept, sampling.get());
        let tasked = raw_json(r#"{"messages":[],"maxTokens":5,"task":{"ttl":6000}}"#);
        let untasked = era_params(methods::SAMPLING_CREATE_MESSAGE, Some(&tasked));
        assert_eq!(untasked, r#"{"messages":[],"maxTokens":5}"#);
        assert_eq!(era_params(methods::ROOTS_LIST, None), "{}");
    }
}
