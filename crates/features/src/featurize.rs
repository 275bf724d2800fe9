//! Sparse features of one recipient's evidence, for the naive Bayes model.
//!
//! Tokens are words of the diagnostic and the recipient's lines (UAX #29 word boundaries,
//! see `words`; lower case, NFKC), with addresses, host names, IP addresses and numbers
//! replaced by placeholders so that the model learns wording, not the names in one example.
//! Names of blocklists and providers are kept, because they carry the reason. Han and
//! Kana runs get character bigrams (UAX #29 gives one "word" per ideograph), Latin words
//! get word bigrams, and the codes get tokens of their own (`status:5.1.1`, `status:5.1`,
//! `reply:550`, `command:rcpt`).
//!
//! A token's count is capped at one and the whole vector is scaled so that its mass is at
//! most [`FeatureSettings::max_mass`]: a long transcript must not make the model more
//! certain than a short reply.

use crate::address;
use crate::report::Evidence;
use crate::text::squash;
use serde::{Deserialize, Serialize};

/// How text becomes features. Stored in the model file, so training and runtime agree.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct FeatureSettings {
    /// Bump when tokenisation changes: a model trained on other tokens must be retrained.
    pub version: u32,
    /// Add `w1_w2` bigrams of adjacent words.
    pub word_bigrams: bool,
    /// Most text bytes tokenised per recipient.
    pub max_text_bytes: usize,
    /// Total weight of one example's tokens is scaled down to this.
    pub max_mass: f32,
}

impl Default for FeatureSettings {
    fn default() -> Self {
        FeatureSettings {
            version: 2,
            word_bigrams: true,
            max_text_bytes: 2048,
            max_mass: 24.0,
        }
    }
}

/// A sparse feature vector: (token hash, weight), sorted by hash, no repeats.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Features {
    pub terms: Vec<(u64, f32)>,
}

impl Features {
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

/// FNV-1a, 64 bits: stable across runs, platforms and releases, unlike `DefaultHasher`.
pub fn hash_token(token: &str) -> u64 {
    hash_more(FNV_OFFSET, token.as_bytes())
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

#[inline]
fn fnv_step(hash: u64, byte: u8) -> u64 {
    (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
}

/// Provider and blocklist names that stay tokens even inside a host name.
const KEPT_NAMES: &[&str] = &[
    "spamhaus",
    "spamcop",
    "barracuda",
    "sorbs",
    "uceprotect",
    "surbl",
    "uribl",
    "abuseat",
    "cbl",
    "dnsbl",
    "mailspike",
    "senderscore",
    "returnpath",
    "proofpoint",
    "mimecast",
    "messagelabs",
    "symantec",
    "trendmicro",
    "ironport",
    "cloudmark",
    "google",
    "gmail",
    "outlook",
    "hotmail",
    "microsoft",
    "protection",
    "yahoo",
    "aol",
    "icloud",
    "apple",
    "orange",
    "wanadoo",
    "gmx",
    "web",
    "mail",
    "yandex",
    "qq",
    "tencent",
    "naver",
    "daum",
    "rbl",
    "bl",
    "blacklist",
    "blocklist",
    "spam",
    "virus",
    "quota",
    "spf",
    "dkim",
    "dmarc",
];

fn is_han_or_kana(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x31F0..=0x31FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF66..=0xFF9F)
}

/// Replaces addresses by a placeholder word.
fn mask_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (s, e) in address::find(text) {
        out.push_str(&text[last..s]);
        out.push_str(" xaddrx ");
        last = e;
    }
    out.push_str(&text[last..]);
    out
}

/// What a UAX #29 word stands for: itself (most words), or a placeholder for a name or a
/// number; with the token's hash.
fn word_token(word: &str) -> (&str, u64) {
    // One pass for both counts and the word's hash: most words have neither count and
    // end up as themselves.
    let (mut digits, mut dots) = (0, 0);
    let mut hash = FNV_OFFSET;
    for b in word.bytes() {
        digits += usize::from(b.is_ascii_digit());
        dots += usize::from(b == b'.');
        hash = fnv_step(hash, b);
    }
    match placeholder(word, digits, dots) {
        Some(token) => (token, hash_token(token)),
        None => (word, hash),
    }
}

/// The placeholder `word` stands for, given its counts of digits and dots.
fn placeholder(word: &str, digits: usize, dots: usize) -> Option<&'static str> {
    if digits == word.len() {
        return Some(if word.len() == 3 { "xnum3x" } else { "xnumx" });
    }
    if dots >= 1 && digits + dots == word.len() {
        return Some(if dots == 3 { "xipx" } else { "xnumx" });
    }
    if dots >= 1 && word.split('.').all(|l| !l.is_empty()) {
        let tld = word.rsplit('.').next().unwrap_or("");
        let hostlike =
            tld.len() >= 2 && tld.len() <= 6 && tld.bytes().all(|b| b.is_ascii_alphabetic());
        if hostlike {
            // A host name: keep the names that carry meaning, mask the rest.
            let kept = word
                .split(['.', '-'])
                .find_map(|part| KEPT_NAMES.iter().find(|&&name| name == part));
            return Some(kept.copied().unwrap_or("xhostx"));
        }
    }
    if digits > 0 && word.len() > 10 {
        // Long identifiers (queue ids, hashes) vary in every message.
        return Some("xidx");
    }
    None
}

/// Receives the tokens of one evidence, in order, repeats included.
trait TokenSink {
    fn token(&mut self, token: &str);

    /// A word's token (`hash` is its [`hash_token`]) and, when `bigram`, also the bigram
    /// `{previous}_{token}` with the word token handed over just before it.
    fn word(&mut self, token: &str, hash: u64, bigram: bool);
}

/// Keeps the tokens' hashes only: a bigram's hash continues its first word's, so
/// bigrams are never built.
struct Hashes {
    hashes: Vec<u64>,
    /// The hash of the last word token.
    previous: u64,
}

/// Continues an FNV-1a hash over more bytes (see [`hash_token`]).
fn hash_more(h: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(h, |h, &b| fnv_step(h, b))
}

impl TokenSink for Hashes {
    fn token(&mut self, token: &str) {
        self.hashes.push(hash_token(token));
    }

    fn word(&mut self, token: &str, hash: u64, bigram: bool) {
        self.hashes.push(hash);
        if bigram {
            let joined = hash_more(self.previous, b"_");
            self.hashes.push(hash_more(joined, token.as_bytes()));
        }
        self.previous = hash;
    }
}

/// Keeps the token strings (for training reports and explanations).
#[derive(Default)]
struct Names {
    names: Vec<String>,
    previous: String,
}

impl TokenSink for Names {
    fn token(&mut self, token: &str) {
        self.names.push(token.to_string());
    }

    fn word(&mut self, token: &str, _hash: u64, bigram: bool) {
        self.names.push(token.to_string());
        if bigram {
            self.names.push(format!("{}_{token}", self.previous));
        }
        self.previous.clear();
        self.previous.push_str(token);
    }
}

/// Hands every token of `evidence` to `sink`. `squashed` is the evidence's text
/// normalised by [`squash`] (callers that have it pass it on).
fn visit<S: TokenSink>(
    evidence: &Evidence,
    squashed: &str,
    settings: &FeatureSettings,
    sink: &mut S,
) {
    // One buffer for the code tokens: each is written, handed over and forgotten.
    let mut code = String::with_capacity(24);
    let mut code_token = |sink: &mut S, args: std::fmt::Arguments<'_>| {
        use std::fmt::Write;
        code.clear();
        let _ = code.write_fmt(args);
        sink.token(&code);
    };
    if let Some(status) = evidence.status {
        code_token(sink, format_args!("status:{status}"));
        code_token(
            sink,
            format_args!("status:{}.{}", status.class, status.subject),
        );
        code_token(sink, format_args!("status:{}", status.class));
    }
    if let Some(status) = evidence.reported_status {
        code_token(sink, format_args!("reported:{status}"));
    }
    if let Some(reply) = evidence.reply_code {
        code_token(sink, format_args!("reply:{reply}"));
        code_token(sink, format_args!("reply:{}", reply / 100));
    }
    code_token(sink, format_args!("command:{}", evidence.command.as_str()));
    if !evidence.is_final() {
        sink.token("action:delayed");
    }
    let squashed = mask_addresses(crate::text::clip(squashed, settings.max_text_bytes));
    let mut has_previous = false;
    for word in crate::words::words(&squashed) {
        let first = word.chars().next().unwrap_or(' ');
        if is_han_or_kana(first) {
            // Bigrams of the run are added below; single ideographs are weak alone.
            has_previous = false;
            continue;
        }
        let (token, hash) = word_token(word);
        sink.word(token, hash, settings.word_bigrams && has_previous);
        has_previous = true;
    }
    if squashed.is_ascii() {
        return;
    }
    // Bigrams over runs of Han and Kana characters (and the lone character of a 1-run).
    let mut run: Vec<char> = Vec::new();
    let mut buf = String::new();
    let mut flush = |run: &mut Vec<char>, sink: &mut S| {
        if run.len() == 1 {
            buf.clear();
            buf.push(run[0]);
            sink.token(&buf);
        }
        for pair in run.windows(2) {
            buf.clear();
            buf.extend(pair);
            sink.token(&buf);
        }
        run.clear();
    };
    for c in squashed.chars() {
        if is_han_or_kana(c) {
            run.push(c);
        } else if !run.is_empty() {
            flush(&mut run, sink);
        }
    }
    flush(&mut run, sink);
}

/// The token strings of `evidence` (for training reports and explanations).
pub fn tokens(evidence: &Evidence, settings: &FeatureSettings) -> Vec<String> {
    let mut names = Names::default();
    visit(evidence, &squash(&evidence.text()), settings, &mut names);
    names.names
}

/// Sparse features with the default settings.
pub fn featurize(evidence: &Evidence) -> Features {
    featurize_with(evidence, &FeatureSettings::default())
}

/// Sparse features: each distinct token once, the vector scaled to at most `max_mass`.
pub fn featurize_with(evidence: &Evidence, settings: &FeatureSettings) -> Features {
    featurize_squashed(evidence, &squash(&evidence.text()), settings)
}

/// [`featurize_with`] for a caller that already holds `squash(&evidence.text())`.
pub fn featurize_squashed(
    evidence: &Evidence,
    squashed: &str,
    settings: &FeatureSettings,
) -> Features {
    let mut hashes = Hashes {
        hashes: Vec::with_capacity(64),
        previous: 0,
    };
    visit(evidence, squashed, settings, &mut hashes);
    let mut hashes = hashes.hashes;
    hashes.sort_unstable();
    hashes.dedup();
    weigh(hashes, settings.max_mass)
}

/// [`featurize_with`], with the token names aligned with `Features::terms` (for training,
/// where the model keeps names to explain itself).
pub fn featurize_named(evidence: &Evidence, settings: &FeatureSettings) -> (Features, Vec<String>) {
    let mut names = Names::default();
    visit(evidence, &squash(&evidence.text()), settings, &mut names);
    let mut named: Vec<(u64, String)> = names
        .names
        .into_iter()
        .map(|t| (hash_token(&t), t))
        .collect();
    named.sort();
    named.dedup_by_key(|(h, _)| *h);
    let (hashes, names) = named.into_iter().unzip();
    (weigh(hashes, settings.max_mass), names)
}

/// Each distinct token weighs one, scaled down so the total is at most `max_mass`.
fn weigh(hashes: Vec<u64>, max_mass: f32) -> Features {
    let weight = if hashes.len() as f32 > max_mass {
        max_mass / hashes.len() as f32
    } else {
        1.0
    };
    Features {
        terms: hashes.into_iter().map(|h| (h, weight)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{SmtpCommand, Status};

    fn evidence(diagnostic: &str) -> Evidence {
        Evidence {
            status: Some(Status::new(5, 1, 1)),
            reply_code: Some(550),
            command: SmtpCommand::Rcpt,
            diagnostic: diagnostic.to_string(),
            ..Evidence::default()
        }
    }

    #[test]
    fn masks_names_and_numbers() {
        let t = tokens(
            &evidence(
                "550 5.1.1 <kiji@example.jp>... User Unknown at mx.example.jp [192.0.2.1] zen.spamhaus.org",
            ),
            &FeatureSettings::default(),
        );
        assert!(t.contains(&"status:5.1.1".to_string()));
        assert!(t.contains(&"status:5.1".to_string()));
        assert!(t.contains(&"reply:550".to_string()));
        assert!(t.contains(&"command:rcpt".to_string()));
        assert!(t.contains(&"user_unknown".to_string()));
        assert!(t.contains(&"xaddrx".to_string()));
        assert!(t.contains(&"xhostx".to_string()));
        assert!(t.contains(&"xipx".to_string()));
        assert!(t.contains(&"spamhaus".to_string()));
        assert!(
            !t.iter()
                .any(|x| x.contains("kiji") || x.contains("example"))
        );
    }

    #[test]
    fn han_and_kana_bigrams() {
        let t = tokens(
            &evidence("宛先不明のため配信できません"),
            &FeatureSettings::default(),
        );
        assert!(t.contains(&"宛先".to_string()));
        assert!(t.contains(&"不明".to_string()));
        assert!(t.contains(&"配信".to_string()));
    }

    #[test]
    fn deterministic_and_capped() {
        let e = evidence(&"spam ".repeat(500));
        let a = featurize(&e);
        assert_eq!(a, featurize(&e));
        let mass: f32 = a.terms.iter().map(|t| t.1).sum();
        assert!(mass <= FeatureSettings::default().max_mass + 1e-3);
        assert!(a.terms.windows(2).all(|w| w[0].0 < w[1].0));
    }

    proptest::proptest! {
        /// Training names the tokens and hashes the names; the runtime hashes as it goes
        /// (bigrams from their first word's hash). Both must give the same features.
        #[test]
        fn named_and_hashed_features_agree(
            text in "(user|unknown|mx\\.spamhaus\\.org|550|192\\.0\\.2\\.1|a1b2c3d4e5f6|x@y\\.jp|宛先不明|_|[a-z.:]{1,6}|[ \n,;]){0,24}",
        ) {
            let e = evidence(&text);
            let settings = FeatureSettings::default();
            proptest::prop_assert_eq!(featurize_named(&e, &settings).0, featurize_with(&e, &settings));
        }
    }
}
