//! The built-in rule files parse, and each language's phrases do what they say.

use bounce_features::SmtpCommand;
use bounce_features::text::squash;
use bounce_runtime::{Facts, Rule, RuleSet};

#[test]
fn builtin_rules_compile() {
    let rules = RuleSet::builtin().expect("built-in rules are valid");
    assert!(!rules.rules().is_empty());
}

/// The best-placed rule for a bare diagnostic (no codes, no stage, no hosts).
pub fn first_rule<'r>(rules: &'r RuleSet, text: &str) -> Option<&'r Rule> {
    let squashed = squash(text);
    let facts = Facts {
        text: &squashed,
        status: None,
        reported_status: None,
        reply: None,
        command: SmtpCommand::Unknown,
        hosts: Vec::new(),
    };
    rules.hits(&facts).first().map(|h| rules.rule(h.rule))
}

/// The reason the best-placed rule gives for a bare diagnostic.
pub fn rule_reason(rules: &RuleSet, text: &str) -> Option<String> {
    first_rule(rules, text).map(|r| r.reason.to_string())
}

/// Every way a user rule file can be wrong gives an error that names the file and says
/// what is wrong.
#[test]
fn invalid_user_rule_files_name_the_file_and_the_problem() {
    let cases: &[(&str, &str)] = &[
        ("[[rule]\nid = \"x\"", "expected"),
        (
            "[[rule]]\nid = \"  \"\nreason = \"blocked\"\nphrases = [\"a b\"]",
            "empty id",
        ),
        (
            "[[rule]]\nid = \"x\"\nreason = \"grumpy\"\nphrases = [\"a b\"]",
            "unknown reason",
        ),
        (
            "[[rule]]\nid = \"x\"\nreason = \"blocked\"\npattern = \"(unclosed\"",
            "bad pattern",
        ),
        (
            "[[rule]]\nid = \"x\"\nreason = \"blocked\"\nphrases = [\" \\t \"]",
            "empty phrase",
        ),
        (
            "[[rule]]\nid = \"x\"\nreason = \"blocked\"\nall = [[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\"]]",
            "1 to 8",
        ),
        (
            "[[rule]]\nid = \"x\"\nreason = \"blocked\"\nphrases = [\"a b\"]\nstatus = [\"9.x\"]",
            "bad status prefix",
        ),
        (
            "[[rule]]\nid = \"x\"\nreason = \"blocked\"\nphrases = [\"a b\"]\nreply = [42]",
            "bad reply code",
        ),
        (
            "[[rule]]\nid = \"x\"\nreason = \"blocked\"\nphrases = [\"a b\"]\ncommand = [\"telnet\"]",
            "unknown command",
        ),
        (
            "[[rule]]\nid = \"x\"\nreason = \"blocked\"",
            "would match everything",
        ),
        (
            "[[rule]]\nid = \"x\"\nreason = \"blocked\"\nphrases = [\"a b\"]\n[[rule]]\nid = \"x\"\nreason = \"blocked\"\nphrases = [\"c d\"]",
            "used twice",
        ),
        (
            "[[rule]]\nid = \"en.userunknown.user-unknown\"\nreason = \"blocked\"\nphrases = [\"a b\"]",
            "built-in",
        ),
        (
            "[[rule]]\nid = \"x\"\nreason = \"blocked\"\nphrases = [\"a b\"]\nflavour = \"mint\"",
            "unknown field",
        ),
    ];
    let cases = cases.iter().chain(&[(
        "[[rule]]\nid = \"x\"\nreason = \"blocked\"\npattern = 'a*'",
        "matches empty text",
    )]);
    for (text, problem) in cases {
        let err = match RuleSet::with_user_file("mine.toml", text) {
            Ok(_) => panic!("accepted: {text}"),
            Err(e) => e.to_string(),
        };
        assert!(
            err.contains("mine.toml") && err.contains(problem),
            "{text:?} gave {err:?}, expected it to name mine.toml and {problem:?}"
        );
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]

    /// Arbitrary text, and valid files with bytes spliced in, are accepted or refused,
    /// never a panic.
    #[test]
    fn arbitrary_rule_files_never_panic(
        noise in "\\PC{0,200}",
        at in 0usize..400,
    ) {
        let valid = "language = \"en\"\n[[rule]]\nid = \"mine.a\"\nreason = \"blocked\"\nphrases = [\"listed at\"]\nall = [[\"denied\", \"ip\"]]\nstatus = [\"5.7\"]\ncommand = [\"rcpt\"]\npriority = 3\n";
        let _ = RuleSet::parse_file("noise.toml", &noise, true);
        let mut spliced = valid.to_string();
        let at = (0..=at.min(spliced.len())).rev().find(|&i| spliced.is_char_boundary(i)).unwrap_or(0);
        spliced.insert_str(at, &noise);
        if let Ok(rules) = RuleSet::parse_file("spliced.toml", &spliced, true)
            && let Ok(set) = RuleSet::new(rules)
        {
            let _ = rule_reason(&set, "550 5.7.1 denied: your ip is listed at a blocklist");
        }
    }
}

/// Precedence between English rules that often fire together.
#[test]
fn english_rules_that_compete_pick_the_specific_cause() {
    let rules = RuleSet::builtin().expect("rules");
    let cases = [
        // A bare host name that does not exist is a missing host, not a missing user...
        ("553 relay.example.org does not exist", Some("hostunknown")),
        // Sendmail's deferral for a DNS timeout: temporary, a network problem.
        (
            "Deferred: Name server: relay.example.org.: host name lookup failure",
            Some("networkerror"),
        ),
        // A queue that gave up after a generic error is expired (TAXONOMY.md).
        (
            "Internal server error, try later. I'm not going to try again; this message has been in the queue too long.",
            Some("expired"),
        ),
        // ...but a specific last error keeps its reason.
        (
            "Connection timed out to mx.example.org. Delivery time expired after 5 days",
            Some("networkerror"),
        ),
        // The recipient's own size limit, not the server's.
        (
            "552 Message is too large for this recipient",
            Some("exceedlimit"),
        ),
        ("552 Message is too large", Some("mesgtoobig")),
        // The sender's address on the recipient's list is about the sender, not the IP.
        (
            "554 5.7.1 Sender address rejected: sender is on the recipient's block list",
            Some("rejected"),
        ),
        (
            "554 5.7.1 Client host rejected: blocked using bl.example.net",
            Some("blocked"),
        ),
        // SPF's own explanation is an authentication failure, not an IP block.
        (
            "550 5.7.1 SPF: 192.0.2.9 is not allowed to send mail from example.org",
            Some("authfailure"),
        ),
        (
            "553 sorry, that domain isn't in my list of allowed rcpthosts",
            Some("norelaying"),
        ),
        (
            "550 Message refused: dangerous content found",
            Some("virusdetected"),
        ),
        // Microsoft's unknown-recipient answer, and a site policy that merely sounds alike.
        (
            "550 5.4.1 Recipient address rejected: Access denied",
            Some("userunknown"),
        ),
        (
            "554 5.7.1 Recipient address rejected: Access denied by policy",
            Some("policyviolation"),
        ),
        // RFC 5321's 551 names the new place of the mailbox.
        (
            "551 User not local; please try <pat@new.example.org>",
            Some("hasmoved"),
        ),
        // A rate limit that names its cause: the cause decides.
        (
            "421 4.7.32 Mail is rate limited: the From domain is not aligned with either the authenticated SPF or DKIM domain",
            Some("authfailure"),
        ),
        (
            "451 4.4.8 Certificate of mx.example.org failed MTA-STS validation",
            Some("failedstarttls"),
        ),
        // The sender's address on a list, not the IP.
        (
            "550 5.7.1 Your sender address has been blacklisted here",
            Some("rejected"),
        ),
        ("550 Too many spams from your IP 192.0.2.4", Some("blocked")),
        (
            "550 5.2.2 Submission quota exceeded for this hour",
            Some("speeding"),
        ),
        // Broken DNS of the receiving domain is not an RFC violation of the message.
        (
            "554 The receiving domain's DNS violates RFC 1035",
            Some("systemerror"),
        ),
        (
            "553 sorry, this recipient is in my badrcptto list (#5.7.1)",
            Some("userunknown"),
        ),
        ("451 Temporary failure in MX lookup", Some("networkerror")),
    ];
    for (text, want) in cases {
        assert_eq!(rule_reason(&rules, text).as_deref(), want, "{text}");
    }
    // With a local part in front, the missing thing is the mailbox, not the host.
    for text in [
        "550 pat@relay.example.org does not exist",
        "550 User pat.lee does not exist",
    ] {
        assert_ne!(
            rule_reason(&rules, text).as_deref(),
            Some("hostunknown"),
            "{text}"
        );
    }
}

/// The reason the best-placed rule gives for `text` with a status and a reply code.
fn reason_with_codes(rules: &RuleSet, text: &str, status: &str, reply: u16) -> Option<String> {
    let text = squash(text);
    let facts = Facts {
        text: &text,
        status: status.parse::<bounce_features::Status>().ok(),
        reported_status: None,
        reply: Some(reply),
        command: SmtpCommand::Unknown,
        hosts: Vec::new(),
    };
    rules
        .hits(&facts)
        .first()
        .map(|h| rules.rule(h.rule).reason.to_string())
}

/// Size and disk-space wording follow the status subject: a mailbox status (X.2.x) makes
/// them the recipient's limit or quota, a system status (X.3.x) the server's.
#[test]
fn size_and_space_refusals_follow_the_status_subject() {
    let rules = RuleSet::builtin().expect("rules");
    let cases = [
        (
            "552 Message size exceeds fixed maximum message size",
            552,
            "5.2.3",
            "exceedlimit",
        ),
        (
            "552 Message size exceeds fixed maximum message size",
            552,
            "5.3.4",
            "mesgtoobig",
        ),
        (
            "452 Insufficient disk space; try again later",
            452,
            "4.2.2",
            "mailboxfull",
        ),
        (
            "452 Insufficient disk space; try again later",
            452,
            "4.3.1",
            "systemfull",
        ),
    ];
    for (text, reply, status, want) in cases {
        assert_eq!(
            reason_with_codes(&rules, text, status, reply).as_deref(),
            Some(want),
            "{text} with {status}"
        );
    }
}

/// RFC 4954's fixed replies to AUTH are security errors (the sender's credentials or its
/// client's settings), whatever a model makes of the word "authentication".
#[test]
fn smtp_auth_replies_are_security_errors() {
    let rules = RuleSet::builtin().expect("rules");
    for text in [
        "535 5.7.8 Authentication credentials invalid",
        "534 5.7.9 Authentication mechanism is too weak",
        "538 5.7.11 Encryption required for requested authentication mechanism",
        "432 4.7.12 A password transition is needed",
        "454 4.7.0 Temporary authentication failure",
    ] {
        assert_eq!(
            rule_reason(&rules, text).as_deref(),
            Some("securityerror"),
            "{text}"
        );
    }
}

/// A refusal that names the sender's reputation is `badreputation`, also in words no
/// specific phrase knows, and even when it names the sending IP too.
#[test]
fn reputation_wording_beats_generic_block_words() {
    let rules = RuleSet::builtin().expect("rules");
    assert_eq!(
        rule_reason(
            &rules,
            "Remote server deferred the message because of the sending IP's reputation"
        )
        .as_deref(),
        Some("badreputation")
    );
}

/// "Out of storage space" is the mailbox's unless the sentence says it is the server's.
#[test]
fn storage_wording_names_whose_storage() {
    let rules = RuleSet::builtin().expect("rules");
    assert_eq!(
        rule_reason(&rules, "The receiving server is out of storage space.").as_deref(),
        Some("systemfull")
    );
    assert_eq!(
        rule_reason(&rules, "The recipient's mailbox is out of storage space.").as_deref(),
        Some("mailboxfull")
    );
}

/// A queue that names its retry period as over has given up: a specific phrase, so the
/// model cannot outvote it as it can a bare "giving up".
#[test]
fn an_ended_retry_period_is_a_specific_expired_phrase() {
    let rules = RuleSet::builtin().expect("rules");
    let rule = first_rule(
        &rules,
        "No delivery possible within the retry period; giving up",
    )
    .expect("a rule fires");
    assert_eq!(rule.id, "en.expired.gave-up");
}

/// Common ways to name a cause that the phrase lists lacked, each read as its class.
#[test]
fn more_common_causes() {
    let rules = RuleSet::builtin().expect("rules");
    let cases = [
        (
            "Remote host gave up after 12 attempts over 3 days",
            "expired",
        ),
        ("Delivery failed 15 attempts", "expired"),
        ("anna wasn't found at example.com.", "userunknown"),
        (
            "Action Required Recipient Unknown To address",
            "userunknown",
        ),
        ("Transfer aborted after 4.5 hour(s) of trying", "expired"),
        (
            "Recipient host not reachable within the allowed queue period",
            "expired",
        ),
        (
            "Your mail was not delivered within 3 days and 2 hours.",
            "expired",
        ),
        (
            "The message has not been delivered within 48 hours.",
            "expired",
        ),
        ("The destination server did not respond", "networkerror"),
        ("Connection to mail exchanger failed", "networkerror"),
        ("Message looping between two hosts", "networkerror"),
        ("Message would exceed mailbox quota", "mailboxfull"),
        ("The account is exceeding their quota", "mailboxfull"),
        ("pat@example.org: user not known here", "userunknown"),
        (
            "You are trying to use me as a relay, which is refused",
            "norelaying",
        ),
        (
            "553-you are trying to use me [mx1.relay.example] as a relay, but I have not",
            "norelaying",
        ),
        ("451 Over-quota", "mailboxfull"),
        (
            "maildir delivery failed: the user's maildir has overdrawn his diskspace quota",
            "mailboxfull",
        ),
        ("500 (err.nosuchuser)", "userunknown"),
        ("no valid MX hosts found for example.org", "hostunknown"),
        ("subject was \"weekly offers\" (filter fail)", "filtered"),
        // An account closed for lack of use is suspended, in Spanish as in English.
        ("Esta casilla ha expirado por falta de uso.", "suspend"),
    ];
    for (text, want) in cases {
        assert_eq!(rule_reason(&rules, text).as_deref(), Some(want), "{text}");
    }
    // A count without an ending is no expiry.
    assert_ne!(
        rule_reason(&rules, "Sent 3 attempts to verify").as_deref(),
        Some("expired")
    );
}
