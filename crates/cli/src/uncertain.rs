//! `--uncertain DIR`: messages the classifier is unsure of, exported as a labelled corpus
//! (`labels.jsonl` beside the `.eml` files, the format `bounce-train` reads) for a person
//! to correct and retrain on.

use crate::output::MessageResult;
use anyhow::{Context, Result};
use bounce_model::Reason;
use serde::Serialize;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Serialize)]
struct ProposedRecipient {
    index: usize,
    status: String,
    replycode: String,
    reason: String,
    hardbounce: bool,
    #[serde(rename = "final")]
    is_final: bool,
}

#[derive(Serialize)]
struct ProposedLabel<'a> {
    file: String,
    bounce: bool,
    recipients: Vec<ProposedRecipient>,
    /// Where the message came from, so the user can find it.
    origin: &'a str,
    origin_message: usize,
}

/// Writes uncertain messages into a directory, continuing its numbering.
pub struct Exporter {
    dir: PathBuf,
    threshold: f64,
    next: usize,
    pub exported: usize,
}

impl Exporter {
    pub fn new(dir: &Path, threshold: f64) -> Result<Self> {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        let next = std::fs::read_dir(dir)?
            .filter_map(|e| e.ok())
            .filter_map(|e| {
                e.file_name()
                    .to_str()
                    .and_then(|n| n.strip_suffix(".eml"))
                    .and_then(|n| n.parse::<usize>().ok())
            })
            .max()
            .map_or(1, |n| n + 1);
        Ok(Exporter {
            dir: dir.to_path_buf(),
            threshold,
            next,
            exported: 0,
        })
    }

    /// Exports the message when any verdict is below the threshold or undecided.
    pub fn consider(&mut self, result: &MessageResult) -> Result<()> {
        let (Ok(verdicts), Some(raw)) = (&result.outcome, &result.raw) else {
            return Ok(());
        };
        let unsure = verdicts.iter().any(|v| {
            v.confidence < self.threshold || matches!(v.reason, Reason::OnHold | Reason::Undefined)
        });
        if !unsure {
            return Ok(());
        }
        let file = format!("{:05}.eml", self.next);
        self.next += 1;
        std::fs::write(self.dir.join(&file), raw)
            .with_context(|| format!("writing {}", self.dir.join(&file).display()))?;
        let bounce = !verdicts.iter().all(|v| v.reason == Reason::NotBounce);
        let recipients = if bounce {
            verdicts
                .iter()
                .enumerate()
                .map(|(i, v)| ProposedRecipient {
                    index: i + 1,
                    status: v.status.map(|s| s.to_string()).unwrap_or_default(),
                    replycode: v.reply_code.map(|c| c.to_string()).unwrap_or_default(),
                    reason: v.reason.to_string(),
                    hardbounce: v.hard,
                    is_final: v.is_final,
                })
                .collect()
        } else {
            Vec::new()
        };
        let label = ProposedLabel {
            file,
            bounce,
            recipients,
            origin: &result.source,
            origin_message: result.index,
        };
        let labels = self.dir.join("labels.jsonl");
        let mut out = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&labels)
            .with_context(|| format!("opening {}", labels.display()))?;
        serde_json::to_writer(&mut out, &label)?;
        out.write_all(b"\n")?;
        self.exported += 1;
        Ok(())
    }
}
