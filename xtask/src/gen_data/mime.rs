//! Building MIME messages: parts, transfer encodings, RFC 2047 header words, rendering.

use super::charset::Charset;
use super::rng::Rng;

/// A Content-Transfer-Encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Enc {
    Bit7,
    Bit8,
    Qp,
    B64,
}

impl Enc {
    fn label(self) -> &'static str {
        match self {
            Enc::Bit7 => "7bit",
            Enc::Bit8 => "8bit",
            Enc::Qp => "quoted-printable",
            Enc::B64 => "base64",
        }
    }
}

/// One MIME entity: its header fields and its body.
#[derive(Debug, Clone)]
pub struct Part {
    pub headers: Vec<(String, String)>,
    pub body: Body,
}

#[derive(Debug, Clone)]
pub enum Body {
    Bytes(Vec<u8>),
    Multi {
        boundary: String,
        preamble: String,
        parts: Vec<Part>,
    },
}

impl Part {
    pub fn header(mut self, name: &str, value: impl Into<String>) -> Part {
        self.headers.push((name.to_string(), value.into()));
        self
    }

    /// Puts message headers before the part's own Content-* fields.
    pub fn with_headers_first(mut self, mut headers: Vec<(String, String)>) -> Part {
        headers.append(&mut self.headers);
        self.headers = headers;
        self
    }
}

/// Writes a charset label the ways mailers do: `utf-8`, `UTF-8`, quoted or not.
fn charset_param(rng: &mut Rng, cs: Charset) -> String {
    let label = if rng.chance(0.4) {
        cs.label().to_ascii_uppercase()
    } else {
        cs.label().to_string()
    };
    if rng.chance(0.5) {
        format!("charset=\"{label}\"")
    } else {
        format!("charset={label}")
    }
}

/// A text part in `cs` (UTF-8 when `cs` cannot hold the text) with transfer encoding
/// `enc` (quoted-printable when 7bit was asked for 8-bit bytes).
pub fn text_part(rng: &mut Rng, subtype: &str, text: &str, cs: Charset, enc: Enc) -> Part {
    let (cs, bytes) = match cs.encode(text) {
        Some(b) => (cs, b),
        None => (Charset::Utf8, text.as_bytes().to_vec()),
    };
    let cs = if cs == Charset::Utf8 && text.is_ascii() && rng.chance(0.5) {
        Charset::Ascii
    } else {
        cs
    };
    let eight = bytes.iter().any(|&b| b >= 0x80);
    let enc = match enc {
        Enc::Bit7 if eight => Enc::Qp,
        e => e,
    };
    let body = match enc {
        Enc::Bit7 | Enc::Bit8 => bytes,
        Enc::Qp => qp(&bytes),
        Enc::B64 => base64_lines(&bytes),
    };
    let param = charset_param(rng, cs);
    Part {
        headers: vec![
            ("Content-Type".into(), format!("text/{subtype}; {param}")),
            ("Content-Transfer-Encoding".into(), enc.label().into()),
        ],
        body: Body::Bytes(body),
    }
}

/// A part whose body is written as is (delivery-status, rfc822, headers).
pub fn raw_part(content_type: &str, body: impl Into<Vec<u8>>) -> Part {
    Part {
        headers: vec![("Content-Type".into(), content_type.to_string())],
        body: Body::Bytes(body.into()),
    }
}

/// A raw part with an extra Content-Description or Content-Disposition.
pub fn raw_part_described(content_type: &str, description: &str, body: impl Into<Vec<u8>>) -> Part {
    let mut p = raw_part(content_type, body);
    if !description.is_empty() {
        p.headers
            .push(("Content-Description".into(), description.to_string()));
    }
    p
}

/// A boundary string in one of the styles real mailers use.
pub fn boundary(rng: &mut Rng) -> String {
    match rng.below(6) {
        0 => format!(
            "{}.{}/{}",
            rng.hex_upper(10),
            rng.digits(10),
            rng.lower_alnum(8)
        ),
        1 => format!(
            "----=_Part_{}_{}.{}",
            rng.digits(6),
            rng.digits(9),
            rng.digits(13)
        ),
        2 => format!("_000_{}_", rng.alnum(40)),
        3 => format!("000000000000{}", rng.hex(16)),
        4 => format!("=_{}", rng.alnum(24)),
        _ => format!("--boundary_{}_{}", rng.digits(4), rng.hex(32)),
    }
}

/// A multipart entity. `params` follow the subtype (`; report-type=delivery-status`).
pub fn multipart(rng: &mut Rng, subtype: &str, params: &str, parts: Vec<Part>) -> Part {
    let b = boundary(rng);
    let preamble = match rng.below(4) {
        0 => "This is a MIME-encapsulated message.\n".to_string(),
        1 => "This is a multi-part message in MIME format.\n".to_string(),
        2 => String::new(),
        _ => "This is a multipart message in MIME format.\n".to_string(),
    };
    Part {
        headers: vec![(
            "Content-Type".into(),
            format!("multipart/{subtype}{params};\n\tboundary=\"{b}\""),
        )],
        body: Body::Multi {
            boundary: b,
            preamble,
            parts,
        },
    }
}

/// Renders a part (a whole message when its headers are the message headers), LF endings.
pub fn render(part: &Part) -> Vec<u8> {
    let mut out = Vec::new();
    render_into(part, &mut out);
    out
}

fn render_into(part: &Part, out: &mut Vec<u8>) {
    for (name, value) in &part.headers {
        out.extend(name.as_bytes());
        out.extend(b": ");
        out.extend(value.as_bytes());
        out.push(b'\n');
    }
    out.push(b'\n');
    match &part.body {
        Body::Bytes(b) => {
            out.extend(b);
            if !b.ends_with(b"\n") {
                out.push(b'\n');
            }
        }
        Body::Multi {
            boundary,
            preamble,
            parts,
        } => {
            out.extend(preamble.as_bytes());
            for p in parts {
                out.extend(b"\n--");
                out.extend(boundary.as_bytes());
                out.push(b'\n');
                render_into(p, out);
            }
            out.extend(b"\n--");
            out.extend(boundary.as_bytes());
            out.extend(b"--\n");
        }
    }
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub fn base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        out.push(B64[(n >> 18) as usize & 63] as char);
        out.push(B64[(n >> 12) as usize & 63] as char);
        out.push(if chunk.len() > 1 {
            B64[(n >> 6) as usize & 63] as char
        } else {
            '='
        });
        out.push(if chunk.len() > 2 {
            B64[n as usize & 63] as char
        } else {
            '='
        });
    }
    out
}

/// Base64 in 76-character lines.
pub fn base64_lines(bytes: &[u8]) -> Vec<u8> {
    let s = base64(bytes);
    let mut out = Vec::with_capacity(s.len() + s.len() / 76 + 2);
    for chunk in s.as_bytes().chunks(76) {
        out.extend(chunk);
        out.push(b'\n');
    }
    out
}

/// Quoted-printable (RFC 2045): soft breaks at 76 columns, `=XX` for 8-bit bytes.
pub fn qp(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() * 2);
    let lines: Vec<&[u8]> = bytes.split(|&b| b == b'\n').collect();
    for (li, line) in lines.iter().enumerate() {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let mut col = 0;
        for (i, &b) in line.iter().enumerate() {
            let last = i + 1 == line.len();
            let literal =
                (b == b' ' || b == b'\t') && !last || (33..=126).contains(&b) && b != b'=';
            let piece: Vec<u8> = if literal {
                vec![b]
            } else {
                format!("={b:02X}").into_bytes()
            };
            if col + piece.len() > 75 {
                out.extend(b"=\n");
                col = 0;
            }
            col += piece.len();
            out.extend(piece);
        }
        if li + 1 < lines.len() {
            out.push(b'\n');
        }
    }
    out
}

/// Encodes a header text as RFC 2047 words when it is not ASCII, folding long values.
pub fn encode_words(rng: &mut Rng, text: &str, cs: Charset) -> String {
    if text.is_ascii() {
        return text.to_string();
    }
    let cs = if cs.encode(text).is_some() {
        cs
    } else {
        Charset::Utf8
    };
    let q = !matches!(cs, Charset::Iso2022jp) && rng.chance(0.35);
    let label = if rng.chance(0.3) {
        cs.label().to_ascii_uppercase()
    } else {
        cs.label().to_string()
    };
    // Split into chunks small enough for 75-character words, on character boundaries.
    let mut words = Vec::new();
    let mut chunk = String::new();
    for c in text.chars() {
        let mut trial = chunk.clone();
        trial.push(c);
        let bytes = cs.encode(&trial).unwrap_or_default();
        let len = if q {
            bytes.len() * 3
        } else {
            bytes.len() * 4 / 3 + 4
        };
        if len + label.len() + 7 > 75 && !chunk.is_empty() {
            words.push(std::mem::take(&mut chunk));
        }
        chunk.push(c);
    }
    if !chunk.is_empty() {
        words.push(chunk);
    }
    let encoded: Vec<String> = words
        .iter()
        .map(|w| {
            let bytes = cs.encode(w).unwrap_or_default();
            if q {
                format!("=?{label}?Q?{}?=", q_word(&bytes))
            } else {
                format!("=?{label}?B?{}?=", base64(&bytes))
            }
        })
        .collect();
    encoded.join("\n ")
}

fn q_word(bytes: &[u8]) -> String {
    let mut s = String::new();
    for &b in bytes {
        match b {
            b' ' => s.push('_'),
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'.' | b'-' | b'!' | b'*' | b'+' | b'/' => {
                s.push(b as char)
            }
            _ => s.push_str(&format!("={b:02X}")),
        }
    }
    s
}

/// A mailbox header value: `Name <addr>`, `"Name" <addr>` or an encoded name.
pub fn mailbox(rng: &mut Rng, name: &str, addr: &str, cs: Charset) -> String {
    if name.is_empty() {
        return if rng.chance(0.5) {
            addr.to_string()
        } else {
            format!("<{addr}>")
        };
    }
    if name.is_ascii() {
        let special = name.contains([',', '.', '(', ')', '"', '@', ':', ';', '&']);
        if special || rng.chance(0.4) {
            format!("\"{}\" <{addr}>", name.replace('"', ""))
        } else {
            format!("{name} <{addr}>")
        }
    } else {
        format!("{} <{addr}>", encode_words(rng, name, cs))
    }
}

/// Folds a long unstructured header value at spaces (continuation lines start with a tab
/// or a space).
pub fn fold(value: &str, first_len: usize) -> String {
    if value.contains('\n') || value.len() + first_len <= 78 {
        return value.to_string();
    }
    let mut out = String::new();
    let mut col = first_len;
    for (i, word) in value.split(' ').enumerate() {
        if i > 0 {
            if col + 1 + word.len() > 76 && col > 20 {
                out.push_str("\n\t");
                col = 8;
            } else {
                out.push(' ');
                col += 1;
            }
        }
        out.push_str(word);
        col += word.len();
    }
    out
}

/// Converts LF line ends to CRLF (some servers' files arrive that way).
pub fn crlf(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() + bytes.len() / 40);
    for &b in bytes {
        if b == b'\n' {
            out.push(b'\r');
        }
        out.push(b);
    }
    out
}
