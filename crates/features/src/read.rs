//! From bytes to a [`Report`]: the MIME walk, the DSN fields, the free text, merged.

use crate::address;
use crate::command;
use crate::dsn::{self, Dsn, DsnRecipient};
use crate::error::ParseError;
use crate::freetext::{self, Notification, TextRecipient, TextReport, clean_reply};
use crate::kind;
use crate::limits::Limits;
use crate::mime::{self, Entity, Sections};
use crate::report::{Action, Evidence, Kind, OriginalMessage, Report};
use crate::status::{failure_status, find_status};
use crate::text::{clip, squash, squash_after};
use mail_parser::Address;
use regex::Regex;
use std::borrow::Cow;
use std::cell::{LazyCell, OnceCell};
use std::collections::HashSet;
use std::sync::LazyLock;

/// Most lines kept for one recipient.
const MAX_BLOCK_LINES: usize = 40;

/// The date as RFC 3339, as `mail_parser::DateTime::to_rfc3339` writes it ("Z" for a zero
/// offset, widths as minimums), without the formatting machinery its `format!` costs.
fn rfc3339(d: &mail_parser::DateTime) -> String {
    fn push(out: &mut String, mut n: u16, width: usize) {
        let mut digits = [b'0'; 5];
        let mut at = digits.len();
        loop {
            at -= 1;
            digits[at] += (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        for _ in digits.len() - at..width {
            out.push('0');
        }
        out.push_str(std::str::from_utf8(&digits[at..]).expect("ASCII digits"));
    }
    let mut out = String::with_capacity(25);
    push(&mut out, d.year, 4);
    for (sep, n) in [
        ('-', d.month),
        ('-', d.day),
        ('T', d.hour),
        (':', d.minute),
        (':', d.second),
    ] {
        out.push(sep);
        push(&mut out, n.into(), 2);
    }
    if d.tz_hour == 0 && d.tz_minute == 0 {
        out.push('Z');
    } else {
        out.push(if d.tz_before_gmt { '-' } else { '+' });
        push(&mut out, d.tz_hour.into(), 2);
        out.push(':');
        push(&mut out, d.tz_minute.into(), 2);
    }
    out
}

/// Drops a leading mbox `From ` line and turns CR-only line endings into LF.
fn prepare(raw: &[u8]) -> Cow<'_, [u8]> {
    let mut raw = raw;
    while raw
        .first()
        .is_some_and(|b| matches!(b, b'\n' | b'\r' | b' ' | b'\t'))
    {
        raw = &raw[1..];
    }
    if raw.starts_with(b"From ") {
        let end = memchr::memchr(b'\n', raw).map_or(raw.len(), |n| n + 1);
        raw = &raw[end..];
    }
    let head = &raw[..raw.len().min(8192)];
    if memchr::memchr(b'\n', head).is_none() && memchr::memchr(b'\r', head).is_some() {
        return Cow::Owned(
            raw.iter()
                .map(|&b| if b == b'\r' { b'\n' } else { b })
                .collect(),
        );
    }
    Cow::Borrowed(raw)
}

/// The first address of a header, normalised, and its display name (borrowed: it is only
/// looked at).
fn first_address<'h>(value: Option<&'h Address<'_>>) -> (Option<String>, &'h str) {
    let Some(addr) = value.and_then(|a| a.first()) else {
        return (None, "");
    };
    let email = addr.address.as_deref().map(address::normalize);
    (email, addr.name.as_deref().unwrap_or(""))
}

/// Most addresses kept from one address header (a hostile `To:` can hold millions).
const MAX_HEADER_ADDRESSES: usize = 256;

fn all_addresses(value: Option<&Address<'_>>) -> Vec<String> {
    value.map_or_else(Vec::new, |a| {
        a.iter()
            .filter_map(|x| x.address.as_deref().map(address::normalize))
            .take(MAX_HEADER_ADDRESSES)
            .collect()
    })
}

fn original_message(entity: &Entity<'_>) -> OriginalMessage {
    let h = &entity.headers;
    OriginalMessage {
        message_id: h
            .message_id()
            .map(|id| id.trim().to_string())
            .filter(|s| !s.is_empty()),
        from: first_address(h.from()).0,
        to: all_addresses(h.to()),
        subject: h.subject().map(str::to_string),
    }
}

static REPORTING_HOST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:mail system at host|program at|generating server:|reporting-mta:\s*dns;|this is the mail delivery agent at|mail server at)\s*\[?([a-z0-9][a-z0-9.-]*[a-z0-9])")
        .expect("valid pattern")
});

static REMOTE_HOST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\bhost:?\s+|\bhôte\s+|\bservidor\s+|while talking to\s+|connect to\s+|delivery to host\s+|\bby\s+)\[?([a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+)\]?\.?\s*(?:\[|\(|:|said|$|,)")
        .expect("valid pattern")
});

/// Hosts named before the verb: qmail's "192.0.2.1 does not like recipient", "x gives
/// Error:", "Remote server (192.0.2.1) issued an error".
static REMOTE_HOST_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[\s(\[])\(?([a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+)\)?\s+(?:does not like|gives error|issued an error|refused|rejected)").expect("valid pattern")
});

/// Words without which neither host pattern can match: a cheap gate before the regexes.
static REMOTE_HOST_GATE: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build([
            "host",
            "hôte",
            "servidor",
            "talking to",
            "connect to",
            "by ",
            "does not like",
            "gives error",
            "issued an error",
            "refused",
            "rejected",
        ])
        .expect("valid words")
});

/// A dot between two characters a host name may hold (`[a-z0-9-]`, which under `(?i)`
/// also takes two non-ASCII letters: any non-ASCII byte is let through). Both host
/// patterns need one, and most lines have none (a full stop ends a sentence): a memchr
/// pass rules those out before the word gate and the regexes.
fn may_name_host(line: &str) -> bool {
    let host_byte = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || !b.is_ascii();
    let bytes = line.as_bytes();
    memchr::memchr_iter(b'.', bytes).any(|at| {
        at > 0 && host_byte(bytes[at - 1]) && bytes.get(at + 1).is_some_and(|&b| host_byte(b))
    })
}

/// The server the text says refused: a host name when one is named, else its address.
fn remote_host(lines: &[&str]) -> Option<String> {
    let mut address = None;
    for l in lines
        .iter()
        .filter(|l| may_name_host(l) && REMOTE_HOST_GATE.is_match(**l))
    {
        for c in REMOTE_HOST
            .captures_iter(l)
            .chain(REMOTE_HOST_BEFORE.captures_iter(l))
        {
            let host = c[1].to_ascii_lowercase();
            if host.chars().any(|c| c.is_ascii_alphabetic()) {
                return Some(host);
            }
            address.get_or_insert(host);
        }
    }
    address
}

/// The identity of a returned original that the notification text quotes inline, after a
/// separator or as a bare header block.
fn inline_original(rest: &str, limits: &Limits) -> Option<OriginalMessage> {
    let mut start = 0;
    for line in rest.split_inclusive('\n').take(8) {
        let t = line.trim_end();
        let header_like = t.split_once(':').is_some_and(|(n, _)| {
            !n.is_empty()
                && n.len() < 40
                && n.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        });
        if header_like {
            break;
        }
        start += line.len();
    }
    let block = rest.get(start..)?;
    // The block can be the rest of a long text: memmem's vectorised search finds its
    // end faster than str::find.
    let end = memchr::memmem::find(block.as_bytes(), b"\n\n").map_or(block.len(), |e| e + 1);
    let entity = Entity::parse_original(&block.as_bytes()[..end], limits)?;
    let original = original_message(&entity);
    (original.message_id.is_some() || original.from.is_some() || original.subject.is_some())
        .then_some(original)
}

/// Most DSN fields read: enough for one more recipient than the limit, so that going
/// over it shows.
fn dsn_fields(limits: &Limits) -> usize {
    limits
        .max_recipients
        .saturating_add(1)
        .saturating_mul(12)
        .saturating_add(64)
}

/// Reads `raw` into a [`Report`] within `limits`.
pub fn parse_with(raw: &[u8], limits: &Limits) -> Result<Report, ParseError> {
    if raw.len() > limits.max_message_bytes {
        return Err(ParseError::TooLarge {
            size: raw.len(),
            limit: limits.max_message_bytes,
        });
    }
    let prepared = prepare(raw);
    if prepared.iter().all(u8::is_ascii_whitespace) {
        return Err(ParseError::Empty);
    }
    let sections = mime::walk(&prepared, limits)?;
    let report = build(&sections, limits);
    // A program that forwards a bounce it could not handle (a list manager's "uncaught
    // bounce", a gateway) wraps it whole: read the bounce inside. One level only, and
    // never for a person's forward. A gateway that wraps its own report (the same sender
    // outside and in) may read as a failure notice itself, with no code for anyone.
    let uncoded_notice = report.kind.is_failure()
        && sections.dsn.is_empty()
        && report
            .recipients
            .iter()
            .all(|r| r.status.is_none() && r.reply_code.is_none());
    if (report.kind == Kind::NotBounce || uncoded_notice)
        && let Some(inner) = sections.attached
        && wrapper_is_automated(&sections)
        && let Ok(top) = mime::walk(inner.strip_prefix(b"\n").unwrap_or(inner), limits)
    {
        let mut wrapped = build(&top, limits);
        let own_report = || {
            wrapped.from.is_some()
                && wrapped.from == report.from
                && wrapped
                    .recipients
                    .iter()
                    .any(|r| r.status.is_some() || r.reply_code.is_some())
        };
        if wrapped.kind.is_failure() && (report.kind == Kind::NotBounce || own_report()) {
            // The message in hand is the wrapper: its own headers describe it.
            wrapped.subject = report.subject;
            wrapped.from = report.from;
            wrapped.to = report.to;
            wrapped.date = report.date;
            wrapped.message_id = report.message_id;
            return Ok(wrapped);
        }
    }
    Ok(report)
}

/// The message was sent by a program, not a person.
fn wrapper_is_automated(sections: &Sections<'_>) -> bool {
    let Some(top) = sections.top.as_ref() else {
        return false;
    };
    let (from, name) = first_address(top.headers.from());
    let from = from.unwrap_or_default();
    let auto = top
        .raw("auto-submitted")
        .is_some_and(|a| !a.eq_ignore_ascii_case("no"));
    auto || kind::daemon_sender(&from, name)
        || kind::list_robot_sender(&from)
        || from.contains("-bounces@")
        || from
            .split('@')
            .next()
            .is_some_and(|l| l.ends_with("-owner") || l == "mailman")
}

fn build(sections: &Sections<'_>, limits: &Limits) -> Report {
    let top = sections
        .top
        .as_ref()
        .expect("walk always sets the top entity");
    let headers = &top.headers;
    let subject = headers.subject().map(str::to_string);
    let (from, from_name) = first_address(headers.from());
    let to = all_addresses(headers.to());
    let mut original = sections.original.as_ref().map(original_message);

    // The notification text: text/plain parts, or the HTML ones when there are none.
    let texts = if sections.texts.iter().any(|t| !t.trim().is_empty()) {
        &sections.texts
    } else {
        &sections.htmls
    };
    let mut text = texts.join("\n\n");
    if text.len() > limits.max_text_bytes {
        text = clip(&text, limits.max_text_bytes).to_string();
    }
    let note = Notification::new(&text, limits.max_line_bytes);
    if original.is_none() {
        original = note.rest.and_then(|rest| inline_original(rest, limits));
    }

    // DSN fields: the delivery-status part, or fields written into the text.
    // One budget for all parts: enough for one recipient over the limit, so that going
    // over it shows, however many parts a report has.
    let mut dsn = Dsn::default();
    let keep = limits.max_recipients.saturating_add(1);
    for part in &sections.dsn {
        if dsn.recipients.len() >= keep {
            break;
        }
        let more = dsn::parse(part, dsn_fields(limits));
        dsn.reporting_mta = dsn.reporting_mta.or(more.reporting_mta);
        dsn.recipients.extend(more.recipients);
        dsn.unnamed = dsn.unnamed.or(more.unnamed);
    }
    dsn.recipients.truncate(keep);
    let has_dsn_part = !sections.dsn.is_empty();
    if dsn.recipients.is_empty() {
        let joined = note.lines.join("\n");
        if let Some(inline) = dsn::inline(&joined) {
            let more = dsn::parse(inline, dsn_fields(limits));
            dsn.reporting_mta = dsn.reporting_mta.or(more.reporting_mta);
            dsn.recipients = more.recipients;
            dsn.unnamed = dsn.unnamed.or(more.unnamed);
        }
    }

    // An Amazon SES notification carries its recipients as JSON.
    let mut ses_complaint = None;
    if dsn.recipients.is_empty() {
        match crate::ses::read(&text) {
            Some(crate::ses::Notice::Bounce(d) | crate::ses::Notice::Delivery(d)) => dsn = d,
            Some(crate::ses::Notice::Complaint {
                recipients,
                feedback_type,
            }) => ses_complaint = Some((recipients, feedback_type)),
            None => {}
        }
    }

    // Addresses that name the sender side, never a failed recipient.
    let mut ignore: Vec<&str> = Vec::with_capacity(to.len() + 2);
    ignore.extend(from.as_deref());
    ignore.extend(to.iter().map(String::as_str));
    if let Some(o) = &original {
        ignore.extend(o.from.as_deref());
    }
    let text_report = freetext::recipients(&note, &ignore, MAX_BLOCK_LINES, limits.max_recipients);

    let failed_header: Vec<String> = top
        .raw("x-failed-recipients")
        .map(|v| {
            let mut list: Vec<String> = Vec::new();
            let mut seen: HashSet<String> = HashSet::new();
            for a in address::find_all(&v) {
                let a = address::normalize(a);
                if seen.insert(a.clone()) {
                    list.push(a);
                    if list.len() >= keep {
                        break;
                    }
                }
            }
            list
        })
        .unwrap_or_default();

    // A recipient group that names nobody gets the one address the report names
    // elsewhere (`X-Failed-Recipients`, else the text); with none, it is the nameless
    // recipient's (below).
    if dsn.recipients.is_empty()
        && let Some(unnamed) = &mut dsn.unnamed
    {
        let named = match (failed_header.as_slice(), text_report.recipients.as_slice()) {
            ([only], _) => Some(only.clone()),
            ([], [only]) => Some(only.address.clone()),
            _ => None,
        };
        if named.is_some() {
            unnamed.final_recipient = named;
            dsn.recipients.extend(dsn.unnamed.take());
        }
    }

    let squashed_subject = squash(subject.as_deref().unwrap_or(""));
    // The preamble is the notification's first lines, so its normalised text starts the
    // whole notification's: only the lines after it are normalised again.
    let preamble_lines = text_report.preamble.len().min(60);
    let preamble_text = note.lines[..preamble_lines].join("\n");
    let squashed_preamble = squash(&preamble_text);
    // The whole notification's wording matters only without a delivery-status part, and
    // only when the other signals leave the kind open (`kind::decide_asking`).
    let note_wording = || {
        // A guard: with delivery-status recipients the kind is decided before the wording.
        if !dsn.recipients.is_empty() {
            return (false, false);
        }
        let rest = &note.lines[preamble_lines..note.lines.len().min(200)];
        let squashed_note = squash_after(squashed_preamble.clone(), &rest.join("\n"));
        (
            kind::failure_wording(&squashed_note),
            kind::reason_wording(&squashed_note),
        )
    };
    // Asked for where recipients come from the text or none were found.
    let delayed = LazyCell::new(|| {
        kind::delay_wording(&squashed_subject) || kind::delay_wording(&squashed_preamble)
    });

    let mut recipients = if dsn.recipients.is_empty() {
        from_text(&text_report, &failed_header, *delayed)
    } else {
        from_dsn(&dsn, &text_report, keep)
    };
    let truncated = recipients.len() > limits.max_recipients;
    recipients.truncate(limits.max_recipients);

    // What kind of message this is.
    let header = |name: &str| top.raw(name).unwrap_or_default().to_ascii_lowercase();
    let auto_submitted = header("auto-submitted");
    let precedence = header("precedence");
    let feedback_fields = sections
        .feedback
        .as_deref()
        .map(|f| dsn::fields(f, limits.max_headers))
        .unwrap_or_default();
    let mut feedback_type = feedback_fields
        .iter()
        .find(|f| f.name == "feedback-type")
        .map(|f| {
            f.value
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_ascii_lowercase()
        });
    let daemon = from
        .as_deref()
        .is_some_and(|f| kind::daemon_sender(f, from_name))
        || kind::daemon_sender("", from_name);
    let signals = kind::Signals {
        feedback_part: sections.feedback.is_some()
            || sections.report_type.as_deref() == Some("feedback-report"),
        dsn_recipients: !dsn.recipients.is_empty(),
        all_delivered: recipients
            .iter()
            .all(|r| r.action.is_some_and(Action::is_success)),
        delivery_status_report: sections.report_type.as_deref() == Some("delivery-status"),
        failed_header: !failed_header.is_empty(),
        daemon,
        list_robot: from.as_deref().is_some_and(kind::list_robot_sender),
        return_null: top
            .raw("return-path")
            .is_some_and(|r| r.replace(' ', "") == "<>"),
        autoreply_header: top.raw("x-autoreply").is_some()
            || top.raw("x-autorespond").is_some()
            || top.raw("x-autoresponder").is_some()
            || top.raw("x-ms-exchange-organization-autoreply").is_some()
            || precedence.contains("auto_reply")
            || auto_submitted.starts_with("auto-replied") && !auto_submitted.contains("fail"),
        automated: !auto_submitted.is_empty() && auto_submitted != "no"
            || top.raw("x-apple-unsubscribe").is_some(),
        subject_bounce: kind::bounce_subject(&squashed_subject),
        subject_vacation: kind::vacation_wording(&squashed_subject),
        subject_unsubscribe: squashed_subject.trim() == "unsubscribe",
        forwarded: kind::forwarded_subject(&squashed_subject) && !daemon && !has_dsn_part,
        // Read only where it can matter: `kind::decide` ignores it from a daemon or with
        // `X-Failed-Recipients`.
        challenge: !daemon
            && failed_header.is_empty()
            && (kind::challenge_wording(&squashed_subject)
                || kind::challenge_wording(&squashed_preamble)),
        // Read only when asked for, below: these two stay false in `signals` afterwards.
        text_failure: false,
        reason_wording: false,
        recipients: !recipients.is_empty(),
        codes: recipients
            .iter()
            .any(|r| r.status.is_some() || r.reply_code.is_some()),
    };
    let report_kind = if let Some((addresses, kind)) = ses_complaint {
        feedback_type = kind;
        recipients = addresses
            .into_iter()
            .map(|a| Evidence {
                recipient: Some(a),
                ..Evidence::default()
            })
            .collect();
        Kind::Feedback
    } else {
        kind::decide_asking(signals, note_wording)
    };
    if report_kind == Kind::Feedback && feedback_type.is_none() && signals.subject_unsubscribe {
        feedback_type = Some("opt-out".to_string());
    }

    match report_kind {
        Kind::Dsn | Kind::FreeTextNdr if recipients.is_empty() => recipients.push(nameless(
            text_report.preamble,
            *delayed,
            dsn.unnamed.as_ref(),
        )),
        Kind::Dsn | Kind::FreeTextNdr | Kind::Delivered => {}
        Kind::Feedback if signals.subject_unsubscribe && !signals.feedback_part => {
            // An automatic unsubscribe request: the address that asks is its sender.
            recipients = vec![Evidence {
                recipient: from.clone(),
                ..Evidence::default()
            }];
        }
        Kind::Feedback if sections.feedback.is_some() || recipients.is_empty() => {
            recipients = feedback_recipients(&feedback_fields, original.as_ref());
        }
        Kind::Feedback => {}
        Kind::AutoReply => {
            recipients = vec![Evidence {
                recipient: from.clone(),
                ..Evidence::default()
            }]
        }
        Kind::NotBounce => recipients.clear(),
    }

    let reporting_mta = dsn.reporting_mta.clone().or_else(|| {
        REPORTING_HOST
            .captures(&preamble_text)
            .map(|c| c[1].to_ascii_lowercase())
    });

    Report {
        kind: report_kind,
        feedback_type,
        subject,
        from,
        to,
        date: headers.date().map(rfc3339),
        message_id: headers.message_id().map(str::to_string),
        reporting_mta,
        original,
        recipients,
        truncated,
        preamble: squashed_preamble,
    }
}

/// The complained-about recipients of a feedback report: `Original-Rcpt-To` or
/// `Removal-Recipient`; failing both, the returned original's `To` (a complaint names no
/// failure, so the original is the only place the address can be).
fn feedback_recipients(fields: &[dsn::Field], original: Option<&OriginalMessage>) -> Vec<Evidence> {
    let mut addresses: Vec<String> = Vec::new();
    for f in fields {
        if (f.name == "original-rcpt-to" || f.name == "removal-recipient")
            && let Some(a) = address::from_field(&f.value)
            && !addresses.contains(&a)
        {
            addresses.push(a);
        }
    }
    if addresses.is_empty() {
        addresses.extend(original.and_then(|o| o.to.first().cloned()));
    }
    if addresses.is_empty() {
        return vec![Evidence::default()];
    }
    addresses
        .into_iter()
        .map(|a| Evidence {
            recipient: Some(a),
            ..Evidence::default()
        })
        .collect()
}

/// A one-recipient failure report made of a bare diagnostic or an MTA log line.
pub fn report_from_text(text: &str) -> Report {
    Report {
        kind: Kind::FreeTextNdr,
        feedback_type: None,
        subject: None,
        from: None,
        to: Vec::new(),
        date: None,
        message_id: None,
        reporting_mta: None,
        original: None,
        recipients: vec![evidence_from_text(text)],
        truncated: false,
        preamble: String::new(),
    }
}

/// Evidence from a bare diagnostic or an MTA log line (`bounce classify --text`): the
/// first address is the recipient, the reply is read from the text.
pub fn evidence_from_text(text: &str) -> Evidence {
    let lines: Vec<&str> = text.lines().collect();
    let address = crate::address::find(text)
        .next()
        .map(|(s, e)| address::normalize(&text[s..e]));
    let mut evidence = evidence_from_lines(address, &lines, Action::Failed);
    if evidence.diagnostic.is_empty() {
        evidence.diagnostic = text.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    let squashed = squash(text);
    if squashed.contains("status=deferred") || squashed.contains("deferred:") {
        evidence.action = Some(Action::Delayed);
    }
    evidence
}

/// Evidence for one address from the recipient's own lines (copied into the evidence
/// only here, once).
fn evidence_from_lines(address: Option<String>, lines: &[&str], action: Action) -> Evidence {
    let reading = LineReading::new(lines, address.as_deref());
    Evidence {
        status: reading.status(),
        reply_code: reading.reply_code(),
        command: reading.command(),
        remote_mta: reading.remote_host(),
        recipient: address,
        original_recipient: None,
        action: Some(action),
        reported_status: None,
        diagnostic_type: None,
        lines: lines.iter().map(|l| l.to_string()).collect(),
        will_retry_until: None,
        diagnostic: reading.diagnostic,
    }
}

/// What a recipient's own lines say: the diagnostic picked from them at once, the rest
/// read when first asked for (a DSN recipient asks only for what its fields lack).
struct LineReading<'a> {
    lines: &'a [&'a str],
    diagnostic: String,
    /// The reply code of the line the diagnostic was picked from.
    line_code: Option<u16>,
    /// The failure status the diagnostic names.
    said: Option<crate::Status>,
    joined: OnceCell<String>,
}

impl<'a> LineReading<'a> {
    fn new(lines: &'a [&'a str], address: Option<&str>) -> Self {
        let (diagnostic, line_code) = freetext::diagnostic(lines, address.unwrap_or("\u{0}"));
        LineReading {
            lines,
            said: failure_status(&diagnostic),
            diagnostic,
            line_code,
            joined: OnceCell::new(),
        }
    }

    fn joined(&self) -> &str {
        self.joined.get_or_init(|| self.lines.join("\n"))
    }

    /// The diagnostic's failure status, or else the first one in any of the lines.
    fn status(&self) -> Option<crate::Status> {
        self.said.or_else(|| failure_status(self.joined()))
    }

    fn reply_code(&self) -> Option<u16> {
        freetext::reply_code(&self.diagnostic, self.line_code)
    }

    fn command(&self) -> crate::SmtpCommand {
        command::detect(&squash(self.joined()))
    }

    fn remote_host(&self) -> Option<String> {
        remote_host(self.lines)
    }
}

fn from_text(text: &TextReport<'_>, failed_header: &[String], delayed: bool) -> Vec<Evidence> {
    let action = if delayed {
        Action::Delayed
    } else {
        Action::Failed
    };
    if failed_header.is_empty() {
        return text
            .recipients
            .iter()
            .map(|r| evidence_from_lines(Some(r.address.clone()), &r.lines, action))
            .collect();
    }
    // `X-Failed-Recipients` is the machine-readable list: it decides who failed, and the
    // text gives each its lines.
    let sole = failed_header.len() == 1 && text.recipients.len() == 1;
    let by_address = text.by_address();
    failed_header
        .iter()
        .map(|addr| {
            let reasons;
            let lines = match by_address.get(addr.as_str()) {
                Some(r) => &r.lines,
                None if sole => &text.recipients[0].lines,
                None => {
                    reasons = reasonful(text.preamble);
                    &reasons
                }
            };
            evidence_from_lines(Some(addr.clone()), lines, action)
        })
        .collect()
}

/// Lines of the general text that carry a reason: an SMTP reply or a status code.
fn reasonful<'a>(lines: &[&'a str]) -> Vec<&'a str> {
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let has_code =
            find_status(line).is_some() || crate::status::find_reply_code(line).is_some();
        if has_code {
            out.extend(lines[i..].iter().take(6).cloned());
            break;
        }
    }
    out
}

/// A failure report that names no address outside the returned original; `fields` is a
/// delivery-status group that names nobody either.
fn nameless(preamble: &[&str], delayed: bool, fields: Option<&DsnRecipient>) -> Evidence {
    let lines: Vec<&str> = preamble
        .iter()
        .filter(|l| !l.trim().is_empty())
        .take(MAX_BLOCK_LINES)
        .cloned()
        .collect();
    if let Some(fields) = fields {
        let mut evidence = merge(fields, &lines);
        // The group's own Action, if any, else what the text says, as below.
        if fields.action.is_none() && delayed {
            evidence.action = Some(Action::Delayed);
        }
        return evidence;
    }
    evidence_from_lines(
        None,
        &lines,
        if delayed {
            Action::Delayed
        } else {
            Action::Failed
        },
    )
}

/// One evidence per distinct DSN recipient (at most `keep`), merged with its text block.
fn from_dsn(dsn: &Dsn, text: &TextReport<'_>, keep: usize) -> Vec<Evidence> {
    let mut out: Vec<Evidence> = Vec::with_capacity(dsn.recipients.len().min(keep));
    let mut seen: HashSet<&str> = HashSet::new();
    let by_address = text.by_address();
    let sole = dsn.recipients.len() == 1;
    // Built only for a recipient whose original address has text of its own (rare).
    let finals: std::cell::LazyCell<HashSet<&str>, _> = std::cell::LazyCell::new(|| {
        dsn.recipients
            .iter()
            .filter_map(|r| r.final_recipient.as_deref())
            .collect()
    });
    for r in &dsn.recipients {
        if out.len() >= keep {
            break;
        }
        let Some(addr) = r.address() else { continue };
        if !seen.insert(addr) {
            continue;
        }
        let block: Option<&TextRecipient<'_>> = r
            .final_recipient
            .as_deref()
            .and_then(|a| by_address.get(a).copied())
            .or_else(|| {
                r.original_recipient
                    .as_deref()
                    .and_then(|a| by_address.get(a).copied())
            })
            .or_else(|| {
                if sole && text.recipients.len() == 1 {
                    text.recipients.first()
                } else {
                    None
                }
            });
        // "Recipient address: x / Original address: y / the error": text under the
        // original address is about the same recipient, unless y is another recipient's.
        let original_block = r.original_recipient.as_deref().and_then(|o| {
            let o_block = by_address.get(o).copied()?;
            let other = block.is_some_and(|b| !std::ptr::eq(o_block, b));
            (other && !finals.contains(o)).then_some(o_block)
        });
        let reasons;
        let joined;
        let lines: &[&str] = match (block, original_block) {
            (Some(b), Some(o)) => {
                joined = [b.lines.as_slice(), o.lines.as_slice()].concat();
                &joined
            }
            (Some(b), None) => &b.lines,
            (None, _) if sole => {
                reasons = reasonful(text.preamble);
                &reasons
            }
            (None, _) => &[],
        };
        out.push(merge(r, lines));
    }
    out
}

/// One DSN recipient, completed from its lines in the text. The lines are read as
/// [`evidence_from_lines`] reads them, but each reading is done only when the DSN fields
/// leave it to the text: normalising the lines for the stage and searching them for a
/// host or a status cost most, and a DSN usually names all three itself.
fn merge(r: &DsnRecipient, lines: &[&str]) -> Evidence {
    let address = r.address().map(str::to_string);
    let reading = LineReading::new(lines, address.as_deref());
    let diagnostic = if !r.diagnostic.trim().is_empty() {
        clean_reply(&r.diagnostic)
    } else if !reading.diagnostic.trim().is_empty() || r.status_comment.is_empty() {
        reading.diagnostic.clone()
    } else {
        r.status_comment.clone()
    };
    // The remote server's own code beats the reporting server's summary of it, unless
    // the remote one is generic (x.0.0) and the summary is not.
    let status = match (r.status, failure_status(&diagnostic)) {
        (Some(field), Some(said)) if said.is_generic() && !field.is_generic() => Some(field),
        (field, said) => said.or(field).or_else(|| reading.status()),
    };
    // A generic code (x.0.0) gives way to a specific one of the same class in the
    // recipient's own reply (not in text that may be about another recipient).
    let status = match (status, reading.said) {
        (Some(s), Some(t)) if s.is_generic() && !t.is_generic() && s.class == t.class => Some(t),
        (s, _) => s,
    };
    let reply_code = crate::status::find_reply_code(&diagnostic).or_else(|| reading.reply_code());
    let mut command = command::detect(&squash(&diagnostic));
    if command == crate::SmtpCommand::Unknown {
        command = reading.command();
    }
    let reported_status = r.status.filter(|s| Some(*s) != status);
    let original_recipient = r
        .original_recipient
        .clone()
        .filter(|o| Some(o) != r.final_recipient.as_ref());
    Evidence {
        recipient: address,
        original_recipient,
        action: r.action.or(Some(Action::Failed)),
        status,
        reported_status,
        reply_code,
        command,
        remote_mta: r.remote_mta.clone().or_else(|| reading.remote_host()),
        diagnostic_type: r.diagnostic_type.clone(),
        diagnostic,
        lines: lines.iter().map(|l| l.to_string()).collect(),
        will_retry_until: r.will_retry_until.clone(),
    }
}

/// Builds this module's matchers now rather than at their first use (see
/// [`crate::build_matchers`]).
pub(crate) fn build_matchers() {
    LazyLock::force(&REPORTING_HOST);
    LazyLock::force(&REMOTE_HOST);
    LazyLock::force(&REMOTE_HOST_BEFORE);
    LazyLock::force(&REMOTE_HOST_GATE);
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    /// A gateway's own report, wrapped whole with a disclaimer by the same gateway: the
    /// wrapper reads like a notice but names no code, so the report inside is read.
    fn wrapped_report(inner_from: &str) -> Vec<u8> {
        format!(
            "From: postmaster@gw.example\n\
             To: anna@sender.example\n\
             Subject: Delivery Status Notification (Failure)\n\
             MIME-Version: 1.0\n\
             Content-Type: multipart/mixed; boundary=\"outer\"\n\
             \n\
             --outer\n\
             Content-Type: message/rfc822\n\
             \n\
             From: {inner_from}\n\
             To: anna@sender.example\n\
             Subject: Delivery Status Notification (Failure)\n\
             MIME-Version: 1.0\n\
             Content-Type: multipart/report; report-type=delivery-status; boundary=\"in\"\n\
             \n\
             --in\n\
             Content-Type: text/plain\n\
             \n\
             Your message could not be delivered to the following recipients.\n\
             --in\n\
             Content-Type: message/delivery-status\n\
             \n\
             Reporting-MTA: dns; gw.example\n\
             \n\
             Final-Recipient: rfc822; bert@receiver.example\n\
             Action: failed\n\
             Status: 5.1.1\n\
             --in--\n\
             --outer\n\
             Content-Type: text/plain\n\
             \n\
             This e-mail and any attachments are confidential. If you are not the intended\n\
             recipient, please delete it and notify the sender.\n\
             --outer--\n"
        )
        .into_bytes()
    }

    #[test]
    fn a_gateways_wrapped_own_report_is_read_inside() {
        let report = crate::parse(&wrapped_report("postmaster@gw.example")).expect("parses");
        assert_eq!(report.recipients.len(), 1);
        assert_eq!(
            report.recipients[0].recipient.as_deref(),
            Some("bert@receiver.example")
        );
        assert_eq!(
            report.recipients[0]
                .status
                .map(|s| s.to_string())
                .as_deref(),
            Some("5.1.1")
        );
        // Another sender's report inside a notice is the notice's returned message.
        let report = crate::parse(&wrapped_report("mailer-daemon@other.example")).expect("parses");
        assert_ne!(
            report
                .recipients
                .first()
                .and_then(|r| r.recipient.as_deref()),
            Some("bert@receiver.example")
        );
    }

    #[test]
    fn remote_hosts_are_read_from_lines_with_a_dotted_name() {
        assert!(!super::may_name_host("The host said: mailbox full."));
        assert!(super::may_name_host("host MX.example said"));
        assert_eq!(
            super::remote_host(&[
                "Delivery failed.",
                "host mx.example.net[192.0.2.1] said: 550 5.1.1 unknown",
            ]),
            Some("mx.example.net".to_string())
        );
        assert_eq!(
            super::remote_host(&["192.0.2.1 does not like recipient."]),
            Some("192.0.2.1".to_string())
        );
    }

    proptest! {
        #[test]
        fn rfc3339_writes_what_mail_parser_writes(
            year: u16, month: u8, day: u8, hour: u8, minute: u8, second: u8,
            tz_before_gmt: bool, tz_hour in prop_oneof![Just(0u8), any::<u8>()],
            tz_minute in prop_oneof![Just(0u8), any::<u8>()],
        ) {
            let d = mail_parser::DateTime {
                year, month, day, hour, minute, second, tz_before_gmt, tz_hour, tz_minute,
            };
            prop_assert_eq!(super::rfc3339(&d), d.to_rfc3339());
        }
    }
}
