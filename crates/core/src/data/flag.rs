//! Yes-or-no fields (a model's `key`) as files give them, before checking.
//!
//! gapline JSON writes a yes or no as a JSON boolean, `true` or `false`; anything else there
//! (`"yes"`, `1`, a list) is a problem. A spreadsheet cell is text, so a CSV accepts the words
//! people type: `true`/`false`, `yes`/`no`, `1`/`0` in any case, and an empty cell for no.
//!
//! A wrong yes-or-no is a problem located at the field, but it never drops the record: the
//! record is kept with the field false (see [`ProblemKind::Flag`](super::problem::ProblemKind)),
//! since a mistyped flag says nothing against the model's name, date or source.

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// A yes-or-no field as found in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RawFlag {
    /// A JSON boolean.
    Bool(bool),
    /// A spreadsheet cell, read by [`flag_word`].
    Word(String),
    /// A JSON value that is not a boolean, described for the problem message: `"yes"` (a
    /// string, with its quotes), `1`, `a number`, `a list`, `an object`.
    Invalid(String),
}

/// What a JSON file may write instead of a wrong value (for the problem message).
pub(crate) const JSON_ALLOWED: &str = "true or false, without quotes";

/// What a CSV cell may hold instead of a wrong value (for the problem message).
pub(crate) const CSV_ALLOWED: &str =
    "true or false, yes or no, 1 or 0, or leave the cell empty (for no)";

/// Longest value quoted back in a problem message, in characters: enough to recognise it,
/// short enough that a pasted paragraph does not flood the message.
const QUOTED_CHARS: usize = 40;

/// A spreadsheet cell as a yes or no: `true`/`yes`/`1` and `false`/`no`/`0` (any case, spaces
/// around ignored), empty for no; `None` for anything else.
pub fn flag_word(cell: &str) -> Option<bool> {
    match cell.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" | "1" => Some(true),
        "false" | "no" | "0" | "" => Some(false),
        _ => None,
    }
}

impl RawFlag {
    /// The value, or `None` when it is not a yes or no, with what may be written instead.
    pub(crate) fn value(&self) -> Result<bool, (String, &'static str)> {
        match self {
            RawFlag::Bool(b) => Ok(*b),
            RawFlag::Word(w) => flag_word(w).ok_or_else(|| (short(w.trim()), CSV_ALLOWED)),
            RawFlag::Invalid(what) => Err((what.clone(), JSON_ALLOWED)),
        }
    }
}

impl RawFlag {
    /// A JSON string where a boolean belongs, quoted back (shortened) in the message.
    pub(crate) fn invalid_text(text: &str) -> RawFlag {
        RawFlag::Invalid(format!("\"{}\"", short(text)))
    }
}

fn short(text: &str) -> String {
    match text.char_indices().nth(QUOTED_CHARS) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}

/// Accepts any JSON value, so a wrong one becomes a problem for its record instead of making the
/// whole document unreadable (as a typed `bool` field would).
impl<'de> Deserialize<'de> for RawFlag {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(FlagVisitor)
    }
}

struct FlagVisitor;

impl<'de> Visitor<'de> for FlagVisitor {
    type Value = RawFlag;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("true or false")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<RawFlag, E> {
        Ok(RawFlag::Bool(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<RawFlag, E> {
        Ok(RawFlag::invalid_text(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawFlag, E> {
        Ok(RawFlag::Invalid(v.to_string()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawFlag, E> {
        Ok(RawFlag::Invalid(v.to_string()))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<RawFlag, E> {
        // Not written back: the widget links no float formatting (see scene/svg.rs).
        Ok(RawFlag::Invalid("a number".to_string()))
    }

    fn visit_unit<E: de::Error>(self) -> Result<RawFlag, E> {
        Ok(RawFlag::Invalid("null".to_string()))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawFlag, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(RawFlag::Invalid("a list".to_string()))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawFlag, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(RawFlag::Invalid("an object".to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spreadsheet_words_read_as_yes_or_no() {
        let cases = [
            ("true", Some(true)),
            ("TRUE", Some(true)),
            (" Yes ", Some(true)),
            ("1", Some(true)),
            ("false", Some(false)),
            ("No", Some(false)),
            ("0", Some(false)),
            ("", Some(false)),
            ("  ", Some(false)),
            ("maybe", None),
            ("y", None),
            ("2", None),
            ("✓", None),
        ];
        for (cell, expected) in cases {
            assert_eq!(flag_word(cell), expected, "{cell:?}");
        }
    }

    #[test]
    fn any_json_value_reads_and_only_booleans_are_values() {
        let cases = [
            ("true", Ok(true)),
            ("false", Ok(false)),
            (r#""yes""#, Err("\"yes\"")),
            (r#""true""#, Err("\"true\"")),
            ("1", Err("1")),
            ("-3", Err("-3")),
            ("0.5", Err("a number")),
            ("[true]", Err("a list")),
            (r#"{"a": [1, {"b": 2}]}"#, Err("an object")),
        ];
        for (json, expected) in cases {
            let flag: RawFlag = serde_json::from_str(json).expect("any value reads");
            let got = flag.value().map_err(|(what, allowed)| {
                assert_eq!(allowed, JSON_ALLOWED, "{json}");
                what
            });
            assert_eq!(got, expected.map_err(str::to_string), "{json}");
        }
    }

    #[test]
    fn a_long_value_is_shortened_in_the_message() {
        let long = "x".repeat(100);
        let (what, allowed) = RawFlag::Word(long).value().expect_err("not a yes or no");
        assert_eq!(what.chars().count(), QUOTED_CHARS + 1);
        assert!(what.ends_with('…'));
        assert_eq!(allowed, CSV_ALLOWED);
    }
}
