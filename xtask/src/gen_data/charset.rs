//! Legacy charsets for the text the templates use.
//!
//! Rust's standard library only speaks UTF-8, so each legacy charset is a table of the
//! characters the templates contain (see `tables.rs`, generated from those characters with
//! Python's codecs). A text with a character outside the table cannot be encoded; callers
//! then fall back to UTF-8, which real mailers do too.

use super::tables::{DBCS, SBCS};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Charset {
    Ascii,
    Utf8,
    Latin1,
    Latin2,
    Latin9,
    Win1252,
    Win1250,
    Win1251,
    Koi8r,
    Koi8u,
    Latin5,
    Win1254,
    Iso2022jp,
    ShiftJis,
    EucJp,
    Gb2312,
    Gbk,
    Gb18030,
    Big5,
    EucKr,
    Ksc5601,
}

impl Charset {
    /// The label written in `charset=` and in RFC 2047 words.
    pub fn label(self) -> &'static str {
        match self {
            Charset::Ascii => "us-ascii",
            Charset::Utf8 => "utf-8",
            Charset::Latin1 => "iso-8859-1",
            Charset::Latin2 => "iso-8859-2",
            Charset::Latin9 => "iso-8859-15",
            Charset::Win1252 => "windows-1252",
            Charset::Win1250 => "windows-1250",
            Charset::Win1251 => "windows-1251",
            Charset::Koi8r => "koi8-r",
            Charset::Koi8u => "koi8-u",
            Charset::Latin5 => "iso-8859-9",
            Charset::Win1254 => "windows-1254",
            Charset::Iso2022jp => "iso-2022-jp",
            Charset::ShiftJis => "shift_jis",
            Charset::EucJp => "euc-jp",
            Charset::Gb2312 => "gb2312",
            Charset::Gbk => "gbk",
            Charset::Gb18030 => "gb18030",
            Charset::Big5 => "big5",
            Charset::EucKr => "euc-kr",
            Charset::Ksc5601 => "ks_c_5601-1987",
        }
    }

    /// Column of the single-byte table, if this is a single-byte charset.
    fn sbcs_column(self) -> Option<usize> {
        Some(match self {
            Charset::Latin1 => 0,
            Charset::Latin2 => 1,
            Charset::Latin9 => 2,
            Charset::Win1252 => 3,
            Charset::Win1250 => 4,
            Charset::Win1251 => 5,
            Charset::Koi8r => 6,
            Charset::Koi8u => 7,
            Charset::Latin5 => 8,
            Charset::Win1254 => 9,
            _ => return None,
        })
    }

    /// Column of the double-byte table (EUC-JP, EUC-CN, Big5, EUC-KR codes).
    fn dbcs_column(self) -> Option<usize> {
        Some(match self {
            Charset::Iso2022jp | Charset::ShiftJis | Charset::EucJp => 0,
            Charset::Gb2312 | Charset::Gbk | Charset::Gb18030 => 1,
            Charset::Big5 => 2,
            Charset::EucKr | Charset::Ksc5601 => 3,
            _ => return None,
        })
    }

    /// Encodes `text`, or `None` when a character is not in the charset (or its table).
    pub fn encode(self, text: &str) -> Option<Vec<u8>> {
        match self {
            Charset::Utf8 => Some(text.as_bytes().to_vec()),
            Charset::Ascii => text.is_ascii().then(|| text.as_bytes().to_vec()),
            Charset::Iso2022jp => iso2022jp(text),
            _ => {
                let mut out = Vec::with_capacity(text.len());
                for c in text.chars() {
                    if c.is_ascii() {
                        out.push(c as u8);
                    } else if let Some(col) = self.sbcs_column() {
                        let b = sbcs(c, col)?;
                        out.push(b);
                    } else {
                        let col = self.dbcs_column()?;
                        let code = dbcs(c, col)?;
                        let (hi, lo) = ((code >> 8) as u8, (code & 0xff) as u8);
                        if self == Charset::ShiftJis {
                            let (s1, s2) = jis_to_sjis(hi & 0x7f, lo & 0x7f);
                            out.extend([s1, s2]);
                        } else {
                            out.extend([hi, lo]);
                        }
                    }
                }
                Some(out)
            }
        }
    }
}

fn sbcs(c: char, col: usize) -> Option<u8> {
    let i = SBCS.binary_search_by_key(&c, |e| e.0).ok()?;
    let b = SBCS[i].1[col];
    (b != 0).then_some(b)
}

fn dbcs(c: char, col: usize) -> Option<u16> {
    let i = DBCS.binary_search_by_key(&c, |e| e.0).ok()?;
    let code = DBCS[i].1[col];
    (code != 0).then_some(code)
}

fn jis_to_sjis(j1: u8, j2: u8) -> (u8, u8) {
    let s1 = ((j1 + 1) >> 1) + if j1 <= 0x5e { 0x70 } else { 0xb0 };
    let s2 = if j1 % 2 == 1 {
        j2 + if j2 >= 0x60 { 0x20 } else { 0x1f }
    } else {
        j2 + 0x7e
    };
    (s1, s2)
}

/// ISO-2022-JP: ASCII and JIS X 0208 switched by escape sequences, back to ASCII before
/// every line end as RFC 1468 requires.
fn iso2022jp(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 2);
    let mut kanji = false;
    for c in text.chars() {
        if c.is_ascii() {
            if kanji {
                out.extend(b"\x1b(B");
                kanji = false;
            }
            out.push(c as u8);
        } else {
            let code = dbcs(c, 0)?;
            if !kanji {
                out.extend(b"\x1b$B");
                kanji = true;
            }
            out.extend([((code >> 8) as u8) & 0x7f, (code as u8) & 0x7f]);
        }
    }
    if kanji {
        out.extend(b"\x1b(B");
    }
    Some(out)
}
