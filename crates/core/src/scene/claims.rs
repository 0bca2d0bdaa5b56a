//! Claims on the timeline: one row each under the lanes, in the order said.
//!
//! A row has the claim's label (who, when, what it says), its bracket and its verdict. Only
//! claims said inside the window are drawn, at most [`MAX_ROWS`]; the others are counted in a
//! note, and every claim stays in the list under the chart.

use super::primitives::{ClaimMark, TextLine, fonts};
use crate::claims::reading::{Reading, read_claim};
use crate::claims::resolve::Resolver;
use crate::data::dataset::Dataset;
use crate::gap::projection::{ReadingKind, project};
use crate::gap::verdict::{Verdict, verdict};
use crate::lang::Lang;
use crate::layout::text_width::fit;
use crate::layout::time_scale::TimeScale;
use chrono::NaiveDate;

/// Height of one claim row, px: label, bracket, verdict.
pub const ROW: f64 = 46.0;
/// Claims drawn at most; more would crowd out the lanes.
pub const MAX_ROWS: usize = 6;

/// What the claim rows need to know.
pub struct ClaimContext<'a> {
    /// The data.
    pub data: &'a Dataset,
    /// Language of the text.
    pub lang: Lang,
    /// Which reading is drawn.
    pub reading: ReadingKind,
    /// The benchmark for verdicts, as the data names it.
    pub benchmark: Option<&'a str>,
    /// Each claim of `data` read once ([`readings`]), in the claims' order.
    pub readings: &'a [Reading],
}

/// Every claim of `data` read, with the model names indexed once: the scene needs each reading
/// for the window, the rows and the verdicts, and reads none twice.
pub fn readings(data: &Dataset) -> Vec<Reading> {
    if data.claims.is_empty() {
        return Vec::new();
    }
    let names = Resolver::new(data);
    data.claims.iter().map(|c| read_claim(c, data, Some(&names))).collect()
}

/// The days a claim covers on the timeline: from the date said to the parity it implies in the
/// `kind` reading (or the end of the date said, when it implies none).
pub fn extent(
    claim: &crate::data::claim::Claim,
    reading: &Reading,
    data: &Dataset,
    kind: ReadingKind,
) -> (NaiveDate, NaiveDate) {
    let end = project(claim, reading, data, kind)
        .or_else(|| project(claim, reading, data, ReadingKind::CatchUp))
        .map_or(claim.said_on.end(), |p| p.to.unwrap_or(p.from).max(claim.said_on.end()));
    (claim.said_on.start().min(end), end)
}

/// Indexes of the claims drawn (those whose extent meets the window, first [`MAX_ROWS`] by the
/// date said, so a zoomed-in window still shows the brackets that cross it), and how many were
/// left out.
pub fn drawn(
    data: &Dataset,
    readings: &[Reading],
    window: (NaiveDate, NaiveDate),
    kind: ReadingKind,
) -> (Vec<usize>, usize) {
    let mut inside: Vec<usize> = (0..data.claims.len().min(readings.len()))
        .filter(|&i| {
            let (start, end) = extent(&data.claims[i], &readings[i], data, kind);
            end >= window.0 && start <= window.1
        })
        .collect();
    inside.sort_by_key(|&i| (data.claims[i].said_on.start(), i));
    let left_out = inside.len().saturating_sub(MAX_ROWS);
    inside.truncate(MAX_ROWS);
    (inside, left_out)
}

/// The claim rows, the first starting at `top`.
pub fn claim_marks(
    ctx: &ClaimContext<'_>,
    which: &[usize],
    scale: &TimeScale,
    plot: (f64, f64),
    top: f64,
) -> Vec<ClaimMark> {
    let clamp = |x: f64| x.clamp(plot.0, plot.1);
    let width = plot.1 - plot.0;
    which
        .iter()
        .enumerate()
        .map(|(row, &i)| {
            let claim = &ctx.data.claims[i];
            let reading = &ctx.readings[i];
            // The lag reading needs a model to count from; without one, the claim is drawn in
            // the catch-up reading, and the scene says so in a note.
            let mut kind = ctx.reading;
            let mut projection = project(claim, reading, ctx.data, kind);
            if projection.is_none() && kind == ReadingKind::Lag {
                projection = project(claim, reading, ctx.data, ReadingKind::CatchUp);
                if projection.is_some() {
                    kind = ReadingKind::CatchUp;
                }
            }
            let judged = ctx.benchmark.map(|b| verdict(claim, reading, ctx.data, b, kind));
            let y0 = top + ROW * row as f64;
            let said = format!(
                "{}, {}: {}",
                claim.speaker,
                ctx.lang.date(claim.said_on),
                reading.summary(ctx.lang)
            );
            let verdict_text = judged.as_ref().map(|v| v.text(ctx.lang));
            let observed_x = match &judged {
                Some(Verdict::Checked { observed, .. }) => Some(clamp(scale.x(observed.date))),
                _ => None,
            };
            let quote = match (ctx.lang, &claim.text_zh) {
                (Lang::Zh, Some(zh)) => zh.as_str(),
                _ => claim.text.as_str(),
            };
            let description = match &verdict_text {
                Some(v) => format!("{said}. “{quote}” {v}."),
                None => format!("{said}. “{quote}”"),
            };
            ClaimMark {
                claim: i,
                id: claim.id.clone(),
                label: TextLine { x: plot.0, y: y0 + 13.0, text: fit(&said, width, fonts::LABEL) },
                verdict: verdict_text.clone().map(|v| TextLine {
                    x: plot.0,
                    y: y0 + 40.0,
                    text: fit(&v, width, fonts::SMALL),
                }),
                y: y0 + 24.0,
                said_x: clamp(scale.x(claim.said_on.start())),
                said_inside: (plot.0..=plot.1).contains(&scale.x(claim.said_on.start())),
                anchor_x: projection.as_ref().map(|p| clamp(scale.x(p.anchor))),
                from_x: projection.as_ref().map(|p| clamp(scale.x(p.from))),
                to_x: projection.as_ref().map(|p| clamp(p.to.map_or(plot.1, |t| scale.x(t)))),
                open: projection.as_ref().is_some_and(|p| p.to.is_none()),
                observed_x,
                description,
                as_catch_up: kind != ctx.reading,
                summary: reading.summary(ctx.lang),
                overridden: reading.overridden.clone(),
                gap_span: reading.gap_span,
                verdict_text,
            }
        })
        .collect()
}
