//! `bounce`: why did this e-mail bounce? One verdict per failed recipient.

mod classify;
mod explain;
mod input;
mod output;
mod stream;
mod uncertain;

use anyhow::{Context, Result, bail};
use bounce_features::Limits;
use bounce_runtime::{Classifier, Options, RuleSet};
use clap::{Args, Parser, Subcommand};
use classify::Format;
use indicatif::{ProgressBar, ProgressStyle};
use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "bounce",
    version,
    about = "Why did this e-mail bounce? One explained verdict per failed recipient.",
    long_about = "Why did this e-mail bounce?\n\nReads delivery-failure reports (RFC 3464 DSNs and free-text bounces in any language, auto-replies, feedback reports) and says, for every failed recipient: the address, the reason (userunknown, mailboxfull, blocked, ...), a calibrated confidence, hard or soft, the next action, and the evidence behind the decision."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Classify messages: files, directories (recursive; maildir cur/ and new/), mbox
    /// files (detected by their `From ` lines), or `-` for standard input.
    ///
    /// Every message gives at least one output record: its verdicts, or one error record
    /// naming it; a bad message never stops the run. The exit status is non-zero only
    /// when nothing at all could be read.
    Classify(ClassifyArgs),
    /// Explain one message for a person: the evidence found, the rules that fired, the
    /// model's top classes and tokens, the verdict and the advice.
    Explain {
        /// The message (or mbox) to explain; `-` for standard input.
        file: PathBuf,
        #[command(flatten)]
        setup: SetupArgs,
        /// Print the explanation as JSON.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args)]
struct SetupArgs {
    /// A model file to use instead of the built-in default model.
    #[arg(long, value_name = "FILE")]
    model: Option<PathBuf>,
    /// A rule file (TOML, see crates/runtime/rules/README.md) whose rules win over the
    /// built-in ones.
    #[arg(long, value_name = "FILE")]
    rules: Option<PathBuf>,
}

#[derive(Args)]
struct ClassifyArgs {
    /// Files, directories, mbox files, or `-` for standard input.
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Classify a bare diagnostic or MTA log line instead of messages
    /// (e.g. "550 5.1.1 <a@example.org>: User unknown").
    #[arg(long, value_name = "TEXT", conflicts_with = "paths")]
    text: Option<String>,
    #[command(flatten)]
    setup: SetupArgs,
    /// Output format [default: table on a terminal, jsonl otherwise].
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Copy every message with an uncertain verdict (confidence below --threshold, or
    /// onhold/undefined) into DIR with a labels.jsonl of the proposed labels, in the
    /// corpus format bounce-train reads: correct the labels, then retrain with
    /// `bounce-train fit --corpus data/train --corpus data/snippets/train.jsonl --corpus DIR
    /// --out my.model`.
    #[arg(long, value_name = "DIR")]
    uncertain: Option<PathBuf>,
    /// Confidence below which a verdict is uncertain (for --uncertain).
    #[arg(long, default_value_t = 0.8)]
    threshold: f64,
    /// Worker threads [default: one per core].
    #[arg(long, value_name = "N")]
    jobs: Option<usize>,
    /// Largest message accepted, in bytes; larger ones become error records.
    #[arg(long, value_name = "BYTES", default_value_t = Limits::default().max_message_bytes)]
    max_message_bytes: usize,
    /// Most MIME parts walked per message; more is an error record.
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_parts)]
    max_parts: usize,
    /// Deepest MIME nesting walked per message; deeper is an error record.
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_depth)]
    max_depth: usize,
    /// Most header fields in one header block; more is an error record.
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_headers)]
    max_headers: usize,
    /// Longest line kept from a report's text, in bytes; longer lines are cut.
    #[arg(long, value_name = "BYTES", default_value_t = Limits::default().max_line_bytes)]
    max_line_bytes: usize,
    /// Most bytes of a report's text read (the rest is ignored).
    #[arg(long, value_name = "BYTES", default_value_t = Limits::default().max_text_bytes)]
    max_text_bytes: usize,
    /// Most recipients reported per message; the rest are dropped and the verdicts say
    /// `"truncated": true`.
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_recipients)]
    max_recipients: usize,
}

fn classifier(setup: &SetupArgs) -> Result<Classifier> {
    let rules = match &setup.rules {
        Some(path) => Classifier::load_rules(path)?,
        None => RuleSet::builtin()?,
    };
    let model = match &setup.model {
        Some(path) => Classifier::load_model(path)?,
        None => Classifier::builtin_model()?,
    };
    Ok(Classifier::new(Some(model), rules))
}

fn run_classify(args: ClassifyArgs) -> Result<i32> {
    let limits = Limits {
        max_message_bytes: args.max_message_bytes,
        max_parts: args.max_parts,
        max_depth: args.max_depth,
        max_headers: args.max_headers,
        max_line_bytes: args.max_line_bytes,
        max_text_bytes: args.max_text_bytes,
        max_recipients: args.max_recipients,
    };
    if limits.max_recipients == 0 || limits.max_parts == 0 || limits.max_depth == 0 {
        bail!("--max-recipients, --max-parts and --max-depth must be at least 1");
    }
    let options = Options {
        limits,
        ..Options::default()
    };
    let classifier = classifier(&args.setup)?.with_options(options);
    if let Some(n) = args.jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .context("setting the number of threads")?;
    }
    let stdout = std::io::stdout();
    let format = args.format.unwrap_or(if stdout.is_terminal() {
        Format::Table
    } else {
        Format::Jsonl
    });
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());

    if let Some(text) = &args.text {
        let verdict = classifier.classify_text(text);
        let result = output::MessageResult {
            source: "-".into(),
            index: 0,
            outcome: Ok(vec![verdict]),
            raw: None,
        };
        match format {
            Format::Jsonl => output::write_jsonl(&mut out, &result)?,
            Format::Json => writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(&output::json_values(&result))?
            )?,
            Format::Table => {
                let mut table = output::Table::default();
                table.write(&mut out, &result)?;
                table.finish(&mut out)?;
            }
        }
        out.flush()?;
        return Ok(0);
    }
    if args.paths.is_empty() {
        bail!("nothing to classify: give files, directories, `-` for standard input, or --text");
    }
    let sources = input::expand(&args.paths);
    // Progress counts bytes, so that one large mbox shows it too.
    let total_bytes: u64 = sources.iter().map(classify::source_bytes).sum();
    let progress = if std::io::stderr().is_terminal()
        && (sources.len() > 1
            || total_bytes > classify::STREAM_BYTES
            || sources.contains(&input::Source::Stdin))
    {
        let bar = ProgressBar::new(total_bytes);
        bar.set_style(
            ProgressStyle::with_template(
                "classifying [{bar:40}] {binary_bytes}/{binary_total_bytes} ({binary_bytes_per_sec}, {eta}) {msg}",
            )
            .expect("valid template")
            .progress_chars("=> "),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let mut exporter = match &args.uncertain {
        Some(dir) => Some(uncertain::Exporter::new(dir, args.threshold)?),
        None => None,
    };
    let totals = classify::run(
        &classifier,
        &sources,
        format,
        exporter.as_mut(),
        &progress,
        &mut out,
    )?;
    progress.finish_and_clear();
    if let (Some(e), Some(dir)) = (&exporter, &args.uncertain) {
        eprintln!(
            "{} uncertain message(s) written to {} (labels in labels.jsonl)",
            e.exported,
            dir.display()
        );
    }
    if totals.errors > 0 || totals.truncated > 0 {
        eprintln!(
            "bounce: {} message(s): {} could not be read (see their error lines), {} had more recipients than --max-recipients",
            totals.messages, totals.errors, totals.truncated
        );
    }
    if totals.messages == 0 || totals.errors == totals.messages {
        eprintln!(
            "bounce: nothing could be read ({} input(s), {} error(s))",
            sources.len(),
            totals.errors
        );
        return Ok(1);
    }
    Ok(0)
}

fn run_explain(file: PathBuf, setup: SetupArgs, json: bool) -> Result<i32> {
    let classifier = classifier(&setup)?;
    let source = if file.as_os_str() == "-" {
        input::Source::Stdin
    } else {
        input::Source::File(file.clone())
    };
    let bytes = source
        .read()
        .with_context(|| format!("reading {}", source.name()))?;
    let mut failures = 0;
    let messages = bounce_features::mbox::split(&bytes);
    let mut json_out = Vec::new();
    for (index, message) in messages.iter().enumerate() {
        match classifier.explain(message) {
            Ok((report, traces)) => {
                if json {
                    json_out.push(serde_json::json!({"source": source.name(), "message": index, "report": report, "verdicts": traces}));
                } else {
                    print!(
                        "{}",
                        explain::render(&source.name(), index, &report, &traces)
                    );
                }
            }
            Err(e) => {
                failures += 1;
                if json {
                    json_out.push(serde_json::json!({"source": source.name(), "message": index, "error": e.to_string()}));
                } else {
                    println!("{}#{index}: error: {e}", source.name());
                }
            }
        }
    }
    if json {
        println!("{}", serde_json::to_string_pretty(&json_out)?);
    }
    Ok(if failures == messages.len() { 1 } else { 0 })
}

fn main() {
    let result = match Cli::parse().command {
        Command::Classify(args) => run_classify(args),
        Command::Explain { file, setup, json } => run_explain(file, setup, json),
    };
    match result {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("bounce: {e:#}");
            std::process::exit(2);
        }
    }
}
