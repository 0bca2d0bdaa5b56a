//! A dataset: models plus what a reader needs to trust them (title, source credit, licence),
//! and the tolerant reader that turns loosely typed records into checked ones.

use super::benchmark_run::{BenchmarkRun, RawBenchmarkRun};
use super::claim::{Claim, RawClaim};
use super::country::region_of_country;
use super::date::{PartialDate, Precision};
use super::event::{Event, RawEvent};
use super::flag::RawFlag;
use super::model::{Modality, Model};
use super::problem::{Location, Problem, ProblemKind};
use super::raw_score::RawScore;
use super::records::Untyped;
use super::region::Region;
use super::scores_used::ScoresUsed;
use super::source_url::SourceUrl;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

/// Everything a timeline draws.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Dataset {
    /// Title shown above the timeline. Default: none (the widget shows its own).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Credit line naming where the data comes from. Default: none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Link for the credit line. Default: none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_url: Option<SourceUrl>,
    /// Licence of the data. Default: none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<String>,
    /// The date the data describes the world as of; nothing in it may be released later.
    /// Default: none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<PartialDate>,
    /// The models, each with its source.
    pub models: Vec<Model>,
    /// Benchmark runs, each with its source. Default: none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub benchmarks: Vec<BenchmarkRun>,
    /// Claims about the gap, each with its source. Default: none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub claims: Vec<Claim>,
    /// Policy and hardware events (export controls, chips, rules, milestones), each with its
    /// source. Default: none. The rules they are read by are in [`event`](super::event).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<Event>,
    /// Which scores each benchmark's lag and verdicts use, by benchmark (names as compared:
    /// letters and digits, lower case), once
    /// [`select_scores`](crate::gap::evaluators::select_scores) has chosen. Not read or written.
    #[serde(skip)]
    pub scores_used: Vec<(String, ScoresUsed)>,
}

/// A dataset as found in a file, before checking: every field optional and loosely typed.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct RawDataset {
    /// See [`Dataset::title`].
    #[serde(default)]
    pub title: Option<String>,
    /// See [`Dataset::source`].
    #[serde(default)]
    pub source: Option<String>,
    /// See [`Dataset::source_url`].
    #[serde(default)]
    pub source_url: Option<String>,
    /// See [`Dataset::licence`].
    #[serde(default)]
    pub licence: Option<String>,
    /// See [`Dataset::as_of`].
    #[serde(default)]
    pub as_of: Option<String>,
    /// The model records.
    #[serde(default)]
    pub models: Vec<RawModel>,
    /// The benchmark runs.
    #[serde(default)]
    pub benchmarks: Vec<RawBenchmarkRun>,
    /// The claims.
    #[serde(default)]
    pub claims: Vec<RawClaim>,
    /// The events. Default: none.
    #[serde(default)]
    pub events: Vec<RawEvent>,
    /// Top-level fields and lists that could not be read (a `title` that is a number, `models`
    /// that is not a list), reported first by [`RawDataset::check`]. Filled by
    /// [`read_document`](super::records::read_document); a plain serde read leaves it empty.
    #[serde(skip)]
    pub unread: Vec<Problem>,
}

/// A model record before checking. Field names are those of [`Model`].
#[derive(Debug, Clone, Default, Deserialize)]
#[allow(missing_docs)] // Each field is documented on `Model`.
pub struct RawModel {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub organization: Option<String>,
    #[serde(default)]
    pub region: Option<String>,
    #[serde(default)]
    pub modality: Option<String>,
    #[serde(default)]
    pub released: Option<String>,
    /// A spreadsheet's separate precision column (`day`, `month` …); JSON writes the precision
    /// into `released` itself (`2023-03`).
    #[serde(default)]
    pub date_precision: Option<String>,
    /// Any JSON value per benchmark, so one wrong score costs that score only ([`RawScore`]).
    #[serde(default)]
    pub scores: BTreeMap<String, RawScore>,
    #[serde(default)]
    pub source_url: Option<String>,
    #[serde(default)]
    pub notes: Option<String>,
    /// Any JSON value, so that a `key` that is not a boolean is a problem of its record only
    /// ([`RawFlag`]); a spreadsheet's cell is a [`RawFlag::Word`].
    #[serde(default)]
    pub key: Option<RawFlag>,
    /// Read as `key` is; an empty cell is not stated.
    #[serde(default)]
    pub open_weights: Option<RawFlag>,
    /// Read as `key` is; an empty cell is not stated.
    #[serde(default)]
    pub available_in_china: Option<RawFlag>,
    /// Set for a record that could not be typed at all (see [`records`](super::records)): it
    /// is reported where it is and left out. Default: none.
    #[serde(skip)]
    pub unreadable: Option<Untyped>,
}

/// A checked dataset and every problem found on the way. Records with problems are left out
/// (except for a problem that keeps its record, [`ProblemKind::keeps_record`]); all the others
/// are kept.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    /// The records that passed.
    pub dataset: Dataset,
    /// What was wrong with the others, in file order.
    pub problems: Vec<Problem>,
}

impl Loaded {
    /// How many records were left out: the distinct records the problems belong to, not
    /// counting problems that keep their record ([`ProblemKind::keeps_record`]).
    pub fn skipped(&self) -> usize {
        Problem::records(&self.problems)
    }
}

/// A field of a raw model and where it sits, so problems can point at it.
pub(crate) type Locate<'a> = &'a dyn Fn(Option<&str>) -> Location;

/// A checked record: the model, unless a problem leaves it out, and every problem found (a
/// model may come with problems that keep it, [`ProblemKind::keeps_record`]).
pub(crate) type CheckedModel = (Option<Model>, Vec<Problem>);

impl RawModel {
    /// Checks one record. `locate(field)` says where a field is (`None`: the whole record).
    pub(crate) fn check(&self, locate: Locate<'_>) -> CheckedModel {
        if let Some(why) = &self.unreadable {
            return (None, vec![why.problem(locate(None), "model")]);
        }
        let mut problems = Vec::new();
        let mut problem =
            |field: &str, kind| problems.push(Problem { location: locate(Some(field)), kind });
        let text = |v: &Option<String>| {
            v.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string)
        };

        let id = text(&self.id);
        let name = text(&self.name);
        for (field, value) in [("id", &id), ("name", &name)] {
            if value.is_none() {
                problem(field, ProblemKind::Missing { field });
            }
        }
        let region = match text(&self.region) {
            None => {
                problem("region", ProblemKind::Missing { field: "region" });
                None
            }
            Some(r) => Region::parse(&r).or_else(|| region_of_country(&r)).or_else(|| {
                problem("region", ProblemKind::Region(r));
                None
            }),
        };
        let released = dated(&self.released, &self.date_precision, "released", &mut problem);
        let source_url = match text(&self.source_url) {
            None => {
                problem("source_url", ProblemKind::Missing { field: "source_url" });
                None
            }
            Some(u) => {
                SourceUrl::parse(&u).map_err(|e| problem("source_url", ProblemKind::Url(e))).ok()
            }
        };
        // A score that cannot be read costs that score, not the model.
        let mut scores = BTreeMap::new();
        // A score is at `scores/<benchmark>` in JSON; a CSV reader reports its own cells.
        let score_at = |benchmark: &str| match locate(Some("scores")) {
            Location::Json { pointer } => {
                Location::Json { pointer: format!("{pointer}/{}", pointer_escape(benchmark)) }
            }
            other => other,
        };
        let mut score_problems = Vec::new();
        for (benchmark, score) in &self.scores {
            let bad = |value: String, out_of_range| ProblemKind::ModelScore { value, out_of_range };
            match *score {
                RawScore::Number(s) if (0.0..=100.0).contains(&s) => {
                    scores.insert(benchmark.clone(), s);
                }
                // Whole numbers only: the widget has no float formatting (see scene/svg.rs).
                RawScore::Number(s) if s.is_finite() => {
                    score_problems.push((benchmark, bad(format!("{}", s as i64), true)));
                }
                // Only NaN or infinity get here (no float formatting in the widget's code path).
                RawScore::Number(s) => {
                    let text = if s.is_nan() { "NaN" } else { "infinite" };
                    score_problems.push((benchmark, bad(text.to_string(), false)));
                }
                RawScore::Invalid(what) => {
                    score_problems.push((benchmark, bad(what.words().to_string(), false)));
                }
            }
        }
        // A wrong `key` is reported but keeps the model, as not key (see `flag`).
        let key = match self.key.as_ref().map(RawFlag::value) {
            None => false,
            Some(Ok(key)) => key,
            Some(Err((value, allowed))) => {
                problem("key", ProblemKind::Flag { field: "key", value, allowed });
                false
            }
        };
        // Optional yes-or-no fields: not stated when absent or empty, and, as `key`, a wrong
        // value is reported and keeps the model (as not stated).
        let mut stated = |field: &'static str, flag: &Option<RawFlag>| match flag {
            Some(RawFlag::Word(w)) if w.trim().is_empty() => None,
            None => None,
            Some(f) => f
                .value()
                .map_err(|(value, allowed)| {
                    problem(field, ProblemKind::Flag { field, value, allowed });
                })
                .ok(),
        };
        let open_weights = stated("open_weights", &self.open_weights);
        let available_in_china = stated("available_in_china", &self.available_in_china);
        problems.extend(
            score_problems.into_iter().map(|(b, kind)| Problem { location: score_at(b), kind }),
        );
        let model = match (id, name, region, released, source_url) {
            (Some(id), Some(name), Some(region), Some(released), Some(source_url))
                if problems.iter().all(|p| p.kind.keeps_record()) =>
            {
                Some(Model {
                    id,
                    name,
                    organization: text(&self.organization).unwrap_or_default(),
                    region,
                    modality: Modality::from_word(self.modality.as_deref().unwrap_or("")),
                    released,
                    scores,
                    source_url,
                    notes: text(&self.notes),
                    key,
                    open_weights,
                    available_in_china,
                })
            }
            _ => None,
        };
        (model, problems)
    }
}

impl Dataset {
    /// Checks benchmark runs (from this file or another, such as a page's inline data) and adds
    /// the valid ones; returns the problems, located at `/benchmarks/N/…` of the runs' own list.
    pub fn add_benchmarks(&mut self, runs: &[RawBenchmarkRun]) -> Vec<Problem> {
        let mut problems = Vec::new();
        for (i, raw) in runs.iter().enumerate() {
            match raw.check(&json_locator("benchmarks", i)) {
                Ok(run) => self.benchmarks.push(run),
                Err(p) => problems.extend(p),
            }
        }
        problems
    }

    /// Checks `claims` (from this file or another, such as a page's `data-claims`) against
    /// this dataset's models and adds the valid ones; returns the problems, located at
    /// `/claims/N/…` of the claims' own list. A claim whose id is already used is left out.
    pub fn add_claims(&mut self, claims: &[RawClaim]) -> Vec<Problem> {
        let model_ids: HashSet<&str> = self.models.iter().map(|m| m.id.as_str()).collect();
        let has_model = |id: &str| model_ids.contains(id);
        let mut claim_ids: HashSet<String> = self.claims.iter().map(|c| c.id.clone()).collect();
        let mut problems = Vec::new();
        let mut added = Vec::new();
        for (i, raw) in claims.iter().enumerate() {
            let locate = json_locator("claims", i);
            match raw.check(&locate, &has_model) {
                Ok(claim) if !claim_ids.insert(claim.id.clone()) => problems.push(Problem {
                    location: locate(Some("id")),
                    kind: ProblemKind::DuplicateId(claim.id),
                }),
                Ok(claim) => added.push(claim),
                Err(p) => problems.extend(p),
            }
        }
        self.claims.extend(added);
        problems
    }
}

impl RawDataset {
    /// Checks every record of a dataset read from JSON; problems point at JSON pointers.
    pub fn check(self) -> Loaded {
        let mut loaded = Loaded { problems: self.unread.clone(), ..Loaded::default() };
        // The as-of date first: a model or run released after it is left out where it is read
        // (so its problem points at its own record), before claims are checked against the
        // models kept.
        let as_of = match self
            .as_of
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(PartialDate::parse_human)
        {
            Some(Ok(as_of)) => Some(as_of),
            Some(Err(e)) => {
                loaded.problems.push(Problem {
                    location: Location::Json { pointer: "/as_of".into() },
                    kind: ProblemKind::Date(e),
                });
                None
            }
            None => None,
        };
        loaded.dataset.as_of = as_of;
        // `Some(as_of)` when `released` is after it.
        let late = move |released: PartialDate| as_of.filter(|a| released.start() >= a.end());
        let checked = self.models.iter().enumerate().map(|(i, raw)| {
            let locate = json_locator("models", i);
            let (model, mut problems) = raw.check(&locate);
            let model = match model.map(|m| (late(m.released), m)) {
                Some((Some(as_of), m)) => {
                    problems.push(Problem {
                        location: locate(Some("released")),
                        kind: ProblemKind::AfterAsOf { date: m.released, as_of },
                    });
                    None
                }
                other => other.map(|(_, m)| m),
            };
            // The id's location is written only for a duplicate: formatting 10,000 pointers
            // that are never shown was a tenth of loading 10,000 models.
            ((model, problems), move || locate(Some("id")))
        });
        let model_problems = collect_models(checked, &mut loaded.dataset.models);
        loaded.problems.extend(model_problems);
        for (i, raw) in self.benchmarks.iter().enumerate() {
            let locate = json_locator("benchmarks", i);
            match raw.check(&locate) {
                Ok(run) => match late(run.released) {
                    Some(as_of) => loaded.problems.push(Problem {
                        location: locate(Some("released")),
                        kind: ProblemKind::AfterAsOf { date: run.released, as_of },
                    }),
                    None => loaded.dataset.benchmarks.push(run),
                },
                Err(p) => loaded.problems.extend(p),
            }
        }
        let claim_problems = loaded.dataset.add_claims(&self.claims);
        loaded.problems.extend(claim_problems);
        // Last: events are checked against the models kept and the as-of date.
        let event_problems = loaded.dataset.add_events(&self.events);
        loaded.problems.extend(event_problems);
        loaded.dataset.title = self.title.filter(|t| !t.trim().is_empty());
        loaded.dataset.source = self.source.filter(|t| !t.trim().is_empty());
        loaded.dataset.licence = self.licence.filter(|t| !t.trim().is_empty());
        match self.source_url.as_deref().map(SourceUrl::parse) {
            Some(Ok(url)) => loaded.dataset.source_url = Some(url),
            Some(Err(e)) => loaded.problems.push(Problem {
                location: Location::Json { pointer: "/source_url".into() },
                kind: ProblemKind::Url(e),
            }),
            None => {}
        }
        loaded
    }
}

/// A date field and its optional precision column, as a model's `released` and an event's `date`
/// are read: the date keeps the precision it states (`2023-03`), and a coarser `date_precision`
/// widens it (2020-05-01 + `month` = May 2020); a finer one cannot invent the missing day, so the
/// date's own precision stays. Problems go to `problem(field, kind)`; `None` when there are any.
pub(crate) fn dated(
    date: &Option<String>,
    date_precision: &Option<String>,
    field: &'static str,
    problem: &mut impl FnMut(&str, ProblemKind),
) -> Option<PartialDate> {
    let text = |v: &Option<String>| {
        v.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string)
    };
    let precision = match text(date_precision) {
        None => None,
        Some(word) => Precision::from_word(&word).or_else(|| {
            problem("date_precision", ProblemKind::Precision(word));
            None
        }),
    };
    match text(date) {
        None => {
            problem(field, ProblemKind::Missing { field });
            None
        }
        Some(r) => match PartialDate::parse_human(&r) {
            Ok(date) => Some(match precision {
                Some(p) if p > date.precision() => PartialDate::containing(date.start(), p),
                _ => date,
            }),
            Err(e) => {
                problem(field, ProblemKind::Date(e));
                None
            }
        },
    }
}

/// Keeps the checked models (first of each id wins) and returns the problems in input order.
pub(crate) fn collect_models<L: FnOnce() -> Location>(
    checked: impl Iterator<Item = (CheckedModel, L)>,
    models: &mut Vec<Model>,
) -> Vec<Problem> {
    let mut seen = rustc_hash::FxHashSet::default();
    let mut problems = Vec::new();
    for ((model, found), id_location) in checked {
        problems.extend(found);
        match model {
            Some(model) if !seen.insert(model.id.clone()) => {
                problems.push(Problem {
                    location: id_location(),
                    kind: ProblemKind::DuplicateId(model.id),
                });
            }
            Some(model) => models.push(model),
            None => {}
        }
    }
    problems
}

/// Where the fields of record `index` of a top-level array (`models`, `claims` …) are, as JSON
/// pointers: `/models/3/released`, or `/models/3` for the whole record.
pub(crate) fn json_locator(array: &'static str, index: usize) -> impl Fn(Option<&str>) -> Location {
    move |field| Location::Json {
        pointer: match field {
            Some(f) => format!("/{array}/{index}/{}", pointer_escape(f)),
            None => format!("/{array}/{index}"),
        },
    }
}

/// RFC 6901: `~` and `/` in a key are written `~0` and `~1`.
fn pointer_escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(json: &str) -> Loaded {
        serde_json::from_str::<RawDataset>(json).expect("test JSON parses").check()
    }

    #[test]
    fn keeps_good_models_and_locates_every_problem() {
        let loaded = read(
            r#"{"models": [
            {"id": "a", "name": "A", "region": "US", "released": "2023-03", "source_url": "https://a.example"},
            {"id": "b", "name": "", "region": "Mars", "released": "2023-02-30", "source_url": "javascript:x"},
            {"id": "a", "name": "A again", "region": "CN", "released": "2024", "source_url": "https://b.example"},
            {"id": "c", "name": "C", "region": "cn", "released": "2024-01-05", "source_url": "http://c.example",
             "scores": {"mmlu": 70.5}}
        ]}"#,
        );
        let ids: Vec<_> = loaded.dataset.models.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["a", "c"]);
        let messages: Vec<_> = loaded.problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "`/models/1/name`: `name` is missing: every entry needs one",
                "`/models/1/region`: `Mars` is not a region: use a two-letter ISO 3166 code such as US or CN, or a country name",
                "`/models/1/released`: `2023-02-30` is not a real calendar date: check the month and day",
                "`/models/1/source_url`: `javascript:x` is not a web link: sources must start with https:// or http://",
                "`/models/2/id`: the id `a` is used twice: give each its own id (the first is kept)",
            ]
        );
        assert_eq!(loaded.dataset.models[1].region, Region::CN);
        assert_eq!(loaded.skipped(), 2, "records 1 and 2 were left out");
        assert_eq!(loaded.dataset.models[1].scores.get("mmlu"), Some(&70.5));
    }

    #[test]
    fn a_key_that_is_not_a_boolean_is_reported_and_the_model_kept() {
        let cases = [
            ("true", r#""key": true"#, true, None),
            ("false", r#""key": false"#, false, None),
            ("absent", "", false, None),
            ("null, as absent", r#""key": null"#, false, None),
            ("a string", r#""key": "yes""#, false, Some(r#"`"yes"`"#)),
            ("the word true, quoted", r#""key": "true""#, false, Some(r#"`"true"`"#)),
            ("a number", r#""key": 1"#, false, Some("`1`")),
            ("a list", r#""key": [true]"#, false, Some("`a list`")),
        ];
        for (label, field, key, value) in cases {
            let comma = if field.is_empty() { "" } else { ", " };
            let loaded = read(&format!(
                r#"{{"models": [
                {{"id": "a", "name": "A", "region": "US", "released": "2023", "source_url": "https://a.example"{comma}{field}}},
                {{"id": "b", "name": "B", "region": "US", "released": "2024", "source_url": "https://b.example", "key": true}}
            ]}}"#
            ));
            let got: Vec<(&str, bool)> =
                loaded.dataset.models.iter().map(|m| (m.id.as_str(), m.key)).collect();
            assert_eq!(got, [("a", key), ("b", true)], "{label}: both kept");
            let messages: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
            let expected: Vec<String> = value
                .map(|v| {
                    format!(
                        "`/models/0/key`: {v} is not a yes or no: write true or false, without quotes (the model is kept, with `key` false)"
                    )
                })
                .into_iter()
                .collect();
            assert_eq!(messages, expected, "{label}");
            assert_eq!(loaded.skipped(), 0, "{label}: a wrong key leaves nothing out");
        }
        // With another problem the record is left out, and counted once.
        let loaded = read(
            r#"{"models": [{"id": "a", "name": "A", "region": "US", "released": "2023-02-30", "source_url": "https://a.example", "key": "yes"}]}"#,
        );
        assert_eq!((loaded.dataset.models.len(), loaded.problems.len()), (0, 2));
        assert_eq!(loaded.skipped(), 1);
    }

    #[test]
    fn claims_must_name_models_that_exist_and_carry_their_source() {
        let loaded = read(
            r#"{"models": [
            {"id": "gpt-4", "name": "GPT-4", "region": "US", "released": "2023-03-14", "source_url": "https://a.example"}
        ], "claims": [
            {"id": "z", "speaker": "Zhou Hongyi", "said_on": "2024-02-16", "source_url": "https://s.example",
             "text": "still a 1.5-year gap from GPT-4", "reference_model": "gpt-4"},
            {"id": "y", "speaker": "Someone", "said_on": "2024-02", "source_url": "https://s.example",
             "text": "behind GPT-5", "reference_model": "gpt-5"},
            {"id": "x", "speaker": "Someone", "said_on": "Feb 2024", "text": "no source"},
            {"id": "z", "speaker": "Again", "said_on": "2024", "source_url": "https://s.example", "text": "dup"}
        ]}"#,
        );
        assert_eq!(loaded.dataset.claims.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["z"]);
        assert_eq!(loaded.dataset.claims[0].said_on.to_string(), "2024-02-16");
        let messages: Vec<_> = loaded.problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "`/claims/1/reference_model`: no model has the id `gpt-5`: use the id of a model in `models`, or add the model",
                "`/claims/2/source_url`: `source_url` is missing: every entry needs one",
                "`/claims/3/id`: the id `z` is used twice: give each its own id (the first is kept)",
            ]
        );
    }

    #[test]
    fn nothing_may_be_released_after_the_as_of_date() {
        let loaded = read(
            r#"{"as_of": "2025-04", "models": [
            {"id": "a", "name": "A", "region": "US", "released": "2025-04-30", "source_url": "https://a.example"},
            {"id": "b", "name": "B", "region": "US", "released": "2025-05-01", "source_url": "https://b.example"}
        ], "benchmarks": [
            {"benchmark": "X", "model": "b", "model_name": "B", "region": "US", "released": "2025-06", "score": 0.5,
             "source_url": "https://b.example"}
        ]}"#,
        );
        assert_eq!(loaded.dataset.models.len(), 1);
        assert_eq!(loaded.dataset.benchmarks.len(), 0);
        let messages: Vec<_> = loaded.problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "`/models/1/released`: 2025-05-01 is after the data's as-of date (2025-04): correct the date or move `as_of` later",
                "`/benchmarks/0/released`: 2025-06 is after the data's as-of date (2025-04): correct the date or move `as_of` later",
            ]
        );
    }

    #[test]
    fn a_coarser_precision_column_widens_the_date_but_a_finer_one_cannot_invent_a_day() {
        let raw = |released: &str, precision: &str| RawModel {
            id: Some("m".into()),
            name: Some("M".into()),
            region: Some("US".into()),
            released: Some(released.into()),
            date_precision: Some(precision.into()),
            source_url: Some("https://m.example".into()),
            ..RawModel::default()
        };
        let here = |_: Option<&str>| Location::Json { pointer: String::new() };
        let released = |r: &str, p: &str| raw(r, p).check(&here).0.map(|m| m.released.to_string());
        assert_eq!(released("2020-05-01", "month"), Some("2020-05".to_string()));
        assert_eq!(released("2020-05", "day"), Some("2020-05".to_string()));
        assert_eq!(released("2020-05-17", "year"), Some("2020".to_string()));
        let (model, err) = raw("2020-05-01", "week").check(&here);
        assert!(model.is_none(), "bad precision");
        assert_eq!(
            err[0].to_string(),
            "the document: `week` is not a date precision: write day, month, quarter or year"
        );
    }
}
