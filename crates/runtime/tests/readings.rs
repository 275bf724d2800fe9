//! The stage and finality readings on whole reports, rules only (no model, so no template
//! memory): "user unknown" without RCPT TO, delay notices, queues that gave up, refusals
//! before DATA, and provider wording that tells two refusals apart.

use bounce_runtime::{Classifier, RuleSet};

fn classifier() -> Classifier {
    Classifier::new(None, RuleSet::builtin().expect("built-in rules are valid"))
}

/// A DSN from `mx.sender.example` for one recipient, with the given per-recipient fields
/// and human-readable text.
fn dsn(human: &str, fields: &str) -> Vec<u8> {
    report_with(
        "",
        human,
        &format!("Final-Recipient: rfc822; bert@receiver.example\r\n{fields}"),
    )
}

/// A DSN from `mx.sender.example` with extra top header lines (each ending in CRLF), the
/// human-readable text and one recipient group as given.
fn report_with(headers: &str, human: &str, group: &str) -> Vec<u8> {
    format!(
        "From: Mail Delivery System <MAILER-DAEMON@mx.sender.example>\r\n\
         To: anna@sender.example\r\n\
         Subject: Delivery Status Notification\r\n\
         {headers}\
         MIME-Version: 1.0\r\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\
         \r\n\
         --b1\r\n\
         Content-Type: text/plain\r\n\
         \r\n\
         {human}\r\n\
         --b1\r\n\
         Content-Type: message/delivery-status\r\n\
         \r\n\
         Reporting-MTA: dns; mx.sender.example\r\n\
         \r\n\
         {group}\r\n\
         --b1--\r\n"
    )
    .into_bytes()
}

/// A plain-text report from `postmaster@mx.sender.example` with the given subject and body.
fn plain_report(subject: &str, body: &str) -> Vec<u8> {
    format!(
        "From: postmaster@mx.sender.example\r\n\
         To: anna@sender.example\r\n\
         Subject: {subject}\r\n\
         \r\n\
         {body}"
    )
    .into_bytes()
}

fn reason_of(raw: &[u8]) -> (String, bool) {
    let verdicts = classifier().classify(raw).expect("parses");
    assert_eq!(verdicts.len(), 1, "one recipient");
    (verdicts[0].reason.to_string(), verdicts[0].is_final)
}

#[test]
fn user_unknown_without_rcpt_stage_or_mailbox_code_is_filtered() {
    let fields = "Action: failed\r\nStatus: 5.0.0\r\n\
                  Diagnostic-Code: smtp; 550 bert@receiver.example... No such user";
    let raw = dsn("The message could not be delivered.", fields);
    assert_eq!(reason_of(&raw).0, "filtered");
}

#[test]
fn user_unknown_with_a_mailbox_code_or_rcpt_stage_is_userunknown() {
    let coded = "Action: failed\r\nStatus: 5.1.1\r\n\
                 Diagnostic-Code: smtp; 550 5.1.1 bert@receiver.example... No such user";
    assert_eq!(reason_of(&dsn("Not delivered.", coded)).0, "userunknown");
    let staged = "Action: failed\r\nStatus: 5.0.0\r\n\
                  Diagnostic-Code: smtp; 550 No such user (in reply to RCPT TO command)";
    assert_eq!(reason_of(&dsn("Not delivered.", staged)).0, "userunknown");
}

#[test]
fn the_reporting_systems_own_explanation_keeps_userunknown() {
    // The server's reply is generic; the report's own text says the mailbox is missing.
    let fields = "Action: failed\r\nStatus: 5.0.0\r\n\
                  Diagnostic-Code: smtp; 550 Recipient rejected";
    let human = "This address does not exist: there is no mailbox with this name here.";
    assert_eq!(reason_of(&dsn(human, fields)).0, "userunknown");
}

#[test]
fn a_local_agents_user_unknown_is_no_servers_reply() {
    // Postfix's local delivery agent looked the user up itself: no SMTP server answered.
    let local = "Action: failed\r\nStatus: 5.0.0\r\n\
                 Diagnostic-Code: X-Postfix; unknown user: \"bert\"";
    assert_eq!(reason_of(&dsn("Not delivered.", local)).0, "userunknown");
    // The same type quoting a remote server's reply is that server's answer.
    let relayed = "Action: failed\r\nStatus: 5.0.0\r\n\
                   Diagnostic-Code: X-Postfix; host mx.receiver.example said: 550 unknown user";
    assert_eq!(reason_of(&dsn("Not delivered.", relayed)).0, "filtered");
}

#[test]
fn text_under_the_original_address_is_about_the_same_recipient() {
    // The final address's line is followed by the original address's, then the error.
    let human = "Your message cannot be delivered to the following recipients:\r\n\r\n\
                 Recipient address: bert@receiver.example\r\n\
                 Original address: b.meyer@sender-alias.example\r\n\
                 error writing the message: disk quota exceeded\r\n";
    let fields = "Original-Recipient: rfc822; b.meyer@sender-alias.example\r\n\
                  Action: failed\r\nStatus: 5.0.0";
    assert_eq!(reason_of(&dsn(human, fields)).0, "mailboxfull");
}

/// A DSN whose recipient group leaves out `Final-Recipient`, with the given extra top
/// header lines.
fn dsn_without_recipient_line(headers: &str) -> Vec<u8> {
    report_with(
        headers,
        "The message could not be delivered.",
        "Action: failed\r\nStatus: 5.1.1",
    )
}

#[test]
fn a_recipient_group_without_its_address_keeps_its_status() {
    // The address comes from `X-Failed-Recipients`.
    let raw = dsn_without_recipient_line("X-Failed-Recipients: bert@receiver.example\r\n");
    let verdicts = classifier().classify(&raw).expect("parses");
    assert_eq!(verdicts.len(), 1);
    assert_eq!(
        verdicts[0].recipient.as_deref(),
        Some("bert@receiver.example")
    );
    assert_eq!(verdicts[0].reason.to_string(), "userunknown");
    // Named nowhere: one nameless recipient, still with the group's status.
    let verdicts = classifier()
        .classify(&dsn_without_recipient_line(""))
        .expect("parses");
    assert_eq!(verdicts.len(), 1);
    assert_eq!(verdicts[0].recipient, None);
    assert_eq!(verdicts[0].reason.to_string(), "userunknown");
}

#[test]
fn an_unnamed_group_without_an_action_takes_the_texts_delay() {
    let raw = report_with(
        "",
        "Delivery has been delayed. The server will keep trying.",
        "Status: 4.2.2",
    );
    let verdicts = classifier().classify(&raw).expect("parses");
    assert_eq!(verdicts.len(), 1);
    assert!(!verdicts[0].is_final, "a delay notice is not final");
}

#[test]
fn a_status_comment_is_the_diagnostic_of_last_resort() {
    let fields = "Action: failed\r\nStatus: 5.0.0 (host name lookup failure)";
    assert_eq!(reason_of(&dsn("", fields)).0, "networkerror");
    // Text about the recipient comes first.
    let human = "bert@receiver.example: mailbox is full";
    assert_eq!(reason_of(&dsn(human, fields)).0, "mailboxfull");
}

#[test]
fn imail_names_the_command_before_the_reply_it_drew() {
    let body = "Unknown user: bert@receiver.example\r\n\r\n\
                RCPT TO generated following response:\r\n\
                553 5.3.0 <bert@receiver.example>... Addressee unknown\r\n";
    let raw = plain_report("Undeliverable mail", body);
    assert_eq!(reason_of(&raw).0, "userunknown");
}

#[test]
fn a_delay_notice_keeps_its_cause_over_its_own_delay_wording() {
    // "has not been delivered for 4 hours" is a gave-up phrase, which would outrank a
    // generic system error; on a delay notice it describes the delay, not the cause.
    let fields = "Action: delayed\r\nStatus: 4.3.0\r\n\
                  Diagnostic-Code: smtp; 451 4.3.0 Internal server error; the message has\r\n \
                  not been delivered for 4 hours";
    let human = "Delivery will be retried.";
    assert_eq!(
        reason_of(&dsn(human, fields)),
        ("systemerror".to_string(), false)
    );
}

#[test]
fn a_final_report_with_gave_up_wording_after_network_trouble_is_expired() {
    let raw = plain_report(
        "Undeliverable message",
        "We have given up on this message: it could not be delivered for 5 days.\r\n\
         Last problem: network is unreachable.\r\n\
         \r\n\
         Recipient: <bert@receiver.example>\r\n",
    );
    assert_eq!(reason_of(&raw), ("expired".to_string(), true));
}

#[test]
fn qmail_names_the_refused_recipient_stage_in_words() {
    let raw = b"From: MAILER-DAEMON@mx.sender.example\r\n\
                To: anna@sender.example\r\n\
                Subject: failure notice\r\n\
                \r\n\
                Hi. This is the qmail-send program at mx.sender.example.\r\n\
                I'm afraid I wasn't able to deliver your message to the following addresses.\r\n\
                This is a permanent error; I've given up. Sorry it didn't work out.\r\n\
                \r\n\
                <bert@receiver.example>:\r\n\
                192.0.2.7 does not like recipient.\r\n\
                Remote host said: 550 No such user here\r\n\
                Giving up on 192.0.2.7.\r\n";
    let verdicts = classifier().classify(raw).expect("parses");
    assert_eq!(verdicts[0].reason.to_string(), "userunknown");
    assert_eq!(verdicts[0].command.as_str(), "rcpt");
}

#[test]
fn kddi_tells_recipient_settings_from_a_missing_mailbox() {
    let rules = classifier();
    let settings = rules.classify_text("mx2.ezweb.ne.jp said: 550 : User unknown");
    let missing = rules.classify_text("mx2.ezweb.ne.jp said: 550 <bert@ezweb.ne.jp>: User unknown");
    assert_eq!(settings.reason.to_string(), "filtered");
    assert_eq!(missing.reason.to_string(), "userunknown");
}

#[test]
fn user_unknown_with_a_disabled_mailbox_code_is_suspend() {
    let fields = "Action: failed\r\nStatus: 5.2.1\r\n\
                  Diagnostic-Code: smtp; 550 5.2.1 <bert@receiver.example>... User unknown";
    assert_eq!(reason_of(&dsn("Not delivered.", fields)).0, "suspend");
}

#[test]
fn spam_wording_before_data_is_about_the_sender_or_its_host() {
    let rules = classifier();
    let at_rcpt = rules.classify_text(
        "mx.receiver.example said: 550 5.7.1 Rejected as spam (in reply to RCPT TO command)",
    );
    let at_mail = rules.classify_text(
        "mx.receiver.example said: 550 5.7.1 Rejected as spam (in reply to MAIL FROM command)",
    );
    let at_end = rules.classify_text(
        "mx.receiver.example said: 550 5.7.1 Rejected as spam (in reply to end of DATA command)",
    );
    assert_eq!(at_rcpt.reason.to_string(), "blocked");
    assert_eq!(at_mail.reason.to_string(), "rejected");
    assert_eq!(at_end.reason.to_string(), "spamdetected");
}

#[test]
fn an_unknown_domain_refused_with_4_1_2_is_hostunknown_but_a_temporary_lookup_is_not() {
    // Postfix refuses an unknown recipient domain with 450 4.1.2 unless told otherwise.
    let unknown = "Action: failed\r\nStatus: 4.1.2\r\n\
                   Diagnostic-Code: smtp; 450 4.1.2 <bert@receiver.example>: Recipient address \
                   rejected: Domain not found";
    assert_eq!(reason_of(&dsn("Not delivered.", unknown)).0, "hostunknown");
    let lookup = "Action: failed\r\nStatus: 4.4.3\r\n\
                  Diagnostic-Code: X-Postfix; Host or domain name not found. Name service \
                  error for name=receiver.example type=MX: Host not found, try again";
    assert_eq!(reason_of(&dsn("Not delivered.", lookup)).0, "networkerror");
}

#[test]
fn a_refused_greeting_is_a_stage_not_a_reason() {
    // A policy refusal of the greeting is about the sending host; a timeout there (on a
    // delay notice, so that the queue has not given up) is not.
    let policy = "Action: failed\r\nStatus: 5.7.1\r\n\
                  Diagnostic-Code: X-Postfix; host mx.receiver.example[192.0.2.1] refused to \
                  talk to me: 554 5.7.1 Message rejected due to local policy";
    assert_eq!(reason_of(&dsn("Not delivered.", policy)).0, "blocked");
    let timeout = "Action: delayed\r\nStatus: 4.4.2\r\n\
                   Diagnostic-Code: X-Postfix; host mx.receiver.example[192.0.2.1] refused to \
                   talk to me: 421 4.4.2 mx.receiver.example Error: timeout exceeded";
    assert_eq!(reason_of(&dsn("Not delivered.", timeout)).0, "networkerror");
}

/// A free-text report that says once why none of the recipients it lists got the message:
/// the sentence speaks for every one of them.
#[test]
fn one_cause_stated_for_all_uncoded_recipients_applies_to_each() {
    let raw = plain_report(
        "Returned mail",
        "The destination host was not reachable within the allowed queue period.\r\n\
         \r\n\
         Your message was not delivered to these recipients:\r\n\
         \r\n\
         \x20   <bert@receiver.example>\r\n\
         \x20   <carl@receiver.example>\r\n",
    );
    let verdicts = classifier().classify(&raw).expect("parses");
    let got: Vec<(String, String)> = verdicts
        .iter()
        .map(|v| {
            (
                v.recipient.clone().unwrap_or_default(),
                v.reason.to_string(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("bert@receiver.example".to_string(), "expired".to_string()),
            ("carl@receiver.example".to_string(), "expired".to_string()),
        ]
    );
}
