//! The runtime of the bounce classifier: rules plus model, one explained verdict per
//! failed recipient. This is the library to embed.
//!
//! The main types:
//!
//! - [`Classifier`]: built from a model file (the shipped default with
//!   [`Classifier::builtin`], or any file) and a [`RuleSet`]; [`Classifier::classify`]
//!   turns the bytes of one message into one [`Verdict`] per recipient,
//!   [`Classifier::classify_text`] does the same for a bare diagnostic line, and
//!   [`Classifier::explain`] returns the whole [`Trace`] behind each verdict.
//! - [`Verdict`]: recipient, reason, calibrated confidence, hard/permanent/final, next
//!   action, the codes and diagnostic used, what decided (`decided_by`) and why, a retry
//!   time, the blocklist named, and advice in plain words.
//! - [`RuleSet`]: phrase rules in twelve languages, provider tables, status-code tables and
//!   user rule files, in one TOML format (`rules/README.md`), matched in one pass.
//!
//! The precedence between user rules, template memory, rules, the model and code tables is
//! fixed and documented in [`classifier`]; the same input and model always give the same
//! verdicts.

pub mod advice;
pub mod classifier;
mod error;
pub mod extract;
pub mod rules;
mod stage;
mod verdict;

pub use classifier::{Classifier, Options};
pub use error::RuntimeError;
pub use rules::{Facts, Hit, Rule, RuleSet, Scan, Tier};
pub use verdict::{FiredRule, ModelView, Trace, Verdict};

/// Builds every matcher that is otherwise built at its first use: the parser's
/// ([`bounce_features::build_matchers`]) and the verdict extractors'. [`Classifier::new`]
/// calls it; a program that parses without a classifier may call it at start-up.
pub fn build_matchers() {
    bounce_features::build_matchers();
    extract::build_matchers();
}
