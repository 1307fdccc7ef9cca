//! Prints detection metrics per corpus and kind. Run:
//! `cargo run --release -p gatehouse-guard --bin guard-eval [-- --errors SOURCE | --scan FILE.jsonl | --result TEXT | --sizes]`.

use std::path::Path;

use guard::Guard;
use guard::eval::{evaluate, load_all, run_case};

fn f(x: f64) -> String {
    if x.is_nan() {
        "  -  ".into()
    } else {
        format!("{x:.3}")
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora");
    let guard = Guard::new().expect("guard compiles");
    let cases = load_all(&root);
    let args: Vec<String> = std::env::args().collect();
    if let Some(pos) = args.iter().position(|a| a == "--scan") {
        let text = std::fs::read_to_string(&args[pos + 1]).expect("readable JSONL file");
        let actions = guard::Actions::default();
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            match guard::scan::scan_line(&guard, &actions, line) {
                Ok(out) => println!("{out}"),
                Err(e) => eprintln!("{e}"),
            }
        }
        return;
    }
    if let Some(pos) = args.iter().position(|a| a == "--result") {
        let v = serde_json::json!({"content": [{"type": "text", "text": args[pos + 1]}]});
        for f in guard.scan_result(&v) {
            println!("{f:?}");
        }
        return;
    }
    if args.iter().any(|a| a == "--sizes") {
        sizes(&guard, &cases);
        return;
    }
    if let Some(pos) = args.iter().position(|a| a == "--errors") {
        let source = args.get(pos + 1).cloned().unwrap_or_default();
        // Held-out sources are never listed: looking at their errors would leak them into tuning.
        for c in cases.iter().filter(|c| c.source == source && !c.held_out) {
            let o = run_case(&guard, c);
            if o.predicted != c.label {
                println!(
                    "{} score={:.2} {}",
                    if c.label { "FN" } else { "FP" },
                    o.score,
                    c.input.to_string().chars().take(400).collect::<String>()
                );
            }
        }
        return;
    }
    println!(
        "machine: {} cores; release build; default actions",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    println!(
        "{:<9} {:<26} {:<9} {:>5} {:>4} {:>6} {:>6} {:>6} {:>6} {:>6} {:>8} {:>8}",
        "split",
        "source",
        "kind",
        "n",
        "pos",
        "recall",
        "fpr",
        "prec",
        "acc",
        "auc",
        "p50_us",
        "p99_us"
    );
    for ((held, source, kind), m) in evaluate(&guard, &cases) {
        println!(
            "{:<9} {:<26} {:<9} {:>5} {:>4} {:>6} {:>6} {:>6} {:>6} {:>6} {:>8.1} {:>8.1}",
            if held { "held-out" } else { "tuned" },
            source,
            kind.as_str(),
            m.n,
            m.pos,
            f(m.recall),
            f(m.fpr),
            f(m.precision),
            f(m.accuracy),
            f(m.auc),
            m.p50,
            m.p99
        );
    }
}

/// Time `scan_result` on one text result of growing length: a prefix of every result text in
/// the corpora joined (attacks and the prose that quotes them, so most windows carry rule
/// hits: the slow case). Prints p50/p99 of 200 runs per size (20 above 4 KB).
fn sizes(guard: &Guard, cases: &[guard::eval::Case]) {
    let mut text = String::new();
    for c in cases.iter().filter(|c| c.kind == guard::eval::Kind::Result) {
        for item in c.input["result"]["content"]
            .as_array()
            .into_iter()
            .flatten()
        {
            text.push_str(item["text"].as_str().unwrap_or(""));
            text.push_str("\n\n");
        }
    }
    println!("{:>8} {:>9} {:>9}", "bytes", "p50_us", "p99_us");
    for size in [
        100, 500, 1_000, 2_000, 4_000, 8_000, 16_000, 64_000, 256_000,
    ] {
        let mut end = size.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let result = serde_json::json!({"content": [{"type": "text", "text": &text[..end]}]});
        let runs = if size > 4_000 { 20 } else { 200 };
        let mut us: Vec<f64> = (0..runs)
            .map(|_| {
                let t = std::time::Instant::now();
                std::hint::black_box(guard.scan_result(&result));
                t.elapsed().as_secs_f64() * 1e6
            })
            .collect();
        us.sort_by(f64::total_cmp);
        let p99 = us[(runs * 99 / 100).min(runs - 1)];
        println!("{end:>8} {:>9.1} {p99:>9.1}", us[runs / 2]);
    }
}
