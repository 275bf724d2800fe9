//! Feature extraction for bounce messages.
//!
//! The main types:
//!
//! - [`parse`] reads the bytes of one message into a [`Report`]: what kind of message it
//!   is ([`Kind`]), its subject, sender and date, the returned original's identity
//!   ([`OriginalMessage`]), and one [`Evidence`] per failed recipient in the order the
//!   report lists them.
//! - [`Evidence`] holds what the report says about one recipient: the address, the DSN
//!   action, the enhanced [`Status`] code, the SMTP reply code, the [`SmtpCommand`] the
//!   failure answered, the remote host, the diagnostic and the recipient's own lines.
//! - [`featurize`] turns an [`Evidence`] into sparse [`Features`] for the model: words of
//!   the diagnostic and lines (addresses, hosts, IPs and numbers masked), bigrams of Han
//!   and Kana runs, and code tokens.
//! - [`Limits`] bounds the work done on one message; [`ParseError`] says which bound (or
//!   which defect) stopped it.
//!
//! Addresses, codes and diagnostics are looked for in the notification and its session
//! transcript only, never in the returned original message.

pub mod address;
pub mod command;
mod decode;
mod dsn;
mod error;
mod featurize;
mod freetext;
pub mod kind;
mod limits;
pub mod mbox;
mod mime;
mod read;
mod report;
mod ses;
pub mod status;
pub mod text;
mod words;

pub use command::SmtpCommand;
pub use error::ParseError;
pub use featurize::{
    FeatureSettings, Features, featurize, featurize_named, featurize_squashed, featurize_with,
    hash_token, tokens,
};
pub use limits::Limits;
pub use read::{evidence_from_text, parse_with, report_from_text};
pub use report::{Action, Evidence, Kind, OriginalMessage, Report};
pub use status::Status;

/// Reads one message (RFC 5322 bytes, optionally with a leading mbox `From ` line) with the
/// default [`Limits`].
pub fn parse(raw: &[u8]) -> Result<Report, ParseError> {
    parse_with(raw, &Limits::default())
}

/// Builds the parser's matchers (phrase automata, regexes) now; otherwise each is built the
/// first time a message needs it, which makes that message several milliseconds slower.
/// The runtime's classifier calls this when it is built; calling it again costs nothing.
pub fn build_matchers() {
    command::build_matchers();
    freetext::build_matchers();
    kind::build_matchers();
    mime::build_matchers();
    read::build_matchers();
    ses::build_matchers();
}
