//! Polish.

use super::{ExText, Lang, Vacation};
use crate::gen_data::charset::Charset::*;
use crate::gen_data::mime::Enc::*;

pub static LANG: Lang = Lang {
    code: "pl",
    name: "Polish",
    charsets: &[
        (Latin2, Qp),
        (Latin2, Qp),
        (Win1250, Qp),
        (Utf8, Qp),
        (Utf8, B64),
    ],
    fail_subjects: &[
        "Niedostarczalne: {subject}",
        "Wiadomość niedostarczona",
        "Nie można dostarczyć wiadomości",
        "Błąd dostarczenia poczty",
        "Powiadomienie o stanie dostarczenia (niepowodzenie)",
    ],
    delay_subjects: &["Opóźnione dostarczenie: {subject}", "Wiadomość opóźniona"],
    daemon_names: &[
        "System dostarczania poczty",
        "Mail Delivery System",
        "MAILER-DAEMON",
    ],
    intro_fail: &[
        "Niestety, Twoja wiadomość nie mogła zostać dostarczona do jednego lub\nwięcej odbiorców.",
        "Wiadomość nie mogła zostać dostarczona do następujących odbiorców:",
        "To jest automatyczna wiadomość systemu pocztowego.\nDostarczenie do poniższych adresatów nie powiodło się:",
    ],
    permanent: &[
        "To jest błąd trwały.",
        "Kolejne próby nie będą podejmowane.",
    ],
    intro_delay: &[
        "Twoja wiadomość nie została dostarczona od {hours} godzin.\nSystem będzie ponawiał próby przez {days} dni.",
        "Dostarczenie wiadomości jest opóźnione. Próby będą kontynuowane.",
    ],
    intro_expired: &["Wiadomość nie mogła zostać dostarczona w ciągu {days} dni."],
    rcpt_label: "Odbiorca",
    reason_label: "Przyczyna",
    server_said: "Serwer odbiorcy odpowiedział:",
    original: &[
        "------ Oryginalna wiadomość ------",
        "--- Poniżej kopia wiadomości ---",
    ],
    closing: &["Prosimy nie odpowiadać na tę wiadomość.", ""],
    generic: &["Nie można było dostarczyć wiadomości do tego odbiorcy."],
    explain: &[
        (
            "userunknown",
            &[
                "Nie można odnaleźć wprowadzonego adresu e-mail. Sprawdź adres e-mail adresata i spróbuj ponownie wysłać wiadomość.",
                "Skrzynka odbiorcy nie istnieje.",
            ],
        ),
        ("hostunknown", &["Domena {domain} nie istnieje."]),
        (
            "mailboxfull",
            &["Skrzynka pocztowa odbiorcy jest pełna i nie może teraz przyjmować wiadomości."],
        ),
        (
            "suspend",
            &["Konto odbiorcy zostało zablokowane lub wyłączone."],
        ),
        (
            "blocked",
            &[
                "Wiadomość nie została dostarczona, ponieważ serwer odbiorcy blokuje adres IP nadawcy.",
            ],
        ),
        (
            "spamdetected",
            &["Serwer odbiorcy uznał wiadomość za spam."],
        ),
        (
            "policyviolation",
            &["Wiadomość nie została dostarczona z powodu zasad organizacji odbiorcy."],
        ),
        (
            "mesgtoobig",
            &["Wiadomość jest zbyt duża dla serwera odbiorcy."],
        ),
        (
            "expired",
            &["Nie udało się dostarczyć wiadomości w dozwolonym czasie."],
        ),
        ("networkerror", &["Serwer odbiorcy jest nieosiągalny."]),
    ],
    ex: Some(&ExText {
        subject_prefix: "Niedostarczalne:",
        failed_to: "Dostarczenie do tych adresatów lub grup nie powiodło się:",
        diag_admins: "Informacje diagnostyczne dla administratorów:",
        generating: "Serwer generujący:",
        orig_headers: "Nagłówki oryginalnej wiadomości:",
        remote_returned: "Serwer zdalny zwrócił",
        couldnt: "Nie można dostarczyć wiadomości do {rcpt}.",
        action_required: "Wymagana akcja",
        how_to_fix: "Jak to naprawić",
        delay_subject: "Opóźnione dostarczenie:",
        delay_intro: "Dostarczanie do tych adresatów lub grup jest opóźnione:",
        delay_note: "Wiadomość nie została jeszcze dostarczona. Próby dostarczenia będą kontynuowane.",
    }),
    gm: None,
    vacation: Vacation {
        subjects: &[
            "Automatyczna odpowiedź: {subject}",
            "Poza biurem",
            "Nieobecność do {back}",
        ],
        bodies: &[
            "Dzień dobry,\n\njestem poza biurem do {back}. W pilnych sprawach proszę o kontakt z {colleague} ({cmail}).\n\nPozdrawiam,\n{name}",
            "Dziękuję za wiadomość. Jestem na urlopie i odpowiem po powrocie, {back}.\n\n{name}",
        ],
    },
    personal: &[
        (
            "Dostawa zamówienia",
            "Dzień dobry {name},\n\nPaczka zostanie dostarczona jutro przez kuriera. Prosimy o obecność pod wskazanym adresem.\n\nPozdrawiamy,\n{me}",
        ),
        (
            "Spotkanie",
            "Cześć {name},\n\nczy pasuje Ci spotkanie w czwartek o 15:00?\n\n{me}",
        ),
    ],
};
