//! A stdio server's stderr, read for as long as the child lives and logged line by line within
//! a budget: a chatty or looping child must neither die of a closed pipe nor flood the
//! gateway's log (and whatever collects it) with its lines.

use std::num::NonZeroU32;

use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, BufReader};
use tokio::process::ChildStderr;

/// Longest stderr line logged whole; a longer one is logged cut to this.
const MAX_STDERR_LINE: u64 = 16 * 1024;

/// Lines logged per second per child, once the burst is spent.
const LINES_PER_SECOND: NonZeroU32 = NonZeroU32::new(50).unwrap();

/// Lines a child may log at once (a start-up banner, a stack trace).
const LINE_BURST: NonZeroU32 = NonZeroU32::new(500).unwrap();

/// What to do with the next stderr line.
#[derive(Debug, PartialEq, Eq)]
enum Verdict {
    /// Log it; `skipped` lines before it were not logged (over the budget).
    Log { skipped: u64 },
    /// Over the budget: count it, do not log it.
    Skip,
}

/// The per-child budget of logged lines: a token bucket (governor's GCRA), and the count of
/// lines skipped since the last one logged. Also bounds the warnings about lines on stdout
/// that are not JSON-RPC (`stdio::read_loop`): a child printing its log to stdout would flood
/// the gateway's log as much.
pub(super) struct LineBudget {
    limiter: DefaultDirectRateLimiter,
    pub(super) skipped: u64,
}

impl LineBudget {
    /// Whether the next line may be logged: `Some(lines skipped before it)`, or `None` (over
    /// the budget; counted).
    pub(super) fn allows(&mut self) -> Option<u64> {
        match self.next_line() {
            Verdict::Log { skipped } => Some(skipped),
            Verdict::Skip => None,
        }
    }

    pub(super) fn new() -> Self {
        Self {
            limiter: RateLimiter::direct(
                Quota::per_second(LINES_PER_SECOND).allow_burst(LINE_BURST),
            ),
            skipped: 0,
        }
    }

    fn next_line(&mut self) -> Verdict {
        if self.limiter.check().is_err() {
            self.skipped += 1;
            return Verdict::Skip;
        }
        Verdict::Log {
            skipped: std::mem::take(&mut self.skipped),
        }
    }
}

/// Log the child's stderr line by line until it closes. A line over [`MAX_STDERR_LINE`] is
/// logged cut and the rest of it skipped: the pipe must stay read (a child writing to a closed
/// stderr dies of SIGPIPE), which `LinesCodec` does not do after its first over-long line.
/// Lines over the budget ([`LINE_BURST`], then [`LINES_PER_SECOND`]) are read and dropped;
/// the next line logged says how many were.
pub(super) async fn log_stderr(stderr: ChildStderr, server: String) {
    let mut reader = BufReader::new(stderr);
    let mut budget = LineBudget::new();
    let mut line = Vec::new();
    loop {
        line.clear();
        let read = (&mut reader)
            .take(MAX_STDERR_LINE)
            .read_until(b'\n', &mut line)
            .await;
        let whole = match read {
            Ok(0) | Err(_) => break,
            Ok(_) => line.ends_with(b"\n"),
        };
        if !whole && !skip_line(&mut reader).await {
            log_line(&server, &line, whole, &mut budget);
            break;
        }
        log_line(&server, &line, whole, &mut budget);
    }
    if budget.skipped > 0 {
        let skipped = budget.skipped;
        tracing::warn!(server = %server, stream = "stderr", skipped, "stderr lines not logged: over {LINES_PER_SECOND} lines/s");
    }
}

/// Log one line (cut when not `whole`) if the budget allows.
fn log_line(server: &str, line: &[u8], whole: bool, budget: &mut LineBudget) {
    let Verdict::Log { skipped } = budget.next_line() else {
        return;
    };
    if skipped > 0 {
        tracing::warn!(server = %server, stream = "stderr", skipped, "stderr lines not logged: over {LINES_PER_SECOND} lines/s");
    }
    let text = String::from_utf8_lossy(line);
    let text = text.trim_end_matches(['\n', '\r']);
    if whole {
        tracing::info!(server = %server, stream = "stderr", "{text}");
    } else {
        tracing::info!(server = %server, stream = "stderr", "{text} [line cut at {MAX_STDERR_LINE} bytes]");
    }
}

/// Read and drop the rest of a line; `false` when the stream ended.
async fn skip_line(reader: &mut BufReader<ChildStderr>) -> bool {
    loop {
        let chunk = match reader.fill_buf().await {
            Ok([]) | Err(_) => return false,
            Ok(chunk) => chunk,
        };
        match chunk.iter().position(|b| *b == b'\n') {
            Some(end) => {
                reader.consume(end + 1);
                return true;
            }
            None => {
                let all = chunk.len();
                reader.consume(all);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flood_is_cut_to_the_burst_and_the_next_line_logged_counts_the_skipped() {
        let mut budget = LineBudget::new();
        let logged = (0..5000)
            .filter(|_| matches!(budget.next_line(), Verdict::Log { .. }))
            .count();
        // The burst, plus what trickled in while the loop ran (50 a second).
        assert!((500..520).contains(&logged), "{logged}");
        assert!(budget.skipped >= 4480, "{}", budget.skipped);
        std::thread::sleep(std::time::Duration::from_millis(40));
        let skipped = budget.skipped;
        assert_eq!(budget.next_line(), Verdict::Log { skipped });
        assert_eq!(budget.skipped, 0);
    }
}
