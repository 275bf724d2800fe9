//! `cargo xtask eval --corpus DIR`: the shipped model and rules on a labelled corpus,
//! scored exactly like shared/tools/score.py (recipients compared by position, all
//! messages of an mbox file together, ordinary messages right only as `notbounce`).

use anyhow::{Context, Result, bail};
use bounce_runtime::{Classifier, RuleSet};
use bounce_train::{Corpus, evaluate, report};
use indicatif::ProgressBar;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// A labelled corpus (a directory with labels.jsonl); repeat for several.
    #[arg(long = "corpus", required = true)]
    corpora: Vec<PathBuf>,
    /// The model file.
    #[arg(long, default_value = "models/default.model")]
    model: PathBuf,
    /// Print JSON instead of the table.
    #[arg(long)]
    json: bool,
    /// Measure the rules alone, without any model (to see what a model adds).
    #[arg(long)]
    rules_only: bool,
}

pub fn run(args: &Args) -> Result<()> {
    let corpora: Vec<Corpus> = args
        .corpora
        .iter()
        .map(|p| Corpus::open(p).with_context(|| format!("opening {}", p.display())))
        .collect::<Result<_>>()?;
    let model = if args.rules_only {
        None
    } else {
        Some(Classifier::load_model(&args.model)?)
    };
    let classifier = Classifier::new(model, RuleSet::builtin()?);
    let evaluation = evaluate(&corpora, &classifier, &ProgressBar::hidden());
    if evaluation.classifier.files == 0 {
        bail!("no labelled messages in {:?}", args.corpora);
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&evaluation)?);
    } else {
        print!("{}", report::render(&evaluation));
        let s = &evaluation.classifier;
        let pct = |a: u64, b: u64| 100.0 * a as f64 / b.max(1) as f64;
        // The same lines, in the same format, as shared/tools/score.py prints, so that
        // the two can be compared line by line.
        println!();
        println!("bounce/not-bounce right   {}/{}", s.bounce_right, s.files);
        println!(
            "recipient count right     {}/{} ({:.1}%)",
            s.count_right,
            s.files,
            pct(s.count_right, s.files)
        );
        println!(
            "files fully right         {}/{} ({:.1}%)",
            s.files_right,
            s.files,
            pct(s.files_right, s.files)
        );
        println!(
            "hard-bounce agreement     {}/{} ({:.1}%)",
            s.hard_right,
            s.rows,
            pct(s.hard_right, s.rows)
        );
        println!(
            "recipient_accuracy={:.4} ({}/{})",
            s.accuracy(),
            s.right,
            s.rows
        );
        // Not a score.py line: how many ordinary (non-bounce) messages stayed notbounce.
        println!();
        println!(
            "ordinary mail kept notbounce {}/{} ({:.1}%)",
            s.ordinary_right,
            s.ordinary,
            pct(s.ordinary_right, s.ordinary)
        );
    }
    Ok(())
}
