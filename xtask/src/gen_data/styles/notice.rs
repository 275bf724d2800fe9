//! A free-form notice: the shape many providers and appliances use (a text, often an HTML
//! copy, sometimes a DSN part, the original attached or quoted).

use super::common::*;
use super::unix::plain_message;
use crate::gen_data::mime::{self, Part};
use crate::gen_data::original;
use crate::gen_data::rng::Rng;
use crate::gen_data::spec::{Bounce, Rcpt};

pub struct Notice<'a> {
    pub from_name: String,
    pub from_addr: String,
    pub subject: String,
    pub intro: String,
    pub per_rcpt: &'a dyn Fn(&Rcpt) -> String,
    pub outro: String,
    /// Quote the original after this marker line instead of attaching it.
    pub inline_marker: Option<String>,
    pub dsn: Option<Dsn<'a>>,
    pub html: bool,
    pub extra: Vec<(String, String)>,
}

impl<'a> Notice<'a> {
    pub fn new(
        from_name: &str,
        from_addr: &str,
        subject: &str,
        per_rcpt: &'a dyn Fn(&Rcpt) -> String,
    ) -> Notice<'a> {
        Notice {
            from_name: from_name.to_string(),
            from_addr: from_addr.to_string(),
            subject: subject.to_string(),
            intro: String::new(),
            per_rcpt,
            outro: String::new(),
            inline_marker: None,
            dsn: None,
            html: false,
            extra: Vec::new(),
        }
    }
}

fn to_html(text: &str) -> String {
    let mut h = String::from(
        "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;font-size:13px\">\n",
    );
    for para in text.split("\n\n") {
        if para.trim().is_empty() {
            continue;
        }
        h.push_str("<p>");
        h.push_str(&esc(para).replace('\n', "<br>\n"));
        h.push_str("</p>\n");
    }
    h.push_str("</body></html>\n");
    h
}

pub fn render(rng: &mut Rng, b: &Bounce, n: Notice<'_>) -> Out {
    let mut t = String::new();
    if !n.intro.is_empty() {
        t.push_str(&n.intro);
        t.push_str("\n\n");
    }
    for r in &b.rcpts {
        t.push_str(&(n.per_rcpt)(r));
        t.push_str("\n\n");
    }
    if !n.outro.is_empty() {
        t.push_str(&n.outro);
        t.push('\n');
    }
    let inline = n.inline_marker.is_some();
    if let Some(m) = &n.inline_marker {
        t.push('\n');
        t.push_str(m);
        t.push_str("\n\n");
        let with_body = rng.chance(0.7);
        t.push_str(&original::inline_text(rng, &b.original, &b.me, with_body));
    }
    let text = human(rng, b, &t);
    let body: Part = if n.html {
        let h = html(rng, b, &to_html(&t));
        mime::multipart(rng, "alternative", "", vec![text, h])
    } else {
        text
    };
    let mut extra = n.extra;
    let has_dsn = n.dsn.is_some();
    if inline && !has_dsn && !n.html {
        let h = top_headers(rng, b, &n.from_name, &n.from_addr, &n.subject, extra);
        return Out {
            part: plain_message(body, h),
            dsn: false,
        };
    }
    let mut parts = vec![body];
    if let Some(d) = &n.dsn {
        parts.push(dsn_part(rng, b, d));
    }
    if !inline && let Some(p) = returned(rng, b) {
        parts.push(p);
    }
    extra.push(("MIME-Version".into(), "1.0".into()));
    let h = top_headers(rng, b, &n.from_name, &n.from_addr, &n.subject, extra);
    let part = if has_dsn {
        report(rng, parts)
    } else if parts.len() == 1 {
        return Out {
            part: parts.remove(0).with_headers_first(h),
            dsn: false,
        };
    } else {
        mime::multipart(rng, "mixed", "", parts)
    };
    Out {
        part: part.with_headers_first(h),
        dsn: has_dsn,
    }
}
