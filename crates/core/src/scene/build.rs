//! From a dataset and a size to a [`Scene`]: the options, then the phases in order.

use super::claims::{ClaimContext, claim_marks, drawn};
use super::connectors::connectors;
use super::events::event_marks;
use super::frame::{Footer, credit, title};
use super::mark_labels::label_marks;
use super::metrics::{
    AXIS_GAP, LABEL_NARROW, LANE, LANE_NARROW, MARGIN_X, MIN_LABEL_ROWS, NARROW, TICK_GAP,
    TITLE_GAP,
};
use super::model_filter::ModelFilter;
use super::model_marks::{MarkContext, marks};
use super::prepared::Prepared;
use super::primitives::{Guide, LaneBand, Scene, TextLine, Tooltip, fonts};
use super::prominence::FEATURED;
use super::window::{in_window, scene_window};
use crate::data::dataset::Dataset;
use crate::data::event::EventKind;
use crate::data::region::Region;
use crate::gap::projection::ReadingKind;
use crate::lang::Lang;
use crate::layout::lanes::{LaneMetrics, lanes};
use crate::layout::text_width::text_width;
use crate::layout::time_scale::TimeScale;
use chrono::NaiveDate;

pub use super::metrics::POINT_RADIUS;
pub use super::window::full_window;

/// The largest width or height a scene is built for, CSS px; larger ones are drawn at this.
pub const MAX_SIDE: f64 = 100_000.0;

/// What to draw and at what size.
#[derive(Debug, Clone, PartialEq)]
pub struct SceneOptions {
    /// Width, px, from 200 to [`MAX_SIDE`]. Default: 800.
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
    /// Benchmark for the observed-lag connectors and the verdicts. Default: `None`, chosen
    /// from the data (see `gap::chance`): the benchmark with the most scores where the score
    /// judged is well clear of chance and of the ceiling. A name the data has no scores for
    /// draws no connectors and gives "not enough data".
    pub benchmark: Option<String>,
    /// The day a picture of the scene is exported (the widget's Export menu, `gapline
    /// render`): the credit then ends with "exported on <date>", so a copy says when it was
    /// true. Default: `None`, for a live timeline. (A parameter: the core never reads the clock.)
    pub exported: Option<NaiveDate>,
    /// The kinds of events drawn in the events track. Default: all four.
    pub event_kinds: Vec<EventKind>,
    /// Which models carry a label. Default: `None`, chosen from the data: key models when
    /// the data marks some models `key` or has claims to draw, else all models
    /// ([`Scene::models`] says which was used).
    pub models: Option<ModelFilter>,
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
            models: None,
        }
    }
}

/// Lays out `data` for `options`. Building many scenes of the same data (zooming, panning)?
/// Prepare it once and use [`build_scene_with`].
pub fn build_scene(data: &Dataset, options: &SceneOptions) -> Scene {
    build_scene_with(data, &Prepared::new(data, options), options)
}

/// Lays out `data` for `options`, with the window-independent work already done in `prepared`
/// ([`Prepared::new`] of the same data). A `prepared` made for other lanes, reading or
/// benchmark is made again for these. Costs what the window shows: the models outside it are
/// skipped by a binary search, and close marks are drawn as one cluster.
///
/// The phases, each in its own module:
/// 1. **window** (`scene::window`): the time window and the models each lane shows in it;
/// 2. **model marks and prominence** (`scene::model_marks`, `scene::prominence`): the marks,
///    clusters, and which models matter most;
/// 3. **labels** (`scene::mark_labels`): the marks' labels, in prominence order;
/// 4. **claim rows** (`scene::claims`): one row per claim reading, with its bracket and
///    verdict, and the guides from the models they name;
/// 5. **events** (`scene::events`): the events track;
/// 6. **frame** (`scene::frame`): title, notes and credit.
///
/// Top to bottom the scene is: title, lanes, events track, claim rows, axis, notes, credit.
/// The rows and the footer are measured first; the lanes share what height is left.
pub fn build_scene_with(data: &Dataset, prepared: &Prepared, options: &SceneOptions) -> Scene {
    if !prepared.fits(options) {
        return build_scene_with(data, &Prepared::new(data, options), options);
    }
    let lang = options.lang;
    // A width or height from the command line can be anything a float is (`--height inf`): a
    // scene of 1e9 px would allocate gigabytes of rows, an infinite one cannot be built. No
    // screen or print is larger than `MAX_SIDE`. Not `clamp`: it keeps a NaN, `max` takes the
    // number over it.
    #[allow(clippy::manual_clamp)]
    let width = options.width.max(200.0).min(MAX_SIDE);
    let narrow = width < NARROW;
    let inner = width - 2.0 * MARGIN_X;
    let plot = (MARGIN_X, width - MARGIN_X);
    let metrics: LaneMetrics = if narrow { LANE_NARROW } else { LANE };
    let label_size = if narrow { LABEL_NARROW } else { fonts::LABEL };
    let filter = options.models.unwrap_or(prepared.default_filter);

    // 1. Window.
    let window = scene_window(data, prepared, options);
    let shown = in_window(data, prepared, options.lanes.len(), window);
    let scale = TimeScale::new(window.0, window.1, plot.0, plot.1);

    // 4a. Claim rows, laid out from y = 0 first: their height (and the notes they add) decide
    // the lanes' height; they are moved into place once the lanes are known.
    let readings = &prepared.readings;
    let (rows, claims_left_out) = drawn(data, readings, window, options.reading);
    let benchmark_of = |i: usize, part: usize| {
        prepared.claim_benchmarks.get(i).and_then(|b| b.get(part)).cloned().flatten()
    };
    let (mut claims, claims_block) = claim_marks(
        &ClaimContext {
            data,
            lang,
            reading: options.reading,
            benchmark: &benchmark_of,
            readings,
            width,
        },
        &rows,
        &scale,
        plot,
        0.0,
    );
    let featured: Vec<String> = claims.iter().filter_map(|c| c.reference.clone()).collect();
    let rank = |i: usize| {
        if featured.iter().any(|id| *id == data.models[i].id) {
            FEATURED
        } else {
            prepared.ranks.get(i).copied().unwrap_or(super::prominence::OTHER)
        }
    };

    // 5a. The events track, under the lanes, when an event is in view.
    let mut events =
        event_marks(data, &options.event_kinds, window, &scale, &options.lanes, plot, lang);
    let events_block = if events.is_empty() { 0.0 } else { super::events::HEIGHT };

    // 6a. Notes and credit: their lines decide the footer's height.
    let catch_up = claims.iter().filter(|c| c.as_catch_up).count();
    let empty: Vec<&str> = options
        .lanes
        .iter()
        .zip(&shown)
        .filter(|(_, models)| models.is_empty())
        .map(|(r, _)| r.name(lang))
        .collect();
    let hidden = &prepared.hidden;
    let notes: Vec<String> = [
        (!hidden.is_empty()).then(|| {
            let names: Vec<&str> = hidden.iter().map(|(r, _)| r.name(lang)).collect();
            lang.not_shown(hidden.iter().map(|(_, n)| n).sum(), &names.join(", "))
        }),
        (claims_left_out > 0).then(|| lang.more_claims(claims_left_out)),
        (!empty.is_empty()).then(|| lang.empty_lanes(&empty.join(", "))),
        (catch_up > 0).then(|| lang.drawn_as_catch_up(catch_up)),
    ]
    .into_iter()
    .flatten()
    .collect();
    let footer = Footer::new(notes, credit(data, lang, options.exported), inner);

    // The vertical layout.
    let title = title(data, lang, inner);
    let lanes_top = title.last().map_or(super::metrics::PAD, |l| l.y) + TITLE_GAP;
    let lane_count = options.lanes.len().max(1) as f64;
    let min_lanes =
        lane_count * (metrics.header + metrics.row * MIN_LABEL_ROWS as f64 + metrics.marks);
    let below_lanes = events_block + claims_block + AXIS_GAP + footer.height();
    let needed = lanes_top + min_lanes + below_lanes;
    let height = options.height.max(needed).min(MAX_SIDE.max(needed));
    let axis_y = height - footer.height();
    let claims_top = axis_y - AXIS_GAP - claims_block;
    for c in &mut claims {
        c.y += claims_top;
        for line in c.label.iter_mut().chain(&mut c.verdict).chain(&mut c.annotations) {
            line.y += claims_top;
        }
    }
    let lane_geometry = lanes(&options.lanes, lanes_top, claims_top - events_block, &metrics);
    let lane_ys: Vec<f64> = lane_geometry.iter().map(|l| l.marks_y).collect();

    // 2. Model marks, with their prominence.
    let mut marks = marks(
        &MarkContext { data, scale: &scale, window, plot, lang, rank: &rank },
        &shown,
        &lane_ys,
    );

    // 3. Labels.
    label_marks(&mut marks, &lane_geometry, &metrics, plot, filter, label_size, &rank);

    // 4b. Guides from each featured model down to the first row that names it.
    let guides = marks
        .iter()
        .filter(|m| m.featured && (plot.0..=plot.1).contains(&m.x0))
        .filter_map(|m| {
            let row = claims.iter().find(|c| c.reference.as_deref() == Some(m.id.as_str()))?;
            let top = row.label.first().map_or(row.y, |l| l.y - fonts::LABEL);
            Some(Guide { x: m.x0, y1: m.y + POINT_RADIUS + 2.0, y2: top - 2.0 })
        })
        .collect();

    // 5b. Events placed over the claim rows; connectors between the lanes.
    let event_track = (!events.is_empty())
        .then(|| super::events::place(&mut events, claims_top - events_block, plot.0, lang));
    let lane_regions: Vec<(Region, f64)> =
        lane_geometry.iter().map(|l| (l.region, l.marks_y)).collect();
    let connectors = prepared
        .series
        .as_ref()
        .map(|series| connectors(series, &lane_regions, &scale, window, lang))
        .unwrap_or_default();

    // 6b. The frame.
    let lane_bands = lane_geometry
        .iter()
        .enumerate()
        .map(|(index, l)| LaneBand {
            index,
            region: l.region,
            top: l.top,
            bottom: l.bottom,
            marks_y: l.marks_y,
            name: TextLine { x: plot.0, y: l.name_y, text: l.region.name(lang).to_string() },
        })
        .collect();
    let (notes, credit) = footer.place(axis_y);

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
        plot,
        claims,
        connectors,
        benchmark: prepared.benchmark.clone(),
        window,
        events,
        event_track,
        models: filter,
        guides,
        label_size,
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
    use crate::scene::Mark;
    use chrono::Days;
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
            key: false,
            open_weights: None,
            available_in_china: None,
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

    /// Every text of the scene but the ticks' and the events', as `(left, top, right, bottom,
    /// text)`.
    fn text_boxes(s: &Scene) -> Vec<(f64, f64, f64, f64, String)> {
        let line = |t: &TextLine, size: f64| {
            (
                t.x,
                t.y - size * 0.8,
                t.x + text_width(&t.text, size, false),
                t.y + size * 0.2,
                t.text.clone(),
            )
        };
        let mut out: Vec<(f64, f64, f64, f64, String)> = Vec::new();
        for c in &s.claims {
            out.extend(c.label.iter().map(|t| line(t, fonts::LABEL)));
            out.extend(c.verdict.iter().chain(&c.annotations).map(|t| line(t, fonts::SMALL)));
        }
        for m in &s.marks {
            if let Some(l) = &m.label {
                out.push(line(&TextLine { x: l.x, y: l.y, text: m.name.clone() }, s.label_size));
            }
        }
        out.extend(s.notes.iter().chain(&s.credit).map(|t| line(t, fonts::SMALL)));
        out.extend(s.title.iter().map(|t| line(t, fonts::TITLE)));
        out
    }

    fn apart(a: &(f64, f64, f64, f64, String), b: &(f64, f64, f64, f64, String)) -> bool {
        a.2 <= b.0 + 1e-9 || b.2 <= a.0 + 1e-9 || a.3 <= b.1 + 1e-9 || b.3 <= a.1 + 1e-9
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
        fn claim_rows_are_wrapped_never_cut_and_no_text_overlaps_another(
            claims in prop::collection::vec((0i64..2500, 0usize..5), 0..10),
            width in 320.0f64..1600.0,
        ) {
            let texts = [
                "have neared the level of GPT-3.5, but there is still a 1.5-year gap from GPT-4",
                "two to three years behind the US",
                "isn't as big as in the LLM sector",
                "at least five years behind in chips, a very long way indeed by any measure at all",
                "差距在2到3年",
            ];
            let base = NaiveDate::from_ymd_opt(2019, 1, 1).expect("valid");
            let scored = |id: &str, region, date: &str, mmlu: f64| {
                let mut m = model(id, region, date);
                m.scores.insert("mmlu".into(), mmlu);
                m
            };
            let mut d = data(vec![
                scored("gpt-3.5", Region::US, "2022-11-30", 70.0),
                scored("gpt-4", Region::US, "2023-03-14", 86.4),
                scored("b", Region::CN, "2023-06", 72.0),
                scored("c", Region::CN, "2024-06", 88.0),
            ]);
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
                let first = c.label.first().map_or(c.y, |l| l.y);
                prop_assert!(first - fonts::LABEL >= last_y - 1e-9, "{} above {}", first, last_y);
                prop_assert!(c.verdict.last().map_or(c.y, |v| v.y) < s.axis_y);
                // Wrapped, never cut: the lines say the whole label and the whole verdict.
                let said: Vec<&str> = c.label.iter().map(|l| l.text.as_str()).collect();
                prop_assert_eq!(said.join(" ").replace(' ', ""), c.summary_line.replace(' ', ""));
                let verdict: Vec<&str> = c.verdict.iter().map(|l| l.text.as_str()).collect();
                prop_assert_eq!(verdict.join(" ").replace(' ', ""), c.verdict_text.clone().unwrap_or_default().replace(' ', ""));
                for l in &c.label {
                    prop_assert!(text_width(&l.text, fonts::LABEL, false) <= s.plot.1 - s.plot.0 + 1e-9);
                }
                for x in [Some(c.said_x), c.anchor_x, c.from_x, c.to_x, c.observed_x, c.ring_x].into_iter().flatten() {
                    prop_assert!(x >= s.plot.0 - 1e-9 && x <= s.plot.1 + 1e-9);
                }
                last_y = [c.y + 6.0, c.verdict.last().map_or(0.0, |v| v.y + 3.0)].into_iter().fold(0.0, f64::max);
            }
            let boxes = text_boxes(&s);
            for (i, a) in boxes.iter().enumerate() {
                for b in &boxes[i + 1..] {
                    prop_assert!(apart(a, b), "{:?} overlaps {:?}", a, b);
                }
            }
            prop_assert!(s.claims.len() <= super::super::claims::MAX_ROWS);
        }
    }
}
