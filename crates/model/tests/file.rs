//! Model files: round trip, determinism, and a clear error for every kind of damage.

use bounce_features::{FeatureSettings, Features};
use bounce_model::{
    Calibration, FORMAT_VERSION, MemoryBuilder, ModelError, ModelFile, NaiveBayesParams, Reason,
    TrainingCard,
};
use proptest::prelude::*;

fn model() -> ModelFile {
    let params = NaiveBayesParams::default()
        .min_doc_freq(1)
        .check()
        .expect("valid");
    let mut trainer = params.trainer(vec![Reason::UserUnknown, Reason::MailboxFull]);
    let mut memory = MemoryBuilder::default();
    for i in 0..50u64 {
        let class = if i % 2 == 0 {
            Reason::UserUnknown
        } else {
            Reason::MailboxFull
        };
        let f = Features {
            terms: vec![(i % 7, 1.0), (100 + i % 2, 1.0)],
        };
        trainer
            .add(&f, &[format!("t{}", i % 7), format!("c{}", i % 2)], class)
            .expect("known");
        memory.record(&f, class);
    }
    let card = TrainingCard {
        tool: "test".into(),
        ..TrainingCard::default()
    };
    ModelFile::quantized(
        trainer.finish().expect("examples"),
        FeatureSettings::default(),
        Calibration::default(),
        memory.finish(),
        card,
    )
}

#[test]
fn round_trip_is_exact() {
    let m = model();
    let bytes = m.to_bytes();
    let back = ModelFile::from_bytes(&bytes).expect("reads back");
    assert_eq!(back, m);
    assert_eq!(back.to_bytes(), bytes);
}

#[test]
fn same_training_same_bytes() {
    assert_eq!(model().to_bytes(), model().to_bytes());
}

#[test]
fn truncated_files_say_so() {
    let bytes = model().to_bytes();
    for cut in [0, 5, 8, 20, 27, 28, bytes.len() / 2, bytes.len() - 1] {
        match ModelFile::from_bytes(&bytes[..cut]) {
            Err(ModelError::Truncated { found, .. }) => assert_eq!(found, cut as u64),
            other => panic!("cut at {cut}: {other:?}"),
        }
    }
}

#[test]
fn corrupted_bytes_fail_the_checksum() {
    let mut bytes = model().to_bytes();
    let at = bytes.len() - 10;
    bytes[at] ^= 0x40;
    assert!(matches!(
        ModelFile::from_bytes(&bytes),
        Err(ModelError::Corrupted(_))
    ));
}

#[test]
fn extra_bytes_and_a_dirty_header_are_refused() {
    let mut bytes = model().to_bytes();
    bytes.extend_from_slice(b"appended");
    let err = ModelFile::from_bytes(&bytes).unwrap_err();
    assert!(err.to_string().contains("8 bytes after the end"), "{err}");
    let mut bytes = model().to_bytes();
    bytes[10] = 1;
    let err = ModelFile::from_bytes(&bytes).unwrap_err();
    assert!(err.to_string().contains("reserved"), "{err}");
}

#[test]
fn foreign_files_are_named() {
    let err = ModelFile::from_bytes(b"\x89PNG\r\n\x1a\nrest of an image").unwrap_err();
    assert!(matches!(err, ModelError::Foreign { .. }));
    assert!(err.to_string().contains("not a bounce model file"), "{err}");
}

#[test]
fn newer_and_older_versions_are_refused() {
    let mut bytes = model().to_bytes();
    bytes[8..10].copy_from_slice(&(FORMAT_VERSION + 1).to_le_bytes());
    assert_eq!(
        ModelFile::from_bytes(&bytes).unwrap_err(),
        ModelError::NewerVersion {
            found: FORMAT_VERSION + 1,
            supported: FORMAT_VERSION
        }
    );
    bytes[8..10].copy_from_slice(&0u16.to_le_bytes());
    assert!(matches!(
        ModelFile::from_bytes(&bytes),
        Err(ModelError::OlderVersion { found: 0, .. })
    ));
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        let _ = ModelFile::from_bytes(&bytes);
        let mut with_magic = bounce_model::MAGIC.to_vec();
        with_magic.extend_from_slice(&bytes);
        let _ = ModelFile::from_bytes(&with_magic);
    }

    #[test]
    fn any_single_flipped_byte_is_caught(at in 0usize..10_000, bit in 0u8..8) {
        let mut bytes = model().to_bytes();
        let at = at % bytes.len();
        bytes[at] ^= 1 << bit;
        // Flipping a reserved header byte is harmless; every other flip must be refused.
        if !(10..12).contains(&at) {
            prop_assert!(ModelFile::from_bytes(&bytes).is_err());
        }
    }
}
