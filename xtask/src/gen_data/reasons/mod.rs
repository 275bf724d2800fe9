//! The evidence for each reason: SMTP replies and server messages, as templates.
//!
//! A template is `"STAGE FLAGS|text"`:
//! - STAGE: `R` RCPT TO, `M` MAIL FROM, `D` DATA, `E` end of data, `C` connection or
//!   greeting, `H` HELO/EHLO, `X` none or unknown (the reporting server's own words).
//! - FLAGS, space separated: `4`/`5` permanence of a text without a code; `!` the label
//!   depends on the stage, so only wrappers that show the stage may use it; `@de` the
//!   language of the text; `:postfix,exim` the text is the reporting server's own and
//!   belongs to those wrappers (`*` to any); `=5.4.4` the `Status:` a DSN gives it.
//! - text: `\n` separates the lines of a multi-line reply; `{rcpt}`, `{host}`… are filled
//!   per message (see [`Values`]).

mod mailbox;
mod policy;
mod transient;

use super::rng::{Rng, hash};

/// The SMTP command a reply answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Conn,
    Helo,
    Mail,
    Rcpt,
    Data,
    EndData,
    Unknown,
}

#[derive(Debug, Clone)]
pub struct Template {
    pub reason: &'static str,
    pub stage: Stage,
    /// Some(true) for a permanent failure, Some(false) temporary; from the code if any.
    pub permanent: bool,
    pub needs_stage: bool,
    pub lang: &'static str,
    /// The wrappers whose own words these are; empty for a remote server's reply.
    pub local: Vec<&'static str>,
    pub status_override: &'static str,
    pub text: &'static str,
    /// Stable identity of the wording, for the held-out split.
    pub key: u64,
}

impl Template {
    pub fn is_local(&self) -> bool {
        !self.local.is_empty()
    }

    /// True when the template may be used by a wrapper whose own words are `base`.
    pub fn fits_base(&self, base: &str) -> bool {
        self.local.contains(&base)
    }

    pub fn fits_any(&self) -> bool {
        self.local.contains(&"*")
    }
}

/// Reply code and enhanced status at the start of a reply text.
pub fn leading_codes(text: &str) -> (String, String) {
    let t = text.trim_start_matches(['#', ' ']);
    let b = t.as_bytes();
    let mut reply = String::new();
    let mut rest = t;
    if b.len() >= 3
        && b[..3].iter().all(u8::is_ascii_digit)
        && matches!(b[0], b'2' | b'4' | b'5')
        && b.get(3)
            .is_none_or(|c| matches!(c, b' ' | b'-' | b':' | b'\n'))
    {
        reply = t[..3].to_string();
        rest = t[3..].trim_start_matches([' ', '-', ':']);
    }
    let status = find_status(rest.split('\n').next().unwrap_or(""))
        .filter(|(at, _)| *at < 3)
        .map(|(_, s)| s)
        .unwrap_or_default();
    (reply, status)
}

/// A reply quoted inside a server's own words ("host X said: 550 5.1.1 ..."): the first
/// `NNN x.y.z` with a 4xx/5xx code anywhere in `text`.
pub fn embedded_codes(text: &str) -> (String, String) {
    let b = text.as_bytes();
    for i in 0..b.len().saturating_sub(8) {
        let starts = i == 0 || !b[i - 1].is_ascii_alphanumeric() && b[i - 1] != b'.';
        if starts
            && matches!(b[i], b'4' | b'5')
            && b[i + 1].is_ascii_digit()
            && b[i + 2].is_ascii_digit()
            && matches!(b[i + 3], b' ' | b'-')
        {
            let (reply, status) = leading_codes(&text[i..]);
            if !reply.is_empty() && !status.is_empty() {
                return (reply, status);
            }
        }
    }
    (String::new(), String::new())
}

/// First `d.d{1,3}.d{1,3}` with class 2, 4 or 5 in `text`: (byte offset, status).
pub fn find_status(text: &str) -> Option<(usize, String)> {
    let b = text.as_bytes();
    for i in 0..b.len() {
        if !matches!(b[i], b'2' | b'4' | b'5') || b.get(i + 1) != Some(&b'.') {
            continue;
        }
        if i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'.') {
            continue;
        }
        let mut j = i + 2;
        let s = j;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j == s || j - s > 3 || b.get(j) != Some(&b'.') {
            continue;
        }
        j += 1;
        let s2 = j;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j == s2 || j - s2 > 3 || b.get(j).is_some_and(|c| c.is_ascii_digit() || *c == b'.') {
            continue;
        }
        return Some((i, text[i..j].to_string()));
    }
    None
}

fn parse(reason: &'static str, spec: &'static str) -> Template {
    let (head, text) = spec.split_once('|').expect("template has a '|'");
    let mut words = head.split_whitespace();
    let stage = match words.next().expect("template has a stage") {
        "R" => Stage::Rcpt,
        "M" => Stage::Mail,
        "D" => Stage::Data,
        "E" => Stage::EndData,
        "C" => Stage::Conn,
        "H" => Stage::Helo,
        "X" => Stage::Unknown,
        other => panic!("bad stage {other} in {spec}"),
    };
    let mut t = Template {
        reason,
        stage,
        permanent: true,
        needs_stage: false,
        lang: "en",
        local: Vec::new(),
        status_override: "",
        text,
        key: hash(7, spec),
    };
    let mut explicit = None;
    for w in words {
        match w {
            "4" => explicit = Some(false),
            "5" => explicit = Some(true),
            "!" => t.needs_stage = true,
            _ if w.starts_with('@') => t.lang = &w[1..],
            _ if w.starts_with(':') => t.local = w[1..].split(',').collect(),
            _ if w.starts_with('=') => t.status_override = &w[1..],
            _ => panic!("bad flag {w} in {spec}"),
        }
    }
    let (reply, status) = leading_codes(text);
    t.permanent = explicit.unwrap_or_else(|| {
        if !status.is_empty() {
            status.starts_with('5')
        } else if !reply.is_empty() {
            reply.starts_with('5')
        } else if !t.status_override.is_empty() {
            t.status_override.starts_with('5')
        } else {
            true
        }
    });
    t
}

/// The failure reasons, in the order of TAXONOMY.md.
pub const REASONS: &[&str] = &[
    "userunknown",
    "hostunknown",
    "hasmoved",
    "notaccept",
    "suspend",
    "mailboxfull",
    "systemfull",
    "exceedlimit",
    "mesgtoobig",
    "norelaying",
    "blocked",
    "badreputation",
    "requireptr",
    "authfailure",
    "rejected",
    "spamdetected",
    "virusdetected",
    "filtered",
    "contenterror",
    "notcompliantrfc",
    "policyviolation",
    "securityerror",
    "failedstarttls",
    "speeding",
    "toomanyconn",
    "greylisted",
    "networkerror",
    "expired",
    "systemerror",
    "mailererror",
    "syntaxerror",
    "suppressed",
    "onhold",
    "undefined",
];

fn raw(reason: &str) -> &'static [&'static str] {
    match reason {
        "userunknown" => mailbox::USERUNKNOWN,
        "hostunknown" => mailbox::HOSTUNKNOWN,
        "hasmoved" => mailbox::HASMOVED,
        "notaccept" => mailbox::NOTACCEPT,
        "suspend" => mailbox::SUSPEND,
        "mailboxfull" => mailbox::MAILBOXFULL,
        "systemfull" => mailbox::SYSTEMFULL,
        "exceedlimit" => mailbox::EXCEEDLIMIT,
        "mesgtoobig" => mailbox::MESGTOOBIG,
        "mailererror" => mailbox::MAILERERROR,
        "norelaying" => policy::NORELAYING,
        "blocked" => policy::BLOCKED,
        "badreputation" => policy::BADREPUTATION,
        "requireptr" => policy::REQUIREPTR,
        "authfailure" => policy::AUTHFAILURE,
        "rejected" => policy::REJECTED,
        "spamdetected" => policy::SPAMDETECTED,
        "virusdetected" => policy::VIRUSDETECTED,
        "filtered" => policy::FILTERED,
        "policyviolation" => policy::POLICYVIOLATION,
        "securityerror" => policy::SECURITYERROR,
        "failedstarttls" => policy::FAILEDSTARTTLS,
        "suppressed" => policy::SUPPRESSED,
        "contenterror" => transient::CONTENTERROR,
        "notcompliantrfc" => transient::NOTCOMPLIANTRFC,
        "speeding" => transient::SPEEDING,
        "toomanyconn" => transient::TOOMANYCONN,
        "greylisted" => transient::GREYLISTED,
        "networkerror" => transient::NETWORKERROR,
        "expired" => transient::EXPIRED,
        "systemerror" => transient::SYSTEMERROR,
        "syntaxerror" => transient::SYNTAXERROR,
        "onhold" => transient::ONHOLD,
        "undefined" => transient::UNDEFINED,
        other => panic!("no templates for {other}"),
    }
}

/// All templates of all reasons, parsed once.
pub struct Bank {
    pub templates: Vec<Template>,
}

impl Bank {
    pub fn load() -> Bank {
        let mut templates = Vec::new();
        for r in REASONS {
            for spec in raw(r) {
                templates.push(parse(r, spec));
            }
        }
        Bank { templates }
    }

    pub fn of<'a>(&'a self, reason: &'a str) -> impl Iterator<Item = &'a Template> + 'a {
        self.templates.iter().filter(move |t| t.reason == reason)
    }
}

/// Whether a wording is kept out of the training split (about one in eight, never the
/// only wording of its reason and base).
pub fn heldout_wording(t: &Template) -> bool {
    t.key % 8 == 3
}

/// Per-message values for the placeholders.
#[derive(Debug, Clone, Default)]
pub struct Values {
    pub rcpt: String,
    pub local: String,
    pub domain: String,
    pub host: String,
    pub rip: String,
    pub ip: String,
    pub me: String,
    pub sender: String,
    pub sdomain: String,
    pub qid: String,
}

/// Fills a template's placeholders; random ones (`{id}`, `{n}`, `{gid}`…) from `rng`.
pub fn fill(rng: &mut Rng, text: &str, v: &Values) -> String {
    let mut out = String::with_capacity(text.len() + 40);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            out.push_str(&rest[open..]);
            rest = "";
            break;
        };
        let name = &rest[open + 1..open + close];
        let value = match name {
            "rcpt" => v.rcpt.clone(),
            "local" => v.local.clone(),
            "domain" => v.domain.clone(),
            "host" => v.host.clone(),
            "rip" => v.rip.clone(),
            "ip" => v.ip.clone(),
            "me" => v.me.clone(),
            "sender" => v.sender.clone(),
            "sdomain" => v.sdomain.clone(),
            "qid" => v.qid.clone(),
            "id" => rng.alnum(12),
            "hex" => rng.hex_upper(8),
            "n" => rng.range(1, 99).to_string(),
            "nn" => rng.range(100, 9999).to_string(),
            "n7" => rng.digits(7),
            "secs" => rng
                .pick_str(&["60", "120", "240", "300", "600", "900"])
                .to_string(),
            "mins" => rng
                .pick_str(&["1", "5", "10", "15", "30", "60"])
                .to_string(),
            "days" => rng.pick_str(&["2", "3", "4", "5", "7"]).to_string(),
            "size" => rng.range(10_500_000, 62_000_000).to_string(),
            "limit" => rng
                .pick_str(&["10485760", "20971520", "26214400", "35882577", "52428800"])
                .to_string(),
            "mb" => rng
                .pick_str(&["10", "20", "25", "30", "35", "50"])
                .to_string(),
            "gid" => format!(
                "{}-{}si{}{}.{}",
                rng.hex(13),
                rng.lower_alnum(11),
                rng.digits(7),
                rng.pick_str(&["ejc", "qtb", "wra", "pfb", "ljb", "lfb"]),
                rng.range(100, 999)
            ),
            "date" => format!(
                "{}-{:02}-{:02}",
                rng.range(2015, 2025),
                rng.range(1, 12),
                rng.range(1, 28)
            ),
            "yid" => rng
                .pick_str(&["gq1", "bf1", "ne1", "sg3", "ir2"])
                .to_string(),
            "ptrhost" => format!(
                "{}.dsl.isp{}.example.net",
                v.ip.replace('.', "-"),
                rng.range(1, 9)
            ),
            "rbl" => rng
                .pick_str(&[
                    "zen.spamhaus.org",
                    "bl.spamcop.net",
                    "b.barracudacentral.org",
                    "dnsbl.sorbs.net",
                    "bl.mailspike.net",
                    "psbl.surriel.com",
                    "dnsbl-1.uceprotect.net",
                    "cbl.abuseat.org",
                ])
                .to_string(),
            _ => format!("{{{name}}}"),
        };
        out.push_str(&value);
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

/// Whether a recipient with this reason and status is a hard bounce (TAXONOMY.md).
/// `permanent` decides when the report shows neither a status nor a reply code.
pub fn is_hard(reason: &str, status: &str, reply: &str, permanent: bool) -> bool {
    match reason {
        "userunknown" | "hostunknown" | "hasmoved" => true,
        "notaccept" => {
            if !status.is_empty() {
                status.starts_with('5')
            } else if !reply.is_empty() {
                reply.starts_with('5')
            } else {
                permanent
            }
        }
        _ => false,
    }
}
