//! Phase 3 of a scene: the marks' labels, placed in prominence order so the models that tell
//! the story win the space (see [`prominence`](super::prominence)), then in date order. With
//! [`ModelFilter::Key`] only prominent models ask for a label; a model a claim names asks
//! first in every case. Labels never overlap ([`place_labels`]).

use super::metrics::{LABEL_GAP, POINT_RADIUS};
use super::model_filter::ModelFilter;
use super::primitives::{Mark, MarkLabel};
use super::prominence::{FEATURED, FRONTIER, OTHER};
use crate::layout::labels::{LabelRequest, place_labels};
use crate::layout::lanes::{Lane, LaneMetrics};
use crate::layout::text_width::text_width;

/// Labels the marks of each lane. `rank` gives a mark's model rank; `size` is the labels'
/// font size.
pub(super) fn label_marks(
    marks: &mut [Mark],
    lanes: &[Lane],
    metrics: &LaneMetrics,
    plot: (f64, f64),
    filter: ModelFilter,
    size: f64,
    rank: &dyn Fn(usize) -> u8,
) {
    let most = if filter == ModelFilter::Key { FRONTIER } else { OTHER };
    for (lane_index, lane) in lanes.iter().enumerate() {
        // Only single marks inside the plot get one (a cluster shows its count instead).
        let mut asking: Vec<(u8, usize)> = (0..marks.len())
            .filter(|&k| {
                let m = &marks[k];
                m.lane == lane_index && m.cluster.is_none() && m.x1 >= plot.0 && m.x0 <= plot.1
            })
            .map(|k| (if marks[k].featured { FEATURED } else { rank(marks[k].model) }, k))
            .filter(|&(r, _)| r <= most)
            .collect();
        // Stable: within a rank, date order (the marks' order).
        asking.sort_by_key(|&(r, _)| r);
        let requests: Vec<LabelRequest> = asking
            .iter()
            .map(|&(_, k)| LabelRequest {
                anchor: marks[k].x0,
                width: text_width(&marks[k].name, size, false),
            })
            .collect();
        let placed = place_labels(&requests, lane.rows, plot, LABEL_GAP);
        for ((&(_, k), p), req) in asking.iter().zip(placed).zip(&requests) {
            if let Some(p) = p {
                let y = lane.row_baseline(p.row, metrics);
                let leader =
                    (p.row > 0).then_some((req.anchor, y + 3.0, lane.marks_y - POINT_RADIUS));
                marks[k].label = Some(MarkLabel { x: p.left, y, width: req.width, leader });
            }
        }
    }
}
