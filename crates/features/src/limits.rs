//! Bounds on the work done for one message.
//!
//! Every loop in the parser is bounded by one of these numbers, so hostile input costs at
//! most a known amount of time and memory. Exceeding a hard limit (size, parts, depth,
//! headers) is a [`crate::ParseError`]; exceeding a soft one cuts: recipients beyond the
//! limit are dropped and [`crate::Report::truncated`] says so; text beyond the limit (each
//! part is decoded up to four times `max_text_bytes`, the joined notification is cut to
//! `max_text_bytes`, each line to `max_line_bytes`) is not read.

use serde::{Deserialize, Serialize};

/// Resource limits for [`crate::parse_with`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Limits {
    /// Largest message accepted, in bytes.
    pub max_message_bytes: usize,
    /// Most MIME parts walked (all levels together).
    pub max_parts: usize,
    /// Deepest multipart nesting walked.
    pub max_depth: usize,
    /// Most header fields in one header block.
    pub max_headers: usize,
    /// Longest line kept from the notification text; longer lines are cut.
    pub max_line_bytes: usize,
    /// Most bytes of notification text read (the rest is ignored).
    pub max_text_bytes: usize,
    /// Most recipients reported; the rest are dropped and `Report::truncated` is set.
    pub max_recipients: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_message_bytes: 64 << 20,
            max_parts: 512,
            max_depth: 16,
            max_headers: 2_000,
            max_line_bytes: 4 << 10,
            max_text_bytes: 256 << 10,
            max_recipients: 1_000,
        }
    }
}
