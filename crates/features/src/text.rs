//! Text helpers shared by the parser, the featurizer and the rules.

use std::borrow::Cow;
use unicode_normalization::UnicodeNormalization;

/// Lower-cases `text`, folds full-width and compatibility forms (NFKC) and collapses every
/// run of white space into one space. Rules and features both match on this form, so
/// "User  Unknown", "user\n    unknown" and "ＵＳＥＲ ＵＮＫＮＯＷＮ" read the same.
pub fn squash(text: &str) -> String {
    if text.is_ascii() {
        return squash_ascii(text.as_bytes());
    }
    // Most text is already in normal form: skip the costly composition then.
    if nfkc_quick_yes(text) {
        squash_chars(text.chars(), text.len())
    } else {
        squash_chars(text.nfkc(), text.len())
    }
}

/// [`squash`] of normalised characters: one loop for each source of them, so that the
/// common one (the text's own characters) is not read through a dynamic call each.
fn squash_chars(chars: impl Iterator<Item = char>, capacity: usize) -> String {
    let mut out = String::with_capacity(capacity);
    let mut space = true;
    for c in chars {
        if c.is_whitespace() {
            if !space {
                out.push(' ');
                space = true;
            }
            continue;
        }
        space = false;
        match c {
            // Typographic apostrophes and the Russian ё are written both ways.
            '\u{2019}' | '\u{2018}' | '\u{02bc}' => out.push('\''),
            'ё' | 'Ё' => out.push('е'),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            // Han, Kana and Hangul have no case.
            c if ('\u{3040}'..='\u{D7AF}').contains(&c) => out.push(c),
            c => out.extend(c.to_lowercase()),
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// `squash(head_text + "\n" + tail)` from `head = squash(head_text)`: a line break ends any
/// white-space run and composes with nothing, so the two sides normalise apart and meet
/// at one space (none when either is empty).
pub fn squash_after(mut head: String, tail: &str) -> String {
    let tail = squash(tail);
    head.reserve_exact(1 + tail.len());
    if !head.is_empty() && !tail.is_empty() {
        head.push(' ');
    }
    head.push_str(&tail);
    head
}

/// Characters that are in NFKC and start a new combining sequence whatever surrounds them:
/// the letters of the scripts our mail is mostly written in. The NFKC quick check costs
/// a few hundred instructions for every other character (it looks up each one's combining
/// class, quick-check property and, for stream safety, decomposition), so the common
/// letters of every script we meet belong here.
fn stable_starter(c: char) -> bool {
    matches!(c,
        '\0'..='\u{7f}'
        | '\u{c0}'..='\u{131}'       // Latin-1 letters, Latin Extended-A
        | '\u{14a}'..='\u{17e}'
        | '\u{180}'..='\u{1c3}'      // Latin Extended-B
        | '\u{1cd}'..='\u{1f0}'
        | '\u{1f4}'..='\u{24f}'
        | '\u{388}'..='\u{3cf}'      // Greek
        | '\u{400}'..='\u{482}'      // Cyrillic, without its combining marks
        | '\u{48a}'..='\u{4ff}'
        | '\u{5d0}'..='\u{5ea}'      // Hebrew letters
        | '\u{620}'..='\u{64a}'      // Arabic letters
        | '\u{660}'..='\u{66f}'      // Arabic-Indic digits, Arabic punctuation
        | '\u{679}'..='\u{6d5}'
        | '\u{904}'..='\u{939}'      // Devanagari letters
        | '\u{e01}'..='\u{e30}'      // Thai letters
        | '\u{3001}'..='\u{3002}'    // ideographic comma and full stop
        | '\u{3041}'..='\u{3096}'    // hiragana
        | '\u{30a1}'..='\u{30fa}'    // katakana
        | '\u{30fc}'                  // prolonged sound mark
        | '\u{4e00}'..='\u{9fff}'    // CJK unified ideographs
        | '\u{ac00}'..='\u{d7a3}'    // Hangul syllables
        | '\u{fffd}'                 // the replacement character of undecodable text
    )
}

/// The NFKC quick check ("yes" answers only), asked of the runs between [`stable_starter`]s
/// alone. Such a character resets the check's state, so the answer is the whole text's,
/// while a Japanese or Russian text costs no table lookups for most of its characters.
fn nfkc_quick_yes(text: &str) -> bool {
    let yes = |run: &str| {
        unicode_normalization::is_nfkc_quick(run.chars())
            == unicode_normalization::IsNormalized::Yes
    };
    let mut run_start = None;
    for (at, c) in text.char_indices() {
        if stable_starter(c) {
            if let Some(start) = run_start.take()
                && !yes(&text[start..at])
            {
                return false;
            }
        } else if run_start.is_none() {
            run_start = Some(at);
        }
    }
    run_start.is_none_or(|start| yes(&text[start..]))
}

/// [`squash`] for ASCII, the common case: runs of words are copied whole, a space between
/// each two, and the copy is lowered in one pass.
fn squash_ascii(bytes: &[u8]) -> String {
    debug_assert!(
        bytes.is_ascii(),
        "the word search below holds for ASCII only"
    );
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    loop {
        while at < bytes.len() && ascii_white(bytes[at]) {
            at += 1;
        }
        if at == bytes.len() {
            break;
        }
        if !out.is_empty() {
            out.push(b' ');
        }
        // A run of words with one space between each two is copied as it stands: it
        // usually ends only at the line's end.
        let mut end = next_white(bytes, at);
        while bytes.get(end) == Some(&b' ') && bytes.get(end + 1).is_some_and(|&b| !ascii_white(b))
        {
            end = next_white(bytes, end + 1);
        }
        out.extend_from_slice(&bytes[at..end]);
        at = end;
    }
    out.make_ascii_lowercase();
    String::from_utf8(out).expect("ASCII in, ASCII out")
}

/// White space among ASCII characters, as `char::is_whitespace` has it.
fn ascii_white(b: u8) -> bool {
    b.is_ascii_whitespace() || b == 0x0b
}

const LOW_BITS: u64 = 0x0101_0101_0101_0101;
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Where the first white-space byte at or after `at` in ASCII `bytes` is (their length if
/// none is). Eight bytes are tested at a time for one at or below the space: adding 0x5f
/// to an ASCII byte sets its high bit exactly when it is above 0x20, and never carries
/// into the next byte.
fn next_white(bytes: &[u8], mut at: usize) -> usize {
    while let Some(chunk) = bytes.get(at..at + 8) {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let low = !word.wrapping_add(LOW_BITS * 0x5f) & HIGH_BITS;
        if low == 0 {
            at += 8;
            continue;
        }
        let first = at + (low.trailing_zeros() / 8) as usize;
        if ascii_white(bytes[first]) {
            return first;
        }
        // A control character, not white space: go on after it.
        at = first + 1;
    }
    while at < bytes.len() && !ascii_white(bytes[at]) {
        at += 1;
    }
    at
}

/// `haystack.contains(needle)`, cheaper for the short texts of one recipient: the standard
/// search first preprocesses the whole needle (a line, often), while most candidate places
/// are ruled out by the needle's first byte. The direct comparison is kept to texts whose
/// sizes bound its worst case; longer ones take the standard search.
pub fn contains_line(haystack: &str, needle: &str) -> bool {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else {
        return true;
    };
    if n.len() > h.len() {
        return false;
    }
    if h.len().saturating_mul(n.len()) > 1 << 16 {
        return haystack.contains(needle);
    }
    memchr::memchr_iter(first, &h[..=h.len() - n.len()]).any(|at| h[at..].starts_with(n))
}

/// `text` with ASCII letters in lower case, copied only when it has capitals.
pub(crate) fn ascii_lowercase(text: &str) -> Cow<'_, str> {
    if text.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(text.to_ascii_lowercase())
    } else {
        Cow::Borrowed(text)
    }
}

/// `bytes` starts with `prefix`, ASCII letters compared without case.
#[inline]
pub(crate) fn starts_with_ignore_case(bytes: &[u8], prefix: &[u8]) -> bool {
    bytes.len() >= prefix.len() && bytes[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// Turns CRLF and lone CR into LF.
pub fn unix_newlines(text: &str) -> Cow<'_, str> {
    if !text.contains('\r') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('\r') {
        out.push_str(&rest[..at]);
        out.push('\n');
        rest = &rest[at + 1..];
        if let Some(after) = rest.strip_prefix('\n') {
            rest = after;
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn squash_forms() {
        assert_eq!(squash("  User\n    Unknown\t"), "user unknown");
        assert_eq!(squash("ＵＳＥＲ　ＵＮＫＮＯＷＮ"), "user unknown");
        assert_eq!(squash("Benutzer Unbekannt"), "benutzer unbekannt");
        assert_eq!(squash("l’adresse Ёлка"), "l'adresse елка");
    }

    proptest::proptest! {
        /// Normalising a text in two parts split at a line break, then joining them with one
        /// space, gives the normal form of the whole (the parser and the runtime rely on it
        /// to normalise a text once).
        #[test]
        fn squash_splits_at_a_line_break(
            a in "[a-zA-Z \t\u{85}\u{a0}\u{301}\u{1100}\u{1161}\u{ff21}\u{2019}ёЁ]{0,12}",
            b in "[a-zA-Z \t\n\u{85}\u{a0}\u{301}\u{1100}\u{1161}\u{ff21}\u{2019}ёЁ]{0,12}",
        ) {
            let whole = squash(&format!("{a}\n{b}"));
            proptest::prop_assert_eq!(&whole, &squash_after(squash(&a), &b));
            // The runtime hands over the tail with its line break still in front.
            proptest::prop_assert_eq!(&whole, &squash_after(squash(&a), &format!("\n{b}")));
        }
    }

    #[test]
    fn stable_starters_are_normalised_starters() {
        use unicode_normalization::char::canonical_combining_class;
        for c in (0..=0x10ffff_u32)
            .filter_map(char::from_u32)
            .filter(|&c| stable_starter(c))
        {
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            assert!(
                unicode_normalization::is_nfkc_quick(std::iter::once(c))
                    == unicode_normalization::IsNormalized::Yes,
                "{c:?}"
            );
        }
    }

    proptest::proptest! {
        /// The run-at-a-time ASCII path reads as splitting at white space would.
        #[test]
        fn ascii_squash_is_split_and_lowered(text in "[a-zA-Z@\\[`{0-9 \t\n\r\x0b\x0c\x00-\x1f\x7f]{0,40}") {
            let want = text
                .split(|c: char| c.is_whitespace())
                .filter(|w| !w.is_empty())
                .map(str::to_ascii_lowercase)
                .collect::<Vec<_>>()
                .join(" ");
            proptest::prop_assert_eq!(squash(&text), want);
        }
    }

    proptest::proptest! {
        /// The run-wise quick check answers as the whole-text one does.
        #[test]
        fn quick_check_by_runs(text in "[aé\u{301}\u{a0}\u{3099}\u{309b}カか漢가\u{11a8}\u{ff21}ёж\u{483}αάعक\u{93c}\u{94d}ก\u{e31}\u{fffd}\u{308}\u{5b4}\u{64e}\u{650}\u{e38}\u{e48}\u{145}]{0,16}") {
            let whole = unicode_normalization::is_nfkc_quick(text.chars())
                == unicode_normalization::IsNormalized::Yes;
            proptest::prop_assert_eq!(nfkc_quick_yes(&text), whole);
        }
    }

    proptest::proptest! {
        #[test]
        fn contains_line_is_contains(haystack in "[abé日 ]{0,300}", needle in "[abé日 ]{0,6}") {
            proptest::prop_assert_eq!(contains_line(&haystack, &needle), haystack.contains(&needle));
            // Past the size bound, the standard search answers.
            let long = haystack.repeat(300);
            proptest::prop_assert_eq!(contains_line(&long, &needle), long.contains(&needle));
        }
    }

    proptest::proptest! {
        #[test]
        fn newlines_any_mix(text in "[ab\r\n]{0,24}") {
            let want = text.replace("\r\n", "\n").replace('\r', "\n");
            proptest::prop_assert_eq!(unix_newlines(&text), want);
        }
    }

    #[test]
    fn newlines() {
        assert_eq!(unix_newlines("a\r\nb\rc\n"), "a\nb\nc\n");
    }
}
