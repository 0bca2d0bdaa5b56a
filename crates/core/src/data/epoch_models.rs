//! Epoch AI's "Notable AI Models" CSV export (data by Epoch AI, epoch.ai, CC BY 4.0).
//!
//! The export is a spreadsheet export like any other, read by the generic reader
//! ([`read_models_csv_with`]) through its column aliases (`Model`, `Publication date`,
//! `Country (from Organization)` or `Country (of organization)`, `Domain`, `Link` …), with the
//! rules that fit how Epoch lists models:
//!
//! - **Several countries** (`United States of America,China`): the first listed country is the
//!   model's region (Epoch lists the organizations' countries in the organizations' order);
//!   the others are kept in the notes. `Multinational` names no country and is skipped.
//! - **One model, two spellings or two dates** ("DeepSeek R1" / "DeepSeek-R1", or a name listed
//!   again for a new version): rows whose names give the same id ([`slug`](super::models_csv::slug))
//!   are one model, released at the earliest date; the other names and dates go in the notes.
//! - **No link**: the source is Epoch's dataset page, the page the row came from.
//! - Rows with no date or no country are reported, with their row number, and left out.

use super::dataset::Loaded;
use super::models_csv::{Duplicates, read_models_csv_with};
use super::source_url::SourceUrl;

/// Where a row without its own link was found.
pub const EPOCH_MODELS_PAGE: &str = "https://epoch.ai/data/notable-ai-models";

/// The credit line for anything drawn from Epoch's data.
pub const EPOCH_CREDIT: &str = "Data: Epoch AI (epoch.ai), CC BY 4.0";

/// Does this header line look like Epoch's notable-models export?
pub fn is_epoch_models_header(first_line: &str) -> bool {
    let l = first_line.to_ascii_lowercase();
    l.contains("publication date") && l.contains("notability criteria")
}

/// Reads Epoch's notable-models export by the rules above.
pub fn read_epoch_models(text: &str) -> Loaded {
    let mut loaded = read_models_csv_with(text, Duplicates::KeepEarliest, Some(EPOCH_MODELS_PAGE));
    loaded.dataset.source = Some(EPOCH_CREDIT.to_string());
    loaded.dataset.source_url = SourceUrl::parse(EPOCH_MODELS_PAGE).ok();
    loaded.dataset.licence = Some("CC BY 4.0".to_string());
    loaded
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::region::Region;

    const EXPORT: &str = include_str!("../../../../data/epoch/notable_ai_models.csv");

    #[test]
    fn the_real_export_reads_with_regions_right_for_us_and_chinese_labs() {
        assert!(is_epoch_models_header(EXPORT.lines().next().unwrap_or("")));
        let loaded = read_epoch_models(EXPORT);
        let region = |id: &str| loaded.dataset.models.iter().find(|m| m.id == id).map(|m| m.region);
        let cases = [
            ("gpt-4", Region::US),
            ("claude-3-opus", Region::US),
            ("deepseek-v3", Region::CN),
            ("deepseek-r1", Region::CN),
            ("qwen2-5-72b", Region::CN),
            ("ernie-3-0", Region::CN),
            ("glm-130b", Region::CN),
        ];
        for (id, expected) in cases {
            assert_eq!(region(id), Some(expected), "{id}");
        }
        // 924 rows; 13 name no country and one has no date: each is reported by row.
        assert_eq!(loaded.dataset.models.len() + loaded.problems.len(), 924);
        assert_eq!(loaded.problems.len(), 14, "{:#?}", loaded.problems);
        assert!(loaded.problems.iter().any(|p| {
            p.to_string().ends_with(
                "column `Publication date`: `released` is missing: every entry needs one",
            )
        }));
        assert!(loaded.dataset.models.iter().all(|m| m.source_url.as_str().starts_with("http")));
        assert_eq!(loaded.dataset.source.as_deref(), Some(EPOCH_CREDIT));
    }

    #[test]
    fn empty_links_point_at_the_dataset_page_and_quoting_survives() {
        let text = "Model,Publication date,Country (from Organization),Link,Notability criteria\n\
                    \"A, the model\",2024-01-02,China,,\"SOTA\nimprovement\"\n";
        let loaded = read_epoch_models(text);
        assert_eq!(loaded.problems, []);
        let m = &loaded.dataset.models[0];
        assert_eq!((m.name.as_str(), m.source_url.as_str()), ("A, the model", EPOCH_MODELS_PAGE));
    }
}
