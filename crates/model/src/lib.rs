//! The model layer of the bounce classifier.
//!
//! The main types:
//!
//! - [`Reason`], the taxonomy of `TAXONOMY.md` (names, [`Reason::hard`],
//!   [`Reason::action`]), shared by training and runtime.
//! - [`NaiveBayesParams`] → [`CheckedParams`] → [`Trainer`] → [`NaiveBayes`]: a sparse
//!   multinomial naive Bayes fitted from a stream of examples (memory grows with the
//!   vocabulary, not the corpus), with inspectable per-token weights.
//! - [`calibrate`]: the temperature that makes confidences calibrated, expected
//!   calibration error over equal-mass bins, the Brier score, and [`PathRecord`], the
//!   measured precision of a decision path.
//! - [`Memory`]: exact-template labels, so that a user's corrections stick.
//! - [`ModelFile`]: the versioned file (magic, format version, checksum, `postcard`
//!   body) holding all of the above and the [`TrainingCard`].
//! - [`metrics`]: confusion matrices, per-class precision/recall/F1, macro-F1, folds.

pub mod calibrate;
mod card;
mod error;
mod file;
mod memory;
pub mod metrics;
mod nb;
mod reason;

pub use calibrate::PathRecord;
pub use card::{CorpusDigest, CvSummary, TrainingCard};
pub use error::ModelError;
pub use file::{Calibration, FORMAT_VERSION, HEADER_BYTES, MAGIC, ModelFile};
pub use memory::{Memory, MemoryBuilder, signature};
pub use nb::{
    CheckedParams, NaiveBayes, NaiveBayesParams, TokenWeight, Trainer, argmax, softmax_in_place,
};
pub use reason::{NextAction, Reason};
