//! Newline-delimited JSON-RPC over stdin/stdout, for benchmarking a gateway's
//! stdio upstream connector.

use std::io::{self, BufRead, BufReader, BufWriter, Write};

use super::handler::{Reply, handle_message};

/// Serves messages from stdin until it closes.
///
/// Output is flushed only when no further input is already buffered, so a peer
/// that pipelines requests gets its responses in few writes.
pub fn serve() -> io::Result<()> {
    let mut input = BufReader::with_capacity(64 * 1024, io::stdin().lock());
    let mut output = BufWriter::with_capacity(64 * 1024, io::stdout().lock());
    let mut line = Vec::with_capacity(4096);
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            return output.flush();
        }
        let msg = line.trim_ascii();
        if msg.is_empty() {
            continue;
        }
        match handle_message(msg) {
            Reply::Accepted => {}
            Reply::Response { body, .. } | Reply::Invalid(body) => {
                output.write_all(&body)?;
                output.write_all(b"\n")?;
            }
        }
        if input.buffer().is_empty() {
            output.flush()?;
        }
    }
}
