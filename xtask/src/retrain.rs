//! `cargo xtask retrain`: models/default.model from data/, and `--check` that the
//! checked-in model is exactly what the corpus and the code produce.

use anyhow::{Context, Result, bail};
use bounce_runtime::RuleSet;
use bounce_train::{Corpus, FitSetup, fit, report};
use indicatif::ProgressBar;
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct Args {
    /// The training corpus directory (holds train/ and snippets/train.jsonl).
    #[arg(long, default_value = "data")]
    data: PathBuf,
    /// Where the model goes.
    #[arg(long, default_value = "models/default.model")]
    out: PathBuf,
    /// Do not write: fail when the model at --out differs from what retraining produces.
    #[arg(long)]
    check: bool,
    /// Print the cross-validation report.
    #[arg(long)]
    verbose: bool,
}

/// The corpora the shipped model is trained on.
pub fn training_corpora(data: &Path) -> Result<Vec<Corpus>> {
    let mut corpora = vec![
        Corpus::open(&data.join("train"))
            .with_context(|| format!("opening {}", data.join("train").display()))?,
    ];
    let snippets = data.join("snippets/train.jsonl");
    if snippets.is_file() {
        corpora.push(Corpus::open(&snippets)?);
    }
    Ok(corpora)
}

pub fn run(args: &Args) -> Result<()> {
    let corpora = training_corpora(&args.data)?;
    let fitted = fit(
        &corpora,
        &FitSetup::new(RuleSet::builtin()?),
        &ProgressBar::hidden(),
    )?;
    let bytes = fitted.model.to_bytes();
    if args.verbose {
        print!("{}", report::render(&fitted.evaluation));
    }
    let cv = fitted.model.card.cv.clone().unwrap_or_default();
    eprintln!(
        "model: {} bytes, {} classes, vocabulary {}, cross-validated accuracy {:.1}% (rules + model), {:.1}% (model alone), ECE {:.4}",
        bytes.len(),
        fitted.model.model.classes().len(),
        fitted.model.model.vocabulary_len(),
        100.0 * cv.classifier_accuracy,
        100.0 * cv.model_accuracy,
        cv.ece
    );
    if args.check {
        let current =
            std::fs::read(&args.out).with_context(|| format!("reading {}", args.out.display()))?;
        if current != bytes {
            bail!(
                "{} is not what `cargo xtask retrain` produces from {}: run it and commit the model",
                args.out.display(),
                args.data.display()
            );
        }
        eprintln!("{} is up to date", args.out.display());
        return Ok(());
    }
    if let Some(dir) = args.out.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(&args.out, &bytes).with_context(|| format!("writing {}", args.out.display()))?;
    eprintln!("wrote {}", args.out.display());
    Ok(())
}
