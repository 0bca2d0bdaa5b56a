//! What kind of capability a claim is about: `text`, `video`, `chips` or `general`.
//!
//! # Rules
//!
//! 1. **Domain words** ([`DOMAINS`]): chips (chip, GPU, semiconductor, accelerator, A100, H20,
//!    Ascend, 芯片 …), video (video, Sora, text-to-video, 视频, Vidu, Kling …), text (LLM,
//!    language model, chatbot, model, ChatGPT, GPT, benchmarks of language models such as MMLU,
//!    大模型, 语言模型 …) and general (AI, artificial intelligence, tech, technology, 人工智能,
//!    科技).
//! 2. **Attached domain first.** Words attached to the gap decide (never across punctuation):
//!    those starting within three tokens after a region word ("Chinese tech", "China's best
//!    LLMs", 中国大模型) or two after a gap word and `in`/`on` ("the gap in AI", "behind in
//!    chips"), and those right before a gap word ("the AI race", "chip gap"). A sentence may mention Sora in passing while its gap is "in
//!    AI": the attached word is what the claim measures.
//! 3. Among attached words, or failing them among all the words of the text, the most specific
//!    wins: chips, then video, then text, then general.
//! 4. No domain word at all: the reference model's kind (a text or multimodal model → `text`,
//!    a video model → `video`), else `general`.

use super::lexer::Token;
use super::phrase::{Index, find_all, index};
use super::relation::sides;
use crate::data::model::{Modality, Model};

/// A claim's domain, least specific first (so the most specific is the maximum).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Domain {
    /// AI or technology as a whole.
    General,
    /// Language models and chatbots.
    Text,
    /// Video generation.
    Video,
    /// Chips and accelerators.
    Chips,
}

impl Domain {
    /// The names, for messages.
    pub const ALLOWED: &'static str = "text, video, chips, general";

    /// The domain with this name (as [`Domain::name`] writes it).
    pub fn from_name(name: &str) -> Option<Domain> {
        [Domain::General, Domain::Text, Domain::Video, Domain::Chips]
            .into_iter()
            .find(|d| d.name() == name)
    }

    /// The name in the parse result.
    pub fn name(self) -> &'static str {
        match self {
            Domain::General => "general",
            Domain::Text => "text",
            Domain::Video => "video",
            Domain::Chips => "chips",
        }
    }
}

/// Domain words (rule 1), as phrases ([`super::phrase`]).
pub const DOMAINS: &[(&str, Domain)] = &[
    (
        "chip|chips|chipmaking|gpu|gpus|semiconductor|semiconductors|accelerator|accelerators|a100|h100|h20|ascend|芯片|半导体|半導體",
        Domain::Chips,
    ),
    ("video|videos|sora|vidu|kling|视频|視頻|影片|可灵", Domain::Video),
    (
        "llm|llms|language model|language models|chatbot|chatbots|model|models|chatgpt|gpt|ernie|glm|deepseek|qwen|mmlu|mmmu|humaneval|gpqa|大模型|语言模型|語言模型|模型|文心",
        Domain::Text,
    ),
    ("ai|artificial intelligence|tech|technology|technologies|人工智能|科技", Domain::General),
];

static DOMAIN_INDEX: std::sync::OnceLock<Index<Domain>> = std::sync::OnceLock::new();

/// Words that name a gap, after which "in"/"on" introduces its domain, and before which a
/// domain word names it ("the AI race").
fn gap_word(t: &Token) -> bool {
    matches!(
        t.word(),
        Some(
            "gap"
                | "gaps"
                | "lead"
                | "race"
                | "behind"
                | "ahead"
                | "lag"
                | "edge"
                | "advantage"
                | "competition"
                | "rivalry"
                | "divide"
        )
    )
}

/// Does the text name a domain (a word of rule 1)? A clause that names none says nothing of
/// its own about the domain ([`super::comparisons`]).
pub fn names_domain(t: &[Token]) -> bool {
    !find_all(t, index(DOMAINS, &DOMAIN_INDEX)).is_empty()
}

/// The claim's modality (rules 1–4); `reference` is the model it names, if any.
pub fn modality(t: &[Token], reference: Option<&Model>) -> &'static str {
    let found = find_all(t, index(DOMAINS, &DOMAIN_INDEX));
    if found.is_empty() {
        return match reference.map(|m| &m.modality) {
            Some(Modality::Text | Modality::Multimodal) => "text",
            Some(Modality::Video) => "video",
            Some(Modality::Chips) => "chips",
            _ => "general",
        };
    }
    // Token ranges where an attached domain may start (rule 2): three tokens after a region
    // word ("China's best LLMs"), two after "gap in" ("in chip design"), never across
    // punctuation.
    let punctuation = |tok: &Token| tok.char().is_some_and(|c| !c.is_alphanumeric() && c != '-');
    let mut attached_at = vec![false; t.len() + 1];
    let mut mark = |from: usize, to: usize| {
        let to = to.min(t.len());
        for (flag, tok) in attached_at[from.min(to)..to].iter_mut().zip(&t[from.min(to)..to]) {
            if punctuation(tok) {
                break;
            }
            *flag = true;
        }
    };
    for (_, (_, end)) in sides(t) {
        mark(end, end + 3);
    }
    for (i, tok) in t.iter().enumerate() {
        if gap_word(tok) && matches!(t.get(i + 1).and_then(Token::word), Some("in" | "on")) {
            mark(i + 2, i + 4);
        }
    }
    let attached = found
        .iter()
        .filter(|(_, (start, end))| attached_at[*start] || t.get(*end).is_some_and(gap_word))
        .map(|(d, _)| *d)
        .max();
    let any = found.iter().map(|(d, _)| *d).max();
    attached.or(any).unwrap_or(Domain::General).name()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::lexer::tokens;

    fn of(text: &str) -> &'static str {
        modality(&tokens(text), None)
    }

    #[test]
    fn attached_domain_words_decide_and_otherwise_the_most_specific_wins() {
        let cases = [
            (
                "gap in AI over a passing Sora",
                "the China-US gap in AI: Sora is software",
                "general",
            ),
            ("region + tech", "From DeepSeek to TikTok, Chinese tech is pulling ahead", "general"),
            ("region + LLMs", "China's best LLMs have neared GPT-3.5", "text"),
            ("most specific among attached", "China's AI chips are two years behind", "chips"),
            ("race", "the chip race with China", "chips"),
            ("anywhere: benchmark names", "the lead shrank to 0.3% on MMLU", "text"),
            ("anywhere: video", "Vidu is very close to the level of Sora", "video"),
            ("chinese", "中国大模型和GPT-4的差距", "text"),
            ("chinese chips", "国产芯片落后两年", "chips"),
            ("nothing", "China is two years behind", "general"),
            ("not inside words", "remodelling the aid budget", "general"),
        ];
        for (label, text, expected) in cases {
            assert_eq!(of(text), expected, "{label}: {text}");
        }
    }
}
