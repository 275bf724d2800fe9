//! German.

use super::{ExText, GmText, Lang, Vacation};
use crate::gen_data::charset::Charset::*;
use crate::gen_data::mime::Enc::*;

pub static LANG: Lang = Lang {
    code: "de",
    name: "German",
    charsets: &[
        (Latin1, Qp),
        (Latin1, Qp),
        (Latin9, Qp),
        (Win1252, Qp),
        (Utf8, Qp),
        (Utf8, B64),
        (Utf8, Bit8),
    ],
    fail_subjects: &[
        "Unzustellbar: {subject}",
        "Nicht zustellbare Nachricht",
        "Fehler bei der Nachrichtenzustellung",
        "Mail-Zustellung fehlgeschlagen: Nachricht an den Absender zurückgeschickt",
        "Unzustellbare E-Mail an den Absender zurückgeschickt",
        "Benachrichtigung über den Zustellstatus (Fehler)",
        "Zustellung fehlgeschlagen",
        "Ihre Nachricht konnte nicht zugestellt werden",
    ],
    delay_subjects: &[
        "Verzögerte Zustellung: {subject}",
        "Zustellung verzögert (wird weiter versucht)",
        "Benachrichtigung über den Zustellstatus (Verzögerung)",
        "Warnung: Nachricht noch nicht zugestellt",
    ],
    daemon_names: &[
        "Mail-Zustellsystem",
        "Mail Delivery System",
        "E-Mail-Zustelldienst",
        "MAILER-DAEMON",
        "Postmaster",
    ],
    intro_fail: &[
        "Leider konnte Ihre Nachricht nicht an einen oder mehrere Empfänger\nzugestellt werden. Die Nachricht ist unten angehängt.",
        "Ihre Nachricht konnte an folgende Empfänger nicht zugestellt werden:",
        "Dies ist eine automatisch erstellte Nachricht des Mailsystems.\nDie Zustellung an die folgenden Empfänger ist fehlgeschlagen:",
        "Die Nachricht konnte nicht zugestellt werden.",
        "Ihre E-Mail an {rcpt} konnte nicht zugestellt werden.",
    ],
    permanent: &[
        "Dies ist ein permanenter Fehler. Folgende Adressen sind betroffen:",
        "Es werden keine weiteren Zustellversuche unternommen.",
        "Der Fehler ist dauerhaft.",
    ],
    intro_delay: &[
        "Ihre Nachricht konnte seit {hours} Stunden nicht zugestellt werden.\nDas Mailsystem versucht es weiterhin bis zu {days} Tage lang.\nSie müssen die Nachricht nicht erneut senden.",
        "Die Zustellung Ihrer Nachricht hat sich verzögert. Es werden weitere\nZustellversuche unternommen.",
        "Dies ist nur eine Warnung. Ihre Nachricht wurde noch nicht zugestellt;\nwir versuchen es weiterhin.",
    ],
    intro_expired: &[
        "Ihre Nachricht konnte innerhalb von {days} Tagen nicht zugestellt werden\nund wird an Sie zurückgesandt.",
        "Die Nachricht lag {days} Tage in der Warteschlange, ohne zugestellt zu werden.\nEs werden keine weiteren Versuche unternommen.",
    ],
    rcpt_label: "Empfänger",
    reason_label: "Grund",
    server_said: "Der Server des Empfängers meldete:",
    original: &[
        "------ Ursprüngliche Nachricht ------",
        "--- Unten folgt eine Kopie der Nachricht ---",
        "----- Header der ursprünglichen Nachricht -----",
    ],
    closing: &[
        "Bitte antworten Sie nicht auf diese Nachricht.",
        "Bei Fragen wenden Sie sich bitte an Ihren Systemadministrator.",
        "",
    ],
    generic: &[
        "Die Nachricht konnte diesem Empfänger nicht zugestellt werden.",
        "Die Zustellung an diese Adresse ist fehlgeschlagen.",
    ],
    explain: &[
        (
            "userunknown",
            &[
                "Die eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und senden Sie die Nachricht erneut.",
                "Das Postfach des Empfängers existiert nicht.",
                "Unbekannter Empfänger: Diese Adresse ist beim Zielserver nicht bekannt.",
            ],
        ),
        (
            "hostunknown",
            &[
                "Die Domäne {domain} wurde nicht gefunden. Bitte prüfen Sie die Adresse auf Tippfehler.",
                "Die Domain des Empfängers existiert nicht.",
            ],
        ),
        (
            "hasmoved",
            &["Der Empfänger ist umgezogen; Nachrichten werden nicht weitergeleitet."],
        ),
        (
            "notaccept",
            &["Die Domain des Empfängers nimmt keine E-Mails an."],
        ),
        (
            "suspend",
            &[
                "Das Konto des Empfängers ist deaktiviert oder gesperrt.",
                "Das Postfach ist inaktiv und kann keine Nachrichten empfangen.",
            ],
        ),
        (
            "mailboxfull",
            &[
                "Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen. Versuchen Sie es später erneut.",
                "Postfach voll: Der Speicherplatz des Empfängers ist erschöpft.",
            ],
        ),
        (
            "systemfull",
            &["Auf dem Server des Empfängers ist kein Speicherplatz mehr frei."],
        ),
        (
            "exceedlimit",
            &["Die Nachricht ist größer, als der Empfänger zulässt."],
        ),
        (
            "mesgtoobig",
            &[
                "Die Nachricht ist zu groß für den empfangenden Server. Versuchen Sie, die Anlagen zu verkleinern.",
            ],
        ),
        (
            "norelaying",
            &[
                "Der empfangende Server leitet keine E-Mails für diese Domain weiter (Relaying nicht erlaubt).",
            ],
        ),
        (
            "blocked",
            &[
                "Ihre Nachricht wurde nicht zugestellt, weil der Server des Empfängers die sendende IP-Adresse blockiert.",
                "Der sendende Server steht auf einer Sperrliste.",
            ],
        ),
        (
            "badreputation",
            &[
                "Der Server des Empfängers hat die Nachricht wegen der schlechten Reputation des Absenders abgelehnt.",
            ],
        ),
        (
            "requireptr",
            &["Für die sendende IP-Adresse fehlt ein gültiger Reverse-DNS-Eintrag (PTR)."],
        ),
        (
            "authfailure",
            &[
                "Die Nachricht hat die SPF-, DKIM- oder DMARC-Prüfung des Empfängers nicht bestanden.",
            ],
        ),
        (
            "rejected",
            &["Der Server des Empfängers hat die Absenderadresse abgelehnt."],
        ),
        (
            "spamdetected",
            &["Die Nachricht wurde vom Server des Empfängers als Spam eingestuft."],
        ),
        (
            "virusdetected",
            &["In der Nachricht wurde ein Virus gefunden; sie wurde abgewiesen."],
        ),
        (
            "filtered",
            &["Die Nachricht wurde durch einen Filter beim Empfänger abgelehnt."],
        ),
        (
            "policyviolation",
            &[
                "Ihre Nachricht wurde aufgrund der Richtlinien der Empfängerorganisation nicht zugestellt.",
            ],
        ),
        (
            "failedstarttls",
            &[
                "Eine verschlüsselte Verbindung (TLS) zum Server des Empfängers konnte nicht aufgebaut werden.",
            ],
        ),
        (
            "speeding",
            &[
                "Es wurden zu viele Nachrichten in kurzer Zeit gesendet. Bitte versuchen Sie es später erneut.",
            ],
        ),
        (
            "toomanyconn",
            &["Der Server des Empfängers hat zu viele gleichzeitige Verbindungen."],
        ),
        (
            "greylisted",
            &[
                "Der Server des Empfängers hat um einen späteren Zustellversuch gebeten (Greylisting).",
            ],
        ),
        (
            "networkerror",
            &["Der Server des Empfängers war nicht erreichbar."],
        ),
        (
            "expired",
            &["Die Nachricht konnte nicht innerhalb der vorgesehenen Zeit zugestellt werden."],
        ),
        (
            "systemerror",
            &["Beim Server des Empfängers ist ein interner Fehler aufgetreten."],
        ),
        (
            "suppressed",
            &["Diese Adresse steht auf der Unterdrückungsliste; es wurde nicht gesendet."],
        ),
    ],
    ex: Some(&ExText {
        subject_prefix: "Unzustellbar:",
        failed_to: "Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:",
        diag_admins: "Diagnoseinformationen für Administratoren:",
        generating: "Generierender Server:",
        orig_headers: "Ursprüngliche Nachrichtenkopfzeilen:",
        remote_returned: "Vom Remoteserver zurückgegeben",
        couldnt: "Ihre Nachricht an {rcpt} konnte nicht übermittelt werden.",
        action_required: "Aktion erforderlich",
        how_to_fix: "So beheben Sie das Problem",
        delay_subject: "Zustellung verzögert:",
        delay_intro: "Die Zustellung an folgende Empfänger oder Gruppen verzögert sich:",
        delay_note: "Diese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, die Nachricht zuzustellen.",
    }),
    gm: Some(&GmText {
        not_found: "Adresse nicht gefunden",
        blocked: "Nachricht blockiert",
        not_delivered: "Nachricht nicht zugestellt",
        full: "Posteingang des Empfängers ist voll",
        delayed: "Zustellung nicht abgeschlossen",
        not_found_text: "Ihre Nachricht wurde nicht an {rcpt} zugestellt, weil die Adresse nicht gefunden wurde oder keine E-Mails empfangen kann.",
        generic_text: "Beim Zustellen Ihrer Nachricht an {rcpt} ist ein Problem aufgetreten. Weitere Informationen finden Sie unten.",
        blocked_text: "Ihre Nachricht an {rcpt} wurde blockiert. Weitere Informationen finden Sie unten.",
        full_text: "Ihre Nachricht konnte nicht an {rcpt} zugestellt werden, da der Posteingang voll ist.",
        delay_text: "Beim Zustellen Ihrer Nachricht an {rcpt} ist ein vorübergehendes Problem aufgetreten. Gmail versucht es noch {hours} Stunden lang.",
        response: "Antwort des Servers:",
    }),
    vacation: Vacation {
        subjects: &[
            "Abwesenheitsnotiz: {subject}",
            "Automatische Antwort: {subject}",
            "Abwesend bis {back}",
            "Out of Office / Abwesenheit",
        ],
        bodies: &[
            "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich {back} nicht im Büro und habe keinen Zugriff auf meine E-Mails.\nIn dringenden Fällen wenden Sie sich bitte an {colleague} ({cmail}).\n\nMit freundlichen Grüßen\n{name}",
            "Hallo,\n\nich bin im Urlaub und ab dem {back} wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet.\n\nViele Grüße\n{name}",
            "Danke für Ihre E-Mail. Ich bin derzeit auf Dienstreise und lese meine Nachrichten nur unregelmäßig. Ab {back} bin ich wieder im Büro.\n\n{name}",
        ],
    },
    personal: &[
        (
            "Termin nächste Woche",
            "Hallo {name},\n\npasst dir Dienstag um 10 Uhr für die Besprechung? Ich bringe die Unterlagen mit.\n\nViele Grüße\n{me}",
        ),
        (
            "Ihre Sendung wird heute zugestellt",
            "Guten Tag {name},\n\nIhre Sendung wird heute zwischen 10:00 und 14:00 Uhr zugestellt. Falls Sie nicht zu Hause sind, legen wir das Paket in der nächsten Filiale ab.\n\nIhr Zustellteam",
        ),
        (
            "AW: Rechnung März",
            "Hallo {name},\n\ndie Rechnung ist angekommen, danke. Die Zahlung geht diese Woche raus.\n\nGruß\n{me}",
        ),
        (
            "Frage zur Mailadresse",
            "Hallo {name},\n\nmeine Mail an deine alte Adresse kam mit \"Empfänger unbekannt\" zurück. Ist das hier die richtige?\n\nLG {me}",
        ),
    ],
};
