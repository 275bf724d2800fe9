//! Sending platforms: Amazon SES (DSN and SNS JSON), SendGrid, Mailgun, PowerMTA.

use super::common::*;
use super::notice::{self, Notice};
use super::unix::plain_message;
use crate::gen_data::mime;
use crate::gen_data::names;
use crate::gen_data::original;
use crate::gen_data::rng::Rng;
use crate::gen_data::spec::{Bounce, Rcpt};

/// Amazon SES DSN.
pub fn ses(rng: &mut Rng, b: &Bounce) -> Out {
    let per = |r: &Rcpt| r.addr.clone();
    let mut n = Notice::new(
        "",
        "MAILER-DAEMON@amazonses.example",
        if b.delayed {
            "Delivery Status Notification (Delay)"
        } else {
            "Delivery Status Notification (Failure)"
        },
        &per,
    );
    n.intro = "Delivery of the mail failed for these recipients:".into();
    let mut d = Dsn::new(b.me.clone());
    d.local_type = "smtp";
    d.fold = DiagFold::Long;
    n.dsn = Some(d);
    n.extra
        .push(("X-Original-To".into(), b.sender.email.clone()));
    notice::render(rng, b, n)
}

fn json_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', " ")
}

fn sub_type(reason: &str) -> (&'static str, &'static str) {
    match reason {
        "suppressed" => ("Permanent", "OnAccountSuppressionList"),
        "userunknown" | "hostunknown" => ("Permanent", "NoEmail"),
        "mailboxfull" => ("Transient", "MailboxFull"),
        "mesgtoobig" | "exceedlimit" => ("Transient", "MessageTooLarge"),
        "spamdetected" | "virusdetected" | "policyviolation" | "filtered" => {
            ("Transient", "ContentRejected")
        }
        _ => ("Permanent", "General"),
    }
}

/// An Amazon SES bounce event as SNS delivers it by mail: JSON in the body.
pub fn ses_json(rng: &mut Rng, b: &Bounce) -> Out {
    let r0 = b.first();
    let (mut kind, mut sub) = sub_type(r0.reason);
    if r0.reason == "suppressed" && rng.chance(0.5) {
        sub = "Suppressed";
    }
    if r0.permanent && kind == "Transient" && rng.chance(0.5) {
        (kind, sub) = ("Permanent", "General");
    }
    let recips: Vec<String> = b
        .rcpts
        .iter()
        .map(|r| {
            let mut o = format!("{{\"emailAddress\":\"{}\",\"action\":\"failed\"", r.addr);
            if !r.dsn_status.is_empty() {
                o.push_str(&format!(",\"status\":\"{}\"", r.dsn_status));
            }
            if r.has_text() {
                o.push_str(&format!(
                    ",\"diagnosticCode\":\"smtp; {}\"",
                    json_escape(&r.one_line())
                ));
            }
            o.push('}');
            o
        })
        .collect();
    let ts = b.date.iso_z(rng.range(0, 999));
    let inner = format!(
        "{{\"notificationType\":\"Bounce\",\"bounce\":{{\"feedbackId\":\"{}-{}-{}-{}-{}-000000\",\"bounceType\":\"{kind}\",\"bounceSubType\":\"{sub}\",\"bouncedRecipients\":[{}],\"timestamp\":\"{ts}\",\"remoteMtaIp\":\"{}\",\"reportingMTA\":\"dsn; {}\"}},\"mail\":{{\"timestamp\":\"{}\",\"source\":\"{}\",\"sourceArn\":\"arn:aws:ses:us-east-1:123456789012:identity/{}\",\"sourceIp\":\"{}\",\"sendingAccountId\":\"123456789012\",\"messageId\":\"{}\",\"destination\":[{}]}}}}",
        rng.hex(16),
        rng.hex(8),
        rng.hex(4),
        rng.hex(4),
        rng.hex(4),
        recips.join(","),
        r0.rip,
        b.me,
        b.arrival.iso_z(rng.range(0, 999)),
        b.sender.email,
        b.sender.email.split('@').nth(1).unwrap_or(""),
        b.me_ip,
        rng.hex(40),
        b.rcpts
            .iter()
            .map(|r| format!("\"{}\"", r.addr))
            .collect::<Vec<_>>()
            .join(",")
    );
    let body = if b.variant == 0 {
        format!(
            "{{\n  \"Type\" : \"Notification\",\n  \"MessageId\" : \"{}-{}-{}\",\n  \"TopicArn\" : \"arn:aws:sns:us-east-1:123456789012:ses-bounces\",\n  \"Message\" : \"{}\",\n  \"Timestamp\" : \"{ts}\",\n  \"SignatureVersion\" : \"1\",\n  \"Signature\" : \"{}==\",\n  \"SigningCertURL\" : \"https://sns.us-east-1.amazonaws.example/SimpleNotificationService-{}.pem\",\n  \"UnsubscribeURL\" : \"https://sns.us-east-1.amazonaws.example/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:us-east-1:123456789012:ses-bounces:{}\"\n}}\n",
            rng.hex(8),
            rng.hex(4),
            rng.hex(12),
            json_escape(&inner),
            rng.alnum(120),
            rng.hex(32),
            rng.hex(36)
        )
    } else {
        // Without SNS raw-message wrapping, folded by the mail transport.
        let mut folded = String::new();
        for (i, ch) in inner.chars().enumerate() {
            if i > 0 && i % 76 == 0 {
                folded.push_str("\n ");
            }
            folded.push(ch);
        }
        folded.push('\n');
        folded
    };
    let part = mime::text_part(
        rng,
        "plain",
        &body,
        crate::gen_data::charset::Charset::Utf8,
        mime::Enc::Bit7,
    );
    let h = top_headers(
        rng,
        b,
        "AWS Notifications",
        "no-reply@sns.amazonaws.example",
        "AWS Notification Message",
        vec![("x-amz-sns-message-type".into(), "Notification".into())],
    );
    let h: Vec<(String, String)> = h
        .into_iter()
        .filter(|(n, v)| !(n == "Return-Path" && v == "<>"))
        .collect();
    Out {
        part: plain_message(part, h),
        dsn: true,
    }
}

/// SendGrid's returned-bounce notice.
pub fn sendgrid(rng: &mut Rng, b: &Bounce) -> Out {
    let per = |r: &Rcpt| {
        if r.local {
            format!("<{}>: {}", r.addr, r.one_line())
        } else {
            format!(
                "<{}>: host {}[{}] said: {}",
                r.addr,
                r.host,
                r.rip,
                r.one_line()
            )
        }
    };
    let mut n = Notice::new(
        "Mail Delivery System",
        &format!("bounces+{}@{}", rng.digits(7), b.me_domain),
        "Undelivered Mail Returned to Sender",
        &per,
    );
    n.intro = "This message was generated automatically by SendGrid.\n\nUnfortunately your message could not be delivered to one of its\nintended recipients.\n\nFor help with this, contact SendGrid support.".into();
    if b.variant == 1 {
        let mut d = Dsn::new(b.me.clone());
        d.local_type = "smtp";
        n.dsn = Some(d);
    } else {
        n.inline_marker = Some("------ Original message headers ------".into());
    }
    notice::render(rng, b, n)
}

/// Mailgun's failure notice.
pub fn mailgun(rng: &mut Rng, b: &Bounce) -> Out {
    let per = |r: &Rcpt| format!("Recipient: {}\nError: {}", r.addr, r.one_line());
    let mut n = Notice::new(
        "Mailgun",
        &format!("postmaster@{}", b.me_domain),
        "Delivery Status Notification (Failure)",
        &per,
    );
    n.intro = "Your message could not be delivered to the following recipients.\nThe message was not accepted and will not be retried.".into();
    n.outro = format!("Message-Id: {}", b.original.msgid);
    n.html = rng.chance(0.5);
    let mut d = Dsn::new(b.me.clone());
    d.local_type = "smtp";
    n.dsn = Some(d);
    notice::render(rng, b, n)
}

fn pmta_category(reason: &str) -> &'static str {
    match reason {
        "userunknown" => "bad-mailbox",
        "suspend" | "hasmoved" => "inactive-mailbox",
        "mailboxfull" | "exceedlimit" | "systemfull" => "quota-issues",
        "spamdetected" | "badreputation" => "spam-related",
        "blocked" => "spam-related",
        "policyviolation" | "filtered" | "authfailure" | "requireptr" | "rejected" => {
            "policy-related"
        }
        "hostunknown" | "notaccept" => "bad-domain",
        "networkerror" => "bad-connection",
        "norelaying" => "relaying-issues",
        "expired" => "message-expired",
        "contenterror" | "notcompliantrfc" | "mesgtoobig" => "content-related",
        "virusdetected" => "virus-related",
        "suppressed" => "bad-mailbox",
        _ => "other",
    }
}

/// PowerMTA DSN, with its X-PowerMTA fields.
pub fn powermta(rng: &mut Rng, b: &Bounce) -> Out {
    let per = |r: &Rcpt| format!("{}: {}", r.addr, r.one_line());
    let mut n = Notice::new(
        "Mail Delivery System",
        &format!("mailer-daemon@{}", b.me),
        "Delivery report",
        &per,
    );
    n.intro = if b.delayed {
        "This is a delivery status notification. Delivery of your message to the\nfollowing recipients is delayed and will be retried.".into()
    } else {
        "This is a delivery status notification. Your message could not be delivered\nto the following recipients.".into()
    };
    let mut d = Dsn::new(b.me.clone());
    d.local_type = "smtp";
    d.message_fields = vec![
        (
            "X-PowerMTA-VirtualMTA".into(),
            format!("vmta{}", rng.range(1, 40)),
        ),
        (
            "Received-From-MTA".into(),
            format!("dns; {} ({})", b.me, b.me_ip),
        ),
        ("Arrival-Date".into(), b.arrival.rfc5322()),
    ];
    n.dsn = Some(d);
    let mut out = notice::render(rng, b, n);
    // PowerMTA writes its bounce category into each recipient group.
    if let mime::Body::Multi { parts, .. } = &mut out.part.body {
        for p in parts.iter_mut() {
            if p.headers
                .iter()
                .any(|(_, v)| v.starts_with("message/delivery-status"))
                && let mime::Body::Bytes(bytes) = &mut p.body
            {
                let mut text = String::from_utf8_lossy(bytes).to_string();
                for r in &b.rcpts {
                    text = text.replacen(
                        &format!("Final-Recipient: rfc822; {}\n", r.addr),
                        &format!(
                            "Final-Recipient: rfc822; {}\nX-PowerMTA-BounceCategory: {}\n",
                            r.addr,
                            pmta_category(r.reason)
                        ),
                        1,
                    );
                }
                *bytes = text.into_bytes();
            }
        }
    }
    let _ = (names::ip, original::render);
    out
}
