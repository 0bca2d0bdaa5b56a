//! Reads models from a spreadsheet export (CSV with a header row).
//!
//! Columns are found by name, ignoring case, spaces, `_` and `-`, with common aliases, so the
//! column order and the exact header wording of a Google Sheets or Excel export do not matter.
//! Any other column is ignored, except a numeric column named after a benchmark (`mmlu`), which
//! becomes a score.

use super::dataset::{Loaded, RawModel, collect_models};
use super::problem::{Location, Problem, ProblemKind};

/// Header aliases for each field, in normalised form (lower case, no spaces, `_` or `-`).
const ALIASES: &[(&str, &[&str])] = &[
    ("id", &["id", "modelid", "slug"]),
    ("name", &["name", "model", "system", "modelname"]),
    ("organization", &["organization", "organisation", "org", "developer", "lab", "company"]),
    ("region", &["region", "country", "countryfromorganization"]),
    ("modality", &["modality", "domain"]),
    ("released", &["released", "releasedate", "date", "publicationdate"]),
    ("date_precision", &["dateprecision", "precision"]),
    ("source_url", &["sourceurl", "source", "url", "link"]),
    ("notes", &["notes", "note", "comment", "comments"]),
];

/// Benchmarks read as scores when a column of that name exists.
const SCORE_COLUMNS: &[&str] = &["mmlu"];

fn normalise(header: &str) -> String {
    header
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-' | '\u{feff}'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Reads every model of a CSV export; rows with problems are reported and left out.
pub fn read_models_csv(text: &str) -> Loaded {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            let problem = Problem {
                location: Location::Csv { row: 1, column: None },
                kind: ProblemKind::Csv(e.to_string()),
            };
            return Loaded { problems: vec![problem], ..Loaded::default() };
        }
    };
    let column_of = |field: &str| -> Option<usize> {
        let aliases = ALIASES.iter().find(|(f, _)| *f == field).map(|(_, a)| *a).unwrap_or(&[]);
        // The first alias that matches wins, so `name` beats `model` when both exist.
        aliases.iter().find_map(|alias| headers.iter().position(|h| normalise(h) == *alias))
    };
    let columns: Vec<(&str, Option<usize>)> =
        ALIASES.iter().map(|(f, _)| (*f, column_of(f))).collect();
    let score_columns: Vec<(&str, usize)> = SCORE_COLUMNS
        .iter()
        .filter_map(|b| headers.iter().position(|h| normalise(h) == *b).map(|i| (*b, i)))
        .collect();

    let mut csv_problems = Vec::new();
    let mut checked = Vec::new();
    for record in reader.records() {
        // Row numbers as a spreadsheet shows them (header = 1): the record's own line, since
        // blank lines are skipped and quoted cells may span lines.
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let row = e.position().map_or(0, |p| p.line());
                csv_problems.push(Problem {
                    location: Location::Csv { row, column: None },
                    kind: ProblemKind::Csv(e.to_string()),
                });
                continue;
            }
        };
        let row = record.position().map_or(0, |p| p.line());
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let cell = |field: &str| {
            columns
                .iter()
                .find(|(f, _)| *f == field)
                .and_then(|(_, i)| *i)
                .and_then(|i| record.get(i))
                .map(str::to_string)
        };
        let mut raw = RawModel {
            id: cell("id"),
            name: cell("name"),
            organization: cell("organization"),
            region: cell("region"),
            modality: cell("modality"),
            released: cell("released"),
            date_precision: cell("date_precision"),
            source_url: cell("source_url"),
            notes: cell("notes"),
            ..RawModel::default()
        };
        let mut score_problems = Vec::new();
        for &(benchmark, i) in &score_columns {
            let value = record.get(i).unwrap_or("").trim();
            if value.is_empty() {
                continue;
            }
            match value.parse::<f64>() {
                Ok(score) if score.is_finite() => {
                    raw.scores.insert(benchmark.to_string(), score);
                }
                _ => score_problems.push(Problem {
                    location: Location::Csv { row, column: headers.get(i).map(str::to_string) },
                    kind: ProblemKind::Score(value.to_string()),
                }),
            }
        }
        let locate = |field: Option<&str>| Location::Csv {
            row,
            column: field.map(|f| {
                let index = columns.iter().find(|(name, _)| *name == f).and_then(|(_, i)| *i);
                // A missing column is named by its gapline name so the message says what to add.
                index.and_then(|i| headers.get(i)).unwrap_or(f).to_string()
            }),
        };
        let result = match raw.check(&locate) {
            Ok(model) if score_problems.is_empty() => Ok(model),
            Ok(_) => Err(score_problems),
            Err(mut p) => {
                p.extend(score_problems);
                Err(p)
            }
        };
        checked.push((result, locate(Some("id"))));
    }
    let mut loaded = Loaded { problems: csv_problems, ..Loaded::default() };
    let problems = collect_models(checked.into_iter(), &mut loaded.dataset.models);
    loaded.problems.extend(problems);
    loaded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_columns_by_alias_in_any_order_and_case() {
        let text = "\u{feff}Release Date,Model,Country,Developer,Link,MMLU,Model ID\r\n\
                    2023-03-14,GPT-4,us,OpenAI,https://x.example,86.4,gpt-4\r\n";
        let loaded = read_models_csv(text);
        assert_eq!(loaded.problems, []);
        let m = &loaded.dataset.models[0];
        assert_eq!(
            (m.id.as_str(), m.name.as_str(), m.organization.as_str()),
            ("gpt-4", "GPT-4", "OpenAI")
        );
        assert_eq!(m.region.code(), "US");
        assert_eq!(m.released.to_string(), "2023-03-14");
        assert_eq!(m.scores.get("mmlu"), Some(&86.4));
    }

    #[test]
    fn reports_every_bad_cell_by_row_and_column_and_keeps_the_rest() {
        let text = "id,name,region,released,source_url,mmlu\n\
                    a,A,US,2023-01-01,https://a.example,\n\
                    b,B,XYZ,2023-13-01,https://b.example,lots\n\
                    \n\
                    c,C,CN,2024-05,https://c.example,70\n\
                    d,,CN,,ftp://d.example,\n";
        let loaded = read_models_csv(text);
        let ids: Vec<_> = loaded.dataset.models.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["a", "c"]);
        let messages: Vec<_> = loaded.problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "row 3, column `region`: `XYZ` is not a region: use a two-letter ISO 3166 code such as US or CN",
                "row 3, column `released`: `2023-13-01` is not a real calendar date: check the month and day",
                "row 3, column `mmlu`: `lots` is not a score: write a number such as 86.4",
                "row 6, column `name`: `name` is missing: every model needs one",
                "row 6, column `released`: `released` is missing: every model needs one",
                "row 6, column `source_url`: `ftp://d.example` is not a web link: sources must start with https:// or http://",
            ]
        );
    }

    #[test]
    fn a_missing_column_is_named_so_the_reader_knows_what_to_add() {
        let loaded = read_models_csv("id,name,region,released\nx,X,US,2023\n");
        assert_eq!(
            loaded.problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
            ["row 2, column `source_url`: `source_url` is missing: every model needs one"]
        );
    }
}
