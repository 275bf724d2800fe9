//! Errors of the model layer.

use thiserror::Error;

/// What went wrong fitting, reading or writing a model.
#[derive(Debug, Error, Clone, PartialEq)]
pub enum ModelError {
    /// A hyper-parameter is out of range (see [`crate::NaiveBayesParams::check`]).
    #[error("invalid parameter: {0}")]
    InvalidParams(String),
    /// Fitting needs at least one example.
    #[error("no training examples")]
    NoExamples,
    /// A reason name that is not in the taxonomy.
    #[error("unknown reason {0:?}")]
    UnknownReason(String),
    /// The bytes are shorter than the file header or than the length it declares.
    #[error("the model file is truncated: {found} bytes, {expected} needed")]
    Truncated { expected: u64, found: u64 },
    /// The bytes do not start with the model magic: some other kind of file.
    #[error("not a bounce model file (it starts with {found:?})")]
    Foreign { found: String },
    /// A model written by a newer release.
    #[error(
        "the model file has format version {found}; this build reads up to {supported}: upgrade bounce"
    )]
    NewerVersion { found: u16, supported: u16 },
    /// An older format this build can no longer read.
    #[error(
        "the model file has format version {found}, no longer supported (this build reads {supported}): retrain it"
    )]
    OlderVersion { found: u16, supported: u16 },
    /// The checksum does not match, or the body does not decode.
    #[error("the model file is corrupted: {0}")]
    Corrupted(String),
    /// The model was trained with different feature settings than this build produces.
    #[error(
        "the model was trained with feature version {found}, this build makes version {supported}: retrain it"
    )]
    FeatureVersion { found: u32, supported: u32 },
}
