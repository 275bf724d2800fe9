//! The user rule-file loader, and matching with whatever rules it accepts.
#![no_main]

use bounce_features::SmtpCommand;
use bounce_features::text::squash;
use bounce_runtime::{Facts, RuleSet};
use libfuzzer_sys::fuzz_target;

const TEXT: &str = "550 5.7.1 service unavailable; client host [192.0.2.1] blocked using zen.example.org; mailbox full, user unknown";

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(rules) = RuleSet::parse_file("fuzz.toml", text, true) else {
        return;
    };
    let Ok(set) = RuleSet::new(rules) else {
        return;
    };
    let squashed = squash(TEXT);
    let facts = Facts {
        text: &squashed,
        status: None,
        reported_status: None,
        reply: Some(550),
        command: SmtpCommand::Rcpt,
        hosts: vec!["mx.example.com"],
    };
    let _ = set.hits(&facts);
});
