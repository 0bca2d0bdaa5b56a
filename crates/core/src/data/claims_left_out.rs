//! The claims of a claims list that were left out, each with its reasons, for a page that lists
//! them (the site's claims page).

use super::claim::RawClaim;
use super::problem::Problem;
use serde::Serialize;
use std::collections::BTreeMap;

/// A claim of a claims list that was left out: where it is in the list, what names it (as the
/// file wrote it, `None` where it did not), and the problems that kept it out, as sentences.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LeftOutClaim {
    /// Its index in the list, from 0.
    pub index: usize,
    /// Its `id`.
    pub id: Option<String>,
    /// Its `speaker`.
    pub speaker: Option<String>,
    /// Its `said_on`, as written.
    pub said_on: Option<String>,
    /// Its `text`.
    pub text: Option<String>,
    /// Why it was left out: each problem located at it.
    pub reasons: Vec<String>,
}

/// Groups the `problems` found in reading and checking the claims list `raw`: those that cost a
/// claim (`/claims/N…`) by claim, in list order, with that claim's names; the others (of the
/// file itself, or costing only a value) as sentences.
pub fn claims_left_out(raw: &[RawClaim], problems: &[Problem]) -> (Vec<LeftOutClaim>, Vec<String>) {
    let mut by_claim: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    let mut other = Vec::new();
    for p in problems {
        let index = p
            .record()
            .filter(|_| !p.kind.keeps_record())
            .and_then(|r| r.strip_prefix("/claims/").and_then(|i| i.parse::<usize>().ok()));
        match index {
            Some(i) => by_claim.entry(i).or_default().push(p.to_string()),
            None => other.push(p.to_string()),
        }
    }
    let claims = by_claim
        .into_iter()
        .map(|(index, reasons)| {
            let c = raw.get(index);
            let field = |f: fn(&RawClaim) -> &Option<String>| c.and_then(|c| f(c).clone());
            LeftOutClaim {
                index,
                id: field(|c| &c.id),
                speaker: field(|c| &c.speaker),
                said_on: field(|c| &c.said_on),
                text: field(|c| &c.text),
                reasons,
            }
        })
        .collect();
    (claims, other)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Dataset;

    #[test]
    fn each_claim_left_out_is_named_with_its_reasons_and_the_rest_is_kept_apart() {
        let text = r#"{"claims": [
          {"id": "ok", "speaker": "S", "said_on": "2024-02", "text": "China is 1.5 years behind GPT-4.", "source_url": "https://s.example"},
          {"id": "late", "speaker": "<b>T</b>", "said_on": "sometime", "text": "two years behind", "source_url": "javascript:x"},
          7
        ], "title": 5}"#;
        let raw = crate::data::records::read_text(text).expect("JSON");
        let mut problems = raw.unread.clone();
        problems.extend(Dataset::default().add_claims(&raw.claims));
        let (claims, other) = claims_left_out(&raw.claims, &problems);
        assert_eq!(claims.iter().map(|c| c.index).collect::<Vec<_>>(), [1, 2]);
        let late = &claims[0];
        assert_eq!(late.id.as_deref(), Some("late"));
        assert_eq!(late.speaker.as_deref(), Some("<b>T</b>"));
        assert_eq!(late.said_on.as_deref(), Some("sometime"));
        assert!(late.reasons.len() >= 2, "{:?}", late.reasons);
        assert!(late.reasons.iter().all(|r| r.contains("/claims/1/")), "{:?}", late.reasons);
        assert_eq!((claims[1].id.as_ref(), claims[1].reasons.len()), (None, 1));
        assert_eq!(other.len(), 1, "the title: {other:?}");
        assert!(other[0].contains("/title"));
    }
}
