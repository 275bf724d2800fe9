//! `bounce-train`: fits a bounce classification model on labelled corpora and says how
//! good it is before anyone relies on it.

use anyhow::{Context, Result, bail};
use bounce_model::NaiveBayesParams;
use bounce_runtime::{Classifier, RuleSet};
use bounce_train::{Corpus, Evaluation, FitSetup, evaluate, fit, plots, report};
use clap::{Args, Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

#[derive(Parser)]
#[command(
    name = "bounce-train",
    version,
    about = "Fit and evaluate bounce classification models on labelled corpora",
    long_about = "Fit and evaluate bounce classification models on labelled corpora.\n\nA corpus is one of: a directory with labels.jsonl beside the .eml files it names (one JSON object per message: {\"file\", \"bounce\", \"recipients\": [{\"reason\", \"hardbounce\", \"final\"}]}); a directory with one sub-directory per reason (userunknown/, mailboxfull/, ..., notbounce/) holding .eml files; or a .jsonl file of diagnostic snippets ({\"text\", \"reason\"}). Entries that cannot be used (unknown reasons, unreadable files, recipient counts the parser disagrees with) are listed by name in the report and skipped."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Train a model on the corpora and write it to --out. Runs a cross-validation first,
    /// which calibrates the model's confidence and measures the precision of every rule;
    /// the results are stored in the model's training card and printed.
    Fit {
        #[command(flatten)]
        corpora: CorpusArgs,
        /// Where to write the model file.
        #[arg(long)]
        out: PathBuf,
        #[command(flatten)]
        training: TrainingArgs,
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Cross-validate on the corpora without writing a model: folds keep each template
    /// family (labels' "family", or the file name without its number) in one fold, so the
    /// figures measure generalisation to unseen templates.
    Cv {
        #[command(flatten)]
        corpora: CorpusArgs,
        #[command(flatten)]
        training: TrainingArgs,
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Evaluate a trained model (with the rules) on labelled corpora it was not trained on.
    Eval {
        #[command(flatten)]
        corpora: CorpusArgs,
        /// The model file to evaluate.
        #[arg(long, required_unless_present = "rules_only")]
        model: Option<PathBuf>,
        /// Evaluate the rules alone, without a model (to see what a model adds).
        #[arg(long, conflicts_with = "model")]
        rules_only: bool,
        /// A user rule file (TOML) that wins over the built-in rules.
        #[arg(long)]
        rules: Option<PathBuf>,
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Print a model's training card and the strongest tokens of each class.
    Inspect {
        /// The model file to inspect.
        #[arg(long)]
        model: PathBuf,
        /// Tokens shown per class.
        #[arg(long, default_value_t = 12)]
        top: usize,
        /// Print the card as JSON.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args)]
struct CorpusArgs {
    /// A labelled corpus (repeat for several).
    #[arg(long = "corpus", required = true, value_name = "DIR_OR_JSONL")]
    corpora: Vec<PathBuf>,
}

#[derive(Args)]
struct TrainingArgs {
    /// Number of cross-validation folds.
    #[arg(long, default_value_t = 5)]
    folds: usize,
    /// Lidstone smoothing of the naive Bayes model.
    #[arg(long, default_value_t = NaiveBayesParams::default().alpha)]
    alpha: f64,
    /// Drop tokens seen in fewer examples than this.
    #[arg(long, default_value_t = NaiveBayesParams::default().min_doc_freq)]
    min_doc_freq: u32,
    /// A user rule file (TOML) that wins over the built-in rules.
    #[arg(long)]
    rules: Option<PathBuf>,
}

#[derive(Args)]
struct OutputArgs {
    /// Print the evaluation as JSON instead of a table.
    #[arg(long)]
    json: bool,
    /// Also write a reliability diagram and confusion-matrix heat maps (SVG) into DIR.
    #[arg(long, value_name = "DIR")]
    plots: Option<PathBuf>,
    /// Also list every recipient the classifier got wrong (file, truth, prediction, what
    /// decided, codes, diagnostic).
    #[arg(long)]
    mistakes: bool,
}

fn open_corpora(args: &CorpusArgs) -> Result<Vec<Corpus>> {
    args.corpora
        .iter()
        .map(|p| Corpus::open(p).with_context(|| format!("opening corpus {}", p.display())))
        .collect()
}

fn rules(path: Option<&Path>) -> Result<RuleSet> {
    Ok(match path {
        Some(p) => Classifier::load_rules(p)?,
        None => RuleSet::builtin()?,
    })
}

/// A progress bar on stderr, only when stderr is a terminal.
fn progress(total: u64, what: &str) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(total);
    bar.set_style(
        ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} ({eta})")
            .expect("valid template")
            .progress_chars("=> "),
    );
    bar.set_message(what.to_string());
    bar
}

fn print(evaluation: &Evaluation, output: &OutputArgs) -> Result<()> {
    if output.json {
        println!("{}", serde_json::to_string_pretty(evaluation)?);
    } else {
        print!("{}", report::render(evaluation));
        if output.mistakes {
            println!();
            print!("{}", report::render_mistakes(evaluation));
        }
    }
    if let Some(dir) = &output.plots {
        plots::write_plots(evaluation, dir)
            .with_context(|| format!("writing plots to {}", dir.display()))?;
        eprintln!("plots written to {}", dir.display());
    }
    Ok(())
}

fn setup(training: &TrainingArgs) -> Result<FitSetup> {
    let mut setup = FitSetup::new(rules(training.rules.as_deref())?);
    setup.folds = training.folds;
    setup.params = NaiveBayesParams::default()
        .alpha(training.alpha)
        .min_doc_freq(training.min_doc_freq);
    Ok(setup)
}

fn main() -> Result<()> {
    match Cli::parse().command {
        Command::Fit {
            corpora,
            out,
            training,
            output,
        } => {
            let corpora = open_corpora(&corpora)?;
            let items: u64 = corpora.iter().map(|c| c.items.len() as u64).sum();
            let bar = progress(3 * items, "fitting");
            let fitted = fit(&corpora, &setup(&training)?, &bar)?;
            bar.finish_and_clear();
            std::fs::write(&out, fitted.model.to_bytes())
                .with_context(|| format!("writing {}", out.display()))?;
            print(&fitted.evaluation, &output)?;
            eprintln!("model written to {}", out.display());
        }
        Command::Cv {
            corpora,
            training,
            output,
        } => {
            let corpora = open_corpora(&corpora)?;
            let items: u64 = corpora.iter().map(|c| c.items.len() as u64).sum();
            let bar = progress(3 * items, "cross-validating");
            let fitted = fit(&corpora, &setup(&training)?, &bar)?;
            bar.finish_and_clear();
            print(&fitted.evaluation, &output)?;
        }
        Command::Eval {
            corpora,
            model,
            rules_only: _,
            rules: rule_file,
            output,
        } => {
            let corpora = open_corpora(&corpora)?;
            let model = model.map(|m| Classifier::load_model(&m)).transpose()?;
            let classifier = Classifier::new(model, rules(rule_file.as_deref())?);
            let items: u64 = corpora.iter().map(|c| c.items.len() as u64).sum();
            let bar = progress(items, "evaluating");
            let evaluation = evaluate(&corpora, &classifier, &bar);
            bar.finish_and_clear();
            if evaluation.classifier.files == 0 {
                bail!("no labelled messages in the corpora");
            }
            print(&evaluation, &output)?;
        }
        Command::Inspect { model, top, json } => {
            let model = Classifier::load_model(&model)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&model.card)?);
            } else {
                print!("{}", report::render_model(&model, top));
            }
        }
    }
    Ok(())
}
