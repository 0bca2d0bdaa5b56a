//! The scene's fixed sizes, px, in one place: margins, the lanes' vertical metrics, the claim
//! rows' lines, and the width under which the phone layout is used. Renderers read the font
//! sizes from [`fonts`](super::fonts); everything else they need is positioned by the builder.

use crate::layout::lanes::LaneMetrics;

/// Space above the title and below the credit.
pub const PAD: f64 = 12.0;
/// Left and right margin of the plot.
pub const MARGIN_X: f64 = 16.0;
/// Space kept between two mark labels in a row.
pub const LABEL_GAP: f64 = 8.0;
/// Space kept between two tick labels.
pub const TICK_GAP: f64 = 12.0;
/// Space kept between a cluster's count and the next mark.
pub const COUNT_GAP: f64 = 4.0;
/// Space between the title's last line and the first lane.
pub const TITLE_GAP: f64 = 10.0;
/// A lane: its name, one label row, and the marks.
pub const LANE: LaneMetrics = LaneMetrics { header: 22.0, row: 16.0, marks: 18.0 };
/// A lane at phone widths: bigger labels need taller rows.
pub const LANE_NARROW: LaneMetrics = LaneMetrics { header: 22.0, row: 18.0, marks: 18.0 };
/// Label rows a lane gets at least, so the models a claim names always have room.
pub const MIN_LABEL_ROWS: usize = 2;
/// Radius of a day-precision mark; the widget and the SVG writer draw it at this size.
pub const POINT_RADIUS: f64 = 5.0;
/// Under this width the scene uses the phone layout: claim labels and verdicts on their own
/// wrapped lines above the bracket, bigger and fewer mark labels.
pub const NARROW: f64 = 560.0;
/// Mark labels' font size at phone widths (desktop: [`fonts::LABEL`](super::fonts::LABEL)).
pub const LABEL_NARROW: f64 = 13.0;
/// Height of one line of a claim's label (12 px text).
pub const CLAIM_LINE: f64 = 15.0;
/// Height of one line of a verdict or an annotation (11 px text).
pub const SMALL_LINE: f64 = 14.0;
/// Half the height of a claim's bracket: its end ticks and its band.
pub const BRACKET_HALF: f64 = 5.0;
/// Space between two claim rows.
pub const ROW_GAP: f64 = 8.0;
/// Space between the last claim row (or lane) and the axis.
pub const AXIS_GAP: f64 = 8.0;
/// From the axis line to the first note's top: the tick labels' height.
pub const TICKS_BLOCK: f64 = 22.0;
/// Height of one line of notes or credit.
pub const NOTE_LINE: f64 = 14.0;
/// Side of the square each mark answers to a pointer or a finger (WCAG 2.5.8: 24 × 24 CSS px).
pub const TARGET: f64 = 24.0;
