//! Lanes: one horizontal band per region, stacked top to bottom in the order asked for.

use crate::data::region::Region;

/// One lane's vertical geometry, in px from the top of the scene.
#[derive(Debug, Clone, PartialEq)]
pub struct Lane {
    /// The region drawn in this lane.
    pub region: Region,
    /// Top edge of the band.
    pub top: f64,
    /// Bottom edge of the band.
    pub bottom: f64,
    /// Baseline of the lane's name (drawn at the top left of the band).
    pub name_y: f64,
    /// y of the marks' centres.
    pub marks_y: f64,
    /// Number of label rows above the marks (at least 1).
    pub rows: usize,
}

/// Vertical sizes of a lane, in px.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LaneMetrics {
    /// Space for the lane's name at the top of the band.
    pub header: f64,
    /// Height of one label row.
    pub row: f64,
    /// Space for the marks below the label rows.
    pub marks: f64,
}

impl Lane {
    /// Text baseline of label row `row` (0 = just above the marks).
    pub fn row_baseline(&self, row: usize, metrics: &LaneMetrics) -> f64 {
        self.marks_y - metrics.marks / 2.0 - metrics.row * row as f64 - 3.0
    }
}

/// Splits `[top, bottom]` evenly between `regions`, giving each lane as many label rows as fit
/// (never fewer than one: a scene too short for that grows, see the scene builder).
pub fn lanes(regions: &[Region], top: f64, bottom: f64, metrics: &LaneMetrics) -> Vec<Lane> {
    let count = regions.len().max(1) as f64;
    let height = ((bottom - top) / count).max(metrics.header + metrics.row + metrics.marks);
    regions
        .iter()
        .enumerate()
        .map(|(i, &region)| {
            let band_top = top + height * i as f64;
            // A hair over, so a band sized for exactly n rows is not floored to n − 1.
            let rows = ((height - metrics.header - metrics.marks) / metrics.row + 1e-9)
                .floor()
                .max(1.0) as usize;
            Lane {
                region,
                top: band_top,
                bottom: band_top + height,
                name_y: band_top + metrics.header - 5.0,
                marks_y: band_top + height - metrics.marks / 2.0,
                rows,
            }
        })
        .collect()
}

/// The smallest height that gives every lane one label row.
pub fn min_height(lane_count: usize, metrics: &LaneMetrics) -> f64 {
    lane_count.max(1) as f64 * (metrics.header + metrics.row + metrics.marks)
}

#[cfg(test)]
mod tests {
    use super::*;

    const M: LaneMetrics = LaneMetrics { header: 20.0, row: 16.0, marks: 16.0 };

    #[test]
    fn splits_the_space_evenly_in_the_order_given() {
        let l = lanes(&[Region::US, Region::CN], 40.0, 240.0, &M);
        assert_eq!(l.iter().map(|l| l.region).collect::<Vec<_>>(), [Region::US, Region::CN]);
        assert_eq!((l[0].top, l[0].bottom, l[1].top, l[1].bottom), (40.0, 140.0, 140.0, 240.0));
        assert_eq!(l[0].rows, 4); // (100 - 20 - 16) / 16
        assert_eq!(l[1].marks_y, 232.0);
    }

    #[test]
    fn label_rows_stay_inside_their_band_below_the_name() {
        for height in [60.0, 100.0, 173.0, 400.0] {
            for lane in lanes(&[Region::US, Region::CN], 0.0, height, &M) {
                let top_row = lane.row_baseline(lane.rows - 1, &M) - 12.0;
                assert!(top_row >= lane.name_y, "height {height}: {lane:?}");
                assert!(lane.marks_y + M.marks / 2.0 <= lane.bottom + 1e-9);
            }
        }
    }
}
