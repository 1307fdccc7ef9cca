//! Newline-delimited framing for the downstream stdio front end that survives bad lines.
//!
//! `tokio_util`'s `LinesCodec` reports a line over the limit or not in UTF-8 as a stream error,
//! and `FramedRead` ends the stream after any error: one bad line used to end the client's
//! whole session. Here every line is an item, and a bad one is an item saying what was wrong.

use bytes::BytesMut;
use tokio_util::codec::Decoder;

/// One line of input.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Line {
    /// A line of text, without its line ending.
    Text(String),
    /// A line longer than the limit (dropped whole, up to its newline).
    TooLong,
    /// A line that is not UTF-8.
    NotUtf8,
}

/// The decoder: lines of at most `max` bytes.
pub(crate) struct Lines {
    max: usize,
    /// Inside a line over the limit: drop input until its newline.
    discarding: bool,
}

impl Lines {
    /// Lines of at most `max` bytes.
    pub(crate) fn new(max: usize) -> Self {
        Self {
            max,
            discarding: false,
        }
    }
}

impl Decoder for Lines {
    type Item = Line;
    type Error = std::io::Error;

    fn decode(&mut self, buf: &mut BytesMut) -> Result<Option<Line>, std::io::Error> {
        let Some(end) = buf.iter().position(|&b| b == b'\n') else {
            if buf.len() > self.max {
                self.discarding = true;
                buf.clear();
            }
            return Ok(None);
        };
        let line = buf.split_to(end + 1);
        if std::mem::take(&mut self.discarding) || end > self.max {
            return Ok(Some(Line::TooLong));
        }
        Ok(Some(text(&line[..end])))
    }

    fn decode_eof(&mut self, buf: &mut BytesMut) -> Result<Option<Line>, std::io::Error> {
        if let Some(line) = self.decode(buf)? {
            return Ok(Some(line));
        }
        if std::mem::take(&mut self.discarding) {
            buf.clear();
            return Ok(Some(Line::TooLong));
        }
        if buf.is_empty() {
            return Ok(None);
        }
        let rest = buf.split();
        Ok(Some(text(&rest)))
    }
}

/// A line's bytes as text, without a trailing `\r`.
fn text(bytes: &[u8]) -> Line {
    let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Line::Text(text.to_owned()),
        Err(_) => Line::NotUtf8,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8], max: usize) -> Vec<Line> {
        let mut codec = Lines::new(max);
        let mut out = Vec::new();
        // Fed in chunks of 3 bytes, as a pipe may deliver them.
        let mut buf = BytesMut::new();
        for chunk in input.chunks(3) {
            buf.extend_from_slice(chunk);
            while let Some(line) = codec.decode(&mut buf).unwrap() {
                out.push(line);
            }
        }
        while let Some(line) = codec.decode_eof(&mut buf).unwrap() {
            out.push(line);
        }
        out
    }

    #[test]
    fn a_bad_line_is_an_item_and_the_lines_after_it_still_come() {
        let input = b"{\"a\":1}\r\nxx\xffyy\n0123456789abcdef\nok\nlast";
        assert_eq!(
            lines(input, 10),
            [
                Line::Text("{\"a\":1}".into()),
                Line::NotUtf8,
                Line::TooLong,
                Line::Text("ok".into()),
                Line::Text("last".into()),
            ]
        );
        assert_eq!(lines(b"0123456789abcdef", 10), [Line::TooLong]);
        assert_eq!(
            lines(b"0123456789\n", 10),
            [Line::Text("0123456789".into())]
        );
    }
}
