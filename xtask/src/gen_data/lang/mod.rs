//! Human-readable wording of reports, per language.
//!
//! Each language file holds the sentences wrappers need: subjects, sender names, intro
//! and delay paragraphs, a sentence per reason (what Exchange, Gmail and providers show a
//! person), the Exchange and Gmail texts where those products are localised, auto-reply
//! texts, and a few ordinary messages. Placeholders: `{rcpt}`, `{host}`, `{days}`,
//! `{hours}`, `{date}`, `{subject}`, `{name}`, `{domain}`, `{back}`, `{colleague}`,
//! `{cmail}`.

mod cs;
mod de;
mod en;
mod es;
mod fr;
mod it;
mod ja;
mod ko;
mod nl;
mod pl;
mod pt;
mod ru;
mod sv;
mod tr;
mod uk;
mod zh_cn;
mod zh_tw;

use super::charset::Charset;
use super::mime::Enc;

pub struct Lang {
    pub code: &'static str,
    pub name: &'static str,
    /// Charset and transfer encoding pairs mailers of the language use (repeats weigh).
    pub charsets: &'static [(Charset, Enc)],
    pub fail_subjects: &'static [&'static str],
    pub delay_subjects: &'static [&'static str],
    pub daemon_names: &'static [&'static str],
    /// "Your message could not be delivered to the following recipients:".
    pub intro_fail: &'static [&'static str],
    /// "This is a permanent error."
    pub permanent: &'static [&'static str],
    /// The message is delayed and will be retried ({hours}, {days}).
    pub intro_delay: &'static [&'static str],
    /// The queue gave up after {days} days.
    pub intro_expired: &'static [&'static str],
    pub rcpt_label: &'static str,
    pub reason_label: &'static str,
    pub server_said: &'static str,
    /// Heading before the returned original.
    pub original: &'static [&'static str],
    pub closing: &'static [&'static str],
    /// A sentence for a reason with no sentence of its own.
    pub generic: &'static [&'static str],
    /// Sentences a person is shown per reason.
    pub explain: &'static [(&'static str, &'static [&'static str])],
    pub ex: Option<&'static ExText>,
    pub gm: Option<&'static GmText>,
    pub vacation: Vacation,
    /// Ordinary messages: (subject, body) with {name} of the addressee and {me} signature.
    pub personal: &'static [(&'static str, &'static str)],
}

/// Exchange on-premises and Office 365 wording.
pub struct ExText {
    pub subject_prefix: &'static str,
    pub failed_to: &'static str,
    pub diag_admins: &'static str,
    pub generating: &'static str,
    pub orig_headers: &'static str,
    pub remote_returned: &'static str,
    pub couldnt: &'static str,
    pub action_required: &'static str,
    pub how_to_fix: &'static str,
    pub delay_subject: &'static str,
    pub delay_intro: &'static str,
    pub delay_note: &'static str,
}

/// Gmail bounce wording.
pub struct GmText {
    pub not_found: &'static str,
    pub blocked: &'static str,
    pub not_delivered: &'static str,
    pub full: &'static str,
    pub delayed: &'static str,
    pub not_found_text: &'static str,
    pub generic_text: &'static str,
    pub blocked_text: &'static str,
    pub full_text: &'static str,
    pub delay_text: &'static str,
    pub response: &'static str,
}

pub struct Vacation {
    pub subjects: &'static [&'static str],
    pub bodies: &'static [&'static str],
}

impl Lang {
    /// The sentences for `reason`, or the generic ones.
    pub fn explain(&self, reason: &str) -> &'static [&'static str] {
        self.explain
            .iter()
            .find(|(r, _)| *r == reason)
            .map_or(self.generic, |(_, s)| s)
    }
}

pub static ALL: &[&Lang] = &[
    &en::LANG,
    &de::LANG,
    &fr::LANG,
    &es::LANG,
    &pt::LANG,
    &it::LANG,
    &nl::LANG,
    &pl::LANG,
    &ru::LANG,
    &uk::LANG,
    &ja::LANG,
    &zh_cn::LANG,
    &zh_tw::LANG,
    &ko::LANG,
    &tr::LANG,
    &cs::LANG,
    &sv::LANG,
];

pub fn get(code: &str) -> &'static Lang {
    ALL.iter()
        .find(|l| l.code == code)
        .copied()
        .unwrap_or_else(|| panic!("no language {code}"))
}
