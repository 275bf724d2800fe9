//! Body decoders on the parser's hot path: quoted-printable and HTML to text.
//!
//! Both are single passes that jump between the bytes that matter (`=` and line ends; `<`
//! and `&`) with `memchr`, copying the runs between them whole: a tag-heavy HTML report
//! costs a few instructions a byte. Neither fails: a malformed escape is kept as written,
//! so one stray `=` does not leave a whole part undecoded.

use crate::text::starts_with_ignore_case;
use memchr::{memchr, memchr2, memmem};

fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Drops the spaces and tabs (and a CR) that end the line written so far, down to `floor`
/// (the end of the last escaped byte, which is data): RFC 2045 says trailing white space
/// of a quoted-printable line was added in transport.
fn trim_line_end(out: &mut Vec<u8>, floor: usize) {
    while out.len() > floor && matches!(out.last(), Some(b' ' | b'\t' | b'\r')) {
        out.pop();
    }
}

/// Decodes a quoted-printable body (RFC 2045, section 6.7): `=XX` escapes, soft line breaks
/// (`=` at a line end) removed, line ends written as LF.
pub(crate) fn quoted_printable(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    let mut at = 0;
    let mut floor = 0;
    while let Some(n) = memchr2(b'=', b'\n', &body[at..]) {
        let found = at + n;
        out.extend_from_slice(&body[at..found]);
        if body[found] == b'\n' {
            trim_line_end(&mut out, floor);
            out.push(b'\n');
            floor = out.len();
            at = found + 1;
            continue;
        }
        // `=` then two hex digits: one byte.
        if let (Some(h), Some(l)) = (
            body.get(found + 1).copied().and_then(hex_value),
            body.get(found + 2).copied().and_then(hex_value),
        ) {
            out.push(h << 4 | l);
            floor = out.len();
            at = found + 3;
            continue;
        }
        // `=`, optional white space, then the line end: a soft break.
        let mut next = found + 1;
        while matches!(body.get(next), Some(b' ' | b'\t')) {
            next += 1;
        }
        match body.get(next) {
            Some(b'\n') => at = next + 1,
            Some(b'\r') if body.get(next + 1) == Some(&b'\n') => at = next + 2,
            None => at = next,
            // Not an escape: keep the `=` as written.
            Some(_) => {
                out.push(b'=');
                at = found + 1;
            }
        }
    }
    out.extend_from_slice(&body[at..]);
    out
}

/// Elements whose content is not text for a reader.
const HIDDEN: &[&str] = &["head", "style", "script", "template"];

/// Elements that start or end a line.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "tr",
    "li",
    "ul",
    "ol",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "blockquote",
    "pre",
    "dt",
    "dd",
    "dl",
    "center",
    "address",
    "section",
    "article",
    "header",
    "footer",
    "title",
];

/// What an entity (`&amp;`, `&#39;`, `&#x27;`, with its `&` and `;`) stands for, by
/// `mail-parser`'s table of the HTML entities; `None` for a name it does not know.
fn entity(raw: &str) -> Option<String> {
    let mut decoded = String::new();
    mail_parser::decoders::html::add_html_token(&mut decoded, raw.as_bytes(), false);
    (decoded != raw).then_some(decoded)
}

/// Text written so far, with the white space between words folded as a browser would.
struct Text {
    out: String,
    /// White space was seen since the last word: write one space before the next.
    space: bool,
}

impl Text {
    fn at_line_start(&self) -> bool {
        self.out.is_empty() || self.out.ends_with('\n')
    }

    fn word(&mut self, word: &str) {
        if self.space && !self.at_line_start() {
            self.out.push(' ');
        }
        self.space = false;
        self.out.push_str(word);
    }

    /// A run of text between markup: its words, with its white space folded.
    fn run(&mut self, run: &str) {
        let mut words = run.split_ascii_whitespace();
        if run.starts_with(|c: char| c.is_ascii_whitespace()) {
            self.space = true;
        }
        if let Some(first) = words.next() {
            self.word(first);
            for word in words {
                self.space = true;
                self.word(word);
            }
        }
        if run.ends_with(|c: char| c.is_ascii_whitespace()) {
            self.space = true;
        }
    }

    fn line_break(&mut self) {
        self.out.push('\n');
        self.space = false;
    }

    fn block_edge(&mut self) {
        if !self.at_line_start() {
            self.line_break();
        }
    }
}

/// Where the element named `name` that starts after `from` closes (`</name`), or the end.
fn closing(bytes: &[u8], from: usize, name: &str) -> usize {
    let mut at = from;
    while let Some(n) = memmem::find(&bytes[at..], b"</") {
        let start = at + n;
        let after = start + 2;
        if starts_with_ignore_case(&bytes[after..], name.as_bytes()) {
            return start;
        }
        at = after;
    }
    bytes.len()
}

/// The plain text of an HTML body: tags dropped, hidden elements (head, style, script)
/// skipped, entities decoded, a line per block element and `<br>`.
pub(crate) fn html_to_text(html: &str) -> String {
    let bytes = html.as_bytes();
    let mut text = Text {
        out: String::with_capacity(html.len() / 4),
        space: false,
    };
    let mut at = 0;
    while at < bytes.len() {
        let Some(n) = memchr2(b'<', b'&', &bytes[at..]) else {
            text.run(&html[at..]);
            break;
        };
        let found = at + n;
        text.run(&html[at..found]);
        if bytes[found] == b'&' {
            // The longest entity names have about 30 letters.
            let end = memchr(b';', &bytes[found..(found + 40).min(bytes.len())]);
            match end.and_then(|e| entity(&html[found..=found + e]).map(|c| (e, c))) {
                // `&nbsp;` and the other spaces separate words like a space.
                Some((e, c)) if c.chars().all(char::is_whitespace) => {
                    text.space = true;
                    at = found + e + 1;
                }
                Some((e, c)) => {
                    text.word(&c);
                    at = found + e + 1;
                }
                None => {
                    text.word("&");
                    at = found + 1;
                }
            }
            continue;
        }
        if bytes[found..].starts_with(b"<!--") {
            at = memmem::find(&bytes[found + 4..], b"-->")
                .map_or(bytes.len(), |e| found + 4 + e + 3);
            continue;
        }
        let Some(close) = memchr(b'>', &bytes[found..]) else {
            // An unclosed `<` is text.
            text.run(&html[found..]);
            break;
        };
        let tag = &html[found + 1..found + close];
        at = found + close + 1;
        let (ending, tag) = match tag.strip_prefix('/') {
            Some(rest) => (true, rest),
            None => (false, tag),
        };
        let name_end = tag
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(tag.len());
        let name = &tag[..name_end];
        if name.eq_ignore_ascii_case("br") {
            text.line_break();
        } else if !ending && let Some(hidden) = HIDDEN.iter().find(|h| name.eq_ignore_ascii_case(h))
        {
            at = closing(bytes, at, hidden);
        } else if BLOCKS.iter().any(|b| name.eq_ignore_ascii_case(b)) {
            text.block_edge();
        } else if name.eq_ignore_ascii_case("td") || name.eq_ignore_ascii_case("th") {
            text.space = true;
        }
    }
    text.out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A quoted-printable encoder for the round trip: every byte that is not printable
    /// ASCII (white space included) escaped, line ends kept, a soft break every 40 bytes.
    fn encode(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut column = 0;
        for &b in bytes {
            if b == b'\n' {
                out.push(b);
                column = 0;
                continue;
            }
            if column >= 40 {
                out.extend_from_slice(b"=\r\n");
                column = 0;
            }
            if b.is_ascii_graphic() && b != b'=' {
                out.push(b);
                column += 1;
            } else {
                out.extend_from_slice(format!("={b:02X}").as_bytes());
                column += 3;
            }
        }
        out
    }

    proptest! {
        #[test]
        fn quoted_printable_round_trip(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            prop_assert_eq!(quoted_printable(&encode(&bytes)), bytes);
        }

        #[test]
        fn plain_text_passes_with_its_white_space_folded(text in "[a-z0-9.,:;'\"()\\- \t\n]{0,80}") {
            let folded = text.split_ascii_whitespace().collect::<Vec<_>>().join(" ");
            prop_assert_eq!(html_to_text(&text), folded);
        }
    }

    #[test]
    fn quoted_printable_escapes_soft_breaks_and_strays() {
        assert_eq!(quoted_printable(b"caf=C3=A9 ok"), "café ok".as_bytes());
        assert_eq!(
            quoted_printable(b"long =\r\nline\r\nnext  \n"),
            b"long line\nnext\n"
        );
        assert_eq!(quoted_printable(b"a=  \nb"), b"ab");
        // A stray `=` is kept, and the rest is still decoded.
        assert_eq!(quoted_printable(b"x=y =3D z="), b"x=y = z");
    }

    #[test]
    fn html_text_lines_and_entities() {
        let html = "<html><head><title>t</title><style>p {color: red}</style></head>\
                    <body><p>Delivery   has <b>failed</b> to:</p><div>a&amp;b&nbsp;c &#39;d&#x27;</div>\
                    <table><tr><td>Remote</td><td>550 5.1.1</td></tr></table>\
                    <!-- a <p> comment -->x<br><br>y &unknown; <script>var a = '<p>';</script>z</body></html>";
        assert_eq!(
            html_to_text(html),
            "Delivery has failed to:\na&b c 'd'\nRemote 550 5.1.1\nx\n\ny &unknown; z"
        );
    }
}
