//! The public audit-log handle.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use ed25519_dalek::VerifyingKey;
use tokio::io::{AsyncWrite, AsyncWriteExt};
use tokio::sync::{Mutex, mpsc, oneshot};

use crate::db::Db;
use crate::query::{AuditFilter, for_each};
use crate::record::{AuditRecord, AuditRow, RowFields};
use crate::verify::{ExpectedRecord, VerifyReport, verify};
use crate::writer::Command;
use crate::{Durability, StoreError, prune, signing};

/// Rows read per page by query, export and verify.
const PAGE: u64 = 1000;

/// Append-only, hash-chained audit log. Obtain it from [`crate::Store::audit`].
#[derive(Debug)]
pub struct AuditLog {
    pub(crate) db: Db,
    pub(crate) tx: mpsc::Sender<Command>,
    pub(crate) durability: Durability,
    /// Last seq handed out (batched mode only; sync mode gets it from the writer).
    pub(crate) last_seq: Mutex<u64>,
    pub(crate) lag: Arc<AtomicUsize>,
    /// Whether the writer's last commit failed.
    pub(crate) failing: Arc<std::sync::atomic::AtomicBool>,
    /// The key that signs checkpoints; `None` for a reader that found no key file.
    pub(crate) public_key: Option<VerifyingKey>,
    pub(crate) max_argument_bytes: usize,
}

impl AuditLog {
    /// Appends one record and returns its `seq`. Waits for queue space when
    /// the writer is behind (never drops). In `Sync` mode returns after the
    /// durable commit; in `Batched` mode after enqueueing.
    pub async fn append(&self, record: AuditRecord) -> Result<u64, StoreError> {
        let fields = RowFields::from_record(record, self.max_argument_bytes)?;
        match self.durability {
            Durability::Sync => {
                let (reply, answer) = oneshot::channel();
                self.enqueue(Command::Append(Box::new(fields), Some(reply)))
                    .await?;
                answer.await.map_err(|_| StoreError::Closed)?
            }
            Durability::Batched { .. } => {
                // Holding the lock across the send keeps queue order == seq order.
                let mut last = self.last_seq.lock().await;
                self.enqueue(Command::Append(Box::new(fields), None))
                    .await?;
                *last += 1;
                Ok(*last)
            }
        }
    }

    async fn enqueue(&self, cmd: Command) -> Result<(), StoreError> {
        self.lag.fetch_add(1, Ordering::AcqRel);
        if self.tx.send(cmd).await.is_err() {
            self.lag.fetch_sub(1, Ordering::AcqRel);
            return Err(StoreError::Closed);
        }
        Ok(())
    }

    /// Waits until every record appended before this call is committed.
    pub async fn flush(&self) -> Result<(), StoreError> {
        let (done, wait) = oneshot::channel();
        self.tx
            .send(Command::Flush(done))
            .await
            .map_err(|_| StoreError::Closed)?;
        wait.await.map_err(|_| StoreError::Closed)
    }

    /// Commits everything queued, writes a final checkpoint and stops the
    /// writer; later appends fail with [`StoreError::Closed`]. Idempotent.
    pub async fn close(&self) {
        let (done, wait) = oneshot::channel();
        if self.tx.send(Command::Close(done)).await.is_ok() {
            let _ = wait.await;
        }
    }

    /// Rows matching `filter`, in seq order.
    pub async fn query(&self, filter: &AuditFilter) -> Result<Vec<AuditRow>, StoreError> {
        let mut out = Vec::new();
        for_each(&self.db, filter, PAGE, |row| {
            out.push(row.into_audit_row()?);
            Ok(())
        })
        .await?;
        Ok(out)
    }

    /// Writes matching rows as JSON Lines (one [`AuditRow`] per line) to a
    /// blocking writer; returns the number of rows written.
    pub async fn export_jsonl<W: std::io::Write + Send>(
        &self,
        filter: &AuditFilter,
        out: &mut W,
    ) -> Result<u64, StoreError> {
        let n = for_each(&self.db, filter, PAGE, |row| {
            serde_json::to_writer(&mut *out, &row.into_audit_row()?)?;
            out.write_all(b"\n")?;
            Ok(())
        })
        .await?;
        out.flush()?;
        Ok(n)
    }

    /// Like [`AuditLog::export_jsonl`] for an async writer (one page buffered at a time).
    pub async fn export_jsonl_async<W: AsyncWrite + Unpin + Send>(
        &self,
        filter: &AuditFilter,
        out: &mut W,
    ) -> Result<u64, StoreError> {
        let mut page = filter.clone();
        let mut remaining = filter.limit.unwrap_or(u64::MAX);
        let mut total = 0;
        while remaining > 0 {
            let want = remaining.min(PAGE);
            page.limit = Some(want);
            let rows = self.query(&page).await?;
            let mut buf = Vec::new();
            for row in &rows {
                serde_json::to_writer(&mut buf, row)?;
                buf.push(b'\n');
            }
            out.write_all(&buf).await?;
            total += rows.len() as u64;
            remaining -= rows.len() as u64;
            match rows.last() {
                Some(last) if rows.len() as u64 == want && page.before_seq.is_some() => {
                    page.before_seq = Some(last.seq)
                }
                Some(last) if rows.len() as u64 == want => page.after_seq = Some(last.seq),
                _ => break,
            }
        }
        out.flush().await?;
        Ok(total)
    }

    /// Verifies the chain and every checkpoint against this store's key.
    pub async fn verify(&self) -> Result<VerifyReport, StoreError> {
        self.verify_expecting(None, None).await
    }

    /// Verifies against an auditor-supplied hex public key.
    pub async fn verify_with_key(&self, public_key_hex: &str) -> Result<VerifyReport, StoreError> {
        self.verify_expecting(Some(public_key_hex), None).await
    }

    /// Verifies against `public_key_hex` (or this store's key) and that the chain still holds
    /// `expected` unchanged: removing records from the end of the log, which no hash chain
    /// shows by itself, breaks this check for any record an auditor noted before.
    pub async fn verify_expecting(
        &self,
        public_key_hex: Option<&str>,
        expected: Option<&ExpectedRecord>,
    ) -> Result<VerifyReport, StoreError> {
        let key = match public_key_hex {
            Some(hex) => signing::parse_public_key(hex)?,
            None => self.public_key()?,
        };
        verify(&self.db, &key, expected).await
    }

    /// Deletes rows older than `older_than` in whole checkpointed segments;
    /// returns how many rows were deleted. See the crate docs.
    pub async fn prune(&self, older_than: std::time::Duration) -> Result<u64, StoreError> {
        self.prune_in_batches(older_than, prune::BATCH_ROWS).await
    }

    /// [`AuditLog::prune`] in transactions of about `batch_rows` rows each (a segment between
    /// two checkpoints goes whole), each anchored at a checkpoint: a backlog does not become
    /// one transaction that grows the write-ahead log by its size.
    pub async fn prune_in_batches(
        &self,
        older_than: std::time::Duration,
        batch_rows: u64,
    ) -> Result<u64, StoreError> {
        prune::prune(&self.db, older_than, batch_rows).await
    }

    /// Hex Ed25519 public key that signs checkpoints (give it to auditors).
    pub fn public_key_hex(&self) -> Result<String, StoreError> {
        Ok(hex::encode(self.public_key()?.to_bytes()))
    }

    fn public_key(&self) -> Result<VerifyingKey, StoreError> {
        self.public_key.ok_or_else(|| {
            StoreError::Config(
                "no signing key file next to this audit log (check audit.signing_key, or \
                 verify with --public-key HEX)"
                    .into(),
            )
        })
    }

    /// Records appended but not yet committed (for metrics).
    pub fn lag(&self) -> usize {
        self.lag.load(Ordering::Acquire)
    }

    /// Whether the writer's last commit failed: in `Batched` mode it keeps retrying while
    /// appends are queued, so a failing log shows here rather than in `append`'s result.
    pub fn is_failing(&self) -> bool {
        self.failing.load(Ordering::Acquire)
    }
}
