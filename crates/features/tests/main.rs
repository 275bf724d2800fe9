//! Integration tests of bounce-features: the golden corpus and hostile input.

mod golden;
mod robustness;
