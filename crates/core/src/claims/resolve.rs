//! Resolution: the model a claim's text names, looked up in the active dataset.
//!
//! # Rules
//!
//! 1. A model is named by its name, its name without a parenthesis ("ChatGPT (GPT-3.5)" →
//!    "ChatGPT"), its id, or the model name in its parenthesis when that names one of the same
//!    family: it has a digit, and its letters before the first digit (three or more) are in the
//!    name before it ("ChatGPT (GPT-3.5)" is also GPT-3.5, "Claude (Claude 1)" Claude 1; not
//!    "Sora (research preview)", "Llama 3 (8B/70B)", "ResNet-110 (CIFAR-10)"). A chip is also
//!    named without its maker's name ("A100" for NVIDIA's "NVIDIA A100"). Names are compared
//!    on letters and digits only and ignoring case, so GPT4 = GPT-4 = "GPT 4" = gpt-4.
//!
//!    A model's own name and id come first: another model's short form (its name without the
//!    parenthesis, or the name in it) never takes them, so with both "GPT-3.5" and
//!    "ChatGPT (GPT-3.5)" in the dataset, GPT-3.5 is the first.
//! 2. Keys shorter than four characters ("o1", "Eve") are not looked for: they match too much
//!    running text.
//! 3. A name starts a word ("GPT-3" is not inside "ChatGPT-3") and ends one; it is not
//!    followed by another digit (GPT-4 is not GPT-45), except a ".0" (GPT-4.0 is GPT-4); it may
//!    cross spaces only where the name itself has a separator ("is still" is not "ISS").
//! 4. Of several names, the one nearest the claim's focus (its duration, or its relation cue)
//!    wins; at equal distance, the longer name.
//!
//! Only US models are indexed: the reference is the US side of a claim (DESIGN's convention).

use crate::data::dataset::Dataset;
use crate::data::model::Model;
use crate::data::region::Region;
use rustc_hash::FxHashMap;

/// Letters and digits of `text`, ASCII lower-cased, with the character position of each.
fn alnum_positions(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut at = Vec::with_capacity(text.len());
    for (i, c) in text.chars().enumerate().filter(|(_, c)| c.is_alphanumeric()) {
        out.push(c.to_ascii_lowercase());
        at.push(i);
    }
    (out, at)
}

/// The first four characters of `s`, if it has four.
fn first_four(s: &str) -> Option<[char; 4]> {
    let mut c = s.chars();
    Some([c.next()?, c.next()?, c.next()?, c.next()?])
}

fn alnum(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect()
}

/// The model a name's parenthesis names, when it is one of the same family (rule 1): "GPT-3.5"
/// in "ChatGPT (GPT-3.5)", as a key (letters and digits, lower case).
fn family_alias(name: &str) -> Option<String> {
    let (bare, rest) = name.split_once('(')?;
    let inside = alnum(rest.split_once(')').map_or(rest, |(inside, _)| inside));
    let letters: String = inside.chars().take_while(|c| !c.is_ascii_digit()).collect();
    let has_digit = letters.len() < inside.len();
    (has_digit && letters.chars().count() >= 3 && alnum(bare).contains(&letters)).then_some(inside)
}

/// A chip's name without its maker's ("A100" for NVIDIA's "NVIDIA A100"), as a key: claims name
/// parts that way (rule 1).
fn part_name(m: &Model) -> Option<String> {
    if m.modality != crate::data::model::Modality::Chips {
        return None;
    }
    let (name, maker) = (alnum(&m.name), alnum(&m.organization));
    name.strip_prefix(maker.as_str())
        .filter(|p| !p.is_empty() && !maker.is_empty())
        .map(str::to_string)
}

/// The model names of a dataset, indexed once so that every claim parsed against it is read in
/// one pass over its text. Build it once per dataset and reuse it: building costs about as much
/// as parsing a few kilobytes.
#[derive(Debug, Clone, Default)]
pub struct Resolver<'a> {
    /// Name keys (letters and digits, lower case) to models.
    names: FxHashMap<String, &'a Model>,
    /// The key lengths that occur, by a key's first four characters (every key has four): most
    /// word starts are rejected by one lookup, and few lengths are left to try.
    lengths: FxHashMap<[char; 4], Vec<usize>>,
}

impl<'a> Resolver<'a> {
    /// The index for reading `data`'s claims, or `None` when every claim has a stored reading
    /// (which names its model by id, not by text): building it is a pass over every model, a
    /// tenth of a second at 100,000.
    pub fn for_claims(data: &'a Dataset) -> Option<Self> {
        data.claims.iter().any(|c| c.reading.is_none()).then(|| Resolver::new(data))
    }

    /// Indexes the US models of `data`.
    pub fn new(data: &'a Dataset) -> Self {
        let mut names: FxHashMap<String, &Model> = FxHashMap::default();
        let us = || data.models.iter().filter(|m| m.region == Region::US);
        // Names and ids first, then the short forms where no model has them as its own (rule 1).
        let own = us().flat_map(|m| [(alnum(&m.name), m), (alnum(&m.id), m)]);
        let short = us().flat_map(|m| {
            let bare = m.name.split_once('(').map(|(bare, _)| (alnum(bare), m));
            [bare, family_alias(&m.name).map(|a| (a, m)), part_name(m).map(|p| (p, m))]
        });
        for (key, m) in own.chain(short.flatten()) {
            if key.chars().count() >= 4 {
                names.entry(key).or_insert(m);
            }
        }
        let mut lengths: FxHashMap<[char; 4], Vec<usize>> = FxHashMap::default();
        for key in names.keys() {
            if let Some(first) = first_four(key) {
                let entry = lengths.entry(first).or_default();
                if !entry.contains(&key.len()) {
                    entry.push(key.len());
                }
            }
        }
        Resolver { names, lengths }
    }

    /// The model the text names nearest to character `focus`, and the character span of its
    /// name in the text, `[start, end)` (rules 1–4).
    pub fn find_model(&self, text: &str, focus: usize) -> Option<(&'a Model, (usize, usize))> {
        if self.names.is_empty() {
            return None;
        }
        let (hay, at) = alnum_positions(text);
        let chars: Vec<char> = text.chars().collect();
        let mut best: Option<(&Model, usize, usize, usize)> = None; // model, position, key length, end
        for (ci, (start, _)) in hay.char_indices().enumerate() {
            let pos = at[ci];
            if pos > 0 && chars[pos - 1].is_ascii_alphanumeric() {
                continue;
            }
            let Some(candidates) = first_four(&hay[start..]).and_then(|f| self.lengths.get(&f))
            else {
                continue;
            };
            for &len in candidates {
                let end = start + len;
                if end > hay.len() || !hay.is_char_boundary(end) {
                    continue;
                }
                let Some(&m) = self.names.get(&hay[start..end]) else { continue };
                let rest = &hay[end..];
                let next_digit = rest.starts_with(|c: char| c.is_ascii_digit());
                let point_zero =
                    rest.starts_with('0') && !rest[1..].starts_with(|c: char| c.is_ascii_digit());
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
                    Some((_, p, l, _)) => {
                        (pos.abs_diff(focus), std::cmp::Reverse(len))
                            < (p.abs_diff(focus), std::cmp::Reverse(l))
                    }
                };
                if better {
                    best = Some((m, pos, len, last + 1));
                }
            }
        }
        best.map(|(m, p, _, end)| (m, (p, end)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset::RawDataset;

    fn data(models: &[(&str, &str)]) -> Dataset {
        let list: Vec<String> = models
            .iter()
            .map(|(id, name)| {
                format!(
                    r#"{{"id": "{id}", "name": "{name}", "region": "US", "released": "2023-01-01", "source_url": "https://a.example"}}"#
                )
            })
            .collect();
        serde_json::from_str::<RawDataset>(&format!(r#"{{"models": [{}]}}"#, list.join(",")))
            .expect("JSON")
            .check()
            .dataset
    }

    /// A labelled case: the dataset's models (id, name), a text, the model it names.
    type Case =
        (&'static str, &'static [(&'static str, &'static str)], &'static str, Option<&'static str>);

    #[test]
    fn a_parenthesis_of_the_same_family_is_a_name_and_own_names_come_first() {
        let cases: [Case; 7] = [
            (
                "family alias",
                &[("chatgpt-gpt-3.5", "ChatGPT (GPT-3.5)")],
                "near GPT-3.5",
                Some("chatgpt-gpt-3.5"),
            ),
            (
                "bare name",
                &[("chatgpt-gpt-3.5", "ChatGPT (GPT-3.5)")],
                "behind ChatGPT",
                Some("chatgpt-gpt-3.5"),
            ),
            (
                "own name wins, whatever the order",
                &[("chatgpt-gpt-3.5", "ChatGPT (GPT-3.5)"), ("gpt-3-5", "GPT-3.5")],
                "near GPT-3.5",
                Some("gpt-3-5"),
            ),
            (
                "not a model name",
                &[("sora-preview", "Sora (research preview)")],
                "a research preview",
                None,
            ),
            ("sizes are not names", &[("llama-3", "Llama 3 (8B/70B)")], "the 8B/70B split", None),
            ("another family", &[("resnet", "ResNet-110 (CIFAR-10)")], "on CIFAR-10", None),
            (
                "family alias, claude",
                &[("claude-v1", "Claude (Claude 1)")],
                "Claude 1 was",
                Some("claude-v1"),
            ),
        ];
        for (label, models, text, expected) in cases {
            let d = data(models);
            let found = Resolver::new(&d).find_model(text, 0).map(|(m, _)| m.id.as_str());
            assert_eq!(found, expected, "{label}: {text}");
        }
    }
}
