//! Traditional Chinese.

use super::{ExText, GmText, Lang, Vacation};
use crate::gen_data::charset::Charset::*;
use crate::gen_data::mime::Enc::*;

pub static LANG: Lang = Lang {
    code: "zh-TW",
    name: "Chinese (Traditional)",
    charsets: &[
        (Big5, B64),
        (Big5, B64),
        (Big5, Bit8),
        (Utf8, B64),
        (Utf8, Qp),
    ],
    fail_subjects: &[
        "無法傳遞: {subject}",
        "郵件傳送失敗",
        "退信通知",
        "傳遞狀態通知 (失敗)",
    ],
    delay_subjects: &["傳遞延遲: {subject}", "郵件延遲傳送通知"],
    daemon_names: &[
        "郵件傳遞系統",
        "系統管理員",
        "Mail Delivery System",
        "MAILER-DAEMON",
    ],
    intro_fail: &[
        "很抱歉，您的郵件無法傳遞給下列收件者：",
        "這是系統自動產生的通知。\n您寄出的郵件無法送達以下地址：",
        "寄給 {rcpt} 的郵件無法送達。",
    ],
    permanent: &["這是永久性錯誤。", "系統將不再重試。"],
    intro_delay: &[
        "您的郵件已延遲 {hours} 小時尚未送達，系統將繼續嘗試 {days} 天。",
        "郵件傳遞發生延遲，系統會繼續嘗試。",
    ],
    intro_expired: &["您的郵件在 {days} 天內無法送達，已退回。"],
    rcpt_label: "收件者",
    reason_label: "原因",
    server_said: "對方伺服器回應：",
    original: &["------ 原始郵件 ------", "----- 原始郵件標頭 -----"],
    closing: &["此郵件為系統自動發送，請勿直接回覆。", ""],
    generic: &["郵件無法傳遞給此收件者。"],
    explain: &[
        (
            "userunknown",
            &[
                "找不到您輸入的電子郵件地址。請檢查收件者的電子郵件地址，然後嘗試重新傳送郵件。",
                "收件者信箱不存在。",
            ],
        ),
        ("hostunknown", &["找不到網域 {domain}。"]),
        (
            "mailboxfull",
            &["收件者的信箱已滿，目前無法接收郵件。請稍後再試。"],
        ),
        ("suspend", &["收件者帳號已停用。"]),
        (
            "blocked",
            &["由於收件者的伺服器封鎖了傳送 IP 位址，因此您的郵件未傳遞。"],
        ),
        ("spamdetected", &["郵件被對方伺服器判定為垃圾郵件。"]),
        ("filtered", &["郵件被收件者的過濾規則拒收。"]),
        (
            "policyviolation",
            &["由於收件者組織的原則，您的郵件未傳遞。"],
        ),
        ("mesgtoobig", &["郵件大小超過對方伺服器的限制。"]),
        ("networkerror", &["無法連線到收件者的伺服器。"]),
        ("expired", &["郵件未能在期限內送達，已逾期。"]),
    ],
    ex: Some(&ExText {
        subject_prefix: "無法傳遞:",
        failed_to: "無法傳遞給這些收件者或群組:",
        diag_admins: "系統管理員診斷資訊:",
        generating: "產生伺服器:",
        orig_headers: "原始郵件標頭:",
        remote_returned: "遠端伺服器傳回",
        couldnt: "您寄給 {rcpt} 的郵件無法傳遞。",
        action_required: "需要採取動作",
        how_to_fix: "修正方式",
        delay_subject: "傳遞延遲:",
        delay_intro: "傳遞給這些收件者或群組時發生延遲:",
        delay_note: "此郵件尚未傳遞。將繼續嘗試傳遞。",
    }),
    gm: Some(&GmText {
        not_found: "找不到地址",
        blocked: "郵件遭到封鎖",
        not_delivered: "郵件未送達",
        full: "收件者的收件匣已滿",
        delayed: "郵件尚未送達",
        not_found_text: "您的郵件未送達 {rcpt}，因為系統找不到該地址，或該地址無法接收郵件。",
        generic_text: "將您的郵件傳送給 {rcpt} 時發生問題。請參閱下方的技術詳細資料。",
        blocked_text: "您傳送給 {rcpt} 的郵件遭到封鎖。請參閱下方的技術詳細資料。",
        full_text: "由於收件匣已滿，您的郵件無法送達 {rcpt}。",
        delay_text: "將您的郵件傳送給 {rcpt} 時發生暫時性問題。Gmail 會在接下來 {hours} 小時內重試。",
        response: "伺服器回應：",
    }),
    vacation: Vacation {
        subjects: &["自動回覆: {subject}", "休假通知"],
        bodies: &[
            "您好：\n\n本人休假至 {back}，如有急事請聯絡{colleague}（{cmail}）。\n\n謝謝\n{name}",
        ],
    },
    personal: &[(
        "明天的會議",
        "{name} 您好：\n\n明天上午十點的會議改到三樓會議室。\n\n{me}",
    )],
};
