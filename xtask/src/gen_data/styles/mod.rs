//! The report wrappers ("styles"): one render function per MTA or provider, and the
//! registry that says which languages, variants and reasons each one produces.

mod asian;
pub mod common;
mod esp;
mod gateways;
mod google;
mod microsoft;
mod notice;
mod providers;
mod servers;
pub mod unix;

use crate::gen_data::rng::Rng;
use crate::gen_data::spec::Bounce;
pub use common::Out;

pub type Render = fn(&mut Rng, &Bounce) -> Out;

pub struct Style {
    pub name: &'static str,
    /// Whose own words (local templates) this wrapper uses, besides the `*` ones.
    pub base: &'static str,
    pub langs: &'static [&'static str],
    pub variants: usize,
    /// The wrapper shows the SMTP stage of a remote reply (needed by stage-dependent
    /// templates: "user unknown" after DATA is `filtered`).
    pub shows_stage: bool,
    pub weight: u32,
    /// Provider of the sender's mailbox ("" for any organisation).
    pub sender: &'static str,
    /// Provider of the recipients ("" for any).
    pub rcpt: &'static str,
    pub delays: bool,
    pub render: Render,
}

const ALL_LANGS: &[&str] = &[
    "en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru", "uk", "ja", "zh-CN", "zh-TW", "ko", "tr",
    "cs", "sv",
];
const GM_LANGS: &[&str] = &[
    "en", "de", "fr", "es", "pt", "it", "nl", "ru", "ja", "zh-CN", "zh-TW", "ko", "tr", "cs", "sv",
];

macro_rules! style {
    ($name:expr, $base:expr, $langs:expr, $variants:expr, $stage:expr, $weight:expr, $sender:expr, $rcpt:expr, $delays:expr, $render:expr) => {
        Style {
            name: $name,
            base: $base,
            langs: $langs,
            variants: $variants,
            shows_stage: $stage,
            weight: $weight,
            sender: $sender,
            rcpt: $rcpt,
            delays: $delays,
            render: $render,
        }
    };
}

pub static STYLES: &[Style] = &[
    style!(
        "postfix",
        "postfix",
        ALL_LANGS,
        3,
        true,
        14,
        "",
        "",
        true,
        unix::postfix
    ),
    style!(
        "sendmail",
        "sendmail",
        &["en"],
        2,
        true,
        7,
        "",
        "",
        true,
        unix::sendmail
    ),
    style!(
        "exim",
        "exim",
        &["en"],
        4,
        true,
        9,
        "",
        "",
        true,
        unix::exim
    ),
    style!(
        "qmail",
        "qmail",
        &["en"],
        2,
        true,
        5,
        "",
        "",
        false,
        unix::qmail
    ),
    style!(
        "exchange",
        "exchange",
        ALL_LANGS,
        3,
        false,
        11,
        "",
        "",
        true,
        microsoft::exchange
    ),
    style!(
        "office365",
        "exchange",
        ALL_LANGS,
        2,
        false,
        11,
        "outlook",
        "",
        true,
        microsoft::office365
    ),
    style!(
        "gmail",
        "gmail",
        GM_LANGS,
        2,
        false,
        11,
        "gmail",
        "",
        true,
        google::gmail
    ),
    style!(
        "yahoo",
        "qmail",
        &["en"],
        2,
        true,
        4,
        "yahoo",
        "",
        false,
        providers::yahoo
    ),
    style!(
        "aol",
        "sendmail",
        &["en"],
        2,
        false,
        2,
        "aol",
        "",
        false,
        providers::aol
    ),
    style!(
        "icloud",
        "postfix",
        &["en"],
        1,
        true,
        3,
        "icloud",
        "",
        true,
        providers::icloud
    ),
    style!(
        "domino",
        "domino",
        &["en", "de", "fr", "ja"],
        2,
        false,
        3,
        "",
        "",
        false,
        servers::domino
    ),
    style!(
        "courier",
        "courier",
        &["en"],
        1,
        true,
        2,
        "",
        "",
        true,
        unix::courier
    ),
    style!(
        "opensmtpd",
        "opensmtpd",
        &["en"],
        1,
        false,
        2,
        "",
        "",
        true,
        unix::opensmtpd
    ),
    style!("ses", "ses", &["en"], 1, false, 3, "", "", false, esp::ses),
    style!(
        "ses-json",
        "ses",
        &["en"],
        2,
        false,
        3,
        "",
        "",
        false,
        esp::ses_json
    ),
    style!(
        "sendgrid",
        "sendgrid",
        &["en"],
        2,
        false,
        2,
        "",
        "",
        false,
        esp::sendgrid
    ),
    style!(
        "mailgun",
        "mailgun",
        &["en"],
        1,
        false,
        2,
        "",
        "",
        false,
        esp::mailgun
    ),
    style!(
        "powermta",
        "pmta",
        &["en"],
        1,
        false,
        2,
        "",
        "",
        true,
        esp::powermta
    ),
    style!(
        "zimbra",
        "postfix",
        &["en", "fr", "de", "es"],
        1,
        true,
        3,
        "",
        "",
        true,
        unix::postfix
    ),
    style!(
        "mdaemon",
        "mdaemon",
        &["en"],
        1,
        true,
        2,
        "",
        "",
        true,
        servers::mdaemon
    ),
    style!(
        "kerio",
        "kerio",
        &["en", "cs", "de", "ru"],
        1,
        false,
        2,
        "",
        "",
        true,
        servers::kerio
    ),
    style!(
        "hmailserver",
        "hmail",
        &["en"],
        2,
        true,
        2,
        "",
        "",
        false,
        servers::hmailserver
    ),
    style!(
        "icewarp",
        "icewarp",
        &["en", "cs"],
        1,
        false,
        2,
        "",
        "",
        false,
        servers::icewarp
    ),
    style!(
        "groupwise",
        "groupwise",
        &["en"],
        1,
        false,
        1,
        "",
        "",
        false,
        servers::groupwise
    ),
    style!(
        "gmx",
        "exim",
        &["de", "en"],
        1,
        true,
        3,
        "gmx",
        "",
        false,
        providers::gmx
    ),
    style!(
        "mailru",
        "exim",
        &["ru", "en"],
        2,
        true,
        3,
        "mailru",
        "",
        false,
        providers::mailru
    ),
    style!(
        "yandex",
        "postfix",
        &["ru", "en", "tr", "uk"],
        1,
        true,
        3,
        "yandex",
        "",
        true,
        providers::yandex
    ),
    style!(
        "qq",
        "notice",
        &["zh-CN"],
        1,
        false,
        3,
        "qq",
        "",
        true,
        asian::qq
    ),
    style!(
        "netease",
        "notice",
        &["zh-CN", "en"],
        2,
        false,
        3,
        "netease",
        "",
        false,
        asian::netease
    ),
    style!(
        "naver",
        "notice",
        &["ko"],
        2,
        false,
        3,
        "naver",
        "",
        true,
        asian::naver
    ),
    style!(
        "jp-carrier",
        "jp",
        &["ja"],
        3,
        false,
        4,
        "",
        "docomo",
        false,
        asian::jpcarrier
    ),
    style!(
        "hinet",
        "notice",
        &["zh-TW"],
        2,
        false,
        2,
        "hinet",
        "",
        false,
        asian::hinet
    ),
    style!(
        "orange",
        "postfix",
        &["fr"],
        3,
        false,
        3,
        "orange",
        "",
        true,
        providers::orange
    ),
    style!(
        "free",
        "postfix",
        &["fr"],
        1,
        true,
        2,
        "free",
        "",
        true,
        providers::free
    ),
    style!(
        "libero",
        "notice",
        &["it"],
        3,
        false,
        2,
        "libero",
        "",
        true,
        providers::libero
    ),
    style!(
        "seznam",
        "notice",
        &["cs"],
        3,
        false,
        2,
        "seznam",
        "",
        true,
        providers::seznam
    ),
    style!(
        "wp",
        "notice",
        &["pl"],
        3,
        false,
        2,
        "wp",
        "",
        true,
        providers::wp
    ),
    style!(
        "telia",
        "notice",
        &["sv"],
        2,
        false,
        2,
        "",
        "",
        true,
        providers::telia
    ),
    style!(
        "kpn",
        "notice",
        &["nl"],
        2,
        false,
        2,
        "",
        "",
        false,
        providers::kpn
    ),
    style!(
        "uol",
        "notice",
        &["pt"],
        3,
        false,
        2,
        "uol",
        "",
        true,
        providers::uol
    ),
    style!(
        "ukrnet",
        "exim",
        &["uk"],
        2,
        false,
        2,
        "ukrnet",
        "",
        false,
        providers::ukrnet
    ),
    style!(
        "tr-mail",
        "notice",
        &["tr"],
        2,
        false,
        2,
        "",
        "",
        true,
        providers::trmail
    ),
    style!(
        "zoho",
        "notice",
        &["en"],
        2,
        false,
        2,
        "zoho",
        "",
        false,
        providers::zoho
    ),
    style!(
        "mimecast",
        "gateway",
        &["en"],
        1,
        false,
        2,
        "",
        "",
        false,
        gateways::mimecast
    ),
    style!(
        "proofpoint",
        "sendmail",
        &["en"],
        2,
        false,
        2,
        "",
        "",
        true,
        gateways::proofpoint
    ),
    style!(
        "barracuda",
        "gateway",
        &["en"],
        2,
        false,
        2,
        "",
        "",
        true,
        gateways::barracuda
    ),
    style!(
        "messagelabs",
        "gateway",
        &["en"],
        1,
        false,
        2,
        "",
        "",
        true,
        gateways::messagelabs
    ),
    style!(
        "ironport",
        "gateway",
        &["en"],
        2,
        false,
        2,
        "",
        "",
        true,
        gateways::ironport
    ),
    style!(
        "trendmicro",
        "gateway",
        &["en", "ja"],
        2,
        false,
        2,
        "",
        "",
        false,
        gateways::trendmicro
    ),
    style!(
        "sophos",
        "gateway",
        &["en"],
        1,
        false,
        2,
        "",
        "",
        false,
        gateways::sophos
    ),
];

/// The language a wrapper's text is in: some variants are an English-only MTA even where
/// the provider's users (and their originals) speak another language.
pub fn text_lang(style: &Style, variant: usize, lang: &'static str) -> &'static str {
    match (style.name, variant) {
        ("mailru", 1) | ("ukrnet", 0) | ("jp-carrier", 1) => "en",
        _ => lang,
    }
}

/// Reasons only some wrappers report.
pub fn allows(style: &Style, reason: &str) -> bool {
    match reason {
        "suppressed" => matches!(style.base, "ses" | "sendgrid" | "mailgun" | "pmta"),
        "mailererror" => matches!(
            style.base,
            "postfix"
                | "exim"
                | "sendmail"
                | "qmail"
                | "courier"
                | "exchange"
                | "mdaemon"
                | "kerio"
        ),
        "securityerror" => !matches!(style.base, "ses" | "jp"),
        // Thin evidence reads naturally only where a report may say nothing at all.
        "onhold" | "undefined" => !matches!(
            style.name,
            "gmail"
                | "office365"
                | "ses"
                | "ses-json"
                | "mailgun"
                | "sendgrid"
                | "powermta"
                | "mdaemon"
                | "hmailserver"
                | "icewarp"
                | "opensmtpd"
                | "zoho"
                | "yahoo"
                | "aol"
        ),
        _ => true,
    }
}
