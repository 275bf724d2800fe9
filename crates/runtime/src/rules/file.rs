//! The TOML form of a rule file, and its validation into [`Rule`]s.

use super::{Rule, Tier};
use crate::error::RuntimeError;
use bounce_features::SmtpCommand;
use bounce_features::text::squash;
use bounce_model::Reason;
use serde::Deserialize;
use std::collections::HashSet;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    rule: Vec<RawRule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: String,
    reason: String,
    #[serde(default)]
    phrases: Vec<String>,
    #[serde(default)]
    all: Vec<Vec<String>>,
    #[serde(default)]
    pattern: Option<String>,
    #[serde(default)]
    status: Vec<String>,
    #[serde(default)]
    reply: Vec<u16>,
    #[serde(default)]
    command: Vec<String>,
    #[serde(default)]
    not_command: Vec<String>,
    #[serde(default)]
    host: Vec<String>,
    #[serde(default)]
    priority: Option<i32>,
    #[serde(default)]
    strong: bool,
    #[serde(default = "yes")]
    stage: bool,
}

fn yes() -> bool {
    true
}

fn command(name: &str, file: &str, id: &str) -> Result<SmtpCommand, RuntimeError> {
    Ok(match name.trim().to_ascii_lowercase().as_str() {
        "connect" => SmtpCommand::Connect,
        "helo" | "ehlo" => SmtpCommand::Helo,
        "starttls" => SmtpCommand::Starttls,
        "auth" => SmtpCommand::Auth,
        "mail" => SmtpCommand::Mail,
        "rcpt" => SmtpCommand::Rcpt,
        "data" => SmtpCommand::Data,
        "end-of-data" => SmtpCommand::EndOfData,
        "unknown" => SmtpCommand::Unknown,
        other => {
            return Err(RuntimeError::Rules {
                file: file.to_string(),
                message: format!("rule {id}: unknown command {other:?}"),
            });
        }
    })
}

/// `\b` (not `\\b`, an escaped backslash before a `b`) as an ASCII word boundary.
fn ascii_word_boundaries(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('b') => out.push_str("(?-u:\\b)"),
            Some(next) => {
                out.push('\\');
                out.push(next);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// Reads the rules of one TOML file. `tier` is `Some(Tier::User)` for user files; built-in
/// rules get their tier from their shape (see [`Tier`]).
pub(crate) fn parse(file: &str, text: &str, user: bool) -> Result<Vec<Rule>, RuntimeError> {
    let err = |message: String| RuntimeError::Rules {
        file: file.to_string(),
        message,
    };
    let parsed: RuleFile = toml::from_str(text).map_err(|e| err(e.to_string()))?;
    let _ = parsed.language;
    let mut out: Vec<Rule> = Vec::with_capacity(parsed.rule.len());
    let mut ids: HashSet<String> = HashSet::new();
    for raw in parsed.rule {
        let id = raw.id.trim().to_string();
        if id.is_empty() {
            return Err(err("a rule has an empty id".into()));
        }
        if !ids.insert(id.clone()) {
            return Err(err(format!("rule {id}: the id is used twice")));
        }
        let reason: Reason = raw
            .reason
            .parse()
            .map_err(|_| err(format!("rule {id}: unknown reason {:?}", raw.reason)))?;
        let phrases: Vec<String> = raw.phrases.iter().map(|p| squash(p)).collect();
        let all: Vec<Vec<String>> = raw
            .all
            .iter()
            .map(|g| g.iter().map(|w| squash(w)).collect())
            .collect();
        if all
            .iter()
            .any(|g| g.is_empty() || g.len() > 8 || g.iter().any(String::is_empty))
        {
            return Err(err(format!(
                "rule {id}: a word group must hold 1 to 8 non-empty words"
            )));
        }
        if phrases.iter().any(String::is_empty) {
            return Err(err(format!(
                "rule {id}: an empty phrase would match everything"
            )));
        }
        let pattern = match &raw.pattern {
            // Word boundaries are ASCII ones: a Unicode `\b` makes the regex engine give up
            // its fast path on every non-ASCII text, and phrases are already normalised.
            Some(p) => {
                let re = regex::Regex::new(&ascii_word_boundaries(p))
                    .map_err(|e| err(format!("rule {id}: bad pattern: {e}")))?;
                if re.is_match("") {
                    return Err(err(format!(
                        "rule {id}: the pattern matches empty text: it would match everything"
                    )));
                }
                Some(re)
            }
            None => None,
        };
        let mut status = Vec::with_capacity(raw.status.len());
        for text in &raw.status {
            status.push(
                super::StatusPrefix::parse(text)
                    .ok_or_else(|| err(format!("rule {id}: bad status prefix {text:?}")))?,
            );
        }
        if let Some(bad) = raw.reply.iter().find(|r| !(200..600).contains(*r)) {
            return Err(err(format!("rule {id}: bad reply code {bad}")));
        }
        let commands = raw
            .command
            .iter()
            .map(|c| command(c, file, &id))
            .collect::<Result<Vec<_>, _>>()?;
        let not_commands = raw
            .not_command
            .iter()
            .map(|c| command(c, file, &id))
            .collect::<Result<Vec<_>, _>>()?;
        let matcher = !phrases.is_empty() || !all.is_empty() || pattern.is_some();
        if !matcher
            && raw.status.is_empty()
            && raw.reply.is_empty()
            && commands.is_empty()
            && raw.host.is_empty()
        {
            return Err(err(format!(
                "rule {id}: no phrase, pattern or constraint: it would match everything"
            )));
        }
        let tier = if user {
            Tier::User
        } else if !raw.host.is_empty() {
            Tier::Provider
        } else if matcher && raw.priority.is_some_and(|p| p < 0) {
            Tier::WeakPhrase
        } else if matcher {
            Tier::Phrase
        } else if raw.strong {
            Tier::StrongCode
        } else {
            Tier::Code
        };
        out.push(Rule {
            id,
            reason,
            tier,
            phrases,
            all,
            pattern,
            status,
            reply: raw.reply,
            command: commands,
            not_command: not_commands,
            host: raw
                .host
                .iter()
                .map(|h| h.trim().trim_start_matches('.').to_ascii_lowercase())
                .collect(),
            // Word groups are looser than phrases: below every phrase, above generic words.
            priority: raw.priority.unwrap_or_else(|| {
                super::default_priority(reason)
                    - if raw.phrases.is_empty() && !raw.all.is_empty() {
                        50
                    } else {
                        0
                    }
            }),
            stage: raw.stage,
        });
    }
    Ok(out)
}
