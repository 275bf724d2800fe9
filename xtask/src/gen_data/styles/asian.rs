//! QQ / Tencent, NetEase (163/126), Naver, the Japanese carriers (docomo, au, SoftBank)
//! and HiNet (Taiwan).

use super::common::*;
use super::notice::{self, Notice};
use super::unix;
use crate::gen_data::rng::Rng;
use crate::gen_data::spec::{Bounce, Rcpt};

/// QQ Mail's "很抱歉您的邮件被退回来了" notice (HTML with a text copy).
pub fn qq(rng: &mut Rng, b: &Bounce) -> Out {
    let date = b.original.date.cjk();
    let subj = b.original.subject.clone();
    let per = |r: &Rcpt| {
        let mut s = format!(
            "原邮件信息：\n时　间：{date}\n主　题：{subj}\n收件人：{}\n\n退信原因：\n{}",
            r.addr, r.explain
        );
        if r.has_text() {
            s.push_str(&format!("\n对方服务器返回：{}", r.one_line()));
        }
        s
    };
    let mut n = Notice::new(
        "PostMaster",
        &format!("PostMaster@{}", b.me_domain),
        "退信",
        &per,
    );
    if rng.chance(0.5) {
        n.subject = format!("退信：{}", b.original.subject);
    }
    n.intro = if b.delayed {
        "您的邮件暂时无法投递，系统将继续尝试投递。".into()
    } else {
        "很抱歉您的邮件被退回来了……".into()
    };
    n.outro =
        "建议解决方案：\n请检查收件人地址是否正确，或稍后重新发送。\n\n此为系统邮件，请勿回复。"
            .into();
    n.html = true;
    notice::render(rng, b, n)
}

/// NetEase 163/126: Chinese notice, or an English DSN.
pub fn netease(rng: &mut Rng, b: &Bounce) -> Out {
    if b.lang.code == "en" {
        return unix::postfix_like(rng, b, "The mail system", "Mail Delivery System");
    }
    let per = |r: &Rcpt| {
        let mut s = format!(
            "您发送到 {} 的邮件被退回。\n退信原因：{}",
            r.addr, r.explain
        );
        if r.has_text() {
            s.push_str(&format!("\n详细信息：{}", r.one_line()));
        }
        s
    };
    let mut n = Notice::new(
        "系统退信",
        &format!("postmaster@{}", b.me_domain),
        "系统退信/Systematic Bounce",
        &per,
    );
    n.intro = format!(
        "发件人：{}\n时间：{}\n主题：{}",
        b.sender.email,
        b.original.date.cjk(),
        b.original.subject
    );
    n.outro = "此为系统自动发送的退信通知，请勿直接回复。".into();
    n.html = b.variant == 1;
    if b.variant == 0 {
        n.dsn = Some(Dsn::new(b.me.clone()));
    }
    notice::render(rng, b, n)
}

/// Naver: Korean "메일 발송 실패" notice.
pub fn naver(rng: &mut Rng, b: &Bounce) -> Out {
    let date = b.original.date.korean();
    let subj = b.original.subject.clone();
    let per = |r: &Rcpt| {
        let mut s = format!(
            "받는 사람: {}\n보낸 시간: {date}\n제목: {subj}\n실패 사유: {}",
            r.addr, r.explain
        );
        if r.has_text() {
            s.push_str(&format!("\n상세 정보: {}", r.one_line()));
        }
        s
    };
    let subject = if b.delayed {
        "메일 전송 지연 안내"
    } else {
        "메일 발송 실패 안내"
    };
    let mut n = Notice::new(
        "네이버 메일",
        &format!("mailer-daemon@{}", b.me_domain),
        subject,
        &per,
    );
    n.intro = if b.delayed {
        "보내신 메일의 전송이 지연되고 있습니다. 계속 재시도합니다.".into()
    } else {
        "보내신 메일이 반송되었습니다.".into()
    };
    n.html = true;
    n.dsn = if b.variant == 1 {
        Some(Dsn::new(b.me.clone()))
    } else {
        None
    };
    notice::render(rng, b, n)
}

/// docomo, au and SoftBank: Japanese notices (ISO-2022-JP), or Sendmail/Postfix.
pub fn jpcarrier(rng: &mut Rng, b: &Bounce) -> Out {
    match b.variant {
        1 => return unix::sendmail(rng, b),
        2 => return unix::postfix_like(rng, b, "The mail system", "Mail Delivery System"),
        _ => {}
    }
    let per = |r: &Rcpt| {
        let mut s = format!("宛先：{}\n理由：{}", r.addr, r.explain);
        if r.has_text() {
            s.push_str(&format!("\n{}", r.one_line()));
        }
        s
    };
    let mut n = Notice::new(
        "Mail Delivery Subsystem",
        &format!("MAILER-DAEMON@{}", b.me_domain),
        &pick_say(rng, b, b.lang.fail_subjects),
        &per,
    );
    n.intro = "送信されたメールは以下の宛先に届きませんでした。\nThe following recipient(s) could not be reached:".into();
    n.outro = "このメールは送信専用です。".into();
    n.inline_marker = Some("------ 元のメッセージ ------".into());
    notice::render(rng, b, n)
}

/// HiNet (Taiwan): Traditional Chinese notice.
pub fn hinet(rng: &mut Rng, b: &Bounce) -> Out {
    let per = |r: &Rcpt| {
        let mut s = format!("收件者：{}\n原因：{}", r.addr, r.explain);
        if r.has_text() {
            s.push_str(&format!("\n伺服器回應：{}", r.one_line()));
        }
        s
    };
    let mut n = Notice::new(
        "郵件傳遞系統",
        &format!("MAILER-DAEMON@{}", b.me_domain),
        &pick_say(rng, b, b.lang.fail_subjects),
        &per,
    );
    n.intro = pick_say(rng, b, b.lang.intro_fail);
    n.outro = "此郵件為系統自動發送，請勿直接回覆。".into();
    if b.variant == 1 {
        n.dsn = Some(Dsn::new(b.me.clone()));
    } else {
        n.inline_marker = Some("------ 原始郵件 ------".into());
    }
    notice::render(rng, b, n)
}
