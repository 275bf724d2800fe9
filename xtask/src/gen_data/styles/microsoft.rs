//! Exchange Server 2007-2019 on premises and Office 365 / Exchange Online NDRs.

use super::common::*;
use crate::gen_data::lang::ExText;
use crate::gen_data::mime;
use crate::gen_data::names;
use crate::gen_data::original;
use crate::gen_data::rng::Rng;
use crate::gen_data::spec::{Bounce, Rcpt};

fn ex(b: &Bounce) -> &'static ExText {
    b.lang.ex.unwrap_or_else(|| {
        crate::gen_data::lang::get("en")
            .ex
            .expect("English has Exchange texts")
    })
}

/// The diagnostic line Exchange writes for administrators.
fn admin_line(b: &Bounce, r: &Rcpt, gsrv: &str, variant: usize) -> String {
    let e = ex(b);
    if !r.has_text() {
        return gsrv.to_string();
    }
    if r.local {
        let t = r.one_line();
        if t.starts_with(['4', '5']) {
            format!("{gsrv} #{t} ##")
        } else {
            format!("{gsrv} #{}{} ##", if r.final_ { "550 " } else { "" }, t)
        }
    } else if variant == 2 {
        format!("{} '{}'", e.remote_returned, r.one_line())
    } else {
        format!("{} #{} ##", r.host, r.one_line())
    }
}

fn dsn_compact(rng: &mut Rng, b: &Bounce, gsrv: &str) -> String {
    let mut d = Dsn::new(gsrv.to_string());
    d.fold = DiagFold::Long;
    d.local_type = "smtp";
    d.message_fields = vec![
        ("Received-From-MTA".into(), format!("dns;{gsrv}")),
        ("Arrival-Date".into(), b.arrival.rfc5322()),
    ];
    let mut t = dsn_text(rng, b, &d)
        .replace("dns; ", "dns;")
        .replace("rfc822; ", "rfc822;")
        .replace("smtp; ", "smtp;");
    if rng.chance(0.5) {
        // Exchange adds the display name after each recipient group.
        let mut out = String::new();
        for block in t.split("\n\n") {
            out.push_str(block.trim_end());
            if block.contains("Final-Recipient") {
                let addr = block
                    .lines()
                    .find(|l| l.starts_with("Final-Recipient"))
                    .and_then(|l| l.split(';').nth(1))
                    .unwrap_or("");
                out.push_str(&format!("\nX-Display-Name: {}", addr.trim()));
            }
            out.push_str("\n\n");
        }
        t = out;
    }
    t
}

fn exchange_from(rng: &mut Rng, domain: &str) -> (String, String) {
    match rng.below(3) {
        0 => (
            "Microsoft Outlook".into(),
            format!("MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{domain}"),
        ),
        1 => (
            "Mail Delivery System".into(),
            format!("postmaster@{domain}"),
        ),
        _ => ("".into(), format!("postmaster@{domain}")),
    }
}

/// Exchange on premises: text and HTML, a DSN part and the original.
pub fn exchange(rng: &mut Rng, b: &Bounce) -> Out {
    let e = ex(b);
    let gsrv = b.me.clone();
    let mut t = String::new();
    let mut hs = String::from(
        "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n</head>\n<body>\n",
    );
    if b.delayed {
        t.push_str(&format!("{}\n\n", e.delay_intro));
        hs.push_str(&format!(
            "<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">{}</font></b></p>\n",
            esc(e.delay_intro)
        ));
    } else {
        t.push_str(&format!("{}\n\n", e.failed_to));
        hs.push_str(&format!(
            "<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">{}</font></b></p>\n",
            esc(e.failed_to)
        ));
    }
    for r in &b.rcpts {
        let shown = if rng.chance(0.5) {
            format!("{} ({})", r.addr.split('@').next().unwrap_or(""), r.addr)
        } else {
            r.addr.clone()
        };
        t.push_str(&format!("{shown}\n{}\n\n", r.explain));
        hs.push_str(&format!(
            "<font color=\"#000000\" size=\"2\" face=\"Tahoma\"><p><a href=\"mailto:{0}\">{1}</a><br>\n{2}<br>\n</p>\n",
            r.addr,
            esc(&shown),
            esc(&r.explain)
        ));
    }
    if b.delayed {
        t.push_str(&format!("{}\n\n", e.delay_note));
        hs.push_str(&format!("<p>{}</p>\n", esc(e.delay_note)));
    }
    t.push_str(&format!(
        "\n\n\n\n{}\n\n{} {gsrv}\n\n",
        e.diag_admins, e.generating
    ));
    hs.push_str(&format!(
        "<br><br><p><font color=\"#808080\" size=\"2\" face=\"Tahoma\">{}</font></p>\n<p><font color=\"#808080\" size=\"2\" face=\"Tahoma\">{} {gsrv}<br><br>\n",
        esc(e.diag_admins),
        esc(e.generating)
    ));
    for r in &b.rcpts {
        let line = admin_line(b, r, &gsrv, b.variant);
        t.push_str(&format!("{}\n{line}\n\n", r.addr));
        hs.push_str(&format!("{}<br>\n{}<br><br>\n", r.addr, esc(&line)));
    }
    let headers = original::header_text(rng, &b.original, &gsrv);
    t.push_str(&format!("{}\n\n{headers}", e.orig_headers));
    hs.push_str(&format!(
        "</font></p>\n<p><font color=\"#808080\" size=\"2\" face=\"Tahoma\">{}</font></p>\n<pre>{}</pre>\n</body>\n</html>\n",
        esc(e.orig_headers),
        esc(&headers)
    ));
    if b.variant == 2 && b.lang.code == "en" {
        // Exchange 2003: "The following recipient(s) cannot be reached" with <host #x.y.z>.
        t = format!(
            "Your message did not reach some or all of the intended recipients.\n\n      Subject:\t{}\n      Sent:\t{}\n\nThe following recipient(s) cannot be reached:\n\n",
            b.original.subject,
            b.original.date.us()
        );
        for r in &b.rcpts {
            let code = if r.dsn_status.is_empty() {
                "5.0.0".to_string()
            } else {
                r.dsn_status.clone()
            };
            t.push_str(&format!(
                "      {} on {}\n            {}\n",
                r.addr,
                b.date.us(),
                r.explain
            ));
            if r.local || !r.has_text() {
                t.push_str(&format!("            <{gsrv} #{code}>\n\n"));
            } else {
                t.push_str(&format!(
                    "            <{} #{code} smtp;{}>\n\n",
                    r.host,
                    r.one_line()
                ));
            }
        }
    }
    let text_part = human(rng, b, &t);
    let body = if b.variant == 0 {
        text_part
    } else {
        let html_part = html(rng, b, &hs);
        mime::multipart(
            rng,
            "alternative",
            "; differences=Content-Type",
            vec![text_part, html_part],
        )
    };
    let dsn = mime::raw_part("message/delivery-status", dsn_compact(rng, b, &gsrv));
    let mut parts = vec![body, dsn];
    if rng.chance(0.7) {
        parts.push(mime::raw_part(
            "message/rfc822",
            original::render(rng, &b.original, &gsrv),
        ));
    } else {
        parts.push(mime::raw_part(
            "text/rfc822-headers",
            original::header_text(rng, &b.original, &gsrv),
        ));
    }
    let (name, addr) = exchange_from(rng, &b.me_domain);
    let subject = if b.delayed {
        format!("{} {}", e.delay_subject, b.original.subject)
    } else {
        format!("{} {}", e.subject_prefix, b.original.subject)
    };
    let extra = vec![
        (
            "Thread-Topic".into(),
            mime::encode_words(rng, &b.original.subject, b.cs),
        ),
        (
            "Content-Language".into(),
            content_language(b.lang.code).into(),
        ),
        ("X-MS-Exchange-Message-Is-Ndr".into(), String::new()),
        ("X-MS-Exchange-Organization-SCL".into(), "-1".into()),
        ("X-MS-TNEF-Correlator".into(), String::new()),
        ("Auto-Submitted".into(), "auto-replied".into()),
        ("MIME-Version".into(), "1.0".into()),
    ];
    let h = top_headers(rng, b, &name, &addr, &subject, extra);
    Out {
        part: report(rng, parts).with_headers_first(h),
        dsn: true,
    }
}

fn content_language(code: &str) -> &'static str {
    match code {
        "en" => "en-US",
        "de" => "de-DE",
        "fr" => "fr-FR",
        "es" => "es-ES",
        "pt" => "pt-BR",
        "it" => "it-IT",
        "nl" => "nl-NL",
        "pl" => "pl-PL",
        "ru" => "ru-RU",
        "uk" => "uk-UA",
        "ja" => "ja-JP",
        "zh-CN" => "zh-CN",
        "zh-TW" => "zh-TW",
        "ko" => "ko-KR",
        "tr" => "tr-TR",
        "cs" => "cs-CZ",
        "sv" => "sv-SE",
        _ => "en-US",
    }
}

/// Office 365 / Exchange Online: the "Your message to ... couldn't be delivered" NDR.
pub fn office365(rng: &mut Rng, b: &Bounce) -> Out {
    let e = ex(b);
    let r0 = b.first();
    let gsrv = format!(
        "{}{}PR{:02}MB{}.{}prd{:02}.prod.outlook.example",
        rng.pick_str(&["AM", "DB", "VI", "BN", "CH", "SN", "PH", "SY"]),
        rng.range(0, 9),
        rng.range(1, 9),
        rng.digits(4),
        rng.pick_str(&["eur", "nam", "apc", "jpn", "gbr"]),
        rng.range(1, 12)
    );
    let mut t = String::new();
    let mut h = String::from(
        "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n<style>.rfc822-headers { font-family: monospace; }</style>\n</head>\n<body dir=\"ltr\">\n",
    );
    if b.delayed {
        t.push_str(&format!("{}\n\n", e.delay_note));
        h.push_str(&format!("<p>{}</p>\n", esc(e.delay_note)));
    } else {
        let head = b.say(e.couldnt, Some(r0));
        t.push_str(&format!("{head}\n\n{}\n\n", r0.explain));
        h.push_str(&format!(
            "<div style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif\"><p style=\"font-size:17px;color:#C00000\">{}</p>\n<p>{}</p></div>\n",
            esc(&head),
            esc(&r0.explain)
        ));
    }
    let local = b.sender.email.split('@').next().unwrap_or("");
    let rlocal = r0.addr.split('@').next().unwrap_or("");
    t.push_str(&format!(
        "{local}\nOffice 365\t{rlocal}\n{}\t\t\t{}\n\n",
        e.action_required, b.lang.rcpt_label
    ));
    h.push_str(&format!(
        "<table><tr><td>{}</td><td>Office 365</td><td>{}</td></tr><tr><td>{}</td><td></td><td>{}</td></tr></table>\n",
        esc(local),
        esc(rlocal),
        esc(e.action_required),
        esc(b.lang.rcpt_label)
    ));
    t.push_str(&format!(
        "{}\n{}\n\n",
        e.how_to_fix,
        b.lang.explain(r0.reason)[0]
    ));
    t.push_str("More Info for Email Admins\n");
    let code = format!("{} {}", r0.reply, r0.status).trim().to_string();
    if !code.is_empty() {
        t.push_str(&format!("Status code: {code}\n\n"));
    }
    t.push_str(&format!(
        "Original Message Details\nCreated Date:\t{}\nSender Address:\t{}\nRecipient Address:\t{}\nSubject:\t{}\n\n",
        b.original.date.us(),
        b.sender.email,
        r0.addr,
        b.original.subject
    ));
    t.push_str("Error Details\n");
    for r in &b.rcpts {
        t.push_str(&format!("Reported error:\t{}\n", r.one_line()));
    }
    t.push_str(&format!("DSN generated by:\t{gsrv}\n"));
    if !r0.local {
        t.push_str(&format!("Remote server:\t{}\n", r0.host));
    }
    if b.variant == 1 {
        t.push_str(&format!(
            "\nMessage Hops\nHOP\tTIME (UTC)\tFROM\tTO\tWITH\tRELAY TIME\n1\t{}\t{}\t{gsrv}\tMicrosoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)\t*\n2\t{}\t{gsrv}\t{gsrv}\tmapi\t1 sec\n",
            b.arrival.us(),
            names::host_in(rng, &b.me_domain),
            b.arrival.us()
        ));
    }
    h.push_str(&format!(
        "<p><b>More Info for Email Admins</b></p>\n<p>Status code: {}</p>\n<p>Reported error: <em>{}</em><br>DSN generated by: {gsrv}</p>\n</body>\n</html>\n",
        esc(&code),
        esc(&r0.one_line())
    ));
    let tp = human(rng, b, &t);
    let hp = html(rng, b, &h);
    let alt = mime::multipart(
        rng,
        "alternative",
        "; differences=Content-Type",
        vec![tp, hp],
    );
    let dsn = mime::raw_part("message/delivery-status", dsn_compact(rng, b, &gsrv));
    let mut parts = vec![alt, dsn];
    parts.push(mime::raw_part(
        "message/rfc822",
        original::render(rng, &b.original, &gsrv),
    ));
    let subject = if b.delayed {
        format!("{} {}", e.delay_subject, b.original.subject)
    } else {
        format!("{} {}", e.subject_prefix, b.original.subject)
    };
    let extra = vec![
        (
            "Content-Language".into(),
            content_language(b.lang.code).into(),
        ),
        ("X-MS-Exchange-Message-Is-Ndr".into(), String::new()),
        ("X-MS-PublicTrafficType".into(), "Email".into()),
        ("X-MS-Exchange-Organization-AuthSource".into(), gsrv.clone()),
        ("Auto-Submitted".into(), "auto-replied".into()),
        ("MIME-Version".into(), "1.0".into()),
    ];
    let (name, addr) = exchange_from(rng, &b.me_domain);
    let hd = top_headers(rng, b, &name, &addr, &subject, extra);
    Out {
        part: report(rng, parts).with_headers_first(hd),
        dsn: true,
    }
}
