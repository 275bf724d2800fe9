//! A user rule file wins over the built-in rules.

use crate::{bounce, golden, json_lines};

#[test]
fn a_user_rule_overrides_a_builtin_rule() {
    let file = golden("001.eml");
    let before = json_lines(&bounce(
        &["classify", "--format", "jsonl", file.to_str().unwrap()],
        None,
    ));
    assert_eq!(before[0]["reason"], "userunknown");
    let dir = tempfile::tempdir().expect("temp dir");
    let rules = dir.path().join("mine.toml");
    std::fs::write(&rules, "[[rule]]\nid = \"lumber-yard-mailboxes\"\nreason = \"suspend\"\nphrases = [\"user unknown in virtual mailbox table\"]\nhost = [\"lumber-yard.example\"]\n").expect("written");
    let after = json_lines(&bounce(
        &[
            "classify",
            "--format",
            "jsonl",
            "--rules",
            rules.to_str().unwrap(),
            file.to_str().unwrap(),
        ],
        None,
    ));
    assert_eq!(after[0]["reason"], "suspend");
    assert_eq!(after[0]["decided_by"][0], "user:lumber-yard-mailboxes");
    // The other recipient is untouched.
    assert_eq!(after[1]["reason"], before[1]["reason"]);
}

#[test]
fn a_broken_rule_file_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let rules = dir.path().join("broken.toml");
    std::fs::write(
        &rules,
        "[[rule]]\nid = \"x\"\nreason = \"nosuchreason\"\nphrases = [\"a\"]\n",
    )
    .expect("written");
    let out = bounce(
        &[
            "classify",
            "--rules",
            rules.to_str().unwrap(),
            golden("001.eml").to_str().unwrap(),
        ],
        None,
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("broken.toml") && err.contains("nosuchreason"),
        "{err}"
    );
}

#[test]
fn a_broken_model_file_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let model = dir.path().join("broken.model");
    std::fs::write(&model, b"BNCMODEL\x01\x00").expect("written");
    let out = bounce(
        &[
            "classify",
            "--model",
            model.to_str().unwrap(),
            golden("001.eml").to_str().unwrap(),
        ],
        None,
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("broken.model") && err.contains("truncated"),
        "{err}"
    );
}
