//! A released AI system: one mark on the timeline.

use super::date::PartialDate;
use super::region::Region;
use super::source_url::SourceUrl;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What kind of system a model is. Unknown words are kept as [`Modality::Other`] rather than
/// rejected, so a new category in someone's spreadsheet does not drop the row.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// Language models.
    Text,
    /// Image generators.
    Image,
    /// Video generators.
    Video,
    /// Models that take or produce several kinds of media.
    Multimodal,
    /// AI hardware (accelerators), for claims about chips.
    Chips,
    /// Anything else, kept as written (lower case).
    #[serde(untagged)]
    Other(String),
}

impl Modality {
    /// Reads a modality word (case-insensitive); an empty word is text, the default.
    pub fn from_word(word: &str) -> Modality {
        match word.trim().to_ascii_lowercase().as_str() {
            "" | "text" | "language" | "llm" => Modality::Text,
            "image" => Modality::Image,
            "video" => Modality::Video,
            "multimodal" => Modality::Multimodal,
            "chips" | "chip" | "hardware" => Modality::Chips,
            other => Modality::Other(other.to_string()),
        }
    }
}

/// A released AI system.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Model {
    /// Stable identifier, unique in a dataset (e.g. `gpt-4`). Claims refer to models by it.
    pub id: String,
    /// Display name (e.g. `GPT-4`). Drawn as text, never as markup.
    pub name: String,
    /// The developer (e.g. `OpenAI`).
    pub organization: String,
    /// The lane it belongs to: the country of the developer's headquarters.
    pub region: Region,
    /// What kind of system it is. Default: text.
    pub modality: Modality,
    /// First public release or announcement, at the precision known.
    pub released: PartialDate,
    /// Benchmark scores by benchmark id (e.g. `"mmlu": 86.4`). Default: none.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub scores: BTreeMap<String, f64>,
    /// Where the release date was found.
    pub source_url: SourceUrl,
    /// Free-text notes on the source or the date. Default: none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// A flagship release of its lab (GPT-4, DeepSeek-R1 …), labelled first on the timeline.
    /// Default: false; written only when true.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub key: bool,
    /// Whether its weights are published for anyone to download (`true`) or kept by the lab
    /// (`false`). Default: not stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_weights: Option<bool>,
    /// For chips: whether it may be sold in China (`false`: the US export rules keep it out; the
    /// `Available in China` column of Epoch's hardware table). Default: not stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_in_china: Option<bool>,
}
