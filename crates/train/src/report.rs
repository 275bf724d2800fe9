//! The evaluation as a table for people.

use crate::evaluate::Evaluation;
use bounce_model::ModelFile;
use std::fmt::Write;

fn pct(x: f64) -> String {
    format!("{:5.1}%", 100.0 * x)
}

/// The evaluation as text: the classifier beside the model alone, per-class scores, the
/// top confusions, calibration, and any problems.
pub fn render(e: &Evaluation) -> String {
    let mut out = String::new();
    let s = &e.classifier;
    let title = match e.folds {
        Some(k) => format!("{k}-fold cross-validation (folds by template family)"),
        None => "evaluation".to_string(),
    };
    let _ = writeln!(out, "{title} on {}", e.corpora.join(", "));
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "                             rules + model    model alone"
    );
    let _ = writeln!(
        out,
        "recipient accuracy           {:>13}    {:>11}",
        pct(s.accuracy()),
        pct(e.model.accuracy)
    );
    let _ = writeln!(
        out,
        "macro-F1                     {:>13}    {:>11}",
        pct(e.classifier_macro_f1),
        pct(e.model.macro_f1)
    );
    let _ = writeln!(
        out,
        "recipients                   {:>13}    {:>11}",
        s.rows, e.model.examples
    );
    let _ = writeln!(
        out,
        "files fully right            {:>13}",
        format!("{}/{}", s.files_right, s.files)
    );
    let _ = writeln!(
        out,
        "recipient count right        {:>13}",
        pct(s.count_agreement())
    );
    let _ = writeln!(
        out,
        "hard-bounce agreement        {:>13}",
        pct(s.hard_agreement())
    );
    let _ = writeln!(
        out,
        "bounce / not-bounce right    {:>13}",
        pct(s.bounce_agreement())
    );
    let _ = writeln!(
        out,
        "ordinary mail kept notbounce {:>13}",
        format!("{}/{}", s.ordinary_right, s.ordinary)
    );
    let _ = writeln!(
        out,
        "files with errors            {:>13}",
        s.files_with_errors
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "model calibration: temperature {:.3}, ECE {:.4} ({} equal-mass bins), Brier {:.4}",
        e.temperature,
        e.model.ece,
        crate::evaluate::CALIBRATION_BINS,
        e.model.brier
    );
    for (conf, acc, n) in &e.model.reliability {
        let _ = writeln!(out, "  confidence {:.3} -> accuracy {:.3} ({n})", conf, acc);
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "per reason (rules + model)   precision  recall     F1  support"
    );
    for c in s.confusion.class_scores() {
        if c.label == "<none>" {
            continue;
        }
        let _ = writeln!(
            out,
            "  {:<26} {}  {}  {}  {:>7}",
            c.label,
            pct(c.precision),
            pct(c.recall),
            pct(c.f1),
            c.support
        );
    }
    let confusions = s.confusion.top_confusions(12);
    if !confusions.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "top confusions (truth -> predicted)");
        for (t, p, n) in confusions {
            let _ = writeln!(out, "  {t:<16} -> {p:<16} {n}");
        }
    }
    if !e.problems.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "{} problem(s):", e.problems.len());
        for p in &e.problems {
            let _ = writeln!(out, "  {p}");
        }
    }
    out
}

/// Every recipient the classifier got wrong, one per line.
pub fn render_mistakes(e: &Evaluation) -> String {
    let mut out = String::new();
    for m in &e.mistakes {
        let _ = writeln!(
            out,
            "{}#{} {} -> {} [{}] status {} stage {} | {}",
            m.file,
            m.index,
            m.truth,
            m.predicted,
            m.decided_by,
            m.status.as_deref().unwrap_or("-"),
            m.command,
            m.diagnostic
        );
    }
    out
}

/// The model card and the strongest tokens of each class, for `inspect`.
pub fn render_model(model: &ModelFile, top: usize) -> String {
    let mut out = String::new();
    let card = &model.card;
    let _ = writeln!(
        out,
        "model written by {}",
        if card.tool.is_empty() {
            "(unknown)"
        } else {
            &card.tool
        }
    );
    let _ = writeln!(
        out,
        "classes {}, vocabulary {}, template memory {}, temperature {:.3}",
        model.model.classes().len(),
        model.model.vocabulary_len(),
        model.memory.len(),
        model.calibration.temperature
    );
    let _ = writeln!(
        out,
        "smoothing alpha {}, min document frequency {}",
        card.alpha, card.min_doc_freq
    );
    for c in &card.corpora {
        let _ = writeln!(
            out,
            "corpus {} ({} items, sha256 {})",
            c.name, c.examples, c.sha256
        );
    }
    if let Some(cv) = &card.cv {
        let _ = writeln!(
            out,
            "cross-validation ({} folds, {} recipients): rules+model accuracy {}, macro-F1 {}; model alone accuracy {}, macro-F1 {}; ECE {:.4}, Brier {:.4}",
            cv.folds,
            cv.examples,
            pct(cv.classifier_accuracy),
            pct(cv.classifier_macro_f1),
            pct(cv.model_accuracy),
            pct(cv.model_macro_f1),
            cv.ece,
            cv.brier
        );
    }
    let _ = writeln!(out);
    for (i, class) in model.model.classes().iter().enumerate() {
        let n = model.model.class_examples()[i];
        let tokens: Vec<String> = model
            .model
            .class_tokens(i, top)
            .into_iter()
            .map(|t| format!("{} ({:.2})", t.token, t.weight))
            .collect();
        let _ = writeln!(out, "{class} ({n} examples): {}", tokens.join(", "));
    }
    out
}
