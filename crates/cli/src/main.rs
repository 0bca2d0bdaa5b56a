//! `gapline`: the command-line side of gapline.
//!
//! Exit codes (DESIGN §3.1): 0 success with nothing lost; 1 a problem with the input, each one
//! printed with its file and location (`render`, `merge`, `import` and `gap` still write what
//! they could, then say how many records and values were left out); 2 a usage error (clap's
//! own exit code for bad arguments).

use clap::{Parser, Subcommand, ValueEnum};
use gapline_core::{self as gl, Loaded, SourceUrl};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod read;
mod verdicts;

#[derive(Parser)]
#[command(name = "gapline", version, about = "Capability-gap timelines: data, claims and pictures")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Convert a dataset (gapline JSON, a CSV export of models or events, Epoch's exports) to
    /// gapline JSON. Records with problems are reported on stderr and left out; the rest are
    /// written.
    Import {
        /// The file to read.
        file: PathBuf,
        /// Input format; `auto` decides from the content (JSON, Epoch's headers, a CSV with
        /// `kind` and `title` columns and no `name` column is events, other CSV is models).
        #[arg(long, value_enum, default_value_t = Format::Auto)]
        format: Format,
        /// Where to write the JSON (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Dataset title shown above the timeline.
        #[arg(long)]
        title: Option<String>,
        /// Credit line naming where the data comes from.
        #[arg(long)]
        source: Option<String>,
        /// Link for the credit line (http or https).
        #[arg(long)]
        source_url: Option<String>,
        /// Licence of the data.
        #[arg(long)]
        licence: Option<String>,
        /// Source (http or https) for the rows of a spreadsheet of models that have no link of
        /// their own; the credit line says it was given this way.
        #[arg(long)]
        default_source: Option<String>,
    },
    /// Merge datasets into one: the first file wins where a model is in several (its date and
    /// source stay; the others' go in the notes); runs, claims, events (the first wins on an id)
    /// and credit lines are combined. A CSV of events is added last, checked against the merged
    /// models (an event far outside their span is reported and left out).
    Merge {
        /// The files, the curated one first.
        #[arg(required = true, num_args = 2..)]
        files: Vec<PathBuf>,
        /// Keep only models and runs of these regions from the files after the first
        /// (comma-separated ISO codes, e.g. `US,CN`); events are kept whatever their region.
        /// Default: all.
        #[arg(long, value_delimiter = ',')]
        regions: Vec<String>,
        /// Where to write the JSON (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Dataset title shown above the timeline.
        #[arg(long)]
        title: Option<String>,
        /// The date the merged data describes the world as of (2026-06, 2026-06-30 …): written
        /// as `as_of`, and anything released after it is left out.
        #[arg(long)]
        as_of: Option<String>,
    },
    /// Read a gap claim (English or Chinese) and print what it says as JSON.
    Parse {
        /// The claim's text (omit with --jsonl).
        text: Option<String>,
        /// When the claim was made (kept in the output).
        #[arg(long)]
        said_on: Option<String>,
        /// Read JSON lines `{"text": …, "said_on": …}` on standard input, one result line each.
        #[arg(long)]
        jsonl: bool,
        /// Dataset whose models the claims may name (default: the built-in data).
        #[arg(long)]
        data: Option<PathBuf>,
    },
    /// Print the observed lag on a benchmark as JSON: each rise of the lagging region's best
    /// score, the leading region's first model to reach it, and the lag in months.
    Gap {
        /// The benchmark (e.g. "GPQA diamond", MMLU); case and punctuation are ignored.
        #[arg(long)]
        benchmark: String,
        /// Dataset with the scores (default: the built-in data).
        #[arg(long)]
        data: Option<PathBuf>,
        /// The leading region (ISO code or country name).
        #[arg(long, default_value = "US")]
        lead: String,
        /// The lagging region (ISO code or country name).
        #[arg(long, default_value = "CN")]
        lag: String,
        /// Whose scores: `auto` (independent ones when both regions have them, else all),
        /// `independent` or `all`.
        #[arg(long, value_enum, default_value_t = Evaluator::Auto)]
        evaluator: Evaluator,
    },
    /// Draw the timeline as a static SVG file: the same picture the widget draws.
    Render {
        /// Dataset to draw (default: the built-in data).
        #[arg(long)]
        data: Option<PathBuf>,
        /// Claims to draw: gapline JSON with a `claims` list, or JSON lines of claims. Their
        /// texts are read by the claim parser; names resolve against the dataset.
        #[arg(long)]
        claims: Option<PathBuf>,
        /// Width in px.
        #[arg(long, default_value_t = 800.0)]
        width: f64,
        /// Height in px (grows when the lanes and claims need more).
        #[arg(long, default_value_t = 420.0)]
        height: f64,
        /// Start of the window (2022, 2022-06, 2022-06-01, "March 2023" …).
        #[arg(long)]
        from: Option<String>,
        /// End of the window.
        #[arg(long)]
        to: Option<String>,
        /// Language: en or zh.
        #[arg(long, default_value = "en")]
        lang: String,
        /// Colours: light or dark.
        #[arg(long, default_value = "light")]
        theme: String,
        /// Reading of the claims: lag (from the reference's release) or catch-up (from the date said).
        #[arg(long, default_value = "lag")]
        reading: String,
        /// Benchmark for the observed lag and the verdicts (default: the one with most scores).
        #[arg(long)]
        benchmark: Option<String>,
        /// Lanes, top to bottom (comma-separated ISO codes).
        #[arg(long, value_delimiter = ',', default_value = "US,CN")]
        lanes: Vec<String>,
        /// Kinds of events drawn in the events track (comma-separated: export_control, chip,
        /// policy, milestone), or `none`.
        #[arg(long, value_delimiter = ',', default_value = "export_control,chip,policy,milestone")]
        events: Vec<String>,
        /// Which models carry a label: `key` (the models the claims name, each lab's flagship
        /// releases, and those that set a new best score on the benchmark; the others are light
        /// marks) or `all`. Default: key when the data marks key models or has claims, else all.
        #[arg(long)]
        models: Option<String>,
        /// What is drawn: `models` (the model releases) or `chips` (accelerators, with dense
        /// FP16 throughput as the default benchmark).
        #[arg(long, value_enum, default_value_t = View::Models)]
        view: View,
        /// Whose scores the lag and the verdicts use: `auto` (independent ones when both lanes
        /// have them, else all), `independent` or `all`.
        #[arg(long, value_enum, default_value_t = Evaluator::Auto)]
        evaluator: Evaluator,
        /// Where to write the SVG (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Print every claim's verdict (a table, or JSON) and each speaker's record: claims, how
    /// many judged, how far off on average; with --since, only the verdicts that changed from
    /// an older version of the data, and why.
    Verdicts(verdicts::Args),
    /// Store each claim's reading in a claims file (`reviewed: false`; reviewed readings are
    /// kept), so the widget draws it as it is instead of reading the text in the browser.
    Read(read::Args),
    /// Check datasets: list every problem with its file and location; exit 1 if there is any.
    Check {
        /// The files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Input format of every file; `auto` decides from each file's content.
        #[arg(long, value_enum, default_value_t = Format::Auto)]
        format: Format,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Auto,
    Gapline,
    Csv,
    EpochModels,
    EpochBenchmarks,
    Events,
    EpochHardware,
}

#[derive(Clone, Copy, ValueEnum)]
enum Evaluator {
    Auto,
    Independent,
    All,
}

impl From<Evaluator> for gl::gap::evaluators::EvaluatorChoice {
    fn from(e: Evaluator) -> Self {
        use gl::gap::evaluators::EvaluatorChoice as E;
        match e {
            Evaluator::Auto => E::Auto,
            Evaluator::Independent => E::Independent,
            Evaluator::All => E::All,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum View {
    Models,
    Chips,
}

impl From<View> for gl::scene::View {
    fn from(v: View) -> Self {
        match v {
            View::Models => gl::scene::View::Models,
            View::Chips => gl::scene::View::Chips,
        }
    }
}

impl From<Format> for gl::Format {
    fn from(f: Format) -> Self {
        match f {
            Format::Auto => gl::Format::Auto,
            Format::Gapline => gl::Format::Gapline,
            Format::Csv => gl::Format::Csv,
            Format::EpochModels => gl::Format::EpochModels,
            Format::EpochBenchmarks => gl::Format::EpochBenchmarks,
            Format::Events => gl::Format::Events,
            Format::EpochHardware => gl::Format::EpochHardware,
        }
    }
}

/// A failure that stops the command, already worded for the reader.
struct Failure(String);

fn read(path: &Path, format: Format) -> Result<Loaded, Failure> {
    Ok(gl::import(&read_bytes(path)?, format.into()))
}

fn read_bytes(path: &Path) -> Result<Vec<u8>, Failure> {
    std::fs::read(path)
        .map_err(|e| Failure(format!("{}: cannot read the file: {e}", path.display())))
}

/// "1 problem", "2 problems".
fn plural(count: usize, word: &str) -> String {
    if count == 1 { format!("1 {word}") } else { format!("{count} {word}s") }
}

/// "706 models", "40 events", or "706 models and 40 events".
fn counted(data: &gl::Dataset) -> String {
    match (data.models.len(), data.events.len()) {
        (models, 0) => plural(models, "model"),
        (0, events) => plural(events, "event"),
        (models, events) => format!("{} and {}", plural(models, "model"), plural(events, "event")),
    }
}

#[allow(clippy::print_stderr, clippy::print_stdout)] // A CLI talks on its standard streams.
fn run(cli: Cli) -> Result<bool, Failure> {
    match cli.command {
        Command::Import {
            file,
            format,
            output,
            title,
            source,
            source_url,
            licence,
            default_source,
        } => {
            let mut loaded = match &default_source {
                Some(url) => {
                    SourceUrl::parse(url).map_err(|e| Failure(format!("--default-source: {e}")))?;
                    let bytes = read_bytes(&file)?;
                    let text = gl::decode_utf8(&bytes)
                        .map_err(|p| Failure(format!("{}: {p}", file.display())))?;
                    match gl::Format::from(format).resolve(text) {
                        gl::Format::Csv => {
                            let mut loaded = gl::data::models_csv::read_models_csv_with(
                                text,
                                gl::data::models_csv::Duplicates::Report,
                                Some(url),
                            );
                            let credit = format!(
                                "rows without a link of their own: {url} (given once for the file)"
                            );
                            loaded.dataset.source = Some(credit);
                            loaded
                        }
                        _ => {
                            return Err(Failure(
                                "--default-source is for a spreadsheet of models (CSV)".into(),
                            ));
                        }
                    }
                }
                None => read(&file, format)?,
            };
            for problem in &loaded.problems {
                eprintln!("{}: {problem}", file.display());
            }
            let data = &mut loaded.dataset;
            data.title = title.or(data.title.take());
            data.source = source.or(data.source.take());
            data.licence = licence.or(data.licence.take());
            if let Some(url) = source_url {
                data.source_url = Some(
                    SourceUrl::parse(&url).map_err(|e| Failure(format!("--source-url: {e}")))?,
                );
            }
            write_json(&loaded.dataset, output.as_deref())?;
            // Runs are counted when there are any (a wide sheet's benchmark columns).
            let runs = match loaded.dataset.benchmarks.len() {
                0 => String::new(),
                n => format!(", {}", plural(n, "benchmark run")),
            };
            eprintln!(
                "{}: {}{runs} read, {}",
                file.display(),
                counted(&loaded.dataset),
                plural(loaded.problems.len(), "problem")
            );
            // What could be converted is written; the exit code says whether anything was lost.
            Ok(drawn_all(&loaded.problems, "written"))
        }
        Command::Merge { files, regions, output, title, as_of } => {
            let as_of = as_of
                .map(|d| {
                    gl::PartialDate::parse_human(&d).map_err(|e| Failure(format!("--as-of: {e}")))
                })
                .transpose()?;
            let regions = regions
                .iter()
                .map(|r| {
                    gl::Region::parse(r).ok_or_else(|| {
                        Failure(format!("--regions: `{r}` is not a two-letter code"))
                    })
                })
                .collect::<Result<Vec<_>, _>>()?;
            let mut datasets = Vec::new();
            let mut event_tables = Vec::new();
            let mut problems = Vec::new();
            for file in &files {
                let bytes = read_bytes(file)?;
                // A table of events has no models to check its dates against: it is added to
                // the merged dataset, whose models give the span.
                if let Ok(text) = gl::decode_utf8(&bytes)
                    && gl::Format::Auto.resolve(text) == gl::Format::Events
                {
                    event_tables.push((file, text.to_string()));
                    continue;
                }
                let loaded = gl::import(&bytes, gl::Format::Auto);
                for problem in &loaded.problems {
                    eprintln!("{}: {problem}", file.display());
                }
                problems.extend(loaded.problems);
                datasets.push(loaded.dataset);
            }
            let first =
                if datasets.is_empty() { gl::Dataset::default() } else { datasets.remove(0) };
            let (mut merged, report) = gl::merge(first, datasets, &regions);
            for (file, text) in &event_tables {
                for problem in merged.add_events_csv(text) {
                    eprintln!("{}: {problem}", file.display());
                    problems.push(problem);
                }
            }
            if title.is_some() {
                merged.title = title;
            }
            if let Some(as_of) = as_of {
                // Read back through the checks, so a record after the date is left out and said.
                merged.as_of = Some(as_of);
                let text = serde_json::to_string(&merged).map_err(|e| Failure(e.to_string()))?;
                let checked = gl::import(text.as_bytes(), gl::Format::Gapline);
                for problem in &checked.problems {
                    eprintln!("--as-of {as_of}: {problem}");
                }
                problems.extend(checked.problems);
                merged = checked.dataset;
            }
            write_json(&merged, output.as_deref())?;
            eprintln!(
                "merged: {} models ({} found in several files, {} added, {} of other regions left out), {} benchmark runs, {} claims, {} events",
                merged.models.len(),
                report.matched.len(),
                report.added,
                report.skipped_regions,
                merged.benchmarks.len(),
                merged.claims.len(),
                merged.events.len()
            );
            Ok(drawn_all(&problems, "merged"))
        }
        Command::Parse { text, said_on, jsonl, data } => {
            let dataset = match data {
                Some(path) => read(&path, Format::Auto)?.dataset,
                None => gl::import(BUILTIN, gl::Format::Gapline).dataset,
            };
            // Indexed once: every line is read against the same names.
            let names = gl::claims::resolve::Resolver::new(&dataset);
            if jsonl {
                for line in std::io::stdin().lines() {
                    let line = line.map_err(|e| Failure(format!("standard input: {e}")))?;
                    if line.trim().is_empty() {
                        continue;
                    }
                    let result = match serde_json::from_str::<serde_json::Value>(&line) {
                        Ok(v) => match v["text"].as_str() {
                            Some(t) => parse_result(t, v["said_on"].as_str(), &names),
                            None => {
                                serde_json::json!({"ok": false, "error": {"message": "the line has no \"text\" string", "span": [0, 0]}})
                            }
                        },
                        Err(e) => {
                            serde_json::json!({"ok": false, "error": {"message": format!("not JSON: {e}"), "span": [0, 0]}})
                        }
                    };
                    // A reader that stops early (`| head`) closes the pipe: stop reading then.
                    if writeln!(std::io::stdout(), "{result}").is_err() {
                        break;
                    }
                }
                return Ok(true);
            }
            let Some(text) = text else {
                return Err(Failure(
                    "give the claim's text, or --jsonl to read lines from standard input".into(),
                ));
            };
            let result = parse_result(&text, said_on.as_deref(), &names);
            let pretty = serde_json::to_string_pretty(&result).unwrap_or_default();
            // A closed pipe (`| head`) is the reader's choice, not an error of the claim's.
            let _ = writeln!(std::io::stdout(), "{pretty}");
            Ok(result["ok"] == true)
        }
        Command::Gap { benchmark, data, lead, lag, evaluator } => {
            let loaded = match &data {
                Some(path) => read(path, Format::Auto)?,
                None => gl::import(BUILTIN, gl::Format::Gapline),
            };
            for problem in &loaded.problems {
                let file =
                    data.as_ref().map_or("built-in data".into(), |p| p.display().to_string());
                eprintln!("{file}: {problem}");
            }
            let mut dataset = loaded.dataset;
            let region = |flag: &str, text: &str| {
                gl::Region::parse(text)
                    .or_else(|| gl::data::country::region_of_country(text))
                    .ok_or_else(|| {
                        Failure(format!(
                            "--{flag} {text}: not a region; write an ISO code such as US or CN"
                        ))
                    })
            };
            let (lead, lag) = (region("lead", &lead)?, region("lag", &lag)?);
            gl::gap::evaluators::select_scores(&mut dataset, lead, lag, evaluator.into());
            let series = gl::gap::observed::observed_lag(&dataset, &benchmark, lead, lag);
            let scores = gl::gap::evaluators::scores_used(&dataset, &benchmark).cloned();
            if let Some(list) = unknown_benchmark(&dataset, &benchmark) {
                return Err(Failure(format!(
                    "no scores for the benchmark `{benchmark}`; the data has: {list}"
                )));
            }
            let latest = series.latest().cloned();
            let json = serde_json::json!({
                "benchmark": series.benchmark,
                "lead": lead.code(),
                "lag": lag.code(),
                "points": series.points,
                "latest": latest,
                "scores": scores.as_ref().map(|s| s.text(gl::Lang::En)),
                "note": if latest.is_none() { Some("not enough data") } else { None },
            });
            println!("{}", serde_json::to_string_pretty(&json).unwrap_or_default());
            Ok(drawn_all(&loaded.problems, "used"))
        }
        Command::Render {
            data,
            claims,
            width,
            height,
            from,
            to,
            lang,
            theme,
            reading,
            benchmark,
            lanes,
            events,
            models,
            view,
            evaluator,
            output,
        } => {
            let mut loaded = match &data {
                Some(path) => read(path, Format::Auto)?,
                None => gl::import(BUILTIN, gl::Format::Gapline),
            };
            let data_name =
                data.as_ref().map_or("built-in data".into(), |p| p.display().to_string());
            // Every problem, with the file it is in.
            let mut problems: Vec<(String, gl::Problem)> =
                loaded.problems.drain(..).map(|p| (data_name.clone(), p)).collect();
            match (&claims, &data) {
                (Some(path), _) => {
                    let found = with_claims(&mut loaded.dataset, path)?;
                    let name = path.display().to_string();
                    problems.extend(found.into_iter().map(|p| (name.clone(), p)));
                }
                // The built-in data comes with the built-in claims (the demo's).
                (None, None) => {
                    let raw: gl::RawDataset = serde_json::from_slice(BUILTIN_CLAIMS)
                        .map_err(|e| Failure(format!("built-in claims: {e}")))?;
                    let found = loaded.dataset.add_claims(&raw.claims);
                    problems.extend(found.into_iter().map(|p| ("built-in claims".into(), p)));
                }
                (None, Some(_)) => {}
            }
            if let Some(b) = &benchmark
                && let Some(list) = unknown_benchmark(&loaded.dataset, b)
            {
                return Err(Failure(format!(
                    "--benchmark {b}: no scores for it in the data; it has: {list}"
                )));
            }
            for (file, problem) in &problems {
                eprintln!("{file}: {problem}");
            }
            let bad = |flag: &str, value: &str, want: &str| {
                Failure(format!("--{flag} {value}: write {want}"))
            };
            let date =
                |flag: &str, value: &Option<String>| -> Result<Option<gl::PartialDate>, Failure> {
                    value
                        .as_deref()
                        .map(|v| {
                            gl::PartialDate::parse_human(v)
                                .map_err(|e| Failure(format!("--{flag}: {e}")))
                        })
                        .transpose()
                };
            let regions = lanes
                .iter()
                .map(|l| {
                    gl::Region::parse(l).ok_or_else(|| bad("lanes", l, "ISO codes such as US,CN"))
                })
                .collect::<Result<Vec<_>, _>>()?;
            let event_kinds = events
                .iter()
                .filter(|e| !e.trim().eq_ignore_ascii_case("none"))
                .map(|e| {
                    gl::data::event::EventKind::parse(e).ok_or_else(|| {
                        bad("events", e, "export_control, chip, policy, milestone or none")
                    })
                })
                .collect::<Result<Vec<_>, _>>()?;
            let options = gl::SceneOptions {
                width,
                height,
                lang: gl::Lang::parse(&lang).ok_or_else(|| bad("lang", &lang, "en or zh"))?,
                lanes: regions,
                from: date("from", &from)?.map(|d| d.start()),
                to: date("to", &to)?.map(|d| d.last_day()),
                reading: gl::gap::projection::ReadingKind::parse(&reading)
                    .ok_or_else(|| bad("reading", &reading, "lag or catch-up"))?,
                benchmark,
                // A file written by the command line is reproducible: it carries no date of its
                // own (the data's as-of date is in the credit when the data states one).
                exported: None,
                event_kinds,
                models: models
                    .as_deref()
                    .map(|m| {
                        gl::scene::ModelFilter::parse(m)
                            .ok_or_else(|| bad("models", m, "key or all"))
                    })
                    .transpose()?,
            };
            let theme = gl::scene::Theme::parse(&theme)
                .ok_or_else(|| bad("theme", &theme, "light or dark"))?;
            let view: gl::scene::View = view.into();
            let mut options = options;
            if options.benchmark.is_none() {
                options.benchmark = view.default_benchmark().map(str::to_string);
            }
            gl::scene::apply_view(&mut loaded.dataset, view, &options.lanes, evaluator.into());
            let scene = gl::build_scene(&loaded.dataset, &options);
            let svg = gl::scene::standalone_svg(&scene, theme);
            match output {
                Some(path) => std::fs::write(&path, svg).map_err(|e| {
                    Failure(format!("{}: cannot write the file: {e}", path.display()))
                })?,
                None => print!("{svg}"),
            }
            let problems: Vec<gl::Problem> = problems.into_iter().map(|(_, p)| p).collect();
            Ok(drawn_all(&problems, "drawn"))
        }
        Command::Verdicts(args) => verdicts::run(args),
        Command::Read(args) => read::run(args),
        Command::Check { files, format } => {
            let mut clean = true;
            for file in files {
                match read(&file, format) {
                    Ok(loaded) => {
                        for problem in &loaded.problems {
                            println!("{}: {problem}", file.display());
                        }
                        eprintln!(
                            "{}: {}, {}, {}",
                            file.display(),
                            counted(&loaded.dataset),
                            plural(loaded.dataset.benchmarks.len(), "benchmark run"),
                            plural(loaded.problems.len(), "problem")
                        );
                        clean &= loaded.problems.is_empty();
                    }
                    Err(Failure(message)) => {
                        println!("{message}");
                        clean = false;
                    }
                }
            }
            Ok(clean)
        }
    }
}

/// Says on standard error what `problems` cost, if anything: "gapline: 2 records left out;
/// the rest were drawn". True (exit 0) only when nothing was lost.
#[allow(clippy::print_stderr)]
fn drawn_all(problems: &[gl::Problem], done: &str) -> bool {
    match gl::Problem::loss(problems) {
        None => true,
        Some(loss) => {
            eprintln!("gapline: {loss} (each problem is listed above); the rest were {done}");
            false
        }
    }
}

/// The built-in dataset, for resolving the models claims name.
const BUILTIN: &[u8] = include_bytes!("../../../www/data/models.json");

/// The built-in claims (the demo's), drawn by `render` over the built-in data.
const BUILTIN_CLAIMS: &[u8] = include_bytes!("../../../www/data/claims.json");

/// `None` when the data has scores on `benchmark`; otherwise the benchmarks it has, for the
/// message ("GPQA diamond (86 scores), …", or "none").
fn unknown_benchmark(data: &gl::Dataset, benchmark: &str) -> Option<String> {
    if gl::gap::observed::has_benchmark(data, benchmark) {
        return None;
    }
    let list: Vec<String> = gl::gap::observed::benchmarks(data)
        .iter()
        .map(|(n, c)| format!("{n} ({c} scores)"))
        .collect();
    Some(if list.is_empty() { "none".to_string() } else { list.join(", ") })
}

/// One claim's parse result in the contract's shape (DESIGN §3.1), with `claims`: every
/// comparison the text makes, the first being `claim`.
fn parse_result(
    text: &str,
    said_on: Option<&str>,
    names: &gl::claims::resolve::Resolver<'_>,
) -> serde_json::Value {
    use serde_json::json;
    // The date said, at its precision ("2024-02-16", "2024-02"); a date that cannot be read
    // answers this claim with `ok: false`, saying so.
    let said_on = match said_on
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(gl::PartialDate::parse_human)
    {
        None => None,
        Some(Ok(d)) => Some(d.to_string()),
        Some(Err(e)) => {
            return json!({"ok": false, "error": {"message": format!("said_on: {e}"), "span": [0, 0]}});
        }
    };
    match gl::claims::comparisons::parse_all_with(text, Some(names)) {
        Ok(all) => {
            let side = |party: &gl::claims::parse::Party| json!({"text": party.text, "region": party.region.map(|r| r.code().to_string()), "model_id": party.model_id});
            let claim = |p: &gl::claims::parse::ParsedClaim| {
                json!({
                    "subject": side(&p.subject),
                    "reference": side(&p.reference),
                    "relation": p.relation.name(),
                    "gap_months": p.gap_months.map(|(min, max)| json!({"min": min, "max": max})),
                    "gap_span": p.gap_span.map(|(a, b)| [a, b]),
                    "modality": p.modality,
                    "hedges": p.hedges.iter().map(|h| h.name()).collect::<Vec<_>>(),
                    "confidence": p.confidence,
                })
            };
            // `claim` is the first comparison (the contract's); `claims` lists every one.
            json!({
                "ok": true,
                "said_on": said_on,
                "claim": claim(&all[0]),
                "claims": all.iter().map(claim).collect::<Vec<_>>(),
                "warnings": all[0].warnings,
            })
        }
        Err(e) => {
            // A reading the parser is not sure of: the choices an author picks from.
            let choices: Vec<serde_json::Value> = e
                .choices
                .iter()
                .map(|c| {
                    json!({
                        "relation": c.relation.name(),
                        "gap_months": c.gap_months.map(|(min, max)| json!({"min": min, "max": max})),
                        "relation_span": c.relation_span.map(|(a, b)| [a, b]),
                        "gap_span": c.gap_span.map(|(a, b)| [a, b]),
                        "reference": {"text": c.reference.text, "region": c.reference.region.map(|r| r.code().to_string()), "model_id": c.reference.model_id},
                        "modality": c.modality,
                    })
                })
                .collect();
            json!({"ok": false, "error": {"message": e.message, "span": [e.span.0, e.span.1], "choices": choices}})
        }
    }
}

/// `dataset` with the claims of the file at `path` added (see `Dataset::add_claims_text`).
fn with_claims(dataset: &mut gl::Dataset, path: &Path) -> Result<Vec<gl::Problem>, Failure> {
    let bytes = read_bytes(path)?;
    Ok(match gl::decode_utf8(&bytes) {
        Ok(text) => dataset.add_claims_text(text),
        Err(problem) => vec![problem],
    })
}

/// Writes a dataset as pretty JSON to `path`, or to standard output.
#[allow(clippy::print_stdout)]
fn write_json(data: &gl::Dataset, path: Option<&Path>) -> Result<(), Failure> {
    let json = serde_json::to_string_pretty(data)
        .map_err(|e| Failure(format!("cannot write JSON: {e}")))?
        + "\n";
    match path {
        Some(path) => std::fs::write(path, json)
            .map_err(|e| Failure(format!("{}: cannot write the file: {e}", path.display()))),
        None => {
            print!("{json}");
            Ok(())
        }
    }
}

#[allow(clippy::print_stderr)]
fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(Failure(message)) => {
            eprintln!("gapline: {message}");
            ExitCode::from(1)
        }
    }
}
