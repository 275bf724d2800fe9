//! Calendar dates without the clock: random dates across years, formatted the ways mail
//! servers write them.

use super::rng::Rng;

#[derive(Debug, Clone, Copy)]
pub struct Date {
    /// Seconds since 1970-01-01 in the writer's local time.
    local: i64,
    /// The writer's UTC offset in minutes.
    pub tz: i32,
}

const WEEKDAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Days since 1970-01-01 for a civil date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Time zones mail servers commonly use, in minutes.
const ZONES: [i32; 12] = [0, 0, 60, 120, -300, -240, -420, 540, 480, 180, 330, -180];

impl Date {
    /// A random moment between 2009 and 2025.
    pub fn random(rng: &mut Rng) -> Date {
        let start = days_from_civil(2009, 1, 1);
        let end = days_from_civil(2025, 12, 31);
        let day = rng.range(0, (end - start) as u64) as i64 + start;
        Date {
            local: day * 86_400 + rng.range(0, 86_399) as i64,
            tz: *rng.pick(&ZONES),
        }
    }

    /// A date in a zone typical of the language (Japanese servers write +0900).
    pub fn random_for(rng: &mut Rng, lang: &str) -> Date {
        let mut d = Date::random(rng);
        let tz = match lang {
            "ja" | "ko" => 540,
            "zh-CN" | "zh-TW" => 480,
            "ru" => 180,
            "de" | "fr" | "it" | "es" | "nl" | "pl" | "cs" | "sv" => *rng.pick(&[60, 120]),
            "uk" | "tr" => *rng.pick(&[120, 180]),
            "pt" => *rng.pick(&[0, 60, -180]),
            _ => d.tz,
        };
        d.tz = tz;
        d
    }

    pub fn plus_seconds(self, s: i64) -> Date {
        Date {
            local: self.local + s,
            tz: self.tz,
        }
    }

    fn parts(self) -> (i64, i64, i64, i64, i64, i64, usize) {
        let days = self.local.div_euclid(86_400);
        let secs = self.local.rem_euclid(86_400);
        let (y, m, d) = civil_from_days(days);
        (
            y,
            m,
            d,
            secs / 3600,
            secs / 60 % 60,
            secs % 60,
            days.rem_euclid(7) as usize,
        )
    }

    fn zone(self) -> String {
        let sign = if self.tz < 0 { '-' } else { '+' };
        let a = self.tz.abs();
        format!("{sign}{:02}{:02}", a / 60, a % 60)
    }

    /// RFC 5322: `Tue, 14 Mar 2023 09:12:44 +0100`.
    pub fn rfc5322(self) -> String {
        let (y, m, d, h, mi, s, wd) = self.parts();
        format!(
            "{}, {} {} {y} {h:02}:{mi:02}:{s:02} {}",
            WEEKDAYS[wd],
            d,
            MONTHS[m as usize - 1],
            self.zone()
        )
    }

    /// RFC 5322 with a two-digit day and a zone comment, as some servers write it.
    pub fn rfc5322_padded(self) -> String {
        let (y, m, d, h, mi, s, wd) = self.parts();
        let comment = match self.tz {
            0 => " (UTC)",
            60 => " (CET)",
            120 => " (CEST)",
            540 => " (JST)",
            -300 => " (EST)",
            -240 => " (EDT)",
            _ => "",
        };
        format!(
            "{}, {d:02} {} {y} {h:02}:{mi:02}:{s:02} {}{comment}",
            WEEKDAYS[wd],
            MONTHS[m as usize - 1],
            self.zone()
        )
    }

    /// `2023-03-14 09:12:44`.
    pub fn iso(self) -> String {
        let (y, m, d, h, mi, s, _) = self.parts();
        format!("{y}-{m:02}-{d:02} {h:02}:{mi:02}:{s:02}")
    }

    /// `2023-03-14T09:12:44.512Z`-like, for JSON notifications (zone ignored).
    pub fn iso_z(self, millis: u64) -> String {
        let (y, m, d, h, mi, s, _) = self.parts();
        format!("{y}-{m:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{millis:03}Z")
    }

    /// Syslog prefix: `Mar 14 09:12:44`.
    pub fn syslog(self) -> String {
        let (_, m, d, h, mi, s, _) = self.parts();
        format!("{} {d:>2} {h:02}:{mi:02}:{s:02}", MONTHS[m as usize - 1])
    }

    /// `Tue Mar 14 09:12:44 2023`.
    pub fn ctime(self) -> String {
        let (y, m, d, h, mi, s, wd) = self.parts();
        format!(
            "{} {} {d:>2} {h:02}:{mi:02}:{s:02} {y}",
            WEEKDAYS[wd],
            MONTHS[m as usize - 1]
        )
    }

    /// `14.03.2023 09:12` (German, Czech, Russian, Polish habits).
    pub fn dotted(self) -> String {
        let (y, m, d, h, mi, _, _) = self.parts();
        format!("{d:02}.{m:02}.{y} {h:02}:{mi:02}")
    }

    /// `14/03/2023 09:12`.
    pub fn slashed(self) -> String {
        let (y, m, d, h, mi, _, _) = self.parts();
        format!("{d:02}/{m:02}/{y} {h:02}:{mi:02}")
    }

    /// `3/14/2023 9:12:44 AM` (Exchange in US English).
    pub fn us(self) -> String {
        let (y, m, d, h, mi, s, _) = self.parts();
        let (h12, ap) = match h {
            0 => (12, "AM"),
            1..=11 => (h, "AM"),
            12 => (12, "PM"),
            _ => (h - 12, "PM"),
        };
        format!("{m}/{d}/{y} {h12}:{mi:02}:{s:02} {ap}")
    }

    /// `2023年3月14日 9:12` (Japanese and Chinese).
    pub fn cjk(self) -> String {
        let (y, m, d, h, mi, _, _) = self.parts();
        format!("{y}年{m}月{d}日 {h}:{mi:02}")
    }

    /// `2023. 3. 14. 오전 9:12`-like Korean date, kept numeric.
    pub fn korean(self) -> String {
        let (y, m, d, h, mi, _, _) = self.parts();
        format!("{y}. {m}. {d}. {h:02}:{mi:02}")
    }

    /// The day alone, as people of `lang` write it ("March 14", "14.03.2023", "3月14日").
    pub fn day_text(self, lang: &str) -> String {
        const FULL: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let (y, m, d, ..) = self.parts();
        match lang {
            "en" => format!("{} {d}", FULL[m as usize - 1]),
            "ja" | "zh-CN" | "zh-TW" => format!("{m}月{d}日"),
            "ko" => format!("{m}월 {d}일"),
            "de" | "ru" | "uk" | "pl" | "cs" | "tr" => format!("{d:02}.{m:02}.{y}"),
            "sv" => format!("{y}-{m:02}-{d:02}"),
            _ => format!("{d:02}/{m:02}/{y}"),
        }
    }

    /// The date the way people of `lang` write it in a sentence.
    pub fn local_text(self, lang: &str) -> String {
        match lang {
            "en" => self.rfc5322(),
            "ja" | "zh-CN" | "zh-TW" => self.cjk(),
            "ko" => self.korean(),
            "de" | "ru" | "uk" | "pl" | "cs" | "tr" => self.dotted(),
            "sv" => self.iso(),
            _ => self.slashed(),
        }
    }
}
