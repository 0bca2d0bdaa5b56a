//! Phase 2 of a scene: the models in the window as marks, lane by lane in date order, with
//! their prominence. Marks of one lane too close to tell apart become one counted cluster
//! (see [`clusters`](super::clusters)), in three layers: the models a drawn claim names are
//! always marks of their own, so their labels can be drawn; prominent models are grouped
//! among themselves, and so are the others. Within a layer, marks keep
//! [`CLUSTER_GAP`](super::clusters::CLUSTER_GAP) apart.

use super::clusters::{UNCLUSTERED_DAYS, groups};
use super::metrics::COUNT_GAP;
use super::primitives::{Cluster, Mark, fonts};
use super::prominence::{FEATURED, FRONTIER};
use crate::data::dataset::Dataset;
use crate::data::date::Precision;
use crate::lang::Lang;
use crate::layout::text_width::text_width;
use crate::layout::time_scale::TimeScale;
use chrono::NaiveDate;

/// What the marks need to know.
pub(super) struct MarkContext<'a> {
    pub data: &'a Dataset,
    pub scale: &'a TimeScale,
    pub window: (NaiveDate, NaiveDate),
    pub plot: (f64, f64),
    pub lang: Lang,
    /// Each model's rank, by index (see `prominence`), with the featured ones at [`FEATURED`].
    pub rank: &'a dyn Fn(usize) -> u8,
}

/// The marks of every lane: `models` are each lane's models in the window, in date order;
/// `lane_y` the y of each lane's marks.
pub(super) fn marks(ctx: &MarkContext<'_>, models: &[Vec<usize>], lane_y: &[f64]) -> Vec<Mark> {
    let mut marks: Vec<Mark> = Vec::new();
    let cluster_any = (ctx.window.1 - ctx.window.0).num_days() > UNCLUSTERED_DAYS;
    for (lane, models) in models.iter().enumerate() {
        let y = lane_y.get(lane).copied().unwrap_or(0.0);
        let first_mark = marks.len();
        // Three layers, each grouped on its own: featured models are always marks of their
        // own, prominent ones are grouped among themselves (a light model never hides a
        // prominent one in its count), and so are the rest.
        let (featured, others): (Vec<usize>, Vec<usize>) =
            models.iter().partition(|&&i| (ctx.rank)(i) == FEATURED);
        let (prominent, rest): (Vec<usize>, Vec<usize>) =
            others.iter().partition(|&&i| (ctx.rank)(i) <= FRONTIER);
        let mut lane_marks: Vec<Mark> = Vec::with_capacity(models.len());
        for layer in [&prominent, &rest] {
            let positions: Vec<f64> =
                layer.iter().map(|&i| ctx.scale.x(ctx.data.models[i].released.start())).collect();
            let found = if cluster_any {
                groups(&positions)
            } else {
                (0..positions.len()).map(|i| i..i + 1).collect()
            };
            lane_marks.extend(found.into_iter().map(|group| match &layer[group.clone()] {
                [one] => single(ctx, *one, lane, y),
                members => cluster(
                    ctx,
                    members,
                    lane,
                    (positions[group.start], positions[group.end - 1]),
                    y,
                ),
            }));
        }
        lane_marks.extend(featured.iter().map(|&i| single(ctx, i, lane, y)));
        // Date order (by x, then the model's first day), as the keyboard walks a lane.
        lane_marks.sort_by(|a, b| {
            a.at().total_cmp(&b.at()).then_with(|| {
                let day = |m: &Mark| ctx.data.models[m.model].released.start();
                day(a).cmp(&day(b))
            })
        });
        marks.extend(lane_marks);
        show_counts(&mut marks[first_mark..], ctx.plot);
    }
    marks
}

/// What a mark's description adds for a chip the US export rules keep out of China.
fn restricted_words(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ", not sold in China (US export rules)",
        Lang::Zh => "，美国出口管制：不得销往中国",
    }
}

/// A model drawn on its own.
fn single(ctx: &MarkContext<'_>, i: usize, lane: usize, y: f64) -> Mark {
    let m = &ctx.data.models[i];
    let span = m.released.precision() != Precision::Day;
    let x0 = ctx.scale.x(m.released.start());
    let x1 = if span { ctx.scale.x(m.released.end()) } else { x0 };
    let who =
        if m.organization.is_empty() { String::new() } else { format!(", {}", m.organization) };
    let rank = (ctx.rank)(i);
    let restricted = m.available_in_china == Some(false);
    Mark {
        model: i,
        id: m.id.clone(),
        name: m.name.clone(),
        lane,
        x0,
        x1,
        y,
        span,
        description: format!(
            "{}{who}, {}{}",
            m.name,
            ctx.lang.date(m.released),
            if restricted { restricted_words(ctx.lang) } else { "" }
        ),
        label: None,
        cluster: None,
        prominent: rank <= FRONTIER,
        featured: rank == FEATURED,
        restricted,
    }
}

/// Models too close to tell apart (`members`, in date order, at `x` = the first's and the
/// last's x), drawn as one counted mark.
fn cluster(ctx: &MarkContext<'_>, members: &[usize], lane: usize, x: (f64, f64), y: f64) -> Mark {
    let data = ctx.data;
    let lead = &data.models[members[0]];
    let first = lead.released.start();
    // The last day of the latest release period (`end` is the day after it).
    let end = members.iter().map(|&i| data.models[i].released.end()).max().unwrap_or(first);
    let last = end.pred_opt().unwrap_or(end).max(first);
    let count = members.len();
    Mark {
        model: members[0],
        id: lead.id.clone(),
        name: String::new(),
        lane,
        x0: x.0,
        x1: x.1,
        y,
        span: false,
        description: ctx.lang.cluster(count, first, last),
        label: None,
        cluster: Some(Cluster { count, first, last, count_shown: false }),
        prominent: members.iter().any(|&i| (ctx.rank)(i) <= FRONTIER),
        featured: false,
        restricted: false,
    }
}

/// Shows a cluster's count where it fits: the figures, centred on the cluster, must keep
/// [`COUNT_GAP`] px from the neighbouring marks' centres (half the distance each side, so two
/// shown counts never touch) and stay inside the plot. `marks` are one lane's, in order.
fn show_counts(marks: &mut [Mark], plot: (f64, f64)) {
    let at: Vec<f64> = marks.iter().map(Mark::at).collect();
    for k in 0..marks.len() {
        let Some(c) = &mut marks[k].cluster else { continue };
        let half = text_width(&c.count.to_string(), fonts::COUNT, false) / 2.0 + COUNT_GAP / 2.0;
        let before = if k > 0 { (at[k] - at[k - 1]) / 2.0 } else { at[k] - plot.0 };
        let after = at.get(k + 1).map_or(plot.1 - at[k], |next| (next - at[k]) / 2.0);
        c.count_shown = half <= before && half <= after;
    }
}
