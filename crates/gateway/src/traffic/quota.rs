//! Quotas: budgets of cost units per UTC day or month, per tenant, agent or any other key.
//! Counted in memory by this instance (a restart starts the window's count afresh).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::CallKey;
use crate::error::GatewayError;
use crate::settings::{QuotaSettings, QuotaWindow};

/// Every configured quota and what has been spent in the current windows.
pub struct Quotas {
    quotas: Vec<QuotaSettings>,
    /// (quota index, bucket) -> (window number, units spent in it).
    spent: Mutex<HashMap<(usize, String), (i64, u64)>>,
}

impl Quotas {
    /// Start counting.
    pub fn new(quotas: &[QuotaSettings]) -> Self {
        Self {
            quotas: quotas.to_vec(),
            spent: Mutex::default(),
        }
    }

    /// Charge `cost` to every quota that applies, or to none if any would be exceeded.
    pub fn charge(&self, key: &CallKey<'_>, cost: u64) -> Result<(), GatewayError> {
        if self.quotas.is_empty() {
            return Ok(());
        }
        let now = unix_seconds();
        let mut spent = self.spent.lock().unwrap_or_else(|p| p.into_inner());
        let mut charges = Vec::new();
        for (index, quota) in self.quotas.iter().enumerate() {
            let Some(bucket) = key.bucket(&quota.key) else {
                continue;
            };
            let (window, ends) = window_of(quota.window, now);
            let used = match spent.get(&(index, bucket.clone())) {
                Some((w, used)) if *w == window => *used,
                _ => 0,
            };
            // Saturating: the config bounds limits and costs, the sum never wraps below a limit.
            let after = used.saturating_add(cost);
            if after > quota.limit {
                return Err(refusal(quota, &bucket, now, ends));
            }
            charges.push(((index, bucket), window, after));
        }
        for (key, window, used) in charges {
            spent.insert(key, (window, used));
        }
        Ok(())
    }

    /// Take over what `old` counted for each quota of the same key and window (a reload that
    /// changes the traffic settings builds new quotas: raising a limit must not also hand every
    /// tenant a fresh budget).
    pub fn carry_from(&self, old: &Quotas) {
        let before = old.spent.lock().unwrap_or_else(|p| p.into_inner());
        let mut spent = self.spent.lock().unwrap_or_else(|p| p.into_inner());
        for (index, quota) in self.quotas.iter().enumerate() {
            let same = |q: &QuotaSettings| q.key == quota.key && q.window == quota.window;
            let Some(was) = old.quotas.iter().position(same) else {
                continue;
            };
            for ((at, bucket), counted) in before.iter() {
                if *at == was {
                    spent.insert((index, bucket.clone()), *counted);
                }
            }
        }
    }

    /// Forget counts of past windows.
    pub fn retain_current(&self) {
        let now = unix_seconds();
        let mut spent = self.spent.lock().unwrap_or_else(|p| p.into_inner());
        spent.retain(|(index, _), (window, _)| {
            self.quotas
                .get(*index)
                .is_some_and(|q| window_of(q.window, now).0 == *window)
        });
    }
}

/// The refusal of a call that `quota` (for `bucket`) has no room for; the window ends at `ends`.
pub(super) fn refusal(quota: &QuotaSettings, bucket: &str, now: i64, ends: i64) -> GatewayError {
    GatewayError::QuotaExceeded {
        quota: format!("{} per {:?} for {bucket}", quota.limit, quota.window),
        retry_after: Duration::from_secs((ends - now).max(1) as u64),
    }
}

/// Seconds since the Unix epoch, by this machine's clock.
pub(super) fn unix_seconds() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// The window number containing `now` and the second it ends.
pub(super) fn window_of(window: QuotaWindow, now: i64) -> (i64, i64) {
    let day = now.div_euclid(86_400);
    match window {
        QuotaWindow::Day => (day, (day + 1) * 86_400),
        QuotaWindow::Month => {
            let (year, month) = civil_month(day);
            let (next_year, next_month) = if month == 12 {
                (year + 1, 1)
            } else {
                (year, month + 1)
            };
            let ends = days_from_civil(next_year, next_month) * 86_400;
            (year * 12 + month, ends)
        }
    }
}

/// Year and month of a day number since 1970-01-01 (Howard Hinnant's civil_from_days).
fn civil_month(days: i64) -> (i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month)
}

/// Day number of the first day of `year`-`month` (days_from_civil).
fn days_from_civil(year: i64, month: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::LimitKey;

    #[test]
    fn months_start_and_end_on_the_right_days() {
        // 2026-11-23T00:00:00Z
        let now = 1_795_392_000;
        let (month, ends) = window_of(QuotaWindow::Month, now);
        assert_eq!(month, 2026 * 12 + 11);
        // 2026-12-01T00:00:00Z
        assert_eq!(ends, 1_796_083_200);
        assert_eq!(days_from_civil(1970, 1), 0);
    }

    #[test]
    fn a_quota_refuses_once_spent_and_charges_nothing_on_refusal() {
        let quotas = Quotas::new(&[
            QuotaSettings {
                key: vec![LimitKey::Tenant],
                window: QuotaWindow::Day,
                limit: 10,
            },
            QuotaSettings {
                key: vec![LimitKey::Agent],
                window: QuotaWindow::Month,
                limit: 100,
            },
        ]);
        let key = CallKey {
            tenant: Some("acme"),
            agent: Some("bot"),
            ..CallKey::default()
        };
        quotas.charge(&key, 6).unwrap();
        assert!(matches!(
            quotas.charge(&key, 5),
            Err(GatewayError::QuotaExceeded { .. })
        ));
        quotas.charge(&key, 4).unwrap();
        let spent = quotas.spent.lock().unwrap();
        assert_eq!(spent.get(&(1, "agent=bot".into())).map(|s| s.1), Some(10));
    }

    #[test]
    fn a_huge_cost_is_refused_not_wrapped() {
        let quotas = Quotas::new(&[QuotaSettings {
            key: vec![LimitKey::Tool],
            window: QuotaWindow::Day,
            limit: u64::MAX - 1,
        }]);
        let key = CallKey {
            tool: Some("t"),
            ..CallKey::default()
        };
        quotas.charge(&key, u64::MAX - 1).unwrap();
        assert!(matches!(
            quotas.charge(&key, u64::MAX),
            Err(GatewayError::QuotaExceeded { .. })
        ));
    }

    #[test]
    fn a_reload_keeps_what_a_quota_of_the_same_key_and_window_spent() {
        let tenant_day = |limit| QuotaSettings {
            key: vec![LimitKey::Tenant],
            window: QuotaWindow::Day,
            limit,
        };
        let key = CallKey {
            tenant: Some("acme"),
            ..CallKey::default()
        };
        let old = Quotas::new(&[tenant_day(8)]);
        old.charge(&key, 8).unwrap();
        // The limit rises to 10 and a monthly quota comes first: 2 more, not 10.
        let month = QuotaSettings {
            key: vec![LimitKey::Tenant],
            window: QuotaWindow::Month,
            limit: 100,
        };
        let new = Quotas::new(&[month, tenant_day(10)]);
        new.carry_from(&old);
        new.charge(&key, 2).unwrap();
        assert!(matches!(
            new.charge(&key, 1),
            Err(GatewayError::QuotaExceeded { .. })
        ));
    }
}
