//! The hashed features of a long string, computed once for all of its windows.
//!
//! A window of a long string is two consecutive chunks, so consecutive windows share a chunk
//! and hashing each window on its own normalised and hashed every byte twice: on a 16 KB
//! result, normalising and hashing were about 60% of the time spent on the hashed features
//! and summing their weights 25%. Here the string is normalised and its n-grams hashed once ([`Spans::new`]); a window
//! then sums the weights of the features that lie inside it ([`Spans::logit`]), and only
//! the words a window's edge cuts are hashed again. Each window's features are exactly those
//! of [`super::Quantized::logit`] on the window alone (tested id for id), so the logits are
//! the same numbers.

use super::{Quantized, bucket, normalize_char, push_normalized, roll};

/// One run of alphanumeric characters of the normalised string.
#[derive(Debug, Clone, Copy)]
struct Word {
    /// First character (index into [`Spans::chars`]).
    start: usize,
    /// One past the last character.
    end: usize,
    /// Rolling hash of the whole run.
    hash: u64,
}

/// Where a window boundary falls in the normalised string.
#[derive(Debug, Clone, Copy)]
struct Mark {
    /// Byte offset in the original string.
    byte: usize,
    /// Index into the normalised characters.
    at: usize,
    /// The whitespace that starts here was folded into the space before it: a window that
    /// starts here begins with that space, which the whole string's normalisation dropped.
    folded: bool,
}

/// The normalised characters of a string, the ids of their character n-grams, and their
/// words, with the window boundaries mapped onto them.
#[derive(Debug)]
pub(super) struct Spans {
    chars: Vec<char>,
    /// Ids of the 3-, 4- and 5-gram starting at each character (a gram that would run past
    /// the end is never read).
    grams: Vec<[u32; 3]>,
    words: Vec<Word>,
    marks: Vec<Mark>,
}

/// The buffers of a [`Spans`], kept between strings.
type Buffers = (Vec<char>, Vec<[u32; 3]>, Vec<Word>, Vec<Mark>);

thread_local! {
    /// The buffers of the last [`Spans`] this thread dropped, reused by the next one: a 16 KB
    /// string needs about 260 KB of them, and allocating that afresh for every long string
    /// cost page faults and reallocations as the vectors grew.
    static SPARE: std::cell::Cell<Option<Buffers>> = const { std::cell::Cell::new(None) };
}

impl Drop for Spans {
    fn drop(&mut self) {
        let spare = (
            std::mem::take(&mut self.chars),
            std::mem::take(&mut self.grams),
            std::mem::take(&mut self.words),
            std::mem::take(&mut self.marks),
        );
        // Keep the larger buffers: a short string must not evict a long one's. A thread
        // that is shutting down has no spare any more; then the buffers are just freed.
        let _ = SPARE.try_with(|cell| match cell.take() {
            Some(kept) if kept.0.capacity() > spare.0.capacity() => cell.set(Some(kept)),
            _ => cell.set(Some(spare)),
        });
    }
}

impl Spans {
    /// Empty buffers, reused from this thread's last [`Spans`] when there is one.
    fn reused(chars: usize) -> Spans {
        let (mut c, mut g, mut w, mut m) = SPARE.with(std::cell::Cell::take).unwrap_or_default();
        c.clear();
        g.clear();
        w.clear();
        m.clear();
        c.reserve(chars);
        Spans {
            chars: c,
            grams: g,
            words: w,
            marks: m,
        }
    }

    /// Normalise `text` (as [`super::normalize`] does) and hash it once; `ranges` are the
    /// byte ranges of the windows that will be asked for.
    pub(super) fn new(text: &str, ranges: &[(usize, usize)]) -> Spans {
        let mut bounds: Vec<usize> = ranges.iter().flat_map(|&(s, e)| [s, e]).collect();
        bounds.sort_unstable();
        bounds.dedup();
        let mut spans = Spans::reused(text.len());
        let mut from = 0;
        for &byte in &bounds {
            let Some(c) = text.get(byte..).and_then(|t| t.chars().next()) else {
                break;
            };
            push_normalized(&text[from..byte], &mut spans.chars);
            spans.marks.push(Mark {
                byte,
                at: spans.chars.len(),
                folded: normalize_char(c) == ' ' && spans.chars.last() == Some(&' '),
            });
            from = byte;
        }
        push_normalized(&text[from..], &mut spans.chars);
        for &byte in bounds.iter().filter(|&&b| b >= text.len()) {
            spans.marks.push(Mark {
                byte,
                at: spans.chars.len(),
                folded: false,
            });
        }
        spans.hash();
        spans
    }

    /// Fill [`Spans::grams`] and [`Spans::words`] from [`Spans::chars`].
    fn hash(&mut self) {
        let chars = &self.chars;
        let grams = |w: &[char]| {
            let h3 = w[..3].iter().fold(0u64, |h, &c| roll(h, c));
            let h4 = roll(h3, w[3]);
            [bucket(h3, 2), bucket(h4, 3), bucket(roll(h4, w[4]), 4)]
        };
        self.grams.reserve(chars.len());
        self.grams.extend(chars.windows(5).map(grams));
        // The last four positions: their longer grams would run past the end (never read).
        for i in chars.len().saturating_sub(4).max(self.grams.len())..chars.len() {
            let mut w = [' '; 5];
            w[..chars.len() - i].copy_from_slice(&chars[i..]);
            self.grams.push(grams(&w));
        }
        let mut i = 0;
        while i < chars.len() {
            if !chars[i].is_alphanumeric() {
                i += 1;
                continue;
            }
            let start = i;
            let mut hash = 0u64;
            while i < chars.len() && chars[i].is_alphanumeric() {
                hash = roll(hash, chars[i]);
                i += 1;
            }
            self.words.push(Word {
                start,
                end: i,
                hash,
            });
        }
    }

    /// The boundary mark at byte offset `byte` (one of the ranges given to [`Spans::new`]).
    fn mark(&self, byte: usize) -> Mark {
        let i = self.marks.partition_point(|m| m.byte < byte);
        self.marks[i]
    }

    /// Hashed part of the logit of the window `text[start..end]`, as
    /// [`Quantized::logit`] computes it on the window alone.
    pub(super) fn logit(&self, q: &Quantized, (start, end): (usize, usize)) -> f32 {
        let (from, to) = (self.mark(start), self.mark(end));
        q.tally(|t| self.window_ids(from.at, to.at, from.folded, |id| t.add(id)))
    }

    /// Every feature id of the normalised characters `from..to` (preceded by a space when
    /// `folded`), duplicates included, in no particular order.
    fn window_ids(&self, from: usize, to: usize, folded: bool, mut emit: impl FnMut(u32)) {
        // Every gram of the positions at least five characters before the end lies inside.
        let whole = to.saturating_sub(4).max(from);
        for &[a, b, c] in &self.grams[from..whole] {
            emit(a);
            emit(b);
            emit(c);
        }
        for p in whole..to {
            for id in &self.grams[p][..(to - p).saturating_sub(2).min(3)] {
                emit(*id);
            }
        }
        if folded {
            // The grams that start with the space the whole string folded away.
            let mut h = roll(0, ' ');
            for (k, &c) in self.chars[from..to].iter().take(4).enumerate() {
                h = roll(h, c);
                if k >= 1 {
                    emit(bucket(h, k as u64 + 1));
                }
            }
        }
        let first = self.words.partition_point(|w| w.end <= from);
        let mut prev: Option<u64> = None;
        for w in self.words[first..].iter().take_while(|w| w.start < to) {
            let (s, e) = (w.start.max(from), w.end.min(to));
            let h = if (s, e) == (w.start, w.end) {
                w.hash
            } else {
                // A word the window's edge cuts: hash the part inside.
                self.chars[s..e].iter().fold(0u64, |h, &c| roll(h, c))
            };
            emit(bucket(h, 7));
            if let Some(p) = prev {
                emit(bucket(p.wrapping_mul(0x100_0000_01b3) ^ h, 8));
            }
            prev = Some(h);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Model, for_each_id, window_ranges};
    use super::*;

    /// Strings whose windows meet every edge case: whitespace runs across a chunk boundary,
    /// words cut by a boundary (long runs without a space, as in CJK text or base64), digits,
    /// upper case beyond ASCII, and text from every corpus.
    fn texts() -> Vec<String> {
        let mut out = vec![
            "word ".repeat(300),
            "a\n\n\n   ".repeat(200),
            "x".repeat(3000),
            "数据库连接失败请检查配置".repeat(100),
            "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=".repeat(90),
            "Ünïcödé   TEXT\t\twith  runs of\n\n\nwhitespace, 数字 123 and émojis 👩‍💻. ".repeat(40),
            "end with spaces.      ".repeat(150),
        ];
        out.extend(crate::eval::long_corpus_strings(500));
        out
    }

    #[test]
    fn every_window_has_the_ids_it_has_alone() {
        let mut windows = 0;
        for text in texts() {
            let text = &text[..super::super::reach(&text)];
            let ranges = window_ranges(text);
            let spans = Spans::new(text, &ranges);
            for &(start, end) in &ranges {
                let mut alone = Vec::new();
                for_each_id(&text[start..end], |id| alone.push(id));
                let (from, to) = (spans.mark(start), spans.mark(end));
                let mut shared = Vec::new();
                spans.window_ids(from.at, to.at, from.folded, |id| shared.push(id));
                alone.sort_unstable();
                shared.sort_unstable();
                assert_eq!(alone, shared, "window {start}..{end} of {:?}", &text[..40]);
                windows += 1;
            }
        }
        assert!(windows > 10_000, "{windows} windows");
    }

    #[test]
    fn every_window_scores_as_it_does_alone() {
        let model = Model::embedded();
        let q = model.quantized.as_ref().expect("embedded weights parse");
        for text in texts().iter().take(200) {
            let text = &text[..super::super::reach(text)];
            let ranges = window_ranges(text);
            let spans = Spans::new(text, &ranges);
            for &r in &ranges {
                assert_eq!(spans.logit(q, r), q.logit(&text[r.0..r.1]));
            }
        }
    }
}
