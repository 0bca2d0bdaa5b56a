//! A stored claim's reading: its text parsed, then corrected by the fields given by hand.
//!
//! # Rules
//!
//! 1. The English `text` is parsed; when it cannot be read and there is a `text_zh`, that is.
//! 2. Fields given in the claim replace what was read, each on its own: `relation`,
//!    `gap_months`, `modality`, `reference_model` (a model of the dataset). A claim whose text
//!    cannot be read is still drawn when its fields say enough; which fields were given is kept,
//!    so a reader can be told what the text said and what an editor decided.
//! 3. With neither a reading nor fields, the claim has relation `unspecified` and the parse
//!    error says why.

use super::modality::Domain;
use super::parse::{ParseError, ParsedClaim, Party, parse_with};
use super::quantity::{Hedge, Months};
use super::relation::Relation;
use super::resolve::Resolver;
use crate::data::claim::Claim;
use crate::data::dataset::Dataset;
use crate::data::region::Region;

/// What a claim says, as drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// The relation from China's side.
    pub relation: Relation,
    /// The gap in months; `None` when no duration is stated.
    pub gap_months: Months,
    /// The reference (a model of the dataset, or a region).
    pub reference: Party,
    /// `text`, `video`, `chips` or `general`.
    pub modality: Domain,
    /// Hedges read on the gap (none when the gap was given by hand).
    pub hedges: Vec<Hedge>,
    /// Which text was read (`text` or `text_zh`) and the character span of the gap in it.
    pub gap_span: Option<(&'static str, (usize, usize))>,
    /// The fields given by hand that replaced the parser's reading.
    pub overridden: Vec<&'static str>,
    /// Why the text could not be read, if it could not.
    pub error: Option<ParseError>,
    /// The parser's warnings.
    pub warnings: Vec<String>,
}

/// Reads a claim (rules 1–3); `names` resolves model names, `data` the given reference model.
pub fn read_claim(claim: &Claim, data: &Dataset, names: Option<&Resolver<'_>>) -> Reading {
    let english = parse_with(&claim.text, names);
    let (field, parsed) = match (&english, &claim.text_zh) {
        (Err(_), Some(zh)) => match parse_with(zh, names) {
            Ok(p) => ("text_zh", Ok(p)),
            Err(_) => ("text", english),
        },
        _ => ("text", english),
    };
    let (parsed, error): (Option<ParsedClaim>, Option<ParseError>) = match parsed {
        Ok(p) => (Some(p), None),
        Err(e) => (None, Some(e)),
    };
    let mut overridden = Vec::new();
    let relation = match claim.relation {
        Some(r) => {
            overridden.push("relation");
            r
        }
        None => parsed.as_ref().map_or(Relation::Unspecified, |p| p.relation),
    };
    let gap_months = match claim.gap_months {
        Some(g) => {
            overridden.push("gap_months");
            Some((g.min, g.max))
        }
        None => parsed.as_ref().and_then(|p| p.gap_months),
    };
    let modality = match claim.modality {
        Some(m) => {
            overridden.push("modality");
            m
        }
        None => {
            parsed.as_ref().and_then(|p| Domain::from_name(p.modality)).unwrap_or(Domain::General)
        }
    };
    let given_model =
        claim.reference_model.as_deref().and_then(|id| data.models.iter().find(|m| m.id == id));
    let reference = match given_model {
        Some(m) => {
            overridden.push("reference_model");
            Party { text: m.name.clone(), region: Some(m.region), model_id: Some(m.id.clone()) }
        }
        None => parsed
            .as_ref()
            .map_or(Party { text: String::new(), region: Some(Region::US), model_id: None }, |p| {
                p.reference.clone()
            }),
    };
    Reading {
        relation,
        gap_months,
        reference,
        modality,
        hedges: if claim.gap_months.is_some() {
            Vec::new()
        } else {
            parsed.as_ref().map(|p| p.hedges.clone()).unwrap_or_default()
        },
        gap_span: parsed.as_ref().and_then(|p| p.gap_span).map(|s| (field, s)),
        overridden,
        warnings: parsed.map(|p| p.warnings).unwrap_or_default(),
        error,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset::RawDataset;

    fn data(claim_fields: &str) -> Dataset {
        let json = format!(
            r#"{{"models": [
              {{"id": "gpt-4", "name": "GPT-4", "region": "US", "released": "2023-03-14", "source_url": "https://a.example"}},
              {{"id": "gpt-4o", "name": "GPT-4o", "region": "US", "released": "2024-05-13", "source_url": "https://a.example"}}],
             "claims": [{{"id": "c", "speaker": "S", "said_on": "2024-02", "source_url": "https://b.example" {claim_fields}}}]}}"#
        );
        let loaded = serde_json::from_str::<RawDataset>(&json).expect("JSON").check();
        assert_eq!(loaded.problems, [], "{claim_fields}");
        loaded.dataset
    }

    fn read(fields: &str) -> Reading {
        let d = data(fields);
        let names = Resolver::new(&d);
        read_claim(&d.claims[0], &d, Some(&names))
    }

    #[test]
    fn the_text_is_read_and_each_given_field_replaces_its_reading() {
        let r = read(r#", "text": "still a 1.5-year gap from GPT-4""#);
        assert_eq!(
            (r.relation, r.gap_months, r.reference.model_id.as_deref(), r.overridden.len()),
            (Relation::Behind, Some((18.0, Some(18.0))), Some("gpt-4"), 0)
        );
        assert_eq!(r.gap_span, Some(("text", (8, 16))));
        let r = read(
            r#", "text": "still a 1.5-year gap from GPT-4", "gap_months": {"min": 12, "max": null}, "reference_model": "gpt-4o""#,
        );
        assert_eq!(r.gap_months, Some((12.0, None)));
        assert_eq!(r.reference.model_id.as_deref(), Some("gpt-4o"));
        assert_eq!(r.relation, Relation::Behind, "not given: still read from the text");
        assert_eq!(r.overridden, ["gap_months", "reference_model"]);
    }

    #[test]
    fn chinese_text_is_read_when_the_english_cannot_be_and_fields_rescue_an_unreadable_claim() {
        let r = read(r#", "text": "(quote lost)", "text_zh": "差距在2到3年""#);
        assert_eq!(
            (r.gap_months, r.gap_span),
            (Some((24.0, Some(36.0))), Some(("text_zh", (3, 7))))
        );
        let r = read(
            r#", "text": "He said nothing measurable", "relation": "parity", "modality": "chips""#,
        );
        assert_eq!(
            (r.relation, r.modality, r.error.is_some()),
            (Relation::Parity, Domain::Chips, true)
        );
        let r = read(r#", "text": "He said nothing measurable""#);
        assert_eq!(r.relation, Relation::Unspecified);
        assert_eq!(r.error.map(|e| e.message), Some("no gap or relation found".to_string()));
    }

    #[test]
    fn bad_given_fields_are_located_problems_and_the_claim_is_left_out() {
        let json = r#"{"models": [], "claims": [
          {"id": "a", "speaker": "S", "said_on": "2024", "source_url": "https://b.example", "text": "two years behind", "relation": "sideways"},
          {"id": "b", "speaker": "S", "said_on": "2024", "source_url": "https://b.example", "text": "two years behind", "gap_months": {"min": 24, "max": 12}},
          {"id": "c", "speaker": "S", "said_on": "2024", "source_url": "https://b.example", "text": "two years behind", "modality": "audio"},
          {"id": "d", "speaker": "S", "said_on": "2024", "source_url": "https://b.example", "text": "two years behind"}]}"#;
        let loaded = serde_json::from_str::<RawDataset>(json).expect("JSON").check();
        let messages: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
        assert_eq!(messages.len(), 3, "{messages:?}");
        assert!(messages[0].contains("/claims/0/relation") && messages[0].contains("`sideways`"));
        assert!(messages[1].contains("/claims/1/gap_months") && messages[1].contains("below"));
        assert!(messages[2].contains("/claims/2/modality") && messages[2].contains("text, video"));
        assert_eq!(loaded.dataset.claims.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["d"]);
    }
}
