//! Prints detection metrics per corpus and kind. Run:
//! `cargo run --release -p gatehouse-guard --bin guard-eval [-- --errors SOURCE | --scan FILE.jsonl | --result TEXT]`.

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
