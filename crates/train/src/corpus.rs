//! Labelled corpora in the three formats `bounce-train` reads.
//!
//! 1. A directory with `labels.jsonl` (the format of `shared/corpus/*/README.md`): one
//!    object per message, `{"file", "bounce", "recipients": [{"reason", "hardbounce",
//!    "final"?}], "family"?}`, recipients in the order the report lists them.
//! 2. A directory with one sub-directory per reason, holding `.eml` files: every failed
//!    recipient of a message there has that reason (`notbounce/` holds ordinary mail).
//! 3. A `.jsonl` file of diagnostic snippets: `{"text", "reason", "family"?}`.
//!
//! A corpus keeps only names and labels; messages are read when they are used, so a large
//! corpus costs little memory. What cannot be used (unknown reasons, unreadable files,
//! missing files) is collected in [`Corpus::problems`] with the file name, never dropped
//! silently.

use crate::error::TrainError;
use bounce_model::Reason;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// The labelled truth for one recipient.
#[derive(Debug, Clone, PartialEq)]
pub struct TruthRecipient {
    pub reason: Reason,
    pub hard: bool,
    /// False for a delay notice.
    pub is_final: bool,
    /// ARF feedback type, for feedback rows.
    pub feedback_type: Option<String>,
}

/// What a message's labels say.
#[derive(Debug, Clone, PartialEq)]
pub enum Labels {
    /// One entry per recipient, in report order.
    Positional(Vec<TruthRecipient>),
    /// Every recipient has this reason (per-reason directories, snippets).
    Every(Reason),
    /// An ordinary message.
    NotBounce,
}

impl Labels {
    /// The truth for each of `n` recipients found by the parser.
    pub fn expand(&self, n: usize) -> Vec<TruthRecipient> {
        match self {
            Labels::Positional(list) => list.clone(),
            Labels::Every(reason) => vec![
                TruthRecipient {
                    reason: *reason,
                    hard: reason.hard(true),
                    is_final: true,
                    feedback_type: None
                };
                n.max(1)
            ],
            Labels::NotBounce => Vec::new(),
        }
    }

    pub fn is_bounce(&self) -> bool {
        !matches!(self, Labels::NotBounce)
    }
}

/// Where a labelled example comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum Content {
    /// A message file (possibly an mbox of several).
    Message(PathBuf),
    /// A bare diagnostic or log line.
    Text(String),
}

/// One labelled message or snippet.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The file name as labelled (or `snippets.jsonl:LINE`).
    pub name: String,
    /// Examples of one group (template family, source message) share a fold.
    pub group: String,
    pub content: Content,
    pub labels: Labels,
}

/// A corpus, opened.
#[derive(Debug, Clone)]
pub struct Corpus {
    /// As named on the command line.
    pub name: String,
    pub root: PathBuf,
    pub items: Vec<Item>,
    /// Entries that could not be used, each naming its file.
    pub problems: Vec<String>,
}

#[derive(Deserialize)]
struct LabelLine {
    file: String,
    #[serde(default = "yes")]
    bounce: bool,
    #[serde(default)]
    recipients: Vec<LabelRecipient>,
    #[serde(default)]
    family: Option<String>,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
struct LabelRecipient {
    reason: String,
    #[serde(default)]
    hardbounce: Option<bool>,
    #[serde(default)]
    r#final: Option<bool>,
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    anotherone: Option<String>,
}

#[derive(Deserialize)]
struct SnippetLine {
    text: String,
    reason: String,
    #[serde(default)]
    family: Option<String>,
}

/// The family of a file name without a `family` label: the name without its trailing
/// number (`lhost-postfix-13.eml` → `lhost-postfix`), so that numbered variants of one
/// template stay in one fold.
pub fn family_of(file: &str) -> String {
    let stem = file.rsplit('/').next().unwrap_or(file);
    let stem = stem.strip_suffix(".eml").unwrap_or(stem);
    let trimmed =
        stem.trim_end_matches(|c: char| c.is_ascii_digit() || c == '-' || c == '_' || c == '.');
    if trimmed.is_empty() {
        stem.to_string()
    } else {
        trimmed.to_string()
    }
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> TrainError + '_ {
    move |source| TrainError::Io {
        path: path.to_path_buf(),
        source,
    }
}

impl Corpus {
    /// Opens a corpus in any of the three formats.
    pub fn open(path: &Path) -> Result<Corpus, TrainError> {
        let name = path.display().to_string();
        if path.is_file() && path.extension().is_some_and(|e| e == "jsonl") {
            return Self::open_snippets(path, name);
        }
        if path.join("labels.jsonl").is_file() {
            return Self::open_labelled(path, name);
        }
        if path.is_dir() {
            return Self::open_class_dirs(path, name);
        }
        Err(TrainError::UnknownCorpus {
            path: path.to_path_buf(),
        })
    }

    fn open_labelled(root: &Path, name: String) -> Result<Corpus, TrainError> {
        let labels_path = root.join("labels.jsonl");
        let text = std::fs::read_to_string(&labels_path).map_err(io(&labels_path))?;
        let mut items = Vec::new();
        let mut problems = Vec::new();
        let lines: Vec<(usize, String, LabelLine)> =
            json_lines(&labels_path, &text, "a label line", &mut problems);
        'lines: for (_, _, label) in lines {
            let file = root.join(&label.file);
            if !file.is_file() {
                problems.push(format!(
                    "{}: listed in labels.jsonl but not readable",
                    file.display()
                ));
                continue;
            }
            let labels = if !label.bounce {
                Labels::NotBounce
            } else {
                let mut list = Vec::new();
                for r in &label.recipients {
                    let Ok(reason) = r.reason.parse::<Reason>() else {
                        problems.push(format!(
                            "{}: unknown reason {:?}: skipped",
                            label.file, r.reason
                        ));
                        continue 'lines;
                    };
                    let permanent = r.status.as_deref().is_none_or(|s| !s.starts_with('4'));
                    list.push(TruthRecipient {
                        reason,
                        hard: r.hardbounce.unwrap_or_else(|| reason.hard(permanent)),
                        is_final: r.r#final.unwrap_or(true),
                        feedback_type: r.anotherone.clone().filter(|s| !s.is_empty()),
                    });
                }
                if list.is_empty() {
                    problems.push(format!(
                        "{}: a bounce with no labelled recipients: skipped",
                        label.file
                    ));
                    continue;
                }
                Labels::Positional(list)
            };
            items.push(Item {
                group: label
                    .family
                    .clone()
                    .unwrap_or_else(|| family_of(&label.file)),
                name: label.file,
                content: Content::Message(file),
                labels,
            });
        }
        items.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(Corpus {
            name,
            root: root.to_path_buf(),
            items,
            problems,
        })
    }

    fn open_class_dirs(root: &Path, name: String) -> Result<Corpus, TrainError> {
        let mut items = Vec::new();
        let mut problems = Vec::new();
        let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
            .map_err(io(root))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_dir())
            .collect();
        dirs.sort();
        if dirs.is_empty() {
            return Err(TrainError::UnknownCorpus {
                path: root.to_path_buf(),
            });
        }
        for dir in dirs {
            let dir_name = dir
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            let Ok(reason) = dir_name.parse::<Reason>() else {
                problems.push(format!("{}: not a reason name: skipped", dir.display()));
                continue;
            };
            let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
                .map_err(io(&dir))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .collect();
            files.sort();
            for file in files {
                if !file.is_file() || file.extension().is_none_or(|e| e != "eml") {
                    problems.push(format!("{}: not an .eml file: skipped", file.display()));
                    continue;
                }
                let rel = format!(
                    "{dir_name}/{}",
                    file.file_name().unwrap_or_default().to_string_lossy()
                );
                items.push(Item {
                    group: format!("{dir_name}/{}", family_of(&rel)),
                    name: rel,
                    content: Content::Message(file),
                    labels: if reason == Reason::NotBounce {
                        Labels::NotBounce
                    } else {
                        Labels::Every(reason)
                    },
                });
            }
        }
        Ok(Corpus {
            name,
            root: root.to_path_buf(),
            items,
            problems,
        })
    }

    fn open_snippets(path: &Path, name: String) -> Result<Corpus, TrainError> {
        let text = std::fs::read_to_string(path).map_err(io(path))?;
        let mut items = Vec::new();
        let mut problems = Vec::new();
        let base = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let lines: Vec<(usize, String, SnippetLine)> =
            json_lines(path, &text, "a snippet line", &mut problems);
        for (line_number, where_, snippet) in lines {
            let Ok(reason) = snippet.reason.parse::<Reason>() else {
                problems.push(format!(
                    "{where_}: unknown reason {:?}: skipped",
                    snippet.reason
                ));
                continue;
            };
            items.push(Item {
                name: format!("{base}:{line_number}"),
                group: snippet
                    .family
                    .unwrap_or_else(|| format!("{base}:{line_number}")),
                content: Content::Text(snippet.text),
                labels: if reason == Reason::NotBounce {
                    Labels::NotBounce
                } else {
                    Labels::Every(reason)
                },
            });
        }
        Ok(Corpus {
            name,
            root: path.to_path_buf(),
            items,
            problems,
        })
    }

    /// SHA-256 over the item names and contents, in order: two corpora with the same
    /// digest train the same model.
    pub fn digest(&self) -> Result<String, TrainError> {
        let mut hasher = Sha256::new();
        for item in &self.items {
            hasher.update(item.name.as_bytes());
            hasher.update([0]);
            match &item.content {
                Content::Message(path) => hasher.update(std::fs::read(path).map_err(io(path))?),
                Content::Text(text) => hasher.update(text.as_bytes()),
            }
            hasher.update(format!("{:?}", item.labels).as_bytes());
        }
        Ok(hasher
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect())
    }
}

/// The non-empty lines of the JSON-lines file `path` (already read into `text`), each
/// parsed as `T`, with its 1-based number and its name `path:number`; a line that does not
/// parse is a problem, saying it is not `what`.
fn json_lines<T: DeserializeOwned>(
    path: &Path,
    text: &str,
    what: &str,
    problems: &mut Vec<String>,
) -> Vec<(usize, String, T)> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let where_ = format!("{}:{}", path.display(), n + 1);
        match serde_json::from_str(line) {
            Ok(value) => out.push((n + 1, where_, value)),
            Err(e) => problems.push(format!("{where_}: not {what}: {e}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn families() {
        assert_eq!(family_of("lhost-postfix-13.eml"), "lhost-postfix");
        assert_eq!(family_of("00042.eml"), "00042");
        assert_eq!(family_of("mailboxfull/gmx-3.eml"), "gmx");
    }
}
