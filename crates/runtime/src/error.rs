//! Errors of the runtime layer.

use std::path::PathBuf;
use thiserror::Error;

/// Why a classifier could not be built.
#[derive(Debug, Error)]
pub enum RuntimeError {
    /// The model file could not be read from disk.
    #[error("cannot read model file {path}: {source}")]
    ModelIo {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The model file is not a usable model.
    #[error("model file {path}: {source}")]
    Model {
        path: PathBuf,
        source: bounce_model::ModelError,
    },
    /// The rule file could not be read from disk.
    #[error("cannot read rule file {path}: {source}")]
    RulesIo {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The rule file is not valid.
    #[error("rule file {file}: {message}")]
    Rules { file: String, message: String },
}
