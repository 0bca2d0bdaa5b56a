//! `gapline verdicts`: the claims ledger ([`gl::gap::ledger`]). Every claim's verdict as a
//! table or JSON, each speaker's record, and with `--since` the verdicts that changed from an
//! older version of the data, and why.
//!
//! Exit codes as `render` and `gap`: 0 when every record was read, 1 when something was left
//! out (each problem is listed on standard error, the rest are judged) or a file cannot be
//! read, 2 for a usage error.

use crate::{BUILTIN, Evaluator, Failure, Format, drawn_all, read, unknown_benchmark, with_claims};
use gapline_core::{self as gl, gap::ledger};
use std::path::{Path, PathBuf};

/// The built-in sourced claims, those of the claims page: the default `--claims`.
const BUILTIN_ALL_CLAIMS: &str = include_str!("../../../www/data/all-claims.json");

/// The longest "says" a table row shows; the JSON has it whole.
const SAYS_WIDTH: usize = 40;

/// The longest speaker's name a table row shows.
const SPEAKER_WIDTH: usize = 40;

/// How the ledger is written.
#[derive(Clone, Copy, clap::ValueEnum)]
pub(crate) enum Output {
    /// Columns for a reader: one row per comparison, then the speakers' records.
    Table,
    /// The whole ledger (or the changes) as JSON.
    Json,
}

/// `gapline verdicts`'s arguments.
#[derive(clap::Args)]
pub(crate) struct Args {
    /// Claims to judge: gapline JSON with a `claims` list, or JSON lines of claims (default:
    /// the built-in sourced claims, www/data/all-claims.json, those of the claims page). The
    /// data's own claims are judged as well.
    #[arg(long)]
    claims: Option<PathBuf>,
    /// Dataset with the models and scores (default: the built-in data).
    #[arg(long)]
    data: Option<PathBuf>,
    /// An older version of the dataset: list only the verdicts that changed from it to
    /// `--data`, each with what changed (the same claims are judged on both).
    #[arg(long)]
    since: Option<PathBuf>,
    /// Benchmark of every verdict (default: each claim's own, as the timeline chooses: the
    /// benchmark with the most scores on which its reference model's score can tell).
    #[arg(long)]
    benchmark: Option<String>,
    /// Whose scores the verdicts use: `auto` (independent ones when both the US and China have
    /// them, else all), `independent` or `all`.
    #[arg(long, value_enum, default_value_t = Evaluator::Auto)]
    evaluator: Evaluator,
    /// Output: `table` (default) or `json`.
    #[arg(long, value_enum, default_value_t = Output::Table)]
    format: Output,
}

/// A dataset with the claims added, and every problem found, each with the file it is in.
fn load(
    data: Option<&Path>,
    claims: Option<&Path>,
) -> Result<(gl::Dataset, Vec<(String, gl::Problem)>), Failure> {
    let mut loaded = match data {
        Some(path) => read(path, Format::Auto)?,
        None => gl::import(BUILTIN, gl::Format::Gapline),
    };
    let name = data.map_or("built-in data".into(), |p| p.display().to_string());
    let mut problems: Vec<(String, gl::Problem)> =
        loaded.problems.drain(..).map(|p| (name.clone(), p)).collect();
    let (found, name) = match claims {
        Some(path) => (with_claims(&mut loaded.dataset, path)?, path.display().to_string()),
        None => (loaded.dataset.add_claims_text(BUILTIN_ALL_CLAIMS), "built-in claims".into()),
    };
    problems.extend(found.into_iter().map(|p| (name.clone(), p)));
    Ok((loaded.dataset, problems))
}

/// Runs `gapline verdicts`: true (exit 0) when nothing was left out.
#[allow(clippy::print_stderr)] // A CLI talks on its standard streams.
pub(crate) fn run(args: Args) -> Result<bool, Failure> {
    let (dataset, mut problems) = load(args.data.as_deref(), args.claims.as_deref())?;
    if let Some(b) = &args.benchmark
        && let Some(list) = unknown_benchmark(&dataset, b)
    {
        return Err(Failure(format!(
            "--benchmark {b}: no scores for it in the data; it has: {list}"
        )));
    }
    let options = ledger::LedgerOptions {
        benchmark: args.benchmark.clone(),
        evaluator: args.evaluator.into(),
    };
    let now = ledger::Ledger::new(&dataset, &options);
    let out = match &args.since {
        None => match args.format {
            Output::Json => json(serde_json::to_string_pretty(&now))?,
            Output::Table => ledger_table(&now),
        },
        Some(old_path) => {
            let (old_data, old_problems) = load(Some(old_path), args.claims.as_deref())?;
            problems.extend(old_problems);
            let before = ledger::Ledger::new(&old_data, &options);
            let changed = ledger::changes(&before, &now);
            let data_name =
                args.data.as_ref().map_or("the built-in data".into(), |p| p.display().to_string());
            let (since, judged) = (old_path.display().to_string(), now.entries.len());
            match args.format {
                Output::Json => json(serde_json::to_string_pretty(&serde_json::json!({
                    "since": since,
                    "data": data_name,
                    "entries": judged,
                    "changes": changed,
                })))?,
                Output::Table => changes_table(&changed, judged, &since, &data_name),
            }
        }
    };
    for (file, problem) in &problems {
        eprintln!("{file}: {problem}");
    }
    // A reader that stops early (`| head`) closes the pipe: not an error of the ledger's.
    let _ = std::io::Write::write_all(&mut std::io::stdout(), out.as_bytes());
    let problems: Vec<gl::Problem> = problems.into_iter().map(|(_, p)| p).collect();
    Ok(drawn_all(&problems, "judged"))
}

/// Pretty JSON written by `serde_json::to_string_pretty`, with a final newline.
fn json(written: serde_json::Result<String>) -> Result<String, Failure> {
    written.map(|s| s + "\n").map_err(|e| Failure(format!("cannot write JSON: {e}")))
}

/// `text` cut to `width` characters, with an ellipsis when cut.
fn clip(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    text.chars().take(width - 1).chain(['…']).collect()
}

/// Rows as columns padded to their widest cell, the first row a header; numeric columns
/// (`right`) aligned right. Widths are counted in characters.
fn columns(rows: &[Vec<String>], right: &[bool]) -> String {
    let n = rows.first().map_or(0, Vec::len);
    let widths: Vec<usize> =
        (0..n).map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0)).collect();
    let mut out = String::new();
    for row in rows {
        let mut line = String::new();
        for (c, cell) in row.iter().enumerate() {
            let pad = " ".repeat(widths[c] - cell.chars().count());
            let sep = if c == 0 { "" } else { "  " };
            if right.get(c).copied().unwrap_or(false) {
                line += &format!("{sep}{pad}{cell}");
            } else {
                line += &format!("{sep}{cell}{pad}");
            }
        }
        out += line.trim_end();
        out.push('\n');
    }
    out
}

/// A claim's id as a row names it: `id` for its own reading, `id #2` for its second comparison.
fn claim_name(id: &str, part: usize) -> String {
    if part == 0 { id.to_string() } else { format!("{id} #{}", part + 1) }
}

fn claimed_text(gap: Option<ledger::ClaimedGap>) -> String {
    // Gaps are stated in whole or half months: no decimal to add.
    let m = gl::scene::svg::num;
    match gap {
        None => String::new(),
        Some(ledger::ClaimedGap { min, max: None }) => format!("≥{}", m(min)),
        Some(ledger::ClaimedGap { min, max: Some(max) }) if max == min => m(min),
        Some(ledger::ClaimedGap { min, max: Some(max) }) => format!("{}–{}", m(min), m(max)),
    }
}

/// The ledger as two tables: the entries, then the speakers' records.
fn ledger_table(l: &ledger::Ledger) -> String {
    let mut rows = vec![
        ["claim", "said", "says", "verdict", "claimed", "observed", "error", "benchmark"]
            .map(String::from)
            .to_vec(),
    ];
    for e in &l.entries {
        rows.push(vec![
            claim_name(&e.claim_id, e.part),
            e.said_on.to_string(),
            clip(&e.says, SAYS_WIDTH),
            e.verdict.words().to_string(),
            claimed_text(e.claimed_months),
            e.observed_months.map_or(String::new(), |m| ledger::months_text(m, false)),
            e.error_months.map_or(String::new(), |m| ledger::months_text(m, true)),
            e.benchmark.clone().unwrap_or_default(),
        ]);
    }
    let right = [false, false, false, false, true, true, true, false];
    let mut out = columns(&rows, &right);
    out += "\nclaimed, observed and error in months; error = claimed gap minus observed lag: \
            + China got there sooner than claimed, - later\n\n";
    let mut rows = vec![
        ["speaker", "claims", "judged", "mean error", "mean size", "benchmarks"]
            .map(String::from)
            .to_vec(),
    ];
    for s in &l.speakers {
        rows.push(vec![
            clip(&s.speaker, SPEAKER_WIDTH),
            s.claims.to_string(),
            s.judged.to_string(),
            s.mean_error_months.map_or(String::new(), |m| ledger::months_text(m, true)),
            s.mean_abs_error_months.map_or(String::new(), |m| ledger::months_text(m, false)),
            s.benchmarks.join(", "),
        ]);
    }
    out += &columns(&rows, &[false, true, true, true, true, false]);
    let judged: usize = l.speakers.iter().map(|s| s.judged).sum();
    out += &format!(
        "\n{} claims, {} comparisons, {judged} judged (a checked verdict on a score that can tell)\n",
        l.speakers.iter().map(|s| s.claims).sum::<usize>(),
        l.entries.len()
    );
    out
}

/// The changes, one block each: the claim, its verdict before and after, and why.
fn changes_table(changed: &[ledger::Change], entries: usize, since: &str, data: &str) -> String {
    let mut out = String::new();
    for c in changed {
        out += &format!("{} ({})\n", claim_name(&c.claim_id, c.part), c.speaker);
        out += &format!("  before: {}\n", c.before.as_deref().unwrap_or("(not in the ledger)"));
        out += &format!("  after:  {}\n", c.after.as_deref().unwrap_or("(not in the ledger)"));
        for reason in &c.reasons {
            out += &format!("  - {reason}\n");
        }
        out.push('\n');
    }
    let n = changed.len();
    out += &format!(
        "{n} of {entries} verdicts changed from {since} to {data}{}\n",
        if n == 0 { "" } else { " (listed above)" }
    );
    out
}
