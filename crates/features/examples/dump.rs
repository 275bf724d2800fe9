//! Prints the [`bounce_features::Report`] of each file given, as JSON.
//!
//! ```sh
//! cargo run -p bounce-features --example dump -- message.eml
//! ```

fn main() {
    for path in std::env::args().skip(1) {
        let raw = match std::fs::read(&path) {
            Ok(raw) => raw,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        match bounce_features::parse(&raw) {
            Ok(report) => println!(
                "{}",
                serde_json::to_string_pretty(&report).expect("reports serialise")
            ),
            Err(e) => println!("{path}: {e}"),
        }
    }
}
