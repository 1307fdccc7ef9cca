//! The single writer task: owns the chain head, batches appends into
//! transactions and writes signed checkpoints.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use ed25519_dalek::SigningKey;
use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;

use crate::canonical::{parse_hash, row_hash};
use crate::db::{Db, with_db};
use crate::head::Head;
use crate::record::RowFields;
use crate::rows::{INSERT, INSERT_CHECKPOINT, StoredRow, bind_row};
use crate::sqlite_sink::SqliteSink;
use crate::{Durability, StoreError, signing, timefmt};

/// Most rows committed in one transaction.
const MAX_BATCH: usize = 512;

/// Reply channel of a sync append.
pub(crate) type Reply = oneshot::Sender<Result<u64, StoreError>>;

/// A message to the writer.
pub(crate) enum Command {
    /// Append a row; `reply` is set in sync mode.
    Append(Box<RowFields>, Option<Reply>),
    /// Commit everything queued before this, then answer.
    Flush(oneshot::Sender<()>),
    /// Commit everything queued, write a final checkpoint, stop.
    Close(oneshot::Sender<()>),
}

/// Writer state; see [`Writer::run`].
pub(crate) struct Writer {
    pub db: Db,
    /// The batch connection of a file-backed SQLite log (`None`: write through `db`).
    pub sqlite: Option<SqliteSink>,
    pub key: SigningKey,
    pub head: Head,
    pub durability: Durability,
    pub checkpoint_every: u64,
    pub checkpoint_interval: Duration,
    pub since_checkpoint: u64,
    pub lag: Arc<AtomicUsize>,
    /// Whether the last commit failed (a batched writer keeps retrying it meanwhile).
    pub failing: Arc<std::sync::atomic::AtomicBool>,
    /// The last batch was full: more is queued, gather without waiting.
    pub backlogged: bool,
}

/// A signed checkpoint about to be written.
#[derive(Clone)]
pub(crate) struct Checkpoint {
    pub seq: u64,
    pub hash: String,
    pub time: String,
    pub public_key: String,
    pub signature: String,
}

impl Writer {
    /// Serves commands until `Close` or until every sender is gone.
    pub async fn run(mut self, mut rx: mpsc::Receiver<Command>) {
        let mut last_checkpoint = Instant::now();
        let period = self.checkpoint_interval.max(Duration::from_millis(10));
        let mut tick = tokio::time::interval(period);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            let first = tokio::select! {
                m = rx.recv() => m,
                _ = tick.tick() => {
                    if last_checkpoint.elapsed() >= self.checkpoint_interval {
                        self.standalone_checkpoint(&mut last_checkpoint).await;
                    }
                    continue;
                }
            };
            let Some(first) = first else { break };
            let (batch, control) = self.gather(first, &mut rx).await;
            self.commit(batch, &mut last_checkpoint).await;
            match control {
                Some(Command::Flush(done)) => {
                    let _ = done.send(());
                }
                Some(Command::Close(done)) => {
                    rx.close();
                    while let Some(m) = rx.recv().await {
                        let (batch, _) = self.gather(m, &mut rx).await;
                        self.commit(batch, &mut last_checkpoint).await;
                    }
                    self.standalone_checkpoint(&mut last_checkpoint).await;
                    let _ = done.send(());
                    return;
                }
                _ => {}
            }
        }
        self.standalone_checkpoint(&mut last_checkpoint).await;
    }

    /// Collects appends after `first`: in sync mode whatever is already
    /// queued; in batched mode whatever arrived within the interval (one sleep,
    /// then a drain: the writer wakes once per batch, not once per record; no
    /// sleep while the previous batch was full). Stops early at a control
    /// command, which is returned.
    async fn gather(
        &mut self,
        first: Command,
        rx: &mut mpsc::Receiver<Command>,
    ) -> (Vec<(RowFields, Option<Reply>)>, Option<Command>) {
        let mut batch = Vec::new();
        match first {
            Command::Append(f, r) => batch.push((*f, r)),
            control => return (batch, Some(control)),
        }
        if let Durability::Batched { interval } = self.durability
            && !self.backlogged
        {
            tokio::time::sleep(interval).await;
        }
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(Command::Append(f, r)) => batch.push((*f, r)),
                Ok(control) => return (batch, Some(control)),
                Err(_) => break,
            }
        }
        self.backlogged = batch.len() == MAX_BATCH;
        (batch, None)
    }

    /// Chains `batch` onto the head and commits it (plus a checkpoint when
    /// due). Sync mode reports failures to the callers; batched mode already
    /// acknowledged the records, so it retries with backoff instead.
    async fn commit(&mut self, batch: Vec<(RowFields, Option<Reply>)>, last_cp: &mut Instant) {
        if batch.is_empty() {
            return;
        }
        let (fields, replies): (Vec<_>, Vec<_>) = batch.into_iter().unzip();
        let rows = self.chain(fields);
        let by_count = self.checkpoint_every > 0
            && self.since_checkpoint + rows.len() as u64 >= self.checkpoint_every;
        let due = by_count || last_cp.elapsed() >= self.checkpoint_interval;
        let last = rows.last().expect("non-empty");
        let last_head = Head {
            seq: last.seq,
            hash: parse_hash(&last.hash).expect("own hash"),
        };
        let mut backoff = Duration::from_millis(50);
        let result = loop {
            let cp = due.then(|| self.checkpoint_at(last_head));
            match self.write(&rows, cp.as_ref()).await {
                Ok(()) => break Ok(()),
                // A commit whose acknowledgement was lost may still have landed.
                Err(_) if self.landed(last_head).await => break Ok(()),
                Err(e) if matches!(self.durability, Durability::Batched { .. }) => {
                    self.failing.store(true, Ordering::Release);
                    tracing::error!(error = %e, rows = rows.len(), "audit batch commit failed; retrying");
                    tokio::time::sleep(backoff).await;
                    backoff = (backoff * 2).min(Duration::from_secs(5));
                }
                // Each reply wraps the cause in `WriteFailed` again: keep only the cause.
                Err(StoreError::WriteFailed(cause)) => break Err(cause),
                Err(e) => break Err(e.to_string()),
            }
        };
        self.lag.fetch_sub(rows.len(), Ordering::AcqRel);
        self.failing.store(result.is_err(), Ordering::Release);
        if result.is_ok() {
            self.head = last_head;
            self.since_checkpoint += rows.len() as u64;
            if due {
                self.since_checkpoint = 0;
                *last_cp = Instant::now();
                log_checkpoint(last_head);
            }
        }
        for (row, reply) in rows.iter().zip(replies) {
            if let Some(reply) = reply {
                let _ = reply.send(
                    result
                        .clone()
                        .map(|()| row.seq)
                        .map_err(StoreError::WriteFailed),
                );
            }
        }
    }

    /// Whether the stored head already is `head` (the batch committed).
    async fn landed(&self, head: Head) -> bool {
        matches!(crate::head::load(&self.db).await, Ok(h) if h == head)
    }

    /// Assigns seqs and hashes starting after the head (head is not moved).
    fn chain(&self, fields: Vec<RowFields>) -> Arc<[StoredRow]> {
        let mut prev = self.head.hash;
        let mut seq = self.head.seq;
        fields
            .into_iter()
            .map(|f| {
                seq += 1;
                let hash = row_hash(&prev, seq, &f);
                let row = StoredRow {
                    seq,
                    fields: f,
                    prev_hash: hex::encode(prev),
                    hash: hex::encode(hash),
                };
                prev = hash;
                row
            })
            .collect()
    }

    fn checkpoint_at(&self, head: Head) -> Checkpoint {
        let time = timefmt::now();
        Checkpoint {
            seq: head.seq,
            hash: hex::encode(head.hash),
            signature: signing::sign(&self.key, head.seq, &head.hash, &time),
            public_key: hex::encode(self.key.verifying_key().to_bytes()),
            time,
        }
    }

    async fn write(
        &self,
        rows: &Arc<[StoredRow]>,
        cp: Option<&Checkpoint>,
    ) -> Result<(), StoreError> {
        if let Some(sink) = &self.sqlite {
            return sink.write(rows.clone(), cp.cloned()).await;
        }
        with_db!(&self.db, p => {
            let mut tx = p.begin().await?;
            for row in rows.iter() {
                bind_row!(sqlx::query(INSERT), row).execute(&mut *tx).await?;
            }
            if let Some(cp) = cp {
                sqlx::query(INSERT_CHECKPOINT)
                    .bind(cp.seq as i64)
                    .bind(cp.hash.as_str())
                    .bind(cp.time.as_str())
                    .bind(cp.public_key.as_str())
                    .bind(cp.signature.as_str())
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// Checkpoints the head if rows arrived since the last checkpoint.
    async fn standalone_checkpoint(&mut self, last_cp: &mut Instant) {
        if self.since_checkpoint == 0 {
            return;
        }
        let cp = self.checkpoint_at(self.head);
        match self.write(&Arc::from([]), Some(&cp)).await {
            Ok(()) => {
                self.since_checkpoint = 0;
                *last_cp = Instant::now();
                log_checkpoint(self.head);
            }
            Err(e) => tracing::warn!(error = %e, "audit checkpoint failed"),
        }
    }
}

/// Log a signed checkpoint's record as `SEQ:HASH`: shipped with the logs, each line is an
/// anchor outside the database for `gatehouse audit verify --expect`, which shows records
/// removed from the end of the log (the chain alone cannot).
fn log_checkpoint(head: Head) {
    let record = format!("{}:{}", head.seq, hex::encode(head.hash));
    tracing::info!(%record, "audit checkpoint signed");
}
