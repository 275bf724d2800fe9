//! `bounce classify`: every message of every input, in parallel, written in input order.

use crate::input::Source;
use crate::output::{MessageResult, Table, json_values, write_jsonl};
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

/// All messages of one source; an unreadable source is one error result.
pub fn classify_source(
    classifier: &Classifier,
    source: &Source,
    keep_raw: bool,
) -> Vec<MessageResult> {
    let name = source.name();
    if let Some(error) = too_large_to_read(classifier, source) {
        return vec![MessageResult {
            source: name,
            index: 0,
            outcome: Err(error),
            raw: None,
        }];
    }
    let bytes = match source.read() {
        Ok(b) => b,
        Err(e) => {
            return vec![MessageResult {
                source: name,
                index: 0,
                outcome: Err(format!("cannot read: {e}")),
                raw: None,
            }];
        }
    };
    let messages = mbox::split(&bytes);
    let one = |(index, message): (usize, &&[u8])| MessageResult {
        source: name.clone(),
        index,
        outcome: classify_guarded(classifier, message),
        raw: keep_raw.then(|| message.to_vec()),
    };
    if messages.len() > PARALLEL_MESSAGES {
        messages.par_iter().enumerate().map(one).collect()
    } else {
        messages.iter().enumerate().map(one).collect()
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

/// Classifies `sources` and writes the results to `out` in input order.
pub fn run(
    classifier: &Classifier,
    sources: &[Source],
    format: Format,
    mut exporter: Option<&mut Exporter>,
    progress: &ProgressBar,
    out: &mut impl Write,
) -> Result<Totals> {
    let mut totals = Totals::default();
    let mut table = Table::default();
    let mut array: Vec<serde_json::Value> = Vec::new();
    let keep_raw = exporter.is_some();
    // Batches keep memory bounded while every core works on one batch at a time.
    for batch in sources.chunks(256) {
        let results: Vec<Vec<MessageResult>> = batch
            .par_iter()
            .map(|s| classify_source(classifier, s, keep_raw))
            .collect();
        for result in results.iter().flatten() {
            totals.messages += 1;
            totals.errors += usize::from(result.outcome.is_err());
            totals.truncated += usize::from(
                result
                    .outcome
                    .as_ref()
                    .is_ok_and(|v| v.first().is_some_and(|v| v.truncated)),
            );
            match format {
                Format::Jsonl => write_jsonl(out, result)?,
                Format::Json => array.extend(json_values(result)),
                Format::Table => table.write(out, result)?,
            }
            if let Some(e) = exporter.as_deref_mut() {
                e.consider(result)?;
            }
        }
        progress.inc(batch.len() as u64);
    }
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &array)?;
            writeln!(out)?;
        }
        Format::Table => table.finish(out)?,
        Format::Jsonl => {}
    }
    out.flush()?;
    Ok(totals)
}
