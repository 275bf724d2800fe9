//! Portuguese.

use super::{ExText, GmText, Lang, Vacation};
use crate::gen_data::charset::Charset::*;
use crate::gen_data::mime::Enc::*;

pub static LANG: Lang = Lang {
    code: "pt",
    name: "Portuguese",
    charsets: &[(Latin1, Qp), (Win1252, Qp), (Utf8, Qp), (Utf8, B64)],
    fail_subjects: &[
        "Não é possível entregar: {subject}",
        "Mensagem não entregue",
        "Falha na entrega da mensagem",
        "Notificação de status de entrega (falha)",
        "Mensagem devolvida ao remetente",
    ],
    delay_subjects: &[
        "Entrega atrasada: {subject}",
        "Notificação de status de entrega (atraso)",
    ],
    daemon_names: &[
        "Sistema de entrega de e-mail",
        "Mail Delivery System",
        "MAILER-DAEMON",
    ],
    intro_fail: &[
        "Lamentamos informar que não foi possível entregar a sua mensagem a um\nou mais destinatários.",
        "A sua mensagem não pôde ser entregue aos seguintes destinatários:",
        "Esta é uma mensagem automática do sistema de e-mail.\nA entrega para os seguintes destinatários falhou:",
    ],
    permanent: &[
        "Este é um erro permanente.",
        "Não serão feitas novas tentativas.",
    ],
    intro_delay: &[
        "A sua mensagem ainda não foi entregue após {hours} horas.\nContinuaremos tentando por {days} dias.",
        "A entrega da sua mensagem está atrasada. Novas tentativas serão feitas.",
    ],
    intro_expired: &["A sua mensagem não pôde ser entregue em {days} dias e foi devolvida."],
    rcpt_label: "Destinatário",
    reason_label: "Motivo",
    server_said: "O servidor remoto respondeu:",
    original: &[
        "------ Mensagem original ------",
        "--- Cópia da mensagem abaixo ---",
    ],
    closing: &["Por favor, não responda a esta mensagem.", ""],
    generic: &["Não foi possível entregar a mensagem a este destinatário."],
    explain: &[
        (
            "userunknown",
            &[
                "O endereço de email que você inseriu não foi encontrado. Verifique o endereço de email do destinatário e tente reenviar a mensagem.",
                "A caixa postal do destinatário não existe.",
            ],
        ),
        ("hostunknown", &["O domínio {domain} não foi encontrado."]),
        (
            "suspend",
            &["A conta do destinatário está desativada ou suspensa."],
        ),
        (
            "mailboxfull",
            &[
                "A caixa de correio do destinatário está cheia e não pode aceitar mensagens agora. Tente novamente mais tarde.",
            ],
        ),
        (
            "mesgtoobig",
            &["A mensagem é grande demais para o servidor do destinatário."],
        ),
        (
            "blocked",
            &[
                "A sua mensagem não foi entregue porque o servidor do destinatário bloqueou o endereço IP de envio.",
            ],
        ),
        (
            "spamdetected",
            &["A mensagem foi classificada como spam pelo servidor do destinatário."],
        ),
        (
            "filtered",
            &["A mensagem foi rejeitada por um filtro do destinatário."],
        ),
        (
            "policyviolation",
            &["A sua mensagem não foi entregue devido à política da organização do destinatário."],
        ),
        (
            "authfailure",
            &["A mensagem falhou nas verificações SPF, DKIM ou DMARC."],
        ),
        (
            "rejected",
            &["O servidor do destinatário rejeitou o endereço do remetente."],
        ),
        (
            "expired",
            &["A mensagem não pôde ser entregue no prazo e expirou."],
        ),
        (
            "networkerror",
            &["Não foi possível contactar o servidor do destinatário."],
        ),
    ],
    ex: Some(&ExText {
        subject_prefix: "Não é possível entregar:",
        failed_to: "Falha na entrega para estes destinatários ou grupos:",
        diag_admins: "Informações de diagnóstico para administradores:",
        generating: "Servidor de geração:",
        orig_headers: "Cabeçalhos da mensagem original:",
        remote_returned: "O servidor remoto retornou",
        couldnt: "Não foi possível entregar a sua mensagem para {rcpt}.",
        action_required: "Ação Necessária",
        how_to_fix: "Como corrigir",
        delay_subject: "Entrega atrasada:",
        delay_intro: "A entrega para estes destinatários ou grupos está atrasada:",
        delay_note: "Esta mensagem ainda não foi entregue. A entrega continuará a ser tentada.",
    }),
    gm: Some(&GmText {
        not_found: "Endereço não encontrado",
        blocked: "Mensagem bloqueada",
        not_delivered: "Mensagem não entregue",
        full: "Caixa de entrada do destinatário cheia",
        delayed: "Entrega incompleta",
        not_found_text: "Sua mensagem não foi entregue a {rcpt} porque o endereço não foi encontrado ou não pode receber e-mails.",
        generic_text: "Ocorreu um problema ao entregar sua mensagem para {rcpt}. Veja os detalhes técnicos abaixo.",
        blocked_text: "Sua mensagem para {rcpt} foi bloqueada. Veja os detalhes técnicos abaixo.",
        full_text: "Não foi possível entregar sua mensagem para {rcpt} porque a caixa de entrada está cheia.",
        delay_text: "Ocorreu um problema temporário ao entregar sua mensagem para {rcpt}. O Gmail tentará novamente por mais {hours} horas.",
        response: "A resposta foi:",
    }),
    vacation: Vacation {
        subjects: &[
            "Resposta automática: {subject}",
            "Ausente do escritório",
            "Férias até {back}",
        ],
        bodies: &[
            "Olá,\n\nEstou ausente do escritório até {back}. Para assuntos urgentes, contacte {colleague} ({cmail}).\n\nCumprimentos,\n{name}",
            "Obrigado pela sua mensagem. Estou de férias e responderei quando voltar, em {back}.\n\n{name}",
        ],
    },
    personal: &[
        (
            "Entrega da encomenda",
            "Olá {name},\n\nA sua encomenda foi enviada e deve ser entregue em dois dias úteis.\n\nObrigado,\n{me}",
        ),
        (
            "Jantar sábado",
            "Oi {name},\n\nVamos jantar no sábado? Reservei para as 20h.\n\nBeijos,\n{me}",
        ),
    ],
};
