//! Korean.

use super::{ExText, GmText, Lang, Vacation};
use crate::gen_data::charset::Charset::*;
use crate::gen_data::mime::Enc::*;

pub static LANG: Lang = Lang {
    code: "ko",
    name: "Korean",
    charsets: &[
        (EucKr, B64),
        (EucKr, B64),
        (Ksc5601, B64),
        (Utf8, B64),
        (Utf8, B64),
        (Utf8, Qp),
    ],
    fail_subjects: &[
        "배달 못함: {subject}",
        "메일 전송 실패",
        "반송된 메일입니다",
        "메일이 전달되지 않았습니다",
        "배달 상태 알림 (실패)",
    ],
    delay_subjects: &["배달 지연: {subject}", "메일 전송 지연 안내"],
    daemon_names: &[
        "메일 전송 시스템",
        "시스템 관리자",
        "Mail Delivery System",
        "MAILER-DAEMON",
    ],
    intro_fail: &[
        "보내신 메일이 다음 수신자에게 전달되지 않았습니다.",
        "이 메일은 자동으로 발송되었습니다.\n다음 주소로 메일을 전송하지 못했습니다.",
        "{rcpt} 님에게 보낸 메일이 반송되었습니다.",
    ],
    permanent: &["영구적인 오류입니다.", "더 이상 재시도하지 않습니다."],
    intro_delay: &[
        "보내신 메일이 {hours}시간 동안 전달되지 않았습니다. {days}일 동안 계속 재시도합니다.",
        "메일 전달이 지연되고 있습니다. 계속 재시도합니다.",
    ],
    intro_expired: &["{days}일 동안 메일을 전달하지 못하여 반송합니다."],
    rcpt_label: "받는 사람",
    reason_label: "실패 사유",
    server_said: "상대 서버 응답:",
    original: &["------ 원본 메시지 ------", "----- 원본 메시지 헤더 -----"],
    closing: &["이 메일은 발신 전용입니다.", ""],
    generic: &["이 수신자에게 메일을 전달하지 못했습니다."],
    explain: &[
        (
            "userunknown",
            &[
                "입력한 전자 메일 주소를 찾을 수 없습니다. 받는 사람의 전자 메일 주소를 확인하고 메시지를 다시 보내십시오.",
                "받는 사람의 메일 주소가 존재하지 않습니다.",
            ],
        ),
        ("hostunknown", &["{domain} 도메인을 찾을 수 없습니다."]),
        (
            "suspend",
            &["받는 사람의 계정이 휴면 또는 정지 상태입니다."],
        ),
        (
            "mailboxfull",
            &[
                "받는 사람의 편지함이 가득 차서 지금은 메시지를 받을 수 없습니다. 나중에 다시 보내십시오.",
                "받는 사람의 메일함 용량이 초과되었습니다.",
            ],
        ),
        (
            "mesgtoobig",
            &["메일 크기가 상대 서버의 제한을 초과했습니다."],
        ),
        (
            "blocked",
            &["받는 사람의 서버가 보내는 IP 주소를 차단하여 메시지가 배달되지 않았습니다."],
        ),
        ("spamdetected", &["상대 서버에서 스팸으로 판단했습니다."]),
        (
            "filtered",
            &["받는 사람의 수신 거부 설정에 의해 차단되었습니다."],
        ),
        (
            "policyviolation",
            &["받는 사람 조직의 정책 때문에 메시지가 배달되지 않았습니다."],
        ),
        ("networkerror", &["상대 서버에 연결할 수 없습니다."]),
        ("expired", &["정해진 시간 안에 메일을 전달하지 못했습니다."]),
    ],
    ex: Some(&ExText {
        subject_prefix: "배달 못함:",
        failed_to: "다음 받는 사람 또는 그룹에게 배달하지 못했습니다.",
        diag_admins: "관리자용 진단 정보:",
        generating: "생성 서버:",
        orig_headers: "원본 메시지 헤더:",
        remote_returned: "원격 서버 반환",
        couldnt: "{rcpt}에 메시지를 배달할 수 없습니다.",
        action_required: "조치 필요",
        how_to_fix: "해결 방법",
        delay_subject: "배달 지연:",
        delay_intro: "다음 받는 사람 또는 그룹에게 배달이 지연되고 있습니다.",
        delay_note: "이 메시지는 아직 배달되지 않았습니다. 배달을 계속 시도합니다.",
    }),
    gm: Some(&GmText {
        not_found: "주소를 찾을 수 없음",
        blocked: "메일이 차단됨",
        not_delivered: "메일이 전송되지 않음",
        full: "수신자의 받은편지함이 가득 참",
        delayed: "전송이 완료되지 않음",
        not_found_text: "주소를 찾을 수 없거나 메일을 받을 수 없는 주소이므로 {rcpt}에 메일이 전송되지 않았습니다.",
        generic_text: "{rcpt}에 메일을 전송하는 중에 문제가 발생했습니다. 아래의 기술 세부정보를 확인하세요.",
        blocked_text: "{rcpt}에 보낸 메일이 차단되었습니다. 아래의 기술 세부정보를 확인하세요.",
        full_text: "받은편지함이 가득 차서 {rcpt}에 메일을 전송할 수 없습니다.",
        delay_text: "{rcpt}에 메일을 전송하는 중 일시적인 문제가 발생했습니다. Gmail에서 {hours}시간 동안 다시 시도합니다.",
        response: "서버 응답:",
    }),
    vacation: Vacation {
        subjects: &["자동 응답: {subject}", "부재중 안내"],
        bodies: &[
            "안녕하세요.\n\n{back}까지 휴가 중입니다. 급한 용무는 {colleague}({cmail})에게 연락 부탁드립니다.\n\n감사합니다.\n{name}",
        ],
    },
    personal: &[(
        "회의 일정",
        "{name}님, 안녕하세요.\n\n다음 주 화요일 오후 2시에 회의가 있습니다. 참석 부탁드립니다.\n\n{me}",
    )],
};
