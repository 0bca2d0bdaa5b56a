//! Clusters: marks in one lane too close to tell apart are drawn as one counted mark.
//!
//! # Rules
//!
//! Positions are the marks' x in px, in date order along one lane.
//!
//! 1. A mark joins the group of the mark before it when it is less than [`CLUSTER_GAP`] px
//!    from it (two points closer than that overlap too much to hover or click one of them),
//! 2. unless the group would then span [`CLUSTER_SPAN`] px or more from its first mark: a long
//!    chain of close marks (a lane with thousands of models) is cut into several groups, so a
//!    dense lane reads as a row of counts rather than one count for the whole lane.
//! 3. A group of one is an ordinary mark, drawn at its x; a larger group is a cluster, drawn
//!    at the middle of its first and last marks.
//!
//! So the drawn marks of a lane are at least [`CLUSTER_GAP`] px apart: a group cut by rule 1
//! starts at least that far after the last mark of the one before (and each is drawn between
//! its own first and last mark); a group cut by rule 2 starts at least [`CLUSTER_SPAN`] px
//! after the first mark of the one before, whose middle is less than half of that from its
//! first mark, and `CLUSTER_SPAN ≥ 2 × CLUSTER_GAP`. Zooming in spreads the positions, so
//! clusters split by themselves when the scene is built again.
//!
//! 4. Except in the narrowest window the reader can zoom to (a week, [`UNCLUSTERED_DAYS`]):
//!    there, days are tens of px apart and only models of the same day share an x, which no
//!    zoom would split; they are drawn as marks of their own (on top of each other), so each
//!    stays reachable by keyboard and opens its own card.

use crate::layout::viewport::MIN_SPAN_DAYS;
use std::ops::Range;

/// Windows of at most this many days (the narrowest zoom, a week, and a day of rounding) are
/// not clustered (rule 4).
pub const UNCLUSTERED_DAYS: i64 = MIN_SPAN_DAYS as i64 + 1;

/// Marks of one lane closer than this, px, merge into a cluster. A point mark has a radius of
/// 5 px, so two of them this close overlap by more than half.
pub const CLUSTER_GAP: f64 = 4.0;

/// A cluster spans less than this, px, from its first to its last mark (rule 2). At least
/// twice [`CLUSTER_GAP`], so the drawn marks stay that far apart.
pub const CLUSTER_SPAN: f64 = 24.0;

/// The groups of `positions` (px, in date order along one lane), as ranges of indexes, in
/// order, covering every position once (rules 1–3).
pub fn groups(positions: &[f64]) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    for i in 1..=positions.len() {
        let joins = i < positions.len()
            && positions[i] - positions[i - 1] < CLUSTER_GAP
            && positions[i] - positions[start] < CLUSTER_SPAN;
        if !joins {
            out.push(start..i);
            start = i;
        }
    }
    out
}

/// Where a group is drawn: its only mark's x, or the middle of its first and last.
pub fn drawn_at(positions: &[f64], group: &Range<usize>) -> f64 {
    (positions[group.start] + positions[group.end - 1]) / 2.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    #[allow(clippy::single_range_in_vec_init)] // a list of one group, not the indexes in it
    fn close_marks_merge_and_long_chains_are_cut() {
        // (label, positions, expected groups)
        type Case = (&'static str, Vec<f64>, Vec<Range<usize>>);
        let cases: [Case; 6] = [
            ("none", vec![], vec![]),
            ("one", vec![10.0], vec![0..1]),
            ("apart", vec![0.0, 4.0, 8.5], vec![0..1, 1..2, 2..3]),
            ("close", vec![0.0, 3.9, 7.0, 20.0], vec![0..3, 3..4]),
            ("same x", vec![5.0, 5.0, 5.0], vec![0..3]),
            // A chain 1 px apart: cut every 24 px.
            ("chain", (0..50).map(f64::from).collect(), vec![0..24, 24..48, 48..50]),
        ];
        for (label, positions, expected) in cases {
            assert_eq!(groups(&positions), expected, "{label}");
        }
    }

    proptest! {
        #[test]
        fn drawn_marks_are_never_closer_than_the_gap(
            mut positions in prop::collection::vec(-50.0f64..2000.0, 0..500),
        ) {
            positions.sort_by(f64::total_cmp);
            let found = groups(&positions);
            prop_assert_eq!(found.iter().map(|g| g.len()).sum::<usize>(), positions.len());
            for pair in found.windows(2) {
                prop_assert_eq!(pair[0].end, pair[1].start);
                let (a, b) = (drawn_at(&positions, &pair[0]), drawn_at(&positions, &pair[1]));
                prop_assert!(b - a >= CLUSTER_GAP - 1e-9, "{} then {}", a, b);
            }
            for g in &found {
                prop_assert!(positions[g.end - 1] - positions[g.start] < CLUSTER_SPAN);
            }
        }
    }
}
