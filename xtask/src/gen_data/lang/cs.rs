//! Czech.

use super::{ExText, GmText, Lang, Vacation};
use crate::gen_data::charset::Charset::*;
use crate::gen_data::mime::Enc::*;

pub static LANG: Lang = Lang {
    code: "cs",
    name: "Czech",
    charsets: &[
        (Latin2, Qp),
        (Latin2, Qp),
        (Win1250, Qp),
        (Utf8, Qp),
        (Utf8, B64),
    ],
    fail_subjects: &[
        "Nelze doručit: {subject}",
        "Zpráva nebyla doručena",
        "Chyba doručení zprávy",
        "Oznámení o stavu doručení (selhání)",
    ],
    delay_subjects: &[
        "Zpožděné doručení: {subject}",
        "Doručení zprávy se zpožďuje",
    ],
    daemon_names: &[
        "Systém doručování pošty",
        "Mail Delivery System",
        "MAILER-DAEMON",
    ],
    intro_fail: &[
        "Je nám líto, ale vaši zprávu se nepodařilo doručit jednomu nebo více příjemcům.",
        "Vaši zprávu nebylo možné doručit následujícím příjemcům:",
        "Toto je automaticky vytvořená zpráva poštovního systému.\nDoručení na následující adresy selhalo:",
    ],
    permanent: &[
        "Jedná se o trvalou chybu.",
        "Další pokusy o doručení nebudou provedeny.",
    ],
    intro_delay: &[
        "Vaše zpráva nebyla doručena již {hours} hodin.\nSystém se bude pokoušet o doručení ještě {days} dní.",
        "Doručení vaší zprávy se zpožďuje. Pokusy budou pokračovat.",
    ],
    intro_expired: &["Zprávu se nepodařilo doručit během {days} dní."],
    rcpt_label: "Příjemce",
    reason_label: "Důvod",
    server_said: "Vzdálený server odpověděl:",
    original: &[
        "------ Původní zpráva ------",
        "--- Následuje kopie zprávy ---",
    ],
    closing: &["Na tuto zprávu neodpovídejte.", ""],
    generic: &["Zprávu nebylo možné tomuto příjemci doručit."],
    explain: &[
        (
            "userunknown",
            &[
                "Zadaná e-mailová adresa nebyla nalezena. Zkontrolujte e-mailovou adresu příjemce a zkuste zprávu odeslat znovu.",
                "Schránka příjemce neexistuje.",
            ],
        ),
        ("hostunknown", &["Doména {domain} neexistuje."]),
        (
            "mailboxfull",
            &["Poštovní schránka příjemce je plná a nyní nemůže přijímat zprávy."],
        ),
        ("suspend", &["Účet příjemce je zablokován."]),
        (
            "blocked",
            &[
                "Vaše zpráva nebyla doručena, protože server příjemce blokuje odesílající IP adresu.",
            ],
        ),
        (
            "spamdetected",
            &["Server příjemce vyhodnotil zprávu jako spam."],
        ),
        (
            "policyviolation",
            &["Zpráva nebyla doručena kvůli zásadám organizace příjemce."],
        ),
        (
            "mesgtoobig",
            &["Zpráva je příliš velká pro server příjemce."],
        ),
        ("networkerror", &["Server příjemce není dostupný."]),
        (
            "expired",
            &["Zprávu se nepodařilo doručit v povolené době."],
        ),
    ],
    ex: Some(&ExText {
        subject_prefix: "Nedoručitelné:",
        failed_to: "Doručení následujícím příjemcům nebo skupinám se nezdařilo:",
        diag_admins: "Diagnostické informace pro správce:",
        generating: "Generující server:",
        orig_headers: "Záhlaví původní zprávy:",
        remote_returned: "Vzdálený server vrátil",
        couldnt: "Vaši zprávu pro {rcpt} se nepodařilo doručit.",
        action_required: "Vyžaduje se akce",
        how_to_fix: "Jak to opravit",
        delay_subject: "Doručení zpožděno:",
        delay_intro: "Doručení následujícím příjemcům nebo skupinám je zpožděno:",
        delay_note: "Tato zpráva zatím nebyla doručena. Pokusy o doručení budou pokračovat.",
    }),
    gm: Some(&GmText {
        not_found: "Adresa nebyla nalezena",
        blocked: "Zpráva byla zablokována",
        not_delivered: "Zpráva nebyla doručena",
        full: "Doručená pošta příjemce je plná",
        delayed: "Doručení nebylo dokončeno",
        not_found_text: "Vaše zpráva nebyla doručena na adresu {rcpt}, protože adresa nebyla nalezena nebo nemůže přijímat e-maily.",
        generic_text: "Při doručování zprávy na adresu {rcpt} došlo k problému. Technické podrobnosti najdete níže.",
        blocked_text: "Vaše zpráva na adresu {rcpt} byla zablokována. Technické podrobnosti najdete níže.",
        full_text: "Vaši zprávu nelze doručit na adresu {rcpt}, protože schránka je plná.",
        delay_text: "Při doručování zprávy na adresu {rcpt} došlo k dočasnému problému. Gmail to bude zkoušet ještě {hours} hodin.",
        response: "Odpověď:",
    }),
    vacation: Vacation {
        subjects: &["Automatická odpověď: {subject}", "Mimo kancelář"],
        bodies: &[
            "Dobrý den,\n\njsem mimo kancelář do {back}. V naléhavých případech kontaktujte {colleague} ({cmail}).\n\nS pozdravem\n{name}",
        ],
    },
    personal: &[(
        "Doručení zásilky",
        "Dobrý den {name},\n\nvaše zásilka bude doručena zítra dopoledne.\n\n{me}",
    )],
};
