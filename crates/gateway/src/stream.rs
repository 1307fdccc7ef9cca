//! Resumable SSE streams towards a client.
//!
//! Every SSE stream of a session (one per POST answered with SSE, plus the standalone GET stream)
//! is an [`EventStream`]: a bounded buffer of numbered events that outlives the HTTP connection.
//! Event ids are `{stream}-{seq}`, unique within the session, so a client that lost the
//! connection resumes with `GET` + `Last-Event-ID` and gets exactly the events it missed on that
//! stream, never another stream's.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::Duration;

use bytes::Bytes;
use futures::Stream;
use tokio::sync::Notify;

/// One SSE stream's buffered events.
pub struct EventStream {
    id: u64,
    capacity: usize,
    state: Mutex<State>,
    notify: Notify,
}

struct State {
    /// Buffered events: (sequence number, JSON data).
    events: VecDeque<(u64, String)>,
    next_seq: u64,
    /// Highest sequence number handed to a reader.
    delivered: u64,
    finished: bool,
    /// Bumped when a new reader takes over, so the old one stops (no message goes to two).
    reader_generation: u64,
}

impl EventStream {
    /// A new empty stream.
    pub fn new(id: u64, capacity: usize) -> Self {
        Self {
            id,
            capacity: capacity.max(1),
            state: Mutex::new(State {
                events: VecDeque::new(),
                next_seq: 1,
                delivered: 0,
                finished: false,
                reader_generation: 0,
            }),
            notify: Notify::new(),
        }
    }

    /// The stream's id (the part of event ids before the `-`).
    pub fn id(&self) -> u64 {
        self.id
    }

    /// Append a message (compact JSON). The oldest event is dropped beyond capacity.
    pub fn push(&self, data: String) {
        let mut state = self.lock();
        let seq = state.next_seq;
        state.next_seq += 1;
        state.events.push_back((seq, data));
        if state.events.len() > self.capacity {
            state.events.pop_front();
        }
        drop(state);
        self.notify.notify_waiters();
    }

    /// Whether every event after sequence number `seq` is still buffered (a resume from it
    /// loses nothing).
    pub fn replayable_after(&self, seq: u64) -> bool {
        let state = self.lock();
        let oldest = state
            .events
            .front()
            .map_or(state.next_seq, |(first, _)| *first);
        seq.saturating_add(1) >= oldest
    }

    /// Mark the stream complete: readers end after the buffered events.
    pub fn finish(&self) {
        self.lock().finished = true;
        self.notify.notify_waiters();
    }

    /// Read the stream as SSE bytes, starting after sequence number `after` (or after what was
    /// already delivered). A priming event (id, empty data) comes first when `prime` is set.
    pub fn reader(
        self: std::sync::Arc<Self>,
        after: Option<u64>,
        prime: bool,
        keep_alive: Duration,
    ) -> impl Stream<Item = Result<Bytes, std::convert::Infallible>> + Send + 'static {
        let mut reader = Reader::new(self, after, keep_alive);
        reader.end_on_gap = true;
        let mut priming = prime.then(|| format!("{}-{}", reader.stream.id, reader.cursor));
        futures::stream::unfold(reader, move |mut r| {
            let priming = priming.take();
            async move {
                if let Some(id) = priming {
                    return Some((Ok(Bytes::from(transport::sse::priming(&id, None))), r));
                }
                let chunk = match r.next_batch().await? {
                    Batch::KeepAlive => transport::sse::keep_alive().to_owned(),
                    Batch::Events(events) => {
                        let mut out = String::new();
                        for (seq, data) in events {
                            let id = format!("{}-{}", r.stream.id, seq);
                            out.push_str(&transport::sse::event(Some(&id), &data));
                        }
                        out
                    }
                };
                Some((Ok(Bytes::from(chunk)), r))
            }
        })
    }

    /// Read the stream's messages (JSON text, in batches) from what was not yet delivered, for
    /// consumers without SSE framing (stdio, `subscriptions/listen`).
    pub fn messages(
        self: std::sync::Arc<Self>,
    ) -> impl Stream<Item = Vec<String>> + Send + 'static {
        let reader = Reader::new(self, None, Duration::from_secs(3600));
        futures::stream::unfold(reader, |mut r| async move {
            loop {
                if let Batch::Events(events) = r.next_batch().await? {
                    return Some((events.into_iter().map(|(_, d)| d).collect(), r));
                }
            }
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

struct Reader {
    stream: std::sync::Arc<EventStream>,
    cursor: u64,
    generation: u64,
    keep_alive: Duration,
    /// End the stream when events it should have read were dropped (an SSE client then sees
    /// its connection close, instead of waiting for answers that will never come).
    end_on_gap: bool,
}

/// What a reader gets next.
enum Batch {
    /// Events after the cursor: (sequence number, JSON data).
    Events(Vec<(u64, String)>),
    /// Nothing for a while; keep the connection open.
    KeepAlive,
}

impl Reader {
    /// Take over the stream as its reader, starting after `after` (or what was delivered).
    fn new(stream: std::sync::Arc<EventStream>, after: Option<u64>, keep_alive: Duration) -> Self {
        let (generation, delivered) = {
            let mut state = stream.lock();
            state.reader_generation += 1;
            (state.reader_generation, state.delivered)
        };
        Self {
            stream,
            cursor: after.unwrap_or(delivered),
            generation,
            keep_alive,
            end_on_gap: false,
        }
    }

    /// The next batch, or `None` when the stream is over for this reader.
    async fn next_batch(&mut self) -> Option<Batch> {
        let stream = std::sync::Arc::clone(&self.stream);
        loop {
            let notified = stream.notify.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if let Some(ready) = self.take_ready() {
                return ready;
            }
            if tokio::time::timeout(self.keep_alive, notified)
                .await
                .is_err()
            {
                return Some(Batch::KeepAlive);
            }
        }
    }

    /// `Some(Some(batch))`: events; `Some(None)`: end; `None`: nothing yet.
    fn take_ready(&mut self) -> Option<Option<Batch>> {
        let mut state = self.stream.lock();
        if state.reader_generation != self.generation {
            return Some(None);
        }
        let after = self.cursor;
        let events: Vec<(u64, String)> = state
            .events
            .iter()
            .filter(|(seq, _)| *seq > after)
            .cloned()
            .collect();
        if let Some(&(first, _)) = events.first()
            && first > after + 1
        {
            // The reader fell more than the buffer behind: say so rather than lose silently.
            let lost = first - after - 1;
            let stream = self.stream.id;
            if self.end_on_gap {
                tracing::warn!(
                    stream,
                    lost,
                    "closing a stream whose slow reader missed events dropped from the replay buffer (http.replay_buffer)"
                );
                return Some(None);
            }
            tracing::warn!(
                stream,
                lost,
                "a slow reader missed events dropped from the replay buffer (http.replay_buffer)"
            );
        }
        if let Some((last, _)) = events.last() {
            self.cursor = *last;
            state.delivered = state.delivered.max(*last);
            return Some(Some(Batch::Events(events)));
        }
        state.finished.then_some(None)
    }
}

/// Parse an event id `{stream}-{seq}`.
pub fn parse_event_id(id: &str) -> Option<(u64, u64)> {
    let (stream, seq) = id.split_once('-')?;
    Some((stream.parse().ok()?, seq.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use futures::StreamExt;

    use super::*;

    async fn collect(stream: Arc<EventStream>, after: Option<u64>) -> String {
        let reader = stream.reader(after, false, Duration::from_secs(5));
        let chunks: Vec<_> = reader.collect().await;
        chunks
            .into_iter()
            .map(|c| String::from_utf8(c.unwrap().to_vec()).unwrap())
            .collect()
    }

    #[tokio::test]
    async fn resumes_after_the_last_event_id() {
        let s = Arc::new(EventStream::new(4, 16));
        s.push("{\"a\":1}".into());
        s.push("{\"a\":2}".into());
        s.finish();
        let all = collect(Arc::clone(&s), Some(0)).await;
        assert!(all.contains("id: 4-1") && all.contains("id: 4-2"));
        let rest = collect(Arc::clone(&s), Some(1)).await;
        assert!(!rest.contains("id: 4-1") && rest.contains("id: 4-2"));
    }

    #[tokio::test]
    async fn a_new_reader_takes_over_from_the_old_one() {
        let s = Arc::new(EventStream::new(0, 16));
        let mut first = Box::pin(Arc::clone(&s).reader(None, false, Duration::from_secs(5)));
        s.push("{}".into());
        assert!(first.next().await.is_some());
        let _second = Arc::clone(&s).reader(None, false, Duration::from_secs(5));
        s.push("{}".into());
        assert!(first.next().await.is_none());
    }

    /// A reader that fell more than the buffer behind gets its stream closed (its client sees
    /// the connection end, not a silent gap); a resume from before the gap is not replayable.
    #[tokio::test]
    async fn a_reader_that_missed_dropped_events_is_closed() {
        let s = Arc::new(EventStream::new(2, 2));
        let mut reader = Box::pin(Arc::clone(&s).reader(None, false, Duration::from_secs(5)));
        s.push("{\"n\":1}".into());
        assert!(reader.next().await.is_some(), "the first event is read");
        for n in 2..=5 {
            s.push(format!("{{\"n\":{n}}}"));
        }
        assert!(reader.next().await.is_none(), "events 2 and 3 were dropped");
        assert!(!s.replayable_after(1), "2 and 3 are gone");
        assert!(s.replayable_after(3), "4 and 5 are buffered");
        assert!(s.replayable_after(5), "nothing after 5 yet");
        s.finish();
        let resumed = collect(Arc::clone(&s), Some(3)).await;
        assert!(resumed.contains("id: 2-4") && resumed.contains("id: 2-5"));
    }

    #[test]
    fn event_ids_parse() {
        assert_eq!(parse_event_id("3-17"), Some((3, 17)));
        assert_eq!(parse_event_id("x"), None);
    }
}
