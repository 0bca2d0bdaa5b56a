//! Claims: sourced statements about a gap, as they are stored in a dataset. (What a claim
//! *means* — relation, gap, reference — is read from its text by the claim parser.)

use super::dataset::Locate;
use super::date::PartialDate;
use super::problem::{Problem, ProblemKind};
use super::records::Untyped;
use super::source_url::SourceUrl;
use super::stored_reading::{RawReading, StoredReading};
use crate::claims::modality::Domain;
use crate::claims::relation::Relation;
use serde::{Deserialize, Serialize};

/// A gap in months given by hand: `max = None` is open-ended ("more than two years").
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct GapMonths {
    /// At least this many months (0 or more).
    pub min: f64,
    /// At most this many months; `None` for no upper bound.
    pub max: Option<f64>,
}

/// A sourced statement about a capability gap.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Stable identifier, unique among the claims.
    pub id: String,
    /// Who said it.
    pub speaker: String,
    /// The speaker's role and organization. Default: none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    /// When it was said, at the precision known.
    pub said_on: PartialDate,
    /// Where it was said or reported. Default: none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<String>,
    /// The page where the statement was found.
    pub source_url: SourceUrl,
    /// The statement in English, as published (or marked as a translation).
    pub text: String,
    /// The statement in Chinese as found, when there is one. Default: none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_zh: Option<String>,
    /// Id of the model the claim measures against (e.g. `gpt-4`), when it names one; it must be
    /// a model of the dataset. Default: none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_model: Option<String>,
    /// The relation, from China's side, when given by hand: it replaces the one read from the
    /// text. Default: read from the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relation: Option<Relation>,
    /// The gap, when given by hand: it replaces the one read from the text. Default: read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gap_months: Option<GapMonths>,
    /// What the claim is about (`text`, `video`, `chips`, `general`), when given by hand.
    /// Default: read from the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modality: Option<Domain>,
    /// The reading stored with the claim ([`stored_reading`](super::stored_reading)): drawn as
    /// it is, with no parsing. Default: none (the text is read when the claim is drawn).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<StoredReading>,
}

/// A gap before checking: either end may be missing or wrong.
#[derive(Debug, Clone, Default, Deserialize)]
#[allow(missing_docs)] // As in `GapMonths`.
pub struct RawGap {
    #[serde(default)]
    pub min: Option<f64>,
    #[serde(default)]
    pub max: Option<f64>,
}

/// A claim before checking; fields as in [`Claim`].
#[derive(Debug, Clone, Default, Deserialize)]
#[allow(missing_docs)] // Each field is documented on `Claim`.
pub struct RawClaim {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub speaker: Option<String>,
    #[serde(default)]
    pub affiliation: Option<String>,
    #[serde(default)]
    pub said_on: Option<String>,
    #[serde(default)]
    pub venue: Option<String>,
    #[serde(default)]
    pub source_url: Option<String>,
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub text_zh: Option<String>,
    #[serde(default)]
    pub reference_model: Option<String>,
    #[serde(default)]
    pub relation: Option<String>,
    #[serde(default)]
    pub gap_months: Option<RawGap>,
    #[serde(default)]
    pub modality: Option<String>,
    #[serde(default)]
    pub reading: Option<RawReading>,
    /// Set for a record that could not be typed (see [`records`](super::records)). Default:
    /// none.
    #[serde(skip)]
    pub unreadable: Option<Untyped>,
}

impl RawGap {
    /// The gap, or what is wrong with it.
    pub(crate) fn check(&self) -> Result<GapMonths, String> {
        let min = self.min.ok_or("`gap_months.min` is missing")?;
        if !min.is_finite() || min < 0.0 {
            // `num`, not f64's Display: that alone would add Rust's float formatting (about
            // 3 KiB gzip) to the widget.
            let shown =
                if min.is_finite() { crate::scene::svg::num(min) } else { "not finite".into() };
            return Err(format!("`gap_months.min` is {shown}"));
        }
        match self.max {
            Some(max) if !max.is_finite() || max < min => {
                let max =
                    if max.is_finite() { crate::scene::svg::num(max) } else { "not finite".into() };
                let min = crate::scene::svg::num(min);
                Err(format!("`gap_months.max` ({max}) is below `gap_months.min` ({min})"))
            }
            max => Ok(GapMonths { min, max }),
        }
    }
}

impl RawClaim {
    /// Checks one claim; `has_model(id)` says whether the dataset has that model.
    pub(crate) fn check(
        &self,
        locate: Locate<'_>,
        has_model: &dyn Fn(&str) -> bool,
    ) -> Result<Claim, Vec<Problem>> {
        if let Some(why) = &self.unreadable {
            return Err(vec![why.problem(locate(None), "claim")]);
        }
        let mut problems = Vec::new();
        let text = |v: &Option<String>| {
            v.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string)
        };
        let mut required = |field: &'static str, value: &Option<String>| {
            let v = text(value);
            if v.is_none() {
                problems.push(Problem {
                    location: locate(Some(field)),
                    kind: ProblemKind::Missing { field },
                });
            }
            v
        };
        let id = required("id", &self.id);
        let speaker = required("speaker", &self.speaker);
        let statement = required("text", &self.text);
        let said_on = required("said_on", &self.said_on);
        let source = required("source_url", &self.source_url);
        let said_on = said_on.and_then(|d| {
            PartialDate::parse_human(&d)
                .map_err(|e| {
                    problems.push(Problem {
                        location: locate(Some("said_on")),
                        kind: ProblemKind::Date(e),
                    })
                })
                .ok()
        });
        let source_url = source.and_then(|u| {
            SourceUrl::parse(&u)
                .map_err(|e| {
                    problems.push(Problem {
                        location: locate(Some("source_url")),
                        kind: ProblemKind::Url(e),
                    })
                })
                .ok()
        });
        let reference_model = text(&self.reference_model);
        if let Some(model) = &reference_model
            && !has_model(model)
        {
            problems.push(Problem {
                location: locate(Some("reference_model")),
                kind: ProblemKind::UnknownModel(model.clone()),
            });
        }
        let mut choice = |field: &'static str, allowed: &'static str, value: &Option<String>| {
            let v = text(value);
            if let Some(word) = &v {
                let known = match field {
                    "relation" => Relation::from_name(word).is_some(),
                    _ => Domain::from_name(word).is_some(),
                };
                if !known {
                    problems.push(Problem {
                        location: locate(Some(field)),
                        kind: ProblemKind::Choice { value: word.clone(), allowed },
                    });
                }
            }
            v
        };
        let relation = choice("relation", Relation::ALLOWED, &self.relation)
            .and_then(|w| Relation::from_name(&w));
        let modality =
            choice("modality", Domain::ALLOWED, &self.modality).and_then(|w| Domain::from_name(&w));
        let gap_months = self.gap_months.as_ref().and_then(|g| {
            g.check()
                .map_err(|what| {
                    problems.push(Problem {
                        location: locate(Some("gap_months")),
                        kind: ProblemKind::Gap(what),
                    })
                })
                .ok()
        });
        let reading = match (&self.reading, &statement) {
            (Some(r), Some(words)) => r
                .check(words, text(&self.text_zh).as_deref())
                .map_err(|what| {
                    problems.push(Problem {
                        location: locate(Some("reading")),
                        kind: ProblemKind::Reading(what),
                    })
                })
                .ok(),
            _ => None,
        };
        match (id, speaker, statement, said_on, source_url) {
            (Some(id), Some(speaker), Some(text_en), Some(said_on), Some(source_url))
                if problems.is_empty() =>
            {
                Ok(Claim {
                    id,
                    speaker,
                    affiliation: text(&self.affiliation),
                    said_on,
                    venue: text(&self.venue),
                    source_url,
                    text: text_en,
                    text_zh: text(&self.text_zh),
                    reference_model,
                    relation,
                    gap_months,
                    modality,
                    reading,
                })
            }
            _ => Err(problems),
        }
    }
}
