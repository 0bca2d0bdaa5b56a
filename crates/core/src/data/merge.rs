//! Combining datasets: a curated list first, larger exports after it.
//!
//! The rule for "the same model in two files" (tested below):
//!
//! 1. A model's *keys* are the slugs of its id, its name, and its name without parentheses
//!    ("ChatGPT (GPT-3.5)" → `chatgpt-gpt-3-5`, `chatgpt`).
//! 2. A model of a later dataset is the same as a model of the first when they share a key. If
//!    several first-dataset models share one (Sora's preview and its release), it is the one
//!    released nearest in time.
//! 3. The first dataset wins: its name, date and source stay. The other's name, date and link
//!    are added to the notes, so no source is lost. Scores it lacks are added, and it is `key`
//!    when either copy is.
//! 4. Everything else is added, benchmark runs and claims included; credit lines are joined. A
//!    claim of a later dataset that names a model merged into one of the first names the kept
//!    model's id instead, so it still points at a model of the merged data.
//! 5. Events are added by id: where two files have an event with the same id, the first file's
//!    stays and the later one is dropped. `regions` does not apply to them (the region of an
//!    event is the one that acted, such as the Netherlands' chip-tool controls, not a lane).

use super::dataset::Dataset;
use super::model::Model;
use super::models_csv::slug;
use super::region::Region;

fn keys(m: &Model) -> Vec<String> {
    let bare: String = {
        let mut depth = 0;
        m.name
            .chars()
            .filter(|&c| {
                match c {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => return depth == 0,
                }
                false
            })
            .collect()
    };
    let mut k = vec![slug(&m.id), slug(&m.name), slug(&bare)];
    k.retain(|s| !s.is_empty());
    k.dedup();
    k
}

/// What a merge did, for the reader of a build log.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Models found in both, as (kept id, merged name).
    pub matched: Vec<(String, String)>,
    /// Models added from the later datasets.
    pub added: usize,
    /// Models left out because their region was not asked for.
    pub skipped_regions: usize,
}

/// Merges `others` into `first` by the rules above, keeping from `others` only models and runs
/// of `regions` (all when empty; events are kept whatever their region).
pub fn merge(first: Dataset, others: Vec<Dataset>, regions: &[Region]) -> (Dataset, MergeReport) {
    let mut out = first;
    let mut report = MergeReport::default();
    let wanted = |r: Region| regions.is_empty() || regions.contains(&r);
    let mut credits: Vec<String> = out.source.iter().cloned().collect();
    for other in others {
        if let Some(s) = other.source.filter(|s| !credits.contains(s)) {
            credits.push(s);
        }
        // Ids of this dataset's models merged into another's, for its claims.
        let mut renamed: Vec<(String, String)> = Vec::new();
        for m in other.models {
            if !wanted(m.region) {
                report.skipped_regions += 1;
                continue;
            }
            let mine = keys(&m);
            let nearest = out
                .models
                .iter()
                .enumerate()
                .filter(|(_, o)| keys(o).iter().any(|k| mine.contains(k)))
                .min_by_key(|(_, o)| (o.released.mid() - m.released.mid()).num_days().abs())
                .map(|(i, _)| i);
            match nearest {
                Some(i) => {
                    let kept = &mut out.models[i];
                    let note = format!(
                        "Also listed as {}, released {} ({}).",
                        m.name,
                        m.released,
                        m.source_url.as_str()
                    );
                    kept.notes =
                        Some(kept.notes.take().map_or(note.clone(), |n| format!("{n} {note}")));
                    for (bench, score) in m.scores {
                        kept.scores.entry(bench).or_insert(score);
                    }
                    // A flagship in any file is a flagship: the other file may know better.
                    kept.key |= m.key;
                    if kept.id != m.id {
                        renamed.push((m.id.clone(), kept.id.clone()));
                    }
                    report.matched.push((kept.id.clone(), m.name));
                }
                None => {
                    out.models.push(m);
                    report.added += 1;
                }
            }
        }
        out.benchmarks.extend(other.benchmarks.into_iter().filter(|r| wanted(r.region)));
        out.claims.extend(other.claims.into_iter().map(|mut c| {
            let to = c.reference_model.as_ref().and_then(|id| {
                renamed.iter().find(|(from, _)| from == id).map(|(_, to)| to.clone())
            });
            if let Some(to) = to {
                c.reference_model = Some(to);
            }
            c
        }));
        for event in other.events {
            if !out.events.iter().any(|e| e.id == event.id) {
                out.events.push(event);
            }
        }
        out.as_of = match (out.as_of, other.as_of) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
    }
    out.source = (!credits.is_empty()).then(|| credits.join("; "));
    (out, report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::date::PartialDate;
    use crate::data::model::Modality;
    use crate::data::source_url::SourceUrl;

    fn model(id: &str, name: &str, region: Region, released: &str, url: &str) -> Model {
        Model {
            id: id.into(),
            name: name.into(),
            organization: String::new(),
            region,
            modality: Modality::Text,
            released: PartialDate::parse(released).expect("date"),
            scores: Default::default(),
            source_url: SourceUrl::parse(url).expect("url"),
            notes: None,
            key: false,
            open_weights: None,
            available_in_china: None,
        }
    }

    fn data(source: &str, models: Vec<Model>) -> Dataset {
        Dataset { source: Some(source.into()), models, ..Dataset::default() }
    }

    #[test]
    fn the_first_dataset_wins_and_keeps_the_other_source_in_notes() {
        let curated = data(
            "curated",
            vec![
                model(
                    "chatgpt-gpt-3.5",
                    "ChatGPT (GPT-3.5)",
                    Region::US,
                    "2022-11-30",
                    "https://c.example/chatgpt",
                ),
                model(
                    "sora-preview",
                    "Sora (research preview)",
                    Region::US,
                    "2024-02-15",
                    "https://c.example/sora1",
                ),
                model(
                    "sora-release",
                    "Sora (public release)",
                    Region::US,
                    "2024-12-09",
                    "https://c.example/sora2",
                ),
                model(
                    "deepseek-r1",
                    "DeepSeek-R1",
                    Region::CN,
                    "2025-01-20",
                    "https://c.example/r1",
                ),
            ],
        );
        let epoch = data(
            "Data: Epoch AI (epoch.ai), CC BY 4.0",
            vec![
                model("chatgpt", "ChatGPT", Region::US, "2022-11-30", "https://e.example/chatgpt"),
                model("sora", "Sora", Region::US, "2024-02-15", "https://e.example/sora"),
                model(
                    "deepseek-r1",
                    "DeepSeek R1",
                    Region::CN,
                    "2025-01-22",
                    "https://e.example/r1",
                ),
                model(
                    "qwen2-5-72b",
                    "Qwen2.5-72B",
                    Region::CN,
                    "2024-09-19",
                    "https://e.example/qwen",
                ),
                model(
                    "exaone",
                    "EXAONE",
                    Region::parse("KR").expect("KR"),
                    "2025-03-16",
                    "https://e.example/ex",
                ),
            ],
        );
        let (merged, report) = merge(curated, vec![epoch], &[Region::US, Region::CN]);
        let ids: Vec<&str> = merged.models.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(
            ids,
            ["chatgpt-gpt-3.5", "sora-preview", "sora-release", "deepseek-r1", "qwen2-5-72b"]
        );
        assert_eq!(
            report.matched,
            [
                ("chatgpt-gpt-3.5".to_string(), "ChatGPT".to_string()),
                ("sora-preview".to_string(), "Sora".to_string()),
                ("deepseek-r1".to_string(), "DeepSeek R1".to_string()),
            ]
        );
        assert_eq!((report.added, report.skipped_regions), (1, 1));
        let r1 = &merged.models[3];
        assert_eq!(
            (r1.released.to_string(), r1.source_url.as_str()),
            ("2025-01-20".to_string(), "https://c.example/r1")
        );
        assert_eq!(
            r1.notes.as_deref(),
            Some("Also listed as DeepSeek R1, released 2025-01-22 (https://e.example/r1).")
        );
        assert_eq!(merged.models[2].notes, None, "the release is not the preview Epoch lists");
        assert_eq!(merged.source.as_deref(), Some("curated; Data: Epoch AI (epoch.ai), CC BY 4.0"));
    }

    #[test]
    fn events_are_combined_and_the_first_file_wins_on_an_id() {
        use crate::data::event::{Event, EventKind};
        let event = |id: &str, title: &str, region: &str| Event {
            id: id.into(),
            date: PartialDate::parse("2023-06-30").expect("date"),
            region: Region::parse(region).expect("region"),
            kind: EventKind::ExportControl,
            title: title.into(),
            title_zh: None,
            description: None,
            source_url: SourceUrl::parse("https://e.example").expect("url"),
            notes: None,
        };
        let first = Dataset { events: vec![event("a", "First", "US")], ..Dataset::default() };
        let second = Dataset {
            events: vec![event("a", "Second", "US"), event("nl", "Dutch controls", "NL")],
            ..Dataset::default()
        };
        let (merged, _) = merge(first, vec![second], &[Region::US, Region::CN]);
        let got: Vec<(&str, &str)> =
            merged.events.iter().map(|e| (e.id.as_str(), e.title.as_str())).collect();
        assert_eq!(got, [("a", "First"), ("nl", "Dutch controls")], "regions apply to models only");
    }

    #[test]
    fn a_merged_model_is_key_when_any_copy_says_so() {
        let key = |mut m: Model| {
            m.key = true;
            m
        };
        let at =
            |id: &str, name: &str| model(id, name, Region::CN, "2025-01-20", "https://a.example");
        let first = data(
            "curated",
            vec![
                at("deepseek-r1", "DeepSeek-R1"),
                key(at("kimi-k2", "Kimi K2")),
                at("glm-4", "GLM-4"),
            ],
        );
        let other = data(
            "export",
            vec![
                key(at("deepseek-r1", "DeepSeek R1")),
                at("kimi-k2", "Kimi K2"),
                at("glm-4", "GLM-4"),
                key(at("qwen3", "Qwen3")),
            ],
        );
        let (merged, _) = merge(first, vec![other], &[]);
        let got: Vec<(&str, bool)> = merged.models.iter().map(|m| (m.id.as_str(), m.key)).collect();
        assert_eq!(
            got,
            [("deepseek-r1", true), ("kimi-k2", true), ("glm-4", false), ("qwen3", true)],
            "key in the later file only, in the first only, in neither, and an added model"
        );
    }

    #[test]
    fn a_claim_naming_a_merged_model_names_the_kept_one() {
        use crate::data::import::{Format, import};
        let first = import(
            br#"{"models": [{"id": "gpt-4", "name": "GPT-4", "region": "US", "released": "2023-03-14", "source_url": "https://a.example"}]}"#,
            Format::Gapline,
        );
        let other = import(
            br#"{"models": [{"id": "openai-gpt4", "name": "GPT-4", "region": "US", "released": "2023-03", "source_url": "https://b.example"},
                            {"id": "qwen", "name": "Qwen", "region": "CN", "released": "2023-08", "source_url": "https://c.example"}],
                 "claims": [{"id": "c1", "speaker": "S", "said_on": "2024-02", "text": "China trails GPT-4 by a year", "source_url": "https://s.example", "reference_model": "openai-gpt4"},
                            {"id": "c2", "speaker": "S", "said_on": "2024-02", "text": "Qwen is close", "source_url": "https://s.example", "reference_model": "qwen"}]}"#,
            Format::Gapline,
        );
        assert_eq!((first.problems.len(), other.problems.len()), (0, 0), "{:?}", other.problems);
        let (merged, report) = merge(first.dataset, vec![other.dataset], &[]);
        assert_eq!(report.matched, [("gpt-4".to_string(), "GPT-4".to_string())]);
        let refs: Vec<Option<&str>> =
            merged.claims.iter().map(|c| c.reference_model.as_deref()).collect();
        assert_eq!(refs, [Some("gpt-4"), Some("qwen")]);
        // Every claim points at a model of the merged data.
        for r in refs.into_iter().flatten() {
            assert!(merged.models.iter().any(|m| m.id == r), "{r}");
        }
    }
}
