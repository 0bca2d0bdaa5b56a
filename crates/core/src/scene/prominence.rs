//! Which models matter most, computed from the data, so the labels that tell the story win
//! the space (phase 2 of a scene, with the marks).
//!
//! # Ranks (lower is drawn first)
//!
//! 0. **Featured**: a model a drawn claim row names (its reference: GPT-4 in "a 1.5-year gap
//!    from GPT-4", GPT-3.5 in "neared the level of GPT-3.5"). Always labelled, highlighted,
//!    and joined to its row by a guide. Decided per scene, from the rows drawn.
//! 1. **Key**: a model the data marks `key: true` (a lab's flagship release).
//! 2. **Frontier**: a model that set a new best score for its lane's region on the scene's
//!    benchmark: the "staircase" the observed lag is computed from. The models a verdict or
//!    the summary sentence names are on it (the first release to reach a score is always a new
//!    best on its date).
//! 3. **Other**: every other model. With [`ModelFilter::Key`] these carry no label and are
//!    drawn light; they stay in the keyboard path, the tooltip, the cards and the table.

use super::model_filter::ModelFilter;
use crate::data::dataset::Dataset;
use crate::data::region::Region;
use crate::gap::observed::scores;
use rustc_hash::FxHashMap;

/// A model a drawn claim names.
pub const FEATURED: u8 = 0;
/// A model marked `key` in the data.
pub const KEY: u8 = 1;
/// A model that set a new best score in its region on the benchmark.
pub const FRONTIER: u8 = 2;
/// Any other model.
pub const OTHER: u8 = 3;

/// Each model's rank ([`KEY`], [`FRONTIER`] or [`OTHER`]; [`FEATURED`] is decided per scene),
/// by index in `data.models`.
pub fn ranks(data: &Dataset, benchmark: Option<&str>, lanes: &[Region]) -> Vec<u8> {
    let mut rank: Vec<u8> = data.models.iter().map(|m| if m.key { KEY } else { OTHER }).collect();
    let Some(benchmark) = benchmark else { return rank };
    let index: FxHashMap<&str, usize> =
        data.models.iter().enumerate().map(|(i, m)| (m.id.as_str(), i)).collect();
    let (_, mut all) = scores(data, benchmark);
    // By date, the higher score first on a day, so a day's best is the one that rises.
    all.sort_by(|a, b| a.date.cmp(&b.date).then(b.score.total_cmp(&a.score)));
    for &region in lanes {
        let mut best = f64::NEG_INFINITY;
        for s in all.iter().filter(|s| s.region == region) {
            if s.score > best {
                best = s.score;
                if let Some(&i) = index.get(s.model_id.as_str()) {
                    rank[i] = rank[i].min(FRONTIER);
                }
            }
        }
    }
    rank
}

/// The filter a scene uses when none is asked for: key models when the data says what matters
/// beyond the benchmark's frontier (it marks models `key`, or has claims that name models),
/// else all models.
pub fn default_filter(data: &Dataset) -> ModelFilter {
    if data.models.iter().any(|m| m.key) || !data.claims.is_empty() {
        ModelFilter::Key
    } else {
        ModelFilter::All
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset::RawDataset;

    fn data(json: &str) -> Dataset {
        serde_json::from_str::<RawDataset>(json).expect("test JSON").check().dataset
    }

    #[test]
    fn key_models_and_each_regions_new_bests_rank_above_the_rest() {
        let d = data(
            r#"{"models": [
            {"id": "a", "name": "A", "region": "US", "released": "2023-01-01", "source_url": "https://a.example", "scores": {"mmlu": 60}},
            {"id": "b", "name": "B", "region": "US", "released": "2023-06-01", "source_url": "https://a.example", "scores": {"mmlu": 55}},
            {"id": "c", "name": "C", "region": "US", "released": "2024-01-01", "source_url": "https://a.example", "scores": {"mmlu": 70}},
            {"id": "d", "name": "D", "region": "CN", "released": "2023-03-01", "source_url": "https://a.example", "scores": {"mmlu": 40}},
            {"id": "e", "name": "E", "region": "CN", "released": "2023-09-01", "source_url": "https://a.example", "key": true},
            {"id": "f", "name": "F", "region": "CN", "released": "2024-02-01", "source_url": "https://a.example", "scores": {"mmlu": 40}}]}"#,
        );
        let lanes = [Region::US, Region::CN];
        // (label, benchmark, expected ranks a–f)
        let cases: [(&str, Option<&str>, [u8; 6]); 3] = [
            ("mmlu", Some("MMLU"), [FRONTIER, OTHER, FRONTIER, FRONTIER, KEY, OTHER]),
            ("no benchmark", None, [OTHER, OTHER, OTHER, OTHER, KEY, OTHER]),
            ("unknown benchmark", Some("ARC"), [OTHER, OTHER, OTHER, OTHER, KEY, OTHER]),
        ];
        for (label, benchmark, expected) in cases {
            assert_eq!(ranks(&d, benchmark, &lanes), expected, "{label}");
        }
        // A region without a lane has no staircase.
        assert_eq!(ranks(&d, Some("MMLU"), &[Region::US])[3], OTHER);
        assert_eq!(default_filter(&d), ModelFilter::Key);
    }

    #[test]
    fn data_without_key_models_or_claims_labels_all_models() {
        let d = data(
            r#"{"models": [{"id": "a", "name": "A", "region": "US", "released": "2023-01-01", "source_url": "https://a.example"}]}"#,
        );
        assert_eq!(default_filter(&d), ModelFilter::All);
    }
}
