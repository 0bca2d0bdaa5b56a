//! From a dataset and a size to a [`Scene`].

use super::claims::{ClaimContext, claim_marks, drawn, extent, readings};
use super::clusters::{UNCLUSTERED_DAYS, groups};
use super::connectors::connectors;
use super::events::event_marks;
use super::prepared::Prepared;
use super::primitives::{Cluster, LaneBand, Mark, MarkLabel, Scene, TextLine, Tooltip, fonts};
use crate::claims::reading::Reading;
use crate::data::dataset::Dataset;
use crate::data::event::EventKind;
use crate::data::region::Region;
use crate::gap::projection::ReadingKind;
use crate::lang::Lang;
use crate::layout::labels::{LabelRequest, place_labels};
use crate::layout::lanes::{LaneMetrics, lanes, min_height};
use crate::layout::text_width::{text_width, wrap};
use crate::layout::time_scale::TimeScale;
use chrono::{Days, NaiveDate};

/// What to draw and at what size.
#[derive(Debug, Clone, PartialEq)]
pub struct SceneOptions {
    /// Width, px. Default: 800.
    pub width: f64,
    /// Height asked for, px; the scene grows if the lanes need more. Default: 420.
    pub height: f64,
    /// Language of every string. Default: English.
    pub lang: Lang,
    /// Lanes, top to bottom. Default: US, CN.
    pub lanes: Vec<Region>,
    /// First day of the time window. Default: `None`, the earliest drawn model less a margin.
    pub from: Option<NaiveDate>,
    /// Last day of the time window. Default: `None`, the latest drawn model (or claim) plus a
    /// margin.
    pub to: Option<NaiveDate>,
    /// Which reading of the claims is drawn. Default: lag (parity the gap after the
    /// reference's release).
    pub reading: ReadingKind,
    /// Benchmark for the observed-lag connectors and the verdicts. Default: `None`, the
    /// benchmark with the most scores in the data; a name the data has no scores for draws no
    /// connectors and gives "not enough data".
    pub benchmark: Option<String>,
    /// The day a picture of the scene is exported (the widget's Export menu, `gapline
    /// render`): the credit then ends with "exported on <date>", so a copy says when it was
    /// true. Default: `None`, for a live timeline. (A parameter: the core never reads the clock.)
    pub exported: Option<NaiveDate>,
    /// The kinds of events drawn in the events track. Default: all four.
    pub event_kinds: Vec<EventKind>,
}

impl Default for SceneOptions {
    fn default() -> Self {
        SceneOptions {
            width: 800.0,
            height: 420.0,
            lang: Lang::En,
            lanes: vec![Region::US, Region::CN],
            from: None,
            to: None,
            reading: ReadingKind::Lag,
            benchmark: None,
            exported: None,
            event_kinds: EventKind::ALL.to_vec(),
        }
    }
}

const PAD: f64 = 12.0;
const MARGIN_X: f64 = 16.0;
const LABEL_GAP: f64 = 8.0;
const TICK_GAP: f64 = 12.0;
/// Space kept between a cluster's count and the next mark, px.
const COUNT_GAP: f64 = 4.0;
const METRICS: LaneMetrics = LaneMetrics { header: 22.0, row: 16.0, marks: 18.0 };
/// Radius of a day-precision mark; the widget and the SVG writer draw it at this size.
pub const POINT_RADIUS: f64 = 5.0;

fn lines(
    text: &str,
    x: f64,
    first_baseline: f64,
    line_height: f64,
    width: f64,
    size: f64,
) -> Vec<TextLine> {
    wrap(text, width, size)
        .into_iter()
        .enumerate()
        .map(|(i, text)| TextLine { x, y: first_baseline + line_height * i as f64, text })
        .collect()
}

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

/// What the automatic window must show: each drawn model's release period, and each claim from
/// the date said to the parity it implies (claims widen the window to their dates).
pub(super) fn extents(
    data: &Dataset,
    readings: &[Reading],
    options: &SceneOptions,
) -> Vec<(NaiveDate, NaiveDate)> {
    let in_lane = |r: Region| options.lanes.contains(&r);
    let mut out: Vec<(NaiveDate, NaiveDate)> = data
        .models
        .iter()
        .filter(|m| in_lane(m.region))
        .map(|m| (m.released.start(), m.released.end()))
        .collect();
    out.extend(data.claims.iter().zip(readings).map(|(c, r)| extent(c, r, data, options.reading)));
    out
}

/// The window a scene of `data` shows with no `from` or `to`: all its drawn models and claims,
/// with a margin. Zooming out stops here. ([`Prepared::full_window`] is the same, kept.)
pub fn full_window(data: &Dataset, options: &SceneOptions) -> (NaiveDate, NaiveDate) {
    window(extents(data, &readings(data), options).into_iter(), None, None)
}

/// The longest release period, in days (a year): a model starting this long before the window
/// may still reach into it.
const LONGEST_PERIOD: u64 = 366;

/// Lays out `data` for `options`. Building many scenes of the same data (zooming, panning)?
/// Prepare it once and use [`build_scene_with`].
pub fn build_scene(data: &Dataset, options: &SceneOptions) -> Scene {
    build_scene_with(data, &Prepared::new(data, options), options)
}

/// Lays out `data` for `options`, with the window-independent work already done in `prepared`
/// ([`Prepared::new`] of the same data). A `prepared` made for other lanes, reading or
/// benchmark is made again for these. Costs what the window shows: the models outside it are
/// skipped by a binary search, and close marks are drawn as one cluster.
pub fn build_scene_with(data: &Dataset, prepared: &Prepared, options: &SceneOptions) -> Scene {
    if !prepared.fits(options) {
        return build_scene_with(data, &Prepared::new(data, options), options);
    }
    let lang = options.lang;
    let width = options.width.max(200.0);
    let inner = width - 2.0 * MARGIN_X;
    let (plot_left, plot_right) = (MARGIN_X, width - MARGIN_X);

    let title_text = data.title.clone().unwrap_or_else(|| lang.default_title().to_string());
    let title = lines(
        &title_text,
        MARGIN_X,
        PAD + fonts::TITLE,
        fonts::TITLE * 1.3,
        inner,
        fonts::TITLE * 1.08,
    );
    let lanes_top = title.last().map_or(PAD, |l| l.y) + 10.0;

    // Models of regions without a lane are counted for a note, not drawn.
    let hidden = &prepared.hidden;
    let notes_text = (!hidden.is_empty()).then(|| {
        let names: Vec<&str> = hidden.iter().map(|(r, _)| r.name(lang)).collect();
        lang.not_shown(hidden.iter().map(|(_, n)| n).sum(), &names.join(", "))
    });
    let credit_text = match (&data.source, data.as_of) {
        (Some(s), Some(d)) => Some(format!("{}{s}; {}", lang.source_prefix(), lang.as_of(d))),
        (Some(s), None) => Some(format!("{}{s}", lang.source_prefix())),
        (None, Some(d)) => Some(lang.as_of(d)),
        (None, None) => None,
    };
    let credit_text = match (credit_text, options.exported) {
        (Some(c), Some(day)) => Some(format!("{c}; {}", lang.exported(day))),
        (None, Some(day)) => Some(lang.exported(day)),
        (c, None) => c,
    };
    let wrap_small =
        |t: &Option<String>| t.as_ref().map_or(0, |t| wrap(t, inner, fonts::SMALL).len());

    // Each claim was read once, when the data was prepared, for the window, the rows and the
    // verdicts.
    let readings = &prepared.readings;
    let window = match (options.from, options.to) {
        (Some(from), Some(to)) => (from, to),
        (None, None) => prepared.full_window(),
        (from, to) => window(extents(data, readings, options).into_iter(), from, to),
    };
    // Only models released (at least partly) inside the window are drawn: per lane, those that
    // start by the window's end and end after its start.
    let in_window: Vec<Vec<usize>> = (0..options.lanes.len())
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
        .collect();
    let scale = TimeScale::new(window.0, window.1, plot_left, plot_right);

    // Claim rows go between the lanes and the axis; laid out from y = 0 first, because the notes
    // they add decide the height, then moved into place.
    let (shown_claims, claims_left_out) = drawn(data, readings, window, options.reading);
    let claims_block = shown_claims.len() as f64 * super::claims::ROW;
    let benchmark = prepared.benchmark.clone();
    let mut claims = claim_marks(
        &ClaimContext {
            data,
            lang,
            reading: options.reading,
            benchmark: benchmark.as_deref(),
            readings,
        },
        &shown_claims,
        &scale,
        (plot_left, plot_right),
        0.0,
    );
    // The events track, under the lanes, when an event is in view.
    let mut events = event_marks(
        data,
        &options.event_kinds,
        window,
        &scale,
        &options.lanes,
        (plot_left, plot_right),
        lang,
    );
    let events_block = if events.is_empty() { 0.0 } else { super::events::HEIGHT };
    let catch_up = claims.iter().filter(|c| c.as_catch_up).count();
    let empty: Vec<&str> = options
        .lanes
        .iter()
        .zip(&in_window)
        .filter(|(_, models)| models.is_empty())
        .map(|(r, _)| r.name(lang))
        .collect();
    let notes: Vec<String> = [
        notes_text,
        (claims_left_out > 0).then(|| lang.more_claims(claims_left_out)),
        (!empty.is_empty()).then(|| lang.empty_lanes(&empty.join(", "))),
        (catch_up > 0).then(|| lang.drawn_as_catch_up(catch_up)),
    ]
    .into_iter()
    .flatten()
    .collect();
    let notes_text = (!notes.is_empty()).then(|| notes.join("; "));
    let bottom_lines = wrap_small(&notes_text) + wrap_small(&credit_text);
    let bottom_block = 8.0 + 22.0 + bottom_lines as f64 * 14.0 + PAD;
    let height = options.height.max(
        lanes_top
            + min_height(options.lanes.len(), &METRICS)
            + events_block
            + claims_block
            + bottom_block,
    );
    let axis_y = height - bottom_block + 8.0;
    let claims_top = axis_y - 8.0 - claims_block;
    for c in &mut claims {
        c.y += claims_top;
        c.label.y += claims_top;
        if let Some(v) = &mut c.verdict {
            v.y += claims_top;
        }
    }
    let event_track = (!events.is_empty())
        .then(|| super::events::place(&mut events, claims_top - events_block, plot_left, lang));
    let lane_geometry = lanes(&options.lanes, lanes_top, claims_top - events_block, &METRICS);
    let lane_ys: Vec<(Region, f64)> = lane_geometry.iter().map(|l| (l.region, l.marks_y)).collect();
    let connectors = prepared
        .series
        .as_ref()
        .map(|series| connectors(series, &lane_ys, &scale, window, lang))
        .unwrap_or_default();

    let mut marks: Vec<Mark> = Vec::new();
    for (lane, models) in in_window.iter().enumerate() {
        let y = lane_geometry.get(lane).map_or(0.0, |l| l.marks_y);
        let positions: Vec<f64> =
            models.iter().map(|&i| scale.x(data.models[i].released.start())).collect();
        let first_mark = marks.len();
        let found = if (window.1 - window.0).num_days() > UNCLUSTERED_DAYS {
            groups(&positions)
        } else {
            (0..positions.len()).map(|i| i..i + 1).collect()
        };
        for group in found {
            let members = &models[group.clone()];
            marks.push(match members {
                [one] => single(data, *one, lane, y, &scale, lang),
                _ => cluster(
                    data,
                    members,
                    lane,
                    (positions[group.start], positions[group.end - 1]),
                    y,
                    lang,
                ),
            });
        }
        show_counts(&mut marks[first_mark..], (plot_left, plot_right));
    }

    // Labels, lane by lane, in date order; only single marks inside the plot get one (a
    // cluster shows its count instead).
    for (lane_index, lane) in lane_geometry.iter().enumerate() {
        let in_lane: Vec<usize> = (0..marks.len())
            .filter(|&k| {
                let m = &marks[k];
                m.lane == lane_index
                    && m.cluster.is_none()
                    && m.x1 >= plot_left
                    && m.x0 <= plot_right
            })
            .collect();
        let requests: Vec<LabelRequest> = in_lane
            .iter()
            .map(|&k| LabelRequest {
                anchor: marks[k].x0,
                width: text_width(&marks[k].name, fonts::LABEL, false),
            })
            .collect();
        let placed = place_labels(&requests, lane.rows, (plot_left, plot_right), LABEL_GAP);
        for ((&k, p), req) in in_lane.iter().zip(placed).zip(&requests) {
            if let Some(p) = p {
                let y = lane.row_baseline(p.row, &METRICS);
                let leader =
                    (p.row > 0).then_some((req.anchor, y + 3.0, lane.marks_y - POINT_RADIUS));
                marks[k].label = Some(MarkLabel { x: p.left, y, width: req.width, leader });
            }
        }
    }

    let lane_bands = lane_geometry
        .iter()
        .enumerate()
        .map(|(index, l)| LaneBand {
            index,
            region: l.region,
            top: l.top,
            bottom: l.bottom,
            marks_y: l.marks_y,
            name: TextLine { x: plot_left, y: l.name_y, text: l.region.name(lang).to_string() },
        })
        .collect();

    let mut y = axis_y + 22.0 + 12.0;
    let mut block = |text: &Option<String>| {
        let out = text
            .as_ref()
            .map_or_else(Vec::new, |t| lines(t, MARGIN_X, y, 14.0, inner, fonts::SMALL));
        y += out.len() as f64 * 14.0;
        out
    };
    let notes = block(&notes_text);
    let credit = block(&credit_text);

    Scene {
        width,
        height,
        title,
        lanes: lane_bands,
        marks,
        axis_y,
        ticks: scale.ticks(lang, fonts::TICK, TICK_GAP, width),
        notes,
        credit,
        plot: (plot_left, plot_right),
        claims,
        connectors,
        benchmark,
        window,
        events,
        event_track,
    }
}

/// A model drawn on its own.
fn single(data: &Dataset, i: usize, lane: usize, y: f64, scale: &TimeScale, lang: Lang) -> Mark {
    let m = &data.models[i];
    let span = m.released.precision() != crate::data::date::Precision::Day;
    let x0 = scale.x(m.released.start());
    let x1 = if span { scale.x(m.released.end()) } else { x0 };
    let who =
        if m.organization.is_empty() { String::new() } else { format!(", {}", m.organization) };
    Mark {
        model: i,
        id: m.id.clone(),
        name: m.name.clone(),
        lane,
        x0,
        x1,
        y,
        span,
        description: format!("{}{who}, {}", m.name, lang.date(m.released)),
        label: None,
        cluster: None,
    }
}

/// Models too close to tell apart (`members`, in date order, at `x` = the first's and the
/// last's x), drawn as one counted mark.
fn cluster(
    data: &Dataset,
    members: &[usize],
    lane: usize,
    x: (f64, f64),
    y: f64,
    lang: Lang,
) -> Mark {
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
        description: lang.cluster(count, first, last),
        label: None,
        cluster: Some(Cluster { count, first, last, count_shown: false }),
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

impl Scene {
    /// The floating label for mark `index`: its description above the mark, kept inside the
    /// scene. `None` for an index out of range.
    pub fn tooltip(&self, index: usize) -> Option<Tooltip> {
        // A mark's, or an event's (focus indices after the marks and the claim rows).
        let (text, x0, y0) = match self.marks.get(index) {
            Some(m) => (m.description.clone(), m.x0, m.y),
            None => {
                let k = index.checked_sub(self.marks.len() + self.claims.len())?;
                let e = self.events.get(k)?;
                (e.description.clone(), e.x0, e.y)
            }
        };
        let width = text_width(&text, fonts::LABEL, false) + 12.0;
        let height = fonts::LABEL + 10.0;
        let x = (x0 - 6.0).min(self.width - width - 2.0).max(2.0);
        let y = (y0 - POINT_RADIUS - 6.0 - height).max(2.0);
        Some(Tooltip { x, y, width, height, baseline: y + height - 7.0, text })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::date::PartialDate;
    use crate::data::model::{Modality, Model};
    use crate::data::source_url::SourceUrl;
    use proptest::prelude::*;

    fn model(id: &str, region: Region, released: &str) -> Model {
        Model {
            id: id.into(),
            name: id.to_uppercase(),
            organization: "Lab".into(),
            region,
            modality: Modality::Text,
            released: PartialDate::parse(released).expect("valid test date"),
            scores: Default::default(),
            source_url: SourceUrl::parse("https://example.org").expect("valid test URL"),
            notes: None,
        }
    }

    fn data(models: Vec<Model>) -> Dataset {
        Dataset { models, source: Some("Test data".into()), ..Dataset::default() }
    }

    #[test]
    fn draws_lanes_in_order_and_marks_at_their_dates() {
        let d = data(vec![
            model("b", Region::CN, "2023-06"),
            model("a", Region::US, "2023-03-14"),
            model("f", Region::parse("FR").expect("FR"), "2023-09-01"),
        ]);
        let s = build_scene(&d, &SceneOptions::default());
        let names: Vec<_> = s.lanes.iter().map(|l| l.name.text.as_str()).collect();
        assert_eq!(names, ["United States", "China"]);
        let ids: Vec<_> = s.marks.iter().map(|m| (m.id.as_str(), m.lane, m.span)).collect();
        assert_eq!(ids, [("a", 0, false), ("b", 1, true)]);
        assert!(s.marks[1].x1 > s.marks[1].x0, "a month is drawn as a span");
        assert!(s.marks[0].x0 < s.marks[1].x0, "March before June");
        assert_eq!(
            s.notes.iter().map(|n| n.text.as_str()).collect::<Vec<_>>(),
            ["1 model from France not shown"]
        );
        assert_eq!(s.credit[0].text, "Source: Test data");
        assert_eq!(s.marks[0].description, "A, Lab, 14 March 2023");
    }

    #[test]
    fn a_window_draws_only_the_models_inside_it() {
        let d = data(vec![
            model("old", Region::US, "2019-05-01"),
            model("edge", Region::US, "2021-12"),
            model("new", Region::CN, "2023-03-14"),
        ]);
        let from = NaiveDate::from_ymd_opt(2022, 1, 1);
        let s = build_scene(&d, &SceneOptions { from, ..SceneOptions::default() });
        assert_eq!(s.marks.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(), ["new"]);
        assert_eq!(s.ticks.first().map(|t| t.date), from, "the axis starts at the window");
        let last = s.ticks.last().map(|t| t.date).expect("ticks");
        assert!(
            last <= NaiveDate::from_ymd_opt(2023, 6, 1).expect("date"),
            "ends near the data: {last}"
        );
    }

    #[test]
    fn claims_without_a_model_empty_lanes_and_as_of_are_noted() {
        let json = r#"{"source": "S", "as_of": "2025-03", "models": [
            {"id": "gpt-4", "name": "GPT-4", "region": "US", "released": "2023-03-14", "source_url": "https://a.example"}],
          "claims": [
            {"id": "a", "speaker": "A", "said_on": "2024-02", "source_url": "https://b.example", "text": "two years behind the US"},
            {"id": "b", "speaker": "B", "said_on": "2024-03", "source_url": "https://b.example", "text": "a 1.5-year gap from GPT-4"}]}"#;
        let d = serde_json::from_str::<crate::RawDataset>(json).expect("JSON").check().dataset;
        let s = build_scene(&d, &SceneOptions::default());
        let notes: String = s.notes.iter().map(|n| n.text.as_str()).collect::<Vec<_>>().join(" ");
        assert!(notes.contains("No models from China in this period"), "{notes}");
        assert!(notes.contains("1 claim is drawn from the date it was said"), "{notes}");
        // The region claim is drawn from the date said; the GPT-4 claim from GPT-4's release.
        let a = &s.claims[0];
        assert!(a.as_catch_up && a.anchor_x == Some(a.said_x));
        let b = &s.claims[1];
        assert!(!b.as_catch_up && b.anchor_x.is_some_and(|x| x < b.said_x));
        let credit: Vec<&str> = s.credit.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(credit.join(" "), "Source: S; data as of March 2025");
        // Claims and notes fit: nothing below the scene's height.
        assert!(
            s.credit.iter().all(|c| c.y <= s.height) && s.claims.iter().all(|c| c.y < s.axis_y)
        );
    }

    #[test]
    fn a_bracket_crossing_the_window_is_drawn_without_its_date_said() {
        let json = r#"{"models": [
            {"id": "gpt-4", "name": "GPT-4", "region": "US", "released": "2023-03-14", "source_url": "https://a.example"}],
          "claims": [
            {"id": "a", "speaker": "A", "said_on": "2023-06", "source_url": "https://b.example", "text": "three years behind GPT-4"},
            {"id": "b", "speaker": "B", "said_on": "2023-06", "source_url": "https://b.example", "text": "three months behind GPT-4"}]}"#;
        let d = serde_json::from_str::<crate::RawDataset>(json).expect("JSON").check().dataset;
        let from = NaiveDate::from_ymd_opt(2025, 1, 1);
        let s = build_scene(&d, &SceneOptions { from, ..SceneOptions::default() });
        // GPT-4 + 3 years = March 2026 crosses a window from 2025; GPT-4 + 3 months does not.
        assert_eq!(s.claims.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["a"]);
        assert!(!s.claims[0].said_inside);
        assert!(!crate::scene::svg::to_svg(&s, Default::default()).contains("gl-said"));
    }

    #[test]
    fn close_marks_are_one_counted_cluster_until_zoomed_in() {
        // 40 US models on consecutive days in March–April 2024 and one Chinese model.
        let base = NaiveDate::from_ymd_opt(2024, 3, 1).expect("valid");
        let mut models: Vec<Model> = (0..40)
            .map(|i| model(&format!("u{i}"), Region::US, &(base + Days::new(i)).to_string()))
            .collect();
        models.push(model("c", Region::CN, "2024-03-20"));
        let d = data(models);
        let wide = (NaiveDate::from_ymd_opt(2018, 1, 1), NaiveDate::from_ymd_opt(2026, 1, 1));
        let s =
            build_scene(&d, &SceneOptions { from: wide.0, to: wide.1, ..SceneOptions::default() });
        let clusters: Vec<&Mark> = s.marks.iter().filter(|m| m.cluster.is_some()).collect();
        assert_eq!(clusters.len(), 1, "{:?}", s.marks);
        let c = clusters[0].cluster.as_ref().expect("a cluster");
        assert_eq!((c.count, c.first, c.last), (40, base, base + Days::new(39)));
        assert_eq!(clusters[0].description, "40 models, March 2024–April 2024");
        assert!(clusters[0].label.is_none() && c.count_shown);
        assert_eq!(
            s.tooltip(0).map(|t| t.text),
            Some("40 models, March 2024–April 2024".to_string())
        );
        let svg = crate::scene::svg::to_svg(&s, Default::default());
        assert!(svg.contains(r#"data-cluster="40" data-window="2024-03-01/2024-04-09" role="button" aria-label="40 models, March 2024–April 2024""#), "{svg}");
        assert!(svg.contains(r#"aria-hidden="true">40</text>"#));
        // The Chinese model is alone in its lane: an ordinary mark with its label.
        assert_eq!(s.marks[1].id, "c");
        assert!(s.marks[1].cluster.is_none() && s.marks[1].label.is_some());

        // Zoomed in on the cluster's dates, every model is a mark of its own again.
        let s = build_scene(
            &d,
            &SceneOptions { from: Some(c.first), to: Some(c.last), ..SceneOptions::default() },
        );
        assert!(s.marks.iter().all(|m| m.cluster.is_none()));
        assert_eq!(s.marks.len(), 41);
    }

    #[test]
    fn models_of_one_day_are_clustered_except_in_the_narrowest_window() {
        let d = data((0..3).map(|i| model(&format!("m{i}"), Region::US, "2024-03-04")).collect());
        let day = NaiveDate::from_ymd_opt(2024, 3, 4).expect("valid");
        let around = |days: u64| SceneOptions {
            from: day.checked_sub_days(Days::new(days / 2)),
            to: day.checked_add_days(Days::new(days / 2)),
            ..SceneOptions::default()
        };
        let s = build_scene(&d, &around(30));
        assert_eq!(s.marks.len(), 1);
        assert_eq!(s.marks[0].description, "3 models, 4 March 2024");
        // A week: no zoom can split them, so each is a mark the keyboard can reach.
        let s = build_scene(&d, &around(8));
        assert_eq!(s.marks.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(), ["m0", "m1", "m2"]);
    }

    #[test]
    fn a_short_height_grows_to_fit_the_lanes() {
        let d = data(vec![model("a", Region::US, "2023-03-14")]);
        let s = build_scene(&d, &SceneOptions { height: 50.0, ..SceneOptions::default() });
        assert!(s.height > 50.0);
        assert!(s.lanes.iter().all(|l| l.bottom <= s.axis_y));
    }

    #[test]
    fn tooltip_stays_inside_the_scene() {
        let d = data(vec![
            model("a-very-long-model-name-indeed", Region::US, "2026-01-01"),
            model("b", Region::US, "2019-01-01"),
        ]);
        let s = build_scene(&d, &SceneOptions { width: 320.0, ..SceneOptions::default() });
        for i in 0..s.marks.len() {
            let t = s.tooltip(i).expect("mark exists");
            assert!(t.x >= 0.0 && t.x + t.width <= s.width.max(t.width + 4.0), "{t:?}");
        }
        assert_eq!(s.tooltip(99), None);
    }

    type Rect = (f64, f64, f64, f64);

    fn label_boxes(s: &Scene) -> Vec<Rect> {
        s.marks
            .iter()
            .filter_map(|m| m.label.as_ref())
            .map(|l| (l.x, l.y - fonts::LABEL, l.x + l.width, l.y + 3.0))
            .collect()
    }

    proptest! {
        #[test]
        fn labels_never_overlap_and_stay_in_the_plot(
            dates in prop::collection::vec((0i64..3000, any::<bool>(), 0usize..3, 1usize..30), 1..150),
            width in 320.0f64..1600.0,
            height in 200.0f64..700.0,
        ) {
            let base = NaiveDate::from_ymd_opt(2018, 1, 1).expect("valid");
            let regions = [Region::US, Region::CN, Region::parse("FR").expect("FR")];
            let models = dates.iter().enumerate().map(|(i, &(day, month, r, len))| {
                let d = base + chrono::Duration::days(day);
                let text = if month { d.format("%Y-%m").to_string() } else { d.to_string() };
                let mut m = model(&format!("m{i}"), regions[r], &text);
                m.name = "x".repeat(len);
                m
            }).collect();
            let s = build_scene(&data(models), &SceneOptions { width, height, ..SceneOptions::default() });
            let boxes = label_boxes(&s);
            for (i, a) in boxes.iter().enumerate() {
                prop_assert!(a.0 >= s.plot.0 - 1e-9 && a.2 <= s.plot.1 + 1e-9, "{:?}", a);
                for b in &boxes[i + 1..] {
                    let apart = a.2 <= b.0 || b.2 <= a.0 || a.3 <= b.1 || b.3 <= a.1;
                    prop_assert!(apart, "{:?} overlaps {:?}", a, b);
                }
            }
        }

        #[test]
        fn drawn_marks_keep_apart_and_account_for_every_model_in_the_window(
            dates in prop::collection::vec((0i64..3000, 0u8..4, 0usize..3), 0..400),
            width in 320.0f64..1600.0,
            // Wider than the narrowest zoom, which is never clustered.
            window in prop::option::of((0i64..3000, 9i64..3000)),
        ) {
            let base = NaiveDate::from_ymd_opt(2018, 1, 1).expect("valid");
            let regions = [Region::US, Region::CN, Region::parse("FR").expect("FR")];
            let models: Vec<Model> = dates.iter().enumerate().map(|(i, &(day, precision, r))| {
                let d = base + chrono::Duration::days(day);
                let text = match precision {
                    0 => d.format("%Y-%m").to_string(),
                    1 => d.format("%Y").to_string(),
                    _ => d.to_string(),
                };
                model(&format!("m{i}"), regions[r], &text)
            }).collect();
            let (from, to) = match window {
                Some((a, len)) => (Some(base + chrono::Duration::days(a)), Some(base + chrono::Duration::days(a + len))),
                None => (None, None),
            };
            let d = data(models);
            let s = build_scene(&d, &SceneOptions { width, from, to, ..SceneOptions::default() });
            for lane in 0..s.lanes.len() {
                let at: Vec<f64> = s.marks.iter().filter(|m| m.lane == lane).map(Mark::at).collect();
                for pair in at.windows(2) {
                    prop_assert!(pair[1] - pair[0] >= super::super::clusters::CLUSTER_GAP - 1e-9, "{:?}", pair);
                }
            }
            let inside = d.models.iter().filter(|m| {
                [Region::US, Region::CN].contains(&m.region)
                    && m.released.end() > s.window.0 && m.released.start() <= s.window.1
            }).count();
            let drawn: usize = s.marks.iter().map(|m| m.cluster.as_ref().map_or(1, |c| c.count)).sum();
            prop_assert_eq!(drawn, inside);
            // A cluster's dates cover its models' and its description counts them.
            for m in s.marks.iter().filter(|m| m.cluster.is_some()) {
                let c = m.cluster.as_ref().expect("a cluster");
                prop_assert!(c.count >= 2 && c.first <= c.last);
                let expected = format!("{} models, ", c.count);
                prop_assert!(m.description.starts_with(&expected), "{}", m.description);
            }
        }

        #[test]
        fn claim_rows_stay_between_the_lanes_and_the_axis_and_inside_the_plot(
            claims in prop::collection::vec((0i64..2500, 0usize..5), 0..10),
            width in 320.0f64..1600.0,
        ) {
            let texts = [
                "still a 1.5-year gap from GPT-4",
                "two to three years behind the US",
                "isn't as big as in the LLM sector",
                "at least five years behind in chips, a very long way indeed by any measure at all",
                "差距在2到3年",
            ];
            let base = NaiveDate::from_ymd_opt(2019, 1, 1).expect("valid");
            let mut d = data(vec![model("gpt-4", Region::US, "2023-03-14"), model("b", Region::CN, "2023-06")]);
            let raw: Vec<crate::data::claim::RawClaim> = claims.iter().enumerate().map(|(i, &(day, t))| {
                crate::data::claim::RawClaim {
                    id: Some(format!("c{i}")),
                    speaker: Some("Someone with a long name".into()),
                    said_on: Some((base + chrono::Duration::days(day)).to_string()),
                    source_url: Some("https://example.org".into()),
                    text: Some(texts[t].into()),
                    ..Default::default()
                }
            }).collect();
            prop_assert_eq!(d.add_claims(&raw), vec![]);
            let s = build_scene(&d, &SceneOptions { width, ..SceneOptions::default() });
            let lanes_bottom = s.lanes.last().map_or(0.0, |l| l.marks_y + POINT_RADIUS);
            let mut last_y = lanes_bottom;
            for c in &s.claims {
                prop_assert!(c.label.y - fonts::LABEL >= last_y - 1e-9, "{} above {}", c.label.y, last_y);
                prop_assert!(c.verdict.as_ref().map_or(c.y, |v| v.y) < s.axis_y);
                prop_assert!(text_width(&c.label.text, fonts::LABEL, false) <= s.plot.1 - s.plot.0 + 1e-9);
                for x in [Some(c.said_x), c.anchor_x, c.from_x, c.to_x, c.observed_x].into_iter().flatten() {
                    prop_assert!(x >= s.plot.0 - 1e-9 && x <= s.plot.1 + 1e-9);
                }
                last_y = c.verdict.as_ref().map_or(c.y + 5.0, |v| v.y);
            }
            prop_assert!(s.claims.len() <= super::super::claims::MAX_ROWS);
        }
    }
}
