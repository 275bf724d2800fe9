//! Builds one failure or delay report: chooses the recipients and their evidence, renders
//! the wrapper, and writes the label from what was rendered.

use super::date::Date;
use super::label::{Label, LabelRcpt, Sample};
use super::lang::{self, Lang};
use super::mime;
use super::names;
use super::original;
use super::reasons::{self, Bank, Stage, Template, Values};
use super::rng::Rng;
use super::spec::{Bounce, Rcpt};
use super::styles::{self, STYLES, Style};
use std::cell::Cell;

/// What the planner asks for.
#[derive(Debug, Clone)]
pub struct BounceJob {
    pub style: usize,
    pub lang: &'static str,
    pub variant: usize,
    pub reasons: Vec<&'static str>,
    pub delayed: bool,
}

/// A final bounce may carry a temporary reply (the queue gave up) for these reasons;
/// a gave-up network error is `expired` instead.
fn temp_final_ok(reason: &str) -> bool {
    !matches!(
        reason,
        "networkerror" | "greylisted" | "userunknown" | "suspend" | "filtered"
    )
}

fn fits(t: &Template, style: &Style, delayed: bool) -> bool {
    if t.needs_stage && !style.shows_stage {
        return false;
    }
    if t.is_local() && !(t.fits_base(style.base) || t.fits_any()) {
        return false;
    }
    if delayed {
        !t.permanent
    } else {
        t.permanent || temp_final_ok(t.reason)
    }
}

/// Whether `style` can report `reason` as a delay.
pub fn can_delay(bank: &Bank, reason: &str, style: &Style) -> bool {
    style.delays && bank.of(reason).any(|t| fits(t, style, true))
}

/// Whether `style` can report `reason` at all.
pub fn can_fail(bank: &Bank, reason: &str, style: &Style) -> bool {
    styles::allows(style, reason) && bank.of(reason).any(|t| fits(t, style, false))
}

/// Whether Exim's "SMTP error ... after" line for this stage names no address.
fn stage_line_names_no_address(stage: Stage) -> bool {
    !matches!(stage, Stage::Rcpt | Stage::Mail)
}

fn choose<'a>(
    rng: &mut Rng,
    bank: &'a Bank,
    reason: &'a str,
    style: &Style,
    lang: &Lang,
    delayed: bool,
    heldout: bool,
) -> &'a Template {
    let has_own = bank
        .of(reason)
        .any(|t| t.fits_base(style.base) && fits(t, style, delayed));
    let mut cands: Vec<(&Template, u32)> = Vec::new();
    for strict in [true, false] {
        for t in bank.of(reason) {
            if !fits(t, style, delayed) || (strict && !heldout && reasons::heldout_wording(t)) {
                continue;
            }
            let mut w: u32 = if t.fits_base(style.base) {
                8
            } else if t.is_local() {
                if has_own { 1 } else { 4 }
            } else {
                4
            };
            if t.lang != "en" {
                w = if t.lang == lang.code {
                    w * 3
                } else {
                    u32::from(rng.chance(0.15))
                };
            }
            if heldout && reasons::heldout_wording(t) {
                w *= 3;
            }
            if w > 0 {
                cands.push((t, w));
            }
        }
        if !cands.is_empty() {
            break;
        }
    }
    if cands.is_empty() {
        // Nothing fits the delay flag: take any wording of the reason (planner avoids this).
        let t = bank.of(reason).next().expect("every reason has templates");
        return t;
    }
    let weights: Vec<u32> = cands.iter().map(|c| c.1).collect();
    cands[rng.weighted(&weights)].0
}

/// The reason a reader can give a recipient, from what the report shows, by the rule the
/// runtime follows for the case TAXONOMY.md leaves open (the labelling vocabulary's): a
/// server's "user unknown" means `userunknown` only when the report shows it answered RCPT
/// TO or a status code names the mailbox (x.1.x); otherwise it is a filter's refusal
/// (`filtered`), or a disabled mailbox when the code is x.2.1. A directory lookup's words,
/// and replies that do not say the user is unknown, keep their reason; a filter's refusal
/// with an x.1.x code is `userunknown`.
fn as_read(reason: &'static str, stage_shown: bool, status: &str, text: &str) -> &'static str {
    // Words of a directory lookup, which decide whatever the stage (the runtime reads them
    // the same way).
    const DIRECTORY: &[&str] = &[
        "resolver.adr.",
        "directory",
        "address book",
        "recipient table",
        "mailbox table",
        "alias table",
    ];
    // Replies of this bank that do not themselves say the user is unknown (RFC 5321's
    // generic 550 text, used for full and closed mailboxes too; a bare provider code; a
    // routing failure): the convention is about replies that do.
    const NOT_SAYING_UNKNOWN: &[&str] = &["mailbox unavailable", "mi:nmf", "unrouteable address"];
    let lower = text.to_ascii_lowercase();
    let mut code = status.split('.').skip(1);
    let (subject, detail) = (code.next(), code.next());
    let decisive = DIRECTORY.iter().any(|w| lower.contains(w));
    let says_unknown = !NOT_SAYING_UNKNOWN.iter().any(|w| lower.contains(w));
    if reason == "filtered" && subject == Some("1") {
        // A refusal after DATA whose code names the mailbox (x.1.x): the code is more
        // precise than the stage, as the runtime reads it (and the vocabulary's rule).
        "userunknown"
    } else if reason != "userunknown" || stage_shown || subject == Some("1") || decisive {
        reason
    } else if (subject, detail) == (Some("2"), Some("1")) {
        // x.2.1, "mailbox disabled": the code is more precise than the words.
        "suspend"
    } else if says_unknown {
        "filtered"
    } else {
        reason
    }
}

/// The provider a remote reply's wording belongs to, so the recipient domain fits it.
fn provider_hint(text: &str) -> Option<&'static str> {
    let pairs: &[(&str, &str)] = &[
        ("gsmtp", "gmail"),
        ("support.google.com", "gmail"),
        ("aol.com account", "aol"),
        ("yahoo", "yahoo"),
        ("outlook", "outlook"),
        ("(S3150)", "outlook"),
        ("(S3140)", "outlook"),
        ("S2017062302", "outlook"),
        ("AS(", "outlook"),
        ("aka.ms", "outlook"),
        ("qq.com", "qq"),
        ("163 mx", "netease"),
        ("163 smtp", "netease"),
        ("mail.ru", "mailru"),
        ("ya.cc", "yandex"),
        ("No such user!", "yandex"),
        ("apple.com", "icloud"),
        ("OFR", "orange"),
        ("mwinf", "orange"),
    ];
    pairs
        .iter()
        .find(|(k, _)| text.contains(k))
        .map(|(_, p)| *p)
}

fn mx_for(rng: &mut Rng, provider: Option<&str>, domain: &str) -> String {
    match provider {
        Some("gmail") => rng
            .pick_str(&[
                "gmail-smtp-in.l.google.example",
                "alt1.gmail-smtp-in.l.google.example",
                "alt2.gmail-smtp-in.l.google.example",
            ])
            .to_string(),
        Some("outlook") => format!(
            "{}.mail.protection.outlook.example",
            domain.replace('.', "-")
        ),
        Some("yahoo") | Some("aol") => format!("mta{}.am0.yahoodns.example", rng.range(5, 7)),
        Some("qq") => format!("mx{}.qq.example", rng.range(1, 3)),
        Some("netease") => format!(
            "{}mx0{}.mxmail.netease.example",
            domain.split('.').next().unwrap_or("163"),
            rng.range(1, 3)
        ),
        Some("mailru") => "mxs.mail.example.ru".to_string(),
        Some("yandex") => "mx.yandex.example".to_string(),
        Some("icloud") => format!("mx0{}.mail.icloud.example", rng.range(1, 6)),
        Some("orange") => "smtp-in.orange.example".to_string(),
        _ => names::host_in(rng, domain),
    }
}

/// The reporting host of a wrapper and its domain.
fn reporter(rng: &mut Rng, style: &Style, sender_domain: &str) -> (String, String) {
    let n = rng.range(1, 40);
    let d = sender_domain.to_string();
    let me = match style.name {
        "exchange" => format!(
            "{}.{d}",
            rng.pick_str(&["EX01", "EXCH02", "MBX03", "SRV-EX1", "EXCAS01"])
        ),
        "office365" => format!(
            "{}{}PR{:02}MB{}.eurprd{:02}.prod.outlook.example",
            rng.pick_str(&["AM", "DB", "VI"]),
            rng.range(0, 9),
            rng.range(1, 9),
            rng.digits(4),
            rng.range(1, 9)
        ),
        "gmail" => "mail-sor-f41.google.example".into(),
        "ses" | "ses-json" => format!(
            "a{}-{}.smtp-out.us-east-1.amazonses.example",
            rng.range(8, 48),
            rng.range(1, 250)
        ),
        "sendgrid" => format!("o{n}.ptr{}.sendgrid.example", rng.digits(4)),
        "mailgun" => format!("m{}-{n}.mailgun.example", rng.range(1, 250)),
        "mimecast" => format!("eu-smtp-delivery-{n}.mimecast.example"),
        "proofpoint" => format!("mx0b-00{}.pphosted.example", rng.digits(5)),
        "barracuda" => format!("d{n}.ess.barracudanetworks.example"),
        "messagelabs" => format!(
            "server-{n}.tower-{}.messagelabs.example",
            rng.range(100, 600)
        ),
        "trendmicro" => format!("tmes{n}.trendmicro.example"),
        "sophos" => format!("mx-{n}.prod.hydra.sophos.example"),
        "ironport" => format!("esa{n}.{d}"),
        "yahoo" => format!(
            "mta{}.mail.{}.yahoo.example",
            rng.range(1000, 9999),
            rng.pick_str(&["gq1", "bf1", "ne1"])
        ),
        "icloud" => format!(
            "p{}-mailgateway-{}.mail.icloud.example",
            rng.range(10, 99),
            rng.range(1, 9)
        ),
        "yandex" => format!("forward{}.mail.yandex.example", rng.range(100, 500)),
        "qq" => format!("newxmesmtplogicsvrsza{}.qq.example", rng.range(1, 30)),
        _ => names::host_in(rng, &d),
    };
    let me_domain = match style.name {
        "gmail" => "googlemail.example".into(),
        "ses" | "ses-json" => "amazonses.example".into(),
        "mimecast" => "mimecast.example".into(),
        "barracuda" => "barracudanetworks.example".into(),
        "sophos" => "sophos.example".into(),
        "trendmicro" => "trendmicro.example".into(),
        "messagelabs" => "messagelabs.example".into(),
        "sendgrid" => format!("em{}.{d}", rng.digits(4)),
        _ => d,
    };
    (me, me_domain)
}

fn default_status(t: &Template, reply: &str) -> String {
    if !t.status_override.is_empty() {
        return t.status_override.to_string();
    }
    if t.reason == "onhold" {
        return String::new();
    }
    match reply.chars().next() {
        Some('4') => "4.0.0".into(),
        Some('5') => "5.0.0".into(),
        _ if t.permanent => "5.0.0".into(),
        _ => "4.0.0".into(),
    }
}

struct RcptPlan {
    addr: String,
    orig: Option<String>,
    host: String,
    rip: String,
}

fn plan_rcpt(
    rng: &mut Rng,
    style: &Style,
    lang: &Lang,
    t: &Template,
    sdomain: &str,
    prev: Option<&str>,
) -> RcptPlan {
    let hint = if t.is_local() {
        None
    } else {
        provider_hint(t.text)
    };
    let provider = if !style.rcpt.is_empty() {
        Some(match style.rcpt {
            "docomo" => *rng.pick(&["docomo", "au", "softbank"]),
            p => p,
        })
    } else {
        hint
    };
    let domain = match (provider, prev) {
        (Some(p), _) => names::provider_domain(rng, p),
        (None, Some(d)) if rng.chance(0.4) => d.to_string(),
        _ => {
            let d = names::domain(rng);
            if d == sdomain { format!("mail.{d}") } else { d }
        }
    };
    let rlang = if rng.chance(0.7) { lang.code } else { "en" };
    let addr = if rng.chance(0.15) {
        format!("{}@{domain}", rng.pick_str(names::ROLE_LOCALS))
    } else {
        names::person(rng, rlang, &domain)
            .email
            .to_ascii_lowercase()
    };
    let orig = if rng.chance(0.07) {
        Some(format!(
            "{}@{}",
            rng.pick_str(names::ROLE_LOCALS),
            domain.trim_start_matches("mail.")
        ))
    } else {
        None
    };
    let host = mx_for(rng, provider, &domain);
    RcptPlan {
        addr,
        orig,
        host,
        rip: names::ip(rng),
    }
}

/// Builds, renders and labels one report.
pub fn bounce(rng: &mut Rng, bank: &Bank, job: &BounceJob, heldout: bool) -> Sample {
    bounce_with(rng, bank, job, heldout, false)
}

/// As [`bounce`]; `plain8` writes the human text as 8-bit UTF-8 (for quoting it).
pub fn bounce_with(
    rng: &mut Rng,
    bank: &Bank,
    job: &BounceJob,
    heldout: bool,
    plain8: bool,
) -> Sample {
    let style = &STYLES[job.style];
    let people = lang::get(job.lang);
    let lang = lang::get(styles::text_lang(style, job.variant, job.lang));
    let sdomain = if style.sender.is_empty() || rng.chance(0.1) {
        names::domain(rng)
    } else {
        names::provider_domain(rng, style.sender)
    };
    let sender = names::person(rng, people.code, &sdomain);
    let (me, me_domain) = reporter(rng, style, &sdomain);
    let me_ip = names::ip(rng);
    let qid = names::postfix_qid(rng);
    let odate = Date::random_for(rng, people.code);

    let mut rcpts: Vec<Rcpt> = Vec::new();
    let mut prev_domain: Option<String> = None;
    for &reason in &job.reasons {
        let mut t = choose(rng, bank, reason, style, lang, job.delayed, heldout);
        // Exim prints a line such as "SMTP error from remote mail server after end of
        // data:" for each recipient refused at a stage whose line names no address (not
        // RCPT TO or MAIL FROM); a third copy of that boilerplate in one report adds
        // nothing, so such a recipient is re-drawn, or left out.
        if style.base == "exim"
            && rcpts
                .iter()
                .filter(|r| !r.local && stage_line_names_no_address(r.stage))
                .count()
                >= 2
        {
            let mut tries = 0;
            while !t.is_local() && stage_line_names_no_address(t.stage) && tries < 8 {
                t = choose(rng, bank, reason, style, lang, job.delayed, heldout);
                tries += 1;
            }
            if !t.is_local() && stage_line_names_no_address(t.stage) {
                continue;
            }
        }
        let mut p = plan_rcpt(rng, style, lang, t, &sdomain, prev_domain.as_deref());
        while rcpts
            .iter()
            .any(|r: &Rcpt| r.addr == p.addr || r.orig.is_some() && r.orig == p.orig)
        {
            p = plan_rcpt(rng, style, lang, t, &sdomain, None);
        }
        let domain = p.addr.split('@').nth(1).unwrap_or("").to_string();
        prev_domain = Some(domain.clone());
        let v = Values {
            rcpt: p.addr.clone(),
            local: p.addr.split('@').next().unwrap_or("").to_string(),
            domain,
            host: p.host.clone(),
            rip: p.rip.clone(),
            ip: me_ip.clone(),
            me: me.clone(),
            sender: sender.email.clone(),
            sdomain: sdomain.clone(),
            qid: qid.clone(),
        };
        let text = reasons::fill(rng, t.text, &v);
        let lines: Vec<String> = if text.is_empty() {
            Vec::new()
        } else {
            text.split('\n').map(str::to_string).collect()
        };
        let (reply, status) = match reasons::leading_codes(&text) {
            (r, s) if r.is_empty() && s.is_empty() && t.is_local() => {
                reasons::embedded_codes(&text)
            }
            codes => codes,
        };
        // A code later in the reply ("550-Sorry...\n550 5.1.1", "(#5.7.1)") is the one a
        // DSN writer copies into Status:.
        let status = if status.is_empty() {
            reasons::find_status(&text)
                .map(|(_, s)| s)
                .filter(|s| !s.starts_with('2'))
                .unwrap_or_default()
        } else {
            status
        };
        let dsn_status = if status.is_empty() {
            default_status(t, &reply)
        } else {
            status.clone()
        };
        let explain = {
            let s = rng.pick_str(lang.explain(reason));
            s.replace("{rcpt}", &p.addr).replace("{domain}", &v.domain)
        };
        rcpts.push(Rcpt {
            addr: p.addr,
            orig: p.orig,
            reason,
            lines,
            reply,
            status,
            dsn_status,
            stage: if t.is_local() {
                Stage::Unknown
            } else {
                t.stage
            },
            local: t.is_local(),
            permanent: t.permanent,
            host: p.host,
            rip: p.rip,
            final_: !job.delayed,
            explain,
            stage_shown: Cell::new(false),
        });
    }
    let to: Vec<String> = rcpts
        .iter()
        .map(|r| r.orig.clone().unwrap_or_else(|| r.addr.clone()))
        .collect();
    let original = original::make(rng, people, sender.clone(), to, odate);
    let days = rng.range(2, 5) as u32;
    let hours = *rng.pick(&[4u32, 4, 12, 24, 48]);
    let gave_up = !job.delayed
        && rcpts
            .iter()
            .any(|r| r.reason == "expired" || (!r.permanent && rng.chance(0.5)));
    let delay_secs = if gave_up {
        i64::from(days) * 86_400 + rng.range(0, 3600) as i64
    } else if job.delayed {
        i64::from(hours) * 3600 + rng.range(0, 900) as i64
    } else {
        rng.range(2, 600) as i64
    };
    let (cs, enc) = if plain8 {
        (super::charset::Charset::Utf8, mime::Enc::Bit8)
    } else {
        *rng.pick(lang.charsets)
    };
    let b = Bounce {
        lang,
        rcpts,
        delayed: job.delayed,
        gave_up,
        days,
        hours,
        arrival: odate.plus_seconds(rng.range(1, 20) as i64),
        date: odate.plus_seconds(delay_secs),
        original,
        sender,
        me,
        me_domain,
        me_ip,
        variant: job.variant,
        qid,
        cs,
        enc,
        crlf: !plain8 && rng.chance(0.12),
    };
    let out = (style.render)(rng, &b);
    let mut eml = mime::render(&out.part);
    if b.crlf {
        eml = mime::crlf(&eml);
    }
    let recipients = b
        .rcpts
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let status = if out.dsn {
                r.dsn_status.clone()
            } else {
                r.status.clone()
            };
            let text = r.lines.join(" ");
            // A reply that echoes the envelope command ("RCPT TO:<x> rejected") shows it too.
            let stage_shown = r.stage_shown.get() || text.to_ascii_lowercase().contains("rcpt to:");
            let reason = as_read(r.reason, stage_shown, &status, &text);
            LabelRcpt {
                index: i + 1,
                hardbounce: reasons::is_hard(reason, &status, &r.reply, r.permanent),
                status,
                replycode: r.reply.clone(),
                reason: reason.to_string(),
                final_: r.final_,
                anotherone: None,
            }
        })
        .collect();
    Sample {
        eml,
        label: Label {
            file: String::new(),
            bounce: true,
            style: style.name.to_string(),
            language: lang.code.to_string(),
            family: format!(
                "{}/{}/{}/{}",
                style.name, job.lang, job.reasons[0], job.variant
            ),
            recipients,
        },
    }
}
