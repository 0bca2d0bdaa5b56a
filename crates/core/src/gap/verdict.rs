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
//! 5. **Can the benchmark tell?** When the reference's score is near chance or near the top of
//!    the scale ([`chance`](super::chance)), matching it says little: the verdict keeps its
//!    dates but says "this benchmark cannot tell" instead of a number of months
//!    ([`Verdict::conclusive`]). A benchmark with no known chance level is taken as 0 %
//!    ([`Verdict::chance_unknown`]).
//! 6. **Near.** A `near` or `parity` claim with no duration ("have neared the level of GPT-3.5", "has matched the A100") implies
//!    no date; it is checked at the date said: had the subject's region reached the
//!    reference's score by then, and when did it first ([`Verdict::Near`])?

use super::chance::{Resolution, chance_level, score_resolution};
use super::chip_metric::chip_metric;
use super::evaluators::{ScoresUsed, scores_used};
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
        /// Whether the reference's score can tell (rule 5).
        resolution: Resolution,
        /// Which scores it rests on ([`evaluators`](super::evaluators)); `None` when they
        /// were not chosen.
        #[serde(skip_serializing_if = "Option::is_none")]
        scores: Option<ScoresUsed>,
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
        /// Whether the reference's score can tell (rule 5).
        resolution: Resolution,
        /// Which scores it rests on ([`evaluators`](super::evaluators)); `None` when they
        /// were not chosen.
        #[serde(skip_serializing_if = "Option::is_none")]
        scores: Option<ScoresUsed>,
    },
    /// A `near` claim ("have neared the level of GPT-3.5"), checked at the date said (rule 6).
    Near {
        /// The benchmark.
        benchmark: String,
        /// The reference model's score.
        reference: Score,
        /// The first day the claim was said.
        said: NaiveDate,
        /// The subject region's first release with at least the reference's score, if any.
        observed: Option<Score>,
        /// The latest date of any score on the benchmark.
        data_until: NaiveDate,
        /// Whether the reference's score can tell (rule 5).
        resolution: Resolution,
        /// Which scores it rests on ([`evaluators`](super::evaluators)); `None` when they
        /// were not chosen.
        #[serde(skip_serializing_if = "Option::is_none")]
        scores: Option<ScoresUsed>,
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

/// The reference model's score among `all` (one benchmark's scores, [`scores`]): its earliest
/// (rule 1; on one date the lower, so a later better run does not stand in for it).
pub(crate) fn reference_score<'a>(all: &'a [Score], model_id: &str) -> Option<&'a Score> {
    all.iter()
        .filter(|s| s.model_id == model_id)
        .min_by(|a, b| a.date.cmp(&b.date).then(a.score.total_cmp(&b.score)))
}

/// The verdict on `claim` (read as `reading`) on `benchmark`, in the `kind` reading (rules 1–5).
pub fn verdict(
    claim: &Claim,
    reading: &Reading,
    data: &Dataset,
    benchmark: &str,
    kind: ReadingKind,
) -> Verdict {
    // Model benchmarks say nothing about chips: a claim about chips is judged on a chip metric
    // (the one it names, else dense FP16 throughput; `chip_metric`).
    let chips = reading.modality == crate::claims::modality::Domain::Chips;
    let (metric, named) = chip_metric(claim);
    let benchmark = if chips { metric } else { benchmark };
    if chips && scores(data, benchmark).1.is_empty() {
        return Verdict::NotEnoughData {
            why: "a claim about chips: the data has no chip measurements on this metric",
        };
    }
    let projection = project(claim, reading, data, kind);
    // "Has neared" or "has matched" with no duration implies no date: checked at the date said.
    let near = matches!(
        reading.relation,
        crate::claims::relation::Relation::Near | crate::claims::relation::Relation::Parity
    ) && projection.is_none();
    if projection.is_none() && !near {
        return Verdict::NotEnoughData { why: "the claim gives no date to check in this reading" };
    }
    let Some(model_id) = reading.reference.model_id.as_deref() else {
        return Verdict::NotEnoughData { why: "the claim names no model to compare with" };
    };
    let (name, all) = scores(data, benchmark);
    let scores = scores_used(data, &name).cloned();
    // A chip claim that names no metric is judged on the default, and says so.
    let name = if chips && !named { format!("{name} (the claim names no metric)") } else { name };
    let Some(reference) = reference_score(&all, model_id).cloned() else {
        return Verdict::NotEnoughData { why: "the model has no score on this benchmark" };
    };
    let resolution = score_resolution(&name, &reference);
    let data_until = all.iter().map(|s| s.date).max().unwrap_or(reference.date);
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
    let Some(projection) = projection else {
        return Verdict::Near {
            benchmark: name,
            reference,
            said: claim.said_on.start(),
            observed,
            data_until,
            resolution,
            scores,
        };
    };
    match observed {
        Some(observed) => Verdict::Checked {
            benchmark: name,
            months_from: months_between(projection.from, observed.date),
            months_to: projection.to.map(|to| months_between(to, observed.date)),
            reference,
            projection,
            observed,
            resolution,
            scores,
        },
        None => Verdict::NotYet {
            benchmark: name,
            data_until,
            reference,
            projection,
            resolution,
            scores,
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

/// Rule 5's sentence: the reference's score and why it cannot tell. `None` when it can.
fn cannot_tell(
    benchmark: &str,
    reference: &Score,
    resolution: Resolution,
    lang: Lang,
) -> Option<String> {
    let (model, score) = (&reference.model_name, crate::scene::svg::num(reference.score));
    let zh = lang == Lang::Zh;
    let why = match resolution {
        Resolution::Clear => return None,
        // A free-answer benchmark (or one of unknown chance): nothing to guess, only a floor.
        Resolution::NearChance { chance } if chance <= 0.0 => {
            if zh {
                "接近最低分".to_string()
            } else {
                "near the bottom of the scale".to_string()
            }
        }
        Resolution::NearChance { chance } => {
            let chance = crate::scene::svg::num(chance * 100.0);
            if zh {
                format!("随机猜测即得{chance}%")
            } else {
                format!("where guessing gets {chance} %")
            }
        }
        Resolution::NearCeiling => {
            if zh {
                "接近满分".to_string()
            } else {
                "near the top of the scale".to_string()
            }
        }
    };
    Some(if zh {
        format!("{model}在{benchmark}上得分{score}%，{why}：此基准无法判断")
    } else {
        format!("{model} scored {score} % on {benchmark}, {why}: this benchmark cannot tell")
    })
}

impl Verdict {
    /// Whether the reference's score can tell (rule 5); `None` for [`Verdict::NotEnoughData`].
    pub fn resolution(&self) -> Option<Resolution> {
        match self {
            Verdict::Checked { resolution, .. }
            | Verdict::NotYet { resolution, .. }
            | Verdict::Near { resolution, .. } => Some(*resolution),
            Verdict::NotEnoughData { .. } => None,
        }
    }

    /// Does the verdict say something? True for a checked or not-yet verdict whose reference
    /// score is clear; false when the benchmark cannot tell (rule 5) or there is not enough data.
    pub fn conclusive(&self) -> bool {
        self.resolution().is_some_and(Resolution::is_clear)
    }

    /// Was the benchmark's chance level unknown, and so taken as 0 % (rule 5)? A help panel can
    /// say so. False for [`Verdict::NotEnoughData`], which rests on no benchmark.
    pub fn chance_unknown(&self) -> bool {
        match self {
            Verdict::Checked { benchmark, .. }
            | Verdict::NotYet { benchmark, .. }
            | Verdict::Near { benchmark, .. } => chance_level(benchmark).is_none(),
            Verdict::NotEnoughData { .. } => false,
        }
    }

    /// One sentence for the reader, naming the benchmark and the scores: "China's DeepSeek-R1
    /// (90.8 %) matched GPT-4 (86.4 %) on MMLU in January 2025, 22 months after its release:
    /// 4 months later than claimed"; or, when the reference's score cannot tell (rule 5),
    /// "GPT-4 scored 30.7 % on GPQA diamond, where guessing gets 25 %: this benchmark cannot
    /// tell".
    pub fn text(&self, lang: Lang) -> String {
        let sentence = self.sentence(lang);
        match self.scores() {
            Some(used) if lang == Lang::Zh => format!("{sentence}；{}", used.text(lang)),
            Some(used) => format!("{sentence}; {}", used.text(lang)),
            None => sentence,
        }
    }

    /// Which scores it rests on, when [`select_scores`](super::evaluators::select_scores) has
    /// chosen them (else `None`, and so for [`Verdict::NotEnoughData`]).
    pub fn scores(&self) -> Option<&ScoresUsed> {
        match self {
            Verdict::Checked { scores, .. }
            | Verdict::NotYet { scores, .. }
            | Verdict::Near { scores, .. } => scores.as_ref(),
            Verdict::NotEnoughData { .. } => None,
        }
    }

    /// [`Verdict::text`] without the scores it rests on.
    fn sentence(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        match self {
            Verdict::NotEnoughData { .. } => {
                if zh {
                    "数据不足".into()
                } else {
                    "not enough data".into()
                }
            }
            Verdict::Near {
                benchmark, reference, said, observed, data_until, resolution, ..
            } => {
                if let Some(text) = cannot_tell(benchmark, reference, *resolution, lang) {
                    return text;
                }
                let month = |d: NaiveDate| lang.date(PartialDate::containing(d, Precision::Month));
                let (who, score) = (&reference.model_name, reference.shown(lang));
                match observed {
                    Some(o) => {
                        let (by, first) = (month(*said), month(o.date));
                        let theirs = o.shown(lang);
                        let name = &o.model_name;
                        match (o.date <= *said, zh) {
                            (true, false) => format!(
                                "By {by} China had reached {who}'s {benchmark} score ({score}): first {name} ({theirs}) in {first}"
                            ),
                            (true, true) => format!(
                                "截至{by}，中国已在{benchmark}上达到{who}的分数（{score}）：{first}的{name}（{theirs}）"
                            ),
                            (false, false) => format!(
                                "China first reached {who}'s {benchmark} score ({score}) with {name} ({theirs}) in {first}, {} after the claim",
                                months_text(months_between(o.date, *said), lang)
                            ),
                            (false, true) => format!(
                                "中国于{first}以{name}（{theirs}）首次在{benchmark}上达到{who}的分数（{score}），在说法提出{}后",
                                months_text(months_between(o.date, *said), lang)
                            ),
                        }
                    }
                    None => {
                        let until = month(*data_until);
                        if zh {
                            format!(
                                "截至{until}，中国尚未在{benchmark}上达到{who}的分数（{score}）"
                            )
                        } else {
                            format!(
                                "China had not reached {who}'s {benchmark} score ({score}) by {until} (the end of the data)"
                            )
                        }
                    }
                }
            }
            Verdict::NotYet { benchmark, reference, data_until, resolution, .. } => {
                if let Some(text) = cannot_tell(benchmark, reference, *resolution, lang) {
                    return text;
                }
                let until = lang.date(PartialDate::containing(*data_until, Precision::Month));
                let score = reference.shown(lang);
                if zh {
                    format!(
                        "截至{until}，中国尚未在{benchmark}上达到{}的分数（{score}）",
                        reference.model_name
                    )
                } else {
                    format!(
                        "China had not reached {}'s {benchmark} score ({score}) by {until} (the end of the data)",
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
                resolution,
                ..
            } => {
                if let Some(text) = cannot_tell(benchmark, reference, *resolution, lang) {
                    return text;
                }
                let when = lang.date(PartialDate::containing(observed.date, Precision::Month));
                let since = months_between(observed.date, projection.anchor);
                let after = months_text(since, lang);
                // Parity may have come before the anchor (a chip that matched before the claim).
                let anchor = match (projection.kind, zh, since < 0.0) {
                    (ReadingKind::Lag, false, false) => "after its release",
                    (ReadingKind::CatchUp, false, false) => "after the claim",
                    (ReadingKind::Lag, true, false) => "发布后",
                    (ReadingKind::CatchUp, true, false) => "说法提出后",
                    (ReadingKind::Lag, false, true) => "before its release",
                    (ReadingKind::CatchUp, false, true) => "before the claim",
                    (ReadingKind::Lag, true, true) => "发布前",
                    (ReadingKind::CatchUp, true, true) => "说法提出前",
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
                let (matched, score) = (&observed.model_name, observed.shown(lang));
                let (model, reference_score) = (&reference.model_name, reference.shown(lang));
                if zh {
                    format!(
                        "中国的{matched}（{score}）于{when}在{benchmark}上追平{model}（{reference_score}），{anchor}{after}；{off}"
                    )
                } else {
                    format!(
                        "China's {matched} ({score}) matched {model} ({reference_score}) on {benchmark} in {when}, {after} {anchor}: {off}"
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

    /// GPT-4 and two Chinese models with the given `scores` objects, and one claim.
    fn dataset_with(gpt4: &str, qwen2: &str, r1: &str, claim_text: &str) -> Dataset {
        let json = format!(
            r#"{{"models": [
              {{"id": "gpt-4", "name": "GPT-4", "region": "US", "released": "2023-03-14", "scores": {gpt4}, "source_url": "https://a.example"}},
              {{"id": "gpt-3", "name": "GPT-3", "region": "US", "released": "2020-05", "source_url": "https://a.example"}},
              {{"id": "qwen2", "name": "Qwen2", "region": "CN", "released": "2024-06", "scores": {qwen2}, "source_url": "https://a.example"}},
              {{"id": "r1", "name": "DeepSeek-R1", "region": "CN", "released": "2025-01-20", "scores": {r1}, "source_url": "https://a.example"}}],
             "claims": [{{"id": "c", "speaker": "Zhou Hongyi", "said_on": "2024-02-16", "source_url": "https://b.example", "text": "{claim_text}"}}]}}"#
        );
        let loaded = serde_json::from_str::<RawDataset>(&json).expect("JSON").check();
        assert_eq!(loaded.problems, []);
        loaded.dataset
    }

    fn dataset(claim_text: &str) -> Dataset {
        dataset_with(r#"{"MMLU": 86.4}"#, r#"{"MMLU": 84.2}"#, r#"{"MMLU": 90.8}"#, claim_text)
    }

    fn judge_in(d: &Dataset, benchmark: &str, kind: ReadingKind) -> Verdict {
        let names = Resolver::new(d);
        let r = read_claim(&d.claims[0], d, Some(&names));
        verdict(&d.claims[0], &r, d, benchmark, kind)
    }

    fn judge(text: &str, benchmark: &str, kind: ReadingKind) -> Verdict {
        judge_in(&dataset(text), benchmark, kind)
    }

    #[test]
    fn zhou_hongyis_claim_on_mmlu_in_both_readings() {
        let v = judge("there is still a 1.5-year gap from GPT-4", "MMLU", ReadingKind::Lag);
        let Verdict::Checked { observed, months_from, months_to, resolution, .. } = &v else {
            panic!("{v:?}")
        };
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
        assert_eq!(*resolution, Resolution::Clear, "86.4 % on a 25 % benchmark can tell");
        assert!(v.conclusive() && !v.chance_unknown());
        assert_eq!(
            v.text(Lang::En),
            "China's DeepSeek-R1 (90.8 %) matched GPT-4 (86.4 %) on MMLU in January 2025, 22 months after its release: 4 months later than claimed"
        );
        assert_eq!(
            v.text(Lang::Zh),
            "中国的DeepSeek-R1（90.8%）于2025年1月在MMLU上追平GPT-4（86.4%），发布后22个月；比所说晚4个月"
        );
        // Catch-up: Feb 2024 + 18 months = Aug 2025, after R1: parity came sooner.
        let v = judge("there is still a 1.5-year gap from GPT-4", "MMLU", ReadingKind::CatchUp);
        assert_eq!(
            v.text(Lang::En),
            "China's DeepSeek-R1 (90.8 %) matched GPT-4 (86.4 %) on MMLU in January 2025, 11 months after the claim: 7 months sooner than claimed"
        );
        assert_eq!(
            v.text(Lang::Zh),
            "中国的DeepSeek-R1（90.8%）于2025年1月在MMLU上追平GPT-4（86.4%），说法提出后11个月；比所说早7个月"
        );
        // A range that contains the observed date.
        let v = judge("one to three years behind GPT-4", "MMLU", ReadingKind::Lag);
        assert!(v.text(Lang::En).ends_with("within the claimed range"), "{}", v.text(Lang::En));
        assert!(v.text(Lang::Zh).ends_with("在所说范围内"), "{}", v.text(Lang::Zh));
    }

    #[test]
    fn not_yet_and_not_enough_data_never_give_a_number() {
        let v = judge("two years behind GPT-4", "GPQA diamond", ReadingKind::Lag);
        assert_eq!(v, Verdict::NotEnoughData { why: "the model has no score on this benchmark" });
        assert_eq!(v.text(Lang::En), "not enough data");
        assert_eq!(v.text(Lang::Zh), "数据不足");
        assert_eq!(v.resolution(), None);
        assert!(!v.conclusive() && !v.chance_unknown(), "no benchmark to be unsure about");
        let v = judge("two years behind the US", "MMLU", ReadingKind::CatchUp);
        assert_eq!(v, Verdict::NotEnoughData { why: "the claim names no model to compare with" });
        // A near claim has no date to project, but is checked at the date said (rule 6).
        let v = judge("very close to GPT-4", "MMLU", ReadingKind::Lag);
        assert!(matches!(v, Verdict::Near { .. }), "{v:?}");
        // GPT-3 has no MMLU score here either; a model China never matched: not yet.
        let mut d = dataset("two years behind GPT-4");
        d.models.retain(|m| m.id != "r1");
        let v = judge_in(&d, "MMLU", ReadingKind::Lag);
        assert!(matches!(v, Verdict::NotYet { .. }), "{v:?}");
        assert!(v.conclusive(), "not yet, on a score that can tell, is a verdict");
        assert_eq!(
            v.text(Lang::En),
            "China had not reached GPT-4's MMLU score (86.4 %) by June 2024 (the end of the data)"
        );
        assert_eq!(v.text(Lang::Zh), "截至2024年6月，中国尚未在MMLU上达到GPT-4的分数（86.4%）");
    }

    #[test]
    fn a_near_claim_is_checked_at_the_date_said() {
        let json = r#"{"models": [
            {"id": "gpt-3.5", "name": "GPT-3.5", "region": "US", "released": "2022-11-30", "source_url": "https://a.example", "scores": {"mmlu": 70}},
            {"id": "early", "name": "Early", "region": "CN", "released": "2023-08-01", "source_url": "https://a.example", "scores": {"mmlu": 71}},
            {"id": "weak", "name": "Weak", "region": "CN", "released": "2023-01-01", "source_url": "https://a.example", "scores": {"mmlu": 50}}]}"#;
        let data = serde_json::from_str::<RawDataset>(json).expect("JSON").check().dataset;
        // (label, date said, English verdict)
        let cases = [
            (
                "reached before",
                "2024-02-16",
                "By February 2024 China had reached GPT-3.5's MMLU score (70 %): first Early (71 %) in August 2023",
            ),
            (
                "reached after",
                "2023-05-01",
                "China first reached GPT-3.5's MMLU score (70 %) with Early (71 %) in August 2023, 3 months after the claim",
            ),
        ];
        for (label, said, expected) in cases {
            let claim = crate::data::claim::RawClaim {
                id: Some("c".into()),
                speaker: Some("S".into()),
                said_on: Some(said.into()),
                source_url: Some("https://b.example".into()),
                text: Some("Chinese models have neared the level of GPT-3.5".into()),
                ..Default::default()
            };
            let mut d = data.clone();
            assert_eq!(d.add_claims(&[claim]), vec![], "{label}");
            let reading = read_claim(&d.claims[0], &d, Some(&Resolver::new(&d)));
            let v = verdict(&d.claims[0], &reading, &d, "MMLU", ReadingKind::Lag);
            assert!(matches!(v, Verdict::Near { .. }), "{label}: {v:?}");
            assert_eq!(v.text(Lang::En), expected, "{label}");
            assert!(v.conclusive() && v.text(Lang::Zh).contains("GPT-3.5"), "{label}");
        }
    }

    #[test]
    fn a_verdict_says_when_its_benchmark_cannot_tell() {
        // (label, benchmark, GPT-4's score, DeepSeek-R1's, resolution, chance unknown, English,
        // Chinese). GPQA diamond is four-choice (25 % by guessing), MATH level 5 free-answer
        // (0 %); "Lab quiz" is not in the chance table (taken as 0 %). Qwen2 scores 1 % on each.
        let cases = [
            (
                "clear, chance known",
                "GPQA diamond",
                48.0,
                75.0,
                Resolution::Clear,
                false,
                "China's DeepSeek-R1 (75 %) matched GPT-4 (48 %) on GPQA diamond in January 2025, 22 months after its release: 4 months later than claimed",
                "中国的DeepSeek-R1（75%）于2025年1月在GPQA diamond上追平GPT-4（48%），发布后22个月；比所说晚4个月",
            ),
            (
                "near chance",
                "GPQA diamond",
                30.7,
                75.0,
                Resolution::NearChance { chance: 0.25 },
                false,
                "GPT-4 scored 30.7 % on GPQA diamond, where guessing gets 25 %: this benchmark cannot tell",
                "GPT-4在GPQA diamond上得分30.7%，随机猜测即得25%：此基准无法判断",
            ),
            (
                "near the ceiling",
                "MATH level 5",
                97.0,
                99.0,
                Resolution::NearCeiling,
                false,
                "GPT-4 scored 97 % on MATH level 5, near the top of the scale: this benchmark cannot tell",
                "GPT-4在MATH level 5上得分97%，接近满分：此基准无法判断",
            ),
            (
                "unknown chance, clear",
                "Lab quiz",
                48.0,
                75.0,
                Resolution::Clear,
                true,
                "China's DeepSeek-R1 (75 %) matched GPT-4 (48 %) on Lab quiz in January 2025, 22 months after its release: 4 months later than claimed",
                "中国的DeepSeek-R1（75%）于2025年1月在Lab quiz上追平GPT-4（48%），发布后22个月；比所说晚4个月",
            ),
            (
                "unknown chance, near 0 %",
                "Lab quiz",
                6.5,
                75.0,
                Resolution::NearChance { chance: 0.0 },
                true,
                "GPT-4 scored 6.5 % on Lab quiz, near the bottom of the scale: this benchmark cannot tell",
                "GPT-4在Lab quiz上得分6.5%，接近最低分：此基准无法判断",
            ),
        ];
        for (label, benchmark, gpt4, r1, expected, unknown, en, zh) in cases {
            let d = dataset_with(
                &format!(r#"{{"{benchmark}": {gpt4}}}"#),
                &format!(r#"{{"{benchmark}": 1.0}}"#),
                &format!(r#"{{"{benchmark}": {r1}}}"#),
                "there is still a 1.5-year gap from GPT-4",
            );
            let v = judge_in(&d, benchmark, ReadingKind::Lag);
            assert!(matches!(v, Verdict::Checked { .. }), "{label}: {v:?}");
            assert_eq!(v.resolution(), Some(expected), "{label}");
            assert_eq!(v.conclusive(), expected == Resolution::Clear, "{label}");
            assert_eq!(v.chance_unknown(), unknown, "{label}");
            assert_eq!(v.text(Lang::En), en, "{label}");
            assert_eq!(v.text(Lang::Zh), zh, "{label}");
        }
        // Not yet, on a score near the ceiling: the benchmark cannot tell that either.
        let d = dataset_with(
            r#"{"MATH level 5": 97.0}"#,
            r#"{"MATH level 5": 60.0}"#,
            r#"{"MATH level 5": 90.0}"#,
            "two years behind GPT-4",
        );
        let v = judge_in(&d, "MATH level 5", ReadingKind::Lag);
        assert!(matches!(v, Verdict::NotYet { .. }) && !v.conclusive(), "{v:?}");
        assert_eq!(
            v.text(Lang::En),
            "GPT-4 scored 97 % on MATH level 5, near the top of the scale: this benchmark cannot tell"
        );
    }

    #[test]
    fn a_claim_about_chips_is_judged_on_a_chip_metric_and_says_which() {
        let json = r#"{"models": [
            {"id": "nvidia-a100", "name": "NVIDIA A100", "organization": "NVIDIA", "modality": "chips", "region": "US", "released": "2020-05-14", "source_url": "https://a.example"},
            {"id": "huawei-ascend-910", "name": "Huawei Ascend 910", "organization": "Huawei", "modality": "chips", "region": "CN", "released": "2019-08-23", "source_url": "https://a.example"}],
          "benchmarks": [
            {"benchmark": "Dense FP16 throughput", "model": "nvidia-a100", "model_name": "NVIDIA A100", "region": "US", "released": "2020-05-14", "score": 312, "unit": "TFLOP/s", "source_url": "https://s.example", "evaluator": "self"},
            {"benchmark": "Dense FP16 throughput", "model": "huawei-ascend-910", "model_name": "Huawei Ascend 910", "region": "CN", "released": "2019-08-23", "score": 320, "unit": "TFLOP/s", "source_url": "https://s.example", "evaluator": "self"},
            {"benchmark": "INT8 throughput", "model": "nvidia-a100", "model_name": "NVIDIA A100", "region": "US", "released": "2020-05-14", "score": 624, "unit": "TOP/s", "source_url": "https://s.example", "evaluator": "self"}],
          "claims": [
            {"id": "c", "speaker": "Liu Qingfeng", "said_on": "2023-08", "source_url": "https://c.example", "text": "Huawei has already matched Nvidia's cutting-edge A100 chips"},
            {"id": "d", "speaker": "S", "said_on": "2023-08", "source_url": "https://c.example", "text": "Huawei has matched the A100 chips in INT8 TOPS"}]}"#;
        let d = serde_json::from_str::<RawDataset>(json).expect("JSON").check().dataset;
        let names = Resolver::new(&d);
        let judge = |i: usize| {
            let r = read_claim(&d.claims[i], &d, Some(&names));
            assert_eq!(r.reference.model_id.as_deref(), Some("nvidia-a100"), "A100 names the chip");
            verdict(&d.claims[i], &r, &d, "GPQA diamond", ReadingKind::Lag)
        };
        assert_eq!(
            judge(0).text(Lang::En),
            "By August 2023 China had reached NVIDIA A100's Dense FP16 throughput (the claim names no metric) score (312 TFLOP/s): first Huawei Ascend 910 (320 TFLOP/s) in August 2019"
        );
        // INT8 named: China has no INT8 figure here, so it had not reached it.
        assert!(
            judge(1).text(Lang::En).starts_with(
                "China had not reached NVIDIA A100's INT8 throughput score (624 TOP/s)"
            ),
            "{}",
            judge(1).text(Lang::En)
        );
    }
}
