//! Groupware and Windows mail servers: Domino, MDaemon, Kerio Connect, hMailServer,
//! IceWarp, GroupWise.

use super::common::*;
use super::notice::{self, Notice};
use crate::gen_data::names;
use crate::gen_data::reasons::Stage;
use crate::gen_data::rng::Rng;
use crate::gen_data::spec::{Bounce, Rcpt};

/// Lotus / HCL Domino "DELIVERY FAILURE" report.
pub fn domino(rng: &mut Rng, b: &Bounce) -> Out {
    let (your, subj, was_not, because) = match b.lang.code {
        "de" => (
            "Ihre Nachricht",
            "Betreff",
            "wurde nicht zugestellt an:",
            "weil:",
        ),
        "fr" => ("Votre message", "Objet", "n'a pas été remis à :", "car :"),
        "ja" => (
            "メッセージ",
            "件名",
            "は次の宛先に配信されませんでした:",
            "理由:",
        ),
        _ => (
            "Your message",
            "Subject",
            "was not delivered to:",
            "because:",
        ),
    };
    let per = |r: &Rcpt| {
        format!(
            "  {}\n\n{because}\n\n  {}",
            r.addr,
            if r.has_text() {
                r.one_line()
            } else {
                r.explain.clone()
            }
        )
    };
    let r0 = b.first();
    let subject = match rng.below(3) {
        0 => format!(
            "DELIVERY FAILURE: {}",
            if r0.has_text() {
                r0.one_line()
            } else {
                r0.explain.clone()
            }
        ),
        1 => "Delivery Failure Report".to_string(),
        _ => format!("DELIVERY FAILURE: {}", b.original.subject),
    };
    let subject: String = subject.chars().take(120).collect();
    let mut n = Notice::new(
        "Mail Router",
        &format!("Postmaster@{}", b.me_domain),
        &subject,
        &per,
    );
    n.intro = format!(
        "{your}\n\n  {subj}:  {}\n  Sent:  {}\n\n{was_not}",
        b.original.subject,
        b.original.date.ctime()
    );
    if b.variant == 1 {
        let mut d = Dsn::new(b.me.clone());
        d.local_type = "X-Notes";
        n.dsn = Some(d);
    }
    notice::render(rng, b, n)
}

/// MDaemon: "Permanent Delivery Failure" with its session transcript.
pub fn mdaemon(rng: &mut Rng, b: &Bounce) -> Out {
    let session = rng.range(1000, 99999);
    let msgno = rng.digits(6);
    let per = |r: &Rcpt| {
        let mut s = format!(
            "--- Session Transcript ---\n {} Session {session}; child 1\n Parsing message <{}pd{}.msg>\n *  From: {}\n *  To: {}\n *  Subject: {}\n *  Message-ID: {}\n Attempting SMTP connection to [{}]\n Resolving MX records for [{}] (DNS Server: 192.0.2.53)...\n",
            b.date.iso(),
            b.qid.to_lowercase(),
            msgno,
            b.sender.email,
            r.addr,
            b.original.subject,
            b.original.msgid,
            r.host,
            r.domain()
        );
        if r.local {
            s.push_str(&format!(" {}\n", r.one_line()));
        } else {
            s.push_str(&format!(
                " Attempting to send message to [{}:25] using [{}]\n Waiting for socket connection...\n Socket connection established ({}:25)\n",
                r.host, b.me_ip, r.rip
            ));
            if matches!(
                r.stage,
                Stage::Mail | Stage::Rcpt | Stage::Data | Stage::EndData
            ) {
                r.stage_shown.set(true);
            }
            match r.stage {
                Stage::Mail => s.push_str(&format!(
                    " ---> MAIL From:<{}> SIZE=18224\n",
                    b.sender.email
                )),
                Stage::Rcpt => s.push_str(&format!(
                    " ---> MAIL From:<{}> SIZE=18224\n <--- 250 2.1.0 Ok\n ---> RCPT To:<{}>\n",
                    b.sender.email, r.addr
                )),
                Stage::Data | Stage::EndData => s.push_str(&format!(
                    " ---> RCPT To:<{}>\n <--- 250 2.1.5 Ok\n ---> DATA\n",
                    r.addr
                )),
                _ => {}
            }
            for l in &r.lines {
                s.push_str(&format!(" <--- {l}\n"));
            }
        }
        s.push_str("--- End Transcript ---");
        s
    };
    let (subject, intro) = if b.delayed {
        (
            "Warning: Temporary Delivery Failure",
            "The attached message has encountered temporary delivery problems.\nThe mail server will continue to try to deliver the message.\nYou do not need to resend the message.",
        )
    } else {
        (
            "Permanent Delivery Failure",
            "The attached message had PERMANENT fatal delivery errors!\n\nAfter one or more unsuccessful delivery attempts the attached message has\nbeen removed from the mail queue on this server. The number and frequency\nof delivery attempts are determined by local configuration parameters.\n\nYOUR MESSAGE WAS NOT DELIVERED TO ONE OR MORE RECIPIENTS!",
        )
    };
    let mut n = Notice::new(
        "MDaemon",
        &format!("MDaemon@{}", b.me_domain),
        subject,
        &per,
    );
    n.intro = intro.into();
    notice::render(rng, b, n)
}

/// Kerio Connect: a DSN with a short text, in English, Czech, German or Russian.
pub fn kerio(rng: &mut Rng, b: &Bounce) -> Out {
    let l = b.lang;
    let per = |r: &Rcpt| {
        let mut s = format!(
            "{}: {}\n{}: {}",
            l.rcpt_label, r.addr, l.reason_label, r.explain
        );
        if r.has_text() {
            s.push_str(&format!("\n{}", r.one_line()));
        }
        s
    };
    let subject = if b.delayed {
        pick_say(rng, b, l.delay_subjects)
    } else {
        pick_say(rng, b, l.fail_subjects)
    };
    let mut n = Notice::new(
        "Mail Delivery System",
        &format!("postmaster@{}", b.me_domain),
        &subject,
        &per,
    );
    n.intro = format!(
        "{}\n\n{}",
        if b.delayed {
            pick_say(rng, b, l.intro_delay)
        } else {
            pick_say(rng, b, l.intro_fail)
        },
        "Kerio Connect"
    );
    let mut d = Dsn::new(b.me.clone());
    d.fold = DiagFold::Long;
    n.dsn = Some(d);
    notice::render(rng, b, n)
}

/// hMailServer: "Your message did not reach some or all of the intended recipients."
pub fn hmailserver(rng: &mut Rng, b: &Bounce) -> Out {
    let per = |r: &Rcpt| {
        if r.local {
            return format!("{}\nError Type: SMTP\n{}", r.addr, r.one_line());
        }
        r.stage_shown.set(true);
        let cmd = match r.stage {
            Stage::Mail => format!("MAIL FROM:<{}>", b.sender.email),
            Stage::Data | Stage::EndData => "DATA".to_string(),
            Stage::Conn | Stage::Helo => "EHLO".to_string(),
            _ => format!("RCPT TO:<{}>", r.addr),
        };
        format!(
            "{}\nError Type: SMTP\nRemote server ({}) issued an error.\nhMailServer sent: {cmd}\nRemote server replied: {}",
            r.addr,
            r.rip,
            r.one_line()
        )
    };
    let subject = format!("Message undeliverable: {}", b.original.subject);
    let mut n = Notice::new("", &format!("mailer-daemon@{}", b.me), &subject, &per);
    n.intro = format!(
        "Your message did not reach some or all of the intended recipients.\n\n   Sent: {}\n   Subject: {}\n\nThe following recipient(s) could not be reached:",
        b.original.date.rfc5322(),
        b.original.subject
    );
    n.inline_marker = if b.variant == 0 {
        None
    } else {
        Some("--- Original message follows ---".into())
    };
    notice::render(rng, b, n)
}

/// IceWarp (Merak): English or Czech notice with a DSN part.
pub fn icewarp(rng: &mut Rng, b: &Bounce) -> Out {
    let per = |r: &Rcpt| {
        if r.local {
            format!("<{}>:\nReason: {}", r.addr, r.one_line())
        } else {
            format!(
                "<{}>:\nRemote SMTP server {} [{}] has rejected address\nDiagnostic: {}",
                r.addr,
                r.host,
                r.rip,
                r.one_line()
            )
        }
    };
    let cs = b.lang.code == "cs";
    let subject = if cs {
        "Nedoručitelná zpráva"
    } else {
        "Undeliverable message"
    };
    let mut n = Notice::new(
        "IceWarp Mail Server",
        &format!("postmaster@{}", b.me_domain),
        subject,
        &per,
    );
    n.intro = if cs {
        "Zprávu nebylo možné doručit následujícím příjemcům.\nUnable to deliver message to the following address(es).".into()
    } else {
        "This is an automatically generated message from IceWarp Mail Server.\nUnable to deliver message to the following address(es).".into()
    };
    let mut d = Dsn::new(b.me.clone());
    d.fold = DiagFold::Long;
    n.dsn = Some(d);
    notice::render(rng, b, n)
}

/// Novell / Micro Focus GroupWise.
pub fn groupwise(rng: &mut Rng, b: &Bounce) -> Out {
    let per = |r: &Rcpt| {
        format!(
            "  {}\n  Status: {}",
            r.addr,
            if r.has_text() {
                r.one_line()
            } else {
                r.explain.clone()
            }
        )
    };
    let mut n = Notice::new(
        "GroupWise Internet Agent",
        &format!("postmaster@{}", b.me_domain),
        "Message status - undeliverable",
        &per,
    );
    n.intro = format!(
        "The message that you sent was not delivered to the following recipients:\n\n  Subject: {}\n  Creation Date: {}\n  From: {}\n",
        b.original.subject,
        b.original.date.us(),
        b.sender.email
    );
    let ip = names::ip(rng);
    n.outro = format!("Generated by {} ({ip})", b.me);
    notice::render(rng, b, n)
}
