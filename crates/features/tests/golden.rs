//! The golden corpus: every `tests/golden/NNN.eml` beside the `NNN.json` that says, by
//! hand, what the message contains. The expected JSON is a subset of the [`Report`]:
//!
//! - `style`, `language` and `note` describe the fixture and are not compared (but the
//!   corpus must cover enough styles and languages, see [`coverage`]);
//! - a key ending in `_contains` holds strings that must all occur in the named field
//!   (`diagnostic_contains`, `lines_contain`, `subject_contains`);
//! - `final` is compared with [`Evidence::is_final`];
//! - every other key must equal the report's value; arrays (such as `recipients`) must
//!   have the same length, element by element.
//!
//! [`Report`]: bounce_features::Report
//! [`Evidence::is_final`]: bounce_features::Evidence::is_final

use serde_json::{Map, Value};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/golden")
}

fn fixtures() -> Vec<(PathBuf, PathBuf)> {
    let mut out: Vec<(PathBuf, PathBuf)> = std::fs::read_dir(golden_dir())
        .expect("tests/golden exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .map(|eml| {
            let json = eml.with_extension("json");
            (eml, json)
        })
        .collect();
    out.sort();
    out
}

fn text_of(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(text_of).collect::<Vec<_>>().join("\n"),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Compares `want` (a subset) with `got`, pushing one line per difference.
fn compare(path: &str, want: &Value, got: &Value, errors: &mut Vec<String>) {
    match (want, got) {
        (Value::Object(w), Value::Object(g)) => compare_object(path, w, g, errors),
        (Value::Array(w), Value::Array(g)) => {
            if w.len() != g.len() {
                errors.push(format!(
                    "{path}: {} items expected, got {}: {}",
                    w.len(),
                    g.len(),
                    got
                ));
                return;
            }
            for (i, (w, g)) in w.iter().zip(g).enumerate() {
                compare(&format!("{path}[{i}]"), w, g, errors);
            }
        }
        (w, g) if w == g => {}
        (w, g) => errors.push(format!("{path}: expected {w}, got {g}")),
    }
}

fn compare_object(
    path: &str,
    want: &Map<String, Value>,
    got: &Map<String, Value>,
    errors: &mut Vec<String>,
) {
    for (key, w) in want {
        if matches!(key.as_str(), "style" | "language" | "note") {
            continue;
        }
        let here = format!("{path}.{key}");
        if let Some(field) = key
            .strip_suffix("_contains")
            .or_else(|| key.strip_suffix("_contain"))
        {
            let haystack = text_of(got.get(field).unwrap_or(&Value::Null));
            let needles = match w {
                Value::Array(items) => items.iter().map(text_of).collect(),
                other => vec![text_of(other)],
            };
            for needle in needles {
                if !haystack.contains(&needle) {
                    errors.push(format!("{here}: {needle:?} not in {haystack:?}"));
                }
            }
            continue;
        }
        match got.get(key) {
            Some(g) => compare(&here, w, g, errors),
            None => errors.push(format!("{here}: no such field in the report")),
        }
    }
}

/// The report as JSON, with `final` added to each recipient.
fn report_json(raw: &[u8]) -> Result<Value, String> {
    let report = bounce_features::parse(raw).map_err(|e| e.to_string())?;
    let mut value = serde_json::to_value(&report).map_err(|e| e.to_string())?;
    if let Some(list) = value.get_mut("recipients").and_then(Value::as_array_mut) {
        for (item, evidence) in list.iter_mut().zip(&report.recipients) {
            item["final"] = Value::Bool(evidence.is_final());
        }
    }
    Ok(value)
}

#[test]
fn golden_reports() {
    let mut failures = Vec::new();
    let all = fixtures();
    assert!(!all.is_empty(), "no fixtures in {}", golden_dir().display());
    for (eml, json) in &all {
        let name = eml
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let raw = std::fs::read(eml).expect("fixture readable");
        let want: Value = match std::fs::read_to_string(json)
            .map_err(|e| e.to_string())
            .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
        {
            Ok(v) => v,
            Err(e) => {
                failures.push(format!("{name}: expected JSON unreadable: {e}"));
                continue;
            }
        };
        let got = match report_json(&raw) {
            Ok(v) => v,
            Err(e) => {
                failures.push(format!("{name}: parse error: {e}"));
                continue;
            }
        };
        let mut errors = Vec::new();
        compare("", &want, &got, &mut errors);
        failures.extend(errors.into_iter().map(|e| format!("{name}{e}")));
    }
    assert!(
        failures.is_empty(),
        "{} golden differences:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The corpus covers at least 25 sending styles and 8 languages or charsets, and the
/// special kinds (auto-replies, feedback, success DSNs, ordinary mail).
#[test]
fn coverage() {
    let mut styles = BTreeSet::new();
    let mut languages = BTreeSet::new();
    let mut kinds = BTreeSet::new();
    for (_, json) in fixtures() {
        let want: Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap_or_default())
            .unwrap_or(Value::Null);
        styles.extend(want["style"].as_str().map(str::to_string));
        languages.extend(want["language"].as_str().map(str::to_string));
        kinds.extend(want["kind"].as_str().map(str::to_string));
    }
    assert!(
        styles.len() >= 25,
        "only {} styles: {styles:?}",
        styles.len()
    );
    assert!(
        languages.len() >= 8,
        "only {} languages: {languages:?}",
        languages.len()
    );
    for kind in [
        "dsn",
        "free-text-ndr",
        "delivered",
        "auto-reply",
        "feedback",
        "not-bounce",
    ] {
        assert!(kinds.contains(kind), "no fixture of kind {kind}");
    }
}
