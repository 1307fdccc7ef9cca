//! The lethal trifecta across stateless requests. A 2026-07-28 client has no session: each of
//! its requests runs on a session that lives for that request only, so a taint remembered
//! there would be forgotten by the next request, and an agent could read private data in one
//! request, untrusted content in the next and send both out in a third. Stateless requests of
//! one caller therefore share one trifecta state, kept here: per authenticated principal
//! (tenant, user, agent), or per client address when no authentication is configured;
//! forgotten after an hour without requests.

use std::time::Duration;

use crate::inspect::Flow;
use crate::session::Caller;

/// How long a caller's trifecta state outlives its last stateless request.
const IDLE: Duration = Duration::from_secs(60 * 60);

/// Most callers remembered at once; the least recently used are forgotten first.
const CAPACITY: u64 = 100_000;

/// Trifecta states of stateless callers.
pub(crate) struct StatelessFlows(moka::sync::Cache<String, Flow>);

impl Default for StatelessFlows {
    fn default() -> Self {
        let cache = moka::sync::Cache::builder()
            .max_capacity(CAPACITY)
            .time_to_idle(IDLE)
            .build();
        Self(cache)
    }
}

impl StatelessFlows {
    /// The trifecta state of `caller`'s stateless requests (`None`: a caller that cannot be
    /// told apart from others, a stdio client without a principal).
    pub fn of(&self, caller: &Caller) -> Option<Flow> {
        let key = match (&caller.principal, caller.addr) {
            (Some(p), _) => format!(
                "principal\u{0}{}\u{0}{}\u{0}{}",
                p.tenant.as_deref().unwrap_or(""),
                p.user.as_deref().unwrap_or(""),
                p.agent
            ),
            (None, Some(addr)) => format!("address\u{0}{}", addr.ip()),
            (None, None) => return None,
        };
        Some(self.0.get_with(key, Flow::default))
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    fn caller(agent: Option<&str>, addr: &str) -> Caller {
        Caller {
            addr: Some(addr.parse().unwrap()),
            principal: agent.map(|a| Arc::new(policy::Principal::agent(a))),
        }
    }

    #[test]
    fn one_caller_shares_a_state_and_others_do_not() {
        let flows = StatelessFlows::default();
        let a1 = flows.of(&caller(Some("a"), "10.0.0.1:1000")).unwrap();
        let a2 = flows.of(&caller(Some("a"), "10.0.0.2:2000")).unwrap();
        let b = flows.of(&caller(Some("b"), "10.0.0.1:1000")).unwrap();
        assert!(Arc::ptr_eq(&a1, &a2), "the same principal from anywhere");
        assert!(!Arc::ptr_eq(&a1, &b), "another principal");
        let anon1 = flows.of(&caller(None, "10.0.0.1:1000")).unwrap();
        let anon2 = flows.of(&caller(None, "10.0.0.1:3000")).unwrap();
        let anon3 = flows.of(&caller(None, "10.0.0.9:1000")).unwrap();
        assert!(Arc::ptr_eq(&anon1, &anon2), "one address, any port");
        assert!(!Arc::ptr_eq(&anon1, &anon3));
        assert!(flows.of(&Caller::default()).is_none());
    }
}
