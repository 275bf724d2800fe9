//! Simplified Chinese.

use super::{ExText, GmText, Lang, Vacation};
use crate::gen_data::charset::Charset::*;
use crate::gen_data::mime::Enc::*;

pub static LANG: Lang = Lang {
    code: "zh-CN",
    name: "Chinese (Simplified)",
    charsets: &[
        (Gb2312, B64),
        (Gb2312, B64),
        (Gbk, B64),
        (Gb18030, B64),
        (Utf8, B64),
        (Utf8, B64),
        (Utf8, Qp),
    ],
    fail_subjects: &[
        "退信",
        "系统退信",
        "无法投递: {subject}",
        "邮件投递失败",
        "未能成功发送的邮件",
        "投递状态通知 (失败)",
    ],
    delay_subjects: &["投递延迟: {subject}", "邮件延迟投递通知"],
    daemon_names: &[
        "邮件投递系统",
        "系统管理员",
        "Mail Delivery System",
        "MAILER-DAEMON",
    ],
    intro_fail: &[
        "很抱歉您的邮件被退回来了……",
        "您发送的邮件无法投递到以下收件人：",
        "这是系统自动发送的邮件。\n您的邮件未能成功投递到以下地址：",
        "发送给 {rcpt} 的邮件未能成功投递。",
    ],
    permanent: &["这是一个永久性错误。", "系统将不再重试。"],
    intro_delay: &[
        "您的邮件在 {hours} 小时内未能投递，系统将在 {days} 天内继续尝试。",
        "您的邮件投递出现延迟，系统会继续尝试投递。",
    ],
    intro_expired: &["您的邮件在 {days} 天内未能投递成功，已退回。"],
    rcpt_label: "收件人",
    reason_label: "退信原因",
    server_said: "对方服务器返回：",
    original: &["------ 原始邮件 ------", "----- 原始邮件头 -----"],
    closing: &["此邮件为系统自动发送，请勿回复。", ""],
    generic: &["邮件无法投递到该收件人。", "投递到此地址失败。"],
    explain: &[
        (
            "userunknown",
            &[
                "找不到你输入的电子邮件地址。请检查收件人的电子邮件地址，然后尝试重新发送邮件。",
                "收件人邮箱不存在。",
                "收件人地址不存在，请核对后重新发送。",
            ],
        ),
        (
            "hostunknown",
            &["找不到域名 {domain}。", "收件人的域名不存在。"],
        ),
        ("suspend", &["收件人账户已被停用或冻结。"]),
        (
            "mailboxfull",
            &[
                "收件人邮箱已满，暂时无法接收邮件。请稍后重试。",
                "收件人邮箱空间不足。",
            ],
        ),
        ("mesgtoobig", &["邮件大小超过了对方服务器的限制。"]),
        ("exceedlimit", &["邮件大小超过了收件人的限制。"]),
        (
            "blocked",
            &[
                "由于收件人的服务器阻止了发送 IP 地址，你的邮件未能送达。",
                "发送服务器的IP在黑名单中。",
            ],
        ),
        ("badreputation", &["由于发件人信誉度低，邮件被拒收。"]),
        ("spamdetected", &["邮件被对方服务器判定为垃圾邮件。"]),
        ("virusdetected", &["邮件中检测到病毒。"]),
        ("filtered", &["邮件被收件人的过滤规则拒收。"]),
        (
            "policyviolation",
            &["由于收件人组织的策略，你的邮件未能送达。"],
        ),
        ("authfailure", &["邮件未通过 SPF、DKIM 或 DMARC 验证。"]),
        ("rejected", &["对方服务器拒绝了发件人地址。"]),
        ("networkerror", &["无法连接到收件人服务器。"]),
        ("expired", &["邮件在规定时间内未能投递，已过期。"]),
        ("systemerror", &["对方服务器发生内部错误。"]),
        ("speeding", &["发信频率过快，请稍后再试。"]),
        ("toomanyconn", &["与对方服务器的连接数过多。"]),
    ],
    ex: Some(&ExText {
        subject_prefix: "无法投递:",
        failed_to: "未能传递到这些收件人或组:",
        diag_admins: "管理员的诊断信息:",
        generating: "生成服务器:",
        orig_headers: "原始邮件头:",
        remote_returned: "远程服务器返回",
        couldnt: "无法将你的邮件传递给 {rcpt}。",
        action_required: "需要执行操作",
        how_to_fix: "如何解决",
        delay_subject: "传递延迟:",
        delay_intro: "传递到这些收件人或组时出现延迟:",
        delay_note: "此邮件尚未传递。将继续尝试传递。",
    }),
    gm: Some(&GmText {
        not_found: "找不到地址",
        blocked: "邮件被屏蔽",
        not_delivered: "邮件未送达",
        full: "收件人的收件箱已满",
        delayed: "未完成投递",
        not_found_text: "您的邮件未能送达 {rcpt}，因为找不到该地址或该地址无法接收邮件。",
        generic_text: "向 {rcpt} 投递邮件时出现问题。请查看下方的技术详情。",
        blocked_text: "您发送给 {rcpt} 的邮件已被屏蔽。请查看下方的技术详情。",
        full_text: "您的邮件无法送达 {rcpt}，因为对方的收件箱已满。",
        delay_text: "向 {rcpt} 投递邮件时出现临时问题。Gmail 将在接下来的 {hours} 小时内重试。",
        response: "服务器的响应：",
    }),
    vacation: Vacation {
        subjects: &["自动回复: {subject}", "休假中", "外出通知"],
        bodies: &[
            "您好，\n\n我目前休假，{back} 返回。如有急事请联系{colleague}（{cmail}）。\n\n谢谢！\n{name}",
            "您的邮件已收到，我出差期间回复可能不及时，敬请谅解。\n\n{name}",
        ],
    },
    personal: &[
        (
            "会议安排",
            "{name}，你好：\n\n下周三下午两点开会，请准时参加。\n\n{me}",
        ),
        (
            "快递到了",
            "{name}：\n\n你的快递已经放在前台了，记得下班前来取。\n\n{me}",
        ),
    ],
};
