//! Reads events from a spreadsheet export (CSV with a header row), as models are read
//! ([`super::models_csv`]): columns found by name ignoring case, spaces and punctuation, with
//! aliases; comma, semicolon or tab separated; a byte-order mark and CRLF line ends accepted;
//! countries by code or name (in a list, the first, the others noted); several links in the
//! source cell (the first is taken); dates in any form of
//! [`PartialDate::parse_human`](super::date::PartialDate), widened by a `date_precision` column.
//! Where a row has no id (an empty cell, or no `id` column), it is made from the title ([`slug`]). Problems are located as
//! `row N, column `name``, and the other rows are kept.
//!
//! The columns, with their aliases: `id` (event id, slug); `date` (when, event date);
//! `date_precision` (precision); `region` (country, acting region); `kind` (type, category);
//! `title` (event, name); `title_zh` (title (zh), chinese title, 中文标题); `description`
//! (summary); `source_url` (source, url, link); `notes` (note, comment, comments). Other columns
//! are ignored.
//!
//! [`import`](super::import::import) takes a file for an events table, with no format given,
//! when its header has a `kind` column and a `title` column and no `name` column
//! ([`is_events_header`]).

use super::country::region_of_country_list;
use super::dataset::{Dataset, Loaded};
use super::event::RawEvent;
use super::models_csv::{
    first_link, name_given, normalise, rows as csv_rows, slug, sniff_delimiter,
};
use super::problem::{Location, Problem, ProblemKind};

/// Header aliases for each field, in normalised form (see [`normalise`]); the first alias found
/// wins, so `title` beats `name` when both exist.
const ALIASES: &[(&str, &[&str])] = &[
    ("id", &["id", "eventid", "slug"]),
    ("date", &["date", "when", "eventdate"]),
    ("date_precision", &["dateprecision", "precision"]),
    ("region", &["region", "country", "actingregion"]),
    ("kind", &["kind", "type", "category"]),
    ("title", &["title", "event", "name"]),
    ("title_zh", &["titlezh", "chinesetitle", "中文标题"]),
    ("description", &["description", "summary"]),
    ("source_url", &["sourceurl", "source", "url", "link"]),
    ("notes", &["notes", "note", "comment", "comments"]),
];

/// Whether a CSV header line is an events table's: it has a `kind` column and a `title` column
/// and no `name` column (names are models'), ignoring case, spaces and punctuation.
pub fn is_events_header(first_line: &str) -> bool {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sniff_delimiter(first_line))
        .from_reader(first_line.as_bytes());
    let Some(Ok(header)) = reader.records().next() else { return false };
    let names: Vec<String> = header.iter().map(normalise).collect();
    let has = |name: &str| names.iter().any(|n| n == name);
    has("kind") && has("title") && !has("name")
}

/// Reads every event of a CSV export; rows with problems are reported and left out. Read on its
/// own, an event has no models to be measured against, so the span rule of
/// [`event`](super::event) is not applied: use [`Dataset::add_events_csv`] for that.
pub fn read_events_csv(text: &str) -> Loaded {
    let mut loaded = Loaded::default();
    loaded.problems = loaded.dataset.add_events_csv(text);
    loaded
}

impl Dataset {
    /// Reads the events of a CSV export and adds the valid ones to this dataset, checked by the
    /// rules of [`event`](super::event) against its models, `as_of` and events (an id already
    /// used is a problem); returns every problem, located by row and column.
    pub fn add_events_csv(&mut self, text: &str) -> Vec<Problem> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .delimiter(sniff_delimiter(text))
            .from_reader(text.as_bytes());
        let headers = match reader.headers() {
            Ok(h) => h.clone(),
            Err(e) => {
                return vec![Problem {
                    location: Location::Csv { row: 1, column: None },
                    kind: ProblemKind::Csv(e.to_string()),
                }];
            }
        };
        let columns: Vec<(&str, Option<usize>)> = ALIASES
            .iter()
            .map(|(field, aliases)| {
                let index = aliases
                    .iter()
                    .find_map(|alias| headers.iter().position(|h| normalise(h) == *alias));
                (*field, index)
            })
            .collect();
        let column = |field: &str| columns.iter().find(|(f, _)| *f == field).and_then(|(_, i)| *i);
        let has_id_column = column("id").is_some();

        let mut problems = Vec::new();
        let mut rows: Vec<(RawEvent, u64)> = Vec::new();
        let mut unnamed = Vec::new();
        for (record, row) in csv_rows(&mut reader, text, &mut problems) {
            let cell = |field: &str| column(field).and_then(|i| record.get(i)).map(str::to_string);
            let title = cell("title");
            let mut notes = cell("notes").filter(|n| !n.trim().is_empty());
            let region = cell("region").map(|r| match region_of_country_list(&r) {
                Some((first, others)) => {
                    if !others.is_empty() {
                        let also: Vec<&str> = others.iter().map(|o| o.code()).collect();
                        let note = format!("Also listed: {}.", also.join(", "));
                        notes = Some(notes.take().map_or(note.clone(), |n| format!("{n} {note}")));
                    }
                    first.code().to_string()
                }
                None => r,
            });
            let raw = RawEvent {
                id: cell("id")
                    .filter(|i| !i.trim().is_empty())
                    .or_else(|| title.as_deref().map(slug)),
                date: cell("date"),
                date_precision: cell("date_precision"),
                region,
                kind: cell("kind"),
                title,
                title_zh: cell("title_zh"),
                description: cell("description"),
                source_url: cell("source_url").map(|u| first_link(&u)),
                notes,
                unreadable: None,
            };
            // Without an id column the id is made from the title: a title with no letter or
            // digit is said so (it would otherwise be an id missing from a file with no column
            // for it).
            if !has_id_column
                && raw.id.as_deref().is_some_and(str::is_empty)
                && name_given(&raw.title)
            {
                let at = column("title").and_then(|i| headers.get(i)).unwrap_or("title");
                unnamed.push(Problem {
                    location: Location::Csv { row, column: Some(at.to_string()) },
                    kind: ProblemKind::IdFromName(raw.title.clone().unwrap_or_default()),
                });
                continue;
            }
            rows.push((raw, row));
        }
        let locate = |row: u64| {
            let columns = &columns;
            let headers = &headers;
            move |field: Option<&str>| Location::Csv {
                row,
                column: field.map(|f| {
                    let index = columns.iter().find(|(name, _)| *name == f).and_then(|(_, i)| *i);
                    // A missing column is named by its gapline name, so the message says what
                    // to add.
                    index.and_then(|i| headers.get(i)).unwrap_or(f).to_string()
                }),
            }
        };
        let mut checked =
            self.add_located_events(rows.iter().map(|(raw, row)| (raw, locate(*row))));
        if !has_id_column {
            // Ids come from titles: a missing title says it all.
            checked.retain(|p| p.kind != ProblemKind::Missing { field: "id" });
        }
        problems.extend(unnamed);
        problems.extend(checked);
        // In row order, whatever found them.
        problems.sort_by_key(|p| match p.location {
            Location::Csv { row, .. } => row,
            _ => 0,
        });
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::event::EventKind;
    use crate::data::region::Region;

    #[test]
    fn finds_columns_by_alias_in_any_order_and_case() {
        let text = "\u{feff}Event Date;Type;Event;Acting region;Source;中文标题;Summary;Precision\r\n\
                    2022-10-07;Export control;US chip rules;United States of America;https://a.example https://b.example;美国芯片规则;Rules.;day\r\n\
                    2019-05-01;chip;Ascend 910;China, United States;https://c.example;;;month\r\n";
        let loaded = read_events_csv(text);
        assert_eq!(loaded.problems, []);
        let e = &loaded.dataset.events;
        assert_eq!(e.len(), 2);
        assert_eq!(
            (e[0].id.as_str(), e[0].kind, e[0].region, e[0].date.to_string()),
            ("us-chip-rules", EventKind::ExportControl, Region::US, "2022-10-07".to_string())
        );
        assert_eq!(e[0].title_zh.as_deref(), Some("美国芯片规则"));
        assert_eq!(e[0].description.as_deref(), Some("Rules."));
        assert_eq!(e[0].source_url.as_str(), "https://a.example");
        assert_eq!((e[1].region, e[1].date.to_string()), (Region::CN, "2019-05".to_string()));
        assert_eq!(e[1].notes.as_deref(), Some("Also listed: US."));
        assert_eq!(e[1].title_zh, None);
    }

    #[test]
    fn the_header_says_whether_a_table_is_of_events() {
        let cases = [
            (
                "events.csv",
                "id,date,date_precision,region,kind,title,title_zh,description,source_url,notes",
                true,
            ),
            ("spaced and cased", "\"Kind\";\" Title \";Date", true),
            ("a models table", "id,name,region,released,source_url", false),
            ("a name column too", "kind,title,name", false),
            ("no title", "kind,date,url", false),
            ("empty", "", false),
        ];
        for (label, header, expected) in cases {
            assert_eq!(is_events_header(header), expected, "{label}");
        }
    }

    #[test]
    fn ids_are_made_from_titles_where_there_are_none() {
        let loaded = read_events_csv(
            "id,date,region,kind,title,url\n,2023,US,chip,Ascend 910B,https://a.example\n,2024,US,chip,,https://b.example\n",
        );
        assert_eq!(loaded.dataset.events[0].id, "ascend-910b");
        assert_eq!(
            loaded.problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
            [
                "row 3, column `id`: `id` is missing: every entry needs one",
                "row 3, column `title`: `title` is missing: every entry needs one",
            ]
        );
        let loaded = read_events_csv("date,region,kind,url\n2023,US,chip,https://a.example\n");
        assert_eq!(
            loaded.problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
            ["row 2, column `title`: `title` is missing: every entry needs one"],
            "a missing column is named by its gapline name"
        );
    }
}
