//! What a claim implies on the timeline: the date (or range of dates) by which parity arrives.
//!
//! # Rules
//!
//! 1. **Two readings** (DESIGN §2). *Lag*: parity arrives the gap after the reference model's
//!    release ("GPT-4 + 18 months"). *Catch-up*: parity arrives the gap after the claim was made
//!    ("February 2024 + 18 months"). A claim whose reference is a region, not a model, has only
//!    the catch-up reading.
//! 2. **Ranges.** A gap of 12–24 months projects to a range of dates; an open-ended gap ("at
//!    least two years") to a range with no end.
//! 3. **Which claims project.** `behind` with a duration projects as above; `parity` says parity
//!    has arrived: its catch-up projection is the date said. Any other claim (`near`, `ahead`,
//!    comparisons of gaps, no duration) has no projection and is drawn as a marker at the date
//!    said.
//! 4. **Dates.** The anchor is the first day of its period (a release in "March 2023" counts
//!    from 1 March, a claim "in 2024" from 1 January); whole months are calendar months (14
//!    March + 18 months = 14 September), a fraction of a month is counted in days (30.4375 a
//!    month).
//! 5. **Chips.** A claim about chips is counted, in the lag reading, from the chip event it
//!    names (see [`chip_events`](super::chip_events)), never from a model's release.

use super::observed::DAYS_PER_MONTH;
use crate::claims::modality::Domain;
use crate::claims::reading::Reading;
use crate::claims::relation::Relation;
use crate::data::claim::Claim;
use crate::data::dataset::Dataset;
use chrono::{Duration, Months, NaiveDate};
use serde::Serialize;

/// Which reading of a claim (rule 1). Default: lag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReadingKind {
    /// Parity the gap after the reference's release.
    #[default]
    Lag,
    /// Parity the gap after the claim was made.
    CatchUp,
}

impl ReadingKind {
    /// `lag` or `catch-up`, as [`ReadingKind::parse`] reads it.
    pub fn name(self) -> &'static str {
        match self {
            ReadingKind::Lag => "lag",
            ReadingKind::CatchUp => "catch-up",
        }
    }

    /// Reads `lag` / `catch-up` (also `catch_up`, `catchup`).
    pub fn parse(word: &str) -> Option<ReadingKind> {
        match word.trim().to_ascii_lowercase().replace(['_', ' '], "-").as_str() {
            "lag" => Some(ReadingKind::Lag),
            "catch-up" | "catchup" => Some(ReadingKind::CatchUp),
            _ => None,
        }
    }
}

/// The dates a claim implies.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Projection {
    /// The reading.
    pub kind: ReadingKind,
    /// Where the gap is counted from: the reference's release, or the date said.
    pub anchor: NaiveDate,
    /// Parity at the earliest (anchor + minimum gap).
    pub from: NaiveDate,
    /// Parity at the latest (anchor + maximum gap); `None` when the gap has no maximum.
    pub to: Option<NaiveDate>,
}

/// `date` plus `months` (rule 4): whole calendar months ("14 March 2023 + 18 months" is 14
/// September 2024, as a reader counts), then the fraction as days.
pub fn add_months(date: NaiveDate, months: f64) -> NaiveDate {
    // Gaps over 50 years get a parser warning; clamp anyway, so no input can overflow a date.
    let months = months.clamp(-12_000.0, 12_000.0);
    let whole = months.trunc();
    let days = ((months - whole) * DAYS_PER_MONTH).round() as i64;
    let moved = if whole >= 0.0 {
        date.checked_add_months(Months::new(whole as u32))
    } else {
        date.checked_sub_months(Months::new((-whole) as u32))
    };
    moved.and_then(|d| d.checked_add_signed(Duration::days(days))).unwrap_or(date)
}

/// The claim's projection in the `kind` reading (rules 1–4), or `None` (drawn as a marker).
pub fn project(
    claim: &Claim,
    reading: &Reading,
    data: &Dataset,
    kind: ReadingKind,
) -> Option<Projection> {
    let (min, max) = match (reading.relation, reading.gap_months) {
        (Relation::Behind, Some(gap)) => gap,
        (Relation::Parity, _) => (0.0, Some(0.0)),
        _ => return None,
    };
    let anchor = match kind {
        ReadingKind::CatchUp => claim.said_on.start(),
        ReadingKind::Lag => {
            if reading.relation == Relation::Parity {
                return None;
            }
            // A claim about chips is counted from the chip event it names (rule 5).
            if reading.modality == Domain::Chips {
                super::chip_events::named_chip_event(claim, data)?.date.start()
            } else {
                let id = reading.reference.model_id.as_deref()?;
                data.models.iter().find(|m| m.id == id)?.released.start()
            }
        }
    };
    Some(Projection {
        kind,
        anchor,
        from: add_months(anchor, min),
        to: max.map(|m| add_months(anchor, m)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::reading::read_claim;
    use crate::claims::resolve::Resolver;
    use crate::data::dataset::RawDataset;

    fn dataset(claims: &str) -> Dataset {
        let json = format!(
            r#"{{"models": [{{"id": "gpt-4", "name": "GPT-4", "region": "US", "released": "2023-03-14", "source_url": "https://a.example"}}],
               "claims": [{claims}]}}"#
        );
        let loaded = serde_json::from_str::<RawDataset>(&json).expect("JSON").check();
        assert_eq!(loaded.problems, []);
        loaded.dataset
    }

    fn claim(id: &str, said: &str, text: &str) -> String {
        format!(
            r#"{{"id": "{id}", "speaker": "S", "said_on": "{said}", "source_url": "https://b.example", "text": "{text}"}}"#
        )
    }

    fn projections(text: &str, said: &str) -> (Option<Projection>, Option<Projection>) {
        let d = dataset(&claim("c", said, text));
        let names = Resolver::new(&d);
        let r = read_claim(&d.claims[0], &d, Some(&names));
        (
            project(&d.claims[0], &r, &d, ReadingKind::Lag),
            project(&d.claims[0], &r, &d, ReadingKind::CatchUp),
        )
    }

    fn ymd(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    #[test]
    fn both_readings_of_zhou_hongyis_claim() {
        let (lag, catch_up) = projections("there is still a 1.5-year gap from GPT-4", "2024-02-16");
        let lag = lag.expect("lag reading");
        assert_eq!(
            (lag.anchor, lag.from, lag.to),
            (ymd("2023-03-14"), ymd("2024-09-14"), Some(ymd("2024-09-14")))
        );
        let c = catch_up.expect("catch-up reading");
        assert_eq!((c.anchor, c.from), (ymd("2024-02-16"), ymd("2025-08-16")));
        // Half a month is 15 days.
        assert_eq!(add_months(ymd("2024-01-31"), 1.5), ymd("2024-03-15"));
    }

    #[test]
    fn ranges_open_ends_regions_parity_and_markers() {
        let (lag, _) = projections("one to two years behind GPT-4", "2024-02");
        let lag = lag.expect("lag");
        assert_eq!((lag.from, lag.to), (ymd("2024-03-14"), Some(ymd("2025-03-14"))));
        let (_, open) = projections("at least two years behind", "2024-02");
        assert_eq!(open.expect("catch-up").to, None);
        // A region as reference: only catch-up, from the first day of the month said.
        let (lag, catch_up) = projections("two years behind the US", "2024-02");
        assert_eq!((lag, catch_up.map(|c| c.anchor)), (None, Some(ymd("2024-02-01"))));
        // Parity: arrived when said.
        let (lag, catch_up) = projections("on par with GPT-4", "2024-05-10");
        assert_eq!(
            (lag, catch_up.map(|c| (c.from, c.to))),
            (None, Some((ymd("2024-05-10"), Some(ymd("2024-05-10")))))
        );
        // No duration or no date to give: a marker.
        assert_eq!(projections("isn't as big as in the LLM sector", "2024-05"), (None, None));
        assert_eq!(projections("very close to GPT-4", "2024-05"), (None, None));
        // Absurd gaps never overflow a date.
        assert!(projections("China is 100000000 years behind", "2024").1.is_some());
    }
}
