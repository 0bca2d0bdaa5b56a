//! Was the claim right? Its projected parity date against the observed one (DESIGN §5).
//!
//! # Rules
//!
//! 1. **Reference score.** The claim's reference must be a model with a score on the chosen
//!    benchmark. A model with several scores (runs of later versions) is taken at its earliest
//!    one: the model as it was when the claim could refer to it.
//! 2. **Observed parity.** The earliest release of the subject's region (China) with a score at
//!    least the reference's ([`observed`](super::observed) rule 4, with its dates and
//!    percentages).
//! 3. **Verdict.** Projected parity minus observed parity, in months, for each end of the
//!    projected range: negative when parity came later than claimed (the claim was
//!    optimistic), positive when it came sooner. When the subject's region has not reached the
//!    score in the data: "not yet", with the data's last date.
//! 4. **Not enough data** when the claim has no projection in this reading, names no model, or
//!    the model has no score on the benchmark: never a made-up number.

use super::observed::{DAYS_PER_MONTH, Score, scores};
use super::projection::{Projection, ReadingKind, project};
use crate::claims::reading::Reading;
use crate::data::claim::Claim;
use crate::data::dataset::Dataset;
use crate::data::date::{PartialDate, Precision};
use crate::data::region::Region;
use crate::lang::Lang;
use chrono::NaiveDate;
use serde::Serialize;

/// A claim against the data.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "verdict", rename_all = "snake_case")]
pub enum Verdict {
    /// Parity was observed.
    Checked {
        /// The benchmark, as the data names it.
        benchmark: String,
        /// The reference model's score (its earliest), in percent.
        reference: Score,
        /// The projected dates.
        projection: Projection,
        /// The subject region's first release with at least the reference's score.
        observed: Score,
        /// Projected minus observed parity, in months, for the range's earliest end.
        months_from: f64,
        /// The same for the latest end; `None` for an open-ended range.
        months_to: Option<f64>,
    },
    /// The subject region has not reached the reference's score in the data.
    NotYet {
        /// The benchmark.
        benchmark: String,
        /// The reference model's score.
        reference: Score,
        /// The projected dates.
        projection: Projection,
        /// The latest date of any score on the benchmark.
        data_until: NaiveDate,
    },
    /// Nothing fits (rule 4); why, for the reader.
    NotEnoughData {
        /// Why not, in English.
        why: &'static str,
    },
}

fn months_between(a: NaiveDate, b: NaiveDate) -> f64 {
    (a - b).num_days() as f64 / DAYS_PER_MONTH
}

/// The verdict on `claim` (read as `reading`) on `benchmark`, in the `kind` reading (rules 1–4).
pub fn verdict(
    claim: &Claim,
    reading: &Reading,
    data: &Dataset,
    benchmark: &str,
    kind: ReadingKind,
) -> Verdict {
    // Model benchmarks say nothing about chips, and the data has no chip measurements.
    if reading.modality == crate::claims::modality::Domain::Chips {
        return Verdict::NotEnoughData {
            why: "a claim about chips: the data has chip events but no chip measurements",
        };
    }
    let Some(projection) = project(claim, reading, data, kind) else {
        return Verdict::NotEnoughData { why: "the claim gives no date to check in this reading" };
    };
    let Some(model_id) = reading.reference.model_id.as_deref() else {
        return Verdict::NotEnoughData { why: "the claim names no model to compare with" };
    };
    let (name, all) = scores(data, benchmark);
    let Some(reference) = all
        .iter()
        .filter(|s| s.model_id == model_id)
        .min_by(|a, b| a.date.cmp(&b.date).then(a.score.total_cmp(&b.score)))
        .cloned()
    else {
        return Verdict::NotEnoughData { why: "the model has no score on this benchmark" };
    };
    let observed = all
        .iter()
        .filter(|s| s.region == Region::CN && s.score >= reference.score)
        .min_by(|a, b| {
            a.date
                .cmp(&b.date)
                .then(b.score.total_cmp(&a.score))
                .then_with(|| a.model_name.cmp(&b.model_name))
        })
        .cloned();
    match observed {
        Some(observed) => Verdict::Checked {
            benchmark: name,
            months_from: months_between(projection.from, observed.date),
            months_to: projection.to.map(|to| months_between(to, observed.date)),
            reference,
            projection,
            observed,
        },
        None => Verdict::NotYet {
            benchmark: name,
            data_until: all.iter().map(|s| s.date).max().unwrap_or(reference.date),
            reference,
            projection,
        },
    }
}

/// Months as a reader says them: "14 months", "1 month", 14个月.
fn months_text(months: f64, lang: Lang) -> String {
    let n = months.abs().round() as i64;
    match lang {
        Lang::En => format!("{n} month{}", if n == 1 { "" } else { "s" }),
        Lang::Zh => format!("{n}个月"),
    }
}

impl Verdict {
    /// One sentence for the reader: "China matched GPT-4's MMLU score (86.4 %) 22 months after
    /// its release, with DeepSeek-R1 (January 2025): 4 months later than claimed".
    pub fn text(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        match self {
            Verdict::NotEnoughData { .. } => {
                if zh {
                    "数据不足".into()
                } else {
                    "not enough data".into()
                }
            }
            Verdict::NotYet { benchmark, reference, data_until, .. } => {
                let until = lang.date(PartialDate::containing(*data_until, Precision::Month));
                if zh {
                    format!("截至{until}，中国尚未达到{}的{benchmark}分数", reference.model_name)
                } else {
                    format!(
                        "China had not reached {}'s {benchmark} score by {until} (the end of the data)",
                        reference.model_name
                    )
                }
            }
            Verdict::Checked {
                benchmark,
                reference,
                observed,
                projection,
                months_from,
                months_to,
            } => {
                let when = lang.date(PartialDate::containing(observed.date, Precision::Month));
                let after = months_between(observed.date, projection.anchor);
                let anchor = match (projection.kind, zh) {
                    (ReadingKind::Lag, false) => "after its release".to_string(),
                    (ReadingKind::CatchUp, false) => "after the claim".to_string(),
                    (ReadingKind::Lag, true) => "发布后".to_string(),
                    (ReadingKind::CatchUp, true) => "说法提出后".to_string(),
                };
                // Inside the projected range: the claim held.
                let inside = *months_from <= 0.0 && months_to.is_none_or(|to| to >= 0.0);
                let off = if inside {
                    if zh {
                        "在所说范围内".to_string()
                    } else {
                        "within the claimed range".to_string()
                    }
                } else if *months_from > 0.0 {
                    let m = months_text(*months_from, lang);
                    if zh { format!("比所说早{m}") } else { format!("{m} sooner than claimed") }
                } else {
                    let m = months_text(months_to.unwrap_or(*months_from), lang);
                    if zh { format!("比所说晚{m}") } else { format!("{m} later than claimed") }
                };
                let score = crate::scene::svg::num(reference.score);
                if zh {
                    format!(
                        "中国在{anchor}{}追平{}的{benchmark}分数（{score}%）：{}，{when}；{off}",
                        months_text(after, lang),
                        reference.model_name,
                        observed.model_name
                    )
                } else {
                    format!(
                        "China matched {}'s {benchmark} score ({score} %) {} {anchor}, with {} ({when}): {off}",
                        reference.model_name,
                        months_text(after, lang),
                        observed.model_name
                    )
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::reading::read_claim;
    use crate::claims::resolve::Resolver;
    use crate::data::dataset::RawDataset;

    fn dataset(claim_text: &str) -> Dataset {
        let json = format!(
            r#"{{"models": [
              {{"id": "gpt-4", "name": "GPT-4", "region": "US", "released": "2023-03-14", "scores": {{"MMLU": 86.4}}, "source_url": "https://a.example"}},
              {{"id": "gpt-3", "name": "GPT-3", "region": "US", "released": "2020-05", "source_url": "https://a.example"}},
              {{"id": "qwen2", "name": "Qwen2", "region": "CN", "released": "2024-06", "scores": {{"MMLU": 84.2}}, "source_url": "https://a.example"}},
              {{"id": "r1", "name": "DeepSeek-R1", "region": "CN", "released": "2025-01-20", "scores": {{"MMLU": 90.8}}, "source_url": "https://a.example"}}],
             "claims": [{{"id": "c", "speaker": "Zhou Hongyi", "said_on": "2024-02-16", "source_url": "https://b.example", "text": "{claim_text}"}}]}}"#
        );
        let loaded = serde_json::from_str::<RawDataset>(&json).expect("JSON").check();
        assert_eq!(loaded.problems, []);
        loaded.dataset
    }

    fn judge(text: &str, benchmark: &str, kind: ReadingKind) -> Verdict {
        let d = dataset(text);
        let names = Resolver::new(&d);
        let r = read_claim(&d.claims[0], &d, Some(&names));
        verdict(&d.claims[0], &r, &d, benchmark, kind)
    }

    #[test]
    fn zhou_hongyis_claim_on_mmlu_in_both_readings() {
        let v = judge("there is still a 1.5-year gap from GPT-4", "MMLU", ReadingKind::Lag);
        let Verdict::Checked { observed, months_from, months_to, .. } = &v else { panic!("{v:?}") };
        // Projected 14 Sep 2024; DeepSeek-R1 (20 Jan 2025) is the first Chinese model at
        // 86.4 or more (Qwen2's 84.2 is below): 128 days later.
        assert_eq!(observed.model_name, "DeepSeek-R1");
        assert_eq!(
            (
                (months_from * DAYS_PER_MONTH).round(),
                months_to.map(|m| (m * DAYS_PER_MONTH).round())
            ),
            (-128.0, Some(-128.0))
        );
        assert_eq!(
            v.text(Lang::En),
            "China matched GPT-4's MMLU score (86.4 %) 22 months after its release, with DeepSeek-R1 (January 2025): 4 months later than claimed"
        );
        assert_eq!(
            v.text(Lang::Zh),
            "中国在发布后22个月追平GPT-4的MMLU分数（86.4%）：DeepSeek-R1，2025年1月；比所说晚4个月"
        );
        // Catch-up: Feb 2024 + 18 months = Aug 2025, after R1: parity came sooner.
        let v = judge("there is still a 1.5-year gap from GPT-4", "MMLU", ReadingKind::CatchUp);
        assert!(v.text(Lang::En).ends_with("7 months sooner than claimed"), "{}", v.text(Lang::En));
        // A range that contains the observed date.
        let v = judge("one to three years behind GPT-4", "MMLU", ReadingKind::Lag);
        assert!(v.text(Lang::En).ends_with("within the claimed range"), "{}", v.text(Lang::En));
    }

    #[test]
    fn not_yet_and_not_enough_data_never_give_a_number() {
        let v = judge("two years behind GPT-4", "GPQA diamond", ReadingKind::Lag);
        assert_eq!(v, Verdict::NotEnoughData { why: "the model has no score on this benchmark" });
        assert_eq!(v.text(Lang::En), "not enough data");
        assert_eq!(v.text(Lang::Zh), "数据不足");
        let v = judge("two years behind the US", "MMLU", ReadingKind::CatchUp);
        assert_eq!(v, Verdict::NotEnoughData { why: "the claim names no model to compare with" });
        let v = judge("very close to GPT-4", "MMLU", ReadingKind::Lag);
        assert!(matches!(v, Verdict::NotEnoughData { .. }));
        // GPT-3 has no MMLU score here either; a model China never matched: not yet.
        let d = dataset("two years behind GPT-4");
        let mut d2 = d.clone();
        d2.models.retain(|m| m.id != "r1");
        let names = Resolver::new(&d2);
        let r = read_claim(&d2.claims[0], &d2, Some(&names));
        let v = verdict(&d2.claims[0], &r, &d2, "MMLU", ReadingKind::Lag);
        assert!(matches!(v, Verdict::NotYet { .. }), "{v:?}");
        assert_eq!(
            v.text(Lang::En),
            "China had not reached GPT-4's MMLU score by June 2024 (the end of the data)"
        );
    }
}
