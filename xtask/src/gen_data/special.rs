//! Reports that are not failures: auto-replies (RFC 3834), abuse feedback (ARF, RFC 5965)
//! and success DSNs.

use super::charset::Charset;
use super::date::Date;
use super::label::{Label, LabelRcpt, Sample};
use super::lang::{self, Lang};
use super::mime::{self, Enc, Part};
use super::names::{self, Person};
use super::original::{self, Original};
use super::rng::Rng;

fn finish(rng: &mut Rng, part: &Part) -> Vec<u8> {
    let eml = mime::render(part);
    if rng.chance(0.1) {
        mime::crlf(&eml)
    } else {
        eml
    }
}

fn label(style: &str, lang: &str, family: String, recipients: Vec<LabelRcpt>) -> Label {
    Label {
        file: String::new(),
        bounce: true,
        style: style.into(),
        language: lang.into(),
        family,
        recipients,
    }
}

/// Vacation wrappers: which headers and shape an auto-reply has.
pub const VACATION_STYLES: &[&str] = &[
    "outlook",
    "gmail",
    "sieve",
    "autoresponder",
    "zimbra",
    "plain",
];

/// An out-of-office reply from `who` to the original's sender.
pub fn vacation(rng: &mut Rng, lang: &'static Lang, style: &str, variant: usize) -> Sample {
    let odomain = names::domain(rng);
    let sender = names::person(rng, lang.code, &odomain);
    let rdomain = names::domain(rng);
    let who = names::person(rng, lang.code, &rdomain);
    let colleague = names::person(rng, lang.code, &rdomain);
    let odate = Date::random_for(rng, lang.code);
    let orig = original::make(rng, lang, sender.clone(), vec![who.email.clone()], odate);
    let back = odate
        .plus_seconds(rng.range(2, 21) as i64 * 86_400)
        .day_text(lang.code);
    let v = &lang.vacation;
    let subject = v.subjects[variant % v.subjects.len()]
        .replace("{subject}", &orig.subject)
        .replace("{back}", &back);
    let body = rng
        .pick_str(v.bodies)
        .replace("{name}", &who.name)
        .replace("{back}", &back)
        .replace("{colleague}", &colleague.name)
        .replace("{cmail}", &colleague.email);
    let (cs, enc) = *rng.pick(lang.charsets);
    let date = odate.plus_seconds(rng.range(3, 300) as i64);
    let mut h: Vec<(String, String)> = Vec::new();
    if rng.chance(0.6) {
        h.push((
            "Return-Path".into(),
            if style == "outlook" {
                format!("<{}>", who.email)
            } else {
                "<>".into()
            },
        ));
    }
    h.push(("Date".into(), date.rfc5322()));
    h.push(("From".into(), mime::mailbox(rng, &who.name, &who.email, cs)));
    h.push((
        "To".into(),
        mime::mailbox(rng, &sender.name, &sender.email, cs),
    ));
    h.push(("Subject".into(), mime::encode_words(rng, &subject, cs)));
    h.push(("Message-ID".into(), names::message_id(rng, &rdomain)));
    h.push(("In-Reply-To".into(), orig.msgid.clone()));
    if rng.chance(0.5) {
        h.push(("References".into(), orig.msgid.clone()));
    }
    match style {
        "outlook" => {
            h.push((
                "Thread-Topic".into(),
                mime::encode_words(rng, &orig.subject, cs),
            ));
            h.push(("Auto-Submitted".into(), "auto-generated".into()));
            h.push(("X-Auto-Response-Suppress".into(), "All".into()));
            h.push(("X-MS-Exchange-Inbox-Rules-Loop".into(), who.email.clone()));
            h.push(("X-MS-Exchange-Organization-AutoReply".into(), "OOF".into()));
        }
        "gmail" => {
            h.push(("Auto-Submitted".into(), "auto-replied".into()));
            h.push(("Precedence".into(), "bulk".into()));
        }
        "sieve" => {
            h.push(("Auto-Submitted".into(), "auto-replied (vacation)".into()));
            h.push(("Precedence".into(), "bulk".into()));
        }
        "autoresponder" => {
            h.push(("X-Autoreply".into(), "yes".into()));
            h.push(("Precedence".into(), "auto_reply".into()));
            h.push(("X-Autorespond".into(), "Autorespond".into()));
        }
        "zimbra" => {
            h.push(("Auto-Submitted".into(), "auto-replied".into()));
            h.push((
                "X-Mailer".into(),
                "Zimbra 9.0.0_GA (zclient/9.0.0_GA)".into(),
            ));
        }
        _ => {}
    }
    h.push(("MIME-Version".into(), "1.0".into()));
    let text = mime::text_part(rng, "plain", &body, cs, enc);
    let part = if style == "outlook" && rng.chance(0.6) {
        let html = format!(
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={}\"></head><body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">{}</div></body></html>",
            cs.label(),
            body.replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('\n', "<br>\n")
        );
        let hp = mime::text_part(
            rng,
            "html",
            &html,
            cs,
            if enc == Enc::Bit7 { Enc::Qp } else { enc },
        );
        mime::multipart(rng, "alternative", "", vec![text, hp])
    } else {
        text
    };
    let part = part.with_headers_first(h);
    Sample {
        eml: finish(rng, &part),
        label: label(
            &format!("vacation-{style}"),
            lang.code,
            format!("vacation-{style}/{}/vacation/{variant}", lang.code),
            vec![LabelRcpt::plain(1, "vacation", "", "")],
        ),
    }
}

/// Feedback wrappers: who sends the ARF report.
pub const FEEDBACK_STYLES: &[&str] = &[
    "yahoo",
    "microsoft",
    "aol",
    "mailru",
    "generic",
    "ses-json",
    "auth-failure",
];

const FEEDBACK_TYPES: &[&str] = &[
    "abuse", "abuse", "abuse", "abuse", "fraud", "virus", "opt-out", "not-spam", "other",
];

/// An ARF feedback report about a message from our sender to one recipient.
pub fn feedback(rng: &mut Rng, style: &str, variant: usize) -> Sample {
    let lang = lang::get("en");
    let odomain = names::domain(rng);
    let sender = names::person(rng, "en", &odomain);
    let (provider, agent, from) = match style {
        "yahoo" => (
            "yahoo",
            "Yahoo!-Mail-Feedback/2.0",
            "feedback@arf.mail.yahoo.example",
        ),
        "microsoft" => ("outlook", "Hotmail FBL", "staff@hotmail.example"),
        "aol" => ("aol", "AOL SComp", "scomp@aol.example"),
        "mailru" => ("mailru", "Mail.Ru FBL", "fbl@corp.mail.example.ru"),
        _ => ("", "ReportGenerator/1.2", "abuse@isp.example.net"),
    };
    let rdomain = if provider.is_empty() {
        names::domain(rng)
    } else {
        names::provider_domain(rng, provider)
    };
    let rcpt = names::person(rng, "en", &rdomain);
    let odate = Date::random(rng);
    let orig = original::make(rng, lang, sender.clone(), vec![rcpt.email.clone()], odate);
    let ftype = if style == "auth-failure" {
        "auth-failure"
    } else {
        rng.pick_str(FEEDBACK_TYPES)
    };
    let src_ip = names::ip(rng);
    let date = odate.plus_seconds(rng.range(600, 86_400 * 3) as i64);
    if style == "ses-json" {
        return ses_complaint(rng, &sender, &rcpt, date, variant);
    }
    let intro = match style {
        "yahoo" => format!(
            "This is an email abuse report for an email message received from IP {src_ip} on {}.\nFor more information about this format please see http://www.mipassoc.org/arf/.\n",
            odate.rfc5322()
        ),
        "microsoft" => {
            "This is an email abuse report for an email message with the message-id of ".to_string()
                + &orig.msgid
                + " received from IP address "
                + &src_ip
                + ".\n"
        }
        "aol" => format!(
            "This is an email abuse report for an email message received from IP {src_ip} on {}.  For information, please review the AOL Feedback Loop guidelines.\n",
            odate.rfc5322()
        ),
        "auth-failure" => format!(
            "This is an authentication failure report for an email message received from IP {src_ip} on {}.\n",
            odate.rfc5322()
        ),
        _ => format!(
            "Feedback report: a user of {rdomain} marked a message from {odomain} as {ftype}.\n"
        ),
    };
    let mut fr = format!(
        "Feedback-Type: {ftype}\nUser-Agent: {agent}\nVersion: 1\nOriginal-Mail-From: <{}>\n",
        sender.email
    );
    if variant == 0 || rng.chance(0.5) {
        fr.push_str(&format!("Original-Rcpt-To: <{}>\n", rcpt.email));
    }
    fr.push_str(&format!(
        "Arrival-Date: {}\nReporting-MTA: dns; {}\nSource-IP: {src_ip}\nReported-Domain: {odomain}\n",
        odate.rfc5322(),
        names::host_in(rng, &rdomain)
    ));
    if ftype == "auth-failure" {
        fr.push_str(&format!(
            "Auth-Failure: {}\nAuthentication-Results: {}; dkim=fail header.d={odomain}\nDKIM-Domain: {odomain}\n",
            rng.pick_str(&["dkim", "spf", "signature"]),
            rdomain
        ));
    } else if rng.chance(0.5) {
        fr.push_str(&format!("Authentication-Results: mx.{rdomain}; spf=pass smtp.mailfrom={odomain}; dkim=pass header.d={odomain}\n"));
    }
    if rng.chance(0.3) {
        fr.push_str(&format!(
            "Reported-Uri: https://www.{odomain}/offer?id={}\n",
            rng.digits(6)
        ));
    }
    let text = mime::text_part(rng, "plain", &intro, Charset::Ascii, Enc::Bit7);
    let report = mime::raw_part("message/feedback-report", fr);
    let returned = if rng.chance(0.7) {
        mime::raw_part(
            "message/rfc822",
            original::render(rng, &orig, &format!("mx.{rdomain}")),
        )
    } else {
        mime::raw_part(
            "text/rfc822-headers",
            original::header_text(rng, &orig, &format!("mx.{rdomain}")),
        )
    };
    let top = mime::multipart(
        rng,
        "report",
        "; report-type=feedback-report",
        vec![text, report, returned],
    );
    let subject = match style {
        "microsoft" => "complaint about message from ".to_string() + &src_ip,
        "aol" => format!("Email Feedback Report for IP {src_ip}"),
        "yahoo" => "FW: ".to_string() + &orig.subject,
        "auth-failure" => format!("Authentication failure report for {odomain}"),
        _ => format!("Abuse report: {}", orig.subject),
    };
    let h = vec![
        ("Return-Path".to_string(), format!("<{from}>")),
        ("Date".into(), date.rfc5322()),
        ("From".into(), from.to_string()),
        ("To".into(), format!("fbl@{odomain}")),
        ("Subject".into(), subject),
        ("Message-ID".into(), names::message_id(rng, &rdomain)),
        ("MIME-Version".into(), "1.0".into()),
    ];
    let part = top.with_headers_first(h);
    let mut row = LabelRcpt::plain(1, "feedback", "", "");
    row.anotherone = Some(ftype.to_string());
    let _ = orig_to(&orig);
    Sample {
        eml: finish(rng, &part),
        label: label(
            &format!("feedback-{style}"),
            "en",
            format!("feedback-{style}/en/feedback/{variant}"),
            vec![row],
        ),
    }
}

fn orig_to(o: &Original) -> &str {
    o.to.first().map_or("", String::as_str)
}

/// An Amazon SES complaint event delivered by SNS.
fn ses_complaint(
    rng: &mut Rng,
    sender: &Person,
    rcpt: &Person,
    date: Date,
    variant: usize,
) -> Sample {
    let ftype = rng.pick_str(&["abuse", "abuse", "not-spam", "fraud", "virus", "other"]);
    let inner = format!(
        "{{\"notificationType\":\"Complaint\",\"complaint\":{{\"feedbackId\":\"{}-000000\",\"complaintSubType\":null,\"complainedRecipients\":[{{\"emailAddress\":\"{}\"}}],\"timestamp\":\"{}\",\"userAgent\":\"Mozilla/5.0\",\"complaintFeedbackType\":\"{ftype}\",\"arrivalDate\":\"{}\"}},\"mail\":{{\"source\":\"{}\",\"messageId\":\"{}\"}}}}",
        rng.hex(32),
        rcpt.email,
        date.iso_z(rng.range(0, 999)),
        date.iso_z(rng.range(0, 999)),
        sender.email,
        rng.hex(40)
    );
    let body = format!(
        "{{\n  \"Type\" : \"Notification\",\n  \"MessageId\" : \"{}\",\n  \"TopicArn\" : \"arn:aws:sns:eu-west-1:123456789012:ses-complaints\",\n  \"Message\" : \"{}\",\n  \"Timestamp\" : \"{}\"\n}}\n",
        rng.hex(32),
        inner.replace('"', "\\\""),
        date.iso_z(rng.range(0, 999))
    );
    let part =
        mime::text_part(rng, "plain", &body, Charset::Utf8, Enc::Bit7).with_headers_first(vec![
            ("Date".to_string(), date.rfc5322()),
            (
                "From".into(),
                "AWS Notifications <no-reply@sns.amazonaws.example>".into(),
            ),
            ("To".into(), sender.email.clone()),
            ("Subject".into(), "AWS Notification Message".into()),
            (
                "Message-ID".into(),
                names::message_id(rng, "sns.amazonaws.example"),
            ),
            ("MIME-Version".into(), "1.0".into()),
        ]);
    let mut row = LabelRcpt::plain(1, "feedback", "", "");
    row.anotherone = Some(ftype.to_string());
    Sample {
        eml: finish(rng, &part),
        label: label(
            "feedback-ses-json",
            "en",
            format!("feedback-ses-json/en/feedback/{variant}"),
            vec![row],
        ),
    }
}

/// Success-DSN wrappers.
pub const DELIVERED_STYLES: &[&str] =
    &["postfix", "exchange", "sendmail", "ses-json", "exim-relay"];

/// A success DSN for one to three recipients.
pub fn delivered(rng: &mut Rng, lang: &'static Lang, style: &str, variant: usize) -> Sample {
    let sdomain = names::domain(rng);
    let sender = names::person(rng, lang.code, &sdomain);
    let n = if rng.chance(0.2) {
        rng.range(2, 3) as usize
    } else {
        1
    };
    let mut rcpts: Vec<(String, String, String)> = Vec::new();
    for _ in 0..n {
        let d = names::domain(rng);
        let p = names::person(rng, lang.code, &d);
        let host = names::host_in(rng, &d);
        rcpts.push((p.email.to_ascii_lowercase(), host, names::ip(rng)));
    }
    let odate = Date::random_for(rng, lang.code);
    let orig = original::make(
        rng,
        lang,
        sender.clone(),
        rcpts.iter().map(|r| r.0.clone()).collect(),
        odate,
    );
    let me = names::host_in(rng, &sdomain);
    let date = odate.plus_seconds(rng.range(2, 90) as i64);
    let qid = names::postfix_qid(rng);
    let mut rows = Vec::new();
    let (cs, enc) = *rng.pick(lang.charsets);
    let (text, action, dsn_extra, subject, from) = match style {
        "exchange" => {
            let ex = lang.ex.unwrap_or_else(|| lang::get("en").ex.expect("en"));
            let _ = ex;
            let mut t =
                String::from("Your message has been delivered to the following recipients:\n\n");
            for r in &rcpts {
                t.push_str(&format!("{}\n", r.0));
            }
            t.push_str(&format!("\nSubject: {}\n", orig.subject));
            (
                t,
                "delivered",
                "",
                format!("Delivered: {}", orig.subject),
                format!("postmaster@{sdomain}"),
            )
        }
        "sendmail" => {
            let mut t = format!(
                "The original message was received at {}\nfrom localhost [127.0.0.1]\n\n   ----- The following addresses had successful delivery notifications -----\n",
                odate.rfc5322()
            );
            for r in &rcpts {
                t.push_str(&format!("<{}>  (relayed to non-DSN-aware mailer)\n", r.0));
            }
            t.push_str("\n   ----- Transcript of session follows -----\n");
            for r in &rcpts {
                t.push_str(&format!("<{}>... Successfully delivered\n", r.0));
            }
            (
                t,
                "relayed",
                "",
                "Return receipt".to_string(),
                format!("MAILER-DAEMON@{me}"),
            )
        }
        "exim-relay" => {
            let mut t = String::from(
                "This report was generated automatically by the mail delivery system.\n\nYour message has been successfully delivered to the following recipient(s):\n\n",
            );
            for r in &rcpts {
                t.push_str(&format!("  {}\n    host {} [{}]\n", r.0, r.1, r.2));
            }
            (
                t,
                "delivered",
                "",
                "Delivery Status Notification (Success)".into(),
                format!("Mailer-Daemon@{me}"),
            )
        }
        "ses-json" => return ses_delivery(rng, &sender, &rcpts, date, variant),
        _ => {
            let mut t = format!(
                "This is the mail system at host {me}.\n\nYour message was successfully delivered to the destination(s)\nlisted below. If the message was delivered to mailbox you will\nreceive no further notifications. Otherwise you may still receive\nnotifications of mail delivery errors from other systems.\n\n                   The mail system\n\n"
            );
            for r in &rcpts {
                t.push_str(&format!(
                    "<{}>: delivery via {}[{}]:25: 250 2.0.0 Ok: queued as {}\n",
                    r.0,
                    r.1,
                    r.2,
                    names::postfix_qid(rng)
                ));
            }
            let action = if variant == 1 { "delivered" } else { "relayed" };
            (
                t,
                action,
                "X-Postfix-Queue-ID",
                "Successful Mail Delivery Report".into(),
                format!("MAILER-DAEMON@{me}"),
            )
        }
    };
    let mut dsn = format!("Reporting-MTA: dns; {me}\n");
    if !dsn_extra.is_empty() {
        dsn.push_str(&format!(
            "X-Postfix-Queue-ID: {qid}\nX-Postfix-Sender: rfc822; {}\n",
            sender.email
        ));
    }
    dsn.push_str(&format!("Arrival-Date: {}\n", odate.rfc5322()));
    for (i, r) in rcpts.iter().enumerate() {
        dsn.push_str(&format!(
            "\nFinal-Recipient: rfc822; {}\nAction: {action}\nStatus: 2.0.0\nRemote-MTA: dns; {}\nDiagnostic-Code: smtp; 250 2.0.0 Ok: queued as {}\n",
            r.0,
            r.1,
            names::postfix_qid(rng)
        ));
        rows.push(LabelRcpt::plain(i + 1, "delivered", "2.0.0", "250"));
    }
    let mut parts = vec![
        mime::text_part(rng, "plain", &text, cs, enc),
        mime::raw_part("message/delivery-status", dsn),
    ];
    if rng.chance(0.6) {
        parts.push(mime::raw_part(
            "text/rfc822-headers",
            original::header_text(rng, &orig, &me),
        ));
    }
    let top = mime::multipart(rng, "report", "; report-type=delivery-status", parts);
    let h = vec![
        ("Return-Path".to_string(), "<>".to_string()),
        ("Date".into(), date.rfc5322()),
        (
            "From".into(),
            mime::mailbox(rng, "Mail Delivery System", &from, cs),
        ),
        ("To".into(), sender.email.clone()),
        ("Subject".into(), mime::encode_words(rng, &subject, cs)),
        (
            "Message-ID".into(),
            format!("<{}.{qid}@{me}>", rng.digits(14)),
        ),
        ("Auto-Submitted".into(), "auto-replied".into()),
        ("MIME-Version".into(), "1.0".into()),
    ];
    let part = top.with_headers_first(h);
    Sample {
        eml: finish(rng, &part),
        label: label(
            &format!("delivered-{style}"),
            lang.code,
            format!("delivered-{style}/{}/delivered/{variant}", lang.code),
            rows,
        ),
    }
}

fn ses_delivery(
    rng: &mut Rng,
    sender: &Person,
    rcpts: &[(String, String, String)],
    date: Date,
    variant: usize,
) -> Sample {
    let list: Vec<String> = rcpts.iter().map(|r| format!("\\\"{}\\\"", r.0)).collect();
    let inner = format!(
        "{{\\\"notificationType\\\":\\\"Delivery\\\",\\\"mail\\\":{{\\\"source\\\":\\\"{}\\\",\\\"messageId\\\":\\\"{}\\\"}},\\\"delivery\\\":{{\\\"timestamp\\\":\\\"{}\\\",\\\"processingTimeMillis\\\":{},\\\"recipients\\\":[{}],\\\"smtpResponse\\\":\\\"250 2.0.0 OK {} - gsmtp\\\",\\\"remoteMtaIp\\\":\\\"{}\\\",\\\"reportingMTA\\\":\\\"a8-{}.smtp-out.amazonses.example\\\"}}}}",
        sender.email,
        rng.hex(40),
        date.iso_z(rng.range(0, 999)),
        rng.range(300, 9000),
        list.join(","),
        rng.digits(10),
        rcpts[0].2,
        rng.range(10, 99)
    );
    let body = format!(
        "{{\n  \"Type\" : \"Notification\",\n  \"MessageId\" : \"{}\",\n  \"TopicArn\" : \"arn:aws:sns:us-east-1:123456789012:ses-deliveries\",\n  \"Message\" : \"{inner}\",\n  \"Timestamp\" : \"{}\"\n}}\n",
        rng.hex(32),
        date.iso_z(rng.range(0, 999))
    );
    let part =
        mime::text_part(rng, "plain", &body, Charset::Utf8, Enc::Bit7).with_headers_first(vec![
            ("Date".to_string(), date.rfc5322()),
            (
                "From".into(),
                "AWS Notifications <no-reply@sns.amazonaws.example>".into(),
            ),
            ("To".into(), sender.email.clone()),
            ("Subject".into(), "AWS Notification Message".into()),
            (
                "Message-ID".into(),
                names::message_id(rng, "sns.amazonaws.example"),
            ),
            ("MIME-Version".into(), "1.0".into()),
        ]);
    let rows = (0..rcpts.len())
        .map(|i| LabelRcpt::plain(i + 1, "delivered", "2.0.0", "250"))
        .collect();
    Sample {
        eml: finish(rng, &part),
        label: label(
            "delivered-ses-json",
            "en",
            format!("delivered-ses-json/en/delivered/{variant}"),
            rows,
        ),
    }
}
