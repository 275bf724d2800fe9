//! Measures extraction on a labelled corpus (`labels.jsonl` beside `.eml` files), such as
//! `../shared/corpus/sisimai-dev`:
//!
//! ```sh
//! cargo run --release -p bounce-features --example corpus_stats -- ../shared/corpus/sisimai-dev
//! ```
//!
//! It prints how many files yield exactly the labelled number of recipients, how many
//! recipients carry the labelled status code where that code occurs in the message, and
//! how many recipients got a non-empty diagnostic and a known SMTP command. `-v` lists the
//! files that miss.

use serde_json::Value;
use std::path::Path;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "-v");
    args.retain(|a| a != "-v");
    let Some(dir) = args.first() else {
        eprintln!("usage: corpus_stats DIR [-v]   (DIR holds labels.jsonl and the .eml files)");
        std::process::exit(2);
    };
    let dir = Path::new(dir);
    let labels = std::fs::read_to_string(dir.join("labels.jsonl")).unwrap_or_else(|e| {
        eprintln!("cannot read {}: {e}", dir.join("labels.jsonl").display());
        std::process::exit(2);
    });
    let (mut files, mut count_ok) = (0, 0);
    let (mut status_seen, mut status_ok) = (0, 0);
    let (mut rows, mut with_diag, mut with_cmd) = (0, 0, 0);
    for line in labels.lines().filter(|l| !l.trim().is_empty()) {
        let label: Value = serde_json::from_str(line).expect("labels.jsonl holds JSON lines");
        let name = label["file"].as_str().unwrap_or_default();
        let raw = match std::fs::read(dir.join(name)) {
            Ok(raw) => raw,
            Err(e) => {
                eprintln!("{name}: {e}");
                continue;
            }
        };
        files += 1;
        let want = label["recipients"].as_array().cloned().unwrap_or_default();
        // A file may be an mbox of several reports: their recipients count together.
        let mut got = Vec::new();
        let mut kinds = Vec::new();
        for message in bounce_features::mbox::split(&raw) {
            match bounce_features::parse(message) {
                Ok(r) => {
                    kinds.push(r.kind);
                    got.extend(r.recipients);
                }
                Err(e) if verbose => println!("{name}: parse error: {e}"),
                Err(_) => {}
            }
        }
        if got.len() == want.len() {
            count_ok += 1;
        } else if verbose {
            println!(
                "{name}: {} recipients, labelled {} ({kinds:?})",
                got.len(),
                want.len()
            );
        }
        let text = String::from_utf8_lossy(&raw);
        for (i, w) in want.iter().enumerate() {
            let status = w["status"].as_str().unwrap_or_default();
            if !status.is_empty() && text.contains(status) {
                status_seen += 1;
                let ours = got.get(i).and_then(|e| e.status).map(|s| s.to_string());
                if ours.as_deref() == Some(status) {
                    status_ok += 1;
                } else if verbose {
                    println!("{name}#{i}: status {ours:?}, labelled {status}");
                }
            }
            let reason = w["reason"].as_str().unwrap_or_default();
            if matches!(reason, "feedback" | "vacation" | "delivered") {
                continue;
            }
            rows += 1;
            if let Some(e) = got.get(i) {
                with_diag += usize::from(!e.diagnostic.trim().is_empty());
                with_cmd += usize::from(e.command != bounce_features::SmtpCommand::Unknown);
            }
        }
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!(
        "files with the labelled recipient count: {count_ok}/{files} ({:.1}%)",
        pct(count_ok, files)
    );
    println!(
        "recipients with the labelled status (where it occurs): {status_ok}/{status_seen} ({:.1}%)",
        pct(status_ok, status_seen)
    );
    println!(
        "failed recipients with a diagnostic: {with_diag}/{rows} ({:.1}%)",
        pct(with_diag, rows)
    );
    println!(
        "failed recipients with an SMTP command: {with_cmd}/{rows} ({:.1}%)",
        pct(with_cmd, rows)
    );
}
