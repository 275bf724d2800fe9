//! mbox splitting: the pieces cover the input exactly, in order, and every piece after the
//! first starts at an envelope line.
#![no_main]

use bounce_features::mbox;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let pieces = mbox::split(data);
    assert!(!pieces.is_empty());
    let total: usize = pieces.iter().map(|p| p.len()).sum();
    assert_eq!(total, data.len(), "the pieces cover the input");
    let mut at = 0;
    for (i, piece) in pieces.iter().enumerate() {
        assert_eq!(*piece, &data[at..at + piece.len()], "pieces are in order");
        if i > 0 {
            assert!(piece.starts_with(b"From "), "piece {i} starts at an envelope line");
            assert!(mbox::is_mbox(piece));
        }
        at += piece.len();
    }
});
