//! Session-era clients of a 2026-07-28 upstream (`docs/eras.md` §4.3).
//!
//! A modern server asks for sampling, elicitation or roots by answering a call with
//! `resultType: "input_required"`. A session-era client expects server-to-client requests
//! instead, so the gateway sends each of the result's `inputRequests` to the client on the
//! request's own stream (answers come back through `Session::ask`), then retries the upstream
//! request with `inputResponses` and the echoed `requestState` — up to [`MAX_ROUNDS`] times.

use std::sync::Arc;
use std::time::Duration;

use protocol::{
    ErrorCode, ErrorObject, Id, Message, Outcome, RawObject, Request, Response, methods,
};
use serde_json::value::RawValue;

use crate::error::GatewayError;
use crate::modern_upstream::is_input_required;
use crate::relay::RequestCtx;
use crate::session::lock;
use crate::upstream::Upstream;

/// Most input-required rounds one call may take (the SDKs' default).
pub(crate) const MAX_ROUNDS: usize = 10;
/// The pause before retrying a round that asked for nothing (only a `requestState`), growing
/// by this much per round up to [`MAX_STATE_ONLY_PAUSE`] (the Python SDK's driver does the same).
const STATE_ONLY_PAUSE: Duration = Duration::from_millis(50);
const MAX_STATE_ONLY_PAUSE: Duration = Duration::from_millis(250);

/// One `InputRequiredResult`: the requests by key, and the state to echo.
struct Round {
    requests: Vec<(String, InputRequest)>,
    state: Option<Box<RawValue>>,
}

#[derive(serde::Deserialize)]
struct InputRequest {
    method: String,
    #[serde(default)]
    params: Option<Box<RawValue>>,
}

/// Follow `input_required` results until the call completes: `response` is the upstream's
/// first answer to `method` with `params`; the result is the final answer (or an error).
pub(crate) async fn drive(
    ctx: &RequestCtx,
    upstream: &Arc<Upstream>,
    method: &str,
    params: Option<Box<RawValue>>,
    mut response: Response,
) -> Result<Response, GatewayError> {
    for round_number in 0..MAX_ROUNDS {
        let Outcome::Result(result) = &response.outcome else {
            return Ok(response);
        };
        if !is_input_required(result) {
            return Ok(response);
        }
        let round = match parse_round(result) {
            Ok(round) => round,
            Err(why) => return Ok(internal(response.id, why)),
        };
        if round.requests.is_empty() {
            // Only a state: the server wants the same request again, a little later.
            let pause = STATE_ONLY_PAUSE * (round_number as u32 + 1);
            tokio::select! {
                _ = tokio::time::sleep(pause.min(MAX_STATE_ONLY_PAUSE)) => {}
                _ = ctx.cancel.cancelled() => return Err(GatewayError::Cancelled),
            }
        }
        let answers = match ask_all(ctx, upstream, &round.requests).await {
            Ok(answers) => answers,
            Err(Unanswered::Call(error)) => return Ok(Response::error(response.id, &error)),
            Err(Unanswered::Gateway(e)) => return Err(e),
        };
        let retry = retry_params(params.as_deref(), &answers, round.state);
        response = crate::relay::forward_attempts(ctx, upstream, method, Some(retry)).await?;
    }
    Ok(internal(
        response.id,
        format!(
            "server '{}' still wanted input after {MAX_ROUNDS} rounds",
            upstream.name()
        ),
    ))
}

fn internal(id: Id, message: impl Into<String>) -> Response {
    Response::error(id, &ErrorObject::new(ErrorCode::INTERNAL_ERROR, message))
}

fn parse_round(result: &RawValue) -> Result<Round, String> {
    let obj = RawObject::parse(result).ok_or("input_required result is not an object")?;
    let requests = match obj.get("inputRequests") {
        Some(raw) => {
            let map = RawObject::parse(raw).ok_or("inputRequests is not an object")?;
            map.iter()
                .map(|(key, raw)| {
                    serde_json::from_str::<InputRequest>(raw.get())
                        .map(|r| (key.to_owned(), r))
                        .map_err(|e| format!("inputRequests.{key}: {e}"))
                })
                .collect::<Result<Vec<_>, _>>()?
        }
        None => Vec::new(),
    };
    let state = obj.get("requestState").map(ToOwned::to_owned);
    if requests.is_empty() && state.is_none() {
        return Err("input_required result has neither inputRequests nor requestState".into());
    }
    Ok(Round { requests, state })
}

/// The client's answers, by the server's keys.
type Answers = Vec<(String, Box<RawValue>)>;

/// Why a round was not answered.
enum Unanswered {
    /// The call fails with this error: the client's own, or a refusal to ask it.
    Call(ErrorObject),
    /// The gateway gave up waiting (timeout, cancellation).
    Gateway(GatewayError),
}

/// Send every request to the client, then wait for every answer.
async fn ask_all(
    ctx: &RequestCtx,
    upstream: &Upstream,
    requests: &[(String, InputRequest)],
) -> Result<Answers, Unanswered> {
    if let Some((_, r)) = requests
        .iter()
        .find(|(_, r)| !(ctx.session.capabilities).supports_request(&r.method, r.params.as_deref()))
    {
        let why = format!(
            "server '{}' needs {} but the client does not support it",
            upstream.name(),
            r.method
        );
        return Err(Unanswered::Call(ErrorObject::new(
            ErrorCode::INTERNAL_ERROR,
            why,
        )));
    }
    let mut waiting = Vec::with_capacity(requests.len());
    for (key, request) in requests {
        let (id, rx) = ctx.session.ask();
        let message = Message::Request(Request {
            id: Id::number(id),
            method: request.method.clone(),
            params: session_era_params(request),
        });
        ctx.sink.send(message).await;
        waiting.push((key.clone(), id, rx));
    }
    let mut answers = Vec::with_capacity(waiting.len());
    let mut failure = None;
    for (key, id, rx) in waiting {
        if failure.is_some() {
            lock(&ctx.session.asked).remove(&id);
            continue;
        }
        match wait(ctx, upstream, rx).await {
            Ok(Outcome::Result(result)) => answers.push((key, result)),
            Ok(Outcome::Error(error)) => failure = Some(Unanswered::Call(error_object(&error))),
            Err(e) => {
                lock(&ctx.session.asked).remove(&id);
                failure = Some(Unanswered::Gateway(e));
            }
        }
    }
    failure.map_or(Ok(answers), Err)
}

/// The client's answer to one request, within the server's request timeout.
async fn wait(
    ctx: &RequestCtx,
    upstream: &Upstream,
    rx: tokio::sync::oneshot::Receiver<Response>,
) -> Result<Outcome, GatewayError> {
    let timeout = upstream.request_timeout();
    tokio::select! {
        answer = tokio::time::timeout(timeout, rx) => match answer {
            Ok(Ok(response)) => Ok(response.outcome),
            Ok(Err(_)) => Err(GatewayError::Cancelled),
            Err(_) => Err(GatewayError::UpstreamTimeout {
                server: upstream.name().to_owned(),
                seconds: timeout.as_secs(),
            }),
        },
        _ = ctx.cancel.cancelled() => Err(GatewayError::Cancelled),
    }
}

/// A request's params as a session-era client expects them: a URL-mode elicitation carries an
/// `elicitationId` in 2025-11-25 (`ElicitRequestURLParams`, required) that 2026-07-28 dropped,
/// so the gateway mints one.
fn session_era_params(request: &InputRequest) -> Option<Box<RawValue>> {
    let url_mode = |obj: &RawObject| {
        obj.get_str("mode").as_deref() == Some("url") && obj.get("elicitationId").is_none()
    };
    match RawObject::parse_params(request.params.as_deref()) {
        Some(mut obj) if request.method == methods::ELICITATION_CREATE && url_mode(&obj) => {
            obj.set_str("elicitationId", &uuid::Uuid::new_v4().to_string());
            Some(obj.to_raw())
        }
        _ => request.params.clone(),
    }
}

fn error_object(raw: &RawValue) -> ErrorObject {
    serde_json::from_str(raw.get()).unwrap_or_else(|_| {
        ErrorObject::new(
            ErrorCode::INTERNAL_ERROR,
            "the client answered with an error",
        )
    })
}

/// The original params with `inputResponses` (the client's answers by key) and the echoed
/// `requestState` (dropped when the server gave none).
fn retry_params(
    params: Option<&RawValue>,
    answers: &[(String, Box<RawValue>)],
    state: Option<Box<RawValue>>,
) -> Box<RawValue> {
    let mut obj = RawObject::parse_params(params).unwrap_or_default();
    let mut responses = RawObject::new();
    for (key, answer) in answers {
        responses.set(key, answer.clone());
    }
    obj.set("inputResponses", responses.to_raw());
    match state {
        Some(state) => obj.set("requestState", state),
        None => {
            obj.remove("requestState");
        }
    }
    obj.to_raw()
}

#[cfg(test)]
mod tests {
    use super::*;
    use protocol::raw_json;

    #[test]
    fn rounds_parse_requests_in_order_and_the_state() {
        let r = raw_json(
            r#"{"resultType":"input_required","inputRequests":{"b":{"method":"elicitation/create","params":{"message":"?"}},"a":{"method":"roots/list"}},"requestState":"s1"}"#,
        );
        let round = parse_round(&r).unwrap();
        let keys: Vec<&str> = round.requests.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["b", "a"]);
        assert_eq!(round.state.unwrap().get(), r#""s1""#);
        assert!(parse_round(&raw_json(r#"{"resultType":"input_required"}"#)).is_err());
    }

    #[test]
    fn url_mode_elicitations_get_an_elicitation_id_for_session_era_clients() {
        let url = InputRequest {
            method: methods::ELICITATION_CREATE.into(),
            params: Some(raw_json(
                r#"{"mode":"url","url":"https://x.test/a","message":"m"}"#,
            )),
        };
        let params = session_era_params(&url).unwrap();
        let obj = RawObject::parse(&params).unwrap();
        assert!(
            obj.get_str("elicitationId")
                .is_some_and(|id| id.len() >= 32)
        );
        assert_eq!(obj.get_str("url").as_deref(), Some("https://x.test/a"));
        let form = InputRequest {
            method: methods::ELICITATION_CREATE.into(),
            params: Some(raw_json(r#"{"message":"m","requestedSchema":{}}"#)),
        };
        assert_eq!(
            session_era_params(&form).unwrap().get(),
            r#"{"message":"m","requestedSchema":{}}"#
        );
    }

    #[test]
    fn retries_carry_answers_and_the_echoed_state() {
        let params = raw_json(r#"{"name":"ask","arguments":{"x":1}}"#);
        let answers = vec![("k".to_owned(), raw_json(r#"{"action":"accept"}"#))];
        let retry = retry_params(Some(&params), &answers, Some(raw_json(r#""st""#)));
        assert_eq!(
            retry.get(),
            r#"{"name":"ask","arguments":{"x":1},"inputResponses":{"k":{"action":"accept"}},"requestState":"st"}"#
        );
    }
}
