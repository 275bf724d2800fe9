//! Criterion benchmarks of each stage of the pipeline on representative messages from
//! the golden corpus: a small Postfix DSN, a large Exchange NDR with HTML, a
//! multi-recipient Sendmail DSN, and Japanese (ISO-2022-JP) and Korean (EUC-KR) reports.
//!
//! The `slowest` group runs the slowest inputs the fuzzers found (tests/slowest).
//!
//! `cargo bench -p bounce-runtime` (or `cargo xtask bench` for whole-corpus throughput).

use bounce_features::text::squash;
use bounce_features::{FeatureSettings, featurize_with, parse};
use bounce_model::ModelFile;
use bounce_runtime::{Classifier, Facts, RuleSet};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::Path;

const MESSAGES: [(&str, &str); 5] = [
    ("small-dsn", "001.eml"),
    ("exchange-html", "005.eml"),
    ("multi-recipient", "002.eml"),
    ("cjk-iso-2022-jp", "030.eml"),
    ("korean-euc-kr", "027.eml"),
];

fn message(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/golden")
            .join(name),
    )
    .expect("golden fixture")
}

fn model() -> ModelFile {
    let bytes =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../models/default.model"))
            .expect("models/default.model");
    ModelFile::from_bytes(&bytes).expect("a valid model")
}

fn stages(c: &mut Criterion) {
    let model = model();
    let rules = RuleSet::builtin().expect("rules");
    let classifier = Classifier::new(Some(model.clone()), rules.clone());
    let settings = FeatureSettings::default();
    for (label, file) in MESSAGES {
        let raw = message(file);
        let report = parse(&raw).expect("parses");
        let evidence = report.recipients.first().cloned().unwrap_or_default();
        let features = featurize_with(&evidence, &settings);
        let text = squash(&evidence.text());
        let mut group = c.benchmark_group(label);
        group.throughput(Throughput::Bytes(raw.len() as u64));
        group.bench_function(BenchmarkId::new("parse", raw.len()), |b| {
            b.iter(|| parse(black_box(&raw)))
        });
        group.bench_function("featurize", |b| {
            b.iter(|| featurize_with(black_box(&evidence), &settings))
        });
        group.bench_function("rules", |b| {
            b.iter(|| {
                let facts = Facts {
                    text: black_box(&text),
                    status: evidence.status,
                    reported_status: None,
                    reply: evidence.reply_code,
                    command: evidence.command,
                    hosts: Vec::new(),
                };
                rules.hits(&facts).len()
            })
        });
        group.bench_function("model", |b| {
            b.iter(|| {
                model
                    .model
                    .probabilities(black_box(&features), model.calibration.temperature)
            })
        });
        group.bench_function("classify", |b| {
            b.iter(|| classifier.classify(black_box(&raw)))
        });
        group.finish();
    }
}

fn loading(c: &mut Criterion) {
    let bytes =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../models/default.model"))
            .expect("model file");
    c.bench_function("load-model", |b| {
        b.iter(|| ModelFile::from_bytes(black_box(&bytes)).expect("valid"))
    });
    c.bench_function("build-rules", |b| {
        b.iter(|| RuleSet::builtin().expect("valid"))
    });
}

/// The slowest inputs the fuzzers found (tests/slowest): the bound on work per message.
fn slowest(c: &mut Criterion) {
    let classifier = Classifier::new(Some(model()), RuleSet::builtin().expect("rules"));
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/slowest");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/slowest")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .collect();
    files.sort();
    let mut group = c.benchmark_group("slowest");
    group.sample_size(20);
    for path in files {
        let raw = std::fs::read(&path).expect("fixture");
        let name = path.file_stem().and_then(|n| n.to_str()).unwrap_or("input");
        group.throughput(Throughput::Bytes(raw.len() as u64));
        group.bench_function(name, |b| b.iter(|| classifier.classify(black_box(&raw))));
    }
    group.finish();
}

criterion_group!(benches, stages, loading, slowest);
criterion_main!(benches);
