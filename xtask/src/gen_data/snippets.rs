//! Bare diagnostics and MTA log lines: every reply template written as a bare reply and
//! as Postfix, Exim and Sendmail log lines, plus the localised sentences of each reason.

use super::date::Date;
use super::lang;
use super::names;
use super::reasons::{self, Bank, Stage, Template, Values};
use super::rng::{Rng, hash};
use super::styles::common::postfix_host_reply;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Snippet {
    pub text: String,
    pub reason: String,
    pub language: String,
    #[serde(skip)]
    pub heldout: bool,
}

fn values(rng: &mut Rng) -> Values {
    let domain = names::domain(rng);
    let sdomain = names::domain(rng);
    let local = names::person(rng, "en", &domain).local;
    Values {
        rcpt: format!("{local}@{domain}"),
        local,
        host: names::host_in(rng, &domain),
        domain,
        rip: names::ip(rng),
        ip: names::ip(rng),
        me: names::host_in(rng, &sdomain),
        sender: format!(
            "{}@{sdomain}",
            rng.pick_str(&["news", "info", "noreply", "jane.doe"])
        ),
        sdomain,
        qid: names::postfix_qid(rng),
    }
}

fn postfix_log(rng: &mut Rng, t: &Template, text: &str, v: &Values, date: Date) -> Option<String> {
    let status = if t.permanent { "bounced" } else { "deferred" };
    let (code, _) = reasons::leading_codes(text);
    let dsn = {
        let (_, s) = reasons::leading_codes(text);
        if !s.is_empty() {
            s
        } else if !t.status_override.is_empty() {
            t.status_override.to_string()
        } else if code.starts_with('4') || !t.permanent {
            "4.0.0".into()
        } else {
            "5.0.0".into()
        }
    };
    let head = format!(
        "{} {} postfix/{}[{}]: {}: to=<{}>,",
        date.syslog(),
        v.me.split('.').next().unwrap_or("mx"),
        if t.is_local() { "local" } else { "smtp" },
        rng.range(1000, 60000),
        v.qid,
        v.rcpt
    );
    if t.is_local() {
        if !(t.fits_base("postfix") || t.fits_any()) {
            return None;
        }
        return Some(format!(
            "{head} relay=local, delay={:.1}, delays=0.1/0/0/0.2, dsn={dsn}, status={status} ({text})",
            rng.range(1, 90) as f64 / 10.0
        ));
    }
    let said = postfix_host_reply(&v.host, &v.rip, t.stage, text);
    Some(format!(
        "{head} relay={}[{}]:25, delay={:.1}, delays=0.1/0.01/0.3/0.4, dsn={dsn}, status={status} ({said})",
        v.host,
        v.rip,
        rng.range(5, 300) as f64 / 10.0
    ))
}

fn exim_log(rng: &mut Rng, t: &Template, text: &str, v: &Values, date: Date) -> Option<String> {
    let id = names::exim_id(rng);
    let mark = if t.permanent { "**" } else { "==" };
    if t.is_local() {
        if !(t.fits_base("exim") || t.fits_any()) {
            return None;
        }
        return Some(format!("{} {id} {mark} {}: {text}", date.iso(), v.rcpt));
    }
    let after = match t.stage {
        Stage::Rcpt => format!("after RCPT TO:<{}>", v.rcpt),
        Stage::Mail => format!(
            "after MAIL FROM:<{}> SIZE={}",
            v.sender,
            rng.range(2000, 90000)
        ),
        Stage::Data => "after pipelined DATA".into(),
        Stage::EndData => "after end of data".into(),
        Stage::Helo => format!("after EHLO {}", v.me),
        _ => "after initial connection".into(),
    };
    let defer = if t.permanent {
        String::new()
    } else {
        " defer (-44)".into()
    };
    Some(format!(
        "{} {id} {mark} {} R=dnslookup T=remote_smtp{defer} H={} [{}] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes: SMTP error from remote mail server {after}: {text}",
        date.iso(),
        v.rcpt,
        v.host,
        v.rip
    ))
}

fn sendmail_log(rng: &mut Rng, t: &Template, text: &str, v: &Values, date: Date) -> Option<String> {
    if t.is_local() || t.needs_stage {
        return None;
    }
    let (reply, status) = reasons::leading_codes(text);
    let words = text
        .trim_start_matches(reply.as_str())
        .trim_start_matches(['-', ' '])
        .trim_start_matches(status.as_str())
        .trim();
    let stat = if t.permanent {
        words.to_string()
    } else {
        format!("Deferred: {text}")
    };
    let dsn = if status.is_empty() {
        if t.permanent {
            "5.0.0".into()
        } else {
            "4.0.0".into()
        }
    } else {
        status
    };
    Some(format!(
        "{} {} sm-mta[{}]: {}: to=<{}>, delay=00:00:0{}, xdelay=00:00:0{}, mailer=esmtp, pri={}, relay={}. [{}], dsn={dsn}, stat={stat}",
        date.syslog(),
        v.me.split('.').next().unwrap_or("mail"),
        rng.range(1000, 60000),
        names::sendmail_qid(rng),
        v.rcpt,
        rng.range(1, 9),
        rng.range(1, 9),
        rng.range(30000, 200000),
        v.host,
        v.rip
    ))
}

/// All snippets, in a seeded order.
pub fn make(seed: u64, bank: &Bank) -> Vec<Snippet> {
    let mut out: Vec<Snippet> = Vec::new();
    let mut seen: Vec<u64> = Vec::new();
    let mut push =
        |out: &mut Vec<Snippet>, text: String, reason: &str, lang: &str, heldout: bool| {
            let h = hash(0, &text);
            if text.trim().is_empty() || seen.contains(&h) {
                return;
            }
            seen.push(h);
            out.push(Snippet {
                text,
                reason: reason.into(),
                language: lang.into(),
                heldout,
            });
        };
    for t in &bank.templates {
        if t.text.trim().is_empty() {
            continue;
        }
        let mut rng = Rng::for_key(seed, &format!("snippet{}", t.key));
        let held_word = reasons::heldout_wording(t);
        let forms: [&str; 4] = ["reply", "postfix", "exim", "sendmail"];
        for form in forms {
            let v = values(&mut rng);
            let date = Date::random(&mut rng);
            let text = reasons::fill(&mut rng, t.text, &v).replace('\n', " ");
            let line = match form {
                "reply" if !t.needs_stage => Some(text.clone()),
                "postfix" => postfix_log(&mut rng, t, &text, &v, date),
                "exim" if rng.chance(0.7) => exim_log(&mut rng, t, &text, &v, date),
                "sendmail" if rng.chance(0.5) => sendmail_log(&mut rng, t, &text, &v, date),
                _ => None,
            };
            if let Some(line) = line {
                let held = held_word || hash(seed, &format!("{}{form}", t.key)).is_multiple_of(12);
                push(&mut out, line, t.reason, t.lang, held);
            }
        }
    }
    // Postfix's queue manager line for a message that expired in the queue.
    let mut rng = Rng::for_key(seed, "expired-qmgr");
    for i in 0..30 {
        let v = values(&mut rng);
        let date = Date::random(&mut rng);
        let line = format!(
            "{} {} postfix/qmgr[{}]: {}: from=<{}>, status=expired, returned to sender",
            date.syslog(),
            v.me.split('.').next().unwrap_or("mx"),
            rng.range(500, 9000),
            v.qid,
            v.sender
        );
        push(&mut out, line, "expired", "en", i % 5 == 0);
    }
    // The sentences a person is shown, per language and reason.
    for l in lang::ALL {
        for (reason, sentences) in l.explain {
            for s in *sentences {
                let mut rng = Rng::for_key(seed, s);
                let v = values(&mut rng);
                let text = s.replace("{rcpt}", &v.rcpt).replace("{domain}", &v.domain);
                let held = hash(seed, s).is_multiple_of(6);
                push(&mut out, text, reason, l.code, held);
            }
        }
    }
    let mut rng = Rng::for_key(seed, "snippet-order");
    rng.shuffle(&mut out);
    out
}
