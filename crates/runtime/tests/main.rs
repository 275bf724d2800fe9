//! Integration tests of the runtime.

mod rule_files;
mod rule_phrases;
mod slowest;
