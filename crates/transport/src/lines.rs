//! Newline-delimited JSON-RPC messages (stdio, both sides: a stdio server's output and the
//! stdio front end's input), each at most a given length.
//!
//! Written here rather than taken from `tokio_util::codec::LinesCodec`: that codec reports an
//! over-long line (or one that is not UTF-8) as an error, after which `FramedRead` ends the
//! stream, so one large answer cost a server's whole child process and every call in flight
//! on it (all sessions share the child), and one bad line ended a stdio client's session. This
//! decoder skips such a line and reports it as a frame of its own, keeping its first and last
//! bytes so that the call it answers can be told why it got no result.

use bytes::{Buf, BytesMut};
use tokio_util::codec::Decoder;

/// Bytes of an over-long line kept from its start, and from its end.
const HEAD: usize = 512;
const TAIL: usize = 256;

/// One line of a server's output.
#[derive(Debug, PartialEq)]
pub enum Frame {
    /// A line within the limit (without its line ending).
    Line(String),
    /// A line over the limit, skipped: its length and, when it reads as a response to one of
    /// the gateway's requests, that request's id.
    Oversize {
        /// The line's length in bytes.
        size: usize,
        /// The id of the request it answers, if it could be read from its ends.
        response_to: Option<u64>,
    },
    /// A line that is not UTF-8, skipped.
    NotUtf8,
}

/// The decoder.
pub struct BoundedLines {
    max: usize,
    /// Where to resume looking for a newline in the buffer.
    searched: usize,
    /// The over-long line being skipped.
    skipping: Option<Skipped>,
}

/// What is kept of an over-long line.
#[derive(Default)]
struct Skipped {
    head: Vec<u8>,
    tail: Vec<u8>,
    size: usize,
}

impl Skipped {
    fn take(&mut self, bytes: &[u8]) {
        self.size += bytes.len();
        let room = HEAD.saturating_sub(self.head.len());
        self.head.extend_from_slice(&bytes[..room.min(bytes.len())]);
        self.tail
            .extend_from_slice(&bytes[bytes.len().saturating_sub(TAIL)..]);
        if self.tail.len() > 2 * TAIL {
            self.tail.drain(..self.tail.len() - TAIL);
        }
    }

    fn finish(self) -> Frame {
        let tail = &self.tail[self.tail.len().saturating_sub(TAIL)..];
        Frame::Oversize {
            size: self.size,
            response_to: response_id(&self.head, tail),
        }
    }
}

impl BoundedLines {
    /// A decoder of lines up to `max` bytes.
    pub fn new(max: usize) -> Self {
        BoundedLines {
            max,
            searched: 0,
            skipping: None,
        }
    }
}

impl Decoder for BoundedLines {
    type Item = Frame;
    type Error = std::io::Error;

    fn decode(&mut self, buf: &mut BytesMut) -> Result<Option<Frame>, Self::Error> {
        if let Some(skipped) = &mut self.skipping {
            return Ok(match buf.iter().position(|b| *b == b'\n') {
                Some(end) => {
                    skipped.take(&buf[..end]);
                    buf.advance(end + 1);
                    self.skipping.take().map(Skipped::finish)
                }
                None => {
                    skipped.take(buf);
                    buf.clear();
                    None
                }
            });
        }
        let window = buf.len().min(self.max + 1);
        let start = self.searched.min(window);
        let found = buf[start..window].iter().position(|b| *b == b'\n');
        match found {
            Some(offset) => {
                let end = start + offset;
                self.searched = 0;
                let line = buf.split_to(end + 1);
                Ok(Some(frame(&line[..end])))
            }
            None if buf.len() > self.max => {
                self.searched = 0;
                self.skipping = Some(Skipped::default());
                self.decode(buf)
            }
            None => {
                self.searched = buf.len();
                Ok(None)
            }
        }
    }

    fn decode_eof(&mut self, buf: &mut BytesMut) -> Result<Option<Frame>, Self::Error> {
        if let Some(frame) = self.decode(buf)? {
            return Ok(Some(frame));
        }
        if let Some(mut skipped) = self.skipping.take() {
            skipped.take(buf);
            buf.clear();
            return Ok(Some(skipped.finish()));
        }
        self.searched = 0;
        match buf.is_empty() {
            true => Ok(None),
            false => {
                let line = buf.split_to(buf.len());
                Ok(Some(frame(&line)))
            }
        }
    }
}

/// A line (without its `\n`; a `\r` before it is dropped too).
fn frame(line: &[u8]) -> Frame {
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    match std::str::from_utf8(line) {
        Ok(text) => Frame::Line(text.to_owned()),
        Err(_) => Frame::NotUtf8,
    }
}

/// The id of the gateway's request an over-long line answers, read from its ends: an `"id"`
/// key before the `result` or `error` in its first bytes (`{"jsonrpc":"2.0","id":7,"result":`
/// as most SDKs write it), or one closing its last bytes (`...,"jsonrpc":"2.0","id":7}`, as
/// the TypeScript SDK does). A line that may be a request or notification of the server's
/// (a `method` or `params` key before its payload, a `method` among its last bytes) answers
/// nothing: the server's ids are numbers too, and could be one of the gateway's.
fn response_id(head: &[u8], tail: &[u8]) -> Option<u64> {
    let head = String::from_utf8_lossy(head);
    let first = |keys: &[&str]| keys.iter().filter_map(|k| head.find(k)).min();
    let payload = first(&["\"result\"", "\"error\""]).unwrap_or(head.len());
    let own = first(&["\"method\"", "\"params\""]).unwrap_or(head.len());
    if own < payload {
        return None;
    }
    if let Some(at) = head[..payload].find("\"id\"") {
        return number_after_key(&head[at + 4..]).map(|(id, _)| id);
    }
    let tail = String::from_utf8_lossy(tail);
    let at = tail.rfind("\"id\"")?;
    if tail[..at].contains("\"method\"") {
        return None;
    }
    let (id, rest) = number_after_key(&tail[at + 4..])?;
    (rest.trim() == "}").then_some(id)
}

/// `: 123` → 123 and what follows it.
fn number_after_key(text: &str) -> Option<(u64, &str)> {
    let text = text.trim_start().strip_prefix(':')?.trim_start();
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    Some((text[..digits].parse().ok()?, &text[digits..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_all(max: usize, chunks: &[&[u8]]) -> Vec<Frame> {
        let mut codec = BoundedLines::new(max);
        let mut buf = BytesMut::new();
        let mut out = Vec::new();
        for chunk in chunks {
            buf.extend_from_slice(chunk);
            while let Some(frame) = codec.decode(&mut buf).unwrap() {
                out.push(frame);
            }
        }
        while let Some(frame) = codec.decode_eof(&mut buf).unwrap() {
            out.push(frame);
        }
        out
    }

    fn line(s: &str) -> Frame {
        Frame::Line(s.to_owned())
    }

    #[test]
    fn lines_within_the_limit_pass_whole_across_reads() {
        let frames = decode_all(10, &[b"abc\r\nde", b"f\n", b"0123456789\nlast"]);
        assert_eq!(
            frames,
            vec![line("abc"), line("def"), line("0123456789"), line("last")]
        );
    }

    #[test]
    fn an_over_long_answer_is_skipped_and_names_its_request() {
        let big = format!(
            r#"{{"jsonrpc":"2.0","id":7,"result":{{"text":"{}"}}}}"#,
            "x".repeat(5000)
        );
        let input = format!("{big}\n{{\"ok\":1}}\n");
        let (first, second) = input.as_bytes().split_at(1000);
        let frames = decode_all(100, &[first, second]);
        assert_eq!(
            frames,
            vec![
                Frame::Oversize {
                    size: big.len(),
                    response_to: Some(7)
                },
                line("{\"ok\":1}")
            ]
        );
    }

    #[test]
    fn the_id_is_read_from_the_end_when_the_result_comes_first() {
        let big = format!(
            r#"{{"result":{{"id":99,"t":"{}"}},"jsonrpc":"2.0","id":12}}"#,
            "y".repeat(3000)
        );
        let frames = decode_all(64, &[format!("{big}\n").as_bytes()]);
        assert_eq!(
            frames,
            vec![Frame::Oversize {
                size: big.len(),
                response_to: Some(12)
            }]
        );
    }

    #[test]
    fn a_servers_own_message_or_an_unreadable_id_names_no_request() {
        let note = format!(
            r#"{{"jsonrpc":"2.0","method":"notifications/message","params":{{"id":3,"d":"{}"}}}}"#,
            "z".repeat(3000)
        );
        let unread = format!(
            r#"{{"result":{{"t":"{}"}},"id":4,"extra":true}}"#,
            "z".repeat(3000)
        );
        let input = format!("{note}\n{unread}\n");
        let frames = decode_all(64, &[input.as_bytes()]);
        assert_eq!(
            frames,
            vec![
                Frame::Oversize {
                    size: note.len(),
                    response_to: None
                },
                Frame::Oversize {
                    size: unread.len(),
                    response_to: None
                }
            ]
        );
    }

    #[test]
    fn a_bad_line_is_a_frame_and_the_lines_after_it_still_come() {
        let input = b"{\"a\":1}\r\nxx\xffyy\n0123456789abcdef\nok\nlast";
        let chunks: Vec<&[u8]> = input.chunks(3).collect();
        assert_eq!(
            decode_all(10, &chunks),
            vec![
                line("{\"a\":1}"),
                Frame::NotUtf8,
                Frame::Oversize {
                    size: 16,
                    response_to: None
                },
                line("ok"),
                line("last"),
            ]
        );
        assert_eq!(
            decode_all(10, &[b"0123456789abcdef"]),
            vec![Frame::Oversize {
                size: 16,
                response_to: None
            }]
        );
        assert_eq!(decode_all(10, &[b"0123456789\n"]), vec![line("0123456789")]);
    }

    #[test]
    fn a_servers_request_with_params_first_names_no_call() {
        let pad = "p".repeat(3000);
        let params_first =
            format!(r#"{{"params":{{"pad":"{pad}"}},"method":"ping","jsonrpc":"2.0","id":5}}"#);
        let id_first =
            format!(r#"{{"jsonrpc":"2.0","id":5,"params":{{"pad":"{pad}"}},"method":"ping"}}"#);
        let input = format!("{params_first}\n{id_first}\n");
        for frame in decode_all(64, &[input.as_bytes()]) {
            assert!(
                matches!(
                    frame,
                    Frame::Oversize {
                        response_to: None,
                        ..
                    }
                ),
                "{frame:?}"
            );
        }
    }

    #[test]
    fn a_line_that_is_not_utf8_is_skipped() {
        let frames = decode_all(64, &[b"\xff\xfe\n{}\n"]);
        assert_eq!(frames, vec![Frame::NotUtf8, line("{}")]);
    }
}
