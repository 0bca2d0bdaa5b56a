//! Reading a gapline JSON document one record at a time.
//!
//! A document is first read as a tree of JSON values (serde_json's borrowed [`RawValue`]s here,
//! the browser's parsed values in the widget: both implement [`JsonTree`]), then each record of
//! its lists (`models`, `benchmarks`, `claims`, `events`) and each top-level field is typed on
//! its own. A record of the wrong shape (`"released": 2023`, `"id": 7`, a model that is a
//! string) becomes an [`Untyped`] placeholder, reported by the check as a problem at that
//! record, and every other record is kept. Only text that is not JSON at all, or JSON that is
//! not an object, makes the whole document unreadable.

use super::benchmark_run::RawBenchmarkRun;
use super::claim::RawClaim;
use super::dataset::{RawDataset, RawModel};
use super::event::RawEvent;
use super::json_position::line_column;
use super::problem::{Location, Problem, ProblemKind};
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;
use std::collections::BTreeMap;

/// Why a value could not be typed, and where, when the reader knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Untyped {
    /// The deserializer's message, without a position ("invalid type: integer `2023`, expected
    /// a string").
    pub message: String,
    /// Line and column (from 1) of the error in the document's text; `None` when the tree has
    /// no text (the browser's parsed values).
    pub at: Option<(u64, u64)>,
}

impl Untyped {
    /// The problem of a record (or field) at `location` that could not be typed: there, or at
    /// the error's own line and column when they are known.
    pub(crate) fn problem(&self, location: Location, what: &'static str) -> Problem {
        let location = match (self.at, location) {
            (Some((line, column)), Location::Json { pointer }) => {
                Location::JsonAt { line, column, pointer }
            }
            (_, location) => location,
        };
        Problem { location, kind: ProblemKind::Record { what, message: self.message.clone() } }
    }
}

/// A deserializer's message in the reader's words: without serde_json's " at line L column C"
/// (the location says it) and without the names of gapline's own types ("expected struct
/// RawModel" is "expected an object").
pub fn plain_message(message: &str) -> String {
    let message = message.split(" at line ").next().unwrap_or(message);
    match message.find("expected struct ") {
        Some(i) => format!("{}expected an object", &message[..i]),
        None => message.to_string(),
    }
}

/// A parsed JSON value a document can be read from, record by record.
pub trait JsonTree: Sized {
    /// The member `key` of an object; `None` when it is absent (or this is not an object).
    fn member(&self, key: &str) -> Option<Self>;
    /// The items of a list; `None` when this is not a list.
    fn items(&self) -> Option<Vec<Self>>;
    /// This value as a `T`, or why it is not one.
    fn typed<T: DeserializeOwned>(&self) -> Result<T, Untyped>;
    /// `None` for an object; for anything else, why a record cannot be it. (serde would read a
    /// list as a record's fields in order: a record must be an object, so no list is.)
    fn not_object(&self) -> Option<Untyped>;
}

/// The message for a record that is not an object.
pub(crate) fn not_an_object(found: &str) -> String {
    format!("invalid type: {found}, expected an object")
}

/// A record type of a document's lists: knows its list's name, and carries the placeholder of a
/// record that could not be typed.
pub(crate) trait Record: DeserializeOwned + Default {
    /// The list's key in the document.
    const LIST: &'static str;
    /// A placeholder for a record that could not be typed.
    fn untyped(why: Untyped) -> Self;
}

macro_rules! record {
    ($t:ty, $list:literal) => {
        impl Record for $t {
            const LIST: &'static str = $list;
            fn untyped(why: Untyped) -> Self {
                Self { unreadable: Some(why), ..Self::default() }
            }
        }
    };
}
record!(RawModel, "models");
record!(RawBenchmarkRun, "benchmarks");
record!(RawClaim, "claims");
record!(RawEvent, "events");

/// Reads a document record by record (see the module docs). Fields and records that cannot be
/// typed are kept as problems ([`RawDataset::unread`]) or placeholders, so the check reports
/// them where they are and keeps the rest.
pub fn read_document<V: JsonTree>(root: &V) -> RawDataset {
    let mut unread = Vec::new();
    let mut text = |key: &str| match root.member(key).map(|v| v.typed::<Option<String>>()) {
        Some(Ok(value)) => value,
        Some(Err(why)) => {
            unread.push(why.problem(Location::Json { pointer: format!("/{key}") }, "field"));
            None
        }
        None => None,
    };
    let (title, source, source_url, licence, as_of) =
        (text("title"), text("source"), text("source_url"), text("licence"), text("as_of"));
    let mut raw = RawDataset {
        title,
        source,
        source_url,
        licence,
        as_of,
        models: list(root, &mut unread),
        benchmarks: list(root, &mut unread),
        claims: list(root, &mut unread),
        events: list(root, &mut unread),
        unread: Vec::new(),
    };
    raw.unread = unread;
    raw
}

/// The records of the list `T::LIST`, each typed on its own.
fn list<V: JsonTree, T: Record>(root: &V, unread: &mut Vec<Problem>) -> Vec<T> {
    let Some(value) = root.member(T::LIST) else { return Vec::new() };
    match value.items() {
        Some(items) => items
            .iter()
            .map(|item| match item.not_object() {
                Some(why) => T::untyped(why),
                None => item.typed::<T>().unwrap_or_else(T::untyped),
            })
            .collect(),
        // `null` is an empty list; anything else is a problem, and the list is empty.
        None => {
            if let Err(why) = value.typed::<Option<Vec<serde::de::IgnoredAny>>>() {
                unread
                    .push(why.problem(Location::Json { pointer: format!("/{}", T::LIST) }, "list"));
            }
            Vec::new()
        }
    }
}

/// A value of a JSON text, read natively: serde_json's borrowed slice of it, so errors inside a
/// record are placed in the whole document.
#[derive(Clone)]
pub struct TextTree<'a> {
    /// The whole document (for positions).
    text: &'a str,
    /// This value's slice of it.
    value: &'a str,
    /// The members, when they were found once ahead (the document's top level, which is asked
    /// for each of its lists).
    members: Option<BTreeMap<String, &'a RawValue>>,
}

impl<'a> TextTree<'a> {
    /// The tree of a whole document, or serde_json's error when it is not a JSON object.
    pub fn parse(text: &'a str) -> Result<Self, serde_json::Error> {
        let members: BTreeMap<String, &RawValue> = serde_json::from_str(text)?;
        Ok(TextTree { text, value: text, members: Some(members) })
    }

    fn child(&self, value: &'a RawValue) -> Self {
        TextTree { text: self.text, value: value.get(), members: None }
    }

    /// Line and column of a position (1-based, as serde_json counts) inside this value.
    fn position(&self, line: usize, column: usize) -> Option<(u64, u64)> {
        let start = (self.value.as_ptr() as usize).checked_sub(self.text.as_ptr() as usize)?;
        // serde_json counts columns in bytes from 1; a column of 0 is the line's end.
        let mut offset = 0;
        for (i, l) in self.value.split_inclusive('\n').enumerate() {
            if i + 1 == line {
                let column = column.saturating_sub(1).min(l.len());
                let column = (0..=column).rev().find(|&c| l.is_char_boundary(c)).unwrap_or(0);
                return Some(line_column(self.text, start + offset + column));
            }
            offset += l.len();
        }
        Some(line_column(self.text, start + self.value.len()))
    }
}

impl JsonTree for TextTree<'_> {
    fn member(&self, key: &str) -> Option<Self> {
        let value = match &self.members {
            Some(members) => *members.get(key)?,
            None => {
                let mut fields: BTreeMap<String, &RawValue> =
                    serde_json::from_str(self.value).ok()?;
                fields.remove(key)?
            }
        };
        Some(self.child(value))
    }

    fn items(&self) -> Option<Vec<Self>> {
        let items: Vec<&RawValue> = serde_json::from_str(self.value).ok()?;
        Some(items.into_iter().map(|v| self.child(v)).collect())
    }

    fn typed<T: DeserializeOwned>(&self) -> Result<T, Untyped> {
        serde_json::from_str(self.value).map_err(|e| Untyped {
            message: plain_message(&e.to_string()),
            at: self.position(e.line(), e.column()),
        })
    }

    fn not_object(&self) -> Option<Untyped> {
        let found = match self.value.trim_start().as_bytes().first() {
            Some(b'{') => return None,
            Some(b'[') => "a list",
            Some(b'"') => "a string",
            Some(b'n') => "null",
            Some(b't' | b'f') => "a boolean",
            _ => "a number",
        };
        Some(Untyped { message: not_an_object(found), at: self.position(1, 1) })
    }
}

/// Reads a whole document natively, or serde_json's error when the text is not a JSON object.
pub fn read_text(text: &str) -> Result<RawDataset, serde_json::Error> {
    Ok(read_document(&TextTree::parse(text)?))
}
