//! `cargo xtask slowest`: time `Classifier::classify` on every input of the fuzzers'
//! corpora (optimised, not instrumented, one thread), list the slowest, and keep them as
//! regression fixtures.
//!
//! libFuzzer only reports inputs slower than a whole second; this finds the ones that
//! matter for the 100 ms bound, among everything the fuzzers found interesting.

use anyhow::{Context, Result};
use bounce_model::ModelFile;
use bounce_runtime::{Classifier, RuleSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

#[derive(clap::Args)]
pub struct Args {
    /// Directories of inputs; the fuzzers' parse and classify corpora when none given.
    dirs: Vec<PathBuf>,
    /// How many of the slowest inputs to list.
    #[arg(long, default_value_t = 10)]
    top: usize,
    /// Copy the slowest inputs into this directory as `slow-NN.eml` (replacing those there).
    #[arg(long)]
    keep: Option<PathBuf>,
    /// Times each input is classified; the fastest time counts (less noise).
    #[arg(long, default_value_t = 3)]
    repeat: usize,
    /// The model file.
    #[arg(long, default_value = "models/default.model")]
    model: PathBuf,
}

struct Timing {
    path: PathBuf,
    bytes: usize,
    best: Duration,
}

pub fn run(args: &Args) -> Result<()> {
    let dirs = if args.dirs.is_empty() {
        vec![
            PathBuf::from("fuzz/corpus/classify"),
            PathBuf::from("fuzz/corpus/parse"),
            PathBuf::from("tests/slowest"),
        ]
    } else {
        args.dirs.clone()
    };
    let bytes =
        std::fs::read(&args.model).with_context(|| format!("reading {}", args.model.display()))?;
    let model = ModelFile::from_bytes(&bytes)
        .with_context(|| format!("loading {}", args.model.display()))?;
    let classifier = Classifier::new(Some(model), RuleSet::builtin()?);

    let mut files = Vec::new();
    for dir in &dirs {
        let Ok(entries) = std::fs::read_dir(dir) else {
            eprintln!("skipping {} (not readable)", dir.display());
            continue;
        };
        files.extend(
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file()),
        );
    }
    files.sort();
    let mut timings = Vec::with_capacity(files.len());
    let mut total = Duration::ZERO;
    for path in files {
        // A running fuzzer replaces corpus files as it shrinks them.
        let Ok(raw) = std::fs::read(&path) else {
            eprintln!("skipping {} (gone or unreadable)", path.display());
            continue;
        };
        let mut best = Duration::MAX;
        for _ in 0..args.repeat.max(1) {
            let start = Instant::now();
            let _ = std::hint::black_box(classifier.classify(std::hint::black_box(&raw)));
            best = best.min(start.elapsed());
        }
        total += best;
        timings.push(Timing {
            path,
            bytes: raw.len(),
            best,
        });
    }
    timings.sort_by(|a, b| b.best.cmp(&a.best).then(a.path.cmp(&b.path)));
    println!(
        "{} inputs, {:.1} ms in all, mean {:.1} µs",
        timings.len(),
        total.as_secs_f64() * 1e3,
        total.as_secs_f64() * 1e6 / timings.len().max(1) as f64
    );
    println!("{:>10} {:>9}  input", "ms", "bytes");
    for t in timings.iter().take(args.top) {
        println!(
            "{:>10.2} {:>9}  {}",
            t.best.as_secs_f64() * 1e3,
            t.bytes,
            t.path.display()
        );
    }
    if let Some(keep) = &args.keep {
        keep_slowest(keep, &timings[..args.top.min(timings.len())])?;
    }
    Ok(())
}

fn keep_slowest(dir: &Path, slowest: &[Timing]) -> Result<()> {
    std::fs::create_dir_all(dir)?;
    // Read everything first: the kept directory may itself be one of the inputs.
    let inputs: Vec<Vec<u8>> = slowest
        .iter()
        .map(|t| std::fs::read(&t.path))
        .collect::<Result<_, _>>()?;
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with("slow-"))
        {
            std::fs::remove_file(path)?;
        }
    }
    for (i, bytes) in inputs.iter().enumerate() {
        std::fs::write(dir.join(format!("slow-{:02}.eml", i + 1)), bytes)?;
    }
    println!("kept {} input(s) in {}", inputs.len(), dir.display());
    Ok(())
}
