//! Label placement: each mark's label goes in the lowest free row above its lane's baseline, or
//! nowhere. A label that cannot be placed without touching another is hidden (the widget shows
//! it on hover or focus instead), so placed labels never overlap.
//!
//! Rows count upwards from the marks (row 0 sits just above them). A label in row `r > 0` hangs
//! from a thin leader line at its mark's x. Leaders do not reserve space: renderers draw them
//! first and give label text a halo in the background colour, so a leader passing behind a
//! lower label is hidden there instead of crossing its text (the usual cartographic answer, and
//! it lets far more labels fit than keeping every leader's column clear).

/// What a label needs: the x it belongs to and its width, in px.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelRequest {
    /// The mark's x; the label starts here unless that would cross the right edge.
    pub anchor: f64,
    /// Text width in px.
    pub width: f64,
}

/// Where a label went.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    /// Left edge in px.
    pub left: f64,
    /// Row, counting up from the marks.
    pub row: usize,
}

/// Places labels in the order given (earlier requests win), in `rows` rows, inside
/// `[bounds.0, bounds.1]`, keeping `gap` px between labels. Returns one entry per request.
pub fn place_labels(
    requests: &[LabelRequest],
    rows: usize,
    bounds: (f64, f64),
    gap: f64,
) -> Vec<Option<Placement>> {
    let mut taken: Vec<Vec<(f64, f64)>> = vec![Vec::new(); rows];
    let free = |row: &[(f64, f64)], l: f64, r: f64| row.iter().all(|&(a, b)| r <= a || l >= b);
    requests
        .iter()
        .map(|req| {
            if req.width > bounds.1 - bounds.0 || !req.anchor.is_finite() || !req.width.is_finite()
            {
                return None;
            }
            // Start at the mark; slide left just enough to stay inside the right edge.
            let left = req.anchor.min(bounds.1 - req.width).max(bounds.0);
            let (l, r) = (left - gap / 2.0, left + req.width + gap / 2.0);
            let row = (0..rows).find(|&row| free(&taken[row], l, r))?;
            taken[row].push((l, r));
            Some(Placement { left, row })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn req(anchor: f64, width: f64) -> LabelRequest {
        LabelRequest { anchor, width }
    }

    #[test]
    fn places_in_the_lowest_free_row_and_hides_what_cannot_fit() {
        // (label, requests, rows, expected rows)
        type Case = (&'static str, Vec<LabelRequest>, usize, Vec<Option<usize>>);
        let cases: [Case; 5] = [
            ("apart", vec![req(0.0, 40.0), req(100.0, 40.0)], 2, vec![Some(0), Some(0)]),
            ("close", vec![req(0.0, 40.0), req(20.0, 40.0)], 2, vec![Some(0), Some(1)]),
            (
                "crowded",
                vec![req(0.0, 40.0), req(10.0, 40.0), req(20.0, 40.0)],
                2,
                vec![Some(0), Some(1), None],
            ),
            (
                "back to row 0",
                vec![req(0.0, 15.0), req(10.0, 40.0), req(30.0, 10.0)],
                3,
                vec![Some(0), Some(1), Some(0)],
            ),
            ("too wide", vec![req(0.0, 500.0)], 3, vec![None]),
        ];
        for (label, requests, rows, expected) in cases {
            let got: Vec<_> = place_labels(&requests, rows, (0.0, 200.0), 4.0)
                .iter()
                .map(|p| p.map(|p| p.row))
                .collect();
            assert_eq!(got, expected, "{label}");
        }
    }

    #[test]
    fn a_label_at_the_right_edge_slides_left_but_still_covers_its_mark() {
        let placed = place_labels(&[req(190.0, 50.0)], 1, (0.0, 200.0), 4.0);
        assert_eq!(placed, [Some(Placement { left: 150.0, row: 0 })]);
    }

    proptest! {
        #[test]
        fn placed_labels_never_overlap_and_stay_inside(
            items in prop::collection::vec((0.0f64..1000.0, 5.0f64..200.0), 0..200),
            rows in 1usize..5,
        ) {
            let mut requests: Vec<_> = items.iter().map(|&(a, w)| req(a, w)).collect();
            requests.sort_by(|a, b| a.anchor.total_cmp(&b.anchor));
            let placed = place_labels(&requests, rows, (0.0, 1000.0), 6.0);
            let boxes: Vec<(f64, f64, usize)> = placed.iter().zip(&requests)
                .filter_map(|(p, r)| p.map(|p| (p.left, p.left + r.width, p.row))).collect();
            for (i, a) in boxes.iter().enumerate() {
                prop_assert!(a.0 >= 0.0 && a.1 <= 1000.0);
                for b in &boxes[i + 1..] {
                    prop_assert!(a.2 != b.2 || a.1 + 6.0 <= b.0 + 1e-9 || b.1 + 6.0 <= a.0 + 1e-9, "{:?} {:?}", a, b);
                }
            }
            for (p, r) in placed.iter().zip(&requests) {
                if let Some(p) = p {
                    prop_assert!(p.left <= r.anchor.max(0.0) + 1e-9 && r.anchor <= p.left + r.width + 1e-9);
                }
            }
        }
    }
}
