//! `dateline tag --jsonl`: a stream of documents tagged on every core, written in input order.
//!
//! One thread reads lines into chunks, workers tag chunks as they come, and the calling thread
//! writes results in input order. Reading, tagging and writing overlap, so no core waits for a
//! batch to finish. Memory is bounded: at most [`IN_FLIGHT`] chunks are read and not yet
//! written, however long the stream and however slow one document is.

use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::sync::mpsc::{Receiver, SyncSender, channel, sync_channel};
use std::sync::{Arc, Mutex};

use anyhow::Context as _;

use crate::extract::Dct;

/// Lines per chunk, and the most bytes a chunk holds.
const CHUNK_LINES: usize = 32;
const CHUNK_BYTES: usize = 1 << 20;

/// Chunks read and not yet written, at most.
const IN_FLIGHT: usize = 16;

/// Numbered input lines (blank lines keep their numbers).
type Chunk = Vec<(usize, String)>;

/// What a worker makes of one chunk: an output line per document, `None` for a blank line.
type Tagged = Vec<anyhow::Result<Option<String>>>;

/// Tags every line of `input` with `tag_line` on all cores and writes the results to `output`
/// in input order. Stops at the first bad line, after writing every line before it.
pub(super) fn stream(
    input: impl BufRead + Send + 'static,
    output: &mut impl Write,
    default_dct: Option<Dct>,
    tag_line: fn(usize, &str, Option<&Dct>) -> anyhow::Result<Option<String>>,
) -> anyhow::Result<()> {
    let workers = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .min(8);
    let (ticket_tx, ticket_rx) = sync_channel::<()>(IN_FLIGHT);
    for _ in 0..IN_FLIGHT {
        ticket_tx.send(()).context("cannot start the tagger")?;
    }
    let (chunk_tx, chunk_rx) = sync_channel::<(usize, Chunk)>(workers);
    let (done_tx, done_rx) = channel::<(usize, Tagged)>();
    // Not scoped: when the writer stops (a bad line, a closed pipe), nothing waits for a
    // reader that may be blocked on a terminal.
    let reader = std::thread::spawn(move || read_chunks(input, &ticket_rx, &chunk_tx));
    let chunk_rx = Arc::new(Mutex::new(chunk_rx));
    for _ in 0..workers {
        let chunk_rx = Arc::clone(&chunk_rx);
        let done_tx = done_tx.clone();
        std::thread::spawn(move || {
            // The receiver is dropped with the last worker, which unblocks the reader.
            while let Some((id, chunk)) = next_chunk(&chunk_rx) {
                let tagged = chunk
                    .iter()
                    .map(|(n, line)| tag_line(*n, line, default_dct.as_ref()))
                    .collect();
                if done_tx.send((id, tagged)).is_err() {
                    return;
                }
            }
        });
    }
    drop(done_tx);
    drop(chunk_rx);
    write_in_order(&done_rx, &ticket_tx, output)?;
    // Every chunk was written: the reader has stopped, at the end of input or on an error.
    reader
        .join()
        .map_err(|_| anyhow::anyhow!("the reader stopped unexpectedly"))?
}

/// The next chunk for a worker; `None` when the input is exhausted.
fn next_chunk(chunks: &Mutex<Receiver<(usize, Chunk)>>) -> Option<(usize, Chunk)> {
    chunks.lock().ok()?.recv().ok()
}

/// Reads chunks while tickets allow; stops at the end of input, or when nobody listens.
fn read_chunks(
    mut input: impl BufRead,
    tickets: &Receiver<()>,
    chunks: &SyncSender<(usize, Chunk)>,
) -> anyhow::Result<()> {
    let mut first_line = 1;
    for id in 0.. {
        if tickets.recv().is_err() {
            return Ok(());
        }
        let chunk = read_chunk(&mut input, first_line)?;
        if chunk.is_empty() {
            return Ok(());
        }
        first_line += chunk.len();
        if chunks.send((id, chunk)).is_err() {
            return Ok(());
        }
    }
    Ok(())
}

/// The next lines of `input`, numbered from `first_line`.
fn read_chunk(input: &mut impl BufRead, first_line: usize) -> anyhow::Result<Chunk> {
    let mut chunk = Vec::with_capacity(CHUNK_LINES);
    let mut bytes = 0;
    while chunk.len() < CHUNK_LINES && bytes < CHUNK_BYTES {
        let line_number = first_line + chunk.len();
        let mut line = String::new();
        let read = input
            .read_line(&mut line)
            .with_context(|| format!("cannot read standard input at line {line_number}"))?;
        if read == 0 {
            break;
        }
        bytes += read;
        chunk.push((line_number, line));
    }
    Ok(chunk)
}

/// Writes tagged chunks in input order as they arrive, returning a ticket per chunk written.
fn write_in_order(
    done: &Receiver<(usize, Tagged)>,
    tickets: &SyncSender<()>,
    output: &mut impl Write,
) -> anyhow::Result<()> {
    let mut waiting: BTreeMap<usize, Tagged> = BTreeMap::new();
    let mut next = 0;
    while let Ok((id, tagged)) = done.recv() {
        waiting.insert(id, tagged);
        while let Some(tagged) = waiting.remove(&next) {
            for result in tagged {
                if let Some(line) = result? {
                    output.write_all(line.as_bytes())?;
                    output.write_all(b"\n")?;
                }
            }
            next += 1;
            // The reader may have stopped already: a ticket nobody takes is no error.
            let _ = tickets.try_send(());
        }
    }
    if !waiting.is_empty() {
        anyhow::bail!("the tagger stopped unexpectedly");
    }
    output.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::fmt::Write as _;

    use super::*;

    fn echo(n: usize, line: &str, _: Option<&Dct>) -> anyhow::Result<Option<String>> {
        match line.trim() {
            "" => Ok(None),
            "bad" => anyhow::bail!("line {n} is bad"),
            text => Ok(Some(format!("{n}:{text}"))),
        }
    }

    #[test]
    fn writes_in_input_order_and_stops_at_a_bad_line() {
        let input = (0..1000).fold(String::new(), |mut s, i| {
            writeln!(s, "doc{i}").unwrap();
            s
        });
        let mut out = Vec::new();
        stream(std::io::Cursor::new(input), &mut out, None, echo).unwrap();
        let lines: Vec<String> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(String::from)
            .collect();
        assert_eq!(lines.len(), 1000);
        for (i, line) in lines.iter().enumerate() {
            assert_eq!(line, &format!("{}:doc{i}", i + 1));
        }
        let input: String = (0..1000)
            .map(|i| {
                if i == 700 {
                    "bad\n".to_owned()
                } else {
                    format!("doc{i}\n")
                }
            })
            .collect();
        let mut out = Vec::new();
        let err = stream(std::io::Cursor::new(input), &mut out, None, echo).unwrap_err();
        assert_eq!(err.to_string(), "line 701 is bad");
        assert_eq!(String::from_utf8(out).unwrap().lines().count(), 700);
    }
}
