//! One entry point for every input format: bytes in, checked dataset and every problem out.

use super::dataset::Loaded;
use super::epoch_benchmarks::{
    EPOCH_BENCHMARKS_PAGE, is_epoch_benchmarks_header, read_epoch_benchmarks,
};
#[cfg(feature = "hardware")]
use super::epoch_hardware::read_hardware;
use super::epoch_models::{EPOCH_CREDIT, is_epoch_models_header, read_epoch_models};
use super::events_csv::{is_events_header, read_events_csv};
use super::json_position::{line_column, pointer_offset, syntax_position};
use super::models_csv::read_models_csv;
use super::problem::{Location, Problem, ProblemKind, decode_utf8};
use super::records::read_text;
use super::source_url::SourceUrl;

/// Input formats. Default: [`Format::Auto`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// Decide from the content: a JSON object is gapline JSON, Epoch's headers are Epoch's
    /// exports (notable models; benchmark runs; ML hardware), a header with `kind` and `title` columns and no
    /// `name` column is a CSV of events ([`is_events_header`]), anything else is a CSV of models.
    #[default]
    Auto,
    /// gapline JSON.
    Gapline,
    /// A CSV export with a header row.
    Csv,
    /// Epoch AI's notable-models CSV export.
    EpochModels,
    /// Epoch AI's benchmark-runs CSV export.
    EpochBenchmarks,
    /// A CSV of events (export controls, chips, policies, milestones) with a header row.
    Events,
    /// Epoch AI's ML hardware table, or a curated table in its layout: chips and their figures.
    EpochHardware,
}

impl Format {
    /// The format `text` is in, for [`Format::Auto`]; other formats are returned as they are.
    pub fn resolve(self, text: &str) -> Format {
        let body = text.trim_start_matches('\u{feff}').trim_start();
        match self {
            Format::Auto if body.starts_with('{') => Format::Gapline,
            Format::Auto if is_epoch_models_header(body.lines().next().unwrap_or("")) => {
                Format::EpochModels
            }
            Format::Auto if is_epoch_benchmarks_header(body.lines().next().unwrap_or("")) => {
                Format::EpochBenchmarks
            }
            Format::Auto if is_events_header(body.lines().next().unwrap_or("")) => Format::Events,
            Format::Auto if is_hardware_header(body.lines().next().unwrap_or("")) => {
                Format::EpochHardware
            }
            Format::Auto => Format::Csv,
            f => f,
        }
    }
}

/// Does this header line look like a hardware table (Epoch's ML hardware layout)? Kept in every
/// build, so a build without the reader still recognises one and says so.
pub fn is_hardware_header(first_line: &str) -> bool {
    first_line
        .split([',', ';', '\t'])
        .map(super::models_csv::normalise)
        .any(|c| c == "nameofthehardware" || c == "tensorfp16performanceflops")
}

/// Reads a dataset from the bytes of a file. Never fails: a file that cannot be read at all
/// gives an empty dataset and the problem that says why.
pub fn import(bytes: &[u8], format: Format) -> Loaded {
    let fail = |problem| Loaded { problems: vec![problem], ..Loaded::default() };
    let text = match decode_utf8(bytes) {
        Ok(t) => t,
        Err(p) => return fail(p),
    };
    match format.resolve(text) {
        // Record by record: one record of the wrong shape is a problem there, not a file of
        // which nothing is read.
        Format::Gapline => match read_text(text) {
            Ok(raw) => {
                let mut loaded = raw.check();
                place(text, &mut loaded.problems);
                loaded
            }
            Err(e) => fail(Problem {
                location: {
                    let (line, column) = syntax_position(text, e.line(), e.column());
                    Location::Text { line, column }
                },
                kind: ProblemKind::Json(e.to_string()),
            }),
        },
        table => read_table(text, table),
    }
}

/// Gives each problem located by a JSON pointer into `text` its line and column as well.
pub fn place(text: &str, problems: &mut [Problem]) {
    for p in problems {
        if let Location::Json { pointer } = &p.location {
            let target = pointer_offset(text, pointer).or_else(|| {
                // A missing field: point at the record that lacks it.
                pointer.rsplit_once('/').and_then(|(parent, _)| pointer_offset(text, parent))
            });
            if let Some(offset) = target {
                let (line, column) = line_column(text, offset);
                p.location = Location::JsonAt { line, column, pointer: pointer.clone() };
            }
        }
    }
}

/// Reads a table format (CSV of models or events, Epoch's exports); [`Format::Gapline`] and
/// [`Format::Auto`] are read as a CSV of models. Split from [`import`] so a caller with its own
/// JSON reader (the widget parses JSON with the browser's) need not link serde_json.
pub fn read_table(text: &str, format: Format) -> Loaded {
    match format {
        Format::EpochModels => read_epoch_models(text),
        Format::EpochBenchmarks => {
            let runs = read_epoch_benchmarks(text);
            let mut loaded = Loaded { problems: runs.problems, ..Loaded::default() };
            loaded.dataset.benchmarks = runs.runs;
            if runs.epoch {
                loaded.dataset.source = Some(EPOCH_CREDIT.to_string());
                loaded.dataset.source_url = SourceUrl::parse(EPOCH_BENCHMARKS_PAGE).ok();
                loaded.dataset.licence = Some("CC BY 4.0".to_string());
            }
            loaded
        }
        Format::Events => read_events_csv(text),
        #[cfg(feature = "hardware")]
        Format::EpochHardware => read_hardware(text),
        // Built without the hardware reader (the widget): say how to get the JSON instead.
        #[cfg(not(feature = "hardware"))]
        Format::EpochHardware => Loaded {
            problems: vec![Problem {
                location: Location::Csv { row: 1, column: None },
                kind: ProblemKind::Csv(
                    "it is a hardware table (chips): convert it with `gapline import` and give the JSON".into(),
                ),
            }],
            ..Loaded::default()
        },
        _ => read_models_csv(text),
    }
}
