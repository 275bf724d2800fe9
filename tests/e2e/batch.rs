//! A long mbox with broken messages scattered through it: every message is accounted for,
//! in order, by its verdicts or by exactly one error line, and a report over the recipient
//! limit gives the first verdicts marked truncated.

use crate::{bounce, json_lines};
use std::io::Write;

const MESSAGES: usize = 3_000;

/// A small deterministic generator, so a failure can be reproduced.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn envelope(i: usize) -> String {
    format!(
        "From MAILER-DAEMON Sat Nov 28 05:{:02}:{:02} 2026\n",
        i / 60 % 60,
        i % 60
    )
}

/// An ordinary Postfix-style bounce for one recipient whose address carries the index.
fn good(i: usize) -> Vec<u8> {
    format!(
        "From: MAILER-DAEMON@mx{i}.example.net (Mail Delivery System)\n\
         To: sender@example.org\n\
         Subject: Undelivered Mail Returned to Sender\n\
         Content-Type: text/plain\n\n\
         I'm sorry to have to inform you that your message could not\n\
         be delivered to one or more recipients.\n\n\
         <rcpt{i}@example.com>: host mx{i}.example.com[192.0.2.7] said: 550 5.1.1\n\
         \x20   <rcpt{i}@example.com>: Recipient address rejected: User unknown in\n\
         \x20   virtual mailbox table (in reply to RCPT TO command)\n"
    )
    .into_bytes()
}

/// A DSN listing `n` recipients.
fn many_recipients(n: usize) -> Vec<u8> {
    let mut m = String::from(
        "From: postmaster@example.net\nTo: sender@example.org\nSubject: Delivery Status Notification (Failure)\n\
         MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n\
         --b\nContent-Type: text/plain\n\nDelivery failed for many recipients.\n\n\
         --b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n",
    );
    for r in 0..n {
        m.push_str(&format!(
            "\nFinal-Recipient: rfc822; many{r}@example.com\nAction: failed\nStatus: 5.1.1\n"
        ));
    }
    m.push_str("\n--b--\n");
    m.into_bytes()
}

/// A multipart nested `depth` levels deep.
fn nested(depth: usize) -> Vec<u8> {
    let mut m = String::from("From: postmaster@example.net\nSubject: nested\n");
    for d in 0..depth {
        m.push_str(&format!(
            "Content-Type: multipart/mixed; boundary=\"n{d}\"\n\n--n{d}\n"
        ));
    }
    m.push_str("Content-Type: text/plain\n\ndeep\n");
    for d in (0..depth).rev() {
        m.push_str(&format!("--n{d}--\n"));
    }
    m.into_bytes()
}

/// Random bytes that cannot be mistaken for an mbox envelope line.
fn garbage(rng: &mut XorShift, len: usize) -> Vec<u8> {
    (0..len)
        .map(|_| match rng.next() as u8 {
            b'\n' => b'\r',
            b => b,
        })
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Good,
    Garbage,
    Truncated,
    Empty,
    BadUtf8,
    ManyRecipients,
    Nested,
}

fn message(i: usize, rng: &mut XorShift) -> (Kind, Vec<u8>) {
    let kind = match i % 97 {
        13 => Kind::Garbage,
        29 => Kind::Truncated,
        41 => Kind::Empty,
        53 => Kind::BadUtf8,
        71 if i.is_multiple_of(3) => Kind::ManyRecipients,
        83 => Kind::Nested,
        _ => Kind::Good,
    };
    let body = match kind {
        Kind::Good => good(i),
        Kind::Garbage => {
            let len = 64 + (rng.next() % 4096) as usize;
            garbage(rng, len)
        }
        Kind::Truncated => {
            let full = good(i);
            full[..(rng.next() as usize % full.len())].to_vec()
        }
        Kind::Empty => Vec::new(),
        Kind::BadUtf8 => {
            let mut m = b"From: \xff\xfe\xc3(postmaster\x80@example.net\nSubject: \xe2\x28\xa1 failure \xf0\x90\x28\n"
                .to_vec();
            m.extend_from_slice(&good(i)[..]);
            m
        }
        Kind::ManyRecipients => many_recipients(10_000),
        Kind::Nested => nested(100),
    };
    (kind, body)
}

#[test]
fn every_message_of_a_broken_mbox_is_accounted_for_in_order() {
    let mut rng = XorShift(0x9e37_79b9_7f4a_7c15);
    let mut mbox = Vec::new();
    let mut kinds = Vec::with_capacity(MESSAGES);
    for i in 0..MESSAGES {
        let (kind, body) = message(i, &mut rng);
        mbox.extend_from_slice(envelope(i).as_bytes());
        mbox.extend_from_slice(&body);
        if !body.ends_with(b"\n") {
            mbox.push(b'\n');
        }
        kinds.push(kind);
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("broken.mbox");
    std::fs::File::create(&path)
        .and_then(|mut f| f.write_all(&mbox))
        .expect("mbox written");

    let out = bounce(
        &["classify", "--format", "jsonl", path.to_str().unwrap()],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines = json_lines(&out);

    // Group the lines by message index; indexes must rise one by one.
    let mut groups: Vec<Vec<&serde_json::Value>> = Vec::new();
    for line in &lines {
        let index = line["message"].as_u64().expect("message index") as usize;
        if groups.len() == index + 1 {
            groups[index].push(line);
        } else {
            assert_eq!(index, groups.len(), "messages out of order or skipped");
            groups.push(vec![line]);
        }
    }
    assert_eq!(groups.len(), MESSAGES, "every message has output");

    for (i, (group, kind)) in groups.iter().zip(&kinds).enumerate() {
        let errors = group.iter().filter(|l| l.get("error").is_some()).count();
        assert!(
            errors == 0 || (errors == 1 && group.len() == 1),
            "message {i} ({kind:?}): an error is the message's only line: {group:?}"
        );
        match kind {
            Kind::Good | Kind::BadUtf8 => {
                assert_eq!(group.len(), 1, "message {i}: {group:?}");
                assert_eq!(group[0]["recipient"], format!("rcpt{i}@example.com"));
                assert_eq!(group[0]["reason"], "userunknown", "message {i}");
            }
            Kind::Empty => assert_eq!(errors, 1, "message {i}: {group:?}"),
            Kind::ManyRecipients => {
                assert_eq!(group.len(), 1_000, "cut at the default limit");
                assert!(group.iter().all(|l| l["truncated"] == true));
                assert_eq!(group[0]["recipient"], "many0@example.com");
                assert_eq!(group[999]["recipient"], "many999@example.com");
            }
            Kind::Nested => {
                assert_eq!(errors, 1, "message {i}: deeper than the limit");
                let error = group[0]["error"].as_str().unwrap_or_default();
                assert!(error.contains("depth") || error.contains("nest"), "{error}");
            }
            Kind::Garbage | Kind::Truncated => {}
        }
        if *kind != Kind::ManyRecipients {
            assert!(group.iter().all(|l| l.get("truncated").is_none()));
        }
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("had more recipients than"), "{stderr}");

    // Standard input is read a chunk at a time; the results must be the same.
    let piped = bounce(&["classify", "--format", "jsonl", "-"], Some(&mbox));
    let piped_lines = json_lines(&piped);
    assert_eq!(piped_lines.len(), lines.len());
    for (from_file, from_stdin) in lines.iter().zip(&piped_lines) {
        let mut expected = from_file.clone();
        expected["source"] = "-".into();
        assert_eq!(&expected, from_stdin);
    }
}

#[test]
fn the_recipient_limit_is_set_from_the_command_line() {
    let out = bounce(
        &[
            "classify",
            "--format",
            "jsonl",
            "--max-recipients",
            "5",
            "-",
        ],
        Some(&many_recipients(20)),
    );
    assert!(out.status.success());
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 5, "{lines:?}");
    assert!(lines.iter().all(|l| l["truncated"] == true));
    assert_eq!(lines[4]["recipient"], "many4@example.com");
    // Under the limit nothing is marked.
    let out = bounce(
        &[
            "classify",
            "--format",
            "jsonl",
            "--max-recipients",
            "50",
            "-",
        ],
        Some(&many_recipients(20)),
    );
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 20);
    assert!(lines.iter().all(|l| l.get("truncated").is_none()));
}
