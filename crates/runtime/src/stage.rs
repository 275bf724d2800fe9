//! The stage and finality rules (`TAXONOMY.md`, "The stage matters"): the SMTP stage a
//! refusal answered, its status code and the report's finality adjust a reason read from
//! wording, codes or the model ("user unknown" after DATA is `filtered`, a refusal of MAIL
//! FROM `rejected`, a final failure after connection trouble `expired`).

use bounce_features::{Action, Evidence, SmtpCommand};
use bounce_model::Reason;

/// The stage and finality rules, for reasons read from wording, codes or the model.
/// `weak` is true when the reason came from generic words, a code or the model.
/// Returns the adjusted reason, a short tag for `decided_by`, and why.
pub(crate) fn adjustment(
    reason: Reason,
    evidence: &Evidence,
    weak: bool,
    context: Context<'_>,
) -> Option<(Reason, &'static str, &'static str)> {
    use Reason::*;
    let Context {
        dns,
        gave_up,
        unknown_in_reply,
    } = context;
    let mailbox_code = evidence.status.is_some_and(|s| s.subject == 1);
    let host_code = evidence
        .status
        .is_some_and(|s| s.subject == 1 && s.detail == 2);
    let temporary = evidence
        .status
        .map(|s| s.class == 4)
        .or(evidence.reply_code.map(|r| r < 500))
        .unwrap_or(false);
    let permanent = evidence
        .status
        .map(|s| s.class == 5)
        .or(evidence.reply_code.map(|r| r >= 500))
        .unwrap_or(false);
    // x.4.1 (no answer from host), x.4.2 (bad connection): nobody refused anything;
    // x.4.7: the queue expired.
    let no_answer = evidence
        .status
        .into_iter()
        .chain(evidence.reported_status)
        .any(|s| s.class == 4 && s.subject == 4 && matches!(s.detail, 1 | 2 | 7));
    let about_sender = matches!(
        reason,
        Rejected
            | AuthFailure
            | SecurityError
            | RequirePtr
            | BadReputation
            | Speeding
            | TooManyConn
            | Greylisted
            | NoRelaying
    );
    match (reason, evidence.command) {
        // Content is judged only after DATA: a "spam" or "virus" refusal before it is about
        // the sender (MAIL FROM) or the sending host (greeting, HELO, RCPT TO).
        (SpamDetected | VirusDetected, SmtpCommand::Mail) => Some((
            Rejected,
            "before-data",
            "the refusal answered MAIL FROM, before any content was sent",
        )),
        (
            SpamDetected | VirusDetected,
            SmtpCommand::Rcpt | SmtpCommand::Helo | SmtpCommand::Connect,
        ) => Some((
            Blocked,
            "before-data",
            "the refusal came before any content was sent",
        )),
        // A refusal of MAIL FROM is about the sender.
        (UserUnknown | HostUnknown | Filtered | Suspend, SmtpCommand::Mail) => {
            Some((Rejected, "mail-from", "the refusal answered MAIL FROM"))
        }
        (_, SmtpCommand::Mail) if weak && !about_sender => {
            Some((Rejected, "mail-from", "the refusal answered MAIL FROM"))
        }
        // A refused greeting or HELO is about the sending host.
        (
            UserUnknown | HostUnknown | Filtered | Rejected | PolicyViolation,
            SmtpCommand::Helo | SmtpCommand::Connect,
        ) => Some((Blocked, "helo", "the greeting or HELO was refused")),
        (SystemError | OnHold, SmtpCommand::Helo | SmtpCommand::Connect) if permanent => {
            Some((Blocked, "helo", "the greeting or HELO was refused"))
        }
        // "User unknown" after the content was seen, without a mailbox status code, is a
        // filter's or a recipient rule's refusal (rules with `stage = false` name a
        // directory lookup and keep their reason).
        (UserUnknown, c) if c.after_content() && !mailbox_code => Some((
            Filtered,
            "after-data",
            "the refusal came after DATA without a mailbox status code",
        )),
        // "User unknown" with x.2.1 ("mailbox disabled", RFC 3463) and no RCPT TO stage: the
        // code names the mailbox's state more precisely than the words.
        (UserUnknown, SmtpCommand::Unknown)
            if evidence
                .status
                .is_some_and(|s| s.subject == 2 && s.detail == 1) =>
        {
            Some((
                Suspend,
                "mailbox-disabled",
                "the status code says the mailbox is disabled",
            ))
        }
        // A server's "user unknown" reply that nothing shows answered RCPT TO, without a
        // status code naming the mailbox. TAXONOMY.md decides only the staged cases; for
        // this one we take the decision rule of the vocabulary it follows (sisimai's
        // `userunknown` needs RCPT TO or an x.1.x status), so that verdicts and hard flags
        // compare one to one. The cost: such an address is not marked for suppression. A
        // reporting system's own explanation ("no mailbox has this name") is a directory
        // answer and keeps `userunknown`.
        (UserUnknown, SmtpCommand::Unknown) if !mailbox_code && unknown_in_reply => Some((
            Filtered,
            "no-stage",
            "nothing shows the refusal answered RCPT TO and no status code names the mailbox",
        )),
        // A DNS failure reported as temporary is a network problem, not a missing domain;
        // but x.1.2 names the missing host itself (RFC 3463), whatever the class: Postfix,
        // for one, refuses an unknown domain with 450 4.1.2 by default.
        (HostUnknown, _) if temporary && !host_code => Some((
            NetworkError,
            "temporary-dns",
            "the lookup failure was temporary",
        )),
        // A final failure after network trouble: the queue gave up (a permanent refusal
        // needs a connection, so without one the retries ran out).
        (NetworkError | OnHold | SystemError, _) if evidence.action == Some(Action::Expired) => {
            Some((Expired, "gave-up", "the report says the message expired"))
        }
        (NetworkError, c)
            if evidence.is_final()
                && !permanent
                && (c == SmtpCommand::Connect || !dns() && (no_answer || gave_up())) =>
        {
            Some((
                Expired,
                "gave-up",
                "a final failure after connection failures",
            ))
        }
        (OnHold, c)
            if evidence.is_final() && !permanent && (c == SmtpCommand::Connect || no_answer) =>
        {
            Some((
                Expired,
                "gave-up",
                "a final failure after connection failures",
            ))
        }
        _ => None,
    }
}

/// Wording found in the recipient's text (and, for a lone recipient, the report's
/// preamble) that the stage rules weigh besides the deciding rule.
#[derive(Clone, Copy)]
pub(crate) struct Context<'a> {
    /// Asks whether a DNS problem is named: a specific cause, not a queue that merely gave
    /// up. Asked, not told: seven searches of the text answer it, for one rule.
    pub(crate) dns: &'a dyn Fn() -> bool,
    /// Asks whether a specific gave-up phrase fired anywhere in that text ("could not be
    /// delivered for 5 days"): asked, not told, because answering reads the whole text.
    pub(crate) gave_up: &'a dyn Fn() -> bool,
    /// A specific user-unknown phrase fired within the diagnostic (the server's reply), as
    /// opposed to the reporting system's explanation around it.
    pub(crate) unknown_in_reply: bool,
}

/// The text names a DNS problem: a specific cause, not a queue that merely gave up.
pub(crate) fn dns_trouble(text: &str) -> bool {
    [
        "name server",
        "lookup fail",
        "name service",
        "dns ",
        "host name lookup",
        "nxdomain",
        "servfail",
    ]
    .iter()
    .any(|w| text.contains(w))
}
