//! Invented people, companies, reserved-domain addresses, documentation IPs and the
//! identifiers mail servers stamp on messages.

use super::rng::Rng;

/// A person: the display name in their own script and an ASCII mailbox name.
#[derive(Debug, Clone)]
pub struct Person {
    pub name: String,
    pub local: String,
    pub email: String,
}

impl Person {
    pub fn first(&self) -> &str {
        self.name.split_whitespace().next().unwrap_or(&self.name)
    }
}

// Latin-script names: first names and family names per language.
const EN_FIRST: &[&str] = &[
    "James", "Emily", "Michael", "Sarah", "David", "Laura", "Robert", "Jessica", "Daniel",
    "Olivia", "Thomas", "Hannah", "Chris", "Megan", "Andrew", "Rachel", "Brian", "Karen", "Kevin",
    "Nicole", "Paul", "Amanda", "Steven", "Grace", "Liam", "Chloe", "Ethan", "Zoe",
];
const EN_LAST: &[&str] = &[
    "Smith", "Johnson", "Walker", "Harris", "Clarke", "Bennett", "Turner", "Hughes", "Foster",
    "Morgan", "Reed", "Palmer", "Fletcher", "Hayes", "Dixon", "Grant", "Porter", "Sullivan",
    "Mitchell", "Carter", "Brooks", "Ward", "Lawson", "Pearce",
];
const DE_FIRST: &[&str] = &[
    "Jürgen",
    "Katrin",
    "Stefan",
    "Sabine",
    "Matthias",
    "Anja",
    "Lukas",
    "Jörg",
    "Birgit",
    "Tobias",
    "Claudia",
    "Florian",
    "Sören",
    "Ute",
    "Maximilian",
    "Jana",
    "Björn",
    "Heike",
];
const DE_LAST: &[&str] = &[
    "Müller",
    "Schäfer",
    "Köhler",
    "Weiß",
    "Becker",
    "Hoffmann",
    "Schröder",
    "Krüger",
    "Wagner",
    "Neumann",
    "Brückner",
    "Vogel",
    "Lange",
    "Groß",
    "Fuchs",
    "Zimmermann",
];
const FR_FIRST: &[&str] = &[
    "Élodie",
    "François",
    "Hélène",
    "Jérôme",
    "Céline",
    "Mathieu",
    "Amélie",
    "Sébastien",
    "Chloé",
    "Benoît",
    "Nathalie",
    "Loïc",
    "Camille",
    "Thierry",
    "Aurélie",
    "Gaël",
];
const FR_LAST: &[&str] = &[
    "Lefèvre",
    "Dubois",
    "Moreau",
    "Girard",
    "Lambert",
    "Bonnet",
    "Rousseau",
    "Faure",
    "Mercier",
    "Chevalier",
    "Garnier",
    "Lemaître",
    "Boucher",
    "Perrin",
];
const ES_FIRST: &[&str] = &[
    "José", "María", "Andrés", "Lucía", "Jesús", "Inés", "Álvaro", "Sofía", "Raúl", "Begoña",
    "Iñaki", "Carmen", "Martín", "Elena", "Sergio", "Noelia",
];
const ES_LAST: &[&str] = &[
    "García",
    "Martínez",
    "López",
    "Sánchez",
    "Pérez",
    "Gómez",
    "Núñez",
    "Muñoz",
    "Jiménez",
    "Ruiz",
    "Ibáñez",
    "Castro",
    "Ortega",
    "Romero",
];
const PT_FIRST: &[&str] = &[
    "João",
    "Ana",
    "Gonçalo",
    "Inês",
    "Luís",
    "Conceição",
    "Tiago",
    "Mariana",
    "Sérgio",
    "Beatriz",
    "Fábio",
    "Letícia",
    "Rodrigo",
    "Júlia",
];
const PT_LAST: &[&str] = &[
    "Silva",
    "Gonçalves",
    "Araújo",
    "Conceição",
    "Magalhães",
    "Pereira",
    "Simões",
    "Ribeiro",
    "Carvalho",
    "Fernandes",
    "Gusmão",
    "Lourenço",
];
const IT_FIRST: &[&str] = &[
    "Giuseppe",
    "Francesca",
    "Niccolò",
    "Chiara",
    "Matteo",
    "Giulia",
    "Lorenzo",
    "Federica",
    "Andrea",
    "Alessia",
    "Davide",
    "Martina",
];
const IT_LAST: &[&str] = &[
    "Rossi", "Bianchi", "Esposito", "Colombo", "Ricci", "Mancini", "Galli", "Fontana", "Conti",
    "De Luca", "Marino", "Greco",
];
const NL_FIRST: &[&str] = &[
    "Jeroen", "Annelies", "Sander", "Femke", "Bram", "Marieke", "Joost", "Inge", "Thijs", "Sanne",
    "Ruud", "Lotte",
];
const NL_LAST: &[&str] = &[
    "de Vries",
    "Jansen",
    "van Dijk",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "van den Berg",
    "Dekker",
    "Brouwer",
];
const PL_FIRST: &[&str] = &[
    "Łukasz",
    "Małgorzata",
    "Paweł",
    "Agnieszka",
    "Krzysztof",
    "Żaneta",
    "Michał",
    "Katarzyna",
    "Wojciech",
    "Joanna",
    "Grzegorz",
    "Ewa",
];
const PL_LAST: &[&str] = &[
    "Nowak",
    "Kowalski",
    "Wiśniewski",
    "Wójcik",
    "Kamiński",
    "Lewandowska",
    "Zieliński",
    "Szymańska",
    "Dąbrowski",
    "Kozłowska",
    "Jankowski",
    "Mazur",
];
const CS_FIRST: &[&str] = &[
    "Jiří",
    "Petra",
    "Tomáš",
    "Lucie",
    "Václav",
    "Kateřina",
    "Ondřej",
    "Zuzana",
    "Radek",
    "Markéta",
    "Lukáš",
    "Hana",
];
const CS_LAST: &[&str] = &[
    "Novák",
    "Svobodová",
    "Dvořák",
    "Černá",
    "Procházka",
    "Kučerová",
    "Veselý",
    "Horáková",
    "Němec",
    "Marková",
    "Pokorný",
    "Růžička",
];
const SV_FIRST: &[&str] = &[
    "Åsa", "Lars", "Maja", "Björn", "Ingrid", "Anders", "Linnéa", "Mikael", "Karin", "Göran",
    "Elin", "Oskar",
];
const SV_LAST: &[&str] = &[
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Lindström",
    "Öberg",
    "Bergqvist",
    "Sjöberg",
    "Holm",
    "Åkesson",
    "Lundgren",
];
const TR_FIRST: &[&str] = &[
    "Ayşe", "Mehmet", "Şule", "Çağrı", "Gökhan", "Özlem", "Emre", "Zeynep", "Barış", "İlknur",
    "Tuğba", "Oğuz",
];
const TR_LAST: &[&str] = &[
    "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan",
    "Kılıç", "Aksoy",
];

// Non-Latin names with a romanised mailbox name: (name, local part).
const RU: &[(&str, &str)] = &[
    ("Алексей Смирнов", "a.smirnov"),
    ("Ольга Кузнецова", "olga.kuznetsova"),
    ("Дмитрий Попов", "dpopov"),
    ("Наталья Васильева", "n.vasilyeva"),
    ("Сергей Соколов", "sokolov.s"),
    ("Екатерина Морозова", "ekaterina.m"),
    ("Иван Новиков", "ivan.novikov"),
    ("Татьяна Фёдорова", "tfedorova"),
    ("Андрей Волков", "volkov"),
    ("Юлия Лебедева", "yulia.lebedeva"),
];
const UK: &[(&str, &str)] = &[
    ("Олександр Шевченко", "o.shevchenko"),
    ("Ірина Коваленко", "iryna.kovalenko"),
    ("Тарас Бондаренко", "taras.b"),
    ("Оксана Ткаченко", "oksana.tkachenko"),
    ("Богдан Кравченко", "bkravchenko"),
    ("Наталія Олійник", "n.oliynyk"),
    ("Андрій Мельник", "melnyk.andriy"),
    ("Юлія Поліщук", "yulia.p"),
];
const JA: &[(&str, &str)] = &[
    ("佐藤 健太", "k.sato"),
    ("鈴木 美咲", "misaki.suzuki"),
    ("高橋 大輔", "takahashi"),
    ("田中 陽子", "yoko.tanaka"),
    ("伊藤 翔", "sho.ito"),
    ("渡辺 由美", "y-watanabe"),
    ("山本 拓也", "takuya.yamamoto"),
    ("中村 彩", "aya.n"),
    ("小林 誠", "kobayashi.m"),
    ("加藤 恵", "megumi.kato"),
];
const ZH_CN: &[(&str, &str)] = &[
    ("王伟", "wangwei"),
    ("李娜", "lina"),
    ("张磊", "zhang.lei"),
    ("刘洋", "liuyang"),
    ("陈静", "chenjing"),
    ("杨帆", "yangfan"),
    ("赵敏", "zhaomin"),
    ("黄晓明", "huangxm"),
    ("周杰", "zhoujie"),
    ("吴芳", "wufang"),
];
const ZH_TW: &[(&str, &str)] = &[
    ("陳怡君", "yijun.chen"),
    ("林志明", "lin.zm"),
    ("黃淑芬", "sf.huang"),
    ("張家豪", "jiahao"),
    ("李雅婷", "yating.li"),
    ("王建國", "jk.wang"),
    ("吳佩珊", "peishan.wu"),
    ("劉冠宇", "guanyu.liu"),
];
const KO: &[(&str, &str)] = &[
    ("김민준", "minjun.kim"),
    ("이서연", "seoyeon.lee"),
    ("박지훈", "jhpark"),
    ("최수빈", "subin.choi"),
    ("정현우", "hyunwoo.jung"),
    ("강지영", "jiyoung.kang"),
    ("조성민", "sm.cho"),
    ("윤하은", "haeun.yoon"),
];

/// Turns a Latin name with diacritics into ASCII for a mailbox name.
pub fn ascii_fold(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let r = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ą' => "a",
            'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "a",
            'æ' => "ae",
            'ç' | 'ć' | 'č' => "c",
            'Ç' | 'Č' | 'Ć' => "c",
            'ď' => "d",
            'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' => "e",
            'É' | 'È' => "e",
            'ğ' => "g",
            'ì' | 'í' | 'î' | 'ï' | 'ı' => "i",
            'İ' | 'Í' => "i",
            'ł' | 'Ł' => "l",
            'ñ' | 'ń' | 'ň' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => "o",
            'Ö' | 'Ó' | 'Ø' => "o",
            'ř' | 'Ř' => "r",
            'ś' | 'š' | 'ş' | 'Ś' | 'Š' | 'Ş' => "s",
            'ß' => "ss",
            'ť' => "t",
            'ù' | 'ú' | 'û' | 'ü' | 'ů' => "u",
            'Ü' | 'Ú' => "u",
            'ý' => "y",
            'ź' | 'ż' | 'ž' | 'Ż' | 'Ž' | 'Ź' => "z",
            ' ' => "",
            _ if c.is_ascii_alphanumeric() => {
                out.push(c.to_ascii_lowercase());
                continue;
            }
            _ => "",
        };
        out.push_str(r);
    }
    out
}

fn latin(lang: &str) -> Option<(&'static [&'static str], &'static [&'static str])> {
    Some(match lang {
        "en" => (EN_FIRST, EN_LAST),
        "de" => (DE_FIRST, DE_LAST),
        "fr" => (FR_FIRST, FR_LAST),
        "es" => (ES_FIRST, ES_LAST),
        "pt" => (PT_FIRST, PT_LAST),
        "it" => (IT_FIRST, IT_LAST),
        "nl" => (NL_FIRST, NL_LAST),
        "pl" => (PL_FIRST, PL_LAST),
        "cs" => (CS_FIRST, CS_LAST),
        "sv" => (SV_FIRST, SV_LAST),
        "tr" => (TR_FIRST, TR_LAST),
        _ => return None,
    })
}

/// A person of the language at `domain`.
pub fn person(rng: &mut Rng, lang: &str, domain: &str) -> Person {
    let (name, local) = if let Some((first, last)) = latin(lang) {
        let f = rng.pick_str(first);
        let l = rng.pick_str(last);
        let (fa, la) = (ascii_fold(f), ascii_fold(l));
        let local = match rng.below(7) {
            0 => format!("{fa}.{la}"),
            1 => format!("{}{la}", &fa[..1]),
            2 => fa.clone(),
            3 => format!("{fa}.{la}{}", rng.range(1, 99)),
            4 => format!("{}.{la}", &fa[..1]),
            5 => format!("{fa}_{la}"),
            _ => la.clone(),
        };
        (format!("{f} {l}"), local)
    } else {
        let table = match lang {
            "ru" => RU,
            "uk" => UK,
            "ja" => JA,
            "zh-CN" => ZH_CN,
            "zh-TW" => ZH_TW,
            "ko" => KO,
            _ => RU,
        };
        let (n, l) = rng.pick(table);
        let local = if rng.chance(0.3) {
            format!("{l}{}", rng.range(1, 990))
        } else {
            l.to_string()
        };
        (n.to_string(), local)
    };
    let email = format!("{local}@{domain}");
    Person { name, local, email }
}

/// Mailbox names of shared and role accounts.
pub const ROLE_LOCALS: &[&str] = &[
    "info",
    "sales",
    "support",
    "office",
    "contact",
    "billing",
    "hr",
    "jobs",
    "accounts",
    "newsletter",
    "kontakt",
    "vertrieb",
    "buchhaltung",
    "service",
    "admin",
    "team",
    "hello",
    "orders",
    "press",
    "marketing",
    "reservations",
    "rh",
    "ventas",
    "assistenza",
];

const WORDS: &[&str] = &[
    "nordwind",
    "bluepeak",
    "lakeside",
    "greenfield",
    "brightline",
    "northstar",
    "sunvale",
    "redkite",
    "silverbirch",
    "oakridge",
    "harbourview",
    "quickparcel",
    "hanse-logistik",
    "bergblick",
    "stadtwerke-muster",
    "soleil-conseil",
    "lumiere",
    "vinoteca",
    "casaverde",
    "solaris",
    "tierra-alta",
    "azulmar",
    "vitrum",
    "fabbrica",
    "ponte-vecchio",
    "duinzicht",
    "polderbouw",
    "kwiatek",
    "zdroj",
    "sokol",
    "tundra",
    "berezka",
    "sakura-shoji",
    "yamato-tech",
    "fujimi",
    "hanguk-soft",
    "dongfang",
    "jinhua",
    "taipei-trade",
    "kvarn",
    "fjordline",
    "ankara-yapi",
    "bosphorus",
    "dnipro",
    "karpaty",
    "mediapark",
    "cloudnine",
    "pixelworks",
    "greenleaf",
    "ironbridge",
    "westbrook",
    "millstone",
    "copperfield",
    "starling",
    "pinecrest",
    "riverside-clinic",
    "alpha-consult",
    "omega-print",
    "delta-med",
    "example-shop",
    "kitchenlab",
    "bikeworld",
    "travelbird",
    "homecare",
    "lawfirm-hale",
    "citybank-demo",
    "univ-muster",
    "schule-am-see",
    "gemeente-voorbeeld",
    "mairie-exemple",
];

const SUFFIXES: &[&str] = &[
    ".example",
    ".example",
    ".example.com",
    ".example.net",
    ".example.org",
    ".test",
];

/// A domain under a reserved name: `word.example`, `word.example.com`, `sub.word.test`…
pub fn domain(rng: &mut Rng) -> String {
    match rng.below(12) {
        0 => rng
            .pick_str(&["example.com", "example.net", "example.org"])
            .to_string(),
        1 => format!(
            "{}.{}{}",
            rng.pick_str(&[
                "mail", "corp", "de", "fr", "jp", "cn", "uk", "kr", "it", "ru", "eu"
            ]),
            rng.pick_str(WORDS),
            rng.pick_str(SUFFIXES)
        ),
        _ => format!("{}{}", rng.pick_str(WORDS), rng.pick_str(SUFFIXES)),
    }
}

/// A free-mail style domain of a provider, under a reserved TLD.
pub fn provider_domain(rng: &mut Rng, provider: &str) -> String {
    let opts: &[&str] = match provider {
        "gmail" => &["gmail.example", "googlemail.example"],
        "yahoo" => &["yahoo.example", "yahoo.example.co.jp", "ymail.example"],
        "aol" => &["aol.example"],
        "icloud" => &["icloud.example", "me.example", "mac.example"],
        "outlook" => &["outlook.example", "hotmail.example", "live.example"],
        "gmx" => &["gmx.example", "web.example", "gmx.example.net"],
        "mailru" => &[
            "mail.example.ru",
            "inbox.example",
            "list.example",
            "bk.example",
        ],
        "yandex" => &["yandex.example", "ya.example"],
        "qq" => &["qq.example", "foxmail.example"],
        "netease" => &["163.example", "126.example", "yeah.example"],
        "naver" => &["naver.example", "hanmail.example"],
        "docomo" => &["docomo.example.ne.jp"],
        "au" => &["ezweb.example.ne.jp", "au.example.com"],
        "softbank" => &["softbank.example.ne.jp", "i.softbank.example"],
        "orange" => &["orange.example", "wanadoo.example"],
        "free" => &["free.example"],
        "libero" => &["libero.example", "iol.example", "inwind.example"],
        "seznam" => &["seznam.example", "email.example.cz", "post.example"],
        "wp" => &[
            "wp.example",
            "onet.example",
            "interia.example",
            "o2.example",
        ],
        "ukrnet" => &["ukr.example", "i.example.ua"],
        "zoho" => &["zoho.example", "zohomail.example"],
        "hinet" => &["ms1.hinet.example", "msa.hinet.example"],
        "uol" => &["uol.example", "bol.example", "terra.example"],
        _ => &["example.com"],
    };
    rng.pick_str(opts).to_string()
}

/// A host name under `domain`.
pub fn host_in(rng: &mut Rng, domain: &str) -> String {
    let n = rng.range(1, 12);
    match rng.below(10) {
        0 => format!("mx{n}.{domain}"),
        1 => format!("mail.{domain}"),
        2 => format!("smtp.{domain}"),
        3 => format!("mx.{domain}"),
        4 => format!("mailgw{n:02}.{domain}"),
        5 => format!("smtp-in{n}.{domain}"),
        6 => format!("mta{n}.{domain}"),
        7 => format!("relay{n}.{domain}"),
        8 => format!("mx{:02}.mail.{domain}", rng.range(1, 40)),
        _ => format!("in{n}.smtp.{domain}"),
    }
}

/// An address from one of the documentation ranges (RFC 5737).
pub fn ip(rng: &mut Rng) -> String {
    let net = rng.pick_str(&["192.0.2", "198.51.100", "203.0.113"]);
    format!("{net}.{}", rng.range(1, 254))
}

/// Postfix queue id: 10-12 upper-case hex digits.
pub fn postfix_qid(rng: &mut Rng) -> String {
    let n = rng.range(9, 12) as usize;
    rng.hex_upper(n)
}

/// Exim message id: `1pbXyZ-0004Ab-Cd` (old) or `1rT8kq-00Gx2P-3b` style.
pub fn exim_id(rng: &mut Rng) -> String {
    format!(
        "1{}-{}-{}",
        rng.alnum(5),
        if rng.chance(0.5) {
            format!("000{}", rng.alnum(3))
        } else {
            rng.alnum(6)
        },
        rng.alnum(2)
    )
}

/// Sendmail queue id: `u2AE9CqX012345`.
pub fn sendmail_qid(rng: &mut Rng) -> String {
    format!("{}{}", rng.alnum(8), rng.digits(6))
}

/// A Message-ID in one of the shapes common mail programs use.
pub fn message_id(rng: &mut Rng, domain: &str) -> String {
    match rng.below(7) {
        0 => format!("<{}.{}@{domain}>", rng.digits(10), rng.digits(5)),
        1 => format!("<CA{}+{}@mail.gmail.example>", rng.alnum(20), rng.alnum(12)),
        2 => format!(
            "<{}{}{}@{}PR{:02}MB{}.eurprd{:02}.prod.outlook.example>",
            rng.hex_upper(8),
            rng.hex_upper(4),
            rng.hex_upper(4),
            rng.pick_str(&["AM", "DB", "VI", "HE", "PA"]),
            rng.range(1, 9),
            rng.digits(4),
            rng.range(1, 9)
        ),
        3 => format!(
            "<{}-{}-{}-{}-{}@{domain}>",
            rng.hex(8),
            rng.hex(4),
            rng.hex(4),
            rng.hex(4),
            rng.hex(12)
        ),
        4 => format!("<{}@{domain}>", rng.hex(24)),
        5 => format!(
            "<{}.{}.{}.JavaMail.{}@{domain}>",
            rng.digits(6),
            rng.digits(3),
            rng.digits(13),
            rng.pick_str(&["app", "tomcat", "root", "mailer"])
        ),
        _ => format!("<{}${}@{domain}>", rng.alnum(10), rng.alnum(6)),
    }
}

/// Short invented company names, for signatures and newsletters.
pub const COMPANIES: &[&str] = &[
    "Nordwind Logistik GmbH",
    "Bluepeak Software Ltd",
    "Lakeside Dental Clinic",
    "Greenfield Consulting",
    "Brightline Media",
    "Soleil Conseil SARL",
    "Casa Verde S.L.",
    "Fabbrica Rossi S.r.l.",
    "Duinzicht Makelaars B.V.",
    "Kwiatek Sp. z o.o.",
    "Sakura Shoji K.K.",
    "Hanguk Soft Inc.",
    "Dongfang Trading Co.",
    "Kvarn & Söner AB",
    "Ankara Yapı A.Ş.",
    "Karpaty Tour",
    "Pixelworks Studio",
    "Ironbridge Capital",
    "Westbrook Realty",
    "Millstone Bakery",
    "Copperfield Print",
    "Starling Travel",
    "Pinecrest Property Management",
    "Riverside Clinic",
    "Omega Print s.r.o.",
    "Bosphorus Textiles",
    "Tierra Alta Viajes",
    "Vitrum Design",
    "Kitchen Lab",
    "Bike World",
    "Travelbird",
    "Homecare Plus",
    "Hale & Partners LLP",
];
