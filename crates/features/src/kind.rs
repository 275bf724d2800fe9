//! Deciding what kind of message a report is, and whether a failure is final.
//!
//! The signals are structural first (a delivery-status or feedback part, RFC 3834
//! headers, `X-Failed-Recipients`), then the sender and the subject, then the wording of
//! the notification, in many languages. Phrase lists are matched on squashed text
//! (see [`crate::text::squash`]).

use crate::report::Kind;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use std::sync::LazyLock;

fn matcher(phrases: &[&str]) -> AhoCorasick {
    // A DFA, asked for by name: left to choose, the crate builds a slower NFA once a list
    // passes 100 phrases (the vacation list did; it then cost 1,000 more instructions a
    // message, for its search of the subject alone).
    AhoCorasickBuilder::new()
        .kind(Some(AhoCorasickKind::DFA))
        .match_kind(MatchKind::LeftmostFirst)
        .build(phrases)
        .expect("phrase lists are valid")
}

/// Subjects of delivery reports.
const BOUNCE_SUBJECTS: &[&str] = &[
    "undeliver",
    "undelivered",
    "delivery status notification",
    "delivery failure",
    "delivery failed",
    "delivery has failed",
    "failure notice",
    "returned mail",
    "mail delivery failed",
    "returning message",
    "non-delivery",
    "nondelivery",
    "non delivery",
    "not delivered",
    "could not be delivered",
    "delivery problem",
    "delivery notification",
    "mail system error",
    "message not delivered",
    "delivery report",
    "mail failure",
    "mail failed",
    "failed mail",
    "returned to sender",
    "returning to sender",
    "delivery warning",
    "failed delivery",
    "delivery error",
    "bounced",
    "rejected",
    "message blocked",
    "delayed mail",
    "delivery delayed",
    "warning: could not send",
    "mail could not be delivered",
    "unable to deliver",
    "delivery notice",
    "unzustellbar",
    "nicht zustellbar",
    "unzustellbare",
    "übermittlungsfehler",
    "non remis",
    "non distribuable",
    "échec de la remise",
    "echec de la remise",
    "no se puede entregar",
    "no entregado",
    "no se pudo entregar",
    "não entregue",
    "nao entregue",
    "falha na entrega",
    "não foi possível entregar",
    "non recapitabile",
    "mancata consegna",
    "impossibile recapitare",
    "onbestelbaar",
    "niet afgeleverd",
    "niet bezorgd",
    "niedostarczalna",
    "niedostarczalne",
    "nie dostarczono",
    "nie można dostarczyć",
    "не доставлено",
    "недоставлен",
    "не может быть доставлено",
    "未達",
    "配信不能",
    "配送エラー",
    "送信エラー",
    "配信エラー",
    "配信失敗",
    "送信失敗",
    "エラー通知",
    "メールエラー",
    "退信",
    "投递失败",
    "发送失败",
    "传输失败",
    "无法投递",
    "無法傳遞",
    "傳送失敗",
    "전송 실패",
    "반송",
    "배달 실패",
    "전달 실패",
    "teslim edilemedi",
    "nelze doručit",
    "kézbesíthetetlen",
    "olevererbart",
    "ikke levert",
    "kan ikke leveres",
    "toimittamaton",
    "δεν παραδόθηκε",
    "לא נמסר",
    "غير قابل للتسليم",
];

/// Subjects and wording of auto-replies.
const VACATION_PHRASES: &[&str] = &[
    "out of office",
    // An autoresponder's acknowledgement ("Thank you for your e-mail").
    "thank you for your e-mail",
    "thank you for your email",
    "thank you for your message",
    "out of the office",
    "automatic reply",
    "auto reply",
    "auto-reply",
    "autoreply",
    "auto response",
    "auto-response",
    "autoresponse",
    "vacation",
    "away from my",
    "away from the office",
    "on leave",
    "on holiday",
    "abwesenheit",
    "automatische antwort",
    // An organisation's automatic acknowledgement of receipt.
    "empfangsbestätigung",
    "eingangsbestätigung",
    "empfangsbestaetigung",
    "eingangsbestaetigung",
    "nicht im büro",
    "réponse automatique",
    "reponse automatique",
    "absence",
    "respuesta automática",
    "respuesta automatica",
    "fuera de la oficina",
    "resposta automática",
    "resposta automatica",
    "ausente",
    "risposta automatica",
    "fuori ufficio",
    "automatisch antwoord",
    "afwezig",
    "automatyczna odpowiedź",
    "poza biurem",
    "автоответ",
    "автоматический ответ",
    "нет в офисе",
    "自動応答",
    "自動返信",
    "不在",
    "自动回复",
    "自動回覆",
    "休假",
    "자동 응답",
    "부재중",
    "assente",
    "absent jusqu",
    "absent until",
    "away until",
    "away from the office",
    "férias",
    "外出通知",
    "frånvaro",
    "automatiskt svar",
    "automatická odpověď",
    "mimo kancelář",
    "nepřítomnost",
    "otomatik yanıt",
    "otomatik cevap",
    "ofis dışında",
    "[autoreply]",
    "(autoreply)",
    "autoreply:",
    "abwesend",
    "ausser haus",
    "außer haus",
    "en congés",
    "en vacances",
    "de vacaciones",
    "em férias",
    "in ferie",
    "op vakantie",
    "nieobecność",
    "w urlopie",
    "в отпуске",
    "відпустці",
    "автовідповідь",
    "不在通知",
    "外出中",
    "休暇",
    "度假",
    "휴가",
    "autosvar",
    "poissa",
    "fraværende",
    "ikke på kontoret",
    "automaattinen vastaus",
    // Outlook's localised "Automatic reply" in more languages (Baltic ones also without
    // their diacritics, as old clients sent them).
    "automatisk svar",
    "automaatvastus",
    "automātiskā atbilde",
    "automatiska atbilde",
    "automatinis atsakymas",
    "automatikus válasz",
    "răspuns automat",
    "raspuns automat",
    "automatická odpoveď",
    "samodejni odgovor",
    "automatski odgovor",
    "автоматичен отговор",
    "αυτόματη απάντηση",
    "resposta automàtica",
    "balasan otomatis",
    "trả lời tự động",
    "תשובה אוטומטית",
    "رد تلقائي",
];

/// Wording of failure notices (checked in the notification when there is no DSN part).
const FAILURE_PHRASES: &[&str] = &[
    "could not be delivered",
    "couldn't be delivered",
    "wasn't delivered",
    "was not delivered",
    "undeliverable",
    "delivery has failed",
    "delivery failed",
    "delivery to the following",
    "permanent error",
    "permanent fatal error",
    "unable to deliver",
    "failed to deliver",
    "not be delivered",
    "could not deliver",
    "returned to sender",
    "message was not sent",
    "delivery failure",
    "following address",
    "following recipient",
    "has been rejected",
    "was rejected",
    "failed recipient",
    "is not deliverable",
    "delivery problem",
    "mail delivery failed",
    "not yet been delivered",
    "has not been delivered",
    "delivery attempts",
    "konnte nicht zugestellt",
    "nicht zugestellt werden",
    "n'a pas pu être remis",
    "n'a pas pu etre remis",
    "non remis",
    "no se pudo entregar",
    "no ha podido ser entregado",
    "não pôde ser entregue",
    "não foi possível entregar",
    "non è stato possibile recapitare",
    "non può essere recapitato",
    "kon niet worden afgeleverd",
    "niet worden bezorgd",
    "nie mogła zostać dostarczona",
    "nie może zostać dostarczona",
    "не может быть доставлено",
    "не удалось доставить",
    "не доставлено",
    "配信できません",
    "届きませんでした",
    "送信できませんでした",
    "配送できません",
    "宛先不明",
    "无法投递",
    "无法送达",
    "无法发送",
    "投递失败",
    "無法傳遞",
    "無法送達",
    "전달되지 않았습니다",
    "전송하지 못했습니다",
    "배달되지 못했습니다",
    "not a member of",
    "are not member",
    "non-member",
    "not subscribed to",
];

/// Common names of a failure's cause. Alone they prove nothing (a person may write "your
/// mailbox is full"), but in a text from a mail daemon that names recipients they back up
/// the report as much as a "could not be delivered" does.
const REASON_PHRASES: &[&str] = &[
    "user unknown",
    "unknown user",
    "no such user",
    "user not found",
    "recipient unknown",
    "unknown recipient",
    "no such recipient",
    "invalid recipient",
    "no such mailbox",
    "mailbox not found",
    "mailbox unavailable",
    "does not exist",
    "unknown host",
    "host unknown",
    "host not found",
    "no such domain",
    "domain not found",
    "mailbox full",
    "mailbox is full",
    "full mailbox",
    "over quota",
    "quota exceeded",
    "exceeds quota",
    "exceeded quota",
    "unbekannter empfänger",
    "existiert nicht",
    "postfach voll",
    "utilisateur inconnu",
    "n'existe pas",
    "boîte pleine",
    "usuario desconocido",
    "no existe",
    "buzón lleno",
    "utente sconosciuto",
    "casella piena",
    "пользователь не найден",
    "не существует",
    "ящик переполнен",
    "用户不存在",
    "邮箱已满",
    "存在しません",
];

/// Wording of delay notices: the message is still queued and will be retried.
const DELAY_PHRASES: &[&str] = &[
    "will keep trying",
    "will continue to try",
    "will retry",
    "will be retried",
    "still trying",
    "not yet been delivered",
    "has not yet been delivered",
    "not been delivered yet",
    "delivery delayed",
    "delayed mail",
    "delivery is delayed",
    "message delayed",
    "(delay)",
    "warning: could not send message for past",
    "warning: message",
    "still undelivered",
    "delivery attempts will continue",
    "no action is required on your part",
    "is delayed",
    "temporarily deferred",
    "will try again",
    "versuche weiterhin",
    "verzögert",
    "noch nicht zugestellt",
    "retardée",
    "retardé",
    "remise différée",
    "seguiremos intentando",
    "retrasad",
    "atrasad",
    "ritardat",
    "vertraagd",
    "opóźnion",
    "задержан",
    "遅延",
    "延迟",
    "지연",
    "전송 지연",
    "atraso na entrega",
    "entrega atrasada",
    "remise retardée",
    "distribution retardée",
    "zpožděn",
    "gecikme",
    "fördröjd",
    "задержка доставки",
    "затримка",
];

/// Subject prefixes of a message a person forwarded or replied to.
const FORWARD_PREFIXES: &[&str] = &[
    "fwd:",
    "fw:",
    "wg:",
    "tr:",
    "rv:",
    "i:",
    "enc:",
    "doorst:",
    "vs:",
    "re:",
    "aw:",
    "sv:",
    "r:",
    "odp:",
    "ответ:",
    "пересл:",
    "転送:",
    "回复:",
    "转发:",
];

static BOUNCE_SUBJECT: LazyLock<AhoCorasick> = LazyLock::new(|| matcher(BOUNCE_SUBJECTS));
static VACATION: LazyLock<AhoCorasick> = LazyLock::new(|| matcher(VACATION_PHRASES));
static FAILURE: LazyLock<AhoCorasick> = LazyLock::new(|| matcher(FAILURE_PHRASES));
static DELAY: LazyLock<AhoCorasick> = LazyLock::new(|| matcher(DELAY_PHRASES));
static REASON: LazyLock<AhoCorasick> = LazyLock::new(|| matcher(REASON_PHRASES));

/// The subject reads like a delivery report.
pub fn bounce_subject(squashed_subject: &str) -> bool {
    BOUNCE_SUBJECT.is_match(squashed_subject)
}

/// The subject or text reads like an auto-reply.
pub fn vacation_wording(squashed: &str) -> bool {
    VACATION.is_match(squashed)
}

/// The text names a cause of failure (one of the phrases of `REASON_PHRASES`).
pub fn reason_wording(squashed: &str) -> bool {
    REASON.is_match(squashed)
}

/// The notification reads like a failure notice.
pub fn failure_wording(squashed: &str) -> bool {
    FAILURE.is_match(squashed)
}

/// The subject or notification says the message is delayed, not failed.
pub fn delay_wording(squashed: &str) -> bool {
    DELAY.is_match(squashed)
}

/// The subject starts like a person's reply or forward.
pub fn forwarded_subject(squashed_subject: &str) -> bool {
    // "TR : x" (French typography puts a space before the colon).
    let compact = squashed_subject.replacen(" :", ":", 1);
    FORWARD_PREFIXES.iter().any(|p| compact.starts_with(p))
}

/// Wording of challenge-response robots ("confirm you are a person"): automated, but
/// neither an auto-reply of a person nor a delivery report.
const CHALLENGE_PHRASES: &[&str] = &[
    "please confirm your message",
    "confirm that you are",
    "confirm you are a",
    "prove you are",
    "verify that you are",
    "verify your message",
    "to have your message delivered",
    "whitelist",
    "challenge-response",
    "spam protection has held",
    "held your message",
    "click the link below to confirm",
    "confirm your email to",
    "awaiting your confirmation",
    "bitte bestätigen sie",
    "veuillez confirmer",
    "por favor confirme",
];

static CHALLENGE: LazyLock<AhoCorasick> = LazyLock::new(|| matcher(CHALLENGE_PHRASES));

/// The subject or text asks the sender to prove they are a person.
pub fn challenge_wording(squashed: &str) -> bool {
    CHALLENGE.is_match(squashed)
}

/// A mailing-list robot (`list-owner@`, `list-admin@`, `owner-list@`, `list-request@`).
pub fn list_robot_sender(address: &str) -> bool {
    let local = address.split('@').next().unwrap_or("").to_ascii_lowercase();
    local.ends_with("-admin")
        || local.ends_with("-owner")
        || local.starts_with("owner-")
        || local.ends_with("-request")
}

/// An automated sender: MAILER-DAEMON, postmaster, "Mail Delivery System" and the like.
pub fn daemon_sender(address: &str, display_name: &str) -> bool {
    let local = address.split('@').next().unwrap_or("").to_ascii_lowercase();
    let name = display_name.to_lowercase();
    matches!(
        local.as_str(),
        "mailer-daemon"
            | "mailer_daemon"
            | "mailerdaemon"
            | "postmaster"
            | "mail-daemon"
            | "mdaemon"
            | "mailer"
            | "bounce"
            | "bounces"
            | "nobody"
            | "daemon"
            | "mail.delivery"
            | "maildelivery"
            | "mail-delivery"
    ) || local.starts_with("microsoftexchange")
        || local.starts_with("mailer-daemon")
        || local.starts_with("postmaster")
        || name.contains("mail delivery")
        || name.contains("mailer-daemon")
        || name.contains("mailer daemon")
        || name.contains("postmaster")
        || name.contains("delivery subsystem")
        || name.contains("mail administrator")
        || name.contains("mail system")
        || name
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "ndr")
}

/// What a message shows, for [`decide`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Signals {
    /// An ARF `message/feedback-report` part (or `report-type=feedback-report`).
    pub feedback_part: bool,
    /// A delivery-status part that names recipients.
    pub dsn_recipients: bool,
    /// Every recipient was delivered, relayed or expanded.
    pub all_delivered: bool,
    /// `multipart/report; report-type=delivery-status`.
    pub delivery_status_report: bool,
    /// An `X-Failed-Recipients` header.
    pub failed_header: bool,
    /// From MAILER-DAEMON, postmaster, "Mail Delivery System" and the like.
    pub daemon: bool,
    /// From a mailing-list robot.
    pub list_robot: bool,
    /// `Return-Path: <>`.
    pub return_null: bool,
    /// RFC 3834 or vendor auto-reply headers.
    pub autoreply_header: bool,
    /// Sent by a program (`Auto-Submitted` other than `no`, unsubscribe headers).
    pub automated: bool,
    pub subject_bounce: bool,
    pub subject_vacation: bool,
    /// The subject is exactly "unsubscribe".
    pub subject_unsubscribe: bool,
    /// A person's reply or forward ("Fwd: ...", not from a daemon).
    pub forwarded: bool,
    /// A challenge-response robot asks the sender to confirm (a caller may leave it unread,
    /// false, where [`decide`] ignores it: from a daemon or with `X-Failed-Recipients`).
    pub challenge: bool,
    /// The notification reads like a failure notice.
    pub text_failure: bool,
    /// The text names a cause of failure ("user unknown", "mailbox full").
    pub reason_wording: bool,
    /// The text names recipients.
    pub recipients: bool,
    /// Status or reply codes were found.
    pub codes: bool,
}

/// The kind of a message from its signals: structure first, then a score of the weaker
/// signs, so that no single word makes an ordinary message a bounce.
pub fn decide(s: &Signals) -> Kind {
    if s.feedback_part || s.subject_unsubscribe && s.automated {
        return Kind::Feedback;
    }
    if s.dsn_recipients && s.all_delivered {
        return Kind::Delivered;
    }
    let vacation = (s.autoreply_header || s.subject_vacation)
        && !s.subject_bounce
        && !s.failed_header
        && !s.daemon;
    if s.challenge && !s.daemon && !s.failed_header {
        return Kind::NotBounce;
    }
    if vacation && s.subject_vacation {
        // "Re: newsletter [Autoreply]": the vacation wording wins over the reply prefix.
        return Kind::AutoReply;
    }
    // "Re: ..." from a program that says it auto-replied (RFC 3834) is no person's reply.
    if s.forwarded && !s.autoreply_header {
        return Kind::NotBounce;
    }
    if s.dsn_recipients {
        return Kind::Dsn;
    }
    let score = 3 * usize::from(s.failed_header)
        + 2 * usize::from(s.daemon)
        + 2 * usize::from(s.delivery_status_report)
        + usize::from(s.subject_bounce)
        + usize::from(s.list_robot)
        + usize::from(s.return_null)
        + usize::from(s.text_failure)
        + usize::from(s.recipients)
        + usize::from(s.codes);
    let vacation = (s.autoreply_header || s.subject_vacation)
        && !s.subject_bounce
        && !s.failed_header
        && !s.daemon;
    let corroborated =
        s.codes || s.text_failure || s.reason_wording || s.subject_bounce || s.failed_header;
    if vacation {
        Kind::AutoReply
    } else if score >= 4 || score >= 3 && corroborated {
        Kind::FreeTextNdr
    } else {
        Kind::NotBounce
    }
}

/// [`decide`] for a caller whose notification wording (`text_failure` and `reason_wording`,
/// whatever `signals` says of them) costs a pass over the whole text: `wording` is asked
/// only when the other signals leave the kind open, which is seldom. The kind is monotone
/// in both signals (they only add to the score and to the corroboration), so when it is
/// the same with both false and both true it is the same whatever they are.
pub fn decide_asking(signals: Signals, wording: impl FnOnce() -> (bool, bool)) -> Kind {
    let with = |text_failure, reason_wording| Signals {
        text_failure,
        reason_wording,
        ..signals
    };
    let without = decide(&with(false, false));
    if without == decide(&with(true, true)) {
        return without;
    }
    let (text_failure, reason_wording) = wording();
    decide(&with(text_failure, reason_wording))
}

/// Builds this module's matchers now rather than at their first use (see
/// [`crate::build_matchers`]).
pub(crate) fn build_matchers() {
    LazyLock::force(&BOUNCE_SUBJECT);
    LazyLock::force(&VACATION);
    LazyLock::force(&FAILURE);
    LazyLock::force(&DELAY);
    LazyLock::force(&REASON);
    LazyLock::force(&CHALLENGE);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects() {
        assert!(bounce_subject("undelivered mail returned to sender"));
        assert!(bounce_subject("unzustellbar: hallo"));
        assert!(bounce_subject("未達メール"));
        assert!(!bounce_subject("lunch on friday?"));
        assert!(vacation_wording("automatic reply: hello"));
        assert!(forwarded_subject(
            "fwd: undelivered mail returned to sender"
        ));
        assert!(daemon_sender("MAILER-DAEMON@example.org", ""));
        assert!(daemon_sender("x@example.org", "Mail Delivery System"));
        assert!(!daemon_sender("alice@example.org", "Alice"));
        assert!(bounce_subject("mail failed, returning to sender"));
        assert!(vacation_wording("thank you for your e-mail"));
        assert!(vacation_wording("e-mail empfangsbestätigung"));
        assert!(vacation_wording("automātiskā atbilde: sveiki"));
        assert!(vacation_wording("automatikus válasz: hello"));
        assert!(!vacation_wording("meeting notes for tuesday"));
    }

    /// A daemon's text that names recipients is a report once it names a cause, even in
    /// words no "could not be delivered" list holds; without one it stays an ordinary
    /// message.
    #[test]
    fn a_daemon_naming_recipients_and_a_cause_sent_a_report() {
        let base = Signals {
            daemon: true,
            recipients: true,
            ..Signals::default()
        };
        assert_eq!(decide(&base), Kind::NotBounce);
        assert!(reason_wording("pat@example.org ... unknown host"));
        let named = Signals {
            reason_wording: true,
            ..base
        };
        assert_eq!(decide(&named), Kind::FreeTextNdr);
    }

    /// "Re: ..." from a program that declares an auto-reply is an auto-reply, not a
    /// person's reply.
    #[test]
    fn a_declared_auto_reply_with_a_reply_subject_is_an_auto_reply() {
        let reply = Signals {
            forwarded: true,
            ..Signals::default()
        };
        assert_eq!(decide(&reply), Kind::NotBounce);
        let auto = Signals {
            autoreply_header: true,
            ..reply
        };
        assert_eq!(decide(&auto), Kind::AutoReply);
    }

    /// Every combination of the signals: asking for the wording only when it may matter
    /// gives the kind that reading it always gives.
    #[test]
    fn the_wording_is_asked_for_whenever_it_matters() {
        let flag = |bits: u32, i: u32| bits & (1 << i) != 0;
        for bits in 0..1u32 << 19 {
            let signals = Signals {
                feedback_part: flag(bits, 0),
                dsn_recipients: flag(bits, 1),
                all_delivered: flag(bits, 2),
                delivery_status_report: flag(bits, 3),
                failed_header: flag(bits, 4),
                daemon: flag(bits, 5),
                list_robot: flag(bits, 6),
                return_null: flag(bits, 7),
                autoreply_header: flag(bits, 8),
                automated: flag(bits, 9),
                subject_bounce: flag(bits, 10),
                subject_vacation: flag(bits, 11),
                subject_unsubscribe: flag(bits, 12),
                forwarded: flag(bits, 13),
                challenge: flag(bits, 14),
                text_failure: flag(bits, 15),
                reason_wording: flag(bits, 16),
                recipients: flag(bits, 17),
                codes: flag(bits, 18),
            };
            let asked = decide_asking(
                Signals {
                    text_failure: false,
                    reason_wording: false,
                    ..signals
                },
                || (signals.text_failure, signals.reason_wording),
            );
            assert_eq!(asked, decide(&signals), "{signals:?}");
        }
    }
}
