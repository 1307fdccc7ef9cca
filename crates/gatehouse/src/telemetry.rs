//! OpenTelemetry trace export (`telemetry` in the config): the OTLP/HTTP exporter, the tracer
//! provider with its parent-based ratio sampler, and the `tracing` layer that turns the
//! gateway's spans (the request span, its stages, the upstream calls) into OTel spans.
//!
//! What the spans carry and how the trace context crosses the wire is `gateway::telemetry`;
//! this module only builds and stops the pipeline behind them. Spans are batched and exported
//! from the SDK's own thread with reqwest's blocking client (the workspace's reqwest), never on
//! the request path.

use std::collections::HashMap;

use opentelemetry::InstrumentationScope;
use opentelemetry::trace::TracerProvider as _;
use opentelemetry_otlp::{Protocol, SpanExporter, WithExportConfig, WithHttpConfig};
use opentelemetry_sdk::Resource;
use opentelemetry_sdk::trace::{Sampler, SdkTracerProvider};
use tracing::{Level, Subscriber};
use tracing_subscriber::Layer;
use tracing_subscriber::filter::{FilterExt, Targets, filter_fn};
use tracing_subscriber::registry::LookupSpan;

use crate::config::TelemetryConfig;

/// The target (crate) whose spans and events are exported: the gateway's.
const EXPORTED_TARGET: &str = "gateway";

/// Why trace export cannot start.
#[derive(Debug, thiserror::Error)]
#[error("cannot set up the OTLP trace exporter: {0}")]
pub struct TelemetryError(String);

/// A running trace export pipeline. Stop it with [`Telemetry::shutdown`] so the last spans are
/// sent.
#[derive(Debug)]
pub struct Telemetry {
    provider: SdkTracerProvider,
}

impl Telemetry {
    /// Build the exporter and the tracer provider. Nothing is sent until spans end.
    pub fn new(config: &TelemetryConfig) -> Result<Self, TelemetryError> {
        // An https collector: the exporter's rustls client needs the process's crypto provider.
        transport::ensure_crypto_provider();
        let headers: HashMap<String, String> = config.headers.iter().cloned().collect();
        let exporter = SpanExporter::builder()
            .with_http()
            .with_protocol(Protocol::HttpBinary)
            .with_endpoint(config.traces_url.clone())
            .with_headers(headers)
            .build()
            .map_err(|e| TelemetryError(e.to_string()))?;
        let sampler =
            Sampler::ParentBased(Box::new(Sampler::TraceIdRatioBased(config.sample_ratio)));
        let resource = Resource::builder()
            .with_service_name(config.service_name.clone())
            .build();
        let provider = SdkTracerProvider::builder()
            .with_batch_exporter(exporter)
            .with_sampler(sampler)
            .with_resource(resource)
            .build();
        Ok(Self { provider })
    }

    /// The layer exporting the gateway's spans, whatever the log filter says, and not its log
    /// events: as span events they would carry their `error` fields, whose text can quote an
    /// upstream's answer or a refused argument, to the trace backend. Spans start lazily (no
    /// context is attached on every poll) and carry no thread, source location or busy/idle
    /// timings: the request path pays as little as it can.
    pub fn layer<S>(&self) -> impl Layer<S> + Send + Sync + use<S>
    where
        S: Subscriber + for<'span> LookupSpan<'span> + Send + Sync,
    {
        let scope = InstrumentationScope::builder("gatehouse")
            .with_version(env!("CARGO_PKG_VERSION"))
            .build();
        tracing_opentelemetry::layer()
            .with_tracer(self.provider.tracer_with_scope(scope))
            .with_context_activation(false)
            .with_tracked_inactivity(false)
            .with_threads(false)
            .with_location(false)
            .with_target(false)
            .with_filter(
                Targets::new()
                    .with_target(EXPORTED_TARGET, Level::INFO)
                    .and(filter_fn(|meta| meta.is_span())),
            )
    }

    /// Export every ended span now; waits for the collector (up to the export timeout).
    pub async fn flush(&self) {
        let provider = self.provider.clone();
        let flushed = tokio::task::spawn_blocking(move || provider.force_flush()).await;
        if let Ok(Err(error)) = flushed {
            tracing::warn!(%error, "trace export flush failed");
        }
    }

    /// Send the spans still buffered and stop the exporter (at shutdown).
    pub async fn shutdown(self) {
        let provider = self.provider;
        let stopped = tokio::task::spawn_blocking(move || provider.shutdown()).await;
        if let Ok(Err(error)) = stopped {
            tracing::warn!(%error, "trace exporter shutdown failed");
        }
    }
}
