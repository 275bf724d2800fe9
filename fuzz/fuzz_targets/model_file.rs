//! The model-file loader. The first byte chooses what the rest is: a whole file (reaching
//! the header checks), or a body that gets a valid header and checksum (reaching the body
//! decoder and its consistency checks). A model that loads is then used to classify.
#![no_main]

use bounce_model::ModelFile;
use bounce_runtime::{Classifier, RuleSet};
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static RULES: LazyLock<RuleSet> = LazyLock::new(|| {
    RuleSet::new(
        RuleSet::parse_file(
            "fuzz.toml",
            "[[rule]]\nid = \"f.full\"\nreason = \"mailboxfull\"\nphrases = [\"mailbox full\"]\n",
            false,
        )
        .expect("valid rules"),
    )
    .expect("valid rule set")
});

const MESSAGE: &[u8] = b"From: MAILER-DAEMON@example.net\nSubject: Undelivered Mail Returned to Sender\n\n<a@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 no such user (in reply to RCPT TO command)\n";

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let file = if mode & 1 == 0 {
        ModelFile::from_bytes(rest)
    } else {
        ModelFile::from_bytes(&ModelFile::frame(rest))
    };
    if let Ok(model) = file {
        let classifier = Classifier::new(Some(model), RULES.clone());
        let _ = classifier.classify(MESSAGE);
        let _ = classifier.classify_text("452 4.2.2 mailbox full");
    }
});
