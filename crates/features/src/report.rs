//! What the parser returns: a [`Report`] with one [`Evidence`] per recipient.

use crate::command::SmtpCommand;
use crate::status::Status;
use serde::{Deserialize, Serialize};

/// What sort of message this is, as far as its structure and wording tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A failure or delay report with an RFC 3464 `message/delivery-status` part.
    Dsn,
    /// A failure or delay report in free text only.
    FreeTextNdr,
    /// A success DSN: every recipient was delivered, relayed or expanded.
    Delivered,
    /// An RFC 3834 auto-reply or an out-of-office message.
    AutoReply,
    /// An RFC 5965 (ARF) feedback report.
    Feedback,
    /// An ordinary message, not a delivery report.
    NotBounce,
}

impl Kind {
    /// True for the kinds that report a failed (or delayed) delivery.
    pub fn is_failure(self) -> bool {
        matches!(self, Kind::Dsn | Kind::FreeTextNdr)
    }
}

/// The `Action:` of a DSN recipient, or what the free text says happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    Failed,
    /// Not delivered yet, still being retried: not a final failure.
    Delayed,
    Delivered,
    Relayed,
    Expanded,
    /// Some servers write `Action: expired`: a final failure after the retry period.
    Expired,
}

impl Action {
    /// Reads an `Action:` value, tolerating the variants real servers write.
    pub fn parse(value: &str) -> Option<Action> {
        let v = value.trim().to_ascii_lowercase();
        let word = v
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        Some(match word {
            "failed" | "failure" | "fail" | "expired" | "bounced" | "undeliverable" => {
                Action::Failed
            }
            "delayed" | "delay" | "deferred" | "transient" => Action::Delayed,
            "delivered" | "deliverable" => Action::Delivered,
            "relayed" => Action::Relayed,
            "expanded" => Action::Expanded,
            _ => return None,
        })
    }

    /// Delivered, relayed or expanded.
    pub fn is_success(self) -> bool {
        matches!(self, Action::Delivered | Action::Relayed | Action::Expanded)
    }
}

/// Everything the report says about one recipient.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Evidence {
    /// The failed address (`Final-Recipient`, or the address the text names), lower case.
    pub recipient: Option<String>,
    /// `Original-Recipient`, when it differs from the final one.
    pub original_recipient: Option<String>,
    pub action: Option<Action>,
    /// The enhanced status code. The remote server's own code (in its reply) wins over
    /// the reporting server's `Status:` summary, unless that reply's code is generic
    /// (x.0.0); without either, the code the text gives.
    pub status: Option<Status>,
    /// The reporting server's `Status:` when it differs from [`Evidence::status`] (it may
    /// say what the remote reply does not, such as 4.4.7: the queue expired).
    pub reported_status: Option<Status>,
    /// The SMTP reply code of the diagnostic.
    pub reply_code: Option<u16>,
    /// The SMTP stage the failure answered.
    pub command: SmtpCommand,
    /// The server that refused (`Remote-MTA`, or the host the text names).
    pub remote_mta: Option<String>,
    /// The `Diagnostic-Code` type (`smtp`, `x-unix`, …), lower case.
    pub diagnostic_type: Option<String>,
    /// The server's words, continuation lines joined and `550-5.1.1` prefixes removed.
    pub diagnostic: String,
    /// The human-readable lines of the report that concern this recipient.
    pub lines: Vec<String>,
    /// A retry time stated for a delayed message (`Will-Retry-Until`).
    pub will_retry_until: Option<String>,
}

impl Evidence {
    /// False for a delay notice: the message is still being retried.
    pub fn is_final(&self) -> bool {
        self.action != Some(Action::Delayed)
    }

    /// The diagnostic and the recipient's own lines as one text, for rules and features.
    pub fn text(&self) -> String {
        let mut out = String::with_capacity(self.diagnostic.len() + 80 * self.lines.len());
        out.push_str(&self.diagnostic);
        for line in &self.lines {
            let t = line.trim();
            if t.is_empty() || !crate::text::contains_line(&self.diagnostic, t) {
                out.push('\n');
                out.push_str(line);
            }
        }
        out
    }
}

/// The returned original message's identity, from its headers.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct OriginalMessage {
    pub message_id: Option<String>,
    pub from: Option<String>,
    pub to: Vec<String>,
    pub subject: Option<String>,
}

/// One message, read as a delivery report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub kind: Kind,
    /// `Feedback-Type` of an ARF report (`abuse`, `opt-out`, …).
    pub feedback_type: Option<String>,
    pub subject: Option<String>,
    /// The sender's address, lower case.
    pub from: Option<String>,
    /// The `To:` addresses of the report itself (usually the original sender).
    pub to: Vec<String>,
    /// The `Date:` header in RFC 3339 form.
    pub date: Option<String>,
    pub message_id: Option<String>,
    /// `Reporting-MTA`, or the host the text says it speaks for.
    pub reporting_mta: Option<String>,
    pub original: Option<OriginalMessage>,
    /// One entry per recipient, in the order the report lists them.
    pub recipients: Vec<Evidence>,
    /// The report named more recipients than [`crate::Limits::max_recipients`].
    pub truncated: bool,
    /// The report's general text (the notification before any recipient), squashed, for
    /// the kind decision of later layers.
    pub preamble: String,
}
