//! Stdin, mbox files, maildirs, and bad files in a batch.

use crate::{bounce, golden, json_lines};

#[test]
fn stdin_is_read_and_named_dash() {
    let bytes = std::fs::read(golden("003.eml")).expect("fixture");
    let out = bounce(&["classify", "--format", "jsonl", "-"], Some(&bytes));
    assert!(out.status.success());
    let lines = json_lines(&out);
    assert!(!lines.is_empty());
    assert!(
        lines
            .iter()
            .all(|l| l["source"] == "-" && l["message"] == 0)
    );
}

#[test]
fn an_mbox_gives_each_message_its_index() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut mbox = Vec::new();
    for name in ["001.eml", "007.eml", "057.eml"] {
        mbox.extend_from_slice(b"From MAILER-DAEMON Tue Mar  3 09:12:44 2026\n");
        mbox.extend(std::fs::read(golden(name)).expect("fixture"));
        mbox.extend_from_slice(b"\n");
    }
    let path = dir.path().join("bounces.mbox");
    std::fs::write(&path, &mbox).expect("written");
    let lines = json_lines(&bounce(
        &[
            "classify",
            "--format",
            "jsonl",
            path.to_str().expect("utf-8"),
        ],
        None,
    ));
    let indices: Vec<u64> = lines
        .iter()
        .map(|l| l["message"].as_u64().expect("index"))
        .collect();
    assert_eq!(
        indices,
        vec![0, 0, 1, 2],
        "two recipients in the first message, one in each other"
    );
    assert_eq!(lines[3]["reason"], "notbounce");
}

#[test]
fn a_maildir_is_walked_and_its_tmp_skipped() {
    let dir = tempfile::tempdir().expect("temp dir");
    for sub in ["cur", "new", "tmp"] {
        std::fs::create_dir_all(dir.path().join(sub)).expect("created");
    }
    std::fs::copy(
        golden("002.eml"),
        dir.path().join("cur/1700000000.M1P1.host:2,S"),
    )
    .expect("copied");
    std::fs::copy(
        golden("004.eml"),
        dir.path().join("new/1700000001.M2P1.host"),
    )
    .expect("copied");
    std::fs::copy(
        golden("005.eml"),
        dir.path().join("tmp/1700000002.M3P1.host"),
    )
    .expect("copied");
    let lines = json_lines(&bounce(
        &[
            "classify",
            "--format",
            "jsonl",
            dir.path().to_str().expect("utf-8"),
        ],
        None,
    ));
    let sources: std::collections::BTreeSet<String> = lines
        .iter()
        .map(|l| l["source"].as_str().expect("source").to_string())
        .collect();
    assert_eq!(sources.len(), 2, "{sources:?}");
    assert!(sources.iter().all(|s| !s.contains("/tmp/1700000002")));
    assert!(
        sources.iter().any(|s| s.contains("/cur/")) && sources.iter().any(|s| s.contains("/new/"))
    );
}

#[test]
fn bad_files_in_a_batch_give_one_error_line_each_and_the_run_goes_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let garbage = dir.path().join("garbage.bin");
    std::fs::write(&garbage, [0u8, 159, 146, 150, 0, 1, 2, 3]).expect("written");
    let empty = dir.path().join("empty.eml");
    std::fs::write(&empty, b"").expect("written");
    let missing = dir.path().join("missing.eml");
    let good = golden("001.eml");
    let args = [
        "classify",
        "--format",
        "jsonl",
        garbage.to_str().unwrap(),
        good.to_str().unwrap(),
        empty.to_str().unwrap(),
        missing.to_str().unwrap(),
    ];
    let out = bounce(&args, None);
    assert!(
        out.status.success(),
        "some input could be read, so the run succeeds"
    );
    let lines = json_lines(&out);
    let errors: Vec<&serde_json::Value> =
        lines.iter().filter(|l| l.get("error").is_some()).collect();
    assert_eq!(errors.len(), 3, "{lines:?}");
    for e in &errors {
        assert!(
            e["source"].is_string()
                && e["message"] == 0
                && e["error"].as_str().is_some_and(|m| !m.is_empty())
        );
    }
    // Input order is kept: the garbage first, then the good file's two verdicts.
    assert!(lines[0].get("error").is_some());
    assert_eq!(lines[1]["source"], good.to_str().unwrap());
    // Nothing readable at all: a non-zero exit.
    let out = bounce(
        &[
            "classify",
            "--format",
            "jsonl",
            garbage.to_str().unwrap(),
            missing.to_str().unwrap(),
        ],
        None,
    );
    assert!(!out.status.success());
    assert_eq!(json_lines(&out).len(), 2);
}
