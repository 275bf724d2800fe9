//! Dutch.

use super::{ExText, GmText, Lang, Vacation};
use crate::gen_data::charset::Charset::*;
use crate::gen_data::mime::Enc::*;

pub static LANG: Lang = Lang {
    code: "nl",
    name: "Dutch",
    charsets: &[
        (Latin1, Qp),
        (Win1252, Qp),
        (Utf8, Qp),
        (Utf8, B64),
        (Ascii, Bit7),
    ],
    fail_subjects: &[
        "Onbestelbaar: {subject}",
        "Bericht kon niet worden afgeleverd",
        "Niet afgeleverd: {subject}",
        "Melding over de bezorgingsstatus (mislukt)",
    ],
    delay_subjects: &[
        "Bezorging vertraagd: {subject}",
        "Bericht vertraagd (wordt opnieuw geprobeerd)",
    ],
    daemon_names: &["Mailbezorgsysteem", "Mail Delivery System", "MAILER-DAEMON"],
    intro_fail: &[
        "Helaas kon uw bericht niet worden afgeleverd bij een of meer ontvangers.",
        "Uw bericht kon niet worden bezorgd bij de volgende ontvangers:",
        "Dit is een automatisch bericht van het mailsysteem.\nDe bezorging aan de volgende ontvangers is mislukt:",
    ],
    permanent: &[
        "Dit is een permanente fout.",
        "Er worden geen nieuwe pogingen gedaan.",
    ],
    intro_delay: &[
        "Uw bericht is na {hours} uur nog niet afgeleverd.\nHet systeem blijft het nog {days} dagen proberen.",
        "De bezorging van uw bericht is vertraagd. Er worden nieuwe pogingen gedaan.",
    ],
    intro_expired: &["Uw bericht kon binnen {days} dagen niet worden afgeleverd."],
    rcpt_label: "Ontvanger",
    reason_label: "Reden",
    server_said: "De externe server antwoordde:",
    original: &[
        "------ Oorspronkelijk bericht ------",
        "--- Hieronder een kopie van het bericht ---",
    ],
    closing: &["Beantwoord dit bericht niet.", ""],
    generic: &["Het bericht kon niet aan deze ontvanger worden afgeleverd."],
    explain: &[
        (
            "userunknown",
            &[
                "Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de geadresseerde en verzend het bericht opnieuw.",
                "De mailbox van de ontvanger bestaat niet.",
            ],
        ),
        ("hostunknown", &["Het domein {domain} bestaat niet."]),
        (
            "mailboxfull",
            &["De mailbox van de ontvanger is vol en kan op dit moment geen berichten ontvangen."],
        ),
        (
            "suspend",
            &["Het account van de ontvanger is uitgeschakeld."],
        ),
        (
            "blocked",
            &[
                "Uw bericht is niet bezorgd omdat de server van de ontvanger het verzendende IP-adres blokkeert.",
            ],
        ),
        (
            "spamdetected",
            &["Het bericht is door de server van de ontvanger als spam aangemerkt."],
        ),
        (
            "policyviolation",
            &["Uw bericht is niet bezorgd vanwege het beleid van de organisatie van de ontvanger."],
        ),
        (
            "mesgtoobig",
            &["Het bericht is te groot voor de server van de ontvanger."],
        ),
        (
            "expired",
            &["Het bericht kon niet binnen de toegestane tijd worden bezorgd."],
        ),
        (
            "networkerror",
            &["De server van de ontvanger is niet bereikbaar."],
        ),
    ],
    ex: Some(&ExText {
        subject_prefix: "Onbestelbaar:",
        failed_to: "Bezorging is mislukt voor deze geadresseerden of groepen:",
        diag_admins: "Diagnostische gegevens voor beheerders:",
        generating: "Genererende server:",
        orig_headers: "Oorspronkelijke berichtkoppen:",
        remote_returned: "Externe server heeft geretourneerd",
        couldnt: "Uw bericht aan {rcpt} kan niet worden bezorgd.",
        action_required: "Actie vereist",
        how_to_fix: "Oplossing",
        delay_subject: "Bezorging vertraagd:",
        delay_intro: "Bezorging is vertraagd voor deze geadresseerden of groepen:",
        delay_note: "Dit bericht is nog niet bezorgd. Er wordt opnieuw geprobeerd het bericht te bezorgen.",
    }),
    gm: Some(&GmText {
        not_found: "Adres niet gevonden",
        blocked: "Bericht geblokkeerd",
        not_delivered: "Bericht niet bezorgd",
        full: "Inbox van ontvanger vol",
        delayed: "Bezorging niet voltooid",
        not_found_text: "Je bericht is niet bezorgd bij {rcpt} omdat het adres niet is gevonden of geen e-mail kan ontvangen.",
        generic_text: "Er is een probleem opgetreden bij het bezorgen van je bericht bij {rcpt}. Bekijk de technische details hieronder.",
        blocked_text: "Je bericht aan {rcpt} is geblokkeerd. Bekijk de technische details hieronder.",
        full_text: "Je bericht kan niet worden bezorgd bij {rcpt} omdat de inbox vol is.",
        delay_text: "Er is een tijdelijk probleem opgetreden bij het bezorgen van je bericht bij {rcpt}. Gmail probeert het nog {hours} uur.",
        response: "Het antwoord was:",
    }),
    vacation: Vacation {
        subjects: &[
            "Automatisch antwoord: {subject}",
            "Afwezig",
            "Niet op kantoor tot {back}",
        ],
        bodies: &[
            "Beste,\n\nIk ben afwezig tot en met {back}. Voor dringende zaken kunt u contact opnemen met {colleague} ({cmail}).\n\nMet vriendelijke groet,\n{name}",
            "Bedankt voor je bericht. Ik ben op vakantie en lees mijn mail weer vanaf {back}.\n\n{name}",
        ],
    },
    personal: &[
        (
            "Pakketje",
            "Hoi {name},\n\nJe pakketje is vandaag bij de buren afgeleverd. Haal je het vanavond op?\n\nGroetjes,\n{me}",
        ),
        (
            "Offerte",
            "Beste {name},\n\nBijgaand de offerte zoals besproken. Laat gerust weten als er vragen zijn.\n\nMet vriendelijke groet,\n{me}",
        ),
    ],
};
