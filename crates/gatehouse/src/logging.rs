//! The process's `tracing` subscriber: log lines (text or JSON, filtered by `log.level` or
//! `RUST_LOG`) and, with `telemetry` configured, the OpenTelemetry layer exporting the
//! gateway's spans. The two are filtered apart: the log level never hides a span from the
//! exporter, and the exporter sees only the gateway's own spans and events.

use tracing::Subscriber;
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{EnvFilter, Layer, Registry};

use crate::config::Config;
use crate::config::raw::RawLogFormat;
use crate::telemetry::{Telemetry, TelemetryError};

/// The subscriber for `config`, writing log lines to `writer`, and the trace export pipeline
/// when `telemetry` is configured (then the gateway's tracing is turned on too: its stage
/// spans and trace context propagation exist only for the exporter).
pub fn subscriber<W>(
    config: &Config,
    writer: W,
) -> Result<(impl Subscriber + Send + Sync + 'static, Option<Telemetry>), TelemetryError>
where
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(&config.log_level));
    let lines = tracing_subscriber::fmt::layer().with_writer(writer);
    let lines = match config.log_format {
        RawLogFormat::Json => lines.json().with_filter(filter).boxed(),
        RawLogFormat::Text => lines.with_filter(filter).boxed(),
    };
    let telemetry = config.telemetry.as_ref().map(Telemetry::new).transpose()?;
    let spans = telemetry.as_ref().map(Telemetry::layer);
    if telemetry.is_some() {
        gateway::telemetry::enable();
    }
    Ok((Registry::default().with(lines).with(spans), telemetry))
}

/// Install the subscriber process-wide, logging to stderr (stdout may carry MCP traffic).
/// Returns the trace export pipeline, to be shut down when the gateway stops.
pub fn init(config: &Config) -> Result<Option<Telemetry>, TelemetryError> {
    let (subscriber, telemetry) = subscriber(config, std::io::stderr)?;
    // Also routes `log` records (rustls, ...) into it. Already set (a second start in one
    // process): the first subscriber stays.
    let _ = subscriber.try_init();
    Ok(telemetry)
}
