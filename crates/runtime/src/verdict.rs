//! The answer for one recipient.

use bounce_features::{SmtpCommand, Status};
use bounce_model::{NextAction, Reason, TokenWeight};
use serde::Serialize;

/// What the classifier decided for one recipient, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    /// The failed address; `None` only when the report names none outside the returned
    /// original.
    pub recipient: Option<String>,
    pub original_recipient: Option<String>,
    pub reason: Reason,
    /// How likely the reason is right: the measured precision of the rule that decided,
    /// or the model's calibrated probability.
    pub confidence: f64,
    /// Suppress the address?
    pub hard: bool,
    /// A permanent failure (5.x.x status or 5xx reply) rather than a temporary one.
    pub permanent: bool,
    /// False for a delay notice: the message is still being retried.
    #[serde(rename = "final")]
    pub is_final: bool,
    pub action: NextAction,
    pub status: Option<Status>,
    pub reply_code: Option<u16>,
    pub command: SmtpCommand,
    pub remote_mta: Option<String>,
    pub diagnostic: String,
    /// What decided: rule ids (`rule:…`, `provider:…`, `code:…`, `user:…`), `memory`,
    /// `model`, the message kind (`kind:…`), stage adjustments (`stage:…`).
    pub decided_by: Vec<String>,
    /// The rule and the words it matched, or the tokens that weighed most.
    pub explanation: String,
    /// Seconds to wait before retrying, when the text states it.
    pub retry_after_seconds: Option<u64>,
    /// For `blocked`: the blocklist the refusal names.
    pub blocklist: Option<String>,
    /// For `feedback`: the ARF feedback type (abuse, opt-out, …).
    pub feedback_type: Option<String>,
    /// The Message-ID of the returned original, to tie the bounce to the send.
    pub original_message_id: Option<String>,
    /// What to do, in plain words.
    pub advice: &'static str,
    /// The report named more recipients than the limit allows: this verdict is one of the
    /// first `max_recipients`, and the rest were dropped.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub truncated: bool,
}

/// The model's view of one recipient, for `bounce explain`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ModelView {
    /// The most likely classes with calibrated probabilities, best first.
    pub top: Vec<(Reason, f64)>,
    /// The tokens that pulled most towards the top class.
    pub tokens: Vec<TokenWeight>,
}

/// A rule that fired, for `bounce explain`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FiredRule {
    pub id: String,
    pub tier: &'static str,
    pub reason: Reason,
    pub matched: Option<String>,
}

/// Everything behind one verdict.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Trace {
    pub verdict: Verdict,
    /// Every rule that fired, best first (the first decided unless a higher tier did).
    pub rules: Vec<FiredRule>,
    pub model: Option<ModelView>,
}
