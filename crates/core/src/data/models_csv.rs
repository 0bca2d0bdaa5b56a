//! Reads models from a spreadsheet export (CSV with a header row).
//!
//! Columns are found by name, ignoring case, spaces and punctuation, with common aliases, so the
//! column order and the exact header wording of a Google Sheets or Excel export do not matter.
//! A column named after a benchmark (`MMLU`, `GPQA diamond (%)`, `HumanEval pass@1`, one column
//! per benchmark as wide comparison sheets have them) gives each row's model a benchmark run on
//! it, with the setting the header or the cell states (`76 (4-shot)`), the row's source, and
//! who measured it when an `evaluator` column says so (`self`, `Epoch AI`); the forms read are
//! in [`score_columns`](super::score_columns). Any other column is ignored.
//!
//! What a spreadsheet gives is accepted as it comes: comma, semicolon or tab separated (sniffed
//! from the header line), UTF-8 with or without a byte-order mark, CRLF line ends, quoted cells
//! spanning lines, dates in any form of [`PartialDate::parse_human`](super::date::PartialDate),
//! countries by name ("United States of America", "中国") or code, and several countries in one
//! cell (the first is taken; see [`region_of_country_list`]). Without an `id` column, ids are made
//! from names ([`slug`]).
//!
//! A `key` column (aliases `key model`, `flagship`, `prominent`) marks flagship releases:
//! `true`/`false`, `yes`/`no`, `1`/`0` in any case, empty for no ([`flag_word`](super::flag::flag_word)).
//! Any other word is a problem located at its row and column, and the row is kept, as not key.

use super::benchmark_run::BenchmarkRun;
use super::country::region_of_country_list;
use super::dataset::{CheckedModel, Loaded, RawModel, collect_models};
use super::flag::RawFlag;
use super::problem::{Location, Problem, ProblemKind};
use super::score_columns::{ScoreCell, ScoreColumn, score_cell, score_column};

/// Header aliases for each field, in normalised form (see [`normalise`]).
const ALIASES: &[(&str, &[&str])] = &[
    ("id", &["id", "modelid", "slug"]),
    ("name", &["name", "model", "system", "modelname"]),
    ("organization", &["organization", "organisation", "org", "developer", "lab", "company"]),
    (
        "region",
        &["region", "country", "countryfromorganization", "countryoforganization", "countries"],
    ),
    ("modality", &["modality", "domain"]),
    (
        "released",
        &[
            "released",
            "releasedate",
            "date",
            "publicationdate",
            "release",
            "releasedon",
            "launchdate",
            "launched",
        ],
    ),
    ("date_precision", &["dateprecision", "precision"]),
    ("source_url", &["sourceurl", "source", "url", "link"]),
    ("notes", &["notes", "note", "comment", "comments"]),
    ("key", &["key", "keymodel", "flagship", "prominent"]),
    ("open_weights", &["openweights", "open", "openweight", "weightsopen"]),
    ("evaluator", &["evaluator", "evaluatedby", "measuredby"]),
];

/// Header text without case, spaces or punctuation: `Country (from Organization)` →
/// `countryfromorganization`.
pub(crate) fn normalise(header: &str) -> String {
    header.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect()
}

/// Line numbers of CSV records, counted from their byte offsets: the csv crate's own line
/// count is one short after CRLF line ends (Excel's). Counts forward from the last answer, so a
/// whole file costs one pass.
pub(crate) struct LineCounter<'a> {
    text: &'a str,
    byte: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    /// A counter over `text` (the text the reader reads, BOM already removed).
    pub(crate) fn new(text: &'a str) -> Self {
        LineCounter { text, byte: 0, line: 1 }
    }

    /// The 1-based line on which byte `offset` lies.
    pub(crate) fn line_at(&mut self, position: Option<&csv::Position>) -> u64 {
        let Some(offset) = position.map(|p| p.byte() as usize) else { return 0 };
        if offset < self.byte {
            (self.byte, self.line) = (0, 1);
        }
        // After a CRLF the reader's offset points at the `\n` that ends the previous line.
        let offset =
            if self.text.as_bytes().get(offset) == Some(&b'\n') { offset + 1 } else { offset };
        let end = offset.min(self.text.len());
        self.line +=
            self.text.as_bytes()[self.byte.min(end)..end].iter().filter(|&&b| b == b'\n').count()
                as u64;
        self.byte = end;
        self.line
    }
}

/// How to treat rows that share an id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Duplicates {
    /// Report the later rows as problems and keep the first (default: a spreadsheet someone
    /// keeps by hand should not list a model twice).
    #[default]
    Report,
    /// Keep the earliest release and note the other dates (for exports that list each version
    /// of a model, such as Epoch's, where a name can appear with two release dates).
    KeepEarliest,
}

/// The delimiter of a CSV text: whichever of `,` `;` and tab occurs most often outside quotes in
/// the header line (comma on a tie or when none occurs).
pub fn sniff_delimiter(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '\n' | '\r' if !quoted => break,
            '"' => quoted = !quoted,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], usize::from(i == 0))).unwrap_or(0);
    [b',', b';', b'\t'][best]
}

/// Is a name cell filled in (not empty or spaces)?
pub(crate) fn name_given(name: &Option<String>) -> bool {
    name.as_deref().is_some_and(|n| !n.trim().is_empty())
}

/// An id made from a name: lower case, `+` spelled `plus`, other runs of non-alphanumerics as
/// one `-` ("DeepSeek R1" and "DeepSeek-R1" → `deepseek-r1`; "DeepLabV3+" → `deeplabv3plus`).
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.replace('+', "plus").chars() {
        if c.is_alphanumeric() {
            // ASCII case only: Unicode case tables would cost the widget kilobytes, and the
            // scripts model names use beyond ASCII (Chinese) have no case.
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The records of `reader` with their rows as a spreadsheet numbers them (header = 1: the
/// record's own line, since blank lines are skipped and quoted cells may span lines). A record
/// that cannot be read is a located problem pushed to `problems`; a row of empty cells is
/// skipped. `text` is what the reader reads (BOM already removed).
pub(crate) fn rows<'r, R: std::io::Read>(
    reader: &'r mut csv::Reader<R>,
    text: &'r str,
    problems: &'r mut Vec<Problem>,
) -> impl Iterator<Item = (csv::StringRecord, u64)> + 'r {
    let mut lines = LineCounter::new(text);
    reader.records().filter_map(move |record| match record {
        Ok(r) => {
            let row = lines.line_at(r.position());
            (!r.iter().all(|cell| cell.trim().is_empty())).then_some((r, row))
        }
        Err(e) => {
            let row = lines.line_at(e.position());
            problems.push(Problem {
                location: Location::Csv { row, column: None },
                kind: ProblemKind::Csv(e.to_string()),
            });
            None
        }
    })
}

/// Reads every model of a CSV export; rows with problems are reported and left out, and a
/// second row with an id already seen is reported.
pub fn read_models_csv(text: &str) -> Loaded {
    read_models_csv_with(text, Duplicates::Report, None)
}

/// [`read_models_csv`] with a rule for rows that share an id, and the source to give rows whose
/// link cell is empty (default: none, so such a row is reported).
pub fn read_models_csv_with(
    text: &str,
    duplicates: Duplicates,
    default_source: Option<&str>,
) -> Loaded {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .delimiter(sniff_delimiter(text))
        .from_reader(text.as_bytes());
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
    let taken: Vec<usize> = columns.iter().filter_map(|(_, i)| *i).collect();
    let score_columns: Vec<(ScoreColumn, usize)> = headers
        .iter()
        .enumerate()
        .filter(|(i, _)| !taken.contains(i))
        .filter_map(|(i, h)| score_column(h).map(|c| (c, i)))
        .collect();
    let mut scores: Vec<RowScore> = Vec::new();
    let mut row_ids: Vec<(u64, String)> = Vec::new();

    let id_column = columns.iter().find(|(f, _)| *f == "id").and_then(|(_, i)| *i);
    let mut csv_problems = Vec::new();
    let mut checked = Vec::new();
    for (record, row) in rows(&mut reader, text, &mut csv_problems) {
        let cell = |field: &str| {
            columns
                .iter()
                .find(|(f, _)| *f == field)
                .and_then(|(_, i)| *i)
                .and_then(|i| record.get(i))
                .map(str::to_string)
        };
        let name = cell("name");
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
        let raw = RawModel {
            id: cell("id").filter(|i| !i.trim().is_empty()).or_else(|| name.as_deref().map(slug)),
            name,
            organization: cell("organization"),
            region,
            modality: cell("modality").map(|d| modality_word(&d)),
            released: cell("released"),
            date_precision: cell("date_precision"),
            source_url: cell("source_url")
                .map(|u| first_link(&u))
                .filter(|u| !u.is_empty())
                .or_else(|| default_source.map(str::to_string)),
            notes,
            key: cell("key").map(RawFlag::Word),
            open_weights: cell("open_weights").map(RawFlag::Word),
            ..RawModel::default()
        };
        // A score cell that cannot be read costs that score, not the model.
        let mut score_problems = Vec::new();
        for (column, &(_, i)) in score_columns.iter().enumerate() {
            let value = record.get(i).unwrap_or("");
            let out_of_range = match score_cell(value) {
                Some(ScoreCell::Empty) => continue,
                Some(ScoreCell::Number { value, percent, note }) if value <= 100.0 => {
                    let evaluator = cell("evaluator").filter(|e| !e.trim().is_empty());
                    scores.push(RowScore { row, column, value, percent, note, evaluator });
                    continue;
                }
                Some(ScoreCell::Number { .. }) => true,
                None => false,
            };
            score_problems.push(Problem {
                location: Location::Csv { row, column: headers.get(i).map(str::to_string) },
                kind: ProblemKind::ModelScore { value: value.trim().to_string(), out_of_range },
            });
        }
        let locate = |field: Option<&str>| Location::Csv {
            row,
            column: field.map(|f| {
                let index = columns.iter().find(|(name, _)| *name == f).and_then(|(_, i)| *i);
                // A missing column is named by its gapline name so the message says what to add.
                index.and_then(|i| headers.get(i)).unwrap_or(f).to_string()
            }),
        };
        // Without an id column the id is made from the name; a name with nothing to make one
        // of is said so, rather than reported as a missing id the file has no column for.
        if id_column.is_none()
            && raw.id.as_deref().is_some_and(str::is_empty)
            && name_given(&raw.name)
        {
            let name = raw.name.clone().unwrap_or_default();
            checked.push((
                (
                    None,
                    vec![Problem {
                        location: locate(Some("name")),
                        kind: ProblemKind::IdFromName(name),
                    }],
                ),
                locate(Some("id")),
            ));
            continue;
        }
        let (model, mut problems) = raw.check(&locate);
        // Without an id column the id comes from the name: a missing name says it all.
        if id_column.is_none() {
            problems.retain(|p| p.kind != ProblemKind::Missing { field: "id" });
        }
        problems.extend(score_problems);
        if let Some(m) = &model {
            row_ids.push((row, m.id.clone()));
        }
        checked.push(((model, problems), locate(Some("id"))));
    }
    let mut loaded = Loaded { problems: csv_problems, ..Loaded::default() };
    if duplicates == Duplicates::KeepEarliest {
        checked = keep_earliest(checked);
    }
    let problems = collect_models(
        checked.into_iter().map(|(r, l)| (r, move || l)),
        &mut loaded.dataset.models,
    );
    loaded.problems.extend(problems);
    loaded.dataset.benchmarks =
        score_runs(&scores, &score_columns, &row_ids, duplicates, &loaded.dataset.models);
    loaded
}

/// A number read from a benchmark column, before its column's scale is known.
struct RowScore {
    row: u64,
    /// Index into the benchmark columns.
    column: usize,
    value: f64,
    percent: bool,
    note: Option<String>,
    evaluator: Option<String>,
}

/// The runs of the rows whose model was kept (a row left out takes its scores with it; rows
/// merged into one model all give it theirs), each carrying that model's fields. A column
/// whose numbers are all at most 1, none written with `%`, is fractions: made percentages.
fn score_runs(
    scores: &[RowScore],
    columns: &[(ScoreColumn, usize)],
    row_ids: &[(u64, String)],
    duplicates: Duplicates,
    models: &[super::model::Model],
) -> Vec<BenchmarkRun> {
    let fractions: Vec<bool> = (0..columns.len())
        .map(|c| scores.iter().filter(|s| s.column == c).all(|s| !s.percent && s.value <= 1.0))
        .collect();
    // Maps rather than searches, so a sheet of thousands of rows stays linear.
    let id_of: rustc_hash::FxHashMap<u64, &str> =
        row_ids.iter().map(|(row, id)| (*row, id.as_str())).collect();
    let mut first_row: rustc_hash::FxHashMap<&str, u64> = rustc_hash::FxHashMap::default();
    for (row, id) in row_ids {
        first_row.entry(id.as_str()).or_insert(*row);
    }
    let model_of: rustc_hash::FxHashMap<&str, &super::model::Model> =
        models.iter().map(|m| (m.id.as_str(), m)).collect();
    let mut runs = Vec::new();
    for s in scores {
        let Some(&id) = id_of.get(&s.row) else {
            continue;
        };
        // With duplicates reported, only the first row of an id is kept.
        if duplicates == Duplicates::Report && first_row.get(id) != Some(&s.row) {
            continue;
        }
        let Some(m) = model_of.get(id) else {
            continue;
        };
        let column = &columns[s.column].0;
        let setting: Vec<&str> =
            column.setting.iter().chain(s.note.iter()).map(String::as_str).collect();
        runs.push(BenchmarkRun {
            benchmark: column.benchmark.clone(),
            model: m.id.clone(),
            model_name: m.name.clone(),
            organization: m.organization.clone(),
            region: m.region,
            released: m.released,
            score: if fractions[s.column] { s.value * 100.0 } else { s.value },
            source_url: m.source_url.clone(),
            evaluator: s.evaluator.clone(),
            setting: (!setting.is_empty()).then(|| setting.join("; ")),
            unit: None,
        });
    }
    runs
}

/// The first of several links in one cell (`https://a, https://b`, one per line, or
/// `https://a (withdrawn)`); a cell with one link is returned as it is.
pub(crate) fn first_link(cell: &str) -> String {
    cell.split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .find(|t| !t.is_empty())
        .unwrap_or("")
        .to_string()
}

/// Epoch-style domain lists to one modality word: `Language` → text, several domains that
/// include language and vision (or `Multimodal`) → multimodal, `Image generation` → image.
fn modality_word(domain: &str) -> String {
    let parts: Vec<String> = domain
        .split(',')
        .map(|p| p.trim().to_ascii_lowercase())
        .filter(|p| !p.is_empty())
        .collect();
    let has = |w: &str| parts.iter().any(|p| p == w);
    let word = if has("multimodal") || (has("language") && (has("vision") || has("video"))) {
        "multimodal"
    } else if has("video") {
        "video"
    } else if has("image generation") || has("image") {
        "image"
    } else if has("language") || has("text") {
        "text"
    } else {
        return parts.first().cloned().unwrap_or_default();
    };
    word.to_string()
}

type Checked = (CheckedModel, Location);

/// Rows sharing an id become one model: the earliest release, with the later dates noted, key
/// when any of the rows says so.
fn keep_earliest(checked: Vec<Checked>) -> Vec<Checked> {
    let mut out: Vec<Checked> = Vec::new();
    for ((model, problems), location) in checked {
        let Some(model) = model else {
            out.push(((None, problems), location));
            continue;
        };
        let same = out.iter_mut().find_map(|((m, _), _)| m.as_mut().filter(|m| m.id == model.id));
        match same {
            None => out.push(((Some(model), problems), location)),
            Some(kept) => {
                let (early, late) = if model.released < kept.released {
                    (model, kept.clone())
                } else {
                    (kept.clone(), model)
                };
                let note = format!("Also listed as {} released {}.", late.name, late.released);
                let mut merged = early;
                merged.key |= late.key;
                merged.notes =
                    Some(merged.notes.take().map_or(note.clone(), |n| format!("{n} {note}")));
                *kept = merged;
                // The merged row's problems (a wrong `key`) are still reported, in row order.
                if !problems.is_empty() {
                    out.push(((None, problems), location));
                }
            }
        }
    }
    out
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
        let run = &loaded.dataset.benchmarks[0];
        assert_eq!(
            (run.benchmark.as_str(), run.model.as_str(), run.score, run.released),
            ("MMLU", "gpt-4", 86.4, m.released)
        );
        assert_eq!(run.source_url.as_str(), "https://x.example", "the row's source");
    }

    #[test]
    fn a_wide_sheet_gives_a_run_per_benchmark_cell_with_its_setting() {
        // A comparison sheet as articles and leaderboards publish them: one column per
        // benchmark, percentages, a fraction column, settings in headers and cells, words for
        // "no score", a notes column, no links (the default source stands in).
        let text = "Model,Lab,Country,Release,MMLU (5-shot),GPQA Diamond (%),MATH,HumanEval pass@1,GSM8k,Notes,Evaluator\n\
                    GPT-4,OpenAI,United States,2023-03-14,86.4,35.7,0.426,67.0%,92 (5-shot CoT),Technical report,self\n\
                    Qwen-72B,Alibaba,China,2023-11-30,77.4 (4-shot),n/a,0.35,35.4,78.9*,,\n\
                    Yi-34B,01.AI,China,2023-11-02,76.3,—,lots,,67.2,Base model,\n";
        let loaded =
            read_models_csv_with(text, Duplicates::Report, Some("https://sheet.example/table"));
        let messages: Vec<_> = loaded.problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "row 4, column `MATH`: `lots` is not a score: write a number such as 86.4 (the model is kept without this score)"
            ]
        );
        let names: Vec<_> = loaded.dataset.models.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["GPT-4", "Qwen-72B", "Yi-34B"], "no model lost to a bad cell");
        assert_eq!(loaded.dataset.models[0].notes.as_deref(), Some("Technical report"));
        let run = |model: &str, benchmark: &str| {
            loaded.dataset.benchmarks.iter().find(|r| r.model == model && r.benchmark == benchmark)
        };
        let gpt4 = run("gpt-4", "MMLU").expect("GPT-4 MMLU");
        assert_eq!((gpt4.score, gpt4.setting.as_deref()), (86.4, Some("5-shot")));
        assert_eq!(gpt4.evaluator.as_deref(), Some("self"));
        assert_eq!(gpt4.source_url.as_str(), "https://sheet.example/table");
        let qwen = run("qwen-72b", "MMLU").expect("Qwen MMLU");
        assert_eq!(qwen.setting.as_deref(), Some("5-shot; 4-shot"), "header and cell settings");
        assert_eq!(qwen.evaluator, None, "an empty evaluator cell states none");
        assert_eq!(run("gpt-4", "GPQA diamond").map(|r| r.score), Some(35.7));
        assert!(run("qwen-72b", "GPQA diamond").is_none(), "n/a is no score");
        assert!(run("yi-34b", "GPQA diamond").is_none(), "— is no score");
        // MATH is written as fractions throughout: made percentages.
        assert!((run("gpt-4", "MATH").map_or(0.0, |r| r.score) - 42.6).abs() < 1e-9);
        assert!((run("qwen-72b", "MATH").map_or(0.0, |r| r.score) - 35.0).abs() < 1e-9);
        assert!(run("yi-34b", "MATH").is_none());
        assert_eq!(
            run("gpt-4", "HumanEval").map(|r| (r.score, r.setting.as_deref())),
            Some((67.0, Some("pass@1")))
        );
        assert_eq!(run("gpt-4", "GSM8k").map(|r| r.setting.as_deref()), Some(Some("5-shot CoT")));
        assert_eq!(run("qwen-72b", "GSM8k").map(|r| r.score), Some(78.9), "footnote mark dropped");
        assert_eq!(loaded.dataset.benchmarks.len(), 11);
    }

    #[test]
    fn a_column_with_numbers_above_one_is_percentages_throughout() {
        let text = "name,country,date,url,Humanity's Last Exam\n\
                    A,US,2024-01,https://a.example,0.8\n\
                    B,US,2025-01,https://b.example,26.6\n";
        let loaded = read_models_csv(text);
        let scores: Vec<f64> = loaded.dataset.benchmarks.iter().map(|r| r.score).collect();
        assert_eq!(scores, [0.8, 26.6]);
    }

    #[test]
    fn scores_of_a_row_left_out_go_with_it_and_merged_rows_keep_theirs() {
        let text = "name,country,date,url,MMLU,GSM8k\n\
                    DeepSeek-R1,China,2025-01-20,https://a.example,90.8,\n\
                    DeepSeek R1,China,2025-02-01,https://b.example,,97.3\n\
                    Broken,Atlantis,2025-01-01,https://c.example,50,50\n";
        let reported = read_models_csv(text);
        let runs: Vec<_> = reported
            .dataset
            .benchmarks
            .iter()
            .map(|r| (r.model.as_str(), r.benchmark.as_str()))
            .collect();
        assert_eq!(
            runs,
            [("deepseek-r1", "MMLU")],
            "the duplicate and the bad row take their scores"
        );
        let merged = read_models_csv_with(text, Duplicates::KeepEarliest, None);
        let runs: Vec<_> = merged
            .dataset
            .benchmarks
            .iter()
            .map(|r| (r.model.as_str(), r.benchmark.as_str(), r.released.to_string()))
            .collect();
        assert_eq!(
            runs,
            [
                ("deepseek-r1", "MMLU", "2025-01-20".to_string()),
                ("deepseek-r1", "GSM8k", "2025-01-20".to_string()),
            ],
            "merged rows give the kept model their scores, at its release"
        );
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
                "row 3, column `region`: `XYZ` is not a region: use a two-letter ISO 3166 code such as US or CN, or a country name",
                "row 3, column `released`: `2023-13-01` is not a real calendar date: check the month and day",
                "row 3, column `mmlu`: `lots` is not a score: write a number such as 86.4 (the model is kept without this score)",
                "row 6, column `name`: `name` is missing: every entry needs one",
                "row 6, column `released`: `released` is missing: every entry needs one",
                "row 6, column `source_url`: `ftp://d.example` is not a web link: sources must start with https:// or http://",
            ]
        );
    }

    #[test]
    fn a_key_column_reads_spreadsheet_words_and_keeps_rows_with_other_words() {
        let cases = [
            ("true", Some(true)),
            ("TRUE", Some(true)),
            ("Yes", Some(true)),
            ("1", Some(true)),
            ("false", Some(false)),
            ("no", Some(false)),
            ("0", Some(false)),
            ("", Some(false)),
            ("maybe", None),
            ("x", None),
        ];
        for header in ["key", "Key", "Flagship", "prominent", "Key model"] {
            for (cell, expected) in cases {
                let text =
                    format!("name,country,date,url,{header}\nA,US,2023,https://a.example,{cell}\n");
                let loaded = read_models_csv(&text);
                let label = format!("{header} = {cell:?}");
                assert_eq!(loaded.dataset.models.len(), 1, "{label}: the row is kept");
                assert_eq!(loaded.dataset.models[0].key, expected.unwrap_or(false), "{label}");
                let messages: Vec<String> =
                    loaded.problems.iter().map(ToString::to_string).collect();
                let wanted: Vec<String> = match expected {
                    Some(_) => vec![],
                    None => vec![format!(
                        "row 2, column `{header}`: `{cell}` is not a yes or no: write true or false, yes or no, 1 or 0, or leave the cell empty (for no) (the model is kept, with `key` false)"
                    )],
                };
                assert_eq!(messages, wanted, "{label}");
                assert_eq!(loaded.skipped(), 0, "{label}");
            }
        }
        // Without a key column every model is not key.
        let loaded = read_models_csv("name,country,date,url\nA,US,2023,https://a.example\n");
        assert!(!loaded.dataset.models[0].key);
    }

    #[test]
    fn merged_rows_are_key_when_any_is_and_keep_their_key_problems() {
        let text = "name,country,date,url,key\n\
                    DeepSeek-R1,China,2025-02-01,https://a.example,yes\n\
                    DeepSeek R1,China,2025-01-20,https://b.example,\n\
                    Kimi,China,2023-10,https://c.example,no\n\
                    Kimi,China,2023-11,https://c.example,sure\n";
        let merged = read_models_csv_with(text, Duplicates::KeepEarliest, None);
        let got: Vec<(&str, bool)> =
            merged.dataset.models.iter().map(|m| (m.name.as_str(), m.key)).collect();
        assert_eq!(got, [("DeepSeek R1", true), ("Kimi", false)]);
        assert_eq!(
            merged.problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
            [
                "row 5, column `key`: `sure` is not a yes or no: write true or false, yes or no, 1 or 0, or leave the cell empty (for no) (the model is kept, with `key` false)"
            ]
        );
    }

    #[test]
    fn a_missing_column_is_named_so_the_reader_knows_what_to_add() {
        let loaded = read_models_csv("id,name,region,released\nx,X,US,2023\n");
        assert_eq!(
            loaded.problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
            ["row 2, column `source_url`: `source_url` is missing: every entry needs one"]
        );
    }

    #[test]
    fn a_cell_with_several_links_keeps_the_first() {
        assert_eq!(first_link("https://a.example/x, https://b.example"), "https://a.example/x");
        assert_eq!(first_link(" https://a.example\nhttps://b.example"), "https://a.example");
        assert_eq!(first_link("https://a.example (was withdrawn)"), "https://a.example");
        assert_eq!(first_link("javascript:alert(1)"), "javascript:alert(1)");
    }

    #[test]
    fn rows_are_right_with_crlf_and_multi_line_cells() {
        for end in ["\n", "\r\n"] {
            let text = [
                "name,country,date,url",
                "A,US,2023,https://a.example",
                "\"B\nstill B\",US,2023,https://b.example",
                "C,Atlantis,2023,https://c.example",
                "",
            ]
            .join(end);
            let loaded = read_models_csv(&text);
            let rows: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
            assert_eq!(
                rows,
                [
                    "row 5, column `country`: `Atlantis` is not a region: use a two-letter ISO 3166 code such as US or CN, or a country name"
                ],
                "{end:?}"
            );
        }
    }

    #[test]
    fn sniffs_the_delimiter_from_the_header_line() {
        let cases = [
            ("comma", "a,b,c\n1;2;3;4\n", b','),
            ("semicolon", "a;b;c\n", b';'),
            ("tab", "a\tb\tc\r\n", b'\t'),
            ("quoted commas ignored", "\"a,b,c\";d;e\n", b';'),
            ("none", "name\n", b','),
        ];
        for (label, text, expected) in cases {
            assert_eq!(sniff_delimiter(text), expected, "{label}");
        }
    }

    #[test]
    fn slugs_unify_spellings_but_keep_plus_versions_apart() {
        assert_eq!(slug("DeepSeek R1"), "deepseek-r1");
        assert_eq!(slug("DeepSeek-R1"), "deepseek-r1");
        assert_eq!(slug("  GPT-4o (May) "), "gpt-4o-may");
        assert_ne!(slug("DeepLabV3+"), slug("DeepLabV3"));
        assert_eq!(slug("通义千问 2.5"), "通义千问-2-5");
    }

    #[test]
    fn a_semicolon_excel_export_with_names_countries_and_human_dates_reads() {
        let text = "\u{feff}Model;Country;Release date;Link;Domain\r\n\
                    \"Qwen; first\";中国;2023年8月;https://q.example;Language\r\n\
                    GPT-4;United States of America;14 Mar 2023;https://g.example;Multimodal,Language,Vision\r\n";
        let loaded = read_models_csv(text);
        assert_eq!(loaded.problems, []);
        let got: Vec<_> = loaded
            .dataset
            .models
            .iter()
            .map(|m| (m.id.as_str(), m.region.code(), m.released.to_string(), m.modality.clone()))
            .collect();
        assert_eq!(
            got,
            [
                ("qwen-first", "CN", "2023-08".to_string(), super::super::model::Modality::Text),
                (
                    "gpt-4",
                    "US",
                    "2023-03-14".to_string(),
                    super::super::model::Modality::Multimodal
                ),
            ]
        );
    }

    #[test]
    fn several_countries_take_the_first_and_note_the_rest() {
        let text = "name,country,date,url\nX,\"Multinational,United States of America,China\",2024,https://x.example\n";
        let m = &read_models_csv(text).dataset.models[0];
        assert_eq!(m.region.code(), "US");
        assert_eq!(m.notes.as_deref(), Some("Also listed: CN."));
    }

    #[test]
    fn duplicates_are_reported_or_merged_to_the_earliest_release() {
        let text = "name,country,date,url\nDeepSeek-R1,China,2025-02-01,https://a.example\nDeepSeek R1,China,2025-01-20,https://b.example\n";
        let reported = read_models_csv(text);
        assert_eq!(reported.dataset.models.len(), 1);
        assert_eq!(
            reported.problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
            [
                "row 3, column `id`: the id `deepseek-r1` is used twice: give each its own id (the first is kept)"
            ]
        );
        let merged = read_models_csv_with(text, Duplicates::KeepEarliest, None);
        assert_eq!(merged.problems, []);
        let m = &merged.dataset.models[0];
        assert_eq!(
            (m.name.as_str(), m.released.to_string()),
            ("DeepSeek R1", "2025-01-20".to_string())
        );
        assert_eq!(m.notes.as_deref(), Some("Also listed as DeepSeek-R1 released 2025-02-01."));
    }
}
