//! Interface language and the few words the core writes into a scene (dates, tick labels,
//! default title and credit).

use crate::data::date::{PartialDate, Precision};
use chrono::{Datelike, NaiveDate};

/// Language of every string the timeline shows. Default: English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English (default).
    #[default]
    En,
    /// Simplified Chinese.
    Zh,
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Lang {
    /// Reads `en` / `zh` (and regional forms such as `zh-CN`, `en-GB`); anything else is `None`.
    pub fn parse(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "zh" => Some(Lang::Zh),
            _ => None,
        }
    }

    /// BCP 47 code for the `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-Hans",
        }
    }

    /// A date at its precision, as a reader writes it: "14 March 2023", "March 2023",
    /// "Q1 2023", "2023"; 2023年3月14日, 2023年3月, 2023年第1季度, 2023年.
    pub fn date(self, date: PartialDate) -> String {
        let d = date.start();
        let (y, m, day) = (d.year(), d.month(), d.day());
        let month = MONTHS_EN[d.month0() as usize];
        match (self, date.precision()) {
            (Lang::En, Precision::Day) => format!("{day} {month} {y}"),
            (Lang::En, Precision::Month) => format!("{month} {y}"),
            (Lang::En, Precision::Quarter) => format!("Q{} {y}", (m - 1) / 3 + 1),
            (Lang::En, Precision::Year) => y.to_string(),
            (Lang::Zh, Precision::Day) => format!("{y}年{m}月{day}日"),
            (Lang::Zh, Precision::Month) => format!("{y}年{m}月"),
            (Lang::Zh, Precision::Quarter) => format!("{y}年第{}季度", (m - 1) / 3 + 1),
            (Lang::Zh, Precision::Year) => format!("{y}年"),
        }
    }

    /// A note for claims in the window that are not drawn: "3 more claims are listed below the
    /// chart" / 另有3条说法列在图表下方.
    pub fn more_claims(self, n: usize) -> String {
        match self {
            Lang::En if n == 1 => "1 more claim is listed below the chart".into(),
            Lang::En => format!("{n} more claims are listed below the chart"),
            Lang::Zh => format!("另有{n}条说法列在图表下方"),
        }
    }

    /// Short month label for an axis tick: "Apr" / "4月".
    pub fn short_month(self, month0: u32) -> String {
        match self {
            Lang::En => MONTHS_EN[month0 as usize % 12][..3].to_string(),
            Lang::Zh => format!("{}月", month0 % 12 + 1),
        }
    }

    /// Year label for an axis tick: "2023" / "2023年".
    pub fn year(self, year: i32) -> String {
        match self {
            Lang::En => year.to_string(),
            Lang::Zh => format!("{year}年"),
        }
    }

    /// Title used when the dataset has none.
    pub fn default_title(self) -> &'static str {
        match self {
            Lang::En => "AI model releases: United States and China",
            Lang::Zh => "AI模型发布：美国与中国",
        }
    }

    /// Prefix of the credit line: "Source: " / "来源：".
    pub fn source_prefix(self) -> &'static str {
        match self {
            Lang::En => "Source: ",
            Lang::Zh => "来源：",
        }
    }

    /// Note under the lanes for models whose region has no lane: "2 models from France not shown".
    pub fn not_shown(self, count: usize, regions: &str) -> String {
        match (self, count) {
            (Lang::En, 1) => format!("1 model from {regions} not shown"),
            (Lang::En, n) => format!("{n} models from {regions} not shown"),
            (Lang::Zh, n) => format!("未显示来自{regions}的{n}个模型"),
        }
    }

    /// Note for lanes with no model in the window: "No models from France in this period".
    pub fn empty_lanes(self, regions: &str) -> String {
        match self {
            Lang::En => format!("No models from {regions} in this period"),
            Lang::Zh => format!("此期间没有来自{regions}的模型"),
        }
    }

    /// Note for claims drawn in the catch-up reading because their reference is not a model of
    /// the data.
    pub fn drawn_as_catch_up(self, count: usize) -> String {
        match (self, count) {
            (Lang::En, 1) => "1 claim is drawn from the date it was said: its reference is not a model in the data".into(),
            (Lang::En, n) => format!("{n} claims are drawn from the date they were said: their reference is not a model in the data"),
            (Lang::Zh, n) => format!("{n}条说法的参照不是数据中的模型，从提出之日起算"),
        }
    }

    /// A cluster's description: how many models and their dates, from the first day to the last
    /// (inclusive), by day within a month, else by month: "12 models, March 2024–June 2024",
    /// "3 models, 3 March 2024–5 March 2024" / "12个模型，2024年3月–2024年6月".
    pub fn cluster(self, count: usize, first: NaiveDate, last: NaiveDate) -> String {
        let at = |d: NaiveDate, p| self.date(PartialDate::containing(d, p));
        let same_month = (first.year(), first.month()) == (last.year(), last.month());
        let p = if same_month { Precision::Day } else { Precision::Month };
        let dates = if first == last {
            at(first, p)
        } else {
            format!("{}–{}", at(first, p), at(last, p))
        };
        match self {
            Lang::En => format!("{count} models, {dates}"),
            Lang::Zh => format!("{count}个模型，{dates}"),
        }
    }

    /// "exported from gapline on 27 November 2026" / "2026年11月27日由gapline导出".
    pub fn exported(self, day: NaiveDate) -> String {
        let date = self.date(PartialDate::day(day));
        match self {
            Lang::En => format!("exported from gapline on {date}"),
            Lang::Zh => format!("{date}由gapline导出"),
        }
    }

    /// "data as of March 2025" / "数据截至2025年3月".
    pub fn as_of(self, date: PartialDate) -> String {
        match self {
            Lang::En => format!("data as of {}", self.date(date)),
            Lang::Zh => format!("数据截至{}", self.date(date)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_at_their_precision_in_both_languages() {
        let cases = [
            ("2023-03-14", Lang::En, "14 March 2023"),
            ("2023-03", Lang::En, "March 2023"),
            ("2023-Q2", Lang::En, "Q2 2023"),
            ("2023", Lang::En, "2023"),
            ("2024-02-16", Lang::Zh, "2024年2月16日"),
            ("2024-02", Lang::Zh, "2024年2月"),
            ("2024-Q4", Lang::Zh, "2024年第4季度"),
            ("2024", Lang::Zh, "2024年"),
        ];
        for (text, lang, expected) in cases {
            let date = PartialDate::parse(text).expect("valid");
            assert_eq!(lang.date(date), expected, "{text} {lang:?}");
        }
    }

    #[test]
    fn clusters_say_how_many_and_when() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("valid");
        let cases = [
            ("same day", Lang::En, "2024-03-04", "2024-03-04", "2 models, 4 March 2024"),
            (
                "same month",
                Lang::En,
                "2024-03-03",
                "2024-03-05",
                "2 models, 3 March 2024–5 March 2024",
            ),
            (
                "months",
                Lang::En,
                "2023-11-20",
                "2024-02-01",
                "2 models, November 2023–February 2024",
            ),
            ("same day", Lang::Zh, "2024-03-04", "2024-03-04", "2个模型，2024年3月4日"),
            (
                "same month",
                Lang::Zh,
                "2024-03-03",
                "2024-03-05",
                "2个模型，2024年3月3日–2024年3月5日",
            ),
            ("months", Lang::Zh, "2023-11-20", "2024-02-01", "2个模型，2023年11月–2024年2月"),
        ];
        for (label, lang, first, last, expected) in cases {
            assert_eq!(lang.cluster(2, d(first), d(last)), expected, "{label} {lang:?}");
        }
    }

    #[test]
    fn language_codes_accept_regional_forms() {
        assert_eq!(Lang::parse("zh-CN"), Some(Lang::Zh));
        assert_eq!(Lang::parse("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
    }
}
