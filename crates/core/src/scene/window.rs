//! Phase 1 of a scene: the options' time window, and the models each lane draws in it.

use super::build::SceneOptions;
use super::claims::{Readings, extent};
use super::prepared::Prepared;
use crate::data::dataset::Dataset;
use crate::data::region::Region;
use chrono::{Days, NaiveDate};

/// The longest release period, in days (a year): a model starting this long before the window
/// may still reach into it.
const LONGEST_PERIOD: u64 = 366;

/// The window: `from` and `to` where given; otherwise the drawn models' first and last dates
/// with a margin of 3 % of the window (at least two weeks) so edge marks are not cut. The
/// margin is taken from the window, not from all the data, so `from = 2022` over data that
/// starts in 1950 does not push the end years into the future.
pub(super) fn window(
    dates: impl Iterator<Item = (NaiveDate, NaiveDate)>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> (NaiveDate, NaiveDate) {
    let fallback = (
        NaiveDate::from_ymd_opt(2019, 1, 1).unwrap_or_default(),
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default(),
    );
    let (lo, hi) = dates
        .fold(None, |acc: Option<(NaiveDate, NaiveDate)>, (s, e)| {
            Some(acc.map_or((s, e), |(lo, hi)| (lo.min(s), hi.max(e))))
        })
        .unwrap_or(fallback);
    let (start, end) = (from.unwrap_or(lo), to.unwrap_or(hi));
    let margin = Days::new(((end - start).num_days().max(0) as u64 * 3 / 100).max(14));
    (
        if from.is_some() { start } else { start.checked_sub_days(margin).unwrap_or(start) },
        if to.is_some() { end } else { end.checked_add_days(margin).unwrap_or(end) },
    )
}

/// What the automatic window must show: each drawn model's release period, and each claim
/// reading from the date said to the parity it implies (claims widen the window to their
/// dates).
pub(super) fn extents(
    data: &Dataset,
    readings: &Readings,
    options: &SceneOptions,
) -> Vec<(NaiveDate, NaiveDate)> {
    let in_lane = |r: Region| options.lanes.contains(&r);
    let mut out: Vec<(NaiveDate, NaiveDate)> = data
        .models
        .iter()
        .filter(|m| in_lane(m.region))
        .map(|m| (m.released.start(), m.released.end()))
        .collect();
    for (claim, all) in data.claims.iter().zip(readings) {
        out.extend(all.iter().map(|r| extent(claim, r, data, options.reading)));
    }
    out
}

/// The window a scene of `data` shows with no `from` or `to`: all its drawn models and claims,
/// with a margin. Zooming out stops here. ([`Prepared::full_window`] is the same, kept.)
pub fn full_window(data: &Dataset, options: &SceneOptions) -> (NaiveDate, NaiveDate) {
    window(extents(data, &super::claims::readings(data), options).into_iter(), None, None)
}

/// The window a scene of `options` shows.
pub(super) fn scene_window(
    data: &Dataset,
    prepared: &Prepared,
    options: &SceneOptions,
) -> (NaiveDate, NaiveDate) {
    match (options.from, options.to) {
        (Some(from), Some(to)) => (from, to),
        (None, None) => prepared.full_window(),
        (from, to) => window(extents(data, &prepared.readings, options).into_iter(), from, to),
    }
}

/// Per lane, the models released (at least partly) inside `window`, in date order: those that
/// start by the window's end and end after its start, found by a binary search.
pub(super) fn in_window(
    data: &Dataset,
    prepared: &Prepared,
    lanes: usize,
    window: (NaiveDate, NaiveDate),
) -> Vec<Vec<usize>> {
    (0..lanes)
        .map(|lane| {
            let models = prepared.lane(lane);
            let start = |i: usize| data.models[i].released.start();
            let early = window.0.checked_sub_days(Days::new(LONGEST_PERIOD)).unwrap_or(window.0);
            let (lo, hi) = (
                models.partition_point(|&i| start(i) < early),
                models.partition_point(|&i| start(i) <= window.1),
            );
            models[lo..hi.max(lo)]
                .iter()
                .copied()
                .filter(|&i| data.models[i].released.end() > window.0)
                .collect()
        })
        .collect()
}
