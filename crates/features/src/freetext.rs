//! Recipients and their lines in the human-readable notification.
//!
//! Free-text reports have no required format, so this reads them the way a person does:
//! find the addresses the report is about (an address standing on its own line, at the
//! start of a line, after `RCPT TO:`, in a `Label: address` line, or failing all those in
//! a sentence), ignore the ones that name the sender or a contact, and give each recipient
//! the lines that follow its mentions up to the next recipient or section break.

use crate::address;
use crate::status::{find_reply_code, leading_reply_code};
use crate::text::{clip, starts_with_ignore_case};
use aho_corasick::AhoCorasick;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// The notification text with the returned original cut off, as lines.
pub(crate) struct Notification<'a> {
    pub lines: Vec<&'a str>,
    /// The text after the cut, when the returned original was inlined (its header block
    /// identifies the original message).
    pub rest: Option<&'a str>,
}

/// Phrases that, on a short separator-like line, introduce the returned original.
const ORIGINAL_MARKERS: &[&str] = &[
    "original message",
    "copy of the message",
    "copy of your message",
    "copy of the original",
    "unsent message",
    "undelivered message",
    "returned message",
    "message follows",
    "headers of the original",
    "original headers",
    "original message headers",
    "below this line is a copy",
    "rejected message",
    "original-nachricht",
    "ursprüngliche nachricht",
    "ursprünglichen nachricht",
    "message d'origine",
    "message original",
    "mensaje original",
    "mensagem original",
    "messaggio originale",
    "oorspronkelijk bericht",
    "oryginalna wiadomość",
    "исходное сообщение",
    "原文",
    "元のメッセージ",
    "原始邮件",
    "原始郵件",
    "원본 메시지",
    "原邮件",
    "原始信件",
    "原信件",
    "邮件头",
    "原郵件",
    "元メール",
    "원본",
    "original email",
    "ursprüngliche e-mail",
    "исходное письмо",
];

/// All of [`ORIGINAL_MARKERS`] in one automaton: transcripts quote many lines with `>`,
/// and each of them is checked.
static ORIGINAL_MARKER: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(ORIGINAL_MARKERS).expect("the marker list is valid"));

/// [`ORIGINAL_MARKERS`] matched without ASCII case, for ASCII lines: their non-ASCII
/// markers cannot occur in such a line, so no lower-cased copy is needed.
static ORIGINAL_MARKER_ASCII: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(ORIGINAL_MARKERS)
        .expect("the marker list is valid")
});

/// Header names that open the original message when the text inlines it without a marker.
const HEADER_OPENERS: &[&str] = &[
    "return-path:",
    "received:",
    "dkim-signature:",
    "message-id:",
    "mime-version:",
    "x-mailer:",
];

/// The first letters of [`HEADER_OPENERS`]: one byte spares most lines the six
/// comparisons.
fn may_open_headers(line: &str) -> bool {
    matches!(
        line.as_bytes().first(),
        Some(b'r' | b'R' | b'd' | b'D' | b'm' | b'M' | b'x' | b'X')
    )
}

/// "irus" in either case: searchers built once, not for every notification.
static VIRUS_WORDS: LazyLock<[memchr::memmem::Finder<'static>; 2]> = LazyLock::new(|| {
    [
        memchr::memmem::Finder::new(b"irus"),
        memchr::memmem::Finder::new(b"IRUS"),
    ]
});

fn looks_like_header(line: &str) -> bool {
    let Some((name, _)) = line.split_once(':') else {
        return false;
    };
    !name.is_empty()
        && name.len() < 40
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

fn is_separator(line: &str) -> bool {
    let t = line.trim();
    if t.len() > 100 || t.is_empty() {
        return false;
    }
    let framed = t.starts_with(['-', '=', '_', '*', '#', '>'])
        || t.ends_with([':', '-', '=', '*'])
        || t.ends_with("---");
    // Lower-casing allocates: only the few lines that could be a separator pay for it,
    // and of those only the non-ASCII ones; ASCII lines are matched without case.
    if !framed && t.len() > 30 {
        return false;
    }
    let ascii = t.is_ascii();
    let lower = if ascii {
        Cow::Borrowed(t)
    } else {
        Cow::Owned(t.to_lowercase())
    };
    let contains = |phrase: &str| {
        if ascii {
            find_ignore_ascii_case(t, phrase).is_some()
        } else {
            lower.contains(phrase)
        }
    };
    // "The following addresses did not receive a copy of your message:" heads the list
    // of failed recipients, not the original.
    let heads_recipients = || {
        [
            "following address",
            "following recipient",
            "did not receive",
        ]
        .iter()
        .any(|p| contains(p))
    };
    let marker = if ascii {
        &*ORIGINAL_MARKER_ASCII
    } else {
        &*ORIGINAL_MARKER
    };
    if framed && marker.is_match(&*lower) && !heads_recipients() {
        return true;
    }
    // A bare "Original message" or "Undelivered message" heading on its own.
    let bare = lower.trim_end_matches(['.', ':']);
    [
        "original message",
        "original message follows",
        "undelivered message",
        "returned message",
    ]
    .iter()
    .any(|heading| bare.eq_ignore_ascii_case(heading))
}

impl<'a> Notification<'a> {
    /// Lines of `text` up to the returned original, each clipped to `max_line` bytes.
    pub fn new(text: &'a str, max_line: usize) -> Self {
        // Room for lines of 32 bytes on average, so that the vector seldom grows (no
        // more than a few pages ahead of a long text).
        let mut lines: Vec<&'a str> = Vec::with_capacity((text.len() / 32).min(1024));
        // Where the returned original starts in `text` (lines() borrows from it).
        let offset = |line: &str| line.as_ptr() as usize - text.as_ptr() as usize;
        let mut cut_at = None;
        let mut ahead = Lines { rest: text };
        while let Some(line) = ahead.next() {
            if is_separator(line) {
                cut_at = Some(ahead.next().map_or(text.len(), offset));
                break;
            }
            let opens_headers = !lines.is_empty()
                && may_open_headers(line)
                && HEADER_OPENERS
                    .iter()
                    .any(|h| starts_with_ignore_case(line.as_bytes(), h.as_bytes()))
                && ahead
                    .clone()
                    .take(3)
                    .filter(|l| looks_like_header(l) || l.starts_with([' ', '\t']))
                    .count()
                    >= 2;
            if opens_headers {
                cut_at = Some(offset(line));
                break;
            }
            lines.push(clip(line, max_line));
        }
        let rest = cut_at.and_then(|start| text.get(start..));
        // A scanner's "checked for viruses" banner says nothing about this failure. Most
        // notifications never name a virus: one look at their bytes spares the line test.
        let notification = &text.as_bytes()[..cut_at.unwrap_or(text.len())];
        if VIRUS_WORDS.iter().any(|w| w.find(notification).is_some()) {
            for line in &mut lines {
                if is_scan_banner(line) {
                    *line = "";
                }
            }
        }
        Notification { lines, rest }
    }
}

/// `str::lines` with the line ends found by the memchr crate, which costs less per line
/// than the standard library's search: the same lines, `\r\n` and `\n` ends removed.
#[derive(Clone)]
struct Lines<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        if self.rest.is_empty() {
            return None;
        }
        let line = match memchr::memchr(b'\n', self.rest.as_bytes()) {
            Some(end) => {
                let line = &self.rest[..end];
                self.rest = &self.rest[end + 1..];
                line.strip_suffix('\r').unwrap_or(line)
            }
            None => std::mem::take(&mut self.rest),
        };
        Some(line)
    }
}

/// A virus scanner's banner ("This message has been scanned for viruses ... and is
/// believed to be clean", "analizado con ... antivirus"): it names viruses without
/// having found one.
fn is_scan_banner(line: &str) -> bool {
    const SCANNED: &[&str] = &[
        "scanned",
        "checked by",
        "checked for",
        "believed to be clean",
        "virus free",
        "virus-free",
        "no virus",
        "protected by",
        "analizado",
        "escaneado",
        "analysé",
        "vérifié",
        "geprüft",
        "überprüft",
    ];
    const FOUND: &[&str] = &[
        "found",
        "detected",
        "infected",
        "contains",
        "contained",
        "rejected",
        "blocked",
        "refused",
    ];
    let bytes = line.as_bytes();
    let names_virus = memchr::memchr2_iter(b'v', b'V', bytes)
        .any(|at| crate::text::starts_with_ignore_case(&bytes[at..], b"virus"));
    if !names_virus {
        return false;
    }
    let lower = line.to_lowercase();
    SCANNED.iter().any(|w| lower.contains(w)) && !FOUND.iter().any(|w| lower.contains(w))
}

/// How plainly a mention of an address makes it the subject of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Strength {
    /// In a sentence.
    Prose = 1,
    /// Inside an SMTP reply (`<<< 550 <a@b>... User unknown`).
    Reply = 2,
    /// The line is about the address: it stands alone, opens the line, follows `RCPT TO:`
    /// or a label.
    Anchor = 3,
}

/// Words that, right before an address, say it is not a failed recipient.
const NOT_RECIPIENT_BEFORE: &[&str] = &[
    "from",
    "from:",
    "mail from:",
    "sender",
    "sender:",
    "by",
    "return-path:",
    "reply-to:",
    "envelope-from",
    "contact",
    "contact:",
    "send mail to",
    "write to",
    "email",
    "e-mail",
    "mail to",
    "helo=",
    "message-id:",
    "in-reply-to:",
    "references:",
    "x-postfix-sender:",
    "originator",
    "sent by",
    "postmaster",
    "id",
    "for",
    "unsubscribe",
    "support:",
    "help:",
    "hello",
    "hi",
    "dear",
    "bonjour",
    "hallo",
    "hola",
    "olá",
    "ciao",
    "beste",
    "witaj",
    "здравствуйте",
    "sehr geehrte",
    "cher",
    "estimado",
    "caro",
    "geachte",
];

/// Header-like line openings that are never about a failed recipient.
const NOT_RECIPIENT_LINES: &[&str] = &[
    "from:",
    "received:",
    "message-id:",
    "message id:",
    "msg id:",
    "message-id :",
    "return-path:",
    "reply-to:",
    "sender:",
    "x-postfix-sender:",
    "in-reply-to:",
    "references:",
    "reporting-mta:",
    "dkim-signature:",
    "date:",
    "subject:",
    "by ",
    ">>> mail from",
    "mail from:",
];

/// Bytes before an address that decide how it is mentioned.
const BEFORE_WINDOW: usize = 160;

/// Classifies one mention of an address on `line` at byte range `start..end`.
fn strength(line: &str, start: usize, end: usize) -> Option<Strength> {
    // Only the opening of the line and a window before the address are looked at, so a
    // line with hundreds of addresses costs linear, not quadratic, work.
    let lower_head = clip(line.trim_start(), 32).to_lowercase();
    if NOT_RECIPIENT_LINES
        .iter()
        .any(|p| lower_head.starts_with(p))
    {
        return None;
    }
    let full_before = line[..start].trim_end_matches(['<', '"', '\'', ' ', '\t', '(', '[']);
    let mut cut = full_before.len().saturating_sub(BEFORE_WINDOW);
    while !full_before.is_char_boundary(cut) {
        cut += 1;
    }
    let windowed = cut > 0;
    let before = &full_before[cut..];
    let before_lower = before.to_lowercase();
    let before_words = before_lower.trim_end_matches(':').trim_end();
    // "(expanded from: <a@b>)": the address the failed alias or pipe stood for.
    if before_words.ends_with("expanded from") {
        return Some(Strength::Anchor);
    }
    if NOT_RECIPIENT_BEFORE
        .iter()
        .any(|w| before_lower.ends_with(w) && word_boundary(&before_lower, w))
        || before_words.ends_with("from")
    {
        return None;
    }
    // Sendmail's summary lines: "550 <a@b>... User unknown".
    if !windowed && let Some((_, after_code)) = leading_reply_code(before.trim()) {
        let rest = before.trim()[after_code..].trim_start_matches(['-', ' ']);
        let rest = match crate::status::find_status(rest) {
            Some((0, _, n)) => &rest[n..],
            _ => rest,
        };
        if rest.trim().is_empty() {
            return Some(Strength::Anchor);
        }
    }
    let after = line[end..].trim_start_matches(['>', '"', '\'']);
    let after_t = after.trim();
    let before_t = before.trim();
    // "RCPT TO:<a@b>" in a transcript, "Name<mailto:a@b>", "Label: a@b".
    if before_lower.ends_with("rcpt to:") || before_lower.ends_with("mailto:") {
        return Some(Strength::Anchor);
    }
    let lone = after_t.is_empty()
        || after_t.starts_with(':')
        || after_t.starts_with(',')
        || after_t.starts_with("...")
        || after_t.starts_with('(')
        || after_t.starts_with(';')
        || after_t.starts_with('-');
    let opens = !windowed
        && (before_t.is_empty()
            || is_label(before_t)
            || before_t.chars().all(|c| !c.is_alphanumeric()));
    // The address opens the line, or stands alone after a label or a bullet.
    if before_t.is_empty() || opens && lone {
        return Some(Strength::Anchor);
    }
    if leading_reply_code(line.trim_start_matches(['<', ' ', '\t'])).is_some()
        || before_lower.contains("said:")
    {
        return Some(Strength::Reply);
    }
    Some(Strength::Prose)
}

fn word_boundary(text: &str, word: &str) -> bool {
    let cut = text.len() - word.len();
    cut == 0
        || !text[..cut]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
}

/// `Recipient:`, `Failed address :`, `宛先：` and the like: a short label ending in a colon.
fn is_label(before: &str) -> bool {
    let t = before.trim_end();
    let Some(label) = t.strip_suffix(':').or_else(|| t.strip_suffix('：')) else {
        return false;
    };
    let words = label.split_whitespace().count();
    !label.trim().is_empty() && words <= 4 && label.chars().count() <= 40 && !label.contains('@')
}

/// One recipient found in the text, with the lines that concern it (borrowed from the
/// notification: only the lines that end up in the report are copied).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TextRecipient<'a> {
    pub address: String,
    pub lines: Vec<&'a str>,
}

/// What the free text says: its recipients, and the general lines before the first one
/// (the notification's first lines, borrowed from it).
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct TextReport<'a> {
    pub recipients: Vec<TextRecipient<'a>>,
    pub preamble: &'a [&'a str],
}

impl<'a> TextReport<'a> {
    /// The recipients by address (the first block of each), so that matching them against
    /// another list stays linear.
    pub fn by_address(&self) -> HashMap<&str, &TextRecipient<'a>> {
        let mut map = HashMap::with_capacity(self.recipients.len());
        for r in &self.recipients {
            map.entry(r.address.as_str()).or_insert(r);
        }
        map
    }
}

/// A line that ends a recipient's block: a section rule or a transcript heading.
fn is_section_break(line: &str) -> bool {
    let t = line.trim();
    let dashes = t.starts_with("---")
        || t.starts_with("===")
        || t.starts_with("___")
        || t.starts_with("***");
    dashes || t.eq_ignore_ascii_case("Diagnostic information for administrators:")
}

/// Finds the recipients of a notification. `ignore` holds addresses that are known not to
/// be recipients (the report's sender, the original sender); they are used only when no
/// other address is found.
pub(crate) fn recipients<'a>(
    note: &'a Notification<'_>,
    ignore: &[&str],
    max_block: usize,
    max_recipients: usize,
) -> TextReport<'a> {
    // Every mention: (line index, normalised address, strength).
    let mut mentions: Vec<(usize, String, Strength)> = Vec::new();
    for (i, line) in note.lines.iter().enumerate() {
        for (s, e) in address::find(line) {
            if let Some(st) = strength(line, s, e) {
                mentions.push((i, address::normalize(&line[s..e]), st));
            }
            if mentions.len() > max_recipients.saturating_mul(64) {
                break;
            }
        }
    }
    // Usually a few addresses (the senders, a To or two): looking through them costs less
    // than hashing them; a long To list gets a set, so that the look-ups stay linear.
    let ignore_set: Option<HashSet<&str>> =
        (ignore.len() > 8).then(|| ignore.iter().copied().collect());
    let listed = |a: &str| match &ignore_set {
        Some(set) => set.contains(a),
        None => ignore.contains(&a),
    };
    let is_ignored =
        |a: &str| listed(a) || a.starts_with("mailer-daemon@") || a.starts_with("postmaster@");
    // The original's addressees echoed in a "To: / Cc: / Subject: / Sent:" summary are
    // who the message was for, not who failed: those mentions count only when no other
    // address is named after the summary.
    let mut summary_line = vec![false; note.lines.len()];
    for (i, _, _) in &mentions {
        summary_line[*i] = summary_line[*i] || is_summary_line(&note.lines, *i);
    }
    if let Some(last_summary) = summary_line.iter().rposition(|&s| s)
        && mentions
            .iter()
            .any(|(i, a, _)| *i > last_summary && !is_ignored(a))
    {
        mentions.retain(|(i, _, _)| !summary_line[*i]);
    }
    let best =
        |filter: &dyn Fn(&str) -> bool| mentions.iter().filter(|m| filter(&m.1)).map(|m| m.2).max();
    let (top, use_ignored) = match best(&|a| !is_ignored(a)) {
        Some(top) => (top, false),
        None => match best(&|_| true) {
            Some(top) => (top, true),
            None => {
                return TextReport {
                    recipients: Vec::new(),
                    preamble: &note.lines,
                };
            }
        },
    };
    // The recipients: addresses mentioned at the top strength, in order of first mention.
    // A map from address to its place keeps this linear in the number of mentions.
    let mut chosen: Vec<String> = Vec::new();
    let mut place: HashMap<&str, usize> = HashMap::new();
    for (_, addr, st) in &mentions {
        if *st == top && (use_ignored || !is_ignored(addr)) && !place.contains_key(addr.as_str()) {
            place.insert(addr, chosen.len());
            chosen.push(addr.clone());
            // One over the limit, so that the caller sees the report was cut.
            if chosen.len() > max_recipients {
                break;
            }
        }
    }
    // Lines that mention a chosen recipient, and which one (first mention on the line).
    let mut owner: Vec<Option<usize>> = vec![None; note.lines.len()];
    for (line, addr, _) in &mentions {
        if owner[*line].is_none()
            && let Some(&k) = place.get(addr.as_str())
        {
            owner[*line] = Some(k);
        }
    }
    let first = owner
        .iter()
        .position(Option::is_some)
        .unwrap_or(note.lines.len());
    let preamble = &note.lines[..first];
    let mut blocks: Vec<Vec<&'a str>> = vec![Vec::new(); chosen.len()];
    let mut current: Option<usize> = None;
    let mut taken = 0;
    for (i, line) in note.lines.iter().enumerate().skip(first) {
        if let Some(k) = owner[i] {
            if current != Some(k) {
                taken = 0;
            }
            current = Some(k);
        } else if chosen.len() > 1 && is_section_break(line) {
            // With one recipient every section (the transcript too) is about it.
            current = None;
        }
        if let Some(k) = current
            && taken < max_block
        {
            if blocks[k].is_empty() {
                // Room for a whole block at once rather than growing line by line.
                blocks[k].reserve(max_block.min(note.lines.len() - i));
            }
            blocks[k].push(line);
            taken += 1;
        }
    }
    let recipients = chosen
        .into_iter()
        .zip(blocks)
        .map(|(address, mut lines)| {
            while lines.last().is_some_and(|l| l.trim().is_empty()) {
                lines.pop();
            }
            TextRecipient { address, lines }
        })
        .collect();
    TextReport {
        recipients,
        preamble,
    }
}

/// A `To:` or `Cc:` line of a summary of the original's headers: a `Subject:` line is
/// among its close neighbours ("Your message / To: a@b / Subject: ... / Sent: ...").
fn is_summary_line(lines: &[&str], at: usize) -> bool {
    let starts = |line: &str, name: &str| {
        starts_with_ignore_case(line.trim_start().as_bytes(), name.as_bytes())
    };
    if !["to:", "cc:"].iter().any(|n| starts(lines[at], n)) {
        return false;
    }
    let near = at.saturating_sub(3)..(at + 4).min(lines.len());
    lines[near].iter().any(|l| starts(l, "subject:"))
}

/// Where an SMTP reply starts on `line`: at its start (after `<<<`, `<--`, `#`,
/// `(reason:`), after a marker such as `said:`, `returned '` or `reason:`, or after any
/// colon ("host mx.example [192.0.2.1]: 550 ...", "addr: 550 ...", "응답 : 550 ...").
fn reply_start(line: &str) -> Option<usize> {
    // No three digits starting with 2, 4 or 5: no reply code on this line. memchr3
    // finds the candidate first digits without looking at every byte.
    let b = line.as_bytes();
    let digit_at = |at: usize| b.get(at).is_some_and(u8::is_ascii_digit);
    if !memchr::memchr3_iter(b'2', b'4', b'5', b).any(|at| digit_at(at + 1) && digit_at(at + 2)) {
        return None;
    }
    let trimmed = line.trim_start_matches([' ', '\t', '<', '#', '(', '[', '>', '-']);
    let offset = line.len() - trimmed.len();
    if leading_reply_code(trimmed).is_some() {
        return Some(offset);
    }
    for marker in ["said ", "returned '", "returned \"", "<-- ", "<<< "] {
        if let Some(at) = find_ignore_ascii_case(line, marker) {
            let rest = &line[at + marker.len()..];
            let skip = rest.len()
                - rest
                    .trim_start_matches([' ', '\t', '\'', '"', '(', '#'])
                    .len();
            if leading_reply_code(&rest[skip..]).is_some() {
                return Some(at + marker.len() + skip);
            }
        }
    }
    // Any colon followed by a reply code. memchr2 finds ':' and the lead byte of the
    // full-width '：' (U+FF1A), instead of a char-by-char scan for either.
    let bytes = line.as_bytes();
    const FULL_WIDTH_COLON: &[u8] = "：".as_bytes();
    for at in memchr::memchr2_iter(b':', FULL_WIDTH_COLON[0], bytes) {
        let colon_len = if bytes[at] == b':' {
            1
        } else if bytes[at..].starts_with(FULL_WIDTH_COLON) {
            FULL_WIDTH_COLON.len()
        } else {
            continue;
        };
        let mut i = at + colon_len;
        while i < bytes.len() && matches!(bytes[i], b' ' | b'\t' | b'\'' | b'"' | b'(' | b'#') {
            i += 1;
        }
        if crate::status::reply_code_at(bytes, i).is_some()
            && leading_reply_code(&line[i..]).is_some()
        {
            return Some(i);
        }
    }
    None
}

/// Where `marker` (lower-case ASCII) first occurs in `line`, ASCII letters compared
/// without case: `line.to_ascii_lowercase().find(marker)` without the copy.
fn find_ignore_ascii_case(line: &str, marker: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    let first = marker.as_bytes()[0];
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), bytes)
        .find(|&at| starts_with_ignore_case(&bytes[at..], marker.as_bytes()))
}

/// Joins the reply that starts on `lines[0]` with its continuation lines and removes the
/// repeated `550-5.1.1 ` prefixes of multi-line replies.
fn join_reply(lines: &[&str], start: usize) -> String {
    let first = &lines[0][start..];
    let code = leading_reply_code(first).map(|(c, _)| c);
    // "Error code: 550 5.0.0" opens a list of labelled lines; the next label is a sibling,
    // not a continuation.
    let labelled = is_label_line(lines[0]) && lines[0][..start].trim_end().ends_with(':');
    let mut out = first.trim().to_string();
    for line in &lines[1..] {
        let t = line.trim();
        if t.is_empty()
            || t.starts_with("---")
            || t.starts_with(">>>")
            || t.contains("--> ")
            || t.contains("<-- ")
            || labelled && is_label_line(line)
        {
            break;
        }
        let indented = line.starts_with([' ', '\t']);
        let same_code = code.is_some() && leading_reply_code(t).map(|(c, _)| c) == code;
        let continues = t.starts_with("<<<")
            && code.is_some()
            && leading_reply_code(t.trim_start_matches(['<', ' '])).map(|(c, _)| c) == code;
        if !(indented || same_code || continues) {
            break;
        }
        out.push(' ');
        out.push_str(t.strip_prefix("<<<").unwrap_or(t).trim_start());
    }
    // "(reason: 550 ...)": the closing parenthesis belongs to the wrapper.
    let mut out = clean_reply(&out);
    if out.ends_with(')') && out.matches(')').count() > out.matches('(').count() {
        out.pop();
    }
    out
}

/// A `Label: value` line: one to four words of letters before the colon.
fn is_label_line(line: &str) -> bool {
    let Some((label, _)) = line.trim_start().split_once(':') else {
        return false;
    };
    // The character test first: it fails fast on most lines ("host mx.example ...").
    label
        .chars()
        .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
        && (1..=4).contains(&label.split_whitespace().count())
}

/// Normalises a joined reply: the leading `550-5.1.1` becomes `550 5.1.1`, and the
/// `550-5.1.1`/`550-`/`550 5.1.1` prefixes that multi-line replies repeat mid-text go.
pub(crate) fn clean_reply(text: &str) -> String {
    let text = text.trim().trim_start_matches(['<', '#', '(', ' ']);
    // The code as written: its three digits end where `leading_reply_code` stops.
    let code = leading_reply_code(text).map(|(_, end)| &text[end - 3..end]);
    let is_status =
        |w: &str| matches!(crate::status::find_status(w), Some((0, _, n)) if n == w.len());
    // The kept words, joined with single spaces as they are kept.
    let mut out = String::with_capacity(text.len());
    let mut keep = |w: &str| {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    };
    let mut words = text.split_whitespace().peekable();
    let mut first = true;
    while let Some(w) = words.next() {
        let at_start = std::mem::replace(&mut first, false);
        if let Some(code) = code
            && let Some(rest) = w.strip_prefix(code)
        {
            if at_start && rest.starts_with('-') {
                keep(code);
                let status = rest.trim_start_matches('-');
                if !status.is_empty() {
                    keep(status);
                }
                continue;
            }
            if !at_start && rest.starts_with('-') {
                continue;
            }
            if !at_start && rest.is_empty() && words.peek().is_some_and(|n| is_status(n)) {
                words.next();
                continue;
            }
        }
        keep(w);
    }
    out
}

/// The diagnostic of a recipient block: its SMTP reply if it has one, otherwise its
/// non-address lines joined (for reports that explain in prose). With it, the code of
/// that reply (the first failure reply on a line; none for prose), so that the block's
/// reply code needs no second look at its lines.
pub(crate) fn diagnostic(refs: &[&str], address: &str) -> (String, Option<u16>) {
    for (i, line) in refs.iter().enumerate() {
        // Success replies of a transcript (`250 2.1.5 Ok`) are not the diagnostic.
        if let Some(start) = reply_start(line)
            && let Some((code, _)) = leading_reply_code(&line[start..])
            && code >= 400
        {
            return (join_reply(&refs[i..], start), Some(code));
        }
    }
    // Prose: from the last line that names the recipient on (a summary of the original
    // often names it first, the explanation follows the last mention), keeping what that
    // line says after the address ("<a@b>: Host not found, try again").
    // One searcher for the address, not one per line and per question.
    let finder = memchr::memmem::Finder::new(address);
    let find_address = |line: &str| finder.find(line.as_bytes());
    let last = refs.iter().rposition(|l| find_address(l).is_some());
    let mut prose: Vec<&str> = Vec::new();
    let start = match last {
        Some(i) => {
            let line = refs[i];
            let after = &line[find_address(line).map_or(0, |p| p + address.len())..];
            let after = after.trim_start_matches(['>', ':', '"', '\'', ' ', '\t', ',', '.']);
            if after.chars().filter(|c| c.is_alphanumeric()).count() >= 3 {
                prose.push(after.trim_end());
            }
            i + 1
        }
        None => 0,
    };
    let after = if start < refs.len() || last.is_none() {
        &refs[start.min(refs.len())..]
    } else {
        refs
    };
    for line in after {
        if prose.len() >= 4 {
            break;
        }
        let t = line.trim();
        if only_address_and_marks(t, &finder) || is_section_break(t) {
            continue;
        }
        prose.push(t);
    }
    (prose.join(" "), None)
}

/// `text` holds nothing but occurrences of the address (the finder's needle), white space,
/// brackets, colons and quotes: checked piece by piece between the occurrences (taken
/// left to right, as `str::replace` removes them) rather than on a copy without them.
fn only_address_and_marks(text: &str, address: &memchr::memmem::Finder<'_>) -> bool {
    let marks_only = |piece: &str| {
        piece
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '<' | '>' | ':' | '"'))
    };
    let len = address.needle().len();
    if len == 0 {
        return marks_only(text);
    }
    let mut from = 0;
    for at in address.find_iter(text.as_bytes()) {
        if !marks_only(&text[from..at]) {
            return false;
        }
        from = at + len;
    }
    marks_only(&text[from..])
}

/// The reply code of a block: in the diagnostic, else the first failure reply of its
/// lines (`line_code`, found by [`diagnostic`]).
pub(crate) fn reply_code(diagnostic: &str, line_code: Option<u16>) -> Option<u16> {
    find_reply_code(diagnostic).or(line_code)
}

/// Builds this module's matchers now rather than at their first use (see
/// [`crate::build_matchers`]).
pub(crate) fn build_matchers() {
    LazyLock::force(&ORIGINAL_MARKER);
    LazyLock::force(&ORIGINAL_MARKER_ASCII);
    LazyLock::force(&VIRUS_WORDS);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `check` run on the report read from `text` (it borrows the notification).
    fn with_report<T>(text: &str, check: impl FnOnce(&TextReport<'_>) -> T) -> T {
        let note = Notification::new(text, 4096);
        check(&recipients(&note, &["sender@example.org"], 40, 100))
    }

    /// The recipients found in `text`, in order.
    fn addresses(text: &str) -> Vec<String> {
        with_report(text, |r| {
            r.recipients.iter().map(|r| r.address.clone()).collect()
        })
    }

    #[test]
    fn postfix_style() {
        let text = "This is the mail system.\n\n<a@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1\n    <a@example.net>... User Unknown (in reply to RCPT TO command)\n\n<b@example.net>: host mx said: 552 5.2.2 Mailbox full\n\n--- copy of the message follows ---\nTo: c@example.net\n";
        let (count, first, (d, code)) = with_report(text, |r| {
            (
                r.recipients.len(),
                r.recipients[0].address.clone(),
                diagnostic(&r.recipients[0].lines, "a@example.net"),
            )
        });
        assert_eq!(count, 2);
        assert_eq!(first, "a@example.net");
        assert_eq!(code, Some(550));
        assert_eq!(
            d,
            "550 5.1.1 <a@example.net>... User Unknown (in reply to RCPT TO command)"
        );
    }

    #[test]
    fn multi_line_reply_prefixes_removed() {
        let lines = [
            "a@example.net",
            "550-5.1.1 The email account does not exist. Please try",
            "550-5.1.1 double-checking the address or",
            "550 5.1.1 unnecessary spaces.",
        ];
        assert_eq!(
            diagnostic(&lines, "a@example.net").0,
            "550 5.1.1 The email account does not exist. Please try double-checking the address or unnecessary spaces."
        );
    }

    #[test]
    fn a_list_heading_naming_a_copy_of_the_message_is_no_original_marker() {
        assert_eq!(
            addresses(
                "Your message was not delivered.\nThe following addresses did NOT receive a copy of your message:\n> pat@example.net\n--- Session transcript ---\n",
            ),
            ["pat@example.net"]
        );
    }

    #[test]
    fn the_originals_addressees_in_a_header_summary_are_no_recipients() {
        assert_eq!(
            addresses(
                "Your message\n\n  To:      team@lists.example\n  Cc:      ops@lists.example\n  Subject: Minutes\n  Sent:    Fri, 4 Oct 2024 17:10:56 -0400\n\ndid not reach the following recipient(s):\n\nc=US;a= ;p=ORG;dda:SMTP=kim@example.net; on Fri, 4 Oct 2024\n    The recipient name is not recognized\n",
            ),
            ["kim@example.net"]
        );
        // Alone, or beside only the sender, the summary still names the recipient.
        assert_eq!(
            addresses(
                "A message that you sent (sender@example.org) was not delivered.\n  To: team@lists.example\n  Subject: Minutes\n",
            ),
            ["team@lists.example"]
        );
    }

    #[test]
    fn a_german_marker_of_the_original_ends_the_notification() {
        let note = Notification::new(
            "Folgende Adressen sind betroffen:\n\nkim@example.net:\n550 5.1.1 unbekannt\n\n--- Es folgt der Header der ursprünglichen Nachricht. ---\n\nTo: kim@example.net\n",
            4096,
        );
        assert!(!note.lines.iter().any(|l| l.starts_with("To:")));
        assert!(note.rest.is_some_and(|r| r.contains("To: kim@example.net")));
    }

    #[test]
    fn a_virus_scanners_banner_is_no_part_of_the_report() {
        let note = Notification::new(
            "Delivery to pat@example.net is delayed.\nThis message has been scanned for viruses and\nEste mensaje ha sido analizado con XYZ antivirus system\nA virus was found in the message.\n",
            4096,
        );
        assert_eq!(
            note.lines,
            [
                "Delivery to pat@example.net is delayed.",
                "",
                "",
                "A virus was found in the message."
            ]
        );
    }

    #[test]
    fn separators_in_any_case_and_script() {
        assert!(is_separator("----- ORIGINAL MESSAGE -----"));
        assert!(is_separator("Undelivered Message:"));
        assert!(is_separator("-----Ursprüngliche Nachricht-----"));
        assert!(is_separator("--- ИСХОДНОЕ СООБЩЕНИЕ ---"));
        assert!(!is_separator(
            "The following recipients did not receive a COPY OF YOUR MESSAGE:"
        ));
        assert!(!is_separator("Original message was rejected by the server"));
    }

    #[test]
    fn replies_after_any_colon() {
        fn starts(line: &str) -> Option<&str> {
            reply_start(line).map(|at| &line[at..])
        }
        assert_eq!(
            starts("host mx.example[192.0.2.1]: 550 5.1.1 unknown"),
            Some("550 5.1.1 unknown")
        );
        assert_eq!(starts("응답：'550 5.1.1 없음'"), Some("550 5.1.1 없음'"));
        assert_eq!(starts("at 12:30:45 2013, code 550"), None);
    }

    proptest::proptest! {
        #[test]
        fn lines_split_as_str_lines_does(text in "[ab\r\n]{0,24}") {
            let ours: Vec<&str> = Lines { rest: &text }.collect();
            let std: Vec<&str> = text.lines().collect();
            proptest::prop_assert_eq!(ours, std);
        }
    }

    proptest::proptest! {
        /// The piece-wise check agrees with removing the address and the marks.
        #[test]
        fn address_only_lines_as_with_replace(
            text in "[ab@<>: \u{a0}]{0,16}",
            address in "[ab@]{0,3}",
        ) {
            let finder = memchr::memmem::Finder::new(&address);
            let removed = text.replace(address.as_str(), "").replace(['<', '>', ':', '"'], "");
            proptest::prop_assert_eq!(
                only_address_and_marks(&text, &finder),
                removed.trim().is_empty()
            );
        }
    }

    #[test]
    fn every_header_opener_passes_the_first_letter_gate() {
        for opener in HEADER_OPENERS {
            assert!(may_open_headers(opener), "{opener}");
            assert!(may_open_headers(&opener.to_uppercase()), "{opener}");
        }
    }

    #[test]
    fn inlined_headers_end_the_notification() {
        let note = Notification::new(
            "Delivery failed for kim@example.net\nReceived: from x\n\tby y\nTo: kim@example.net\n",
            4096,
        );
        assert_eq!(note.lines, ["Delivery failed for kim@example.net"]);
        assert_eq!(
            note.rest,
            Some("Received: from x\n\tby y\nTo: kim@example.net\n")
        );
    }

    #[test]
    fn sender_is_not_a_recipient() {
        assert_eq!(
            addresses(
                "Your message from sender@example.org to x@example.net was rejected.\nPlease contact help@example.org for help.\n",
            ),
            ["x@example.net"]
        );
    }
}
