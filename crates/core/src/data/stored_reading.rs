//! A claim's reading stored with it: what the claim says (relation, gap, reference, modality,
//! and the spans of the text they came from), which parser wrote it, and whether a person
//! confirmed it.
//!
//! A claim given only as text is read in the reader's browser, so a misreading could be
//! published unseen. A stored reading is drawn as it is, with no parsing; `reviewed: true`
//! says a person confirmed it (in the claim editor, or by hand), and the claim's card says
//! "read automatically, not reviewed" otherwise. `gapline read` writes readings
//! (`reviewed: false`) and keeps reviewed ones as they are.
//!
//! ```json
//! "reading": {"relation": "behind", "gap_months": {"min": 18, "max": 18},
//!   "reference_model": "gpt-4", "reference": "GPT-4", "modality": "text",
//!   "read_from": "text", "spans": {"relation": [40, 43], "gap": [57, 65], "reference": [75, 80]},
//!   "parser": "gapline 0.1.0", "reviewed": true,
//!   "more": [{"relation": "near", "reference_model": "chatgpt-gpt-3.5", "modality": "text"}]}
//! ```

use super::claim::{GapMonths, RawGap};
use crate::claims::modality::Domain;
use crate::claims::relation::Relation;
use serde::{Deserialize, Serialize};

/// Character spans `[start, end)` of the words a comparison came from, in the text read.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct Spans {
    /// The words that decided the relation ("behind", 差距). Default: none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relation: Option<(usize, usize)>,
    /// The gap's duration. Default: none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gap: Option<(usize, usize)>,
    /// The reference's name. Default: none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<(usize, usize)>,
}

/// One comparison of a stored reading.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredComparison {
    /// The relation, from China's side.
    pub relation: Relation,
    /// The gap; `None` when no duration is stated. Default: none.
    #[serde(default)]
    pub gap_months: Option<GapMonths>,
    /// The model of the dataset it is compared with; `None` for the US as a whole. Default:
    /// none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_model: Option<String>,
    /// The words that name the reference in the text ("OpenAI's GPT-4", 美国). Default: none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// `text`, `video`, `chips` or `general`.
    pub modality: Domain,
    /// Where in the text each part was read. Default: none.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub spans: Spans,
}

fn is_empty(s: &Spans) -> bool {
    *s == Spans::default()
}

/// A claim's stored reading: its first comparison, the others, and who made it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredReading {
    /// The claim's (first) comparison.
    #[serde(flatten)]
    pub first: StoredComparison,
    /// The further comparisons the same text makes. Default: none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub more: Vec<StoredComparison>,
    /// Which text the spans are in: `text` or `text_zh`. Default: `text`.
    #[serde(default = "text_field")]
    pub read_from: String,
    /// The parser that wrote it ("gapline 0.1.0"); `None` when written by hand. Default: none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parser: Option<String>,
    /// A person confirmed it. Default: false.
    #[serde(default)]
    pub reviewed: bool,
}

fn text_field() -> String {
    "text".into()
}

/// A stored comparison before checking; fields as in [`StoredComparison`].
#[derive(Debug, Clone, Default, Deserialize)]
#[allow(missing_docs)] // Each field is documented on `StoredComparison`.
pub struct RawComparison {
    #[serde(default)]
    pub relation: Option<String>,
    #[serde(default)]
    pub gap_months: Option<RawGap>,
    #[serde(default)]
    pub reference_model: Option<String>,
    #[serde(default)]
    pub reference: Option<String>,
    #[serde(default)]
    pub modality: Option<String>,
    /// `relation`, `gap` and `reference` spans, each `[start, end]` or absent.
    #[serde(default)]
    pub spans: Option<RawSpans>,
}

/// Spans before checking.
#[derive(Debug, Clone, Default, Deserialize)]
#[allow(missing_docs)] // As in `Spans`.
pub struct RawSpans {
    #[serde(default)]
    pub relation: Option<Vec<f64>>,
    #[serde(default)]
    pub gap: Option<Vec<f64>>,
    #[serde(default)]
    pub reference: Option<Vec<f64>>,
}

/// A stored reading before checking; fields as in [`StoredReading`].
#[derive(Debug, Clone, Default, Deserialize)]
#[allow(missing_docs)] // Each field is documented on `StoredReading`.
pub struct RawReading {
    #[serde(flatten)]
    pub first: RawComparison,
    #[serde(default)]
    pub more: Vec<RawComparison>,
    #[serde(default)]
    pub read_from: Option<String>,
    #[serde(default)]
    pub parser: Option<String>,
    #[serde(default)]
    pub reviewed: Option<bool>,
}

/// What is wrong with field `field` of the reading at `at`, and how to write it. One writer for
/// every message: each `format!` costs the widget code of its own.
fn bad(at: &str, field: &str, found: &str, fix: &str) -> String {
    format!("`{at}/{field}` is {found}: {fix}")
}

/// A field's text, trimmed; `None` when absent or empty.
fn word(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

impl RawComparison {
    /// The comparison, or what is wrong with it (`at` names it: `reading`, `reading/more/1`);
    /// `chars` is the length of the text read.
    fn check(&self, at: &str, chars: usize) -> Result<StoredComparison, String> {
        let quoted = |w: &str| ["`", w, "`"].concat();
        let relation = word(&self.relation).unwrap_or("");
        let relation = Relation::from_name(relation).ok_or_else(|| {
            let found = if relation.is_empty() { "missing".into() } else { quoted(relation) };
            bad(at, "relation", &found, Relation::ALLOWED)
        })?;
        let modality = word(&self.modality).unwrap_or("general");
        let modality = Domain::from_name(modality)
            .ok_or_else(|| bad(at, "modality", &quoted(modality), Domain::ALLOWED))?;
        let gap_months = match &self.gap_months {
            Some(g) => Some(g.check().map_err(|e| bad(at, "gap_months", "wrong", &e))?),
            None => None,
        };
        // A model the data does not have is no problem: a claims file serves several datasets,
        // and the reference is then drawn as its words, as a name the parser cannot resolve is.
        let reference_model = word(&self.reference_model).map(str::to_string);
        let mut spans = [None; 3];
        let raw = self.spans.as_ref();
        let given = [
            raw.and_then(|r| r.relation.as_deref()),
            raw.and_then(|r| r.gap.as_deref()),
            raw.and_then(|r| r.reference.as_deref()),
        ];
        for (i, v) in given.into_iter().enumerate() {
            match v {
                None => {}
                Some(&[a, b])
                    if a.fract() == 0.0
                        && b.fract() == 0.0
                        && 0.0 <= a
                        && a < b
                        && b <= chars as f64 =>
                {
                    spans[i] = Some((a as usize, b as usize));
                }
                Some(_) => {
                    let field = ["spans/relation", "spans/gap", "spans/reference"][i];
                    return Err(bad(
                        at,
                        field,
                        "not a span of the text",
                        "write [start, end] in characters, start < end, end at most the text's length",
                    ));
                }
            }
        }
        Ok(StoredComparison {
            relation,
            gap_months,
            reference_model,
            reference: word(&self.reference).map(str::to_string),
            modality,
            spans: Spans { relation: spans[0], gap: spans[1], reference: spans[2] },
        })
    }
}

impl RawReading {
    /// The reading, or what is wrong with it; `text` and `text_zh` are the claim's.
    pub(crate) fn check(&self, text: &str, text_zh: Option<&str>) -> Result<StoredReading, String> {
        let read_from = self.read_from.as_deref().map(str::trim).unwrap_or("text");
        let read = match (read_from, text_zh) {
            ("text", _) => text,
            ("text_zh", Some(zh)) => zh,
            ("text_zh", None) => {
                return Err(bad("reading", "read_from", "`text_zh`", "the claim has no text_zh"));
            }
            _ => {
                return Err(bad("reading", "read_from", "neither text nor text_zh", "write one"));
            }
        };
        let chars = read.chars().count();
        let first = self.first.check("reading", chars)?;
        let more = (self.more.iter().enumerate())
            .map(|(i, c)| c.check(&["reading/more/", &i.to_string()].concat(), chars))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(StoredReading {
            first,
            more,
            read_from: read_from.to_string(),
            parser: self
                .parser
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string),
            reviewed: self.reviewed.unwrap_or(false),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(json: &str) -> RawReading {
        serde_json::from_str(json).expect("JSON")
    }

    #[test]
    fn a_reading_is_checked_field_by_field_and_says_where() {
        let text = "China is 18 months behind GPT-4";
        let ok = raw(
            r#"{"relation": "behind", "gap_months": {"min": 18, "max": 18}, "reference_model": "gpt-4",
                "modality": "text", "spans": {"relation": [19, 25], "gap": [9, 18]}, "reviewed": true,
                "more": [{"relation": "near", "modality": "text"}]}"#,
        )
        .check(text, None)
        .expect("valid");
        assert_eq!(ok.first.relation, Relation::Behind);
        assert_eq!(ok.first.spans.relation, Some((19, 25)));
        assert_eq!((ok.read_from.as_str(), ok.reviewed, ok.more.len()), ("text", true, 1));
        let cases = [
            (r#"{"modality": "text"}"#, "`reading/relation` is missing: behind,"),
            (r#"{"relation": "sideways"}"#, "`reading/relation` is `sideways`: behind, ahead"),
            (r#"{"relation": "behind", "modality": "audio"}"#, "`reading/modality` is `audio`"),
            (
                r#"{"relation": "behind", "spans": {"gap": [9, 99]}}"#,
                "`reading/spans/gap` is not a span of the text: write [start, end]",
            ),
            (
                r#"{"relation": "behind", "gap_months": {"min": -1}}"#,
                "`reading/gap_months` is wrong: `gap_months.min` is -1",
            ),
            (
                r#"{"relation": "behind", "more": [{"relation": "x"}]}"#,
                "`reading/more/0/relation` is `x`",
            ),
            (
                r#"{"relation": "behind", "read_from": "text_zh"}"#,
                "`reading/read_from` is `text_zh`: the claim has no text_zh",
            ),
        ];
        for (json, expected) in cases {
            let e = raw(json).check(text, None).expect_err(json);
            assert!(e.starts_with(expected), "{json}: {e}");
        }
    }

    #[test]
    fn a_stored_reading_round_trips_through_json() {
        let r = raw(r#"{"relation": "ahead", "modality": "video", "parser": "gapline 0.1.0"}"#)
            .check("t", None)
            .expect("valid");
        let back: StoredReading =
            serde_json::from_str(&serde_json::to_string(&r).expect("JSON")).expect("reads back");
        assert_eq!(back, r);
        assert!(!r.reviewed, "reviewed is false unless a person said so");
    }
}
