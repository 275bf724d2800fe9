//! Text helpers shared by the parser, the featurizer and the rules.

use std::borrow::Cow;
use unicode_normalization::UnicodeNormalization;

/// Lower-cases `text`, folds full-width and compatibility forms (NFKC) and collapses every
/// run of white space into one space. Rules and features both match on this form, so
/// "User  Unknown", "user\n    unknown" and "ＵＳＥＲ ＵＮＫＮＯＷＮ" read the same.
pub fn squash(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = true;
    let mut push = |c: char, out: &mut String| {
        if c.is_whitespace() || c == '\u{a0}' {
            if !space {
                out.push(' ');
                space = true;
            }
        } else {
            space = false;
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        }
    };
    if text.is_ascii() {
        for c in text.chars() {
            push(c, &mut out);
        }
    } else {
        for c in text.nfkc() {
            push(c, &mut out);
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Turns CRLF and lone CR into LF.
pub fn unix_newlines(text: &str) -> Cow<'_, str> {
    if !text.contains('\r') {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
}

/// Cuts `line` to at most `max` bytes on a character boundary.
pub fn clip(line: &str, max: usize) -> &str {
    if line.len() <= max {
        return line;
    }
    let mut end = max;
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    &line[..end]
}

/// Plain text of an HTML body (tags dropped, entities decoded).
pub fn html_to_text(html: &str) -> String {
    mail_parser::decoders::html::html_to_text(html)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn squash_forms() {
        assert_eq!(squash("  User\n    Unknown\t"), "user unknown");
        assert_eq!(squash("ＵＳＥＲ　ＵＮＫＮＯＷＮ"), "user unknown");
        assert_eq!(squash("Benutzer Unbekannt"), "benutzer unbekannt");
    }

    #[test]
    fn newlines() {
        assert_eq!(unix_newlines("a\r\nb\rc\n"), "a\nb\nc\n");
    }
}
