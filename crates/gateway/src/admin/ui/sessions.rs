//! Dashboard sign-ins: a browser cannot send the admin API's bearer token, so signing in at
//! `/ui/login` exchanges the credential for a random session id in an `HttpOnly`,
//! `SameSite=Strict` cookie. The credential stays on the server, in memory only, and is
//! checked again on every request, so a revoked API key or an expired JWT ends the session
//! at once; a session also ends after [`LIFETIME`] or at sign-out. Each session has its own
//! CSRF token that every form must carry.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long a sign-in lasts.
pub(super) const LIFETIME: Duration = Duration::from_secs(8 * 60 * 60);

/// At most this many sessions at once; signing in beyond it ends the oldest.
const MAX_SESSIONS: usize = 256;

/// At most this many sessions per credential; signing in beyond it ends that credential's
/// oldest (so that one operator signing in again and again ends nobody else's session).
const MAX_PER_CREDENTIAL: usize = 8;

/// The cookie that carries the session id.
pub(super) const COOKIE: &str = "gatehouse_ui";

/// One signed-in browser.
#[derive(Clone)]
pub(super) struct UiSession {
    /// The credential it signed in with (the admin token, an API key or a JWT); empty on an
    /// open admin listener.
    pub credential: String,
    /// Who to record decisions under when the credential is the admin token.
    pub name: Option<String>,
    /// The token every form of this session must carry.
    pub csrf: String,
    /// When the session was created.
    created: Instant,
}

/// The live sessions, by id.
#[derive(Default)]
pub(in crate::admin) struct UiSessions {
    by_id: Mutex<HashMap<String, UiSession>>,
}

/// 32 random bytes, hex: a session id or a CSRF token.
pub(in crate::admin) fn random_hex() -> String {
    let bytes: [u8; 32] = rand::random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl UiSessions {
    /// Start a session for `credential`; its id (the cookie's value).
    pub(super) fn create(&self, credential: String, name: Option<String>) -> String {
        let id = random_hex();
        let session = UiSession {
            credential,
            name,
            csrf: random_hex(),
            created: Instant::now(),
        };
        let mut by_id = self.by_id.lock().unwrap_or_else(|p| p.into_inner());
        by_id.retain(|_, s| s.created.elapsed() < LIFETIME);
        let own = |s: &UiSession| same_secret(&s.credential, &session.credential);
        if by_id.values().filter(|s| own(s)).count() >= MAX_PER_CREDENTIAL {
            evict_oldest(&mut by_id, own);
        }
        if by_id.len() >= MAX_SESSIONS {
            evict_oldest(&mut by_id, |_| true);
        }
        by_id.insert(id.clone(), session);
        id
    }

    /// The live session `id` names.
    pub(super) fn get(&self, id: &str) -> Option<UiSession> {
        let mut by_id = self.by_id.lock().unwrap_or_else(|p| p.into_inner());
        match by_id.get(id) {
            Some(s) if s.created.elapsed() < LIFETIME => Some(s.clone()),
            Some(_) => {
                by_id.remove(id);
                None
            }
            None => None,
        }
    }

    /// End session `id`.
    pub(super) fn remove(&self, id: &str) {
        let mut by_id = self.by_id.lock().unwrap_or_else(|p| p.into_inner());
        by_id.remove(id);
    }
}

/// Remove the oldest session `pick` chooses.
fn evict_oldest(by_id: &mut HashMap<String, UiSession>, pick: impl Fn(&UiSession) -> bool) {
    let oldest = (by_id.iter())
        .filter(|(_, s)| pick(s))
        .min_by_key(|(_, s)| s.created)
        .map(|(k, _)| k.clone());
    if let Some(oldest) = oldest {
        by_id.remove(&oldest);
    }
}

/// Every session id in a request's `Cookie` headers: a page on another port of this host
/// can set a cookie of the same name for a longer path, which the browser sends first, so
/// the first is not necessarily the dashboard's own.
pub(super) fn session_ids(headers: &axum::http::HeaderMap) -> impl Iterator<Item = &str> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .filter(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value)
}

/// Whether two secrets are equal, in time that does not depend on where they differ.
pub(super) fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_is_found_by_its_cookie_until_it_ends() {
        let sessions = UiSessions::default();
        let id = sessions.create("secret".into(), Some("alice".into()));
        assert_eq!(id.len(), 64);
        let mut headers = axum::http::HeaderMap::new();
        // A cookie of the same name planted for a longer path comes first.
        let cookie = format!("{COOKIE}=planted; theme=dark; {COOKIE}={id}; other=1");
        headers.insert(axum::http::header::COOKIE, cookie.parse().unwrap());
        let found = session_ids(&headers)
            .find(|id| sessions.get(id).is_some())
            .unwrap();
        assert_eq!(found, id);
        let session = sessions.get(found).unwrap();
        assert_eq!(session.credential, "secret");
        assert_ne!(session.csrf, id);
        sessions.remove(&id);
        assert!(sessions.get(&id).is_none());
        assert!(sessions.get("made-up").is_none());
    }

    #[test]
    fn secrets_compare_whole() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("abc", "abcd"));
        assert!(!same_secret("", "a"));
    }

    #[test]
    fn one_credential_signing_in_again_and_again_ends_only_its_own_sessions() {
        let sessions = UiSessions::default();
        let other = sessions.create("other".into(), None);
        let first = sessions.create("c".into(), None);
        for _ in 0..MAX_SESSIONS {
            sessions.create("c".into(), None);
        }
        assert!(sessions.get(&first).is_none());
        assert!(sessions.get(&other).is_some());
    }

    #[test]
    fn the_oldest_session_makes_room() {
        let sessions = UiSessions::default();
        let first = sessions.create("c0".into(), None);
        for i in 1..=MAX_SESSIONS {
            sessions.create(format!("c{i}"), None);
        }
        assert!(sessions.get(&first).is_none());
    }
}
