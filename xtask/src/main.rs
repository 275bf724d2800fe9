//! `cargo xtask <command>`: project tasks, one module per command.

use clap::{Parser, Subcommand};

mod bench;
mod eval;
mod fuzz;
mod gen_data;
mod retrain;
mod slowest;

#[derive(Parser)]
#[command(name = "cargo xtask", about = "Project tasks for the bounce workspace")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Regenerate the labelled training corpus under data/ from the templates in
    /// xtask/src/gen_data (deterministic: the same seed gives the same bytes).
    GenData(gen_data::Args),
    /// Rebuild models/default.model from data/ (deterministic: twice gives the same bytes).
    Retrain(retrain::Args),
    /// Classify a labelled corpus with the shipped model and score it the way
    /// shared/tools/score.py does.
    Eval(eval::Args),
    /// Measure throughput, latency and memory of classification (or of training with
    /// --train N).
    Bench(bench::Args),
    /// Run the cargo-fuzz targets under fuzz/ with the project's seeds (needs
    /// `cargo install cargo-fuzz`) and print executions, coverage and slowest inputs.
    Fuzz(fuzz::Args),
    /// Time classification of every input in the fuzz corpora, list the slowest and keep
    /// them as regression fixtures (tests/slowest).
    Slowest(slowest::Args),
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().command {
        Command::GenData(args) => gen_data::run(&args),
        Command::Retrain(args) => retrain::run(&args),
        Command::Eval(args) => eval::run(&args),
        Command::Bench(args) => bench::run(&args),
        Command::Fuzz(args) => fuzz::run(&args),
        Command::Slowest(args) => slowest::run(&args),
    }
}
