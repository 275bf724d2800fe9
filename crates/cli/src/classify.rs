//! `bounce classify`: every message of every input, in parallel, written in input order.

use crate::input::Source;
use crate::output::{MessageResult, Table, json_values, write_jsonl};
use crate::stream::{self, Piece, StreamSettings};
use crate::uncertain::Exporter;
use anyhow::Result;
use bounce_features::mbox;
use bounce_runtime::{Classifier, Verdict};
use indicatif::ProgressBar;
use rayon::prelude::*;
use std::io::Write;
use std::panic::AssertUnwindSafe;

/// How results are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One JSON object per verdict (or per unreadable message) per line.
    Jsonl,
    /// One JSON array of those objects.
    Json,
    /// A table for people, with a per-reason summary at the end.
    Table,
}

/// Messages in one source above which the source itself is split across threads.
const PARALLEL_MESSAGES: usize = 32;

/// Classifies one message. A panic (a bug: parsing is meant never to panic) becomes this
/// message's error record, so that the rest of the batch is still written.
fn classify_guarded(classifier: &Classifier, message: &[u8]) -> Result<Vec<Verdict>, String> {
    match std::panic::catch_unwind(AssertUnwindSafe(|| classifier.classify(message))) {
        Ok(outcome) => outcome.map_err(|e| e.to_string()),
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown".into());
            Err(format!(
                "internal error while classifying (please report): {what}"
            ))
        }
    }
}

/// A file over the message-size limit that is not an mbox would only be refused after
/// parsing starts: say so without reading it into memory.
fn too_large_to_read(classifier: &Classifier, source: &Source) -> Option<String> {
    let Source::File(path) = source else {
        return None;
    };
    let limit = classifier.options().limits.max_message_bytes;
    let size = std::fs::metadata(path).ok()?.len();
    if size <= limit as u64 {
        return None;
    }
    let mut head = [0u8; 1024];
    let n = std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read(&mut f, &mut head))
        .ok()?;
    (!mbox::is_mbox(&head[..n])).then(|| {
        format!("the message has {size} bytes, over the limit of {limit} (--max-message-bytes)")
    })
}

/// Files larger than this, and standard input, are read a chunk at a time (see
/// `stream`), so that memory does not grow with the mbox and output starts early.
pub const STREAM_BYTES: u64 = 16 << 20;

/// Bytes read at a time from a streamed source.
const CHUNK_BYTES: usize = 8 << 20;

/// True when `source` is read a chunk at a time rather than whole.
fn streamed(source: &Source) -> bool {
    match source {
        Source::Stdin => true,
        Source::File(path) => std::fs::metadata(path).is_ok_and(|m| m.len() > STREAM_BYTES),
    }
}

/// The results of `messages` (consecutive messages of one source, the first numbered
/// `first`), classified in parallel when there are enough of them.
fn classify_messages(
    classifier: &Classifier,
    name: &str,
    first: usize,
    messages: &[&[u8]],
    keep_raw: bool,
) -> Vec<MessageResult> {
    let one = |(offset, message): (usize, &&[u8])| MessageResult {
        source: name.to_string(),
        index: first + offset,
        outcome: classify_guarded(classifier, message),
        raw: keep_raw.then(|| message.to_vec()),
    };
    if messages.len() > PARALLEL_MESSAGES {
        messages.par_iter().enumerate().map(one).collect()
    } else {
        messages.iter().enumerate().map(one).collect()
    }
}

/// One error result for message `index` of `source`.
fn error_result(name: &str, index: usize, error: String) -> MessageResult {
    MessageResult {
        source: name.to_string(),
        index,
        outcome: Err(error),
        raw: None,
    }
}

/// All messages of one source read whole; an unreadable source is one error result.
pub fn classify_source(
    classifier: &Classifier,
    source: &Source,
    keep_raw: bool,
) -> Vec<MessageResult> {
    let name = source.name();
    if let Some(error) = too_large_to_read(classifier, source) {
        return vec![error_result(&name, 0, error)];
    }
    match source.read() {
        Ok(bytes) => classify_messages(classifier, &name, 0, &mbox::split(&bytes), keep_raw),
        Err(e) => vec![error_result(&name, 0, format!("cannot read: {e}"))],
    }
}

/// Totals of a run.
#[derive(Debug, Default)]
pub struct Totals {
    pub messages: usize,
    pub errors: usize,
    /// Messages whose recipients were cut at `--max-recipients`.
    pub truncated: usize,
}

/// Where results go, in input order: the chosen format, the uncertain-message exporter,
/// the totals and the progress bar.
struct Sink<'a, W: Write> {
    format: Format,
    out: &'a mut W,
    exporter: Option<&'a mut Exporter>,
    progress: &'a ProgressBar,
    table: Table,
    array: Vec<serde_json::Value>,
    totals: Totals,
}

impl<W: Write> Sink<'_, W> {
    fn write(&mut self, results: &[MessageResult]) -> Result<()> {
        for result in results {
            self.totals.messages += 1;
            self.totals.errors += usize::from(result.outcome.is_err());
            self.totals.truncated += usize::from(
                result
                    .outcome
                    .as_ref()
                    .is_ok_and(|v| v.first().is_some_and(|v| v.truncated)),
            );
            match self.format {
                Format::Jsonl => write_jsonl(self.out, result)?,
                Format::Json => self.array.extend(json_values(result)),
                Format::Table => self.table.write(self.out, result)?,
            }
            if let Some(e) = self.exporter.as_deref_mut() {
                e.consider(result)?;
            }
        }
        self.progress
            .set_message(format!("{} messages", self.totals.messages));
        Ok(())
    }

    fn finish(self) -> Result<Totals> {
        match self.format {
            Format::Json => {
                serde_json::to_writer_pretty(&mut *self.out, &self.array)?;
                writeln!(self.out)?;
            }
            Format::Table => self.table.finish(self.out)?,
            Format::Jsonl => {}
        }
        self.out.flush()?;
        Ok(self.totals)
    }
}

/// Reads `source` a chunk at a time, classifying and writing each chunk's messages.
fn stream_source(
    classifier: &Classifier,
    source: &Source,
    keep_raw: bool,
    sink: &mut Sink<'_, impl Write>,
) -> Result<()> {
    let name = source.name();
    // A single message over the limit is refused before any of it is read.
    if let Some(error) = too_large_to_read(classifier, source) {
        return sink.write(&[error_result(&name, 0, error)]);
    }
    let reader: Box<dyn std::io::Read> = match source {
        Source::Stdin => Box::new(std::io::stdin().lock()),
        Source::File(path) => match std::fs::File::open(path) {
            Ok(file) => Box::new(file),
            Err(e) => return sink.write(&[error_result(&name, 0, format!("cannot read: {e}"))]),
        },
    };
    let settings = StreamSettings {
        chunk_bytes: CHUNK_BYTES,
        max_message_bytes: classifier.options().limits.max_message_bytes,
    };
    stream::for_each_piece(reader, settings, |piece| {
        let results = match piece {
            Piece::Messages { first, messages } => {
                sink.progress
                    .inc(messages.iter().map(|m| m.len() as u64).sum());
                classify_messages(classifier, &name, first, &messages, keep_raw)
            }
            Piece::TooLarge { index, limit } => vec![error_result(
                &name,
                index,
                format!(
                    "the message has more than {limit} bytes, the limit (--max-message-bytes); skipped"
                ),
            )],
            Piece::ReadFailed { index, error } => vec![error_result(
                &name,
                index,
                format!("cannot read further: {error}"),
            )],
        };
        sink.write(&results)
    })?;
    Ok(())
}

/// Classifies `sources` and writes the results to `out` in input order.
pub fn run(
    classifier: &Classifier,
    sources: &[Source],
    format: Format,
    exporter: Option<&mut Exporter>,
    progress: &ProgressBar,
    out: &mut impl Write,
) -> Result<Totals> {
    let mut sink = Sink {
        format,
        out,
        exporter,
        progress,
        table: Table::default(),
        array: Vec::new(),
        totals: Totals::default(),
    };
    let keep_raw = sink.exporter.is_some();
    // Small sources go in batches, every core working on one batch at a time; memory is
    // bounded by the batch.
    let mut batch: Vec<&Source> = Vec::new();
    let flush = |batch: &mut Vec<&Source>, sink: &mut Sink<'_, _>| -> Result<()> {
        let results: Vec<Vec<MessageResult>> = batch
            .par_iter()
            .map(|s| classify_source(classifier, s, keep_raw))
            .collect();
        for (source, results) in batch.iter().zip(&results) {
            sink.write(results)?;
            sink.progress.inc(source_bytes(source));
        }
        batch.clear();
        Ok(())
    };
    for source in sources {
        if streamed(source) {
            flush(&mut batch, &mut sink)?;
            stream_source(classifier, source, keep_raw, &mut sink)?;
        } else {
            batch.push(source);
            if batch.len() == 256 {
                flush(&mut batch, &mut sink)?;
            }
        }
    }
    flush(&mut batch, &mut sink)?;
    sink.finish()
}

/// The size of a source in bytes, for progress (0 when unknown).
pub fn source_bytes(source: &Source) -> u64 {
    match source {
        Source::Stdin => 0,
        Source::File(path) => std::fs::metadata(path).map_or(0, |m| m.len()),
    }
}
