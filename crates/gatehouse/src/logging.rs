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

/// The subscriber for `config`, writing log lines to `writer` (with ANSI colours only when
/// `ansi`: a log file or journal must not collect escape sequences), and the trace export
/// pipeline when `telemetry` is configured (then the gateway's tracing is turned on too: its
/// stage spans and trace context propagation exist only for the exporter).
pub fn subscriber<W>(
    config: &Config,
    writer: W,
    ansi: bool,
) -> Result<(impl Subscriber + Send + Sync + 'static, Option<Telemetry>), TelemetryError>
where
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    // The file watcher's crate logs at INFO what is routine for a reload (a watch descriptor
    // gone with the replaced file); quiet unless the level names it.
    let directives = match config.log_level.contains("notify") {
        true => config.log_level.clone(),
        false => format!("{},notify=warn", config.log_level),
    };
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(directives));
    let lines = tracing_subscriber::fmt::layer()
        .with_ansi(ansi)
        .with_writer(writer);
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

/// Install the subscriber process-wide, logging to stderr (stdout may carry MCP traffic), in
/// colour only when stderr is a terminal. Returns the trace export pipeline, to be shut down
/// when the gateway stops.
pub fn init(config: &Config) -> Result<Option<Telemetry>, TelemetryError> {
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let (subscriber, telemetry) = subscriber(config, std::io::stderr, ansi)?;
    // Also routes `log` records (rustls, ...) into it. Already set (a second start in one
    // process): the first subscriber stays.
    let _ = subscriber.try_init();
    Ok(telemetry)
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use super::*;

    /// A writer collecting every log line in memory.
    #[derive(Clone, Default)]
    struct Captured(Arc<Mutex<Vec<u8>>>);

    impl std::io::Write for Captured {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    fn line_written(ansi: bool) -> String {
        let config = crate::config::parse("servers: {}\n", &|_| None).expect("valid config");
        let captured = Captured::default();
        let sink = captured.clone();
        let (subscriber, _) = subscriber(&config, move || sink.clone(), ansi).expect("subscriber");
        tracing::subscriber::with_default(subscriber, || {
            let span = tracing::info_span!("request", request_id = "r-1");
            span.in_scope(|| tracing::warn!(server = "files", "upstream down"));
        });
        let bytes = captured.0.lock().unwrap().clone();
        String::from_utf8(bytes).expect("utf-8 log")
    }

    #[test]
    fn log_lines_carry_no_escape_sequences_unless_asked() {
        let plain = line_written(false);
        assert!(plain.contains("upstream down"), "{plain}");
        assert!(plain.contains("request_id"), "{plain}");
        assert!(!plain.contains('\u{1b}'), "{plain:?}");
        let coloured = line_written(true);
        assert!(coloured.contains('\u{1b}'), "{coloured:?}");
    }
}
