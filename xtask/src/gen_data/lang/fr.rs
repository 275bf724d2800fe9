//! French.

use super::{ExText, GmText, Lang, Vacation};
use crate::gen_data::charset::Charset::*;
use crate::gen_data::mime::Enc::*;

pub static LANG: Lang = Lang {
    code: "fr",
    name: "French",
    charsets: &[
        (Latin1, Qp),
        (Latin9, Qp),
        (Win1252, Qp),
        (Utf8, Qp),
        (Utf8, B64),
        (Utf8, Bit8),
    ],
    fail_subjects: &[
        "Non remis : {subject}",
        "Échec de la remise du message",
        "Message non délivré",
        "Courrier non distribuable renvoyé à l'expéditeur",
        "Notification d'état de remise (échec)",
        "Votre message n'a pas pu être remis",
        "Erreur de distribution du courrier",
    ],
    delay_subjects: &[
        "Remise différée : {subject}",
        "Message retardé (nouvelle tentative en cours)",
        "Notification d'état de remise (retard)",
    ],
    daemon_names: &[
        "Système de distribution du courrier",
        "Mail Delivery System",
        "Service de messagerie",
        "MAILER-DAEMON",
        "Postmaster",
    ],
    intro_fail: &[
        "Nous sommes désolés de vous informer que votre message n'a pas pu\nêtre remis à un ou plusieurs destinataires. Il est joint ci-dessous.",
        "Votre message n'a pas pu être remis aux destinataires suivants :",
        "Ceci est un message automatique du système de messagerie.\nLa remise aux destinataires suivants a échoué :",
        "Le message à destination de {rcpt} n'a pas pu être distribué.",
    ],
    permanent: &[
        "Il s'agit d'une erreur permanente. Les adresses suivantes ont échoué :",
        "Aucune nouvelle tentative ne sera effectuée.",
    ],
    intro_delay: &[
        "Votre message n'a pas encore pu être remis depuis {hours} heures.\nLe système de messagerie continuera d'essayer pendant {days} jours.\nVous n'avez pas besoin de renvoyer votre message.",
        "La remise de votre message est retardée. De nouvelles tentatives seront effectuées.",
    ],
    intro_expired: &[
        "Votre message n'a pas pu être remis en {days} jours et vous est retourné.",
        "Le message est resté {days} jours dans la file d'attente sans être remis.",
    ],
    rcpt_label: "Destinataire",
    reason_label: "Raison",
    server_said: "Le serveur distant a répondu :",
    original: &[
        "------ Message d'origine ------",
        "--- Ci-dessous une copie du message ---",
        "----- En-têtes du message d'origine -----",
    ],
    closing: &[
        "Merci de ne pas répondre à ce message.",
        "Pour toute aide, contactez votre administrateur système.",
        "",
    ],
    generic: &[
        "Le message n'a pas pu être remis à ce destinataire.",
        "La remise à cette adresse a échoué.",
    ],
    explain: &[
        (
            "userunknown",
            &[
                "L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse de messagerie du destinataire et renvoyez le message.",
                "La boîte aux lettres du destinataire n'existe pas.",
                "Destinataire inconnu.",
            ],
        ),
        (
            "hostunknown",
            &[
                "Le domaine {domain} est introuvable. Vérifiez l'adresse.",
                "Le domaine du destinataire n'existe pas.",
            ],
        ),
        (
            "suspend",
            &["Le compte du destinataire est désactivé ou suspendu."],
        ),
        (
            "mailboxfull",
            &[
                "La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour le moment. Réessayez plus tard.",
                "Boîte aux lettres pleine : le quota du destinataire est dépassé.",
            ],
        ),
        (
            "mesgtoobig",
            &["Le message est trop volumineux pour le serveur du destinataire."],
        ),
        (
            "exceedlimit",
            &["Le message dépasse la taille autorisée par le destinataire."],
        ),
        (
            "norelaying",
            &["Le serveur destinataire refuse de relayer le courrier pour ce domaine."],
        ),
        (
            "blocked",
            &[
                "Votre message n'a pas été remis car le serveur du destinataire bloque l'adresse IP d'envoi.",
                "Le serveur d'envoi figure sur une liste de blocage.",
            ],
        ),
        (
            "badreputation",
            &["Le message a été refusé en raison de la mauvaise réputation de l'expéditeur."],
        ),
        (
            "requireptr",
            &["L'adresse IP d'envoi n'a pas d'enregistrement DNS inverse (PTR) valide."],
        ),
        (
            "authfailure",
            &["Le message a échoué aux vérifications SPF, DKIM ou DMARC du destinataire."],
        ),
        (
            "rejected",
            &["Le serveur du destinataire a refusé l'adresse de l'expéditeur."],
        ),
        (
            "spamdetected",
            &["Le message a été considéré comme du spam par le serveur du destinataire."],
        ),
        (
            "virusdetected",
            &["Un virus a été détecté dans le message."],
        ),
        (
            "filtered",
            &["Le message a été refusé par un filtre du destinataire."],
        ),
        (
            "policyviolation",
            &[
                "Votre message n'a pas été remis en raison de la stratégie de l'organisation du destinataire.",
            ],
        ),
        (
            "networkerror",
            &["Le serveur du destinataire est injoignable."],
        ),
        (
            "expired",
            &["Le message n'a pas pu être remis dans le délai imparti."],
        ),
        (
            "systemerror",
            &["Une erreur interne s'est produite sur le serveur du destinataire."],
        ),
        (
            "greylisted",
            &["Le serveur du destinataire a demandé de réessayer plus tard (greylisting)."],
        ),
        (
            "speeding",
            &["Trop de messages ont été envoyés en peu de temps."],
        ),
        (
            "toomanyconn",
            &["Trop de connexions simultanées vers le serveur du destinataire."],
        ),
    ],
    ex: Some(&ExText {
        subject_prefix: "Non remis :",
        failed_to: "La remise à ces destinataires ou groupes a échoué :",
        diag_admins: "Informations de diagnostic pour les administrateurs :",
        generating: "Serveur de génération :",
        orig_headers: "En-têtes de message d'origine :",
        remote_returned: "Le serveur distant a retourné",
        couldnt: "Votre message à {rcpt} n'a pas pu être remis.",
        action_required: "Action requise",
        how_to_fix: "Comment résoudre le problème",
        delay_subject: "Remise différée :",
        delay_intro: "La remise est différée pour ces destinataires ou groupes :",
        delay_note: "Ce message n'a pas encore été remis. De nouvelles tentatives de remise seront effectuées.",
    }),
    gm: Some(&GmText {
        not_found: "Adresse introuvable",
        blocked: "Message bloqué",
        not_delivered: "Message non distribué",
        full: "Boîte de réception du destinataire saturée",
        delayed: "Distribution incomplète",
        not_found_text: "Votre message n'a pas été distribué à {rcpt}, car l'adresse est introuvable ou ne peut pas recevoir d'e-mails.",
        generic_text: "Un problème est survenu lors de la distribution de votre message à {rcpt}. Pour en savoir plus, consultez les informations techniques ci-dessous.",
        blocked_text: "Votre message à {rcpt} a été bloqué. Consultez les informations techniques ci-dessous.",
        full_text: "Votre message n'a pas pu être distribué à {rcpt}, car sa boîte de réception est saturée.",
        delay_text: "Un problème temporaire est survenu lors de la distribution de votre message à {rcpt}. Gmail réessaiera pendant encore {hours} heures.",
        response: "Voici la réponse :",
    }),
    vacation: Vacation {
        subjects: &[
            "Réponse automatique : {subject}",
            "Absence du bureau",
            "Absent jusqu'au {back}",
            "Re : {subject} (réponse automatique)",
        ],
        bodies: &[
            "Bonjour,\n\nJe suis absent(e) du bureau jusqu'au {back} inclus. Pour toute urgence, merci de contacter {colleague} ({cmail}).\n\nCordialement,\n{name}",
            "Merci pour votre message. Je suis actuellement en congés et je le lirai à mon retour le {back}.\n\n{name}",
        ],
    },
    personal: &[
        (
            "Réunion de jeudi",
            "Bonjour {name},\n\nPeux-tu confirmer ta présence à la réunion de jeudi à 14h ? Je réserve la salle.\n\nMerci,\n{me}",
        ),
        (
            "Livraison de votre colis",
            "Bonjour {name},\n\nVotre colis sera livré demain entre 8h et 13h. En cas d'absence, il sera déposé en point relais.\n\nLe service livraison",
        ),
        (
            "Re : adresse mail",
            "Salut {name},\n\nMon mail à ton ancienne adresse m'est revenu avec « destinataire inconnu ». Je t'écris donc ici.\n\n{me}",
        ),
    ],
};
