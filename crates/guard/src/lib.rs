//! Gatehouse guard: pure, deterministic threat detectors for MCP traffic.
//!
//! Text/JSON and context in, findings out. No I/O at scan time; every rule (including
//! the embedded gitleaks set) is compiled once in [`Guard::new`].
#![deny(missing_docs)]

mod args;
mod canonical;
mod category;
mod context;
mod encoded;
mod error;
pub mod eval;
mod exfil;
mod features;
mod finding;
pub mod flow;
mod guard;
mod hidden;
mod injection;
mod lookalike;
pub mod model;
mod pii;
pub mod scan;
mod secrets;
mod ssrf;
mod walk;

pub use canonical::{canonical_json, definition_hash};
pub use category::{Action, Actions, Category};
pub use error::GuardError;
pub use finding::{Finding, Verdict, combine, redaction_would_alter};
pub use guard::Guard;
pub use lookalike::skeleton;
