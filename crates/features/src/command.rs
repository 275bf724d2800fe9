//! The SMTP stage a failure answered: the command the remote server replied to.
//!
//! The stage is part of the reason ("user unknown" after RCPT TO is `userunknown`; after
//! DATA it is `filtered`), so it is read only from explicit evidence. Without any, the
//! stage is [`SmtpCommand::Unknown`]; it never defaults to RCPT.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::LazyLock;

/// The SMTP command (or session stage) a failure was the reply to.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "kebab-case")]
pub enum SmtpCommand {
    /// The greeting, or the TCP connection itself.
    Connect,
    /// HELO or EHLO.
    Helo,
    Starttls,
    Auth,
    /// MAIL FROM.
    Mail,
    /// RCPT TO.
    Rcpt,
    /// The DATA command itself.
    Data,
    /// The final dot after the content (or BDAT LAST).
    EndOfData,
    /// No explicit evidence.
    #[default]
    Unknown,
}

impl SmtpCommand {
    /// The lower-case name used in JSON and feature tokens.
    pub fn as_str(self) -> &'static str {
        match self {
            SmtpCommand::Connect => "connect",
            SmtpCommand::Helo => "helo",
            SmtpCommand::Starttls => "starttls",
            SmtpCommand::Auth => "auth",
            SmtpCommand::Mail => "mail",
            SmtpCommand::Rcpt => "rcpt",
            SmtpCommand::Data => "data",
            SmtpCommand::EndOfData => "end-of-data",
            SmtpCommand::Unknown => "unknown",
        }
    }

    /// True after the content was sent (DATA or its end): refusals here judged the content.
    pub fn after_content(self) -> bool {
        matches!(self, SmtpCommand::Data | SmtpCommand::EndOfData)
    }
}

impl fmt::Display for SmtpCommand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Phrases that name the stage, in lower case with single spaces. The first phrase found
/// in the text wins; longer phrases win over their prefixes at the same place.
const STAGE_PHRASES: &[(&str, SmtpCommand)] = &[
    // Postfix and many others: "(in reply to RCPT TO command)".
    ("in reply to rcpt to", SmtpCommand::Rcpt),
    ("in reply to rcpt", SmtpCommand::Rcpt),
    ("in reply to mail from", SmtpCommand::Mail),
    ("in reply to end of data", SmtpCommand::EndOfData),
    ("in reply to bdat", SmtpCommand::EndOfData),
    ("in reply to data", SmtpCommand::Data),
    ("in reply to helo", SmtpCommand::Helo),
    ("in reply to ehlo", SmtpCommand::Helo),
    ("in reply to lhlo", SmtpCommand::Helo),
    ("in reply to starttls", SmtpCommand::Starttls),
    ("in reply to auth", SmtpCommand::Auth),
    ("in reply to the initial greeting", SmtpCommand::Connect),
    // Exim: "SMTP error from remote mail server after RCPT TO:<x>:".
    ("after rcpt to", SmtpCommand::Rcpt),
    ("after rcpt", SmtpCommand::Rcpt),
    ("after mail from", SmtpCommand::Mail),
    ("after end of data", SmtpCommand::EndOfData),
    ("after pipelined data", SmtpCommand::Data),
    ("after data", SmtpCommand::Data),
    ("after ehlo", SmtpCommand::Helo),
    ("after helo", SmtpCommand::Helo),
    ("after initial connection", SmtpCommand::Connect),
    ("after starttls", SmtpCommand::Starttls),
    ("after auth", SmtpCommand::Auth),
    ("after sending message body", SmtpCommand::EndOfData),
    // qmail.
    ("most progress was rcpt to response", SmtpCommand::Rcpt),
    ("most progress was mail from response", SmtpCommand::Mail),
    ("but sender was rejected", SmtpCommand::Mail),
    ("failed on data command", SmtpCommand::Data),
    ("failed after i sent the message", SmtpCommand::EndOfData),
    ("but greeting failed", SmtpCommand::Connect),
    ("but my name was rejected", SmtpCommand::Helo),
    ("does not like recipient", SmtpCommand::Rcpt),
    ("does not like sender", SmtpCommand::Mail),
    // Postfix connection-level and "while sending" failures.
    (
        "while receiving the initial server greeting",
        SmtpCommand::Connect,
    ),
    // Postfix's words for a greeting that was a refusal, whatever the refusal says.
    ("refused to talk to me", SmtpCommand::Connect),
    ("while sending rcpt to", SmtpCommand::Rcpt),
    ("while sending mail from", SmtpCommand::Mail),
    ("while sending end of data", SmtpCommand::EndOfData),
    ("while sending message content", SmtpCommand::EndOfData),
    ("while sending data command", SmtpCommand::Data),
    ("while performing the ehlo handshake", SmtpCommand::Helo),
    ("while performing the helo handshake", SmtpCommand::Helo),
    (
        "while performing the starttls handshake",
        SmtpCommand::Starttls,
    ),
    ("while sending starttls", SmtpCommand::Starttls),
    ("connection refused", SmtpCommand::Connect),
    ("connection timed out", SmtpCommand::Connect),
    // Other wrappers: Yahoo's "[RCPT_TO]", GMX's "for RCPT TO command", X3's "SMTP:RCPT".
    ("[rcpt_to]", SmtpCommand::Rcpt),
    ("for rcpt to command", SmtpCommand::Rcpt),
    ("for mail from command", SmtpCommand::Mail),
    ("for data command", SmtpCommand::Data),
    ("smtp:rcpt", SmtpCommand::Rcpt),
    ("smtp:mail", SmtpCommand::Mail),
    ("smtp:data", SmtpCommand::Data),
    ("requests to connect", SmtpCommand::Connect),
    ("could not connect", SmtpCommand::Connect),
    ("unable to connect", SmtpCommand::Connect),
    ("failed to connect", SmtpCommand::Connect),
    ("no route to host", SmtpCommand::Connect),
    // IMail (SMTP32) names the command before the reply it drew.
    ("rcpt to generated following response", SmtpCommand::Rcpt),
    ("mail from generated following response", SmtpCommand::Mail),
    ("data generated following response", SmtpCommand::Data),
    // Echoed envelope commands inside a reply ("550 RCPT TO:<x> User unknown").
    ("rcpt to:", SmtpCommand::Rcpt),
    ("mail from:", SmtpCommand::Mail),
];

static STAGES: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(STAGE_PHRASES.iter().map(|(p, _)| p))
        .expect("stage phrases are valid")
});

/// The stage named in `text`, which must already be lower-case with single spaces
/// (see [`crate::text::squash`]). A session transcript (`>>> RCPT To:` then `<<< 550`)
/// wins over phrases, since it shows the command that drew the error.
pub fn detect(squashed: &str) -> SmtpCommand {
    if let Some(cmd) = from_transcript(squashed) {
        return cmd;
    }
    STAGES.find(squashed).map_or(SmtpCommand::Unknown, |m| {
        STAGE_PHRASES[m.pattern().as_usize()].1
    })
}

// Sendmail and Courier write `>>> CMD` / `<<< reply`; Postfix's smtpd `In: CMD` / `Out: reply`.
// MDaemon and others write `--> CMD` / `<-- reply`.
const SENT: [&str; 3] = [">>> ", " in: ", "--> "];
const RECEIVED: [&str; 3] = ["<<< ", " out: ", "<-- "];

/// The transcript markers, sent ones first, found in one pass.
static TRANSCRIPT_MARKERS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::new(SENT.iter().chain(&RECEIVED)).expect("the markers are valid")
});

/// Searchers for the sent markers, built once.
static SENT_MARKERS: LazyLock<[memchr::memmem::Finder<'static>; 3]> =
    LazyLock::new(|| SENT.map(|m| memchr::memmem::Finder::new(m.as_bytes())));

/// In a Sendmail-style transcript the failing command is the last `>>> CMD` before the
/// first `<<< 4xx`/`<<< 5xx` reply.
fn from_transcript(squashed: &str) -> Option<SmtpCommand> {
    // Most texts hold no transcript, and without a sent marker no command is named: a
    // quick search for those spares the pass over all six markers.
    if !SENT_MARKERS
        .iter()
        .any(|m| m.find(squashed.as_bytes()).is_some())
    {
        return None;
    }
    let mut markers: Vec<(usize, bool)> = Vec::new();
    for m in TRANSCRIPT_MARKERS.find_overlapping_iter(squashed) {
        markers.push((m.end(), m.pattern().as_usize() < SENT.len()));
    }
    markers.sort_unstable();
    let mut last = None;
    for (at, sent) in markers {
        let tail = &squashed[at..];
        if sent {
            if let Some(cmd) = command_word(tail) {
                last = Some(cmd);
            }
        } else if last.is_some() && (tail.starts_with('4') || tail.starts_with('5')) {
            return last;
        }
    }
    None
}

fn command_word(tail: &str) -> Option<SmtpCommand> {
    let word = tail.split([' ', ':', '<']).next().unwrap_or("");
    Some(match word {
        "rcpt" => SmtpCommand::Rcpt,
        "mail" => SmtpCommand::Mail,
        "data" => SmtpCommand::Data,
        "." => SmtpCommand::EndOfData,
        "bdat" => SmtpCommand::EndOfData,
        "ehlo" | "helo" | "lhlo" => SmtpCommand::Helo,
        "starttls" => SmtpCommand::Starttls,
        "auth" => SmtpCommand::Auth,
        "quit" | "rset" | "noop" => return None,
        _ => SmtpCommand::Unknown,
    })
}

/// Builds this module's matchers now rather than at their first use (see
/// [`crate::build_matchers`]).
pub(crate) fn build_matchers() {
    LazyLock::force(&STAGES);
    LazyLock::force(&TRANSCRIPT_MARKERS);
    LazyLock::force(&SENT_MARKERS);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases() {
        assert_eq!(
            detect("550 5.1.1 user unknown (in reply to rcpt to command)"),
            SmtpCommand::Rcpt
        );
        assert_eq!(
            detect("smtp error from remote mail server after end of data: 550 spam"),
            SmtpCommand::EndOfData
        );
        assert_eq!(
            detect("smtp error from remote mail server after mail from:<a@b> size=10:"),
            SmtpCommand::Mail
        );
        assert_eq!(detect("550 user unknown"), SmtpCommand::Unknown);
        assert_eq!(
            detect("rcpt to generated following response: 553 5.3.0 <a@b>... addressee unknown"),
            SmtpCommand::Rcpt
        );
    }

    #[test]
    fn qmail_wording() {
        // qmail-remote names the refused command in its own words.
        assert_eq!(
            detect("192.0.2.1 does not like recipient. remote host said: 550 no mailbox"),
            SmtpCommand::Rcpt
        );
        assert_eq!(
            detect("192.0.2.1 does not like sender. remote host said: 553 denied"),
            SmtpCommand::Mail
        );
    }

    #[test]
    fn postfix_refused_greeting() {
        // Postfix writes "refused to talk to me" only when the greeting itself was a refusal.
        assert_eq!(
            detect("host mx.example[192.0.2.1] refused to talk to me: 421 4.4.2 timeout exceeded"),
            SmtpCommand::Connect
        );
    }

    #[test]
    fn transcript() {
        let t = "... while talking to mx.example.: >>> mail from:<a@b> <<< 250 ok >>> rcpt to:<c@d> <<< 550 5.1.1 no such user";
        assert_eq!(detect(t), SmtpCommand::Rcpt);
        let t = ">>> data <<< 550 5.1.1 <c@d>... user unknown";
        assert_eq!(detect(t), SmtpCommand::Data);
        // Postfix smtpd's and MDaemon's markers open transcripts too.
        let t = "session: in: data out: 554 5.7.1 rejected";
        assert_eq!(detect(t), SmtpCommand::Data);
        let t = "--> bdat 1200 last <-- 552 5.3.4 too big";
        assert_eq!(detect(t), SmtpCommand::EndOfData);
    }
}
