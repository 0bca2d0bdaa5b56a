//! A claim's text to its reading: relation, gap, sides, modality, hedges (parse), then names
//! resolved against a dataset (resolution).
//!
//! # Rules
//!
//! 1. Tokens ([`lexer`](super::lexer)), durations ([`quantity`](super::quantity)) and the
//!    relation ([`relation`](super::relation)) are read independently.
//! 2. The gap is the duration nearest to the relation's cue; none, or only "a generation", is
//!    a claim with no duration (`gap_months = None`). A cue with no duration, or a duration with
//!    no cue (read as `behind`, the usual sense of "a two-year gap"), is enough; neither is an
//!    error ("no gap or relation found").
//! 3. The subject is the Chinese side, the reference the US side (DESIGN's convention); the
//!    reference is a model when the text names one of the dataset's US models (by name, name
//!    without its parenthesis, or id, ignoring case, spaces and punctuation: GPT4 = GPT-4 =
//!    GPT-4.0), else the US.
//! 4. Modality from words: chips (chip, GPU, semiconductor, accelerator, 芯片), video (video,
//!    Sora, text-to-video, 视频), text (LLM, model, language model, chatbot, 大模型, 模型, or a
//!    text model as reference), else general.
//! 5. Warnings, not errors: absurd durations (over 50 years, or zero), several durations.

use super::lexer::tokens;
use super::quantity::{Hedge, Months, quantities};
use super::relation::{Relation, relation};
use crate::data::dataset::Dataset;
use crate::data::model::Modality;
use crate::data::region::Region;

/// One side of a claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Party {
    /// The words that name it in the text (empty when implied).
    pub text: String,
    /// Its region.
    pub region: Option<Region>,
    /// The dataset model it names, if any.
    pub model_id: Option<String>,
}

/// What a claim says.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedClaim {
    /// The Chinese side.
    pub subject: Party,
    /// What it is compared with.
    pub reference: Party,
    /// The relation, from the subject's side.
    pub relation: Relation,
    /// The gap in months, `None` when no duration is stated.
    pub gap_months: Months,
    /// Character span of the gap in the text.
    pub gap_span: Option<(usize, usize)>,
    /// `text`, `video`, `chips` or `general`.
    pub modality: &'static str,
    /// Hedges on the gap.
    pub hedges: Vec<Hedge>,
    /// Things a reader should check.
    pub warnings: Vec<String>,
}

/// Why a text could not be read as a claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// What is missing.
    pub message: String,
    /// Character span it refers to.
    pub span: (usize, usize),
}

/// Letters and digits of `text`, ASCII lower-cased, with the character position of each.
fn alnum_positions(text: &str) -> (String, Vec<usize>) {
    let mut out = String::new();
    let mut at = Vec::new();
    for (i, c) in text.chars().enumerate().filter(|(_, c)| c.is_alphanumeric()) {
        out.push(c.to_ascii_lowercase());
        at.push(i);
    }
    (out, at)
}

fn alnum(s: &str) -> String {
    alnum_positions(s).0
}

/// The US model of `data` the text names nearest to character `focus` (longer names win at
/// equal distance), and where. One pass over the text: at each word start, the prefixes of the
/// lengths that names have are looked up in a table of names.
fn find_model<'a>(
    text: &str,
    data: &'a Dataset,
    focus: usize,
) -> Option<(&'a crate::data::model::Model, usize)> {
    use std::collections::{BTreeSet, HashMap};
    let mut names: HashMap<String, &crate::data::model::Model> = HashMap::new();
    for m in data.models.iter().filter(|m| m.region == Region::US) {
        let bare: String = m.name.split('(').next().unwrap_or("").to_string();
        for key in [alnum(&m.name), alnum(&bare), alnum(&m.id)] {
            // Short names ("Eve", "o1") match too much running text to be trusted.
            if key.len() >= 4 {
                names.entry(key).or_insert(m);
            }
        }
    }
    // Name lengths by their first two characters, so most word starts are rejected at once.
    let mut lengths: HashMap<(char, char), BTreeSet<usize>> = HashMap::new();
    for key in names.keys() {
        let mut c = key.chars();
        if let (Some(a), Some(b)) = (c.next(), c.next()) {
            lengths.entry((a, b)).or_default().insert(key.len());
        }
    }
    let (hay, at) = alnum_positions(text);
    let chars: Vec<char> = text.chars().collect();
    let offsets: Vec<usize> = hay.char_indices().map(|(b, _)| b).collect();
    let mut best: Option<(&crate::data::model::Model, usize, usize)> = None; // model, position, key length
    for (ci, &start) in offsets.iter().enumerate() {
        let pos = at[ci];
        // A name starts a word: "GPT-3" is not inside "ChatGPT-3".
        if pos > 0 && chars[pos - 1].is_ascii_alphanumeric() {
            continue;
        }
        let mut c = hay[start..].chars();
        let Some(candidates) = c.next().zip(c.next()).and_then(|k| lengths.get(&k)) else {
            continue;
        };
        for &len in candidates {
            let end = start + len;
            if end > hay.len() || !hay.is_char_boundary(end) {
                continue;
            }
            let Some(&m) = names.get(&hay[start..end]) else { continue };
            let rest = &hay[end..];
            // Not followed by another digit (GPT-4 is not GPT-45), but "GPT-4.0" is GPT-4.
            let next_digit = rest.starts_with(|c: char| c.is_ascii_digit());
            let point_zero =
                rest.starts_with('0') && !rest[1..].starts_with(|c: char| c.is_ascii_digit());
            // The match may cross spaces only where the name has a separator ("GPT 4" is
            // GPT-4, but "is still" is not ISS), and must end a word.
            let last = at[ci + hay[start..end].chars().count() - 1];
            let spaced = chars[pos..=last].iter().any(|c| c.is_whitespace());
            let ends_word = !chars.get(last + 1).is_some_and(|c| c.is_ascii_alphabetic());
            if (next_digit && !point_zero)
                || (spaced && m.name.chars().all(char::is_alphanumeric))
                || !ends_word
            {
                continue;
            }
            let better = match best {
                None => true,
                Some((_, p, l)) => {
                    (pos.abs_diff(focus), std::cmp::Reverse(len))
                        < (p.abs_diff(focus), std::cmp::Reverse(l))
                }
            };
            if better {
                best = Some((m, pos, len));
            }
        }
    }
    best.map(|(m, p, _)| (m, p))
}

fn modality_of(text: &str, reference: Option<&crate::data::model::Model>) -> &'static str {
    let lower = text.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    if has(&[
        "chip",
        "gpu",
        "semiconductor",
        "accelerator",
        "芯片",
        "a100",
        "h100",
        "h20",
        "ascend",
    ]) {
        "chips"
    } else if has(&["video", "sora", "视频", "視頻", "vidu", "kling", "可灵"]) {
        "video"
    } else if has(&[
        "llm",
        "language model",
        "chatbot",
        "model",
        "大模型",
        "语言模型",
        "語言模型",
        "模型",
        "chatgpt",
        "gpt",
        "ernie",
        "文心",
        "glm",
        "deepseek",
        "qwen",
    ]) || reference
        .is_some_and(|m| matches!(m.modality, Modality::Text | Modality::Multimodal))
    {
        "text"
    } else {
        "general"
    }
}

/// Reads a claim; `data` resolves model names (the built-in dataset in the CLI).
pub fn parse_claim(text: &str, data: Option<&Dataset>) -> Result<ParsedClaim, ParseError> {
    let len = text.chars().count();
    let t = tokens(text);
    let found = quantities(&t);
    // The duration the claim is about: the first one (relations are then read next to it).
    let focus = found.first().map(|q| q.span.0);
    let (relation, cue) = relation(&t, text, focus);
    if cue.is_none() && found.is_empty() {
        return Err(ParseError { message: "no gap or relation found".into(), span: (0, len) });
    }
    let cue_at = cue.map(|c| t[c.tokens.0].span.0);
    let nearest = found.iter().min_by_key(|q| cue_at.map_or(0, |c| q.span.0.abs_diff(c)));
    let mut warnings = Vec::new();
    if found.len() > 1 {
        warnings.push(format!(
            "{} durations in the text; the one nearest the relation was taken",
            found.len()
        ));
    }
    let gap_months = nearest.and_then(|q| q.months);
    if let Some((min, max)) = gap_months {
        if max.unwrap_or(min) > 600.0 {
            warnings.push("a gap of more than 50 years: check the number".into());
        }
        if max == Some(0.0) {
            warnings.push("a gap of zero: is this parity?".into());
        }
    }
    let relation = match (relation, cue) {
        (_, None) => Relation::Behind,
        (r, _) => r,
    };
    let anchor = nearest.map(|q| q.span.0).or(cue_at).unwrap_or(0);
    let model = data.and_then(|d| find_model(text, d, anchor));
    let reference = match &model {
        Some((m, _)) => {
            Party { text: m.name.clone(), region: Some(m.region), model_id: Some(m.id.clone()) }
        }
        None => Party { text: String::new(), region: Some(Region::US), model_id: None },
    };
    Ok(ParsedClaim {
        subject: Party { text: String::new(), region: Some(Region::CN), model_id: None },
        modality: modality_of(text, model.as_ref().map(|(m, _)| *m)),
        reference,
        relation,
        gap_months,
        gap_span: nearest.map(|q| q.span),
        hedges: nearest.map(|q| q.hedges.clone()).unwrap_or_default(),
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset::RawDataset;

    fn data() -> Dataset {
        serde_json::from_str::<RawDataset>(
            r#"{"models": [
            {"id": "gpt-4", "name": "GPT-4", "region": "US", "modality": "multimodal", "released": "2023-03-14", "source_url": "https://a.example"},
            {"id": "gpt-4o", "name": "GPT-4o", "region": "US", "released": "2024-05-13", "source_url": "https://a.example"},
            {"id": "chatgpt-gpt-3.5", "name": "ChatGPT (GPT-3.5)", "region": "US", "released": "2022-11-30", "source_url": "https://a.example"},
            {"id": "sora", "name": "Sora", "region": "US", "modality": "video", "released": "2024-02-15", "source_url": "https://a.example"}]}"#,
        )
        .expect("JSON")
        .check()
        .dataset
    }

    #[test]
    fn reads_gap_relation_reference_and_modality() {
        let d = data();
        let cases = [
            (
                "zhou",
                "China's best LLMs \"have neared the level of GPT-3.5, but there is still a 1.5-year gap from GPT-4\"",
                "behind",
                Some((18.0, Some(18.0))),
                Some("gpt-4"),
                "text",
            ),
            (
                "gpt4 spelling",
                "China's own LLM technology is \"two to three years behind\" OpenAI's GPT4",
                "behind",
                Some((24.0, Some(36.0))),
                Some("gpt-4"),
                "text",
            ),
            (
                "gpt-4.0",
                "与OpenAI的GPT-4.0相比,仍存在一年半的技术差距",
                "behind",
                Some((18.0, Some(18.0))),
                Some("gpt-4"),
                "text",
            ),
            (
                "chatgpt",
                "Ernie Bot was only about \"one or two months\" behind ChatGPT",
                "behind",
                Some((1.0, Some(2.0))),
                Some("chatgpt-gpt-3.5"),
                "text",
            ),
            (
                "video",
                "[Vidu is] \"very close to\" the level of Sora",
                "near",
                None,
                Some("sora"),
                "video",
            ),
            (
                "chips",
                "only one and a half to two years behind the United States [in chip design]",
                "behind",
                Some((18.0, Some(24.0))),
                None,
                "chips",
            ),
            (
                "us first",
                "The US is one or two years ahead of China",
                "behind",
                Some((12.0, Some(24.0))),
                None,
                "general",
            ),
        ];
        for (label, text, relation, gap, model, modality) in cases {
            let p = parse_claim(text, Some(&d)).unwrap_or_else(|e| panic!("{label}: {e:?}"));
            assert_eq!(p.relation.name(), relation, "{label}");
            assert_eq!(p.gap_months, gap, "{label}");
            assert_eq!(p.reference.model_id.as_deref(), model, "{label}");
            assert_eq!(p.modality, modality, "{label}");
        }
    }

    #[test]
    fn no_gap_or_relation_is_an_error_with_a_span() {
        let err = parse_claim("The weather is nice 🌤", None).expect_err("nothing to read");
        assert_eq!(err, ParseError { message: "no gap or relation found".into(), span: (0, 21) });
        assert!(parse_claim("", None).is_err());
    }

    #[test]
    fn absurd_numbers_warn() {
        let p = parse_claim("China is 1000 years behind", None).expect("parses");
        assert_eq!(p.warnings, ["a gap of more than 50 years: check the number"]);
    }

    proptest::proptest! {
        // Arbitrary Unicode (emoji, RTL marks, control characters): never a panic, and every
        // span inside the text. 100,000 cases.
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(100_000))]
        #[test]
        fn any_text_parses_or_fails_cleanly(text in "\\PC{0,40}|[\\u{200f}\\u{202e}\\x00-\\x1f a-z0-9年月半两-]{0,40}") {
            let len = text.chars().count();
            match parse_claim(&text, None) {
                Ok(p) => if let Some((a, b)) = p.gap_span { proptest::prop_assert!(a < b && b <= len) },
                Err(e) => proptest::prop_assert!(e.span.0 <= e.span.1 && e.span.1 <= len),
            }
        }
    }
}
