//! RFC 3464 delivery-status fields: per-message and per-recipient groups.

use crate::address;
use crate::report::Action;
use crate::status::{Status, find_status};
use crate::text::clip;
use std::borrow::Cow;

/// One `Name: value` field, continuation lines joined.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Field {
    pub name: String,
    pub value: String,
}

/// A field as [`groups`] reads it: the name in lower case, both borrowed from the text
/// when they can be (a lower-case name, a one-line value).
struct TextField<'a> {
    name: Cow<'a, str>,
    value: Cow<'a, str>,
}

/// The fields of one DSN recipient group.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct DsnRecipient {
    pub final_recipient: Option<String>,
    pub original_recipient: Option<String>,
    pub action: Option<Action>,
    pub status: Option<Status>,
    pub remote_mta: Option<String>,
    pub diagnostic_type: Option<String>,
    pub diagnostic: String,
    /// The words after the code in `Status:` ("4.0.0 (host name lookup failure)"): the
    /// only diagnostic some reports give.
    pub status_comment: String,
    pub will_retry_until: Option<String>,
}

impl DsnRecipient {
    pub fn address(&self) -> Option<&str> {
        self.final_recipient
            .as_deref()
            .or(self.original_recipient.as_deref())
    }
}

/// The parsed delivery-status part.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Dsn {
    pub reporting_mta: Option<String>,
    pub recipients: Vec<DsnRecipient>,
    /// The first recipient group that names no recipient (a broken report: `Action` and
    /// `Status` without `Final-Recipient`), kept apart: the caller may know the address
    /// from elsewhere.
    pub unnamed: Option<DsnRecipient>,
}

/// Longest field value kept, folded continuation lines included: a diagnostic is a few
/// lines, and a hostile one must not carry megabytes into every later stage.
const MAX_FIELD_BYTES: usize = 16 << 10;

/// Splits `text` into groups of fields separated by blank lines. Lines that are neither a
/// field nor a continuation end the current field and are skipped.
fn groups(text: &str, max_fields: usize) -> Vec<Vec<TextField<'_>>> {
    let mut groups: Vec<Vec<TextField<'_>>> = vec![Vec::new()];
    let mut fields = 0;
    for line in text.lines() {
        if line.trim().is_empty() {
            if groups.last().is_some_and(|g| !g.is_empty()) {
                groups.push(Vec::new());
            }
            continue;
        }
        let group = groups.last_mut().expect("never empty");
        if line.starts_with([' ', '\t']) {
            if let Some(field) = group.last_mut()
                && field.value.len() < MAX_FIELD_BYTES
            {
                let value = field.value.to_mut();
                value.push(' ');
                let room = MAX_FIELD_BYTES - value.len();
                value.push_str(clip(line.trim(), room));
            }
            continue;
        }
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let name = name.trim();
        if name.is_empty() || name.len() > 40 || name.contains(' ') {
            continue;
        }
        fields += 1;
        if fields > max_fields {
            break;
        }
        group.push(TextField {
            name: field_name(name),
            value: Cow::Borrowed(clip(value.trim(), MAX_FIELD_BYTES)),
        });
    }
    groups.retain(|g| !g.is_empty());
    groups
}

/// All fields of `text`, groups flattened (for feedback reports).
pub(crate) fn fields(text: &str, max_fields: usize) -> Vec<Field> {
    groups(text, max_fields)
        .into_iter()
        .flatten()
        .map(|f| Field {
            name: f.name.into_owned(),
            value: f.value.into_owned(),
        })
        .collect()
}

/// The part of a typed value after `type;` (`dns; mx.example.org` → `mx.example.org`).
fn untyped(value: &str) -> (Option<String>, &str) {
    match value.split_once(';') {
        Some((kind, rest)) if !kind.contains(' ') && kind.len() < 20 => {
            (Some(kind.trim().to_ascii_lowercase()), rest.trim())
        }
        _ => (None, value.trim()),
    }
}

fn host(value: &str) -> Option<String> {
    let (_, host) = untyped(value);
    let host = host.split_whitespace().next()?.trim_end_matches('.');
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// The fields a delivery-status reader acts on, in lower case.
const READ_FIELDS: &[&str] = &[
    "reporting-mta",
    "final-recipient",
    "original-recipient",
    "x-actual-recipient",
    "action",
    "status",
    "remote-mta",
    "diagnostic-code",
    "will-retry-until",
];

/// A field's name in lower case: for the fields read, the list's own copy, so that the
/// usual `Final-Recipient` costs no allocation.
fn field_name(name: &str) -> Cow<'_, str> {
    match READ_FIELDS.iter().find(|f| f.eq_ignore_ascii_case(name)) {
        Some(&known) => Cow::Borrowed(known),
        None => crate::text::ascii_lowercase(name),
    }
}

fn is_recipient_field(name: &str) -> bool {
    matches!(
        name,
        "final-recipient" | "original-recipient" | "x-actual-recipient"
    )
}

/// Parses the delivery-status text. Broken reports that leave out the blank lines between
/// recipients are split at each `Final-Recipient`.
pub(crate) fn parse(text: &str, max_fields: usize) -> Dsn {
    let mut dsn = Dsn::default();
    for group in groups(text, max_fields) {
        if !group.iter().any(|f| is_recipient_field(&f.name)) {
            for f in &group {
                if f.name == "reporting-mta" && dsn.reporting_mta.is_none() {
                    dsn.reporting_mta = host(&f.value);
                }
            }
            // A group of recipient fields without the recipient line still belongs to the
            // previous recipient (some servers put a blank line inside a group).
            if let Some(last) = dsn.recipients.last_mut() {
                for f in &group {
                    apply(last, f);
                }
            } else if dsn.unnamed.is_none()
                && group
                    .iter()
                    .any(|f| f.name == "action" || f.name == "status")
            {
                let mut unnamed = DsnRecipient::default();
                for f in &group {
                    apply(&mut unnamed, f);
                }
                dsn.unnamed = Some(unnamed);
            }
            continue;
        }
        let mut current = DsnRecipient::default();
        let mut started = false;
        for f in &group {
            let new_record = match &*f.name {
                "final-recipient" => current.final_recipient.is_some(),
                "original-recipient" => current.original_recipient.is_some(),
                _ => false,
            };
            if new_record && started {
                dsn.recipients.push(std::mem::take(&mut current));
            }
            if f.name == "reporting-mta" && dsn.reporting_mta.is_none() {
                dsn.reporting_mta = host(&f.value);
            }
            apply(&mut current, f);
            started = true;
        }
        if current.address().is_some() {
            dsn.recipients.push(current);
        }
    }
    dsn
}

fn apply(r: &mut DsnRecipient, f: &TextField<'_>) {
    match &*f.name {
        "final-recipient" => {
            r.final_recipient = address::from_field(&f.value).or(r.final_recipient.take())
        }
        "original-recipient" => {
            r.original_recipient = address::from_field(&f.value).or(r.original_recipient.take())
        }
        "x-actual-recipient" if r.final_recipient.is_none() => {
            r.final_recipient = address::from_field(&f.value)
        }
        "action" => r.action = Action::parse(&f.value).or(r.action),
        "status" => {
            let found = find_status(&f.value);
            if let Some((start, _, len)) = found {
                let comment = f.value[start + len..].trim();
                let comment = comment.strip_prefix('(').unwrap_or(comment);
                let comment = comment.strip_suffix(')').unwrap_or(comment);
                r.status_comment = comment.trim().to_string();
            }
            r.status = found.map(|(_, s, _)| s).or(r.status);
        }
        "remote-mta" => r.remote_mta = host(&f.value).or(r.remote_mta.take()),
        "diagnostic-code" => {
            let (kind, text) = untyped(&f.value);
            r.diagnostic_type = kind.or(r.diagnostic_type.take());
            if !text.is_empty() {
                r.diagnostic = text.to_string();
            }
        }
        "will-retry-until" => r.will_retry_until = Some(f.value.to_string()),
        _ => {}
    }
}

/// Finds DSN field blocks written into a text part (reports with a lost or wrong content
/// type): the lines from the first `Final-Recipient:`/`Original-Recipient:` group on.
pub(crate) fn inline(text: &str) -> Option<&str> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let lower = line.trim_start().to_ascii_lowercase();
        if lower.starts_with("final-recipient:")
            || lower.starts_with("original-recipient:")
            || lower.starts_with("reporting-mta:")
        {
            return Some(&text[offset..]);
        }
        offset += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_status_comment_is_what_follows_the_code() {
        let text = "Final-Recipient: rfc822; a@example.net\nAction: failed\n\
                    Status: \u{fffd}\u{fffd} 5.2.2 (mailbox full)\n";
        let dsn = parse(text, 100);
        assert_eq!(dsn.recipients[0].status, Some(Status::new(5, 2, 2)));
        assert_eq!(dsn.recipients[0].status_comment, "mailbox full");
    }

    #[test]
    fn two_recipients() {
        let text = "Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; a@example.net\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 no such\n  user\n\nOriginal-Recipient: rfc822;b@example.net\nFinal-Recipient: rfc822; B@example.net\nAction: delayed\nStatus: 4.2.2\nRemote-MTA: dns; mx.example.net.\n";
        let dsn = parse(text, 1000);
        assert_eq!(dsn.reporting_mta.as_deref(), Some("mx.example.org"));
        assert_eq!(dsn.recipients.len(), 2);
        assert_eq!(dsn.recipients[0].diagnostic, "550 5.1.1 no such user");
        assert_eq!(dsn.recipients[0].diagnostic_type.as_deref(), Some("smtp"));
        assert_eq!(
            dsn.recipients[1].final_recipient.as_deref(),
            Some("b@example.net")
        );
        assert_eq!(dsn.recipients[1].action, Some(Action::Delayed));
        assert_eq!(
            dsn.recipients[1].remote_mta.as_deref(),
            Some("mx.example.net")
        );
    }

    #[test]
    fn no_blank_lines() {
        let text = "Reporting-MTA: dns; x.example\nFinal-Recipient: rfc822; a@example.net\nAction: failed\nStatus: 5.1.1\nFinal-Recipient: rfc822; c@example.net\nAction: failed\nStatus: 5.2.2\n";
        let dsn = parse(text, 1000);
        assert_eq!(dsn.recipients.len(), 2);
        assert_eq!(dsn.recipients[1].status, Some(Status::new(5, 2, 2)));
    }
}
