//! The labels written to labels.jsonl.

use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct LabelRcpt {
    pub index: usize,
    pub status: String,
    pub replycode: String,
    pub reason: String,
    pub hardbounce: bool,
    #[serde(rename = "final")]
    pub final_: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anotherone: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Label {
    pub file: String,
    pub bounce: bool,
    pub style: String,
    pub language: String,
    pub family: String,
    pub recipients: Vec<LabelRcpt>,
}

/// One generated message and its label (the file name is set when written).
pub struct Sample {
    pub eml: Vec<u8>,
    pub label: Label,
}

impl LabelRcpt {
    /// A row for a non-failure class (delivered, vacation, feedback).
    pub fn plain(index: usize, reason: &str, status: &str, reply: &str) -> LabelRcpt {
        LabelRcpt {
            index,
            status: status.to_string(),
            replycode: reply.to_string(),
            reason: reason.to_string(),
            hardbounce: false,
            final_: true,
            anotherone: None,
        }
    }
}
