//! How much a score can say: benchmarks' chance levels, and the scores too near chance or the
//! top of the scale to tell two models apart.
//!
//! GPT-4 scored 30.7 % on GPQA diamond, a test of four-choice questions where guessing gets
//! 25 %: a Chinese model "matching" it may have matched a guess. A score near 100 % leaves no
//! room above it either. A verdict resting on such a score says so instead of giving a number
//! ([`Verdict::conclusive`](super::verdict::Verdict::conclusive)).
//!
//! # Rules
//!
//! 1. **Chance level.** What guessing scores, as a fraction of 1, from the table below. Names
//!    are compared on letters and digits, ignoring case (`GPQA diamond` = `gpqa-diamond`); a
//!    family entry also covers names that begin with it (`FrontierMath` covers
//!    `FrontierMath-2025-02-28-Private`). A benchmark not in the table has no known level
//!    ([`chance_level`] gives `None`): callers take it as 0 and say that they did.
//! 2. **Near chance.** A score at most 10 points above the chance level (or below it).
//! 3. **Near the ceiling.** A score of 95 % or more (the ceiling is 100 %, 1.0).
//! 4. **Clear** otherwise. Scores are compared as they are shown, rounded to a tenth of a
//!    point, so 35.0 % on a 25 % benchmark is near chance and 35.1 % is clear.
//!
//! # Chance levels
//!
//! | benchmark | chance | why |
//! | --- | ---: | --- |
//! | GPQA (diamond, and the family) | 25 % | four choices per question |
//! | MMLU | 25 % | four choices per question |
//! | MMLU-Pro | 10 % | ten choices per question |
//! | MATH, MATH level 5, MATH-500 | 0 | a free answer (an expression) |
//! | GSM8K | 0 | a free answer (a number) |
//! | AIME, OTIS Mock AIME (families) | 0 | an integer from 0 to 999: 1 in 1,000 |
//! | FrontierMath (family) | 0 | a free answer, checked automatically |
//! | HumanEval (family) | 0 | a program, run against tests |
//! | SWE-bench (family: verified, lite …) | 0 | a code patch, run against tests |
//!
//! # Default benchmarks
//!
//! When no benchmark is asked for, one that can tell is chosen:
//!
//! - **For a claim** ([`claim_benchmark`]): among the benchmarks on which the claim's reference
//!   model has a clear score (its earliest, as the verdict takes it), the one with the most
//!   scores in the data; on a tie, the first by name.
//! - **For a scene** ([`scene_benchmark`]): the benchmark with the most scores whose observed lag
//!   ends on a clear score (the latest rise of the lagging region's frontier, the score the
//!   leading region is measured against); when none does, the one with the most scores, as
//!   [`benchmarks`] lists them.

use super::observed::{benchmarks, key, observed_lag, scores};
use super::verdict::reference_score;
use crate::data::dataset::Dataset;
use crate::data::region::Region;
use serde::Serialize;

/// The chance levels of rule 1: (name as compared, fraction of 1, does it cover names that
/// begin with it). One table: the module docs list the same rows.
const CHANCE: &[(&str, f64, bool)] = &[
    ("gpqa", 0.25, true),
    ("mmlu", 0.25, false),
    ("mmlupro", 0.10, false),
    ("math", 0.0, false),
    ("mathlevel5", 0.0, false),
    ("math500", 0.0, false),
    ("gsm8k", 0.0, false),
    ("aime", 0.0, true),
    ("otismockaime", 0.0, true),
    ("frontiermath", 0.0, true),
    ("humaneval", 0.0, true),
    ("swebench", 0.0, true),
];

/// Points, as a fraction of 1, within which a score is near chance (rule 2): 10 points.
pub const NEAR_CHANCE: f64 = 0.10;

/// Points, as a fraction of 1, within which a score is near the ceiling of 1.0 (rule 3): 5
/// points.
pub const NEAR_CEILING: f64 = 0.05;

/// What guessing scores on `benchmark`, as a fraction of 1 (0.25 for GPQA diamond), or `None`
/// for a benchmark not in the table (rule 1).
pub fn chance_level(benchmark: &str) -> Option<f64> {
    let name = key(benchmark);
    CHANCE
        .iter()
        .find(|(k, _, family)| name == *k || (*family && name.starts_with(k)))
        .map(|&(_, chance, _)| chance)
}

/// Whether a score can tell models apart (rules 2–4).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Resolution {
    /// Far enough from both chance and the ceiling.
    Clear,
    /// At most 10 points above what guessing gets.
    NearChance {
        /// The chance level, as a fraction of 1 (0 for a benchmark not in the table).
        chance: f64,
    },
    /// 95 % or more.
    NearCeiling,
}

impl Resolution {
    /// Is it [`Resolution::Clear`]?
    pub fn is_clear(self) -> bool {
        self == Resolution::Clear
    }
}

/// Whether `score` (a fraction of 1: 0.307 for 30.7 %) on `benchmark` can tell models apart
/// (rules 1–4; an unknown chance level counts as 0).
pub fn resolution(benchmark: &str, score: f64) -> Resolution {
    let chance = chance_level(benchmark).unwrap_or(0.0);
    // In tenths of a point, as the score is shown (rule 4): no float edge at the boundaries.
    let tenths = |fraction: f64| (fraction * 1000.0).round() as i64;
    if tenths(score) <= tenths(chance) + tenths(NEAR_CHANCE) {
        Resolution::NearChance { chance }
    } else if tenths(score) >= tenths(1.0) - tenths(NEAR_CEILING) {
        Resolution::NearCeiling
    } else {
        Resolution::Clear
    }
}

/// [`resolution`] of one score (in percent); a measurement with a unit (a chip's TFLOP/s) has no
/// chance level and no top, so it can always tell.
pub fn score_resolution(benchmark: &str, score: &super::observed::Score) -> Resolution {
    match score.unit {
        Some(_) => Resolution::Clear,
        None => resolution(benchmark, score.score / 100.0),
    }
}

/// The benchmark for a verdict on a claim about `reference_model` (a model id): see "Default
/// benchmarks" above. `None` when the model has no clear score on any benchmark.
pub fn claim_benchmark(data: &Dataset, reference_model: &str) -> Option<String> {
    benchmarks(data).into_iter().map(|(name, _)| name).find(|name| {
        let (_, all) = scores(data, name);
        reference_score(&all, reference_model).is_some_and(|s| score_resolution(name, s).is_clear())
    })
}

/// The benchmark of one reading's verdict: `asked` when one was asked for, else the claim's
/// own ([`claim_benchmark`] of the model it names), else `scene` (the timeline's). The timeline
/// and the claims ledger choose by this one rule, so they judge a claim alike.
pub fn verdict_benchmark(
    data: &Dataset,
    asked: Option<&str>,
    reference_model: Option<&str>,
    scene: Option<&str>,
) -> Option<String> {
    match (asked, reference_model) {
        (Some(b), _) => Some(b.to_string()),
        (None, Some(id)) => claim_benchmark(data, id).or_else(|| scene.map(str::to_string)),
        (None, None) => scene.map(str::to_string),
    }
}

/// The benchmark for a scene's observed lag of `lag` behind `lead`: see "Default benchmarks"
/// above. `None` only when the data has no scores at all.
pub fn scene_benchmark(data: &Dataset, lead: Region, lag: Region) -> Option<String> {
    let all = benchmarks(data);
    let clear = all.iter().map(|(name, _)| name).find(|name| {
        observed_lag(data, name, lead, lag)
            .latest()
            .is_some_and(|p| score_resolution(name, &p.lagging).is_clear())
    });
    clear.or(all.first().map(|(name, _)| name)).cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_benchmark_in_the_data_has_its_chance_level() {
        let cases = [
            ("as Epoch names it", "GPQA diamond", Some(0.25)),
            ("as a slug", "gpqa-diamond", Some(0.25)),
            ("the GPQA family", "GPQA", Some(0.25)),
            ("as a paper writes it", "MMLU", Some(0.25)),
            ("as a CSV column", "mmlu", Some(0.25)),
            ("ten choices", "MMLU-Pro", Some(0.10)),
            ("ten choices, spaced", "mmlu pro", Some(0.10)),
            ("free answer", "MATH level 5", Some(0.0)),
            ("free answer subset", "MATH-500", Some(0.0)),
            ("a number", "GSM8K", Some(0.0)),
            ("an integer 0-999", "OTIS Mock AIME 2024-2025", Some(0.0)),
            ("the AIME family", "AIME 2025", Some(0.0)),
            ("the FrontierMath family", "FrontierMath-2025-02-28-Private", Some(0.0)),
            ("the FrontierMath family again", "FrontierMath-2025-02-28-Public", Some(0.0)),
            ("code", "HumanEval", Some(0.0)),
            ("the SWE-bench family", "SWE-Bench verified", Some(0.0)),
            ("not in the table", "Some new test", None),
            ("MMLU is not a family", "MMLU-Redux", None),
            ("MATH is not a family", "MathVista", None),
            ("no name", "", None),
        ];
        for (label, name, expected) in cases {
            assert_eq!(chance_level(name), expected, "{label}: {name}");
        }
    }

    #[test]
    fn scores_near_chance_or_the_ceiling_cannot_tell() {
        let near = |chance| Resolution::NearChance { chance };
        let cases = [
            ("GPT-4 on GPQA diamond, 6 points above a guess", "GPQA diamond", 0.3065, near(0.25)),
            ("exactly 10 points above chance", "GPQA diamond", 0.35, near(0.25)),
            ("just over 10 points above chance", "GPQA diamond", 0.351, Resolution::Clear),
            ("below chance", "MMLU", 0.20, near(0.25)),
            ("ten choices", "MMLU-Pro", 0.19, near(0.10)),
            ("ten choices, clear", "MMLU-Pro", 0.45, Resolution::Clear),
            ("a free answer near zero", "FrontierMath-2025-02-28-Private", 0.04, near(0.0)),
            ("a free answer above 10 %", "MATH level 5", 0.42, Resolution::Clear),
            ("an unknown benchmark counts chance as 0", "Some new test", 0.08, near(0.0)),
            ("an unknown benchmark, clear", "Some new test", 0.5, Resolution::Clear),
            ("just under the ceiling margin", "MATH level 5", 0.949, Resolution::Clear),
            ("95 %: near the ceiling", "MATH level 5", 0.95, Resolution::NearCeiling),
            ("a full score", "GSM8K", 1.0, Resolution::NearCeiling),
        ];
        for (label, benchmark, score, expected) in cases {
            assert_eq!(resolution(benchmark, score), expected, "{label}");
            assert_eq!(resolution(benchmark, score).is_clear(), expected == Resolution::Clear);
        }
    }
    /// A dataset of models, each `(id, region, date, scores JSON object)`.
    fn dataset(models: &[(&str, &str, &str, &str)]) -> Dataset {
        let models: Vec<String> = models
            .iter()
            .map(|(id, region, date, scores)| {
                format!(
                    r#"{{"id": "{id}", "name": "{id}", "region": "{region}", "released": "{date}", "scores": {scores}, "source_url": "https://a.example"}}"#
                )
            })
            .collect();
        let json = format!(r#"{{"models": [{}]}}"#, models.join(","));
        let loaded = serde_json::from_str::<crate::RawDataset>(&json).expect("JSON").check();
        assert_eq!(loaded.problems, []);
        loaded.dataset
    }

    #[test]
    fn a_claim_is_judged_on_the_most_scored_benchmark_where_its_reference_is_clear() {
        // GPQA diamond has the most scores (5), but GPT-4's 30.7 % there is near chance;
        // MATH level 5 and MMLU have four each and GPT-4 is clear on both: the first by name.
        let d = dataset(&[
            (
                "gpt-4",
                "US",
                "2023-03-14",
                r#"{"GPQA diamond": 30.7, "MATH level 5": 42, "mmlu": 86.4}"#,
            ),
            (
                "gpt-4o",
                "US",
                "2024-05-13",
                r#"{"GPQA diamond": 53.6, "MATH level 5": 60, "mmlu": 88.7}"#,
            ),
            ("qwen2", "CN", "2024-06", r#"{"GPQA diamond": 40, "mmlu": 84.2}"#),
            ("yi", "CN", "2023-11", r#"{"GPQA diamond": 14.7}"#),
            ("early", "US", "2022-01", r#"{"GPQA diamond": 20, "MATH level 5": 5}"#),
            ("late", "US", "2025-01", r#"{"MATH level 5": 99, "mmlu": 99}"#),
        ]);
        let cases = [
            ("near chance on the most scored: the next, by name", "gpt-4", Some("MATH level 5")),
            ("clear on the most scored", "gpt-4o", Some("GPQA diamond")),
            ("clear on the most scored, Chinese", "qwen2", Some("GPQA diamond")),
            ("its only score is near chance", "yi", None),
            ("near chance everywhere", "early", None),
            ("near the ceiling everywhere", "late", None),
            ("not in the data", "gpt-5", None),
        ];
        for (label, model, expected) in cases {
            assert_eq!(claim_benchmark(&d, model).as_deref(), expected, "{label}");
        }
    }

    #[test]
    fn a_scene_draws_the_most_scored_benchmark_whose_latest_lag_is_clear() {
        // GPQA diamond (4 scores): China's latest rise is 31 %, near chance. MMLU (3 scores):
        // its latest rise, 84.2 %, is clear.
        let d = dataset(&[
            ("us-a", "US", "2023-03-14", r#"{"GPQA diamond": 35.7, "mmlu": 86.4}"#),
            ("us-b", "US", "2024-05-13", r#"{"GPQA diamond": 53.6}"#),
            ("cn-a", "CN", "2023-11", r#"{"GPQA diamond": 14.7, "mmlu": 60}"#),
            ("cn-b", "CN", "2024-02", r#"{"GPQA diamond": 31, "mmlu": 84.2}"#),
        ]);
        assert_eq!(scene_benchmark(&d, Region::US, Region::CN).as_deref(), Some("MMLU"));
        // The other way round, the US's latest rise on GPQA diamond (53.6 %) is clear.
        assert_eq!(scene_benchmark(&d, Region::CN, Region::US).as_deref(), Some("GPQA diamond"));
        // Nothing clear: the most scored, as `benchmarks` lists it first.
        let all_near = dataset(&[
            ("us-a", "US", "2023-01", r#"{"GPQA diamond": 30, "mmlu": 98}"#),
            ("cn-a", "CN", "2023-06", r#"{"GPQA diamond": 28, "mmlu": 97}"#),
            ("cn-b", "CN", "2023-09", r#"{"GPQA diamond": 29}"#),
        ]);
        assert_eq!(
            scene_benchmark(&all_near, Region::US, Region::CN).as_deref(),
            Some("GPQA diamond")
        );
        // A lane with no scores has no latest point anywhere: the most scored again.
        let fr = Region::parse("FR").expect("FR");
        assert_eq!(scene_benchmark(&d, Region::US, fr).as_deref(), Some("GPQA diamond"));
        assert_eq!(scene_benchmark(&Dataset::default(), Region::US, Region::CN), None);
    }
}
