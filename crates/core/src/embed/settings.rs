//! A timeline's settings, read from named strings.
//!
//! The names are those of the `data-*` attributes without their prefix: `src`, `claims`,
//! `lang`, `theme`, `height`, `reading`, `benchmark`, `from`, `to`, `lanes`, `events`,
//! `models`, `wheel-zoom`, `view`, `evaluator`.
//! A value that cannot be read is a problem that names it and says what was used instead;
//! the other settings are still read, so one typo never costs the whole timeline.

use super::data_url::check_data_url;
use super::theme_choice::ThemeChoice;
use crate::data::date::PartialDate;
use crate::data::event::EventKind;
use crate::data::region::Region;
use crate::gap::evaluators::EvaluatorChoice;
use crate::gap::projection::ReadingKind;
use crate::lang::Lang;
use crate::scene::{ModelFilter, View};

/// A height in whole CSS px: digits, then perhaps a decimal part (dropped: "420.5px" is 420)
/// and "px". Read without the float parser, which would cost every reader about 13 KiB gzip of
/// the bundle for this one attribute.
fn whole_px(v: &str) -> Option<f64> {
    let v = v.trim().trim_end_matches("px").trim();
    let (whole, fraction) = v.split_once('.').unwrap_or((v, "0"));
    if fraction.is_empty() || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    whole.parse::<u32>().ok().map(f64::from)
}

/// Default height, CSS px.
const HEIGHT: f64 = 420.0;
/// Heights outside this range are refused: a typo such as `42000` would otherwise make a page
/// kilometres long.
const HEIGHTS: std::ops::RangeInclusive<f64> = 120.0..=4000.0;

/// Everything a timeline can be told. `Default` is what an element with no attributes gets.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// URL of the dataset. Default: `None`, the built-in dataset.
    pub src: Option<String>,
    /// URL of claims to draw over the dataset. Default: `None`.
    pub claims: Option<String>,
    /// Language of every string. Default: English.
    pub lang: Lang,
    /// Colour theme. Default: auto.
    pub theme: ThemeChoice,
    /// Height in CSS px (grows if the lanes need more). Default: 420.
    pub height: f64,
    /// Reading of the claims. Default: lag.
    pub reading: ReadingKind,
    /// Benchmark for the observed lag and verdicts. Default: `None`, the one with most scores.
    pub benchmark: Option<String>,
    /// Start of the window. Default: `None`, the earliest model.
    pub from: Option<PartialDate>,
    /// End of the window. Default: `None`, the latest model.
    pub to: Option<PartialDate>,
    /// Lanes top to bottom. Default: US, then China.
    pub lanes: Vec<Region>,
    /// The kinds of events drawn (`export_control,chip,policy,milestone`, or `none`). Default:
    /// all four.
    pub events: Vec<EventKind>,
    /// Which models carry a label (`key` or `all`). Default: `None`, chosen from the data (key
    /// models when it marks some `key` or has claims to draw, else all).
    pub models: Option<ModelFilter>,
    /// A plain wheel zooms at once. Default: false.
    pub wheel_zoom: bool,
    /// What is drawn: model releases or chips. Default: models.
    pub view: View,
    /// Whose scores the lag and the verdicts use (`auto`, `independent` or `all`). Default:
    /// auto, independent scores where both sides have them.
    pub evaluator: EvaluatorChoice,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            src: None,
            claims: None,
            lang: Lang::En,
            theme: ThemeChoice::Auto,
            height: HEIGHT,
            reading: ReadingKind::Lag,
            benchmark: None,
            from: None,
            to: None,
            lanes: vec![Region::US, Region::CN],
            events: EventKind::ALL.to_vec(),
            models: None,
            wheel_zoom: false,
            view: View::Models,
            evaluator: EvaluatorChoice::Auto,
        }
    }
}

/// What [`Settings::read`] found.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SettingsRead {
    /// The settings, with defaults where a value was missing or unreadable.
    pub settings: Settings,
    /// Values that could not be read, each naming the setting, its value and what was used
    /// instead. The timeline is drawn anyway.
    pub problems: Vec<String>,
    /// Why the timeline cannot be drawn at all (a data URL that is never loaded), if so.
    pub fatal: Option<String>,
}

impl Settings {
    /// Reads the settings through `get` (a setting's name to its value, `None` when absent).
    /// `prefix` is put before each name in messages: `data-` for attributes, `` for query
    /// parameters and `mount()` options. Empty values count as absent.
    pub fn read(prefix: &str, get: impl Fn(&str) -> Option<String>) -> SettingsRead {
        // One copy of the reader in the widget, whatever `get` is (each caller's closure
        // would otherwise compile a copy of its own, about 3 KB each).
        Self::read_dyn(prefix, &get)
    }

    fn read_dyn(prefix: &str, get: &dyn Fn(&str) -> Option<String>) -> SettingsRead {
        let mut out = SettingsRead::default();
        let s = &mut out.settings;
        let value = |name: &str| get(name).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
        let mut problems = Vec::new();
        let bad = |name: &str, v: &str, what: &str, instead: &str| {
            format!("{prefix}{name}=\"{v}\" is not {what}; {instead}")
        };
        if let Some(v) = value("src") {
            match check_data_url(&format!("{prefix}src"), &v) {
                Ok(()) => s.src = Some(v),
                Err(e) => out.fatal = Some(e),
            }
        }
        if let Some(v) = value("claims") {
            match check_data_url(&format!("{prefix}claims"), &v) {
                Ok(()) => s.claims = Some(v),
                Err(e) => problems.push(format!("{e}; the claims are not drawn")),
            }
        }
        if let Some(v) = value("lang") {
            match Lang::parse(&v) {
                Some(l) => s.lang = l,
                None => problems.push(bad("lang", &v, "a language (en or zh)", "using en")),
            }
        }
        if let Some(v) = value("theme") {
            match ThemeChoice::parse(&v) {
                Some(t) => s.theme = t,
                None => {
                    problems.push(bad("theme", &v, "a theme (auto, light or dark)", "using auto"))
                }
            }
        }
        if let Some(v) = value("height") {
            match whole_px(&v) {
                Some(h) if HEIGHTS.contains(&h) => s.height = h,
                _ => {
                    problems.push(bad("height", &v, "a height in px from 120 to 4000", "using 420"))
                }
            }
        }
        if let Some(v) = value("reading") {
            match ReadingKind::parse(&v) {
                Some(r) => s.reading = r,
                None => {
                    problems.push(bad("reading", &v, "a reading (lag or catch-up)", "using lag"))
                }
            }
        }
        s.benchmark = value("benchmark");
        for (name, slot) in [("from", &mut s.from), ("to", &mut s.to)] {
            if let Some(v) = value(name) {
                match PartialDate::parse_human(&v) {
                    Ok(d) => *slot = Some(d),
                    Err(_) => problems.push(bad(
                        name,
                        &v,
                        "a date (such as 2023, 2023-06 or March 2023)",
                        "showing all the data",
                    )),
                }
            }
        }
        if let (Some(from), Some(to)) = (s.from, s.to)
            && from.start() > to.last_day()
        {
            problems.push(format!(
                "{prefix}from is after {prefix}to; showing all the data (swap them to see that window)"
            ));
            (s.from, s.to) = (None, None);
        }
        if let Some(v) = value("lanes") {
            let lanes = list(&v, false, Region::parse, |code| {
                format!(
                    "{prefix}lanes: \"{code}\" is not a region code (such as US or CN); left out"
                )
            });
            problems.extend(lanes.1);
            if !lanes.0.is_empty() {
                s.lanes = lanes.0;
            }
        }
        if let Some(v) = value("events") {
            let kinds = list(&v, true, EventKind::parse, |word| {
                format!(
                    "{prefix}events: \"{word}\" is not a kind of event ({}, or none); left out",
                    EventKind::ALLOWED
                )
            });
            problems.extend(kinds.1);
            s.events = kinds.0;
        }
        if let Some(v) = value("view") {
            match View::parse(&v) {
                Some(view) => s.view = view,
                None => problems.push(bad("view", &v, "a view (models or chips)", "using models")),
            }
        }
        if let Some(v) = value("evaluator") {
            match EvaluatorChoice::from_word(&v) {
                Some(e) => s.evaluator = e,
                None => problems.push(bad(
                    "evaluator",
                    &v,
                    "a choice of scores (auto, independent or all)",
                    "using auto",
                )),
            }
        }
        if let Some(v) = value("models") {
            match ModelFilter::parse(&v) {
                Some(m) => s.models = Some(m),
                None => problems.push(bad(
                    "models",
                    &v,
                    "a choice of models (key or all)",
                    "choosing from the data",
                )),
            }
        }
        // Present means on, as for HTML's boolean attributes, unless it says false.
        s.wheel_zoom = get("wheel-zoom").is_some_and(|v| !matches!(v.trim(), "false" | "0"));
        out.problems = problems;
        out
    }
}

/// The distinct values of a comma-separated list read by `parse`, in order, and a problem
/// (worded by `bad`) for each word it cannot read; with `none`, the word `none` stands for no
/// value.
fn list<T: PartialEq>(
    text: &str,
    none: bool,
    parse: impl Fn(&str) -> Option<T>,
    bad: impl Fn(&str) -> String,
) -> (Vec<T>, Vec<String>) {
    let (mut values, mut problems) = (Vec::new(), Vec::new());
    for word in text.split(',').map(str::trim).filter(|w| !w.is_empty()) {
        match parse(word) {
            Some(v) if !values.contains(&v) => values.push(v),
            Some(_) => {}
            None if none && word.eq_ignore_ascii_case("none") => {}
            None => problems.push(bad(word)),
        }
    }
    (values, problems)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn read(pairs: &[(&str, &str)]) -> SettingsRead {
        let map: HashMap<String, String> =
            pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Settings::read("data-", |name| map.get(name).cloned())
    }

    #[test]
    fn nothing_given_is_the_default() {
        let r = read(&[]);
        assert_eq!(r.settings, Settings::default());
        assert!(r.problems.is_empty() && r.fatal.is_none());
        assert_eq!(r.settings.lanes, vec![Region::US, Region::CN]);
        assert_eq!(r.settings.height, 420.0);
    }

    #[test]
    fn every_setting_is_read() {
        let r = read(&[
            ("src", "/data/m.csv"),
            ("claims", "claims.json"),
            ("lang", "zh-CN"),
            ("theme", "Dark"),
            ("height", "520px"),
            ("reading", "catch-up"),
            ("benchmark", " GPQA diamond "),
            ("from", "2022-06"),
            ("to", "March 2024"),
            ("lanes", "cn, us, CN"),
            ("events", "chip, Export control"),
            ("models", " All "),
            ("wheel-zoom", ""),
        ]);
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        let s = r.settings;
        assert_eq!(s.src.as_deref(), Some("/data/m.csv"));
        assert_eq!(s.claims.as_deref(), Some("claims.json"));
        assert_eq!((s.lang, s.theme, s.height), (Lang::Zh, ThemeChoice::Dark, 520.0));
        assert_eq!(s.reading, ReadingKind::CatchUp);
        assert_eq!(s.benchmark.as_deref(), Some("GPQA diamond"));
        assert_eq!(s.from.map(|d| d.start().to_string()).as_deref(), Some("2022-06-01"));
        assert_eq!(s.to.map(|d| d.last_day().to_string()).as_deref(), Some("2024-03-31"));
        assert_eq!(s.lanes, vec![Region::CN, Region::US]);
        assert_eq!(s.events, vec![EventKind::Chip, EventKind::ExportControl]);
        assert_eq!(s.models, Some(ModelFilter::All));
        assert_eq!(read(&[("models", "KEY")]).settings.models, Some(ModelFilter::Key));
        assert_eq!(read(&[]).settings.models, None);
        assert!(s.wheel_zoom);
        assert!(read(&[("events", "none")]).settings.events.is_empty());
        let r = read(&[("events", "chip,rumour")]);
        assert_eq!(r.settings.events, vec![EventKind::Chip]);
        assert!(
            r.problems[0].starts_with("data-events: \"rumour\" is not a kind of event"),
            "{:?}",
            r.problems
        );
    }

    #[test]
    fn heights_are_whole_px() {
        for (given, read) in [
            ("380", Some(380.0)),
            ("380px", Some(380.0)),
            (" 520 px ", Some(520.0)),
            ("420.5px", Some(420.0)),
            ("420.", None),
            ("-5", None),
            ("12e2", None),
            ("1.2.3", None),
            ("", None),
        ] {
            assert_eq!(whole_px(given), read, "{given:?}");
        }
    }

    #[test]
    fn unreadable_values_fall_back_and_are_named() {
        let cases: [(&str, &str, &str); 8] = [
            ("lang", "fr", "data-lang=\"fr\" is not a language (en or zh); using en"),
            ("theme", "sepia", "data-theme=\"sepia\" is not a theme"),
            ("height", "tall", "data-height=\"tall\" is not a height"),
            ("height", "90000", "data-height=\"90000\" is not a height"),
            ("reading", "ahead", "data-reading=\"ahead\" is not a reading"),
            ("from", "soon", "data-from=\"soon\" is not a date"),
            ("lanes", "US,XX", "data-lanes: \"XX\" is not a region code"),
            (
                "models",
                "some",
                "data-models=\"some\" is not a choice of models (key or all); choosing from the data",
            ),
        ];
        for (name, value, said) in cases {
            let r = read(&[(name, value), ("lang_is_fine", "en")]);
            assert_eq!(r.problems.len(), 1, "{name}={value}: {:?}", r.problems);
            assert!(r.problems[0].starts_with(said), "{name}={value}: {}", r.problems[0]);
            assert!(r.fatal.is_none());
        }
        // The readable rest is kept.
        let r = read(&[("lang", "fr"), ("theme", "dark"), ("lanes", "XX")]);
        assert_eq!(r.settings.theme, ThemeChoice::Dark);
        assert_eq!(r.settings.lanes, vec![Region::US, Region::CN]);
        assert_eq!(r.problems.len(), 2);
        let r = read(&[("models", "most"), ("lang", "zh")]);
        assert_eq!((r.settings.models, r.settings.lang), (None, Lang::Zh));
        assert_eq!(r.problems.len(), 1);
    }

    #[test]
    fn a_window_that_ends_before_it_starts_is_dropped() {
        let r = read(&[("from", "2024"), ("to", "2023")]);
        assert_eq!((r.settings.from, r.settings.to), (None, None));
        assert!(r.problems[0].contains("data-from is after data-to"), "{:?}", r.problems);
        // One day is a window.
        let r = read(&[("from", "2024-03-02"), ("to", "2024-03-02")]);
        assert!(r.problems.is_empty() && r.settings.from.is_some());
    }

    #[test]
    fn a_script_url_for_the_data_is_fatal_for_the_claims_a_problem() {
        let r = read(&[("src", "javascript:alert(1)")]);
        assert!(r.fatal.as_deref().is_some_and(|f| f.starts_with("data-src: \"javascript:\"")));
        assert_eq!(r.settings.src, None);
        let r = read(&[("claims", "data:text/plain,x"), ("lang", "zh")]);
        assert!(r.fatal.is_none());
        assert_eq!(r.settings.claims, None);
        assert_eq!(r.settings.lang, Lang::Zh);
        assert!(r.problems[0].contains("the claims are not drawn"), "{:?}", r.problems);
    }

    #[test]
    fn wheel_zoom_is_a_boolean_attribute_and_the_prefix_names_the_source() {
        let map = HashMap::from([("wheel-zoom", "false"), ("lang", "xx")]);
        let r = Settings::read("", |n| map.get(n).map(|v| v.to_string()));
        assert!(!r.settings.wheel_zoom);
        assert!(r.problems[0].starts_with("lang=\"xx\""), "{:?}", r.problems);
    }
}
