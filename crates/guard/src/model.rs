//! Learned instruction classifier fused with the rule features.
//!
//! A logistic regression over hashed word uni/bigrams and character 3-5 grams of a text
//! window, plus the rule scorer's features of the whole string. Long strings are cut into
//! overlapping windows and the highest window logit counts, so an instruction inserted into a
//! long benign document is not diluted. Weights are trained by `guard-train` on tuning sources
//! only and shipped in `model/guard.bin` (i8-quantised, embedded with `include_bytes!`). A long
//! string is normalised and hashed once for all its windows (`model/spans.rs`).

pub use crate::context::{CONTEXT, StringContext, WindowNames, context_features};
use crate::features::Tag;
pub use crate::features::{ADDRESS, address_features, structured};
use crate::injection::Score;
use spans::Spans;

mod spans;

/// Hash buckets for n-gram features (`2^BITS`).
pub const BITS: u32 = 18;
/// Number of hashed buckets.
pub const DIM: usize = 1 << BITS;
/// Number of rule families (tags) used as dense features.
const TAGS: usize = 11;
/// Dense rule features per context: bias, rule score, rule finding, hit count, one per tag,
/// then the addressee features ([`address_features`]), then (session 8) the field-context
/// features ([`context_features`]).
pub const RULES_PER_CTX: usize = 4 + TAGS + ADDRESS + CONTEXT;
/// Offset of the addressee features within one context's dense features.
pub const ADDRESS_AT: usize = 4 + TAGS;
/// Offset of the field-context features within one context's dense features.
pub const CONTEXT_AT: usize = 4 + TAGS + ADDRESS;
/// Dense features of a window that do not depend on rule hits ([`window_features`]).
const WINDOW: usize = ADDRESS + CONTEXT;
/// All dense rule features (tool context first, then result context).
pub const RULES: usize = 2 * RULES_PER_CTX;
/// Strings up to this many bytes form a single window.
const SINGLE: usize = 500;
/// Chunk size (bytes) for longer strings; a window is two consecutive chunks.
const CHUNK: usize = 200;
/// Only the first `MAX_BYTES` of a string are read by the model (latency bound).
const MAX_BYTES: usize = 16 * 1024;

/// Embedded weights.
static MODEL_BIN: &[u8] = include_bytes!("../model/guard.bin");

/// Hashed features of one window: sorted unique bucket ids and their common value.
#[derive(Debug, Clone, Default)]
pub struct Window {
    /// Byte range of the window in the string.
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
    /// Sorted unique bucket ids.
    pub ids: Vec<u32>,
}

impl Window {
    /// Feature value of every bucket (L2-normalised binary vector).
    pub fn value(&self) -> f32 {
        if self.ids.is_empty() {
            0.0
        } else {
            1.0 / (self.ids.len() as f32).sqrt()
        }
    }
}

/// Polynomial rolling-hash step over characters.
fn roll(h: u64, c: char) -> u64 {
    h.wrapping_mul(1_000_003).wrapping_add(u64::from(c) + 1)
}

/// Final mix of a rolling hash into a bucket id.
fn bucket(h: u64, salt: u64) -> u32 {
    let x = (h ^ salt.wrapping_mul(0x2545_f491_4f6c_dd1d)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    ((x >> 32) as u32) & (DIM as u32 - 1)
}

/// Lowercase, digits to `0`, whitespace runs to one space, into `out` (cleared first).
fn normalize(text: &str, out: &mut Vec<char>) {
    out.clear();
    push_normalized(text, out);
}

/// Append `text` to `out` as [`normalize`] writes it, a whitespace run folded into a space
/// already at the end of `out`.
fn push_normalized(text: &str, out: &mut Vec<char>) {
    for c in text.chars() {
        let c = normalize_char(c);
        if c == ' ' && out.last() == Some(&' ') {
            continue;
        }
        out.push(c);
    }
}

/// One character as [`normalize`] writes it (before whitespace runs are folded). ASCII goes
/// through a table: deciding each character's case and class was a third of the time spent
/// normalising a long string.
fn normalize_char(c: char) -> char {
    if c.is_ascii() {
        ASCII[c as usize]
    } else {
        fold_char(c)
    }
}

/// [`fold_char`] of every ASCII character (a test compares them).
static ASCII: [char; 128] = {
    let mut table = ['\0'; 128];
    let mut i = 0;
    while i < 128 {
        let c = i as u8;
        table[i] = match c {
            b'0'..=b'9' => '0',
            b'\t'..=b'\r' | b' ' => ' ',
            _ => c.to_ascii_lowercase() as char,
        };
        i += 1;
    }
    table
};

/// [`normalize_char`] by the rules themselves (what [`ASCII`] holds for ASCII).
fn fold_char(c: char) -> char {
    if c.is_ascii_digit() {
        '0'
    } else if c.is_whitespace() {
        ' '
    } else if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

thread_local! {
    /// The normalized characters of the window being hashed (reused: one window after
    /// another, no allocation per window).
    static NORMALIZED: std::cell::RefCell<Vec<char>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Call `emit` with the bucket id of every character 3-5 gram and word uni- and bigram of
/// one window of text, duplicates included, in text order.
fn for_each_id(text: &str, emit: impl FnMut(u32)) {
    NORMALIZED.with_borrow_mut(|chars| {
        normalize(text, chars);
        ids_of(chars, emit);
    });
}

/// [`for_each_id`] over already normalized characters.
fn ids_of(chars: &[char], mut emit: impl FnMut(u32)) {
    for i in 0..chars.len() {
        let mut h = 0u64;
        for (k, &c) in chars[i..].iter().take(5).enumerate() {
            h = roll(h, c);
            if k >= 2 {
                emit(bucket(h, k as u64));
            }
        }
    }
    let mut prev: Option<u64> = None;
    for w in chars
        .split(|c| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let h = w.iter().fold(0u64, |h, &c| roll(h, c));
        emit(bucket(h, 7));
        if let Some(p) = prev {
            emit(bucket(p.wrapping_mul(0x100_0000_01b3) ^ h, 8));
        }
        prev = Some(h);
    }
}

/// Hashed bucket ids of one window of text: character 3-5 grams, word uni- and bigrams,
/// sorted and unique (the trainer's sparse features).
pub fn hash_text(text: &str) -> Vec<u32> {
    let mut ids = Vec::with_capacity(text.len() * 4);
    for_each_id(text, |id| ids.push(id));
    sort_ids(&mut ids);
    ids.dedup();
    ids
}

/// Sort bucket ids (each below `DIM` = 2^18). A window of prose yields about 1,700 of them,
/// and a comparison sort of that many was a fifth of the model's time; two counting passes of
/// 9 bits each are linear. Short lists keep the comparison sort. The order is the same.
fn sort_ids(ids: &mut Vec<u32>) {
    const DIGIT: u32 = BITS / 2;
    const {
        assert!(
            BITS.is_multiple_of(2),
            "two passes of BITS / 2 bits cover every id"
        )
    };
    const RADIX: usize = 1 << DIGIT;
    if ids.len() < 256 {
        ids.sort_unstable();
        return;
    }
    let mut scratch = vec![0u32; ids.len()];
    for shift in [0, DIGIT] {
        let digit = |id: u32| ((id >> shift) as usize) & (RADIX - 1);
        let mut starts = [0usize; RADIX];
        for &id in ids.iter() {
            starts[digit(id)] += 1;
        }
        let mut next = 0;
        for slot in starts.iter_mut() {
            let count = *slot;
            *slot = next;
            next += count;
        }
        for &id in ids.iter() {
            let slot = &mut starts[digit(id)];
            scratch[*slot] = id;
            *slot += 1;
        }
        std::mem::swap(ids, &mut scratch);
    }
}

/// Byte offsets where a chunk may end: after a newline or sentence end, else a space.
fn chunk_ends(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut ends = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + CHUNK).min(text.len());
        if end < text.len() {
            let lo = start + CHUNK / 2;
            let cut = (lo..end)
                .rev()
                .find(|&i| matches!(bytes[i], b'\n' | b'.' | b'!' | b'?'))
                .or_else(|| (lo..end).rev().find(|&i| bytes[i] == b' '))
                .map_or(end, |i| i + 1);
            end = cut;
            while !text.is_char_boundary(end) {
                end += 1;
            }
        }
        ends.push(end);
        start = end;
    }
    ends
}

/// How many leading bytes of `text` the model reads: at most `MAX_BYTES`, cut at a character
/// boundary. Past it, only the pieces of a longer string in which a rule fires are read
/// (`Scorer::scan_tail`).
pub fn reach(text: &str) -> usize {
    let mut end = text.len().min(MAX_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// Byte ranges of the model windows of `text` (one window when short): the first
/// `MAX_BYTES` are cut into chunks, and a window is two consecutive chunks.
pub fn window_ranges(text: &str) -> Vec<(usize, usize)> {
    let text = &text[..reach(text)];
    if text.len() <= SINGLE {
        return vec![(0, text.len())];
    }
    let ends = chunk_ends(text);
    let mut starts = vec![0];
    starts.extend(ends.iter().take(ends.len() - 1).copied());
    (0..ends.len().saturating_sub(1).max(1))
        .map(|i| (starts[i], ends[(i + 1).min(ends.len() - 1)]))
        .collect()
}

/// Cut a string into model windows with their hashed features (for training).
pub fn windows(text: &str) -> Vec<Window> {
    window_ranges(text)
        .into_iter()
        .map(|(start, end)| Window {
            start,
            end,
            ids: hash_text(&text[start..end]),
        })
        .collect()
}

/// The hashed weights as shipped (i8 steps of `scale`), scored without sorting: each
/// window's bucket ids are deduplicated by stamping a per-thread table with the window's
/// epoch, and the weights are summed as integers, so the order of the ids does not matter
/// and the logit equals the one over sorted unique ids. The sort was a third of the
/// model's time on long text; the i8 table (256 KiB) also stays in cache where the f32 one
/// (1 MiB) did not.
#[derive(Debug, Clone)]
struct Quantized {
    weights: Vec<i8>,
    scale: f32,
}

/// The windows of one long string, with its features hashed once when the weights are the
/// shipped ones, and its field names found once.
struct Windows<'a> {
    text: &'a str,
    ranges: &'a [(usize, usize)],
    spans: Option<&'a Spans>,
    names: WindowNames<'a>,
}

impl Windows<'_> {
    /// [`window_features`] of the window `text[start..end]`, its field names read off
    /// [`Windows::names`].
    fn features(&self, (start, end): (usize, usize), string: &StringContext) -> [f32; WINDOW] {
        own_features(
            address_features(&self.text[start..end]),
            self.names.features((start, end), string),
        )
    }
}

/// Per-thread "seen in this window" marks for [`Quantized::tally`].
struct Stamps {
    epoch: u8,
    marks: Vec<u8>,
}

thread_local! {
    static STAMPS: std::cell::RefCell<Stamps> = const {
        std::cell::RefCell::new(Stamps { epoch: 0, marks: Vec::new() })
    };
}

impl Quantized {
    /// Hashed part of the logit of one window of text.
    fn logit(&self, text: &str) -> f32 {
        self.tally(|t| for_each_id(text, |id| t.add(id)))
    }

    /// The hashed logit of the ids `fill` adds to a fresh [`Tally`]: each distinct id's
    /// weight once, scaled by one over the square root of their number.
    fn tally(&self, fill: impl FnOnce(&mut Tally)) -> f32 {
        STAMPS.with_borrow_mut(|st| {
            if st.marks.is_empty() {
                st.marks = vec![0; DIM];
            }
            st.epoch = st.epoch.wrapping_add(1);
            if st.epoch == 0 {
                st.marks.fill(0);
                st.epoch = 1;
            }
            let mut t = Tally {
                epoch: st.epoch,
                marks: &mut st.marks,
                weights: &self.weights,
                sum: 0,
                n: 0,
            };
            fill(&mut t);
            if t.n == 0 {
                0.0
            } else {
                t.sum as f32 * self.scale / (t.n as f32).sqrt()
            }
        })
    }
}

/// The running sum of one window's distinct weights ([`Quantized::tally`]).
struct Tally<'a> {
    epoch: u8,
    marks: &'a mut [u8],
    weights: &'a [i8],
    sum: i32,
    n: u32,
}

impl Tally<'_> {
    /// Count the weight of `id` unless this window has counted it already.
    #[inline]
    fn add(&mut self, id: u32) {
        let mark = &mut self.marks[id as usize];
        if *mark != self.epoch {
            *mark = self.epoch;
            self.sum += i32::from(self.weights[id as usize]);
            self.n += 1;
        }
    }
}

fn tag_index(tag: Tag) -> usize {
    match tag {
        Tag::Override => 0,
        Tag::Marker => 1,
        Tag::Instruct => 2,
        Tag::Conceal => 3,
        Tag::Secret => 4,
        Tag::Exfil => 5,
        Tag::Shadow => 6,
        Tag::Authority => 7,
        Tag::Command => 8,
        Tag::Preference => 9,
        Tag::Phish => 10,
    }
}

/// Dense features of one window: its rule score, who its `text` addresses and the fields it
/// sits in (`string` is the context of the whole string the window belongs to).
pub(crate) fn rule_features(
    score: &Score,
    text: &str,
    string: &StringContext,
    tool: bool,
) -> [f32; RULES] {
    dense_features(score, &window_features(text, string), tool)
}

/// Dense features of a window that do not depend on rule hits: who its `text` addresses
/// ([`address_features`]) and the fields it sits in ([`context_features`]).
fn window_features(text: &str, string: &StringContext) -> [f32; WINDOW] {
    own_features(address_features(text), context_features(text, string))
}

/// A window's own features: its addressee features, then its context features.
fn own_features(address: [f32; ADDRESS], context: [f32; CONTEXT]) -> [f32; WINDOW] {
    let mut f = [0.0f32; WINDOW];
    f[..ADDRESS].copy_from_slice(&address);
    f[ADDRESS..].copy_from_slice(&context);
    f
}

/// A window's byte range in its string.
type Range = (usize, usize);

/// Added to every bound that lets a window go unread, so that rounding in the sums of the
/// dense logit (tens of terms of f32) never skips a window that would win.
const BOUND_SLACK: f32 = 1e-3;

/// Index of the first dense feature of a context.
fn context_base(tool: bool) -> usize {
    if tool { 0 } else { RULES_PER_CTX }
}

/// Dense features from a rule score and the window's own features ([`window_features`]).
/// Every feature that depends on rule hits (score, finding, hit count, tags) lies in [0, 1]
/// and is 0 without hits; [`Model::hit_headroom`] relies on that.
fn dense_features(score: &Score, window: &[f32; WINDOW], tool: bool) -> [f32; RULES] {
    let mut f = [0.0f32; RULES];
    let base = context_base(tool);
    f[base] = 1.0;
    f[base + 1] = score.score;
    f[base + 2] = f32::from(u8::from(score.score >= crate::injection::THRESHOLD));
    f[base + 3] = (score.hits.len() as f32 / 4.0).min(1.0);
    let mut tags = [1.0f32; TAGS];
    for h in &score.hits {
        tags[tag_index(h.1)] *= 1.0 - h.2.clamp(0.0, 1.0);
    }
    for (i, t) in tags.iter().enumerate() {
        f[base + 4 + i] = 1.0 - t;
    }
    f[base + ADDRESS_AT..base + RULES_PER_CTX].copy_from_slice(window);
    f
}

/// Logistic regression weights and decision thresholds.
#[derive(Debug, Clone)]
pub struct Model {
    /// Hashed weights (`DIM`).
    pub hashed: Vec<f32>,
    /// Dense rule weights (`RULES`).
    pub rules: Vec<f32>,
    /// Probability threshold for tool definitions.
    pub threshold_tool: f32,
    /// Probability threshold for results in prose.
    pub threshold_result: f32,
    /// Probability threshold for results shaped like structured output ([`structured`]).
    pub threshold_structured: f32,
    /// The shipped weights, for scoring (`None` for a model being trained).
    quantized: Option<Quantized>,
}

fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

impl Model {
    /// An all-zero model (used by the trainer as a starting point).
    pub fn zero() -> Model {
        Model {
            hashed: vec![0.0; DIM],
            rules: vec![0.0; RULES],
            threshold_tool: 0.5,
            threshold_result: 0.5,
            threshold_structured: 0.5,
            quantized: None,
        }
    }

    /// The embedded model. If it cannot be parsed (never for a built crate; a test checks
    /// it) the fallback never fires, so the rule findings decide alone.
    pub fn embedded() -> Model {
        Model::from_bytes(MODEL_BIN).unwrap_or_else(|| Model {
            threshold_tool: 2.0,
            threshold_result: 2.0,
            threshold_structured: 2.0,
            ..Model::zero()
        })
    }

    /// Hashed part of the logit of one window.
    pub fn window_logit(&self, w: &Window) -> f32 {
        let v = w.value();
        w.ids.iter().map(|&i| self.hashed[i as usize]).sum::<f32>() * v
    }

    /// Dense part of the logit.
    pub fn rule_logit(&self, rules: &[f32; RULES]) -> f32 {
        rules.iter().zip(&self.rules).map(|(a, b)| a * b).sum()
    }

    /// Fused probability that `text` carries instructions aimed at the model. `score` is
    /// the rule score of the whole string; longer strings are re-scored per window by
    /// `rescore` so that each window's rule features describe that window only.
    pub(crate) fn probability(
        &self,
        text: &str,
        score: &Score,
        tool: bool,
        rescore: impl Fn(&str) -> Score,
    ) -> f32 {
        let ranges = window_ranges(text);
        let best = match ranges[..] {
            [r] => {
                let string = StringContext::of(&text[..reach(text)]);
                let features = rule_features(score, &text[r.0..r.1], &string, tool);
                self.hashed_logit(text, r, None) + self.rule_logit(&features)
            }
            _ => {
                let spans = self.spans(text, &ranges);
                let names = WindowNames::of(&text[..reach(text)]);
                let string = names.context();
                let windows = Windows {
                    text,
                    ranges: &ranges,
                    spans: spans.as_ref(),
                    names,
                };
                if score.hits.is_empty() {
                    // No rule hit in the whole string, none in any window: no re-scoring.
                    self.best_plain(&windows, &string, score, tool)
                } else {
                    self.best_rescored(&windows, &string, tool, rescore)
                }
            }
        };
        sigmoid(best)
    }

    /// The string's features hashed once for all its windows (shipped weights only).
    fn spans(&self, text: &str, ranges: &[(usize, usize)]) -> Option<Spans> {
        self.quantized
            .as_ref()
            .map(|_| Spans::new(&text[..reach(text)], ranges))
    }

    /// Hashed part of the logit of the window `text[start..end]`, from `spans` when the
    /// string was hashed once for all its windows.
    fn hashed_logit(&self, text: &str, (start, end): (usize, usize), spans: Option<&Spans>) -> f32 {
        match (&self.quantized, spans) {
            (Some(q), Some(spans)) => spans.logit(q, (start, end)),
            (Some(q), None) => q.logit(&text[start..end]),
            (None, _) => self.window_logit(&Window {
                start,
                end,
                ids: hash_text(&text[start..end]),
            }),
        }
    }

    /// Most the rule-hit features can add to a window's logit (see [`dense_features`]).
    fn hit_headroom(&self, tool: bool) -> f32 {
        let base = context_base(tool);
        self.rules[base + 1..base + 4 + TAGS]
            .iter()
            .map(|w| w.max(0.0))
            .sum()
    }

    /// Most a window's own features ([`window_features`], each in [0, 1]) can add to its
    /// logit, over what they add when all are 0.
    fn own_headroom(&self, tool: bool) -> f32 {
        let base = context_base(tool);
        self.rules[base + ADDRESS_AT..base + RULES_PER_CTX]
            .iter()
            .map(|w| w.max(0.0))
            .sum()
    }

    /// Least the rule-hit features can add to a window's logit (the negative weights).
    fn hit_floor(&self, tool: bool) -> f32 {
        let base = context_base(tool);
        self.rules[base + 1..base + 4 + TAGS]
            .iter()
            .map(|w| w.min(0.0))
            .sum()
    }

    /// The windows of a long string by hashed logit, highest first, with each window's
    /// logit bound before its own features are read: the hashed logit, the dense logit of
    /// `score` with no own feature, and [`Model::own_headroom`]. Reading the own features of
    /// every window ([`address_features`] above all) was a sixth of the time spent on a long
    /// result, and most windows cannot come near the best one.
    fn by_hashed(&self, windows: &Windows, score: &Score, tool: bool) -> Vec<(f32, f32, Range)> {
        let base = self.rule_logit(&dense_features(score, &[0.0; WINDOW], tool));
        let head = self.own_headroom(tool) + BOUND_SLACK;
        let mut order: Vec<(f32, f32, Range)> = windows
            .ranges
            .iter()
            .map(|&r| {
                let hashed = self.hashed_logit(windows.text, r, windows.spans);
                (hashed + base + head, hashed, r)
            })
            .collect();
        order.sort_by(|a, b| b.0.total_cmp(&a.0));
        order
    }

    /// Highest window logit of a string without rule hits: windows are read from the highest
    /// bound down ([`Model::by_hashed`]) until none left can beat the best so far; the
    /// maximum is the same as over every window.
    fn best_plain(
        &self,
        windows: &Windows,
        string: &StringContext,
        score: &Score,
        tool: bool,
    ) -> f32 {
        let mut best = f32::NEG_INFINITY;
        for (bound, hashed, r) in self.by_hashed(windows, score, tool) {
            if bound <= best {
                break;
            }
            let features = dense_features(score, &windows.features(r, string), tool);
            best = best.max(hashed + self.rule_logit(&features));
        }
        best
    }

    /// Highest window logit of a string with rule hits, each window re-scored by `rescore`
    /// so that its rule features describe that window only. The regex pass per window was a
    /// fifth of the time on long text, so windows are visited from the highest logit without
    /// hits down, and the visit stops when even the most the hits could add
    /// ([`Model::hit_headroom`]) cannot beat the best so far: the maximum is the same. Only
    /// the windows whose bound ([`Model::by_hashed`]) can beat the least the best window is
    /// sure to reach have their own features read.
    fn best_rescored(
        &self,
        windows: &Windows,
        string: &StringContext,
        tool: bool,
        rescore: impl Fn(&str) -> Score,
    ) -> f32 {
        let text = windows.text;
        let none = Score {
            score: 0.0,
            hits: Vec::new(),
        };
        let hit_head = self.hit_headroom(tool) + BOUND_SLACK;
        let hit_floor = self.hit_floor(tool);
        let mut surely = f32::NEG_INFINITY;
        let mut order: Vec<(f32, f32, [f32; WINDOW], &str)> = Vec::new();
        for (bound, hashed, r) in self.by_hashed(windows, &none, tool) {
            if bound + hit_head <= surely {
                break;
            }
            let own = windows.features(r, string);
            let without_hits = hashed + self.rule_logit(&dense_features(&none, &own, tool));
            surely = surely.max(without_hits + hit_floor - BOUND_SLACK);
            order.push((without_hits, hashed, own, &text[r.0..r.1]));
        }
        order.sort_by(|a, b| b.0.total_cmp(&a.0));
        let mut best = f32::NEG_INFINITY;
        for (without_hits, hashed, own, t) in order {
            if without_hits + hit_head <= best {
                break;
            }
            let features = dense_features(&rescore(t), &own, tool);
            best = best.max(hashed + self.rule_logit(&features));
        }
        best
    }

    /// False for the never-firing fallback (then rule scores decide alone).
    pub fn active(&self) -> bool {
        self.threshold_tool <= 1.0
            && self.threshold_result <= 1.0
            && self.threshold_structured <= 1.0
    }

    /// Whether probability `p` reaches the decision threshold for `text` in the context:
    /// tool definitions, structured results, results in prose. The shape of a result
    /// ([`structured`], a pass over every line: 7% of the time spent on a long result) is read
    /// only when the two result thresholds disagree about `p`.
    pub fn reaches(&self, p: f32, text: &str, tool: bool) -> bool {
        if tool {
            return p >= self.threshold_tool;
        }
        let (prose, shaped) = (self.threshold_result, self.threshold_structured);
        if p >= prose.max(shaped) {
            true
        } else if p < prose.min(shaped) {
            false
        } else if structured(text) {
            p >= shaped
        } else {
            p >= prose
        }
    }

    /// Serialise: magic, dims, thresholds (tool, prose result, structured result), scale, i8
    /// hashed weights, f32 rule weights.
    pub fn to_bytes(&self) -> Vec<u8> {
        let max = self.hashed.iter().fold(0.0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { max / 127.0 } else { 1.0 };
        let mut out = b"GHM2".to_vec();
        for x in [BITS, RULES as u32] {
            out.extend(x.to_le_bytes());
        }
        for x in [
            self.threshold_tool,
            self.threshold_result,
            self.threshold_structured,
            scale,
        ] {
            out.extend(x.to_le_bytes());
        }
        out.extend(
            self.hashed
                .iter()
                .map(|w| (w / scale).round().clamp(-127.0, 127.0) as i8 as u8),
        );
        for r in &self.rules {
            out.extend(r.to_le_bytes());
        }
        out
    }

    /// Parse [`Model::to_bytes`] output; `None` when the layout does not match.
    pub fn from_bytes(b: &[u8]) -> Option<Model> {
        let u = |i: usize| Some(u32::from_le_bytes(b.get(i..i + 4)?.try_into().ok()?));
        let f = |i: usize| u(i).map(f32::from_bits);
        if b.get(..4)? != b"GHM2" || u(4)? != BITS || u(8)? as usize != RULES {
            return None;
        }
        let (threshold_tool, threshold_result) = (f(12)?, f(16)?);
        let (threshold_structured, scale) = (f(20)?, f(24)?);
        let weights: Vec<i8> = b.get(28..28 + DIM)?.iter().map(|&x| x as i8).collect();
        let hashed = weights.iter().map(|&x| f32::from(x) * scale).collect();
        let rules = (0..RULES)
            .map(|i| f(28 + DIM + 4 * i))
            .collect::<Option<Vec<f32>>>()?;
        Some(Model {
            hashed,
            rules,
            threshold_tool,
            threshold_result,
            threshold_structured,
            quantized: Some(Quantized { weights, scale }),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ascii_table_normalises_as_the_rules_do() {
        for (i, &c) in ASCII.iter().enumerate() {
            assert_eq!(c, fold_char(char::from(i as u8)), "{i}");
        }
    }

    #[test]
    fn a_result_shape_decides_only_between_the_two_result_thresholds() {
        let model = Model {
            threshold_tool: 0.3,
            threshold_result: 0.5,
            threshold_structured: 0.7,
            ..Model::zero()
        };
        let (prose, record) = ("Please read this note.", "id: 7\nname: Ana\nteam: ops");
        assert!(!structured(prose) && structured(record));
        for (p, on_prose, on_record) in [(0.4, false, false), (0.6, true, false), (0.7, true, true)]
        {
            assert_eq!(model.reaches(p, prose, false), on_prose, "{p}");
            assert_eq!(model.reaches(p, record, false), on_record, "{p}");
        }
        assert!(model.reaches(0.3, record, true) && !model.reaches(0.29, prose, true));
        let swapped = Model {
            threshold_result: 0.7,
            threshold_structured: 0.5,
            ..model
        };
        assert!(!swapped.reaches(0.6, prose, false) && swapped.reaches(0.6, record, false));
    }

    /// Slices of this repository's detection notes: long prose that quotes many attacks,
    /// so most windows carry rule hits.
    fn long_texts() -> Vec<String> {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/detection.md");
        let doc = std::fs::read_to_string(path).expect("docs/detection.md");
        let mut out = Vec::new();
        for (start, len) in [(0, 700), (5_000, 3_000), (20_000, 9_000), (40_000, 17_000)] {
            let text: String = doc.chars().skip(start).take(len).collect();
            out.push(text);
        }
        out.push(
            "Ünïcödé   text\t\twith  runs of\n\n\nwhitespace, 数字 123 and émojis 👩‍💻. ".repeat(20),
        );
        out
    }

    #[test]
    fn the_shipped_weights_score_a_window_as_the_sorted_ids_do() {
        let model = Model::embedded();
        let q = model.quantized.as_ref().expect("embedded weights parse");
        for text in long_texts() {
            for (start, end) in window_ranges(&text) {
                let t = &text[start..end];
                let sorted = model.window_logit(&Window {
                    start,
                    end,
                    ids: hash_text(t),
                });
                let stamped = q.logit(t);
                assert!((sorted - stamped).abs() < 1e-4, "{sorted} vs {stamped}");
            }
        }
        assert_eq!(q.logit(""), 0.0);
    }

    #[test]
    fn pruned_rescoring_finds_the_maximum_of_every_window() {
        let scorer = crate::injection::Scorer::new().expect("rules compile");
        let model = Model::embedded();
        let mut visited_windows = 0;
        for tool in [false, true] {
            let ctx = match tool {
                true => crate::injection::Context::Tool,
                false => crate::injection::Context::Result,
            };
            for text in long_texts() {
                let ranges = window_ranges(&text);
                let string = StringContext::of(&text[..reach(&text)]);
                let every = ranges
                    .iter()
                    .map(|&(s, e)| {
                        let t = &text[s..e];
                        model.hashed_logit(&text, (s, e), None)
                            + model.rule_logit(&rule_features(
                                &scorer.score(t, ctx),
                                t,
                                &string,
                                tool,
                            ))
                    })
                    .fold(f32::NEG_INFINITY, f32::max);
                let spans = model.spans(&text, &ranges);
                let windows = Windows {
                    text: &text,
                    ranges: &ranges,
                    spans: spans.as_ref(),
                    names: WindowNames::of(&text[..reach(&text)]),
                };
                let pruned = model.best_rescored(&windows, &string, tool, |t| scorer.score(t, ctx));
                assert_eq!(every, pruned, "{} windows", ranges.len());
                visited_windows += ranges.len();
            }
        }
        assert!(visited_windows > 100, "the texts are long enough to prune");
    }

    /// Every long string of the corpora, scored by the pruned visits of [`Model::probability`]
    /// and by reading every window's features (re-scored per window when the string has rule
    /// hits): the same number, to the bit.
    #[test]
    fn pruned_windows_give_the_probability_of_every_window() {
        let scorer = crate::injection::Scorer::new().expect("rules compile");
        let model = Model::embedded();
        let texts = crate::eval::long_corpus_strings(600);
        let (mut plain, mut rescored) = (0, 0);
        for (i, text) in texts.iter().enumerate().step_by(3) {
            let tool = i % 2 == 0;
            let ctx = match tool {
                true => crate::injection::Context::Tool,
                false => crate::injection::Context::Result,
            };
            let whole = scorer.score(text, ctx);
            let string = StringContext::of(&text[..reach(text)]);
            let every = window_ranges(text)
                .iter()
                .map(|&(s, e)| {
                    let t = &text[s..e];
                    let score = if whole.hits.is_empty() {
                        &whole
                    } else {
                        &scorer.score(t, ctx)
                    };
                    model.hashed_logit(text, (s, e), None)
                        + model.rule_logit(&rule_features(score, t, &string, tool))
                })
                .fold(f32::NEG_INFINITY, f32::max);
            let pruned = model.probability(text, &whole, tool, |t| scorer.score(t, ctx));
            assert_eq!(sigmoid(every), pruned, "{:?}", &text[..60]);
            if whole.hits.is_empty() {
                plain += 1;
            } else {
                rescored += 1;
            }
        }
        assert!(
            plain > 300 && rescored > 300,
            "{plain} plain, {rescored} rescored"
        );
    }

    #[test]
    fn radix_sorted_ids_match_a_comparison_sort() {
        for n in [0usize, 3, 255, 256, 5000] {
            let mut ids: Vec<u32> = (0..n as u64)
                .map(|i| bucket(i * 7919 % 1301, i % 5))
                .collect();
            ids.extend([0, DIM as u32 - 1, 511, 512]);
            let mut expected = ids.clone();
            expected.sort_unstable();
            sort_ids(&mut ids);
            assert_eq!(ids, expected, "n = {n}");
        }
    }
}
