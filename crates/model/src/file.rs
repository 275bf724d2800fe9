//! The versioned model file.
//!
//! Layout (little-endian):
//!
//! | bytes | field |
//! |---|---|
//! | 8 | magic `BNCMODEL` |
//! | 2 | format version |
//! | 2 | reserved (zero) |
//! | 8 | body length |
//! | 8 | body checksum |
//! | … | body: `postcard` encoding of the label set, feature settings, vocabulary, weights, calibration, template memory and training card |
//!
//! Weights are stored as 16-bit fixed point (one scale for the model), which keeps the
//! shipped model small; [`ModelFile::from_bytes`] and [`ModelFile::quantized`] give the
//! same numbers, so a model behaves the same before and after a round trip. Nothing in the
//! body depends on time or hash-map order: the same training run gives the same bytes.

use crate::calibrate::PathRecord;
use crate::card::TrainingCard;
use crate::error::ModelError;
use crate::memory::Memory;
use crate::nb::NaiveBayes;
use crate::reason::Reason;
use bounce_features::FeatureSettings;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const MAGIC: &[u8; 8] = b"BNCMODEL";
pub const FORMAT_VERSION: u16 = 1;
/// Length of the header before the body.
pub const HEADER_BYTES: usize = 28;

/// How confidences are made to mean what they say.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Calibration {
    /// Divides the model's log-likelihoods before the softmax.
    pub temperature: f64,
    /// Measured precision of each decision path (`decided_by`), on labelled data.
    pub paths: BTreeMap<String, PathRecord>,
}

impl Default for Calibration {
    fn default() -> Self {
        Calibration {
            temperature: 1.0,
            paths: BTreeMap::new(),
        }
    }
}

/// Everything a classifier needs, as read from or written to a model file.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelFile {
    pub model: NaiveBayes,
    pub settings: FeatureSettings,
    pub calibration: Calibration,
    pub memory: Memory,
    pub card: TrainingCard,
}

#[derive(Serialize, Deserialize)]
struct Body {
    labels: Vec<Reason>,
    settings: FeatureSettings,
    log_prior: Vec<f64>,
    class_docs: Vec<u64>,
    hashes: Vec<u64>,
    names: Vec<String>,
    /// Weight = stored i16 × scale.
    scale: f64,
    /// i16 little-endian pairs, row per token (bytes, so postcard stores them raw).
    weights: Vec<u8>,
    calibration: Calibration,
    memory: Memory,
    card: TrainingCard,
}

/// A fast 64-bit checksum over 8-byte words: it catches flipped and lost bytes; it is
/// not a defence against deliberate tampering.
fn checksum(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0x243f_6a88_85a3_08d3 ^ bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes(c.try_into().expect("8 bytes"));
        h = (h ^ w).wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(27);
    }
    for &b in chunks.remainder() {
        h = (h ^ u64::from(b))
            .wrapping_mul(0x9e37_79b9_7f4a_7c15)
            .rotate_left(27);
    }
    h ^ (h >> 31)
}

fn scale_of(log_prob: &[f64]) -> f64 {
    let max = log_prob.iter().fold(0.0f64, |m, v| m.max(v.abs()));
    if max == 0.0 {
        1.0
    } else {
        max / f64::from(i16::MAX)
    }
}

fn quantize(value: f64, scale: f64) -> i16 {
    (value / scale)
        .round()
        .clamp(f64::from(i16::MIN), f64::from(i16::MAX)) as i16
}

impl ModelFile {
    /// Bundles a fitted model, rounding its weights to what the file stores.
    pub fn quantized(
        model: NaiveBayes,
        settings: FeatureSettings,
        calibration: Calibration,
        memory: Memory,
        card: TrainingCard,
    ) -> Self {
        let mut model = model;
        let scale = scale_of(&model.log_prob);
        for w in &mut model.log_prob {
            *w = f64::from(quantize(*w, scale)) * scale;
        }
        ModelFile {
            model,
            settings,
            calibration,
            memory,
            card,
        }
    }

    /// The file's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let m = &self.model;
        let scale = scale_of(&m.log_prob);
        let mut weights = Vec::with_capacity(m.log_prob.len() * 2);
        for &w in &m.log_prob {
            weights.extend_from_slice(&quantize(w, scale).to_le_bytes());
        }
        let body = Body {
            labels: m.classes.clone(),
            settings: self.settings,
            log_prior: m.log_prior.clone(),
            class_docs: m.class_docs.clone(),
            hashes: m.hashes.clone(),
            names: m.names.clone(),
            scale,
            weights,
            calibration: self.calibration.clone(),
            memory: self.memory.clone(),
            card: self.card.clone(),
        };
        let body = postcard::to_stdvec(&body).expect("model bodies always serialise");
        Self::frame(&body)
    }

    /// Puts the header (magic, version, length, checksum) in front of an encoded body.
    /// Public so that fuzzers and tests can reach the body decoder with bytes of their
    /// own; [`ModelFile::to_bytes`] is the way to write a real model.
    pub fn frame(body: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER_BYTES + body.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(&(body.len() as u64).to_le_bytes());
        out.extend_from_slice(&checksum(body).to_le_bytes());
        out.extend_from_slice(body);
        out
    }

    /// Reads a model file, saying precisely what is wrong with a bad one.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ModelError> {
        let head = &bytes[..bytes.len().min(8)];
        if head != &MAGIC[..head.len()] {
            let shown: String = head
                .iter()
                .map(|&b| if b.is_ascii_graphic() { b as char } else { '.' })
                .collect();
            return Err(ModelError::Foreign { found: shown });
        }
        if bytes.len() < HEADER_BYTES {
            return Err(ModelError::Truncated {
                expected: HEADER_BYTES as u64,
                found: bytes.len() as u64,
            });
        }
        let version = u16::from_le_bytes([bytes[8], bytes[9]]);
        if version > FORMAT_VERSION {
            return Err(ModelError::NewerVersion {
                found: version,
                supported: FORMAT_VERSION,
            });
        }
        if version < FORMAT_VERSION {
            return Err(ModelError::OlderVersion {
                found: version,
                supported: FORMAT_VERSION,
            });
        }
        if bytes[10..12] != [0, 0] {
            return Err(ModelError::Corrupted(
                "reserved header bytes are not zero".into(),
            ));
        }
        let len = u64::from_le_bytes(bytes[12..20].try_into().expect("8 bytes"));
        let sum = u64::from_le_bytes(bytes[20..28].try_into().expect("8 bytes"));
        let available = (bytes.len() - HEADER_BYTES) as u64;
        if len > available {
            return Err(ModelError::Truncated {
                expected: (HEADER_BYTES as u64).saturating_add(len),
                found: bytes.len() as u64,
            });
        }
        if len < available {
            return Err(ModelError::Corrupted(format!(
                "{} bytes after the end of the model",
                available - len
            )));
        }
        let body = &bytes[HEADER_BYTES..HEADER_BYTES + len as usize];
        if checksum(body) != sum {
            return Err(ModelError::Corrupted("checksum mismatch".into()));
        }
        let body: Body = postcard::from_bytes(body)
            .map_err(|e| ModelError::Corrupted(format!("the body does not decode: {e}")))?;
        let n = body.labels.len();
        let v = body.hashes.len();
        let weights = n.checked_mul(v).and_then(|c| c.checked_mul(2));
        if n == 0
            || body.log_prior.len() != n
            || body.class_docs.len() != n
            || body.names.len() != v
            || weights != Some(body.weights.len())
        {
            return Err(ModelError::Corrupted("inconsistent table sizes".into()));
        }
        let finite = body.scale.is_finite()
            && body.scale > 0.0
            && body.log_prior.iter().all(|p| p.is_finite());
        if !finite {
            return Err(ModelError::Corrupted("weights are not finite".into()));
        }
        let t = body.calibration.temperature;
        if !(t.is_finite() && t > 0.0) {
            return Err(ModelError::Corrupted(format!("bad temperature {t}")));
        }
        if !body.memory.is_sorted() {
            return Err(ModelError::Corrupted("template memory out of order".into()));
        }
        if body.hashes.windows(2).any(|w| w[0] >= w[1]) {
            return Err(ModelError::Corrupted("vocabulary out of order".into()));
        }
        let supported = FeatureSettings::default().version;
        if body.settings.version != supported {
            return Err(ModelError::FeatureVersion {
                found: body.settings.version,
                supported,
            });
        }
        let log_prob = body
            .weights
            .chunks_exact(2)
            .map(|c| f64::from(i16::from_le_bytes([c[0], c[1]])) * body.scale)
            .collect();
        let model = NaiveBayes {
            classes: body.labels,
            log_prior: body.log_prior,
            hashes: body.hashes,
            names: body.names,
            log_prob,
            class_docs: body.class_docs,
        };
        Ok(ModelFile {
            model,
            settings: body.settings,
            calibration: body.calibration,
            memory: body.memory,
            card: body.card,
        })
    }
}
