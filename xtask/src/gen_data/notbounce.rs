//! Ordinary messages that are not delivery reports, several of which look like one:
//! parcel "delivery" notices, a person forwarding a bounce, list posts quoting SMTP
//! errors, challenge-response robots, log summaries, read receipts.

use super::build::{self, BounceJob};
use super::charset::Charset;
use super::date::Date;
use super::label::{Label, Sample};
use super::lang::{self, Lang};
use super::mime::{self, Enc, Part};
use super::names::{self, Person};
use super::reasons::Bank;
use super::rng::Rng;
use super::styles::STYLES;

/// Kinds of ordinary message and the languages each is written in.
pub const KINDS: &[(&str, &[&str])] = &[
    (
        "personal",
        &[
            "en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru", "uk", "ja", "zh-CN", "zh-TW",
            "ko", "tr", "cs", "sv",
        ],
    ),
    ("newsletter", &["en", "de", "fr", "es"]),
    ("receipt", &["en", "de", "fr", "ja"]),
    (
        "shipping",
        &["en", "de", "fr", "es", "it", "nl", "pl", "ja"],
    ),
    ("calendar", &["en", "de"]),
    ("list", &["en"]),
    ("challenge", &["en", "de"]),
    ("fwdbounce", &["en", "de", "fr", "es", "ja", "ru"]),
    ("helpdesk", &["en", "de"]),
    ("logwatch", &["en"]),
    ("dmarc", &["en"]),
    ("mdn", &["en", "de", "fr"]),
    ("notification", &["en", "de", "ja"]),
];

fn headers(
    rng: &mut Rng,
    from: &Person,
    to: &Person,
    subject: &str,
    date: Date,
    cs: Charset,
) -> Vec<(String, String)> {
    let domain = from
        .email
        .split('@')
        .nth(1)
        .unwrap_or("example.com")
        .to_string();
    let mut h = vec![
        ("Date".to_string(), date.rfc5322()),
        (
            "From".into(),
            mime::mailbox(rng, &from.name, &from.email, cs),
        ),
        ("To".into(), mime::mailbox(rng, &to.name, &to.email, cs)),
        ("Subject".into(), mime::encode_words(rng, subject, cs)),
        ("Message-ID".into(), names::message_id(rng, &domain)),
    ];
    if rng.chance(0.5) {
        rng.shuffle(&mut h);
    }
    if rng.chance(0.5) {
        h.insert(
            0,
            (
                "Received".into(),
                format!(
                    "from {} ({} [{}])\n\tby {} with ESMTPS id {}\n\tfor <{}>; {}",
                    names::host_in(rng, &domain),
                    names::host_in(rng, &domain),
                    names::ip(rng),
                    names::host_in(rng, to.email.split('@').nth(1).unwrap_or("example.net")),
                    names::postfix_qid(rng),
                    to.email,
                    date.rfc5322()
                ),
            ),
        );
    }
    h.push(("MIME-Version".into(), "1.0".into()));
    h
}

fn text(rng: &mut Rng, lang: &Lang, body: &str) -> Part {
    let (cs, enc) = *rng.pick(lang.charsets);
    mime::text_part(rng, "plain", body, cs, enc)
}

const NEWSLETTER: &[(&str, &str)] = &[
    (
        "Our spring sale starts today - free delivery on all orders",
        "Hello {name},\n\nOur spring sale starts today! Enjoy 20% off and free delivery on all orders over 50 EUR.\n\nShop now: https://shop.{domain}/sale\n\nYou are receiving this email because you subscribed at {domain}.\nUnsubscribe: https://shop.{domain}/unsubscribe?id={n}",
    ),
    (
        "Weekly digest: 5 articles you might like",
        "Hi {name},\n\nHere are this week's most read articles:\n1. How to keep your inbox clean\n2. Why emails bounce and what to do about it\n3. Ten tips for better deliverability\n\nManage preferences: https://news.{domain}/prefs\nUnsubscribe: https://news.{domain}/u/{n}",
    ),
    (
        "Neuigkeiten aus dem {month}",
        "Hallo {name},\n\nin unserem Newsletter für {month} finden Sie neue Produkte und Termine.\n\nAbmelden: https://news.{domain}/abmelden?id={n}",
    ),
    (
        "Les nouveautés du mois",
        "Bonjour {name},\n\nDécouvrez nos nouveautés et profitez de la livraison gratuite ce week-end.\n\nSe désabonner : https://news.{domain}/desinscription/{n}",
    ),
    (
        "Novedades de {month}",
        "Hola {name},\n\nTe presentamos las novedades de este mes. Envío gratuito en pedidos superiores a 30 EUR.\n\nDarse de baja: https://news.{domain}/baja/{n}",
    ),
];

const RECEIPT: &[(&str, &str)] = &[
    (
        "Your receipt from {company} #{n}",
        "Receipt #{n}\n\nDate: {date}\nAmount paid: 49.90 EUR\nPayment method: Visa ending in 4242\n\nIf you have any questions, contact us at billing@{domain}.\n\nThank you for your purchase!",
    ),
    (
        "Invoice {n} is available",
        "Dear customer,\n\nYour invoice {n} for the period ending {date} is now available in your account.\nTotal due: 120.00 USD, due in 14 days.\n\n{company} Billing",
    ),
    (
        "Ihre Rechnung Nr. {n}",
        "Sehr geehrte Kundin, sehr geehrter Kunde,\n\nanbei erhalten Sie Ihre Rechnung Nr. {n} vom {date}.\nRechnungsbetrag: 89,00 EUR\n\nMit freundlichen Grüßen\n{company}",
    ),
    (
        "Votre facture n° {n}",
        "Bonjour,\n\nVotre facture n° {n} du {date} est disponible dans votre espace client.\nMontant : 35,00 EUR\n\nCordialement,\n{company}",
    ),
    (
        "ご注文ありがとうございます（注文番号 {n}）",
        "{name}様\n\nこの度はご注文いただき誠にありがとうございます。\n注文番号：{n}\nお支払い金額：3,980円\n\n{company}",
    ),
];

const SHIPPING: &[(&str, &str, &str)] = &[
    (
        "en",
        "Your package has been delivered",
        "Hi {name},\n\nGood news! Your package with tracking number {track} was delivered today at 14:32 and left at the front door.\n\nTrack: https://track.{domain}/{track}\n\nThank you for shopping with us.",
    ),
    (
        "en",
        "Delivery attempt failed - we missed you",
        "Hello {name},\n\nWe attempted to deliver your parcel {track} today but nobody was available to receive it.\nDelivery failed: recipient not at home. We will try again on the next business day, or you can collect it at your local pickup point.\n\nReschedule delivery: https://parcel.{domain}/r/{track}",
    ),
    (
        "en",
        "Your order is out for delivery",
        "Your order #{n} is out for delivery and should arrive today between 10:00 and 14:00.\n\nCourier: {company}",
    ),
    (
        "de",
        "Ihre Sendung {track} wurde zugestellt",
        "Hallo {name},\n\nIhre Sendung {track} wurde heute zugestellt und beim Nachbarn abgegeben.\n\nIhr Paketdienst",
    ),
    (
        "de",
        "Zustellung nicht möglich",
        "Guten Tag {name},\n\nleider konnten wir Ihre Sendung {track} heute nicht zustellen, da niemand angetroffen wurde. Die Sendung liegt ab morgen in Ihrer Filiale zur Abholung bereit.\n\nIhr Zustellteam",
    ),
    (
        "fr",
        "Votre colis a été livré",
        "Bonjour {name},\n\nVotre colis {track} a été livré aujourd'hui.\n\nÀ bientôt !",
    ),
    (
        "fr",
        "Échec de livraison de votre colis",
        "Bonjour {name},\n\nLa livraison de votre colis {track} n'a pas pu être effectuée : destinataire absent. Il est disponible en point relais.\n",
    ),
    (
        "es",
        "Tu pedido ha sido entregado",
        "Hola {name}:\n\nTu pedido {track} ha sido entregado hoy.\n\nGracias por tu compra.",
    ),
    (
        "it",
        "La tua spedizione è in consegna",
        "Ciao {name},\n\nla spedizione {track} è in consegna oggi.\n",
    ),
    (
        "nl",
        "Je pakket is bezorgd",
        "Hoi {name},\n\nJe pakket {track} is vandaag bezorgd.\n",
    ),
    (
        "pl",
        "Przesyłka doręczona",
        "Dzień dobry,\n\nprzesyłka {track} została doręczona.\n",
    ),
    (
        "ja",
        "お荷物お届け完了のお知らせ",
        "{name}様\n\nお荷物（伝票番号：{track}）のお届けが完了しました。\n\nご利用ありがとうございました。",
    ),
];

const LIST_POSTS: &[(&str, &str)] = &[
    (
        "Re: bounces with 550 5.1.1 but the user exists",
        "On {date}, {other} wrote:\n> Our log shows\n>   postfix/smtp[2211]: 4F1A2B3C: to=<{addr}>, relay=mx.{domain}[192.0.2.10]:25,\n>   dsn=5.1.1, status=bounced (host mx.{domain}[192.0.2.10] said: 550 5.1.1\n>   <{addr}>: Recipient address rejected: User unknown in virtual mailbox table)\n> but the mailbox exists. Any ideas?\n\nCheck your virtual_mailbox_maps; the lookup table was probably not rebuilt with postmap.\n\n-- \n{me}",
    ),
    (
        "Re: greylisting delays",
        "Greylisting only delays the first message from a new triplet; after that mail flows normally.\nThe 450 4.2.0 replies you see are expected.\n\n{me}",
    ),
    (
        "Re: Why do my mails bounce with \"Relay access denied\"?",
        "You are trying to send through a server that is not your submission server. Use port 587 with authentication.\n\n{me}",
    ),
    (
        "[announce] version 3.8 released",
        "Hello list,\n\nVersion 3.8 is out. Changes: better handling of delayed delivery notifications, new rate limits.\n\nRegards,\n{me}",
    ),
];

const HELPDESK: &[(&str, &str)] = &[
    (
        "Re: [Ticket #{n}] Emails to customer return \"user unknown\"",
        "Hi {name},\n\nthanks for the screenshot. The customer's address was misspelled in the CRM (one letter missing), which is why their server answered \"550 5.1.1 user unknown\". I corrected it, please try again.\n\nBest regards,\n{me}\nIT Service Desk",
    ),
    (
        "[Ticket #{n}] Mailbox full warning",
        "Hello {name},\n\nyour mailbox is at 95% of its quota. Please archive old messages so that new mail is not rejected.\n\nIT Support",
    ),
    (
        "AW: [Ticket #{n}] Mail an Kunden kommt zurück",
        "Hallo {name},\n\nder Kunde hat uns auf seine Sperrliste gesetzt, deshalb kam \"554 5.7.1 Service unavailable\" zurück. Wir klären das.\n\nGruß\n{me}",
    ),
];

const CHALLENGE: &[(&str, &str, &str)] = &[
    (
        "en",
        "Please confirm your message to {addr}",
        "Hello,\n\nI'm protecting myself from receiving junk mail. To deliver your message to {addr}, please verify that you are a human by clicking the link below. You only need to do this once.\n\nhttps://verify.{domain}/c/{n}\n\nYour original message is being held and will be delivered after verification.\n\nThis is an automated message from the Mailbox Protection service.",
    ),
    (
        "en",
        "Verify your email address to reach {addr}",
        "Your message to {addr} is waiting for verification.\n\nTo prove you are not a spam robot, reply to this message or visit https://boxtrapper.{domain}/verify?id={n}\n\nThank you.",
    ),
    (
        "de",
        "Bitte bestätigen Sie Ihre Nachricht an {addr}",
        "Guten Tag,\n\nzum Schutz vor Spam bitten wir Sie, Ihre Nachricht an {addr} einmalig zu bestätigen:\nhttps://bestaetigen.{domain}/{n}\n\nVielen Dank.",
    ),
];

const NOTIFICATIONS: &[(&str, &str, &str)] = &[
    (
        "en",
        "Your password was changed",
        "Hi {name},\n\nThe password for your account was changed on {date}. If this wasn't you, reset it at https://account.{domain}/reset.\n\nThe {company} team",
    ),
    (
        "en",
        "Your verification code is {n}",
        "Your verification code is {n}. It expires in 10 minutes.",
    ),
    (
        "en",
        "{other} commented on your post",
        "{other} commented: \"Great picture! Where was this taken?\"\n\nReply: https://social.{domain}/p/{n}",
    ),
    (
        "de",
        "Neue Anmeldung in Ihrem Konto",
        "Hallo {name},\n\nwir haben eine neue Anmeldung in Ihrem Konto festgestellt ({date}).\n\nIhr {company}-Team",
    ),
    (
        "ja",
        "ログインのお知らせ",
        "{name}様\n\n{date}に新しい端末からログインがありました。お心当たりがない場合はパスワードを変更してください。\n\n{company}",
    ),
];

struct Ctx {
    name: String,
    other: String,
    me: String,
    domain: String,
    addr: String,
    date: String,
    n: String,
    track: String,
    company: &'static str,
    month: &'static str,
}

fn fill(s: &str, c: &Ctx) -> String {
    s.replace("{name}", &c.name)
        .replace("{other}", &c.other)
        .replace("{me}", &c.me)
        .replace("{domain}", &c.domain)
        .replace("{addr}", &c.addr)
        .replace("{date}", &c.date)
        .replace("{n}", &c.n)
        .replace("{track}", &c.track)
        .replace("{company}", c.company)
        .replace("{month}", c.month)
}

/// One ordinary message of `kind` in `lang`.
pub fn make(rng: &mut Rng, bank: &Bank, kind: &str, lang: &'static Lang, variant: usize) -> Sample {
    let fdomain = names::domain(rng);
    let tdomain = names::domain(rng);
    let from = names::person(rng, lang.code, &fdomain);
    let to = names::person(rng, lang.code, &tdomain);
    let date = Date::random_for(rng, lang.code);
    let (cs, _) = *rng.pick(lang.charsets);
    let c = Ctx {
        name: to.first().to_string(),
        other: names::person(rng, lang.code, &fdomain).name,
        me: from.name.clone(),
        domain: fdomain.clone(),
        addr: to.email.clone(),
        date: date.local_text(lang.code),
        n: rng.range(10_000, 9_999_999).to_string(),
        track: format!(
            "{}{}",
            rng.pick_str(&["JJD", "1Z", "CP", "LX", "00340"]),
            rng.digits(12)
        ),
        company: rng.pick_str(names::COMPANIES),
        month: rng.pick_str(&["Mai", "Juni", "März", "octobre", "junio"]),
    };
    let mut extra: Vec<(String, String)> = Vec::new();
    let mut from_p = from.clone();
    let part: Part = match kind {
        "personal" => {
            let (s, b) = lang.personal[variant % lang.personal.len()];
            let body = b.replace("{name}", &c.name).replace("{me}", &c.me);
            let mut p = text(rng, lang, &body);
            let subject = if rng.chance(0.3) {
                format!("Re: {s}")
            } else {
                s.to_string()
            };
            if rng.chance(0.3) {
                extra.push(("In-Reply-To".into(), names::message_id(rng, &tdomain)));
            }
            p.headers
                .splice(0..0, headers(rng, &from_p, &to, &subject, date, cs));
            return finish(rng, p, kind, lang, variant, extra);
        }
        "newsletter" => {
            let (s, b) = pick_lang2(rng, NEWSLETTER, lang.code);
            from_p = Person {
                name: c.company.to_string(),
                local: "news".into(),
                email: format!("news@{fdomain}"),
            };
            extra.push((
                "List-Unsubscribe".into(),
                format!(
                    "<https://news.{fdomain}/u/{}>, <mailto:unsubscribe@{fdomain}>",
                    c.n
                ),
            ));
            extra.push(("Precedence".into(), "bulk".into()));
            let body = fill(b, &c);
            let html = format!(
                "<html><body><h1>{}</h1><p>{}</p></body></html>",
                fill(s, &c),
                body.replace('\n', "<br>")
            );
            let t = text(rng, lang, &body);
            let h = mime::text_part(rng, "html", &html, Charset::Utf8, Enc::Qp);
            let mut p = mime::multipart(rng, "alternative", "", vec![t, h]);
            p.headers
                .splice(0..0, headers(rng, &from_p, &to, &fill(s, &c), date, cs));
            p
        }
        "receipt" => {
            let (s, b) = pick_lang2(rng, RECEIPT, lang.code);
            from_p = Person {
                name: c.company.to_string(),
                local: "billing".into(),
                email: format!("billing@{fdomain}"),
            };
            let mut p = text(rng, lang, &fill(b, &c));
            p.headers
                .splice(0..0, headers(rng, &from_p, &to, &fill(s, &c), date, cs));
            p
        }
        "shipping" => {
            let opts: Vec<&(&str, &str, &str)> =
                SHIPPING.iter().filter(|x| x.0 == lang.code).collect();
            let (_, s, b) = opts[variant % opts.len()];
            from_p = Person {
                name: c.company.to_string(),
                local: "noreply".into(),
                email: format!("noreply@{fdomain}"),
            };
            let mut p = text(rng, lang, &fill(b, &c));
            p.headers
                .splice(0..0, headers(rng, &from_p, &to, &fill(s, &c), date, cs));
            p
        }
        "calendar" => {
            let start = date.plus_seconds(86_400 * 3);
            let ics = format!(
                "BEGIN:VCALENDAR\nPRODID:-//Example Corp//Calendar 1.0//EN\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:{}@{fdomain}\nDTSTART:{}\nDURATION:PT1H\nSUMMARY:Project review\nORGANIZER;CN={}:mailto:{}\nATTENDEE;RSVP=TRUE:mailto:{}\nEND:VEVENT\nEND:VCALENDAR\n",
                rng.hex(16),
                start.iso().replace(['-', ':'], "").replace(' ', "T"),
                from.name,
                from.email,
                to.email
            );
            let subject = if lang.code == "de" {
                "Einladung: Projektbesprechung"
            } else {
                "Invitation: Project review @ Thursday 10:00"
            };
            let t = text(
                rng,
                lang,
                &format!(
                    "{} has invited you to a meeting.\n\nProject review\nWhen: {}\n",
                    from.name,
                    start.rfc5322()
                ),
            );
            let cal = mime::raw_part("text/calendar; method=REQUEST; charset=utf-8", ics);
            let mut p = mime::multipart(rng, "alternative", "", vec![t, cal]);
            p.headers
                .splice(0..0, headers(rng, &from_p, &to, subject, date, cs));
            p
        }
        "list" => {
            let (s, b) = LIST_POSTS[variant % LIST_POSTS.len()];
            let list = rng.pick_str(&["postfix-users", "mailop", "exim-users", "admins"]);
            extra.push(("List-Id".into(), format!("<{list}.lists.example.org>")));
            extra.push((
                "List-Post".into(),
                format!("<mailto:{list}@lists.example.org>"),
            ));
            extra.push(("Sender".into(), format!("{list}-bounces@lists.example.org")));
            extra.push(("Precedence".into(), "list".into()));
            let list_to = Person {
                name: String::new(),
                local: list.into(),
                email: format!("{list}@lists.example.org"),
            };
            let mut p = text(rng, lang, &fill(b, &c));
            p.headers.splice(
                0..0,
                headers(
                    rng,
                    &from_p,
                    &list_to,
                    &format!("[{list}] {}", fill(s, &c)),
                    date,
                    cs,
                ),
            );
            p
        }
        "challenge" => {
            let opts: Vec<&(&str, &str, &str)> =
                CHALLENGE.iter().filter(|x| x.0 == lang.code).collect();
            let (_, s, b) = opts[variant % opts.len()];
            // The robot of the protected address writes back to the person who wrote.
            let robot = Person {
                name: "Mailbox Protection".into(),
                local: "verify".into(),
                email: format!("verify@{tdomain}"),
            };
            if rng.chance(0.5) {
                extra.push(("Auto-Submitted".into(), "auto-replied".into()));
            }
            let mut p = text(rng, lang, &fill(b, &c));
            p.headers
                .splice(0..0, headers(rng, &robot, &from, &fill(s, &c), date, cs));
            p
        }
        "helpdesk" => {
            let (s, b) = HELPDESK[variant % HELPDESK.len()];
            let mut p = text(rng, lang, &fill(b, &c));
            p.headers
                .splice(0..0, headers(rng, &from_p, &to, &fill(s, &c), date, cs));
            p
        }
        "notification" => {
            let opts: Vec<&(&str, &str, &str)> =
                NOTIFICATIONS.iter().filter(|x| x.0 == lang.code).collect();
            let (_, s, b) = opts[variant % opts.len()];
            from_p = Person {
                name: c.company.to_string(),
                local: "no-reply".into(),
                email: format!("no-reply@{fdomain}"),
            };
            let mut p = text(rng, lang, &fill(b, &c));
            p.headers
                .splice(0..0, headers(rng, &from_p, &to, &fill(s, &c), date, cs));
            p
        }
        "logwatch" => logwatch(rng, &from, &to, date, &fdomain),
        "dmarc" => dmarc(rng, &to, date, &fdomain),
        "mdn" => mdn(rng, lang, &from, &to, date, cs),
        _ => fwd_bounce(rng, bank, lang, &to, date, variant),
    };
    finish(rng, part, kind, lang, variant, extra)
}

fn pick_lang2(
    rng: &mut Rng,
    opts: &[(&'static str, &'static str)],
    code: &str,
) -> (&'static str, &'static str) {
    // The first entries are English; others are picked by the language of the subject.
    let local: Vec<&(&str, &str)> = opts
        .iter()
        .filter(|(s, b)| match code {
            "de" => b.contains("Hallo") || b.contains("Sehr geehrte") || s.contains("Neuigkeiten"),
            "fr" => b.contains("Bonjour"),
            "es" => b.contains("Hola"),
            "ja" => b.contains('様'),
            _ => {
                s.is_ascii()
                    && (b.starts_with("Hello")
                        || b.starts_with("Hi")
                        || b.starts_with("Receipt")
                        || b.starts_with("Dear"))
            }
        })
        .collect();
    if local.is_empty() {
        *rng.pick(opts)
    } else {
        **rng.pick(&local)
    }
}

fn finish(
    rng: &mut Rng,
    mut part: Part,
    kind: &str,
    lang: &Lang,
    variant: usize,
    extra: Vec<(String, String)>,
) -> Sample {
    let at = part
        .headers
        .iter()
        .position(|(n, _)| n == "MIME-Version")
        .unwrap_or(0);
    for (i, e) in extra.into_iter().enumerate() {
        part.headers.insert(at + i, e);
    }
    let mut eml = mime::render(&part);
    if rng.chance(0.1) {
        eml = mime::crlf(&eml);
    }
    Sample {
        eml,
        label: Label {
            file: String::new(),
            bounce: false,
            style: format!("notbounce-{kind}"),
            language: lang.code.into(),
            family: format!("notbounce-{kind}/{}/notbounce/{variant}", lang.code),
            recipients: Vec::new(),
        },
    }
}

fn logwatch(rng: &mut Rng, from: &Person, to: &Person, date: Date, domain: &str) -> Part {
    let host = names::host_in(rng, domain);
    let mut body = format!(
        "\n ################### Logwatch 7.7 ({}) ####################\n        Processing Initiated: {}\n        Logfiles for Host: {host}\n ##################################################################\n\n --------------------- Postfix Begin ------------------------\n\n    2   Bounced\n    5   Deferred\n\n **Unmatched Entries**\n",
        date.iso(),
        date.ctime()
    );
    for _ in 0..rng.range(2, 4) {
        let d = names::domain(rng);
        body.push_str(&format!(
            "    {} {host} postfix/smtp[{}]: {}: to=<{}@{d}>, relay=mx.{d}[{}]:25, delay=1.2, dsn=5.1.1, status=bounced (host mx.{d}[{}] said: 550 5.1.1 User unknown (in reply to RCPT TO command))\n",
            date.syslog(),
            rng.range(1000, 40000),
            names::postfix_qid(rng),
            rng.pick_str(names::ROLE_LOCALS),
            names::ip(rng),
            names::ip(rng)
        ));
    }
    body.push_str("\n ---------------------- Postfix End -------------------------\n\n ###################### Logwatch End #########################\n");
    let mut p = mime::text_part(rng, "plain", &body, Charset::Ascii, Enc::Bit7);
    let root = Person {
        name: "logwatch".into(),
        local: "root".into(),
        email: format!("root@{host}"),
    };
    let _ = from;
    p.headers.splice(
        0..0,
        headers(
            rng,
            &root,
            to,
            &format!("Logwatch for {host} (Linux)"),
            date,
            Charset::Ascii,
        ),
    );
    p
}

fn dmarc(rng: &mut Rng, to: &Person, date: Date, domain: &str) -> Part {
    let reporter = rng.pick_str(&[
        "google.example",
        "mail.example.net",
        "outlook.example",
        "yahoo.example",
    ]);
    let report_id = rng.digits(20);
    let t = mime::text_part(
        rng,
        "plain",
        &format!(
            "This is an aggregate report from {reporter}.\n\nReport domain: {domain}\nSubmitter: {reporter}\nReport-ID: {report_id}\n"
        ),
        Charset::Ascii,
        Enc::Bit7,
    );
    let zip = mime::Part {
        headers: vec![
            (
                "Content-Type".into(),
                format!(
                    "application/zip; name=\"{reporter}!{domain}!{}!{}.zip\"",
                    rng.digits(10),
                    rng.digits(10)
                ),
            ),
            ("Content-Transfer-Encoding".into(), "base64".into()),
            ("Content-Disposition".into(), "attachment".into()),
        ],
        body: mime::Body::Bytes(mime::base64_lines(rng.alnum(300).as_bytes())),
    };
    let mut p = mime::multipart(rng, "mixed", "", vec![t, zip]);
    let from = Person {
        name: String::new(),
        local: "noreply-dmarc-support".into(),
        email: format!("noreply-dmarc-support@{reporter}"),
    };
    let subject = format!(
        "Report domain: {domain} Submitter: {reporter} Report-ID: <{}>",
        rng.digits(19)
    );
    p.headers.splice(
        0..0,
        headers(rng, &from, to, &subject, date, Charset::Ascii),
    );
    p
}

/// A read receipt (RFC 8098): a report, but about reading, not delivery.
fn mdn(rng: &mut Rng, lang: &Lang, from: &Person, to: &Person, date: Date, cs: Charset) -> Part {
    let (subject, body) = match lang.code {
        "de" => (
            "Gelesen: Angebot",
            "Ihre Nachricht\n\n  An: {to}\n  Betreff: Angebot\n\nwurde am {date} gelesen.",
        ),
        "fr" => (
            "Lu : Devis",
            "Votre message\n\n  À : {to}\n  Objet : Devis\n\na été lu le {date}.",
        ),
        _ => (
            "Read: Quote",
            "Your message\n\n  To: {to}\n  Subject: Quote\n\nwas read on {date}.",
        ),
    };
    let body = body
        .replace("{to}", &from.email)
        .replace("{date}", &date.local_text(lang.code));
    let t = text(rng, lang, &body);
    let disp = mime::raw_part(
        "message/disposition-notification",
        format!(
            "Reporting-UA: {}; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;{}\nOriginal-Message-ID: {}\nDisposition: manual-action/MDN-sent-manually; displayed\n",
            from.email.split('@').nth(1).unwrap_or(""),
            from.email,
            names::message_id(rng, "example.com")
        ),
    );
    let mut p = mime::multipart(
        rng,
        "report",
        "; report-type=disposition-notification",
        vec![t, disp],
    );
    p.headers
        .splice(0..0, headers(rng, from, to, subject, date, cs));
    p
}

/// A person forwarding a bounce they received, with a comment.
fn fwd_bounce(
    rng: &mut Rng,
    bank: &Bank,
    lang: &'static Lang,
    to: &Person,
    date: Date,
    variant: usize,
) -> Part {
    let attached = variant % 3 == 2;
    let name = match (attached, variant % 2) {
        (true, 0) => "postfix",
        (true, _) => "exchange",
        (false, 0) => "exim",
        (false, _) => "qmail",
    };
    let style = STYLES.iter().position(|s| s.name == name).unwrap_or(0);
    let reason = *rng.pick(&[
        "userunknown",
        "mailboxfull",
        "blocked",
        "spamdetected",
        "hostunknown",
    ]);
    let code = if STYLES[style].langs.contains(&lang.code) {
        lang.code
    } else {
        "en"
    };
    let job = BounceJob {
        style,
        lang: code,
        variant: 0,
        reasons: vec![reason],
        delayed: false,
    };
    let inner = build::bounce_with(rng, bank, &job, false, !attached);
    let fdomain = names::domain(rng);
    let forwarder = names::person(rng, lang.code, &fdomain);
    let (prefix, comment) = match lang.code {
        "de" => (
            "WG:",
            "Hallo,\n\nich bekomme diese Fehlermeldung, wenn ich dir schreibe. Stimmt deine Adresse noch?\n\nGruß",
        ),
        "fr" => (
            "TR :",
            "Bonjour,\n\nje reçois ce message d'erreur quand je t'écris. Ton adresse est-elle toujours valable ?\n\nMerci",
        ),
        "es" => (
            "RV:",
            "Hola,\n\nme llega este error cuando te escribo. ¿Sigue siendo tu dirección?\n\nSaludos",
        ),
        "ja" => (
            "転送:",
            "お疲れさまです。\n\nこのアドレスに送るとエラーで戻ってきます。アドレスは合っていますか？",
        ),
        "ru" => (
            "Fwd:",
            "Привет!\n\nМоё письмо вернулось с ошибкой, посмотри, пожалуйста.\n",
        ),
        _ => (
            "Fwd:",
            "Hi,\n\nI keep getting this error when I write to you. Is your address still correct? See below.\n\nThanks",
        ),
    };
    let raw = String::from_utf8_lossy(&inner.eml).replace("\r\n", "\n");
    let (head, body) = raw.split_once("\n\n").unwrap_or((&raw, ""));
    let subject_line = head
        .lines()
        .find(|l| l.starts_with("Subject:"))
        .map(|l| l.trim_start_matches("Subject:").trim().to_string())
        .filter(|s| !s.contains("=?"))
        .unwrap_or_else(|| "Undelivered Mail Returned to Sender".into());
    let subject = format!("{prefix} {subject_line}");
    let body_comment = format!("{comment}\n{}\n", forwarder.first());
    let mut p = if attached {
        let t = text(rng, lang, &body_comment);
        let att = mime::raw_part("message/rfc822", inner.eml.clone());
        mime::multipart(rng, "mixed", "", vec![t, att])
    } else {
        // The bounce's text quoted, as mail programs forward inline.
        let quoted: String = body.chars().take(1800).collect();
        let quoted = if variant % 4 == 1 {
            quoted
                .lines()
                .map(|l| format!("> {l}"))
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            quoted
        };
        let fwd = format!(
            "{body_comment}\n-------- Forwarded Message --------\nSubject: {subject_line}\nDate: {}\nFrom: Mail Delivery System\n\n{quoted}\n",
            date.rfc5322()
        );
        text(rng, lang, &fwd)
    };
    let (cs, _) = *rng.pick(lang.charsets);
    p.headers
        .splice(0..0, headers(rng, &forwarder, to, &subject, date, cs));
    p
}

/// Ordinary-message languages for `kind`.
pub fn langs(kind: &str) -> &'static [&'static str] {
    KINDS
        .iter()
        .find(|k| k.0 == kind)
        .map_or(&["en"][..], |k| k.1)
}

/// How many wording variants a kind has in a language (for the family split).
pub fn variants(kind: &str, code: &str) -> usize {
    match kind {
        "personal" => lang::get(code).personal.len().max(1),
        "shipping" => SHIPPING.iter().filter(|x| x.0 == code).count().max(1),
        "challenge" => CHALLENGE.iter().filter(|x| x.0 == code).count().max(1),
        "notification" => NOTIFICATIONS.iter().filter(|x| x.0 == code).count().max(1),
        "list" => LIST_POSTS.len(),
        "helpdesk" => HELPDESK.len(),
        "fwdbounce" => 3,
        _ => 2,
    }
}
