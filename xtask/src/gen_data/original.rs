//! The message that bounced: returned whole, as headers only, or quoted in the text.
//!
//! Some originals mention addresses, SMTP codes or "delivery" in their own text, so that a
//! reader (or a parser) has to tell the report from the message it returns.

use super::charset::Charset;
use super::date::Date;
use super::lang::Lang;
use super::mime::{self, Enc};
use super::names::{self, Person};
use super::rng::Rng;

#[derive(Debug, Clone)]
pub struct Original {
    pub from: Person,
    pub to: Vec<String>,
    pub subject: String,
    pub date: Date,
    pub msgid: String,
    pub body: String,
    pub cs: Charset,
    pub enc: Enc,
    pub mailer: &'static str,
}

const SUBJECTS_EN: &[&str] = &[
    "Invoice {n} from {company}",
    "Re: project timeline",
    "Your order #{n} has shipped",
    "Meeting minutes {date}",
    "Newsletter - {month} edition",
    "Re: question about your quote",
    "Updated contract draft",
    "Welcome to {company}",
    "Password reset request",
    "Re: Re: holiday plans",
    "Application for the position of sales manager",
    "Photos from the weekend",
    "Reminder: appointment on Thursday",
    "Fwd: documents you asked for",
    "Special offer for our customers",
    "Your monthly statement is ready",
    "Re: error 550 when sending to the client",
    "Ticket #{n}: cannot log in",
];

const MONTHS: &[&str] = &["January", "March", "May", "June", "September", "November"];

const BODIES_EN: &[&str] = &[
    "Hi {to},\n\nPlease find attached the invoice for last month. Payment is due within 30 days.\n\nKind regards,\n{from}\n{company}",
    "Hello,\n\nJust a quick reminder about our meeting on Thursday at 10:00.\nLet me know if the time doesn't work for you.\n\nThanks,\n{from}",
    "Dear customer,\n\nYour order #{n} has been shipped and will be delivered within 3-5 business days.\nTrack your parcel: https://track.{domain}/{n}\n\nQuestions? Write to support@{domain}\n\n{company}",
    "Hi {to},\n\nAs discussed on the phone, here are the figures. The server returned\n\"550 5.1.1 user unknown\" for two of the addresses on the old list, so I removed them.\n\nBest,\n{from}",
    "Hello {to},\n\nThank you for your interest. I have attached my CV and would welcome the chance to discuss the role.\n\nSincerely,\n{from}",
    "This month: new products, a customer story and upcoming webinars.\n\nRead online: https://news.{domain}/{n}\nUnsubscribe: https://news.{domain}/unsubscribe?u={n}\n\n{company}, 1 Example Street",
    "Hi,\n\nForwarding the thread below. Can you reply to bob@{domain} directly?\n\n-------- Forwarded Message --------\nFrom: Bob <bob@{domain}>\nSubject: documents\n\nPlease send me the signed copies.\n\n{from}",
    "Hey {to}!\n\nGreat seeing you on Saturday. Pictures are in the shared album.\n\n{from}",
];

const SUBJECT_COMPANY: &[&str] = &[
    "Nordwind",
    "Bluepeak",
    "Greenfield",
    "Lakeside",
    "Brightline",
    "Pixelworks",
];

fn fill(rng: &mut Rng, s: &str, from: &Person, to: &str, domain: &str) -> String {
    s.replace("{n}", &rng.range(1000, 999_999).to_string())
        .replace("{company}", rng.pick_str(SUBJECT_COMPANY))
        .replace("{month}", rng.pick_str(MONTHS))
        .replace(
            "{date}",
            &format!("{}/{}", rng.range(1, 28), rng.range(1, 12)),
        )
        .replace("{from}", from.first())
        .replace("{to}", to)
        .replace("{domain}", domain)
}

/// An original message from `from` to `to` (addresses), in the language when it can.
pub fn make(
    rng: &mut Rng,
    lang: &'static Lang,
    from: Person,
    to: Vec<String>,
    date: Date,
) -> Original {
    let domain = from
        .email
        .split('@')
        .nth(1)
        .unwrap_or("example.com")
        .to_string();
    let to_name = to
        .first()
        .and_then(|a| a.split('@').next())
        .and_then(|l| l.split(['.', '_']).next())
        .map(|n| {
            let mut c = n.chars();
            c.next()
                .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
        })
        .unwrap_or_default();
    let (subject, body) = if lang.code != "en" && !lang.personal.is_empty() && rng.chance(0.6) {
        let (s, b) = rng.pick(lang.personal);
        (
            s.to_string(),
            b.replace("{name}", &to_name).replace("{me}", &from.name),
        )
    } else {
        let st = rng.pick_str(SUBJECTS_EN);
        let bt = rng.pick_str(BODIES_EN);
        (
            fill(rng, st, &from, &to_name, &domain),
            fill(rng, bt, &from, &to_name, &domain),
        )
    };
    let (cs, enc) = *rng.pick(lang.charsets);
    let mailer = rng.pick_str(&[
        "",
        "",
        "Microsoft Outlook 16.0",
        "Mozilla Thunderbird",
        "Apple Mail (2.3731.700.6)",
        "Roundcube Webmail/1.6.5",
        "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)",
        "Zimbra 9.0.0_GA_4178 (ZimbraWebClient - GC120)",
        "Becky! ver. 2.81.04",
        "Foxmail 7.2.25.254[cn]",
    ]);
    Original {
        msgid: names::message_id(rng, &domain),
        from,
        to,
        subject,
        date,
        body,
        cs,
        enc,
        mailer,
    }
}

/// The header block of the original (without the blank line).
pub fn headers(
    rng: &mut Rng,
    o: &Original,
    received_by: &str,
    full: bool,
) -> Vec<(String, String)> {
    let domain = o.from.email.split('@').nth(1).unwrap_or("example.com");
    let mut h: Vec<(String, String)> = Vec::new();
    if full && rng.chance(0.6) {
        h.push(("Return-Path".into(), format!("<{}>", o.from.email)));
    }
    if rng.chance(0.7) {
        h.push((
            "Received".into(),
            format!(
                "from [{}] (unknown [{}])\n\tby {received_by} ({}) with ESMTPSA id {}\n\tfor <{}>; {}",
                names::ip(rng),
                names::ip(rng),
                rng.pick_str(&["Postfix", "Exim 4.96", "Microsoft SMTP Server", "8.17.1/8.17.1"]),
                names::postfix_qid(rng),
                o.to.first().map_or("", |s| s.as_str()),
                o.date.rfc5322()
            ),
        ));
    }
    if full && rng.chance(0.3) {
        h.push((
            "DKIM-Signature".into(),
            format!(
                "v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain};\n\ts=mail{}; t={}; bh={}=;\n\th=From:To:Subject:Date:Message-ID;\n\tb={}",
                rng.range(1, 2024),
                rng.digits(10),
                rng.alnum(43),
                rng.alnum(70)
            ),
        ));
    }
    let mut core = vec![
        ("Message-ID".to_string(), o.msgid.clone()),
        ("Date".into(), o.date.rfc5322()),
        (
            "From".into(),
            mime::mailbox(rng, &o.from.name, &o.from.email, o.cs),
        ),
        ("To".into(), o.to.join(", ")),
        ("Subject".into(), mime::encode_words(rng, &o.subject, o.cs)),
        ("MIME-Version".into(), "1.0".into()),
    ];
    rng.shuffle(&mut core[..5]);
    h.extend(core);
    if !o.mailer.is_empty() {
        h.push(("X-Mailer".into(), o.mailer.to_string()));
    }
    h
}

/// The whole original message as bytes.
pub fn render(rng: &mut Rng, o: &Original, received_by: &str) -> Vec<u8> {
    let h = headers(rng, o, received_by, true);
    let part = mime::text_part(rng, "plain", &o.body, o.cs, o.enc).with_headers_first(h);
    mime::render(&part)
}

/// The header block as text (for text/rfc822-headers and inline quotes).
pub fn header_text(rng: &mut Rng, o: &Original, received_by: &str) -> String {
    let h = headers(rng, o, received_by, true);
    let mut out = String::new();
    for (n, v) in h {
        out.push_str(&n);
        out.push_str(": ");
        out.push_str(&v);
        out.push('\n');
    }
    out.push_str(&format!(
        "Content-Type: text/plain; charset={}\n",
        o.cs.label()
    ));
    out
}

/// The original quoted in a text part: headers, blank line and body, when the body can
/// be shown in the report's own charset; otherwise headers only.
pub fn inline_text(rng: &mut Rng, o: &Original, received_by: &str, with_body: bool) -> String {
    let mut s = header_text(rng, o, received_by);
    if with_body {
        s.push('\n');
        s.push_str(&o.body);
        s.push('\n');
    }
    s
}
