//! A model's score as a JSON file gives it, before checking.
//!
//! Any JSON value is accepted, so a score that is not a number (`null`, `"n/a"`, a list) is a
//! problem of that score alone: the model is kept without it
//! ([`ProblemKind::ModelScore`](super::problem::ProblemKind)).

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// A score as found in a file.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum RawScore {
    /// A number (not yet checked to be finite and within 0–100).
    Number(f64),
    /// A value that is not a number, described for the problem message.
    Invalid(Described),
}

/// What kind of value a wrong score is (its text is not quoted back: a score cell of JSON is
/// rarely worth quoting, and this keeps [`RawScore`] `Copy`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Described {
    /// A string.
    Text,
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool,
    /// A list.
    List,
    /// An object.
    Object,
}

impl Described {
    /// For the problem message.
    pub fn words(self) -> &'static str {
        match self {
            Described::Text => "a string",
            Described::Null => "null",
            Described::Bool => "true or false",
            Described::List => "a list",
            Described::Object => "an object",
        }
    }
}

impl From<f64> for RawScore {
    fn from(score: f64) -> Self {
        RawScore::Number(score)
    }
}

impl<'de> Deserialize<'de> for RawScore {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ScoreVisitor)
    }
}

struct ScoreVisitor;

impl<'de> Visitor<'de> for ScoreVisitor {
    type Value = RawScore;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number")
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<RawScore, E> {
        Ok(RawScore::Number(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawScore, E> {
        Ok(RawScore::Number(v as f64))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawScore, E> {
        Ok(RawScore::Number(v as f64))
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<RawScore, E> {
        Ok(RawScore::Invalid(Described::Text))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<RawScore, E> {
        Ok(RawScore::Invalid(Described::Bool))
    }

    fn visit_unit<E: de::Error>(self) -> Result<RawScore, E> {
        Ok(RawScore::Invalid(Described::Null))
    }

    fn visit_none<E: de::Error>(self) -> Result<RawScore, E> {
        Ok(RawScore::Invalid(Described::Null))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawScore, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(RawScore::Invalid(Described::List))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawScore, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(RawScore::Invalid(Described::Object))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_json_value_reads_and_only_numbers_are_scores() {
        let cases = [
            ("86.4", RawScore::Number(86.4)),
            ("7", RawScore::Number(7.0)),
            ("-3", RawScore::Number(-3.0)),
            ("null", RawScore::Invalid(Described::Null)),
            (r#""86.4""#, RawScore::Invalid(Described::Text)),
            ("true", RawScore::Invalid(Described::Bool)),
            ("[1]", RawScore::Invalid(Described::List)),
            (r#"{"a": 1}"#, RawScore::Invalid(Described::Object)),
        ];
        for (json, expected) in cases {
            let score: RawScore = serde_json::from_str(json).expect("any value reads");
            assert_eq!(score, expected, "{json}");
        }
    }
}
