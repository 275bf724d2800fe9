//! Bad input never panics and never hangs: every input gets a `ParseError` or a
//! best-effort `Report`, with the work bounded by `Limits` (not by timers).

use bounce_features::{Limits, ParseError, mbox, parse, parse_with};
use proptest::prelude::*;
use std::path::Path;

fn golden_messages() -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/golden");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("golden dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| std::fs::read(p).expect("readable"))
        .collect()
}

#[test]
fn empty_and_blank_input_is_an_error() {
    assert_eq!(parse(b""), Err(ParseError::Empty));
    assert_eq!(parse(b" \r\n\t\n"), Err(ParseError::Empty));
    assert_eq!(
        parse(b"\x00\x01\x02 not a header at all"),
        Err(ParseError::NoHeaders)
    );
}

#[test]
fn deep_nesting_stops_at_the_depth_limit() {
    let mut message = String::from(
        "From: a@example.org\nSubject: deep\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b0\"\n\n",
    );
    for level in 1..=1000 {
        message.push_str(&format!(
            "--b{}\nContent-Type: multipart/mixed; boundary=\"b{level}\"\n\n",
            level - 1
        ));
    }
    message.push_str("--b1000\nContent-Type: text/plain\n\nbottom\n");
    assert_eq!(
        parse(message.as_bytes()),
        Err(ParseError::TooDeep {
            limit: Limits::default().max_depth
        })
    );
}

#[test]
fn many_parts_stop_at_the_part_limit() {
    let mut message =
        String::from("From: a@example.org\nContent-Type: multipart/mixed; boundary=\"x\"\n\n");
    for _ in 0..10_000 {
        message.push_str("--x\nContent-Type: text/plain\n\nhello\n");
    }
    message.push_str("--x--\n");
    assert!(matches!(
        parse(message.as_bytes()),
        Err(ParseError::TooManyParts { .. })
    ));
}

#[test]
fn many_headers_stop_at_the_header_limit() {
    let mut message = String::new();
    for i in 0..5_000 {
        message.push_str(&format!("X-Filler-{i}: value\n"));
    }
    message.push_str("\nbody\n");
    assert!(matches!(
        parse(message.as_bytes()),
        Err(ParseError::TooManyHeaders { .. })
    ));
}

#[test]
fn a_50_mb_body_is_read_best_effort_or_refused_by_size() {
    let mut message = b"From: MAILER-DAEMON@example.org\nSubject: Undelivered Mail Returned to Sender\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n--B\nContent-Type: text/plain\n\n<lost@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n\n--B\nContent-Type: message/rfc822\n\nFrom: sender@example.org\nSubject: big\n\n".to_vec();
    message.extend(std::iter::repeat_n(b'A', 50 << 20));
    message.extend_from_slice(b"\n--B--\n");
    let report = parse(&message).expect("within the default size limit");
    assert_eq!(report.recipients.len(), 1);
    assert_eq!(
        report.recipients[0].recipient.as_deref(),
        Some("lost@example.net")
    );
    let small = Limits {
        max_message_bytes: 1 << 20,
        ..Limits::default()
    };
    assert!(matches!(
        parse_with(&message, &small),
        Err(ParseError::TooLarge { .. })
    ));
}

#[test]
fn a_huge_text_part_and_endless_lines_are_cut() {
    let mut message = b"From: MAILER-DAEMON@example.org\nSubject: failure notice\n\n<x@example.net>:\n550 5.1.1 no such user\n".to_vec();
    message.extend(std::iter::repeat_n(b'z', 20 << 20));
    let report = parse(&message).expect("best effort");
    assert_eq!(
        report.recipients[0].recipient.as_deref(),
        Some("x@example.net")
    );
}

#[test]
fn too_many_recipients_are_truncated_and_say_so() {
    let mut message = String::from(
        "From: MAILER-DAEMON@example.org\nSubject: Undelivered Mail Returned to Sender\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n--B\nContent-Type: text/plain\n\nfailed\n--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n",
    );
    for i in 0..10_000 {
        message.push_str(&format!(
            "\nFinal-Recipient: rfc822; user{i}@example.net\nAction: failed\nStatus: 5.1.1\n"
        ));
    }
    message.push_str("\n--B--\n");
    let report = parse(message.as_bytes()).expect("parses");
    assert!(report.truncated);
    assert_eq!(report.recipients.len(), Limits::default().max_recipients);
    assert_eq!(
        report.recipients[0].recipient.as_deref(),
        Some("user0@example.net")
    );
}

#[test]
fn free_text_and_header_lists_over_the_limit_are_truncated_too() {
    let limits = Limits {
        max_recipients: 50,
        ..Limits::default()
    };
    // A Postfix-style report naming 120 recipients in its text.
    let mut text = String::from(
        "From: MAILER-DAEMON@example.org\nSubject: Undelivered Mail Returned to Sender\n\nI'm sorry to have to inform you that your message could not be delivered.\n\n",
    );
    for i in 0..120 {
        text.push_str(&format!(
            "<user{i}@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 unknown user (in reply to RCPT TO command)\n"
        ));
    }
    let report = parse_with(text.as_bytes(), &limits).expect("parses");
    assert!(report.truncated);
    assert_eq!(report.recipients.len(), 50);
    assert_eq!(
        report.recipients[49].recipient.as_deref(),
        Some("user49@example.net")
    );

    // X-Failed-Recipients with 120 addresses (and every one repeated).
    let list: Vec<String> = (0..240)
        .map(|i| format!("user{}@example.net", i % 120))
        .collect();
    let message = format!(
        "From: Mail Delivery System <MAILER-DAEMON@example.org>\nX-Failed-Recipients: {}\nSubject: Mail delivery failed\n\nA message could not be delivered.\n",
        list.join(", ")
    );
    let report = parse_with(message.as_bytes(), &limits).expect("parses");
    assert!(report.truncated);
    assert_eq!(report.recipients.len(), 50);

    // Exactly at the limit: nothing is cut.
    let limits = Limits {
        max_recipients: 120,
        ..limits
    };
    let report = parse_with(text.as_bytes(), &limits).expect("parses");
    assert!(!report.truncated);
    assert_eq!(report.recipients.len(), 120);
}

/// A huge To: header and a DSN spread over many parts stay linear and within the limit.
#[test]
fn long_address_lists_and_many_dsn_parts_stay_bounded() {
    let to: Vec<String> = (0..50_000).map(|i| format!("a{i}@example.org")).collect();
    let mut message = format!(
        "From: MAILER-DAEMON@example.org\nTo: {}\nSubject: Delivery Status Notification (Failure)\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n--B\nContent-Type: text/plain\n\nfailed\n",
        to.join(", ")
    );
    for part in 0..200 {
        message.push_str(
            "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n",
        );
        for r in 0..100 {
            message.push_str(&format!(
                "\nFinal-Recipient: rfc822; p{part}r{r}@example.net\nAction: failed\nStatus: 5.1.1\n"
            ));
        }
    }
    message.push_str("--B--\n");
    let report = parse(message.as_bytes()).expect("parses");
    assert!(report.truncated);
    assert_eq!(report.recipients.len(), Limits::default().max_recipients);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    /// Random bytes: an error or a report, never a panic.
    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = parse(&bytes);
        let _ = mbox::split(&bytes);
    }

    /// Random text built from the pieces bounces are made of.
    #[test]
    fn bounce_shaped_noise_never_panics(pieces in proptest::collection::vec(prop::sample::select(vec![
        "From: MAILER-DAEMON@example.org\n", "Content-Type: multipart/report; boundary=\"b\"\n", "\n", "--b\n", "--b--\n",
        "Content-Type: message/delivery-status\n", "Final-Recipient: rfc822; a@example.net\n", "Action: failed\n",
        "Status: 5.1.1\n", "Diagnostic-Code: smtp; 550-5.1.1 no\n", "   continued\n", "<a@example.net>: 550 5.1.1 x\n",
        ">>> RCPT TO:<a@example.net>\n", "<<< 550 5.1.1 unknown\n", "Content-Transfer-Encoding: base64\n", "=?utf-8?B?w6k=?=\n",
        "Content-Type: message/rfc822\n", "Content-Type: text/plain; charset=utf-7\n", "\r\n", "\r", "\u{fffd}", "@", ":",
    ]), 0..80)) {
        let text: String = pieces.concat();
        let _ = parse(text.as_bytes());
    }
}

/// Every golden message, cut at many points and with bytes flipped, still parses or
/// fails cleanly.
#[test]
fn truncated_and_corrupted_golden_messages_never_panic() {
    for message in golden_messages() {
        let step = (message.len() / 97).max(1);
        for cut in (0..message.len()).step_by(step) {
            let _ = parse(&message[..cut]);
        }
        let mut flipped = message.clone();
        for i in (0..flipped.len()).step_by(step) {
            flipped[i] ^= 0x5a;
        }
        let _ = parse(&flipped);
    }
}
