//! The built-in rule files parse, and each language's phrases do what they say.

use bounce_features::SmtpCommand;
use bounce_features::text::squash;
use bounce_runtime::{Facts, RuleSet};

#[test]
fn builtin_rules_compile() {
    let rules = RuleSet::builtin().expect("built-in rules are valid");
    assert!(!rules.rules().is_empty());
}

/// The reason the best-placed rule gives for a bare diagnostic.
pub fn rule_reason(rules: &RuleSet, text: &str) -> Option<String> {
    let squashed = squash(text);
    let facts = Facts {
        text: &squashed,
        status: None,
        reported_status: None,
        reply: None,
        command: SmtpCommand::Unknown,
        hosts: Vec::new(),
    };
    rules
        .hits(&facts)
        .first()
        .map(|h| rules.rule(h.rule).reason.to_string())
}
