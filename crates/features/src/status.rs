//! Enhanced status codes (RFC 3463) and SMTP reply codes (RFC 5321).

use serde::{Deserialize, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// An enhanced status code `class.subject.detail`: one digit (2, 4 or 5), then up to three
/// digits, then up to three digits (`5.7.606` and `5.1.10` exist).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Status {
    pub class: u8,
    pub subject: u16,
    pub detail: u16,
}

impl Status {
    pub const fn new(class: u8, subject: u16, detail: u16) -> Self {
        Status {
            class,
            subject,
            detail,
        }
    }

    /// 5.x.x: the server gave up for good.
    pub fn is_permanent(self) -> bool {
        self.class == 5
    }

    /// 2.x.x: a success notice.
    pub fn is_success(self) -> bool {
        self.class == 2
    }

    /// `x.0.0` says nothing beyond its class.
    pub fn is_generic(self) -> bool {
        self.subject == 0 && self.detail == 0
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.class, self.subject, self.detail)
    }
}

impl FromStr for Status {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, ()> {
        match find_status(s.trim()) {
            Some((at, status, len)) if at == 0 && len == s.trim().len() => Ok(status),
            _ => Err(()),
        }
    }
}

impl Serialize for Status {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Status {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse()
            .map_err(|()| serde::de::Error::custom(format!("not a status code: {text:?}")))
    }
}

/// Reads `digits` ASCII digits at most, returning the value and how many were read.
fn digits(bytes: &[u8], at: usize, max: usize) -> Option<(u16, usize)> {
    let mut value: u16 = 0;
    let mut n = 0;
    while n < max {
        match bytes.get(at + n) {
            Some(b) if b.is_ascii_digit() => {
                value = value * 10 + u16::from(b - b'0');
                n += 1;
            }
            _ => break,
        }
    }
    (n > 0).then_some((value, n))
}

/// Finds the first enhanced status code in `text`: returns its byte offset, the code and
/// its length. A code must stand alone: not inside an IP address, a version number or a
/// longer number (`192.5.1.1`, `8.14.4`, `5.1.1.1` are not codes).
pub fn find_status(text: &str) -> Option<(usize, Status, usize)> {
    find_statuses(text).next()
}

/// Every enhanced status code in `text`, in order (see [`find_status`]).
pub fn find_statuses(text: &str) -> impl Iterator<Item = (usize, Status, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while at + 5 <= bytes.len() {
            let start = at;
            at += 1;
            let class = bytes[start];
            if !matches!(class, b'2' | b'4' | b'5') || bytes[start + 1] != b'.' {
                continue;
            }
            if start > 0 {
                let before = bytes[start - 1];
                if before.is_ascii_alphanumeric() || before == b'.' {
                    continue;
                }
            }
            let Some((subject, n1)) = digits(bytes, start + 2, 3) else {
                continue;
            };
            let dot = start + 2 + n1;
            if bytes.get(dot) != Some(&b'.') {
                continue;
            }
            let Some((detail, n2)) = digits(bytes, dot + 1, 3) else {
                continue;
            };
            let end = dot + 1 + n2;
            match bytes.get(end) {
                Some(b) if b.is_ascii_alphanumeric() => continue,
                Some(b'.') if bytes.get(end + 1).is_some_and(u8::is_ascii_digit) => continue,
                _ => {}
            }
            at = end;
            return Some((
                start,
                Status::new(class - b'0', subject, detail),
                end - start,
            ));
        }
        None
    })
}

/// The first failure code (class 4 or 5) in `text`: a success code in a transcript
/// (`250 2.1.5 Ok`) or a section number ("RFC 5321 2.3.8") is never a failure's status.
pub fn failure_status(text: &str) -> Option<Status> {
    find_statuses(text)
        .map(|(_, s, _)| s)
        .find(|s| s.class != 2)
}

/// Finds an SMTP reply code (`[245]xx`) at the start of `text` once optional markers are
/// skipped (`<<< `, `#`, `'`, `(`, spaces). Returns the code and the byte offset after it.
pub fn leading_reply_code(text: &str) -> Option<(u16, usize)> {
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len()
        && matches!(
            bytes[at],
            b' ' | b'\t' | b'<' | b'#' | b'\'' | b'"' | b'(' | b'['
        )
    {
        at += 1;
    }
    reply_code_at(bytes, at).map(|code| (code, at + 3))
}

/// A reply code starting exactly at `at`: three digits, first 2/4/5, second 0-5, then a
/// separator (space, `-`, end, or punctuation), and not part of a longer number.
pub fn reply_code_at(bytes: &[u8], at: usize) -> Option<u16> {
    let d = bytes.get(at..at + 3)?;
    if !matches!(d[0], b'2' | b'4' | b'5')
        || !(b'0'..=b'5').contains(&d[1])
        || !d[2].is_ascii_digit()
    {
        return None;
    }
    if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'.') {
        return None;
    }
    match bytes.get(at + 3) {
        None
        | Some(b' ' | b'-' | b'\t' | b'\r' | b'\n' | b':' | b',' | b')' | b'\'' | b'"' | b']') => {}
        _ => return None,
    }
    Some(u16::from(d[0] - b'0') * 100 + u16::from(d[1] - b'0') * 10 + u16::from(d[2] - b'0'))
}

/// Finds the reply code of a diagnostic: the first code that opens the text or follows a
/// marker such as `said:`, `returned '`, `<<<`, `#` or `error:`; failing those, the first
/// code directly followed by an enhanced status code (`550 5.1.1`).
pub fn find_reply_code(text: &str) -> Option<u16> {
    if let Some((code, _)) = leading_reply_code(text) {
        return Some(code);
    }
    let bytes = text.as_bytes();
    let mut fallback = None;
    for (i, window) in bytes.windows(3).enumerate() {
        if !matches!(window[0], b'2' | b'4' | b'5') {
            continue;
        }
        let Some(code) = reply_code_at(bytes, i) else {
            continue;
        };
        let before = text[..i].trim_end_matches([' ', '\t', '#', '\'', '"', '(', '<', '[']);
        let after_marker = before.is_empty()
            || before.ends_with(':')
            || before.ends_with("<<<")
            || before.ends_with('\n')
            || before.ends_with("returned")
            || before.ends_with("said")
            || before.ends_with(';');
        if after_marker {
            return Some(code);
        }
        let rest = &text[i + 3..];
        if fallback.is_none()
            && let Some((0, _, _)) = find_status(rest.trim_start_matches([' ', '-']))
        {
            fallback = Some(code);
        }
    }
    fallback
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_forms() {
        assert_eq!("5.1.1".parse(), Ok(Status::new(5, 1, 1)));
        assert_eq!("5.7.606".parse(), Ok(Status::new(5, 7, 606)));
        assert_eq!("4.4.7".parse::<Status>().unwrap().to_string(), "4.4.7");
        assert!("5.1".parse::<Status>().is_err());
        assert!("6.1.1".parse::<Status>().is_err());
        assert!("5.1.1000".parse::<Status>().is_err());
    }

    #[test]
    fn status_not_inside_numbers() {
        assert_eq!(find_status("host 192.5.1.1 said"), None);
        assert_eq!(find_status("sendmail 8.14.4/8.14.4"), None);
        assert_eq!(find_status("version 5.1.1.2"), None);
        assert_eq!(
            find_status("550-5.1.1 The email").map(|s| s.1),
            Some(Status::new(5, 1, 1))
        );
        assert_eq!(
            find_status("(#5.5.0)").map(|s| s.1),
            Some(Status::new(5, 5, 0))
        );
    }

    #[test]
    fn reply_codes() {
        assert_eq!(find_reply_code("550 5.1.1 user unknown"), Some(550));
        assert_eq!(find_reply_code("<<< 452 4.2.2 over quota"), Some(452));
        assert_eq!(
            find_reply_code("host mx[192.0.2.1] said: 554 denied"),
            Some(554)
        );
        assert_eq!(
            find_reply_code("Remote Server returned '550 5.1.1 x'"),
            Some(550)
        );
        assert_eq!(find_reply_code("at 12:30:45 2013 something"), None);
        assert_eq!(find_reply_code("port 25000 refused"), None);
    }
}
