//! While the audit log cannot be written: whether it is writing, how many records were lost
//! and when, and a probe that writes one record of that gap into the log as soon as the log
//! takes writes again.
//!
//! The gap record (`method` [`GAP_METHOD`], verdict `audit_unavailable`) puts the outage into
//! the hash chain itself: an auditor reading the log sees that records are missing, when and
//! how many, and that each is in the gateway's ERROR log instead. Writing it is also how a
//! log that fails closed recovers without traffic: before, only a request's own record could
//! find the log writable again, so the first request after a recovery was refused, and a load
//! balancer could not be told to route around the instance (no request would then come to
//! reopen it).

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use store::{AuditRecord, Store};
use time::OffsetDateTime;

/// The method of the record that tells of records that could not be written.
pub(crate) const GAP_METHOD: &str = "gatehouse/audit_gap";

/// The first wait before the probe tries the log, doubled after each failure up to
/// [`PROBE_MAX`].
const PROBE_FIRST: Duration = Duration::from_millis(250);
/// The longest wait between two tries of the probe.
const PROBE_MAX: Duration = Duration::from_secs(5);

/// Whether the log is writing, and the records lost since it last wrote.
#[derive(Default)]
pub(crate) struct Health {
    failing: AtomicBool,
    gap: Mutex<Gap>,
}

/// Records that could not be written, not yet told of in the log.
#[derive(Default, Clone, Copy)]
struct Gap {
    lost: u64,
    first: Option<OffsetDateTime>,
    last: Option<OffsetDateTime>,
    /// Whether a probe task is running (at most one is).
    probing: bool,
}

impl Health {
    /// Whether the last write succeeded.
    pub(crate) fn is_writing(&self) -> bool {
        !self.failing.load(Ordering::Acquire)
    }

    /// A write succeeded.
    pub(crate) fn wrote(&self) {
        self.failing.store(false, Ordering::Release);
    }

    /// The record of a request made at `time` could not be written; returns whether a probe
    /// should be started (none is running).
    pub(crate) fn lost(&self, time: OffsetDateTime) -> bool {
        self.failing.store(true, Ordering::Release);
        let mut gap = self.gap.lock().unwrap_or_else(|e| e.into_inner());
        gap.lost += 1;
        gap.first = Some(gap.first.map_or(time, |t| t.min(time)));
        gap.last = Some(gap.last.map_or(time, |t| t.max(time)));
        !std::mem::replace(&mut gap.probing, true)
    }

    /// The gap to tell of, if records were lost.
    fn pending(&self) -> Option<Gap> {
        let gap = *self.gap.lock().unwrap_or_else(|e| e.into_inner());
        (gap.lost > 0).then_some(gap)
    }

    /// `told` was written to the log: forget those records; returns whether more were lost
    /// meanwhile (the probe goes on), else the probe ends.
    fn told(&self, told: Gap) -> bool {
        let mut gap = self.gap.lock().unwrap_or_else(|e| e.into_inner());
        gap.lost -= told.lost;
        if gap.lost == 0 {
            *gap = Gap::default();
            return false;
        }
        gap.first = told.last;
        true
    }
}

/// Run the probe: until the gap is written into the log, try every 0.25 s, then less often
/// (up to every 5 s). Spawned by the first failure of a gap; ends once every lost record has
/// been told of.
pub(crate) async fn probe(store: Store, health: std::sync::Arc<Health>) {
    let mut wait = PROBE_FIRST;
    loop {
        tokio::time::sleep(wait).await;
        let Some(gap) = health.pending() else {
            health.told(Gap::default());
            return;
        };
        match store.audit().append(gap_record(&gap)).await {
            Ok(_) => {
                health.wrote();
                tracing::warn!(
                    lost = gap.lost,
                    "the audit log is writable again; a record of the {} records it could not \
                     take (each logged at ERROR) is in the log",
                    gap.lost
                );
                if !health.told(gap) {
                    return;
                }
                wait = PROBE_FIRST;
            }
            Err(error) => {
                tracing::debug!(%error, "the audit log still cannot be written");
                wait = (wait * 2).min(PROBE_MAX);
            }
        }
    }
}

/// The record of `gap`: when, how many, and where the records are instead.
fn gap_record(gap: &Gap) -> AuditRecord {
    let format = |t: Option<OffsetDateTime>| t.map(store::timefmt::format).unwrap_or_default();
    let mut record = AuditRecord::new(
        crate::audit::new_request_id(),
        GAP_METHOD,
        "audit_unavailable",
    );
    let records = if gap.lost == 1 { "record" } else { "records" };
    record.result_summary = Some(format!(
        "{} {records} could not be written, of requests from {} to {}; each is in the \
         gateway's log at ERROR",
        gap.lost,
        format(gap.first),
        format(gap.last)
    ));
    record.upstream_status = Some("not_forwarded".to_owned());
    record
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: i64) -> OffsetDateTime {
        OffsetDateTime::from_unix_timestamp(1_800_000_000 + seconds).unwrap()
    }

    #[test]
    fn one_probe_per_gap_and_records_lost_meanwhile_are_kept() {
        let health = Health::default();
        assert!(health.is_writing());
        assert!(health.lost(at(5)), "the first failure starts the probe");
        assert!(!health.lost(at(2)), "one probe at a time");
        assert!(!health.is_writing());
        let gap = health.pending().unwrap();
        assert_eq!(
            (gap.lost, gap.first, gap.last),
            (2, Some(at(2)), Some(at(5)))
        );
        assert!(!health.lost(at(9)), "lost while the gap record was written");
        health.wrote();
        assert!(health.is_writing());
        assert!(health.told(gap), "one more record to tell of");
        let rest = health.pending().unwrap();
        assert_eq!((rest.lost, rest.last), (1, Some(at(9))));
        assert!(!health.told(rest));
        assert!(health.pending().is_none());
        assert!(health.lost(at(20)), "a new gap starts a new probe");
    }

    #[test]
    fn the_gap_record_says_how_many_and_when() {
        let health = Health::default();
        health.lost(at(0));
        health.lost(at(60));
        let record = gap_record(&health.pending().unwrap());
        assert_eq!(record.method, GAP_METHOD);
        assert_eq!(record.verdict, "audit_unavailable");
        let summary = record.result_summary.unwrap();
        assert!(
            summary.starts_with("2 records could not be written"),
            "{summary}"
        );
        assert!(
            summary.contains(&store::timefmt::format(at(60))),
            "{summary}"
        );
    }
}
