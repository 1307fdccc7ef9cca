//! The `gatehouse` crate's integration tests, as modules of ONE test binary: each separate
//! test binary links the whole dependency tree again, which cost minutes of linking and
//! gigabytes of CI disk.

mod admin;
mod audit;
mod authorization;
mod cli;
mod dashboard;
mod golden;
mod guard;
mod identity;
mod modern;
mod modern_upstream;
mod oauth;
mod proxy;
mod redis_limits;
mod replicas;
mod support;
mod telemetry;
mod tenants;
mod traffic;
mod upstream_listen;
mod virtual_servers;
