//! End-to-end tests: the built `bounce` binary on our own fixtures (tests/golden,
//! tests/languages), through every input path and output format.

mod batch;
mod formats;
mod inputs;
mod languages;
mod learning;
mod rules;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("workspace root")
}

pub fn golden(name: &str) -> PathBuf {
    root().join("tests/golden").join(name)
}

/// Runs `bounce` with `args`, feeding `stdin` when given.
pub fn bounce(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_bounce"));
    cmd.args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("bounce runs");
    // Standard input is read as it is classified, so it is fed from another thread while
    // the output is collected here; writing it all first could fill both pipes.
    let feeder = stdin.map(|input| {
        let input = input.to_vec();
        let mut pipe = child.stdin.take().expect("piped");
        std::thread::spawn(move || {
            use std::io::Write;
            // bounce may stop reading early (an oversized message); that is not a failure.
            let _ = pipe.write_all(&input);
        })
    });
    let output = child.wait_with_output().expect("bounce finishes");
    if let Some(feeder) = feeder {
        feeder.join().expect("stdin fed");
    }
    output
}

/// The JSON lines of a run's standard output.
pub fn json_lines(output: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("every line is JSON"))
        .collect()
}
