//! Pieces every wrapper uses: report headers, DSN fields, the returned original, the
//! human-readable part, and the ways servers quote an SMTP reply.

use crate::gen_data::mime::{self, Part};
use crate::gen_data::names;
use crate::gen_data::original;
use crate::gen_data::reasons::Stage;
use crate::gen_data::rng::Rng;
use crate::gen_data::spec::{Bounce, Rcpt};

/// A rendered report: the message, and whether its statuses come from DSN fields.
pub struct Out {
    pub part: Part,
    pub dsn: bool,
}

/// The header block of a report. `extra` fields are mixed in after From/To.
pub fn top_headers(
    rng: &mut Rng,
    b: &Bounce,
    from_name: &str,
    from_addr: &str,
    subject: &str,
    extra: Vec<(String, String)>,
) -> Vec<(String, String)> {
    let mut h: Vec<(String, String)> = Vec::new();
    if rng.chance(0.7) {
        h.push(("Return-Path".into(), "<>".into()));
    }
    if rng.chance(0.55) {
        h.push((
            "Received".into(),
            format!(
                "from {} ({} [{}])\n\tby {} with {} id {}\n\tfor <{}>; {}",
                b.me,
                b.me,
                b.me_ip,
                names::host_in(
                    rng,
                    b.sender.email.split('@').nth(1).unwrap_or("example.com")
                ),
                rng.pick_str(&["ESMTP", "ESMTPS", "SMTP", "LMTP"]),
                names::postfix_qid(rng),
                b.sender.email,
                b.date.rfc5322()
            ),
        ));
    }
    let mut main = vec![
        (
            "Date".to_string(),
            if rng.chance(0.2) {
                b.date.rfc5322_padded()
            } else {
                b.date.rfc5322()
            },
        ),
        (
            "From".into(),
            mime::mailbox(rng, from_name, from_addr, b.cs),
        ),
        (
            "Subject".into(),
            mime::fold(&mime::encode_words(rng, subject, b.cs), 9),
        ),
        (
            "To".into(),
            if rng.chance(0.5) {
                mime::mailbox(rng, &b.sender.name, &b.sender.email, b.cs)
            } else {
                b.sender.email.clone()
            },
        ),
        (
            "Message-ID".into(),
            format!(
                "<{}.{}@{}>",
                b.date.iso().replace([' ', '-', ':'], ""),
                b.qid,
                b.me
            ),
        ),
    ];
    // Servers differ in the order they write these.
    if rng.chance(0.5) {
        rng.shuffle(&mut main);
    }
    h.extend(main);
    h.extend(extra);
    h
}

/// `Auto-Submitted: auto-replied` as Postfix and Exim add it.
pub fn auto_submitted(rng: &mut Rng, h: &mut Vec<(String, String)>, p: f64) {
    if rng.chance(p) {
        h.push((
            "Auto-Submitted".into(),
            rng.pick_str(&["auto-replied", "auto-generated", "auto-replied (failure)"])
                .to_string(),
        ));
    }
}

/// A text/plain part in the report's charset.
pub fn human(rng: &mut Rng, b: &Bounce, text: &str) -> Part {
    mime::text_part(rng, "plain", text, b.cs, b.enc)
}

/// A text/html part in the report's charset.
pub fn html(rng: &mut Rng, b: &Bounce, text: &str) -> Part {
    let enc = if b.enc == mime::Enc::Bit7 {
        mime::Enc::Qp
    } else {
        b.enc
    };
    mime::text_part(rng, "html", text, b.cs, enc)
}

/// Escapes text for HTML.
pub fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The returned original: the whole message, its headers, or nothing.
pub fn returned(rng: &mut Rng, b: &Bounce) -> Option<Part> {
    match rng.below(10) {
        0..=4 => Some(mime::raw_part_described(
            "message/rfc822",
            if rng.chance(0.3) {
                "Undelivered Message"
            } else {
                ""
            },
            original::render(rng, &b.original, &b.me),
        )),
        5..=8 => Some(mime::raw_part_described(
            "text/rfc822-headers",
            if rng.chance(0.3) {
                "Undelivered Message Headers"
            } else {
                ""
            },
            original::header_text(rng, &b.original, &b.me),
        )),
        _ => None,
    }
}

/// The SMTP command name Postfix writes after "in reply to".
pub fn postfix_stage(stage: Stage) -> Option<&'static str> {
    Some(match stage {
        Stage::Rcpt => "RCPT TO",
        Stage::Mail => "MAIL FROM",
        Stage::Data => "DATA",
        Stage::EndData => "end of DATA",
        Stage::Helo => "EHLO",
        Stage::Conn | Stage::Unknown => return None,
    })
}

/// Postfix's sentence about a remote reply: `host X[ip] said: ... (in reply to ...
/// command)`, or "refused to talk to me" for a refused greeting (the only case Postfix uses
/// it for); a template that does not know its stage gets the reply without one.
pub fn postfix_host_reply(host: &str, rip: &str, stage: Stage, reply: &str) -> String {
    match postfix_stage(stage) {
        Some(cmd) => format!("host {host}[{rip}] said: {reply} (in reply to {cmd} command)"),
        None if stage == Stage::Conn => {
            format!("host {host}[{rip}] refused to talk to me: {reply}")
        }
        None => format!("host {host}[{rip}] said: {reply}"),
    }
}

/// Postfix's sentence for one recipient (see [`postfix_host_reply`]).
pub fn postfix_said(r: &Rcpt) -> String {
    if r.local {
        return r.one_line();
    }
    if postfix_stage(r.stage).is_some() {
        r.stage_shown.set(true);
    }
    postfix_host_reply(&r.host, &r.rip, r.stage, &r.one_line())
}

/// Exim's "SMTP error from remote mail server after ..." line.
pub fn exim_after(r: &Rcpt, sender: &str, size: u64) -> String {
    r.stage_shown.set(true);
    match r.stage {
        Stage::Rcpt => format!(
            "SMTP error from remote mail server after RCPT TO:<{}>:",
            r.addr
        ),
        Stage::Mail => {
            format!("SMTP error from remote mail server after MAIL FROM:<{sender}> SIZE={size}:")
        }
        Stage::Data => "SMTP error from remote mail server after pipelined DATA:".into(),
        Stage::EndData => "SMTP error from remote mail server after end of data:".into(),
        Stage::Helo => "SMTP error from remote mail server after EHLO:".into(),
        Stage::Conn | Stage::Unknown => {
            "SMTP error from remote mail server after initial connection:".into()
        }
    }
}

/// A Sendmail-style transcript of the failing exchange (`>>>` sent, `<<<` received).
pub fn transcript(r: &Rcpt, sender: &str, size: u64) -> Vec<String> {
    let mut t = Vec::new();
    let replies: Vec<String> = r.lines.iter().map(|l| format!("<<< {l}")).collect();
    match r.stage {
        Stage::Mail => t.push(format!(">>> MAIL From:<{sender}> SIZE={size}")),
        Stage::Rcpt => t.push(format!(">>> RCPT To:<{}>", r.addr)),
        Stage::Data => t.push(">>> DATA".into()),
        Stage::EndData => {
            t.push(">>> DATA".into());
            t.push("<<< 354 Enter mail, end with \".\" on a line by itself".into());
            t.push(">>> .".into());
        }
        Stage::Helo => t.push(">>> EHLO".into()),
        Stage::Conn | Stage::Unknown => {}
    }
    if !t.is_empty() {
        r.stage_shown.set(true);
    }
    t.extend(replies);
    t
}

/// A `Name: value` field folded at spaces with a leading-space continuation.
pub fn field(name: &str, value: &str, width: usize) -> String {
    let mut out = format!("{name}: ");
    let mut col = out.len();
    for (i, w) in value.split(' ').enumerate() {
        if i > 0 {
            if col + 1 + w.len() > width && col > name.len() + 4 {
                out.push_str("\n    ");
                col = 4;
            } else {
                out.push(' ');
                col += 1;
            }
        }
        out.push_str(w);
        col += w.len();
    }
    out
}

/// How a DSN writes the diagnostic.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DiagFold {
    /// One long line.
    Long,
    /// Folded at about 78 columns.
    Folded,
    /// One continuation line per reply line (Gmail).
    PerLine,
}

/// Options of one DSN part.
pub struct Dsn<'a> {
    pub reporting: String,
    pub message_fields: Vec<(String, String)>,
    pub fold: DiagFold,
    /// Diagnostic type for the reporting server's own words ("X-Postfix", "x-unix").
    pub local_type: &'a str,
    pub remote_mta: bool,
    pub original_rcpt: bool,
    pub last_attempt: bool,
}

impl Dsn<'_> {
    pub fn new(reporting: String) -> Self {
        Dsn {
            reporting,
            message_fields: Vec::new(),
            fold: DiagFold::Folded,
            local_type: "smtp",
            remote_mta: true,
            original_rcpt: false,
            last_attempt: false,
        }
    }
}

/// The text of a message/delivery-status part.
pub fn dsn_text(rng: &mut Rng, b: &Bounce, d: &Dsn<'_>) -> String {
    let mut out = String::new();
    out.push_str(&format!("Reporting-MTA: dns; {}\n", d.reporting));
    for (n, v) in &d.message_fields {
        out.push_str(&format!("{n}: {v}\n"));
    }
    for r in &b.rcpts {
        out.push('\n');
        if d.original_rcpt || r.orig.is_some() {
            let o = r.orig.as_deref().unwrap_or(&r.addr);
            out.push_str(&format!("Original-Recipient: rfc822;{o}\n"));
        }
        out.push_str(&format!("Final-Recipient: rfc822; {}\n", r.addr));
        let action = if r.final_ { "failed" } else { "delayed" };
        out.push_str(&format!("Action: {action}\n"));
        if !r.dsn_status.is_empty() {
            out.push_str(&format!("Status: {}\n", r.dsn_status));
        }
        if d.remote_mta && !r.local {
            out.push_str(&format!("Remote-MTA: dns; {}\n", r.host));
        }
        if r.has_text() {
            let (kind, text) = if r.local {
                (d.local_type, r.one_line())
            } else {
                ("smtp", r.one_line())
            };
            let value = format!("{kind}; {text}");
            match d.fold {
                DiagFold::Long => out.push_str(&format!("Diagnostic-Code: {value}\n")),
                DiagFold::Folded => {
                    out.push_str(&field("Diagnostic-Code", &value, 78));
                    out.push('\n');
                }
                DiagFold::PerLine => {
                    let kind = if r.local { d.local_type } else { "smtp" };
                    out.push_str(&format!("Diagnostic-Code: {kind}; {}\n", r.lines[0]));
                    for l in &r.lines[1..] {
                        out.push_str(&format!(" {l}\n"));
                    }
                }
            }
        }
        if d.last_attempt || !r.final_ {
            out.push_str(&format!("Last-Attempt-Date: {}\n", b.date.rfc5322()));
        }
        if !r.final_ {
            out.push_str(&format!(
                "Will-Retry-Until: {}\n",
                b.arrival.plus_seconds(i64::from(b.days) * 86_400).rfc5322()
            ));
        }
        let _ = rng;
    }
    out
}

/// The delivery-status part.
pub fn dsn_part(rng: &mut Rng, b: &Bounce, d: &Dsn<'_>) -> Part {
    let text = dsn_text(rng, b, d);
    let desc = if rng.chance(0.3) {
        "Delivery report"
    } else {
        ""
    };
    mime::raw_part_described("message/delivery-status", desc, text)
}

/// A multipart/report with the given parts.
pub fn report(rng: &mut Rng, parts: Vec<Part>) -> Part {
    mime::multipart(rng, "report", "; report-type=delivery-status", parts)
}

/// The addresses as X-Failed-Recipients lists them.
pub fn failed_list(b: &Bounce) -> String {
    b.rcpts
        .iter()
        .map(|r| r.addr.as_str())
        .collect::<Vec<_>>()
        .join(",\n  ")
}

/// Picks one of the language's strings and fills it.
pub fn pick_say(rng: &mut Rng, b: &Bounce, options: &[&'static str]) -> String {
    b.say(rng.pick_str(options), None)
}

/// A daemon sender address at `domain`.
pub fn daemon_addr(rng: &mut Rng, domain: &str) -> String {
    format!(
        "{}@{domain}",
        rng.pick_str(&[
            "MAILER-DAEMON",
            "mailer-daemon",
            "postmaster",
            "MAILER-DAEMON"
        ])
    )
}
