//! The reason taxonomy (`TAXONOMY.md`), shared by training and runtime.

use crate::error::ModelError;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

macro_rules! reasons {
    ($($variant:ident => $name:literal,)*) => {
        /// Why a recipient failed, or what a non-failure message is.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(into = "String", try_from = "String")]
        pub enum Reason { $($variant,)* }

        impl Reason {
            /// Every reason, in taxonomy order.
            pub const ALL: &'static [Reason] = &[$(Reason::$variant,)*];

            /// The lower-case name (`userunknown`, `mailboxfull`, …).
            pub fn as_str(self) -> &'static str {
                match self { $(Reason::$variant => $name,)* }
            }
        }

        impl FromStr for Reason {
            type Err = ModelError;
            fn from_str(s: &str) -> Result<Self, ModelError> {
                match s.trim().to_ascii_lowercase().as_str() {
                    $($name => Ok(Reason::$variant),)*
                    _ => Err(ModelError::UnknownReason(s.to_string())),
                }
            }
        }
    };
}

reasons! {
    UserUnknown => "userunknown",
    HostUnknown => "hostunknown",
    HasMoved => "hasmoved",
    NotAccept => "notaccept",
    Suspend => "suspend",
    MailboxFull => "mailboxfull",
    SystemFull => "systemfull",
    ExceedLimit => "exceedlimit",
    MesgTooBig => "mesgtoobig",
    NoRelaying => "norelaying",
    Blocked => "blocked",
    BadReputation => "badreputation",
    RequirePtr => "requireptr",
    AuthFailure => "authfailure",
    Rejected => "rejected",
    SpamDetected => "spamdetected",
    VirusDetected => "virusdetected",
    Filtered => "filtered",
    ContentError => "contenterror",
    NotCompliantRfc => "notcompliantrfc",
    PolicyViolation => "policyviolation",
    SecurityError => "securityerror",
    FailedStartTls => "failedstarttls",
    Speeding => "speeding",
    TooManyConn => "toomanyconn",
    Greylisted => "greylisted",
    NetworkError => "networkerror",
    Expired => "expired",
    SystemError => "systemerror",
    MailerError => "mailererror",
    SyntaxError => "syntaxerror",
    Suppressed => "suppressed",
    OnHold => "onhold",
    Undefined => "undefined",
    Delivered => "delivered",
    Vacation => "vacation",
    Feedback => "feedback",
    NotBounce => "notbounce",
}

/// What the sender should do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NextAction {
    /// Remove the address from the list now.
    Suppress,
    /// Keep the address, but remove it if this repeats.
    SuppressAfterRepeats,
    /// Nothing is wrong with the address: send again later.
    RetryLater,
    /// Change the message (size, content, format).
    FixMessage,
    /// Change the sending setup (DNS, authentication, TLS, relay).
    FixSenderConfig,
    /// Ask the receiving site's postmaster to lift a block.
    ContactPostmaster,
    /// Ask the recipient by another channel.
    ContactRecipient,
    /// A person should look at it.
    Review,
    /// Not a failure: nothing to do.
    None,
}

impl NextAction {
    pub fn as_str(self) -> &'static str {
        match self {
            NextAction::Suppress => "suppress",
            NextAction::SuppressAfterRepeats => "suppress-after-repeats",
            NextAction::RetryLater => "retry-later",
            NextAction::FixMessage => "fix-message",
            NextAction::FixSenderConfig => "fix-sender-config",
            NextAction::ContactPostmaster => "contact-postmaster",
            NextAction::ContactRecipient => "contact-recipient",
            NextAction::Review => "review",
            NextAction::None => "none",
        }
    }
}

impl Reason {
    /// Should the address be suppressed? `notaccept` is hard only when the failure is
    /// permanent, so the caller says whether it was.
    pub fn hard(self, permanent: bool) -> bool {
        match self {
            Reason::UserUnknown | Reason::HostUnknown | Reason::HasMoved => true,
            Reason::NotAccept => permanent,
            _ => false,
        }
    }

    /// What to do next (the `action` column of the taxonomy).
    pub fn action(self) -> NextAction {
        use NextAction::*;
        match self {
            Reason::UserUnknown
            | Reason::HostUnknown
            | Reason::HasMoved
            | Reason::NotAccept
            | Reason::Suppressed => Suppress,
            Reason::Feedback => Suppress,
            Reason::Suspend => SuppressAfterRepeats,
            Reason::MailboxFull
            | Reason::SystemFull
            | Reason::Speeding
            | Reason::TooManyConn
            | Reason::Greylisted => RetryLater,
            Reason::NetworkError | Reason::Expired | Reason::SystemError => RetryLater,
            Reason::ExceedLimit
            | Reason::MesgTooBig
            | Reason::SpamDetected
            | Reason::VirusDetected => FixMessage,
            Reason::ContentError | Reason::NotCompliantRfc => FixMessage,
            Reason::NoRelaying | Reason::RequirePtr | Reason::AuthFailure | Reason::Rejected => {
                FixSenderConfig
            }
            Reason::SecurityError | Reason::FailedStartTls | Reason::SyntaxError => FixSenderConfig,
            Reason::Blocked | Reason::BadReputation => ContactPostmaster,
            Reason::Filtered | Reason::PolicyViolation | Reason::MailerError => ContactRecipient,
            Reason::OnHold | Reason::Undefined => Review,
            Reason::Delivered | Reason::Vacation | Reason::NotBounce => None,
        }
    }

    /// False for the non-failure classes (delivered, vacation, feedback, notbounce).
    pub fn is_failure(self) -> bool {
        !matches!(
            self,
            Reason::Delivered | Reason::Vacation | Reason::Feedback | Reason::NotBounce
        )
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<Reason> for String {
    fn from(r: Reason) -> String {
        r.as_str().to_string()
    }
}

impl TryFrom<String> for Reason {
    type Error = ModelError;
    fn try_from(s: String) -> Result<Self, ModelError> {
        s.parse()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for &r in Reason::ALL {
            assert_eq!(r.as_str().parse::<Reason>().unwrap(), r);
        }
        assert_eq!(Reason::ALL.len(), 38);
        assert!("nosuchreason".parse::<Reason>().is_err());
    }

    #[test]
    fn hard_and_actions_follow_the_taxonomy() {
        assert!(Reason::UserUnknown.hard(true));
        assert!(Reason::NotAccept.hard(true));
        assert!(!Reason::NotAccept.hard(false));
        assert!(!Reason::Blocked.hard(true));
        assert_eq!(Reason::MailboxFull.action(), NextAction::RetryLater);
        assert_eq!(Reason::Suspend.action(), NextAction::SuppressAfterRepeats);
        assert!(!Reason::Vacation.is_failure());
    }
}
