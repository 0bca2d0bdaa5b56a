//! The visible time window as an immutable value: zooming and panning make a new one, and
//! [`Viewport::constrain`] keeps every result inside the limits. The widget holds one in a
//! signal; everything it does to it is here, so it is tested without a browser.
//!
//! # Rules
//!
//! 1. A viewport is a window `[start, end]` in days (fractions allowed, so repeated small zooms
//!    do not drift by rounding).
//! 2. Zooming by a factor keeps the date under the pointer where it is: `zoom(f, at)` with
//!    `at` the pointer's place across the plot, 0 = left edge, 1 = right edge.
//! 3. Panning moves the window by a number of days, its span unchanged.
//! 4. Limits: the span is never under [`MIN_SPAN_DAYS`] (a week) nor over the limits' span; the
//!    window never leaves the limits (the data plus a margin), sliding back inside rather than
//!    shrinking.
//! 5. A two-finger gesture is a pan and a zoom at once ([`Viewport::pinch`]): the date under the
//!    fingers' midpoint when they went down stays under their midpoint now, and the span shrinks
//!    by the ratio of their distances (fingers twice as far apart: twice as close). Each step is
//!    computed from where the gesture started, not from the previous step, so it cannot drift.

use chrono::{Datelike, NaiveDate};

/// The narrowest window: a week.
pub const MIN_SPAN_DAYS: f64 = 7.0;

/// Two touch points in px: x from the plot's left edge, y in any fixed frame (only the
/// distance between the two uses it).
pub type Touches = [(f64, f64); 2];

/// A visible window of time.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Viewport {
    /// First visible day, as days from the common era (fractional).
    pub start: f64,
    /// Last visible day.
    pub end: f64,
}

fn day(date: NaiveDate) -> f64 {
    f64::from(date.num_days_from_ce())
}

fn date(day: f64) -> NaiveDate {
    let d = day.round().clamp(1.0, f64::from(i32::MAX - 1)) as i32;
    NaiveDate::from_num_days_from_ce_opt(d).unwrap_or(NaiveDate::MIN)
}

impl Viewport {
    /// The window `[start, end]`.
    pub fn new(start: NaiveDate, end: NaiveDate) -> Viewport {
        Viewport { start: day(start.min(end)), end: day(start.max(end)) }
    }

    /// Its first day.
    pub fn start_date(&self) -> NaiveDate {
        date(self.start)
    }

    /// Its last day.
    pub fn end_date(&self) -> NaiveDate {
        date(self.end)
    }

    /// Its span in days.
    pub fn span(&self) -> f64 {
        self.end - self.start
    }

    /// Zoomed in by `factor` (2 = twice as close, 0.5 = twice as far), keeping the date at
    /// `at` (0 = left edge … 1 = right edge) in place (rule 2). Not yet constrained.
    pub fn zoom(&self, factor: f64, at: f64) -> Viewport {
        let factor = if factor.is_finite() && factor > 0.0 { factor } else { 1.0 };
        let at = if at.is_finite() { at.clamp(0.0, 1.0) } else { 0.5 };
        let pivot = self.start + self.span() * at;
        let span = self.span() / factor;
        Viewport { start: pivot - span * at, end: pivot + span * (1.0 - at) }
    }

    /// A window showing the days `first ..= last` (a cluster's models) with a tenth of their
    /// span to spare on each side, so none sits on the edge. Not yet constrained.
    pub fn showing(first: NaiveDate, last: NaiveDate) -> Viewport {
        let (a, b) = (day(first.min(last)), day(first.max(last)) + 1.0);
        let spare = (b - a) / 10.0;
        Viewport { start: a - spare, end: b + spare }
    }

    /// Moved by `days` (positive: later), span unchanged (rule 3). Not yet constrained.
    pub fn pan(&self, days: f64) -> Viewport {
        let days = if days.is_finite() { days } else { 0.0 };
        Viewport { start: self.start + days, end: self.end + days }
    }

    /// The window after a two-finger gesture that began on this window with the fingers at
    /// `start` and has them at `now` (rule 5), on a plot `width` px wide. Not yet constrained.
    /// Fingers closer than a px at the start, or a width of no px, leave the zoom alone.
    pub fn pinch(&self, width: f64, start: Touches, now: Touches) -> Viewport {
        if !(width.is_finite() && width > 0.0) {
            return *self;
        }
        let mid = |t: Touches| (t[0].0 + t[1].0) / 2.0 / width;
        let apart = |t: Touches| ((t[0].0 - t[1].0).powi(2) + (t[0].1 - t[1].1).powi(2)).sqrt();
        let ratio = if apart(start) >= 1.0 { apart(now) / apart(start) } else { 1.0 };
        let ratio = if ratio.is_finite() && ratio > 0.0 { ratio } else { 1.0 };
        let (from, to) = (mid(start), mid(now));
        if !(from.is_finite() && to.is_finite()) {
            return *self;
        }
        let pivot = self.start + self.span() * from;
        let span = self.span() / ratio;
        Viewport { start: pivot - span * to, end: pivot + span * (1.0 - to) }
    }

    /// Inside `limits` (rule 4): span between a week and the limits' span, window inside them.
    pub fn constrain(&self, limits: Viewport) -> Viewport {
        let max_span = limits.span().max(MIN_SPAN_DAYS);
        let span = if self.span().is_finite() { self.span() } else { max_span };
        let span = span.clamp(MIN_SPAN_DAYS, max_span);
        let centre = (self.start + self.end) / 2.0;
        let centre = if centre.is_finite() { centre } else { (limits.start + limits.end) / 2.0 };
        let mut start = centre - span / 2.0;
        if start < limits.start {
            start = limits.start;
        }
        if start + span > limits.start + max_span {
            start = limits.start + max_span - span;
        }
        Viewport { start, end: start + span }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid")
    }

    #[test]
    fn zoom_keeps_the_date_under_the_pointer_and_pan_keeps_the_span() {
        let v = Viewport::new(ymd(2022, 1, 1), ymd(2024, 1, 1));
        let z = v.zoom(2.0, 0.25);
        let pivot = v.start + v.span() * 0.25;
        assert!((z.start + z.span() * 0.25 - pivot).abs() < 1e-9);
        assert!((z.span() - v.span() / 2.0).abs() < 1e-9);
        let p = v.pan(30.0);
        assert_eq!((p.span(), p.start - v.start), (v.span(), 30.0));
        assert_eq!(v.start_date(), ymd(2022, 1, 1));
    }

    #[test]
    fn limits_hold_a_week_at_least_and_the_window_slides_back_inside() {
        let limits = Viewport::new(ymd(2020, 1, 1), ymd(2025, 1, 1));
        let tiny = Viewport::new(ymd(2023, 1, 1), ymd(2023, 1, 2)).constrain(limits);
        assert!((tiny.span() - MIN_SPAN_DAYS).abs() < 1e-9);
        let huge = limits.zoom(0.01, 0.5).constrain(limits);
        assert_eq!(huge, limits);
        let early = Viewport::new(ymd(2019, 1, 1), ymd(2021, 1, 1)).constrain(limits);
        assert_eq!((early.start_date(), early.end_date()), (ymd(2020, 1, 1), ymd(2022, 1, 1)));
        let bad = Viewport { start: f64::NAN, end: f64::INFINITY }.constrain(limits);
        assert!(bad.start.is_finite() && bad.end.is_finite());
    }

    #[test]
    fn pinch_pans_with_the_midpoint_and_zooms_by_the_distance_ratio() {
        let v = Viewport::new(ymd(2022, 1, 1), ymd(2024, 1, 1));
        let at = |x: f64, y: f64| [(x - 50.0, y), (x + 50.0, y)];
        // Still fingers: nothing changes.
        assert_eq!(v.pinch(800.0, at(400.0, 0.0), at(400.0, 0.0)), v);
        // Both fingers 200 px left on an 800 px plot: a quarter of the span later.
        let panned = v.pinch(800.0, at(400.0, 0.0), at(200.0, 30.0));
        assert!((panned.start - v.start - v.span() / 4.0).abs() < 1e-9, "{panned:?}");
        assert!((panned.span() - v.span()).abs() < 1e-9);
        // Twice as far apart, vertically, around the middle: twice as close, same centre.
        let zoomed =
            v.pinch(800.0, [(400.0, 100.0), (400.0, 200.0)], [(400.0, 50.0), (400.0, 250.0)]);
        assert!((zoomed.span() - v.span() / 2.0).abs() < 1e-9);
        assert!(((zoomed.start + zoomed.end) - (v.start + v.end)).abs() < 1e-9);
        // Fingers on one spot at the start, a plot of no width, NaN: no zoom, no NaN.
        let same = [(10.0, 10.0), (10.0, 10.0)];
        assert!((v.pinch(800.0, same, at(300.0, 0.0)).span() - v.span()).abs() < 1e-9);
        assert_eq!(v.pinch(0.0, at(1.0, 0.0), at(300.0, 0.0)), v);
        assert_eq!(v.pinch(800.0, at(f64::NAN, 0.0), at(300.0, 0.0)), v);
        let limits = Viewport::new(ymd(2020, 1, 1), ymd(2026, 1, 1));
        let wild = v.pinch(800.0, at(400.0, 0.0), [(0.0, 0.0), (1e-300, 0.0)]).constrain(limits);
        assert!(wild.start.is_finite() && wild.span() <= limits.span() + 1e-9);
    }

    #[test]
    fn showing_days_keeps_them_off_the_edges() {
        let v = Viewport::showing(ymd(2024, 3, 1), ymd(2024, 3, 10));
        assert_eq!((v.start, v.end), (day(ymd(2024, 3, 1)) - 1.0, day(ymd(2024, 3, 11)) + 1.0));
        assert_eq!(Viewport::showing(ymd(2024, 3, 10), ymd(2024, 3, 1)), v);
    }

    proptest! {
        /// Fingers that move only sideways each keep the date they touched.
        #[test]
        fn a_sideways_pinch_keeps_each_finger_on_its_date(
            a0 in 0.0f64..800.0, b0 in 0.0f64..800.0, a1 in 0.0f64..800.0, b1 in 0.0f64..800.0,
        ) {
            prop_assume!((a0 - b0).abs() >= 1.0 && (a1 - b1).abs() >= 1.0);
            // The fingers keep their order, as fingers on a screen do.
            prop_assume!((a0 < b0) == (a1 < b1));
            let v = Viewport::new(ymd(2022, 1, 1), ymd(2024, 1, 1));
            let p = v.pinch(800.0, [(a0, 0.0), (b0, 0.0)], [(a1, 0.0), (b1, 0.0)]);
            let date = |w: Viewport, x: f64| w.start + w.span() * x / 800.0;
            prop_assert!((date(p, a1) - date(v, a0)).abs() < 1e-6 * v.span());
            prop_assert!((date(p, b1) - date(v, b0)).abs() < 1e-6 * v.span());
        }


        #[test]
        fn any_sequence_of_zooms_and_pans_stays_inside_the_limits(
            steps in prop::collection::vec((any::<bool>(), -5.0f64..5.0, 0.0f64..1.0), 1..40),
        ) {
            let limits = Viewport::new(ymd(2018, 1, 1), ymd(2026, 1, 1));
            let mut v = limits;
            for (zoom, amount, at) in steps {
                v = if zoom { v.zoom(amount.exp(), at) } else { v.pan(amount * 100.0) }.constrain(limits);
                prop_assert!(v.start >= limits.start - 1e-6 && v.end <= limits.end + 1e-6, "{v:?}");
                prop_assert!(v.span() >= MIN_SPAN_DAYS - 1e-6);
            }
        }
    }
}
