//! Gmail and Google Workspace delivery status notifications.

use super::common::*;
use crate::gen_data::lang::GmText;
use crate::gen_data::mime;
use crate::gen_data::original;
use crate::gen_data::rng::Rng;
use crate::gen_data::spec::{Bounce, Rcpt};

fn gm(b: &Bounce) -> &'static GmText {
    b.lang.gm.unwrap_or_else(|| {
        crate::gen_data::lang::get("en")
            .gm
            .expect("English has Gmail texts")
    })
}

/// The heading, the sentence and the help link Gmail shows for a recipient.
fn headline(b: &Bounce, r: &Rcpt) -> (&'static str, String, &'static str) {
    let g = gm(b);
    if !r.final_ {
        return (
            g.delayed,
            b.say(g.delay_text, Some(r)),
            "https://support.google.com/mail/answer/7720",
        );
    }
    match r.reason {
        "userunknown" | "hostunknown" | "hasmoved" | "notaccept" | "suspend" => (
            g.not_found,
            b.say(g.not_found_text, Some(r)),
            "https://support.google.com/mail/answer/6596",
        ),
        "blocked" | "badreputation" | "spamdetected" | "virusdetected" | "policyviolation"
        | "authfailure" | "requireptr" | "notcompliantrfc" | "filtered" | "rejected" => (
            g.blocked,
            b.say(g.blocked_text, Some(r)),
            "https://support.google.com/mail/answer/6596",
        ),
        "mailboxfull" | "exceedlimit" => (
            g.full,
            b.say(g.full_text, Some(r)),
            "https://support.google.com/mail/?p=OverQuotaTemp",
        ),
        _ => (
            g.not_delivered,
            b.say(g.generic_text, Some(r)),
            "https://support.google.com/mail/answer/7720",
        ),
    }
}

pub fn gmail(rng: &mut Rng, b: &Bounce) -> Out {
    let g = gm(b);
    let mut t = String::new();
    let mut h = String::from(
        "<html>\n<head>\n<style>\n* { font-family:Roboto, \"Helvetica Neue\", Helvetica, Arial, sans-serif; }\n</style>\n</head>\n<body>\n",
    );
    let old = b.variant == 1 && b.lang.code == "en";
    if old {
        t.push_str("This is an automatically generated delivery status notice\n\n");
        if b.delayed {
            t.push_str("THIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to this recipient has been delayed:\n\n");
        } else {
            t.push_str("Delivery to this recipient failed permanently:\n\n");
        }
        for r in &b.rcpts {
            t.push_str(&format!("     {}\n\n", r.addr));
        }
        let r = b.first();
        if b.delayed {
            t.push_str(&format!(
                "Message will be retried for {} more day(s)\n\nTechnical details of temporary failure:\n",
                b.days
            ));
        } else {
            t.push_str("Technical details of permanent failure:\n");
        }
        if r.local {
            t.push_str(&format!("{}\n", r.lines.join("\n")));
        } else {
            t.push_str(&format!(
                "Google tried to deliver your message, but it was rejected by the server for the recipient domain {} by {}. [{}].\n\nThe error that the other server returned was:\n{}\n",
                r.domain(),
                r.host,
                r.rip,
                r.lines.join("\n")
            ));
        }
        t.push_str("\n----- Original message -----\n\n");
        t.push_str(&original::inline_text(
            rng,
            &b.original,
            "mail.gmail.example",
            false,
        ));
        h.push_str(&format!("<pre>{}</pre>\n", esc(&t)));
    } else {
        for r in &b.rcpts {
            let (head, sentence, link) = headline(b, r);
            t.push_str(&format!("\n** {head} **\n\n{sentence}\n\n"));
            // The chance is drawn for every recipient so that the stream of random numbers,
            // and with it the rest of the corpus, does not depend on the links repeating.
            if b.lang.code == "en" && rng.chance(0.8) && !t.contains(link) {
                t.push_str(&format!("Learn more here: {link}\n\n"));
            }
            t.push_str(&format!("{}\n{}\n", g.response, r.unwrapped()));
            h.push_str(&format!(
                "<table cellpadding=\"0\" cellspacing=\"0\" class=\"email-wrapper\"><tr><td><h2 style=\"font-size:20px;\">{}</h2><p>{}</p><p><a href=\"{link}\">LEARN MORE</a></p><p>{}</p><p style=\"font-family:monospace\">{}</p></td></tr></table>\n",
                esc(head),
                esc(&sentence),
                esc(g.response),
                esc(&r.lines.join(" "))
            ));
        }
    }
    h.push_str("</body>\n</html>\n");
    let tp = human(rng, b, &t);
    let hp = html(rng, b, &h);
    let alt = mime::multipart(rng, "alternative", "", vec![tp, hp]);
    let mut d = Dsn::new("googlemail.example".into());
    d.fold = DiagFold::PerLine;
    d.local_type = "smtp";
    d.message_fields = vec![
        (
            "Received-From-MTA".into(),
            format!("dns; {}", b.sender.email),
        ),
        ("Arrival-Date".into(), b.arrival.rfc5322()),
        ("X-Original-Message-ID".into(), b.original.msgid.clone()),
    ];
    d.last_attempt = true;
    let mut dsn = dsn_text(rng, b, &d);
    for r in &b.rcpts {
        if !r.local {
            dsn = dsn.replace(
                &format!("Remote-MTA: dns; {}\n", r.host),
                &format!(
                    "Remote-MTA: dns; {}. ({}, the server for the domain {}.)\n",
                    r.host,
                    r.rip,
                    r.domain()
                ),
            );
        }
    }
    let mut parts = vec![alt, mime::raw_part("message/delivery-status", dsn)];
    if rng.chance(0.8) {
        parts.push(mime::raw_part_described(
            "message/rfc822",
            "",
            original::render(rng, &b.original, "mail.gmail.example"),
        ));
    } else {
        parts.push(mime::raw_part(
            "text/rfc822-headers",
            original::header_text(rng, &b.original, "mail.gmail.example"),
        ));
    }
    let subject = if b.delayed {
        "Delivery Status Notification (Delay)"
    } else {
        "Delivery Status Notification (Failure)"
    };
    let h = top_headers(
        rng,
        b,
        "Mail Delivery Subsystem",
        "mailer-daemon@googlemail.example",
        subject,
        vec![
            ("Auto-Submitted".into(), "auto-replied".into()),
            ("MIME-Version".into(), "1.0".into()),
            ("References".into(), b.original.msgid.clone()),
            ("In-Reply-To".into(), b.original.msgid.clone()),
            ("X-Failed-Recipients".into(), failed_list(b)),
        ],
    );
    let h = if b.delayed {
        h.into_iter()
            .filter(|(n, _)| n != "X-Failed-Recipients")
            .collect()
    } else {
        h
    };
    Out {
        part: report(rng, parts).with_headers_first(h),
        dsn: true,
    }
}
