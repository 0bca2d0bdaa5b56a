//! The claims ledger: every claim's verdict in one list, each speaker's record, and which
//! verdicts changed when the data changed, and why.
//!
//! # Rules
//!
//! 1. **One entry per comparison.** A claim whose text makes several comparisons ("neared the
//!    level of GPT-3.5, but still a 1.5-year gap from GPT-4") has an entry for each, numbered
//!    by `part` (0 is what the claim is read as on its own), as the timeline draws a row for
//!    each.
//! 2. **Judged as the timeline judges** ([`Ledger::new`]): a claim about chips in the chips
//!    view, any other in the models view ([`apply_view`]), on the scores chosen between the
//!    United States and China ([`select_scores`](super::evaluators::select_scores)); each
//!    comparison on the benchmark asked for, else its own, else the timeline's
//!    ([`verdict_benchmark`]); in the lag reading, or the catch-up reading when the lag
//!    reading has no date for it (no model to count from). The claims page judges each claim's
//!    first reading on the one benchmark its reader picked ([`Ledger::as_listed`]).
//! 3. **Observed lag**: for a checked verdict, observed parity minus the date the gap is
//!    counted from (the reference's release, or the date said in the catch-up reading), in
//!    months of 30.4375 days.
//! 4. **Signed error** = claimed gap minus observed lag, in months: the verdict's own number
//!    (projected minus observed parity). **Positive**: China reached the reference's score
//!    *sooner* than claimed (the claim put China further behind than it was); **negative**:
//!    later (the claim was too optimistic about China). 0 when the observed lag is within a
//!    claimed range; outside it, counted from the nearer end. Only a checked verdict on a score
//!    that can tell has an error; such an entry is *judged*. "Not yet", a `near` reading,
//!    "this benchmark cannot tell" and "not enough data" have none: never a made-up number.
//!    (Projected dates add calendar months, so the error can differ from claimed minus
//!    observed by a few days: under 0.1 month for a gap of 18 months.)
//! 5. **Speaker records** ([`SpeakerRecord`]) group entries by the speaker's name as written;
//!    the mean errors are over the speaker's judged entries, and the benchmarks named are the
//!    ones those judged entries rest on.
//! 6. **Changes** ([`changes`]) pair the entries of two ledgers by claim id and part; an entry
//!    changed when any of its verdict, benchmark, scores used, reference score, matching model,
//!    observed lag or error (each compared as shown, to a tenth of a month), or what it was
//!    read as, differs, or when it is in only one of the two.

use super::chance::{Resolution, verdict_benchmark};
use super::observed::{DAYS_PER_MONTH, Score};
use super::projection::{ReadingKind, project};
use super::verdict::{Verdict, verdict};
use crate::claims::reading::{Reading, read_claim, read_claim_all};
use crate::claims::relation::Relation;
use crate::claims::resolve::Resolver;
use crate::data::claim::Claim;
use crate::data::dataset::Dataset;
use crate::data::date::PartialDate;
use crate::data::region::Region;
use crate::gap::evaluators::EvaluatorChoice;
use crate::lang::Lang;
use crate::scene::svg::num;
use crate::scene::view::{View, apply_view};
use serde::Serialize;
use std::fmt;

/// What a verdict came to, in one word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum VerdictKind {
    /// Parity was observed, on a score that can tell: the entry has an error in months.
    Checked,
    /// China had not reached the reference's score by the end of the data.
    NotYet,
    /// A `near` or `parity` reading with no duration, checked at the date said.
    Near,
    /// The reference's score is too near chance or the top of the scale to say anything.
    CannotTell,
    /// No benchmark fits: the claim names no model, gives no date, or the model has no score.
    NotEnoughData,
}

impl VerdictKind {
    /// Of a verdict: [`VerdictKind::CannotTell`] wherever the reference's score cannot tell.
    pub fn of(verdict: &Verdict) -> VerdictKind {
        match verdict {
            Verdict::NotEnoughData { .. } => VerdictKind::NotEnoughData,
            v if !v.resolution().is_some_and(Resolution::is_clear) => VerdictKind::CannotTell,
            Verdict::Checked { .. } => VerdictKind::Checked,
            Verdict::NotYet { .. } => VerdictKind::NotYet,
            Verdict::Near { .. } => VerdictKind::Near,
        }
    }

    /// The words in a table: `checked`, `not yet`, `near`, `cannot tell`, `not enough data`.
    pub fn words(self) -> &'static str {
        match self {
            VerdictKind::Checked => "checked",
            VerdictKind::NotYet => "not yet",
            VerdictKind::Near => "near",
            VerdictKind::CannotTell => "cannot tell",
            VerdictKind::NotEnoughData => "not enough data",
        }
    }
}

/// A claimed gap in months: `max` is `None` for an open-ended gap ("at least two years").
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ClaimedGap {
    /// The least gap claimed.
    pub min: f64,
    /// The most; `None` when open-ended.
    pub max: Option<f64>,
}

/// One comparison of one claim, with its verdict (rule 1).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LedgerEntry {
    /// The claim's id.
    pub claim_id: String,
    /// Which comparison of the claim's text: 0 is the claim's own reading.
    pub part: usize,
    /// Who said it, as the claim writes the name.
    pub speaker: String,
    /// When it was said, at its precision.
    pub said_on: PartialDate,
    /// What it was read as, in English: "behind GPT-4 by 1.5 years".
    pub says: String,
    /// The reading it was judged in (rule 2).
    pub reading: ReadingKind,
    /// What the verdict came to.
    pub verdict: VerdictKind,
    /// The verdict as the reader sees it, in English ([`Verdict::text`]).
    pub text: String,
    /// Why there is not enough data, for [`VerdictKind::NotEnoughData`]; else `None`.
    pub why: Option<&'static str>,
    /// The benchmark (or chip metric) the verdict rests on; `None` with not enough data.
    pub benchmark: Option<String>,
    /// Whose scores it rests on, in English ("independent scores (Epoch AI)"), when they were
    /// chosen.
    pub scores: Option<String>,
    /// The reference model's score (its earliest on the benchmark).
    pub reference: Option<Score>,
    /// China's first model with at least that score, if any.
    pub matched: Option<Score>,
    /// The gap the claim states (0 for a parity claim); `None` when it states none.
    pub claimed_months: Option<ClaimedGap>,
    /// The observed lag in months (rule 3); only for a checked verdict.
    pub observed_months: Option<f64>,
    /// Claimed minus observed, in months (rule 4): positive when China got there sooner than
    /// claimed. `None` unless the entry is judged.
    pub error_months: Option<f64>,
}

impl LedgerEntry {
    /// The entry of comparison `part` of `claim`, read as `reading`, judged in the `kind`
    /// reading as `verdict`.
    pub fn new(
        claim: &Claim,
        part: usize,
        reading: &Reading,
        kind: ReadingKind,
        verdict: &Verdict,
    ) -> LedgerEntry {
        let outcome = VerdictKind::of(verdict);
        let claimed_months = match (reading.relation, reading.gap_months) {
            (Relation::Parity, None) => Some(ClaimedGap { min: 0.0, max: Some(0.0) }),
            (_, Some((min, max))) => Some(ClaimedGap { min, max }),
            (_, None) => None,
        };
        let (mut benchmark, mut reference, mut matched, mut observed_months, mut error_months) =
            (None, None, None, None, None);
        let mut why = None;
        match verdict {
            Verdict::Checked {
                benchmark: b,
                reference: r,
                observed,
                projection,
                months_from,
                months_to,
                ..
            } => {
                (benchmark, reference, matched) = (Some(b), Some(r), Some(observed));
                let days = (observed.date - projection.anchor).num_days();
                observed_months = Some(days as f64 / DAYS_PER_MONTH);
                // As the verdict's sentence counts it: within the range, 0; else the nearer end.
                let inside = *months_from <= 0.0 && months_to.is_none_or(|to| to >= 0.0);
                error_months = match outcome {
                    VerdictKind::Checked if inside => Some(0.0),
                    VerdictKind::Checked if *months_from > 0.0 => Some(*months_from),
                    VerdictKind::Checked => Some(months_to.unwrap_or(*months_from)),
                    _ => None,
                };
            }
            Verdict::NotYet { benchmark: b, reference: r, .. } => {
                (benchmark, reference) = (Some(b), Some(r));
            }
            Verdict::Near { benchmark: b, reference: r, observed, .. } => {
                (benchmark, reference, matched) = (Some(b), Some(r), observed.as_ref());
            }
            Verdict::NotEnoughData { why: w } => why = Some(*w),
        }
        LedgerEntry {
            claim_id: claim.id.clone(),
            part,
            speaker: claim.speaker.clone(),
            said_on: claim.said_on,
            says: reading.summary(Lang::En),
            reading: kind,
            verdict: outcome,
            text: verdict.text(Lang::En),
            why,
            benchmark: benchmark.cloned(),
            scores: verdict.scores().map(|s| s.text(Lang::En)),
            reference: reference.cloned(),
            matched: matched.cloned(),
            claimed_months,
            observed_months,
            error_months,
        }
    }
}

/// One speaker's record (rule 5).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpeakerRecord {
    /// The speaker, as the claims write the name.
    pub speaker: String,
    /// Their claims (statements), each counted once however many comparisons it makes.
    pub claims: usize,
    /// Their entries: one per comparison (rule 1).
    pub comparisons: usize,
    /// Entries with an error in months (rule 4).
    pub judged: usize,
    /// The mean signed error of the judged entries, in months (positive: China got there
    /// sooner than they said); `None` when none is judged.
    pub mean_error_months: Option<f64>,
    /// The mean size of those errors, in months, so errors of opposite sign do not hide each
    /// other; `None` when none is judged.
    pub mean_abs_error_months: Option<f64>,
    /// The benchmarks the judged entries rest on, in the order first met.
    pub benchmarks: Vec<String>,
}

/// Every entry, and every speaker's record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ledger {
    /// One per comparison of each claim, in the claims' order, then by part.
    pub entries: Vec<LedgerEntry>,
    /// One per speaker: most claims first, then by name.
    pub speakers: Vec<SpeakerRecord>,
}

/// How a ledger judges (rule 2). Default: each comparison on its own benchmark, scores chosen
/// automatically.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LedgerOptions {
    /// The benchmark of every verdict. Default `None`: each comparison's own (rule 2).
    pub benchmark: Option<String>,
    /// Whose scores. Default: [`EvaluatorChoice::Auto`].
    pub evaluator: EvaluatorChoice,
}

impl Ledger {
    /// The ledger of the claims of `data`, judged as the timeline judges them (rule 2).
    pub fn new(data: &Dataset, options: &LedgerOptions) -> Ledger {
        let lanes = [Region::US, Region::CN];
        // (index of the claim in `data`, entry): each view judges its own claims.
        let mut entries: Vec<(usize, LedgerEntry)> = Vec::new();
        for view in [View::Models, View::Chips] {
            let mut d = data.clone();
            apply_view(&mut d, view, &lanes, options.evaluator);
            if d.claims.is_empty() {
                continue;
            }
            let asked = options.benchmark.as_deref().or(view.default_benchmark());
            let scene = match asked {
                Some(b) => Some(b.to_string()),
                None => super::chance::scene_benchmark(&d, Region::US, Region::CN),
            };
            let names = Resolver::new(&d);
            for claim in &d.claims {
                let index = data.claims.iter().position(|c| c.id == claim.id).unwrap_or(0);
                for (part, reading) in read_claim_all(claim, &d, Some(&names)).iter().enumerate() {
                    let benchmark = verdict_benchmark(
                        &d,
                        asked,
                        reading.reference.model_id.as_deref(),
                        scene.as_deref(),
                    );
                    // As a claim row is drawn: without a date in the lag reading, catch-up.
                    let kind = if project(claim, reading, &d, ReadingKind::Lag).is_none()
                        && project(claim, reading, &d, ReadingKind::CatchUp).is_some()
                    {
                        ReadingKind::CatchUp
                    } else {
                        ReadingKind::Lag
                    };
                    let judged = match &benchmark {
                        Some(b) => verdict(claim, reading, &d, b, kind),
                        None => Verdict::NotEnoughData { why: "the data has no scores at all" },
                    };
                    entries.push((index, LedgerEntry::new(claim, part, reading, kind, &judged)));
                }
            }
        }
        entries.sort_by_key(|(index, e)| (*index, e.part));
        Ledger::from_entries(entries.into_iter().map(|(_, e)| e).collect())
    }

    /// The ledger of the claims as the claims page lists them
    /// ([`claim_index`](crate::scene::claim_index)): each claim's first reading, on
    /// `benchmark`, in the `kind` reading, on the scores of `data` as they are.
    pub fn as_listed(data: &Dataset, benchmark: &str, kind: ReadingKind) -> Ledger {
        let names = Resolver::new(data);
        let entries = data
            .claims
            .iter()
            .map(|claim| {
                let reading = read_claim(claim, data, Some(&names));
                let judged = verdict(claim, &reading, data, benchmark, kind);
                LedgerEntry::new(claim, 0, &reading, kind, &judged)
            })
            .collect();
        Ledger::from_entries(entries)
    }

    /// The ledger of `entries`, with the speakers' records computed from them.
    pub fn from_entries(entries: Vec<LedgerEntry>) -> Ledger {
        let speakers = speaker_records(&entries);
        Ledger { entries, speakers }
    }
}

/// Each speaker's record (rule 5): most claims first, then by name.
pub fn speaker_records(entries: &[LedgerEntry]) -> Vec<SpeakerRecord> {
    // (record, the claim ids counted, sum of errors, sum of sizes)
    let mut all: Vec<(SpeakerRecord, Vec<&str>, f64, f64)> = Vec::new();
    for e in entries {
        let at = match all.iter().position(|(r, ..)| r.speaker == e.speaker) {
            Some(at) => at,
            None => {
                let record = SpeakerRecord {
                    speaker: e.speaker.clone(),
                    claims: 0,
                    comparisons: 0,
                    judged: 0,
                    mean_error_months: None,
                    mean_abs_error_months: None,
                    benchmarks: Vec::new(),
                };
                all.push((record, Vec::new(), 0.0, 0.0));
                all.len() - 1
            }
        };
        let (record, ids, sum, size) = &mut all[at];
        record.comparisons += 1;
        if !ids.contains(&e.claim_id.as_str()) {
            ids.push(&e.claim_id);
            record.claims += 1;
        }
        if let Some(error) = e.error_months {
            record.judged += 1;
            *sum += error;
            *size += error.abs();
            if let Some(b) = &e.benchmark
                && !record.benchmarks.contains(b)
            {
                record.benchmarks.push(b.clone());
            }
        }
    }
    let mut records: Vec<SpeakerRecord> = all
        .into_iter()
        .map(|(mut r, _, sum, size)| {
            if r.judged > 0 {
                let n = r.judged as f64;
                (r.mean_error_months, r.mean_abs_error_months) = (Some(sum / n), Some(size / n));
            }
            r
        })
        .collect();
    records.sort_by(|a, b| b.claims.cmp(&a.claims).then_with(|| a.speaker.cmp(&b.speaker)));
    records
}

/// One way an entry differs between two ledgers (rule 6).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "what", rename_all = "snake_case")]
pub enum Difference {
    /// The entry is only in the new ledger.
    Added,
    /// The entry is only in the old ledger.
    Removed,
    /// It is read differently (a name that now resolves to a model of the data, say).
    Reading {
        /// Read as, before.
        from: String,
        /// Read as, now.
        to: String,
    },
    /// The verdict came to something else.
    Verdict {
        /// Before.
        from: VerdictKind,
        /// Now.
        to: VerdictKind,
    },
    /// Another benchmark was used.
    Benchmark {
        /// Before; `None` for none.
        from: Option<String>,
        /// Now.
        to: Option<String>,
    },
    /// Other scores were used (independent ones, or all).
    Scores {
        /// Before.
        from: Option<String>,
        /// Now.
        to: Option<String>,
    },
    /// The reference's score the claim is measured against changed.
    Reference {
        /// Before, as "GPT-4 (86.4 %), 2023-03-14".
        from: Option<String>,
        /// Now.
        to: Option<String>,
    },
    /// Another Chinese model (or none) was the first to reach the reference's score.
    Matched {
        /// Before, as "DeepSeek-R1 (90.8 %), 2025-01-20".
        from: Option<String>,
        /// Now.
        to: Option<String>,
    },
    /// The observed lag changed, in months.
    Observed {
        /// Before; `None` when there was none.
        from: Option<f64>,
        /// Now.
        to: Option<f64>,
    },
    /// The signed error changed, in months.
    Error {
        /// Before.
        from: f64,
        /// Now.
        to: f64,
    },
    /// The entry could not be judged before and now can, or the other way round.
    Judged {
        /// Whether it is judged now.
        now: bool,
        /// Why it is not judged (the one of the two that is not): its verdict, and the reason
        /// when there is not enough data.
        because: String,
    },
}

/// Months as a table shows them: one decimal, with a sign when `signed` and not zero (`+4.2`,
/// `-0.5`, `8.0`, `0.0`).
pub fn months_text(months: f64, signed: bool) -> String {
    let n = num(months);
    let n = if n.contains('.') { n } else { format!("{n}.0") };
    if signed && !n.starts_with('-') && n != "0.0" { format!("+{n}") } else { n }
}

fn or_none(value: &Option<String>) -> &str {
    value.as_deref().unwrap_or("none")
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let months = |m: &Option<f64>| m.map_or("none".to_string(), |m| months_text(m, false));
        match self {
            Difference::Added => write!(f, "not in the ledger of the old data"),
            Difference::Removed => write!(f, "not in the ledger of the new data"),
            Difference::Reading { from, to } => write!(f, "read as “{to}”, was “{from}”"),
            Difference::Verdict { from, to } => {
                write!(f, "verdict changed from {} to {}", from.words(), to.words())
            }
            Difference::Benchmark { from, to } => {
                write!(f, "benchmark used changed from {} to {}", or_none(from), or_none(to))
            }
            Difference::Scores { from, to } => {
                write!(f, "scores used changed from {} to {}", or_none(from), or_none(to))
            }
            Difference::Reference { from, to } => {
                write!(f, "reference score was {}, now {}", or_none(from), or_none(to))
            }
            Difference::Matched { from, to } => write!(
                f,
                "first Chinese model at that score was {}, now {}",
                or_none(from),
                or_none(to)
            ),
            Difference::Observed { from, to } => {
                write!(f, "observed lag changed from {} to {} months", months(from), months(to))
            }
            Difference::Error { from, to } => write!(
                f,
                "error changed from {} to {} months",
                months_text(*from, true),
                months_text(*to, true)
            ),
            Difference::Judged { now: true, because } => {
                write!(f, "could not be judged before ({because}); now it can")
            }
            Difference::Judged { now: false, because } => {
                write!(f, "could be judged before; now it cannot ({because})")
            }
        }
    }
}

/// One entry whose verdict changed between two ledgers, and why (rule 6).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// The claim's id.
    pub claim_id: String,
    /// Which comparison of it.
    pub part: usize,
    /// Who said it.
    pub speaker: String,
    /// The verdict before, in English; `None` when the entry is new.
    pub before: Option<String>,
    /// The verdict now; `None` when the entry is gone.
    pub after: Option<String>,
    /// What differs, typed.
    pub differences: Vec<Difference>,
    /// The same, as sentences (`Difference`'s `Display`).
    pub reasons: Vec<String>,
}

/// A score as a reason names it: "GPT-4 (86.4 %), 2023-03-14".
fn score_text(score: &Option<Score>) -> Option<String> {
    score.as_ref().map(|s| format!("{} ({}), {}", s.model_name, s.shown(Lang::En), s.date))
}

/// To a tenth of a month, as shown (rule 6).
fn same_months(a: Option<f64>, b: Option<f64>) -> bool {
    a.map(num) == b.map(num)
}

/// Why an entry is not judged: "not enough data: the model has no score on this benchmark".
fn not_judged(e: &LedgerEntry) -> String {
    match e.why {
        Some(why) => format!("{}: {why}", e.verdict.words()),
        None => e.verdict.words().to_string(),
    }
}

/// How `new` differs from `old`, the same comparison of the same claim (rule 6).
fn differences(old: &LedgerEntry, new: &LedgerEntry) -> Vec<Difference> {
    let mut out = Vec::new();
    if old.says != new.says {
        out.push(Difference::Reading { from: old.says.clone(), to: new.says.clone() });
    }
    if old.verdict != new.verdict {
        out.push(Difference::Verdict { from: old.verdict, to: new.verdict });
    }
    if old.benchmark != new.benchmark {
        out.push(Difference::Benchmark { from: old.benchmark.clone(), to: new.benchmark.clone() });
    }
    if old.scores != new.scores {
        out.push(Difference::Scores { from: old.scores.clone(), to: new.scores.clone() });
    }
    let (from, to) = (score_text(&old.reference), score_text(&new.reference));
    if from != to {
        out.push(Difference::Reference { from, to });
    }
    let (from, to) = (score_text(&old.matched), score_text(&new.matched));
    if from != to {
        out.push(Difference::Matched { from, to });
    }
    if !same_months(old.observed_months, new.observed_months) {
        out.push(Difference::Observed { from: old.observed_months, to: new.observed_months });
    }
    match (old.error_months, new.error_months) {
        (Some(from), Some(to)) if !same_months(Some(from), Some(to)) => {
            out.push(Difference::Error { from, to })
        }
        (None, Some(_)) => out.push(Difference::Judged { now: true, because: not_judged(old) }),
        (Some(_), None) => out.push(Difference::Judged { now: false, because: not_judged(new) }),
        _ => {}
    }
    out
}

/// The entries whose verdict changed from `old` to `new` (rule 6), in `new`'s order, then
/// those only in `old`.
pub fn changes(old: &Ledger, new: &Ledger) -> Vec<Change> {
    let key = |e: &LedgerEntry| (e.claim_id.clone(), e.part);
    let find = |ledger: &'_ Ledger, k: &(String, usize)| -> Option<LedgerEntry> {
        ledger.entries.iter().find(|e| key(e) == *k).cloned()
    };
    let change = |e: &LedgerEntry, before: Option<&LedgerEntry>, after: Option<&LedgerEntry>| {
        let differences = match (before, after) {
            (Some(b), Some(a)) => differences(b, a),
            (None, _) => vec![Difference::Added],
            (_, None) => vec![Difference::Removed],
        };
        Change {
            claim_id: e.claim_id.clone(),
            part: e.part,
            speaker: e.speaker.clone(),
            before: before.map(|b| b.text.clone()),
            after: after.map(|a| a.text.clone()),
            reasons: differences.iter().map(ToString::to_string).collect(),
            differences,
        }
    };
    let mut out = Vec::new();
    for e in &new.entries {
        let before = find(old, &key(e));
        let c = change(e, before.as_ref(), Some(e));
        if !c.differences.is_empty() {
            out.push(c);
        }
    }
    for e in &old.entries {
        if find(new, &key(e)).is_none() {
            out.push(change(e, Some(e), None));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset::RawDataset;

    /// GPT-4 (MMLU 86.4, 14 March 2023), Qwen2 (84.2, June 2024), DeepSeek-R1 (90.8, 20 January
    /// 2025, or `r1_released`), an A100 and an Ascend chip, and the claims `claims` (JSON).
    fn data_with(r1_released: &str, claims: &str) -> Dataset {
        let json = format!(
            r#"{{"models": [
              {{"id": "gpt-4", "name": "GPT-4", "region": "US", "released": "2023-03-14", "scores": {{"MMLU": 86.4}}, "source_url": "https://a.example"}},
              {{"id": "gpt-3.5", "name": "GPT-3.5", "region": "US", "released": "2022-11-30", "scores": {{"MMLU": 70.0}}, "source_url": "https://a.example"}},
              {{"id": "qwen2", "name": "Qwen2", "region": "CN", "released": "2024-06", "scores": {{"MMLU": 84.2}}, "source_url": "https://a.example"}},
              {{"id": "r1", "name": "DeepSeek-R1", "region": "CN", "released": "{r1_released}", "scores": {{"MMLU": 90.8}}, "source_url": "https://a.example"}},
              {{"id": "nvidia-a100", "name": "NVIDIA A100", "organization": "NVIDIA", "modality": "chips", "region": "US", "released": "2020-05-14", "source_url": "https://a.example"}},
              {{"id": "huawei-ascend-910", "name": "Huawei Ascend 910", "organization": "Huawei", "modality": "chips", "region": "CN", "released": "2019-08-23", "source_url": "https://a.example"}}],
             "benchmarks": [
              {{"benchmark": "Dense FP16 throughput", "model": "nvidia-a100", "model_name": "NVIDIA A100", "region": "US", "released": "2020-05-14", "score": 312, "unit": "TFLOP/s", "source_url": "https://s.example", "evaluator": "self"}},
              {{"benchmark": "Dense FP16 throughput", "model": "huawei-ascend-910", "model_name": "Huawei Ascend 910", "region": "CN", "released": "2019-08-23", "score": 320, "unit": "TFLOP/s", "source_url": "https://s.example", "evaluator": "self"}}],
             "claims": {claims}}}"#
        );
        let loaded = serde_json::from_str::<RawDataset>(&json).expect("JSON").check();
        assert_eq!(loaded.problems, []);
        loaded.dataset
    }

    fn claim(id: &str, speaker: &str, said_on: &str, text: &str) -> String {
        format!(
            r#"{{"id": "{id}", "speaker": "{speaker}", "said_on": "{said_on}", "source_url": "https://b.example", "text": "{text}"}}"#
        )
    }

    /// Zhou Hongyi's two statements (the second makes two comparisons), a pessimist, a claim
    /// about chips, and one that names no model.
    fn claims() -> String {
        let all = [
            claim("z1", "Zhou Hongyi", "2023-03", "two to three years behind GPT-4"),
            claim(
                "z2",
                "Zhou Hongyi",
                "2024-02-16",
                "have neared the level of GPT-3.5, but there is still a 1.5-year gap from GPT-4",
            ),
            claim("p", "A. Pessimist", "2023-06", "China is five years behind GPT-4"),
            claim(
                "chip",
                "Liu Qingfeng",
                "2023-08",
                "Huawei has already matched Nvidia's cutting-edge A100 chips",
            ),
            claim("us", "Someone", "2024-05", "China is two years behind the US"),
        ];
        format!("[{}]", all.join(","))
    }

    fn ledger(r1_released: &str) -> Ledger {
        Ledger::new(&data_with(r1_released, &claims()), &LedgerOptions::default())
    }

    fn entry<'a>(l: &'a Ledger, id: &str, part: usize) -> &'a LedgerEntry {
        l.entries.iter().find(|e| e.claim_id == id && e.part == part).expect(id)
    }

    #[test]
    fn every_comparison_of_every_claim_is_an_entry_in_the_claims_order() {
        let l = ledger("2025-01-20");
        let keys: Vec<(&str, usize)> =
            l.entries.iter().map(|e| (e.claim_id.as_str(), e.part)).collect();
        // The chips claim is judged in the chips view, yet keeps its place.
        assert_eq!(keys, [("z1", 0), ("z2", 0), ("z2", 1), ("p", 0), ("chip", 0), ("us", 0)]);
        let chip = entry(&l, "chip", 0);
        assert_eq!(
            chip.benchmark.as_deref(),
            Some("Dense FP16 throughput (the claim names no metric)")
        );
        // "Has matched" has no date in the lag reading; as its row is drawn, it is judged in
        // the catch-up reading: parity at the date said, and the Ascend 910 was there before.
        assert_eq!((chip.verdict, chip.reading), (VerdictKind::Checked, ReadingKind::CatchUp));
        assert_eq!(chip.matched.as_ref().map(|s| s.model_name.as_str()), Some("Huawei Ascend 910"));
        assert_eq!(chip.claimed_months, Some(ClaimedGap { min: 0.0, max: Some(0.0) }));
        assert!(chip.error_months.is_some_and(|m| m > 40.0), "{chip:?}");
        let us = entry(&l, "us", 0);
        assert_eq!(us.verdict, VerdictKind::NotEnoughData);
        assert!(us.why.is_some() && us.error_months.is_none() && us.benchmark.is_none());
    }

    #[test]
    fn the_error_is_claimed_minus_observed_and_positive_when_china_came_sooner() {
        let l = ledger("2025-01-20");
        // 1.5 years from GPT-4 (14 March 2023): projected 14 September 2024; DeepSeek-R1 (20
        // January 2025) is the first Chinese model at 86.4 or more, 128 days later.
        let e = entry(&l, "z2", 0);
        assert_eq!((e.verdict, e.benchmark.as_deref()), (VerdictKind::Checked, Some("MMLU")));
        assert_eq!(e.claimed_months, Some(ClaimedGap { min: 18.0, max: Some(18.0) }));
        let observed = e.observed_months.expect("observed");
        assert_eq!((observed * DAYS_PER_MONTH).round(), 678.0, "14 March 2023 to 20 January 2025");
        let error = e.error_months.expect("judged");
        assert_eq!((error * DAYS_PER_MONTH).round(), -128.0, "parity came later than claimed");
        assert!((error - (18.0 - observed)).abs() < 0.1, "claimed minus observed: {error}");
        assert!(e.text.contains("4 months later than claimed"), "{}", e.text);
        assert_eq!(
            e.scores.as_deref(),
            Some("scores as published: no independent scores on both sides")
        );
        // Two to three years: 22 months observed is under the range's least end, 24.
        let e = entry(&l, "z1", 0);
        let error = e.error_months.expect("judged");
        assert!(error > 0.0 && (error - (24.0 - 22.2)).abs() < 0.2, "{error}");
        // The second comparison of z2 is a near reading: a verdict, but no number.
        let near = entry(&l, "z2", 1);
        assert_eq!(
            (near.verdict, near.error_months, near.observed_months),
            (VerdictKind::Near, None, None)
        );
        assert_eq!(near.claimed_months, None);
        // A range that holds the observed lag: zero error.
        let d = data_with(
            "2025-01-20",
            &format!("[{}]", claim("r", "R", "2023-06", "one to three years behind GPT-4")),
        );
        let l = Ledger::new(&d, &LedgerOptions::default());
        assert_eq!(l.entries[0].error_months, Some(0.0));
    }

    #[test]
    fn a_speaker_record_counts_claims_comparisons_and_judged_and_averages_the_signed_error() {
        let l = ledger("2025-01-20");
        let zhou = l.speakers.iter().find(|s| s.speaker == "Zhou Hongyi").expect("Zhou");
        assert_eq!((zhou.claims, zhou.comparisons, zhou.judged), (2, 3, 2));
        let errors: Vec<f64> = l
            .entries
            .iter()
            .filter(|e| e.speaker == "Zhou Hongyi")
            .filter_map(|e| e.error_months)
            .collect();
        assert_eq!(errors.len(), 2);
        let mean = zhou.mean_error_months.expect("mean");
        assert!((mean - (errors[0] + errors[1]) / 2.0).abs() < 1e-9);
        let size = zhou.mean_abs_error_months.expect("size");
        assert!(size > mean.abs(), "one early, one late: the sizes do not cancel ({size}, {mean})");
        assert_eq!(zhou.benchmarks, ["MMLU"]);
        // Five years behind GPT-4 (March 2028), met in January 2025: far too pessimistic.
        let p = l.speakers.iter().find(|s| s.speaker == "A. Pessimist").expect("pessimist");
        assert!(p.mean_error_months.is_some_and(|m| m > 30.0), "{p:?}");
        // Nothing judged: no mean, no benchmark named.
        let s = l.speakers.iter().find(|s| s.speaker == "Someone").expect("someone");
        assert_eq!((s.claims, s.judged, s.mean_error_months, s.benchmarks.len()), (1, 0, None, 0));
        // Most claims first.
        assert_eq!(l.speakers[0].speaker, "Zhou Hongyi");
        assert_eq!(l.speakers.iter().map(|s| s.claims).sum::<usize>(), 5);
    }

    #[test]
    fn the_claims_page_ledger_judges_first_readings_on_one_benchmark() {
        let d = data_with("2025-01-20", &claims());
        let l = Ledger::as_listed(&d, "MMLU", ReadingKind::Lag);
        assert_eq!(l.entries.len(), d.claims.len(), "one entry per claim");
        assert!(l.entries.iter().all(|e| e.part == 0));
        let zhou = l.speakers.iter().find(|s| s.speaker == "Zhou Hongyi").expect("Zhou");
        // z2's "close to GPT-3.5" is not listed: one comparison per claim.
        assert_eq!((zhou.claims, zhou.comparisons, zhou.judged), (2, 2, 2));
        // In the lag reading as asked, with no catch-up fallback: the chips claim is a near
        // verdict, checked at the date said, so not judged.
        let chip = l.entries.iter().find(|e| e.claim_id == "chip").expect("chip");
        assert_eq!((chip.verdict, chip.error_months), (VerdictKind::Near, None));
        // On a benchmark the data has no scores on, nobody is judged.
        let l = Ledger::as_listed(&d, "GPQA diamond", ReadingKind::Lag);
        assert!(l.speakers.iter().all(|s| s.judged == 0 && s.mean_error_months.is_none()));
        assert!(
            l.entries
                .iter()
                .filter(|e| e.claim_id != "chip")
                .all(|e| e.verdict == VerdictKind::NotEnoughData)
        );
    }

    #[test]
    fn a_moved_release_date_is_a_change_with_its_reasons() {
        let (old, new) = (ledger("2025-01-20"), ledger("2024-07-15"));
        let found = changes(&old, &new);
        // R1 in July 2024 is before the 1.5-year projection (September 2024) and inside two to
        // three years: every judged entry moves; the near, chips and no-model entries do not.
        let ids: Vec<(&str, usize)> = found.iter().map(|c| (c.claim_id.as_str(), c.part)).collect();
        assert_eq!(ids, [("z1", 0), ("z2", 0), ("p", 0)]);
        let z2 = &found[1];
        assert!(z2.before.as_deref().is_some_and(|t| t.contains("later than claimed")), "{z2:?}");
        assert!(z2.after.as_deref().is_some_and(|t| t.contains("sooner than claimed")), "{z2:?}");
        assert!(
            z2.differences
                .iter()
                .any(|d| matches!(d, Difference::Matched { from: Some(f), to: Some(t) }
                if f.ends_with("2025-01-20") && t.ends_with("2024-07-15"))),
            "{z2:?}"
        );
        let observed = z2.differences.iter().find_map(|d| match d {
            Difference::Observed { from: Some(f), to: Some(t) } => Some((*f, *t)),
            _ => None,
        });
        assert!(observed.is_some_and(|(f, t)| f > t), "earlier parity, shorter lag: {z2:?}");
        assert!(
            z2.reasons.iter().any(|r| r.starts_with("observed lag changed from 22.3 to 16")),
            "{:?}",
            z2.reasons
        );
        assert!(
            z2.reasons.iter().any(|r| r.starts_with("error changed from -4.2 to +")),
            "{:?}",
            z2.reasons
        );
        assert_eq!(z2.reasons.len(), z2.differences.len());
        // The same data: nothing changed.
        assert_eq!(changes(&old, &old), []);
    }

    #[test]
    fn a_claim_that_becomes_judgeable_or_appears_says_so() {
        // Without DeepSeek-R1 no Chinese model reaches GPT-4's 86.4: not yet, no number.
        let mut before = data_with("2025-01-20", &claims());
        before.models.retain(|m| m.id != "r1");
        let old = Ledger::new(&before, &LedgerOptions::default());
        assert_eq!(entry(&old, "z2", 0).verdict, VerdictKind::NotYet);
        let new = ledger("2025-01-20");
        let z2 = changes(&old, &new).into_iter().find(|c| c.claim_id == "z2" && c.part == 0);
        let z2 = z2.expect("z2 changed");
        assert!(z2.differences.contains(&Difference::Verdict {
            from: VerdictKind::NotYet,
            to: VerdictKind::Checked
        }));
        assert!(
            z2.reasons.contains(&"verdict changed from not yet to checked".to_string()),
            "{:?}",
            z2.reasons
        );
        assert!(
            z2.reasons.contains(&"could not be judged before (not yet); now it can".to_string())
        );
        assert!(
            z2.reasons.contains(
                &"first Chinese model at that score was none, now DeepSeek-R1 (90.8 %), 2025-01-20"
                    .to_string()
            ),
            "{:?}",
            z2.reasons
        );
        // A claim only in one of the two.
        let fewer = Ledger::from_entries(
            new.entries.iter().filter(|e| e.claim_id != "p").cloned().collect(),
        );
        let found = changes(&fewer, &new);
        assert_eq!(
            found.iter().map(|c| (c.claim_id.as_str(), &c.differences[..])).collect::<Vec<_>>(),
            [("p", &[Difference::Added][..])]
        );
        let found = changes(&new, &fewer);
        assert_eq!(found[0].reasons, ["not in the ledger of the new data"]);
        assert_eq!((found[0].before.is_some(), found[0].after.is_none()), (true, true));
    }

    #[test]
    fn months_are_shown_to_a_tenth_with_a_sign_when_asked() {
        let cases = [
            ("positive", 4.24, true, "+4.2"),
            ("negative", -4.26, true, "-4.3"),
            ("zero has no sign", 0.0, true, "0.0"),
            ("rounds to zero", -0.04, true, "0.0"),
            ("a whole number keeps its decimal", 8.0, true, "+8.0"),
            ("unsigned", 22.25, false, "22.3"),
            ("unsigned, negative", -47.26, false, "-47.3"),
        ];
        for (label, months, signed, expected) in cases {
            assert_eq!(months_text(months, signed), expected, "{label}");
        }
    }
}
