//! Training and evaluation of bounce classification models.
//!
//! The main types:
//!
//! - [`Corpus`]: a labelled corpus in one of three formats (a `labels.jsonl` directory,
//!   per-reason directories of `.eml` files, a `.jsonl` file of diagnostic snippets),
//!   with every unusable entry reported by name in [`Corpus::problems`].
//! - [`fit`] with a [`FitSetup`]: cross-validated fitting of the model, its temperature
//!   and the measured precision of every rule, in three streaming passes; returns the
//!   [`bounce_model::ModelFile`] and the [`Evaluation`] behind it.
//! - [`evaluate`]: a trained classifier measured on corpora.
//! - [`Evaluation`]: the whole classifier (rules plus model) beside the model alone:
//!   accuracy, macro-F1, per-class scores, confusions, ECE, Brier, reliability; rendered
//!   by [`report::render`], as JSON (serde), and as SVG by [`plots::write_plots`].
//! - [`Score`]: recipient-level scoring computed exactly like `shared/tools/score.py`.

pub mod corpus;
mod error;
pub mod evaluate;
pub mod examples;
pub mod fit;
pub mod plots;
pub mod report;
pub mod score;

pub use corpus::{Corpus, Item, Labels};
pub use error::TrainError;
pub use evaluate::{Evaluation, evaluate};
pub use fit::{FitSetup, Fitted, fit};
pub use score::{Predicted, Score};
