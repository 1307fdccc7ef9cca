//! The `guard` crate's integration tests, as modules of ONE test binary: each separate
//! test binary links the whole dependency tree again, which cost minutes of linking and
//! gigabytes of CI disk.

mod api;
mod common;
mod detectors;
mod dlp;
mod eval_floors;
mod model;
