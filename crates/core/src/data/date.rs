//! Calendar dates that keep their precision.
//!
//! A release known only to the month ("GPT-3, May 2020") must not be drawn or compared as if it
//! were known to the day. A [`PartialDate`] is the first day of the period it names plus a
//! [`Precision`]; the period is half-open: `[start, end)`.
//!
//! Text form (the gapline JSON format): `2023`, `2023-Q1`, `2023-03`, `2023-03-14`.

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// How much of a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// Known to the day.
    Day,
    /// Known to the month.
    Month,
    /// Known to the quarter (Q1 = January–March).
    Quarter,
    /// Known to the year.
    Year,
}

impl Precision {
    /// Parses the `date_precision` words used in spreadsheets: `day`, `month`, `quarter`, `year`
    /// (case-insensitive).
    pub fn from_word(word: &str) -> Option<Precision> {
        match word.trim().to_ascii_lowercase().as_str() {
            "day" => Some(Precision::Day),
            "month" => Some(Precision::Month),
            "quarter" => Some(Precision::Quarter),
            "year" => Some(Precision::Year),
            _ => None,
        }
    }
}

/// A date known to a [`Precision`]: the period `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    start: NaiveDate,
    precision: Precision,
}

/// Why a date could not be read. Each variant says how to write it instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// The text is not in one of the accepted forms.
    Format(String),
    /// The form is right but the date does not exist (e.g. `2023-02-30`, `2023-13`).
    Impossible(String),
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format(text) => {
                write!(f, "`{text}` is not a date: write 2023-03-14, 2023-03, 2023-Q1 or 2023")
            }
            DateError::Impossible(text) => {
                write!(f, "`{text}` is not a real calendar date: check the month and day")
            }
        }
    }
}

impl std::error::Error for DateError {}

impl PartialDate {
    /// A date known to the day.
    pub fn day(date: NaiveDate) -> PartialDate {
        PartialDate { start: date, precision: Precision::Day }
    }

    /// The period of `precision` that contains `date` (e.g. month precision of 2023-03-14 is
    /// March 2023).
    pub fn containing(date: NaiveDate, precision: Precision) -> PartialDate {
        let start = match precision {
            Precision::Day => date,
            Precision::Month => date.with_day(1).unwrap_or(date),
            Precision::Quarter => {
                let month0 = (date.month0() / 3) * 3;
                NaiveDate::from_ymd_opt(date.year(), month0 + 1, 1).unwrap_or(date)
            }
            Precision::Year => NaiveDate::from_ymd_opt(date.year(), 1, 1).unwrap_or(date),
        };
        PartialDate { start, precision }
    }

    /// First day of the period.
    pub fn start(&self) -> NaiveDate {
        self.start
    }

    /// First day after the period (exclusive end).
    pub fn end(&self) -> NaiveDate {
        let next = match self.precision {
            Precision::Day => self.start.checked_add_days(Days::new(1)),
            Precision::Month => self.start.checked_add_months(Months::new(1)),
            Precision::Quarter => self.start.checked_add_months(Months::new(3)),
            Precision::Year => self.start.checked_add_months(Months::new(12)),
        };
        next.unwrap_or(self.start)
    }

    /// The date a period is compared at: the day itself, or the middle of a longer period
    /// (DESIGN §2: "a month-precision date is compared at mid-month").
    pub fn mid(&self) -> NaiveDate {
        let days = (self.end() - self.start).num_days().max(1) as u64;
        self.start.checked_add_days(Days::new((days - 1) / 2)).unwrap_or(self.start)
    }

    /// How much of the date is known.
    pub fn precision(&self) -> Precision {
        self.precision
    }

    /// Reads `2023`, `2023-Q1`, `2023-03` or `2023-03-14`.
    pub fn parse(text: &str) -> Result<PartialDate, DateError> {
        let t = text.trim();
        let format = || DateError::Format(t.to_string());
        let impossible = || DateError::Impossible(t.to_string());
        let number = |s: &str, len: usize| -> Option<u32> {
            (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        let parts: Vec<&str> = t.split('-').collect();
        let year = parts.first().and_then(|y| number(y, 4)).ok_or_else(format)? as i32;
        match parts.as_slice() {
            [_] => NaiveDate::from_ymd_opt(year, 1, 1)
                .map(|d| PartialDate { start: d, precision: Precision::Year })
                .ok_or_else(impossible),
            [_, q] if q.len() == 2 && (q.starts_with('Q') || q.starts_with('q')) => {
                let quarter = number(&q[1..], 1).ok_or_else(format)?;
                if !(1..=4).contains(&quarter) {
                    return Err(impossible());
                }
                NaiveDate::from_ymd_opt(year, (quarter - 1) * 3 + 1, 1)
                    .map(|d| PartialDate { start: d, precision: Precision::Quarter })
                    .ok_or_else(impossible)
            }
            [_, m] => {
                let month = number(m, 2).ok_or_else(format)?;
                NaiveDate::from_ymd_opt(year, month, 1)
                    .map(|d| PartialDate { start: d, precision: Precision::Month })
                    .ok_or_else(impossible)
            }
            [_, m, d] => {
                let (month, day) =
                    (number(m, 2).ok_or_else(format)?, number(d, 2).ok_or_else(format)?);
                NaiveDate::from_ymd_opt(year, month, day)
                    .map(PartialDate::day)
                    .ok_or_else(impossible)
            }
            _ => Err(format()),
        }
    }
}

impl fmt::Display for PartialDate {
    /// The text form that [`PartialDate::parse`] reads back.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = (self.start.year(), self.start.month(), self.start.day());
        match self.precision {
            Precision::Day => write!(f, "{y:04}-{m:02}-{d:02}"),
            Precision::Month => write!(f, "{y:04}-{m:02}"),
            Precision::Quarter => write!(f, "{y:04}-Q{}", (m - 1) / 3 + 1),
            Precision::Year => write!(f, "{y:04}"),
        }
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        PartialDate::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    #[test]
    fn parses_each_precision_with_its_period() {
        let cases = [
            ("day", "2023-03-14", ymd(2023, 3, 14), ymd(2023, 3, 15), Precision::Day),
            ("month", "2020-05", ymd(2020, 5, 1), ymd(2020, 6, 1), Precision::Month),
            ("december", "2024-12", ymd(2024, 12, 1), ymd(2025, 1, 1), Precision::Month),
            ("quarter", "2023-Q4", ymd(2023, 10, 1), ymd(2024, 1, 1), Precision::Quarter),
            ("year", "2019", ymd(2019, 1, 1), ymd(2020, 1, 1), Precision::Year),
            ("padded", "  2024-02-29 ", ymd(2024, 2, 29), ymd(2024, 3, 1), Precision::Day),
        ];
        for (label, text, start, end, precision) in cases {
            let date = PartialDate::parse(text).unwrap_or_else(|e| panic!("{label}: {e}"));
            assert_eq!(date.start(), start, "{label}");
            assert_eq!(date.end(), end, "{label}");
            assert_eq!(date.precision(), precision, "{label}");
        }
    }

    #[test]
    fn rejects_malformed_and_impossible_dates_with_a_fix() {
        let cases = [
            ("word", "March", "`March` is not a date: write 2023-03-14, 2023-03, 2023-Q1 or 2023"),
            (
                "short year",
                "23-03",
                "`23-03` is not a date: write 2023-03-14, 2023-03, 2023-Q1 or 2023",
            ),
            (
                "slashes",
                "2023/03/14",
                "`2023/03/14` is not a date: write 2023-03-14, 2023-03, 2023-Q1 or 2023",
            ),
            (
                "month 13",
                "2023-13",
                "`2023-13` is not a real calendar date: check the month and day",
            ),
            (
                "30 Feb",
                "2023-02-30",
                "`2023-02-30` is not a real calendar date: check the month and day",
            ),
            ("Q5", "2023-Q5", "`2023-Q5` is not a real calendar date: check the month and day"),
            ("empty", "", "`` is not a date: write 2023-03-14, 2023-03, 2023-Q1 or 2023"),
            (
                "non-ascii digits",
                "２０２３",
                "`２０２３` is not a date: write 2023-03-14, 2023-03, 2023-Q1 or 2023",
            ),
        ];
        for (label, text, message) in cases {
            let err = PartialDate::parse(text).expect_err(label);
            assert_eq!(err.to_string(), message, "{label}");
        }
    }

    #[test]
    fn mid_is_the_middle_of_the_period() {
        assert_eq!(PartialDate::parse("2023-03").map(|d| d.mid()), Ok(ymd(2023, 3, 16)));
        assert_eq!(PartialDate::parse("2023-03-14").map(|d| d.mid()), Ok(ymd(2023, 3, 14)));
        assert_eq!(PartialDate::parse("2023").map(|d| d.mid()), Ok(ymd(2023, 7, 2)));
    }

    #[test]
    fn containing_snaps_to_the_period_start() {
        let d = ymd(2023, 8, 17);
        assert_eq!(PartialDate::containing(d, Precision::Quarter).to_string(), "2023-Q3");
        assert_eq!(PartialDate::containing(d, Precision::Month).to_string(), "2023-08");
        assert_eq!(PartialDate::containing(d, Precision::Year).to_string(), "2023");
    }

    proptest::proptest! {
        #[test]
        fn display_then_parse_round_trips(days in 0i64..60_000, p in 0usize..4) {
            let precision = [Precision::Day, Precision::Month, Precision::Quarter, Precision::Year][p];
            let base = ymd(1900, 1, 1) + chrono::Duration::days(days);
            let date = PartialDate::containing(base, precision);
            proptest::prop_assert_eq!(PartialDate::parse(&date.to_string()), Ok(date));
        }
    }
}
