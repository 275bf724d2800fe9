//! Italian.

use super::{ExText, GmText, Lang, Vacation};
use crate::gen_data::charset::Charset::*;
use crate::gen_data::mime::Enc::*;

pub static LANG: Lang = Lang {
    code: "it",
    name: "Italian",
    charsets: &[(Latin1, Qp), (Latin9, Qp), (Utf8, Qp), (Utf8, B64)],
    fail_subjects: &[
        "Non recapitabile: {subject}",
        "Messaggio non recapitato",
        "Mancata consegna del messaggio",
        "Notifica stato di recapito (errore)",
        "Impossibile recapitare il messaggio",
    ],
    delay_subjects: &[
        "Recapito ritardato: {subject}",
        "Messaggio ritardato (nuovi tentativi in corso)",
    ],
    daemon_names: &[
        "Sistema di consegna della posta",
        "Mail Delivery System",
        "MAILER-DAEMON",
    ],
    intro_fail: &[
        "Siamo spiacenti di comunicarle che non è stato possibile recapitare il\nsuo messaggio a uno o più destinatari.",
        "Il suo messaggio non può essere recapitato ai seguenti destinatari:",
        "Questo è un messaggio automatico del sistema di posta.\nIl recapito ai seguenti destinatari non è riuscito:",
    ],
    permanent: &[
        "Si tratta di un errore permanente.",
        "Non verranno effettuati altri tentativi.",
    ],
    intro_delay: &[
        "Il suo messaggio non è ancora stato recapitato dopo {hours} ore.\nIl sistema continuerà a provare per {days} giorni.",
        "Il recapito del messaggio è ritardato. Verranno effettuati altri tentativi.",
    ],
    intro_expired: &["Non è stato possibile recapitare il messaggio entro {days} giorni."],
    rcpt_label: "Destinatario",
    reason_label: "Motivo",
    server_said: "Il server remoto ha risposto:",
    original: &[
        "------ Messaggio originale ------",
        "--- Segue copia del messaggio ---",
    ],
    closing: &["Si prega di non rispondere a questo messaggio.", ""],
    generic: &["Non è stato possibile recapitare il messaggio a questo destinatario."],
    explain: &[
        (
            "userunknown",
            &[
                "Impossibile trovare l'indirizzo di posta elettronica immesso. Controllare l'indirizzo del destinatario e provare a inviare di nuovo il messaggio.",
                "La casella del destinatario non esiste.",
            ],
        ),
        ("hostunknown", &["Il dominio {domain} non esiste."]),
        (
            "suspend",
            &["L'account del destinatario è disattivato o sospeso."],
        ),
        (
            "mailboxfull",
            &[
                "La cassetta postale del destinatario è piena e al momento non può accettare messaggi.",
            ],
        ),
        (
            "mesgtoobig",
            &["Il messaggio è troppo grande per il server del destinatario."],
        ),
        (
            "blocked",
            &[
                "Il messaggio non è stato recapitato perché il server del destinatario blocca l'indirizzo IP di invio.",
            ],
        ),
        (
            "spamdetected",
            &["Il messaggio è stato classificato come spam dal server del destinatario."],
        ),
        (
            "filtered",
            &["Il messaggio è stato rifiutato da un filtro del destinatario."],
        ),
        (
            "policyviolation",
            &[
                "Il messaggio non è stato recapitato a causa dei criteri dell'organizzazione del destinatario.",
            ],
        ),
        (
            "rejected",
            &["Il server del destinatario ha rifiutato l'indirizzo del mittente."],
        ),
        (
            "expired",
            &["Il messaggio non è stato recapitato entro il tempo previsto."],
        ),
        (
            "networkerror",
            &["Il server del destinatario non è raggiungibile."],
        ),
    ],
    ex: Some(&ExText {
        subject_prefix: "Non recapitabile:",
        failed_to: "Recapito non riuscito per i seguenti destinatari o gruppi:",
        diag_admins: "Informazioni di diagnostica per gli amministratori:",
        generating: "Server di generazione:",
        orig_headers: "Intestazioni messaggio originale:",
        remote_returned: "Il server remoto ha restituito",
        couldnt: "Impossibile recapitare il messaggio a {rcpt}.",
        action_required: "Azione necessaria",
        how_to_fix: "Come risolvere il problema",
        delay_subject: "Recapito ritardato:",
        delay_intro: "Il recapito ai seguenti destinatari o gruppi è in ritardo:",
        delay_note: "Il messaggio non è ancora stato recapitato. Verranno effettuati altri tentativi.",
    }),
    gm: Some(&GmText {
        not_found: "Indirizzo non trovato",
        blocked: "Messaggio bloccato",
        not_delivered: "Messaggio non consegnato",
        full: "Posta in arrivo del destinatario piena",
        delayed: "Consegna non completata",
        not_found_text: "Il tuo messaggio non è stato consegnato a {rcpt} perché l'indirizzo non è stato trovato o non può ricevere email.",
        generic_text: "Si è verificato un problema durante la consegna del messaggio a {rcpt}. Leggi i dettagli tecnici di seguito.",
        blocked_text: "Il tuo messaggio a {rcpt} è stato bloccato. Leggi i dettagli tecnici di seguito.",
        full_text: "Non è stato possibile consegnare il messaggio a {rcpt} perché la casella è piena.",
        delay_text: "Si è verificato un problema temporaneo durante la consegna del messaggio a {rcpt}. Gmail riproverà per altre {hours} ore.",
        response: "La risposta è stata:",
    }),
    vacation: Vacation {
        subjects: &[
            "Risposta automatica: {subject}",
            "Fuori ufficio",
            "Assente fino al {back}",
        ],
        bodies: &[
            "Buongiorno,\n\nsarò fuori ufficio fino al {back}. Per urgenze contattare {colleague} ({cmail}).\n\nCordiali saluti,\n{name}",
            "Grazie per il messaggio. Sono in ferie e risponderò al mio rientro, il {back}.\n\n{name}",
        ],
    },
    personal: &[
        (
            "Consegna del pacco",
            "Ciao {name},\n\nil corriere ha detto che la consegna è prevista per giovedì. Ti faccio sapere.\n\n{me}",
        ),
        (
            "Preventivo",
            "Gentile {name},\n\nin allegato il preventivo richiesto. Resto a disposizione per chiarimenti.\n\nCordiali saluti,\n{me}",
        ),
    ],
};
