//! Postfix, Sendmail, Exim, qmail, Courier, OpenSMTPD and Zimbra (a Postfix).

use super::common::*;
use crate::gen_data::mime::{self, Part};
use crate::gen_data::names;
use crate::gen_data::original;
use crate::gen_data::reasons::Stage;
use crate::gen_data::rng::Rng;
use crate::gen_data::spec::{Bounce, Rcpt};

/// Wraps `text` at `width` columns, continuation lines indented by `indent`.
pub fn wrap(text: &str, width: usize, indent: &str) -> String {
    let mut out = String::new();
    let mut col = 0;
    for (i, w) in text.split(' ').enumerate() {
        if i > 0 {
            if col + 1 + w.len() > width && col > indent.len() + 10 {
                out.push('\n');
                out.push_str(indent);
                col = indent.len();
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

const POSTFIX_EN: &str = "We regret that your message could not be delivered to one or more\nrecipients; a copy of it is attached below.\n\nFor help, write to the postmaster of this site and include this\nreport. You may remove your own text from the returned message.";

const POSTFIX_DELAY: &str = "#### ONLY A WARNING: THERE IS NO NEED TO SEND YOUR MESSAGE AGAIN ####\n\nYour message has not been delivered for more than {hours} hour(s).\nDelivery will be retried until it is {days} day(s) old.\n\nFor help, write to the postmaster of this site and include this\nreport. You may remove your own text from the returned message.";

/// The per-recipient line of a Postfix report.
fn postfix_line(r: &Rcpt) -> String {
    let head = match &r.orig {
        Some(o) => format!("<{}> (expanded from <{o}>): ", r.addr),
        None => format!("<{}>: ", r.addr),
    };
    wrap(&format!("{head}{}", postfix_said(r)), 72, "    ")
}

/// Postfix, and Zimbra or Yandex-like servers that are Postfix underneath.
pub fn postfix(rng: &mut Rng, b: &Bounce) -> Out {
    postfix_like(rng, b, "The mail system", "Mail Delivery System")
}

pub fn postfix_like(rng: &mut Rng, b: &Bounce, signature: &str, from_name: &str) -> Out {
    let l = b.lang;
    let en = l.code == "en";
    let mut text = String::new();
    let program = if b.variant == 1 && en {
        "Postfix program"
    } else {
        "mail system"
    };
    if en || b.variant != 1 {
        text.push_str(&format!("This is the {program} at host {}.\n\n", b.me));
    }
    if b.delayed {
        if !en {
            text.push_str(&pick_say(rng, b, l.intro_delay));
            text.push_str("\n\n");
        }
        if en || b.variant == 2 {
            text.push_str(&b.say(POSTFIX_DELAY, None));
        }
    } else if en && b.variant != 2 {
        text.push_str(POSTFIX_EN);
    } else {
        if b.gave_up {
            text.push_str(&pick_say(rng, b, l.intro_expired));
        } else {
            text.push_str(&pick_say(rng, b, l.intro_fail));
        }
        text.push_str("\n\n");
        text.push_str(&pick_say(rng, b, l.closing));
        if !en && b.variant == 2 {
            text.push_str("\n\n");
            text.push_str(POSTFIX_EN);
        }
    }
    let sig = if b.variant == 1 && en {
        "The Postfix program"
    } else {
        signature
    };
    text.push_str(&format!("\n\n                   {sig}\n\n"));
    for r in &b.rcpts {
        text.push_str(&postfix_line(r));
        text.push('\n');
        if !en && rng.chance(0.4) {
            text.push_str(&format!("    ({})\n", r.explain));
        }
        text.push('\n');
    }
    let mut d = Dsn::new(b.me.clone());
    d.local_type = "X-Postfix";
    d.message_fields = vec![
        ("X-Postfix-Queue-ID".into(), b.qid.clone()),
        (
            "X-Postfix-Sender".into(),
            format!("rfc822; {}", b.sender.email),
        ),
        ("Arrival-Date".into(), b.arrival.rfc5322()),
    ];
    d.original_rcpt = rng.chance(0.5);
    let mut parts = vec![human(rng, b, &text).header("Content-Description", "Notification")];
    parts.push(dsn_part(rng, b, &d).header("Content-Description", "Delivery report"));
    if let Some(p) = returned(rng, b) {
        parts.push(p);
    }
    let subject = if b.delayed {
        if en {
            "Delayed Mail (still being retried)".to_string()
        } else {
            pick_say(rng, b, l.delay_subjects)
        }
    } else if en || rng.chance(0.3) {
        "Undelivered Mail Returned to Sender".to_string()
    } else {
        pick_say(rng, b, l.fail_subjects)
    };
    let name = if en {
        from_name
    } else {
        rng.pick_str(l.daemon_names)
    };
    let mut extra = Vec::new();
    auto_submitted(rng, &mut extra, 0.8);
    extra.push(("MIME-Version".into(), "1.0".into()));
    let h = top_headers(
        rng,
        b,
        name,
        &format!("MAILER-DAEMON@{}", b.me),
        &subject,
        extra,
    );
    Out {
        part: report(rng, parts).with_headers_first(h),
        dsn: true,
    }
}

/// Sendmail's "Returned mail" report with its session transcript.
pub fn sendmail(rng: &mut Rng, b: &Bounce) -> Out {
    let client = names::host_in(
        rng,
        b.sender.email.split('@').nth(1).unwrap_or("example.com"),
    );
    let size = rng.range(2000, 90000);
    let mut t = String::new();
    if b.delayed {
        t.push_str("    **********************************************\n    **      THIS IS A WARNING MESSAGE ONLY      **\n    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n    **********************************************\n\n");
    }
    t.push_str(&format!(
        "The original message was received at {}\nfrom {client} [{}]\n\n",
        b.arrival.rfc5322(),
        b.me_ip
    ));
    let heading = if b.delayed {
        "   ----- The following addresses had transient non-fatal errors -----"
    } else {
        "   ----- The following addresses had permanent fatal errors -----"
    };
    t.push_str(heading);
    t.push('\n');
    for r in &b.rcpts {
        t.push_str(&format!("<{}>\n", r.addr));
        if r.has_text() {
            t.push_str(&format!("    (reason: {})\n", r.one_line()));
        }
        if let Some(o) = &r.orig {
            t.push_str(&format!("    (expanded from: <{o}>)\n"));
        }
    }
    t.push_str("\n   ----- Transcript of session follows -----\n");
    for r in &b.rcpts {
        if r.local {
            let line = r.one_line();
            if line.is_empty() {
                continue;
            } else if line.starts_with('5') || line.starts_with('4') {
                t.push_str(&format!("{line}\n"));
            } else {
                t.push_str(&format!("<{}>... {line}\n", r.addr));
            }
        } else {
            t.push_str(&format!("... while talking to {}.:\n", r.host));
            for l in transcript(r, &b.sender.email, size) {
                t.push_str(&l);
                t.push('\n');
            }
            if r.final_ {
                let codes = if r.status.is_empty() {
                    r.reply.clone()
                } else {
                    format!("{} {}", r.reply, r.status)
                };
                t.push_str(&format!("{codes} <{}>... {}\n", r.addr, r.words()));
            } else {
                t.push_str(&format!("<{}>... Deferred: {}\n", r.addr, r.one_line()));
            }
        }
    }
    if b.delayed {
        t.push_str(&format!(
            "Warning: message still undelivered after {} hours\nWill keep trying until message is {} days old\n",
            b.hours, b.days
        ));
    }
    let mut d = Dsn::new(b.me.clone());
    d.message_fields = vec![
        ("Received-From-MTA".into(), format!("DNS; {client}")),
        ("Arrival-Date".into(), b.arrival.rfc5322()),
    ];
    d.last_attempt = true;
    let dsn = dsn_text(rng, b, &d)
        .replace("rfc822;", "RFC822;")
        .replace("Reporting-MTA: dns;", "Reporting-MTA: DNS;")
        .replace("Remote-MTA: dns;", "Remote-MTA: DNS;")
        .replace("Diagnostic-Code: smtp;", "Diagnostic-Code: SMTP;");
    let mut parts = vec![human(rng, b, &t)];
    parts.push(mime::raw_part("message/delivery-status", dsn));
    if let Some(p) = returned(rng, b) {
        parts.push(p);
    }
    let subject = if b.delayed {
        format!("Warning: could not send message for past {} hours", b.hours)
    } else if b.variant == 1 {
        let r = b.first();
        match r.reason {
            "userunknown" => "Returned mail: User unknown".into(),
            "hostunknown" => "Returned mail: Host unknown".into(),
            _ => "Returned mail: see the transcript for details".into(),
        }
    } else {
        "Returned mail: see the transcript for details".to_string()
    };
    let h = top_headers(
        rng,
        b,
        "Mail Delivery Subsystem",
        &format!("MAILER-DAEMON@{}", b.me),
        &subject,
        vec![
            ("MIME-Version".into(), "1.0".into()),
            ("Auto-Submitted".into(), "auto-generated (failure)".into()),
        ],
    );
    Out {
        part: report(rng, parts).with_headers_first(h),
        dsn: true,
    }
}

/// Exim's "Mail delivery failed" text (plain or, in newer versions, a report).
pub fn exim(rng: &mut Rng, b: &Bounce) -> Out {
    let size = rng.range(2000, 90000);
    let id = names::exim_id(rng);
    let mut t =
        String::from("This report was generated automatically by the mail delivery system.\n\n");
    if b.delayed {
        t.push_str(&format!(
            "A message you sent has not yet been delivered to one or more of its\nrecipients after more than {} hours in the queue on {}.\n\nMessage identifier: {id}\nMessage subject:    {}\nMessage date:       {}\n\nThe message has not yet been delivered to:\n\n",
            b.hours,
            b.me,
            b.original.subject,
            b.original.date.rfc5322()
        ));
    } else {
        t.push_str("A message you sent could not be delivered to one or more of its\nrecipients. The error is permanent. Failed address(es):\n\n");
    }
    for r in &b.rcpts {
        t.push_str(&format!("  {}\n", r.addr));
        if let Some(o) = &r.orig {
            t.push_str(&format!("    (generated from {o})\n"));
        }
        let delay = if b.delayed { "Delay reason: " } else { "" };
        if r.local {
            for l in &r.lines {
                t.push_str(&format!("    {delay}{l}\n"));
            }
        } else if b.variant == 3 && r.final_ {
            // cPanel's Exim adds its own sentence before the remote reply.
            t.push_str(&format!(
                "    The mail server could not deliver mail to {}.  The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.\n",
                r.addr
            ));
            t.push_str(&format!("    host {} [{}]\n", r.host, r.rip));
            t.push_str(&format!("    {}\n", exim_after(r, &b.sender.email, size)));
            for l in &r.lines {
                t.push_str(&format!("    {l}\n"));
            }
        } else if b.variant == 1 {
            t.push_str(&format!(
                "    {delay}{}\n",
                exim_after(r, &b.sender.email, size)
            ));
            t.push_str(&format!(
                "    host {} [{}]: {}\n",
                r.host, r.rip, r.lines[0]
            ));
            for l in &r.lines[1..] {
                t.push_str(&format!("    {l}\n"));
            }
        } else {
            t.push_str(&format!("    host {} [{}]\n", r.host, r.rip));
            t.push_str(&format!(
                "    {delay}{}\n",
                exim_after(r, &b.sender.email, size)
            ));
            for l in &r.lines {
                t.push_str(&format!("    {l}\n"));
            }
        }
        t.push('\n');
    }
    if b.delayed {
        t.push_str("You need not do anything. Delivery will be retried for a while, and\nthis warning may be sent again while the message stays undelivered.\nIf the delivery software finally gives up, the message comes back to you.\n");
    }
    let subject = if b.delayed {
        format!("Warning: message {id} delayed {} hours", b.hours)
    } else {
        "Mail delivery failed: message returned to sender".to_string()
    };
    let mut extra = vec![("X-Failed-Recipients".into(), failed_list(b))];
    if b.delayed {
        extra.clear();
    }
    auto_submitted(rng, &mut extra, 0.9);
    let from = format!("Mailer-Daemon@{}", b.me);
    if b.variant == 2 {
        // Exim 4.9x: a multipart/report with a DSN part.
        let mut d = Dsn::new(b.me.clone());
        d.local_type = "X-Exim";
        d.fold = DiagFold::Long;
        let mut parts = vec![human(rng, b, &t)];
        parts.push(dsn_part(rng, b, &d));
        if let Some(p) = returned(rng, b) {
            parts.push(p);
        }
        extra.push(("MIME-Version".into(), "1.0".into()));
        let h = top_headers(rng, b, "Mail Delivery System", &from, &subject, extra);
        return Out {
            part: report(rng, parts).with_headers_first(h),
            dsn: true,
        };
    }
    if !b.delayed {
        t.push_str("------ This is a copy of the message, including all the headers. ------\n\n");
        let with_body = rng.chance(0.7);
        t.push_str(&original::inline_text(rng, &b.original, &b.me, with_body));
    }
    let h = top_headers(rng, b, "Mail Delivery System", &from, &subject, extra);
    let part = human(rng, b, &t);
    Out {
        part: plain_message(part, h),
        dsn: false,
    }
}

/// A single-part message: the part's Content-* fields become message headers.
pub fn plain_message(part: Part, mut h: Vec<(String, String)>) -> Part {
    h.push(("MIME-Version".into(), "1.0".into()));
    part.with_headers_first(h)
}

/// qmail's "Hi. This is the qmail-send program".
pub fn qmail(rng: &mut Rng, b: &Bounce) -> Out {
    let mut t = format!(
        "Hi. This is the qmail-send program at {}.\nI could not deliver your message to the addresses listed below.\nThis is a permanent error and I have given up. Sorry it did not work.\n\n",
        b.me
    );
    for r in &b.rcpts {
        t.push_str(&format!("<{}>:\n", r.addr));
        if r.local {
            t.push_str(&r.one_line());
            t.push('\n');
        } else {
            r.stage_shown.set(true);
            let what = match r.stage {
                Stage::Rcpt => format!("{} does not like recipient.", r.rip),
                Stage::Mail => format!("{} does not like sender.", r.rip),
                Stage::Data | Stage::EndData => {
                    format!("{} failed after I sent the message.", r.rip)
                }
                _ => format!("Connected to {} but greeting failed.", r.rip),
            };
            t.push_str(&what);
            t.push('\n');
            t.push_str(&format!("Remote host said: {}\n", r.one_line()));
            if b.variant == 0 {
                t.push_str(&format!("Giving up on {}.\n", r.rip));
            }
        }
        t.push('\n');
    }
    t.push_str("--- Below this line is a copy of the message.\n\n");
    let with_body = rng.chance(0.8);
    t.push_str(&original::inline_text(rng, &b.original, &b.me, with_body));
    let from = format!("MAILER-DAEMON@{}", b.me);
    let h = top_headers(rng, b, "", &from, "failure notice", Vec::new());
    let part = human(rng, b, &t);
    Out {
        part: plain_message(part, h),
        dsn: false,
    }
}

/// Courier's UNDELIVERABLE MAIL report.
pub fn courier(rng: &mut Rng, b: &Bounce) -> Out {
    let mut t = format!(
        "This is a delivery status notification from {}, running the Courier mail server, version {}.\n\nThe original message was received on {}\nfrom {} [{}]\n\n---------------------------------------------------------------------------\n\n",
        b.me,
        rng.pick_str(&["0.65.0", "1.0.16", "1.1.4"]),
        b.arrival.rfc5322(),
        names::host_in(
            rng,
            b.sender.email.split('@').nth(1).unwrap_or("example.com")
        ),
        b.me_ip
    );
    if b.delayed {
        t.push_str("                           DELAYED MAIL\n\nYour message to the following recipients has not yet been delivered.\nThe mail server will keep trying.\n\n");
    } else {
        t.push_str("                           UNDELIVERABLE MAIL\n\nYour message cannot be delivered to these recipients:\n\n");
    }
    for r in &b.rcpts {
        t.push_str(&format!("<{}>:\n", r.addr));
        if r.local {
            t.push_str(&format!("    {}\n", r.one_line()));
        } else {
            t.push_str(&format!("    {} [{}]:\n", r.host, r.rip));
            for l in transcript(r, &b.sender.email, rng.range(2000, 50000)) {
                t.push_str(&l);
                t.push('\n');
            }
        }
        t.push('\n');
    }
    t.push_str("---------------------------------------------------------------------------\n\nIf the message also went to other recipients, their delivery status is\nnot part of this report; separate notices may or may not follow for them.\n\nThe original message is attached separately.\n");
    let mut d = Dsn::new(b.me.clone());
    d.local_type = "unix";
    d.fold = DiagFold::Long;
    let mut parts = vec![human(rng, b, &t), dsn_part(rng, b, &d)];
    if let Some(p) = returned(rng, b) {
        parts.push(p);
    }
    let subject = if b.delayed {
        "DELAYED MAIL"
    } else {
        "NOTICE: mail delivery status."
    };
    let h = top_headers(
        rng,
        b,
        &format!("Courier mail server at {}", b.me),
        &format!("postmaster@{}", b.me),
        subject,
        vec![("MIME-Version".into(), "1.0".into())],
    );
    Out {
        part: report(rng, parts).with_headers_first(h),
        dsn: true,
    }
}

/// OpenSMTPD's "Delivery status notification".
pub fn opensmtpd(rng: &mut Rng, b: &Bounce) -> Out {
    let mut t =
        String::from("Hi!\n\nThis is the MAILER-DAEMON; please do not reply to this mail.\n\n");
    if b.delayed {
        t.push_str("Delays have occurred while attempting to deliver a message for\nthe following list of recipients:\n\n");
    } else {
        t.push_str(
            "An error occurred while delivering a message to\nthe recipients listed here:\n\n",
        );
    }
    for r in &b.rcpts {
        t.push_str(&format!("{}: {}\n", r.addr, r.one_line()));
    }
    if b.delayed {
        t.push_str("\nDelivery attempts will continue; you do not need to resend.\n");
    }
    t.push_str("\nBelow is a copy of the original message:\n");
    let orig = mime::raw_part("message/rfc822", original::render(rng, &b.original, &b.me));
    let kind = if b.delayed { "delay" } else { "error" };
    let h = top_headers(
        rng,
        b,
        "Mailer Daemon",
        &format!("MAILER-DAEMON@{}", b.me),
        &format!("Delivery status notification: {kind}"),
        vec![("MIME-Version".into(), "1.0".into())],
    );
    let parts = vec![human(rng, b, &t), orig];
    Out {
        part: mime::multipart(rng, "mixed", "", parts).with_headers_first(h),
        dsn: false,
    }
}
