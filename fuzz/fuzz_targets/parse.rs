//! `parse` and `featurize` on arbitrary bytes: an error or a report, never a panic or a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(report) = bounce_features::parse(data) {
        for evidence in &report.recipients {
            let _ = bounce_features::featurize(evidence);
        }
    }
});
