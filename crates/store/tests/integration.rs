//! The `store` crate's integration tests, as modules of ONE test binary: each separate
//! test binary links the whole dependency tree again, which cost minutes of linking and
//! gigabytes of CI disk.

mod chain;
mod common;
mod durability;
mod lease;
mod log;
mod tables;
