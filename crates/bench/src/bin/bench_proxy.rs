//! `bench-proxy`: direct-vs-gateway comparison driver (see
//! [`gatehouse_bench::driver`]).

use std::process::ExitCode;

use clap::Parser;
use gatehouse_bench::driver::{self, Options};

fn main() -> ExitCode {
    let opts = Options::parse();
    match driver::run(&opts) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("bench-proxy: {err}");
            ExitCode::FAILURE
        }
    }
}
