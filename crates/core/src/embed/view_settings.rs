//! A reader's view written as settings: what the widget readers load hands the authoring build
//! with an Export (`src/author.rs`), read back by [`Settings::read`](super::Settings::read)
//! over the timeline's own settings.

use crate::data::event::EventKind;
use crate::gap::projection::ReadingKind;
use crate::lang::Lang;
use crate::scene::ModelFilter;
use chrono::NaiveDate;

/// What the reader has set: the window shown and the toolbar's choices.
#[derive(Debug, Clone, PartialEq)]
pub struct ReaderView {
    /// The first and last day shown.
    pub window: (NaiveDate, NaiveDate),
    /// The language.
    pub lang: Lang,
    /// The reading of the claims.
    pub reading: ReadingKind,
    /// The benchmark chosen; `None` for the data's default.
    pub benchmark: Option<String>,
    /// The kinds of events drawn (none is written `none`).
    pub events: Vec<EventKind>,
    /// Which models carry a label; `None` for the data's default.
    pub models: Option<ModelFilter>,
}

impl ReaderView {
    /// The view as settings, by the names of the `data-*` attributes (without `data-`).
    pub fn settings(&self) -> Vec<(&'static str, String)> {
        let events: Vec<&str> = self.events.iter().map(|k| k.name()).collect();
        let mut out = vec![
            ("from", self.window.0.to_string()),
            ("to", self.window.1.to_string()),
            ("lang", self.lang.code().to_string()),
            ("reading", self.reading.name().to_string()),
            ("events", if events.is_empty() { "none".into() } else { events.join(",") }),
        ];
        if let Some(b) = &self.benchmark {
            out.push(("benchmark", b.clone()));
        }
        if let Some(m) = self.models {
            out.push(("models", m.name().to_string()));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embed::Settings;

    #[test]
    fn a_view_written_as_settings_reads_back_as_itself() {
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date");
        for view in [
            ReaderView {
                window: (day("2023-05-17"), day("2024-02-29")),
                lang: Lang::Zh,
                reading: ReadingKind::CatchUp,
                benchmark: Some("GPQA diamond".into()),
                events: vec![EventKind::ALL[0], EventKind::ALL[2]],
                models: Some(ModelFilter::All),
            },
            ReaderView {
                window: (day("2022-06-01"), day("2026-12-31")),
                lang: Lang::En,
                reading: ReadingKind::Lag,
                benchmark: None,
                events: Vec::new(),
                models: None,
            },
        ] {
            let pairs = view.settings();
            let read = Settings::read("", |name| {
                pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone())
            });
            assert!(read.problems.is_empty() && read.fatal.is_none(), "{:?}", read.problems);
            let s = read.settings;
            assert_eq!(s.from.map(|d| d.start()), Some(view.window.0));
            assert_eq!(s.to.map(|d| d.last_day()), Some(view.window.1));
            assert_eq!((s.lang, s.reading, s.benchmark), (view.lang, view.reading, view.benchmark));
            assert_eq!((s.events, s.models), (view.events, view.models));
        }
    }
}
