//! Epoch AI's benchmark runs CSV (Benchmarking Hub runs joined with release dates and the
//! organization's country; data by Epoch AI, epoch.ai, CC BY 4.0).
//!
//! Columns by name with aliases: `Model Name` (model), `Version Release Date` (release date),
//! `Benchmark`, `Benchmark Score` (score), `Organization`, `Country`. Model ids are made from
//! names ([`slug`]), so "DeepSeek R1" and "DeepSeek-R1" are one model. Epoch publishes scores as
//! fractions of 1; they are read as percentages (0.347 → 34.7), the scale of every curated table
//! and lab report, so that a benchmark with runs from both is on one scale (a fraction read
//! beside percentages would count as 0.3 %). Each run's source is Epoch's benchmarking hub.
//!
//! The same layout reads a curated table of runs (`data/scores.csv`), with optional columns
//! that say where each number comes from: `Model ID` (the id of the model in the curated models,
//! when the name's slug is not it), `Evaluator` (`self` for the lab's own report, or who
//! measured it), `Setting` (`5-shot`, `thinking`), `Unit` (a chip's `TFLOP/s`; none: a
//! percentage) and `Source` (the page stating the score). A file without an `Evaluator` column is
//! Epoch's export: its runs were measured by Epoch AI; one without a `Source` column gives every
//! run Epoch's hub as its source. A table with either column is not credited to Epoch.

use super::benchmark_run::{BenchmarkRun, RawBenchmarkRun};
use super::country::region_of_country_list;
use super::models_csv::{LineCounter, first_link, name_given, normalise, slug, sniff_delimiter};
use super::problem::{Location, Problem, ProblemKind};

/// Where every run of this export was found.
pub const EPOCH_BENCHMARKS_PAGE: &str = "https://epoch.ai/data/ai-benchmarking-dashboard";

const ALIASES: &[(&str, &[&str])] = &[
    ("model_name", &["modelname", "model", "system"]),
    ("released", &["versionreleasedate", "releasedate", "released", "date", "publicationdate"]),
    ("benchmark", &["benchmark", "task"]),
    ("score", &["benchmarkscore", "score", "bestscore"]),
    ("organization", &["organization", "organisation", "org", "developer"]),
    ("region", &["country", "countryfromorganization", "countryoforganization", "region"]),
    ("model", &["modelid", "id"]),
    ("evaluator", &["evaluator", "evaluatedby", "measuredby"]),
    ("setting", &["setting", "settings"]),
    ("unit", &["unit", "units"]),
    ("source_url", &["source", "sourceurl", "link", "url"]),
];

/// Who measured the runs of Epoch's own export.
pub const EPOCH_EVALUATOR: &str = "Epoch AI";

/// Does this header line look like Epoch's benchmark-runs export?
pub fn is_epoch_benchmarks_header(first_line: &str) -> bool {
    let h: Vec<String> = first_line.split([',', ';', '\t']).map(normalise).collect();
    h.iter().any(|c| c == "benchmark") && h.iter().any(|c| c == "benchmarkscore" || c == "score")
}

/// The runs that passed and every problem, by row and column.
#[derive(Debug, Clone, Default)]
pub struct LoadedRuns {
    /// Runs that passed.
    pub runs: Vec<BenchmarkRun>,
    /// What was wrong with the others.
    pub problems: Vec<Problem>,
    /// True for Epoch's own export (no `Evaluator` or `Source` column, see the module docs).
    pub epoch: bool,
}

/// Reads every run of the export; rows with problems are reported and left out.
pub fn read_epoch_benchmarks(text: &str) -> LoadedRuns {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .delimiter(sniff_delimiter(text))
        .from_reader(text.as_bytes());
    let mut out = LoadedRuns::default();
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            out.problems.push(Problem {
                location: Location::Csv { row: 1, column: None },
                kind: ProblemKind::Csv(e.to_string()),
            });
            return out;
        }
    };
    let column = |field: &str| {
        let aliases = ALIASES.iter().find(|(f, _)| *f == field).map_or(&[][..], |(_, a)| *a);
        aliases.iter().find_map(|a| headers.iter().position(|h| normalise(h) == *a))
    };
    let columns: Vec<(&str, Option<usize>)> =
        ALIASES.iter().map(|(f, _)| (*f, column(f))).collect();
    let has = |f: &str| columns.iter().any(|(n, i)| *n == f && i.is_some());
    out.epoch = !has("evaluator") && !has("source_url");
    let (epoch_evaluator, epoch_source) = (!has("evaluator"), !has("source_url"));
    let mut lines = LineCounter::new(text);
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let row = lines.line_at(e.position());
                out.problems.push(Problem {
                    location: Location::Csv { row, column: None },
                    kind: ProblemKind::Csv(e.to_string()),
                });
                continue;
            }
        };
        let row = lines.line_at(record.position());
        let cell = |f: &str| {
            columns
                .iter()
                .find(|(n, _)| *n == f)
                .and_then(|(_, i)| *i)
                .and_then(|i| record.get(i))
                .map(str::to_string)
        };
        let locate = |field: Option<&str>| Location::Csv {
            row,
            column: field.map(|f| {
                let f = if f == "model" { "model_name" } else { f };
                columns
                    .iter()
                    .find(|(n, _)| *n == f)
                    .and_then(|(_, i)| *i)
                    .and_then(|i| headers.get(i))
                    .unwrap_or(f)
                    .to_string()
            }),
        };
        let score_text = cell("score").unwrap_or_default();
        let score = match score_text.trim() {
            "" => None,
            t => match t.parse::<f64>() {
                Ok(s) => Some(s),
                Err(_) => {
                    out.problems.push(Problem {
                        location: locate(Some("score")),
                        kind: ProblemKind::Score(t.to_string()),
                    });
                    continue;
                }
            },
        };
        let raw = RawBenchmarkRun {
            benchmark: cell("benchmark"),
            model: cell("model")
                .filter(|id| !id.trim().is_empty())
                .or_else(|| cell("model_name").map(|n| slug(&n))),
            model_name: cell("model_name"),
            organization: cell("organization"),
            region: cell("region").map(|r| {
                region_of_country_list(&r).map_or(r, |(first, _)| first.code().to_string())
            }),
            released: cell("released"),
            // Epoch's own export: fractions of 1, made percentages (a number above 1 is left as
            // it is, and checked as a percentage). Rounded to 4 decimals: more than any score
            // means, and short enough that every JSON reader reads back the same number.
            score: match score {
                Some(s) if epoch_evaluator && (0.0..=1.0).contains(&s) => {
                    Some((s * 1_000_000.0).round() / 10_000.0)
                }
                other => other,
            },
            source_url: if epoch_source {
                Some(EPOCH_BENCHMARKS_PAGE.to_string())
            } else {
                cell("source_url").map(|u| first_link(&u))
            },
            evaluator: if epoch_evaluator {
                Some(EPOCH_EVALUATOR.into())
            } else {
                cell("evaluator")
            },
            setting: cell("setting"),
            unit: cell("unit"),
            unreadable: None,
        };
        if raw.model.as_deref().is_some_and(str::is_empty) && name_given(&raw.model_name) {
            out.problems.push(Problem {
                location: locate(Some("model_name")),
                kind: ProblemKind::IdFromName(raw.model_name.clone().unwrap_or_default()),
            });
            continue;
        }
        match raw.check(&locate) {
            Ok(run) => out.runs.push(run),
            Err(p) => out.problems.extend(p),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::region::Region;

    const EXPORT: &str = include_str!("../../../../data/epoch/benchmark_scores.csv");

    #[test]
    fn the_real_export_reads_every_run() {
        assert!(is_epoch_benchmarks_header(EXPORT.lines().next().unwrap_or("")));
        let loaded = read_epoch_benchmarks(EXPORT);
        assert_eq!(loaded.problems, []);
        assert_eq!(loaded.runs.len(), 337);
        let claude2 = loaded
            .runs
            .iter()
            .find(|r| r.model == "claude-2" && r.benchmark == "GPQA diamond")
            .expect("Claude 2 on GPQA");
        assert_eq!(
            (claude2.region, claude2.released.to_string()),
            (Region::US, "2023-07-11".to_string())
        );
        assert_eq!(claude2.score, 34.6591, "read as a percentage");
        let cn = loaded.runs.iter().filter(|r| r.region == Region::CN).count();
        assert_eq!(cn, 49);
    }

    #[test]
    fn epoch_fractions_and_a_curated_tables_percentages_are_one_scale() {
        let epoch = "Model Name,Version Release Date,Benchmark,Benchmark Score,Organization,Country\n\
                     A,2024-01-01,GPQA diamond,0.5,Lab,China\n";
        let curated = "Model Name,Version Release Date,Benchmark,Benchmark Score,Organization,Country,Evaluator,Source\n\
                       B,2024-02-01,GPQA diamond,0.5,Lab,China,self,https://b.example\n\
                       C,2024-03-01,GPQA diamond,62.5,Lab,China,self,https://c.example\n";
        assert_eq!(read_epoch_benchmarks(epoch).runs[0].score, 50.0, "Epoch's 0.5 is 50 %");
        let scores: Vec<f64> =
            read_epoch_benchmarks(curated).runs.iter().map(|r| r.score).collect();
        assert_eq!(scores, [0.5, 62.5], "a curated table is read as written");
    }

    #[test]
    fn bad_runs_are_located_by_row_and_column() {
        let text = "Model Name,Version Release Date,Benchmark,Benchmark Score,Organization,Country\n\
                    A,2024-01-01,GPQA diamond,n/a,Lab,China\n\
                    B,2024-13-01,GPQA diamond,0.5,Lab,China\n\
                    C,2024-01-01,,250,Lab,Atlantis\n";
        let loaded = read_epoch_benchmarks(text);
        let messages: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "row 2, column `Benchmark Score`: `n/a` is not a score: write a number such as 86.4",
                "row 3, column `Version Release Date`: `2024-13-01` is not a real calendar date: check the month and day",
                "row 4, column `Country`: `Atlantis` is not a region: use a two-letter ISO 3166 code such as US or CN, or a country name",
                "row 4, column `Benchmark`: `benchmark` is missing: every entry needs one",
                "row 4, column `Benchmark Score`: `more than 100` is out of range: scores are between 0 and 100",
            ]
        );
    }
}
