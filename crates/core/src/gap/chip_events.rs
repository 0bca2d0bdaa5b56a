//! A claim about chips is measured against the chip events, not the model lanes: in the lag
//! reading its gap is counted from the chip event it names ("behind Nvidia's H20"), and it gets
//! no verdict from model benchmarks.
//!
//! A claim names a chip event when a part name in the event's title — a word of letters and
//! digits with at least one of each, three characters or more (H20, A800, 910B, B200) — is a
//! word of the claim's text or its Chinese original, ignoring case. Among several, the last one
//! made public on or before the date said wins (what the speaker could have meant); failing
//! that, the earliest.

use crate::data::claim::Claim;
use crate::data::dataset::Dataset;
use crate::data::event::{Event, EventKind};

/// Words of letters and digits (anything else separates them), lower-cased.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
}

/// A part name: three characters or more, with a letter and a digit.
fn is_part(word: &str) -> bool {
    word.len() >= 3
        && word.chars().any(|c| c.is_ascii_digit())
        && word.chars().any(|c| c.is_ascii_alphabetic())
}

/// The chip event `claim` names, if any (module rules).
pub fn named_chip_event<'a>(claim: &Claim, data: &'a Dataset) -> Option<&'a Event> {
    let said: Vec<String> = words(&claim.text)
        .chain(claim.text_zh.as_deref().map(words).into_iter().flatten())
        .collect();
    let mut named: Vec<&Event> = data
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Chip)
        .filter(|e| words(&e.title).filter(|w| is_part(w)).any(|w| said.contains(&w)))
        .collect();
    named.sort_by_key(|e| e.date.start());
    let by_then = named.iter().rev().find(|e| e.date.start() <= claim.said_on.last_day());
    by_then.or(named.first()).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset::RawDataset;

    fn data() -> Dataset {
        serde_json::from_str::<RawDataset>(
            r#"{"models": [{"id": "m", "name": "M", "region": "US", "released": "2023-01-01", "source_url": "https://a.example"}],
              "events": [
                {"id": "a800", "date": "2022-11", "region": "US", "kind": "chip", "title": "Nvidia offers the A800 in China", "source_url": "https://e.example/1"},
                {"id": "h20", "date": "2023-11", "region": "US", "kind": "chip", "title": "Nvidia readies H20, L20 and L2 for China", "source_url": "https://e.example/2"},
                {"id": "910b", "date": "2023-08", "region": "CN", "kind": "chip", "title": "Huawei's Ascend 910B appears", "source_url": "https://e.example/3"},
                {"id": "rule", "date": "2023-10-17", "region": "US", "kind": "export_control", "title": "Rules on the H20 era", "source_url": "https://e.example/4"}],
              "claims": [
                {"id": "h", "speaker": "S", "said_on": "2024-05", "source_url": "https://c.example", "text": "Huawei's Ascend 910B chip is a year behind Nvidia's h20."},
                {"id": "early", "speaker": "S", "said_on": "2023-09", "source_url": "https://c.example", "text": "Huawei's chips are two years behind the H20."},
                {"id": "none", "speaker": "S", "said_on": "2024-05", "source_url": "https://c.example", "text": "Chinese chips are two years behind."},
                {"id": "l2", "speaker": "S", "said_on": "2024-05", "source_url": "https://c.example", "text": "China is 2 years behind in L2 cache design."}]}"#,
        )
        .expect("JSON")
        .check()
        .dataset
    }

    #[test]
    fn the_part_named_picks_the_chip_event() {
        let d = data();
        let named = |i: usize| named_chip_event(&d.claims[i], &d).map(|e| e.id.as_str());
        assert_eq!(named(0), Some("h20"), "the latest named by then; any case");
        assert_eq!(named(1), Some("h20"), "named before it was public: the earliest named");
        assert_eq!(named(2), None, "no part named");
        assert_eq!(named(3), None, "two characters are not a part name");
        assert!(!is_part("gpt") && is_part("910b") && is_part("a800"));
    }

    #[test]
    fn a_chips_claim_is_counted_from_its_chip_event_and_gets_no_model_verdict() {
        use crate::claims::modality::Domain;
        use crate::claims::reading::read_claim;
        use crate::claims::resolve::Resolver;
        use crate::gap::projection::{ReadingKind, project};
        use crate::gap::verdict::{Verdict, verdict};
        let d = data();
        let names = Resolver::new(&d);
        let c = &d.claims[0];
        let r = read_claim(c, &d, Some(&names));
        assert_eq!(r.modality, Domain::Chips);
        let p = project(c, &r, &d, ReadingKind::Lag).expect("counted from the H20");
        assert_eq!(p.anchor.to_string(), "2023-11-01");
        assert_eq!(p.from.to_string(), "2024-11-01", "a year after it");
        let v = verdict(c, &r, &d, "MMLU", ReadingKind::Lag);
        assert!(matches!(v, Verdict::NotEnoughData { why } if why.contains("chips")), "{v:?}");
        // Without a chip event named, a chips claim has no lag projection.
        let none = &d.claims[2];
        let r = read_claim(none, &d, Some(&names));
        assert_eq!(project(none, &r, &d, ReadingKind::Lag), None);
    }
}
