//! A bound on the size of one SSE event from an upstream.
//!
//! `sse-stream` buffers an event whole until its blank line, with no limit of its own, so a
//! server that streams one endless event (or a 100 MB result as one event) would grow the
//! gateway's memory without bound. Plain JSON bodies are bounded by `max_message_bytes`
//! (`read_limited`); this holds SSE streams to the same bound per event. A byte scan over the
//! stream (no SSE parser offers the bound): it counts the bytes since the last blank line.

use bytes::Bytes;
use futures::{Stream, StreamExt};

/// How the error at an oversized event begins (what tells it from a cut connection, which a
/// reader may resume).
pub(super) const OVERSIZED: &str = "an SSE event from the server is larger than the limit";

/// The bytes of `stream`, ending with an error once one event (the bytes since the last
/// blank line) grows past `limit`. `error` builds the stream's error from a message.
pub(super) fn limit_events<S, E>(
    stream: S,
    limit: usize,
    error: fn(String) -> E,
) -> impl Stream<Item = Result<Bytes, E>>
where
    S: Stream<Item = Result<Bytes, E>>,
{
    let mut scan = EventScan::default();
    let mut failed = false;
    stream
        .map(move |chunk| {
            let chunk = chunk?;
            if scan.overflows(&chunk, limit) {
                return Err(error(format!("{OVERSIZED} of {limit} bytes")));
            }
            Ok(chunk)
        })
        .take_while(move |item| {
            let go_on = !failed;
            failed |= item.is_err();
            std::future::ready(go_on)
        })
}

/// Where a byte scan stands between event boundaries.
#[derive(Default)]
struct EventScan {
    /// Bytes since the last blank line.
    run: usize,
    /// The last byte (ignoring `\r`) was a line end.
    at_line_start: bool,
}

impl EventScan {
    /// Scan `chunk`; whether the event in progress has grown past `limit`.
    fn overflows(&mut self, chunk: &[u8], limit: usize) -> bool {
        for &b in chunk {
            match b {
                b'\n' if self.at_line_start => self.run = 0,
                b'\n' => self.at_line_start = true,
                b'\r' => {}
                _ => self.at_line_start = false,
            }
            self.run += 1;
            if self.run > limit {
                return true;
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_are_measured_between_blank_lines() {
        let mut scan = EventScan::default();
        assert!(!scan.overflows(b"data: 12345\n\n", 16));
        assert!(!scan.overflows(b"data: 12345\r\n\r\ndata: 6", 16));
        assert!(scan.overflows(b"789012345678", 16), "one event of 18 bytes");
    }

    #[tokio::test]
    async fn the_stream_ends_with_one_error_at_an_oversized_event() {
        let chunks: Vec<Result<Bytes, String>> = vec![
            Ok(Bytes::from_static(b"data: a\n\n")),
            Ok(Bytes::from(vec![b'x'; 40])),
            Ok(Bytes::from_static(b"data: never\n\n")),
        ];
        let out: Vec<_> = limit_events(futures::stream::iter(chunks), 32, |m| m)
            .collect()
            .await;
        assert_eq!(out.len(), 2, "{out:?}");
        assert!(out[1].as_ref().is_err_and(|m| m.contains("32 bytes")));
    }
}
