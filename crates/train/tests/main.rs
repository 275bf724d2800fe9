//! Integration tests of bounce-train.

mod cli;
