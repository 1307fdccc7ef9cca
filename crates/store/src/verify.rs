//! Chain and checkpoint verification.

use std::collections::BTreeMap;

use ed25519_dalek::VerifyingKey;
use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::canonical::{GENESIS, parse_hash, row_hash};
use crate::db::{Db, with_db};
use crate::query::{AuditFilter, for_each};
use crate::rows::StoredRow;
use crate::{StoreError, signing};

/// Outcome of [`crate::AuditLog::verify`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerifyReport {
    /// Rows checked (up to the first broken one).
    pub rows: u64,
    /// Checkpoints whose signature (and row hash) checked out.
    pub checkpoints: u64,
    /// The first broken seq and why; `None` when everything verifies.
    pub first_broken: Option<(u64, String)>,
    /// The last row checked: its seq and hash (hex). Give it to [`crate::AuditLog::verify_expecting`]
    /// later to prove that no record up to it was removed since.
    #[serde(default)]
    pub head: Option<(u64, String)>,
    /// The seq of the last signed checkpoint that verified.
    #[serde(default)]
    pub last_checkpoint: Option<u64>,
}

impl VerifyReport {
    /// Rows after the last signed checkpoint: a signature covers none of them, so their
    /// removal from the end of the log shows only against an earlier `head` (or a checkpoint
    /// line in the gateway's log).
    pub fn unsigned_tail(&self) -> u64 {
        match (&self.head, self.last_checkpoint) {
            (Some((head, _)), Some(cp)) => head.saturating_sub(cp),
            (Some(_), None) => self.rows,
            (None, _) => 0,
        }
    }
}

/// A record an auditor knows existed (from an earlier `verify` or the gateway's checkpoint
/// log line): its seq and hash (hex).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpectedRecord {
    /// The record's seq.
    pub seq: u64,
    /// Its hash, lowercase hex.
    pub hash: String,
}

impl std::str::FromStr for ExpectedRecord {
    type Err = String;

    /// `SEQ:HASH`, as `audit verify` prints the head.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let (seq, hash) = text
            .split_once(':')
            .ok_or_else(|| format!("expected SEQ:HASH, got {text:?}"))?;
        let seq = seq
            .parse()
            .map_err(|_| format!("not a record number: {seq:?}"))?;
        let hash = hash.to_ascii_lowercase();
        if parse_hash(&hash).is_none() {
            return Err(format!("not a hex SHA-256: {hash:?}"));
        }
        Ok(Self { seq, hash })
    }
}

struct Cp {
    hash: String,
    time: String,
    signature: String,
}

async fn checkpoints(db: &Db) -> Result<BTreeMap<u64, Cp>, StoreError> {
    with_db!(db, p => {
        let rows = sqlx::query("SELECT seq, hash, time, signature FROM audit_checkpoints ORDER BY seq")
            .fetch_all(p)
            .await?;
        rows.iter()
            .map(|r| {
                let seq: i64 = r.try_get(0)?;
                Ok((seq as u64, Cp { hash: r.try_get(1)?, time: r.try_get(2)?, signature: r.try_get(3)? }))
            })
            .collect()
    })
}

async fn anchor(db: &Db) -> Result<Option<(u64, String)>, StoreError> {
    with_db!(db, p => {
        let row = sqlx::query("SELECT seq, hash FROM audit_anchor ORDER BY seq DESC LIMIT 1")
            .fetch_optional(p)
            .await?;
        row.map(|r| Ok::<_, StoreError>((r.try_get::<i64, _>(0)? as u64, r.try_get(1)?))).transpose()
    })
}

/// Checks a checkpoint's signature and, when `row_hash_hex` is given, that it
/// names that hash.
fn check_cp(
    key: &VerifyingKey,
    seq: u64,
    cp: &Cp,
    row_hash_hex: Option<&str>,
) -> Result<(), String> {
    if row_hash_hex.is_some_and(|h| h != cp.hash) {
        return Err("checkpoint hash differs from the row's hash".into());
    }
    let Some(hash) = parse_hash(&cp.hash) else {
        return Err("checkpoint hash is not a hex SHA-256".into());
    };
    if !signing::verify(key, seq, &hash, &cp.time, &cp.signature) {
        return Err("checkpoint signature is invalid".into());
    }
    Ok(())
}

/// Walk state over the rows.
struct Walk<'a> {
    key: &'a VerifyingKey,
    cps: &'a BTreeMap<u64, Cp>,
    expected: u64,
    prev: [u8; 32],
    report: VerifyReport,
    expected_record: Option<&'a ExpectedRecord>,
}

impl Walk<'_> {
    fn step(&mut self, row: &StoredRow) -> Result<(), (u64, String)> {
        if row.seq != self.expected {
            return Err((
                self.expected,
                format!(
                    "row missing: expected seq {}, found {}",
                    self.expected, row.seq
                ),
            ));
        }
        if row.prev_hash != hex::encode(self.prev) {
            return Err((row.seq, "prev_hash does not match the previous row's hash (row deleted, inserted or reordered)".into()));
        }
        let hash = row_hash(&self.prev, row.seq, &row.fields);
        if hex::encode(hash) != row.hash {
            return Err((row.seq, "hash mismatch: row contents were modified".into()));
        }
        if let Some(cp) = self.cps.get(&row.seq) {
            check_cp(self.key, row.seq, cp, Some(&row.hash)).map_err(|why| (row.seq, why))?;
            self.report.checkpoints += 1;
            self.report.last_checkpoint = Some(row.seq);
        }
        if let Some(expected) = self.expected_record
            && expected.seq == row.seq
            && expected.hash != row.hash
        {
            return Err((
                row.seq,
                "the record differs from the one expected (rewritten)".into(),
            ));
        }
        self.report.rows += 1;
        self.expected += 1;
        self.prev = hash;
        Ok(())
    }
}

/// Verifies the whole stored chain against `key` and, when given, that it still holds
/// `expected` unchanged.
pub(crate) async fn verify(
    db: &Db,
    key: &VerifyingKey,
    expected: Option<&ExpectedRecord>,
) -> Result<VerifyReport, StoreError> {
    let cps = checkpoints(db).await?;
    let anchor = anchor(db).await?;
    let mut report = VerifyReport {
        rows: 0,
        checkpoints: 0,
        first_broken: None,
        head: None,
        last_checkpoint: None,
    };
    let anchor_seq = anchor.as_ref().map_or(0, |a| a.0);
    // Checkpoints over pruned rows: only their signatures remain checkable.
    for (&seq, cp) in cps.range(..=anchor_seq) {
        let expect = (seq == anchor_seq)
            .then(|| anchor.as_ref().map(|a| a.1.as_str()))
            .flatten();
        if let Err(why) = check_cp(key, seq, cp, expect) {
            report.first_broken = Some((seq, why));
            return Ok(report);
        }
        report.checkpoints += 1;
        report.last_checkpoint = Some(seq);
    }
    let prev = match &anchor {
        None => GENESIS,
        Some((seq, hash)) => {
            if !cps.contains_key(seq) {
                report.first_broken = Some((*seq, "prune anchor has no checkpoint".into()));
                return Ok(report);
            }
            parse_hash(hash).ok_or_else(|| StoreError::Corrupt("bad anchor hash".into()))?
        }
    };
    let mut walk = Walk {
        key,
        cps: &cps,
        expected: anchor_seq + 1,
        prev,
        report,
        expected_record: expected,
    };
    let mut broken = None;
    let filter = AuditFilter::default();
    let _ = for_each(db, &filter, 1000, |row| {
        if broken.is_none() {
            broken = walk.step(&row).err();
        }
        Ok(())
    })
    .await?;
    let mut report = walk.report;
    // The last row that verified is the one before the next expected, its hash `prev`.
    report.head = (report.rows > 0).then(|| (walk.expected - 1, hex::encode(walk.prev)));
    if broken.is_none()
        && let Some((&seq, _)) = cps.range(walk.expected..).next()
    {
        broken = Some((
            seq,
            format!("checkpoint refers to missing row {seq} (rows removed from the end)"),
        ));
    }
    if broken.is_none() {
        broken = expected.and_then(|e| missing_expected(e, anchor_seq, walk.expected, &cps));
    }
    report.first_broken = broken;
    Ok(report)
}

/// Why `expected` is not in a chain whose rows run from `anchor_seq + 1` to `end - 1`, if
/// it is not: beyond the end, the rows were removed; pruned, only a checkpoint at that seq
/// can still vouch for it.
fn missing_expected(
    expected: &ExpectedRecord,
    anchor_seq: u64,
    end: u64,
    cps: &BTreeMap<u64, Cp>,
) -> Option<(u64, String)> {
    let seq = expected.seq;
    if seq >= end {
        let why = format!("the expected record {seq} is missing (rows removed from the end)");
        return Some((seq, why));
    }
    let pruned = seq <= anchor_seq;
    match cps.get(&seq) {
        Some(cp) if pruned && cp.hash != expected.hash => Some((
            seq,
            "the expected record differs from its checkpoint (rewritten)".into(),
        )),
        _ => None,
    }
}
