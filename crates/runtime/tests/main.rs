//! Integration tests of the runtime.

mod readings;
mod rule_files;
mod rule_phrases;
mod slowest;
