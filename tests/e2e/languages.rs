//! Twelve languages, seven reasons each: the localized bounces in tests/languages are
//! classified as labelled.

use crate::{bounce, json_lines, root};
use std::collections::{BTreeMap, BTreeSet};

const LANGUAGES: [&str; 12] = [
    "en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru", "ja", "zh", "ko",
];
const REASONS: [&str; 7] = [
    "userunknown",
    "mailboxfull",
    "hostunknown",
    "blocked",
    "spamdetected",
    "suspend",
    "expired",
];

#[test]
fn every_language_has_every_reason_and_each_is_classified_right() {
    let dir = root().join("tests/languages");
    let labels = std::fs::read_to_string(dir.join("labels.jsonl")).expect("labels");
    let mut want: BTreeMap<String, String> = BTreeMap::new();
    let mut covered: BTreeSet<(String, String)> = BTreeSet::new();
    for line in labels.lines().filter(|l| !l.trim().is_empty()) {
        let label: serde_json::Value = serde_json::from_str(line).expect("JSON");
        let file = label["file"].as_str().expect("file").to_string();
        let reason = label["recipients"][0]["reason"]
            .as_str()
            .expect("reason")
            .to_string();
        covered.insert((
            label["language"].as_str().expect("language").to_string(),
            reason.clone(),
        ));
        want.insert(file, reason);
    }
    for language in LANGUAGES {
        for reason in REASONS {
            assert!(
                covered.contains(&(language.to_string(), reason.to_string())),
                "no {language} {reason} fixture"
            );
        }
    }
    let out = bounce(
        &["classify", "--format", "jsonl", dir.to_str().unwrap()],
        None,
    );
    let mut got: BTreeMap<String, String> = BTreeMap::new();
    for line in json_lines(&out) {
        let source = line["source"].as_str().expect("source");
        let name = source.rsplit('/').next().expect("name").to_string();
        got.entry(name)
            .or_insert_with(|| line["reason"].as_str().unwrap_or("<error>").to_string());
    }
    let wrong: Vec<String> = want
        .iter()
        .filter(|(file, reason)| got.get(*file) != Some(reason))
        .map(|(file, reason)| {
            format!(
                "{file}: want {reason}, got {}",
                got.get(file).map_or("<nothing>", String::as_str)
            )
        })
        .collect();
    assert!(
        wrong.is_empty(),
        "{} of {} wrong:\n{}",
        wrong.len(),
        want.len(),
        wrong.join("\n")
    );
}
