//! Swedish.

use super::{ExText, GmText, Lang, Vacation};
use crate::gen_data::charset::Charset::*;
use crate::gen_data::mime::Enc::*;

pub static LANG: Lang = Lang {
    code: "sv",
    name: "Swedish",
    charsets: &[(Latin1, Qp), (Win1252, Qp), (Utf8, Qp), (Utf8, B64)],
    fail_subjects: &[
        "Kan inte levereras: {subject}",
        "Olevererbart meddelande",
        "Meddelandet kunde inte levereras",
        "Leveransstatusmeddelande (misslyckades)",
    ],
    delay_subjects: &["Leveransen är försenad: {subject}", "Försenad leverans"],
    daemon_names: &[
        "E-postleveranssystem",
        "Mail Delivery System",
        "MAILER-DAEMON",
    ],
    intro_fail: &[
        "Tyvärr kunde ditt meddelande inte levereras till en eller flera mottagare.",
        "Ditt meddelande kunde inte levereras till följande mottagare:",
        "Detta är ett automatiskt meddelande från e-postsystemet.\nLeveransen till följande mottagare misslyckades:",
    ],
    permanent: &[
        "Detta är ett permanent fel.",
        "Inga fler försök kommer att göras.",
    ],
    intro_delay: &[
        "Ditt meddelande har inte levererats på {hours} timmar.\nSystemet fortsätter att försöka i {days} dagar.",
        "Leveransen av ditt meddelande är försenad. Nya försök görs.",
    ],
    intro_expired: &["Meddelandet kunde inte levereras inom {days} dagar."],
    rcpt_label: "Mottagare",
    reason_label: "Orsak",
    server_said: "Fjärrservern svarade:",
    original: &[
        "------ Ursprungligt meddelande ------",
        "--- Nedan följer en kopia av meddelandet ---",
    ],
    closing: &["Svara inte på detta meddelande.", ""],
    generic: &["Meddelandet kunde inte levereras till denna mottagare."],
    explain: &[
        (
            "userunknown",
            &[
                "Det gick inte att hitta e-postadressen som du angav. Kontrollera mottagarens e-postadress och försök att skicka meddelandet igen.",
                "Mottagarens brevlåda finns inte.",
            ],
        ),
        ("hostunknown", &["Domänen {domain} finns inte."]),
        (
            "mailboxfull",
            &["Mottagarens postlåda är full och kan inte ta emot meddelanden just nu."],
        ),
        ("suspend", &["Mottagarens konto är avstängt."]),
        (
            "blocked",
            &[
                "Ditt meddelande levererades inte eftersom mottagarens server blockerar den sändande IP-adressen.",
            ],
        ),
        (
            "spamdetected",
            &["Mottagarens server klassade meddelandet som skräppost."],
        ),
        (
            "policyviolation",
            &["Ditt meddelande levererades inte på grund av mottagarorganisationens princip."],
        ),
        ("networkerror", &["Mottagarens server kunde inte nås."]),
        (
            "expired",
            &["Meddelandet kunde inte levereras inom tillåten tid."],
        ),
    ],
    ex: Some(&ExText {
        subject_prefix: "Kan inte levereras:",
        failed_to: "Det gick inte att leverera till följande mottagare eller grupper:",
        diag_admins: "Diagnostikinformation för administratörer:",
        generating: "Genererande server:",
        orig_headers: "Ursprungliga meddelanderubriker:",
        remote_returned: "Fjärrservern returnerade",
        couldnt: "Det gick inte att leverera ditt meddelande till {rcpt}.",
        action_required: "Åtgärd krävs",
        how_to_fix: "Så här åtgärdar du det",
        delay_subject: "Leveransen är försenad:",
        delay_intro: "Leveransen till följande mottagare eller grupper är försenad:",
        delay_note: "Meddelandet har inte levererats än. Leveransförsöken fortsätter.",
    }),
    gm: Some(&GmText {
        not_found: "Adressen hittades inte",
        blocked: "Meddelandet blockerades",
        not_delivered: "Meddelandet levererades inte",
        full: "Mottagarens inkorg är full",
        delayed: "Leveransen är inte slutförd",
        not_found_text: "Ditt meddelande levererades inte till {rcpt} eftersom adressen inte hittades eller inte kan ta emot e-post.",
        generic_text: "Det uppstod ett problem när ditt meddelande skulle levereras till {rcpt}. Se teknisk information nedan.",
        blocked_text: "Ditt meddelande till {rcpt} har blockerats. Se teknisk information nedan.",
        full_text: "Det gick inte att leverera ditt meddelande till {rcpt} eftersom inkorgen är full.",
        delay_text: "Ett tillfälligt problem uppstod när ditt meddelande skulle levereras till {rcpt}. Gmail försöker igen i {hours} timmar till.",
        response: "Svaret var:",
    }),
    vacation: Vacation {
        subjects: &[
            "Automatiskt svar: {subject}",
            "Frånvaro",
            "Ledig till {back}",
        ],
        bodies: &[
            "Hej,\n\nJag är på semester till och med {back}. Vid brådskande ärenden, kontakta {colleague} ({cmail}).\n\nMed vänliga hälsningar\n{name}",
        ],
    },
    personal: &[(
        "Leverans av paket",
        "Hej {name},\n\nDitt paket levereras i morgon mellan 9 och 12.\n\n{me}",
    )],
};
