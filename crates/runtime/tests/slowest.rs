//! The slowest inputs the fuzzers found (tests/slowest, kept by `cargo xtask slowest
//! --keep tests/slowest`): each is classified to the end, with verdicts that make sense or
//! a clear error. How long they take is measured by the `slowest` criterion bench, not here.

use bounce_model::ModelFile;
use bounce_runtime::{Classifier, RuleSet};
use std::path::Path;

#[test]
fn the_slowest_fuzz_inputs_still_classify() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let model = ModelFile::from_bytes(
        &std::fs::read(root.join("models/default.model")).expect("models/default.model"),
    )
    .expect("the shipped model loads");
    let classifier = Classifier::new(Some(model), RuleSet::builtin().expect("rules"));
    let mut seen = 0;
    for entry in std::fs::read_dir(root.join("tests/slowest")).expect("tests/slowest") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|x| x != "eml") {
            continue;
        }
        seen += 1;
        let raw = std::fs::read(&path).expect("fixture");
        match classifier.classify(&raw) {
            Ok(verdicts) => {
                assert!(!verdicts.is_empty(), "{}", path.display());
                for v in &verdicts {
                    assert!((0.0..=1.0).contains(&v.confidence), "{}", path.display());
                }
            }
            Err(e) => assert!(!e.to_string().is_empty(), "{}", path.display()),
        }
    }
    assert!(seen >= 5, "tests/slowest holds the kept inputs");
}
