//! From corpus items to parsed reports and labelled recipients.

use crate::corpus::{Content, Item, TruthRecipient};
use bounce_features::{Evidence, Limits, Report, mbox};

/// The reports of an item: one per message of its file (an mbox may hold several), or one
/// for a snippet. A message that cannot be read or parsed is an `Err` naming why.
pub fn reports(item: &Item, limits: &Limits) -> Vec<Result<Report, String>> {
    match &item.content {
        Content::Text(text) => vec![Ok(bounce_features::report_from_text(text))],
        Content::Message(path) => match std::fs::read(path) {
            Err(e) => vec![Err(format!("{}: {e}", path.display()))],
            Ok(bytes) => mbox::split(&bytes)
                .into_iter()
                .map(|m| {
                    bounce_features::parse_with(m, limits)
                        .map_err(|e| format!("{}: {e}", path.display()))
                })
                .collect(),
        },
    }
}

/// The item's recipients paired with their labels, in order. The labels and the parser
/// must agree on the number of recipients; otherwise the item is reported and skipped
/// for training (it still counts, as wrong, in evaluation).
pub fn aligned(
    item: &Item,
    reports: &[Result<Report, String>],
) -> Result<Vec<(Evidence, TruthRecipient)>, String> {
    let mut evidence: Vec<Evidence> = Vec::new();
    for r in reports {
        match r {
            Ok(report) if report.kind.is_failure() => {
                evidence.extend(report.recipients.iter().cloned())
            }
            Ok(_) => {}
            Err(e) => return Err(e.clone()),
        }
    }
    let truth = item.labels.expand(evidence.len());
    let failures: Vec<TruthRecipient> = truth
        .into_iter()
        .filter(|t| t.reason.is_failure())
        .collect();
    if failures.is_empty() {
        return Ok(Vec::new());
    }
    if failures.len() != evidence.len() {
        return Err(format!(
            "{}: labelled {} failed recipient(s), the parser found {}: skipped",
            item.name,
            failures.len(),
            evidence.len()
        ));
    }
    Ok(evidence.into_iter().zip(failures).collect())
}
