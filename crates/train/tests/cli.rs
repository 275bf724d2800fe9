//! bounce-train on small corpora of our own: the three corpus formats, every reported
//! problem, deterministic model bytes, and the report outputs.

use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/golden")
        .join(name)
}

fn train(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_bounce-train"))
        .args(args)
        .output()
        .expect("bounce-train runs")
}

/// A labelled corpus of golden fixtures, with the problems the loader must report.
fn labelled_corpus(dir: &Path) {
    let rows = [
        (
            "001.eml",
            r#"[{"reason": "userunknown", "hardbounce": true}, {"reason": "mailboxfull", "hardbounce": false, "final": false}]"#,
        ),
        (
            "002.eml",
            r#"[{"reason": "userunknown"}, {"reason": "mailboxfull"}, {"reason": "hostunknown"}]"#,
        ),
        (
            "003.eml",
            r#"[{"reason": "userunknown"}, {"reason": "spamdetected"}, {"reason": "hostunknown"}]"#,
        ),
        ("007.eml", r#"[{"reason": "userunknown"}]"#),
        ("016.eml", r#"[{"reason": "blocked"}]"#),
    ];
    let mut labels = String::new();
    for (name, recipients) in rows {
        std::fs::copy(fixture(name), dir.join(name)).expect("copied");
        labels.push_str(&format!(
            "{{\"file\": \"{name}\", \"bounce\": true, \"recipients\": {recipients}}}\n"
        ));
    }
    std::fs::copy(fixture("057.eml"), dir.join("057.eml")).expect("copied");
    labels.push_str("{\"file\": \"057.eml\", \"bounce\": false, \"recipients\": []}\n");
    // Problems: an unknown reason, a missing file, a recipient-count mismatch, bad JSON.
    std::fs::copy(fixture("009.eml"), dir.join("009.eml")).expect("copied");
    labels.push_str(
        "{\"file\": \"009.eml\", \"bounce\": true, \"recipients\": [{\"reason\": \"grumpy\"}]}\n",
    );
    labels.push_str("{\"file\": \"nowhere.eml\", \"bounce\": true, \"recipients\": [{\"reason\": \"userunknown\"}]}\n");
    std::fs::copy(fixture("014.eml"), dir.join("014.eml")).expect("copied");
    labels.push_str("{\"file\": \"014.eml\", \"bounce\": true, \"recipients\": [{\"reason\": \"userunknown\"}]}\n");
    labels.push_str("this is not json\n");
    std::fs::write(dir.join("labels.jsonl"), labels).expect("labels written");
}

#[test]
fn problems_are_reported_by_file_name_and_skipped() {
    let dir = tempfile::tempdir().expect("temp dir");
    labelled_corpus(dir.path());
    let out = train(&[
        "cv",
        "--corpus",
        dir.path().to_str().unwrap(),
        "--folds",
        "2",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("009.eml: unknown reason \"grumpy\""),
        "{text}"
    );
    assert!(
        text.contains("nowhere.eml: listed in labels.jsonl but not readable"),
        "{text}"
    );
    assert!(
        text.contains("014.eml: labelled 1 failed recipient(s), the parser found 2: skipped"),
        "{text}"
    );
    assert!(text.contains("not a label line"), "{text}");
    assert!(
        text.contains("rules + model") && text.contains("model alone") && text.contains("ECE"),
        "{text}"
    );
}

#[test]
fn fitting_twice_gives_the_same_bytes_and_eval_inspect_work() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).expect("created");
    labelled_corpus(&corpus);
    let (a, b) = (dir.path().join("a.model"), dir.path().join("b.model"));
    for out in [&a, &b] {
        let run = train(&[
            "fit",
            "--corpus",
            corpus.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--folds",
            "2",
            "--json",
        ]);
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        let report: serde_json::Value = serde_json::from_slice(&run.stdout).expect("JSON report");
        assert!(report["classifier"]["rows"].as_u64().unwrap() > 0);
        assert!(report["model"]["ece"].is_number() && report["model"]["brier"].is_number());
    }
    assert_eq!(
        std::fs::read(&a).unwrap(),
        std::fs::read(&b).unwrap(),
        "same corpus, same settings, same bytes"
    );

    let plots = dir.path().join("plots");
    let run = train(&[
        "eval",
        "--model",
        a.to_str().unwrap(),
        "--corpus",
        corpus.to_str().unwrap(),
        "--plots",
        plots.to_str().unwrap(),
    ]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    for svg in [
        "reliability.svg",
        "confusion-classifier.svg",
        "confusion-model.svg",
    ] {
        let text = std::fs::read_to_string(plots.join(svg)).expect("plot written");
        assert!(text.starts_with("<svg") && text.trim_end().ends_with("</svg>"));
    }
    let run = train(&["inspect", "--model", a.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&run.stdout);
    assert!(
        text.contains("cross-validation (2 folds") && text.contains("userunknown ("),
        "{text}"
    );
}

#[test]
fn per_reason_directories_and_snippet_files_are_corpora() {
    let dir = tempfile::tempdir().expect("temp dir");
    let classes = dir.path().join("classes");
    for (reason, files) in [
        ("userunknown", vec!["007.eml", "001.eml"]),
        ("blocked", vec!["016.eml"]),
        ("notbounce", vec!["057.eml"]),
        ("nonsense", vec!["058.eml"]),
    ] {
        std::fs::create_dir_all(classes.join(reason)).expect("created");
        for f in files {
            std::fs::copy(fixture(f), classes.join(reason).join(f)).expect("copied");
        }
    }
    let snippets = dir.path().join("snippets.jsonl");
    std::fs::write(
        &snippets,
        "{\"text\": \"550 5.1.1 <a@example.org>: User unknown\", \"reason\": \"userunknown\"}\n{\"text\": \"452 4.2.2 Mailbox full\", \"reason\": \"mailboxfull\"}\n{\"text\": \"554 listed at zen.spamhaus.org\", \"reason\": \"blocked\"}\n{\"text\": \"x\", \"reason\": \"sleepy\"}\n",
    )
    .expect("written");
    let out = train(&[
        "cv",
        "--corpus",
        classes.to_str().unwrap(),
        "--corpus",
        snippets.to_str().unwrap(),
        "--folds",
        "2",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("nonsense: not a reason name"), "{text}");
    assert!(
        text.contains("snippets.jsonl:4: unknown reason \"sleepy\""),
        "{text}"
    );
}

#[test]
fn bad_invocations_fail_clearly() {
    let out = train(&["cv", "--corpus", "/nonexistent/corpus", "--folds", "2"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/corpus"));
    let dir = tempfile::tempdir().expect("temp dir");
    labelled_corpus(dir.path());
    let out = train(&[
        "cv",
        "--corpus",
        dir.path().to_str().unwrap(),
        "--folds",
        "1",
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--folds must be at least 2"));
    let garbage = dir.path().join("garbage.model");
    std::fs::write(&garbage, b"PK\x03\x04 a zip file").expect("written");
    let out = train(&["inspect", "--model", garbage.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("garbage.model") && err.contains("not a bounce model file"),
        "{err}"
    );
}
