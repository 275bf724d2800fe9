//! Reading a large mbox, or standard input, a chunk at a time.
//!
//! Reading a whole input before classifying it would make memory grow with the mbox (a
//! night's archive can be many gigabytes) and delay the first output line to the end. The
//! reader here keeps one chunk plus the message it ends in, hands the complete messages of
//! each chunk to the caller, and skips the remainder of a message over the size limit
//! instead of buffering it.

use bounce_features::mbox;
use std::io::{self, Read};

/// What the reader hands the caller.
pub enum Piece<'a> {
    /// Complete messages; the first has index `first` within the source.
    Messages {
        first: usize,
        messages: Vec<&'a [u8]>,
    },
    /// Message `index` is over the size limit; it was skipped unread.
    TooLarge { index: usize, limit: usize },
    /// Reading failed after `index` messages; nothing more follows.
    ReadFailed { index: usize, error: io::Error },
}

/// How the reader works: bytes read at a time and the size limit of one message.
#[derive(Debug, Clone, Copy)]
pub struct StreamSettings {
    pub chunk_bytes: usize,
    pub max_message_bytes: usize,
}

/// Reads until `buf` has grown by `want` bytes or the input ends; true at the end.
fn fill(reader: &mut impl Read, buf: &mut Vec<u8>, want: usize) -> io::Result<bool> {
    let target = buf.len() + want;
    let mut scratch = [0u8; 64 * 1024];
    while buf.len() < target {
        let room = (target - buf.len()).min(scratch.len());
        match reader.read(&mut scratch[..room]) {
            Ok(0) => return Ok(true),
            Ok(n) => buf.extend_from_slice(&scratch[..n]),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(false)
}

/// Streams `reader` as an mbox (or, when it does not start with an envelope line, as one
/// message), calling `each` in input order; returns the number of messages seen. Memory
/// stays within about two chunks plus the size limit.
pub fn for_each_piece<E>(
    mut reader: impl Read,
    settings: StreamSettings,
    mut each: impl FnMut(Piece<'_>) -> Result<(), E>,
) -> Result<usize, E> {
    let chunk = settings.chunk_bytes.max(1);
    let limit = settings.max_message_bytes;
    let mut buf: Vec<u8> = Vec::new();
    let mut index = 0;
    let mut is_mbox = None;
    // True while the rest of an oversized message is being thrown away.
    let mut skipping = false;
    loop {
        // Asking for at least the buffered length again keeps the rescans of a long
        // message linear in its size.
        let want = chunk.max(buf.len());
        let (at_end, failure) = match fill(&mut reader, &mut buf, want) {
            Ok(at_end) => (at_end, None),
            Err(error) => (false, Some(error)),
        };
        if skipping {
            match mbox::find_envelope(&buf) {
                Some(at) => {
                    buf.drain(..at);
                    skipping = false;
                }
                None if at_end || failure.is_some() => {
                    if let Some(error) = failure {
                        each(Piece::ReadFailed { index, error })?;
                    }
                    return Ok(index);
                }
                None => {
                    // Keep a line's worth: the next envelope line may have begun.
                    let keep = buf.len().min(4096);
                    buf.drain(..buf.len() - keep);
                    continue;
                }
            }
        }
        // Whether this is an mbox is decided on the whole first line.
        let first_line_known = memchr::memchr(b'\n', &buf).is_some() || buf.len() >= 4096;
        if is_mbox.is_none() && !first_line_known && !at_end && failure.is_none() {
            continue;
        }
        let mbox = *is_mbox.get_or_insert_with(|| mbox::is_mbox(&buf));
        let pieces = if mbox {
            mbox::split(&buf)
        } else {
            vec![&buf[..]]
        };
        let complete = if at_end {
            pieces.len()
        } else {
            pieces.len() - 1
        };
        let consumed: usize = pieces[..complete].iter().map(|p| p.len()).sum();
        let open = pieces.get(complete).map_or(0, |p| p.len());
        let oversized = !at_end && open > limit;
        if complete > 0 {
            let messages = pieces[..complete].to_vec();
            each(Piece::Messages {
                first: index,
                messages,
            })?;
            index += complete;
        }
        if let Some(error) = failure {
            each(Piece::ReadFailed { index, error })?;
            return Ok(index);
        }
        if at_end {
            return Ok(index);
        }
        if oversized {
            each(Piece::TooLarge { index, limit })?;
            index += 1;
            if !mbox {
                return Ok(index);
            }
            skipping = true;
            // Keep only the last byte: a line break there lets an envelope line at the
            // start of the next read be found.
            let last = buf[buf.len() - 1];
            buf.clear();
            buf.push(last);
        } else {
            buf.drain(..consumed);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::Strategy;

    fn envelope(i: usize) -> String {
        format!("From sender{i}@example.org Thu Jan  1 00:00:00 2026\n")
    }

    /// Collects what the reader hands out, as (index, bytes or a marker).
    fn collect(input: &[u8], settings: StreamSettings) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        let seen = for_each_piece(input, settings, |piece| {
            match piece {
                Piece::Messages { first, messages } => {
                    for (i, m) in messages.iter().enumerate() {
                        out.push((first + i, String::from_utf8_lossy(m).into_owned()));
                    }
                }
                Piece::TooLarge { index, .. } => out.push((index, "<too large>".into())),
                Piece::ReadFailed { index, .. } => out.push((index, "<read failed>".into())),
            }
            Ok::<(), ()>(())
        })
        .unwrap();
        assert_eq!(seen, out.len());
        out
    }

    #[test]
    fn small_chunks_give_the_same_messages_as_splitting_the_whole() {
        let mut mbox = String::new();
        for i in 0..40 {
            mbox += &envelope(i);
            mbox += &format!(
                "Subject: {i}\n\nFrom here on, body {i}.\n{}\n",
                "x".repeat(i * 7)
            );
        }
        let whole: Vec<String> = mbox::split(mbox.as_bytes())
            .iter()
            .map(|m| String::from_utf8_lossy(m).into_owned())
            .collect();
        for chunk_bytes in [1, 7, 64, 1000, 1 << 20] {
            let settings = StreamSettings {
                chunk_bytes,
                max_message_bytes: 1 << 20,
            };
            let got: Vec<String> = collect(mbox.as_bytes(), settings)
                .into_iter()
                .enumerate()
                .map(|(i, (index, m))| {
                    assert_eq!(i, index);
                    m
                })
                .collect();
            assert_eq!(got, whole, "chunk of {chunk_bytes} bytes");
        }
    }

    proptest::proptest! {
        /// Whatever the bytes and the chunk size, streaming gives exactly the messages of
        /// splitting the whole input at once.
        #[test]
        fn streaming_agrees_with_splitting_the_whole(
            lines in proptest::collection::vec(
                proptest::prop_oneof![
                    (0usize..3).prop_map(envelope),
                    "From [a-z ]{0,12}".prop_map(|l| l + "\n"),
                    "[ -~]{0,30}\r?\n",
                    "[ -~]{0,30}",
                ],
                0..40,
            ),
            chunk_bytes in 1usize..300,
        ) {
            let input = lines.concat();
            let whole: Vec<String> = mbox::split(input.as_bytes())
                .iter()
                .map(|m| String::from_utf8_lossy(m).into_owned())
                .collect();
            let settings = StreamSettings { chunk_bytes, max_message_bytes: 1 << 20 };
            let streamed: Vec<String> =
                collect(input.as_bytes(), settings).into_iter().map(|(_, m)| m).collect();
            proptest::prop_assert_eq!(streamed, whole);
        }
    }

    #[test]
    fn an_oversized_message_is_skipped_and_the_next_ones_still_come() {
        let mut mbox = envelope(0) + "Subject: small\n\nbody\n";
        mbox += &envelope(1);
        mbox += "Subject: huge\n\n";
        for _ in 0..2000 {
            mbox += "From the middle of a long body line, not an envelope\n";
        }
        mbox += &envelope(2);
        mbox += "Subject: after\n\nbody\n";
        let settings = StreamSettings {
            chunk_bytes: 256,
            max_message_bytes: 10_000,
        };
        let got = collect(mbox.as_bytes(), settings);
        assert_eq!(got.len(), 3);
        assert!(got[0].1.contains("Subject: small"));
        assert_eq!(got[1], (1, "<too large>".to_string()));
        assert!(got[2].1.contains("Subject: after"), "{:?}", got[2]);
    }

    #[test]
    fn a_plain_message_is_one_message_and_an_oversized_one_an_error() {
        let text = "Subject: plain\n\nFrom here on, body.\n".repeat(50);
        let settings = StreamSettings {
            chunk_bytes: 100,
            max_message_bytes: 1 << 20,
        };
        assert_eq!(collect(text.as_bytes(), settings), vec![(0, text.clone())]);
        let small = StreamSettings {
            chunk_bytes: 100,
            max_message_bytes: 500,
        };
        assert_eq!(
            collect(text.as_bytes(), small),
            vec![(0, "<too large>".to_string())]
        );
        // An empty input is one (empty) message, which the classifier reports as an error.
        assert_eq!(collect(b"", settings), vec![(0, String::new())]);
    }

    #[test]
    fn a_read_error_is_reported_after_the_messages_before_it() {
        struct Failing(Vec<u8>);
        impl Read for Failing {
            fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
                if self.0.is_empty() {
                    return Err(io::Error::other("disk gone"));
                }
                let n = out.len().min(self.0.len());
                out[..n].copy_from_slice(&self.0[..n]);
                self.0.drain(..n);
                Ok(n)
            }
        }
        let mbox = format!(
            "{}Subject: a\n\nx\n{}Subject: b\n\ny\n",
            envelope(0),
            envelope(1)
        );
        let mut out = Vec::new();
        let settings = StreamSettings {
            chunk_bytes: 16,
            max_message_bytes: 1 << 20,
        };
        for_each_piece(Failing(mbox.into_bytes()), settings, |piece| {
            out.push(match piece {
                Piece::Messages { first, messages } => format!("{first}+{}", messages.len()),
                Piece::TooLarge { index, .. } => format!("large {index}"),
                Piece::ReadFailed { index, error } => format!("failed {index}: {error}"),
            });
            Ok::<(), ()>(())
        })
        .unwrap();
        assert_eq!(
            out,
            vec!["0+1".to_string(), "failed 1: disk gone".to_string()]
        );
    }
}
