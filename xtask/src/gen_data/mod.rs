//! `cargo xtask gen-data`: generates the labelled training corpus under data/.
//!
//! Everything is made from templates in this module tree with a seeded PRNG, so the
//! corpus is reproducible byte for byte. See data/README.md (written by [`readme`]) for
//! the format and the held-out split.

mod build;
mod charset;
mod date;
mod label;
mod lang;
mod mime;
mod names;
mod notbounce;
mod original;
mod plan;
mod readme;
mod reasons;
mod rng;
mod snippets;
mod spec;
mod special;
mod styles;
mod tables;
mod write;

use anyhow::{Result, bail};
use label::Sample;
use plan::Kind;
use std::path::{Path, PathBuf};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Where to write the corpus (train/, heldout/, snippets/, README.md).
    #[arg(long, default_value = "data")]
    pub out: PathBuf,
    /// Seed of the generator; the same seed gives the same bytes.
    #[arg(long, default_value_t = 20_240_611)]
    pub seed: u64,
    /// Generate into a temporary directory and fail if it differs from --out.
    #[arg(long)]
    pub check: bool,
}

fn generate(out: &Path, seed: u64) -> Result<(usize, usize, usize)> {
    let bank = reasons::Bank::load();
    let jobs = plan::jobs(seed, &bank);
    let families = plan::heldout_families(seed, &jobs);
    let mut train: Vec<Sample> = Vec::new();
    let mut held: Vec<Sample> = Vec::new();
    for (i, job) in jobs.iter().enumerate() {
        let heldout = families.binary_search(&job.family).is_ok();
        let mut rng = rng::Rng::for_key(seed, &format!("job{i}"));
        let sample = match &job.kind {
            Kind::Bounce(b) => build::bounce(&mut rng, &bank, b, heldout),
            Kind::Vacation {
                lang,
                style,
                variant,
            } => special::vacation(&mut rng, lang::get(lang), style, *variant),
            Kind::Feedback { style, variant } => special::feedback(&mut rng, style, *variant),
            Kind::Delivered { style, variant } => {
                special::delivered(&mut rng, lang::get("en"), style, *variant)
            }
            Kind::NotBounce {
                kind,
                lang,
                variant,
            } => notbounce::make(&mut rng, &bank, kind, lang::get(lang), *variant),
        };
        if heldout {
            held.push(sample);
        } else {
            train.push(sample);
        }
    }
    let snips = snippets::make(seed, &bank);
    // File names are assigned while writing; the README only needs the counts.
    let readme = readme::render(seed, &train, &held, &snips, &families);
    write::all(out, &mut train, &mut held, &snips, &readme)?;
    Ok((train.len(), held.len(), snips.len()))
}

pub fn run(args: &Args) -> Result<()> {
    if args.check {
        let tmp = std::env::temp_dir().join(format!("gen-data-check-{}", std::process::id()));
        if tmp.exists() {
            std::fs::remove_dir_all(&tmp)?;
        }
        std::fs::create_dir_all(&tmp)?;
        generate(&tmp, args.seed)?;
        let diff = write::differences(&tmp, &args.out)?;
        std::fs::remove_dir_all(&tmp)?;
        if !diff.is_empty() {
            let shown: Vec<&str> = diff.iter().take(50).map(String::as_str).collect();
            bail!(
                "{} differs from a fresh generation with seed {} in {} files (regenerate with `cargo xtask gen-data`):\n  {}{}",
                args.out.display(),
                args.seed,
                diff.len(),
                shown.join("\n  "),
                if diff.len() > 50 { "\n  ..." } else { "" }
            );
        }
        println!("{} is up to date (seed {})", args.out.display(), args.seed);
        return Ok(());
    }
    std::fs::create_dir_all(&args.out)?;
    let (t, h, s) = generate(&args.out, args.seed)?;
    println!(
        "wrote {t} training and {h} held-out messages and {s} snippets to {}",
        args.out.display()
    );
    Ok(())
}
