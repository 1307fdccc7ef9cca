//! A circuit breaker per upstream: it opens after N consecutive failures or a failure ratio over
//! a window of recent requests, refuses requests while open, lets one probe through after the
//! cool-down (half-open), and closes when the probe succeeds. A failure is the upstream being
//! unreachable or timing out; a JSON-RPC error answer is a working server and counts as success.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::settings::BreakerSettings;

/// The breaker's state, as metrics and the admin API show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BreakerState {
    /// Requests flow.
    Closed,
    /// Requests are refused until the cool-down ends.
    Open,
    /// One probe request is in flight; others are refused.
    HalfOpen,
}

impl BreakerState {
    /// The state's name.
    pub fn name(self) -> &'static str {
        match self {
            BreakerState::Closed => "closed",
            BreakerState::Open => "open",
            BreakerState::HalfOpen => "half_open",
        }
    }
}

struct State {
    consecutive: u32,
    recent: VecDeque<bool>,
    open_until: Option<Instant>,
    probing: bool,
}

/// One server's circuit breaker.
pub struct Breaker {
    settings: BreakerSettings,
    state: Mutex<State>,
}

/// Permission for one request to go upstream.
#[derive(Debug)]
pub struct Admitted {
    probe: bool,
}

impl Breaker {
    /// A closed breaker.
    pub fn new(settings: BreakerSettings) -> Self {
        Self {
            settings,
            state: Mutex::new(State {
                consecutive: 0,
                recent: VecDeque::new(),
                open_until: None,
                probing: false,
            }),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Let a request through, or say how long until the circuit may close.
    pub fn admit(&self) -> Result<Admitted, Duration> {
        let mut state = self.lock();
        let Some(until) = state.open_until else {
            return Ok(Admitted { probe: false });
        };
        let now = Instant::now();
        if now < until {
            return Err(until - now);
        }
        if state.probing {
            return Err(self.settings.cooldown.min(Duration::from_secs(1)));
        }
        state.probing = true;
        Ok(Admitted { probe: true })
    }

    /// Record how an admitted request went.
    pub fn record(&self, admitted: Admitted, success: bool) {
        if self.is_off() {
            return;
        }
        let mut state = self.lock();
        if admitted.probe {
            state.probing = false;
        }
        state.recent.push_back(success);
        while state.recent.len() > self.settings.window.max(1) as usize {
            state.recent.pop_front();
        }
        if success {
            state.consecutive = 0;
            if admitted.probe {
                state.open_until = None;
                state.recent.clear();
            }
            return;
        }
        state.consecutive += 1;
        if admitted.probe || self.trips(&state) {
            state.open_until = Some(Instant::now() + self.settings.cooldown);
        }
    }

    /// Record a request whose connection was lost under it. Every call in flight fails then,
    /// but it is one failure of the server, counted once with [`Breaker::connection_lost`]: a probe
    /// reopens the circuit, any other such call is not counted again.
    pub fn record_lost(&self, admitted: Admitted) {
        if admitted.probe {
            self.record(admitted, false);
        }
    }

    /// A connection was lost with calls in flight: one failure of the server.
    pub fn connection_lost(&self) {
        if self.is_off() {
            return;
        }
        let mut state = self.lock();
        state.recent.push_back(false);
        while state.recent.len() > self.settings.window.max(1) as usize {
            state.recent.pop_front();
        }
        state.consecutive += 1;
        if self.trips(&state) {
            state.open_until = Some(Instant::now() + self.settings.cooldown);
        }
    }

    /// Neither trigger is on: no consecutive failures (`failures: 0`) and no failure ratio
    /// (`failure_rate` 1, the default). Either alone keeps the breaker on.
    fn is_off(&self) -> bool {
        self.settings.consecutive_failures == 0 && self.settings.failure_rate >= 1.0
    }

    fn trips(&self, state: &State) -> bool {
        let consecutive = self.settings.consecutive_failures;
        if consecutive > 0 && state.consecutive >= consecutive {
            return true;
        }
        let window = self.settings.window.max(1) as usize;
        if state.recent.len() < window || self.settings.failure_rate >= 1.0 {
            return false;
        }
        let failures = state.recent.iter().filter(|ok| !**ok).count();
        failures as f64 / window as f64 >= self.settings.failure_rate
    }

    /// The current state.
    pub fn state(&self) -> BreakerState {
        let state = self.lock();
        match state.open_until {
            None => BreakerState::Closed,
            Some(_) if state.probing => BreakerState::HalfOpen,
            Some(until) if Instant::now() >= until => BreakerState::HalfOpen,
            Some(_) => BreakerState::Open,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn breaker(cooldown_ms: u64) -> Breaker {
        Breaker::new(BreakerSettings {
            consecutive_failures: 3,
            failure_rate: 1.0,
            window: 10,
            cooldown: Duration::from_millis(cooldown_ms),
        })
    }

    fn fail(b: &Breaker) {
        let admitted = b.admit().expect("admitted");
        b.record(admitted, false);
    }

    #[test]
    fn opens_after_consecutive_failures_and_refuses() {
        let b = breaker(60_000);
        fail(&b);
        fail(&b);
        assert_eq!(b.state(), BreakerState::Closed);
        fail(&b);
        assert_eq!(b.state(), BreakerState::Open);
        assert!(b.admit().unwrap_err() > Duration::from_secs(50));
    }

    #[test]
    fn a_success_resets_the_count() {
        let b = breaker(60_000);
        fail(&b);
        fail(&b);
        let ok = b.admit().unwrap();
        b.record(ok, true);
        fail(&b);
        fail(&b);
        assert_eq!(b.state(), BreakerState::Closed);
    }

    #[test]
    fn half_opens_after_the_cooldown_with_one_probe_and_closes_on_success() {
        let b = breaker(20);
        for _ in 0..3 {
            fail(&b);
        }
        std::thread::sleep(Duration::from_millis(30));
        let probe = b.admit().expect("probe admitted");
        assert_eq!(b.state(), BreakerState::HalfOpen);
        assert!(b.admit().is_err(), "only one probe at a time");
        b.record(probe, true);
        assert_eq!(b.state(), BreakerState::Closed);
        assert!(b.admit().is_ok());
    }

    #[test]
    fn a_failed_probe_opens_again() {
        let b = breaker(20);
        for _ in 0..3 {
            fail(&b);
        }
        std::thread::sleep(Duration::from_millis(30));
        fail(&b);
        assert_eq!(b.state(), BreakerState::Open);
    }

    #[test]
    fn a_failure_ratio_over_the_window_opens() {
        let b = Breaker::new(BreakerSettings {
            consecutive_failures: 100,
            failure_rate: 0.5,
            window: 4,
            cooldown: Duration::from_secs(60),
        });
        for success in [true, false, true, false] {
            let a = b.admit().unwrap();
            b.record(a, success);
        }
        assert_eq!(b.state(), BreakerState::Open);
    }

    #[test]
    fn a_failure_ratio_alone_opens_with_failures_0() {
        let b = Breaker::new(BreakerSettings {
            consecutive_failures: 0,
            failure_rate: 0.5,
            window: 4,
            cooldown: Duration::from_secs(60),
        });
        for success in [true, false, true] {
            let a = b.admit().unwrap();
            b.record(a, success);
        }
        assert_eq!(
            b.state(),
            BreakerState::Closed,
            "the window is not full yet"
        );
        let a = b.admit().unwrap();
        b.record(a, false);
        assert_eq!(b.state(), BreakerState::Open);
        let off = Breaker::new(BreakerSettings {
            consecutive_failures: 0,
            ..BreakerSettings::default()
        });
        for _ in 0..10 {
            let a = off.admit().unwrap();
            off.record(a, false);
        }
        assert_eq!(off.state(), BreakerState::Closed, "both triggers off");
    }

    #[test]
    fn a_lost_connection_is_one_failure_however_many_calls_it_took() {
        let b = Breaker::new(BreakerSettings {
            consecutive_failures: 2,
            cooldown: Duration::from_secs(30),
            ..BreakerSettings::default()
        });
        let in_flight: Vec<_> = (0..5).map(|_| b.admit().unwrap()).collect();
        b.connection_lost();
        in_flight.into_iter().for_each(|a| b.record_lost(a));
        assert_eq!(b.state(), BreakerState::Closed, "one crash, one failure");
        let a = b.admit().unwrap();
        b.connection_lost();
        b.record_lost(a);
        assert_eq!(b.state(), BreakerState::Open, "a second crash opens it");
    }
}
