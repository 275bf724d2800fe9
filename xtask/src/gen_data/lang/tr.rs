//! Turkish.

use super::{ExText, GmText, Lang, Vacation};
use crate::gen_data::charset::Charset::*;
use crate::gen_data::mime::Enc::*;

pub static LANG: Lang = Lang {
    code: "tr",
    name: "Turkish",
    charsets: &[(Latin5, Qp), (Win1254, Qp), (Utf8, Qp), (Utf8, B64)],
    fail_subjects: &[
        "Teslim edilemedi: {subject}",
        "İleti teslim edilemedi",
        "Posta teslim hatası",
        "Teslim Durumu Bildirimi (Hata)",
    ],
    delay_subjects: &["Teslim gecikti: {subject}", "İleti teslimi gecikiyor"],
    daemon_names: &[
        "Posta Teslim Sistemi",
        "Mail Delivery System",
        "MAILER-DAEMON",
    ],
    intro_fail: &[
        "Üzgünüz, iletiniz bir veya daha fazla alıcıya teslim edilemedi.",
        "İletiniz aşağıdaki alıcılara teslim edilemedi:",
        "Bu ileti posta sistemi tarafından otomatik olarak oluşturuldu.\nAşağıdaki adreslere teslimat başarısız oldu:",
    ],
    permanent: &["Bu kalıcı bir hatadır.", "Başka deneme yapılmayacak."],
    intro_delay: &[
        "İletiniz {hours} saattir teslim edilemedi. Sistem {days} gün boyunca denemeye devam edecek.",
        "İletinizin teslimi gecikiyor. Denemeler sürecek.",
    ],
    intro_expired: &["İletiniz {days} gün içinde teslim edilemedi ve size geri gönderildi."],
    rcpt_label: "Alıcı",
    reason_label: "Neden",
    server_said: "Uzak sunucunun yanıtı:",
    original: &[
        "------ Özgün ileti ------",
        "--- İletinin bir kopyası aşağıdadır ---",
    ],
    closing: &["Lütfen bu iletiyi yanıtlamayın.", ""],
    generic: &["İleti bu alıcıya teslim edilemedi."],
    explain: &[
        (
            "userunknown",
            &[
                "Girdiğiniz e-posta adresi bulunamadı. Alıcının e-posta adresini denetleyip iletiyi yeniden göndermeyi deneyin.",
                "Alıcının posta kutusu mevcut değil.",
            ],
        ),
        ("hostunknown", &["{domain} etki alanı bulunamadı."]),
        (
            "mailboxfull",
            &["Alıcının posta kutusu dolu ve şu anda ileti kabul edemiyor."],
        ),
        ("suspend", &["Alıcının hesabı devre dışı bırakılmış."]),
        (
            "blocked",
            &["Alıcının sunucusu gönderen IP adresini engellediği için iletiniz teslim edilmedi."],
        ),
        (
            "spamdetected",
            &["İleti alıcı sunucu tarafından istenmeyen posta olarak değerlendirildi."],
        ),
        (
            "policyviolation",
            &["İletiniz, alıcının kuruluş ilkesi nedeniyle teslim edilmedi."],
        ),
        ("networkerror", &["Alıcının sunucusuna ulaşılamadı."]),
        (
            "expired",
            &["İleti izin verilen süre içinde teslim edilemedi."],
        ),
    ],
    ex: Some(&ExText {
        subject_prefix: "Teslim edilemedi:",
        failed_to: "Şu alıcılara veya gruplara teslim başarısız oldu:",
        diag_admins: "Yöneticiler için tanılama bilgileri:",
        generating: "Oluşturan sunucu:",
        orig_headers: "Özgün ileti üst bilgileri:",
        remote_returned: "Uzak sunucu döndürdü",
        couldnt: "{rcpt} adresine iletiniz teslim edilemedi.",
        action_required: "Eylem Gerekli",
        how_to_fix: "Nasıl Düzeltilir",
        delay_subject: "Teslim gecikti:",
        delay_intro: "Şu alıcılara veya gruplara teslim gecikiyor:",
        delay_note: "Bu ileti henüz teslim edilmedi. Teslim denemeleri sürecek.",
    }),
    gm: Some(&GmText {
        not_found: "Adres bulunamadı",
        blocked: "İleti engellendi",
        not_delivered: "İleti teslim edilmedi",
        full: "Alıcının gelen kutusu dolu",
        delayed: "Teslimat tamamlanmadı",
        not_found_text: "Adres bulunamadığı veya posta alamadığı için iletiniz {rcpt} adresine teslim edilmedi.",
        generic_text: "İletiniz {rcpt} adresine teslim edilirken bir sorun oluştu. Aşağıdaki teknik ayrıntılara bakın.",
        blocked_text: "{rcpt} adresine gönderdiğiniz ileti engellendi. Aşağıdaki teknik ayrıntılara bakın.",
        full_text: "Gelen kutusu dolu olduğu için iletiniz {rcpt} adresine teslim edilemedi.",
        delay_text: "İletiniz {rcpt} adresine teslim edilirken geçici bir sorun oluştu. Gmail {hours} saat daha deneyecek.",
        response: "Yanıt:",
    }),
    vacation: Vacation {
        subjects: &["Otomatik yanıt: {subject}", "Ofis dışında"],
        bodies: &[
            "Merhaba,\n\n{back} tarihine kadar izindeyim. Acil konular için {colleague} ({cmail}) ile iletişime geçebilirsiniz.\n\nSaygılarımla,\n{name}",
        ],
    },
    personal: &[(
        "Kargo teslimatı",
        "Merhaba {name},\n\nSiparişiniz kargoya verildi, yarın teslim edilecek.\n\n{me}",
    )],
};
