//! Calendar dates that keep their precision.
//!
//! A release known only to the month ("GPT-3, May 2020") must not be drawn or compared as if it
//! were known to the day. A [`PartialDate`] is the first day of the period it names plus a
//! [`Precision`]; the period is half-open: `[start, end)`.
//!
//! Text form (the gapline JSON format): `2023`, `2023-Q1`, `2023-03`, `2023-03-14`.
//!
//! # Accepted date formats
//!
//! [`PartialDate::parse_human`] also reads what spreadsheets and people write, each form keeping
//! the precision it states:
//!
//! | form | example | precision |
//! |---|---|---|
//! | ISO day, optionally with a time | `2023-03-14`, `2023-03-14T09:00:00Z`, `2023/03/14` | day |
//! | ISO month | `2023-03`, `2023/03` | month |
//! | quarter | `2023-Q1`, `Q1 2023` | quarter |
//! | year | `2023` | year |
//! | day month year | `14 Mar 2023`, `14 March 2023`, `14-Mar-2023` | day |
//! | month day, year | `March 14, 2023`, `Mar 14 2023` | day |
//! | month year | `March 2023`, `Mar. 2023`, `Sept 2023` | month |
//! | Chinese | `2023年3月14日`, `2023年3月`, `2023年` (full-width digits too) | day, month, year |
//!
//! Numeric day/month orders such as `3/4/2023` are refused: they mean different dates in
//! different countries, and guessing would invent a date.

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

    /// Last day of the period (inclusive): what a window "to March 2024" ends on.
    pub fn last_day(&self) -> NaiveDate {
        self.end().pred_opt().unwrap_or(self.start).max(self.start)
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

const MONTH_NAMES: [&str; 12] =
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// `March`, `Mar`, `mar.`, `Sept` → 1-based month.
fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    let full = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    (0..12)
        .find(|&i| w == MONTH_NAMES[i] || w == full[i] || (i == 8 && w == "sept"))
        .map(|i| i as u32 + 1)
}

impl PartialDate {
    /// Reads any form in the table of accepted date formats (module docs).
    pub fn parse_human(text: &str) -> Result<PartialDate, DateError> {
        // Full-width digits (２０２３年) become ASCII so one grammar serves both.
        let t: String = text
            .trim()
            .chars()
            .map(|c| match c {
                '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
                c => c,
            })
            .collect();
        let format = || DateError::Format(text.trim().to_string());
        let impossible = || DateError::Impossible(text.trim().to_string());
        match PartialDate::parse(&t) {
            Ok(d) => return Ok(d),
            Err(DateError::Impossible(_)) => return Err(impossible()),
            Err(DateError::Format(_)) => {}
        }
        let ymd = |y: &str, m: Option<&str>, d: Option<&str>| -> Result<PartialDate, DateError> {
            let num = |s: &str| s.trim().parse::<u32>().map_err(|_| format());
            let year = y.trim();
            if year.len() != 4 {
                return Err(format());
            }
            let year = num(year)? as i32;
            let result = match (m, d) {
                (None, _) => NaiveDate::from_ymd_opt(year, 1, 1)
                    .map(|s| PartialDate::containing(s, Precision::Year)),
                (Some(m), None) => NaiveDate::from_ymd_opt(year, num(m)?, 1)
                    .map(|s| PartialDate::containing(s, Precision::Month)),
                (Some(m), Some(d)) => {
                    NaiveDate::from_ymd_opt(year, num(m)?, num(d)?).map(PartialDate::day)
                }
            };
            result.ok_or_else(impossible)
        };
        // ISO with a time part, or with slashes.
        if let Some((date, _time)) = t.split_once(['T', ' ']).filter(|(d, _)| d.len() == 10)
            && let Ok(d) = PartialDate::parse(date)
        {
            return Ok(d);
        }
        if t.contains('/') {
            return match t.split('/').collect::<Vec<_>>().as_slice() {
                [y, m] if y.len() == 4 => ymd(y, Some(m), None),
                [y, m, d] if y.len() == 4 => ymd(y, Some(m), Some(d)),
                _ => Err(format()),
            };
        }
        // Chinese: 2023年3月14日, 2023年3月, 2023年.
        if let Some((y, rest)) = t.split_once('年') {
            let rest = rest.trim();
            return match rest.split_once('月') {
                None if rest.is_empty() => ymd(y, None, None),
                Some((m, "")) => ymd(y, Some(m), None),
                Some((m, d)) => ymd(
                    y,
                    Some(m),
                    Some(
                        d.trim()
                            .strip_suffix('日')
                            .or(d.trim().strip_suffix('号'))
                            .ok_or_else(format)?,
                    ),
                ),
                None => Err(format()),
            };
        }
        // English words: split on spaces, commas and dashes.
        let words: Vec<&str> = t.split([' ', ',', '-']).filter(|w| !w.is_empty()).collect();
        let is_year = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
        let is_day = |w: &str| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
        match words.as_slice() {
            [q, y] if is_year(y) && q.len() == 2 && q.to_ascii_uppercase().starts_with('Q') => {
                PartialDate::parse(&format!("{y}-{}", q.to_ascii_uppercase()))
                    .map_err(|_| impossible())
            }
            [m, y] if is_year(y) => {
                month_number(m).ok_or_else(format).and_then(|m| ymd(y, Some(&m.to_string()), None))
            }
            [d, m, y] if is_year(y) && is_day(d) => month_number(m)
                .ok_or_else(format)
                .and_then(|m| ymd(y, Some(&m.to_string()), Some(d))),
            [m, d, y] if is_year(y) && is_day(d) => month_number(m)
                .ok_or_else(format)
                .and_then(|m| ymd(y, Some(&m.to_string()), Some(d))),
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
            assert_eq!(date.last_day(), end.pred_opt().expect("a day before"), "{label}");
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

    #[test]
    fn reads_the_forms_people_write_keeping_their_precision() {
        let cases = [
            ("iso day", "2023-03-14", "2023-03-14"),
            ("iso with time", "2023-03-14T09:30:00Z", "2023-03-14"),
            ("iso with space time", "2023-03-14 09:30", "2023-03-14"),
            ("slashes", "2023/03/14", "2023-03-14"),
            ("slash month", "2023/3", "2023-03"),
            ("iso month", "2023-03", "2023-03"),
            ("year", "2023", "2023"),
            ("quarter first", "Q2 2023", "2023-Q2"),
            ("day month year", "14 Mar 2023", "2023-03-14"),
            ("day full month year", "14 March 2023", "2023-03-14"),
            ("dashed", "14-Mar-2023", "2023-03-14"),
            ("month day comma year", "March 14, 2023", "2023-03-14"),
            ("month year", "March 2023", "2023-03"),
            ("abbreviated with dot", "Sept. 2023", "2023-09"),
            ("lower case", "mar 2023", "2023-03"),
            ("chinese day", "2023年3月14日", "2023-03-14"),
            ("chinese month", "2023年3月", "2023-03"),
            ("chinese year", "2023年", "2023"),
            ("chinese spaced", "2023 年 12 月", "2023-12"),
            ("full-width digits", "２０２３年３月", "2023-03"),
            ("chinese hao", "2024年2月16号", "2024-02-16"),
        ];
        for (label, text, expected) in cases {
            let got = PartialDate::parse_human(text).map(|d| d.to_string());
            assert_eq!(got.as_deref(), Ok(expected), "{label}: {text}");
        }
    }

    #[test]
    fn refuses_ambiguous_and_impossible_human_dates() {
        let cases = [
            (
                "us or european order",
                "3/4/2023",
                "`3/4/2023` is not a date: write 2023-03-14, 2023-03, 2023-Q1 or 2023",
            ),
            (
                "no such month",
                "Smarch 2023",
                "`Smarch 2023` is not a date: write 2023-03-14, 2023-03, 2023-Q1 or 2023",
            ),
            (
                "30 February",
                "30 Feb 2023",
                "`30 Feb 2023` is not a real calendar date: check the month and day",
            ),
            (
                "zero date",
                "0000-00-00",
                "`0000-00-00` is not a real calendar date: check the month and day",
            ),
            (
                "chinese 13th month",
                "2023年13月",
                "`2023年13月` is not a real calendar date: check the month and day",
            ),
            (
                "two-digit year",
                "Mar 23",
                "`Mar 23` is not a date: write 2023-03-14, 2023-03, 2023-Q1 or 2023",
            ),
            ("n/a", "n/a", "`n/a` is not a date: write 2023-03-14, 2023-03, 2023-Q1 or 2023"),
        ];
        for (label, text, message) in cases {
            let err = PartialDate::parse_human(text).expect_err(label);
            assert_eq!(err.to_string(), message, "{label}");
        }
    }

    proptest::proptest! {
        #[test]
        fn parse_human_never_panics(text in "\\PC{0,24}") {
            let _ = PartialDate::parse_human(&text);
        }


        #[test]
        fn display_then_parse_round_trips(days in 0i64..60_000, p in 0usize..4) {
            let precision = [Precision::Day, Precision::Month, Precision::Quarter, Precision::Year][p];
            let base = ymd(1900, 1, 1) + chrono::Duration::days(days);
            let date = PartialDate::containing(base, precision);
            proptest::prop_assert_eq!(PartialDate::parse(&date.to_string()), Ok(date));
        }
    }
}
