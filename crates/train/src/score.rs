//! Recipient-level scoring, the same way as `shared/tools/score.py`: verdicts compared with
//! labels by position within each file, a missing verdict wrong for reason and hard flag
//! alike, and an ordinary message right only when it comes out `notbounce`.

use crate::corpus::Labels;
use bounce_model::metrics::ConfusionMatrix;
use serde::Serialize;

/// One verdict as scored: its reason name and hard flag.
#[derive(Debug, Clone, PartialEq)]
pub struct Predicted {
    pub reason: String,
    pub hard: bool,
}

/// Totals over a corpus.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    pub files: u64,
    pub rows: u64,
    pub bounce_right: u64,
    pub count_right: u64,
    pub files_right: u64,
    pub hard_right: u64,
    pub right: u64,
    /// Files labelled as ordinary mail (not a bounce), and how many came out `notbounce`.
    pub ordinary: u64,
    pub ordinary_right: u64,
    /// Files that produced an error line instead of (or besides) verdicts.
    pub files_with_errors: u64,
    /// Truth × predicted over recipient rows (`<none>` for a missing verdict).
    pub confusion: ConfusionMatrix,
}

impl Default for Score {
    fn default() -> Self {
        Score {
            files: 0,
            rows: 0,
            bounce_right: 0,
            count_right: 0,
            files_right: 0,
            hard_right: 0,
            right: 0,
            ordinary: 0,
            ordinary_right: 0,
            files_with_errors: 0,
            confusion: ConfusionMatrix::new(Vec::new()),
        }
    }
}

fn pct(a: u64, b: u64) -> f64 {
    a as f64 / b.max(1) as f64
}

impl Score {
    /// Scores one file: its labels, its verdicts in order, and whether it had errors.
    pub fn add(&mut self, labels: &Labels, got: &[Predicted], had_error: bool) {
        self.files += 1;
        self.files_with_errors += u64::from(had_error);
        if !labels.is_bounce() {
            let ok = !got.is_empty() && got.iter().all(|g| g.reason == "notbounce");
            self.ordinary += 1;
            self.ordinary_right += u64::from(ok);
            self.bounce_right += u64::from(ok);
            self.files_right += u64::from(ok);
            self.count_right += u64::from(ok);
            return;
        }
        let failed: Vec<&Predicted> = got.iter().filter(|g| g.reason != "notbounce").collect();
        let want = labels.expand(failed.len());
        self.bounce_right += u64::from(!failed.is_empty());
        let count_ok = failed.len() == want.len();
        self.count_right += u64::from(count_ok);
        let mut file_ok = count_ok;
        for (i, w) in want.iter().enumerate() {
            self.rows += 1;
            let g = failed.get(i);
            let predicted = g.map_or("<none>", |g| g.reason.as_str());
            self.confusion.add(w.reason.as_str(), predicted);
            if predicted == w.reason.as_str() {
                self.right += 1;
            } else {
                file_ok = false;
            }
            if g.is_some_and(|g| g.hard == w.hard) {
                self.hard_right += 1;
            }
        }
        self.files_right += u64::from(file_ok);
    }

    /// Recipient rows with the labelled reason.
    pub fn accuracy(&self) -> f64 {
        pct(self.right, self.rows)
    }

    pub fn file_accuracy(&self) -> f64 {
        pct(self.files_right, self.files)
    }

    pub fn count_agreement(&self) -> f64 {
        pct(self.count_right, self.files)
    }

    pub fn hard_agreement(&self) -> f64 {
        pct(self.hard_right, self.rows)
    }

    /// Share of ordinary messages that came out `notbounce` (1 when there are none).
    pub fn ordinary_agreement(&self) -> f64 {
        if self.ordinary == 0 {
            1.0
        } else {
            pct(self.ordinary_right, self.ordinary)
        }
    }

    pub fn bounce_agreement(&self) -> f64 {
        pct(self.bounce_right, self.files)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::TruthRecipient;
    use bounce_model::Reason;

    fn p(reason: &str, hard: bool) -> Predicted {
        Predicted {
            reason: reason.into(),
            hard,
        }
    }

    #[test]
    fn scores_like_score_py() {
        let mut s = Score::default();
        let two = Labels::Positional(vec![
            TruthRecipient {
                reason: Reason::UserUnknown,
                hard: true,
                is_final: true,
                feedback_type: None,
            },
            TruthRecipient {
                reason: Reason::MailboxFull,
                hard: false,
                is_final: true,
                feedback_type: None,
            },
        ]);
        s.add(&two, &[p("userunknown", true)], false);
        s.add(&Labels::NotBounce, &[p("notbounce", false)], false);
        s.add(&Labels::NotBounce, &[], true);
        assert_eq!((s.files, s.rows, s.right, s.hard_right), (3, 2, 1, 1));
        assert_eq!(
            (
                s.count_right,
                s.files_right,
                s.bounce_right,
                s.files_with_errors
            ),
            (1, 1, 2, 1)
        );
        assert_eq!(
            s.confusion.top_confusions(3),
            vec![("mailboxfull".into(), "<none>".into(), 1)]
        );
    }
}
