//! Finding e-mail addresses in free text, without a regular expression.

use crate::text::starts_with_ignore_case;
use memchr::memchr_iter;

/// A character of a local part: ASCII atom characters, or letters and digits of any
/// script (internationalised addresses), but no punctuation of other scripts.
fn local_char(c: char) -> bool {
    if c.is_ascii() {
        // A match, not a search of the list: this runs for every character scanned.
        c.is_ascii_alphanumeric()
            || matches!(
                c,
                '!' | '#'
                    | '$'
                    | '%'
                    | '&'
                    | '\''
                    | '*'
                    | '+'
                    | '/'
                    | '='
                    | '?'
                    | '^'
                    | '_'
                    | '`'
                    | '{'
                    | '|'
                    | '}'
                    | '~'
                    | '.'
                    | '-'
            )
    } else {
        c.is_alphanumeric() && !is_ideographic(c)
    }
}

/// Han, Kana and Hangul: scripts written without spaces.
fn is_ideographic(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x11FF | 0x3040..=0x30FF | 0x3130..=0x318F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

fn domain_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'.' || b == b'-' || b == b'_'
}

/// Byte ranges of the addresses in `text`, in order. The scan expands left and right of
/// each `@` over the characters an address may hold, then trims quotes and dots that
/// belong to the surrounding prose. The domain must have a dot, be `localhost`, or be an
/// address literal (`[192.0.2.1]`).
pub fn find(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut floor = 0;
    memchr_iter(b'@', bytes).filter_map(move |at| {
        if at < floor {
            return None;
        }
        let found = address_around(text, floor, at);
        // Scanning never goes back past an earlier '@', so the work stays linear.
        floor = found.map_or(at + 1, |(_, end)| end);
        found
    })
}

/// The address whose '@' is at `at`, looking no further left than `floor`.
fn address_around(text: &str, floor: usize, at: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    {
        let mut start = at;
        for (i, c) in text[floor..at].char_indices().rev().take(128) {
            if !local_char(c) {
                break;
            }
            start = floor + i;
        }
        while start < at
            && matches!(
                bytes[start],
                b'\'' | b'.' | b'`' | b'=' | b'{' | b'|' | b'/'
            )
        {
            start += 1;
        }
        // X.400-style notations name the address type first ("SMTP=a@b", "RFC-822=a@b").
        for prefix in ["smtp=", "rfc-822=", "rfc822="] {
            if at - start > prefix.len()
                && starts_with_ignore_case(&bytes[start..], prefix.as_bytes())
            {
                start += prefix.len();
                break;
            }
        }
        let mut end = at + 1;
        if bytes.get(end) == Some(&b'[') {
            while end < bytes.len() && end - at < 48 && bytes[end] != b']' {
                end += 1;
            }
            if bytes.get(end) != Some(&b']') {
                return None;
            }
            end += 1;
        } else {
            // Internationalised domains may hold letters of alphabetic scripts; ideographic
            // scripts are left out, since they run on into the surrounding prose.
            for (i, c) in text[end..].char_indices() {
                let ok = if c.is_ascii() {
                    domain_byte(c as u8)
                } else {
                    c.is_alphanumeric() && !is_ideographic(c)
                };
                if !ok || i > 255 {
                    break;
                }
                end = at + 1 + i + c.len_utf8();
            }
            while end > at + 1 && matches!(bytes[end - 1], b'.' | b'-' | b'_') {
                end -= 1;
            }
            let domain = &text[at + 1..end];
            if !(domain.contains('.') || domain.eq_ignore_ascii_case("localhost")) {
                return None;
            }
        }
        if start == at || end <= at + 1 {
            return None;
        }
        Some((start, end))
    }
}

/// The addresses in `text` as written.
pub fn find_all(text: &str) -> Vec<&str> {
    find(text).map(|(s, e)| &text[s..e]).collect()
}

/// The comparable form of an address: lower case, no surrounding brackets, quotes or
/// `rfc822;` prefix.
pub fn normalize(addr: &str) -> String {
    let addr = addr.trim();
    let addr = match addr.split_once(';') {
        Some((kind, rest)) if !kind.contains('@') => rest.trim(),
        _ => addr,
    };
    let addr = addr.trim_matches(|c| matches!(c, '<' | '>' | '"' | '\'' | ' '));
    addr.to_lowercase()
}

/// The single address in a DSN field value such as `rfc822; user@example.org`, if any.
pub fn from_field(value: &str) -> Option<String> {
    find(value).next().map(|(s, e)| normalize(&value[s..e]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_addresses_in_prose() {
        assert_eq!(
            find_all("<kijitora@example.jp>: host said"),
            ["kijitora@example.jp"]
        );
        assert_eq!(
            find_all("Neko<mailto:neko@example.co.jp>"),
            ["neko@example.co.jp"]
        );
        assert_eq!(find_all("'a.b+c@example.org'."), ["a.b+c@example.org"]);
        assert_eq!(find_all("rfc822;x@[192.0.2.1]"), ["x@[192.0.2.1]"]);
        assert_eq!(find_all("root@localhost, no@dot"), ["root@localhost"]);
        assert!(find_all("a @ b and @example.org").is_empty());
        assert_eq!(
            find_all("<jürgen.weiß@bäckerei-münchen.example>"),
            ["jürgen.weiß@bäckerei-münchen.example"]
        );
        assert_eq!(find_all("宛先user@example.jpです"), ["user@example.jp"]);
        assert_eq!(
            find_all("(SMTP=pat@example.org) RFC-822=kim@example.net"),
            ["pat@example.org", "kim@example.net"]
        );
    }

    #[test]
    fn local_characters_are_the_atom_characters() {
        for b in 0u8..128 {
            let c = char::from(b);
            let atom = c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c);
            assert_eq!(local_char(c), atom, "{c:?}");
        }
    }

    #[test]
    fn normalizes() {
        assert_eq!(normalize("rfc822; <Kiji@Example.JP>"), "kiji@example.jp");
        assert_eq!(
            from_field("RFC822; user@example.org"),
            Some("user@example.org".into())
        );
    }
}
