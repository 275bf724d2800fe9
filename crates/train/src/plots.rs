//! SVG plots: a reliability diagram and a confusion-matrix heat map.

use crate::evaluate::Evaluation;
use bounce_model::metrics::ConfusionMatrix;
use std::fmt::Write;
use std::path::Path;

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Confidence against accuracy per equal-mass bin; the diagonal is perfect calibration.
pub fn reliability_svg(bins: &[(f64, f64, usize)], title: &str) -> String {
    let (w, h, pad) = (420.0, 420.0, 50.0);
    let side = w - 2.0 * pad;
    let x = |v: f64| pad + v * side;
    let y = |v: f64| h - pad - v * side;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif" font-size="12">"#
    );
    let _ = write!(
        svg,
        r#"<text x="{}" y="20" text-anchor="middle">{}</text>"#,
        w / 2.0,
        escape(title)
    );
    let _ = write!(
        svg,
        r##"<rect x="{pad}" y="{pad}" width="{side}" height="{side}" fill="none" stroke="#888"/>"##
    );
    let _ = write!(
        svg,
        r##"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#bbb" stroke-dasharray="4"/>"##,
        x(0.0),
        y(0.0),
        x(1.0),
        y(1.0)
    );
    let points: Vec<String> = bins
        .iter()
        .map(|(c, a, _)| format!("{:.1},{:.1}", x(*c), y(*a)))
        .collect();
    let _ = write!(
        svg,
        r##"<polyline points="{}" fill="none" stroke="#1f77b4" stroke-width="2"/>"##,
        points.join(" ")
    );
    for (c, a, n) in bins {
        let _ = write!(
            svg,
            r##"<circle cx="{:.1}" cy="{:.1}" r="4" fill="#1f77b4"><title>confidence {c:.3}, accuracy {a:.3}, {n} examples</title></circle>"##,
            x(*c),
            y(*a)
        );
    }
    for t in [0.0, 0.25, 0.5, 0.75, 1.0] {
        let _ = write!(
            svg,
            r#"<text x="{:.1}" y="{}" text-anchor="middle">{t}</text>"#,
            x(t),
            h - pad + 16.0
        );
        let _ = write!(
            svg,
            r#"<text x="{}" y="{:.1}" text-anchor="end">{t}</text>"#,
            pad - 6.0,
            y(t) + 4.0
        );
    }
    let _ = write!(
        svg,
        r#"<text x="{}" y="{}" text-anchor="middle">confidence</text>"#,
        w / 2.0,
        h - 10.0
    );
    let _ = write!(
        svg,
        r#"<text x="14" y="{}" transform="rotate(-90 14 {})" text-anchor="middle">accuracy</text>"#,
        h / 2.0,
        h / 2.0
    );
    svg.push_str("</svg>\n");
    svg
}

/// Rows are the truth, columns the prediction; each row shaded by its share.
pub fn confusion_svg(m: &ConfusionMatrix, title: &str) -> String {
    let n = m.labels.len();
    let cell = 22.0;
    let label_w = 130.0;
    let w = label_w + cell * n as f64 + 20.0;
    let h = label_w + cell * n as f64 + 40.0;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif" font-size="10">"#
    );
    let _ = write!(
        svg,
        r#"<text x="10" y="16" font-size="13">{}</text>"#,
        escape(title)
    );
    for (i, label) in m.labels.iter().enumerate() {
        let pos = label_w + cell * i as f64 + cell / 2.0;
        let _ = write!(
            svg,
            r#"<text x="{}" y="{:.1}" text-anchor="end">{}</text>"#,
            label_w - 4.0,
            pos + 3.0 + 20.0,
            escape(label)
        );
        let _ = write!(
            svg,
            r#"<text x="{:.1}" y="{}" transform="rotate(-60 {:.1} {})" text-anchor="start">{}</text>"#,
            pos,
            label_w + 14.0,
            pos,
            label_w + 14.0,
            escape(label)
        );
    }
    for (t, row) in m.counts.iter().enumerate() {
        let total: u64 = row.iter().sum();
        for (p, &count) in row.iter().enumerate() {
            let share = if total > 0 {
                count as f64 / total as f64
            } else {
                0.0
            };
            let shade = (255.0 * (1.0 - share)) as u8;
            let color = if t == p {
                format!("rgb({shade},{},{shade})", 255)
            } else {
                format!("rgb(255,{shade},{shade})")
            };
            let (x, y) = (label_w + cell * p as f64, label_w + 20.0 + cell * t as f64);
            let _ = write!(
                svg,
                r##"<rect x="{x:.1}" y="{y:.1}" width="{cell}" height="{cell}" fill="{color}" stroke="#eee"><title>{} -> {}: {count}</title></rect>"##,
                escape(&m.labels[t]),
                escape(&m.labels[p])
            );
            if count > 0 {
                let _ = write!(
                    svg,
                    r#"<text x="{:.1}" y="{:.1}" text-anchor="middle">{count}</text>"#,
                    x + cell / 2.0,
                    y + cell / 2.0 + 3.0
                );
            }
        }
    }
    svg.push_str("</svg>\n");
    svg
}

/// Writes `reliability.svg`, `confusion-classifier.svg` and `confusion-model.svg` into `dir`.
pub fn write_plots(e: &Evaluation, dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    std::fs::write(
        dir.join("reliability.svg"),
        reliability_svg(&e.model.reliability, "model reliability (equal-mass bins)"),
    )?;
    std::fs::write(
        dir.join("confusion-classifier.svg"),
        confusion_svg(
            &e.classifier.confusion,
            "rules + model: truth (rows) x prediction (columns)",
        ),
    )?;
    std::fs::write(
        dir.join("confusion-model.svg"),
        confusion_svg(
            &e.model.confusion,
            "model alone: truth (rows) x prediction (columns)",
        ),
    )?;
    Ok(())
}
