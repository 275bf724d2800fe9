//! Spanish.

use super::{ExText, GmText, Lang, Vacation};
use crate::gen_data::charset::Charset::*;
use crate::gen_data::mime::Enc::*;

pub static LANG: Lang = Lang {
    code: "es",
    name: "Spanish",
    charsets: &[
        (Latin1, Qp),
        (Win1252, Qp),
        (Utf8, Qp),
        (Utf8, B64),
        (Utf8, Bit8),
    ],
    fail_subjects: &[
        "No se puede entregar: {subject}",
        "Mensaje no entregado",
        "Error en la entrega del correo",
        "Correo devuelto al remitente",
        "Notificación de estado de entrega (error)",
        "No se pudo entregar el mensaje",
    ],
    delay_subjects: &[
        "Entrega retrasada: {subject}",
        "Mensaje retrasado (se seguirá intentando)",
        "Notificación de estado de entrega (retraso)",
    ],
    daemon_names: &[
        "Sistema de entrega de correo",
        "Mail Delivery System",
        "MAILER-DAEMON",
        "Postmaster",
    ],
    intro_fail: &[
        "Lamentamos informarle de que su mensaje no se pudo entregar a uno o\nmás destinatarios. Se adjunta a continuación.",
        "Su mensaje no se pudo entregar a los siguientes destinatarios:",
        "Este es un mensaje automático del sistema de correo.\nLa entrega a los siguientes destinatarios ha fallado:",
        "El mensaje para {rcpt} no ha podido ser entregado.",
    ],
    permanent: &[
        "Este es un error permanente.",
        "No se realizarán más intentos de entrega.",
    ],
    intro_delay: &[
        "Su mensaje no se ha podido entregar en las últimas {hours} horas.\nSeguiremos intentando durante {days} días. No es necesario reenviarlo.",
        "La entrega de su mensaje se ha retrasado. Seguiremos intentando.",
    ],
    intro_expired: &["Su mensaje no se pudo entregar en {days} días y se le devuelve."],
    rcpt_label: "Destinatario",
    reason_label: "Motivo",
    server_said: "El servidor remoto respondió:",
    original: &[
        "------ Mensaje original ------",
        "--- A continuación, una copia del mensaje ---",
    ],
    closing: &[
        "Por favor, no responda a este mensaje.",
        "Si necesita ayuda, contacte con su administrador.",
        "",
    ],
    generic: &[
        "No se pudo entregar el mensaje a este destinatario.",
        "La entrega a esta dirección ha fallado.",
    ],
    explain: &[
        (
            "userunknown",
            &[
                "No se encontró la dirección de correo electrónico que especificó. Compruebe la dirección de correo electrónico del destinatario e intente volver a enviar el mensaje.",
                "El buzón del destinatario no existe.",
            ],
        ),
        (
            "hostunknown",
            &[
                "No se encontró el dominio {domain}.",
                "El dominio del destinatario no existe.",
            ],
        ),
        (
            "suspend",
            &["La cuenta del destinatario está desactivada o suspendida."],
        ),
        (
            "mailboxfull",
            &[
                "El buzón del destinatario está lleno y no puede aceptar mensajes en este momento. Inténtelo de nuevo más tarde.",
                "Buzón lleno: se ha superado la cuota del destinatario.",
            ],
        ),
        (
            "mesgtoobig",
            &["El mensaje es demasiado grande para el servidor del destinatario."],
        ),
        (
            "blocked",
            &[
                "Su mensaje no se entregó porque el servidor del destinatario bloquea la dirección IP de envío.",
            ],
        ),
        (
            "spamdetected",
            &["El servidor del destinatario ha clasificado el mensaje como spam."],
        ),
        (
            "virusdetected",
            &["Se ha detectado un virus en el mensaje."],
        ),
        (
            "filtered",
            &["Un filtro del destinatario ha rechazado el mensaje."],
        ),
        (
            "policyviolation",
            &[
                "Su mensaje no se entregó debido a la directiva de la organización del destinatario.",
            ],
        ),
        (
            "authfailure",
            &["El mensaje no superó las comprobaciones SPF, DKIM o DMARC."],
        ),
        (
            "rejected",
            &["El servidor del destinatario rechazó la dirección del remitente."],
        ),
        (
            "norelaying",
            &["El servidor no permite retransmitir correo a este dominio."],
        ),
        (
            "networkerror",
            &["No se pudo conectar con el servidor del destinatario."],
        ),
        (
            "expired",
            &["El mensaje no se pudo entregar en el plazo permitido y ha caducado."],
        ),
        (
            "systemerror",
            &["Se produjo un error interno en el servidor del destinatario."],
        ),
    ],
    ex: Some(&ExText {
        subject_prefix: "No se puede entregar:",
        failed_to: "Error en la entrega a estos destinatarios o grupos:",
        diag_admins: "Información de diagnóstico para administradores:",
        generating: "Servidor de generación:",
        orig_headers: "Encabezados del mensaje original:",
        remote_returned: "El servidor remoto devolvió",
        couldnt: "No se pudo entregar el mensaje a {rcpt}.",
        action_required: "Acción necesaria",
        how_to_fix: "Cómo solucionarlo",
        delay_subject: "Entrega retrasada:",
        delay_intro: "La entrega a estos destinatarios o grupos se ha retrasado:",
        delay_note: "Este mensaje aún no se ha entregado. Se seguirá intentando la entrega.",
    }),
    gm: Some(&GmText {
        not_found: "No se ha encontrado la dirección",
        blocked: "Mensaje bloqueado",
        not_delivered: "Mensaje no entregado",
        full: "Bandeja de entrada del destinatario llena",
        delayed: "Entrega incompleta",
        not_found_text: "Tu mensaje no se ha entregado a {rcpt} porque no se ha encontrado la dirección o no puede recibir correo.",
        generic_text: "Se ha producido un problema al entregar tu mensaje a {rcpt}. Consulta los detalles técnicos a continuación.",
        blocked_text: "Tu mensaje para {rcpt} se ha bloqueado. Consulta los detalles técnicos a continuación.",
        full_text: "No se ha podido entregar tu mensaje a {rcpt} porque su bandeja de entrada está llena.",
        delay_text: "Se ha producido un problema temporal al entregar tu mensaje a {rcpt}. Gmail lo volverá a intentar durante {hours} horas más.",
        response: "La respuesta ha sido:",
    }),
    vacation: Vacation {
        subjects: &[
            "Respuesta automática: {subject}",
            "Fuera de la oficina",
            "Ausente hasta el {back}",
        ],
        bodies: &[
            "Hola:\n\nEstoy fuera de la oficina hasta el {back}. Para asuntos urgentes, contacte con {colleague} ({cmail}).\n\nUn saludo,\n{name}",
            "Gracias por su correo. Estoy de vacaciones y responderé a mi regreso el {back}.\n\n{name}",
        ],
    },
    personal: &[
        (
            "Reunión del lunes",
            "Hola {name}:\n\n¿Te viene bien el lunes a las 10 para revisar el presupuesto?\n\nSaludos,\n{me}",
        ),
        (
            "Entrega de su pedido",
            "Estimado/a {name}:\n\nSu pedido será entregado mañana. Si no está en casa, el repartidor dejará un aviso.\n\nAtentamente,\nEl equipo de envíos",
        ),
    ],
};
