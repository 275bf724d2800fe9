//! Amazon SES event notifications (delivered by SNS as e-mail with a JSON body).
//!
//! The JSON is often re-wrapped by mail transport (lines folded with a leading space) and
//! nested as an escaped string inside the SNS envelope, so it is read field by field
//! with patterns rather than by a strict JSON parser.

use crate::address;
use crate::dsn::{Dsn, DsnRecipient};
use crate::report::Action;
use crate::status::find_status;
use regex::Regex;
use std::sync::LazyLock;

/// What an SES notification says.
pub(crate) enum Notice {
    Bounce(Dsn),
    Delivery(Dsn),
    Complaint {
        recipients: Vec<String>,
        feedback_type: Option<String>,
    },
}

static TYPE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#""notificationType"\s*:\s*"(\w+)""#).expect("valid"));
static OBJECT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\{[^{}]*\}").expect("valid"));
/// The JSON array that follows `"key":`, brackets inside strings ignored.
fn array_after<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    let at = text.find(&format!("\"{key}\""))?;
    let open = at + text[at..].find('[')?;
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for (i, &b) in text.as_bytes().iter().enumerate().skip(open) {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' => depth += 1,
            b']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(&text[open + 1..i]);
                }
            }
            _ => {}
        }
    }
    None
}
static COMPLAINED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#""complainedRecipients"\s*:\s*\[([^\]]*)\]"#).expect("valid"));
static DELIVERY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#""delivery"\s*:\s*(\{[^{}]*\})"#).expect("valid"));
static LIST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#""recipients"\s*:\s*\[([^\]]*)\]"#).expect("valid"));

fn field(object: &str, name: &str) -> Option<String> {
    let key = format!("\"{name}\"");
    let at = object.find(&key)? + key.len();
    let rest = object[at..]
        .trim_start()
        .strip_prefix(':')?
        .trim_start()
        .strip_prefix('"')?;
    let end = rest.find('"')?;
    Some(rest[..end].to_string())
}

/// Reads an SES notification from the body text, if it is one.
pub(crate) fn read(text: &str) -> Option<Notice> {
    if !text.contains("notificationType") {
        return None;
    }
    let flat = text
        .replace("\n ", "")
        .replace("\\\"", "\"")
        .replace("\\\\", "\\");
    let kind = TYPE.captures(&flat)?[1].to_ascii_lowercase();
    let reporting_mta =
        field(&flat, "reportingMTA").map(|m| m.trim_start_matches("dsn;").trim().to_string());
    match kind.as_str() {
        "bounce" => {
            let list = array_after(&flat, "bouncedRecipients")?;
            let recipients = OBJECT
                .find_iter(list)
                .filter_map(|o| {
                    let o = o.as_str();
                    let diagnostic = field(o, "diagnosticCode").unwrap_or_default();
                    let (diagnostic_type, diagnostic) = match diagnostic.split_once(';') {
                        Some((t, d)) if !t.contains(' ') => {
                            (Some(t.trim().to_ascii_lowercase()), d.trim().to_string())
                        }
                        _ => (None, diagnostic),
                    };
                    Some(DsnRecipient {
                        final_recipient: Some(address::normalize(&field(o, "emailAddress")?)),
                        // SES does not retry a bounce it reports, transient or not: final.
                        action: field(o, "action")
                            .and_then(|a| Action::parse(&a))
                            .or(Some(Action::Failed)),
                        status: field(o, "status").and_then(|s| find_status(&s).map(|(_, s, _)| s)),
                        diagnostic_type,
                        diagnostic,
                        ..DsnRecipient::default()
                    })
                })
                .collect();
            Some(Notice::Bounce(Dsn {
                reporting_mta,
                recipients,
                unnamed: None,
            }))
        }
        "delivery" => {
            let delivery = DELIVERY.captures(&flat)?;
            let object = &delivery[1];
            let response = field(object, "smtpResponse").unwrap_or_default();
            let list = LIST.captures(object)?;
            let recipients = address::find_all(&list[1])
                .into_iter()
                .map(|a| DsnRecipient {
                    final_recipient: Some(address::normalize(a)),
                    action: Some(Action::Delivered),
                    status: find_status(&response).map(|(_, s, _)| s),
                    diagnostic_type: Some("smtp".into()),
                    diagnostic: response.clone(),
                    ..DsnRecipient::default()
                })
                .collect();
            Some(Notice::Delivery(Dsn {
                reporting_mta,
                recipients,
                unnamed: None,
            }))
        }
        "complaint" => {
            let list = COMPLAINED.captures(&flat);
            let recipients = list
                .map(|l| {
                    address::find_all(&l[1])
                        .into_iter()
                        .map(address::normalize)
                        .collect()
                })
                .unwrap_or_default();
            Some(Notice::Complaint {
                recipients,
                feedback_type: field(&flat, "complaintFeedbackType")
                    .map(|t| t.to_ascii_lowercase()),
            })
        }
        _ => None,
    }
}

/// Builds this module's matchers now rather than at their first use (see
/// [`crate::build_matchers`]).
pub(crate) fn build_matchers() {
    LazyLock::force(&TYPE);
    LazyLock::force(&OBJECT);
    LazyLock::force(&COMPLAINED);
    LazyLock::force(&DELIVERY);
    LazyLock::force(&LIST);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounce_notice() {
        let body = concat!(
            r#"{"Type":"Notification","Message":"{\"notificationType\":\"Bounce\",\"bounce\":{\"bounceType\":"#,
            r#"\"Permanent\",\"bouncedRecipients\":[{\"emailAddress\":\"a@example.net\",\"action\":\"failed\","#,
            "\n ",
            r#"\"status\":\"5.1.1\",\"diagnosticCode\":\"smtp; 550 5.1.1 no such user\"}]}}"}"#
        );
        let Some(Notice::Bounce(dsn)) = read(body) else {
            panic!("a bounce notice")
        };
        assert_eq!(dsn.recipients.len(), 1);
        assert_eq!(dsn.recipients[0].diagnostic, "550 5.1.1 no such user");
        assert_eq!(dsn.recipients[0].status, Some(crate::Status::new(5, 1, 1)));
    }
}
