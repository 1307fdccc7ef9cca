//! Incremental parser for `text/event-stream` bodies: yields the `data` of each
//! complete event.
//!
//! Lines end in `\n` or `\r\n` (a lone `\r` line ending is not supported); comment
//! lines and fields other than `data` are ignored.

/// Accumulates bytes of an SSE stream and splits them into events.
#[derive(Debug, Default)]
pub struct SseParser {
    buf: Vec<u8>,
    start: usize,
    data: Vec<u8>,
    has_data: bool,
}

impl SseParser {
    /// Creates an empty parser.
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends a chunk of the stream.
    pub fn push(&mut self, chunk: &[u8]) {
        if self.start > 0 && self.start * 2 >= self.buf.len() {
            self.buf.drain(..self.start);
            self.start = 0;
        }
        self.buf.extend_from_slice(chunk);
    }

    /// Returns the data of the next complete event, if one has fully arrived.
    pub fn next_event(&mut self) -> Option<Vec<u8>> {
        while let Some(len) = self.buf[self.start..].iter().position(|&b| b == b'\n') {
            let line_start = self.start;
            self.start += len + 1;
            let mut line = &self.buf[line_start..line_start + len];
            if let Some(stripped) = line.strip_suffix(b"\r") {
                line = stripped;
            }
            if line.is_empty() {
                if self.has_data {
                    self.has_data = false;
                    return Some(std::mem::take(&mut self.data));
                }
                continue;
            }
            let (name, value) = match line.iter().position(|&b| b == b':') {
                Some(colon) => (&line[..colon], &line[colon + 1..]),
                None => (line, &b""[..]),
            };
            if name == b"data" {
                let value = value.strip_prefix(b" ").unwrap_or(value);
                if self.has_data {
                    self.data.push(b'\n');
                }
                self.data.extend_from_slice(value);
                self.has_data = true;
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::SseParser;

    fn events(chunks: &[&[u8]]) -> Vec<String> {
        let mut p = SseParser::new();
        let mut out = Vec::new();
        for chunk in chunks {
            p.push(chunk);
            while let Some(ev) = p.next_event() {
                out.push(String::from_utf8(ev).unwrap());
            }
        }
        out
    }

    #[test]
    fn splits_events_across_chunks() {
        let got = events(&[
            b"id: 1\nevent: message\nda",
            b"ta: {\"a\":1}\n",
            b"\n: comment\n\ndata:{\"b\":2}\r\n\r\n",
        ]);
        assert_eq!(got, vec![r#"{"a":1}"#, r#"{"b":2}"#]);
    }

    #[test]
    fn joins_multiline_data_and_skips_empty_events() {
        let got = events(&[b"retry: 100\n\ndata: a\ndata: b\n\n", b"data: tail"]);
        assert_eq!(got, vec!["a\nb"]);
    }
}
