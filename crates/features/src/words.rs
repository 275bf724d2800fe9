//! UAX #29 words, with a fast path for ASCII text.
//!
//! The featurizer splits every recipient's text into words. `unicode-segmentation` looks up
//! each character's word-break class in its tables, which costs more than the rest of the
//! featurizer together; nearly all bounce text is ASCII, where the classes are a handful of
//! byte ranges. [`words`] applies the same rules to ASCII text itself and hands other text to
//! `unicode-segmentation`, so both give the same words (a property test compares them).

use unicode_segmentation::{UnicodeSegmentation, UnicodeWords};

/// The word-break class of an ASCII byte (UAX #29, table 3), as far as the rules that can
/// join ASCII characters need it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Letter,
    Numeric,
    /// `_` (ExtendNumLet): joins with letters, digits and itself on either side.
    Connector,
    /// `:` (MidLetter): joins two letters.
    MidLetter,
    /// `,` and `;` (MidNum): join two digits.
    MidNum,
    /// `.` and `'` (MidNumLet, Single_Quote): join two letters or two digits.
    MidNumLet,
    Other,
}

/// [`class_of`] of every byte: a table lookup costs less than the branches of the match,
/// byte after byte.
const CLASSES: [Class; 256] = {
    let mut table = [Class::Other; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = class_of(b as u8);
        b += 1;
    }
    table
};

#[inline]
fn class(b: u8) -> Class {
    CLASSES[usize::from(b)]
}

const fn class_of(b: u8) -> Class {
    match b {
        b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
        b'0'..=b'9' => Class::Numeric,
        b'_' => Class::Connector,
        b':' => Class::MidLetter,
        b',' | b';' => Class::MidNum,
        b'.' | b'\'' => Class::MidNumLet,
        _ => Class::Other,
    }
}

fn joins_word(c: Class) -> bool {
    matches!(c, Class::Letter | Class::Numeric | Class::Connector)
}

/// The words of ASCII text: maximal runs joined by rules WB5 to WB13b, those holding a
/// letter or a digit (as `unicode_words` keeps only segments with an alphanumeric).
pub(crate) struct AsciiWords<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Iterator for AsciiWords<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.text.as_bytes();
        loop {
            let start = self.at;
            if start >= bytes.len() {
                return None;
            }
            let first = class(bytes[start]);
            if !joins_word(first) {
                self.at += 1;
                continue;
            }
            let mut prev = first;
            let mut end = start + 1;
            let mut alphanumeric = first != Class::Connector;
            while end < bytes.len() {
                let c = class(bytes[end]);
                if joins_word(c) {
                    // WB5, WB8-WB10, WB13a, WB13b.
                    alphanumeric |= c != Class::Connector;
                    prev = c;
                    end += 1;
                    continue;
                }
                // WB6/WB7 (letter, mid, letter) and WB11/WB12 (digit, mid, digit).
                let next = bytes.get(end + 1).map_or(Class::Other, |&b| class(b));
                let joined = match (prev, c) {
                    (Class::Letter, Class::MidLetter | Class::MidNumLet) => next == Class::Letter,
                    (Class::Numeric, Class::MidNum | Class::MidNumLet) => next == Class::Numeric,
                    _ => false,
                };
                if !joined {
                    break;
                }
                prev = next;
                end += 2;
            }
            self.at = end;
            if alphanumeric {
                return Some(&self.text[start..end]);
            }
        }
    }
}

/// The words of `text`, as `unicode_words` gives them.
pub(crate) enum Words<'a> {
    Ascii(AsciiWords<'a>),
    /// Text with some non-ASCII characters, read a space-separated piece at a time so that
    /// only the pieces holding such characters go through the tables.
    Mixed {
        rest: &'a str,
        piece: Piece<'a>,
    },
}

pub(crate) enum Piece<'a> {
    Ascii(AsciiWords<'a>),
    Unicode(UnicodeWords<'a>),
}

impl<'a> Piece<'a> {
    fn of(text: &'a str) -> Self {
        if text.is_ascii() {
            Piece::Ascii(AsciiWords { text, at: 0 })
        } else {
            Piece::Unicode(text.unicode_words())
        }
    }

    fn next(&mut self) -> Option<&'a str> {
        match self {
            Piece::Ascii(w) => w.next(),
            Piece::Unicode(w) => w.next(),
        }
    }
}

/// Splits `text` after its first space that is followed by an ASCII character. Words
/// always break around such a space (WB3d, WB999), and no rule looks across it: the
/// character after it cannot be an Extend or Format mark that would attach to it (WB4).
fn split_piece(text: &str) -> (&str, &str) {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(i) = memchr::memchr(b' ', &bytes[from..]).map(|i| from + i) {
        if bytes.get(i + 1).is_some_and(u8::is_ascii) {
            return (&text[..i], &text[i + 1..]);
        }
        from = i + 1;
    }
    (text, "")
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        match self {
            Words::Ascii(w) => w.next(),
            Words::Mixed { rest, piece } => loop {
                if let Some(word) = piece.next() {
                    return Some(word);
                }
                if rest.is_empty() {
                    return None;
                }
                let (head, tail) = split_piece(rest);
                *rest = tail;
                *piece = Piece::of(head);
            },
        }
    }
}

pub(crate) fn words(text: &str) -> Words<'_> {
    if text.is_ascii() {
        Words::Ascii(AsciiWords { text, at: 0 })
    } else {
        Words::Mixed {
            rest: text,
            piece: Piece::Ascii(AsciiWords { text: "", at: 0 }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn both(text: &str) -> (Vec<&str>, Vec<&str>) {
        (words(text).collect(), text.unicode_words().collect())
    }

    #[test]
    fn mid_characters_join_only_between_their_kinds() {
        let text = "user's mx.example.org 5.1.1 1,000 a:b 1:2 a,b a.1 1.a a_1 __ _x x_ a..b 4.";
        let (ours, theirs) = both(text);
        assert_eq!(ours, theirs);
        assert_eq!(
            ours,
            [
                "user's",
                "mx.example.org",
                "5.1.1",
                "1,000",
                "a:b",
                "1",
                "2",
                "a",
                "b",
                "a",
                "1",
                "1",
                "a",
                "a_1",
                "_x",
                "x_",
                "a",
                "b",
                "4"
            ]
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn ascii_words_are_unicode_words(text in "[a-zA-Z0-9_:,;.'\" \t\r\n\x0b\x0c@<>()=/-]{0,40}") {
            let (ours, theirs) = both(&text);
            prop_assert_eq!(ours, theirs);
        }

        #[test]
        fn mixed_words_are_unicode_words(
            text in "[a-z0-9_:,.' \n\u{e9}\u{2019}\u{301}\u{200d}\u{a0}\u{b7}\u{65e5}\u{30a2}\u{1f1ef}\u{1f1f5}\u{ff10}\u{5d0}\u{22}]{0,40}"
        ) {
            let (ours, theirs) = both(&text);
            prop_assert_eq!(ours, theirs);
        }
    }
}
