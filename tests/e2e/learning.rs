//! The `--uncertain` round trip: export what the classifier is unsure of, correct the
//! labels, retrain, and the message is now classified as corrected.

use crate::{bounce, json_lines, root};
use bounce_runtime::RuleSet;
use bounce_train::{Corpus, FitSetup, fit};
use indicatif::ProgressBar;

const UNUSUAL: &str = "From: MAILER-DAEMON@mx.example.org
To: sender@example.org
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"

--B
Content-Type: text/plain

<pat@clockwork.example>: host mx.clockwork.example[192.0.2.44] said: 550 5.9.9
    glimmerlock engaged on this cog (in reply to RCPT TO command)

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org

Final-Recipient: rfc822; pat@clockwork.example
Action: failed
Status: 5.9.9
Diagnostic-Code: smtp; 550 5.9.9 glimmerlock engaged on this cog

--B--
";

#[test]
fn uncertain_export_relabel_retrain_round_trip() {
    let dir = tempfile::tempdir().expect("temp dir");
    let message = dir.path().join("unusual.eml");
    std::fs::write(&message, UNUSUAL).expect("written");
    let exported = dir.path().join("review");

    // 1. Export: the wording is new, so the verdict is not confident.
    let out = bounce(
        &[
            "classify",
            "--format",
            "jsonl",
            "--threshold",
            "0.99",
            "--uncertain",
            exported.to_str().unwrap(),
            message.to_str().unwrap(),
        ],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let before = json_lines(&out);
    assert_ne!(before[0]["reason"], "suspend");
    let labels_path = exported.join("labels.jsonl");
    let labels = std::fs::read_to_string(&labels_path).expect("labels written");
    let mut label: serde_json::Value =
        serde_json::from_str(labels.lines().next().expect("one line")).expect("JSON");
    assert_eq!(label["file"], "00001.eml");
    assert_eq!(label["recipients"][0]["reason"], before[0]["reason"]);
    assert_eq!(
        std::fs::read(exported.join("00001.eml")).expect("copied"),
        UNUSUAL.as_bytes()
    );

    // 2. A person corrects the label.
    label["recipients"][0]["reason"] = "suspend".into();
    label["recipients"][0]["hardbounce"] = false.into();
    std::fs::write(&labels_path, format!("{label}\n")).expect("rewritten");

    // 3. Retrain on a labelled corpus plus the corrected export.
    let corpora = vec![
        Corpus::open(&root().join("tests/languages")).expect("corpus"),
        Corpus::open(&exported).expect("export is a corpus"),
    ];
    let mut setup = FitSetup::new(RuleSet::builtin().expect("rules"));
    setup.folds = 3;
    let fitted = fit(&corpora, &setup, &ProgressBar::hidden()).expect("fits");
    let model = dir.path().join("mine.model");
    std::fs::write(&model, fitted.model.to_bytes()).expect("model written");

    // 4. The same message is now classified as corrected.
    let after = json_lines(&bounce(
        &[
            "classify",
            "--format",
            "jsonl",
            "--model",
            model.to_str().unwrap(),
            message.to_str().unwrap(),
        ],
        None,
    ));
    assert_eq!(after[0]["reason"], "suspend", "{after:?}");
    assert_eq!(after[0]["decided_by"][0], "memory");
}
