//! Rules: phrase rules in many languages, provider tables, status-code tables and user
//! rule files, all in one TOML format (`rules/README.md`) and one matcher.
//!
//! Every phrase of every rule goes into one Aho-Corasick automaton, built once; matching a
//! recipient is then at most one pass over its normalised text, whatever the number of
//! rules, and the pass stops where a reading of the text's start already decides (see
//! [`Scan`]). A pattern rule's regex runs only when that pass found a literal every match
//! of the pattern must start (or end) with, so most texts never reach a regex.

mod file;

use crate::error::RuntimeError;
use aho_corasick::automaton::OverlappingState;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use bounce_features::{SmtpCommand, Status};
use bounce_model::Reason;
use regex::Regex;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Where a rule stands in the precedence (first wins).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    /// From the user's own rule file.
    User,
    /// Keyed on the remote or reporting host (provider tables).
    Provider,
    /// Wording, with or without code and stage constraints.
    Phrase,
    /// An unambiguous status code, without wording.
    StrongCode,
    /// Generic words (a phrase rule with a negative priority): weaker than a clear code.
    WeakPhrase,
    /// A status or reply code as a prior, without wording.
    Code,
}

impl Tier {
    pub fn as_str(self) -> &'static str {
        match self {
            Tier::User => "user",
            Tier::Provider => "provider",
            Tier::Phrase | Tier::WeakPhrase => "rule",
            Tier::StrongCode | Tier::Code => "code",
        }
    }

    /// The tier in words, for explanations.
    pub fn describe(self) -> &'static str {
        match self {
            Tier::User => "user rule",
            Tier::Provider => "provider rule",
            Tier::Phrase => "phrase rule",
            Tier::WeakPhrase => "generic-word rule",
            Tier::StrongCode | Tier::Code => "status-code rule",
        }
    }
}

/// A status-code constraint: a class, optionally a subject, optionally a detail
/// (`"5"`, `"5.7"`, `"5.7.1"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusPrefix {
    pub class: u8,
    pub subject: Option<u16>,
    pub detail: Option<u16>,
}

impl StatusPrefix {
    /// Reads `"5"`, `"5.7"` or `"5.7.1"`.
    pub fn parse(text: &str) -> Option<Self> {
        let mut parts = text.split('.');
        let class: u8 = parts
            .next()?
            .parse()
            .ok()
            .filter(|c| matches!(c, 2 | 4 | 5))?;
        let subject = parts.next().map(str::parse).transpose().ok()?;
        let detail = parts.next().map(str::parse).transpose().ok()?;
        if parts.next().is_some() || detail.is_some() && subject.is_none() {
            return None;
        }
        Some(StatusPrefix {
            class,
            subject,
            detail,
        })
    }

    pub fn matches(self, status: Status) -> bool {
        status.class == self.class
            && self.subject.is_none_or(|s| s == status.subject)
            && self.detail.is_none_or(|d| d == status.detail)
    }
}

/// One rule, validated.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub reason: Reason,
    pub tier: Tier,
    pub phrases: Vec<String>,
    /// Groups of words that must all occur in the text (in any order, anywhere): the same
    /// fact said with words in between ("the recipient's mailbox is completely full").
    pub all: Vec<Vec<String>>,
    pub pattern: Option<Regex>,
    pub status: Vec<StatusPrefix>,
    pub reply: Vec<u16>,
    pub command: Vec<SmtpCommand>,
    pub not_command: Vec<SmtpCommand>,
    pub host: Vec<String>,
    pub priority: i32,
    /// False when the wording decides whatever the SMTP stage (no stage adjustment).
    pub stage: bool,
}

impl Rule {
    /// How many constraints the rule has: more constraints, more specific.
    pub fn specificity(&self) -> usize {
        usize::from(!self.status.is_empty())
            + usize::from(!self.reply.is_empty())
            + usize::from(!self.command.is_empty())
            + usize::from(!self.not_command.is_empty())
            + usize::from(!self.host.is_empty())
    }

    fn constraints_hold(&self, facts: &Facts<'_>) -> bool {
        let status_ok = self.status.is_empty()
            || facts
                .statuses()
                .any(|s| self.status.iter().any(|p| p.matches(s)));
        let reply_ok =
            self.reply.is_empty() || facts.reply.is_some_and(|r| self.reply.contains(&r));
        let command_ok = self.command.is_empty() || self.command.contains(&facts.command);
        let not_command_ok = !self.not_command.contains(&facts.command);
        status_ok && reply_ok && command_ok && not_command_ok && self.host_holds(facts)
    }

    /// The rule names no host, or one of the facts' hosts is a name under one of its own.
    fn host_holds(&self, facts: &Facts<'_>) -> bool {
        self.host.is_empty()
            || facts.hosts.iter().any(|h| {
                self.host.iter().any(|suffix| {
                    h.strip_suffix(suffix.as_str())
                        .is_some_and(|head| head.is_empty() || head.ends_with('.'))
                })
            })
    }
}

/// The order in which reasons win when rules of the same tier disagree: specific causes
/// before generic ones (a blocklist named in a "user unknown" reply is still a block; a
/// queue that gave up is `expired` unless a more specific cause is named).
const REASON_ORDER: &[Reason] = &[
    Reason::VirusDetected,
    Reason::AuthFailure,
    Reason::RequirePtr,
    Reason::FailedStartTls,
    Reason::NoRelaying,
    Reason::BadReputation,
    Reason::TooManyConn,
    Reason::Speeding,
    Reason::Greylisted,
    Reason::Suppressed,
    Reason::Blocked,
    Reason::MesgTooBig,
    Reason::ExceedLimit,
    Reason::SystemFull,
    Reason::MailboxFull,
    Reason::HasMoved,
    Reason::Suspend,
    Reason::NotAccept,
    Reason::Rejected,
    Reason::HostUnknown,
    Reason::UserUnknown,
    Reason::SpamDetected,
    Reason::NotCompliantRfc,
    Reason::ContentError,
    Reason::PolicyViolation,
    Reason::Filtered,
    Reason::SecurityError,
    Reason::SyntaxError,
    Reason::MailerError,
    Reason::NetworkError,
    // A queue that gave up is `expired` unless the last error names a specific cause
    // (TAXONOMY.md); a generic system error is not one.
    Reason::Expired,
    Reason::SystemError,
    Reason::Delivered,
    Reason::Vacation,
    Reason::Feedback,
    Reason::NotBounce,
    Reason::OnHold,
    Reason::Undefined,
];

pub(crate) fn default_priority(reason: Reason) -> i32 {
    let at = REASON_ORDER
        .iter()
        .position(|&r| r == reason)
        .unwrap_or(REASON_ORDER.len());
    100 - at as i32
}

/// What the rules look at for one recipient.
#[derive(Debug, Clone)]
pub struct Facts<'a> {
    /// The recipient's text, normalised with [`bounce_features::text::squash`].
    pub text: &'a str,
    pub status: Option<Status>,
    /// The reporting server's own `Status:` when it differs from `status`.
    pub reported_status: Option<Status>,
    pub reply: Option<u16>,
    pub command: SmtpCommand,
    /// Remote MTA, reporting MTA and the domains of the report's sender and recipient,
    /// lower case.
    pub hosts: Vec<&'a str>,
}

impl Facts<'_> {
    /// The status codes a status constraint may match: the remote one and the reported one.
    pub fn statuses(&self) -> impl Iterator<Item = Status> + '_ {
        self.status.into_iter().chain(self.reported_status)
    }
}

/// The matches of the rules in one text, read only as far as a question needs: a
/// recipient's diagnostic usually decides, and the text after it is then never read.
/// Every question ([`RuleSet::hits_within`], [`RuleSet::says`]) reads the scan up to its
/// limit first.
#[derive(Debug, Clone)]
pub struct Scan<'t> {
    text: &'t str,
    state: OverlappingState,
    /// Every match ending at or before this has been recorded.
    read_to: usize,
    /// A match found while reading, ending past `read_to`: (automaton string, start, end).
    pending: Option<(usize, usize, usize)>,
    /// (rule, start, end) of the phrases, in the order their matches end.
    phrases: Vec<(usize, usize, usize)>,
    /// (rule, group, bit, end) of the words of co-occurrence groups.
    words: Vec<(usize, usize, u32, usize)>,
    /// The pattern rules whose regex has run (a gate literal of theirs occurs in the text
    /// read, or they have none), with the regex's first match in the whole text.
    patterns: BTreeMap<usize, Option<(usize, usize)>>,
}

impl Scan<'_> {
    /// (rule, start, end) of every phrase match read, then of the pattern rules' matches
    /// in rule order (the order a set of all patterns would report them in). A pattern's
    /// match is its regex's first in the whole text and may end past what was read:
    /// callers keep only the matches that end by their limit.
    fn matches(&self) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
        let patterns = self
            .patterns
            .iter()
            .filter_map(|(&rule, found)| found.map(|(start, end)| (rule, start, end)));
        self.phrases.iter().copied().chain(patterns)
    }
}

/// A rule that fired, with the phrase (or pattern) that made it fire.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub rule: usize,
    pub matched: Option<String>,
}

/// What a string of the phrase automaton is to the rule that uses it.
#[derive(Debug, Clone, Copy)]
enum Owner {
    /// One of the rule's phrases.
    Phrase(usize),
    /// A word of one of the rule's co-occurrence groups, with the word's bit.
    Word { rule: usize, group: usize, bit: u32 },
    /// A gate literal that lets the rule's pattern run.
    Gate(usize),
}

/// A compiled set of rules.
#[derive(Debug, Clone)]
pub struct RuleSet {
    rules: Vec<Rule>,
    /// Every phrase, group word and gate literal of the rules, each distinct string once.
    automaton: AhoCorasick,
    /// The owners of pattern `p` of the automaton are `owners[owner_start[p]..owner_start[p
    /// + 1]]`: a string that many rules use is found once and handed to each of them.
    owner_start: Vec<u32>,
    owners: Vec<Owner>,
    /// Pattern rules without a gate literal: their regexes run on every text.
    ungated: Vec<usize>,
    /// Rules with neither phrases nor a pattern: they fire on their constraints alone.
    /// Those whose status constraints all name a subject are listed under each (class,
    /// subject) they name, so a recipient checks only the ones its codes can meet.
    code_rules_by_status: BTreeMap<(u8, u16), Vec<usize>>,
    /// The other code rules, checked for every recipient.
    code_rules_any_status: Vec<usize>,
}

/// The built-in rule files, compiled into the binary.
const BUILTIN: &[(&str, &str)] = &[
    ("codes.toml", include_str!("../../rules/codes.toml")),
    ("providers.toml", include_str!("../../rules/providers.toml")),
    ("en.toml", include_str!("../../rules/en.toml")),
    ("de.toml", include_str!("../../rules/de.toml")),
    ("fr.toml", include_str!("../../rules/fr.toml")),
    ("es.toml", include_str!("../../rules/es.toml")),
    ("pt.toml", include_str!("../../rules/pt.toml")),
    ("it.toml", include_str!("../../rules/it.toml")),
    ("nl.toml", include_str!("../../rules/nl.toml")),
    ("pl.toml", include_str!("../../rules/pl.toml")),
    ("ru.toml", include_str!("../../rules/ru.toml")),
    ("ja.toml", include_str!("../../rules/ja.toml")),
    ("zh.toml", include_str!("../../rules/zh.toml")),
    ("ko.toml", include_str!("../../rules/ko.toml")),
];

/// Literals one of which every match of `pattern` starts with, or else ends with; `None`
/// when the pattern has no such short list (an empty literal, a large class up front).
fn gate_literals(pattern: &str) -> Option<Vec<Vec<u8>>> {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    let hir = regex_syntax::parse(pattern).ok()?;
    [ExtractKind::Prefix, ExtractKind::Suffix]
        .into_iter()
        .find_map(|kind| {
            let prefix = matches!(kind, ExtractKind::Prefix);
            let full = Extractor::new().kind(kind).extract(&hir);
            // Shorter literals are still necessary ones; they keep a long list small.
            [usize::MAX, 8, 4].into_iter().find_map(|bytes| {
                let mut seq = full.clone();
                if prefix {
                    seq.keep_first_bytes(bytes);
                } else {
                    seq.keep_last_bytes(bytes);
                }
                seq.dedup();
                let literals = seq.literals()?;
                let usable = !literals.is_empty()
                    && literals.len() <= 64
                    && literals.iter().all(|l| !l.as_bytes().is_empty());
                usable.then(|| literals.iter().map(|l| l.as_bytes().to_vec()).collect())
            })
        })
}

impl RuleSet {
    /// Compiles `rules`; ids must be unique.
    pub fn new(rules: Vec<Rule>) -> Result<Self, RuntimeError> {
        let mut ids = BTreeSet::new();
        for r in &rules {
            if !ids.insert(r.id.as_str()) {
                return Err(RuntimeError::Rules {
                    file: "(rule set)".into(),
                    message: format!("duplicate rule id {}", r.id),
                });
            }
        }
        // Each string with its owner, phrases first, then group words, then gate literals
        // (the order a scan reports the owners of one string in).
        let mut phrase_owners: Vec<(Vec<u8>, Owner)> = Vec::new();
        let mut word_owners = Vec::new();
        let mut gate_owners = Vec::new();
        let mut ungated = Vec::new();
        for (i, r) in rules.iter().enumerate() {
            for p in &r.phrases {
                phrase_owners.push((p.as_bytes().to_vec(), Owner::Phrase(i)));
            }
            for (g, group) in r.all.iter().enumerate() {
                for (w, word) in group.iter().enumerate() {
                    let owner = Owner::Word {
                        rule: i,
                        group: g,
                        bit: 1u32 << w,
                    };
                    word_owners.push((word.as_bytes().to_vec(), owner));
                }
            }
            if let Some(p) = &r.pattern {
                match gate_literals(p.as_str()) {
                    Some(literals) => {
                        gate_owners.extend(literals.into_iter().map(|l| (l, Owner::Gate(i))));
                    }
                    None => ungated.push(i),
                }
            }
        }
        let mut index: HashMap<Vec<u8>, usize> = HashMap::new();
        let mut strings: Vec<Vec<u8>> = Vec::new();
        let mut owned: Vec<Vec<Owner>> = Vec::new();
        for (string, owner) in phrase_owners
            .into_iter()
            .chain(word_owners)
            .chain(gate_owners)
        {
            let p = *index.entry(string.clone()).or_insert_with(|| {
                strings.push(string);
                owned.push(Vec::new());
                strings.len() - 1
            });
            owned[p].push(owner);
        }
        let mut owner_start = Vec::with_capacity(owned.len() + 1);
        let mut owners = Vec::new();
        for list in owned {
            owner_start.push(owners.len() as u32);
            owners.extend(list);
        }
        owner_start.push(owners.len() as u32);
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&strings)
            .map_err(|e| RuntimeError::Rules {
                file: "(rule set)".into(),
                message: e.to_string(),
            })?;
        let mut code_rules_by_status: BTreeMap<(u8, u16), Vec<usize>> = BTreeMap::new();
        let mut code_rules_any_status = Vec::new();
        for (i, r) in rules.iter().enumerate() {
            if !(r.phrases.is_empty() && r.all.is_empty() && r.pattern.is_none()) {
                continue;
            }
            let keys: Option<Vec<(u8, u16)>> = r
                .status
                .iter()
                .map(|p| p.subject.map(|subject| (p.class, subject)))
                .collect();
            match keys {
                Some(keys) if !keys.is_empty() => {
                    for key in keys {
                        code_rules_by_status.entry(key).or_default().push(i);
                    }
                }
                _ => code_rules_any_status.push(i),
            }
        }
        Ok(RuleSet {
            rules,
            automaton,
            owner_start,
            owners,
            ungated,
            code_rules_by_status,
            code_rules_any_status,
        })
    }

    /// The rules shipped with the program.
    pub fn builtin() -> Result<Self, RuntimeError> {
        let mut rules = Vec::new();
        for (name, text) in BUILTIN {
            rules.extend(file::parse(name, text, false)?);
        }
        RuleSet::new(rules)
    }

    /// The built-in rules plus a user's rule file (which wins over them).
    pub fn with_user_file(name: &str, text: &str) -> Result<Self, RuntimeError> {
        let mut rules = file::parse(name, text, true)?;
        let user = rules.len();
        for (file_name, builtin) in BUILTIN {
            rules.extend(file::parse(file_name, builtin, false)?);
        }
        if let Some(clash) = rules[..user]
            .iter()
            .find(|u| rules[user..].iter().any(|b| b.id == u.id))
        {
            return Err(RuntimeError::Rules {
                file: name.to_string(),
                message: format!(
                    "rule {}: the id is taken by a built-in rule; pick another",
                    clash.id
                ),
            });
        }
        // The built-in rules compile on their own, so whatever fails now is the user's.
        RuleSet::new(rules).map_err(|e| match e {
            RuntimeError::Rules { message, .. } => RuntimeError::Rules {
                file: name.to_string(),
                message,
            },
            other => other,
        })
    }

    /// Parses one rule file on its own (used to validate a user file).
    pub fn parse_file(name: &str, text: &str, user: bool) -> Result<Vec<Rule>, RuntimeError> {
        file::parse(name, text, user)
    }

    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// The phrase automaton's size: (distinct phrases, group words and gate literals in
    /// it, heap bytes). Every recipient's text walks it, so its size is what the caches
    /// must hold.
    pub fn automaton_size(&self) -> (usize, usize) {
        (self.automaton.patterns_len(), self.automaton.memory_usage())
    }

    /// Every rule that fires on `facts`, best first: by tier, then priority, then
    /// specificity, then id.
    pub fn hits(&self, facts: &Facts<'_>) -> Vec<Hit> {
        let mut scan = self.scan(facts.text);
        let codes = self.code_hits(facts);
        self.hits_within(&mut scan, facts, facts.text.len(), &codes)
    }

    /// The code rules (no wording) whose constraints hold for `facts`: they do not depend
    /// on the text, so a caller reading several prefixes of one text finds them once.
    pub fn code_hits(&self, facts: &Facts<'_>) -> Vec<usize> {
        let mut candidates = self.code_rules_any_status.clone();
        for status in facts.statuses() {
            if let Some(rules) = self
                .code_rules_by_status
                .get(&(status.class, status.subject))
            {
                candidates.extend(rules);
            }
        }
        // In rule order, each once, as a walk over all code rules would give them.
        candidates.sort_unstable();
        candidates.dedup();
        candidates.retain(|&r| self.rules[r].constraints_hold(facts));
        candidates
    }

    /// A scan of `text`, nothing read yet. Pattern rules without a gate literal run at
    /// once: any text may hold their matches.
    pub fn scan<'t>(&self, text: &'t str) -> Scan<'t> {
        let mut scan = Scan {
            text,
            state: OverlappingState::start(),
            read_to: 0,
            pending: None,
            // A recipient's text matches a dozen or so strings.
            phrases: Vec::with_capacity(16),
            words: Vec::with_capacity(16),
            patterns: BTreeMap::new(),
        };
        for &rule in &self.ungated {
            self.run_pattern(&mut scan, rule);
        }
        scan
    }

    /// Reads `scan` on until every match ending at or before `limit` is recorded. The
    /// automaton reports matches in the order they end, so the first one past `limit`
    /// is kept for the next read.
    fn read(&self, scan: &mut Scan<'_>, limit: usize) {
        let limit = limit.min(scan.text.len());
        if scan.read_to >= limit {
            return;
        }
        loop {
            let next = scan.pending.take().or_else(|| {
                self.automaton.find_overlapping(scan.text, &mut scan.state);
                scan.state
                    .get_match()
                    .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
            });
            let Some((string, start, end)) = next else {
                break;
            };
            if end > limit {
                scan.pending = Some((string, start, end));
                break;
            }
            let owners = self.owner_start[string] as usize..self.owner_start[string + 1] as usize;
            for &owner in &self.owners[owners] {
                match owner {
                    Owner::Phrase(rule) => scan.phrases.push((rule, start, end)),
                    Owner::Word { rule, group, bit } => {
                        scan.words.push((rule, group, bit, end));
                    }
                    // A literal can occur many times; its rule's regex runs once.
                    Owner::Gate(rule) => {
                        if !scan.patterns.contains_key(&rule) {
                            self.run_pattern(scan, rule);
                        }
                    }
                }
            }
        }
        scan.read_to = limit;
    }

    /// Runs a pattern rule's regex over the whole text. Each match holds one of the
    /// rule's gate literals, so a match ending by a limit is found once the text is read
    /// to that limit.
    fn run_pattern(&self, scan: &mut Scan<'_>, rule: usize) {
        let found = self.rules[rule]
            .pattern
            .as_ref()
            .and_then(|re| re.find(scan.text))
            .map(|m| (m.start(), m.end()));
        scan.patterns.insert(rule, found);
    }

    /// The hits of a [`Scan`] of `facts.text` among the matches that end by `limit` (read
    /// that far first), with the code rules `codes` (from [`RuleSet::code_hits`] on the
    /// same facts).
    pub fn hits_within(
        &self,
        scan: &mut Scan<'_>,
        facts: &Facts<'_>,
        limit: usize,
        codes: &[usize],
    ) -> Vec<Hit> {
        self.read(scan, limit);
        // (rule, matched byte range): the first match of each rule that fired.
        let mut candidates: Vec<(usize, Option<(usize, usize)>)> = Vec::with_capacity(16);
        // A text repeating one phrase thousands of times still adds its rule once.
        let mut seen = vec![false; self.rules.len()];
        for (rule, start, end) in scan.matches() {
            if end <= limit && !seen[rule] {
                seen[rule] = true;
                candidates.push((rule, Some((start, end))));
            }
        }
        for rule in self.complete_groups(scan, limit, |_| true) {
            if !seen[rule] {
                seen[rule] = true;
                candidates.push((rule, None));
            }
        }
        // A phrase inside a longer phrase that also fired ("size limit exceeded" inside
        // "mailbox size limit exceeded") is the less specific reading: drop it.
        let contained = |&(rule, range): &(usize, Option<(usize, usize)>)| {
            let Some((s, e)) = range else { return false };
            candidates.iter().any(|&(other, other_range)| {
                other != rule
                    && self.rules[other].tier == self.rules[rule].tier
                    && other_range.is_some_and(|(os, oe)| os <= s && e <= oe && oe - os > e - s)
            })
        };
        let mut kept: Vec<(usize, Option<(usize, usize)>)> = candidates
            .iter()
            .filter(|c| !contained(c) && self.rules[c.0].constraints_hold(facts))
            .copied()
            .collect();
        kept.extend(codes.iter().map(|&r| (r, None)));
        debug_assert!(
            std::ptr::eq(scan.text, facts.text),
            "the scan is of the facts' text"
        );
        let text = &scan.text[..limit.min(scan.text.len())];
        let mut hits: Vec<Hit> = kept
            .into_iter()
            .map(|(rule, range)| Hit {
                rule,
                matched: match range {
                    Some((s, e)) => Some(scan.text[s..e].to_string()),
                    None if !self.rules[rule].all.is_empty() => self.rules[rule]
                        .all
                        .iter()
                        .find(|g| g.iter().all(|w| text.contains(w.as_str())))
                        .map(|g| g.join(" … ")),
                    None => None,
                },
            })
            .collect();
        hits.sort_by(|a, b| {
            let (ra, rb) = (&self.rules[a.rule], &self.rules[b.rule]);
            ra.tier
                .cmp(&rb.tier)
                .then(rb.priority.cmp(&ra.priority))
                .then(rb.specificity().cmp(&ra.specificity()))
                .then(ra.id.cmp(&rb.id))
        });
        hits
    }

    pub fn rule(&self, index: usize) -> &Rule {
        &self.rules[index]
    }

    /// Whether a worded rule for `reason` matched in the text up to `limit`: its
    /// phrase, pattern or word group was found, whatever its code and stage constraints
    /// (the wording is present, even if another reason wins). User rules and generic
    /// words do not count; a provider's rule counts only for that provider's hosts.
    pub fn says(
        &self,
        scan: &mut Scan<'_>,
        facts: &Facts<'_>,
        reason: Reason,
        limit: usize,
    ) -> bool {
        self.read(scan, limit);
        let wanted = |rule: usize| {
            let r = &self.rules[rule];
            // Generic words (negative priority) do not say it; a provider's words only for
            // that provider.
            r.reason == reason && r.tier != Tier::User && r.priority >= 0 && r.host_holds(facts)
        };
        scan.matches()
            .any(|(rule, _, end)| end <= limit && wanted(rule))
            || !self.complete_groups(scan, limit, wanted).is_empty()
    }

    /// The rules (among those `wanted`) with a word group whose every word occurs in the
    /// scanned text up to `limit`, each once, in rule order.
    fn complete_groups(
        &self,
        scan: &Scan<'_>,
        limit: usize,
        wanted: impl Fn(usize) -> bool,
    ) -> Vec<usize> {
        let mut groups: BTreeMap<(usize, usize), u32> = BTreeMap::new();
        for &(rule, group, bit, end) in &scan.words {
            if end <= limit && wanted(rule) {
                *groups.entry((rule, group)).or_default() |= bit;
            }
        }
        let mut rules: Vec<usize> = groups
            .into_iter()
            .filter(|&((rule, group), bits)| {
                bits.count_ones() as usize == self.rules[rule].all[group].len()
            })
            .map(|((rule, _), _)| rule)
            .collect();
        rules.dedup();
        rules
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn gates_are_literals_every_match_needs() {
        let lits = |p: &str| {
            gate_literals(p).map(|l| {
                l.into_iter()
                    .map(|b| String::from_utf8(b).unwrap())
                    .collect::<Vec<_>>()
            })
        };
        assert_eq!(
            lits(r"\b(?:ofr|lpn)[a-z0-9]*_416\b"),
            Some(vec!["ofr".to_string(), "lpn".to_string()])
        );
        // Nothing fixed up front: the literal it must end with.
        let suffix = lits(r"(?:^|: )[a-z]+ (?:does not|doesn.t) exist").unwrap();
        assert!(suffix.iter().all(|l| l.ends_with("exist")), "{suffix:?}");
        assert_eq!(lits(r"[a-z]+\d+"), None);
    }

    #[test]
    fn every_builtin_pattern_has_a_gate() {
        let rules = RuleSet::builtin().unwrap();
        let ungated: Vec<&str> = rules
            .ungated
            .iter()
            .map(|&r| rules.rules[r].id.as_str())
            .collect();
        assert!(
            ungated.is_empty(),
            "patterns run on every text: {ungated:?}"
        );
        assert!(rules.owners.iter().any(|o| matches!(o, Owner::Gate(_))));
    }

    proptest! {
        /// The index of code rules by status finds what a walk over all of them finds.
        #[test]
        fn indexed_code_rules_are_the_ones_whose_constraints_hold(
            status in proptest::option::of((prop_oneof![Just(2u8), Just(4), Just(5)], 0u16..9, 0u16..32)),
            reported in proptest::option::of((prop_oneof![Just(4u8), Just(5)], 0u16..9, 0u16..32)),
            reply in proptest::option::of(prop_oneof![Just(421u16), Just(450), Just(550), Just(554), 200u16..600]),
            command in 0usize..4,
            host in prop_oneof![Just(""), Just("mx.gmail.com"), Just("outlook.com")],
        ) {
            let rules = &*BUILTIN;
            let commands = [SmtpCommand::Unknown, SmtpCommand::Rcpt, SmtpCommand::Data, SmtpCommand::Connect];
            let facts = Facts {
                text: "",
                status: status.map(|(c, s, d)| Status::new(c, s, d)),
                reported_status: reported.map(|(c, s, d)| Status::new(c, s, d)),
                reply,
                command: commands[command],
                hosts: vec![host],
            };
            let walked: Vec<usize> = (0..rules.rules.len())
                .filter(|&i| {
                    let r = &rules.rules[i];
                    r.phrases.is_empty() && r.all.is_empty() && r.pattern.is_none()
                        && r.constraints_hold(&facts)
                })
                .collect();
            prop_assert_eq!(rules.code_hits(&facts), walked);
        }
    }

    const PIECES: &[&str] = &[
        " ",
        ": ",
        "user ",
        "x9",
        "does not exist",
        "doesn't exist",
        "aup#i-1000",
        "aup#o1530",
        "ofrq_416",
        "lpn_999",
        "sc-002",
        "rp-001",
        "failed after 3 attempts",
        "gave up 2 days",
        "use me [203.0.113.9] as a relay",
        "mx.example.org",
        "<",
        ">",
        "550 ",
        "host ",
        "\n",
    ];

    static BUILTIN: std::sync::LazyLock<RuleSet> =
        std::sync::LazyLock::new(|| RuleSet::builtin().unwrap());

    proptest! {
        #[test]
        fn gated_patterns_fire_exactly_where_their_regexes_match(
            picks in proptest::collection::vec(0..PIECES.len(), 0..12)
        ) {
            let rules = &*BUILTIN;
            let text: String = picks.iter().map(|&i| PIECES[i]).collect();
            let mut scan = rules.scan(&text);
            rules.read(&mut scan, text.len());
            for (i, rule) in rules.rules.iter().enumerate() {
                // Pure pattern rules: a rule with phrases too would list those hits first.
                let Some(re) = rule.pattern.as_ref().filter(|_| rule.phrases.is_empty() && rule.all.is_empty()) else {
                    continue;
                };
                let found = scan.matches().find(|p| p.0 == i).map(|p| (p.1, p.2));
                let expected = re.find(&text).map(|m| (m.start(), m.end()));
                prop_assert_eq!(found, expected, "rule {} on {:?}", rule.id, text);
            }
        }
    }

    /// The scan as it was before it became lazy: one pass of the automaton over the whole
    /// text, then the regex of every pattern rule with a gate literal in it (or none).
    fn scan_eagerly<'t>(rules: &RuleSet, text: &'t str) -> Scan<'t> {
        let mut scan = Scan {
            text,
            state: OverlappingState::start(),
            read_to: text.len(),
            pending: None,
            phrases: Vec::new(),
            words: Vec::new(),
            patterns: BTreeMap::new(),
        };
        let mut gated = rules.ungated.clone();
        for m in rules.automaton.find_overlapping_iter(text) {
            let string = m.pattern().as_usize();
            let owners = rules.owner_start[string] as usize..rules.owner_start[string + 1] as usize;
            for &owner in &rules.owners[owners] {
                match owner {
                    Owner::Phrase(rule) => scan.phrases.push((rule, m.start(), m.end())),
                    Owner::Word { rule, group, bit } => {
                        scan.words.push((rule, group, bit, m.end()))
                    }
                    Owner::Gate(rule) => gated.push(rule),
                }
            }
        }
        for rule in gated {
            let found = rules.rules[rule]
                .pattern
                .as_ref()
                .and_then(|re| re.find(text));
            scan.patterns
                .insert(rule, found.map(|m| (m.start(), m.end())));
        }
        scan
    }

    fn worded_text(picks: &[usize]) -> String {
        picks
            .iter()
            .map(|&i| {
                PIECES
                    .get(i)
                    .copied()
                    .unwrap_or_else(|| WORDED[i - PIECES.len()])
            })
            .collect()
    }

    fn facts_of<'t>(text: &'t str, host: &'t str) -> Facts<'t> {
        Facts {
            text,
            status: None,
            reported_status: None,
            reply: None,
            command: SmtpCommand::Unknown,
            hosts: vec![host],
        }
    }

    /// Asks `steps` (read as the questions need) and `whole` (read before) the same
    /// questions, limit after limit.
    fn same_answers(
        rules: &RuleSet,
        facts: &Facts<'_>,
        limits: &[usize],
        steps: &mut Scan<'_>,
        whole: &mut Scan<'_>,
    ) -> Result<(), TestCaseError> {
        let codes = rules.code_hits(facts);
        for &limit in limits {
            prop_assert_eq!(
                rules.hits_within(steps, facts, limit, &codes),
                rules.hits_within(whole, facts, limit, &codes)
            );
            for reason in [Reason::Expired, Reason::UserUnknown, Reason::MailboxFull] {
                prop_assert_eq!(
                    rules.says(steps, facts, reason, limit),
                    rules.says(whole, facts, reason, limit)
                );
            }
        }
        Ok(())
    }

    proptest! {
        /// Reading a scan only as far as each question needs answers every question as
        /// the eager scan (the whole text first) does, whatever the order of the limits.
        #[test]
        fn a_scan_read_in_steps_answers_as_an_eager_one(
            picks in proptest::collection::vec(0..PIECES.len() + WORDED.len(), 0..14),
            limits in proptest::collection::vec(0usize..300, 1..4),
            host in prop_oneof![Just(""), Just("mx.gmail.com")],
        ) {
            let rules = &*BUILTIN;
            let text = worded_text(&picks);
            let facts = facts_of(&text, host);
            same_answers(rules, &facts, &limits, &mut rules.scan(&text), &mut scan_eagerly(rules, &text))?;
        }
    }

    #[test]
    fn the_scan_test_meets_phrases_groups_and_patterns() {
        // The property above is worth something only if its texts fire rules of each kind.
        let rules = &*BUILTIN;
        let picks: Vec<usize> = (0..PIECES.len() + WORDED.len()).collect();
        let text = worded_text(&picks);
        let whole = scan_eagerly(rules, &text);
        assert!(!whole.phrases.is_empty());
        assert!(!whole.words.is_empty());
        assert!(whole.patterns.values().any(Option::is_some));
        let facts = facts_of(&text, "");
        let limits = [text.len() / 3, text.len(), 0, text.len() / 2, usize::MAX];
        same_answers(
            rules,
            &facts,
            &limits,
            &mut rules.scan(&text),
            &mut scan_eagerly(rules, &text),
        )
        .unwrap();
    }

    /// Wording that fires phrase rules, group words and patterns, for the scan tests.
    const WORDED: &[&str] = &[
        "mailbox full ",
        "user unknown ",
        "no such user ",
        "could not be delivered for 5 days ",
        "message expired ",
        "blocked using zen.spamhaus.org ",
        "over quota ",
        "spam ",
        "the recipient ",
        "mailbox ",
        "is full ",
    ];
}
