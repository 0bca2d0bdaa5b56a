//! Events: dated policy and hardware facts (export controls, chips, rules, milestones), drawn
//! as annotations on a timeline of model releases, each with the region that acted and the page
//! where it was found.
//!
//! In gapline JSON they are the dataset's `events` list:
//!
//! ```json
//! {"id": "bis-oct-2022-rules", "date": "2022-10-07", "region": "US", "kind": "export_control",
//!  "title": "US restricts advanced chips and chipmaking tools for China",
//!  "title_zh": "美国限制对华出口先进芯片及制造设备",
//!  "description": "BIS controlled advanced computing chips and chipmaking equipment.",
//!  "source_url": "https://example.org/bis-2022"}
//! ```
//!
//! Required: `id` (unique among the events), `date` (at its precision, as a model's `released`:
//! `2022-10-07`, `2022-10`, `2022-Q4`, `2022`), `region` (the country that acted: an ISO code or a
//! country name), `kind` (one of [`EventKind`]), `title`, `source_url` (http or https). Optional:
//! `title_zh`, `description`, `notes`. A CSV reads them by column name ([`super::events_csv`]).
//!
//! # Which events are kept
//!
//! Every problem is reported where it is (a JSON pointer such as `/events/3/kind`, or a CSV row
//! and column), the event is left out, and every other event is kept. The checks, in order:
//!
//! 1. Each field, as for models: a missing field, a date or precision that cannot be read, an
//!    unknown region, a `kind` that is not one of the four (the message lists them), a source
//!    that is not an http(s) link.
//! 2. A second event with an id already used is left out; the first stays.
//! 3. An event dated after the dataset's `as_of` is left out, as a model released after it is.
//! 4. **The data's span.** When the dataset has models, an event is kept only if its period
//!    reaches into the span from [`YEARS_BEFORE_FIRST_MODEL`] (5) years before the earliest
//!    model's release to [`YEARS_AFTER_LAST_MODEL`] (2) years after the end of the latest's
//!    ([`Dataset::event_span`]). Background before the first model is useful (the Entity List
//!    years before a model lane starts), and so are rules that follow the last model; an event
//!    decades away is drawn nowhere near the models, and is most likely a wrong date (`2205` for
//!    `2025`). Events without models (an events CSV read on its own) have nothing to be measured
//!    against and are not checked for the span; they are when they are read with models: in one
//!    gapline JSON document, by [`Dataset::add_events`] and [`Dataset::add_events_csv`], and by
//!    `gapline merge`.

use super::country::region_of_country;
use super::dataset::{Dataset, Locate, dated, json_locator};
use super::date::PartialDate;
use super::problem::{Location, Problem, ProblemKind};
use super::records::Untyped;
use super::region::Region;
use super::source_url::SourceUrl;
use chrono::Months;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// How many years before the earliest model an event may be dated (see the module's rules).
pub const YEARS_BEFORE_FIRST_MODEL: u32 = 5;

/// How many years after the latest model an event may be dated (see the module's rules).
pub const YEARS_AFTER_LAST_MODEL: u32 = 2;

/// What kind of event it is. No default: every event states its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// An export control or sanction: an Entity List listing, a licence requirement, a rule on
    /// chips, tools or minerals, or its lifting (`export_control`).
    ExportControl,
    /// An AI chip or system launched, announced or reported (`chip`).
    Chip,
    /// A law, order, regulation or state programme other than an export control (`policy`).
    Policy,
    /// Anything else that marks the race: a launch, a market shock, an investment (`milestone`).
    Milestone,
}

impl EventKind {
    /// Every kind, in the order of [`EventKind::ALLOWED`].
    pub const ALL: [EventKind; 4] =
        [EventKind::ExportControl, EventKind::Chip, EventKind::Policy, EventKind::Milestone];

    /// The kinds as a message lists them.
    pub const ALLOWED: &'static str = "export_control, chip, policy or milestone";

    /// Reads a kind word, ignoring case and writing `-`, `_` or spaces alike
    /// (`export_control`, `export-control`, `Export control`); `None` for any other word.
    pub fn parse(word: &str) -> Option<EventKind> {
        let word = word
            .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
            .filter(|part| !part.is_empty())
            .map(str::to_ascii_lowercase)
            .collect::<Vec<_>>()
            .join("_");
        EventKind::ALL.into_iter().find(|k| k.name() == word)
    }

    /// The kind's word in gapline JSON: `export_control`, `chip`, `policy`, `milestone`.
    pub fn name(self) -> &'static str {
        match self {
            EventKind::ExportControl => "export_control",
            EventKind::Chip => "chip",
            EventKind::Policy => "policy",
            EventKind::Milestone => "milestone",
        }
    }
}

/// A dated policy or hardware event, with its source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Stable identifier, unique among the events (e.g. `bis-oct-2022-rules`).
    pub id: String,
    /// When it became public (or took effect), at the precision known; written like a model's
    /// `released` (`2022-10-07`, `2022-10`).
    pub date: PartialDate,
    /// The region that acted (for a company's act, the company's home country).
    pub region: Region,
    /// What kind of event it is.
    pub kind: EventKind,
    /// A short title in English. Drawn as text, never as markup.
    pub title: String,
    /// The title in Chinese. Default: none (the English title is shown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_zh: Option<String>,
    /// One or two sentences on what happened. Default: none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Where the event and its date were found.
    pub source_url: SourceUrl,
    /// Free-text notes on the source or the date. Default: none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// An event before checking: every field optional text. Field names are those of [`Event`].
#[derive(Debug, Clone, Default, Deserialize)]
#[allow(missing_docs)] // Each field is documented on `Event`.
pub struct RawEvent {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    /// A spreadsheet's separate precision column (`day`, `month` …), read as a model's; JSON
    /// writes the precision into `date` itself (`2023-03`). Default: the date's own precision.
    #[serde(default)]
    pub date_precision: Option<String>,
    #[serde(default)]
    pub region: Option<String>,
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub title_zh: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub source_url: Option<String>,
    #[serde(default)]
    pub notes: Option<String>,
    /// Set for a record that could not be typed (see [`records`](super::records)). Default:
    /// none.
    #[serde(skip)]
    pub unreadable: Option<Untyped>,
}

impl RawEvent {
    /// Checks one record's fields (rule 1 of the module); `locate(field)` says where a field is.
    /// Every problem is collected.
    pub(crate) fn check(&self, locate: Locate<'_>) -> Result<Event, Vec<Problem>> {
        if let Some(why) = &self.unreadable {
            return Err(vec![why.problem(locate(None), "event")]);
        }
        let mut problems = Vec::new();
        let mut problem =
            |field: &str, kind| problems.push(Problem { location: locate(Some(field)), kind });
        let text = |v: &Option<String>| {
            v.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string)
        };

        let id = text(&self.id);
        if id.is_none() {
            problem("id", ProblemKind::Missing { field: "id" });
        }
        let date = dated(&self.date, &self.date_precision, "date", &mut problem);
        let region = match text(&self.region) {
            None => {
                problem("region", ProblemKind::Missing { field: "region" });
                None
            }
            Some(r) => Region::parse(&r).or_else(|| region_of_country(&r)).or_else(|| {
                problem("region", ProblemKind::Region(r));
                None
            }),
        };
        let kind = match text(&self.kind) {
            None => {
                problem("kind", ProblemKind::Missing { field: "kind" });
                None
            }
            Some(word) => EventKind::parse(&word).or_else(|| {
                problem("kind", ProblemKind::Choice { value: word, allowed: EventKind::ALLOWED });
                None
            }),
        };
        let title = text(&self.title);
        if title.is_none() {
            problem("title", ProblemKind::Missing { field: "title" });
        }
        let source_url = match text(&self.source_url) {
            None => {
                problem("source_url", ProblemKind::Missing { field: "source_url" });
                None
            }
            Some(u) => {
                SourceUrl::parse(&u).map_err(|e| problem("source_url", ProblemKind::Url(e))).ok()
            }
        };
        match (id, date, region, kind, title, source_url) {
            (Some(id), Some(date), Some(region), Some(kind), Some(title), Some(source_url))
                if problems.is_empty() =>
            {
                Ok(Event {
                    id,
                    date,
                    region,
                    kind,
                    title,
                    title_zh: text(&self.title_zh),
                    description: text(&self.description),
                    source_url,
                    notes: text(&self.notes),
                })
            }
            _ => Err(problems),
        }
    }
}

impl Dataset {
    /// The days an event may be dated in (rule 4 of the module), first and last included:
    /// from [`YEARS_BEFORE_FIRST_MODEL`] years before the earliest model's release to
    /// [`YEARS_AFTER_LAST_MODEL`] years after the end of the latest's. `None` when the dataset
    /// has no models: then any date is kept.
    pub fn event_span(&self) -> Option<(PartialDate, PartialDate)> {
        let first = self.models.iter().map(|m| m.released.start()).min()?;
        let end = self.models.iter().map(|m| m.released.end()).max()?;
        let from = first.checked_sub_months(Months::new(12 * YEARS_BEFORE_FIRST_MODEL))?;
        let to = end.checked_add_months(Months::new(12 * YEARS_AFTER_LAST_MODEL))?.pred_opt()?;
        Some((PartialDate::day(from), PartialDate::day(to)))
    }

    /// Checks `events` (this document's `events`, or another's) against this dataset by the
    /// module's rules and adds the valid ones after those it has; returns the problems, located
    /// at `/events/N/…` of the list given. An id already used (here or earlier in the list) is
    /// a problem, and the event that has it is left out.
    pub fn add_events(&mut self, events: &[RawEvent]) -> Vec<Problem> {
        self.add_located_events(
            events.iter().enumerate().map(|(i, raw)| (raw, json_locator("events", i))),
        )
    }

    /// [`Dataset::add_events`] for records located by the caller (a CSV's rows).
    pub(crate) fn add_located_events<'r, L: Fn(Option<&str>) -> Location>(
        &mut self,
        records: impl IntoIterator<Item = (&'r RawEvent, L)>,
    ) -> Vec<Problem> {
        let span = self.event_span();
        let mut ids: HashSet<String> = self.events.iter().map(|e| e.id.clone()).collect();
        let mut problems = Vec::new();
        for (raw, locate) in records {
            let event = match raw.check(&locate) {
                Ok(event) => event,
                Err(p) => {
                    problems.extend(p);
                    continue;
                }
            };
            let date = event.date;
            let refused = if ids.contains(&event.id) {
                Some(("id", ProblemKind::DuplicateId(event.id.clone())))
            } else if let Some(as_of) = self.as_of.filter(|a| date.start() >= a.end()) {
                Some(("date", ProblemKind::AfterAsOf { date, as_of }))
            } else if let Some((from, to)) =
                span.filter(|(from, to)| date.end() <= from.start() || date.start() > to.start())
            {
                Some(("date", ProblemKind::OutsideSpan { date, from, to }))
            } else {
                None
            };
            match refused {
                Some((field, kind)) => {
                    problems.push(Problem { location: locate(Some(field)), kind })
                }
                None => {
                    ids.insert(event.id.clone());
                    self.events.push(event);
                }
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset::RawDataset;

    fn read(json: &str) -> crate::data::dataset::Loaded {
        serde_json::from_str::<RawDataset>(json).expect("test JSON parses").check()
    }

    const MODELS: &str = r#""models": [
        {"id": "a", "name": "A", "region": "US", "released": "2020-05", "source_url": "https://a.example"},
        {"id": "b", "name": "B", "region": "CN", "released": "2024-03-14", "source_url": "https://b.example"}
    ]"#;

    #[test]
    fn kinds_are_read_in_any_spelling_and_named_in_snake_case() {
        for word in [
            "export_control",
            "export-control",
            "export control",
            "Export Control",
            " EXPORT-control ",
        ] {
            assert_eq!(EventKind::parse(word), Some(EventKind::ExportControl), "{word}");
        }
        assert_eq!(EventKind::parse("Chip"), Some(EventKind::Chip));
        assert_eq!(EventKind::parse("sanction"), None);
        assert_eq!(EventKind::parse("exportcontrol"), None);
        let names: Vec<&str> = EventKind::ALL.iter().map(|k| k.name()).collect();
        assert_eq!(names, ["export_control", "chip", "policy", "milestone"]);
        for kind in EventKind::ALL {
            assert_eq!(EventKind::parse(kind.name()), Some(kind));
            let json = serde_json::to_string(&kind).expect("serialises");
            assert_eq!(json, format!("\"{}\"", kind.name()));
        }
    }

    #[test]
    fn every_problem_of_an_event_is_located_and_the_others_are_kept() {
        let loaded = read(&format!(
            r#"{{{MODELS}, "events": [
            {{"id": "e1", "date": "2022-10-07", "region": "US", "kind": "export_control",
              "title": "Rules", "source_url": "https://e.example/1"}},
            {{"id": "e2", "date": "2022-13", "region": "Atlantis", "kind": "sanction", "title": "",
              "source_url": "ftp://e.example"}},
            {{"id": "e3", "date": "2023", "region": "China", "kind": "Chip", "title": "No source"}},
            {{"date_precision": "week", "date": "2023-01-01", "region": "CN", "kind": "policy",
              "title": "No id", "source_url": "https://e.example/4"}},
            {{"id": "e1", "date": "2023-05", "region": "CN", "kind": "milestone", "title": "Again",
              "source_url": "https://e.example/5"}},
            {{"id": "e6", "date": "2023-08-31", "region": "中国", "kind": "milestone", "title": "OK",
              "title_zh": "好", "source_url": "https://e.example/6"}}
        ]}}"#
        ));
        let ids: Vec<&str> = loaded.dataset.events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["e1", "e6"]);
        let messages: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "`/events/1/date`: `2022-13` is not a real calendar date: check the month and day",
                "`/events/1/region`: `Atlantis` is not a region: use a two-letter ISO 3166 code such as US or CN, or a country name",
                "`/events/1/kind`: `sanction` is not allowed here: write one of export_control, chip, policy or milestone",
                "`/events/1/title`: `title` is missing: every entry needs one",
                "`/events/1/source_url`: `ftp://e.example` is not a web link: sources must start with https:// or http://",
                "`/events/2/source_url`: `source_url` is missing: every entry needs one",
                "`/events/3/id`: `id` is missing: every entry needs one",
                "`/events/3/date_precision`: `week` is not a date precision: write day, month, quarter or year",
                "`/events/4/id`: the id `e1` is used twice: give each its own id (the first is kept)",
            ]
        );
        assert_eq!(loaded.skipped(), 4);
        let e6 = &loaded.dataset.events[1];
        assert_eq!(
            (e6.region, e6.kind, e6.title_zh.as_deref()),
            (Region::CN, EventKind::Milestone, Some("好"))
        );
    }

    #[test]
    fn a_date_precision_widens_the_date_as_for_models() {
        let raw = |date: &str, precision: Option<&str>| RawEvent {
            id: Some("e".into()),
            date: Some(date.into()),
            date_precision: precision.map(Into::into),
            region: Some("US".into()),
            kind: Some("chip".into()),
            title: Some("E".into()),
            source_url: Some("https://e.example".into()),
            ..RawEvent::default()
        };
        let here = |_: Option<&str>| Location::Json { pointer: String::new() };
        let date = |d: &str, p| raw(d, p).check(&here).map(|e| e.date.to_string());
        assert_eq!(date("2019-05-01", Some("month")), Ok("2019-05".to_string()));
        assert_eq!(date("2019-05", Some("day")), Ok("2019-05".to_string()));
        assert_eq!(date("May 2019", None), Ok("2019-05".to_string()));
        assert_eq!(date("2019-05-17", None), Ok("2019-05-17".to_string()));
    }

    #[test]
    fn events_far_outside_the_models_span_or_after_as_of_are_left_out() {
        // Models from May 2020 to 14 March 2024: events may be dated 2015-05-01 … 2026-03-14.
        let loaded = read(&format!(
            r#"{{"as_of": "2025-12", {MODELS}, "events": [
            {{"id": "early-ok", "date": "2015-05-01", "region": "US", "kind": "policy", "title": "T", "source_url": "https://e.example"}},
            {{"id": "early-year", "date": "2015", "region": "US", "kind": "policy", "title": "T", "source_url": "https://e.example"}},
            {{"id": "too-early", "date": "2015-04-30", "region": "US", "kind": "policy", "title": "T", "source_url": "https://e.example"}},
            {{"id": "typo", "date": "2205-03-01", "region": "US", "kind": "policy", "title": "T", "source_url": "https://e.example"}},
            {{"id": "late", "date": "2026-01-05", "region": "US", "kind": "policy", "title": "T", "source_url": "https://e.example"}},
            {{"id": "last-ok", "date": "2025-12", "region": "US", "kind": "policy", "title": "T", "source_url": "https://e.example"}}
        ]}}"#
        ));
        let ids: Vec<&str> = loaded.dataset.events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(
            ids,
            ["early-ok", "early-year", "last-ok"],
            "a period that reaches into the span is kept"
        );
        let messages: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "`/events/2/date`: 2015-04-30 is far outside the data's span: events may be dated from 2015-05-01 to 2026-03-14 (5 years before the first model to 2 years after the last); correct the date",
                "`/events/3/date`: 2205-03-01 is after the data's as-of date (2025-12): correct the date or move `as_of` later",
                "`/events/4/date`: 2026-01-05 is after the data's as-of date (2025-12): correct the date or move `as_of` later",
            ]
        );
        // Without as_of the typo is outside the span; without models nothing is.
        let loaded = read(&format!(
            r#"{{{MODELS}, "events": [{{"id": "typo", "date": "2205-03-01", "region": "US", "kind": "policy", "title": "T", "source_url": "https://e.example"}}]}}"#
        ));
        assert_eq!(loaded.dataset.events.len(), 0);
        assert!(matches!(loaded.problems[0].kind, ProblemKind::OutsideSpan { .. }));
        let alone = read(
            r#"{"models": [], "events": [{"id": "typo", "date": "2205-03-01", "region": "US", "kind": "policy", "title": "T", "source_url": "https://e.example"}]}"#,
        );
        assert_eq!((alone.dataset.events.len(), alone.problems.len()), (1, 0));
    }

    #[test]
    fn events_survive_a_json_round_trip_with_their_precision() {
        let loaded = read(&format!(
            r#"{{{MODELS}, "events": [
            {{"id": "m", "date": "2022-08-01", "date_precision": "month", "region": "us", "kind": "export-control",
              "title": "Licence", "title_zh": "许可", "description": "D.", "source_url": "https://e.example", "notes": "N."}},
            {{"id": "d", "date": "2023-10-17", "region": "CN", "kind": "chip", "title": "Chip", "source_url": "https://e.example"}}
        ]}}"#
        ));
        assert_eq!(loaded.problems, []);
        let json = serde_json::to_value(&loaded.dataset).expect("serialises");
        assert_eq!(
            json["events"][0],
            serde_json::json!({"id": "m", "date": "2022-08", "region": "US", "kind": "export_control",
                "title": "Licence", "title_zh": "许可", "description": "D.",
                "source_url": "https://e.example", "notes": "N."})
        );
        assert_eq!(
            json["events"][1],
            serde_json::json!({"id": "d", "date": "2023-10-17", "region": "CN", "kind": "chip",
                "title": "Chip", "source_url": "https://e.example"})
        );
        let again = read(&json.to_string());
        assert_eq!(again.problems, []);
        assert_eq!(again.dataset, loaded.dataset);
        let typed: Dataset = serde_json::from_value(json).expect("reads as a Dataset");
        assert_eq!(typed.events, loaded.dataset.events);
    }

    #[test]
    fn a_dataset_without_events_writes_no_events_key() {
        let loaded = read(&format!("{{{MODELS}}}"));
        let json = serde_json::to_value(&loaded.dataset).expect("serialises");
        assert!(json.get("events").is_none());
    }
}
