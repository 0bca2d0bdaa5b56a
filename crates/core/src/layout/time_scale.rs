//! The one mapping between time and pixels, and the axis ticks that go with it.
//!
//! Conventions, stated once: dates are days on the proleptic Gregorian calendar; x is in CSS px
//! from the left edge of the scene; the domain maps linearly onto `[x0, x1]`. Marks, labels and
//! ticks get their x from here and never do date arithmetic of their own.

use crate::lang::Lang;
use crate::layout::text_width::text_width;
use chrono::{Datelike, NaiveDate};

/// Maps dates in `[start, end]` onto px in `[x0, x1]`, and back.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeScale {
    start: f64,
    end: f64,
    x0: f64,
    x1: f64,
}

fn day_number(date: NaiveDate) -> f64 {
    f64::from(date.num_days_from_ce())
}

impl TimeScale {
    /// A scale for the window `[start, end]` drawn across `[x0, x1]` px. A window shorter than a
    /// day is widened to one day so the scale is never degenerate.
    pub fn new(start: NaiveDate, end: NaiveDate, x0: f64, x1: f64) -> TimeScale {
        let (s, e) = (day_number(start.min(end)), day_number(start.max(end)));
        TimeScale { start: s, end: e.max(s + 1.0), x0, x1: x1.max(x0 + 1.0) }
    }

    /// px of a date.
    pub fn x(&self, date: NaiveDate) -> f64 {
        self.x_of_day(day_number(date))
    }

    fn x_of_day(&self, day: f64) -> f64 {
        self.x0 + (day - self.start) / (self.end - self.start) * (self.x1 - self.x0)
    }

    /// The date at px `x` (nearest day).
    pub fn date(&self, x: f64) -> NaiveDate {
        let day = self.start + (x - self.x0) / (self.x1 - self.x0) * (self.end - self.start);
        let clamped = day.round().clamp(f64::from(i32::MIN + 1), f64::from(i32::MAX - 1)) as i32;
        NaiveDate::from_num_days_from_ce_opt(clamped).unwrap_or(NaiveDate::MIN)
    }

    /// px per day.
    pub fn px_per_day(&self) -> f64 {
        (self.x1 - self.x0) / (self.end - self.start)
    }

    /// The px range `[x0, x1]`.
    pub fn range(&self) -> (f64, f64) {
        (self.x0, self.x1)
    }

    /// Axis ticks: the finest interval from [`TICK_INTERVALS`] whose labels fit side by side
    /// with `gap` px between them, and only the ticks whose label fits inside `[0, width]`.
    pub fn ticks(&self, lang: Lang, font_size: f64, gap: f64, width: f64) -> Vec<Tick> {
        let interval = TICK_INTERVALS
            .iter()
            .copied()
            .find(|&months| {
                // The shortest run of `months` months (February counts 28 days; a year 365).
                let days = if months < 12 { 28 * months } else { 365 * months / 12 };
                let spacing = self.px_per_day() * f64::from(days);
                // Widest label this interval can produce: a year, or a month name.
                let widest = if months >= 12 {
                    text_width(&lang.year(2000), font_size, false)
                } else {
                    (0..12)
                        .map(|m| text_width(&lang.short_month(m), font_size, false))
                        .fold(text_width(&lang.year(2000), font_size, false), f64::max)
                };
                spacing >= widest + gap
            })
            .unwrap_or(TICK_INTERVALS[TICK_INTERVALS.len() - 1]);
        let first = self.date(self.x0);
        let last = self.date(self.x1);
        let mut index = i64::from(first.year()) * 12 + i64::from(first.month0());
        // Round up to the next multiple of the interval (ticks fall on its boundaries).
        let step = i64::from(interval);
        index = (index + step - 1).div_euclid(step) * step;
        let mut ticks = Vec::new();
        while let Some(date) =
            NaiveDate::from_ymd_opt(index.div_euclid(12) as i32, index.rem_euclid(12) as u32 + 1, 1)
        {
            if date > last {
                break;
            }
            if date >= first {
                let x = self.x(date);
                let label = if date.month0() == 0 {
                    lang.year(date.year())
                } else {
                    lang.short_month(date.month0())
                };
                let half = text_width(&label, font_size, false) / 2.0;
                let fits = x - half >= 0.0 && x + half <= width;
                ticks.push(Tick {
                    x,
                    date,
                    label: fits.then_some(label),
                    major: date.month0() == 0,
                });
            }
            index += step;
        }
        ticks
    }
}

/// Tick intervals in months, finest first.
pub const TICK_INTERVALS: [u32; 10] = [1, 3, 6, 12, 24, 60, 120, 240, 600, 1200];

/// One axis tick.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// px.
    pub x: f64,
    /// The first day of the month it marks.
    pub date: NaiveDate,
    /// Centred text, or `None` when it would not fit inside the scene.
    pub label: Option<String>,
    /// Year boundary (drawn stronger).
    pub major: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    #[test]
    fn maps_the_window_onto_the_range() {
        let s = TimeScale::new(ymd(2020, 1, 1), ymd(2021, 1, 1), 10.0, 376.0);
        assert_eq!(s.x(ymd(2020, 1, 1)), 10.0);
        assert_eq!(s.x(ymd(2021, 1, 1)), 376.0);
        assert_eq!(s.x(ymd(2020, 7, 1)), 192.0); // 182 of 366 days
        assert_eq!(s.date(192.0), ymd(2020, 7, 1));
    }

    #[test]
    fn picks_the_tick_interval_by_density() {
        // (label, window years, width px, lang, expected interval in months)
        let cases = [
            ("phone, 8 years", 8, 375.0, Lang::En, 12),
            ("laptop, 8 years", 8, 1280.0, Lang::En, 6),
            ("laptop, 3 years", 3, 1280.0, Lang::En, 3),
            ("wide, 1 year", 1, 1600.0, Lang::En, 1),
            ("tiny, 8 years", 8, 200.0, Lang::En, 24),
            ("phone, 8 years, 中文", 8, 375.0, Lang::Zh, 24),
            ("phone, 40 years", 40, 320.0, Lang::En, 120),
        ];
        for (label, years, width, lang, expected) in cases {
            let s = TimeScale::new(ymd(2018, 1, 1), ymd(2018 + years, 1, 1), 0.0, width);
            let ticks = s.ticks(lang, 12.0, 12.0, width);
            let months: Vec<i64> = ticks
                .windows(2)
                .map(|w| {
                    (i64::from(w[1].date.year()) - i64::from(w[0].date.year())) * 12
                        + i64::from(w[1].date.month0())
                        - i64::from(w[0].date.month0())
                })
                .collect();
            assert!(months.iter().all(|&m| m == expected), "{label}: intervals {months:?}");
        }
    }

    proptest! {
        #[test]
        fn invert_of_map_is_identity(start in 700_000i32..750_000, len in 1i32..20_000, day in 0i32..20_000, width in 100.0f64..3000.0) {
            let a = NaiveDate::from_num_days_from_ce_opt(start).expect("in range");
            let b = NaiveDate::from_num_days_from_ce_opt(start + len).expect("in range");
            let d = NaiveDate::from_num_days_from_ce_opt(start + day % (len + 1)).expect("in range");
            let s = TimeScale::new(a, b, 0.0, width);
            prop_assert_eq!(s.date(s.x(d)), d);
        }

        #[test]
        fn tick_labels_never_collide_or_leave_the_scene(start in 700_000i32..750_000, len in 7i32..30_000, width in 320.0f64..1600.0, zh in any::<bool>()) {
            let lang = if zh { Lang::Zh } else { Lang::En };
            let a = NaiveDate::from_num_days_from_ce_opt(start).expect("in range");
            let b = NaiveDate::from_num_days_from_ce_opt(start + len).expect("in range");
            let s = TimeScale::new(a, b, 16.0, width - 16.0);
            let boxes: Vec<(f64, f64)> = s.ticks(lang, 12.0, 8.0, width).into_iter().filter_map(|t| {
                let w = text_width(t.label.as_deref()?, 12.0, false);
                Some((t.x - w / 2.0, t.x + w / 2.0))
            }).collect();
            for (l, r) in &boxes {
                prop_assert!(*l >= 0.0 && *r <= width);
            }
            for pair in boxes.windows(2) {
                prop_assert!(pair[0].1 + 8.0 <= pair[1].0 + 1e-9, "{:?}", pair);
            }
        }
    }
}
