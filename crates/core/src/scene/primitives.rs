//! The positioned parts of a scene.

use crate::data::region::Region;
use crate::layout::time_scale::Tick;

/// A line of text at a baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct TextLine {
    /// Left edge, px.
    pub x: f64,
    /// Baseline, px.
    pub y: f64,
    /// The text (plain text, never markup).
    pub text: String,
}

/// A lane's band and its name.
#[derive(Debug, Clone, PartialEq)]
pub struct LaneBand {
    /// Position in the lane order (0 = top), used for colour.
    pub index: usize,
    /// The region.
    pub region: Region,
    /// Top edge, px.
    pub top: f64,
    /// Bottom edge, px.
    pub bottom: f64,
    /// y of the marks' centres (the lane's axis line).
    pub marks_y: f64,
    /// The region's name at the top left of the band.
    pub name: TextLine,
}

/// A placed label of a mark.
#[derive(Debug, Clone, PartialEq)]
pub struct MarkLabel {
    /// Left edge and baseline.
    pub x: f64,
    /// Baseline, px.
    pub y: f64,
    /// Estimated width, px (an upper bound of the drawn width).
    pub width: f64,
    /// Leader line from the mark up to the label, `(x, y_top, y_bottom)`, for labels above row 0.
    pub leader: Option<(f64, f64, f64)>,
}

/// One model on the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// Index of the model in the dataset.
    pub model: usize,
    /// The model's id (stable across redraws).
    pub id: String,
    /// The model's display name.
    pub name: String,
    /// Index of its lane.
    pub lane: usize,
    /// Start x of its release period, px.
    pub x0: f64,
    /// End x of its release period, px (equal to `x0` for a day).
    pub x1: f64,
    /// y of the mark's centre.
    pub y: f64,
    /// True when the date is coarser than a day: drawn as a span from `x0` to `x1`.
    pub span: bool,
    /// Description for assistive technology and tooltips: "GPT-4, OpenAI, 14 March 2023".
    pub description: String,
    /// Its label, when one fits; otherwise the label is shown on hover or focus. A cluster has
    /// none (its count is drawn on it instead, when that fits).
    pub label: Option<MarkLabel>,
    /// `Some` when this mark stands for several models too close to tell apart at this zoom
    /// (see `scene::clusters`). Then `model` and `id` are the first model's, `name` is empty,
    /// `x0` and `x1` are the first and the last model's x, and `description` says how many
    /// models and when: "12 models, March 2024–June 2024".
    pub cluster: Option<Cluster>,
    /// True for a prominent model (see `scene::prominence`): a claim names it, it set a new
    /// best score in its lane on the scene's benchmark, or the data marks it `key`. Prominent
    /// models are labelled first; with [`ModelFilter::Key`](super::ModelFilter::Key) only they
    /// are, and the others are drawn light.
    pub prominent: bool,
    /// True for a model a drawn claim names (its reference, or a model its text compares
    /// with): always labelled, highlighted, and joined to its claim row by a guide.
    pub featured: bool,
    /// True for a chip the US export rules keep out of China (`available_in_china` false):
    /// drawn hollow, and its description says so.
    pub restricted: bool,
}

impl Mark {
    /// The x the mark is drawn at: its release's first day, or a cluster's middle.
    pub fn at(&self) -> f64 {
        if self.cluster.is_some() { (self.x0 + self.x1) / 2.0 } else { self.x0 }
    }
}

/// Several models of one lane drawn as one mark, with their count.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    /// How many models.
    pub count: usize,
    /// The first day of the earliest release.
    pub first: chrono::NaiveDate,
    /// The last day of the latest release period (inclusive). Zooming to `first ..= last`
    /// shows the models apart.
    pub last: chrono::NaiveDate,
    /// True when the count fits on the mark without touching its neighbours.
    pub count_shown: bool,
}

/// A claim reading drawn on the timeline: a marker at the date said, and, when it implies a
/// date, a bracket from where the gap is counted to the projected parity (a band for a range,
/// faded to the edge when open-ended), with the observed parity and the verdict. A claim whose
/// text makes several comparisons has one row per reading (`part`).
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimMark {
    /// Index of the claim in the dataset.
    pub claim: usize,
    /// Which of the claim's readings this row draws (0: the claim as read on its own).
    pub part: usize,
    /// The claim's id.
    pub id: String,
    /// "Zhou Hongyi, 16 February 2024: behind GPT-4 by 1.5 years", uncut.
    pub summary_line: String,
    /// `summary_line` wrapped to the plot's width: never cut.
    pub label: Vec<TextLine>,
    /// The verdict sentence wrapped to the plot's width; empty when there is no benchmark.
    pub verdict: Vec<TextLine>,
    /// "claimed parity: Sep 2024" over the bracket and "observed: Feb 2024" over the triangle,
    /// those that fit apart (small text on the line above the bracket).
    pub annotations: Vec<TextLine>,
    /// y of the bracket.
    pub y: f64,
    /// x of the date said (clamped to the plot).
    pub said_x: f64,
    /// False when the date said is outside the window (the bracket crosses it): no marker.
    pub said_inside: bool,
    /// x where the gap is counted from (the reference's release, or the date said).
    pub anchor_x: Option<f64>,
    /// x of the earliest projected parity.
    pub from_x: Option<f64>,
    /// x of the latest projected parity (the plot's edge when open-ended).
    pub to_x: Option<f64>,
    /// True when the gap has no maximum: the band fades out.
    pub open: bool,
    /// x of the observed parity on the benchmark, when there is one.
    pub observed_x: Option<f64>,
    /// x of a ring at the reference model's release, for a reading with no date to project
    /// ("near the level of GPT-3.5"), when the model is in view.
    pub ring_x: Option<f64>,
    /// The whole story for tooltips and screen readers: label, quote and verdict, uncut.
    pub description: String,
    /// True when the lag reading was asked but the claim names no model of the data, so it is
    /// drawn in the catch-up reading.
    pub as_catch_up: bool,
    /// What the reading says, uncut: "behind GPT-4 by 1.5 years".
    pub summary: String,
    /// The fields given by hand that replaced the parser's reading (first reading only).
    pub overridden: Vec<&'static str>,
    /// A person confirmed the reading (a stored reading with `reviewed: true`); otherwise the
    /// card says it was read automatically.
    pub reviewed: bool,
    /// Which text was read (`text` or `text_zh`) and the character span of the gap in it.
    pub gap_span: Option<(&'static str, (usize, usize))>,
    /// The verdict sentence, uncut; `None` when there is no benchmark.
    pub verdict_text: Option<String>,
    /// "claimed parity: Sep 2024", when the reading projects a date.
    pub parity_text: Option<String>,
    /// "observed: Feb 2024", when the benchmark shows parity.
    pub observed_text: Option<String>,
    /// The id of the model the reading compares with, if it names one.
    pub reference: Option<String>,
    /// What the claim's other readings say ("close to GPT-3.5"), for its card.
    pub others: Vec<String>,
}

/// The observed lag of one rise of the lagging region's frontier: from the leading region's
/// first model with that score down to the lagging model. Its horizontal length is the lag.
#[derive(Debug, Clone, PartialEq)]
pub struct Connector {
    /// The leading model's release: x and its lane's y.
    pub from: (f64, f64),
    /// The lagging model's release: x and its lane's y.
    pub to: (f64, f64),
    /// "DeepSeek-R1 (January 2025) reached o1's GPQA diamond score (December 2024): 1 month".
    pub description: String,
}

/// A floating label shown over everything for a mark under the pointer or focus.
#[derive(Debug, Clone, PartialEq)]
pub struct Tooltip {
    /// Box left edge, px.
    pub x: f64,
    /// Box top edge, px.
    pub y: f64,
    /// Box width, px.
    pub width: f64,
    /// Box height, px.
    pub height: f64,
    /// Text baseline, px.
    pub baseline: f64,
    /// The text.
    pub text: String,
}

/// Everything a timeline shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scene {
    /// Width, px.
    pub width: f64,
    /// Height, px (may exceed the height asked for when that was too small for the lanes).
    pub height: f64,
    /// Title lines.
    pub title: Vec<TextLine>,
    /// The lanes, top to bottom.
    pub lanes: Vec<LaneBand>,
    /// The marks, lane by lane, each lane in date order.
    pub marks: Vec<Mark>,
    /// y of the axis line.
    pub axis_y: f64,
    /// Axis ticks.
    pub ticks: Vec<Tick>,
    /// Notes under the axis (e.g. models from regions without a lane).
    pub notes: Vec<TextLine>,
    /// Credit lines.
    pub credit: Vec<TextLine>,
    /// Left and right edges of the plotting area, px.
    pub plot: (f64, f64),
    /// The claims in the window, one row each, top to bottom in the order said.
    pub claims: Vec<ClaimMark>,
    /// Observed-lag connectors for the scene's benchmark.
    pub connectors: Vec<Connector>,
    /// The benchmark the connectors and verdicts use, as the data names it.
    pub benchmark: Option<String>,
    /// The time window drawn, first and last day.
    pub window: (chrono::NaiveDate, chrono::NaiveDate),
    /// The events in view, in date order (see `scene::events`).
    pub events: Vec<super::events::EventMark>,
    /// The events track, when an event is in view.
    pub event_track: Option<super::events::EventTrack>,
    /// Which models may carry a label in this scene (the option given, or the one chosen
    /// from the data).
    pub models: super::ModelFilter,
    /// Thin vertical guides from a featured model's mark down to the claim row that names it.
    pub guides: Vec<Guide>,
    /// Font size of the marks' labels, px: [`fonts::LABEL`], bigger at phone widths.
    pub label_size: f64,
}

/// A thin vertical line joining a model a claim names to the claim's row.
#[derive(Debug, Clone, PartialEq)]
pub struct Guide {
    /// x of the model's mark, px.
    pub x: f64,
    /// Top (just under the mark), px.
    pub y1: f64,
    /// Bottom (the claim row's bracket), px.
    pub y2: f64,
}

/// Font sizes, px, shared by the builder and every renderer.
pub mod fonts {
    /// Title.
    pub const TITLE: f64 = 16.0;
    /// Lane names.
    pub const LANE: f64 = 13.0;
    /// Mark labels and tooltips.
    pub const LABEL: f64 = 12.0;
    /// Axis tick labels.
    pub const TICK: f64 = 12.0;
    /// Notes and credit.
    pub const SMALL: f64 = 11.0;
    /// A cluster's count.
    pub const COUNT: f64 = 10.0;
}
