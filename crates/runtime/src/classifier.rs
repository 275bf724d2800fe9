//! Rules and model combined: the precedence that turns evidence into one [`Verdict`].
//!
//! Per recipient, first to last: the message kind (success DSN, auto-reply, feedback
//! report, not a bounce); user rules; the template memory of the model file (labelled
//! examples, including the user's own); provider rules and phrase rules; strong code
//! rules; the model, when its calibrated confidence reaches the threshold; code rules as
//! priors; `onhold`. Stage rules then adjust a wording-based reason: "user unknown" after
//! DATA, or a server's "user unknown" with no RCPT TO stage, without a mailbox status code
//! is `filtered`, a recipient-style refusal of MAIL FROM is `rejected`, and a final report
//! after connection trouble is `expired`. Confidence is the measured precision of the path
//! that decided (stored in the model file), or the model's calibrated probability.

use crate::advice::advice;
use crate::error::RuntimeError;
use crate::extract;
use crate::rules::{Facts, Hit, RuleSet, Scan, Tier};
use crate::stage::{self, Context};
use crate::verdict::{FiredRule, ModelView, Trace, Verdict};
use bounce_features::text::{squash, squash_after};
use bounce_features::{Evidence, Features, Kind, Limits, ParseError, Report, featurize_squashed};
use bounce_model::{ModelFile, Reason};
use std::cell::LazyCell;
use std::path::Path;

/// Tunable parts of the decision.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    /// The model decides (over code priors) when its calibrated top probability reaches this.
    pub model_threshold: f64,
    /// Parsing limits.
    pub limits: Limits,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            model_threshold: 0.5,
            limits: Limits::default(),
        }
    }
}

/// Classifies bounce messages. Cheap to share between threads (`&self` everywhere).
#[derive(Debug, Clone)]
pub struct Classifier {
    model: Option<ModelFile>,
    rules: RuleSet,
    options: Options,
}

#[cfg(feature = "embedded-model")]
const DEFAULT_MODEL: &[u8] = include_bytes!("../../../models/default.model");

impl Classifier {
    /// A classifier from a model (or none: rules only) and rules, ready to use: the
    /// parser's matchers are built now (once a process, see [`crate::build_matchers`]), so
    /// that no message pays for them.
    pub fn new(model: Option<ModelFile>, rules: RuleSet) -> Self {
        crate::build_matchers();
        Classifier {
            model,
            rules,
            options: Options::default(),
        }
    }

    /// The shipped default model with the built-in rules.
    #[cfg(feature = "embedded-model")]
    pub fn builtin() -> Result<Self, RuntimeError> {
        Ok(Classifier::new(
            Some(Classifier::builtin_model()?),
            RuleSet::builtin()?,
        ))
    }

    /// The shipped default model alone, for a caller that brings its own rules.
    #[cfg(feature = "embedded-model")]
    pub fn builtin_model() -> Result<ModelFile, RuntimeError> {
        ModelFile::from_bytes(DEFAULT_MODEL).map_err(|source| RuntimeError::Model {
            path: "(built-in default model)".into(),
            source,
        })
    }

    /// Reads a model file from disk.
    pub fn load_model(path: &Path) -> Result<ModelFile, RuntimeError> {
        let bytes = std::fs::read(path).map_err(|source| RuntimeError::ModelIo {
            path: path.to_path_buf(),
            source,
        })?;
        ModelFile::from_bytes(&bytes).map_err(|source| RuntimeError::Model {
            path: path.to_path_buf(),
            source,
        })
    }

    /// Built-in rules plus the user's rule file at `path`.
    pub fn load_rules(path: &Path) -> Result<RuleSet, RuntimeError> {
        let text = std::fs::read_to_string(path).map_err(|source| RuntimeError::RulesIo {
            path: path.to_path_buf(),
            source,
        })?;
        RuleSet::with_user_file(&path.display().to_string(), &text)
    }

    pub fn with_options(mut self, options: Options) -> Self {
        self.options = options;
        self
    }

    pub fn options(&self) -> &Options {
        &self.options
    }

    pub fn model(&self) -> Option<&ModelFile> {
        self.model.as_ref()
    }

    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    /// One verdict per recipient of the message in `raw` (at least one per message).
    // Kept out of line so that profiles can single it out (README, "Speed").
    #[inline(never)]
    pub fn classify(&self, raw: &[u8]) -> Result<Vec<Verdict>, ParseError> {
        let report = bounce_features::parse_with(raw, &self.options.limits)?;
        Ok(self.classify_report(&report))
    }

    /// One verdict per recipient of an already parsed report.
    pub fn classify_report(&self, report: &Report) -> Vec<Verdict> {
        self.trace_report(report, false)
            .into_iter()
            .map(|t| t.verdict)
            .collect()
    }

    /// Verdicts with everything behind them, for `bounce explain`.
    pub fn explain(&self, raw: &[u8]) -> Result<(Report, Vec<Trace>), ParseError> {
        let report = bounce_features::parse_with(raw, &self.options.limits)?;
        let traces = self.trace_report(&report, true);
        Ok((report, traces))
    }

    /// A verdict for a bare diagnostic line ("550 5.1.1 <a@b>: User unknown") or an MTA
    /// log line.
    pub fn classify_text(&self, text: &str) -> Verdict {
        let report = bounce_features::report_from_text(text);
        self.trace(&report, &report.recipients[0], false).verdict
    }

    fn trace_report(&self, report: &Report, full: bool) -> Vec<Trace> {
        if report.recipients.is_empty() {
            let empty = Evidence::default();
            return vec![self.trace(report, &empty, full)];
        }
        report
            .recipients
            .iter()
            .map(|e| self.trace(report, e, full))
            .collect()
    }

    /// The measured precision of a decision path, from the model file's calibration.
    fn precision(&self, path: &str) -> f64 {
        let paths = self.model.as_ref().map(|m| &m.calibration.paths);
        let record = paths.and_then(|p| p.get(path)).copied().unwrap_or_default();
        record.precision()
    }

    /// Decides one recipient.
    pub fn trace(&self, report: &Report, evidence: &Evidence, full: bool) -> Trace {
        let mut decision = self.decide(report, evidence, full);
        let permanent = evidence
            .status
            .map(|s| s.is_permanent())
            .or(evidence.reply_code.map(|r| r >= 500))
            .unwrap_or(report.kind.is_failure() && evidence.is_final());
        let failure = decision.reason.is_failure();
        // The recipient's normalised text (lower case, one space): what the rules read.
        let text = std::mem::take(&mut decision.text);
        let verdict = Verdict {
            recipient: evidence.recipient.clone(),
            original_recipient: evidence.original_recipient.clone(),
            reason: decision.reason,
            confidence: decision.confidence,
            hard: failure && decision.reason.hard(permanent),
            permanent: failure && permanent,
            is_final: !failure || evidence.is_final(),
            action: decision.reason.action(),
            status: evidence.status,
            reply_code: evidence.reply_code,
            command: evidence.command,
            remote_mta: evidence.remote_mta.clone(),
            diagnostic: evidence.diagnostic.clone(),
            decided_by: std::mem::take(&mut decision.decided_by),
            explanation: std::mem::take(&mut decision.explanation),
            retry_after_seconds: if failure {
                extract::retry_after_seconds(&text)
            } else {
                None
            },
            blocklist: if decision.reason == Reason::Blocked {
                extract::blocklist(&text)
            } else {
                None
            },
            feedback_type: if decision.reason == Reason::Feedback {
                report.feedback_type.clone()
            } else {
                None
            },
            original_message_id: report.original.as_ref().and_then(|o| o.message_id.clone()),
            advice: advice(decision.reason),
            truncated: report.truncated,
        };
        Trace {
            verdict,
            rules: decision.fired,
            model: decision.model,
        }
    }

    /// The rules that fire for one recipient, from `scan` of its text (`facts.text`: the
    /// diagnostic, its lines, and for some reports the report's general text). The
    /// diagnostic alone (`diagnostic_len` bytes) is read first, then with the lines
    /// (`own_len`), then the whole text: the first reading with specific wording decides,
    /// so boilerplate never outvotes the server's words (and the text after it is not
    /// read). Generic words count only when no reading has anything better; codes alone
    /// come from the first reading.
    fn rule_hits(
        &self,
        scan: &mut Scan<'_>,
        facts: &Facts<'_>,
        evidence: &Evidence,
        own_len: usize,
        diagnostic_len: usize,
    ) -> Vec<Hit> {
        let mut limits = vec![diagnostic_len, own_len, facts.text.len()];
        limits.dedup();
        let codes = self.rules.code_hits(facts);
        let has = |hits: &[Hit], tiers: &[Tier]| {
            hits.iter()
                .any(|h| tiers.contains(&self.rules.rule(h.rule).tier))
        };
        // A delay notice's own "not delivered for 4 hours" describes the delay, not its
        // cause, unless a status says the delivery time expired (x.4.7).
        let time_expired = evidence
            .status
            .into_iter()
            .chain(evidence.reported_status)
            .any(|s| s.subject == 4 && s.detail == 7);
        let drop_delay_wording = !evidence.is_final() && !time_expired;
        let mut weak = None;
        let mut first = None;
        for limit in limits {
            let mut hits = self.rules.hits_within(scan, facts, limit, &codes);
            if drop_delay_wording {
                hits.retain(|h| {
                    let rule = self.rules.rule(h.rule);
                    rule.reason != Reason::Expired || rule.tier == Tier::User
                });
            }
            if has(&hits, &[Tier::User, Tier::Provider, Tier::Phrase]) {
                return hits;
            }
            if weak.is_none() && has(&hits, &[Tier::WeakPhrase]) {
                weak = Some(hits);
            } else if first.is_none() {
                first = Some(hits);
            }
        }
        weak.or(first).unwrap_or_default()
    }

    /// The kind of message decides the non-failures (and a success DSN's recipients);
    /// `None` for a failure report.
    fn kind_decision(&self, report: &Report, evidence: &Evidence) -> Option<Decision> {
        let reason = match report.kind {
            Kind::Delivered => Reason::Delivered,
            Kind::AutoReply => Reason::Vacation,
            Kind::Feedback => Reason::Feedback,
            Kind::NotBounce => Reason::NotBounce,
            Kind::Dsn | Kind::FreeTextNdr if evidence.action.is_some_and(|a| a.is_success()) => {
                Reason::Delivered
            }
            Kind::Dsn | Kind::FreeTextNdr => return None,
        };
        let path = format!("kind:{reason}");
        Some(Decision {
            reason,
            confidence: self.precision(&path),
            explanation: format!("the message is a {} ({:?})", reason, report.kind),
            decided_by: vec![path],
            fired: Vec::new(),
            model: None,
            text: String::new(),
        })
    }

    fn decide(&self, report: &Report, evidence: &Evidence, full: bool) -> Decision {
        if let Some(decision) = self.kind_decision(report, evidence) {
            return decision;
        }

        // The recipient's text, normalised once for the rules, the model and the stages.
        let (own, diagnostic_len) = own_text(evidence);
        // The general text speaks for a sole recipient, and for any recipient of a report
        // that gives none of them a code of its own (one sentence about all of them).
        let shared = report.recipients.len() <= 1
            || report
                .recipients
                .iter()
                .all(|r| r.status.is_none() && r.reply_code.is_none());
        let with_preamble;
        let text: &str = if shared && !report.preamble.is_empty() {
            with_preamble = [own.as_str(), " ", &report.preamble].concat();
            &with_preamble
        } else {
            &own
        };
        let facts = Facts {
            text,
            status: evidence.status,
            reported_status: evidence.reported_status,
            reply: evidence.reply_code,
            command: evidence.command,
            hosts: hosts(report, evidence),
        };
        let mut scan = self.rules.scan(text);
        let unknown_in_reply = is_server_reply(evidence)
            && self
                .rules
                .says(&mut scan, &facts, Reason::UserUnknown, diagnostic_len);
        let hits = self.rule_hits(&mut scan, &facts, evidence, own.len(), diagnostic_len);
        // Asked only by the stage rules of a network failure: answering it reads the
        // whole text.
        let gave_up = LazyCell::new(|| {
            self.rules
                .says(&mut scan, &facts, Reason::Expired, text.len())
        });
        let ask_gave_up = || *gave_up;
        // Asked by the same stage rule; answered once however often it is asked.
        let dns = LazyCell::new(|| stage::dns_trouble(&own));
        let ask_dns = || *dns;
        let context = Context {
            dns: &ask_dns,
            gave_up: &ask_gave_up,
            unknown_in_reply,
        };
        let first_in = |tiers: &[Tier]| {
            hits.iter()
                .find(|h| tiers.contains(&self.rules.rule(h.rule).tier))
        };
        // Features always (the template memory comes before the rules); probabilities only
        // when the model is asked.
        let features = self
            .model
            .as_ref()
            .map(|m| featurize_squashed(evidence, &own, &m.settings));
        let probabilities = || {
            self.model
                .as_ref()
                .zip(features.as_ref())
                .map(|(m, f)| m.model.probabilities(f, m.calibration.temperature))
        };
        let mut model_probabilities: Option<Vec<f64>> = None;

        let mut decision = if let Some(hit) = first_in(&[Tier::User]) {
            self.rule_decision(hit, evidence, context)
        } else if let Some((reason, count)) = self
            .model
            .as_ref()
            .zip(features.as_ref())
            .and_then(|(m, f)| m.memory.recall(f))
        {
            Decision::plain(
                reason,
                self.precision("memory"),
                "memory",
                format!("the same template was labelled {reason} in {count} training example(s)"),
            )
        } else if let Some(hit) = first_in(&[Tier::Provider, Tier::Phrase, Tier::StrongCode]) {
            self.rule_decision(hit, evidence, context)
        } else if let Some((m, p)) = self
            .model
            .as_ref()
            .zip(Some(
                &*model_probabilities.insert(probabilities().unwrap_or_default()),
            ))
            .filter(|(_, p): &(_, &Vec<f64>)| {
                p.iter().copied().fold(0.0, f64::max) >= self.options.model_threshold
            })
        {
            let best = bounce_model::argmax(p);
            let reason = m.model.classes()[best];
            let tokens = features
                .as_ref()
                .map(|f| m.model.top_tokens(f, best, 5))
                .unwrap_or_default();
            let words: Vec<String> = tokens
                .iter()
                .map(|t| format!("{} ({:.2})", t.token, t.weight))
                .collect();
            let mut d = Decision::plain(
                reason,
                p[best],
                "model",
                format!(
                    "model: {reason} with probability {:.2}; strongest tokens: {}",
                    p[best],
                    words.join(", ")
                ),
            );
            self.adjust(&mut d, evidence, true, context);
            d
        } else if let Some(hit) = first_in(&[Tier::WeakPhrase, Tier::Code]) {
            self.rule_decision(hit, evidence, context)
        } else {
            let mut d = Decision::plain(
                Reason::OnHold,
                0.0,
                "onhold",
                "no rule fired and the model was not confident".to_string(),
            );
            self.adjust(&mut d, evidence, true, context);
            d.confidence = self.precision(&d.decided_by.join("+"));
            d
        };
        if full {
            self.attach_full_view(
                &mut decision,
                &hits,
                features.as_ref(),
                model_probabilities.or_else(probabilities),
            );
        }
        decision.text = own;
        decision
    }

    /// What `explain` shows besides the decision: every rule that fired, and the model's
    /// top reasons with the tokens that pulled towards the decided one.
    fn attach_full_view(
        &self,
        decision: &mut Decision,
        hits: &[Hit],
        features: Option<&Features>,
        probabilities: Option<Vec<f64>>,
    ) {
        decision.fired = hits
            .iter()
            .map(|h| {
                let r = self.rules.rule(h.rule);
                FiredRule {
                    id: r.id.clone(),
                    tier: r.tier.as_str(),
                    reason: r.reason,
                    matched: h.matched.clone(),
                }
            })
            .collect();
        let (Some(m), Some(f), Some(p)) = (self.model.as_ref(), features, probabilities) else {
            return;
        };
        let mut ranked: Vec<(usize, f64)> = p.iter().copied().enumerate().collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let best = m
            .model
            .classes()
            .iter()
            .position(|&c| c == decision.reason)
            .unwrap_or(ranked.first().map_or(0, |r| r.0));
        decision.model = Some(ModelView {
            top: ranked
                .iter()
                .take(5)
                .map(|&(i, p)| (m.model.classes()[i], p))
                .collect(),
            tokens: m.model.top_tokens(f, best, 8),
        });
    }

    /// A rule decided; the stage rules may adjust its reason.
    fn rule_decision(&self, hit: &Hit, evidence: &Evidence, context: Context<'_>) -> Decision {
        let rule = self.rules.rule(hit.rule);
        // Built by hand: the formatting machinery costs more than the rest of a decision.
        let path = [rule.tier.as_str(), ":", &rule.id].concat();
        let mut explanation = [rule.tier.describe(), " ", &rule.id, " matched "].concat();
        match &hit.matched {
            Some(m) => {
                use std::fmt::Write;
                let _ = write!(explanation, "{m:?}");
            }
            None => explanation.push_str("its codes"),
        }
        let mut decision = Decision::plain(rule.reason, 0.0, &path, explanation);
        // User rules are the user's word; provider tables already know their provider's
        // stages. Generic words (negative priority) and codes are weak next to a stage.
        if !matches!(rule.tier, Tier::User | Tier::Provider) && rule.stage {
            let weak = rule.priority < 0 || matches!(rule.tier, Tier::Code | Tier::StrongCode);
            self.adjust(&mut decision, evidence, weak, context);
        }
        decision.confidence = self.precision(&decision.decided_by.join("+"));
        decision
    }

    /// Applies the stage rules (`TAXONOMY.md`, "The stage matters") to a decision.
    fn adjust(
        &self,
        decision: &mut Decision,
        evidence: &Evidence,
        weak: bool,
        context: Context<'_>,
    ) {
        if let Some((reason, tag, why)) =
            stage::adjustment(decision.reason, evidence, weak, context)
        {
            decision
                .explanation
                .push_str(&format!("; {why}, so {reason}"));
            decision.decided_by.push(format!("stage:{tag}"));
            decision.reason = reason;
        }
    }
}

/// The recipient's normalised text (`squash` of [`Evidence::text`]) and the length of its
/// diagnostic's part. The two parts are normalised apart and joined by the one space that
/// normalising the whole would put between them: the line break that separates them ends
/// any white-space run and composes with nothing.
fn own_text(evidence: &Evidence) -> (String, usize) {
    let text = evidence.text();
    let own = squash(&evidence.diagnostic);
    let diagnostic_len = own.len();
    // The rest of `text` starts with the line break after the diagnostic (or is empty).
    (
        squash_after(own, &text[evidence.diagnostic.len()..]),
        diagnostic_len,
    )
}

/// Whether the diagnostic is a server's reply rather than the reporting system's own words:
/// a `Diagnostic-Code` typed other than `smtp` (`X-Postfix`, `X-Unix`, ...) comes from the
/// reporting MTA or its local delivery agent, unless it quotes a reply code.
fn is_server_reply(evidence: &Evidence) -> bool {
    evidence.reply_code.is_some()
        || evidence
            .diagnostic_type
            .as_deref()
            .is_none_or(|t| t.eq_ignore_ascii_case("smtp"))
}

/// The hosts provider rules are keyed on: remote MTA, reporting MTA, the report sender's
/// domain and the recipient's domain (whose mail the provider hosts).
fn hosts<'a>(report: &'a Report, evidence: &'a Evidence) -> Vec<&'a str> {
    let mut out = Vec::with_capacity(4);
    out.extend(evidence.remote_mta.as_deref());
    out.extend(report.reporting_mta.as_deref());
    if let Some((_, domain)) = evidence
        .recipient
        .as_deref()
        .and_then(|r| r.rsplit_once('@'))
    {
        out.push(domain);
    }
    if let Some(from) = &report.from
        && let Some((_, domain)) = from.rsplit_once('@')
    {
        out.push(domain);
    }
    out
}

struct Decision {
    reason: Reason,
    confidence: f64,
    decided_by: Vec<String>,
    explanation: String,
    fired: Vec<FiredRule>,
    model: Option<ModelView>,
    /// The recipient's text as the rules read it (empty when the message kind decided).
    text: String,
}

impl Decision {
    fn plain(reason: Reason, confidence: f64, path: &str, explanation: String) -> Self {
        Decision {
            reason,
            confidence,
            decided_by: vec![path.to_string()],
            explanation,
            fired: Vec::new(),
            model: None,
            text: String::new(),
        }
    }
}
