//! What one generated report is about, before a wrapper renders it.

use super::charset::Charset;
use super::date::Date;
use super::lang::Lang;
use super::mime::Enc;
use super::names::Person;
use super::original::Original;
use super::reasons::Stage;
use std::cell::Cell;

/// One recipient of a report, with the evidence chosen for it.
#[derive(Debug, Clone)]
pub struct Rcpt {
    pub addr: String,
    /// The address the sender wrote, when an alias was expanded on the way.
    pub orig: Option<String>,
    pub reason: &'static str,
    /// The reply (or the reporting server's words), one entry per reply line.
    pub lines: Vec<String>,
    pub reply: String,
    pub status: String,
    /// The `Status:` a DSN gives this recipient ("" for none).
    pub dsn_status: String,
    pub stage: Stage,
    /// The words are the reporting server's own, not a remote reply.
    pub local: bool,
    pub permanent: bool,
    /// The remote mail exchanger and its address.
    pub host: String,
    pub rip: String,
    pub final_: bool,
    /// A sentence for a person, in the report's language.
    pub explain: String,
    /// Set by the wrapper when it writes the SMTP stage of this recipient's failure, so
    /// that the label can follow what a reader of the report can see.
    pub stage_shown: Cell<bool>,
}

impl Rcpt {
    /// The reply on one line, as Postfix and most DSNs write multi-line replies.
    pub fn one_line(&self) -> String {
        self.lines.join(" ")
    }

    /// The reply on one line (see [`unwrap_reply`]).
    pub fn unwrapped(&self) -> String {
        unwrap_reply(&self.lines)
    }

    pub fn has_text(&self) -> bool {
        self.lines.iter().any(|l| !l.trim().is_empty())
    }

    pub fn domain(&self) -> &str {
        self.addr.split('@').nth(1).unwrap_or("")
    }

    /// The reply after its reply code (the enhanced status kept).
    pub fn after_reply(&self) -> String {
        let t = self.one_line();
        let t = t.trim_start();
        if !self.reply.is_empty() && t.starts_with(&self.reply) {
            t[3..].trim_start_matches(['-', ' ']).to_string()
        } else {
            t.to_string()
        }
    }

    /// The reply text without its leading code, for wrappers that print the code apart.
    pub fn words(&self) -> String {
        let t = self.one_line();
        let t = t.trim_start();
        let t = if !self.reply.is_empty() && t.starts_with(&self.reply) {
            t[3..].trim_start_matches(['-', ' '])
        } else {
            t
        };
        let t = if !self.status.is_empty() && t.starts_with(&self.status) {
            t[self.status.len()..].trim_start()
        } else {
            t
        };
        t.to_string()
    }
}

/// A failure or delay report to render.
#[derive(Clone)]
pub struct Bounce {
    pub lang: &'static Lang,
    pub rcpts: Vec<Rcpt>,
    pub delayed: bool,
    /// The queue gave up after `days` (the wrapper says so).
    pub gave_up: bool,
    pub days: u32,
    pub hours: u32,
    pub original: Original,
    /// The original sender (the report goes to this person).
    pub sender: Person,
    /// The reporting host and its domain.
    pub me: String,
    pub me_domain: String,
    pub me_ip: String,
    pub date: Date,
    pub arrival: Date,
    pub variant: usize,
    pub qid: String,
    /// Charset and transfer encoding of the human-readable parts.
    pub cs: Charset,
    pub enc: Enc,
    pub crlf: bool,
}

impl Bounce {
    /// Replaces the language placeholders of `s` for recipient `r` (or the first one).
    pub fn say(&self, s: &str, r: Option<&Rcpt>) -> String {
        let r = r.or(self.rcpts.first());
        let rcpt = r.map_or("", |r| r.addr.as_str());
        let domain = rcpt.split('@').nth(1).unwrap_or("");
        s.replace("{rcpt}", rcpt)
            .replace("{domain}", domain)
            .replace("{host}", &self.me)
            .replace("{days}", &self.days.to_string())
            .replace("{hours}", &self.hours.to_string())
            .replace("{subject}", &self.original.subject)
            .replace("{qid}", &self.qid)
            .replace("{date}", &self.original.date.local_text(self.lang.code))
    }

    pub fn first(&self) -> &Rcpt {
        &self.rcpts[0]
    }
}

/// A multi-line reply as one line: the continuation lines lose their repeated
/// "550-5.1.1 " prefix, as Gmail prints a remote reply in its human-readable part.
pub fn unwrap_reply(lines: &[String]) -> String {
    fn code(l: &str) -> Option<&str> {
        let b = l.as_bytes();
        (b.len() > 4 && b[..3].iter().all(u8::is_ascii_digit) && matches!(b[3], b'-' | b' '))
            .then(|| &l[..3])
    }
    let Some(first) = lines.first().and_then(|l| code(l)) else {
        return lines.join("\n");
    };
    if lines.len() < 2 || lines.iter().any(|l| code(l) != Some(first)) {
        return lines.join("\n");
    }
    let mut out = String::new();
    for (i, l) in lines.iter().enumerate() {
        let rest = l[4..].trim_start();
        // The enhanced status code after the reply code is printed once, at the front.
        let is_status = |s: &str| {
            let parts: Vec<&str> = s.split('.').collect();
            parts.len() == 3
                && parts
                    .iter()
                    .all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit()))
        };
        let words = match rest.split_once(' ') {
            Some((status, words)) if i > 0 && is_status(status) => words,
            _ if i > 0 && is_status(rest) => "",
            _ => rest,
        };
        let words = words.trim();
        if i == 0 {
            out.push_str(first);
            out.push(' ');
        } else if !words.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
        out.push_str(words);
    }
    out.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::unwrap_reply;

    fn lines(s: &[&str]) -> Vec<String> {
        s.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn a_wrapped_reply_keeps_its_codes_once() {
        let r = lines(&[
            "552-5.2.2 The mailbox you wrote to is over its",
            "552-5.2.2 storage limit. Try again",
            "552 5.2.2 later.",
        ]);
        assert_eq!(
            unwrap_reply(&r),
            "552 5.2.2 The mailbox you wrote to is over its storage limit. Try again later."
        );
    }

    #[test]
    fn a_continuation_without_a_status_keeps_its_words() {
        let r = lines(&[
            "451-Greylisted for now",
            "451 see https://grey.example.org/why",
        ]);
        assert_eq!(
            unwrap_reply(&r),
            "451 Greylisted for now see https://grey.example.org/why"
        );
    }

    #[test]
    fn lines_that_are_not_one_reply_stay_apart() {
        let r = lines(&["550 5.1.1 no such user", "421 try later"]);
        assert_eq!(unwrap_reply(&r), "550 5.1.1 no such user\n421 try later");
        let r = lines(&["Mailbox unavailable", "550 5.1.1"]);
        assert_eq!(unwrap_reply(&r), "Mailbox unavailable\n550 5.1.1");
    }
}
