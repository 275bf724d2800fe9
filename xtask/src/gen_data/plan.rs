//! What to generate: how many reports of each reason in which wrapper and language, and
//! which template families are held out.

use super::build::{self, BounceJob};
use super::lang;
use super::notbounce;
use super::reasons::{Bank, REASONS};
use super::rng::{Rng, hash};
use super::special;
use super::styles::{STYLES, Style};
use std::collections::BTreeMap;

#[derive(Debug, Clone)]
pub enum Kind {
    Bounce(BounceJob),
    Vacation {
        lang: &'static str,
        style: &'static str,
        variant: usize,
    },
    Feedback {
        style: &'static str,
        variant: usize,
    },
    Delivered {
        style: &'static str,
        variant: usize,
    },
    NotBounce {
        kind: &'static str,
        lang: &'static str,
        variant: usize,
    },
}

#[derive(Debug, Clone)]
pub struct Job {
    pub kind: Kind,
    /// The held-out unit: wrapper, language and wording variant.
    pub family: String,
    pub style: String,
    pub lang: &'static str,
}

/// Reports per primary reason.
const QUOTA: &[(&str, usize)] = &[
    ("userunknown", 260),
    ("mailboxfull", 190),
    ("hostunknown", 130),
    ("blocked", 170),
    ("spamdetected", 160),
    ("filtered", 130),
    ("rejected", 120),
    ("expired", 130),
    ("suspend", 110),
    ("policyviolation", 120),
    ("authfailure", 120),
    ("requireptr", 80),
    ("networkerror", 110),
    ("systemerror", 100),
    ("toomanyconn", 80),
    ("speeding", 80),
    ("greylisted", 80),
    ("mesgtoobig", 90),
    ("exceedlimit", 70),
    ("norelaying", 90),
    ("virusdetected", 80),
    ("contenterror", 70),
    ("notcompliantrfc", 70),
    ("securityerror", 70),
    ("failedstarttls", 70),
    ("hasmoved", 60),
    ("notaccept", 60),
    ("badreputation", 90),
    ("mailererror", 60),
    ("systemfull", 60),
    ("suppressed", 80),
    ("syntaxerror", 25),
    ("onhold", 25),
    ("undefined", 25),
];

const VACATIONS: usize = 280;
const FEEDBACKS: usize = 170;
const DELIVERED: usize = 170;

const NOTBOUNCE: &[(&str, usize)] = &[
    ("personal", 170),
    ("newsletter", 60),
    ("receipt", 50),
    ("shipping", 80),
    ("calendar", 25),
    ("list", 40),
    ("challenge", 30),
    ("fwdbounce", 60),
    ("helpdesk", 35),
    ("logwatch", 15),
    ("dmarc", 15),
    ("mdn", 20),
    ("notification", 40),
];

/// How often a reason is reported as a delay (when the wrapper can).
fn delay_share(reason: &str) -> f64 {
    match reason {
        "greylisted" => 1.0,
        "networkerror" => 0.8,
        "toomanyconn" => 0.55,
        "speeding" => 0.5,
        "systemfull" => 0.4,
        "systemerror" => 0.35,
        "badreputation" | "failedstarttls" => 0.3,
        "requireptr" => 0.2,
        "mailboxfull" => 0.12,
        "blocked" | "authfailure" | "securityerror" | "notaccept" => 0.1,
        "spamdetected" => 0.05,
        _ => 0.0,
    }
}

fn pick_style(rng: &mut Rng, cands: &[usize]) -> usize {
    let w: Vec<u32> = cands.iter().map(|&i| STYLES[i].weight).collect();
    cands[rng.weighted(&w)]
}

fn pick_lang(rng: &mut Rng, style: &Style) -> &'static str {
    if style.langs.len() == 1 {
        return style.langs[0];
    }
    // English is most of real mail; every other language still gets its share.
    let w: Vec<u32> = style
        .langs
        .iter()
        .map(|&l| {
            if l == "en" {
                4 * style.langs.len() as u32 / 3
            } else {
                3
            }
        })
        .collect();
    style.langs[rng.weighted(&w)]
}

/// Reasons suitable as a second, third… recipient of a report.
const COMPANIONS: &[&str] = &[
    "userunknown",
    "userunknown",
    "userunknown",
    "mailboxfull",
    "mailboxfull",
    "hostunknown",
    "suspend",
    "blocked",
    "spamdetected",
    "filtered",
    "policyviolation",
    "expired",
    "networkerror",
    "greylisted",
    "systemerror",
    "mesgtoobig",
    "exceedlimit",
    "norelaying",
    "hasmoved",
    "authfailure",
];

fn bounce_jobs(rng: &mut Rng, bank: &Bank) -> Vec<Job> {
    let mut jobs = Vec::new();
    for &(reason, n) in QUOTA {
        debug_assert!(REASONS.contains(&reason));
        for _ in 0..n {
            let mut delayed = rng.chance(delay_share(reason));
            let mut cands: Vec<usize> = (0..STYLES.len())
                .filter(|&i| {
                    if delayed {
                        build::can_delay(bank, reason, &STYLES[i])
                    } else {
                        build::can_fail(bank, reason, &STYLES[i])
                    }
                })
                .collect();
            if cands.is_empty() {
                delayed = false;
                cands = (0..STYLES.len())
                    .filter(|&i| build::can_fail(bank, reason, &STYLES[i]))
                    .collect();
            }
            let si = pick_style(rng, &cands);
            let style = &STYLES[si];
            let lang = pick_lang(rng, style);
            let variant = rng.below(style.variants);
            let mut reasons = vec![reason];
            if rng.chance(0.13) && !matches!(reason, "onhold" | "undefined") {
                for _ in 0..rng.range(1, 3) {
                    let other = if rng.chance(0.45) {
                        reason
                    } else {
                        rng.pick_str(COMPANIONS)
                    };
                    let ok = if delayed {
                        build::can_delay(bank, other, style)
                    } else {
                        build::can_fail(bank, other, style)
                    };
                    if ok {
                        reasons.push(other);
                    }
                }
            }
            jobs.push(Job {
                family: format!("{}/{lang}/{variant}", style.name),
                style: style.name.to_string(),
                lang,
                kind: Kind::Bounce(BounceJob {
                    style: si,
                    lang,
                    variant,
                    reasons,
                    delayed,
                }),
            });
        }
    }
    jobs
}

fn other_jobs(rng: &mut Rng) -> Vec<Job> {
    let mut jobs = Vec::new();
    let codes: Vec<&'static str> = lang::ALL.iter().map(|l| l.code).collect();
    for _ in 0..VACATIONS {
        let code = if rng.chance(0.25) {
            "en"
        } else {
            rng.pick_str(&codes)
        };
        let style = rng.pick_str(special::VACATION_STYLES);
        let variant = rng.below(lang::get(code).vacation.subjects.len());
        jobs.push(Job {
            family: format!("vacation-{style}/{code}/{variant}"),
            style: format!("vacation-{style}"),
            lang: code,
            kind: Kind::Vacation {
                lang: code,
                style,
                variant,
            },
        });
    }
    for _ in 0..FEEDBACKS {
        let style = rng.pick_str(special::FEEDBACK_STYLES);
        let variant = rng.below(2);
        jobs.push(Job {
            family: format!("feedback-{style}/en/{variant}"),
            style: format!("feedback-{style}"),
            lang: "en",
            kind: Kind::Feedback { style, variant },
        });
    }
    for _ in 0..DELIVERED {
        let style = rng.pick_str(special::DELIVERED_STYLES);
        let variant = rng.below(2);
        jobs.push(Job {
            family: format!("delivered-{style}/en/{variant}"),
            style: format!("delivered-{style}"),
            lang: "en",
            kind: Kind::Delivered { style, variant },
        });
    }
    for &(kind, n) in NOTBOUNCE {
        let langs = notbounce::langs(kind);
        for _ in 0..n {
            let code = if langs.len() > 1 && rng.chance(0.3) {
                "en"
            } else {
                rng.pick_str(langs)
            };
            let code = if langs.contains(&code) {
                code
            } else {
                langs[0]
            };
            let variant = rng.below(notbounce::variants(kind, code));
            jobs.push(Job {
                family: format!("notbounce-{kind}/{code}/{variant}"),
                style: format!("notbounce-{kind}"),
                lang: code,
                kind: Kind::NotBounce {
                    kind,
                    lang: code,
                    variant,
                },
            });
        }
    }
    jobs
}

/// All jobs, shuffled so that files are not grouped by reason.
pub fn jobs(seed: u64, bank: &Bank) -> Vec<Job> {
    let mut rng = Rng::for_key(seed, "plan");
    let mut jobs = bounce_jobs(&mut rng, bank);
    jobs.extend(other_jobs(&mut rng));
    rng.shuffle(&mut jobs);
    jobs
}

/// The families held out: whole (wrapper, language, variant) units, taken in a seeded
/// order until about a fifth of the messages, while every wrapper keeps a trained family
/// and every language keeps at least two thirds of its messages in training.
pub fn heldout_families(seed: u64, jobs: &[Job]) -> Vec<String> {
    let mut per_family: BTreeMap<&str, (usize, &str, &str)> = BTreeMap::new();
    let mut per_style: BTreeMap<&str, usize> = BTreeMap::new();
    let mut per_lang: BTreeMap<&str, usize> = BTreeMap::new();
    for j in jobs {
        let e = per_family.entry(&j.family).or_insert((0, &j.style, j.lang));
        e.0 += 1;
        *per_style.entry(&j.style).or_default() += 1;
        *per_lang.entry(j.lang).or_default() += 1;
    }
    let mut order: Vec<(&str, (usize, &str, &str))> = per_family.into_iter().collect();
    order.sort_by_key(|(f, _)| hash(seed, f));
    let primary = |f: &str| -> Vec<&'static str> {
        jobs.iter()
            .filter(|j| j.family == f)
            .filter_map(|j| match &j.kind {
                Kind::Bounce(b) => Some(b.reasons[0]),
                _ => None,
            })
            .collect()
    };
    let total = jobs.len();
    let target = total / 5;
    let lang_total = per_lang.clone();
    let mut style_left = per_style;
    let mut lang_left = per_lang;
    let mut held = 0usize;
    let mut out = Vec::new();
    for (family, (n, style, lang)) in order.iter().copied() {
        if held >= target {
            break;
        }
        if held + n > target + target / 20 {
            continue;
        }
        let s_left = style_left[style];
        let l_left = lang_left[lang];
        if s_left <= n || (l_left - n) * 3 < lang_total[lang] * 2 {
            continue;
        }
        style_left.insert(style, s_left - n);
        lang_left.insert(lang, l_left - n);
        held += n;
        out.push(family.to_string());
    }
    // Every reason should be measurable: hold out one more family for a reason that has
    // none held out yet, when the wrapper and language constraints allow it.
    for reason in REASONS {
        if out.iter().any(|f| primary(f).contains(reason)) {
            continue;
        }
        for (family, (n, style, lang)) in &order {
            if out.iter().any(|f| f == family) || !primary(family).contains(reason) {
                continue;
            }
            let (s_left, l_left) = (style_left[style], lang_left[lang]);
            if s_left <= *n || (l_left - n) * 3 < lang_total[lang] * 2 {
                continue;
            }
            style_left.insert(style, s_left - n);
            lang_left.insert(lang, l_left - n);
            out.push(family.to_string());
            break;
        }
    }
    out.sort();
    out
}
