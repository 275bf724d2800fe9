//! Splitting an mbox file into messages.
//!
//! An mbox holds messages one after another, each opening with a `From ` line
//! (`From sender@example.org Thu Apr 29 23:34:45 2015`). A `From ` line counts as a
//! separator only when it looks like an envelope line (a sender word, then an asctime
//! date with a weekday or month name and a time of day), so a body line that begins with
//! "From " does not split a message. Writers are supposed to leave an empty line before
//! it, but not all do, so that is not required.

use memchr::memmem;

/// True when `line` (without its line break) is an mbox envelope line.
fn is_envelope(line: &[u8]) -> bool {
    let Some(rest) = line.strip_prefix(b"From ") else {
        return false;
    };
    let text = String::from_utf8_lossy(rest);
    let mut words = text.split_whitespace();
    let Some(sender) = words.next() else {
        return false;
    };
    if sender.ends_with(':') {
        return false;
    }
    // The date part names a weekday or month, or has a time of day.
    let date: Vec<&str> = words.collect();
    const NAMES: [&str; 19] = [
        "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Jan", "Feb", "Mar", "Apr", "May", "Jun",
        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let named = date.iter().any(|w| NAMES.contains(w));
    let timed = date.iter().any(|w| {
        w.len() >= 7
            && w.matches(':').count() == 2
            && w.bytes().all(|b| b.is_ascii_digit() || b == b':')
    });
    named && timed
}

/// True when `bytes` looks like an mbox: it starts with an envelope line.
pub fn is_mbox(bytes: &[u8]) -> bool {
    let end = memchr::memchr(b'\n', bytes).unwrap_or(bytes.len());
    let line = bytes[..end].strip_suffix(b"\r").unwrap_or(&bytes[..end]);
    is_envelope(line)
}

/// Where the first envelope line that follows a line break in `bytes` starts, if any. A
/// reader skipping the rest of an oversized message resumes there; the first line is not
/// looked at, since a reader's buffer may begin in the middle of one.
pub fn find_envelope(bytes: &[u8]) -> Option<usize> {
    memmem::find_iter(bytes, b"\nFrom ")
        .map(|at| at + 1)
        .find(|&start| is_mbox(&bytes[start..]))
}

/// The messages of an mbox, each starting with its own `From ` line. Bytes that do not
/// start with an envelope line are returned whole, as one message.
pub fn split(bytes: &[u8]) -> Vec<&[u8]> {
    if !is_mbox(bytes) {
        return vec![bytes];
    }
    let mut starts = vec![0];
    for at in memmem::find_iter(bytes, b"\nFrom ") {
        let line_start = at + 1;
        let end =
            memchr::memchr(b'\n', &bytes[line_start..]).map_or(bytes.len(), |n| line_start + n);
        let line = bytes[line_start..end]
            .strip_suffix(b"\r")
            .unwrap_or(&bytes[line_start..end]);
        if is_envelope(line) {
            starts.push(line_start);
        }
    }
    let mut out = Vec::with_capacity(starts.len());
    for (i, &s) in starts.iter().enumerate() {
        let e = starts.get(i + 1).copied().unwrap_or(bytes.len());
        out.push(&bytes[s..e]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_at_envelope_lines_only() {
        let mbox = b"From a@example.org Thu Apr 29 23:34:45 2015\nSubject: one\n\nFrom here on, text.\nFrom MAILER-DAEMON  Fri Feb 13 02:47:49 2015\nSubject: two\n\nbody\n";
        let parts = split(mbox);
        assert_eq!(parts.len(), 2);
        assert!(parts[1].starts_with(b"From MAILER-DAEMON"));
        assert_eq!(split(b"Subject: plain\n\nbody\n").len(), 1);
    }

    #[test]
    fn finds_the_next_envelope_line() {
        let tail = b"rest of a message\nFrom here on.\nFrom b@example.org Fri Feb 13 02:47:49 2015\nSubject: next\n";
        let at = find_envelope(tail).unwrap();
        assert!(tail[at..].starts_with(b"From b@example.org"));
        assert_eq!(find_envelope(&tail[at..]), None);
        assert_eq!(find_envelope(b"no envelope\nFrom here on.\n"), None);
    }
}
