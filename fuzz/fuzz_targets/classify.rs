//! The whole pipeline (parse, rules, template memory, shipped model) on arbitrary bytes,
//! and on the same bytes read as a bare diagnostic line.
#![no_main]

use bounce_runtime::Classifier;
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static CLASSIFIER: LazyLock<Classifier> =
    LazyLock::new(|| Classifier::builtin().expect("the shipped model and rules load"));

fuzz_target!(|data: &[u8]| {
    if let Ok(verdicts) = CLASSIFIER.classify(data) {
        assert!(!verdicts.is_empty(), "a parsed message always gets a verdict");
        for v in &verdicts {
            assert!((0.0..=1.0).contains(&v.confidence), "confidence {}", v.confidence);
        }
    }
    if data.len() <= 4096
        && let Ok(text) = std::str::from_utf8(data)
    {
        let _ = CLASSIFIER.classify_text(text);
    }
});
