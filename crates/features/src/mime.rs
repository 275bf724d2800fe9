//! A bounded MIME walk that sorts a message's parts by their role in a bounce.
//!
//! Header blocks are split into fields here, and the few fields read are decoded by
//! `mail-parser`'s field parsers (RFC 2047 words, content types, addresses, dates), except
//! plain values (one mailbox, one-line text, a simple type, a usual date), which short
//! cuts read the same way for a fraction of the cost. The multipart structure is split
//! here too, so that the returned original message is never decoded beyond its headers
//! and every loop is bounded by [`Limits`].

use crate::decode::html_to_text;
use crate::error::ParseError;
use crate::limits::Limits;
use crate::text::{starts_with_ignore_case, unix_newlines};
use mail_parser::decoders::base64::base64_decode;
use mail_parser::decoders::charsets::map::charset_decoder;
use mail_parser::parsers::MessageStream;
use mail_parser::{Address, DateTime, HeaderValue};
use memchr::memmem;
use std::borrow::Cow;
use std::sync::LazyLock;

/// A header field a bounce is read from, decoded by `mail-parser`'s parser for its kind
/// (or by a short cut that reads a plain value as that parser does);
/// every other field is kept as a raw slice, which costs nothing until it is asked for.
#[derive(Clone, Copy)]
pub(crate) enum Field {
    ContentType,
    Subject,
    From,
    To,
    Date,
    MessageId,
}

impl Field {
    fn name(self) -> &'static [u8] {
        match self {
            Field::ContentType => b"content-type",
            Field::Subject => b"subject",
            Field::From => b"from",
            Field::To => b"to",
            Field::Date => b"date",
            Field::MessageId => b"message-id",
        }
    }

    /// Runs the field's parser on its value, as `mail-parser` does inside a header block
    /// (the stream starts after the colon), without building a whole message around it.
    fn parse(self, value: &[u8]) -> HeaderValue<'_> {
        let simple = match self {
            Field::From | Field::To => simple_mailbox(value),
            Field::MessageId => simple_message_id(value),
            Field::Subject => simple_unstructured(value),
            Field::ContentType => simple_content_type(value),
            Field::Date => simple_date(value),
        };
        if let Some(simple) = simple {
            return simple;
        }
        let mut stream = MessageStream::new(value);
        match self {
            Field::ContentType => stream.parse_content_type(),
            Field::Subject => stream.parse_unstructured(),
            Field::From | Field::To => stream.parse_address(),
            Field::Date => stream.parse_date(),
            Field::MessageId => stream.parse_id(),
        }
    }
}

/// The one mailbox of a plain address field, as `mail-parser` reads it, without its
/// general parser (a few thousand instructions a field): `addr`, `<addr>`,
/// `Display Name <addr>` or `"Display Name" <addr>`, the name of plain words (letters,
/// digits, `.`, `-`, `_`) or quoted without escapes, the address of letters, digits and
/// `.+-_=` around one `@`. Anything else (comments, encoded words, groups, lists, folded
/// lines) is `None`, for the general parser.
fn simple_mailbox(value: &[u8]) -> Option<HeaderValue<'_>> {
    // The field's line end closes the value for `mail-parser` too (without one it reads
    // nothing).
    let value = value
        .strip_suffix(b"\r\n")
        .or_else(|| value.strip_suffix(b"\n"))?;
    let value = value.strip_prefix(b" ").unwrap_or(value);
    let (name, address) = match value.strip_suffix(b">") {
        Some(head) => {
            let open = memchr::memrchr(b'<', head)?;
            let name = match &head[..open] {
                b"" => None,
                name => Some(display_name(name.strip_suffix(b" ")?)?),
            };
            (name, &head[open + 1..])
        }
        None => (None, value),
    };
    if !plain_address(address) {
        return None;
    }
    let text = |b| std::str::from_utf8(b).ok().map(std::borrow::Cow::Borrowed);
    Some(HeaderValue::Address(Address::List(vec![
        mail_parser::Addr {
            name: name.map(text).unwrap_or(None),
            address: text(address),
        },
    ])))
}

/// The one line of a field value that ends with its line break (and has no other), the
/// common case the short cuts below read; `None` for folded or unterminated values.
fn single_line(value: &[u8]) -> Option<&[u8]> {
    let line = value.strip_suffix(b"\n")?;
    memchr::memchr(b'\n', line).is_none().then_some(line)
}

/// Trims the bytes `mail-parser` skips between tokens (spaces, tabs, CRs).
fn trim_blanks(bytes: &[u8]) -> &[u8] {
    let blank = |b: &u8| matches!(b, b' ' | b'\t' | b'\r');
    let start = bytes.iter().position(|b| !blank(b)).unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|b| !blank(b))
        .map_or(start, |e| e + 1);
    &bytes[start..end]
}

/// A one-line `<id>` Message-ID, as `mail-parser`'s `parse_id` reads it, without its
/// byte-by-byte state machine: blanks, `<`, an id without blanks or angle brackets,
/// `>`, blanks. Anything else is `None`, for the general parser.
fn simple_message_id(value: &[u8]) -> Option<HeaderValue<'_>> {
    let id = trim_blanks(single_line(value)?)
        .strip_prefix(b"<")?
        .strip_suffix(b">")?;
    let plain = !id.is_empty()
        && !id
            .iter()
            .any(|b| matches!(b, b'<' | b'>' | b' ' | b'\t' | b'\r'));
    plain.then(|| HeaderValue::Text(String::from_utf8_lossy(id)))
}

/// A one-line RFC 5322 date in its usual form, as `mail-parser`'s `parse_date` reads it,
/// without its byte-by-byte state machine: an optional `Www, `, a day of one or two
/// digits, an English month abbreviation, a four-digit year, `HH:MM:SS`, a numeric zone
/// and an optional plain comment. Anything else (obsolete zones, two-digit years, missing
/// seconds) is `None`, for the general parser.
fn simple_date(value: &[u8]) -> Option<HeaderValue<'static>> {
    const MONTHS: [&[u8]; 12] = [
        b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov",
        b"Dec",
    ];
    let mut rest = trim_blanks(single_line(value)?);
    if rest.get(3) == Some(&b',') && rest[..3].iter().all(u8::is_ascii_alphabetic) {
        rest = rest[4..].strip_prefix(b" ")?;
    }
    // The number the first `count` bytes of `rest` spell, if they are all digits.
    let number = |rest: &[u8], count: usize| -> Option<u32> {
        let digits = rest.get(..count)?;
        digits
            .iter()
            .all(u8::is_ascii_digit)
            .then(|| digits.iter().fold(0, |n, &d| n * 10 + u32::from(d - b'0')))
    };
    let day_len = if rest.get(1) == Some(&b' ') { 1 } else { 2 };
    let day = number(rest, day_len)?;
    rest = rest[day_len..].strip_prefix(b" ")?;
    let month = MONTHS.iter().position(|m| rest.starts_with(m))? + 1;
    rest = rest[3..].strip_prefix(b" ")?;
    if rest.first() == Some(&b'0') {
        return None; // a year like 0049 reads as 2049
    }
    let year = number(rest, 4)?;
    rest = rest[4..].strip_prefix(b" ")?;
    let hour = number(rest, 2)?;
    rest = rest[2..].strip_prefix(b":")?;
    let minute = number(rest, 2)?;
    rest = rest[2..].strip_prefix(b":")?;
    let second = number(rest, 2)?;
    rest = rest[2..].strip_prefix(b" ")?;
    let before_gmt = match rest.first()? {
        b'+' => false,
        b'-' => true,
        _ => return None,
    };
    let zone = number(&rest[1..], 4)?;
    rest = &rest[5..];
    if !rest.is_empty() {
        let comment = rest.strip_prefix(b" (")?.strip_suffix(b")")?;
        if comment.iter().any(|b| matches!(b, b'(' | b')' | b'\\')) {
            return None;
        }
    }
    Some(HeaderValue::DateTime(DateTime {
        year: year as u16,
        month: month as u8,
        day: day as u8,
        hour: hour as u8,
        minute: minute as u8,
        second: second as u8,
        tz_before_gmt: before_gmt,
        tz_hour: ((zone / 100) % 24) as u8,
        tz_minute: ((zone % 100) % 60) as u8,
    }))
}

/// A one-line unstructured value (Subject) without encoded words, as `mail-parser`'s
/// `parse_unstructured` reads it: the text between the leading and trailing blanks.
fn simple_unstructured(value: &[u8]) -> Option<HeaderValue<'_>> {
    let line = single_line(value)?;
    if memmem::find(line, b"=?").is_some() {
        return None;
    }
    Some(match trim_blanks(line) {
        b"" => HeaderValue::Empty,
        text => HeaderValue::Text(String::from_utf8_lossy(text)),
    })
}

/// A plain `type/subtype; name=value; name="value"` Content-Type, as `mail-parser`'s
/// `parse_content_type` reads it, without its byte-by-byte state machine: tokens of
/// letters, digits and a few marks, quoted values of printable ASCII without quotes,
/// backslashes or encoded words, a line break only after a `;` (a folded line) and at the
/// end. Anything else (comments, RFC 2231 continuations, escapes) is `None`, for the
/// general parser.
fn simple_content_type(value: &[u8]) -> Option<HeaderValue<'_>> {
    let type_byte = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'+' | b'.' | b'_');
    let name_byte = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_');
    let value_byte = |b: u8| {
        b.is_ascii_alphanumeric()
            || matches!(
                b,
                b'-' | b'_' | b'.' | b'+' | b'/' | b':' | b'=' | b'!' | b'#' | b'$'
            )
    };
    let (c_type, rest) = token(skip_blanks(value), type_byte)?;
    let (c_subtype, mut rest) = token(rest.strip_prefix(b"/")?, type_byte)?;
    let mut attributes = Vec::new();
    loop {
        rest = skip_blanks(rest);
        if rest == b"\n" || rest == b"\r\n" {
            break;
        }
        rest = skip_blanks_and_folds(rest.strip_prefix(b";")?);
        if rest == b"\n" || rest == b"\r\n" {
            break;
        }
        let (name, after) = token(rest, name_byte)?;
        let after = after.strip_prefix(b"=")?;
        let (value, after) = match after.strip_prefix(b"\"") {
            Some(quoted) => {
                let end = memchr::memchr(b'"', quoted)?;
                let value = &quoted[..end];
                let plain = !value.is_empty()
                    && value
                        .iter()
                        .all(|b| (b' '..=b'~').contains(b) && *b != b'\\');
                (plain.then_some(value)?, &quoted[end + 1..])
            }
            None => token(after, value_byte)?,
        };
        if memmem::find(value, b"=?").is_some() {
            return None;
        }
        attributes.push(mail_parser::Attribute {
            name: lower_case_text(name)?,
            value: Cow::Borrowed(std::str::from_utf8(value).ok()?),
        });
        rest = after;
    }
    Some(HeaderValue::ContentType(mail_parser::ContentType {
        c_type: lower_case_text(c_type)?,
        c_subtype: Some(lower_case_text(c_subtype)?),
        attributes: (!attributes.is_empty()).then_some(attributes),
    }))
}

/// The non-empty run of `bytes` at the start of `text`, and the rest.
fn token(text: &[u8], byte: impl Fn(u8) -> bool) -> Option<(&[u8], &[u8])> {
    let end = text.iter().position(|&b| !byte(b)).unwrap_or(text.len());
    (end > 0).then(|| text.split_at(end))
}

/// `text` without its leading spaces and tabs.
fn skip_blanks(text: &[u8]) -> &[u8] {
    let start = text
        .iter()
        .position(|&b| b != b' ' && b != b'\t')
        .unwrap_or(text.len());
    &text[start..]
}

/// `text` without its leading spaces, tabs and folded line breaks (a line break followed
/// by a space or tab).
fn skip_blanks_and_folds(mut text: &[u8]) -> &[u8] {
    loop {
        text = skip_blanks(text);
        let after_break = text
            .strip_prefix(b"\r\n")
            .or_else(|| text.strip_prefix(b"\n"));
        match after_break {
            Some(next) if next.starts_with(b" ") || next.starts_with(b"\t") => text = next,
            _ => return text,
        }
    }
}

/// An ASCII token in lower case, as `mail-parser` stores type and attribute names (the
/// short cut's tokens are ASCII, so they are text as they are).
fn lower_case_text(token: &[u8]) -> Option<Cow<'_, str>> {
    std::str::from_utf8(token)
        .ok()
        .map(crate::text::ascii_lowercase)
}

/// A display name of plain words separated by single spaces, or quoted printable text
/// without quotes, backslashes or runs of spaces: the name inside.
fn display_name(name: &[u8]) -> Option<&[u8]> {
    if let Some(quoted) = name.strip_prefix(b"\"") {
        let inner = quoted.strip_suffix(b"\"")?;
        let plain = !inner.is_empty()
            && inner
                .iter()
                .all(|b| (b' '..=b'~').contains(b) && !matches!(b, b'"' | b'\\'))
            && !inner.starts_with(b" ")
            && !inner.ends_with(b" ")
            && memchr::memmem::find(inner, b"  ").is_none()
            // `mail-parser` decodes an encoded word even between quotes.
            && memchr::memmem::find(inner, b"=?").is_none();
        return plain.then_some(inner);
    }
    let word = |w: &[u8]| {
        !w.is_empty()
            && w.iter()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
    };
    name.split(|&b| b == b' ').all(word).then_some(name)
}

/// `local@domain` of letters, digits and `.+-_=`, one `@`, no dot at either end.
fn plain_address(address: &[u8]) -> bool {
    let allowed =
        |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'+' | b'-' | b'_' | b'=');
    match address.iter().position(|&b| b == b'@') {
        Some(at) => {
            let (local, domain) = (&address[..at], &address[at + 1..]);
            !local.is_empty()
                && !domain.is_empty()
                && local.iter().chain(domain).all(allowed)
                && !address.starts_with(b".")
                && !address.ends_with(b".")
        }
        None => false,
    }
}

/// Whose header block is read, which says which fields are decoded.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Block {
    /// The message's own: its identity and type.
    Top,
    /// A MIME part's: its type.
    Part,
    /// The returned original's: its identity.
    Original,
}

impl Block {
    fn decoded(self) -> &'static [Field] {
        match self {
            Block::Top => &[
                Field::Subject,
                Field::From,
                Field::To,
                Field::Date,
                Field::MessageId,
                Field::ContentType,
            ],
            Block::Part => &[Field::ContentType],
            Block::Original => &[Field::Subject, Field::From, Field::To, Field::MessageId],
        }
    }
}

/// The decoded fields of one header block; the last of repeated fields counts, as with
/// `mail-parser`'s own accessors.
#[derive(Default)]
pub(crate) struct Decoded<'a> {
    content_type: Option<HeaderValue<'a>>,
    subject: Option<HeaderValue<'a>>,
    from: Option<HeaderValue<'a>>,
    to: Option<HeaderValue<'a>>,
    date: Option<HeaderValue<'a>>,
    message_id: Option<HeaderValue<'a>>,
}

impl<'a> Decoded<'a> {
    fn slot(&mut self, field: Field) -> &mut Option<HeaderValue<'a>> {
        match field {
            Field::ContentType => &mut self.content_type,
            Field::Subject => &mut self.subject,
            Field::From => &mut self.from,
            Field::To => &mut self.to,
            Field::Date => &mut self.date,
            Field::MessageId => &mut self.message_id,
        }
    }

    pub fn subject(&self) -> Option<&str> {
        self.subject.as_ref().and_then(HeaderValue::as_text)
    }

    pub fn from(&self) -> Option<&Address<'a>> {
        self.from.as_ref().and_then(HeaderValue::as_address)
    }

    pub fn to(&self) -> Option<&Address<'a>> {
        self.to.as_ref().and_then(HeaderValue::as_address)
    }

    pub fn date(&self) -> Option<&DateTime> {
        self.date.as_ref().and_then(HeaderValue::as_datetime)
    }

    pub fn message_id(&self) -> Option<&str> {
        self.message_id.as_ref().and_then(HeaderValue::as_text)
    }
}

/// A header block, split into fields, with the body that follows it.
pub(crate) struct Entity<'a> {
    /// The fields the caller asked to have decoded.
    pub headers: Decoded<'a>,
    /// Every field of the block, in order.
    fields: Vec<RawField<'a>>,
    pub body: &'a [u8],
}

/// A header field: where its name starts in the header block, and its name and raw value
/// (continuation lines included) as slices of the input.
#[derive(Clone, Copy)]
struct RawField<'a> {
    at: usize,
    name: &'a [u8],
    value: &'a [u8],
}

/// A header block split into fields.
struct SplitBlock<'a> {
    fields: Vec<RawField<'a>>,
    /// Where the fields end: at the blank line's end, or earlier at a stray line of a part.
    fields_end: usize,
    /// Where the body starts: after the first empty line (LF or CRLF), or at the end.
    header_end: usize,
}

/// Splits the header block at the start of `bytes` into fields, in the same pass that finds
/// the blank line ending it. Returns `None` when the block does not start with a field. In
/// a MIME part (`part`), a line of text that is no field ends the block unless a `Content-`
/// field still follows: some reporting systems leave out the blank line after a part's
/// fields, while a stray line among the fields is only a defect.
fn split_fields<'a>(bytes: &'a [u8], part: bool) -> Option<SplitBlock<'a>> {
    // A message's header has a dozen or two fields; a part's, two or three.
    let mut fields: Vec<RawField<'a>> = Vec::with_capacity(if part { 4 } else { 24 });
    // (name start, name end, value start) of the open field, closed at the next field.
    let mut current: Option<(usize, usize, usize)> = None;
    let close = |fields: &mut Vec<RawField<'a>>, (ns, ne, vs): (usize, usize, usize), end| {
        fields.push(RawField {
            at: ns,
            name: &bytes[ns..ne],
            value: &bytes[vs..end],
        });
    };
    // Where the block ends and its last `Content-` field starts, looked for once, at the
    // first stray line of a part.
    let mut stray_scan: Option<(usize, usize)> = None;
    let mut at = 0;
    while at < bytes.len() {
        let end = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |n| at + n + 1);
        let line = &bytes[at..end];
        if line.first().is_some_and(|b| *b == b' ' || *b == b'\t') {
            at = end;
            continue;
        }
        if let Some(open) = current.take() {
            close(&mut fields, open, at);
        }
        if line == b"\n" || line == b"\r\n" {
            return Some(SplitBlock {
                fields,
                fields_end: end,
                header_end: stray_scan.map_or(end, |(header_end, _)| header_end),
            });
        }
        if let Some(colon) = memchr::memchr(b':', line)
            .filter(|&c| c > 0 && line[..c].iter().all(|b| b.is_ascii_graphic()))
        {
            current = Some((at, at + colon, at + colon + 1));
        } else if !line.iter().all(u8::is_ascii_whitespace) {
            if fields.is_empty() {
                return None;
            }
            if part {
                let (header_end, last_content) = *stray_scan.get_or_insert_with(|| {
                    let header_end = end + header_end(&bytes[end..]);
                    (header_end, last_content_field(&bytes[..header_end]))
                });
                if last_content < end {
                    return Some(SplitBlock {
                        fields,
                        fields_end: at,
                        header_end,
                    });
                }
            }
        }
        at = end;
    }
    if let Some(open) = current {
        close(&mut fields, open, bytes.len());
    }
    Some(SplitBlock {
        fields,
        fields_end: bytes.len(),
        header_end: bytes.len(),
    })
}

/// Where the last line of `block` that starts with `Content-` starts (0 when none does).
fn last_content_field(block: &[u8]) -> usize {
    std::iter::once(0)
        .chain(memchr::memchr_iter(b'\n', block).map(|n| n + 1))
        .rfind(|&start| starts_with_ignore_case(&block[start..], b"content-"))
        .unwrap_or(0)
}

/// The fields a status or feedback report starts its body with (RFC 3464, RFC 5965).
const REPORT_FIELDS: &[&str] = &[
    "reporting-mta",
    "original-envelope-id",
    "received-from-mta",
    "arrival-date",
    "dsn-gateway",
    "final-recipient",
    "original-recipient",
    "feedback-type",
    "user-agent",
    "version",
];

/// Where a MIME part's body begins when the blank line after the part's own fields is
/// missing; `None` when the fields look whole. A part holding a message has only
/// `Content-*` fields of its own, so the first other field after its type (`Received:`,
/// `From:`) starts the body, unless a header follows the blank line (then the blank line
/// was there, and that header starts the original). A status or feedback part's body
/// starts at its first report field (`Reporting-MTA:`).
fn missing_blank_line(fields: &[RawField<'_>], after_blank_line: &[u8]) -> Option<usize> {
    let own = |name: &[u8]| {
        starts_with_ignore_case(name, b"content-") || name.eq_ignore_ascii_case(b"mime-version")
    };
    let type_at = fields
        .iter()
        .position(|f| f.name.eq_ignore_ascii_case(b"content-type"))?;
    let value = fields[type_at].value.trim_ascii_start();
    let later = &fields[type_at + 1..];
    let report = [
        "message/delivery-status",
        "message/global-delivery-status",
        "message/feedback-report",
    ]
    .iter()
    .any(|t| starts_with_ignore_case(value, t.as_bytes()));
    let first = if report {
        later.iter().position(|f| {
            REPORT_FIELDS
                .iter()
                .any(|r| f.name.eq_ignore_ascii_case(r.as_bytes()))
        })
    } else if starts_with_ignore_case(value, b"message/")
        || starts_with_ignore_case(value, b"text/rfc822")
    {
        if starts_with_header(after_blank_line) {
            return None;
        }
        later.iter().position(|f| !own(f.name))
    } else {
        None
    };
    first.map(|i| type_at + 1 + i)
}

impl<'a> Entity<'a> {
    /// Parses the header block at the start of `bytes`, decoding the fields `block` needs;
    /// a block-less entity (it starts with a blank line) has no fields.
    fn parse(bytes: &'a [u8], limits: &Limits, block: Block) -> Result<Option<Self>, ParseError> {
        let part = block == Block::Part;
        let decoded = block.decoded();
        let Some(SplitBlock {
            mut fields,
            fields_end,
            header_end: mut split,
        }) = split_fields(bytes, part)
        else {
            return Ok(None);
        };
        if fields.is_empty() {
            return Ok(None);
        }
        if part {
            if let Some(first_foreign) = missing_blank_line(&fields, &bytes[split..]) {
                split = fields[first_foreign].at;
                fields.truncate(first_foreign);
            } else if fields_end < split {
                split = fields_end;
            }
        }
        if fields.len() > limits.max_headers {
            return Err(ParseError::TooManyHeaders {
                limit: limits.max_headers,
            });
        }
        let mut headers = Decoded::default();
        for raw in &fields {
            if let Some(&field) = decoded
                .iter()
                .find(|f| raw.name.eq_ignore_ascii_case(f.name()))
            {
                *headers.slot(field) = Some(field.parse(raw.value));
            }
        }
        Ok(Some(Entity {
            headers,
            fields,
            body: &bytes[split..],
        }))
    }

    /// The header block of a returned original, decoded for its identity; `None` when
    /// the bytes do not start with one (or hold too many fields to be one).
    pub fn parse_original(bytes: &'a [u8], limits: &Limits) -> Option<Self> {
        Self::parse(bytes, limits, Block::Original).ok().flatten()
    }

    /// The raw (unfolded, trimmed) value of the first field called `name`.
    pub fn raw(&self, name: &str) -> Option<String> {
        let field = self
            .fields
            .iter()
            .find(|f| f.name.eq_ignore_ascii_case(name.as_bytes()))?;
        let text = String::from_utf8_lossy(field.value);
        let text = text.trim();
        // Most fields are one line: only folded ones need their white space joined.
        Some(
            if text.contains(['\n', '\r', '\t']) || text.contains("  ") {
                text.split_whitespace().collect::<Vec<_>>().join(" ")
            } else {
                text.to_string()
            },
        )
    }

    fn content_type(&self) -> (String, Option<&str>, Option<&str>, Option<&str>) {
        let ct = self
            .headers
            .content_type
            .as_ref()
            .and_then(HeaderValue::as_content_type);
        match ct {
            Some(ct) => {
                let ctype = ct.ctype();
                let sub_len = ct.subtype().map_or(0, str::len);
                let mut full = String::with_capacity(ctype.len() + 1 + sub_len);
                full.push_str(ctype);
                if let Some(sub) = ct.subtype() {
                    full.push('/');
                    full.push_str(sub);
                }
                full.make_ascii_lowercase();
                (
                    full,
                    ct.attribute("boundary"),
                    ct.attribute("charset"),
                    ct.attribute("report-type"),
                )
            }
            None => (String::new(), None, None, None),
        }
    }

    /// The body with its transfer encoding undone.
    /// The body with its transfer encoding undone, at most about `max` bytes of it: a
    /// notification is read from its start, so a huge part is cut (at a line break,
    /// which keeps base64 decodable) before any work is spent on it.
    fn decoded_body(&self, max: usize) -> Cow<'a, [u8]> {
        let mut body = self.body;
        if body.len() > max {
            let cut = memchr::memrchr(b'\n', &body[..max]).map_or(max, |n| n + 1);
            body = &body[..cut];
        }
        let decoded = match self.transfer_encoding() {
            Some(TransferEncoding::Base64) => base64_decode(body),
            Some(TransferEncoding::QuotedPrintable) => Some(crate::decode::quoted_printable(body)),
            None => None,
        };
        decoded.map_or(Cow::Borrowed(body), Cow::Owned)
    }

    /// The encoding named by the first `Content-Transfer-Encoding` field, when it is one
    /// that is undone; read as [`Entity::raw`] reads the value, without copying it.
    fn transfer_encoding(&self) -> Option<TransferEncoding> {
        let field = self
            .fields
            .iter()
            .find(|f| f.name.eq_ignore_ascii_case(b"content-transfer-encoding"))?;
        let value = String::from_utf8_lossy(field.value);
        let value = value.trim();
        if value.eq_ignore_ascii_case("base64") {
            Some(TransferEncoding::Base64)
        } else if value.eq_ignore_ascii_case("quoted-printable") {
            Some(TransferEncoding::QuotedPrintable)
        } else {
            None
        }
    }
}

/// A transfer encoding that is undone before a body is read.
#[derive(Clone, Copy)]
enum TransferEncoding {
    Base64,
    QuotedPrintable,
}

/// Text as an owned `String` with LF line ends, copied once at most.
fn owned_unix_text(text: Cow<'_, str>) -> String {
    let converted = match unix_newlines(&text) {
        Cow::Owned(converted) => Some(converted),
        Cow::Borrowed(_) => None,
    };
    converted.unwrap_or_else(|| text.into_owned())
}

/// The first line is a header field (`Name: value`, the name printable ASCII without
/// spaces): anything else is not a message.
fn starts_with_header(raw: &[u8]) -> bool {
    let end = memchr::memchr(b'\n', raw).unwrap_or(raw.len());
    let line = &raw[..end];
    match memchr::memchr(b':', line) {
        Some(colon) if colon > 0 => line[..colon].iter().all(|&b| b.is_ascii_graphic()),
        _ => false,
    }
}

/// Where the body starts: after the first empty line (LF or CRLF), or at the end.
fn header_end(bytes: &[u8]) -> usize {
    let mut at = 0;
    while at < bytes.len() {
        let end = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |n| at + n + 1);
        let line = &bytes[at..end];
        if line == b"\n" || line == b"\r\n" {
            return end;
        }
        at = end;
    }
    bytes.len()
}

/// Decodes text bytes, trusting the declared charset only where it is credible: valid UTF-8
/// with non-ASCII characters is UTF-8 whatever an ASCII or Latin label says, UTF-7 labels
/// on plain text are ignored, and unlabelled ISO-2022-JP is recognised by its escapes.
pub(crate) fn decode_text<'a>(bytes: &'a [u8], charset: Option<&str>) -> Cow<'a, str> {
    let label = charset.unwrap_or("").trim();
    let label = crate::text::ascii_lowercase(label);
    let utf8 = std::str::from_utf8(bytes).ok();
    let single_byte = label.is_empty()
        || label.contains("ascii")
        || label.starts_with("iso-8859")
        || label.starts_with("windows-125")
        || label.contains("utf-7")
        || label.contains("utf7")
        || label.starts_with("utf");
    // ISO-2022-JP is 7-bit, so its text passes for ASCII: its escapes identify it, also
    // under an ASCII label or none (a DSN part quoting a Japanese reply).
    let iso_2022_jp = memchr::memchr(0x1b, bytes).is_some()
        && (memmem::find(bytes, b"\x1b$B").is_some() || memmem::find(bytes, b"\x1b$@").is_some());
    let decode_iso_2022_jp = || Cow::Owned(encoding_rs::ISO_2022_JP.decode(bytes).0.into_owned());
    if iso_2022_jp && (label.is_empty() || label.contains("ascii")) {
        return decode_iso_2022_jp();
    }
    if let Some(text) = utf8.filter(|_| single_byte) {
        return Cow::Borrowed(text);
    }
    if let Some(decoder) = charset_decoder(label.as_bytes()) {
        return Cow::Owned(decoder(bytes));
    }
    if iso_2022_jp {
        return decode_iso_2022_jp();
    }
    String::from_utf8_lossy(bytes)
}

/// Content types that hold the returned original message (or its headers).
const ORIGINAL_TYPES: &[&str] = &[
    "message/rfc822",
    "message/global",
    "text/rfc822-headers",
    "message/rfc822-headers",
    "text/rfc822-header",
    "message/partial",
    "message/global-headers",
];

/// What a bounce is made of, sorted by role.
#[derive(Default)]
pub(crate) struct Sections<'a> {
    /// Top-level header block.
    pub top: Option<Entity<'a>>,
    /// `multipart/report; report-type=...`, lower case.
    pub report_type: Option<String>,
    /// text/plain parts (and untyped bodies), in order, LF line endings.
    pub texts: Vec<String>,
    /// text/html parts as plain text, used when there is no text/plain.
    pub htmls: Vec<String>,
    /// message/delivery-status (and global-delivery-status) bodies.
    pub dsn: Vec<String>,
    /// message/feedback-report body.
    pub feedback: Option<String>,
    /// Header block of the returned original message.
    pub original: Option<Entity<'a>>,
    /// The whole first attached message (a wrapper may carry a bounce in it).
    pub attached: Option<&'a [u8]>,
}

/// Splits a multipart body at its delimiter lines; the preamble and epilogue are dropped.
fn split_multipart<'a>(body: &'a [u8], boundary: &str, max: usize) -> Option<Vec<&'a [u8]>> {
    let delimiter = format!("--{boundary}");
    let mut starts = Vec::new();
    for at in line_dashes(body) {
        // "--b" must not be the start of a longer boundary "--bcd" of a nested part.
        if body[at..].starts_with(delimiter.as_bytes())
            && matches!(
                body.get(at + delimiter.len()),
                None | Some(b'-' | b' ' | b'\t' | b'\r' | b'\n')
            )
        {
            starts.push(at);
            if starts.len() > max + 1 {
                break;
            }
        }
    }
    if starts.is_empty() {
        return None;
    }
    let mut parts = Vec::with_capacity(starts.len());
    for (i, &at) in starts.iter().enumerate() {
        let after = at + delimiter.len();
        if body[after..].starts_with(b"--") {
            break;
        }
        // The part starts on the line after the delimiter.
        let line_end = memchr::memchr(b'\n', &body[after..]).map_or(body.len(), |n| after + n + 1);
        let end = starts.get(i + 1).copied().unwrap_or(body.len());
        let mut stop = end.max(line_end);
        // The line break before the next delimiter belongs to the delimiter.
        if i + 1 < starts.len() {
            if stop > line_end && body[stop - 1] == b'\n' {
                stop -= 1;
            }
            if stop > line_end && body[stop - 1] == b'\r' {
                stop -= 1;
            }
        }
        parts.push(&body[line_end.min(stop)..stop]);
    }
    Some(parts)
}

/// Searchers for "--" after a line break, built once: a searcher for each message's own
/// delimiter would cost more to build (a few thousand instructions) than the search.
static LINE_DASHES: LazyLock<[memmem::Finder<'static>; 2]> =
    LazyLock::new(|| [memmem::Finder::new(b"\n--"), memmem::Finder::new(b"\r--")]);

/// Where the lines of `body` that start with "--" start, in order (a line starts the body
/// or follows a line feed or a carriage return). Every such line is tried as a delimiter;
/// a search for the delimiter itself would skip one overlapping an earlier occurrence,
/// which only a boundary holding a line break allows.
fn line_dashes(body: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let first = body.starts_with(b"--").then_some(0);
    let mut after_lf = LINE_DASHES[0].find_iter(body).map(|at| at + 1).peekable();
    let mut after_cr = LINE_DASHES[1].find_iter(body).map(|at| at + 1).peekable();
    first.into_iter().chain(std::iter::from_fn(move || {
        match (after_lf.peek(), after_cr.peek()) {
            (Some(lf), Some(cr)) if cr < lf => after_cr.next(),
            (Some(_), _) => after_lf.next(),
            (None, _) => after_cr.next(),
        }
    }))
}

/// Walks `raw` and sorts its parts; the returned original is parsed for headers only.
pub(crate) fn walk<'a>(raw: &'a [u8], limits: &Limits) -> Result<Sections<'a>, ParseError> {
    if !starts_with_header(raw) {
        return Err(ParseError::NoHeaders);
    }
    let top = Entity::parse(raw, limits, Block::Top)?.ok_or(ParseError::NoHeaders)?;
    let mut sections = Sections::default();
    let (ct, _, _, report_type) = top.content_type();
    if ct == "multipart/report" {
        sections.report_type = report_type.map(str::to_ascii_lowercase);
    }
    // Depth-first, in document order: the stack holds parts still to visit, last first.
    let mut stack: Vec<(&'a [u8], usize, bool)> = Vec::new();
    let mut parts_seen = 0usize;
    visit(&top, 0, false, &mut stack, &mut sections, limits)?;
    sections.top = Some(top);
    while let Some((bytes, depth, in_digest)) = stack.pop() {
        parts_seen += 1;
        if parts_seen > limits.max_parts {
            return Err(ParseError::TooManyParts {
                limit: limits.max_parts,
            });
        }
        match Entity::parse(bytes, limits, Block::Part)? {
            Some(entity) => visit(&entity, depth, in_digest, &mut stack, &mut sections, limits)?,
            None => {
                // No header block: the body starts at once (after the blank line, if any).
                let body = bytes
                    .strip_prefix(b"\r\n")
                    .or_else(|| bytes.strip_prefix(b"\n"))
                    .unwrap_or(bytes);
                if !in_digest && !body.iter().all(u8::is_ascii_whitespace) {
                    sections
                        .texts
                        .push(owned_unix_text(decode_text(body, None)));
                }
            }
        }
    }
    Ok(sections)
}

fn visit<'a>(
    entity: &Entity<'a>,
    depth: usize,
    in_digest: bool,
    stack: &mut Vec<(&'a [u8], usize, bool)>,
    sections: &mut Sections<'a>,
    limits: &Limits,
) -> Result<(), ParseError> {
    let (ct, boundary, charset, _) = entity.content_type();
    let ct = if ct.is_empty() && in_digest {
        "message/rfc822".to_string()
    } else {
        ct
    };
    if ct.starts_with("multipart/") {
        if depth + 1 > limits.max_depth {
            return Err(ParseError::TooDeep {
                limit: limits.max_depth,
            });
        }
        if let Some(parts) =
            boundary.and_then(|b| split_multipart(entity.body, b, limits.max_parts))
        {
            if parts.len() > limits.max_parts {
                return Err(ParseError::TooManyParts {
                    limit: limits.max_parts,
                });
            }
            let digest = ct == "multipart/digest";
            for part in parts.into_iter().rev() {
                stack.push((part, depth + 1, digest));
            }
            return Ok(());
        }
        // A multipart without its delimiters: read the body as text.
        sections
            .texts
            .push(owned_unix_text(decode_text(entity.body, charset)));
        return Ok(());
    }
    if ORIGINAL_TYPES.contains(&ct.as_str()) {
        // Only the first returned original counts; a later one is part of it.
        if sections.original.is_none() {
            sections.original = original_headers(entity, limits)?;
            if ct.starts_with("message/") {
                sections.attached = Some(entity.body);
            }
        }
        return Ok(());
    }
    match ct.as_str() {
        "message/delivery-status" | "message/global-delivery-status" => {
            let body = entity.decoded_body(limits.max_text_bytes.saturating_mul(4));
            // Fields are ASCII or UTF-8, but a Diagnostic-Code may quote an ISO-2022-JP reply.
            let text = owned_unix_text(decode_text(&body, None));
            // Some systems label their prose notification as a status part: read it as text.
            let trimmed = text.trim_start().as_bytes();
            if trimmed.is_empty() || starts_with_header(trimmed) {
                sections.dsn.push(text);
            } else {
                sections.texts.push(text);
            }
        }
        "message/feedback-report" => {
            let body = entity.decoded_body(limits.max_text_bytes.saturating_mul(4));
            sections.feedback = Some(owned_unix_text(String::from_utf8_lossy(&body)));
        }
        // HTML is read only when no plain text came before it (the usual alternative).
        "text/html" if sections.texts.iter().all(|t| t.trim().is_empty()) => {
            let body = entity.decoded_body(limits.max_text_bytes.saturating_mul(4));
            let html = decode_text(&body, charset);
            sections
                .htmls
                .push(owned_unix_text(Cow::Owned(html_to_text(&html))));
        }
        "text/html" => {}
        "" | "text/plain" | "text" | "text/enriched" | "text/x-plain" => {
            let body = entity.decoded_body(limits.max_text_bytes.saturating_mul(4));
            sections
                .texts
                .push(owned_unix_text(decode_text(&body, charset)));
        }
        other
            if other.starts_with("text/")
                && other != "text/calendar"
                && other != "text/x-vcard"
                && other != "text/vcard"
                && other != "text/csv" =>
        {
            let body = entity.decoded_body(limits.max_text_bytes.saturating_mul(4));
            sections
                .texts
                .push(owned_unix_text(decode_text(&body, charset)));
        }
        _ => {}
    }
    Ok(())
}

/// The returned original's header block. Its body is ignored: it holds the original's own
/// addresses and codes, sometimes a whole earlier bounce, none of which describe this one.
fn original_headers<'a>(
    entity: &Entity<'a>,
    limits: &Limits,
) -> Result<Option<Entity<'a>>, ParseError> {
    if entity.transfer_encoding().is_some() {
        // Decoded bytes do not live long enough to borrow; such originals are rare, and
        // only their identity is lost.
        return Ok(None);
    }
    let body = entity.body;
    let body = body
        .strip_prefix(b"\r\n")
        .or_else(|| body.strip_prefix(b"\n"))
        .unwrap_or(body);
    Entity::parse(body, limits, Block::Original)
}

/// Builds this module's matchers now rather than at their first use (see
/// [`crate::build_matchers`]).
pub(crate) fn build_matchers() {
    LazyLock::force(&LINE_DASHES);
}

#[cfg(test)]
mod tests {
    use super::{
        Block, Entity, decode_text, simple_content_type, simple_date, simple_mailbox,
        simple_message_id, simple_unstructured, walk,
    };
    use crate::limits::Limits;
    use mail_parser::HeaderValue;
    use mail_parser::parsers::MessageStream;
    use proptest::prelude::*;

    /// A short cut's reading of `value` beside `mail-parser`'s own, when the short cut
    /// takes the value.
    fn readings<'x>(
        value: &'x str,
        short_cut: fn(&'x [u8]) -> Option<HeaderValue<'x>>,
        general: fn(&mut MessageStream<'x>) -> HeaderValue<'x>,
    ) -> Option<(HeaderValue<'x>, HeaderValue<'x>)> {
        let fast = short_cut(value.as_bytes())?;
        Some((fast, general(&mut MessageStream::new(value.as_bytes()))))
    }

    /// A usual value: the short cut takes it and reads it as `mail-parser` does.
    fn taken_and_read_alike<'x>(
        value: &'x str,
        short_cut: fn(&'x [u8]) -> Option<HeaderValue<'x>>,
        general: fn(&mut MessageStream<'x>) -> HeaderValue<'x>,
    ) {
        let (fast, general) = readings(value, short_cut, general)
            .unwrap_or_else(|| panic!("the short cut does not take {value:?}"));
        assert_eq!(fast, general, "{value:?}");
    }

    /// The property every short cut keeps: where it takes a value, it reads it as
    /// `mail-parser` does.
    fn same_reading_where_taken<'x>(
        value: &'x str,
        short_cut: fn(&'x [u8]) -> Option<HeaderValue<'x>>,
        general: fn(&mut MessageStream<'x>) -> HeaderValue<'x>,
    ) -> Result<(), TestCaseError> {
        if let Some((fast, general)) = readings(value, short_cut, general) {
            prop_assert_eq!(fast, general, "{:?}", value);
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        /// The short cut reads every address field it accepts as `mail-parser` does.
        #[test]
        fn simple_mailboxes_read_as_mail_parser_reads_them(
            value in r#"( ?)("?[A-Za-z0-9 ._<>@"\\=(),;:-]{0,12}"? ?)?<?[A-Za-z0-9._+=<>@-]{0,10}@?[A-Za-z0-9.<>-]{0,10}>?(\r\n|\n)?"#
        ) {
            same_reading_where_taken(&value, simple_mailbox, MessageStream::parse_address)?;
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        /// The same, on values built the way the short cut's forms are, names included.
        #[test]
        fn named_mailboxes_read_as_mail_parser_reads_them(
            lead in prop_oneof![Just(""), Just(" ")],
            name in prop_oneof![
                Just(String::new()),
                "[A-Za-z0-9._-]{1,6}( [A-Za-z0-9._-]{1,6}){0,2}",
                "\"[ -~]{0,12}\"",
                "\"=\\?(utf-8|iso-8859-1)\\?[qQbB]\\?[A-Za-z0-9_=]{0,10}\\?=\"",
            ],
            local in "[A-Za-z0-9._+=-]{1,8}",
            domain in "[A-Za-z0-9.-]{1,10}",
            angle: bool,
            end in prop_oneof![Just("\n"), Just("\r\n")],
        ) {
            let value = if name.is_empty() && !angle {
                format!("{lead}{local}@{domain}{end}")
            } else if name.is_empty() {
                format!("{lead}<{local}@{domain}>{end}")
            } else {
                format!("{lead}{name} <{local}@{domain}>{end}")
            };
            same_reading_where_taken(&value, simple_mailbox, MessageStream::parse_address)?;
        }
    }

    #[test]
    fn usual_dates_take_the_short_cut() {
        for value in [
            " Mon, 1 Jan 2024 10:00:00 +0900\n",
            " 28 Nov 2026 18:52:07 -0500 (EST)\r\n",
        ] {
            taken_and_read_alike(value, simple_date, MessageStream::parse_date);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        /// The Message-ID short cut reads every value it accepts as `mail-parser` does.
        #[test]
        fn simple_message_ids_read_as_mail_parser_reads_them(
            value in "[ \t\r]{0,2}<?[a-z0-9.@<> \t\r\n\u{e9}-]{0,12}>?[ \t\r]{0,2}\n?[ a]?"
        ) {
            same_reading_where_taken(&value, simple_message_id, MessageStream::parse_id)?;
        }

        /// The date short cut reads every value it accepts as `mail-parser` does.
        #[test]
        fn simple_dates_read_as_mail_parser_reads_them(
            value in "[ \t]{0,2}((Mon|Tue|Xyz|mon|Thu), ?)?[0-9]{1,3} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|jan|Foo|Sept) [0-9]{2,5} [0-9]{1,3}:[0-9]{2}(:[0-9]{2})? [+-]?[0-9]{3,5}( \\([a-zA-Z ()]{0,5}\\))?[ \t]?\r?\n?"
        ) {
            same_reading_where_taken(&value, simple_date, MessageStream::parse_date)?;
        }

        /// The Subject short cut reads every value it accepts as `mail-parser` does.
        #[test]
        fn simple_subjects_read_as_mail_parser_reads_them(
            value in "[ \t\r]{0,2}[a-z =?_\t\r\n\u{e9}]{0,16}[ \t\r]{0,2}\n?[ a]?"
        ) {
            same_reading_where_taken(&value, simple_unstructured, MessageStream::parse_unstructured)?;
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(6000))]
        /// The Content-Type short cut reads every value it accepts as `mail-parser` does.
        #[test]
        fn simple_content_types_read_as_mail_parser_reads_them(
            value in "[ \t]{0,2}[a-zA-Z]{1,4}/[a-zA-Z.+-]{1,5}([ \t]?;[ \t]?(\r?\n[ \t])?[a-zA-Z*-]{1,4}=(\"[ a-zA-Z0-9=?;()'\\\\\"-]{0,6}\"|[a-zA-Z0-9=?:/*' -]{0,6})[ \t]?){0,3};?[ \t\r]{0,2}\n?[ a]?"
        ) {
            same_reading_where_taken(&value, simple_content_type, MessageStream::parse_content_type)?;
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(6000))]
        /// The same, on values built the way the short cut's form is, attributes included.
        #[test]
        fn content_types_with_attributes_read_as_mail_parser_reads_them(
            lead in "[ \t]{0,2}",
            c_type in "[a-zA-Z]{1,6}/[a-zA-Z0-9.+-]{1,8}",
            attributes in proptest::collection::vec(
                (
                    "[ \t]{0,1};[ \t]{0,1}(\r?\n[ \t])?",
                    "[a-zA-Z_.-]{1,8}",
                    prop_oneof![
                        "\"[ -~]{0,10}\"",
                        "[a-zA-Z0-9._+/:=!#$?-]{0,10}",
                    ],
                ),
                0..4,
            ),
            tail in "(;?[ \t]{0,2}\r?\n)?",
        ) {
            let mut value = format!("{lead}{c_type}");
            for (separator, name, text) in &attributes {
                value.push_str(&format!("{separator}{name}={text}"));
            }
            value.push_str(&tail);
            same_reading_where_taken(&value, simple_content_type, MessageStream::parse_content_type)?;
        }
    }

    proptest! {
        /// The delimiter search finds every line that starts with "--", after a line feed,
        /// a carriage return or at the start, and nothing else.
        #[test]
        fn line_dashes_are_the_lines_starting_with_two_dashes(body in "[-\r\na]{0,40}") {
            let body = body.as_bytes();
            let expected: Vec<usize> = (0..body.len())
                .filter(|&at| {
                    body[at..].starts_with(b"--")
                        && (at == 0 || matches!(body[at - 1], b'\n' | b'\r'))
                })
                .collect();
            prop_assert_eq!(super::line_dashes(body).collect::<Vec<_>>(), expected);
        }
    }

    #[test]
    fn the_usual_content_types_take_the_short_cut() {
        for value in [
            " text/plain; charset=\"UTF-8\"\r\n",
            " Text/Plain; Charset=us-ascii\n",
            " multipart/report; report-type=delivery-status;\r\n\tboundary=\"==_b1.x/y\"\r\n",
            " message/delivery-status\n",
            " multipart/mixed;\n boundary=\"----=_Part_1_2.3\"; \n",
        ] {
            taken_and_read_alike(
                value,
                simple_content_type,
                MessageStream::parse_content_type,
            );
        }
        assert!(simple_content_type(b" text/plain; name*=utf-8''x\n").is_none());
        assert!(simple_content_type(b" text/plain (comment)\n").is_none());
        assert!(simple_content_type(b" text/plain; name=\"=?utf-8?q?x?=\"\n").is_none());
    }

    #[test]
    fn the_usual_ids_and_subjects_take_the_short_cut() {
        for value in [" <abc.123@mx.example>\r\n", "<x@y>\n"] {
            taken_and_read_alike(value, simple_message_id, MessageStream::parse_id);
        }
        for value in [" Undelivered Mail Returned to Sender\r\n", " \r\n"] {
            taken_and_read_alike(
                value,
                simple_unstructured,
                MessageStream::parse_unstructured,
            );
        }
        assert!(simple_unstructured(b" =?UTF-8?Q?x?=\n").is_none());
        assert!(simple_unstructured(b" folded\n line\n").is_none());
    }

    #[test]
    fn the_usual_mailboxes_take_the_short_cut() {
        for value in [
            " MAILER-DAEMON@mx.example.org\r\n",
            " <postmaster@example.com>\n",
            " Mail Delivery System <mailer-daemon@mx.example>\r\n",
            " \"Mail Delivery Subsystem\" <mailer-daemon@googlemail.com>\n",
        ] {
            taken_and_read_alike(value, simple_mailbox, MessageStream::parse_address);
        }
        assert!(simple_mailbox(b" =?UTF-8?Q?x?= <a@b.example>\n").is_none());
        // An encoded word between quotes is decoded by `mail-parser`: not a plain name.
        assert!(simple_mailbox(b" \"=?utf-8?q?Mail_Delivery?=\" <a@b.example>\n").is_none());
        assert!(simple_mailbox(b" a@b.example, c@d.example\n").is_none());
        assert!(simple_mailbox(b" a@b.example (comment)\n").is_none());
    }

    #[test]
    fn fields_are_decoded_one_by_one_from_their_raw_values() {
        let block =
            b"Subject: first\r\nFrom: \"Mail Delivery System\" <MAILER-DAEMON@mx.example>\r\n\
Received: from a by b; Mon, 2 Mar 2026 10:00:00 +0000\r\n\
Subject: =?UTF-8?B?VW56dXN0ZWxsYmFy?=\r\n =?UTF-8?Q?_(Fehler)?=\r\n\
Content-Type: multipart/report;\r\n report-type=delivery-status;\r\n boundary=\"b1\"\r\n\
Date: Mon, 2 Mar 2026 10:00:00 +0000\r\nMessage-ID: <id-1@mx.example>\r\n\r\nbody\r\n";
        let entity = Entity::parse(block, &Limits::default(), Block::Top)
            .unwrap()
            .unwrap();
        let h = &entity.headers;
        // The last of repeated fields counts, folded encoded words joined.
        assert_eq!(h.subject(), Some("Unzustellbar (Fehler)"));
        let from = h.from().and_then(|a| a.first()).unwrap();
        assert_eq!(from.address.as_deref(), Some("MAILER-DAEMON@mx.example"));
        assert_eq!(from.name.as_deref(), Some("Mail Delivery System"));
        assert_eq!(h.message_id(), Some("id-1@mx.example"));
        assert_eq!(
            h.date().map(|d| d.to_rfc3339()).as_deref(),
            Some("2026-03-02T10:00:00Z")
        );
        let (ct, boundary, _, report_type) = entity.content_type();
        assert_eq!(
            (ct.as_str(), boundary, report_type),
            ("multipart/report", Some("b1"), Some("delivery-status"))
        );
        assert_eq!(entity.body, b"body\r\n");
    }

    #[test]
    fn parts_without_the_blank_line_after_their_fields_keep_their_bodies() {
        let message = b"From: MAILER-DAEMON@relay.example\n\
Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n\
--b\nContent-Type: text/plain\nYour message to <ana@dest.example> was refused.\n\
--b\nContent-Type: message/delivery-status\nReporting-MTA: dns; relay.example\n\n\
Final-Recipient: rfc822; ana@dest.example\nAction: failed\nStatus: 5.1.1\n\
--b\nContent-Type: message/rfc822\nMessage-ID: <orig-7@src.example>\n\
Content-Type: multipart/alternative; boundary=\"inner\"\n\n\
--inner\nContent-Type: text/plain\n\nthe original's own words\n--inner--\n\
--b--\n";
        let sections = walk(message, &Limits::default()).unwrap();
        // The text part's first line is text, not a field: the body starts there.
        assert_eq!(
            sections.texts,
            ["Your message to <ana@dest.example> was refused."]
        );
        // The status part's own fields are Content-* only: Reporting-MTA begins its body.
        assert!(sections.dsn[0].starts_with("Reporting-MTA: dns; relay.example\n"));
        assert!(sections.dsn[0].contains("Status: 5.1.1"));
        // The original begins at its first field, so its body is no part of the report.
        let original = sections.original.as_ref().unwrap();
        assert_eq!(original.headers.message_id(), Some("orig-7@src.example"));
        assert!(!sections.texts.iter().any(|t| t.contains("own words")));
    }

    #[test]
    fn parts_with_their_blank_line_keep_their_own_fields() {
        let message = "From: MAILER-DAEMON@relay.example\n\
Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n\
--b\nContent-Type: text/plain;\ncharset=us-ascii\nContent-Transfer-Encoding: base64\n\nRGVsaXZlcnkgdG8gcGF0QGRlc3QuZXhhbXBsZSBmYWlsZWQu\n\
--b\nContent-Description: returned message\nX-Part-Note: kept\n\
Content-Type: message/rfc822\nX-Scanned: yes\n\n\
Message-ID: <orig-8@src.example>\nFrom: kim@src.example\n\nthe original's own words\n--b--\n";
        let sections = walk(message.as_bytes(), &Limits::default()).unwrap();
        // A stray line among a part's fields does not end them when a Content- field follows.
        assert_eq!(sections.texts, ["Delivery to pat@dest.example failed."]);
        // Fields of the part's own before and after its type, then the blank line.
        let original = sections.original.as_ref().unwrap();
        assert_eq!(original.headers.message_id(), Some("orig-8@src.example"));
    }

    #[test]
    fn a_status_part_holding_prose_is_read_as_text() {
        let message = b"From: postmaster@relay.example\n\
Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n\
--b\nContent-Type: message/delivery-status\n\n\
This message was undeliverable:\n<ana@dest.example> has blocked your domain\n\
--b\nContent-Type: message/delivery-status\n\n\
Reporting-MTA: dns; relay.example\n\nFinal-Recipient: rfc822; ana@dest.example\n\
Action: failed\nStatus: 5.3.0\n--b--\n";
        let sections = walk(message, &Limits::default()).unwrap();
        assert_eq!(sections.texts.len(), 1);
        assert!(sections.texts[0].contains("has blocked your domain"));
        assert_eq!(sections.dsn.len(), 1);
        assert!(sections.dsn[0].starts_with("Reporting-MTA"));
    }

    #[test]
    fn iso_2022_jp_is_recognised_under_an_ascii_label_or_none() {
        // "ユーザー" in ISO-2022-JP: 7-bit bytes that are also valid ASCII.
        let bytes = b"\x1b$B%f!<%6!<\x1b(B pat";
        for label in [None, Some("us-ascii"), Some("ISO-2022-JP")] {
            assert_eq!(decode_text(bytes, label), "ユーザー pat", "{label:?}");
        }
        assert_eq!(decode_text(b"plain text", Some("us-ascii")), "plain text");
    }
}
