//! `cargo xtask fuzz`: run the cargo-fuzz targets under `fuzz/` with the project's seeds
//! and settings, and summarise each run (executions, coverage, corpus, slowest seconds).
//!
//! libFuzzer needs a nightly-only compiler flag; `RUSTC_BOOTSTRAP=1` lets the stable
//! toolchain accept it, so no second toolchain is needed. `cargo install cargo-fuzz` once.

use anyhow::{Context, Result, bail};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The targets and the seed directories each starts from (relative to `fuzz/`).
pub const TARGETS: &[(&str, &[&str])] = &[
    (
        "parse",
        &["seeds/hostile", "../tests/golden", "../tests/languages"],
    ),
    (
        "classify",
        &["seeds/hostile", "../tests/golden", "../tests/languages"],
    ),
    ("model_file", &["seeds/model_file"]),
    ("rule_file", &["../crates/runtime/rules"]),
    ("mbox", &["seeds/mbox"]),
];

#[derive(clap::Args)]
pub struct Args {
    /// Targets to run (parse, classify, model_file, rule_file, mbox); all when none given.
    targets: Vec<String>,
    /// Executions per target.
    #[arg(long, default_value_t = 2_000_000)]
    runs: u64,
    /// Largest input tried, in bytes.
    #[arg(long, default_value_t = 1 << 20)]
    max_len: usize,
    /// Seconds after which one input counts as a hang (in the instrumented build).
    #[arg(long, default_value_t = 2)]
    timeout: u64,
    /// Build with AddressSanitizer (slower; our code has no `unsafe`, its dependencies some).
    #[arg(long)]
    asan: bool,
}

/// What one run reported at its end.
#[derive(Debug, Default)]
struct RunSummary {
    runs: u64,
    seconds: u64,
    coverage: u64,
    features: u64,
    corpus: String,
    peak_rss: String,
    slowest_seconds: u64,
}

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz")
}

pub fn run(args: &Args) -> Result<()> {
    let chosen: Vec<&(&str, &[&str])> = if args.targets.is_empty() {
        TARGETS.iter().collect()
    } else {
        args.targets
            .iter()
            .map(|t| {
                TARGETS
                    .iter()
                    .find(|(name, _)| name == t)
                    .with_context(|| format!("no fuzz target {t:?}"))
            })
            .collect::<Result<_>>()?
    };
    let dir = fuzz_dir();
    std::fs::create_dir_all(dir.join("logs"))?;
    for (target, seeds) in chosen {
        let summary = run_one(&dir, target, seeds, args)?;
        println!(
            "{target}: {} executions in {} s, coverage {} edges / {} features, corpus {}, peak RSS {}, slowest input {} s",
            summary.runs,
            summary.seconds,
            summary.coverage,
            summary.features,
            summary.corpus,
            summary.peak_rss,
            summary.slowest_seconds
        );
    }
    Ok(())
}

fn run_one(dir: &Path, target: &str, seeds: &[&str], args: &Args) -> Result<RunSummary> {
    let corpus = dir.join("corpus").join(target);
    std::fs::create_dir_all(&corpus)?;
    let mut cmd = Command::new("cargo");
    cmd.current_dir(dir)
        .env("RUSTC_BOOTSTRAP", "1")
        .args(["fuzz", "run", "--release", target]);
    if !args.asan {
        cmd.args(["--sanitizer", "none"]);
    }
    cmd.arg(&corpus).args(seeds).arg("--").args([
        format!("-runs={}", args.runs),
        format!("-max_len={}", args.max_len),
        format!("-timeout={}", args.timeout),
        "-rss_limit_mb=2048".into(),
        "-report_slow_units=1".into(),
        "-print_final_stats=1".into(),
    ]);
    eprintln!("running {target} ({} executions)", args.runs);
    let mut child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .context("cannot start cargo fuzz (cargo install cargo-fuzz)")?;
    let log_path = dir.join("logs").join(format!("{target}.log"));
    let mut log = std::fs::File::create(&log_path)?;
    let mut summary = RunSummary::default();
    let started = std::time::Instant::now();
    let stderr = child.stderr.take().expect("piped");
    for line in BufReader::new(stderr).lines() {
        let line = line?;
        writeln!(log, "{line}")?;
        read_status(&line, &mut summary);
    }
    let status = child.wait()?;
    summary.seconds = started.elapsed().as_secs();
    if !status.success() {
        bail!(
            "{target} failed ({status}); see {} and fuzz/artifacts/{target}",
            log_path.display()
        );
    }
    Ok(summary)
}

/// Picks the figures out of libFuzzer's status lines
/// (`#N DONE cov: C ft: F corp: X/Y ... rss: R`, `stat::number_of_executed_units: N`,
/// `Slowest unit: S s:`).
fn read_status(line: &str, summary: &mut RunSummary) {
    let words: Vec<&str> = line.split_whitespace().collect();
    let after = |key: &str| {
        words
            .iter()
            .position(|w| *w == key)
            .and_then(|i| words.get(i + 1))
            .copied()
    };
    if line.starts_with('#') && (line.contains("cov:") || line.contains("DONE")) {
        if let Some(c) = after("cov:").and_then(|v| v.parse().ok()) {
            summary.coverage = c;
        }
        if let Some(f) = after("ft:").and_then(|v| v.parse().ok()) {
            summary.features = f;
        }
        if let Some(c) = after("corp:") {
            summary.corpus = c.to_string();
        }
        if let Some(r) = after("rss:") {
            summary.peak_rss = r.to_string();
        }
    }
    if let Some(n) = line.strip_prefix("stat::number_of_executed_units:") {
        summary.runs = n.trim().parse().unwrap_or(summary.runs);
    }
    if let Some(rest) = line.strip_prefix("Slowest unit:")
        && let Some(s) = rest.split_whitespace().next().and_then(|s| s.parse().ok())
    {
        summary.slowest_seconds = summary.slowest_seconds.max(s);
    }
    if let Some(r) = line.strip_prefix("stat::peak_rss_mb:") {
        summary.peak_rss = format!("{}Mb", r.trim());
    }
}
