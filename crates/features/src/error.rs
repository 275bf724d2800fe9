//! Errors of the parsing layer.

use thiserror::Error;

/// Why a message could not be turned into a [`crate::Report`].
///
/// Each variant names the limit or the defect, so a batch job can log it next to the
/// message it came from and go on with the next one.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// Zero bytes, or only white space.
    #[error("the message is empty")]
    Empty,
    /// The bytes do not start with anything that looks like a header block.
    #[error("no header block found: this is not an e-mail message")]
    NoHeaders,
    /// The message is larger than [`crate::Limits::max_message_bytes`].
    #[error("the message has {size} bytes, over the limit of {limit}")]
    TooLarge { size: usize, limit: usize },
    /// More MIME parts than [`crate::Limits::max_parts`].
    #[error("the message has more than {limit} MIME parts")]
    TooManyParts { limit: usize },
    /// MIME nesting deeper than [`crate::Limits::max_depth`].
    #[error("MIME nesting is deeper than {limit} levels")]
    TooDeep { limit: usize },
    /// A header block with more fields than [`crate::Limits::max_headers`].
    #[error("a header block has more than {limit} fields")]
    TooManyHeaders { limit: usize },
}
