//! JSONL, JSON, table and explain output.

use crate::{bounce, golden, json_lines};

const KEYS: &[&str] = &[
    "source",
    "message",
    "recipient",
    "original_recipient",
    "reason",
    "confidence",
    "hard",
    "permanent",
    "final",
    "action",
    "status",
    "reply_code",
    "command",
    "remote_mta",
    "diagnostic",
    "decided_by",
    "explanation",
    "original_message_id",
    "feedback_type",
];

#[test]
fn jsonl_has_every_key_and_one_line_per_recipient() {
    let file = golden("001.eml");
    let out = bounce(
        &[
            "classify",
            "--format",
            "jsonl",
            file.to_str().expect("utf-8 path"),
        ],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 2);
    for line in &lines {
        for key in KEYS {
            assert!(line.get(key).is_some(), "missing {key} in {line}");
        }
        assert_eq!(line["source"], file.to_str().expect("utf-8"));
        assert_eq!(line["message"], 0);
        let confidence = line["confidence"].as_f64().expect("a number");
        assert!((0.0..=1.0).contains(&confidence));
        assert!(!line["decided_by"].as_array().expect("a list").is_empty());
    }
    assert_eq!(lines[0]["recipient"], "j.doe@lumber-yard.example");
    assert_eq!(lines[0]["reason"], "userunknown");
    assert_eq!(lines[0]["hard"], true);
    assert_eq!(lines[0]["permanent"], true);
    assert_eq!(lines[0]["final"], true);
    assert_eq!(lines[0]["status"], "5.1.1");
    assert_eq!(lines[0]["reply_code"], 550);
    assert_eq!(lines[0]["command"], "rcpt");
    assert_eq!(
        lines[0]["original_message_id"],
        "quote-4471@acme-widgets.example"
    );
    assert_eq!(lines[1]["reason"], "mailboxfull");
    assert_eq!(lines[1]["final"], false, "the second recipient is a delay");
    assert_eq!(lines[1]["hard"], false);
}

#[test]
fn json_is_one_array_of_the_same_records() {
    let file = golden("001.eml");
    let out = bounce(
        &[
            "classify",
            "--format",
            "json",
            file.to_str().expect("utf-8"),
        ],
        None,
    );
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    assert_eq!(value.as_array().expect("an array").len(), 2);
}

#[test]
fn table_has_rows_and_a_per_reason_summary() {
    let out = bounce(
        &[
            "classify",
            "--format",
            "table",
            golden("001.eml").to_str().expect("utf-8"),
            golden("002.eml").to_str().expect("utf-8"),
        ],
        None,
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("SOURCE#MESSAGE"), "{text}");
    assert!(text.contains("j.doe@lumber-yard.example"));
    assert!(text.contains("verdict(s), 0 error(s)"), "{text}");
    assert!(
        text.lines()
            .any(|l| l.trim_start().starts_with("userunknown")),
        "{text}"
    );
}

#[test]
fn explain_shows_evidence_rules_model_and_advice() {
    let out = bounce(
        &["explain", golden("001.eml").to_str().expect("utf-8")],
        None,
    );
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for part in [
        "evidence",
        "diagnostic   550 5.1.1",
        "rules that fired",
        "model",
        "top classes",
        "verdict",
        "decided by",
        "advice",
        "Remove it from your list",
    ] {
        assert!(text.contains(part), "no {part:?} in:\n{text}");
    }
}

#[test]
fn text_mode_classifies_a_bare_diagnostic_and_a_log_line() {
    let out = bounce(
        &[
            "classify",
            "--format",
            "jsonl",
            "--text",
            "550 5.1.1 <a@example.org>: Recipient address rejected: User unknown in local recipient table",
        ],
        None,
    );
    let lines = json_lines(&out);
    assert_eq!(lines[0]["reason"], "userunknown");
    assert_eq!(lines[0]["recipient"], "a@example.org");
    let log = "Mar  3 09:12:44 mx postfix/smtp[1234]: 4F2A81C0042: to=<b@example.net>, relay=mx.example.net[192.0.2.7]:25, delay=1.2, dsn=5.2.2, status=bounced (host mx.example.net[192.0.2.7] said: 552 5.2.2 <b@example.net>: Mailbox full (in reply to RCPT TO command))";
    let lines = json_lines(&bounce(
        &["classify", "--format", "jsonl", "--text", log],
        None,
    ));
    assert_eq!(lines[0]["reason"], "mailboxfull");
    assert_eq!(lines[0]["recipient"], "b@example.net");
    assert_eq!(lines[0]["command"], "rcpt");
}

/// A report that names the recipient and no cause at all gets no cause from the model's
/// guess at a few common words ("did not"): it is on hold, for a person to look at.
#[test]
fn a_report_naming_no_cause_is_on_hold() {
    let report = "From: Postmaster <postmaster@relay.example.net>\r\n\
To: list-bounces@lists.example.org\r\n\
Subject: Undeliverable: weekly digest\r\n\
MIME-Version: 1.0\r\n\
Content-Type: text/plain; charset=us-ascii\r\n\
\r\n\
Your message\r\n\
\r\n\
To:      <petra@shop.example.com>\r\n\
Subject: weekly digest\r\n\
\r\n\
Did not reach the following recipient: petra@shop.example.com\r\n";
    let out = bounce(
        &["classify", "--format", "jsonl", "-"],
        Some(report.as_bytes()),
    );
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["recipient"], "petra@shop.example.com");
    assert_eq!(lines[0]["reason"], "onhold");
}
