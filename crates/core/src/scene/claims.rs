//! Phase 4 of a scene: the claim rows under the lanes, one per reading, in the order said.
//!
//! A claim whose text makes several comparisons ("neared the level of GPT-3.5, but still a
//! 1.5-year gap from GPT-4") has one reading each, and each reading is a row of its own. A row
//! has the claim's label (who, when, what this reading says), its bracket and its verdict.
//! Labels and verdicts are wrapped to the plot's width, never cut: at desktop widths the label
//! sits above the bracket and the verdict below it; under [`NARROW`] both go above the bracket,
//! so the bracket stays next to the lanes' dates and the words get the whole width.
//!
//! A row whose reading is `near` (or `ahead`, or any reading without a date) has no bracket: a
//! ring marks the reference model's release when it names one. When there is room, the row
//! writes the claimed parity over the bracket and the observed parity over the triangle; when
//! there is not, they are in the card and the table.
//!
//! Only readings whose extent meets the window are drawn, at most [`MAX_ROWS`]; the others
//! are counted in a note, and every claim stays in the list under the chart.

use super::metrics::{BRACKET_HALF, CLAIM_LINE, NARROW, ROW_GAP, SMALL_LINE};
use super::primitives::{ClaimMark, TextLine, fonts};
use crate::claims::reading::{Reading, read_claim_all};
use crate::claims::relation::Relation;
use crate::claims::resolve::Resolver;
use crate::data::claim::Claim;
use crate::data::dataset::Dataset;
use crate::data::date::{PartialDate, Precision};
use crate::gap::projection::{Projection, ReadingKind, project};
use crate::gap::verdict::{Verdict, verdict};
use crate::lang::Lang;
use crate::layout::text_width::{text_width, wrap};
use crate::layout::time_scale::TimeScale;
use chrono::NaiveDate;

/// Claim rows drawn at most; more would crowd out the lanes.
pub const MAX_ROWS: usize = 6;

/// Every claim's readings, in the claims' order; each claim has at least one, the first being
/// what the claim is read as on its own.
pub type Readings = Vec<Vec<Reading>>;

/// What the claim rows need to know.
pub struct ClaimContext<'a> {
    /// The data.
    pub data: &'a Dataset,
    /// Language of the text.
    pub lang: Lang,
    /// Which reading is drawn.
    pub reading: ReadingKind,
    /// The benchmark of each drawn row's verdict, as the data names it, by `(claim, part)`.
    pub benchmark: &'a dyn Fn(usize, usize) -> Option<String>,
    /// Each claim of `data` read once ([`readings`]), in the claims' order.
    pub readings: &'a Readings,
    /// The scene's width: under [`NARROW`], the phone layout.
    pub width: f64,
}

/// Every claim of `data` read, each comparison its text makes on its own, with the model names
/// indexed once: the scene needs each reading for the window, the rows and the verdicts, and
/// reads none twice.
pub fn readings(data: &Dataset) -> Readings {
    if data.claims.is_empty() {
        return Vec::new();
    }
    let names = Resolver::for_claims(data);
    data.claims.iter().map(|c| read_claim_all(c, data, names.as_ref())).collect()
}

/// The days a reading covers on the timeline: from the date said to the parity it implies in
/// the `kind` reading (or the end of the date said, when it implies none), and back to the
/// release of the model it names when it draws that model's ring.
pub fn extent(
    claim: &Claim,
    reading: &Reading,
    data: &Dataset,
    kind: ReadingKind,
) -> (NaiveDate, NaiveDate) {
    let projection = project(claim, reading, data, kind)
        .or_else(|| project(claim, reading, data, ReadingKind::CatchUp));
    let end = projection
        .as_ref()
        .map_or(claim.said_on.end(), |p| p.to.unwrap_or(p.from).max(claim.said_on.end()));
    let start = match (&projection, reference_release(reading, data)) {
        (None, Some(released)) => released.min(claim.said_on.start()),
        _ => claim.said_on.start(),
    };
    (start.min(end), end)
}

/// The first day of the release of the model `reading` names, if the data has it.
fn reference_release(reading: &Reading, data: &Dataset) -> Option<NaiveDate> {
    let id = reading.reference.model_id.as_deref()?;
    data.models.iter().find(|m| m.id == id).map(|m| m.released.start())
}

/// The rows drawn, as `(claim, part)` (the readings whose extent meets the window, the first
/// [`MAX_ROWS`] by the date said, so a zoomed-in window still shows the brackets that cross
/// it), and how many were left out.
pub fn drawn(
    data: &Dataset,
    readings: &Readings,
    window: (NaiveDate, NaiveDate),
    kind: ReadingKind,
) -> (Vec<(usize, usize)>, usize) {
    let mut inside: Vec<(usize, usize)> = Vec::new();
    for (i, (claim, all)) in data.claims.iter().zip(readings).enumerate() {
        for (part, reading) in all.iter().enumerate() {
            let (start, end) = extent(claim, reading, data, kind);
            if end >= window.0 && start <= window.1 {
                inside.push((i, part));
            }
        }
    }
    inside.sort_by_key(|&(i, part)| (data.claims[i].said_on.start(), i, part));
    let left_out = inside.len().saturating_sub(MAX_ROWS);
    inside.truncate(MAX_ROWS);
    (inside, left_out)
}

/// "claimed parity: Sep 2024" / 所称追平：2024年9月, for a projection (a range: "Mar 2025–Mar
/// 2026"; open-ended: "after Mar 2025").
fn parity_text(p: &Projection, lang: Lang) -> String {
    let month = |d: NaiveDate| short_date(d, lang);
    let when = match p.to {
        Some(to) if month(to) != month(p.from) => format!("{}–{}", month(p.from), month(to)),
        Some(_) => month(p.from),
        None if lang == Lang::Zh => format!("{}之后", month(p.from)),
        None => format!("after {}", month(p.from)),
    };
    match lang {
        Lang::En => format!("claimed parity: {when}"),
        Lang::Zh => format!("所称追平：{when}"),
    }
}

/// "observed: Feb 2024" / 实际追平：2024年2月.
fn observed_text(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => format!("observed: {}", short_date(date, lang)),
        Lang::Zh => format!("实际追平：{}", short_date(date, lang)),
    }
}

/// "Sep 2024" / 2024年9月.
fn short_date(d: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{} {}", lang.short_month(chrono::Datelike::month0(&d)), {
            chrono::Datelike::year(&d)
        }),
        Lang::Zh => lang.date(PartialDate::containing(d, Precision::Month)),
    }
}

/// `text` wrapped to `width` px at `size`, from the baseline `first`, one line every `step`.
fn wrapped(text: &str, x: f64, first: f64, step: f64, width: f64, size: f64) -> Vec<TextLine> {
    wrap(text, width, size)
        .into_iter()
        .enumerate()
        .map(|(k, text)| TextLine { x, y: first + step * k as f64, text })
        .collect()
}

/// Centres `text` (at `size`) on `x`, inside `plot`: its left edge and width.
fn centred(text: &str, x: f64, size: f64, plot: (f64, f64)) -> (f64, f64) {
    let w = text_width(text, size, false);
    ((x - w / 2.0).min(plot.1 - w).max(plot.0), w)
}

/// One reading drawn, before its row is laid out.
struct Row {
    mark: ClaimMark,
    /// The claimed and observed parity as annotations, with the x each is centred on.
    parity: Option<(String, f64)>,
    observed: Option<(String, f64)>,
}

/// The claim rows, the first starting at `top`; returns them and the height they take.
pub fn claim_marks(
    ctx: &ClaimContext<'_>,
    which: &[(usize, usize)],
    scale: &TimeScale,
    plot: (f64, f64),
    top: f64,
) -> (Vec<ClaimMark>, f64) {
    let narrow = ctx.width < NARROW;
    let width = plot.1 - plot.0;
    let mut y = top;
    let mut out = Vec::with_capacity(which.len());
    for &(i, part) in which {
        let Row { mut mark, parity, observed } = row(ctx, i, part, scale, plot);
        let x = plot.0;
        mark.label = wrapped(&mark.summary_line, x, y + 12.0, CLAIM_LINE, width, fonts::LABEL);
        y += CLAIM_LINE * mark.label.len() as f64;
        let verdict = mark.verdict_text.clone().unwrap_or_default();
        if narrow {
            mark.verdict = wrapped(&verdict, x, y + 11.0, SMALL_LINE, width, fonts::SMALL);
            y += SMALL_LINE * mark.verdict.len() as f64;
        }
        // Annotations on a line of their own over the bracket, where they fit apart.
        let mut notes: Vec<(f64, f64, String)> = Vec::new();
        for (text, at) in [parity, observed].into_iter().flatten() {
            let (left, w) = centred(&text, at, fonts::SMALL, plot);
            let clear = notes.iter().all(|&(l, r, _)| left + w + 8.0 <= l || left >= r + 8.0);
            if w <= width && clear {
                notes.push((left, left + w, text));
            }
        }
        if !notes.is_empty() {
            mark.annotations =
                notes.into_iter().map(|(x, _, text)| TextLine { x, y: y + 11.0, text }).collect();
            y += SMALL_LINE;
        }
        mark.y = y + 2.0 + BRACKET_HALF + 1.0;
        y = mark.y + BRACKET_HALF + 2.0;
        if !narrow {
            mark.verdict = wrapped(&verdict, x, y + 11.0, SMALL_LINE, width, fonts::SMALL);
            y += SMALL_LINE * mark.verdict.len() as f64;
        }
        y += ROW_GAP;
        out.push(mark);
    }
    (out, y - top)
}

/// Reading `part` of claim `i`: its bracket, verdict and texts (not yet laid out in y).
fn row(ctx: &ClaimContext<'_>, i: usize, part: usize, scale: &TimeScale, plot: (f64, f64)) -> Row {
    let clamp = |x: f64| x.clamp(plot.0, plot.1);
    let claim = &ctx.data.claims[i];
    let all = &ctx.readings[i];
    let reading = &all[part];
    let lang = ctx.lang;
    // The lag reading needs a model to count from; without one, the claim is drawn in the
    // catch-up reading, and the scene says so in a note.
    let mut kind = ctx.reading;
    let mut projection = project(claim, reading, ctx.data, kind);
    if projection.is_none() && kind == ReadingKind::Lag {
        projection = project(claim, reading, ctx.data, ReadingKind::CatchUp);
        if projection.is_some() {
            kind = ReadingKind::CatchUp;
        }
    }
    let judged = (ctx.benchmark)(i, part).map(|b| verdict(claim, reading, ctx.data, &b, kind));
    let said =
        format!("{}, {}: {}", claim.speaker, lang.date(claim.said_on), reading.summary(lang));
    let verdict_text = judged.as_ref().map(|v| v.text(lang));
    let observed_date = match &judged {
        Some(Verdict::Checked { observed, .. }) => Some(observed.date),
        Some(Verdict::Near { observed: Some(observed), .. }) => Some(observed.date),
        _ => None,
    };
    let quote = match (lang, &claim.text_zh) {
        (Lang::Zh, Some(zh)) => zh.as_str(),
        _ => claim.text.as_str(),
    };
    let description = match &verdict_text {
        Some(v) => format!("{said}. “{quote}” {v}."),
        None => format!("{said}. “{quote}”"),
    };
    // A reading with no date to draw marks the model it compares with.
    let ring_x = match projection {
        None if reading.relation != Relation::Unspecified => {
            reference_release(reading, ctx.data).map(|d| scale.x(d))
        }
        _ => None,
    }
    .filter(|x| (plot.0..=plot.1).contains(x));
    let others =
        all.iter().enumerate().filter(|&(k, _)| k != part).map(|(_, r)| r.summary(lang)).collect();
    let parity = projection.as_ref().map(|p| {
        let end = p.to.map_or(plot.1, |t| scale.x(t));
        (parity_text(p, lang), clamp((scale.x(p.from) + end) / 2.0))
    });
    let observed = observed_date.map(|d| (observed_text(d, lang), clamp(scale.x(d))));
    Row {
        mark: ClaimMark {
            claim: i,
            part,
            id: claim.id.clone(),
            summary_line: said,
            label: Vec::new(),
            verdict: Vec::new(),
            annotations: Vec::new(),
            y: 0.0,
            said_x: clamp(scale.x(claim.said_on.start())),
            said_inside: (plot.0..=plot.1).contains(&scale.x(claim.said_on.start())),
            anchor_x: projection.as_ref().map(|p| clamp(scale.x(p.anchor))),
            from_x: projection.as_ref().map(|p| clamp(scale.x(p.from))),
            to_x: projection.as_ref().map(|p| clamp(p.to.map_or(plot.1, |t| scale.x(t)))),
            open: projection.as_ref().is_some_and(|p| p.to.is_none()),
            observed_x: observed_date.map(|d| clamp(scale.x(d))),
            ring_x,
            description,
            as_catch_up: kind != ctx.reading,
            summary: reading.summary(lang),
            overridden: if part == 0 { reading.overridden.clone() } else { Vec::new() },
            reviewed: reading.origin.reviewed(),
            gap_span: reading.gap_span,
            verdict_text,
            parity_text: parity.as_ref().map(|(t, _)| t.clone()),
            observed_text: observed.as_ref().map(|(t, _)| t.clone()),
            reference: reading.reference.model_id.clone(),
            others,
        },
        parity,
        observed,
    }
}
