//! What every scene of one dataset shares, whatever its window and size: each claim read, the
//! drawn models in lane and date order, the models left without a lane, the benchmark and its
//! observed lag, and the data's own window. The widget prepares this once when the data
//! arrives and builds a scene from it on every zoom or pan step, which then costs only what
//! the window shows.

use super::build::SceneOptions;
use super::claims::{Readings, readings};
use super::model_filter::ModelFilter;
use super::prominence::{default_filter, ranks};
use super::window::{extents, window};
use crate::data::dataset::Dataset;
use crate::data::region::Region;
use crate::gap::chance::{scene_benchmark, verdict_benchmark};
use crate::gap::evaluators::{ScoresUsed, scores_used};
use crate::gap::observed::{LagSeries, benchmarks, observed_lag};
use crate::gap::projection::ReadingKind;
use chrono::NaiveDate;

/// The window-independent part of the scenes of one dataset ([`Prepared::new`]); pass it to
/// [`build_scene_with`](super::build_scene_with).
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The options it was made for: lanes, reading and benchmark asked for.
    made_for: (Vec<Region>, ReadingKind, Option<String>),
    /// Each claim of the data read once, in the claims' order: every comparison its text
    /// makes.
    pub(super) readings: Readings,
    /// Each reading's benchmark for its verdict, as `readings`: the one asked for, else the
    /// one with the most scores on which the reference model's score can tell (see
    /// `gap::chance`), else the scene's.
    pub(super) claim_benchmarks: Vec<Vec<Option<String>>>,
    /// Each model's prominence rank, by index in the data (see `scene::prominence`).
    pub(super) ranks: Vec<u8>,
    /// The label filter used when none is asked for.
    pub(super) default_filter: ModelFilter,
    /// Indexes of the models with a lane, by lane (in the lanes' order), then by the first day
    /// of their release, then by index.
    pub(super) order: Vec<usize>,
    /// Where each lane's models start in `order`, and where the last ends (`lanes + 1` entries).
    pub(super) lane_starts: Vec<usize>,
    /// Models of regions without a lane, counted per region in the order first met.
    pub(super) hidden: Vec<(Region, usize)>,
    /// The benchmark of the connectors and verdicts, as the data names it.
    pub(super) benchmark: Option<String>,
    /// Its observed lag between the lanes' leading and lagging regions, when both have a lane.
    pub(super) series: Option<LagSeries>,
    /// Whose scores the benchmark's lag rests on, when they were chosen (`gap::evaluators`).
    scores_used: Option<ScoresUsed>,
    /// The data's own window: every drawn model and claim, with a margin.
    full_window: (NaiveDate, NaiveDate),
}

/// The lanes' leading and lagging regions for the observed lag: China lags when it has a lane,
/// and the first other lane leads.
pub(super) fn lead_and_lag(lanes: &[Region]) -> Option<(Region, Region)> {
    let lead = lanes.iter().copied().find(|&r| r != Region::CN)?;
    let lag = lanes.iter().copied().find(|&r| r == Region::CN)?;
    Some((lead, lag))
}

impl Prepared {
    /// The summary sentence for `scene` (built from this), from the prepared observed lag: no
    /// pass over the data per zoom step.
    pub fn summary(&self, scene: &super::Scene, lang: crate::lang::Lang) -> String {
        let sentence = super::summary::sentence(self.series.as_ref(), scene.window.1, lang);
        super::summary::with_scores(sentence, self.scores_used.as_ref(), lang)
    }

    /// Prepares the scenes of `data` for the lanes, reading and benchmark of `options` (its
    /// window, size and language do not matter here).
    pub fn new(data: &Dataset, options: &SceneOptions) -> Prepared {
        let lane_of = |r: Region| options.lanes.iter().position(|&l| l == r);
        let mut hidden: Vec<(Region, usize)> = Vec::new();
        let mut keyed: Vec<(usize, NaiveDate, usize)> = Vec::with_capacity(data.models.len());
        for (i, m) in data.models.iter().enumerate() {
            match lane_of(m.region) {
                Some(lane) => keyed.push((lane, m.released.start(), i)),
                None => match hidden.iter_mut().find(|(r, _)| *r == m.region) {
                    Some((_, n)) => *n += 1,
                    None => hidden.push((m.region, 1)),
                },
            }
        }
        keyed.sort_unstable();
        let lane_starts =
            (0..=options.lanes.len()).map(|l| keyed.partition_point(|k| k.0 < l)).collect();
        let readings = readings(data);
        let full_window = window(extents(data, &readings, options).into_iter(), None, None);
        let benchmark = match &options.benchmark {
            Some(b) => Some(b.clone()),
            None => match lead_and_lag(&options.lanes) {
                Some((lead, lag)) => scene_benchmark(data, lead, lag),
                None => benchmarks(data).into_iter().next().map(|(name, _)| name),
            },
        };
        let series = benchmark.as_deref().and_then(|b| {
            lead_and_lag(&options.lanes).map(|(lead, lag)| observed_lag(data, b, lead, lag))
        });
        let claim_benchmarks = readings
            .iter()
            .map(|all| {
                all.iter()
                    .map(|r| {
                        verdict_benchmark(
                            data,
                            options.benchmark.as_deref(),
                            r.reference.model_id.as_deref(),
                            benchmark.as_deref(),
                        )
                    })
                    .collect()
            })
            .collect();
        Prepared {
            made_for: (options.lanes.clone(), options.reading, options.benchmark.clone()),
            ranks: ranks(data, benchmark.as_deref(), &options.lanes),
            default_filter: default_filter(data),
            claim_benchmarks,
            readings,
            order: keyed.into_iter().map(|k| k.2).collect(),
            lane_starts,
            hidden,
            scores_used: benchmark.as_deref().and_then(|b| scores_used(data, b)).cloned(),
            benchmark,
            series,
            full_window,
        }
    }

    /// True when it was made for the lanes, reading and benchmark of `options`.
    pub fn fits(&self, options: &SceneOptions) -> bool {
        self.made_for.0 == options.lanes
            && self.made_for.1 == options.reading
            && self.made_for.2 == options.benchmark
    }

    /// The window a scene shows with no `from` or `to`: all the drawn models and claims, with a
    /// margin. Zooming out stops here.
    pub fn full_window(&self) -> (NaiveDate, NaiveDate) {
        self.full_window
    }

    /// The models of lane `lane`, in date order.
    pub(super) fn lane(&self, lane: usize) -> &[usize] {
        match (self.lane_starts.get(lane), self.lane_starts.get(lane + 1)) {
            (Some(&a), Some(&b)) => &self.order[a..b],
            _ => &[],
        }
    }
}
