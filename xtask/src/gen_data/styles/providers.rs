//! Mailbox providers: Yahoo, AOL, iCloud, GMX/Web.de, Mail.ru, Yandex, Orange, Free,
//! Libero, Seznam, Zoho, WP/Onet, Telia, KPN, UOL, Ukr.net.

use super::common::*;
use super::notice::{self, Notice};
use super::unix;
use crate::gen_data::reasons::Stage;
use crate::gen_data::rng::Rng;
use crate::gen_data::spec::{Bounce, Rcpt};

fn yahoo_stage(r: &Rcpt) -> &'static str {
    r.stage_shown.set(true);
    match r.stage {
        Stage::Mail => "[MAIL_FROM]",
        Stage::Data | Stage::EndData => "[BODY]",
        Stage::Conn | Stage::Helo => "[CONNECT]",
        _ => "[RCPT_TO]",
    }
}

/// Yahoo: "Sorry, we were unable to deliver your message", or the older qmail text.
pub fn yahoo(rng: &mut Rng, b: &Bounce) -> Out {
    if b.variant == 1 {
        return unix::qmail(rng, b);
    }
    let per = |r: &Rcpt| {
        if r.local {
            format!("{}:\n{}", r.addr, r.one_line())
        } else {
            format!(
                "{}:\nRemote host said: {} {}",
                r.addr,
                r.one_line(),
                yahoo_stage(r)
            )
        }
    };
    let mut n = Notice::new(
        "",
        &format!("MAILER-DAEMON@{}", b.me_domain),
        "Failure Notice",
        &per,
    );
    n.intro = "Sorry, we were unable to deliver your message to the following address.".into();
    n.inline_marker = Some("--- Below this line is a copy of the message.".into());
    notice::render(rng, b, n)
}

/// AOL: its Yahoo-era notice, or the older Sendmail report.
pub fn aol(rng: &mut Rng, b: &Bounce) -> Out {
    if b.variant == 1 {
        return unix::sendmail(rng, b);
    }
    let per = |r: &Rcpt| format!("<{}>:\n{}", r.addr, r.one_line());
    let subject = format!("Undeliverable: {}", b.original.subject);
    let mut n = Notice::new(
        "Mail Delivery Subsystem",
        &format!("MAILER-DAEMON@{}", b.me_domain),
        &subject,
        &per,
    );
    n.intro = "Sorry, we were unable to deliver your message to the following address.\nThis is a permanent error; no further attempts will be made.".into();
    n.inline_marker = Some("--- Below this line is a copy of the message.".into());
    notice::render(rng, b, n)
}

/// iCloud Mail: a Postfix.
pub fn icloud(rng: &mut Rng, b: &Bounce) -> Out {
    unix::postfix_like(rng, b, "The mail system", "Mail Delivery System")
}

/// GMX and Web.de: their own wording, in English or German.
pub fn gmx(rng: &mut Rng, b: &Bounce) -> Out {
    let de = b.lang.code == "de";
    let per = |r: &Rcpt| {
        if r.local {
            format!("{}:\n{}", r.addr, r.one_line())
        } else {
            r.stage_shown.set(true);
            let cmd = match r.stage {
                Stage::Mail => "MAIL FROM",
                Stage::Data => "DATA",
                Stage::EndData => "end of data",
                Stage::Conn => "connect",
                _ => "RCPT TO",
            };
            if de {
                format!(
                    "{}:\nSMTP-Fehler vom entfernten Server beim Befehl {cmd}, Host: {} ({}) Grund:\n{}",
                    r.addr,
                    r.host,
                    r.rip,
                    r.lines.join("\n")
                )
            } else {
                format!(
                    "{}:\nSMTP error from remote server for {cmd} command, host: {} ({}) reason: {}",
                    r.addr,
                    r.host,
                    r.rip,
                    r.lines.join("\n")
                )
            }
        }
    };
    let (subject, intro, marker) = if de {
        (
            "Mail-Zustellung fehlgeschlagen: Nachricht an den Absender zurückgeschickt",
            "Diese Nachricht wurde automatisch vom Mail-System erzeugt.\n\nEine von Ihnen gesendete Nachricht konnte nicht an einen oder mehrere\nEmpfänger zugestellt werden. Dies ist ein permanenter Fehler. Folgende\nAdressen sind betroffen:",
            "--- Es folgt der Header der ursprünglichen Nachricht. ---",
        )
    } else {
        (
            "Mail delivery failed: message returned to sender",
            "This report was generated automatically by the mail delivery system.\n\nA message you sent could not be delivered to one or more of its\nrecipients. The error is permanent. Failed address(es):",
            "--- The header of the original message is following. ---",
        )
    };
    let mut n = Notice::new(
        "Mail Delivery System",
        &format!("mailer-daemon@{}", b.me_domain),
        subject,
        &per,
    );
    n.intro = intro.into();
    n.inline_marker = Some(marker.into());
    notice::render(rng, b, n)
}

/// Mail.ru: bilingual Exim-style report.
pub fn mailru(rng: &mut Rng, b: &Bounce) -> Out {
    if b.variant == 1 {
        return unix::exim(rng, b);
    }
    let per = |r: &Rcpt| {
        if r.local {
            format!("{}\n  {}", r.addr, r.one_line())
        } else {
            format!(
                "{}\n  {}\n  host {} [{}]: {}",
                r.addr,
                exim_after(r, &b.sender.email, 10240),
                r.host,
                r.rip,
                r.one_line()
            )
        }
    };
    let subject = if b.lang.code == "ru" {
        "Не удалось доставить письмо / Mail delivery failed"
    } else {
        "Mail delivery failed: message returned to sender"
    };
    let mut n = Notice::new(
        "Mail Delivery System",
        &format!("mailer-daemon@{}", b.me_domain),
        subject,
        &per,
    );
    n.intro = if b.lang.code == "ru" {
        "Это письмо создано автоматически сервером Mail.ru.\nВаше сообщение не удалось доставить одному или нескольким получателям.\n\nThis report was generated automatically by the mail delivery system.\nA message you sent could not be delivered to one or more of its recipients.".into()
    } else {
        "This report was generated automatically by the mail delivery system.\n\nA message you sent could not be delivered to one or more of its\nrecipients. The error is permanent. Failed address(es):".into()
    };
    n.extra.push(("X-Failed-Recipients".into(), failed_list(b)));
    n.inline_marker =
        Some("------ This is a copy of the message, including all the headers. ------".into());
    notice::render(rng, b, n)
}

/// Yandex: a Postfix with a localised template.
pub fn yandex(rng: &mut Rng, b: &Bounce) -> Out {
    let sig = match b.lang.code {
        "ru" => "Почтовая система Яндекса",
        "tr" => "Yandex posta sistemi",
        "uk" => "Поштова система",
        _ => "The Yandex mail system",
    };
    unix::postfix_like(rng, b, sig, "Mail Delivery System")
}

/// A provider notice in the report language, with an optional DSN part.
fn localized(rng: &mut Rng, b: &Bounce, from_name: &str, bilingual: bool, with_dsn: bool) -> Out {
    let l = b.lang;
    let sep = if l.code == "fr" { " : " } else { ": " };
    let per = |r: &Rcpt| {
        let mut s = format!(
            "{}{sep}{}\n{}{sep}{}",
            l.rcpt_label, r.addr, l.reason_label, r.explain
        );
        if r.has_text() {
            s.push_str(&format!("\n{}\n{}", l.server_said, r.lines.join("\n")));
        }
        s
    };
    let subject = if b.delayed {
        pick_say(rng, b, l.delay_subjects)
    } else {
        pick_say(rng, b, l.fail_subjects)
    };
    let mut n = Notice::new(from_name, &daemon_addr(rng, &b.me_domain), &subject, &per);
    let mut intro = if b.delayed {
        pick_say(rng, b, l.intro_delay)
    } else if b.gave_up {
        pick_say(rng, b, l.intro_expired)
    } else {
        pick_say(rng, b, l.intro_fail)
    };
    if !b.delayed && rng.chance(0.5) {
        intro.push(' ');
        intro.push_str(rng.pick_str(l.permanent));
    }
    if bilingual {
        intro.push_str(if b.delayed {
            "\n\nDelivery of your message has been delayed; we will keep trying."
        } else {
            "\n\nYour message could not be delivered to the following recipients."
        });
    }
    n.intro = intro;
    n.outro = pick_say(rng, b, l.closing);
    n.html = rng.chance(0.3);
    if with_dsn {
        n.dsn = Some(Dsn::new(b.me.clone()));
    } else {
        n.inline_marker = Some(rng.pick_str(l.original).to_string());
    }
    notice::render(rng, b, n)
}

/// Orange / Wanadoo: French notice, or Postfix with a French template.
pub fn orange(rng: &mut Rng, b: &Bounce) -> Out {
    match b.variant {
        0 => localized(rng, b, "Service de messagerie Orange", true, true),
        1 => unix::postfix_like(rng, b, "Le système de messagerie", "Mail Delivery System"),
        _ => localized(rng, b, "MAILER-DAEMON", false, false),
    }
}

/// Free: a Postfix with a French template.
pub fn free(rng: &mut Rng, b: &Bounce) -> Out {
    unix::postfix_like(rng, b, "Le système de messagerie", "Mail Delivery System")
}

/// Libero / Italiaonline: Italian notice.
pub fn libero(rng: &mut Rng, b: &Bounce) -> Out {
    if b.variant == 1 {
        return unix::postfix_like(rng, b, "Il sistema di posta", "Mail Delivery System");
    }
    localized(
        rng,
        b,
        "Servizio Clienti Libero Mail",
        false,
        b.variant == 2,
    )
}

/// Seznam.cz: Czech notice.
pub fn seznam(rng: &mut Rng, b: &Bounce) -> Out {
    if b.variant == 1 {
        return unix::postfix_like(rng, b, "Poštovní systém Seznam.cz", "Mail Delivery System");
    }
    localized(rng, b, "Seznam Email", true, b.variant == 2)
}

/// WP.pl, Onet, Interia: Polish notices.
pub fn wp(rng: &mut Rng, b: &Bounce) -> Out {
    if b.variant == 1 {
        return unix::postfix_like(rng, b, "System pocztowy", "Mail Delivery System");
    }
    localized(rng, b, "Poczta", false, b.variant == 2)
}

/// Telia: Swedish Postfix template or notice.
pub fn telia(rng: &mut Rng, b: &Bounce) -> Out {
    if b.variant == 0 {
        return unix::postfix_like(rng, b, "E-postsystemet", "Mail Delivery System");
    }
    localized(rng, b, "Telia E-post", false, true)
}

/// KPN / Ziggo: Dutch.
pub fn kpn(rng: &mut Rng, b: &Bounce) -> Out {
    if b.variant == 0 {
        return unix::postfix_like(rng, b, "Het mailsysteem", "Mail Delivery System");
    }
    localized(rng, b, "KPN Mail", true, false)
}

/// UOL / Terra (Brazil): Portuguese.
pub fn uol(rng: &mut Rng, b: &Bounce) -> Out {
    if b.variant == 0 {
        return unix::postfix_like(rng, b, "O sistema de e-mail", "Mail Delivery System");
    }
    localized(rng, b, "UOL Mail", false, b.variant == 2)
}

/// Ukr.net: Ukrainian.
pub fn ukrnet(rng: &mut Rng, b: &Bounce) -> Out {
    if b.variant == 0 {
        return unix::exim(rng, b);
    }
    localized(rng, b, "Поштова служба", true, false)
}

/// Turkish providers: Turkish notices.
pub fn trmail(rng: &mut Rng, b: &Bounce) -> Out {
    localized(
        rng,
        b,
        "Posta Teslim Sistemi",
        b.variant == 1,
        b.variant == 0,
    )
}

/// Zoho Mail.
pub fn zoho(rng: &mut Rng, b: &Bounce) -> Out {
    let per = |r: &Rcpt| {
        if r.local {
            format!("{}, ERROR CODE :{}", r.addr, r.one_line())
        } else {
            format!("{}, ERROR CODE :{} - {}", r.addr, r.reply, r.after_reply())
        }
    };
    let mut n = Notice::new(
        "Mail Delivery System",
        &format!("mailer-daemon@{}", b.me_domain),
        "Undelivered Mail Returned to Sender",
        &per,
    );
    n.intro = "This report was generated automatically by the mail delivery system.\nA message you sent could not be delivered to one or more of its recipients. The error is permanent.\n\nFailed address(es):".into();
    n.html = b.variant == 1;
    n.inline_marker = if b.variant == 0 {
        Some("------ This is a copy of the message, including all the headers. ------".into())
    } else {
        None
    };
    notice::render(rng, b, n)
}
