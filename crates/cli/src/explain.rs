//! `bounce explain`: the evidence, the rules that fired, the model's view and the advice,
//! for a person to read.

use bounce_features::Report;
use bounce_runtime::Trace;
use std::fmt::Write;

fn opt<T: std::fmt::Display>(value: &Option<T>) -> String {
    value
        .as_ref()
        .map_or_else(|| "-".to_string(), |v| v.to_string())
}

/// The explanation of one message as text.
pub fn render(source: &str, index: usize, report: &Report, traces: &[Trace]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{source}#{index}: {:?}", report.kind);
    let _ = writeln!(out, "  subject        {}", opt(&report.subject));
    let _ = writeln!(out, "  from           {}", opt(&report.from));
    let _ = writeln!(out, "  date           {}", opt(&report.date));
    let _ = writeln!(out, "  reporting MTA  {}", opt(&report.reporting_mta));
    if let Some(o) = &report.original {
        let _ = writeln!(
            out,
            "  original       message-id {}, from {}, to {}, subject {}",
            opt(&o.message_id),
            opt(&o.from),
            o.to.join(", "),
            opt(&o.subject)
        );
    }
    if let Some(t) = &report.feedback_type {
        let _ = writeln!(out, "  feedback type  {t}");
    }
    for (i, trace) in traces.iter().enumerate() {
        let v = &trace.verdict;
        let evidence = report.recipients.get(i);
        let _ = writeln!(out);
        let _ = writeln!(out, "recipient {}: {}", i + 1, opt(&v.recipient));
        let _ = writeln!(out, "  evidence");
        if let Some(e) = evidence {
            let _ = writeln!(
                out,
                "    action       {}",
                e.action
                    .map_or("-".to_string(), |a| format!("{a:?}").to_lowercase())
            );
            let _ = writeln!(out, "    status       {}", opt(&e.status));
            let _ = writeln!(out, "    reply code   {}", opt(&e.reply_code));
            let _ = writeln!(out, "    SMTP stage   {}", e.command);
            let _ = writeln!(out, "    remote MTA   {}", opt(&e.remote_mta));
            let _ = writeln!(
                out,
                "    diagnostic   {}",
                if e.diagnostic.is_empty() {
                    "-"
                } else {
                    &e.diagnostic
                }
            );
            if !e.lines.is_empty() {
                let _ = writeln!(out, "    lines");
                for line in e.lines.iter().take(12) {
                    let _ = writeln!(out, "      | {}", line.trim_end());
                }
            }
        }
        let _ = writeln!(out, "  rules that fired");
        if trace.rules.is_empty() {
            let _ = writeln!(out, "    (none)");
        }
        for r in trace.rules.iter().take(10) {
            let _ = writeln!(
                out,
                "    {:<8} {:<40} {:<16} {}",
                r.tier,
                r.id,
                r.reason.as_str(),
                r.matched
                    .as_deref()
                    .map(|m| format!("{m:?}"))
                    .unwrap_or_default()
            );
        }
        if let Some(m) = &trace.model {
            let top: Vec<String> = m.top.iter().map(|(r, p)| format!("{r} {p:.2}")).collect();
            let _ = writeln!(out, "  model");
            let _ = writeln!(out, "    top classes  {}", top.join(", "));
            let tokens: Vec<String> = m
                .tokens
                .iter()
                .map(|t| format!("{} ({:.2})", t.token, t.weight))
                .collect();
            let _ = writeln!(
                out,
                "    top tokens   {}",
                if tokens.is_empty() {
                    "-".to_string()
                } else {
                    tokens.join(", ")
                }
            );
        }
        let _ = writeln!(out, "  verdict");
        let _ = writeln!(
            out,
            "    reason       {}{}",
            v.reason,
            if v.is_final {
                ""
            } else {
                " (delay notice: not final)"
            }
        );
        let _ = writeln!(out, "    confidence   {:.2}", v.confidence);
        let _ = writeln!(
            out,
            "    hard         {}   permanent {}   action {}",
            v.hard,
            v.permanent,
            v.action.as_str()
        );
        let _ = writeln!(out, "    decided by   {}", v.decided_by.join(" + "));
        let _ = writeln!(out, "    because      {}", v.explanation);
        if let Some(s) = v.retry_after_seconds {
            let _ = writeln!(out, "    retry after  {s} s");
        }
        if let Some(b) = &v.blocklist {
            let _ = writeln!(out, "    blocklist    {b}");
        }
        let _ = writeln!(out, "  advice");
        let _ = writeln!(out, "    {}", v.advice);
    }
    out
}
