//! `gapline read`: a claims file with each claim's reading stored in it
//! ([`gl::data::stored_reading`]), so the widget draws what was read instead of parsing the
//! text in the reader's browser.
//!
//! Each claim without a reviewed reading gets the parser's reading of it now (`reviewed:
//! false`, the parser's version named); a reviewed reading is kept as it is; a claim whose
//! text cannot be read, or is read two ways, is written without a reading and listed, with the
//! choices, so an editor can decide. A person confirms a reading by setting `reviewed: true`
//! (or in the claim editor).
//!
//! Exit codes: 0 when every claim was read or kept; 1 when a claim was left out of the file
//! (each problem listed) or could not be read; 2 for a usage error.

use crate::{BUILTIN, Failure, Format, read};
use gapline_core as gl;
use std::path::PathBuf;

/// `gapline read`'s arguments.
#[derive(clap::Args)]
pub(crate) struct Args {
    /// The claims: gapline JSON with a `claims` list, or JSON lines of claims.
    file: PathBuf,
    /// Where to write the claims with their readings, as gapline JSON (default: standard
    /// output).
    #[arg(short, long)]
    out: Option<PathBuf>,
    /// Dataset whose models the claims may name (default: the built-in data).
    #[arg(long)]
    data: Option<PathBuf>,
}

/// Runs `gapline read`: true (exit 0) when every claim was read or kept.
#[allow(clippy::print_stderr, clippy::print_stdout)] // A CLI talks on its standard streams.
pub(crate) fn run(args: Args) -> Result<bool, Failure> {
    let mut dataset = match &args.data {
        Some(path) => read(path, Format::Auto)?.dataset,
        None => gl::import(BUILTIN, gl::Format::Gapline).dataset,
    };
    // Only the file's claims are written: the data's own are set aside.
    dataset.claims.clear();
    let problems = crate::with_claims(&mut dataset, &args.file)?;
    let file = args.file.display().to_string();
    for p in &problems {
        eprintln!("{file}: {p}");
    }
    let names = gl::claims::resolve::Resolver::new(&dataset);
    let (mut read_now, mut kept, mut unread) = (0, 0, 0);
    let mut claims = Vec::with_capacity(dataset.claims.len());
    for claim in &dataset.claims {
        let mut claim = claim.clone();
        if claim.reading.as_ref().is_some_and(|r| r.reviewed) {
            kept += 1;
        } else {
            claim.reading = gl::claims::reading::reading_to_store(&claim, &dataset, Some(&names));
            match &claim.reading {
                Some(_) => read_now += 1,
                None => {
                    unread += 1;
                    let why = gl::claims::reading::read_claim(&claim, &dataset, Some(&names))
                        .error
                        .map_or_else(String::new, |e| e.message);
                    eprintln!(
                        "{file}: claim {}: not read: {why}; written without a reading (set `relation` by hand, or choose in the claim editor)",
                        claim.id
                    );
                }
            }
        }
        claims.push(claim);
    }
    // A claims document, its fields in the format's order.
    #[derive(serde::Serialize)]
    struct Document<'a> {
        claims: &'a [gl::Claim],
    }
    let json = serde_json::to_string_pretty(&Document { claims: &claims })
        .map_err(|e| Failure(format!("cannot write JSON: {e}")))?
        + "\n";
    match &args.out {
        Some(path) => std::fs::write(path, json)
            .map_err(|e| Failure(format!("{}: cannot write the file: {e}", path.display())))?,
        // A closed pipe (`| head`) is the reader's choice, not an error.
        None => {
            let _ = std::io::Write::write_all(&mut std::io::stdout(), json.as_bytes());
        }
    }
    eprintln!(
        "gapline: {} read now (not reviewed), {kept} reviewed kept as they were, {unread} not read{}",
        crate::plural(read_now, "claim"),
        if problems.is_empty() {
            String::new()
        } else {
            format!("; {} in the file left out", crate::plural(problems.len(), "problem"))
        }
    );
    Ok(problems.is_empty() && unread == 0)
}
