//! Facts read from a diagnostic beyond the reason: a retry time, a blocklist.

use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;
use std::sync::LazyLock;

/// The words a stated wait starts with.
const RETRY_WORDS: [&str; 5] = ["try again", "retry", "come back", "deferred", "wait"];

static RETRY_START: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(RETRY_WORDS)
        .expect("valid words")
});

static RETRY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:try again|retry|come back|deferred|wait)(?:\s+\w+){0,3}?\s+(?:in|after|for)\s+(\d{1,6})\s*(seconds?|secs?|s\b|minutes?|mins?|m\b|hours?|hrs?|h\b)")
        .expect("valid pattern")
});

/// Seconds to wait, when the text states a time ("try again in 300 seconds"). `text` is
/// in lower case, as the rules read it.
pub fn retry_after_seconds(text: &str) -> Option<u64> {
    // Most texts name no wait: one pass of the words says so.
    RETRY_START.find(text)?;
    let caps = RETRY.captures(text)?;
    let n: u64 = caps[1].parse().ok()?;
    let factor = match caps[2].as_bytes()[0].to_ascii_lowercase() {
        b'h' => 3600,
        b'm' => 60,
        _ => 1,
    };
    Some(n * factor)
}

static LIST_HOST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b((?:[a-z0-9-]+\.)*(?:spamhaus\.org|spamcop\.net|sorbs\.net|barracudacentral\.org|uceprotect\.net|abuseat\.org|surbl\.org|uribl\.com|mailspike\.net|psbl\.surriel\.com|spameatingmonkey\.net|senderscore\.com|abusix\.zone|blocklist\.de|s5h\.net|manitu\.net)|(?:dnsbl|rbl|bl)\.[a-z0-9-]+(?:\.[a-z0-9-]+)+)",
    )
    .expect("valid pattern")
});

static LISTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:blocked using|listed (?:in|at|on|by)|rejected by)\s+([a-z0-9][a-z0-9.-]*\.[a-z]{2,})").expect("valid pattern")
});

const LIST_NAMES: &[&str] = &[
    "spamhaus",
    "spamcop",
    "sorbs",
    "barracuda",
    "uceprotect",
    "mailspike",
    "surbl",
    "uribl",
    "psbl",
    "abusix",
];

/// The DNS blocklist a refusal names: its zone, or failing that a well-known list name.
pub fn blocklist(text: &str) -> Option<String> {
    if let Some(m) = LIST_HOST.find(text) {
        return Some(m.as_str().to_ascii_lowercase());
    }
    if let Some(c) = LISTED.captures(text) {
        return Some(c[1].to_ascii_lowercase());
    }
    let lower = text.to_ascii_lowercase();
    LIST_NAMES
        .iter()
        .find(|n| lower.contains(*n))
        .map(|n| (*n).to_string())
}

/// Builds this module's matchers now rather than at their first use (see
/// [`crate::build_matchers`]).
pub(crate) fn build_matchers() {
    LazyLock::force(&RETRY_START);
    LazyLock::force(&RETRY);
    LazyLock::force(&LIST_HOST);
    LazyLock::force(&LISTED);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_times() {
        assert_eq!(
            retry_after_seconds("451 4.7.1 Greylisted, please try again in 300 seconds"),
            Some(300)
        );
        assert_eq!(retry_after_seconds("try again in 5 minutes"), Some(300));
        assert_eq!(
            retry_after_seconds("Please retry after 2 hours"),
            Some(7200)
        );
        assert_eq!(retry_after_seconds("try again later"), None);
        // The first word is not always the one that states the wait.
        assert_eq!(
            retry_after_seconds("we will retry; please wait for 90 s"),
            Some(90)
        );
    }

    #[test]
    fn blocklists() {
        assert_eq!(blocklist("554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org").as_deref(), Some("zen.spamhaus.org"));
        assert_eq!(
            blocklist("listed at bl.spamcop.net").as_deref(),
            Some("bl.spamcop.net")
        );
        assert_eq!(
            blocklist("550 IP in Spamhaus list").as_deref(),
            Some("spamhaus")
        );
        assert_eq!(blocklist("550 user unknown"), None);
    }
}
