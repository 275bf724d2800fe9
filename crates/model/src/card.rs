//! The training card: what a model was trained on and how good it measured.

use serde::{Deserialize, Serialize};

/// One training corpus, identified by the digest of its contents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorpusDigest {
    /// The corpus as named on the command line (a directory or a `.jsonl` file).
    pub name: String,
    /// SHA-256 over the file names and bytes, in sorted order.
    pub sha256: String,
    pub examples: u64,
}

/// Cross-validated quality of the model, measured when it was trained.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CvSummary {
    pub folds: u32,
    pub examples: u64,
    /// The model alone.
    pub model_accuracy: f64,
    pub model_macro_f1: f64,
    /// Rules and model together, as the runtime classifies.
    pub classifier_accuracy: f64,
    pub classifier_macro_f1: f64,
    /// Expected calibration error (equal-mass bins) of the calibrated model confidence.
    pub ece: f64,
    /// Multi-class Brier score of the calibrated model probabilities.
    pub brier: f64,
}

/// Provenance and measured quality, stored in the model file.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct TrainingCard {
    /// The program and version that wrote the model.
    pub tool: String,
    pub corpora: Vec<CorpusDigest>,
    /// Training examples (recipients) per reason, in taxonomy order.
    pub class_counts: Vec<(String, u64)>,
    pub alpha: f64,
    pub min_doc_freq: u32,
    pub cv: Option<CvSummary>,
}
