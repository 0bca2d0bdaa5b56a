//! Policy and hardware events (export controls, chips, rules, milestones) as a slim track under
//! the lanes: a marker at each event's date (a bar across its month or quarter when only that
//! is known), in the shape of the acting region's lane (a ring for a region without one) and
//! the colour of its kind, with short labels placed by the same no-overlap rule as model labels
//! (a label that does not fit is left out; the marker's description carries it).
//!
//! Conventions: px, y grows downwards; the track's markers sit on its bottom line, labels in
//! rows above them.

use super::primitives::{MarkLabel, TextLine};
use crate::data::dataset::Dataset;
use crate::data::event::EventKind;
use crate::data::region::Region;
use crate::lang::Lang;
use crate::layout::labels::{LabelRequest, place_labels};
use crate::layout::text_width::text_width;
use crate::layout::time_scale::TimeScale;
use chrono::NaiveDate;

/// Label rows of the track.
pub const ROWS: usize = 2;
/// Height of one label row, px.
const ROW: f64 = 15.0;
/// Font size of event labels, px.
pub const FONT: f64 = 11.0;
/// The track's height: its name, the label rows, the markers.
pub const HEIGHT: f64 = 16.0 + ROWS as f64 * ROW + 12.0;
/// Gap between labels, px.
const GAP: f64 = 8.0;
/// A label is cut to this many characters (with an ellipsis): titles run to 60.
const LABEL_CHARS: usize = 28;

/// One event drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct EventMark {
    /// Index of the event in the dataset.
    pub event: usize,
    /// The event's id.
    pub id: String,
    /// Its kind, for its colour.
    pub kind: EventKind,
    /// The lane of the acting region, for its shape; `None` when the region has no lane.
    pub lane: Option<usize>,
    /// Start and end x of its date, px (equal for a day).
    pub x0: f64,
    /// See `x0`.
    pub x1: f64,
    /// y of the marker's centre.
    pub y: f64,
    /// True when only the month (or a coarser period) is known: drawn as a bar.
    pub span: bool,
    /// The title in the scene's language.
    pub title: String,
    /// For tooltips and assistive technology: "October 2022, export control, United States: US
    /// restricts advanced chips and chipmaking tools for China".
    pub description: String,
    /// The (possibly shortened) label, when it fits.
    pub label: Option<(MarkLabel, String)>,
}

/// The track: where it is and its name.
#[derive(Debug, Clone, PartialEq)]
pub struct EventTrack {
    /// Top of the track, px.
    pub top: f64,
    /// y of the markers.
    pub marks_y: f64,
    /// "Events" / "事件", at the left like a lane's name.
    pub name: TextLine,
}

/// What a kind is called in `lang`.
pub fn kind_name(kind: EventKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (EventKind::ExportControl, Lang::En) => "export control",
        (EventKind::Chip, Lang::En) => "chip",
        (EventKind::Policy, Lang::En) => "policy",
        (EventKind::Milestone, Lang::En) => "milestone",
        (EventKind::ExportControl, Lang::Zh) => "出口管制",
        (EventKind::Chip, Lang::Zh) => "芯片",
        (EventKind::Policy, Lang::Zh) => "政策",
        (EventKind::Milestone, Lang::Zh) => "里程碑",
    }
}

/// `text` cut to `n` characters, with an ellipsis when cut.
fn shorten(text: &str, n: usize) -> String {
    if text.chars().count() <= n {
        return text.to_string();
    }
    let cut: String = text.chars().take(n - 1).collect();
    format!("{}…", cut.trim_end())
}

/// The events of `kinds` dated (at least partly) in `window`, in date order, laid out in the
/// track whose top is at `top`, with labels inside `plot`. `lanes` are the scene's lanes (for
/// the shapes). Returns nothing when no event is in view: the scene then has no track.
pub fn event_marks(
    data: &Dataset,
    kinds: &[EventKind],
    window: (NaiveDate, NaiveDate),
    scale: &TimeScale,
    lanes: &[Region],
    plot: (f64, f64),
    lang: Lang,
) -> Vec<EventMark> {
    let mut shown: Vec<usize> = (0..data.events.len())
        .filter(|&i| {
            let e = &data.events[i];
            kinds.contains(&e.kind) && e.date.end() > window.0 && e.date.start() <= window.1
        })
        .collect();
    shown.sort_by_key(|&i| (data.events[i].date.start(), data.events[i].id.as_str()));
    let mut marks: Vec<EventMark> = shown
        .into_iter()
        .map(|i| {
            let e = &data.events[i];
            let span = e.date.precision() != crate::data::date::Precision::Day;
            let x0 = scale.x(e.date.start());
            let x1 = if span { scale.x(e.date.end()) } else { x0 };
            let title = match (lang, &e.title_zh) {
                (Lang::Zh, Some(zh)) => zh.clone(),
                _ => e.title.clone(),
            };
            let description = format!(
                "{}, {}, {}: {title}",
                lang.date(e.date),
                kind_name(e.kind, lang),
                e.region.name(lang)
            );
            EventMark {
                event: i,
                id: e.id.clone(),
                kind: e.kind,
                lane: lanes.iter().position(|&r| r == e.region),
                x0,
                x1,
                y: 0.0,
                span,
                title,
                description,
                label: None,
            }
        })
        .collect();
    // Labels where they fit, export controls first, then chips, policy and milestones (the
    // order of `EventKind::ALL`: what the gap argument turns on), each kind in date order; a
    // marker outside the plot is not labelled.
    let mut labelled: Vec<usize> =
        (0..marks.len()).filter(|&k| marks[k].x1 >= plot.0 && marks[k].x0 <= plot.1).collect();
    let rank = |k: EventKind| EventKind::ALL.iter().position(|&a| a == k).unwrap_or(0);
    labelled.sort_by_key(|&k| rank(marks[k].kind));
    let texts: Vec<String> =
        labelled.iter().map(|&k| shorten(&marks[k].title, LABEL_CHARS)).collect();
    let requests: Vec<LabelRequest> = labelled
        .iter()
        .zip(&texts)
        .map(|(&k, t)| LabelRequest { anchor: marks[k].x0, width: text_width(t, FONT, false) })
        .collect();
    let placed = place_labels(&requests, ROWS, plot, GAP);
    for ((&k, p), (req, text)) in labelled.iter().zip(placed).zip(requests.iter().zip(texts)) {
        if let Some(p) = p {
            // Row 0 is nearest the markers; y is filled in by `place`.
            let label = MarkLabel { x: p.left, y: p.row as f64, width: req.width, leader: None };
            marks[k].label = Some((label, text));
        }
    }
    marks
}

/// Puts the track's marks at their heights once the track's `top` is known, and returns the
/// track.
pub fn place(marks: &mut [EventMark], top: f64, left: f64, lang: Lang) -> EventTrack {
    let marks_y = top + HEIGHT - 6.0;
    for m in marks.iter_mut() {
        m.y = marks_y;
        if let Some((label, _)) = &mut m.label {
            let row = label.y;
            let y = marks_y - 8.0 - row * ROW;
            label.leader = (row > 0.0).then_some((m.x0, y + 3.0, marks_y - 4.0));
            label.y = y;
        }
    }
    let name = if lang == Lang::Zh { "事件" } else { "Events" };
    EventTrack { top, marks_y, name: TextLine { x: left, y: top + 12.0, text: name.to_string() } }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset::RawDataset;
    use crate::scene::{SceneOptions, build_scene};
    use proptest::prelude::*;

    fn data() -> Dataset {
        serde_json::from_str::<RawDataset>(
            r#"{"models": [
              {"id": "a", "name": "A", "region": "US", "released": "2022-01-10", "source_url": "https://a.example"},
              {"id": "b", "name": "B", "region": "CN", "released": "2024-06-10", "source_url": "https://a.example"}],
             "events": [
              {"id": "oct-2022", "date": "2022-10-07", "region": "US", "kind": "export_control",
               "title": "US restricts advanced chips <b>for</b> China", "title_zh": "美国限制对华先进芯片", "source_url": "https://e.example/1"},
              {"id": "h800", "date": "2023-03", "region": "CN", "kind": "chip", "title": "Nvidia H800 for China", "source_url": "https://e.example/2"},
              {"id": "nl", "date": "2023-06-30", "region": "NL", "kind": "export_control", "title": "Dutch chip-tool controls", "source_url": "https://e.example/3"},
              {"id": "later", "date": "2024-05-01", "region": "CN", "kind": "policy", "title": "A policy", "source_url": "https://e.example/4"}]}"#,
        )
        .expect("JSON")
        .check()
        .dataset
    }

    #[test]
    fn events_in_view_are_drawn_in_date_order_with_shape_colour_and_words() {
        let d = data();
        assert_eq!(d.events.len(), 4, "the fixture loads");
        let scene = build_scene(&d, &SceneOptions { width: 1200.0, ..SceneOptions::default() });
        let ids: Vec<&str> = scene.events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["oct-2022", "h800", "nl", "later"]);
        let [oct, h800, nl, _] = &scene.events[..] else { panic!("four events") };
        assert_eq!(
            (oct.lane, h800.lane, nl.lane),
            (Some(0), Some(1), None),
            "shape of the actor's lane"
        );
        assert!(!oct.span && h800.span && h800.x1 > h800.x0, "a month is a bar");
        assert_eq!(
            oct.description,
            "7 October 2022, export control, United States: US restricts advanced chips <b>for</b> China"
        );
        let track = scene.event_track.as_ref().expect("a track");
        assert!(scene.lanes.iter().all(|l| l.bottom <= track.top + 0.5), "under the lanes");
        assert!(scene.claims.iter().all(|c| c.y >= track.marks_y), "above the claims");
        assert!(oct.y == track.marks_y && oct.label.is_some());
        // Export controls are labelled first: at a width with room for one label, it is theirs.
        let narrow = build_scene(&d, &SceneOptions { width: 330.0, ..SceneOptions::default() });
        let labelled: Vec<&str> =
            narrow.events.iter().filter(|e| e.label.is_some()).map(|e| e.id.as_str()).collect();
        assert_eq!(labelled.first().copied(), Some("oct-2022"), "{labelled:?}");
        // Chinese titles in Chinese.
        let zh = build_scene(&d, &SceneOptions { lang: Lang::Zh, ..SceneOptions::default() });
        assert_eq!(zh.events[0].title, "美国限制对华先进芯片");
        assert_eq!(zh.events[2].title, "Dutch chip-tool controls", "no title_zh: the English one");
    }

    #[test]
    fn kinds_pick_what_is_drawn_and_no_event_in_view_means_no_track() {
        let d = data();
        let only_chips =
            SceneOptions { event_kinds: vec![EventKind::Chip], ..SceneOptions::default() };
        let scene = build_scene(&d, &only_chips);
        assert_eq!(scene.events.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["h800"]);
        let none = SceneOptions { event_kinds: Vec::new(), ..SceneOptions::default() };
        let scene = build_scene(&d, &none);
        assert!(scene.events.is_empty() && scene.event_track.is_none());
        let before = SceneOptions {
            from: NaiveDate::from_ymd_opt(2021, 1, 1),
            to: NaiveDate::from_ymd_opt(2022, 6, 1),
            ..SceneOptions::default()
        };
        assert!(build_scene(&d, &before).event_track.is_none());
    }

    #[test]
    fn the_svg_draws_each_event_as_text_never_markup() {
        let d = data();
        let scene = build_scene(&d, &SceneOptions::default());
        let svg = crate::scene::svg::to_svg(&scene, crate::scene::svg::SvgOptions::default());
        assert_eq!(svg.matches(r#"class="gl-event "#).count(), 4, "{svg}");
        assert!(svg.contains(r#"data-event-id="oct-2022""#));
        assert!(svg.contains("gl-ev-export_control") && svg.contains("gl-ev-chip"));
        assert!(!svg.contains("<b>for</b>"), "titles are escaped");
        assert!(svg.contains("&lt;b&gt;for&lt;/b&gt;"));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// At any width from a phone's to a desktop's, and any window, event labels never overlap
        /// and stay inside the plot.
        #[test]
        fn labels_never_overlap(width in 320.0f64..1600.0, start in 0i64..900, days in 30i64..2500) {
            let shipped: RawDataset = serde_json::from_str(include_str!("../../../../www/data/models.json")).expect("built-in data");
            let d = shipped.check().dataset;
            let from = NaiveDate::from_ymd_opt(2019, 1, 1).expect("date") + chrono::Days::new(start as u64);
            let to = from + chrono::Days::new(days as u64);
            let scene = build_scene(&d, &SceneOptions { width, from: Some(from), to: Some(to), ..SceneOptions::default() });
            let boxes: Vec<(f64, f64, f64)> = scene.events.iter()
                .filter_map(|e| e.label.as_ref().map(|(l, _)| (l.x, l.x + l.width, l.y)))
                .collect();
            for (i, a) in boxes.iter().enumerate() {
                prop_assert!(a.0 >= scene.plot.0 - 0.01 && a.1 <= scene.plot.1 + 0.01);
                for b in &boxes[i + 1..] {
                    prop_assert!(a.2 != b.2 || a.1 <= b.0 || b.1 <= a.0, "{a:?} {b:?}");
                }
            }
        }
    }
}
