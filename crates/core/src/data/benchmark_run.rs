//! Benchmark runs: one model's score on one benchmark — what the observed lag is measured from.

use super::dataset::{Locate, RawModel};
use super::date::PartialDate;
use super::problem::{Problem, ProblemKind};
use super::records::Untyped;
use super::region::Region;
use super::source_url::SourceUrl;
use serde::{Deserialize, Serialize};

/// One model's score on one benchmark. Self-contained (the model's region and date are carried
/// along), so runs can be drawn and compared even for models that are not in `models`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BenchmarkRun {
    /// Benchmark name as published, e.g. `GPQA diamond`.
    pub benchmark: String,
    /// The model's id (the same id as in `models` when the model is there too).
    pub model: String,
    /// The model's display name.
    pub model_name: String,
    /// The developer.
    #[serde(default)]
    pub organization: String,
    /// The developer's region.
    pub region: Region,
    /// The model's release date.
    pub released: PartialDate,
    /// The score as published: a fraction (0.35) or a percentage (35), higher is better.
    pub score: f64,
    /// Where the score was found.
    pub source_url: SourceUrl,
    /// Who measured it: `self` for the lab's (or maker's) own report, or the independent
    /// evaluator's name (`Epoch AI`). Default: not stated, which counts as neither.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluator: Option<String>,
    /// How it was measured, as published (`5-shot`, `thinking`, `no tools`). Default: none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setting: Option<String>,
    /// The unit of a measurement that is not a percentage (a chip's `TFLOP/s`, `GB/s`): the
    /// score is then any number from 0, shown with this unit. Default: none, a percentage
    /// (or a fraction of 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

impl BenchmarkRun {
    /// Was it measured by someone other than its maker? `self` and not stated are not.
    pub fn independent(&self) -> bool {
        self.evaluator.as_deref().is_some_and(|e| !e.trim().eq_ignore_ascii_case("self"))
    }
}

/// A run before checking; fields as in [`BenchmarkRun`].
#[derive(Debug, Clone, Default, Deserialize)]
#[allow(missing_docs)] // Each field is documented on `BenchmarkRun`.
pub struct RawBenchmarkRun {
    #[serde(default)]
    pub benchmark: Option<String>,
    #[serde(default)]
    pub model: Option<String>,
    #[serde(default)]
    pub model_name: Option<String>,
    #[serde(default)]
    pub organization: Option<String>,
    #[serde(default)]
    pub region: Option<String>,
    #[serde(default)]
    pub released: Option<String>,
    #[serde(default)]
    pub score: Option<f64>,
    #[serde(default)]
    pub source_url: Option<String>,
    #[serde(default)]
    pub evaluator: Option<String>,
    #[serde(default)]
    pub setting: Option<String>,
    #[serde(default)]
    pub unit: Option<String>,
    /// Set for a record that could not be typed (see [`records`](super::records)). Default:
    /// none.
    #[serde(skip)]
    pub unreadable: Option<Untyped>,
}

impl RawBenchmarkRun {
    /// Checks one run: the model's fields as a model's, plus a benchmark name and a score in
    /// 0–100. `locate` maps gapline field names to where they are.
    pub(crate) fn check(&self, locate: Locate<'_>) -> Result<BenchmarkRun, Vec<Problem>> {
        if let Some(why) = &self.unreadable {
            return Err(vec![why.problem(locate(None), "benchmark run")]);
        }
        let as_model = RawModel {
            id: self.model.clone(),
            name: self.model_name.clone().or_else(|| self.model.clone()),
            organization: self.organization.clone(),
            region: self.region.clone(),
            released: self.released.clone(),
            source_url: self.source_url.clone(),
            ..RawModel::default()
        };
        // The model check names model fields; a run's own names are `model` and `model_name`.
        let renamed = |field: Option<&str>| {
            locate(field.map(|f| match f {
                "id" => "model",
                "name" => "model_name",
                f => f,
            }))
        };
        let mut problems = Vec::new();
        let (model, found) = as_model.check(&renamed);
        problems.extend(found);
        let benchmark = self.benchmark.as_deref().map(str::trim).filter(|b| !b.is_empty());
        if benchmark.is_none() {
            problems.push(Problem {
                location: locate(Some("benchmark")),
                kind: ProblemKind::Missing { field: "benchmark" },
            });
        }
        let text = |v: &Option<String>| {
            v.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string)
        };
        let unit = text(&self.unit);
        // A measurement with a unit has no top of the scale.
        let top = if unit.is_some() { f64::MAX } else { 100.0 };
        match self.score {
            None => problems.push(Problem {
                location: locate(Some("score")),
                kind: ProblemKind::Missing { field: "score" },
            }),
            Some(s) if !(0.0..=top).contains(&s) => problems.push(Problem {
                location: locate(Some("score")),
                kind: ProblemKind::ScoreRange(if s > 100.0 {
                    "more than 100".into()
                } else {
                    "less than 0".into()
                }),
            }),
            Some(_) => {}
        }
        match (model, benchmark, self.score) {
            (Some(m), Some(b), Some(score)) if problems.is_empty() => Ok(BenchmarkRun {
                benchmark: b.to_string(),
                model: m.id,
                model_name: m.name,
                organization: m.organization,
                region: m.region,
                released: m.released,
                score,
                source_url: m.source_url,
                evaluator: text(&self.evaluator),
                setting: text(&self.setting),
                unit,
            }),
            _ => Err(problems),
        }
    }
}
