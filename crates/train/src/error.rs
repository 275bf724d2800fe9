//! Errors of the training library.

use std::path::PathBuf;
use thiserror::Error;

/// Why a corpus could not be read or a model not fitted.
#[derive(Debug, Error)]
pub enum TrainError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{path}: not a corpus (expected a directory with labels.jsonl, a directory of per-reason sub-directories of .eml files, or a .jsonl file of snippets)"
    )]
    UnknownCorpus { path: PathBuf },
    #[error("{path}: no usable examples")]
    Empty { path: PathBuf },
    #[error("model: {0}")]
    Model(#[from] bounce_model::ModelError),
    #[error("rules: {0}")]
    Runtime(#[from] bounce_runtime::RuntimeError),
    #[error("--folds must be at least 2, not {0}")]
    Folds(usize),
}
