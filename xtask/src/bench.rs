//! `cargo xtask bench --corpus DIR`: whole-pipeline throughput and memory.
//!
//! Builds an mbox of at least `--messages` messages from the `.eml` files of DIR (in a
//! temporary directory, never committed), then measures: loading the model; the library
//! (`Classifier::classify`) on one thread, with per-message times for the 99th percentile;
//! the library on every core; the `bounce` command on the same mbox (one thread and all);
//! peak memory. `--train N` measures streaming training on N generated examples instead.

use anyhow::{Context, Result, bail};
use bounce_features::{Evidence, FeatureSettings, SmtpCommand, Status, featurize_named, mbox};
use bounce_model::{MemoryBuilder, ModelFile, NaiveBayesParams, Reason};
use bounce_runtime::{Classifier, RuleSet};
use rayon::prelude::*;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    /// A directory of .eml files (for example ../shared/corpus/sisimai-dev).
    #[arg(long)]
    corpus: Option<PathBuf>,
    /// Messages in the benchmark mbox.
    #[arg(long, default_value_t = 100_000)]
    messages: usize,
    /// The model file.
    #[arg(long, default_value = "models/default.model")]
    model: PathBuf,
    /// Measure streaming training on this many generated examples instead.
    #[arg(long)]
    train: Option<usize>,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
}

/// Peak resident memory of this process so far, in bytes (Linux `VmHWM`).
fn peak_memory() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}

#[derive(Serialize)]
struct ClassifyReport {
    machine: String,
    messages: usize,
    megabytes: f64,
    model_load_ms: f64,
    rules_build_ms: f64,
    matchers_build_ms: f64,
    rule_automaton_patterns: usize,
    rule_automaton_bytes: usize,
    library_one_thread_msgs_per_s: f64,
    library_one_thread_mb_per_s: f64,
    library_p50_us: f64,
    library_p99_us: f64,
    library_max_us: f64,
    library_all_cores_msgs_per_s: f64,
    threads: usize,
    cli_one_thread_msgs_per_s: f64,
    cli_all_cores_msgs_per_s: f64,
    cli_to_library_ratio: f64,
    library_peak_memory_mb: f64,
    cli_peak_memory_mb: f64,
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .unwrap_or_default()
        .lines()
        .find_map(|l| {
            l.strip_prefix("model name")
                .map(|v| v.trim_start_matches([' ', '\t', ':']).to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    format!("{cpu}, {cores} cores")
}

/// An mbox of at least `count` messages made of the corpus files, repeated.
fn build_mbox(corpus: &Path, count: usize, out: &Path) -> Result<usize> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus)
        .with_context(|| format!("reading {}", corpus.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .collect();
    files.sort();
    if files.is_empty() {
        bail!("no .eml files in {}", corpus.display());
    }
    let bodies: Vec<Vec<u8>> = files.iter().map(std::fs::read).collect::<Result<_, _>>()?;
    let mut mbox = Vec::new();
    let mut written = 0;
    while written < count {
        for body in &bodies {
            if !body.starts_with(b"From ") {
                mbox.extend_from_slice(b"From bench@example.org Thu Jan  1 00:00:00 2026\n");
            }
            mbox.extend_from_slice(body);
            if !body.ends_with(b"\n") {
                mbox.push(b'\n');
            }
            mbox.push(b'\n');
            written += 1;
        }
    }
    std::fs::write(out, &mbox)?;
    Ok(written)
}

/// Runs the `bounce` binary on the mbox; returns seconds and peak memory (bytes).
fn time_cli(mbox: &Path, threads: Option<usize>) -> Result<(f64, u64)> {
    let bin = Path::new("target/release/bounce");
    if !bin.exists() {
        bail!("build the CLI first: cargo build --release -p bounce");
    }
    let mut cmd = Command::new("/usr/bin/time");
    cmd.args([
        "-f",
        "%M",
        bin.to_str().unwrap_or("bounce"),
        "classify",
        "--format",
        "jsonl",
    ]);
    if let Some(n) = threads {
        cmd.args(["--jobs", &n.to_string()]);
    }
    cmd.arg(mbox).stdout(std::process::Stdio::null());
    let start = Instant::now();
    let out = cmd
        .output()
        .context("running /usr/bin/time target/release/bounce")?;
    let seconds = start.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let kb: u64 = stderr
        .lines()
        .last()
        .and_then(|l| l.trim().parse().ok())
        .unwrap_or(0);
    Ok((seconds, kb * 1024))
}

fn classify_bench(args: &Args, corpus: &Path) -> Result<()> {
    let dir = std::env::temp_dir().join(format!("bounce-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let mbox_path = dir.join("bench.mbox");
    build_mbox(corpus, args.messages, &mbox_path)?;
    let bytes = std::fs::read(&mbox_path)?;
    let messages = mbox::split(&bytes);

    let model_bytes =
        std::fs::read(&args.model).with_context(|| format!("reading {}", args.model.display()))?;
    let start = Instant::now();
    let model = ModelFile::from_bytes(&model_bytes)?;
    let model_load_ms = start.elapsed().as_secs_f64() * 1e3;
    let start = Instant::now();
    let rules = RuleSet::builtin()?;
    let rules_build_ms = start.elapsed().as_secs_f64() * 1e3;
    let (rule_automaton_patterns, rule_automaton_bytes) = rules.automaton_size();
    // Built here, not by the first messages, whose times would otherwise hold them.
    let start = Instant::now();
    bounce_runtime::build_matchers();
    let matchers_build_ms = start.elapsed().as_secs_f64() * 1e3;
    let classifier = Classifier::new(Some(model), rules);

    // One thread, each message timed.
    let mut times: Vec<u64> = Vec::with_capacity(messages.len());
    let start = Instant::now();
    let mut verdicts = 0usize;
    for m in &messages {
        let t = Instant::now();
        verdicts += classifier.classify(m).map_or(1, |v| v.len());
        times.push(t.elapsed().as_nanos() as u64);
    }
    let one = start.elapsed().as_secs_f64();
    times.sort_unstable();
    let pct = |p: f64| times[((times.len() as f64 - 1.0) * p) as usize] as f64 / 1e3;

    // Every core.
    let threads = rayon::current_num_threads();
    let start = Instant::now();
    let parallel: usize = messages
        .par_iter()
        .map(|m| classifier.classify(m).map_or(1, |v| v.len()))
        .sum();
    let all = start.elapsed().as_secs_f64();
    assert_eq!(
        parallel, verdicts,
        "the same verdicts on one thread and on all"
    );
    let library_peak = peak_memory();

    let (cli_one, cli_peak) = time_cli(&mbox_path, Some(1))?;
    let (cli_all, _) = time_cli(&mbox_path, None)?;
    std::fs::remove_dir_all(&dir).ok();

    let n = messages.len() as f64;
    let mb = bytes.len() as f64 / 1e6;
    let report = ClassifyReport {
        machine: machine(),
        messages: messages.len(),
        megabytes: mb,
        model_load_ms,
        rules_build_ms,
        matchers_build_ms,
        rule_automaton_patterns,
        rule_automaton_bytes,
        library_one_thread_msgs_per_s: n / one,
        library_one_thread_mb_per_s: mb / one,
        library_p50_us: pct(0.5),
        library_p99_us: pct(0.99),
        library_max_us: pct(1.0),
        library_all_cores_msgs_per_s: n / all,
        threads,
        cli_one_thread_msgs_per_s: n / cli_one,
        cli_all_cores_msgs_per_s: n / cli_all,
        cli_to_library_ratio: cli_one / one,
        library_peak_memory_mb: library_peak as f64 / 1e6,
        cli_peak_memory_mb: cli_peak as f64 / 1e6,
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        println!("machine                         {}", report.machine);
        println!(
            "messages                        {} ({:.1} MB)",
            report.messages, report.megabytes
        );
        println!(
            "model load                      {:.2} ms (rules: {:.1} ms, parser matchers: {:.1} ms)",
            report.model_load_ms, report.rules_build_ms, report.matchers_build_ms
        );
        println!(
            "rule automaton                  {} distinct strings, {:.1} MB",
            report.rule_automaton_patterns,
            report.rule_automaton_bytes as f64 / 1e6
        );
        println!(
            "library, one thread             {:.0} messages/s, {:.1} MB/s",
            report.library_one_thread_msgs_per_s, report.library_one_thread_mb_per_s
        );
        println!(
            "library, time per message       p50 {:.1} µs, p99 {:.1} µs, max {:.1} µs",
            report.library_p50_us, report.library_p99_us, report.library_max_us
        );
        println!(
            "library, {} threads              {:.0} messages/s",
            report.threads, report.library_all_cores_msgs_per_s
        );
        println!(
            "bounce classify, one thread     {:.0} messages/s ({:.2}x the library's time)",
            report.cli_one_thread_msgs_per_s, report.cli_to_library_ratio
        );
        println!(
            "bounce classify, all cores      {:.0} messages/s",
            report.cli_all_cores_msgs_per_s
        );
        println!(
            "peak memory                     library {:.0} MB (includes the mbox), bounce {:.0} MB",
            report.library_peak_memory_mb, report.cli_peak_memory_mb
        );
    }
    Ok(())
}

/// A tiny deterministic generator for synthetic training examples.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

/// Generated recipients: reason-specific wording with varied addresses, hosts, codes
/// and filler, so the vocabulary grows like a real corpus's.
fn example(rng: &mut Rng) -> (Evidence, Reason) {
    const CASES: &[(Reason, &str, &[&str])] = &[
        (
            Reason::UserUnknown,
            "5.1.1",
            &[
                "user unknown",
                "no such user",
                "mailbox not found",
                "recipient address rejected",
            ],
        ),
        (
            Reason::MailboxFull,
            "5.2.2",
            &[
                "mailbox full",
                "quota exceeded",
                "over quota",
                "insufficient storage",
            ],
        ),
        (
            Reason::Blocked,
            "5.7.1",
            &[
                "blocked using",
                "listed at",
                "ip blacklisted",
                "client host rejected",
            ],
        ),
        (
            Reason::SpamDetected,
            "5.7.1",
            &[
                "spam detected",
                "message content rejected",
                "looks like spam",
                "high spam score",
            ],
        ),
        (
            Reason::HostUnknown,
            "5.1.2",
            &[
                "host unknown",
                "domain not found",
                "no mx record",
                "nxdomain",
            ],
        ),
        (
            Reason::Expired,
            "4.4.7",
            &[
                "retry timeout exceeded",
                "message expired",
                "queue time expired",
                "gave up",
            ],
        ),
    ];
    let (reason, status, phrases) = CASES[(rng.next() % CASES.len() as u64) as usize];
    let words = [
        "please",
        "contact",
        "administrator",
        "server",
        "delivery",
        "message",
        "recipient",
        "account",
        "mail",
        "system",
    ];
    let mut text = format!(
        "550 {status} <user{}@host{}.example>: {}",
        rng.next() % 100_000,
        rng.next() % 5_000,
        rng.pick(phrases)
    );
    for _ in 0..(rng.next() % 12) {
        text.push(' ');
        text.push_str(rng.pick(&words));
        // A rare word now and then, as real text has.
        if rng.next().is_multiple_of(7) {
            text.push_str(&format!(" token{}", rng.next() % 200_000));
        }
    }
    let evidence = Evidence {
        status: status.parse::<Status>().ok(),
        reply_code: Some(550),
        command: SmtpCommand::Rcpt,
        diagnostic: text,
        ..Evidence::default()
    };
    (evidence, reason)
}

#[derive(Serialize)]
struct TrainReport {
    machine: String,
    examples: usize,
    seconds: f64,
    examples_per_s: f64,
    vocabulary: usize,
    peak_memory_mb: f64,
}

/// Streams `n` generated examples into a full trainer and five fold trainers (as
/// cross-validated fitting does), then finishes the model.
fn train_bench(n: usize, json: bool) -> Result<()> {
    let classes: Vec<Reason> = vec![
        Reason::UserUnknown,
        Reason::MailboxFull,
        Reason::Blocked,
        Reason::SpamDetected,
        Reason::HostUnknown,
        Reason::Expired,
    ];
    let checked = NaiveBayesParams::default().check()?;
    let mut full = checked.trainer(classes.clone());
    let mut folds: Vec<_> = (0..5).map(|_| checked.trainer(classes.clone())).collect();
    let mut memory = MemoryBuilder::default();
    let settings = FeatureSettings::default();
    let mut rng = Rng(7);
    let start = Instant::now();
    for i in 0..n {
        let (evidence, reason) = example(&mut rng);
        let (features, names) = featurize_named(&evidence, &settings);
        full.add(&features, &names, reason)?;
        memory.record(&features, reason);
        for (f, trainer) in folds.iter_mut().enumerate() {
            if f != i % 5 {
                trainer.add(&features, &names, reason)?;
            }
        }
    }
    let model = full.finish()?;
    for t in folds {
        t.finish()?;
    }
    let seconds = start.elapsed().as_secs_f64();
    let report = TrainReport {
        machine: machine(),
        examples: n,
        seconds,
        examples_per_s: n as f64 / seconds,
        vocabulary: model.vocabulary_len(),
        peak_memory_mb: peak_memory() as f64 / 1e6,
    };
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        println!("machine              {}", report.machine);
        println!(
            "training examples    {} in {:.1} s ({:.0} examples/s), vocabulary {}",
            report.examples, report.seconds, report.examples_per_s, report.vocabulary
        );
        println!("peak memory          {:.0} MB", report.peak_memory_mb);
    }
    Ok(())
}

pub fn run(args: &Args) -> Result<()> {
    if let Some(n) = args.train {
        return train_bench(n, args.json);
    }
    let Some(corpus) = &args.corpus else {
        bail!("give --corpus DIR (a directory of .eml files) or --train N");
    };
    classify_bench(args, corpus)
}
