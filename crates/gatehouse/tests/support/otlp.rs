//! An OTLP/HTTP trace receiver for tests: `POST /v1/traces` with a protobuf
//! `ExportTraceServiceRequest`, decoded and kept (spans flattened, with the request's headers).

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::routing::post;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::common::v1::any_value::Value as AnyValue;
use opentelemetry_proto::tonic::common::v1::{AnyValue as Any, KeyValue};
use prost::Message;

/// `Span.kind` values of the OTLP protocol.
pub const KIND_SERVER: i32 = 2;
/// A client span.
pub const KIND_CLIENT: i32 = 3;
/// `Status.code` of a failed span.
pub const STATUS_ERROR: i32 = 2;

/// One received span, flattened.
#[derive(Debug, Clone)]
pub struct Span {
    /// The trace id, lowercase hex.
    pub trace_id: String,
    /// The span id, lowercase hex.
    pub span_id: String,
    /// The parent span id, lowercase hex ("" for a root).
    pub parent_span_id: String,
    /// The span name.
    pub name: String,
    /// The OTLP span kind.
    pub kind: i32,
    /// Attributes, values as text.
    pub attributes: HashMap<String, String>,
    /// The OTLP status code.
    pub status: i32,
    /// The resource's `service.name`.
    pub service: String,
    /// The names of the span's events.
    pub events: Vec<String>,
}

#[derive(Default)]
struct Received {
    spans: Vec<Span>,
    headers: Vec<HeaderMap>,
}

/// The receiver; its URL is the collector's base (`http://127.0.0.1:PORT`).
pub struct Receiver {
    /// The base URL to configure as `telemetry.otlp_endpoint`.
    pub url: String,
    received: Arc<Mutex<Received>>,
}

impl Receiver {
    /// Start on an ephemeral loopback port.
    pub async fn start() -> Self {
        let received = Arc::new(Mutex::new(Received::default()));
        let app = Router::new()
            .route("/v1/traces", post(export))
            .with_state(Arc::clone(&received));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr: SocketAddr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await });
        Self {
            url: format!("http://{addr}"),
            received,
        }
    }

    /// Every span received so far.
    pub fn spans(&self) -> Vec<Span> {
        self.received.lock().unwrap().spans.clone()
    }

    /// The headers of every export request received so far.
    pub fn headers(&self) -> Vec<HeaderMap> {
        self.received.lock().unwrap().headers.clone()
    }

    /// Wait (at most `limit`, calling `flush` between looks) until `done` holds for the
    /// spans received; returns them either way.
    pub async fn wait_for<F, Fut>(
        &self,
        limit: Duration,
        flush: F,
        done: impl Fn(&[Span]) -> bool,
    ) -> Vec<Span>
    where
        F: Fn() -> Fut,
        Fut: std::future::Future<Output = ()>,
    {
        let deadline = tokio::time::Instant::now() + limit;
        loop {
            flush().await;
            let spans = self.spans();
            if done(&spans) || tokio::time::Instant::now() >= deadline {
                return spans;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

async fn export(
    State(received): State<Arc<Mutex<Received>>>,
    headers: HeaderMap,
    body: Bytes,
) -> ([(&'static str, &'static str); 1], Vec<u8>) {
    let request = ExportTraceServiceRequest::decode(body).expect("an OTLP protobuf export");
    let mut spans = Vec::new();
    for resource_spans in request.resource_spans {
        let attributes = resource_spans
            .resource
            .map(|r| attributes(&r.attributes))
            .unwrap_or_default();
        let service = attributes.get("service.name").cloned().unwrap_or_default();
        for scope in resource_spans.scope_spans {
            for span in scope.spans {
                spans.push(Span {
                    trace_id: hex(&span.trace_id),
                    span_id: hex(&span.span_id),
                    parent_span_id: hex(&span.parent_span_id),
                    name: span.name,
                    kind: span.kind,
                    attributes: self::attributes(&span.attributes),
                    status: span.status.map_or(0, |s| s.code),
                    service: service.clone(),
                    events: span.events.into_iter().map(|e| e.name).collect(),
                });
            }
        }
    }
    let mut state = received.lock().unwrap();
    state.spans.extend(spans);
    state.headers.push(headers);
    ([("content-type", "application/x-protobuf")], Vec::new())
}

fn attributes(pairs: &[KeyValue]) -> HashMap<String, String> {
    pairs
        .iter()
        .map(|kv| (kv.key.clone(), text(kv.value.as_ref())))
        .collect()
}

fn text(value: Option<&Any>) -> String {
    match value.and_then(|v| v.value.as_ref()) {
        Some(AnyValue::StringValue(s)) => s.clone(),
        Some(AnyValue::BoolValue(b)) => b.to_string(),
        Some(AnyValue::IntValue(i)) => i.to_string(),
        Some(AnyValue::DoubleValue(d)) => d.to_string(),
        Some(other) => format!("{other:?}"),
        None => String::new(),
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
