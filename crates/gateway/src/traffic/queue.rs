//! `limit_queue`: calls over a rate limit that may wait their turn instead of being refused.
//! Each limit key has its own bounded queue, so one runaway agent cannot fill it for all.
//! Shared by the local and the Redis limiter; the places are counted in this instance.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use crate::settings::LimitQueueSettings;

/// How many calls wait per limit key.
pub(super) struct WaitQueue {
    settings: LimitQueueSettings,
    waiting: Mutex<HashMap<String, usize>>,
}

impl WaitQueue {
    /// An empty queue with these bounds.
    pub(super) fn new(settings: LimitQueueSettings) -> Self {
        Self {
            settings,
            waiting: Mutex::default(),
        }
    }

    /// A place for a call that has `waited` already and must wait `wait` more for `bucket`;
    /// `None` (refuse now) when that is longer than `max_wait` or the key's queue is full.
    pub(super) fn place(
        &self,
        bucket: &str,
        waited: Duration,
        wait: Duration,
    ) -> Option<QueuePlace<'_>> {
        if waited + wait > self.settings.max_wait {
            return None;
        }
        let mut waiting = self.waiting.lock().unwrap_or_else(|p| p.into_inner());
        let count = waiting.entry(bucket.to_owned()).or_insert(0);
        if *count >= self.settings.max_waiting {
            return None;
        }
        *count += 1;
        Some(QueuePlace {
            waiting: &self.waiting,
            bucket: bucket.to_owned(),
        })
    }
}

/// A call's place in a key's queue, given back however the wait ends.
pub(super) struct QueuePlace<'a> {
    waiting: &'a Mutex<HashMap<String, usize>>,
    bucket: String,
}

impl Drop for QueuePlace<'_> {
    fn drop(&mut self) {
        let mut waiting = self.waiting.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(count) = waiting.get_mut(&self.bucket) {
            *count -= 1;
            if *count == 0 {
                waiting.remove(&self.bucket);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_queue_or_a_long_wait_refuses_and_a_place_is_given_back() {
        let queue = WaitQueue::new(LimitQueueSettings {
            max_waiting: 1,
            max_wait: Duration::from_millis(100),
        });
        let ms = Duration::from_millis;
        assert!(queue.place("a", ms(50), ms(60)).is_none(), "too long");
        let first = queue.place("a", ms(0), ms(60)).expect("a place");
        assert!(
            queue.place("a", ms(0), ms(10)).is_none(),
            "a's queue is full"
        );
        assert!(queue.place("b", ms(0), ms(10)).is_some(), "b has its own");
        drop(first);
        assert!(queue.place("a", ms(0), ms(10)).is_some(), "given back");
    }
}
