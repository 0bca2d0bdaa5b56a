//! Observed lag: how far behind one region's best benchmark score is, in time (DESIGN §5).
//!
//! # Rules
//!
//! 1. **Scores.** For a benchmark, the scores are the benchmark runs with that name and the
//!    models' own `scores` under that name (names compared on letters and digits, ignoring
//!    case: "MMLU" = `mmlu`, "GPQA diamond" = "gpqa-diamond"). A benchmark whose scores are all
//!    at most 1 is read as fractions and shown as percentages, so runs and model scores agree.
//!    Higher is better.
//! 2. **Dates.** A score counts from the first day of its release period (March 2023 counts from
//!    1 March): the earliest the model can have been out.
//! 3. **Frontier.** A region's frontier at date t is its best score among releases on or before
//!    t. The lagging region L's frontier *rises* at each date where its best score that day
//!    beats every earlier one (several scores on one day: the best one; several models with it:
//!    the first by name).
//! 4. **Lag.** For each rise of L to score s at date t, the leading region R's first model to
//!    reach s is its earliest release with a score of at least s, over all the data (before or
//!    after t; ties on a date: the higher score, then the first by name). The lag is t minus that
//!    date in months (days / 30.4375): positive when L is behind, negative when R got there
//!    later, and `None` when R never did.
//! 5. **Latest.** The series' latest value is its last point. A region with no scores gives an
//!    empty series, which is "not enough data", never a number.

use crate::data::dataset::Dataset;
use crate::data::region::Region;
use chrono::NaiveDate;
use serde::Serialize;

/// Days in an average month (365.25 / 12).
pub const DAYS_PER_MONTH: f64 = 30.4375;

/// One scored release.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    /// Model id.
    pub model_id: String,
    /// Model name as published.
    pub model_name: String,
    /// Its region.
    pub region: Region,
    /// First day of its release period (rule 2).
    pub date: NaiveDate,
    /// The score, in percent, or in `unit`.
    pub score: f64,
    /// The unit of a measurement that is not a percentage (a chip's `TFLOP/s`). Default: none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

impl Score {
    /// The score as a reader sees it: `71.7 %` (`71.7%` in Chinese), `312 TFLOP/s`.
    pub fn shown(&self, lang: crate::lang::Lang) -> String {
        let n = crate::scene::svg::num(self.score);
        match (&self.unit, lang) {
            (Some(unit), _) => format!("{n} {unit}"),
            (None, crate::lang::Lang::Zh) => format!("{n}%"),
            (None, crate::lang::Lang::En) => format!("{n} %"),
        }
    }
}

/// One rise of the lagging region's frontier, and when the leading region got there.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LagPoint {
    /// The lagging region's model that raised its frontier, with its score and date.
    pub lagging: Score,
    /// The leading region's first model with at least that score, if any.
    pub leading: Option<Score>,
    /// `lagging.date − leading.date` in months; `None` when the leading region never got there.
    pub lag_months: Option<f64>,
}

/// The observed lag on one benchmark.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LagSeries {
    /// The benchmark's name as found in the data.
    pub benchmark: String,
    /// The leading region (R, default US).
    pub lead: Region,
    /// The lagging region (L, default CN).
    pub lag: Region,
    /// One point per rise of the lagging region's frontier, in date order.
    pub points: Vec<LagPoint>,
}

impl LagSeries {
    /// The latest point, or `None`: "not enough data".
    pub fn latest(&self) -> Option<&LagPoint> {
        self.points.last()
    }
}

/// Letters and digits, lower case: how benchmark names are compared.
pub(crate) fn key(name: &str) -> String {
    // ASCII case only: Unicode case tables would cost the widget ~18 KB, and benchmark names are
    // Latin.
    name.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect()
}

/// Every score on `benchmark` in `data` (rule 1), in percent, and the name the data uses.
pub fn scores(data: &Dataset, benchmark: &str) -> (String, Vec<Score>) {
    let wanted = key(benchmark);
    let mut name = benchmark.to_string();
    let mut out: Vec<Score> = Vec::new();
    for run in data.benchmarks.iter().filter(|r| key(&r.benchmark) == wanted) {
        name.clone_from(&run.benchmark);
        out.push(Score {
            model_id: run.model.clone(),
            model_name: run.model_name.clone(),
            region: run.region,
            date: run.released.start(),
            score: run.score,
            unit: run.unit.clone(),
        });
    }
    for m in &data.models {
        // A model's score key ("mmlu") keeps the name as asked ("MMLU"): keys are often
        // lower-cased column names.
        if let Some((_, &score)) = m.scores.iter().find(|(k, _)| key(k) == wanted) {
            out.push(Score {
                model_id: m.id.clone(),
                model_name: m.name.clone(),
                region: m.region,
                date: m.released.start(),
                score,
                unit: None,
            });
        }
    }
    // Measurements with a unit are never fractions of 1.
    if !out.is_empty() && out.iter().all(|s| s.score <= 1.0 && s.unit.is_none()) {
        for s in &mut out {
            s.score *= 100.0;
        }
    }
    (name, out)
}

/// The benchmarks the data has scores for, with how many scores each, most first. A name in
/// lower case only (a model's score key such as `mmlu`) is shown in capitals, as benchmark
/// acronyms are written.
pub fn benchmarks(data: &Dataset) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    let names = data
        .benchmarks
        .iter()
        .map(|r| r.benchmark.as_str())
        .chain(data.models.iter().flat_map(|m| m.scores.keys().map(String::as_str)));
    for name in names {
        match counts.iter_mut().find(|(n, _)| key(n) == key(name)) {
            Some((_, c)) => *c += 1,
            None if name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()) => {
                counts.push((name.to_ascii_uppercase(), 1));
            }
            None => counts.push((name.to_string(), 1)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    counts
}

/// Does the data have scores on `benchmark` (names compared as in rule 1)?
pub fn has_benchmark(data: &Dataset, benchmark: &str) -> bool {
    let wanted = key(benchmark);
    benchmarks(data).iter().any(|(name, _)| key(name) == wanted)
}

/// The observed lag of `lag` behind `lead` on `benchmark` (rules 1–5).
pub fn observed_lag(data: &Dataset, benchmark: &str, lead: Region, lag: Region) -> LagSeries {
    let (name, all) = scores(data, benchmark);
    // Date order; on one date the best score first, then by name (rules 3 and 4).
    let order = |a: &&Score, b: &&Score| {
        a.date
            .cmp(&b.date)
            .then(b.score.total_cmp(&a.score))
            .then_with(|| a.model_name.cmp(&b.model_name))
    };
    let mut lagging: Vec<&Score> = all.iter().filter(|s| s.region == lag).collect();
    let mut leading: Vec<&Score> = all.iter().filter(|s| s.region == lead).collect();
    lagging.sort_by(order);
    leading.sort_by(order);
    let mut points = Vec::new();
    let mut frontier = f64::NEG_INFINITY;
    for s in lagging {
        if s.score <= frontier {
            continue;
        }
        frontier = s.score;
        let first = leading.iter().find(|r| r.score >= s.score).map(|r| (*r).clone());
        let lag_months =
            first.as_ref().map(|r| (s.date - r.date).num_days() as f64 / DAYS_PER_MONTH);
        points.push(LagPoint { lagging: s.clone(), leading: first, lag_months });
    }
    LagSeries { benchmark: name, lead, lag, points }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::import::{Format, import};

    fn root(path: &str) -> String {
        format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"))
    }

    /// Worked out by hand from `data/epoch/benchmark_scores.csv` (GPQA diamond, sorted by
    /// release date). China's frontier rises at Yi-34B (22 Nov 2023, 14.74 %), DeepSeek LLM 67B
    /// (29 Nov 2023, 24.62 %), Qwen1.5-72B (4 Feb 2024, 28.82 %): GPT-4 (13 Jun 2023, 30.65 %)
    /// was already above each, so the lags are 162, 169 and 236 days. Qwen1.5-32B (3 Apr 2024,
    /// 30.74 %) is just above GPT-4's 30.65 %: the first US model at or above it is Claude 2
    /// (11 Jul 2023, 34.66 %), 267 days. WizardLM-2 8x22B (15 Apr 2024, 43.43 %): GPT-4's
    /// November run scored 42.36 %, so Claude 3 Opus (29 Feb 2024, 47.16 %), 46 days.
    /// DeepSeek-R1 (20 Jan 2025, 71.72 %): o1 (17 Dec 2024, 75.76 %), 34 days.
    #[test]
    fn gpqa_diamond_matches_the_hand_worked_series() {
        let bytes = std::fs::read(root("data/epoch/benchmark_scores.csv")).expect("Epoch runs");
        let data = import(&bytes, Format::EpochBenchmarks).dataset;
        let series = observed_lag(&data, "gpqa diamond", Region::US, Region::CN);
        assert_eq!(series.benchmark, "GPQA diamond");
        let row = |name: &str| {
            let p = series
                .points
                .iter()
                .find(|p| p.lagging.model_name == name)
                .unwrap_or_else(|| panic!("{name} is not a rise: {:#?}", series.points));
            let leader = p.leading.as_ref().map(|l| l.model_name.clone()).unwrap_or_default();
            (leader, (p.lag_months.unwrap_or(f64::NAN) * DAYS_PER_MONTH).round() as i64)
        };
        assert_eq!(row("Yi-34B"), ("GPT-4".into(), 162));
        assert_eq!(row("DeepSeek LLM 67B"), ("GPT-4".into(), 169));
        assert_eq!(row("Qwen1.5-72B"), ("GPT-4".into(), 236));
        assert_eq!(row("Qwen1.5-32B"), ("Claude 2".into(), 267));
        assert_eq!(row("WizardLM-2 8x22B"), ("Claude 3 Opus".into(), 46));
        assert_eq!(row("DeepSeek-R1"), ("o1".into(), 34));
        // Only rises: every point beats the one before.
        assert!(series.points.windows(2).all(|w| w[1].lagging.score > w[0].lagging.score));
        assert!(series.points.iter().all(|p| p.lagging.score > 1.0), "fractions shown as percent");
    }

    fn dataset(models: &str) -> Dataset {
        let json = format!(r#"{{"models": [{models}]}}"#);
        let loaded = serde_json::from_str::<crate::RawDataset>(&json).expect("JSON").check();
        assert_eq!(loaded.problems, []);
        loaded.dataset
    }

    fn m(id: &str, region: &str, date: &str, mmlu: f64) -> String {
        format!(
            r#"{{"id": "{id}", "name": "{id}", "region": "{region}", "released": "{date}", "scores": {{"MMLU": {mmlu}}}, "source_url": "https://a.example"}}"#
        )
    }

    #[test]
    fn ties_later_leaders_never_reached_and_no_data() {
        let d = dataset(
            &[
                m("us-a", "US", "2023-01-10", 70.0),
                m("us-b", "US", "2023-06-01", 80.0),
                m("cn-a", "CN", "2023-03-01", 60.0),
                // Same day: the better one is the rise, the other is not a point.
                m("cn-b", "CN", "2023-09-01", 75.0),
                m("cn-c", "CN", "2023-09-01", 72.0),
                // Equal to a US score: reached ("at least"), on the US model's date.
                m("cn-d", "CN", "2023-10", 80.0),
                // Beyond anything US: no leader, no number.
                m("cn-e", "CN", "2024-01-01", 90.0),
                // A CN release that is not a rise.
                m("cn-f", "CN", "2024-02-01", 85.0),
                // Month precision counts from the first day; the US got to 95 only later.
                m("us-c", "US", "2024-03", 95.0),
            ]
            .join(","),
        );
        let s = observed_lag(&d, "mmlu", Region::US, Region::CN);
        let got: Vec<(&str, Option<&str>, Option<i64>)> = s
            .points
            .iter()
            .map(|p| {
                (
                    p.lagging.model_id.as_str(),
                    p.leading.as_ref().map(|l| l.model_id.as_str()),
                    p.lag_months.map(|m| (m * DAYS_PER_MONTH).round() as i64),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("cn-a", Some("us-a"), Some(50)),
                ("cn-b", Some("us-b"), Some(92)),
                ("cn-d", Some("us-b"), Some(122)),
                ("cn-e", Some("us-c"), Some(-60)),
            ]
        );
        // A region with no scores: an empty series, "not enough data".
        let none = observed_lag(&d, "mmlu", Region::US, Region::parse("FR").expect("FR"));
        assert!(none.points.is_empty() && none.latest().is_none());
        let unknown = observed_lag(&d, "no such benchmark", Region::US, Region::CN);
        assert!(unknown.latest().is_none());
        assert_eq!(benchmarks(&d), [("MMLU".to_string(), 9)]);
    }
}
