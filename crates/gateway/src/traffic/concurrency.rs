//! A concurrency cap per upstream with a bounded queue: at most `max` requests in flight, at
//! most `queue` more waiting for a slot; beyond that a request is shed at once with a clear
//! error, so a slow server cannot make the gateway hold unbounded work.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use tokio::sync::{Semaphore, SemaphorePermit};

/// Why a request got no slot.
#[derive(Debug, PartialEq, Eq)]
pub enum Shed {
    /// The queue was full.
    QueueFull,
    /// It waited its longest.
    Waited,
}

/// One server's concurrency cap.
pub struct Concurrency {
    max: usize,
    slots: Option<Semaphore>,
    queue: usize,
    waiting: AtomicUsize,
}

/// A slot; given back when dropped.
pub struct Slot<'a>(#[allow(dead_code)] Option<SemaphorePermit<'a>>);

impl Concurrency {
    /// A cap of `max` in flight (`None`: no cap) and `queue` waiting.
    pub fn new(max: Option<usize>, queue: usize) -> Self {
        Self {
            max: max.unwrap_or(0).max(1),
            slots: max.map(|m| Semaphore::new(m.max(1))),
            queue,
            waiting: AtomicUsize::new(0),
        }
    }

    /// Take a slot, waiting up to `wait` in the queue.
    pub async fn acquire(&self, wait: Duration) -> Result<Slot<'_>, Shed> {
        let Some(slots) = &self.slots else {
            return Ok(Slot(None));
        };
        if let Ok(permit) = slots.try_acquire() {
            return Ok(Slot(Some(permit)));
        }
        if self.waiting.fetch_add(1, Ordering::AcqRel) >= self.queue {
            self.waiting.fetch_sub(1, Ordering::AcqRel);
            return Err(Shed::QueueFull);
        }
        let outcome = tokio::time::timeout(wait, slots.acquire()).await;
        self.waiting.fetch_sub(1, Ordering::AcqRel);
        match outcome {
            Ok(Ok(permit)) => Ok(Slot(Some(permit))),
            _ => Err(Shed::Waited),
        }
    }

    /// Requests in flight and waiting, for metrics.
    pub fn load(&self) -> (usize, usize) {
        let in_flight = match &self.slots {
            Some(s) => self.max.saturating_sub(s.available_permits()),
            None => 0,
        };
        (in_flight, self.waiting.load(Ordering::Acquire))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn excess_beyond_the_queue_is_shed_at_once() {
        let cap = Concurrency::new(Some(1), 1);
        let first = cap.acquire(Duration::from_secs(1)).await.unwrap();
        let queued = cap.acquire(Duration::from_millis(200));
        tokio::pin!(queued);
        // Let the second request take its place in the queue.
        assert!(
            tokio::time::timeout(Duration::from_millis(20), &mut queued)
                .await
                .is_err()
        );
        assert_eq!(
            cap.acquire(Duration::from_secs(1)).await.err(),
            Some(Shed::QueueFull)
        );
        drop(first);
        assert!(queued.await.is_ok());
    }

    #[tokio::test]
    async fn a_queued_request_gives_up_after_its_wait() {
        let cap = Concurrency::new(Some(1), 4);
        let _first = cap.acquire(Duration::from_secs(1)).await.unwrap();
        assert_eq!(
            cap.acquire(Duration::from_millis(10)).await.err(),
            Some(Shed::Waited)
        );
    }
}
