//! The direct-vs-gateway comparison printed at the end of a `bench-proxy` run.

use serde::Serialize;

use crate::loadgen::Report;

/// One measured run and what the proxy in its path spent on it.
#[derive(Debug, Clone, Serialize)]
pub struct Run {
    /// The load generator's report.
    #[serde(flatten)]
    pub report: Report,
    /// CPU microseconds (user + system) the proxy (gateway or nginx) used per successful call;
    /// `None` for direct runs, an already running gateway, or without `/proc`.
    pub proxy_cpu_us_per_call: Option<f64>,
}

impl Run {
    /// A run with no proxy CPU figure.
    pub fn direct(report: Report) -> Self {
        Self {
            report,
            proxy_cpu_us_per_call: None,
        }
    }
}

/// Gateway cost derived from the four runs.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// Concurrency of the latency comparison.
    pub low_concurrency: usize,
    /// Concurrency of the throughput comparison.
    pub high_concurrency: usize,
    /// Gateway p50 minus direct p50 at low concurrency, in ms.
    pub added_p50_ms: f64,
    /// Gateway p99 minus direct p99 at low concurrency, in ms.
    pub added_p99_ms: f64,
    /// Gateway requests/s divided by direct requests/s at high concurrency.
    pub throughput_ratio: f64,
    /// nginx (`--nginx`) requests/s divided by direct requests/s at high concurrency: what a
    /// proxy that only forwards reaches on the same machine.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nginx_throughput_ratio: Option<f64>,
    /// nginx p50 minus direct p50 at low concurrency, in ms.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nginx_added_p50_ms: Option<f64>,
}

impl Summary {
    /// Compares gateway runs with direct runs (`[low, high]` each).
    pub fn new(direct: &[Report; 2], gateway: &[Report; 2]) -> Self {
        Self {
            low_concurrency: direct[0].concurrency,
            high_concurrency: direct[1].concurrency,
            added_p50_ms: gateway[0].p50_ms - direct[0].p50_ms,
            added_p99_ms: gateway[0].p99_ms - direct[0].p99_ms,
            throughput_ratio: ratio(&gateway[1], &direct[1]),
            nginx_throughput_ratio: None,
            nginx_added_p50_ms: None,
        }
    }

    /// Adds the nginx reference runs (`[low, high]`).
    pub fn with_nginx(mut self, direct: &[Report; 2], nginx: &[Report; 2]) -> Self {
        self.nginx_throughput_ratio = Some(ratio(&nginx[1], &direct[1]));
        self.nginx_added_p50_ms = Some(nginx[0].p50_ms - direct[0].p50_ms);
        self
    }
}

fn ratio(proxied: &Report, direct: &Report) -> f64 {
    if direct.rps > 0.0 {
        proxied.rps / direct.rps
    } else {
        0.0
    }
}

/// Renders the table of all runs, followed by the summary when there is one.
pub fn render(runs: &[Run], summary: Option<&Summary>, gateway_note: Option<&str>) -> String {
    let mut out = format!(
        "{:<10} {:>5} {:>11} {:>9} {:>9} {:>9} {:>9} {:>7} {:>12}\n",
        "path", "conc", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "errors", "proxy cpu/call"
    );
    for Run {
        report: r,
        proxy_cpu_us_per_call: cpu,
    } in runs
    {
        let cpu = cpu.map_or_else(|| "-".to_owned(), |us| format!("{us:.1} us"));
        out.push_str(&format!(
            "{:<10} {:>5} {:>11.1} {:>9.3} {:>9.3} {:>9.3} {:>9.3} {:>7} {:>12}\n",
            r.label, r.concurrency, r.rps, r.p50_ms, r.p90_ms, r.p99_ms, r.max_ms, r.errors, cpu
        ));
    }
    if let Some(s) = summary {
        out.push_str(&format!(
            "\ngateway added latency at c={}: p50 {:+.3} ms, p99 {:+.3} ms\n",
            s.low_concurrency, s.added_p50_ms, s.added_p99_ms
        ));
        out.push_str(&format!(
            "gateway throughput at c={}: {:.2}x of direct\n",
            s.high_concurrency, s.throughput_ratio
        ));
        if let (Some(ratio), Some(p50)) = (s.nginx_throughput_ratio, s.nginx_added_p50_ms) {
            out.push_str(&format!(
                "nginx (forwarding only) for reference: p50 {p50:+.3} ms at c={}, {ratio:.2}x of direct at c={}\n",
                s.low_concurrency, s.high_concurrency
            ));
        }
    }
    if let Some(note) = gateway_note {
        out.push_str(&format!("\n{note}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(label: &str, c: usize, rps: f64, p50: f64, p99: f64) -> Report {
        Report {
            label: label.into(),
            concurrency: c,
            duration_s: 1.0,
            requests: rps as u64,
            errors: 0,
            rps,
            p50_ms: p50,
            p90_ms: p50,
            p99_ms: p99,
            max_ms: p99,
            first_error: None,
        }
    }

    #[test]
    fn summary_and_table() {
        let direct = [
            report("direct", 1, 1000.0, 0.1, 0.2),
            report("direct", 16, 4000.0, 1.0, 2.0),
        ];
        let gateway = [
            report("gateway", 1, 500.0, 0.3, 0.5),
            report("gateway", 16, 1000.0, 4.0, 8.0),
        ];
        let s = Summary::new(&direct, &gateway);
        assert!((s.added_p50_ms - 0.2).abs() < 1e-9);
        assert!((s.added_p99_ms - 0.3).abs() < 1e-9);
        assert!((s.throughput_ratio - 0.25).abs() < 1e-9);
        let nginx = [
            report("nginx", 1, 800.0, 0.15, 0.3),
            report("nginx", 16, 2000.0, 2.0, 4.0),
        ];
        let s = s.with_nginx(&direct, &nginx);
        let mut all: Vec<_> = direct.iter().cloned().map(Run::direct).collect();
        all.push(Run {
            report: gateway[0].clone(),
            proxy_cpu_us_per_call: Some(42.25),
        });
        let table = render(&all, Some(&s), None);
        assert!(table.contains("p50 +0.200 ms"));
        assert!(table.contains("0.25x of direct"));
        assert!(table.contains("42.2 us"), "{table}");
        assert!(
            table.contains("p50 +0.050 ms at c=1, 0.50x of direct at c=16"),
            "{table}"
        );
    }
}
