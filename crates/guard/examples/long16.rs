use std::path::Path;
fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora");
    let guard = guard::Guard::new().unwrap();
    let cases = guard::eval::load_all(&root);
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
        if text.len() > 20_000 {
            break;
        }
    }
    let n: usize = std::env::args()
        .nth(1)
        .map(|a| a.parse().unwrap())
        .unwrap_or(16_000);
    let mut end = n.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let result = serde_json::json!({"content": [{"type": "text", "text": &text[..end]}]});
    let iters: usize = std::env::args()
        .nth(2)
        .map(|a| a.parse().unwrap())
        .unwrap_or(500);
    let t = std::time::Instant::now();
    for _ in 0..iters {
        std::hint::black_box(guard.scan_result(&result));
    }
    println!(
        "{} bytes: {:.1} us/scan",
        end,
        t.elapsed().as_secs_f64() * 1e6 / iters as f64
    );
}
