//! Output formats: JSON lines, a JSON array, or a table with a per-reason summary.

use bounce_runtime::Verdict;
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;

/// The outcome for one message of one source.
pub struct MessageResult {
    pub source: String,
    /// 0-based index of the message inside its source (an mbox holds several).
    pub index: usize,
    pub outcome: Result<Vec<Verdict>, String>,
    /// The message bytes, kept only when they are needed (`--uncertain`).
    pub raw: Option<Vec<u8>>,
}

#[derive(Serialize)]
struct VerdictLine<'a> {
    source: &'a str,
    message: usize,
    #[serde(flatten)]
    verdict: &'a Verdict,
}

#[derive(Serialize)]
struct ErrorLine<'a> {
    source: &'a str,
    message: usize,
    error: &'a str,
}

/// The JSON values of a result: one per verdict, or one error object.
pub fn json_values(result: &MessageResult) -> Vec<serde_json::Value> {
    match &result.outcome {
        Ok(verdicts) => verdicts
            .iter()
            .map(|v| {
                serde_json::to_value(VerdictLine {
                    source: &result.source,
                    message: result.index,
                    verdict: v,
                })
                .expect("verdicts serialise")
            })
            .collect(),
        Err(e) => vec![
            serde_json::to_value(ErrorLine {
                source: &result.source,
                message: result.index,
                error: e,
            })
            .expect("errors serialise"),
        ],
    }
}

/// One JSON line per verdict (or per error).
pub fn write_jsonl(out: &mut impl Write, result: &MessageResult) -> std::io::Result<()> {
    match &result.outcome {
        Ok(verdicts) => {
            for v in verdicts {
                serde_json::to_writer(
                    &mut *out,
                    &VerdictLine {
                        source: &result.source,
                        message: result.index,
                        verdict: v,
                    },
                )?;
                out.write_all(b"\n")?;
            }
        }
        Err(e) => {
            serde_json::to_writer(
                &mut *out,
                &ErrorLine {
                    source: &result.source,
                    message: result.index,
                    error: e,
                },
            )?;
            out.write_all(b"\n")?;
        }
    }
    Ok(())
}

fn cut(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut s: String = text.chars().take(width.saturating_sub(1)).collect();
    s.push('…');
    s
}

/// Table rows, and the counts for the summary.
#[derive(Default)]
pub struct Table {
    per_reason: BTreeMap<String, usize>,
    errors: usize,
    truncated: usize,
    header: bool,
}

impl Table {
    pub fn write(&mut self, out: &mut impl Write, result: &MessageResult) -> std::io::Result<()> {
        if !self.header {
            writeln!(
                out,
                "{:<34} {:<32} {:<15} {:>5} {:<5} {:<22} {:<7} DECIDED BY",
                "SOURCE#MESSAGE", "RECIPIENT", "REASON", "CONF", "HARD", "ACTION", "STATUS"
            )?;
            self.header = true;
        }
        let where_ = cut(&format!("{}#{}", result.source, result.index), 34);
        match &result.outcome {
            Ok(verdicts) => {
                for v in verdicts {
                    *self.per_reason.entry(v.reason.to_string()).or_default() += 1;
                    let status = v
                        .status
                        .map(|s| s.to_string())
                        .unwrap_or_else(|| "-".into());
                    let reason = if v.is_final {
                        v.reason.to_string()
                    } else {
                        format!("{} (delay)", v.reason)
                    };
                    writeln!(
                        out,
                        "{:<34} {:<32} {:<15} {:>5.2} {:<5} {:<22} {:<7} {}",
                        where_,
                        cut(v.recipient.as_deref().unwrap_or("-"), 32),
                        reason,
                        v.confidence,
                        if v.hard { "yes" } else { "no" },
                        v.action.as_str(),
                        status,
                        v.decided_by.join(" ")
                    )?;
                }
                if verdicts.first().is_some_and(|v| v.truncated) {
                    self.truncated += 1;
                    writeln!(
                        out,
                        "{:<34} truncated: more recipients than --max-recipients allows",
                        where_
                    )?;
                }
            }
            Err(e) => {
                self.errors += 1;
                writeln!(out, "{:<34} error: {e}", where_)?;
            }
        }
        Ok(())
    }

    /// The per-reason summary after the rows.
    pub fn finish(&self, out: &mut impl Write) -> std::io::Result<()> {
        let total: usize = self.per_reason.values().sum();
        writeln!(out)?;
        writeln!(
            out,
            "{total} verdict(s), {} error(s), {} truncated message(s)",
            self.errors, self.truncated
        )?;
        let mut rows: Vec<(&String, &usize)> = self.per_reason.iter().collect();
        rows.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (reason, n) in rows {
            writeln!(out, "  {reason:<16} {n:>6}")?;
        }
        Ok(())
    }
}
