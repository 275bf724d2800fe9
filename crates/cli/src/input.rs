//! What to classify: files, directories (recursive, maildir aware), mbox files, stdin.

use std::io::Read;
use std::path::{Path, PathBuf};

/// One input source, as given or as found in a directory.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    /// The name written in the `source` field: the path as given, or `-`.
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "-".to_string(),
            Source::File(p) => p.display().to_string(),
        }
    }

    pub fn read(&self) -> std::io::Result<Vec<u8>> {
        match self {
            Source::Stdin => {
                let mut buf = Vec::new();
                std::io::stdin().lock().read_to_end(&mut buf)?;
                Ok(buf)
            }
            Source::File(p) => std::fs::read(p),
        }
    }
}

/// True when a file found while walking a directory looks like mail (a header line or an
/// mbox `From ` line first): README files, label files and the like are left alone. Files
/// named explicitly are always read.
fn looks_like_mail(path: &Path) -> bool {
    let Ok(mut file) = std::fs::File::open(path) else {
        // Unreadable: keep it, so that the error is reported rather than hidden.
        return true;
    };
    let mut head = [0u8; 512];
    let n = file.read(&mut head).unwrap_or(0);
    let text = String::from_utf8_lossy(&head[..n]);
    let Some(first) = text.lines().find(|l| !l.trim().is_empty()) else {
        return n == 0;
    };
    if first.starts_with("From ") {
        return true;
    }
    match first.split_once(':') {
        Some((name, _)) => {
            !name.is_empty()
                && name.len() < 80
                && name.bytes().all(|b| b.is_ascii_graphic() && b != b':')
        }
        None => false,
    }
}

/// Expands the paths given on the command line, in order; directories are walked in name
/// order, maildir `tmp/` folders (deliveries in progress) and hidden files are skipped.
pub fn expand(paths: &[PathBuf]) -> Vec<Source> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(Source::Stdin);
        } else if path.is_dir() {
            walk(path, &mut out);
        } else {
            out.push(Source::File(path.clone()));
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<Source>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        out.push(Source::File(dir.to_path_buf()));
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            if name != "tmp" {
                walk(&path, out);
            }
        } else if looks_like_mail(&path) {
            out.push(Source::File(path));
        }
    }
}
