//! Writing the corpus to disk and comparing two corpora byte for byte.

use super::label::Sample;
use super::snippets::Snippet;
use anyhow::{Context, Result};
use std::fs;
use std::path::{Path, PathBuf};

/// Writes one split: numbered .eml files and labels.jsonl.
fn split(dir: &Path, samples: &mut [Sample]) -> Result<()> {
    fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let mut labels = String::new();
    for (i, s) in samples.iter_mut().enumerate() {
        let name = format!("{:05}.eml", i + 1);
        fs::write(dir.join(&name), &s.eml).with_context(|| format!("writing {name}"))?;
        s.label.file = name;
        labels.push_str(&serde_json::to_string(&s.label)?);
        labels.push('\n');
    }
    fs::write(dir.join("labels.jsonl"), labels)?;
    Ok(())
}

fn snippets(path: &Path, list: &[&Snippet]) -> Result<()> {
    let mut out = String::new();
    for s in list {
        out.push_str(&serde_json::to_string(s)?);
        out.push('\n');
    }
    fs::write(path, out).with_context(|| format!("writing {}", path.display()))
}

/// Replaces the generated parts of `out` (train/, heldout/, snippets/, README.md).
pub fn all(
    out: &Path,
    train: &mut [Sample],
    held: &mut [Sample],
    snips: &[Snippet],
    readme: &str,
) -> Result<()> {
    for d in ["train", "heldout", "snippets"] {
        let p = out.join(d);
        if p.exists() {
            fs::remove_dir_all(&p).with_context(|| format!("removing {}", p.display()))?;
        }
    }
    split(&out.join("train"), train)?;
    split(&out.join("heldout"), held)?;
    fs::create_dir_all(out.join("snippets"))?;
    let (h, t): (Vec<&Snippet>, Vec<&Snippet>) = snips.iter().partition(|s| s.heldout);
    snippets(&out.join("snippets/train.jsonl"), &t)?;
    snippets(&out.join("snippets/heldout.jsonl"), &h)?;
    fs::write(out.join("README.md"), readme)?;
    Ok(())
}

fn files(root: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for e in fs::read_dir(&dir).with_context(|| format!("reading {}", dir.display()))? {
            let p = e?.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p.strip_prefix(root)?.to_path_buf());
            }
        }
    }
    out.sort();
    Ok(out)
}

/// The relative paths that differ between two corpora (missing on one side or not equal).
pub fn differences(fresh: &Path, existing: &Path) -> Result<Vec<String>> {
    let a = files(fresh)?;
    let b = if existing.exists() {
        files(existing)?
    } else {
        Vec::new()
    };
    let b: Vec<PathBuf> = b
        .into_iter()
        .filter(|p| {
            let s = p.to_string_lossy();
            s.starts_with("train")
                || s.starts_with("heldout")
                || s.starts_with("snippets")
                || s == "README.md"
        })
        .collect();
    let mut diff = Vec::new();
    for p in &a {
        let same = fs::read(fresh.join(p)).ok() == fs::read(existing.join(p)).ok();
        if !same {
            diff.push(p.to_string_lossy().to_string());
        }
    }
    for p in &b {
        if !a.contains(p) {
            diff.push(format!("{} (not generated)", p.to_string_lossy()));
        }
    }
    Ok(diff)
}
